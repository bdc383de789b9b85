"""A press conference held with someone: «قال لافروف خلال مؤتمر صحفي عقده في موسكو مع نظيره الإيطالي»,
«في مؤتمر صحفي مشترك اليوم في أنقرة مع نظيره …», or beside him («في مؤتمر صحفي إلى جانب/بجانب …»).

Ministers and heads of state who hold a press conference together have met: the one who speaks and the one
behind «مع».  Between the phrase and «مع» news copy puts only the conference's own words: its adjectives
(«مشترك»), the verb that holds it with its pronoun («عقده»), when and where («اليوم», «في موسكو», «بقصر
الإليزيه»).  Anything else (a comma, a verb, «أن») opens another phrase, and a «مع» there is not the
conference's: «قال لافروف في مؤتمر صحفي إن موسكو تتواصل مع تركيا» reports no meeting.

The trigger is kgt:press_conference (the phrase «مؤتمر صحفي»), or kgt:talks' «مؤتمر صحفي مشترك» with a partner
behind «مع»; the speaker is the main clause's subject before it.
"""
from __future__ import annotations

from kg.actors import WHEN
from kg.backrefs import GUEST_WORDS, HOST_WORDS
from kg.constructions.context import Context, Found
from kg.grammar import clitic_marker, marker_before, past_marks, upos
from kg.normalize import strip_diacritics
from kg.triggers import stem_match

NAME = "press-conference"
CONFIDENCE = 0.7
FINAL = True
RULES = (NAME,)
PARTNER_REACH = 9  # words from the phrase to its «مع» (the holding verb, a place and a day in commas between)
OWN_WORDS = {"مشترك", "المشترك", "مشتركا", "مشتركه", "المشتركه", "اليوم", "امس", "الليله", "مساء",
             "صباح"}  # normalised («ندوة صحفية مشتركة»)
BESIDE = {"بجانب", "وبجانب"}  # normalised: «بجانب» (and «إلى جانب»)
WHERE = {"في", "ب"}  # a place or time after the conference: «في موسكو», «بقصر الاتحادية»


CONFERENCE = {"موتمر", "الموتمر", "موتمرا", "ندوه", "الندوه"}  # normalised: the head of a press conference's phrase


def applies(ctx: Context) -> bool:
    # (and kgt:talks' «مؤتمر صحفي مشترك» with a partner behind «مع»: the speaker held it with him, not the object
    # of the speaker's verb: «دعا ماكرون تركيا إلى …، في مؤتمر صحفي مشترك اليوم مع الرئيس التونسي»)
    return ctx.trig.id == "press_conference" or (
        ctx.trig.relation == "met" and ctx.words[ctx.hit.first].norm in CONFERENCE and partner_at(ctx) is not None)


def partner_at(ctx: Context) -> int | None:
    """The word «مع» that belongs to the press conference, if the words before it are all the conference's."""
    words = ctx.words
    k = ctx.hit.last + 1
    while k < len(words) and k <= ctx.hit.last + PARTNER_REACH:
        w = words[k]
        if w.norm in ("مع", "ومع") or w.norm in BESIDE:
            return k
        if w.norm in ("الي", "والي") and k + 1 < len(words) and words[k + 1].norm == "جانب":
            return k + 1  # («في مؤتمر صحفي إلى جانب الأمين العام»: standing beside him)
        held = stem_match(w, "عقد", "verb") and w.norm.endswith(("ه", "ها", "اه", "وه"))
        placed = w.norm in WHERE or clitic_marker(w) == "ب" or (
            k > ctx.hit.last + 1 and upos(w) in ("NOUN", "PROPN", "ADJ", "NUM") and clitic_marker(w) is None
            and not w.punct)
        # («عقده، الاثنين، في قصر ميزبرغ مع …»: the commas around a day)
        day_comma = w.norm in ("،", ",") and ((k + 1 < len(words) and words[k + 1].norm in WHEN) or
                                            words[k - 1].norm in WHEN)
        if not (held or placed or day_comma or w.norm in OWN_WORDS or w.norm.startswith("ال") and upos(w) == "ADJ"):
            return None
        k += 1
    return None


def find(ctx: Context) -> Found | None:
    at = partner_at(ctx)
    if at is None:
        return None
    first = past_marks(ctx.words, at + 1)
    # («مع ضيفه فايز السراج»: past the guest or host noun the name is in apposition to, as written)
    first += first + 1 < len(ctx.words) and strip_diacritics(ctx.words[first].text) in GUEST_WORDS + HOST_WORDS
    beside = ctx.words[at].norm in BESIDE | {"جانب"}
    partner = next((m for m in ctx.after if m.first == first and
                    (beside or marker_before(ctx.words, m) in ("مع", None))), None)
    # (the main clause's subject, not an object between: «حمّل ماكرون تركيا المسؤولية، خلال مؤتمر صحفي مع …»)
    speaker = ctx.first_unmarked(ctx.hit.first) or ctx.salient
    if partner is None or speaker is None or ctx.party(partner) == ctx.party(speaker):
        return None
    return Found(speaker, partner, CONFIDENCE, NAME)
