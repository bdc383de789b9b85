"""An intervention asked for or allowed: «دعا مجلس النواب القوات المسلحة المصرية إلى التدخل», «صوت البرلمان على
تفويض القوات المصرية بالتدخل», «قرار يجيز للقوات المسلحة المصرية التدخل», «طلبت حكومة الوفاق من تركيا التدخل».

The trigger is the intervention noun (``kgt:tadakhkhul``, a deed, opposed when condemned).  Asked for or authorised,
it is no deed of the one asked yet but the asker's backing of it: the asker supports the one asked to intervene (the
annotation counts a call for an actor's forces as backing it).  The one asked stands right before «إلى/بـ» on the
noun, or behind «لـ/من» right before it; the asking verb or masdar a few words before the one asked; the asker is
that verb's subject (after it, or the actor before it with no preposition)."""
from __future__ import annotations

from kg.constructions.context import Context, Found
from kg.grammar import clitic_marker, marker_before, past_marks_back
from kg.triggers import stem_match

NAME = "invited"
CONFIDENCE = 0.6
FINAL = False
RULES = (NAME,)
INTERVENTION = "tadakhkhul"  # the trigger id of the intervention noun
# stems of asking, calling on, authorising or allowing someone to act («دعا», «طالب», «طلب من», «فوض», «يجيز لـ»)
ASKING = ("دعا", "دعت", "دعوا", "يدعو", "تدعو", "دعوه", "طالب", "مطالبه", "طلب", "فوض", "تفويض", "اجاز", "يجيز",
          "تجيز", "خول", "تخويل", "ناشد")  # («دعت»: the feminine drops the «ا» of «دعا»)
ASK_REACH = 8  # words between the asking word and the one asked (the asker's name, the asked one's forces noun)


def applies(ctx: Context) -> bool:
    return ctx.kind == "noun" and ctx.trig.id == INTERVENTION


def find(ctx: Context) -> Found | None:
    # (past a quotation mark that opens the intervention asked for: «إلى «التدخل لحماية …»»)
    words, k = ctx.words, past_marks_back(ctx.words, ctx.hit.first - 1) + 1
    if k >= 1 and (words[k - 1].norm == "الي" or (k == ctx.hit.first and clitic_marker(words[k]) == "ب")):
        # «… القوات المسلحة المصرية إلى التدخل», «… الجيش المصري بالتدخل»: the one asked right before
        end = k - 1 if words[k - 1].norm == "الي" else k
        asked = next((m for m in ctx.mentions if m.last == end - 1 and marker_before(words, m) is None), None)
    else:
        # «يجيز للقوات المسلحة المصرية التدخل», «طلبت من تركيا التدخل»: behind «لـ/من» right before the bare noun
        asked = next((m for m in ctx.mentions if m.last == k - 1 and marker_before(words, m) in ("ل", "من")), None)
    if asked is None:
        return None
    ask = next((j for j in range(asked.first - 1, max(-1, asked.first - 2 - ASK_REACH), -1)
                if any(stem_match(words[j], s, "any") for s in ASKING)), None)
    if ask is None or any(w.punct for w in words[ask:asked.first]):
        return None
    # the verb's subject right after it («دعا مجلس النواب القوات …»), else the actor before it («مجلس النواب … على
    # قرار يجيز للقوات …»)
    src = next((m for m in ctx.mentions if ask < m.first and m.last < asked.first and marker_before(words, m) is None
                and m.first <= ask + 1), None) or \
        next((m for m in reversed(ctx.mentions) if m.last < ask and m.first >= ctx.a and
              marker_before(words, m) is None), None)
    if src is None or ctx.party(src) == ctx.party(asked):
        return None
    return Found(src, asked, CONFIDENCE, NAME, "supports")
