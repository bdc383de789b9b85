"""kg explorer: the actor-stance network, one click from any edge to its Arabic evidence.

Run ``streamlit run app.py -- --store DIR`` (or set ``KG_STORE``; default
``kgstore``).  The store is opened read-only and only for as long as a read
takes, so an ingest can run beside the app; "Reload store" picks up its
result.

Views: Network (st-link-analysis; clicking an edge or a node opens the
Provenance panel under it, as do ``?source=US&relation=supports&target=LNA``
URLs and ``st.session_state["selection"]``), Claims (search, sort, CSV /
JSON Lines), SPARQL (read-only console with the ``queries/*.rq`` examples),
Camps (signed graph, structural-balance camps, centrality) and Timeline.

No user input is ever pasted into SPARQL: filters act in Python on the
loaded claims, and the one parametrised query binds its value through
pyoxigraph ``substitutions``.  The functions above ``main()`` are pure or
read-only and importable (``bench/bench_app.py`` and the tests call them);
Streamlit runs ``main()`` because it executes this file as ``__main__``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import os
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping

import networkx as nx
import pandas as pd
import pyoxigraph as ox
import streamlit as st
from st_link_analysis import EdgeStyle, Event, NodeStyle, st_link_analysis

from kg import camps
from kg.export import evidence_record, read_claims, read_details, read_labels, value_rows, with_details
from kg.ontology import RELATIONS, registry
from kg.query import QueryError, query_form
from kg.query import rows as query_rows
from kg.store import DEFAULT_STORE, PREFIXES, StoreError, open_store

ROOT = Path(__file__).resolve().parent
QUERIES_DIR = ROOT / "queries"
CORE_PARTIES = ("US", "Russia", "Egypt", "France", "GNA", "LNA")
RELATION_AR = {"supports": "يدعم", "opposes": "يعارض", "called": "اتصل بـ", "met": "التقى"}
RELATION_COLOR = {"supports": "#2e7d32", "opposes": "#c62828", "called": "#1565c0", "met": "#ef6c00"}
CAMP_COLORS = ("#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#1f78b4")
NO_OUTLET = "(unknown outlet)"
UNDATED = "undated"
MAX_PROVENANCE = 50  # claims rendered per selection; the Claims tab has them all
MAX_SPARQL_ROWS = 5000
EDGE_SEP = "|"
SELECTION_KEYS = ("source", "relation", "target", "node", "negated", "level")

# ----------------------------------------------------------------------------- store reads
# The column-wise claim reader lives in kg.export (kg export uses it too); the app reads
# claims without their evidence for the first render and the evidence when a view needs it.
# One claim's evidence and sentence; ?c is bound through substitutions (and
# projected, because pyoxigraph only substitutes projected variables).
CLAIM_TEXT_QUERY = """
SELECT ?c ?start ?end ?evidence ?rule ?sk ?sstart ?send ?stext WHERE {
  ?c kg:evidence ?ev ; prov:wasDerivedFrom ?sent .
  ?ev oa:hasSelector ?pos . ?pos oa:start ?start ; oa:end ?end . ?ev oa:hasSelector ?q . ?q oa:exact ?evidence .
  ?sent kg:start ?sstart ; kg:end ?send ; kg:text ?stext .
  OPTIONAL { ?c kg:rule ?rule } OPTIONAL { ?c kg:speaker ?sk }
}
"""

@dataclass
class StoreData:
    """What the views share, read once per (re)load: claims without their evidence spans."""

    path: str
    claims: list[dict]
    labels: dict[str, tuple[str, str]]  # actor / party id -> (English, Arabic)
    loaded_at: str = field(default_factory=lambda: dt.datetime.now().strftime("%H:%M:%S"))

    @property
    def documents(self) -> int:
        return len({c["doc"] for c in self.claims})


def store_path_from(argv: list[str], environ: Mapping[str, str]) -> str:
    """``--store DIR`` after ``--`` on the streamlit command line, else $KG_STORE, else ``kgstore``."""
    ap = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    ap.add_argument("--store")
    args, _ = ap.parse_known_args(argv)
    return args.store or environ.get("KG_STORE") or DEFAULT_STORE


def load_data(path: str) -> StoreData:
    """Open the store read-only, read claims and labels, close it again (an ingest may be waiting)."""
    store = open_store(path, read_only=True)
    try:
        labels = read_labels(store)
        return StoreData(path=path, claims=read_claims(store, labels), labels=labels)
    finally:
        store.close()


def load_details(path: str) -> dict[str, dict]:
    """The evidence of every claim, for the views that list claims in bulk; read-only, closed after."""
    store = open_store(path, read_only=True)
    try:
        return read_details(store)
    finally:
        store.close()


def claim_texts(path: str, claim_iris: Iterable[str]) -> dict[str, dict]:
    """Evidence and sentence (text, document offsets) of a few claims, each IRI bound as a value."""
    out = {}
    store = open_store(path, read_only=True)
    try:
        for iri in claim_iris:
            rows = value_rows(store, CLAIM_TEXT_QUERY, {ox.Variable("c"): ox.NamedNode(iri)})
            if rows:
                _, start, end, evidence, rule, sk, sstart, send, stext = rows[0]
                out[iri] = {**evidence_record(start, end, evidence, rule, sk),
                            "sstart": int(sstart), "send": int(send), "stext": stext}
    finally:
        store.close()
    return out


def run_sparql(path: str, sparql: str) -> tuple[list[str], list[list]]:
    """Header and rows of a read-only query; raises QueryError for updates or bad syntax."""
    query_form(sparql)  # refuse updates before the store is even opened
    store = open_store(path, read_only=True)
    try:
        return query_rows(store, sparql)
    except (OSError, RuntimeError) as e:
        raise QueryError(f"the query failed: {e}") from None
    finally:
        store.close()


def sparql_examples(folder: Path = QUERIES_DIR) -> dict[str, tuple[str, str]]:
    """``name -> (question, text)`` for each ``*.rq`` file, read now (the folder may grow)."""
    out = {}
    for f in sorted(folder.glob("*.rq")) if folder.is_dir() else []:
        text = f.read_text(encoding="utf-8")
        first = next((ln.lstrip("# ").strip() for ln in text.splitlines() if ln.startswith("#")), "")
        out[f.stem] = (first, text)
    return out


# ----------------------------------------------------------------------------- filters
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


def outlet_of(claim: Mapping) -> str:
    """The outlet, or a visible stand-in so that outlet-less documents can still be filtered."""
    return claim.get("outlet") or NO_OUTLET


def date_of(claim: Mapping) -> dt.date | None:
    """The document's ``dcterms:issued`` date; None for undated documents (the seeds)."""
    p = claim.get("published")
    return dt.date.fromisoformat(p[:10]) if p else None


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


