"""The Network tab: the actor-stance graph (st-link-analysis), with the Provenance panel under it."""
from __future__ import annotations

import zlib
from typing import Iterable, Mapping

import streamlit as st
from st_link_analysis import Event, st_link_analysis

from kg.camps import endpoint_key
from kg.explorer.data import CORE_PARTIES, RELATION_AR, StoreData, md_safe, node_caption
from kg.explorer.filters import Filters
from kg.explorer.layout import degrees, layout_positions, node_size
from kg.explorer.provenance import (current_selection, edge_id, provenance_view, selection_from_event,
                                    set_selection)
from kg.explorer.styles import RELATION_COLOR, RawStyle, network_stylesheet, party_color
from kg.ontology import RELATIONS, registry

DEFAULT_TOP_EDGES = 60  # edges drawn by default, heaviest first; the rest are one slider away


def network_elements(claims: Iterable[Mapping], level: str, pinned: Iterable[str] = (),
                     labels: Mapping[str, tuple[str, str]] | None = None,
                     positions: Mapping[str, tuple[float, float]] | None = None,
                     top: int | None = None) -> dict:
    """Cytoscape elements for st-link-analysis: one edge per (source, relation, target, negated),
    ``weight`` = independent stories (a reprint is not a second source, kg.stories); only the ``top``
    heaviest edges when given; ``pinned`` nodes are drawn even without edges.  Nodes carry their size
    (by degree among the edges drawn), party colour and, from ``positions``, where they go."""
    labels = labels or {}
    kinds = {a.id: a.kind for a in registry().actors.values()} if level == "actor" else {}
    agg: dict[tuple, dict] = {}
    party: dict[str, str] = {}
    sk, tk = endpoint_key("source", level), endpoint_key("target", level)
    for c in claims:
        s, t = c[sk], c[tk]
        party.setdefault(s, c["source_party"])
        party.setdefault(t, c["target_party"])
        key = (s, c["relation"], t, bool(c["negated"]))
        e = agg.get(key)
        if e is None:
            e = agg[key] = {"claims": 0, "docs": set(), "stories": set(), "conf": 0.0}
        e["claims"] += 1
        e["docs"].add(c["doc"])
        e["stories"].add(c.get("story") or c["doc"])
        if c["confidence"] > e["conf"]:
            e["conf"] = c["confidence"]
    keys = sorted(agg, key=lambda k: (-len(agg[k]["stories"]), -agg[k]["claims"], k))
    if top is not None:
        keys = keys[:max(0, top)]
    nodes: dict[str, None] = dict.fromkeys(pinned)
    for s, _, t, _ in sorted(keys):
        nodes.setdefault(s)
        nodes.setdefault(t)
    deg = degrees((s, t) for s, _, t, _ in keys)
    node_list = []
    for n in nodes:
        en, ar = labels.get(n, (n, ""))
        group = ("core" if n in CORE_PARTIES else "party") if level == "party" else \
            ("person" if kinds.get(n) == "Person" else "core" if n in CORE_PARTIES else "party")
        p = party.get(n, n)
        el = {"data": {"id": n, "label": group, "name": node_caption(n, labels, level), "english": en,
                       "arabic": ar, "party": p, "degree": deg.get(n, 0), "size": round(node_size(deg.get(n, 0)), 1),
                       "color": party_color(p)}}
        if positions and n in positions:
            el["position"] = {"x": round(positions[n][0], 1), "y": round(positions[n][1], 1)}
        node_list.append(el)
    edge_list = []
    for (s, rel, t, neg) in sorted(keys):
        e = agg[(s, rel, t, neg)]
        docs, stories = len(e["docs"]), len(e["stories"])
        edge_list.append({"data": {
            "id": edge_id(s, rel, t, neg), "source": s, "target": t,
            "label": f"{rel}-negated" if neg else rel, "relation": rel, "negated": neg,
            "name": f"{'not ' if neg else ''}{rel} ({stories})", "weight": stories, "documents": docs,
            "stories": stories,
            "claims": e["claims"], "max_confidence": e["conf"]}})
    return {"nodes": node_list, "edges": edge_list}


def edge_count(claims: Iterable[Mapping], level: str) -> int:
    """How many edges the network has before the top-N cut."""
    sk, tk = endpoint_key("source", level), endpoint_key("target", level)
    return len({(c[sk], c["relation"], c[tk], bool(c["negated"])) for c in claims})


def network_layout(claims: Iterable[Mapping], level: str, labels: Mapping[str, tuple[str, str]],
                   pinned: Iterable[str] = ()) -> dict[str, tuple[float, float]]:
    """Positions for every node the store has at this level (so that filtering never moves one):
    people grouped by party at actor level."""
    claims = list(claims)
    full = network_elements(claims, level, pinned, labels)
    captions = {n["data"]["id"]: n["data"]["name"] for n in full["nodes"]}
    edges = [(e["data"]["source"], e["data"]["target"], e["data"]["weight"]) for e in full["edges"]]
    groups = {n["data"]["id"]: n["data"]["party"] for n in full["nodes"]} if level == "actor" else None
    return layout_positions(edges, captions, groups)


