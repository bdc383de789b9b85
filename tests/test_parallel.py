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


class LoadCountingParser(ReplayParser):
    """Notes each pipeline load and each batch with the process that did it."""

    @property
    def nlp(self):
        if self._nlp is None:
            self.cache.mkdir(parents=True, exist_ok=True)
            with open(self.cache / "loads", "a", encoding="ascii") as f:
                f.write(f"{os.getpid()}\n")
            self._nlp = object()
        return self._nlp

    def parse_uncached_many(self, texts, keys):
        self.nlp  # noqa: B018 - what a real parser does first
        with open(self.cache / "batches", "a", encoding="ascii") as f:
            f.write(f"{os.getpid()}\n")
        return [self.parse_uncached(t, k) for t, k in zip(texts, keys)]


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


def test_each_worker_loads_the_models_once(tmp_path):
    cache = tmp_path / "cache"
    p = LoadCountingParser(RECORDED, cache)
    docs = read_documents([SEEDS])
    got = list(parse_documents(docs, p, workers=2))
    assert len(got) == 5
    loads = (cache / "loads").read_text().split()
    batches_by = (cache / "batches").read_text().split()
    assert os.getpid() not in map(int, loads)  # the main process loaded nothing
    assert sorted(loads) == sorted(set(loads)) == sorted(set(batches_by))  # one load per worker that parsed
    assert len(batches_by) > len(loads)  # and some worker parsed more than one batch with it


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