# ----------------------------------------------------------------------------- network
def node_of(claim: Mapping, side: str, level: str) -> str:
    """The party code (party level) or the actor id (person level) of one end of a claim."""
    return camps.endpoint(claim, side, level)


def present_core(claims: Iterable[Mapping], level: str) -> list[str]:
    """The core parties (US, Russia, Egypt, France, GNA, LNA) that occur in the store at this level."""
    seen = {node_of(c, side, level) for c in claims for side in ("source", "target")}
    return [p for p in CORE_PARTIES if p in seen]


def node_caption(node: str, labels: Mapping[str, tuple[str, str]], level: str) -> str:
    """English (the party code at party level, short and familiar) over Arabic."""
    en, ar = labels.get(node, (node, ""))
    top = node if level == "party" else en
    return f"{top}\n{ar}" if ar else top


def label_of(node: str, labels: Mapping[str, tuple[str, str]]) -> str:
    """``English · Arabic`` for tables and pickers."""
    en, ar = labels.get(node, (node, ""))
    return f"{en} · {ar}" if ar else en


def label_html(node: str, labels: Mapping[str, tuple[str, str]]) -> str:
    """``English · Arabic`` for HTML, the Arabic isolated so that it cannot reorder its neighbours."""
    en, ar = labels.get(node, (node, ""))
    return f'{html.escape(en)} · <bdi dir="rtl" lang="ar">{html.escape(ar)}</bdi>' if ar else html.escape(en)


