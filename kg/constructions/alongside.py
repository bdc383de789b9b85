"""Forces alongside an actor: «تنتشر وحدات من الجيش التركي والقوات القطرية بجانب حكومة
الوفاق», «المقاتلين الروس بجانب قوات حفتر».

The trigger is a phrase marked ``kg:besideForces`` («بجانب», «إلى جانب»).  It
states support only when an actor's armed forces stand right before it: a
nationality adjective on a forces noun («القوات التركية»), or an actor whose
mention follows such a noun («مرتزقة فاغنر»); that actor is the source, the
actor right after the phrase the target.  Elsewhere «إلى جانب» is "besides"
and states nothing."""
from __future__ import annotations

from kg.constructions.context import Context, Found
from kg.grammar import FORCES

NAME = "alongside"
CONFIDENCE = 0.6
FINAL = True
RULES = (NAME,)


def applies(ctx: Context) -> bool:
    return ctx.trig.beside_forces


def find(ctx: Context) -> Found | None:
    words, hit = ctx.words, ctx.hit
    forces = next((m for m in ctx.mentions if m.last == hit.first - 1), None)
    if forces is None or not _armed(words, forces):
        return None
    ally = next((m for m in ctx.after if m.first == hit.last + 1 and ctx.mk(m) is None), None)
    if ally is None or ctx.party(ally) == ctx.party(forces):
        return None
    return Found(forces, ally, CONFIDENCE, NAME)


def _armed(words, m) -> bool:
    """Is the mention an actor's armed forces: a forces noun right before it or as its own first word?"""
    before = words[m.first - 1].norm.lstrip("و") if m.first > 0 else ""
    return before in FORCES or words[m.first].norm.lstrip("و") in FORCES
