"""Parallel ingest: N parsing processes, the same store as a serial run (issue 5)."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from conftest import RECORDED, SEEDS
from kg.ingest import ingest
from kg.nlp import Parser, Sentence, bundled_available, from_conllu
from kg.parallel import parse_documents, portable
from kg.store import open_store
from kg.text import read_documents


class ReplayParser(Parser):
    """A parser that misses its cache like a fresh one and "parses" by replaying the
    recorded parses (slowly, like Stanza), noting which process did the work."""

    def __init__(self, recorded: Path, cache: Path):
        self.kind = "replay"
        self.models_id = "recorded"
        self.recorded = Path(recorded)
        self.cache = Path(cache)
        self._nlp = None
        self.threads = None
        self.stanza_seconds = 0.0
        self.stage_seconds = {}

    def parse_uncached(self, text: str, key: str) -> list[Sentence]:
        time.sleep(0.2)
        self.cache.mkdir(parents=True, exist_ok=True)
        (self.cache / f"{key}.pid").write_text(str(os.getpid()))
        return from_conllu((self.recorded / f"{key}.conllu").read_text(encoding="utf-8"))


def sorted_nquads(store) -> list[str]:
    """The store's N-Quads, sorted, blank node labels blanked: the ontology graphs'
    blank nodes get fresh labels in every store (document graphs have none)."""
    text = store.dump(ox.RdfFormat.N_QUADS).decode("utf-8")
    return sorted(re.sub(r"_:[A-Za-z0-9]+", "_:b", line) for line in text.splitlines() if line)


def test_parallel_ingest_equals_serial_ingest(tmp_path):
    serial = open_store(tmp_path / "serial")
    s1 = ingest([SEEDS], serial, parser=ReplayParser(RECORDED, tmp_path / "cache1"))
    parallel = open_store(tmp_path / "parallel")
    p2 = ReplayParser(RECORDED, tmp_path / "cache2")
    s2 = ingest([SEEDS], parallel, parser=p2, workers=2)
    assert (s1.documents, s1.sentences, s1.claims) == (s2.documents, s2.sentences, s2.claims) == (5, s1.sentences, s1.claims)
    assert sorted_nquads(serial) == sorted_nquads(parallel)
    # the parses really ran in other processes, and their time is accounted for
    pids = {int(p.read_text()) for p in (tmp_path / "cache2").glob("*.pid")}
    assert len(list((tmp_path / "cache2").glob("*.pid"))) == 5
    assert pids and os.getpid() not in pids
    assert s2.stanza_seconds >= 5 * 0.2 - 0.05


def test_cached_documents_are_not_sent_to_workers(tmp_path):
    cache = tmp_path / "cache"
    p = ReplayParser(RECORDED, cache)
    docs = read_documents([SEEDS])
    p.parse(docs[0].text, docs[0].text_hash)  # one in the cache already, in this process
    got = list(parse_documents(docs, p, workers=2))
    assert [len(s) for s in got] == [len(p.parse(d.text, d.text_hash)) for d in docs]
    assert int((cache / f"{docs[0].text_hash}.pid").read_text()) == os.getpid()
    assert all(int((cache / f"{d.text_hash}.pid").read_text()) != os.getpid() for d in docs[1:])


def test_stopping_early_does_not_hang(tmp_path):
    p = ReplayParser(RECORDED, tmp_path / "cache")
    gen = parse_documents(read_documents([SEEDS]), p, workers=2)
    t0 = time.monotonic()
    assert next(gen)
    gen.close()
    assert time.monotonic() - t0 < 60


def test_workers_get_a_parser_without_a_loaded_pipeline(tmp_path):
    p = Parser.__new__(Parser)
    p.__dict__.update(kind="bundled", models_id="m", cache=tmp_path, _nlp=object(), stanza_seconds=3.0,
                      threads=None, stage_seconds={"pos": 1.0})
    clone = portable(p)
    assert clone._nlp is None and clone.stanza_seconds == 0.0 and clone.cache == tmp_path
    assert clone.stage_seconds == {"pos": 0.0} and p.stage_seconds == {"pos": 1.0}
    assert p._nlp is not None


def test_cli_ingest_has_a_workers_option():
    r = subprocess.run([sys.executable, "-m", "kg.cli", "ingest", "--help"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and "--workers" in r.stdout


@pytest.mark.slow
@pytest.mark.skipif(not bundled_available(), reason="bundled Stanza models not in kg/models/ar (run `kg models train`)")
def test_parallel_stanza_ingest_equals_serial(tmp_path):
    """The real thing: two seeds parsed by Stanza in 2 processes vs in this one."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for p in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(p, docs / p.name)
    serial = open_store(tmp_path / "serial")
    s1 = ingest([docs], serial, parser=Parser("bundled", cache=tmp_path / "c1"))
    parallel = open_store(tmp_path / "parallel")
    s2 = ingest([docs], parallel, parser=Parser("bundled", cache=tmp_path / "c2"), workers=2)
    assert s1.documents == s2.documents == 2
    assert s2.stanza_seconds > 0
    assert sorted_nquads(serial) == sorted_nquads(parallel)
