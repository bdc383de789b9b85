"""The circumstantial participle (حال): «قال حفتر …، متهما تركيا بدعم
الميليشيات», «…، محذرا أنقرة من التدخل», «…، منددة بالهجوم الذي شنته قوات
حفتر».

Arabic news closes a reported statement with an indefinite accusative
participle that adds what the speaker did while saying it.  Unlike «الدول
الداعمة لحفتر» (an adjective: the noun it follows is its agent), the
participle's agent is the subject of the main clause, however far before; its
object, or the phrase behind the trigger's preposition, is the target.

* ``circumstantial``: the subject is the first actor of the sentence with no
  preposition (the speaker), else the document's salient actor.
"""
from __future__ import annotations

from kg.actors import Mention
from kg.constructions.context import Context, Found
from kg.constructions.verb import role_owner
from kg.grammar import (COMPLEMENTIZERS, DETACHED, accusation, conjunction_on, each_of, has_pronoun, mention_gender,
                        past_marks, upos)
from kg.normalize import strip_diacritics

CONFIDENCE = {"circumstantial": 0.7}
RULES = tuple(CONFIDENCE)
FINAL = True
OBJECT_WINDOW = 2  # words from the participle to its unmarked object
BY_NAME = {"بالاسم", "صراحه", "تحديدا", "بالتحديد", "علنا"}  # normalised: how an object is named («منتقدا بالاسم …»)


def circumstantial(ctx: Context) -> bool:
    """An indefinite accusative participle after a comma («، متهما», «، منددةً»), or after a
    definite word that names no actor («دخلت روسيا على خط الأزمة الليبية داعمة لحفتر»): an indefinite
    participle cannot be the adjective of a definite noun, so it tells how the subject acted."""
    hit, words = ctx.hit, ctx.words
    text = strip_diacritics(words[hit.first].spelled)
    if hit.first == 0:
        return False
    prev = words[hit.first - 1]
    if text.endswith("ا") and hit.last + 1 < len(words) and words[hit.last + 1].norm in DETACHED:
        return True  # «رد لودريان على أردوغان متهما إياه بـ…»: an accusative participle with its object pronoun
    # (right after an actor, «حفتر معارض للحل», the participle is said of that actor: agentive.py)
    definite = prev.norm.startswith(("ال", "وال")) and not any(m.last == hit.first - 1 for m in ctx.mentions)
    if prev.text not in ("،", ",") and not definite:
        return False
    if definite and _predicate_after_that(ctx.words, hit.first):
        return False  # «إن العملية الأوروبية منحازة لحفتر»: the predicate of «إن» and its subject
    # (no pronoun's alif, no «و»: «الأطراف المتحاربة وداعميها» is "the parties and their backers"; but a second
    # participle joined after a comma: «…، قائلة إن …، ومتهمة واشنطن بـ…»)
    return not text.startswith(("ال", "وال")) and text.endswith(("ا", "ة")) and \
        not (text.endswith("ها") and has_pronoun(words[hit.first])) and \
        not (conjunction_on(words[hit.first]) and prev.text not in ("،", ","))


def _predicate_after_that(words, k: int) -> bool:
    """Do only definite nouns and adjectives stand between «إن/أن» and word ``k``?  Then word ``k`` is
    the predicate of the clause «إن» opens, not a circumstantial participle."""
    j = k - 1
    while j >= 0 and words[j].norm.startswith("ال") and upos(words[j]) in ("NOUN", "ADJ"):
        j -= 1
    return j >= 0 and j < k - 1 and words[j].norm in COMPLEMENTIZERS


def applies(ctx: Context) -> bool:
    return ctx.kind == "active" and circumstantial(ctx)


def find(ctx: Context) -> Found | None:
    hit = ctx.hit
    src = ctx.clause_subject(hit.first) or ctx.salient
    if src is None:
        return None
    src = _agreeing_subject(ctx, src)
    if hit.last + 1 < len(ctx.words) and ctx.words[hit.last + 1].norm in DETACHED:
        # «…، واصفا إياه بالانقلابي», «…، متهما إياه بالتدخل»: the detached pronoun is the participle's object
        # (what an accusation charges is read with the charge: Context.accused)
        tgt = ctx.detached_object(hit.last)
        if accusation(ctx.words[hit.first]) and not ctx.words[hit.first - 1].punct and \
                any(w.norm in COMPLEMENTIZERS for w in ctx.words[ctx.a:hit.first]):
            # («أفادت صحف بأن الصواريخ بيعت للإمارات متهمة إياها بـ…»: with no comma, inside the clause «أن»
            # opens, whose subject kg may not know; «قال X إن …، متهما إياه» is the speaker's)
            return None
        return Found(src, tgt, CONFIDENCE["circumstantial"], "circumstantial") \
            if tgt is not None and ctx.party(tgt) != ctx.party(src) else None
    marked = ctx.marked_target([m for m in ctx.after if m is not src])
    if marked is not None and marked.first >= 2 and any(h.kind == "passive" and h.last == marked.first - 2
                                                        for h in ctx.hits):
        # («محذرا حكومة السراج المدعومة من أنقرة من …»: not the agent of a passive participle that describes
        # the participle's direct object, which is its target)
        marked = next((m for m in ctx.after if m.first == past_marks(ctx.words, hit.last + 1) and ctx.mk(m) is None
                       and m is not src), None)
    # (or a list behind «كلا من», or the one alluded to: «محذرة من التدخلات الأجنبية، في إشارة إلى روسيا»)
    tgt = marked or next(
        (m for m in ctx.after if ctx.within(m, hit.last, OBJECT_WINDOW) and ctx.mk(m) is None), None) \
        or _listed_object(ctx) or ctx.authored_target() or ctx.alluded()
    if tgt is None and ctx.trig.relation == "supports":
        tgt = role_owner(ctx, ctx.after, [src])  # («…، مشيدا بـ"الموقف المسؤول" للسراج»: the role's owner)
    if tgt is None or ctx.party(tgt) == ctx.party(src):
        return None
    return Found(src, tgt, CONFIDENCE["circumstantial"], "circumstantial")


def _agreeing_subject(ctx: Context, src: Mention) -> Mention:
    """The participle agrees with its subject in gender: one in the singular that does not agree with the first
    actor («وذكرت الرئاسة الفرنسية أن حفتر اعتبر …، متهما حكومة الوفاق بـ…») is said by the subject of a clause
    «أن/إن» opens before it that does; else by the first actor."""
    text = strip_diacritics(ctx.words[ctx.hit.first].spelled)
    gender = "Fem" if text.endswith(("ة", "ه")) else "Masc" if text.endswith("ا") else None
    words = ctx.words
    if gender is None or src not in ctx.mentions or mention_gender(words, src, ctx.kind_of(src)) == gender:
        return src
    return next((m for m in ctx.mentions if src.last < m.first and m.last < ctx.hit.first and
                 words[m.first - 1].norm in COMPLEMENTIZERS and mention_gender(words, m, ctx.kind_of(m)) == gender),
                src)


def _listed_object(ctx: Context):
    """«…، منتقدا بالاسم كلا من روسيا والإمارات»: the participle's object, a list behind «كلا من», past an
    adverb of how it is named."""
    k = ctx.hit.last + 1
    k += k < len(ctx.words) and ctx.words[k].norm in BY_NAME
    return next((m for m in ctx.after if (m.first == k and ctx.mk(m) is None) or
                 (m.first == k + 2 and each_of(ctx.words, m))), None)
