"""Ingest on a Dask cluster into a shared SPARQL server (issue 14).

A real LocalCluster (2 worker processes, loopback) and a real Oxigraph server
on loopback.  Scheduling tests use a stub parser (recorded or whitespace
parses, slowed down like Stanza, noting which process did what) so they run
in seconds; the last test runs the real path, `kg ingest --cluster local:2`
with the bundled Stanza models, end to end.
"""
from __future__ import annotations

import hashlib
import os
import signal
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from distributed import Client, LocalCluster

from conftest import RECORDED, SEEDS, whitespace_sentence
import kg.cluster
from kg.cluster import ClusterError, ParserPlugin, check_address, cluster_ingest, process_document
from kg.export import claims, claims_jsonl
from kg.ingest import ingest
from kg.nlp import STAGES, ModelsError, Parser, RecordedParser, Sentence, bundled_available, from_conllu
from kg.serve import stop_process
from kg.store import open_store
from kg.text import read_documents
from test_store_sparql import nquads_modulo_bnodes, start_oxigraph

ROOT = Path(__file__).resolve().parent.parent
# sentences written for these tests (not from any news source)
SENTENCES = ["أعلن المجلس الرئاسي تأييده لاتفاق الهدنة في طرابلس.",
             "رفض البرلمان بيان الحكومة حول الميزانية الجديدة.",
             "التقى وزير الخارجية المبعوث الأممي في القاهرة يوم الأحد.",
             "دعا الاتحاد الأوروبي الأطراف الليبية إلى الحوار."]


class StubParser(Parser):
    """Misses its cache like a fresh parser and "parses" slowly, like Stanza: the
    recorded parse of a seed, else one whitespace sentence per line.  Each try is
    noted in ``log`` as ``<text hash>.<start|done>.<pid>.<n>``; a text containing
    ``fail_word`` raises on every try."""

    def __init__(self, cache: Path, log: Path, delay_s: float = 0.2, fail_word: str | None = None):
        self.kind, self.models_id = "stub", "recorded"
        self.cache, self.log = Path(cache), Path(log)
        self.delay_s, self.fail_word = delay_s, fail_word
        self._nlp = None
        self.stanza_seconds = 0.0
        self.threads = None
        self.stage_seconds = dict.fromkeys(STAGES, 0.0)

    def note(self, key: str, what: str) -> None:
        self.log.mkdir(parents=True, exist_ok=True)
        (self.log / f"{key}.{what}.{os.getpid()}.{time.monotonic_ns()}").touch()

    def parse_uncached(self, text: str, key: str) -> list[Sentence]:
        self.note(key, "start")
        if self.fail_word and self.fail_word in text:
            raise ValueError(f"cannot parse a text with {self.fail_word}")
        time.sleep(self.delay_s)
        recorded = RECORDED / f"{key}.conllu"
        if recorded.exists():
            sents = from_conllu(recorded.read_text(encoding="utf-8"))
        else:
            sents, pos = [], 0
            for i, line in enumerate(text.split("\n")):
                if line.strip():
                    s = whitespace_sentence(line)
                    s.index, s.start, s.end = len(sents), s.start + pos, s.end + pos
                    for t in s.tokens:
                        t.start, t.end = t.start + pos, t.end + pos
                    sents.append(s)
                pos += len(line) + 1
        self.note(key, "done")
        return sents


def tries(log: Path, text: str, what: str = "start") -> list[int]:
    """The pids of the processes that started (or finished) parsing ``text``, one per try."""
    key = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return [int(p.name.split(".")[2]) for p in log.glob(f"{key}.{what}.*")]