def test_cli_ingest_has_workers_threads_and_summary_options():
    r = subprocess.run([sys.executable, "-m", "kg.cli", "ingest", "--help"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and all(o in r.stdout for o in ("--workers", "--threads", "--summary"))


def test_cli_ingest_refuses_a_bad_workers_value_before_touching_the_store(tmp_path):
    r = subprocess.run([sys.executable, "-m", "kg.cli", "ingest", str(SEEDS), "--store", str(tmp_path / "s"),
                        "--workers", "many"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 1 and "--workers must be a positive number or 'auto'" in r.stderr
    assert not (tmp_path / "s").exists()


def test_cli_ingest_summary_file(tmp_path):
    """--summary writes what was done as JSON (the recorded parses as the cache: no Stanza run)."""
    import json

    cache = tmp_path / "cache"
    models = Parser("bundled", cache=cache / "parses").cache
    models.mkdir(parents=True)
    for f in RECORDED.glob("*.conllu"):
        shutil.copy(f, models / f.name)
    env = {**os.environ, "KG_CACHE": str(cache), "KG_MODELS": "bundled"}
    r = subprocess.run([sys.executable, "-m", "kg.cli", "ingest", str(SEEDS), "--store", str(tmp_path / "s"),
                        "--summary", str(tmp_path / "sum.json")], capture_output=True, text=True, timeout=300, env=env)
    assert r.returncode == 0, r.stderr[-2000:]
    summary = json.loads((tmp_path / "sum.json").read_text(encoding="utf-8"))
    assert summary["documents"] == 5 and summary["claims"] > 0 and summary["workers"] == 0
    assert set(summary["stage_seconds"]) == {"tokenize", "pos", "lemma", "depparse"}


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


# ------------------------------------------------------------ plan and batches
from kg.parallel import AUTO_MIN_CHARS, WORKER_BYTES, batches, parse_workers, plan  # noqa: E402


def test_plan_never_oversubscribes_the_cores():
    for cores in (1, 2, 3, 4, 8, 16):
        for workers in ("auto", 1, 2, 3, 8):
            n, t = plan(workers, None, texts=100, chars=10**6, cores=cores, busy=0.0)
            if workers != "auto" and workers > cores:
                assert t == 1  # the user asked for more processes than cores: one thread each
            else:
                assert n * t <= cores, (cores, workers, n, t)


def test_plan_auto_takes_a_worker_per_core_when_there_is_text_and_memory():
    assert plan("auto", None, texts=80, chars=140_000, cores=2, busy=0.0) == (2, 1)
    assert plan("auto", None, texts=80, chars=140_000, cores=8, memory=3 * WORKER_BYTES, busy=0.0) == (3, 2)
    # little text: not worth a second process loading the models; the one process takes the cores
    assert plan("auto", None, texts=3, chars=AUTO_MIN_CHARS + 10, cores=2, busy=0.0) == (1, 2)
    assert plan("auto", None, texts=1, chars=10**6, cores=8, busy=0.0) == (1, 8)  # one text is one process's work


def test_plan_gives_one_thread_when_the_cores_are_busy_and_honours_explicit_threads():
    assert plan(1, None, texts=10, chars=10**5, cores=2, busy=0.2) == (1, 2)
    assert plan(1, None, texts=10, chars=10**5, cores=2, busy=1.6) == (1, 1)
    assert plan(1, None, texts=10, chars=10**5, cores=8, busy=5.0) == (1, 3)
    assert plan(2, 3, texts=10, chars=10**5, cores=2, busy=0.0) == (2, 3)


def test_workers_option_values():
    assert parse_workers("auto") == "auto" and parse_workers("3") == 3
    for bad in ("0", "-1", "two", ""):
        with pytest.raises(ValueError, match="--workers"):
            parse_workers(bad)
    with pytest.raises(ValueError):
        plan(0, None, 1, 1, cores=2, busy=0.0)


def test_batches_keep_document_order_and_the_size_limit():
    docs = read_documents([SEEDS])
    limit = max(len(d.text) for d in docs) + 1
    got = batches(docs, limit)
    assert [d for b in got for d in b] == docs
    assert all(len(b) == 1 or sum(len(d.text) for d in b) <= limit for b in got)
    assert len(batches(docs, 1)) == len(docs) and len(batches(docs, 10**9)) == 1


def test_serial_batched_parse_gives_every_document_its_own_parse(tmp_path):
    """Batches in one process: each document gets its recorded parse, duplicates and cache hits too."""
    docs = read_documents([SEEDS])
    docs = docs + docs[:2]  # the same texts again (other doc ids in a real corpus)
    p = ReplayParser(RECORDED, tmp_path / "cache")
    p.parse(docs[3].text, docs[3].text_hash)  # cached already
    report: dict = {}
    got = list(parse_documents(docs, p, workers=1, report=report))
    want = [from_conllu((RECORDED / f"{d.text_hash}.conllu").read_text(encoding="utf-8")) for d in docs]
    assert got == want
    assert report == {"workers": 1, "threads": report["threads"]} and report["threads"] >= 1


# ------------------------------------------------------ workers die with parent
DYING_PARENT = r'''
import os, sys, time
from pathlib import Path
sys.path[:0] = [{tests!r}]
from test_parallel import ReplayParser
from kg.parallel import parse_documents
from kg.text import read_documents

class SlowParser(ReplayParser):
    def parse_uncached(self, text, key):
        self.cache.mkdir(parents=True, exist_ok=True)
        (self.cache / f"{{key}}.pid").write_text(str(os.getpid()))
        time.sleep(120)  # a long parse: the worker is busy when its parent dies

if __name__ == "__main__":
    p = SlowParser({recorded!r}, {cache!r})
    for _ in parse_documents(read_documents([{seeds!r}]), p, workers=2):
        pass
'''


def alive(pid: int) -> bool:
    """Running, or stopped: anything but gone or a zombie waiting to be reaped."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads process states from /proc")
@pytest.mark.parametrize("sig", ["SIGKILL", "SIGTERM"])
def test_workers_die_with_their_parent(tmp_path, sig):
    """Regression (issue 12, item 8): kill -9 or SIGTERM of an ingest with --workers 2
    left its workers blocked, about 500 MB each; they must exit when the parent goes."""
    import signal

    cache = tmp_path / "cache"
    script = tmp_path / "parent.py"
    script.write_text(DYING_PARENT.format(tests=str(Path(__file__).parent), recorded=str(RECORDED),
                                          cache=str(cache), seeds=str(SEEDS)), encoding="utf-8")
    parent = subprocess.Popen([sys.executable, str(script)], cwd=tmp_path)
    try:
        deadline = time.monotonic() + 120
        while len(list(cache.glob("*.pid"))) < 2:  # both workers are inside a parse
            assert parent.poll() is None, "the parent died before its workers started"
            assert time.monotonic() < deadline, "the workers never started parsing"
            time.sleep(0.2)
        workers = {int(f.read_text()) for f in cache.glob("*.pid")}
        assert len(workers) == 2 and parent.pid not in workers
        parent.send_signal(getattr(signal, sig))
        parent.wait(timeout=30)
        deadline = time.monotonic() + 15
        while any(alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not [w for w in workers if alive(w)], f"workers outlived their parent ({sig})"
    finally:
        parent.kill()
        for f in cache.glob("*.pid"):
            try:
                os.kill(int(f.read_text()), signal.SIGKILL)
            except ProcessLookupError:
                pass


def cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:  # gone meanwhile
        return b""


def children(pid: int) -> set[int]:
    """The live child processes of ``pid`` (from /proc)."""
    out = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            out.add(int(stat.parent.name))
    return out


@pytest.mark.slow
@pytest.mark.skipif(not bundled_available(), reason="bundled Stanza models not in kg/models/ar (run `kg models train`)")
@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads process states from /proc")
def test_workers_die_with_their_parent_kg_ingest_cli(tmp_path):
    """The same regression through the real command: kill -9 of `kg ingest --workers 2`
    while its two workers load the models or parse; they exit too."""
    import signal

    env = {**os.environ, "KG_CACHE": str(tmp_path / "cache"), "KG_MODELS": "bundled"}
    workers: set = set()
    kg = subprocess.Popen([sys.executable, "-m", "kg.cli", "ingest", str(SEEDS), "--store", str(tmp_path / "s"),
                           "--workers", "2"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while len(workers) < 2:  # the pool's two workers (besides multiprocessing's resource tracker)
            assert kg.poll() is None, "kg ingest ended before its workers could be seen"
            assert time.monotonic() < deadline, "no workers started"
            workers = {c for c in children(kg.pid) if b"spawn_main" in cmdline(c)}
            time.sleep(0.1)
        kg.send_signal(signal.SIGKILL)
        kg.wait(timeout=30)
        deadline = time.monotonic() + 15
        while any(alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not [w for w in workers if alive(w)], "workers outlived kg ingest"
    finally:
        kg.kill()
        for w in workers:  # when the test fails: leave nothing behind
            if alive(w):
                os.kill(w, signal.SIGKILL)
