"""Stance over time: actor pairs whose stance changed sign between periods.

Analysts ask "when did Egypt turn on Haftar?".  For each directed pair
(source -> target) and period (month or quarter of the document's
``published`` date), the net stance is the independent stories (kg.stories)
with support minus those with opposition; curated claims as curated, negated
claims carry no sign, undated documents are left out.  A shift is a change of
sign between two consecutive periods with a non-zero net (periods without
claims, or balanced ones, are skipped, so a pause is not a shift).

Pure functions over claim records with their dates (kg.export.records), shared by ``kg shifts``
and the explorer's Timeline.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Mapping

from kg.camps import SIGN, endpoint, independent

PERIODS = ("month", "quarter")


def period_of(published: str, period: str = "month") -> str:
    """2019-04-14 -> 2019-04 (month) or 2019-Q2 (quarter)."""
    if period not in PERIODS:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}, got {period!r}")
    year, month = published[:4], int(published[5:7])
    return f"{year}-{month:02d}" if period == "month" else f"{year}-Q{(month - 1) // 3 + 1}"


def net_stance(claims: Iterable[Mapping], period: str = "month", level: str = "actor") -> dict:
    """{(source, target): {period: {"net": int, "claims": [claim records]}}}, periods sorted."""
    stories: dict = defaultdict(lambda: defaultdict(lambda: {1: set(), -1: set(), "claims": []}))
    for c in claims:
        sign = SIGN.get(c["relation"])
        if sign is None or c["negated"] or not c.get("published"):
            continue
        a, b = endpoint(c, "source", level), endpoint(c, "target", level)
        if a == b:
            continue
        cell = stories[(a, b)][period_of(c["published"], period)]
        cell[sign].add(independent(c))
        cell["claims"].append(c)
    return {pair: {p: {"net": len(cell[1]) - len(cell[-1]), "claims": cell["claims"]}
                   for p, cell in sorted(by_period.items())}
            for pair, by_period in stories.items()}


def find_shifts(claims: Iterable[Mapping], period: str = "month", pair: tuple[str, str] | None = None,
                level: str = "actor") -> list[dict]:
    """Each change of sign of a pair's net stance between consecutive non-zero periods:
    source, target, before / after (period, net, claims); sorted by pair and time.
    ``pair`` keeps one (source, target) pair, in either direction."""
    out = []
    for (a, b), periods in sorted(net_stance(claims, period, level).items()):
        if pair and {a, b} != set(pair):
            continue
        signed = [(p, cell) for p, cell in periods.items() if cell["net"] != 0]
        for (p0, c0), (p1, c1) in zip(signed, signed[1:]):
            if (c0["net"] > 0) != (c1["net"] > 0):
                out.append({"source": a, "target": b,
                            "before": {"period": p0, "net": c0["net"], "claims": c0["claims"]},
                            "after": {"period": p1, "net": c1["net"], "claims": c1["claims"]}})
    return out
