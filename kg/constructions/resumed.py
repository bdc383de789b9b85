"""A meeting or call told by the verb of its relative clause: «خلال زيارة قام بها باشاغا إلى أنقرة»,
«في اتصال هاتفي تلقاه السيسي من بوتين», «المحادثات التي أجراها لافروف مع نظيره التركي».

Arabic gives an indefinite noun a relative clause with no relative pronoun («زيارة قام بها …», a
visit he made) and a definite one a clause after «الذي/التي»; the clause's verb resumes the noun with a
pronoun (تلقاه، أجراها، عقدته، قام بها).  The verb's subject is one side of the meeting or call, the
actor behind «من» (a call received from), «مع», «بـ», «إلى» or «لـ» (a visit to) after it the other.
Without this reading the subject stands where a masdar's genitive would, and nothing is found."""
from __future__ import annotations

from kg.constructions.context import Context, Found
from kg.grammar import RELATIVES, RESUMED_BY, relational, upos
from kg.ontology import SYMMETRIC

NAME = "resumed"
CONFIDENCE = 0.8
FINAL = False
RULES = (NAME,)
# verbs of holding, making or receiving a meeting or call, as they are written before the pronoun
# that resumes it (normalised: «أجراه» اجرا+ه, «أجرته» اجرت+ه, «تلقاه», «يعقدها»)
RESUMING = {"اجرا", "اجرت", "يجري", "تجري", "تلقا", "تلقت", "يتلقا", "تتلقا", "عقد", "عقدت", "يعقد",
            "تعقد"}
PERFORMED = {"قام", "قامت", "يقوم", "تقوم"}  # «زيارة قام بها X»: the pronoun behind «بـ»
RESUMING_PRONOUNS = ("هما", "ها", "ه")
PARTNER_MARKERS = {"من", "مع", "ب", "الي", "ل"}
ADJECTIVES = 2  # the trigger's own adjectives between it and the relative clause («زيارة رسمية قام بها»)
SUBJECT_REACH = 3  # words from the verb (and its «بها») to its subject
PARTNER_REACH = 4  # words from the subject to the other side


def _resuming_verb(words, k: int) -> int | None:
    """The last word of a verb that resumes the noun before it, starting at ``k``."""
    w = words[k].norm
    if w in PERFORMED and k + 1 < len(words) and words[k + 1].norm in RESUMED_BY:
        return k + 1
    return k if any(w.endswith(p) and w[:-len(p)] in RESUMING for p in RESUMING_PRONOUNS) else None


def _verb_after(ctx: Context) -> int | None:
    k = ctx.hit.last + 1
    while k < len(ctx.words) and k - ctx.hit.last <= ADJECTIVES and \
            (upos(ctx.words[k]) == "ADJ" or relational(ctx.words[k])):  # (the tagger takes «رسمية» for a noun)
        k += 1
    if k < len(ctx.words) and ctx.words[k].norm in RELATIVES:
        k += 1
    return _resuming_verb(ctx.words, k) if k < len(ctx.words) else None


def applies(ctx: Context) -> bool:
    return ctx.trig.relation in SYMMETRIC and _verb_after(ctx) is not None


def find(ctx: Context) -> Found | None:
    end = _verb_after(ctx)
    subject = next((m for m in ctx.after if end < m.first and ctx.within(m, end, SUBJECT_REACH)
                    and (m.first == end + 1 or ctx.mk(m) is None)), None)  # (the «بـ» of «بها» marks nobody)
    if subject is None:
        return None
    partner = next((m for m in ctx.after if m.first > subject.last and ctx.within(m, subject.last, PARTNER_REACH)
                    and ctx.mk(m) in PARTNER_MARKERS), None)
    if partner is None or ctx.party(partner) == ctx.party(subject):
        return None
    return Found(subject, partner, CONFIDENCE, NAME)