def write_docs(folder: Path, n: int, extra: dict[str, str] | None = None) -> Path:
    """``n`` small documents of our own sentences (each text different), plus ``extra``."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        lines = [SENTENCES[(i + k) % len(SENTENCES)] for k in range(3)] + [f"وقال المتحدث في المؤتمر رقم {i + 1}."]
        (folder / f"doc{i:02d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for name, text in (extra or {}).items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def dask_cluster():
    """Two single-threaded worker processes on loopback, with nannies (a killed worker is restarted)."""
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                           dashboard_address="127.0.0.1:0")
    try:
        yield cluster
    finally:
        cluster.close()


@pytest.fixture()
def server(tmp_path):
    """A fresh writable Oxigraph server on loopback for one test."""
    proc, url = start_oxigraph(tmp_path)
    try:
        yield url
    finally:
        stop_process(proc, grace_s=10)


def stored_ids(store) -> set[str]:
    return set(store.document_hashes())


def test_cluster_ingest_into_a_sparql_server_equals_a_serial_ingest(dask_cluster, server, tmp_path):
    serial = open_store(tmp_path / "serial")
    s1 = ingest([SEEDS], serial, parser=StubParser(tmp_path / "c1", tmp_path / "log1"))
    remote = open_store(server)
    log = tmp_path / "log2"
    seen = []
    s2 = ingest([SEEDS], remote, parser=StubParser(tmp_path / "c2", log), cluster=dask_cluster.scheduler_address,
                batch_docs=2, progress=lambda d, n: seen.append((d.doc_id, n)))
    assert (s2.documents, s2.sentences, s2.claims, s2.negated) == (s1.documents, s1.sentences, s1.claims, s1.negated)
    assert s2.documents == 5 and s2.failed == {} and not s2.interrupted
    assert s2.transactions == 4 and s2.written == 5  # batches of 2 documents, then the regrouped stories
    assert claims_jsonl(remote).encode("utf-8") == claims_jsonl(serial).encode("utf-8")  # byte-identical export
    assert len(claims(remote)) == s1.claims + s1.negated > 0
    assert nquads_modulo_bnodes(remote) == nquads_modulo_bnodes(serial)
    assert s2.per_document == s1.per_document
    # every document was parsed once, in the two worker processes, not here
    docs = read_documents([SEEDS])
    pids = [p for d in docs for p in tries(log, d.text, "done")]
    assert len(pids) == 5 and os.getpid() not in pids and len(set(pids)) == 2
    # progress counted documents and sentences
    assert sorted(d for d, _ in seen) == sorted(s1.per_document) and sum(n for _, n in seen) == s1.sentences
    # the same ingest again: nothing to do, nothing sent to the cluster
    s3 = ingest([SEEDS], remote, parser=StubParser(tmp_path / "c3", tmp_path / "log3"),
                cluster=dask_cluster.scheduler_address)
    assert (s3.documents, s3.skipped) == (0, 5) and not (tmp_path / "log3").exists()


def test_killing_a_worker_mid_run_still_stores_every_document(dask_cluster, tmp_path):
    folder = write_docs(tmp_path / "docs", 10)
    store = open_store(tmp_path / "store")
    log = tmp_path / "log"
    client = Client(dask_cluster)
    killed: list[int] = []

    def busy(pid: int) -> bool:
        """Whether ``pid`` has started a document it has not finished."""
        started = {p.name.split(".")[0] for p in log.glob(f"*.start.{pid}.*")}
        return bool(started - {p.name.split(".")[0] for p in log.glob(f"*.done.{pid}.*")})

    def kill_one(d, n) -> None:
        if not killed:  # the first document is back: kill a worker in the middle of its next one
            pid = sorted(client.run(os.getpid).values())[0]
            deadline = time.monotonic() + 10
            while not busy(pid) and time.monotonic() < deadline:
                time.sleep(0.05)
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    try:
        summary = cluster_ingest(read_documents([folder]), store, client, batch_docs=3, progress=kill_one,
                                 parser=StubParser(tmp_path / "cache", log, delay_s=1.0))
    finally:
        client.close()
    assert killed
    assert summary.failed == {} and summary.documents == 10
    assert stored_ids(store) == {f"doc{i:02d}" for i in range(10)}
    # the killed worker had started a document it never finished: Dask ran it again elsewhere
    docs = read_documents([folder])
    lost = [d for d in docs if killed[0] in tries(log, d.text) and killed[0] not in tries(log, d.text, "done")]
    assert lost
    assert all(tries(log, d.text, "done") and killed[0] not in tries(log, d.text, "done") for d in lost)


def test_a_document_that_always_fails_is_reported_and_the_others_stored(dask_cluster, server, tmp_path):
    folder = write_docs(tmp_path / "docs", 4, extra={"broken": "نص فيه كلمة مستحيلة لا يقرؤها المحلل.\n"})
    store = open_store(server)
    log = tmp_path / "log"
    summary = ingest([folder], store, cluster=dask_cluster.scheduler_address,
                     parser=StubParser(tmp_path / "cache", log, fail_word="مستحيلة"))
    assert summary.failed == {"broken": "ValueError: cannot parse a text with مستحيلة"}
    assert summary.documents == 4 and summary.written == 4
    assert stored_ids(store) == {"doc00", "doc01", "doc02", "doc03"}
    broken = (folder / "broken.txt").read_text(encoding="utf-8")
    assert len(tries(log, broken)) == 3  # the first try and Dask's two retries
    # re-running the same ingest finishes the job (here: the parser no longer fails), skipping what is stored
    again = ingest([folder], store, cluster=dask_cluster.scheduler_address,
                   parser=StubParser(tmp_path / "cache", log))
    assert (again.documents, again.skipped, again.failed) == (1, 4, {})
    assert stored_ids(store) == {"doc00", "doc01", "doc02", "doc03", "broken"}


def test_ctrl_c_commits_the_documents_already_back(dask_cluster, tmp_path):
    folder = write_docs(tmp_path / "docs", 12)
    store = open_store(tmp_path / "store")
    back: list[str] = []

    def interrupt_after_two(d, n) -> None:
        back.append(d.doc_id)
        if len(back) == 2:
            raise KeyboardInterrupt

    t0 = time.monotonic()
    summary = ingest([folder], store, cluster=dask_cluster.scheduler_address, batch_docs=100,
                     progress=interrupt_after_two, parser=StubParser(tmp_path / "cache", tmp_path / "log", delay_s=0.5))
    assert time.monotonic() - t0 < 30  # did not wait for the other ten
    assert summary.interrupted and summary.written == 2 and summary.documents == 2
    assert stored_ids(store) == set(back)
    assert {c["doc"] for c in claims(store)} <= set(back)


def test_batches_commit_whole_documents_and_a_crash_keeps_the_committed_ones(tmp_path, seeds_store):
    docs = read_documents([SEEDS])
    partial = tmp_path / "parses"
    partial.mkdir()
    for d in docs[:3] + docs[4:]:  # the fourth document's parse is missing: the ingest fails there
        shutil.copy(RECORDED / f"{d.text_hash}.conllu", partial)
    store = open_store(tmp_path / "store")
    with pytest.raises(Exception, match="no recorded parse"):
        ingest([SEEDS], store, parser=RecordedParser(partial), batch_docs=2)
    first_two = {d.doc_id for d in docs[:2]}
    assert stored_ids(store) == first_two  # the first batch; the third document was not committed
    assert claims(store) == [c for c in claims(seeds_store) if c["doc"] in first_two]
    # batch_docs=0: one transaction, nothing written
    empty = open_store(tmp_path / "store0")
    with pytest.raises(Exception, match="no recorded parse"):
        ingest([SEEDS], empty, parser=RecordedParser(partial), batch_docs=0)
    assert stored_ids(empty) == set()
    # and re-running with every parse finishes the job
    done = ingest([SEEDS], store, parser=RecordedParser(RECORDED), batch_docs=2)
    assert (done.documents, done.skipped, done.transactions) == (3, 2, 2)
    assert claims_jsonl(store) == claims_jsonl(seeds_store)


@pytest.mark.parametrize("address", ["local:0", "local:x", "local:", " "])
def test_bad_cluster_addresses_are_refused_before_anything_starts(address):
    with pytest.raises(ClusterError, match="local:N|local:4"):
        check_address(address)


def test_cli_refuses_a_bad_cluster_before_opening_the_store(tmp_path):
    env = {**os.environ, "KG_CLUSTER": "local:0", "KG_CACHE": str(tmp_path / "cache")}
    r = subprocess.run([sys.executable, "-m", "kg.cli", "ingest", str(SEEDS), "--store", str(tmp_path / "s")],
                       capture_output=True, text=True, timeout=120, env=env)
    assert r.returncode == 1 and "local:0" in r.stderr and "local:4" in r.stderr
    assert not (tmp_path / "s").exists()
    r = subprocess.run([sys.executable, "-m", "kg.cli", "ingest", str(SEEDS), "--store", str(tmp_path / "s"),
                        "--workers", "2", "--cluster", "local:2"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 1 and "give one" in r.stderr and not (tmp_path / "s").exists()


@pytest.mark.slow
@pytest.mark.skipif(not bundled_available(), reason="bundled Stanza models not in kg/models/ar (run `kg models train`)")
def test_cli_cluster_ingest_with_stanza_equals_serial(server, tmp_path, parser):
    """The real path: `kg ingest --cluster local:2 --store http://...`, Stanza on two
    worker processes with a cold cache, against a serial ingest of the same seeds."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for p in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(p, docs / p.name)
    serial = open_store(tmp_path / "serial")
    ingest([docs], serial, parser=parser)
    env = {**os.environ, "KG_CACHE": str(tmp_path / "cold-cache"), "KG_MODELS": "bundled", "OMP_NUM_THREADS": "1"}
    r = subprocess.run([sys.executable, "-m", "kg.cli", "ingest", str(docs), "--store", server, "--cluster", "local:2",
                        "--batch-docs", "1"], capture_output=True, text=True, timeout=600, env=env, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "2 documents ingested" in r.stdout
    assert len(list((tmp_path / "cold-cache").rglob("*.conllu"))) == 2  # the workers parsed and cached them
    exported = subprocess.run([sys.executable, "-m", "kg.cli", "export", "--store", server], capture_output=True,
                              timeout=120, env=env)
    assert exported.returncode == 0
    assert exported.stdout == claims_jsonl(serial).encode("utf-8") and exported.stdout


class FakeWorker:
    address = "tcp://10.0.0.9:40000"


def test_workers_use_the_clients_cache_only_where_it_exists(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE", str(tmp_path / "worker-cache"))
    shared = tmp_path / "shared" / "recorded"
    shared.mkdir(parents=True)
    here = ParserPlugin(StubParser(shared, tmp_path / "log"))
    here.setup(FakeWorker())
    assert here.parser.cache == shared and here.problem is None  # same machine or a shared mount
    elsewhere = ParserPlugin(StubParser(tmp_path / "on-the-client-only" / "recorded", tmp_path / "log"))
    elsewhere.setup(FakeWorker())
    assert elsewhere.parser.cache == tmp_path / "worker-cache" / "parses" / "recorded"


def test_a_worker_with_other_models_refuses_to_parse(tmp_path, monkeypatch):
    p = Parser.__new__(Parser)
    p.__dict__.update(kind="bundled", models_id="kg-bundled-ar-000000000000", cache=tmp_path, _nlp=None,
                      stanza_seconds=0.0, threads=None, stage_seconds=dict.fromkeys(STAGES, 0.0))
    plugin = ParserPlugin(p)
    plugin.setup(FakeWorker())
    assert plugin.problem and "kg-bundled-ar-000000000000" in plugin.problem and "10.0.0.9" in plugin.problem
    worker = FakeWorker()
    worker.plugins = {"kg-parser-x": plugin}
    monkeypatch.setattr(kg.cluster, "get_worker", lambda: worker)
    with pytest.raises(ModelsError, match="install the same kg and models"):
        process_document(read_documents([SEEDS])[0], "kg-parser-x")


@pytest.mark.parametrize("interrupted", [False, True])
def test_cli_names_failed_documents_and_exits_non_zero(tmp_path, monkeypatch, interrupted):
    from typer.testing import CliRunner

    import kg.ingest
    from kg.cli import app
    from kg.ingest import IngestSummary

    def fake_ingest(paths, store, **kw):
        assert kw["cluster"] == "local:2" and kw["batch_docs"] == 7
        kw["progress"](read_documents([SEEDS])[0], 12)
        return IngestSummary(documents=4, written=4, failed={"broken": "ValueError: cannot parse"},
                             interrupted=interrupted)

    monkeypatch.setattr(kg.ingest, "ingest", fake_ingest)
    r = CliRunner().invoke(app, ["ingest", str(SEEDS), "--store", str(tmp_path / "s"), "--batch-docs", "7"],
                           env={"KG_CLUSTER": "local:2"})
    assert "4 documents ingested" in r.stdout
    assert "failed: broken: ValueError: cannot parse" in r.stderr
    if interrupted:
        assert r.exit_code == 130 and "interrupted: 4 documents written" in r.stderr
    else:
        assert r.exit_code == 1 and "1 documents failed on every try" in r.stderr and "Re-run" in r.stderr


def test_bench_writes_synthetic_documents_locally_and_over_http(tmp_path):
    """bench/ingest_cluster.py's write part runs and writes every document both ways (its speed is its own business)."""
    import json

    out = tmp_path / "r.json"
    r = subprocess.run([sys.executable, str(ROOT / "bench" / "ingest_cluster.py"), "--skip-ingest", "--synth", "12",
                        "--batch", "5", "--out", str(out)], capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert r.returncode == 0, r.stderr[-2000:]
    res = json.loads(out.read_text())
    for where in ("write_local", "write_http_oxigraph"):
        assert res[where]["documents"] == 12 and res[where]["transactions"] == 3 and res[where]["triples"] > 12 * 500


def _worker_settings() -> tuple:
    import dask

    return (os.environ.get("MALLOC_TRIM_THRESHOLD_"), os.environ.get("OMP_NUM_THREADS"),
            dask.config.get("distributed.worker.profile.enabled"))


def test_local_cluster_workers_are_single_threaded_without_eager_malloc_trim_or_profiler(monkeypatch):
    from kg.cluster import connect

    # a LocalCluster started with Dask's defaults (this module's fixture) sets it in the starting process,
    # whose environment later workers inherit: start from a process without it, as `kg ingest` does
    monkeypatch.delenv("MALLOC_TRIM_THRESHOLD_", raising=False)
    client, cluster = connect("local:1")
    try:
        assert list(client.run(_worker_settings).values()) == [(None, "1", False)]
        assert list(client.nthreads().values()) == [1]
    finally:
        client.close()
        cluster.close()
    assert os.environ.get("MALLOC_TRIM_THRESHOLD_") is None  # nor leaked into this process by the nanny


def _kg_tasks(dask_scheduler) -> int:
    return sum(1 for key in dask_scheduler.tasks if str(key).startswith("kg-document-"))


def test_documents_in_flight_are_bounded(dask_cluster, tmp_path):
    """However many documents, at most ``in_flight`` are on the cluster at once (the
    client's memory holds results of at most that many plus one batch)."""
    folder = write_docs(tmp_path / "docs", 14)
    store = open_store(tmp_path / "store")
    client = Client(dask_cluster)
    held: list[int] = []
    try:
        summary = cluster_ingest(read_documents([folder]), store, client, in_flight=3, batch_docs=4,
                                 progress=lambda d, n: held.append(client.run_on_scheduler(_kg_tasks)),
                                 parser=StubParser(tmp_path / "cache", tmp_path / "log", delay_s=0.1))
    finally:
        client.close()
    assert summary.documents == 14 and len(stored_ids(store)) == 14 and summary.transactions == 4
    # the scheduler may not have seen the last release or the next submission yet: one more at most
    assert 1 <= max(held) <= 4 and held[0] < 14
