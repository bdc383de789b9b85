"""A deed reported by a speaker: «قالت الأمم المتحدة إن روسيا انتهكت حظر الأسلحة»,
«قال المتحدث إن تركيا ترعى الإرهاب».

Triggers marked ``kg:reportedDeed`` (violating an embargo or a truce) name an
act, not a stance of its doer: reported, they are the speaker's charge against
the doer.  The doer is the verb's subject (as :mod:`kg.constructions.verb`
finds it); the source is the first speaker before it (قال، أكد، ذكر …) of
another party, or the actor quoted before a colon («المسماري: …»).
Unreported, the deed states no stance.  Supporting, funding or sponsoring
terrorism, militias or mercenaries (a support trigger whose object is one of
:data:`kg.grammar.TERROR` rather than an actor) is such a deed."""
from __future__ import annotations

from kg.constructions import deed, verb
from kg.constructions.context import Context, Found
from kg.constructions.masdar import RESUMING
from kg.grammar import (ATTACKS, TERROR, clitic_marker, colon_speaker, dropped_speaker, has_pronoun, marker_before,
                        speaker_after_quote, speakers, upos)
from kg.triggers import stem_match

NAME = "reported-deed"
CONFIDENCE = 0.6
FINAL = True
RULES = (NAME,)  # also for supporting terrorism


def applies(ctx: Context) -> bool:
    return (ctx.kind == "verb" and (bool(ctx.trig.reported_deed) or _backs_terror(ctx))) or \
        (ctx.kind == "phrase" and (bool(ctx.trig.reported_deed) or _behind_deed(ctx))) or \
        _genitive_backs_terror(ctx) is not None or _resumed_terror(ctx) is not None  # «تحاول زعزعة استقرار المنطقة»


BEHIND = {"وراء", "خلف"}  # normalised: the last word of «تقف وراء»
POINTING = {"كل", "هذا", "هذه", "ذلك", "تلك"}  # «وراء كل هذا الخراب»: the harm past a quantifier and a demonstrative


def _behind_deed(ctx: Context) -> bool:
    """«قال مسؤول إن الإمارات تقف وراء الهجوم على طرابلس», «… إن قطر تقف وراء الإرهاب»: standing behind
    an attack that names no doer of its own, or behind terrorism, is being blamed for it (behind an
    actor's attack, «وراء هجوم حفتر», or behind the actor, it backs that actor)."""
    words, k = ctx.words, ctx.hit.last + 1
    while k < len(words) - 1 and k <= ctx.hit.last + 2 and words[k].norm in POINTING:
        k += 1
    if ctx.trig.relation != "supports" or words[ctx.hit.last].norm not in BEHIND or k >= len(words) or \
            not any(stem_match(words[k], n, "noun") for n in ATTACKS + TERROR):
        return False
    return not any(m.first in (k, k + 1, k + 2) and ctx.mk(m) is None for m in ctx.mentions)


def _holding_responsible(ctx: Context) -> Found | None:
    """«تحمّل الحكومة المؤقتة تركيا مسؤولية التصعيد»: unvowelled, «تحمل» also holds another responsible
    (form II): two actors right after the verb, the required noun right after them: the first blames
    the second, reported or not.  Also with the first right before the verb: «وحكومة الوفاق تحمل قوات
    حفتر مسؤولية انهيار الهدنة»."""
    if ctx.kind != "verb" or not ctx.trig.requires:
        return None
    words = ctx.words
    first = next((m for m in ctx.after if m.first == ctx.hit.last + 1 and ctx.mk(m) is None), None)
    second = next((m for m in ctx.after if first is not None and m.first == first.last + 1 and ctx.mk(m) is None), None)
    rule = "verb-vso"
    if second is None and first is not None:
        # (the subject before the verb, the one held responsible right after it)
        first, second, rule = next((m for m in ctx.before if m.last == ctx.hit.first - 1 and
                                    marker_before(words, m) is None), None), first, "verb-svo"
    if first is None or second is None or ctx.party(first) == ctx.party(second) or second.last + 1 >= len(words) or \
            not any(stem_match(words[second.last + 1], n, "noun") for n in ctx.trig.requires):
        return None
    return Found(first, second, verb.CONFIDENCE[rule], rule, "opposes")


def _genitive_backs_terror(ctx: Context):
    """«قالت مصر إن دعم تركيا للميليشيات …»: the masdar's genitive backs terrorism or militias
    (behind «لـ», right after the genitive): the genitive is the doer."""
    if ctx.kind != "noun" or ctx.trig.relation != "supports":
        return None
    gen = next((m for m in ctx.mentions if m.first == ctx.hit.last + 1), None)
    if gen is None or gen.last + 1 >= len(ctx.words):
        return None
    nxt = ctx.words[gen.last + 1]
    return gen if nxt.norm.startswith("ل") and any(stem_match(nxt, t, "noun") for t in TERROR) else None