def edge_id(source: str, relation: str, target: str, negated: bool) -> str:
    """Edge ids carry the selection they stand for, so a click needs no lookup table."""
    return EDGE_SEP.join([source, relation, target] + (["negated"] if negated else []))


def parse_edge_id(eid: str, level: str) -> dict:
    """The selection an edge click stands for."""
    parts = eid.split(EDGE_SEP)
    return {"source": parts[0], "relation": parts[1], "target": parts[2],
            "negated": len(parts) > 3 and parts[3] == "negated", "level": level}


def network_elements(claims: Iterable[Mapping], level: str, pinned: Iterable[str] = (),
                     labels: Mapping[str, tuple[str, str]] | None = None) -> dict:
    """Cytoscape elements for st-link-analysis: one edge per (source, relation, target, negated),
    ``weight`` = independent documents; ``pinned`` nodes are drawn even without edges."""
    labels = labels or {}
    kinds = {a.id: a.kind for a in registry().actors.values()} if level == "actor" else {}
    agg: dict[tuple, dict] = {}
    nodes: dict[str, None] = dict.fromkeys(pinned)
    for c in claims:
        s, t = node_of(c, "source", level), node_of(c, "target", level)
        nodes.setdefault(s)
        nodes.setdefault(t)
        e = agg.setdefault((s, c["relation"], t, bool(c["negated"])), {"claims": 0, "docs": set(), "conf": 0.0})
        e["claims"] += 1
        e["docs"].add(c["doc"])
        e["conf"] = max(e["conf"], c["confidence"])
    node_list = []
    for n in nodes:
        en, ar = labels.get(n, (n, ""))
        group = ("core" if n in CORE_PARTIES else "party") if level == "party" else \
            ("person" if kinds.get(n) == "Person" else "core" if n in CORE_PARTIES else "party")
        node_list.append({"data": {"id": n, "label": group, "name": node_caption(n, labels, level),
                                   "english": en, "arabic": ar}})
    edge_list = []
    for (s, rel, t, neg), e in sorted(agg.items()):
        docs = len(e["docs"])
        edge_list.append({"data": {
            "id": edge_id(s, rel, t, neg), "source": s, "target": t,
            "label": f"{rel}-negated" if neg else rel, "relation": rel, "negated": neg,
            "name": f"{'not ' if neg else ''}{rel} ({docs})", "weight": docs, "documents": docs,
            "claims": e["claims"], "max_confidence": e["conf"]}})
    return {"nodes": node_list, "edges": edge_list}


class WeightedEdgeStyle(EdgeStyle):
    """st-link-analysis' EdgeStyle plus a width that grows with the document count
    (and a dashed line for negated claims), which the stock class cannot express."""

    def __init__(self, label: str, color: str, max_weight: int, dashed: bool = False, directed: bool = True):
        super().__init__(label, color=color, caption="name", directed=directed, labeled=None)
        self.max_weight = max(2, max_weight)
        self.dashed = dashed

    def dump(self) -> dict:
        d = super().dump()
        d["style"]["width"] = f"mapData(weight, 1, {self.max_weight}, 1.2, 6)"
        d["style"]["font-size"] = 10  # the component hides labels drawn smaller than 10 px
        d["style"]["color"] = "#ffffff"  # caption text on the relation-coloured label box
        if self.dashed:
            d["style"]["line-style"] = "dashed"
        return d


class CaptionNodeStyle(NodeStyle):
    """NodeStyle with two-line (English / Arabic) captions."""

    def dump(self) -> dict:
        d = super().dump()
        d["style"].update({"text-wrap": "wrap", "font-size": 12, "text-halign": "center"})
        return d


def network_styles(elements: dict) -> tuple[list[NodeStyle], list[EdgeStyle]]:
    """Node colours by kind, edge colours by relation; widths scale to the heaviest edge shown."""
    top = max((e["data"]["weight"] for e in elements["edges"]), default=1)
    nodes = [CaptionNodeStyle("core", "#37474f", "name"), CaptionNodeStyle("party", "#90a4ae", "name"),
             CaptionNodeStyle("person", "#8d6e63", "name", "person")]
    edges = [WeightedEdgeStyle(r, RELATION_COLOR[r], top) for r in RELATIONS] + \
            [WeightedEdgeStyle(f"{r}-negated", RELATION_COLOR[r], top, dashed=True) for r in RELATIONS]
    return nodes, edges


