"""kg.mst: the linear cycle finder gives Stanza's decoder exactly the answers of its own tarjan."""
import numpy as np
import pytest

from kg.mst import head_cycles, speed_up_decoder, stanza_tarjan

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


def test_decoder_gives_the_same_trees_with_the_fast_cycle_finder():
    rng = np.random.default_rng(11)
    scores = [rng.normal(size=(n, n)).astype(np.float32) for n in rng.integers(2, 60, size=300)]
    original, prev = stanza_tarjan(), ce.tarjan
    ce.tarjan = original
    try:
        before = [ce.chuliu_edmonds_one_root(s).tolist() for s in scores]
        speed_up_decoder()
        speed_up_decoder()  # idempotent
        assert ce.tarjan is head_cycles and stanza_tarjan() is original
        after = [ce.chuliu_edmonds_one_root(s).tolist() for s in scores]
    finally:
        ce.tarjan = prev
    assert before == after
