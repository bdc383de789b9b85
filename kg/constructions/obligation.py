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

from kg.actors import Mention
from kg.constructions.context import Context, Found
from kg.grammar import INCLUDING, SPEECH_VERBS, THAT_FORMS, past_marks, speakers, upos

NAME = "obligation"
CONFIDENCE = 0.7
FINAL = True
RULES = (NAME,)
ALL = {"جميع", "كل", "كافه"}  # «على جميع القوات الأجنبية»: the actor after the quantifier
AMONG_REACH = 10  # words from the ones bound to the actors named among them, before the verb or masdar of stopping


def applies(ctx: Context) -> bool:
    return ctx.trig.addressed_after


def find(ctx: Context) -> Found | None:
    words, hit = ctx.words, ctx.hit
    k = past_marks(words, hit.last + 1) if hit.last + 1 < len(words) else hit.last + 1  # («على «جميع القوى …»»)
    if k < len(words) and words[k].norm in ALL:
        k += 1
    tgt = next((m for m in ctx.mentions if m.first == k), None) or _named_among(ctx, k)
    if tgt is None:
        return None
    said = [m for m in speakers(words, ctx.mentions, hit) if m.last < hit.first and ctx.party(m) != ctx.party(tgt)]
    # (not the one the text is about when a speaker kg does not know says it: «قال وزير الدولة البريطاني جيمس
    # كليفرلي إن على …»)
    src = said[-1] if said else (ctx.salient if not _unknown_speaker(ctx) else None)
    if src is None or ctx.party(src) == ctx.party(tgt):
        return None
    return Found(src, tgt, CONFIDENCE, NAME)


def _named_among(ctx: Context, k: int) -> Mention | None:
    """«على جميع القوى الخارجية، بما فيها روسيا وتركيا، سحب …», «على القوات الأجنبية، الروسية والتركية، مغادرة
    ليبيا»: the ones bound, named by no actor, and the actors named among them (after «بما فيها/ومنها», or by
    nationality adjectives), before the verb or masdar of what they must do."""
    words = ctx.words
    for j in range(k, min(len(words), k + AMONG_REACH)):
        if upos(words[j]) in ("VERB", "AUX") or words[j].norm in THAT_FORMS:
            return None
        m = next((m for m in ctx.mentions if m.first == j), None)
        if m is None:
            continue
        included = j > 0 and (words[j - 1].norm in INCLUDING or (words[j - 1].norm in ("فيها", "فيهم") and j > 1
                                                                and words[j - 2].norm in ("بما", "وبما")))
        return m if included or m.kind == "demonym" else None
    return None


def _unknown_speaker(ctx: Context) -> bool:
    """Is the subject of the speech verb nearest before the trigger a noun that names no actor?"""
    words = ctx.words
    for k in range(ctx.hit.first - 1, -1, -1):
        norm = words[k].norm[1:] if words[k].norm[:1] in ("و", "ف") else words[k].norm
        if norm in SPEECH_VERBS:
            j = k + 1
            return j < ctx.hit.first and upos(words[j]) == "NOUN" and not any(m.first <= j <= m.last
                                                                              for m in ctx.mentions)
    return False