LAYOUT = {"name": "cose", "animate": False, "fit": True, "padding": 30, "nodeRepulsion": 40000,
          "idealEdgeLength": 80, "nodeOverlap": 20, "gravity": 0.3, "numIter": 1500,
          "nodeDimensionsIncludeLabels": True, "randomize": False}


# ----------------------------------------------------------------------------- provenance
def selection_from_event(event: Mapping, level: str) -> dict | None:
    """The selection a st-link-analysis event stands for: ``{"action": "edge_click" | "node_click",
    "data": {"target_id": ...}, "timestamp": ...}`` (the shape its bundled JS sends back)."""
    target = (event.get("data") or {}).get("target_id")
    if not target:
        return None
    if event.get("action") == "edge_click":
        return parse_edge_id(target, level)
    if event.get("action") == "node_click":
        return {"node": target, "level": level}
    return None


def selection_from_params(params: Mapping[str, str]) -> dict | None:
    """``?source=US&relation=supports&target=LNA`` (any subset; ``node=X`` for either side)."""
    sel = {k: params[k] for k in SELECTION_KEYS if params.get(k)}
    if not any(k in sel for k in ("source", "target", "node")):
        return None
    if "negated" in sel:
        sel["negated"] = str(sel["negated"]).lower() in ("1", "true", "yes")
    return sel


def selection_to_params(sel: Mapping) -> dict[str, str]:
    """The inverse of :func:`selection_from_params` (booleans as ``true`` / ``false``)."""
    return {k: (str(sel[k]).lower() if isinstance(sel[k], bool) else str(sel[k]))
            for k in SELECTION_KEYS if sel.get(k) not in (None, "")}


def _side_matches(claim: Mapping, side: str, value: str, level: str | None) -> bool:
    if level == "party":
        return claim[f"{side}_party"] == value
    if level == "actor":
        return claim[side] == value
    return value in (claim[side], claim[f"{side}_party"])


def claims_for(claims: Iterable[Mapping], sel: Mapping) -> list[Mapping]:
    """The claims behind a selected edge or node; ids match actors or parties unless ``level`` says which."""
    level = sel.get("level")
    out = []
    for c in claims:
        if sel.get("relation") and c["relation"] != sel["relation"]:
            continue
        if "negated" in sel and bool(c["negated"]) != bool(sel["negated"]):
            continue
        if sel.get("source") and not _side_matches(c, "source", sel["source"], level):
            continue
        if sel.get("target") and not _side_matches(c, "target", sel["target"], level):
            continue
        if sel.get("node") and not (_side_matches(c, "source", sel["node"], level)
                                    or _side_matches(c, "target", sel["node"], level)):
            continue
        out.append(c)
    out.sort(key=lambda c: (-c["confidence"], c.get("published") or "9999", c["doc"], c["sentence"]))
    return out


def evidence_html(stext: str | None, a: int, b: int, evidence: str) -> str:
    """The sentence right-to-left with the evidence span in <mark>; everything escaped."""
    if not stext or not (0 <= a < b <= len(stext)):
        before, mark, after = "", evidence, ""
    else:
        before, mark, after = stext[:a], stext[a:b], stext[b:]
    esc = html.escape
    return (f'<div class="kg-ar" dir="rtl" lang="ar">{esc(before)}<mark>{esc(mark)}</mark>'
            f'{esc(after)}</div>')


