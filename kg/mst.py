"""A faster cycle finder for Stanza's dependency decoder, with the same answers.

Profiled on real news with the bundled models, depparse is half of Stanza's
time, and almost half of depparse is not the network but the Chu-Liu-Edmonds
decoder (``stanza.models.common.chuliu_edmonds``), pure Python over numpy.
Most of the decoder is its ``tarjan``: a general strongly-connected-components
search that calls ``np.where(tree == i)`` for every node, so each call is
quadratic in the sentence length, and it runs once per contraction step.

Its input is not a general graph: ``tree[i]`` is the one head of node ``i``.
In such a graph every cycle is found by walking heads from each node, in
linear time.  :func:`head_cycles` returns exactly the list ``tarjan`` returns
(the cycles of two or more nodes, as boolean masks, in the order Tarjan's
search completes them), so the decoder's every later step, and every parse,
is unchanged; ``tests/test_mst.py`` checks that against Stanza's own function
on random graphs and score matrices.  :func:`contract_cycle` replaces the
decoder's contraction step with the same arithmetic and fewer copies.
:func:`speed_up_decoder` swaps both in.
"""
from __future__ import annotations

import numpy as np

_stanza_tarjan = None  # Stanza's own functions, kept for the equivalence tests
_stanza_process_cycle = None


def head_cycles(tree: np.ndarray) -> list[np.ndarray]:
    """The cycles of the head array ``tree``, as ``stanza``'s ``tarjan`` lists them.

    Why the order matches: Tarjan's search starts from nodes 0, 1, 2, ... and
    follows head -> dependent edges.  A node outside a cycle only reaches
    other nodes outside cycles (its dependents), and a cycle's nodes reach
    that cycle and the trees hanging from it, never another cycle.  So each
    cycle is completed during the search started at its smallest node, and
    the cycles come out ordered by their smallest node."""
    heads = tree.tolist()
    n = len(heads)
    state = [0] * n  # 0 not seen, 1 on the walk now, 2 done
    found: list[list[int]] = []
    for start in range(n):
        if state[start]:
            continue
        walk = []
        i = start
        while state[i] == 0:
            state[i] = 1
            walk.append(i)
            i = heads[i]
        if state[i] == 1:  # the walk came back to itself: a new cycle from i on
            cycle = walk[walk.index(i):]
            if len(cycle) > 1:
                found.append(cycle)
        for j in walk:
            state[j] = 2
    found.sort(key=min)
    masks = []
    for cycle in found:
        mask = np.zeros(n, dtype=bool)
        mask[cycle] = True
        masks.append(mask)
    return masks


def contract_cycle(tree: np.ndarray, cycle: np.ndarray, scores: np.ndarray) -> tuple:
    """Stanza's ``process_cycle`` (the subproblem with one cycle contracted to a node), the
    same arithmetic on the same values, without its slow copies.

    Stanza pads the non-cycle scores with ``np.pad`` and takes them with two fancy indexings in
    a row; ``np.pad`` alone was a third of the function's time, called 12,771 times on the dev
    passages.  Here the scores go straight into a zeroed array one row and one column larger
    (what the constant pad makes) through ``np.ix_``; the sums, differences and argmaxes are
    Stanza's own expressions, so every output is equal (``tests/test_mst.py``)."""
    cycle_locs = np.where(cycle)[0]
    cycle_subtree = tree[cycle]
    cycle_scores = scores[cycle, cycle_subtree]
    cycle_score = cycle_scores.sum()
    noncycle = np.logical_not(cycle)
    noncycle_locs = np.where(noncycle)[0]
    metanode_head_scores = scores[np.ix_(cycle_locs, noncycle_locs)] - cycle_scores[:, None] + cycle_score
    metanode_dep_scores = scores[np.ix_(noncycle_locs, cycle_locs)]
    metanode_heads = np.argmax(metanode_head_scores, axis=0)
    metanode_deps = np.argmax(metanode_dep_scores, axis=1)
    n = len(noncycle_locs)
    subscores = np.zeros((n + 1, n + 1), dtype=scores.dtype)
    subscores[:-1, :-1] = scores[np.ix_(noncycle_locs, noncycle_locs)]
    subscores[-1, :-1] = metanode_head_scores[metanode_heads, np.arange(n)]
    subscores[:-1, -1] = metanode_dep_scores[np.arange(n), metanode_deps]
    return subscores, cycle_locs, noncycle_locs, metanode_heads, metanode_deps


def speed_up_decoder() -> None:
    """Make Stanza's Chu-Liu-Edmonds decoder use :func:`head_cycles` and
    :func:`contract_cycle` (idempotent)."""
    global _stanza_tarjan, _stanza_process_cycle
    from stanza.models.common import chuliu_edmonds

    if chuliu_edmonds.tarjan is not head_cycles:
        _stanza_tarjan = chuliu_edmonds.tarjan
        chuliu_edmonds.tarjan = head_cycles
    if chuliu_edmonds.process_cycle is not contract_cycle:
        _stanza_process_cycle = chuliu_edmonds.process_cycle
        chuliu_edmonds.process_cycle = contract_cycle


def stanza_tarjan():
    """Stanza's original cycle finder, whether or not it has been replaced."""
    from stanza.models.common import chuliu_edmonds

    return _stanza_tarjan or chuliu_edmonds.tarjan


def stanza_process_cycle():
    """Stanza's original ``process_cycle``, whether or not it has been replaced."""
    from stanza.models.common import chuliu_edmonds

    return _stanza_process_cycle or chuliu_edmonds.process_cycle
