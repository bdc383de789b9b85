"""Support given to a recipient named before it: «منحت فرنسا حفتر غطاء سياسيا», «قدمت تركيا
لحكومة الوفاق دعما عسكريا».

A verb of giving (منح، أعطى، قدم، وفّر، أمدّ) takes two objects: the recipient
(unmarked, or behind «لـ») comes right before the support noun or phrase, which
then has no actor of its own.  The verb's subject gives it: the actor right after
the verb, before the recipient (VSO), or right before the verb (SVO)."""
from __future__ import annotations

from kg.constructions.context import Context, Found
from kg.grammar import SVO_PARTICLES, marker_before
from kg.triggers import conjunction_on, stem_match

NAME = "given"
CONFIDENCE = 0.6
FINAL = False
RULES = (NAME,)
# verb stems («أعطت», «لم تعط»: the final letter dropped)
GIVING = ("منح", "اعطي", "اعط", "يعطي", "تعطي", "يعط", "تعط", "قدم", "وفر", "امد")
REACH = 8  # words from the verb to the support noun, the subject's and the recipient's names between


def _giving_verb(ctx: Context) -> int | None:
    words, hit = ctx.words, ctx.hit
    return next((k for k in range(hit.first - 1, max(ctx.a, hit.first - REACH) - 1, -1)
                 if any(stem_match(words[k], v, "verb") for v in GIVING)), None)


def applies(ctx: Context) -> bool:
    # (an indefinite accusative the tagger calls a verb: «وتوفر مصر لقوات حفتر دعما لوجستيا»)
    accusative = ctx.kind == "verb" and ctx.words[ctx.hit.first].norm.endswith("ا") and \
        not conjunction_on(ctx.words[ctx.hit.first])
    return (ctx.kind in ("noun", "phrase") or accusative) and ctx.trig.relation == "supports" and \
        _giving_verb(ctx) is not None


def find(ctx: Context) -> Found | None:
    words, hit, k = ctx.words, ctx.hit, _giving_verb(ctx)
    recipient = next((m for m in ctx.mentions if m.last == hit.first - 1 and k < m.first
                      and marker_before(words, m) in (None, "ل")), None)
    if recipient is None:
        return None
    between = [m for m in ctx.mentions if k < m.first and m.last < recipient.first]
    if between:
        giver = between[0] if between[0].first == k + 1 and marker_before(words, between[0]) is None else None
    else:
        giver = next((m for m in reversed(ctx.before) if m.last < k and marker_before(words, m) is None
                      and all(w.norm in SVO_PARTICLES for w in words[m.last + 1:k])), None)
    if giver is None or ctx.party(giver) == ctx.party(recipient):
        return None
    return Found(giver, recipient, CONFIDENCE, NAME)
