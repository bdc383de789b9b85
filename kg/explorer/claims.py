"""The Claims tab: every filtered claim with its evidence, searchable, sortable, downloadable."""
from __future__ import annotations

import json
from typing import Iterable, Mapping

import pandas as pd
import streamlit as st

from kg.explorer.data import UNDATED, StoreData, cached_details, label_of
from kg.explorer.filters import outlet_of
from kg.export import with_details


TABLE_CONFIG = {"confidence": st.column_config.NumberColumn(format="%.2f"),
                "evidence": st.column_config.TextColumn(width="large"),
                "claim": st.column_config.TextColumn("claim IRI")}
TABLE_COLUMNS = ["published", "source", "relation", "target", "negated", "confidence", "evidence",
                 "speaker", "title", "outlet", "doc", "claim"]


def claims_frame(claims: list[Mapping], labels: Mapping[str, tuple[str, str]]) -> pd.DataFrame:
    """The table shown to people: labels in English and Arabic, undated and outlet-less made explicit."""
    rows = [{**c, "source": label_of(c["source"], labels), "target": label_of(c["target"], labels),
             "outlet": outlet_of(c), "published": c.get("published") or UNDATED} for c in claims]
    return pd.DataFrame(rows, columns=TABLE_COLUMNS)


def search_claims(claims: list[Mapping], text: str, labels: Mapping[str, tuple[str, str]]) -> list[Mapping]:
    """Claims whose labels (English or Arabic), relation, evidence, title, outlet, doc or IRI contain ``text``."""
    needle = text.strip().casefold()
    if not needle:
        return list(claims)
    out = []
    for c in claims:
        hay = " ".join(str(x) for x in (
            c["source"], c["target"], *labels.get(c["source"], ()), *labels.get(c["target"], ()),
            c["relation"], c["evidence"], c.get("title") or "", outlet_of(c), c["doc"], c["claim"],
            c.get("speaker") or "")).casefold()
        if needle in hay:
            out.append(c)
    return out


def to_jsonl(claims: Iterable[Mapping]) -> str:
    """JSON Lines with Arabic kept as is (not \\u-escaped), like ``kg export claims-jsonl``."""
    return "".join(json.dumps(dict(c), ensure_ascii=False) + "\n" for c in claims)


def claims_view(data: StoreData, shown: list[dict]) -> None:
    """Every filtered claim with its evidence; st.dataframe sorts on a header click."""
    st.subheader("Claims · الادعاءات")
    text = st.text_input("Search (English or Arabic) · بحث", key="claims_search")
    shown = with_details(shown, cached_details(data.path))
    hits = search_claims(shown, text, data.labels)
    st.caption(f"{len(hits)} of {len(shown)} claims; click a column header to sort.")
    st.dataframe(claims_frame(hits, data.labels), hide_index=True, key="claims_table", column_config=TABLE_CONFIG)
    a, b = st.columns(2)
    a.download_button("Download CSV", pd.DataFrame(hits).to_csv(index=False).encode("utf-8-sig"),
                      file_name="claims.csv", mime="text/csv", key="dl_csv", on_click="ignore")
    b.download_button("Download JSON Lines", to_jsonl(hits).encode("utf-8"), file_name="claims.jsonl",
                      mime="application/x-ndjson", key="dl_jsonl", on_click="ignore")
