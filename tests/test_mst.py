"""kg.mst: the linear cycle finder gives Stanza's decoder exactly the answers of its own tarjan."""
import numpy as np
import pytest

from kg.mst import contract_cycle, head_cycles, speed_up_decoder, stanza_process_cycle, stanza_tarjan

ce = pytest.importorskip("stanza.models.common.chuliu_edmonds")


def same_cycles(a: list, b: list) -> bool:
    return len(a) == len(b) and all(x.dtype == y.dtype and np.array_equal(x, y) for x, y in zip(a, b))


def test_head_cycles_lists_what_stanza_tarjan_lists_on_random_head_arrays():
    rng = np.random.default_rng(5)
    tarjan = stanza_tarjan()
    with_cycles = 0
    for _ in range(3000):
        n = int(rng.integers(1, 40))
        tree = rng.integers(0, n, size=n)
        tree[0] = 0
        ours, theirs = head_cycles(tree), tarjan(tree)
        assert same_cycles(ours, theirs), tree.tolist()
        with_cycles += len(theirs) > 1
    assert with_cycles > 100  # several cycles at once, so the order was tested too


def test_head_cycles_examples_from_stanza_docstring():
    assert head_cycles(np.array([0, 4, 4, 4, 0])) == []
    got = head_cycles(np.array([0, 3, 1, 2]))
    assert len(got) == 1 and got[0].tolist() == [False, True, True, True]


def test_decoder_gives_the_same_trees_with_the_fast_cycle_finder_and_contraction():
    rng = np.random.default_rng(11)
    scores = [rng.normal(size=(n, n)).astype(np.float32) for n in rng.integers(2, 60, size=300)]
    original, prev = (stanza_tarjan(), stanza_process_cycle()), (ce.tarjan, ce.process_cycle)
    ce.tarjan, ce.process_cycle = original
    try:
        before = [ce.chuliu_edmonds_one_root(s.copy()).tolist() for s in scores]
        speed_up_decoder()
        speed_up_decoder()  # idempotent
        assert ce.tarjan is head_cycles and ce.process_cycle is contract_cycle
        assert (stanza_tarjan(), stanza_process_cycle()) == original
        after = [ce.chuliu_edmonds_one_root(s.copy()).tolist() for s in scores]
    finally:
        ce.tarjan, ce.process_cycle = prev
    assert before == after


def test_contract_cycle_returns_what_stanza_process_cycle_returns():
    """Every output equal, dtype included, on score matrices with ties (rounded scores) and without."""
    rng = np.random.default_rng(3)
    process_cycle, tarjan = stanza_process_cycle(), stanza_tarjan()
    tried = 0
    for k in range(1500):
        n = int(rng.integers(3, 50))
        scores = rng.normal(size=(n, n)).astype(np.float32)
        if k % 3 == 0:
            scores = np.round(scores)  # ties: argmax must break them as Stanza does
        ce.prepare_scores(scores)
        tree = np.argmax(scores, axis=1)
        for cycle in tarjan(tree):
            theirs, ours = process_cycle(tree, cycle, scores), contract_cycle(tree, cycle, scores)
            for a, b in zip(theirs, ours):
                assert a.dtype == b.dtype and np.array_equal(a, b)
            tried += 1
    assert tried > 500