def claim_card_html(c: Mapping, labels: Mapping[str, tuple[str, str]]) -> str:
    """One claim (with the fields of :func:`claim_texts`): Arabic sentence with highlighted evidence,
    then its metadata."""
    if c.get("stext"):
        a = max(c["start"], c["sstart"]) - c["sstart"]
        b = min(c["end"], c["send"]) - c["sstart"]
        body = evidence_html(c["stext"], a, b, c["evidence"])
    else:
        body = evidence_html(None, 0, 0, c.get("evidence") or "")
    esc = html.escape
    title = esc(c.get("title") or c["doc"])
    url = c.get("url") or ""
    if url.startswith(("http://", "https://")):
        title = f'<a href="{esc(url, quote=True)}" target="_blank" rel="noopener noreferrer">{title}</a>'
    rel = c["relation"]
    head = (f'{label_html(c["source"], labels)} → <b>{"not " if c["negated"] else ""}{esc(rel)}</b> '
            f'(<bdi dir="rtl" lang="ar">{esc(RELATION_AR.get(rel, ""))}</bdi>) → {label_html(c["target"], labels)}')
    meta = [f"<b>{title}</b>", esc(outlet_of(c)), esc(c.get("published") or UNDATED),
            f"speaker: {label_html(c['speaker'], labels) if c.get('speaker') else '—'}",
            f"confidence: {c['confidence']:.2f}", f"negated: {'yes' if c['negated'] else 'no'}"]
    return (f'<div class="kg-claim"><div class="kg-head">{head}</div>{body}'
            f'<div class="kg-meta">{" · ".join(meta)}</div>'
            f'<div class="kg-iri"><code>{esc(c["claim"])}</code></div></div>')


# ----------------------------------------------------------------------------- timeline
def period_of(claim: Mapping) -> str:
    """Month of the document's date (YYYY-MM), or "undated" (seeds have no sidecar dates)."""
    p = claim.get("published")
    return p[:7] if p else UNDATED


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


# ----------------------------------------------------------------------------- claims table
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


# ============================================================================= UI
CSS = """
<style>
.kg-ar { direction: rtl; text-align: right; unicode-bidi: isolate; font-size: 1.15rem; line-height: 2;
         font-family: "Noto Naskh Arabic", "Amiri", "Segoe UI", serif; }
.kg-ar mark { background: #ffe066; padding: 0 .2em; border-radius: .2em; }
.kg-claim { border: 1px solid #ddd; border-radius: .5rem; padding: .6rem .9rem; margin: .5rem 0; }
.kg-head { font-size: .95rem; margin-bottom: .3rem; }
.kg-meta { color: #555; font-size: .85rem; margin-top: .3rem; }
.kg-iri { font-size: .75rem; color: #777; }
[lang="ar"] { unicode-bidi: isolate; }
</style>
"""


@st.cache_resource(ttl=120, show_spinner="Reading the store…")
def cached_data(path: str) -> StoreData:
    """Shared by all sessions; read-only, so returning the same object is safe. Expires so that
    a finished ingest shows up within two minutes even without pressing "Reload store"."""
    return load_data(path)


@st.cache_resource(ttl=120, show_spinner="Reading the evidence…")
def cached_details(path: str) -> dict[str, dict]:
    return load_details(path)


@st.cache_data(ttl=120, show_spinner=False)
def cached_claim_texts(path: str, claim_iris: tuple[str, ...]) -> dict[str, dict]:
    return claim_texts(path, claim_iris)


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
        all_parties = sorted({c[f"{s}_party"] for c in claims for s in ("source", "target")},
                             key=lambda p: (CORE_PARTIES.index(p) if p in CORE_PARTIES else len(CORE_PARTIES), p))
        parties = st.multiselect("Parties · الأطراف", all_parties, default=all_parties, key="f_parties",
                                 format_func=lambda p: label_of(p, labels))
        days = sorted({d for c in claims if (d := date_of(c))})
        date_from = date_to = None
        include_undated = True
        if days:
            picked = st.date_input("Published between · تاريخ النشر", value=(days[0], days[-1]),
                                   min_value=days[0], max_value=days[-1], key="f_dates")
            picked = tuple(picked) if isinstance(picked, (tuple, list)) else (picked,)
            date_from = picked[0] if picked else None
            date_to = picked[1] if len(picked) > 1 else None
            include_undated = st.checkbox("Include undated documents · بلا تاريخ", value=True, key="f_undated")
        else:
            st.caption("No document dates in this store (no sidecar `published`), so no date filter.")
        all_outlets = sorted({outlet_of(c) for c in claims})
        outlets = st.multiselect("Outlets · وسائل الإعلام", all_outlets, default=all_outlets, key="f_outlets")
        min_conf = st.slider("Minimum confidence · أدنى ثقة", 0.0, 1.0, 0.0, 0.05, key="f_confidence")
        negated = st.checkbox("Show negated claims · إظهار المنفيّة", value=False, key="f_negated")
        st.divider()
        st.caption(f"Store `{data.path}` (read-only): {len(claims)} claims in {data.documents} documents, "
                   f"read at {data.loaded_at}.")
        if st.button("Reload store · إعادة التحميل", key="reload"):
            cached_data.clear()
            cached_details.clear()
            cached_claim_texts.clear()
            st.rerun()
    return level, Filters(relations=tuple(relations), parties=tuple(parties), outlets=tuple(outlets),
                          date_from=date_from, date_to=date_to, include_undated=include_undated,
                          min_confidence=min_conf, include_negated=negated)


