"""A meeting or call named after a verb's subject and object: «أبلغ ماكرون أردوغان خلال اتصال
هاتفي رفض باريس …», «أكد السيسي لحفتر أثناء لقائهما دعم مصر …».

The trigger (a met or called noun or phrase) follows «خلال/أثناء/في», right after the two actors
of the clause's verb, and no partner of its own follows it behind «مع/ب» or «بين».  The call or
meeting was between those two: the subject, and the object (or the one behind «لـ», or «مع» after the
subject: «بحث بوتين مع نظيره التركي في اتصال هاتفي …»); a coordinated
subject («بحث بوتين وأردوغان في اتصال هاتفي …») is the verb's, met or called each other."""
from __future__ import annotations

from kg.constructions.context import Context, Found
from kg.grammar import marker_before, upos
from kg.ontology import SYMMETRIC

NAME = "during"
CONFIDENCE = 0.6
FINAL = False
RULES = (NAME,)
DURING = {"خلال", "اثناء", "في"}


def applies(ctx: Context) -> bool:
    k = ctx.hit.first
    return ctx.trig.relation in SYMMETRIC and k >= 3 and ctx.words[k - 1].norm in DURING


def find(ctx: Context) -> Found | None:
    words, hit, before = ctx.words, ctx.hit, ctx.before
    if any(ctx.mk(m) in ("مع", "ب", "بين") and ctx.within(m, hit.last, 3) for m in ctx.after):
        return None  # «خلال اتصال هاتفي مع بوتين»: the call names its own partner
    # («أكد ماكرون لنظيره التركي، خلال اتصال هاتفي، …»: the phrase may be set off by a comma)
    end = hit.first - 2 - (words[hit.first - 2].norm in ("،", ","))
    if len(before) < 2 or before[-1].last != end:
        return None
    second, first = before[-1], before[-2]
    verb = first.first - 1
    # («بحث بوتين مع نظيره التركي في اتصال هاتفي …»: the partner behind «مع» after the subject; the word
    # opening the clause before «X مع Y» is its verb, whatever the tagger says of «وبحث»)
    partner = second.first == first.last + 2 and words[first.last + 1].norm == "مع"
    if not (second.first == first.last + 1 or partner) or words[second.first].norm[:1] == "و" or \
            marker_before(words, first) is not None or marker_before(words, second) not in (None, "ل", "مع") or \
            verb < 0 or not (upos(words[verb]) == "VERB" or (partner and verb == ctx.a)):
        return None
    return Found(first, second, CONFIDENCE, NAME) if ctx.party(first) != ctx.party(second) else None