@st.cache_data(ttl=600, show_spinner="Laying out the network…", max_entries=8)
def cached_layout(path: str, loaded_at: str, level: str, _data: StoreData) -> dict[str, tuple[float, float]]:
    """:func:`network_layout`, shared by the sessions that read the same store at the same time."""
    return network_layout(_data.claims, level, _data.labels, _data.core(level))


def mark_selection(elements: dict, sel: Mapping | None) -> int:
    """Select (and class) the edges or the node a selection stands for, their neighbourhood
    ``kg-near`` and the rest ``kg-dim``, so that an opened link shows what it explains;
    returns how many elements the selection matched (0: nothing marked)."""
    for el in elements["nodes"] + elements["edges"]:
        el.pop("selected", None)
        el.pop("classes", None)
    if not sel:
        return 0
    hit: list[dict] = []
    near: set[str] = set()
    if sel.get("node"):
        hit = [n for n in elements["nodes"] if n["data"]["id"] == sel["node"]]
        for e in elements["edges"]:
            if sel["node"] in (e["data"]["source"], e["data"]["target"]):
                near |= {e["data"]["id"], e["data"]["source"], e["data"]["target"]}
    else:
        for e in elements["edges"]:
            d = e["data"]
            if (sel.get("source") in (None, d["source"]) and sel.get("target") in (None, d["target"])
                    and sel.get("relation") in (None, d["relation"])
                    and ("negated" not in sel or bool(sel["negated"]) == d["negated"])):
                hit.append(e)
                near |= {d["source"], d["target"]}
    if not hit:
        return 0
    ids = {el["data"]["id"] for el in hit}
    for el in elements["nodes"] + elements["edges"]:
        i = el["data"]["id"]
        if i in ids:
            el["selected"], el["classes"] = True, "kg-sel"
        elif i in near:
            el["classes"] = "kg-near"
        else:
            el["classes"] = "kg-dim"
    return len(hit)


def network_styles(elements: dict) -> list[RawStyle]:
    """The stylesheet, with widths scaled to the heaviest edge shown."""
    return network_stylesheet(max((e["data"]["weight"] for e in elements["edges"]), default=1))


def legend_html(elements: dict, level: str, labels: Mapping[str, tuple[str, str]]) -> str:
    """Relation colours, and at actor level the party colours of the people drawn."""
    rels = " ".join(f'<span style="color:{RELATION_COLOR[r]}">━ {r} · <span lang="ar">{RELATION_AR[r]}</span></span>'
                    for r in RELATIONS)
    out = (f"{rels} &nbsp; (width = independent stories, copies of a story counted once; dashed = negated; "
           "click an edge or a node to read its claims)")
    if level == "actor":
        parties = sorted({n["data"]["party"] for n in elements["nodes"]})
        out += "<br>Parties · الأطراف: " + " ".join(
            f'<span style="color:{party_color(p)}">● {md_safe(labels.get(p, (p, ""))[0])}</span>' for p in parties)
    return out


def network_view(data: StoreData, shown: list[dict], level: str, f: Filters) -> None:
    """The graph, then the provenance of whatever was clicked (clicks come back as component events)."""
    st.subheader("Network · الشبكة")
    # core parties stay on screen (isolated if need be) unless the party filter drops them
    pinned = [p for p in data.core(level) if f.parties is None or p in f.parties]
    total = edge_count(shown, level)
    top = DEFAULT_TOP_EDGES
    if total > DEFAULT_TOP_EDGES:
        top = st.slider("Edges shown, heaviest first · عدد الروابط", 10, total, DEFAULT_TOP_EDGES, key="top_edges")
    # computed once per store read and level, from all claims: reruns and filters never move a node
    layouts = st.session_state.setdefault("network_layouts", {})
    lkey = (data.path, data.loaded_at, level)
    if lkey not in layouts:
        layouts[lkey] = cached_layout(data.path, data.loaded_at, level, data)
    elements = network_elements(shown, level, pinned, data.labels, layouts[lkey], top)
    sel = current_selection()
    mark_selection(elements, sel if sel and sel.get("level", level) == level else None)
    st.markdown(legend_html(elements, level, data.labels), unsafe_allow_html=True)
    if total > top:
        st.caption(f"Showing the {top} heaviest of {total} edges.")
    if not elements["nodes"]:
        st.info("No claims pass the filters.")
    # a new node set or level re-runs the (preset) layout, which also fits the drawing to the canvas
    # (padding 44: clear of the component's side panel down the canvas' left edge)
    layout = {"name": "preset", "fit": True, "padding": 44, "animate": False,
              "kg": f"{level}:{zlib.crc32(' '.join(n['data']['id'] for n in elements['nodes']).encode())}"}
    event = st_link_analysis(elements, layout=layout, node_styles=network_styles(elements), edge_styles=[],
                             height=620, key="network",
                             events=[Event("edge_click", "tap", "edge"), Event("node_click", "tap", "node")])
    # the component keeps returning its last event on every rerun: act on each one once
    if event and event.get("timestamp") != st.session_state.get("last_event"):
        st.session_state["last_event"] = event.get("timestamp")
        sel = selection_from_event(event, level)
        if sel:
            set_selection(sel)
            st.rerun()  # draw the new selection in the graph too
    provenance_view(data, shown)
