"""The Timeline tab: claims between two actors per month, so that a change of stance shows."""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Mapping

import pandas as pd
import streamlit as st

from kg.explorer.claims import ROW_HEIGHT, TABLE_CONFIG, claims_frame
from kg.explorer.data import CORE_PARTIES, INFERRED, UNDATED, StoreData, cached_details, label_of, node_of


from kg.explorer.styles import RELATION_COLOR
from kg.export import with_details
from kg.ontology import RELATIONS
from kg.shifts import find_shifts


def period_of(claim: Mapping) -> str:
    """Month of the document's date (YYYY-MM); for a document without one the period its text
    gives, marked "(inferred)" (a month or, where the text gives no month, a year); else "undated"."""
    p = claim.get("published")
    if p:
        return p[:7]
    q = claim.get("published_inferred")
    return f"{q} {INFERRED}" if q else UNDATED


def pair_claims(claims: Iterable[Mapping], a: str, b: str, level: str, both_ways: bool = False) -> list[Mapping]:
    """The claims from a to b (and from b to a when ``both_ways``)."""
    pairs = {(a, b), (b, a)} if both_ways else {(a, b)}
    return [c for c in claims if (node_of(c, "source", level), node_of(c, "target", level)) in pairs]


def timeline(claims: Iterable[Mapping], a: str, b: str, level: str, both_ways: bool = False) -> pd.DataFrame:
    """Claims per period and relation for the pair a -> b (and b -> a when ``both_ways``);
    periods in date order with "undated" last, one column per relation."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(RELATIONS, 0))
    for c in pair_claims(claims, a, b, level, both_ways):
        counts[period_of(c)][c["relation"]] += 1
    periods = sorted(counts, key=lambda p: (p == UNDATED, p))
    return pd.DataFrame([counts[p] for p in periods], index=pd.Index(periods, name="period"),
                        columns=list(RELATIONS))


def shift_lines(shifts: Iterable[Mapping], labels: Mapping[str, tuple[str, str]]) -> list[str]:
    """One line per shift (kg.shifts), for the Timeline's marks."""
    word = lambda net: "support" if net > 0 else "opposition"  # noqa: E731
    return [f"{label_of(s['source'], labels)} → {label_of(s['target'], labels)}: {word(s['before']['net'])} "
            f"({s['before']['net']:+d}, {s['before']['period']}) → {word(s['after']['net'])} "
            f"({s['after']['net']:+d}, {s['after']['period']})" for s in shifts]


def shifts_view(data: StoreData, shown: list[dict], level: str) -> None:
    """Every pair whose stance changed sign month to month, under the current filters."""
    found = find_shifts(shown, "month", None, level)
    if not found:
        st.caption("No pair changed stance (net supports − opposes, in independent stories) from month to month "
                   "under the current filters.")
        return
    st.markdown("**Pairs with a stance shift · تحوّل المواقف**")
    st.dataframe(pd.DataFrame({"shift": shift_lines(found, data.labels)}), hide_index=True, key="shifts_table")


def timeline_view(data: StoreData, shown: list[dict], level: str) -> None:
    """Claims between two actors per month, so that a change of stance shows."""
    st.subheader("Timeline · الخط الزمني")
    shifts_view(data, shown, level)
    nodes = sorted({node_of(c, s, level) for c in shown for s in ("source", "target")},
                   key=lambda n: (n not in CORE_PARTIES, n))
    if not nodes:
        st.info("No claims pass the filters.")
        return
    a_col, b_col, c_col = st.columns([2, 2, 1])
    a = a_col.selectbox("From · من", nodes, index=nodes.index("US") if "US" in nodes else 0, key="tl_source",
                        format_func=lambda n: label_of(n, data.labels))
    b = b_col.selectbox("To · إلى", nodes, index=nodes.index("LNA") if "LNA" in nodes else min(1, len(nodes) - 1),
                        key="tl_target", format_func=lambda n: label_of(n, data.labels))
    both = c_col.checkbox("Both directions", value=False, key="tl_both")
    table = timeline(shown, a, b, level, both)
    if table.empty:
        st.info("No claims between these two under the current filters.")
        return
    if list(table.index) == [UNDATED]:
        st.caption("None of these documents has a date (sidecar `published`); all claims are in the undated bucket.")
    elif any(INFERRED in p for p in table.index):
        st.caption(f"Periods marked {INFERRED} are read from the text of documents without a `published` date.")
    st.bar_chart(table, color=[RELATION_COLOR[r] for r in table.columns], x_label="month", y_label="claims")
    pair_shifts = [x for x in find_shifts(shown, "month", None, level) if (x["source"], x["target"]) in
                   ({(a, b), (b, a)} if both else {(a, b)})]
    for line in shift_lines(pair_shifts, data.labels):
        st.warning(f"Stance shift · تحوّل: {line}")
    pair = sorted(with_details(pair_claims(shown, a, b, level, both), cached_details(data.path)),
                  key=lambda c: (c.get("published") or c.get("published_inferred") or "9999", c["doc"], c["start"]))
    st.dataframe(claims_frame(pair, data.labels), hide_index=True, key="timeline_table", column_config=TABLE_CONFIG,
                 row_height=ROW_HEIGHT)
