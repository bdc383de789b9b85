"""The explorer's network: layout (seeded, remembered, no caption on another node), sizes by degree,
colours by party, top-N edges, and the selection a shared link stands for.

The pure functions are called directly; the view is driven with AppTest on the seeds store.
What the browser finally draws is checked in tests/test_browser.py.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("streamlit")
pytest.importorskip("st_link_analysis")
from streamlit.testing.v1 import AppTest  # noqa: E402

from conftest import app_on  # noqa: E402

from kg.explorer import layout, network  # noqa: E402
from kg.explorer.styles import party_color  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def claim(source: str, target: str, relation: str = "supports", doc: str = "d1", negated: bool = False,
          source_party: str | None = None, target_party: str | None = None) -> dict:
    return {"claim": f"{source}-{relation}-{target}-{doc}", "doc": doc, "sentence": 0, "source": source,
            "target": target, "relation": relation, "negated": negated, "confidence": 0.9,
            "source_party": source_party or source, "target_party": target_party or target}


def boxes_of(elements: dict) -> dict:
    return {n["data"]["id"]: layout.caption_box(n["data"]["name"], n["data"]["size"]) for n in elements["nodes"]}


def positions_of(elements: dict) -> dict:
    return {n["data"]["id"]: (n["position"]["x"], n["position"]["y"]) for n in elements["nodes"]}


# ---------------------------------------------------------------- layout
def test_separate_leaves_no_box_overlapping_another():
    names = [f"n{i}" for i in range(40)]
    boxes = {n: layout.caption_box(f"A rather long English name {n}\nاسم عربي طويل بعض الشيء", 30) for n in names}
    piled = {n: (0.0, 0.0) for n in names}  # the person-view bug: everyone on one spot
    assert layout.overlapping(piled, boxes)
    out = layout.separate(piled, boxes)
    assert layout.overlapping(out, boxes, gap=layout.GAP - 1) == []


def test_layout_is_seeded_and_captions_clear_of_each_other():
    edges = [(f"p{i}", f"p{(i * 7) % 25}", 1 + i % 4) for i in range(25)] + [("p0", f"p{i}", 2) for i in range(1, 25)]
    captions = {f"p{i}": f"Party number {i}\nالطرف رقم {i}" for i in range(25)}
    first = layout.layout_positions(edges, captions)
    assert first == layout.layout_positions(edges, captions)  # same graph, same picture
    assert set(first) == set(captions)
    deg = layout.degrees((s, t) for s, t, _ in edges)
    boxes = {n: layout.caption_box(captions[n], layout.node_size(deg.get(n, 0))) for n in captions}
    assert layout.overlapping(first, boxes) == []


def test_people_are_laid_out_near_their_party():
    people = {f"{p}{i}": p for p in ("US", "Russia", "LNA") for i in range(6)}
    edges = [("US0", "LNA0", 3), ("Russia0", "LNA1", 2), ("US1", "Russia1", 1)]
    pos = layout.layout_positions(edges, {n: n for n in people}, groups=people)

    def dist(a, b):
        return ((pos[a][0] - pos[b][0]) ** 2 + (pos[a][1] - pos[b][1]) ** 2) ** 0.5

    same = [dist(a, b) for a in people for b in people if a < b and people[a] == people[b]]
    other = [dist(a, b) for a in people for b in people if a < b and people[a] != people[b]]
    assert sum(same) / len(same) < 0.7 * sum(other) / len(other)


def test_node_size_grows_with_degree_and_is_capped():
    sizes = [layout.node_size(d) for d in range(0, 200, 5)]
    assert sizes == sorted(sizes) and sizes[0] == layout.MIN_SIZE and sizes[-1] == layout.MAX_SIZE


# ---------------------------------------------------------------- elements
def test_elements_one_edge_per_pair_and_relation_weighted_by_documents():
    cs = [claim("US", "LNA", doc="a"), claim("US", "LNA", doc="b"), claim("US", "LNA", doc="b"),
          claim("US", "LNA", "called", doc="a"), claim("Russia", "LNA", doc="c")]
    el = network.network_elements(cs, "party")
    got = {(e["data"]["source"], e["data"]["relation"], e["data"]["target"]): (e["data"]["weight"], e["data"]["claims"])
           for e in el["edges"]}
    assert got == {("US", "supports", "LNA"): (2, 3), ("US", "called", "LNA"): (1, 1), ("Russia", "supports", "LNA"): (1, 1)}
    size = {n["data"]["id"]: n["data"]["size"] for n in el["nodes"]}
    assert size["LNA"] > size["US"] == size["Russia"]  # LNA has two neighbours, the others one
    assert {n["data"]["id"]: n["data"]["color"] for n in el["nodes"]}["US"] == party_color("US")


def test_top_edges_keeps_the_heaviest_and_the_pinned_nodes():
    cs = [claim("US", "LNA", doc=d) for d in "abc"] + [claim("Russia", "LNA", doc=d) for d in "ab"] + \
         [claim("Egypt", "GNA", doc="a")]
    el = network.network_elements(cs, "party", pinned=["France"], top=2)
    assert {e["data"]["id"] for e in el["edges"]} == {"US|supports|LNA", "Russia|supports|LNA"}
    assert {n["data"]["id"] for n in el["nodes"]} == {"US", "LNA", "Russia", "France"}
    assert network.edge_count(cs, "party") == 3


def test_person_nodes_carry_their_party_colour():
    cs = [claim("Trump", "Haftar", source_party="US", target_party="LNA"),
          claim("Bolton", "Haftar", "opposes", source_party="US", target_party="LNA")]
    el = network.network_elements(cs, "actor")
    colour = {n["data"]["id"]: n["data"]["color"] for n in el["nodes"]}
    assert colour["Trump"] == colour["Bolton"] == party_color("US") != colour["Haftar"] == party_color("LNA")


def test_mark_selection_highlights_edge_and_neighbourhood():
    cs = [claim("US", "LNA"), claim("US", "LNA", "called"), claim("Russia", "GNA")]
    el = network.network_elements(cs, "party")
    assert network.mark_selection(el, {"source": "US", "relation": "supports", "target": "LNA"}) == 1
    by_id = {x["data"]["id"]: x for x in el["nodes"] + el["edges"]}
    assert by_id["US|supports|LNA"]["selected"] and by_id["US|supports|LNA"]["classes"] == "kg-sel"
    assert by_id["US"]["classes"] == by_id["LNA"]["classes"] == "kg-near"
    assert by_id["Russia|supports|GNA"]["classes"] == by_id["GNA"]["classes"] == "kg-dim"
    assert sum(bool(x.get("selected")) for x in by_id.values()) == 1

    assert network.mark_selection(el, {"node": "LNA"}) == 1
    assert by_id["LNA"]["selected"] and by_id["US|called|LNA"]["classes"] == "kg-near"
    assert not by_id["US|supports|LNA"].get("selected")  # the old selection is gone
    assert network.mark_selection(el, {"source": "Nobody"}) == 0
    assert not any("classes" in x for x in by_id.values())  # nothing matched: nothing faded


# ---------------------------------------------------------------- the view (AppTest on the seeds store)
@pytest.fixture
def run_app(seeds_store_dir, monkeypatch):
    def run(params: dict | None = None) -> AppTest:
        return app_on(seeds_store_dir, monkeypatch, params)

    return run


def network_args(at: AppTest) -> dict:
    for el in at.get("component_instance"):
        if el.key == "network":
            return json.loads(el.proto.json_args)
    raise AssertionError("no network component")


def test_selection_from_link_is_highlighted_in_graph(run_app):
    """Regression: ?source=US&relation=supports&target=LNA listed the claims but highlighted nothing."""
    elements = network_args(run_app({"source": "US", "relation": "supports", "target": "LNA"}))["elements"]
    selected = [e["data"]["id"] for e in elements["edges"] + elements["nodes"] if e.get("selected")]
    assert selected == ["US|supports|LNA"]
    assert any(x.get("classes") == "kg-dim" for x in elements["edges"])


def test_layout_is_preset_stable_across_reruns_and_filters(run_app):
    at = run_app()
    args = network_args(at)
    assert args["layout"]["name"] == "preset"
    before = positions_of(args["elements"])
    assert set(before) == {n["data"]["id"] for n in args["elements"]["nodes"]}
    at.multiselect(key="f_relations").set_value(["opposes"]).run()
    after = positions_of(network_args(at)["elements"])
    assert after and all(after[n] == before[n] for n in after if n in before)
    at.multiselect(key="f_relations").set_value(list(network.RELATIONS)).run()
    assert positions_of(network_args(at)["elements"]) == before


def test_person_level_regression_people_do_not_pile_up(run_app):
    """Regression: at person level every person sat on one spot at the canvas' top edge."""
    at = run_app()
    at.toggle(key="actor_level").set_value(True).run()
    elements = network_args(at)["elements"]
    people = [n for n in elements["nodes"] if n["data"]["label"] == "person"]
    assert len(people) >= 2
    assert len({(n["position"]["x"], n["position"]["y"]) for n in elements["nodes"]}) == len(elements["nodes"])
    assert layout.overlapping(positions_of(elements), boxes_of(elements)) == []


def test_top_edges_slider_caps_what_is_drawn(run_app, monkeypatch):
    """At scale only the heaviest edges are drawn, with a control for how many."""
    monkeypatch.setattr(network, "DEFAULT_TOP_EDGES", 5)
    at = run_app()
    edges = network_args(at)["elements"]["edges"]
    assert len(edges) == 5
    total = at.slider(key="top_edges").max
    assert total > 10
    heaviest = sorted((e["data"]["weight"] for e in edges), reverse=True)
    at.slider(key="top_edges").set_value(10).run()
    more = network_args(at)["elements"]["edges"]
    assert len(more) == 10 and sorted((e["data"]["weight"] for e in more), reverse=True)[:5] == heaviest
    assert any(f"the 10 heaviest of {int(total)} edges" in c.value for c in at.caption), (total, [c.value for c in at.caption])
