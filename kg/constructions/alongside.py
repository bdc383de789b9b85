"""Forces alongside an actor: «تنتشر وحدات من الجيش التركي والقوات القطرية بجانب حكومة
الوفاق», «المقاتلين الروس بجانب قوات حفتر».

The trigger is a phrase marked ``kg:besideForces`` («بجانب», «إلى جانب»).  It
states support only when an actor's armed forces stand right before it: a
nationality adjective on a forces noun («القوات التركية»), or an actor whose
mention follows such a noun («مرتزقة فاغنر»); that actor is the source, the
actor right after the phrase the target.  Elsewhere «إلى جانب» is "besides"
and states nothing."""
from __future__ import annotations

from kg.actors import Mention, Word
from kg.constructions.context import Context, Found
from kg.grammar import ARMED, SENDING, parenthesis_before, past_marks, past_marks_back, sending_agent, upos
from kg.triggers import TriggerHit, stem_match

NAME = "alongside"
CONFIDENCE = 0.6
FINAL = True
RULES = (NAME,)


def applies(ctx: Context) -> bool:
    return ctx.trig.beside_forces


ARENA_REACH = 3  # words of «في المعارك» / «في القتال» between the forces and the phrase


def forces_before(words: list[Word], mentions: list[Mention], hit: TriggerHit) -> Mention | None:
    """The actor whose armed forces (or presence) stand right before the phrase ``hit``, if any: without
    them «إلى جانب» is "besides", for the rule and for a co-occurrence alike."""
    # (the forces right before the phrase, or before where they fight: «شارك الطيران التركي في المعارك
    # إلى جانب …»)
    # («الحضور التركي القوي إلى جانب …»: or past adjectives of the forces noun)
    # («مجموعة "فاغنر" إلى جانب …»: past quotation marks; «فاغنر تقاتل جنبا إلى جنب مع …»: past the verb of what
    # the forces do there)
    # (whoever fights there is armed; «"فاغنر" "تقاتل" جنبا إلى جنب مع …»: past quotation marks on either side)
    # («مقاتلي فاغنر، المرتبطة بالكرملين، إلى جانب …»: past an aside that qualifies them)
    end = _past_aside(words, hit.first)
    verb = past_marks_back(words, end - 1)
    fighting = next((m for m in mentions if verb >= 1 and m.last == past_marks_back(words, verb - 1)
                     and words[verb].norm.lstrip("و").startswith(FORCES_DOING)), None)
    if fighting is not None:
        return fighting
    forces = next((m for m in mentions if m.last == past_marks_back(words, end - 1)
                   or _arena(words, m.last + 1, end) or _adjectives(words, m.last + 1, end)), None)
    if forces is not None and _armed(words, forces):
        return forces
    return _sender(words, mentions, end)


SENT_REACH = 3  # words of their count between the word that sends armed men and the men («بنشر مئات المقاتلين»)
DEPLOYING = SENDING + ("نشر",)  # stems: «أرسلت تركيا …», «بنشر مئات المرتزقة …» (with armed men right after)


def _sender(words: list[Word], mentions: list[Mention], end: int) -> Mention | None:
    """«أرسلت تركيا آلاف المقاتلين إلى جانب حكومة الوفاق», «اتهمت واشنطن فاغنر بنشر مئات المرتزقة إلى جانب قوات
    حفتر»: armed men no actor names, right before the phrase, stand there for whoever sent them
    (:func:`kg.grammar.sending_agent`)."""
    k = past_marks_back(words, end - 1)
    while k > 0 and words[k].norm.startswith("ال") and upos(words[k]) == "ADJ":
        k -= 1  # (their adjectives: «المقاتلين الأجانب»)
    if k < 1 or words[k].norm.lstrip("و") not in ARMED or any(m.first <= k <= m.last for m in mentions):
        return None
    sender = next((j for j in range(k - 1, max(-1, k - 2 - SENT_REACH), -1)
                   if any(stem_match(words[j], v, "any") for v in DEPLOYING)), None)
    if sender is None or any(w.punct for w in words[sender + 1:k]):
        return None
    return sending_agent(words, mentions, sender, k)


ASIDE_REACH = 6  # words of an aside set off by commas between the forces and the phrase


