"""A deed or a presence the speaker says must stop, end or leave: «قال الوزير إن الزحف الذي يقوده حفتر نحو
المدينة يجب أن يتوقف», «شدد على أنه يجب أن ينتهي الوجود العسكري التركي في البلاد».

The trigger is a phrase of obligation and ending (``kgt:must_end``: «يجب أن يتوقف», «ينبغي أن تنسحب» …).  What
must end is its subject: the clause from «إن/أن» (or a quotation mark or a colon) up to the phrase, or the words
right after it when the phrase opens the clause.  Its doer is the first actor named there, if it stands behind no
preposition: the deed's genitive («هجوم حفتر»), its nationality adjective («الوجود التركي»), its relative clause's
subject, or the actor itself («إن حفتر يجب أن يتوقف»).  The clause's speaker opposes the doer.  A fighting, or
arms flowing to someone (the actor behind «بين», «إلى», «على»), names no doer: no claim, and (``kg:ruleOnly``) no
co-occurrence candidate either.
"""
from __future__ import annotations

from kg.actors import Mention, Word
from kg.constructions.context import Context, Found
from kg.grammar import COMPLEMENTIZERS, RELATIVES, colon_speaker, marker_before, past_marks, past_marks_back, upos

NAME = "must-end"
CONFIDENCE = 0.6
FINAL = True
RULES = (NAME,)
TRIGGER = "must_end"
SUBJECT_REACH = 10  # words from where the clause opens to the phrase («الزحف الذي يقوده حفتر نحو المدينة من الجنوب»)
AFTER_REACH = 4  # words from the phrase to the doer after it («يجب أن ينتهي الوجود العسكري التركي»)
OPENING = {":", "«", '"', "“"}  # a colon or a quotation mark opens what is said
BETWEEN = {"بين", "وبين"}  # normalised: «القتال بين قوات الوفاق وقوات حفتر» names two sides, no doer


def applies(ctx: Context) -> bool:
    return ctx.trig.id == TRIGGER


def _clause_start(words: list[Word], end: int) -> int | None:
    """Where the clause whose predicate the phrase is opens: right after «إن/أن», a colon or an opening quotation
    mark, or at the sentence's start, within reach of word ``end``; None if a comma or a full stop comes first."""
    for k in range(end, max(-1, end - SUBJECT_REACH), -1):
        w = words[k]
        if w.norm in COMPLEMENTIZERS or w.text in OPENING:
            return k + 1
        if w.punct:
            return None
    return 0 if end < SUBJECT_REACH else None


def _doer_before(ctx: Context) -> Mention | None:
    """The first actor the subject before the phrase names, if it stands behind no preposition; the subject's only
    verbs are those of its relative clauses («الزحف الذي يقوده حفتر»): a clause with a verb of its own is no subject
    of the phrase."""
    words, hit = ctx.words, ctx.hit
    end = past_marks_back(words, hit.first - 1)  # («الهجوم على العاصمة "يجب أن يتوقف"»: past the quotation mark)
    start = _clause_start(words, end) if end >= 0 else None
    if start is None or start > end:
        return None
    relative = False
    for w in words[start:end + 1]:
        relative = relative or w.norm in RELATIVES
        if upos(w) in ("VERB", "AUX") and not relative:
            return None
    first = next((m for m in ctx.mentions if start <= m.first and m.last <= end), None)
    # (the first actor named: one behind a preposition, or after «بين», is where the deed goes, not its doer)
    if first is None or marker_before(words, first) is not None or \
            any(w.norm in BETWEEN for w in words[start:first.first]):
        return None
    return first


def _doer_after(ctx: Context) -> Mention | None:
    """«يجب أن ينتهي الوجود العسكري التركي»: with the phrase opening its clause, the first actor right after it, past
    the deed's noun and adjectives, behind no preposition."""
    words, hit = ctx.words, ctx.hit
    before = past_marks_back(words, hit.first - 1)
    if before >= 0 and not (words[before].norm in COMPLEMENTIZERS or words[before].text in OPENING or
                            words[before].punct):
        return None
    k = past_marks(words, hit.last + 1)
    m = next((m for m in ctx.mentions if k <= m.first <= k + AFTER_REACH), None)
    if m is None or marker_before(words, m) is not None or \
            any(w.punct or upos(w) not in ("NOUN", "ADJ") for w in words[k:m.first]):
        return None
    return m


def find(ctx: Context) -> Found | None:
    doer = _doer_before(ctx) or _doer_after(ctx)
    if doer is None:
        return None
    src = ctx.speaker_against(doer) or colon_speaker(ctx.words, ctx.mentions, ctx.hit.first)
    if src is None or ctx.party(src) == ctx.party(doer):
        return None
    return Found(src, doer, CONFIDENCE, NAME)
