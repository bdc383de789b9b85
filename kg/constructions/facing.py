"""Whom a stand, a deployment or a call is against: «تساند قطر حكومة الوفاق في مواجهة قوات حفتر», «نشرت أنقرة
مستشارين عسكريين في طرابلس لمواجهة قوات حفتر».

The trigger is «في مواجهة» or «لمواجهة» (``kgt:in_face_of``) with an actor right after it (``kg:actorRightAfter``):
the one confronted.  Who confronts it is the subject of the clause the phrase closes, the first actor in it behind no
preposition (after «، فيما/بينما», the subject of that clause), not the nearest actor before the phrase: that one is
often the ally the subject backs («حكومة الوفاق» above), who is no source here.  A subject of the confronted
one's own party states nothing, nor does a list of two camps with no verb of its own («مصر وروسيا في مواجهة قطر
وتركيا»).
"""
from __future__ import annotations

from kg.constructions.context import Context, Found
from kg.grammar import past_marks, upos

NAME = "in-face-of"
CONFIDENCE = 0.7
FINAL = True
RULES = (NAME,)
TRIGGER = "in_face_of"


def applies(ctx: Context) -> bool:
    return ctx.trig.id == TRIGGER


def find(ctx: Context) -> Found | None:
    tgt = next((m for m in ctx.after if m.first == past_marks(ctx.words, ctx.hit.last + 1)), None)
    src = ctx.clause_subject(ctx.hit.first)
    if tgt is None or src is None or ctx.party(src) == ctx.party(tgt):
        return None
    # (a stand is a verb's: «(مصر وروسيا في مواجهة قطر وتركيا)» lists two camps, and takes no stance)
    if not any(upos(w) in ("VERB", "AUX") for w in ctx.words[src.last + 1:ctx.hit.first]) and \
            not (src.first > 0 and upos(ctx.words[src.first - 1]) in ("VERB", "AUX")):
        return None
    return Found(src, tgt, CONFIDENCE, NAME)
