"""A deed reported by a speaker: «قالت الأمم المتحدة إن روسيا انتهكت حظر الأسلحة».

Triggers marked ``kg:reportedDeed`` (violating an embargo or a truce) name an
act, not a stance of its doer: reported, they are the speaker's charge against
the doer.  The doer is the verb's subject (as :mod:`kg.constructions.verb`
finds it); the source is the first speaker before it (قال، أكد، ذكر …) of
another party.  Unreported, the deed states no stance."""
from __future__ import annotations

from kg.constructions import verb
from kg.constructions.context import Context, Found
from kg.grammar import speakers

NAME = "reported-deed"
CONFIDENCE = 0.6
FINAL = True
RULES = (NAME,)


def applies(ctx: Context) -> bool:
    return bool(ctx.trig.reported_deed) and ctx.kind == "verb"


def find(ctx: Context) -> Found | None:
    subject = verb.subject_of(ctx)
    if subject is None or subject.source is None:
        return None
    doer = subject.source
    reporter = next((m for m in speakers(ctx.words, ctx.mentions, ctx.hit) if ctx.party(m) != ctx.party(doer)), None)
    return Found(reporter, doer, CONFIDENCE, NAME) if reporter is not None else None
