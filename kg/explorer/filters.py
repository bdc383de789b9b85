"""The sidebar: level toggle and filters, applied in Python to the loaded claims (never pasted into SPARQL)."""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import Iterable, Mapping

import streamlit as st

from kg.explorer.data import (CORE_PARTIES, NO_OUTLET, RELATION_AR, StoreData, cached_claim_texts, md_safe,
                              cached_data, cached_details, label_of)
from kg.ontology import RELATIONS


@dataclass(frozen=True)
class Filters:
    """What the sidebar selects; ``outlets`` / dates of None mean "no restriction"."""

    relations: tuple[str, ...] = RELATIONS
    parties: tuple[str, ...] | None = None
    outlets: tuple[str, ...] | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    include_undated: bool = True
    min_confidence: float = 0.0
    include_negated: bool = False
    include_retracted: bool = False


def outlet_of(claim: Mapping) -> str:
    """The outlet, or a visible stand-in so that outlet-less documents can still be filtered."""
    return claim.get("outlet") or NO_OUTLET


def date_of(claim: Mapping) -> dt.date | None:
    """The document's ``dcterms:issued`` date, else the first day of the period its text gives
    (so that the date filter works on stores without sidecars); None for undated documents."""
    return _day(claim.get("published"), claim.get("published_inferred"))


@functools.lru_cache(maxsize=65536)
def _day(p: str | None, q: str | None) -> dt.date | None:
    """Parsed once per distinct date string, not once per claim on every rerun."""
    if p:
        return dt.date.fromisoformat(p[:10])
    if q:
        return dt.date(int(q[:4]), int(q[5:7]) if len(q) >= 7 else 1, 1)
    return None


@dataclass(frozen=True)
class Options:
    """What the sidebar offers, from all claims: computed once per store read (StoreData.memo),
    not on every rerun."""

    parties: list[str]
    days: list[dt.date]
    outlets: list[str]
    inferred: bool  # some document is dated by its text only


def options(claims: Iterable[Mapping]) -> Options:
    parties, days, outlets, inferred = set(), set(), set(), False
    doc = None
    for c in claims:
        parties.add(c["source_party"])
        parties.add(c["target_party"])
        if c["doc"] == doc:  # date and outlet are the document's: once per document (claims come by document)
            continue
        doc = c["doc"]
        if d := date_of(c):
            days.add(d)
        outlets.add(outlet_of(c))
        inferred = inferred or bool(not c.get("published") and c.get("published_inferred"))
    return Options(sorted(parties, key=lambda p: (CORE_PARTIES.index(p) if p in CORE_PARTIES else len(CORE_PARTIES), p)),
                   sorted(days), sorted(outlets), inferred)


def filter_claims(claims: Iterable[dict], f: Filters) -> list[dict]:
    """The claims that pass every sidebar filter (both endpoints' parties must be selected)."""
    rels = set(f.relations)
    parties = set(f.parties) if f.parties is not None else None
    outlets = set(f.outlets) if f.outlets is not None else None
    out = []
    for c in claims:
        if c["relation"] not in rels or c["confidence"] < f.min_confidence:
            continue
        if c["negated"] and not f.include_negated:
            continue
        if c.get("curation") == "retracted" and not f.include_retracted:
            continue
        if parties is not None and (c["source_party"] not in parties or c["target_party"] not in parties):
            continue
        if outlets is not None and outlet_of(c) not in outlets:
            continue
        day = date_of(c)
        if day is None:
            if not f.include_undated:
                continue
        elif (f.date_from and day < f.date_from) or (f.date_to and day > f.date_to):
            continue
        out.append(c)
    return out


def sidebar_filters(data: StoreData) -> tuple[str, Filters]:
    """Level toggle and filters; their options come from the data, so a new party or outlet
    appears without code changes."""
    claims, labels = data.claims, data.labels
    with st.sidebar:
        st.header("Filters · المرشّحات")
        actors = st.toggle("Person-level actors · الأشخاص", key="actor_level",
                           help="Off: one node per party. On: one node per actor (people, states, factions).")
        level = "actor" if actors else "party"
        relations = st.multiselect("Relations · العلاقات", RELATIONS, default=list(RELATIONS), key="f_relations",
                                   format_func=lambda r: f"{r} · {RELATION_AR[r]}")
        opts = data.once(("options",), lambda: options(claims))
        all_parties = opts.parties
        parties = st.multiselect("Parties · الأطراف", all_parties, default=all_parties, key="f_parties",
                                 format_func=lambda p: label_of(p, labels))
        days = opts.days
        date_from = date_to = None
        include_undated = True
        if days:
            picked = st.date_input("Published between · تاريخ النشر", value=(days[0], days[-1]),
                                   min_value=days[0], max_value=days[-1], key="f_dates")
            picked = tuple(picked) if isinstance(picked, (tuple, list)) else (picked,)
            date_from = picked[0] if picked else None
            date_to = picked[1] if len(picked) > 1 else None
            include_undated = st.checkbox("Include undated documents · بلا تاريخ", value=True, key="f_undated")
            if opts.inferred:
                st.caption("Documents without a sidecar `published` date are placed by the date their "
                           "text gives, marked (inferred).")
        else:
            st.caption("No document dates in this store (no sidecar `published`, no year in the texts), "
                       "so no date filter.")
        all_outlets = opts.outlets
        outlets = st.multiselect("Outlets · وسائل الإعلام", all_outlets, default=all_outlets, key="f_outlets")
        min_conf = st.slider("Minimum confidence · أدنى ثقة", 0.0, 1.0, 0.0, 0.05, key="f_confidence")
        negated = st.checkbox("Show negated claims · إظهار المنفيّة", value=False, key="f_negated")
        retracted = st.checkbox("Show retracted claims (struck through) · إظهار المسحوبة", value=False,
                                key="f_retracted", help="Claims an analyst retracted (kg retract or the claim cards).")
        st.divider()
        st.caption(f"Store {md_safe(data.path)} (read-only but for curation): {len(claims)} claims in "
                   f"{data.documents} documents, "
                   f"read at {data.loaded_at}.")
        if st.button("Reload store · إعادة التحميل", key="reload"):
            cached_data.clear()
            cached_details.clear()
            cached_claim_texts.clear()
            st.rerun()
    return level, Filters(relations=tuple(relations), parties=tuple(parties), outlets=tuple(outlets),
                          date_from=date_from, date_to=date_to, include_undated=include_undated,
                          min_confidence=min_conf, include_negated=negated, include_retracted=retracted)
