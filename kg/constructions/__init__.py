"""The Arabic constructions that state who stands where, one module each.

Every construction module declares ``applies(ctx)`` (is this trigger in the
form it reads?), ``find(ctx)`` (the source, target, confidence and rule
name, or None), ``RULES`` (the rule names it can give) and ``FINAL`` (whether a None from it ends the search for
this trigger or lets the next construction try).  They are tried in the
order of :data:`CONSTRUCTIONS`: the specific forms first, the verb last.
A reader looking for how «المدعومة من» is read opens ``passive.py``; its
tests are in ``tests/test_constructions.py`` under the same name.
"""
from __future__ import annotations

from kg.constructions import (agentive, alongside, arriving, between, circumstantial, deed, during, facing, gathered,
                             given, invited, lodged, masdar, must_end, obligation, passive, predicate, press, received,
                             reported, requested, resumed, thanked, verb)
from kg.constructions.context import Context, Found

CONSTRUCTIONS = (gathered, press, between, resumed, during, obligation, must_end, facing, alongside, predicate, passive,
                 circumstantial, agentive, invited, requested, deed, arriving, received, reported, thanked, given,
                 lodged, masdar, verb)

__all__ = ["CONSTRUCTIONS", "Context", "Found", "find_arguments"]


def find_arguments(ctx: Context) -> Found | None:
    """The first construction that reads the trigger decides its arguments."""
    if ctx.trig.received_only:  # («حظر الأسلحة»: weapons named, nobody backed, unless received or arriving)
        if arriving.applies(ctx):
            return arriving.find(ctx)
        return received.find(ctx) if received.applies(ctx) else None
    for construction in CONSTRUCTIONS:
        if construction.applies(ctx):
            found = construction.find(ctx)
            if found is not None or construction.FINAL:
                return found
    return None
