"""A meeting or call named after a verb's subject and object: «أبلغ ماكرون أردوغان خلال اتصال
هاتفي رفض باريس …», «أكد السيسي لحفتر أثناء لقائهما دعم مصر …».

The trigger (a met or called noun or phrase) follows «خلال/أثناء/في», right after the two actors
of the clause's verb, and no partner of its own follows it behind «مع/ب» or «بين».  The call or
meeting was between those two: the subject, and the object (or the one behind «لـ», or «مع» after the
subject: «بحث بوتين مع نظيره التركي في اتصال هاتفي …»; the subject may come before its verb: «فإن
أردوغان أكد لنظيره الروسي خلال اتصال هاتفي …»); a coordinated
subject («بحث بوتين وأردوغان في اتصال هاتفي …») is the verb's, met or called each other.  Closing the
sentence, after the verb's whole clause («اتفق لافروف ونظيره التركي على …، خلال اتصال هاتفي مساء الأحد»), it is
the first verb's, between its coordinated subject."""
from __future__ import annotations

from kg.constructions.context import Context, Found
from kg.actors import Mention
from kg.grammar import WHEN, coordinated, has_pronoun, marker_before, upos
from kg.triggers import stem_match
from kg.ontology import SYMMETRIC

NAME = "during"
CONFIDENCE = 0.6
FINAL = False
RULES = (NAME,)
DURING = {"خلال", "اثناء", "في"}


FRONTED = DURING | {"وفي", "وخلال", "واثناء"}
FRONT_REACH = 3  # words from the call or meeting to the comma that closes the fronted phrase (its adjectives)
TELLING = ("ابلغ", "اطلع", "بحث", "ناقش")  # verb stems whose object is the one spoken with


def applies(ctx: Context) -> bool:
    k = ctx.hit.first
    return ctx.trig.relation in SYMMETRIC and k >= 1 and ctx.words[k - 1].norm in (DURING if k >= 3 else FRONTED)


def _fronted(ctx: Context) -> Found | None:
    """«وفي اتصال هاتفي، أكد ماكرون للسيسي …»: a call or meeting opening the sentence, closed by a comma,
    was between the verb's subject after it and the one right after that subject, told or spoken with."""
    words, hit = ctx.words, ctx.hit
    if not all(w.punct for w in words[:hit.first - 1]):
        return None
    comma = next((k for k in range(hit.last + 1, min(len(words), hit.last + 1 + FRONT_REACH))
                  if words[k].norm in ("،", ",")), None)
    if comma is None or comma + 2 >= len(words) or upos(words[comma + 1]) != "VERB" or \
            any(w.punct for w in words[hit.last + 1:comma]):
        return None
    subject = next((m for m in ctx.mentions if m.first == comma + 2 and marker_before(words, m) is None), None)
    # (the one told, behind «لـ», or the object of a verb of telling or discussing: «أبلغ ماكرون أردوغان»;
    # not the object of any verb: «وفي اجتماع وزاري، انتقد لودريان تركيا» met nobody named)
    telling = any(stem_match(words[comma + 1], v, "verb") for v in TELLING)
    partner = next((m for m in ctx.mentions if subject is not None and m.first == subject.last + 1
                    and (marker_before(words, m) in ("ل", "ب", "مع") or
                         (telling and marker_before(words, m) is None))), None)
    if partner is None or ctx.party(partner) == ctx.party(subject):
        return None
    return Found(subject, partner, CONFIDENCE, NAME)


CLOSING_TAIL = WHEN | {"يوم", "ليل", "مساء", "صباح"}  # what may follow a closing call or meeting: when it was


def _closing(ctx: Context) -> Found | None:
    """«اتفق شكري ونظيره الفرنسي على …، و…، خلال اتصال هاتفي مساء الاثنين»: a call or meeting that closes the
    sentence, only its time after it, is where the sentence's first verb happened: between that verb's
    coordinated subject (of two sides or more), or its subject and the one behind «مع» right after it."""
    words, hit = ctx.words, ctx.hit
    if any(not (w.punct or w.norm in CLOSING_TAIL or upos(w) == "NUM") for w in words[hit.last + 1:]):
        return None
    verb = next((k for k in range(ctx.a, min(ctx.a + 2, hit.first)) if upos(words[k]) == "VERB"), None)
    subject = next((m for m in ctx.mentions if verb is not None and m.first == verb + 1 and
                    marker_before(words, m) is None), None)
    if subject is None:
        return None
    group = coordinated(words, ctx.mentions, subject)
    partner = next((g for g in group[1:] if ctx.party(g) != ctx.party(subject)), None) or \
        next((m for m in ctx.mentions if m.first == group[-1].last + 2 and words[m.first - 1].norm == "مع"
              and ctx.party(m) != ctx.party(subject)), None)
    return Found(subject, partner, CONFIDENCE, NAME) if partner is not None else None


def _with_own_partner(ctx: Context, partner: Mention) -> Found | None:
    """«انتقد ماكرون تركيا خلال لقاء مع نظيره التونسي»: a meeting that names its partner behind «مع», after a
    verb's subject and object, was the subject's; the object right before it is no one who met.  (A meeting of
    someone's, «خلال لقائه مع …», is read by its pronoun; one with no object before it, by its nearest actor.)"""
    words, hit, before = ctx.words, ctx.hit, ctx.before
    if ctx.mk(partner) != "مع" or ctx.kind != "noun" or has_pronoun(words[hit.first]) or len(before) < 2:
        return None
    subject, obj = before[-2], before[-1]
    if obj.last != hit.first - 2 or obj.first != subject.last + 1 or marker_before(words, obj) is not None or \
            marker_before(words, subject) is not None or subject.first == 0 or \
            upos(words[subject.first - 1]) != "VERB" or ctx.party(subject) == ctx.party(partner):
        return None
    return Found(subject, partner, CONFIDENCE, NAME)


def find(ctx: Context) -> Found | None:
    words, hit, before = ctx.words, ctx.hit, ctx.before
    if hit.first < 3 or words[hit.first - 1].norm not in DURING:
        return _fronted(ctx)
    own = next((m for m in ctx.after if ctx.mk(m) in ("مع", "ب", "بين") and ctx.within(m, hit.last, 3)), None)
    if own is not None:
        return _with_own_partner(ctx, own)  # «خلال اتصال هاتفي مع بوتين»: the call names its own partner
    # («أكد ماكرون لنظيره التركي، خلال اتصال هاتفي، …»: the phrase may be set off by a comma)
    end = hit.first - 2 - (words[hit.first - 2].norm in ("،", ","))
    if len(before) < 2 or before[-1].last != end:
        return _closing(ctx)
    second, first = before[-1], before[-2]
    verb = first.first - 1
    # («بحث بوتين مع نظيره التركي في اتصال هاتفي …»: the partner behind «مع» after the subject; the word
    # opening the clause before «X مع Y» is its verb, whatever the tagger says of «وبحث»)
    partner = second.first == first.last + 2 and words[first.last + 1].norm == "مع"
    # («فإن أردوغان أكد لنظيره الروسي خلال اتصال هاتفي …»: or the verb between them, the subject first)
    svo = second.first == first.last + 2 and upos(words[first.last + 1]) == "VERB"
    if not (second.first == first.last + 1 or partner or svo) or words[second.first].norm[:1] == "و" or \
            marker_before(words, first) is not None or marker_before(words, second) not in (None, "ل", "مع") or \
            not (svo or verb >= 0 and (upos(words[verb]) == "VERB" or (partner and verb == ctx.a))):
        return None
    return Found(first, second, CONFIDENCE, NAME) if ctx.party(first) != ctx.party(second) else None