def current_selection() -> dict | None:
    """The provenance selection: session state first (clicks, tests), else the URL."""
    if "selection" not in st.session_state:
        st.session_state["selection"] = selection_from_params(st.query_params.to_dict())
    return st.session_state["selection"]


def set_selection(sel: dict | None) -> None:
    """Remember the selection and mirror it in the URL, so that the view can be shared as a link."""
    st.session_state["selection"] = sel
    for k in SELECTION_KEYS:
        if k in st.query_params:
            del st.query_params[k]
    if sel:
        st.query_params.update(selection_to_params(sel))


def network_view(data: StoreData, shown: list[dict], level: str, f: Filters) -> None:
    """The graph, then the provenance of whatever was clicked (clicks come back as component events)."""
    st.subheader("Network · الشبكة")
    # core parties stay on screen (isolated if need be) unless the party filter drops them
    pinned = [p for p in present_core(data.claims, level) if f.parties is None or p in f.parties]
    elements = network_elements(shown, level, pinned, data.labels)
    legend = " ".join(f'<span style="color:{RELATION_COLOR[r]}">━ {r} · <span lang="ar">{RELATION_AR[r]}</span></span>'
                      for r in RELATIONS)
    st.markdown(f"{legend} &nbsp; (width = independent documents; dashed = negated; click an edge or a node)",
                unsafe_allow_html=True)
    if not elements["nodes"]:
        st.info("No claims pass the filters.")
    node_styles, edge_styles = network_styles(elements)
    event = st_link_analysis(elements, layout=LAYOUT, node_styles=node_styles, edge_styles=edge_styles,
                             height=560, key="network",
                             events=[Event("edge_click", "tap", "edge"), Event("node_click", "tap", "node")])
    # the component keeps returning its last event on every rerun: act on each one once
    if event and event.get("timestamp") != st.session_state.get("last_event"):
        st.session_state["last_event"] = event.get("timestamp")
        sel = selection_from_event(event, level)
        if sel:
            set_selection(sel)
    provenance_view(data, shown)


def describe_html(sel: Mapping, labels: Mapping[str, tuple[str, str]]) -> str:
    """The selection in words (HTML, escaped), e.g. "United States · الولايات المتحدة → supports → …"."""
    if sel.get("node"):
        return f"claims involving {label_html(sel['node'], labels)}"
    src = label_html(sel["source"], labels) if sel.get("source") else "anyone"
    tgt = label_html(sel["target"], labels) if sel.get("target") else "anyone"
    rel = html.escape(sel.get("relation") or "any relation")
    return f"{src} → {'not ' if sel.get('negated') else ''}{rel} → {tgt}"


