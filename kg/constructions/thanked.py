"""Support one is thanked or praised for: «شكر السراج تركيا على دعمها», «أعربت حكومة الوفاق
عن امتنانها لتركيا على دعمها», «أشاد حفتر بروسيا على دعمه».

The trigger is a support masdar right after «على», carrying a pronoun, with no actor of its
own after it.  The pronoun is the one thanked, the last actor before «على» (the object, or
behind «لـ»/«بـ»), and the support is for the clause's subject, who thanks it; only after a
word of thanks, gratitude or praise before the one thanked."""
from __future__ import annotations

from kg.constructions.context import Context, Found
from kg.grammar import clitic_marker, genitive_of, marker_before, mention_gender, pronoun_gender
from kg.triggers import stem_match

NAME = "thanked-for"
CONFIDENCE = 0.6
FINAL = False
RULES = (NAME,)
THANKING = ("شكر", "امتنان", "ثناء", "تقدير", "اشاد", "اشاده", "ثمن", "تثمين", "عرفان", "اثني", "هنا")  # stems
FOR = {"علي", "وعلي"}


def applies(ctx: Context) -> bool:
    return ctx.kind == "noun" and ctx.trig.relation == "supports" and ctx.hit.first > 0 and \
        ctx.words[ctx.hit.first - 1].norm in FOR and ctx.pronoun_on(ctx.hit.last)


def find(ctx: Context) -> Found | None:
    words, before = ctx.words, ctx.before
    if any(genitive_of(words, m, ctx.hit.last) for m in ctx.after) or len(before) < 2 or _for_another(ctx):
        return None
    thanker = next((m for m in before if marker_before(words, m) is None), None)
    thanked = before[-1]
    if thanker is None or thanked is thanker or ctx.party(thanked) == ctx.party(thanker):
        return None
    gender = pronoun_gender(words[ctx.hit.last])
    if gender is not None and mention_gender(words, thanked, ctx.kind_of(thanked)) != gender:
        return None
    if not any(stem_match(w, s, mode) for w in words[ctx.a:thanked.first + 1] if not thanker.first <= w.index <= thanker.last
               for s in THANKING for mode in ("verb", "noun")):
        return None
    return Found(thanked, thanker, CONFIDENCE, NAME)


BENEFICIARY_REACH = 3  # words from the masdar to the «لـ» of what the support is for (its adjectives between)


def _for_another(ctx: Context) -> bool:
    """«شكر أردوغان قطر على دعمها المتواصل لليبيا»: the support is for what stands behind «لـ» (here no
    actor of ours), not for the one who thanks."""
    words = ctx.words
    for k in range(ctx.hit.last + 1, min(len(words), ctx.hit.last + 1 + BENEFICIARY_REACH)):
        if words[k].punct:
            return False
        if clitic_marker(words[k]) == "ل":
            return True
    return False
