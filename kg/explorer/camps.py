"""The Camps tab: the signed graph, its structural-balance camps with a reason per actor, centralities."""
from __future__ import annotations

from typing import Mapping

import networkx as nx
import pandas as pd
import streamlit as st
from st_link_analysis import st_link_analysis

from kg import camps
from kg.explorer.claims import ROW_HEIGHT
from kg.explorer.data import StoreData, label_of, node_caption, present_core
from kg.explorer.layout import degrees, node_size
from kg.explorer.network import cached_layout
from kg.explorer.styles import CAMP_COLORS, UNALIGNED, camps_stylesheet


def camps_elements(g: nx.Graph, part: Mapping[str, int | None], why: Mapping[str, str],
                   labels: Mapping[str, tuple[str, str]], level: str,
                   positions: Mapping[str, tuple[float, float]] | None = None) -> dict:
    """Cytoscape elements of the signed graph: nodes grouped (hence coloured) by camp, with their
    reason as data (the component shows it on click), sized by degree and placed where the Network
    tab has them; edges carry their signed weight (captioned when selected)."""
    deg = degrees((u, v) for u, v in g.edges)
    nodes = []
    for n in g.nodes:
        el = {"data": {"id": n, "label": f"camp-{part[n] + 1}" if part[n] is not None else "unaligned",
                       "name": node_caption(n, labels, level), "reason": why[n],
                       "color": CAMP_COLORS[part[n] % len(CAMP_COLORS)] if part[n] is not None else UNALIGNED,
                       "size": round(node_size(deg.get(n, 0)), 1)}}
        if positions and n in positions:
            el["position"] = {"x": round(positions[n][0], 1), "y": round(positions[n][1], 1)}
        nodes.append(el)
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
    # the Network tab's positions (every node of the level has one), so both drawings match
    positions = st.session_state.get("network_layouts", {}).get((data.path, data.loaded_at, level)) or \
        cached_layout(data.path, data.loaded_at, level, data)
    elements = camps_elements(g, part, why, data.labels, level, positions)
    top = max((e["data"]["weight"] for e in elements["edges"]), default=1)
    st_link_analysis(elements, layout={"name": "preset", "fit": True, "padding": 44, "animate": False},
                     node_styles=camps_stylesheet(top), edge_styles=[], height=520, key="camps_graph")
    st.dataframe(pd.DataFrame(
        [{"actor": label_of(n, data.labels), "camp": part[n] + 1 if part[n] is not None else None,
          "reason": why[n]} for n in sorted(g.nodes, key=lambda n: (part[n] is None, part[n] or 0, n))]),
        hide_index=True, key="camps_table", row_height=ROW_HEIGHT,
        column_config={"actor": st.column_config.TextColumn(width="medium"),
                       "camp": st.column_config.NumberColumn(width="small"),
                       "reason": st.column_config.TextColumn(width="large")})
    # full width under the graph: beside it the columns were cut off
    st.markdown("**Centrality** (all relations, non-negated)")
    table = camps.centrality(camps.interaction_graph(shown, level=level))
    st.dataframe(pd.DataFrame([{**r, "node": label_of(r["node"], data.labels)} for r in table]),
                 hide_index=True, key="centrality_table",
                 column_config={"node": st.column_config.TextColumn(width="large")})