def provenance_view(data: StoreData, shown: list[dict]) -> None:
    """The claims behind the selection, each with its Arabic sentence and evidence highlighted."""
    st.subheader("Provenance · المصدر")
    sel = current_selection()
    if not sel:
        st.caption("Click an edge or a node above, or open a link such as `?source=US&relation=supports&target=LNA`.")
        return
    hits = claims_for(shown, sel)
    col, clear = st.columns([5, 1])
    col.markdown(f'<div class="kg-selection"><b>{describe_html(sel, data.labels)}</b>: {len(hits)} '
                 f"claim{'s' if len(hits) != 1 else ''} from {len({c['doc'] for c in hits})} document(s), "
                 "sidebar filters applied</div>", unsafe_allow_html=True)
    if clear.button("Clear · مسح", key="clear_selection"):
        set_selection(None)
        st.rerun()
    if not hits:
        st.info("No claims behind this selection under the current filters.")
    texts = cached_claim_texts(data.path, tuple(c["claim"] for c in hits[:MAX_PROVENANCE]))
    for c in hits[:MAX_PROVENANCE]:
        st.markdown(claim_card_html({**c, **texts.get(c["claim"], {})}, data.labels), unsafe_allow_html=True)
    if len(hits) > MAX_PROVENANCE:
        st.caption(f"Showing the {MAX_PROVENANCE} most confident; the Claims tab lists all of them.")


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


DEFAULT_SPARQL = """SELECT ?source ?relation ?target (COUNT(?c) AS ?claims) WHERE {
  ?c a kg:Claim ; kg:sourceParty ?sp ; kg:targetParty ?tp ; kg:relation ?r ; kg:negated false .
  ?sp kg:partyCode ?source . ?tp kg:partyCode ?target . ?r skos:notation ?relation .
}
GROUP BY ?source ?relation ?target
ORDER BY DESC(?claims)
"""


def _load_example(text: str) -> None:
    st.session_state["sparql_text"] = text
    st.session_state.pop("sparql_result", None)


def sparql_view(data: StoreData) -> None:
    """A read-only console; the example buttons are read from queries/ on each run."""
    st.subheader("SPARQL console · استعلام")
    st.caption("Read-only: SELECT, ASK, CONSTRUCT and DESCRIBE over the union of all graphs; anything else "
               f"is refused. Predeclared prefixes: {', '.join(p + ':' for p in PREFIXES)}.")
    examples = sparql_examples()
    if examples:
        st.write("Examples from `queries/`:")
        cols = st.columns(min(3, len(examples)))
        for i, (name, (question, text)) in enumerate(examples.items()):
            cols[i % len(cols)].button(name, key=f"example_{name}", help=question, on_click=_load_example,
                                       args=(text,), width="stretch")
    st.session_state.setdefault("sparql_text", DEFAULT_SPARQL)
    st.text_area("Query", key="sparql_text", height=220)
    if st.button("Run query · تنفيذ", key="sparql_run", type="primary"):
        try:
            st.session_state["sparql_result"] = run_sparql(data.path, st.session_state["sparql_text"])
        except (QueryError, StoreError) as e:
            st.session_state["sparql_result"] = str(e)
    result = st.session_state.get("sparql_result")
    if isinstance(result, str):
        st.error(result)
    elif result is not None:
        header, rows = result
        st.caption(f"{len(rows)} row(s)" + (f", first {MAX_SPARQL_ROWS} shown" if len(rows) > MAX_SPARQL_ROWS else ""))
        st.dataframe(pd.DataFrame(rows[:MAX_SPARQL_ROWS], columns=header), hide_index=True, key="sparql_table")


def camps_elements(g: nx.Graph, part: Mapping[str, int | None], why: Mapping[str, str],
                   labels: Mapping[str, tuple[str, str]], level: str) -> dict:
    """Cytoscape elements of the signed graph: nodes grouped (hence coloured) by camp, with their
    reason as data (the component shows it on click); edges labelled with their signed weight."""
    nodes = [{"data": {"id": n, "label": f"camp-{part[n] + 1}" if part[n] is not None else "unaligned",
                       "name": node_caption(n, labels, level), "reason": why[n]}} for n in g.nodes]
    edges = [{"data": {"id": f"{u}~{v}", "source": u, "target": v, "weight": abs(w), "name": f"{w:+d}",
                       "label": "positive" if w > 0 else "negative" if w < 0 else "ambivalent"}}
             for u, v, w in g.edges(data="weight")]
    return {"nodes": nodes, "edges": edges}