def _past_aside(words: list[Word], k: int) -> int:
    """Word ``k``, or the opening comma of an aside set off by commas that ends right before it: a definite
    qualifier («، المرتبطة بالكرملين،»), a relative clause or a phrase of where or when, with no verb of its own
    but a relative one."""
    span = parenthesis_before(words, k)
    if span is not None:
        return span[0]
    if k < 3 or words[k - 1].norm not in ("،", ","):
        return k
    opening = next((j for j in range(k - 2, max(-1, k - 2 - ASIDE_REACH), -1) if words[j].punct), None)
    if opening is None or words[opening].norm not in ("،", ",") or opening + 1 >= k - 1 or \
            not words[opening + 1].norm.startswith("ال") or \
            any(upos(w) in ("VERB", "AUX") for w in words[opening + 2:k - 1]):
        return k
    return opening


def find(ctx: Context) -> Found | None:
    words, hit = ctx.words, ctx.hit
    forces = forces_before(words, ctx.mentions, hit)
    if forces is None:
        return None
    ally = next((m for m in ctx.after if m.first == hit.last + 1 and ctx.mk(m) is None), None)
    if ally is None or ctx.party(ally) == ctx.party(forces):
        return None
    return Found(forces, ally, CONFIDENCE, NAME)


def _arena(words, k: int, end: int) -> bool:
    """Do the words from ``k`` to the phrase say where the forces fight, after their adjectives («المسير
    في المعارك», «في الخطوط الأمامية»)?"""
    while k < end and words[k].norm.startswith("ال") and upos(words[k]) == "ADJ":
        k += 1
    return k < end - 1 and end - k <= ARENA_REACH and words[k].norm in ("في", "وفي") and \
        not any(w.punct or upos(w) == "VERB" for w in words[k:end])


def _adjectives(words, k: int, end: int) -> bool:
    """Are the words from ``k`` to the phrase one or two definite adjectives («القوي», «المكثف»), past the
    quotation marks that close a name («عناصر من "فاغنر" الروسية إلى جانب …»)?"""
    k = past_marks(words, k)
    return 0 < end - k <= 2 and all(w.norm.startswith("ال") and upos(w) == "ADJ" for w in words[k:end])


# an actor's presence beside another is its forces' («الوجود العسكري التركي إلى جانب حكومة الوفاق»), and so
# is its intervention («التدخل الروسي إلى جانب حفتر»)
PRESENCE = {"الوجود", "وجود", "الحضور", "حضور", "التواجد", "تواجد", "التدخل", "تدخل", "الانتشار", "انتشار"}


def _armed(words, m) -> bool:
    """Is the mention an actor's armed forces (or presence): a forces noun right before it (or before its
    adjective «العسكري»), or before the company or group it names («عناصر من مجموعة "فاغنر"», «عناصر شركة
    فاغنر», «مقاتلي فاغنر»), or as its own first word?"""
    k = past_marks_back(words, m.first - 1)
    before = words[k].norm.lstrip("و") if k >= 0 else ""
    if before in ("العسكري", "العسكريه") and k > 0:
        before = words[k - 1].norm.lstrip("و")
    if before in COMPANIES and k > 0:
        k = k - 1 - (words[k - 1].norm == "من" and k > 1)
        before = words[k].norm.lstrip("و")
    elif before == "من" and k > 0:
        before = words[k - 1].norm.lstrip("و")
    # (or a forces noun inside the mention, which takes in their count: «مئات من مقاتلي فاغنر»)
    return before in ARMED | PRESENCE | FIGHTERS_OF or \
        any(w.norm.lstrip("و") in ARMED | FIGHTERS_OF for w in words[m.first:m.last + 1])


COMPANIES = {"مجموعه", "شركه"}  # normalised: the company or group armed men belong to, named after it
FIGHTERS_OF = {"مقاتلي", "مقاتلو", "عناصر"}  # normalised: fighters in construct with whose they are («مقاتلي فاغنر»)
# normalised beginnings of verbs of what forces do beside an actor («تقاتل», «يعملون», «تنتشر»)
FORCES_DOING = ("تقاتل", "يقاتل", "يعمل", "تعمل", "ينتشر", "تنتشر", "يتواجد", "تتواجد")