def _resumed_terror(ctx: Context):
    """«قال المسماري إن تركيا تواصل نقل المرتزقة»: the masdar of backing terrorism or mercenaries right
    after a verb of carrying on; the verb's subject, right before it, is the doer."""
    k = ctx.hit.first - 1
    if ctx.kind not in ("noun", "phrase") or k < 1 or \
            not any(stem_match(ctx.words[k], v, "verb") for v in RESUMING) or not _backs_terror(ctx):
        return None
    end = k - 2 if ctx.words[k - 1].text in CLOSING else k - 1  # («إن قوى إقليمية (تركيا وقطر) تواصل …»)
    return next((m for m in ctx.mentions if m.last == end and marker_before(ctx.words, m) is None), None)


CLOSING = {")", "»", '"', "”"}


def _backs_terror(ctx: Context) -> bool:
    """«تركيا ترعى الإرهاب»: a support verb whose object, right after it, is terrorism or militias."""
    if ctx.trig.relation != "supports":
        return False
    # «ويقاتل مرتزقة فاغنر إلى جانب …»: mercenaries who are a named actor are the subject, not the object;
    # «تدعم حفتر بالمرتزقة»: mercenaries behind «بـ» are the means of backing the actor before them
    # («نقلت تركيا مئات المرتزقة …»: past the subject after the verb and a number)
    k = ctx.hit.last + 1
    subject = next((m for m in ctx.mentions if m.first == k), None)
    if subject is not None:
        k = subject.last + 1
    if k < len(ctx.words) and ctx.words[k].norm in COUNTS:
        k += 1
    objects = ctx.words[ctx.hit.last + 1:k + 2]
    # («إن السراج الذي تدعمه تركيا يجلب المرتزقة»: a verb with its object pronoun has its object; the words after
    # another verb are that verb's)
    if has_pronoun(ctx.words[ctx.hit.last]) and ctx.kind == "verb":
        return False
    objects = objects[:next((i for i, w in enumerate(objects) if upos(w) == "VERB"), len(objects))]
    if ctx.trig.requires and k + 2 < len(ctx.words) and ctx.words[k + 1].norm == "الي":
        # («ترسل أنقرة الأسلحة إلى الميليشيات»: what is sent, then who receives it behind «إلى»)
        objects = objects + [ctx.words[k + 2]]
    # («تدعم الحكومة بالسلاح والمرتزقة»: what is coordinated after the means is a means too)
    means = next((i for i, w in enumerate(objects) if clitic_marker(w) == "ب"), len(objects))
    return any(any(stem_match(w, t, "noun") for t in TERROR)
               and not any(m.first <= w.index <= m.last for m in ctx.mentions)
               for w in objects[:means])


COUNTS = {"ميات", "الاف", "عشرات", "الالاف", "الميات", "العشرات"}  # normalised: «مئات المرتزقة» («ميات»)


def _charged_within(ctx: Context) -> bool:
    """«إن فرنسا تتحمل مسؤولية إطالة أمد الأزمة»: is the deed what the noun right before it, one an earlier
    reported deed requires, is for?  That deed's claim names the doer; this one has no subject of its own."""
    k = ctx.hit.first - 1
    return k >= 0 and any(h.last <= k and h.trigger.reported_deed and
                          any(stem_match(ctx.words[k], r, "noun") for r in h.trigger.requires) for h in ctx.hits)


def find(ctx: Context) -> Found | None:
    if _charged_within(ctx):
        return None
    if clitic_marker(ctx.words[ctx.hit.first]) == "ب" and ctx.accused() is not None:
        return None  # «تتهم أنقرة مصر والإمارات بتأجيج الصراع»: the charge of an accusation, which the verb reads
    held = _holding_responsible(ctx)
    if held is not None:
        return held
    described = deed.described(ctx) if ctx.kind == "phrase" else None
    if described is not None:
        # «وصف المجلس تصريحات السيسي بأنها إعلان حرب»: what the thing described is called, as for a deed noun
        # (a charge against the doer whatever the trigger's relation: «اتهم X الإمارات بأنها تقف وراء الهجوم»)
        found = deed.reported_by(ctx, described, NAME)
        return found._replace(confidence=CONFIDENCE, relation="opposes") if found is not None else None
    doer = _genitive_backs_terror(ctx) or _resumed_terror(ctx)
    if doer is None:
        subject = verb.subject_of(ctx)
        if subject is None or subject.source is None:
            return None
        doer = subject.source
    quoted = colon_speaker(ctx.words, ctx.mentions, ctx.hit.first) or \
        speaker_after_quote(ctx.words, ctx.mentions, ctx.hit.first)  # «المسماري: تركيا ترعى الإرهاب», «"…"، قال X»
    dropped = ctx.salient is not None and dropped_speaker(ctx.words, ctx.hit.first)
    reporter = next((m for m in [*speakers(ctx.words, ctx.mentions, ctx.hit), *([quoted] if quoted else []),
                                 *([ctx.salient] if dropped else [])]
                     if ctx.party(m) != ctx.party(doer)), None)
    # a charge against the doer, whatever the trigger's own relation («ترعى الإرهاب»: support)
    return Found(reporter, doer, CONFIDENCE, NAME, "opposes") if reporter is not None else None

