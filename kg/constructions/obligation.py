"""An obligation laid on an actor: «قال ماكرون إن على تركيا وقف إرسال المرتزقة»,
«يجب على روسيا سحب مرتزقة فاغنر», «أن على قوات حفتر أن توقف هجومها».

The trigger is a phrase marked ``kg:addressedAfter`` that must be followed by
a verb or masdar of stopping or withdrawing (``kg:requires``).  The actor right
after the phrase («على X», past «جميع/كل») is the one bound to stop and is the
target; the source is who says so: the subject of the nearest speech verb
before, else the one quoted after a colon, else the document's salient actor.
A demand on everyone («على جميع الأطراف وقف إطلاق النار») names no actor, and
one to cease fire asks nobody in particular (``kg:requiresNot``)."""
from __future__ import annotations

from kg.constructions.context import Context, Found
from kg.grammar import speakers

NAME = "obligation"
CONFIDENCE = 0.7
FINAL = True
RULES = (NAME,)
ALL = {"جميع", "كل", "كافه"}  # «على جميع القوات الأجنبية»: the actor after the quantifier


def applies(ctx: Context) -> bool:
    return ctx.trig.addressed_after


def find(ctx: Context) -> Found | None:
    words, hit = ctx.words, ctx.hit
    k = hit.last + 1
    if k < len(words) and words[k].norm in ALL:
        k += 1
    tgt = next((m for m in ctx.mentions if m.first == k), None)
    if tgt is None:
        return None
    said = [m for m in speakers(words, ctx.mentions, hit) if m.last < hit.first and ctx.party(m) != ctx.party(tgt)]
    src = said[-1] if said else ctx.salient
    if src is None or ctx.party(src) == ctx.party(tgt):
        return None
    return Found(src, tgt, CONFIDENCE, NAME)
