"""Camps: who sides with whom, read off the supports / opposes claims.

The claims become a signed graph (supports +, opposes -, counted in
independent stories -- a reprint is not a second source, kg.stories -- whichever
way the claim points) and the camps are a
structural-balance partition of it: friends inside a camp, foes across camps
(weak balance, Davis 1967, so "the enemy of my enemy" may be a third camp).
Exact balance partitions are NP-hard to find, so we use a deterministic
greedy search -- merge the two camps with the most net support between them
while that reduces frustration, then move single actors while that helps --
which finds the planted partition of any balanced graph and is fast for the
few hundred actors a news corpus has.  ``called`` and ``met`` carry no sign
(a phone call is not an alliance); negated claims carry none either ("did not
support" is not "opposed").

Pure functions over claim records (the dicts of :func:`kg.export.claims`),
so the Streamlit app, scripts and tests share them.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Callable, Iterable, Mapping

import networkx as nx

SIGN = {"supports": 1, "opposes": -1}
LEVELS = ("party", "actor")


def endpoint_key(side: str, level: str) -> str:
    """The record field holding a ``side``'s node at ``level``: ``source_party`` or ``source``, etc.
    Resolved once per loop, not once per claim (100,000 claims make a million calls otherwise)."""
    if level not in LEVELS:
        raise ValueError(f"level must be one of {LEVELS}, got {level!r}")
    return f"{side}_party" if level == "party" else side


def endpoint(claim: Mapping, side: str, level: str) -> str:
    """The node a claim's ``side`` ('source' / 'target') maps to: its party code or its actor id."""
    return claim[endpoint_key(side, level)]


def independent(claim: Mapping) -> str:
    """What counts as one independent source: the claim's story (copies of a wire story
    are one, kg.stories), or its document when the record has no story."""
    return claim.get("story") or claim["doc"]


def signed_graph(claims: Iterable[Mapping], level: str = "party", nodes: Iterable[str] = ()) -> nx.Graph:
    """Undirected signed graph: edge ``weight`` = stories with support minus stories with opposition
    (a story is its documents' copies counted once; see :func:`independent`).

    Each edge also keeps ``positive`` and ``negative`` (document counts) so a
    reason can cite them.  ``nodes`` adds actors that must appear even
    without signed ties (they come out unaligned).
    """
    docs: dict[tuple[str, str], dict[int, set]] = defaultdict(lambda: {1: set(), -1: set()})
    g = nx.Graph()
    g.add_nodes_from(nodes)
    for c in claims:
        sign = SIGN.get(c["relation"])
        if sign is None or c["negated"]:
            continue
        a, b = endpoint(c, "source", level), endpoint(c, "target", level)
        if a == b:
            continue
        docs[tuple(sorted((a, b)))][sign].add(independent(c))
    for (a, b), by_sign in sorted(docs.items()):
        pos, neg = len(by_sign[1]), len(by_sign[-1])
        g.add_edge(a, b, positive=pos, negative=neg, weight=pos - neg)
    return g


def frustration(g: nx.Graph, camps: Mapping[str, int | None]) -> list[tuple[str, str, int]]:
    """The ties a partition does not explain: support across camps, opposition inside one."""
    bad = []
    for u, v, w in sorted(g.edges(data="weight")):
        cu, cv = camps.get(u), camps.get(v)
        if cu is None or cv is None or w == 0:
            continue
        if (cu == cv and w < 0) or (cu != cv and w > 0):
            bad.append((u, v, w))
    return bad


def _cost(g: nx.Graph, v: str, camp: set[str]) -> int:
    """Frustration of v's ties if v sat in ``camp``."""
    cost = 0
    for u in g.neighbors(v):
        w = g.edges[u, v]["weight"]
        if u in camp and w < 0:
            cost -= w
        elif u not in camp and w > 0:
            cost += w
    return cost


