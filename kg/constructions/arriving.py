"""Goods that reach an actor: «تصل الأسلحة الإماراتية إلى قوات حفتر», «السلاح الروسي الذي يصل إلى حفتر»,
«شحنات السلاح التي تتدفق على حفتر من الإمارات».

The trigger is goods received (kgt:goods_received: weapons, shipments, supplies; or «الإمدادات», kgt:arms' masdar),
the subject of a verb of arriving or flowing: right before them (VSO), or after them and their adjectives, behind a
relative pronoun or none.  The recipient is the actor the verb reaches, behind «إلى/على/لـ» or as its object («يصل
حفتر»); the giver is the goods' nationality adjective, or the actor behind «من» after the verb, or the one whose
territory they come through («عبر الحدود المصرية»).  The giver supports the recipient, as one who sends or
delivers them does; weapons named with nobody reached (an embargo, «حظر الأسلحة») back nobody."""
from __future__ import annotations

from kg.constructions.context import Context, Found
from kg.actors import strip_article
from kg.grammar import RELATIVES, clitic_marker, marker_before, upos
from kg.triggers import stem_match

NAME = "arriving"
CONFIDENCE = 0.6
FINAL = True
RULES = (NAME,)
# verb stems of arriving or flowing (the imperfect of «وصل» drops its «و»)
ARRIVING = ("وصل", "يصل", "تصل", "تدفق", "يتدفق", "تتدفق")
TO = ("الي", "علي", "ل")  # normalised: where the goods arrive
ADJECTIVES = 3  # words of the goods' adjectives (their nationality among them) before the verb after them
REACH = 6  # words from the verb to the recipient and the giver (how, when, by what route between: «برا وجوا»)
SUPPLYING = "arms"  # the trigger id of supplying arms, whose plural masdar names supplies («الإمدادات»)
ROUTES = {"حدود", "اراضي", "موانئ", "مطارات", "اجواء"}  # normalised: «عبر الحدود المصرية», the way they come


def _arriving(word) -> bool:
    return any(stem_match(word, v, "verb") for v in ARRIVING)


def _verb(ctx: Context) -> int | None:
    """The verb of arriving whose subject the goods are: right before them, or past their adjectives (and a
    relative pronoun) after them."""
    words, hit = ctx.words, ctx.hit
    if hit.first > 0 and _arriving(words[hit.first - 1]):
        return hit.first - 1
    j = hit.last + 1
    while j < len(words) and j <= hit.last + ADJECTIVES and upos(words[j]) == "ADJ" and not words[j].punct:
        j += 1
    j += j < len(words) and words[j].norm in RELATIVES
    return j if j < len(words) and _arriving(words[j]) else None


def applies(ctx: Context) -> bool:
    # (or supplies named by the masdar of supplying: «الإمدادات التي تصل إلى حفتر من الإمارات»)
    return (ctx.trig.id == "goods_received" or ctx.trig.id == SUPPLYING and ctx.kind == "noun") and \
        _verb(ctx) is not None


def find(ctx: Context) -> Found | None:
    words, hit, v = ctx.words, ctx.hit, _verb(ctx)
    after = [m for m in ctx.mentions if v < m.first <= v + REACH + 1 and m.first > hit.last
             and not any(w.punct for w in words[v + 1:m.first])]
    recipient = next((m for m in after if marker_before(words, m) in TO or clitic_marker(words[m.first]) == "ل"
                      or (m.first == v + 1 and marker_before(words, m) is None)), None)
    own = range(hit.last + 1, v) if v > hit.last else range(hit.last + 1, hit.last + 1 + ADJECTIVES)
    # (or the route they take: «عبر الحدود المصرية», «عبر مصر»)
    giver = next((m for m in ctx.mentions if m.kind == "demonym" and m.first in own), None) or \
        next((m for m in after if marker_before(words, m) == "من"), None) or \
        next((m for m in after if words[m.first - 1].norm == "عبر" or m.kind == "demonym" and m.first >= 2 and
              words[m.first - 2].norm == "عبر" and strip_article(words[m.first - 1].norm) in ROUTES), None)
    if recipient is None or giver is None or ctx.party(recipient) == ctx.party(giver):
        return None
    return Found(giver, recipient, CONFIDENCE, NAME)