def camps_view(data: StoreData, shown: list[dict], level: str) -> None:
    """Who sides with whom (kg.camps), coloured by camp, with a reason per actor and centralities."""
    st.subheader("Camps · المعسكرات")
    st.caption("Signed graph: supports +1, opposes −1 per independent document, either direction; "
               "called / met and negated claims carry no sign. Camps = a structural-balance partition "
               "(friends inside, foes across).")
    g = camps.signed_graph(shown, level=level, nodes=present_core(shown, level))
    part = camps.find_camps(g)
    why = camps.reasons(g, part, label=lambda n: data.labels.get(n, (n, ""))[0])
    signed_ties = [(u, v) for u, v, w in g.edges(data="weight") if w != 0]
    bad = camps.frustration(g, part)
    n_camps = len({c for c in part.values() if c is not None})
    st.markdown(f"{n_camps} camp(s); {len(signed_ties) - len(bad)} of {len(signed_ties)} signed ties fit them.")
    elements = camps_elements(g, part, why, data.labels, level)
    top = max((e["data"]["weight"] for e in elements["edges"]), default=1)
    node_styles = [CaptionNodeStyle(f"camp-{k + 1}", CAMP_COLORS[k % len(CAMP_COLORS)], "name")
                   for k in range(n_camps)] + [CaptionNodeStyle("unaligned", "#bdbdbd", "name")]
    edge_styles = [WeightedEdgeStyle("positive", RELATION_COLOR["supports"], top, directed=False),
                   WeightedEdgeStyle("negative", RELATION_COLOR["opposes"], top, directed=False),
                   WeightedEdgeStyle("ambivalent", "#9e9e9e", top, dashed=True, directed=False)]
    left, right = st.columns([3, 2])
    with left:
        st_link_analysis(elements, layout=LAYOUT, node_styles=node_styles, edge_styles=edge_styles,
                         height=480, key="camps_graph")
    with right:
        st.markdown("**Centrality** (all relations, non-negated)")
        table = camps.centrality(camps.interaction_graph(shown, level=level))
        st.dataframe(pd.DataFrame([{**r, "node": label_of(r["node"], data.labels)} for r in table]),
                     hide_index=True, key="centrality_table")
    st.dataframe(pd.DataFrame(
        [{"actor": label_of(n, data.labels), "camp": part[n] + 1 if part[n] is not None else None,
          "reason": why[n]} for n in sorted(g.nodes, key=lambda n: (part[n] is None, part[n] or 0, n))]),
        hide_index=True, key="camps_table", column_config={"reason": st.column_config.TextColumn(width="large")})


def timeline_view(data: StoreData, shown: list[dict], level: str) -> None:
    """Claims between two actors per month, so that a change of stance shows."""
    st.subheader("Timeline · الخط الزمني")
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
    st.bar_chart(table, color=[RELATION_COLOR[r] for r in table.columns], x_label="month", y_label="claims")
    pair = sorted(with_details(pair_claims(shown, a, b, level, both), cached_details(data.path)),
                  key=lambda c: (c.get("published") or "9999", c["doc"], c["start"]))
    st.dataframe(claims_frame(pair, data.labels), hide_index=True, key="timeline_table", column_config=TABLE_CONFIG)


def main() -> None:
    """The page: sidebar filters, then lazy tabs (only the open one runs, and ?view= names it)."""
    st.set_page_config(page_title="kg explorer · مستكشف", layout="wide")
    st.markdown(CSS, unsafe_allow_html=True)
    st.title("kg explorer · مستكشف المواقف")
    path = store_path_from(sys.argv[1:], os.environ)
    try:
        data = cached_data(path)
    except StoreError as e:
        st.error(str(e))
        st.stop()
    level, f = sidebar_filters(data)
    shown = filter_claims(data.claims, f)
    tabs = st.tabs(["Network", "Claims", "SPARQL", "Camps", "Timeline"], key="view", on_change="rerun",
                   bind="query-params")
    views = [lambda: network_view(data, shown, level, f), lambda: claims_view(data, shown),
             lambda: sparql_view(data), lambda: camps_view(data, shown, level),
             lambda: timeline_view(data, shown, level)]
    for tab, view in zip(tabs, views, strict=True):
        with tab:
            if tab.open:
                view()


if __name__ == "__main__":
    main()
