"""«بين X و Y»: a meeting, a call, or what holds both ways (تبادل الاتهامات بين
X و Y) names its two sides after «بين», a few words after the trigger.

Example: «عقدت محادثات بين وزير الخارجية المصري ونظيره الفرنسي».  When no
pair follows «بين», the other constructions are tried."""
from __future__ import annotations

from kg.constructions.context import Context, Found
from kg.ontology import SYMMETRIC

NAME = "between"
CONFIDENCE = 0.8
FINAL = False  # no pair after «بين»: the trigger is read by the constructions after this one
RULES = (NAME,)
SPAN = 6  # words from the trigger to «بين»


def applies(ctx: Context) -> bool:
    return ctx.trig.relation in SYMMETRIC or ctx.trig.mutual


def find(ctx: Context) -> Found | None:
    words, hit = ctx.words, ctx.hit
    for k in range(hit.last + 1, min(ctx.b, hit.last + SPAN) + 1):
        if words[k].norm == "بين":
            pair = [m for m in ctx.after if m.first > k]
            if len(pair) >= 2:
                return Found(pair[0], pair[1], CONFIDENCE, NAME)
    return None
