"""The Camps tab: the signed graph, its structural-balance camps with a reason per actor, centralities."""
from __future__ import annotations

from typing import Mapping

import networkx as nx
import pandas as pd
import streamlit as st
from st_link_analysis import st_link_analysis

from kg import camps
from kg.explorer.data import StoreData, label_of, node_caption, present_core
from kg.explorer.styles import CAMP_COLORS, LAYOUT, RELATION_COLOR, CaptionNodeStyle, WeightedEdgeStyle


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
