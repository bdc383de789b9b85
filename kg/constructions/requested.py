"""Forces or a presence there at an actor's request: «ترى أنقرة أن الوجود العسكري التركي جاء بطلب من حكومة
الوفاق», «إن وجود قوات بلاده تم بناء على دعوة رسمية من المجلس الرئاسي».

The trigger is the phrase of asking or inviting (``kgt:at_request``: «بطلب من», «بدعوة من», «بناء على طلب»,
«تلبية لطلب», «استجابة لطلب»).  The one whose forces or presence answer it backs the one who asked, named right
after it.  Whose they are: the presence noun's nationality adjective («الوجود التركي», «القوات التركية»), the actor in
construct with it («وجود تركيا», «قوات بلاده») or its possessive pronoun («وجودها»); forces with no owner named, right
after a word of sending («إرسال قوات»), are the sender's.  A meeting, a session or a visit held at someone's request
(«عقد المجلس اجتماعا طارئا بناء على طلب مصر») backs nobody: with no presence noun before the phrase, no claim (and,
``kg:ruleOnly``, no co-occurrence candidate either).
"""
from __future__ import annotations

from kg.actors import Mention
from kg.constructions.context import Context, Found
from kg.grammar import SENDING, marker_before, mention_gender, pronoun_gender, upos
from kg.triggers import stem_match

NAME = "requested"
CONFIDENCE = 0.7
FINAL = True
RULES = (NAME,)
TRIGGER = "at_request"
# stems: presence, forces, troops or military cooperation on the ground
PRESENCE = ("وجود", "تواجد", "انتشار", "قوات", "جنود", "تعاون")
PRESENCE_REACH = 10  # words from the presence noun to the phrase of asking («الوجود التركي هناك قانوني وقد جاء»)
OWNER_REACH = 3  # words from the presence noun to its owner (its adjectives between: «الوجود العسكري التركي»)
ASKER_REACH = 4  # words from the phrase to the one who asked («بطلب رسمي من حكومة الوفاق»)
# normalised: what may stand between («بطلب رسمي من», «استجابة لطلب تقدمت به حكومة الوفاق»)
ASKER_WORDS = {"من", "رسمي", "رسميه", "مباشر", "مباشره", "تقدمت", "تقدم", "به"}
FROM_THEM = {"منها", "منه", "منهم", "منهما"}  # normalised: «بطلب منه»


def applies(ctx: Context) -> bool:
    return ctx.trig.id == TRIGGER


def _owner(ctx: Context, k: int) -> Mention | None:
    """Whose presence or forces the noun at ``k`` is."""
    words = ctx.words
    named = next((m for m in ctx.mentions if m.first <= k <= m.last), None)
    if named is not None:
        return named  # («القوات التركية», «الجيش المصري»: the noun opens the actor's own name)
    m = next((m for m in ctx.mentions if k < m.first <= k + OWNER_REACH), None)
    if m is not None and marker_before(words, m) is None and all(upos(w) == "ADJ" for w in words[k + 1:m.first]):
        return m
    if pronoun_gender(words[k]) is not None:
        return ctx.referent(None, True, at=k)
    return None


def _sender(ctx: Context, k: int) -> Mention | None:
    """«أقر البرلمان التركي مذكرة تسمح للرئاسة بإرسال قوات إلى البلاد، استجابة لطلب حكومة الوفاق»: forces named
    with no owner, right after a word of sending, are the sender's: the nearest actor before it behind no
    preposition."""
    words = ctx.words
    if k < 1 or not any(stem_match(words[k - 1], s, "any") for s in SENDING):
        return None
    return next((m for m in reversed(ctx.mentions) if m.last < k - 1 and marker_before(words, m) is None), None)


def _asker(ctx: Context, owner: Mention, k: int) -> Mention | None:
    """The one who asked: right after the phrase; or, «بطلب منه», the actor of the pronoun's gender named between
    the presence noun at ``k`` and the phrase («تعاونها الدفاعي مع المجلس الرئاسي قانوني ويجري بطلب منه»)."""
    words, hit = ctx.words, ctx.hit
    nxt = hit.last + 1
    if nxt < len(words) and words[nxt].norm in FROM_THEM:
        gender = pronoun_gender(words[nxt])
        return next((m for m in reversed(ctx.mentions) if k < m.first and m.last < hit.first and
                     ctx.party(m) != ctx.party(owner) and mention_gender(words, m, ctx.kind_of(m)) == gender), None)
    m = next((m for m in ctx.mentions if hit.last < m.first <= hit.last + ASKER_REACH), None)
    if m is None or not all(w.norm in ASKER_WORDS or w.punct for w in words[hit.last + 1:m.first]):
        return None
    return m


def find(ctx: Context) -> Found | None:
    words, hit = ctx.words, ctx.hit
    for k in range(hit.first - 1, max(-1, hit.first - 1 - PRESENCE_REACH), -1):
        if words[k].norm in (".", "؟", "!", "؛"):
            break
        if not any(stem_match(words[k], s, "noun") for s in PRESENCE):
            continue
        owner = _owner(ctx, k) or _sender(ctx, k)
        if owner is None or owner.last >= hit.first:
            continue
        asker = _asker(ctx, owner, k)
        if asker is None or ctx.party(asker) == ctx.party(owner):
            return None
        return Found(owner, asker, CONFIDENCE, NAME)
    return None
