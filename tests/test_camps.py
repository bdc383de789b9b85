"""kg.camps: signed graph, structural-balance camps, reasons, centrality."""
from __future__ import annotations

import itertools
import random

import networkx as nx
import pytest

from kg import camps


def claim(s: str, rel: str, t: str, doc: str = "d1", negated: bool = False, sp: str | None = None,
          tp: str | None = None) -> dict:
    return {"source": s, "relation": rel, "target": t, "doc": doc, "negated": negated,
            "source_party": sp or s, "target_party": tp or t}


def edges(g: nx.Graph) -> set[frozenset]:
    return {frozenset(e) for e in g.edges}


def test_signed_graph_counts_documents_and_ignores_unsigned_claims():
    g = camps.signed_graph([
        claim("US", "supports", "LNA", "d1"), claim("US", "supports", "LNA", "d1"),  # same document: once
        claim("LNA", "supports", "US", "d2"),  # either direction
        claim("US", "opposes", "LNA", "d3"),
        claim("US", "called", "GNA", "d1"), claim("US", "met", "GNA", "d2"),  # no sign
        claim("US", "supports", "GNA", "d4", negated=True),  # "did not support" is not opposition
        claim("US", "supports", "US", "d5"),  # no self-ties
    ])
    assert edges(g) == {frozenset({"US", "LNA"})}
    assert g.edges["US", "LNA"] == {"positive": 2, "negative": 1, "weight": 1}


def test_signed_graph_levels():
    cs = [claim("Trump", "supports", "Haftar", sp="US", tp="LNA")]
    assert edges(camps.signed_graph(cs, level="party")) == {frozenset({"US", "LNA"})}
    assert edges(camps.signed_graph(cs, level="actor")) == {frozenset({"Trump", "Haftar"})}
    with pytest.raises(ValueError):
        camps.signed_graph(cs, level="planet")


def test_two_camps_from_a_balanced_graph():
    cs = [claim("US", "supports", "LNA", "d1"), claim("Egypt", "supports", "LNA", "d2"),
          claim("Turkey", "supports", "GNA", "d3"), claim("Qatar", "supports", "GNA", "d4"),
          claim("LNA", "opposes", "GNA", "d5"), claim("Egypt", "opposes", "Turkey", "d6")]
    g = camps.signed_graph(cs)
    part = camps.find_camps(g)
    assert part["US"] == part["Egypt"] == part["LNA"]
    assert part["Turkey"] == part["Qatar"] == part["GNA"]
    assert part["US"] != part["GNA"]
    assert camps.frustration(g, part) == []


def test_enemies_of_enemies_may_be_a_third_camp():
    g = camps.signed_graph([claim("A", "opposes", "B"), claim("B", "opposes", "C"), claim("A", "opposes", "C")])
    part = camps.find_camps(g)
    assert len({part["A"], part["B"], part["C"]}) == 3
    assert camps.frustration(g, part) == []


def test_unaligned_nodes_and_frustrated_ties():
    g = camps.signed_graph([claim("A", "supports", "B"), claim("B", "supports", "C"), claim("A", "opposes", "C", "d2")],
                           nodes=["France"])
    part = camps.find_camps(g)
    assert part["France"] is None
    assert len(camps.frustration(g, part)) == 1  # an unbalanced triangle: one tie must give
    why = camps.reasons(g, part)
    assert why["France"].startswith("unaligned")
    assert any("at odds" in why[n] for n in "ABC")


@pytest.mark.parametrize("seed", range(20))
def test_planted_partitions_are_recovered(seed):
    rng = random.Random(seed)
    nodes = [f"n{i}" for i in range(12)]
    planted = {n: rng.randrange(3) for n in nodes}
    g = nx.Graph()
    for a, b in itertools.combinations(nodes, 2):
        if rng.random() < 0.6:
            w = rng.randint(1, 3)
            g.add_edge(a, b, weight=w if planted[a] == planted[b] else -w)
    part = camps.find_camps(g)
    assert camps.frustration(g, part) == []
    for a, b in g.edges:  # friends together, foes apart
        assert (part[a] == part[b]) == (g.edges[a, b]["weight"] > 0)


def test_camps_are_numbered_largest_first_and_deterministic():
    cs = [claim("A", "supports", "B"), claim("B", "supports", "C"), claim("D", "opposes", "A")]
    g = camps.signed_graph(cs)
    first = camps.find_camps(g)
    assert first == {"A": 0, "B": 0, "C": 0, "D": 1}
    assert camps.find_camps(camps.signed_graph(list(reversed(cs)))) == first


def test_reasons_name_the_strongest_ties():
    cs = [claim("US", "supports", "LNA", d) for d in ("d1", "d2", "d3")] + \
         [claim("US", "supports", "UAE", "d4"), claim("US", "supports", "Egypt", "d5"),
          claim("US", "opposes", "GNA", "d6")]
    g = camps.signed_graph(cs)
    why = camps.reasons(g, camps.find_camps(g), label=str.lower)
    assert why["US"] == "camp 1: sides with lna (+3), egypt (+1); against gna (-1)"
    assert why["GNA"] == "camp 2: a camp of its own; against us (-1)"


def test_interaction_graph_and_centrality():
    cs = [claim("Hub", "called", x, doc) for x, doc in (("A", "d1"), ("B", "d2"), ("C", "d3"))] + \
         [claim("Hub", "met", "A", "d4"), claim("A", "supports", "B", "d5", negated=True)]
    g = camps.interaction_graph(cs)
    assert edges(g) == {frozenset({x, "Hub"}) for x in "ABC"}
    table = {r["node"]: r for r in camps.centrality(g)}
    assert table["Hub"] == {"node": "Hub", "degree": 3, "documents": 4, "betweenness": 1.0}
    assert table["A"]["betweenness"] == 0.0 and table["A"]["documents"] == 2
    assert camps.centrality(g)[0]["node"] == "Hub"
    assert camps.centrality(nx.Graph()) == []
