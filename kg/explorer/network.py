"""The Network tab: the actor-stance graph (st-link-analysis), with the Provenance panel under it."""
from __future__ import annotations

from typing import Iterable, Mapping

import streamlit as st
from st_link_analysis import EdgeStyle, Event, NodeStyle, st_link_analysis

from kg.explorer.data import CORE_PARTIES, RELATION_AR, StoreData, node_caption, node_of, present_core
from kg.explorer.filters import Filters
from kg.explorer.provenance import edge_id, provenance_view, selection_from_event, set_selection
from kg.explorer.styles import LAYOUT, RELATION_COLOR, CaptionNodeStyle, WeightedEdgeStyle
from kg.ontology import RELATIONS, registry


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


def network_styles(elements: dict) -> tuple[list[NodeStyle], list[EdgeStyle]]:
    """Node colours by kind, edge colours by relation; widths scale to the heaviest edge shown."""
    top = max((e["data"]["weight"] for e in elements["edges"]), default=1)
    nodes = [CaptionNodeStyle("core", "#37474f", "name"), CaptionNodeStyle("party", "#90a4ae", "name"),
             CaptionNodeStyle("person", "#8d6e63", "name", "person")]
    edges = [WeightedEdgeStyle(r, RELATION_COLOR[r], top) for r in RELATIONS] + \
            [WeightedEdgeStyle(f"{r}-negated", RELATION_COLOR[r], top, dashed=True) for r in RELATIONS]
    return nodes, edges


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