def find_camps(g: nx.Graph) -> dict[str, int | None]:
    """Camp number per node (0 = largest camp); None for nodes with no signed ties.

    Greedy agglomeration (merge the pair of camps with the largest positive
    net weight between them) followed by single-node moves that strictly
    lower the frustration; ties broken by node name, so the result is
    deterministic.
    """
    signed = sorted(n for n in g.nodes if any(w != 0 for _, _, w in g.edges(n, data="weight")))
    group_of = {n: i for i, n in enumerate(signed)}
    members: dict[int, set[str]] = {i: {n} for i, n in enumerate(signed)}
    while True:
        net: dict[tuple[int, int], int] = defaultdict(int)  # net weight between two camps
        for u, v, w in g.edges(data="weight"):
            a, b = group_of.get(u), group_of.get(v)
            if a is not None and b is not None and a != b:
                net[min(a, b), max(a, b)] += w
        merges = [(-w, min(members[a]), min(members[b]), a, b) for (a, b), w in net.items() if w > 0]
        if not merges:
            break
        *_, a, b = min(merges)
        for n in members.pop(b):
            group_of[n] = a
            members[a].add(n)
    groups = [members[k] for k in sorted(members)]

    for _ in range(100):  # moves strictly lower the frustration, so this ends; the cap is a guard
        moved = False
        for v in signed:
            home = next(k for k, grp in enumerate(groups) if v in grp)
            stay = _cost(g, v, groups[home])
            options = [(_cost(g, v, grp), k) for k, grp in enumerate(groups) if k != home]
            options.append((_cost(g, v, set()), len(groups)))  # a camp of its own
            cost, k = min(options)
            if cost < stay:
                groups[home].discard(v)
                if k == len(groups):
                    groups.append({v})
                else:
                    groups[k].add(v)
                groups = [grp for grp in groups if grp]
                moved = True
        if not moved:
            break

    groups.sort(key=lambda grp: (-len(grp), min(grp)))
    camps: dict[str, int | None] = {n: None for n in g.nodes}
    for k, grp in enumerate(groups):
        for n in grp:
            camps[n] = k
    return camps


def _ties(g: nx.Graph, v: str, label: Callable[[str], str], ties: list[str]) -> str:
    return ", ".join(f"{label(u)} ({g.edges[u, v]['weight']:+d})" for u in ties[:2])


def reasons(g: nx.Graph, camps: Mapping[str, int | None], label: Callable[[str], str] = str) -> dict[str, str]:
    """One line per node saying why it sits where it does: its strongest ties.

    Weights are stories with support minus stories with opposition, so
    "(+6)" reads "six more stories of support than of opposition".
    """
    out = {}
    for v in g.nodes:
        camp = camps.get(v)
        if camp is None:
            out[v] = "unaligned: no supports/opposes claims in view"
            continue
        nbrs = sorted(g.neighbors(v), key=lambda u: (-abs(g.edges[u, v]["weight"]), u))
        allies = [u for u in nbrs if camps.get(u) == camp and g.edges[u, v]["weight"] > 0]
        foes = [u for u in nbrs if camps.get(u) != camp and g.edges[u, v]["weight"] < 0]
        misfits = sum(1 for u in nbrs if camps.get(u) is not None and g.edges[u, v]["weight"] != 0
                      and (camps[u] == camp) != (g.edges[u, v]["weight"] > 0))
        parts = []
        if allies:
            parts.append(f"sides with {_ties(g, v, label, allies)}")
        if foes:
            parts.append(f"against {_ties(g, v, label, foes)}")
        if not allies:
            alone = sum(1 for c in camps.values() if c == camp) == 1
            parts.insert(0, "a camp of its own" if alone else "no direct ally in its camp")
        if misfits:
            parts.append(f"{misfits} tie{'s' if misfits > 1 else ''} at odds with the camps")
        out[v] = f"camp {camp + 1}: " + "; ".join(parts)
    return out


def interaction_graph(claims: Iterable[Mapping], level: str = "party") -> nx.Graph:
    """Undirected graph of every non-negated tie (any relation); ``weight`` = independent stories."""
    docs: dict[tuple[str, str], set] = defaultdict(set)
    for c in claims:
        if c["negated"]:
            continue
        a, b = endpoint(c, "source", level), endpoint(c, "target", level)
        if a != b:
            docs[tuple(sorted((a, b)))].add(independent(c))
    g = nx.Graph()
    for (a, b), ds in sorted(docs.items()):
        g.add_edge(a, b, weight=len(ds))
    return g


def centrality(g: nx.Graph) -> list[dict]:
    """Degree (distinct partners), documents (summed over ties) and betweenness per node.

    Betweenness is unweighted: document counts measure how well attested a
    tie is, not a distance, so they must not lengthen or shorten paths.
    """
    btw = nx.betweenness_centrality(g, normalized=True) if g.number_of_nodes() else {}
    table = [{"node": n, "degree": g.degree(n), "documents": g.degree(n, weight="weight"),
              "betweenness": round(btw.get(n, 0.0), 3)} for n in g.nodes]
    table.sort(key=lambda r: (-r["betweenness"], -r["degree"], r["node"]))
    return table
