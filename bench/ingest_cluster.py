"""Ingest throughput: serial vs ``--workers 2`` vs ``--cluster local:2``, and
writing 1,000 synthetic documents to an Oxigraph server over HTTP vs the local store.

    python bench/ingest_cluster.py [--docs N] [--synth 1000] [--out bench/results_cluster.json]

Part 1 ingests the same text three ways, in one run, each with a cold parse
cache, fresh models and a fresh store, and times the whole call as a user
waits for it (model loading, process pool or LocalCluster start included):
documents/s and sentences/s, and whether the three stores' claims exports
are byte-identical.  The text is the development passages
(``../shared/dev/passages.jsonl``, third-party news: read from there into a
temporary folder, never copied into the repository) when present, else the
seeds.

``--worker-cpu`` adds the CPU time of 12 parses in a plain process and in a
Dask worker, with Dask's default worker settings and with kg's for
``local:N`` (:data:`kg.cluster.LOCAL_WORKER_CONFIG`).

Part 2 writes ``--synth`` synthetic documents (bench/synth.py: about 890
triples each, built by kg's own writer) through :class:`kg.ingest.BatchWriter`
in transactions of ``--batch`` documents, into a local Oxigraph folder and
into an ``oxigraph serve`` on loopback over SPARQL 1.1 Update.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parent.parent
PASSAGES = ROOT.parent / "shared" / "dev" / "passages.jsonl"
sys.path[:0] = [str(ROOT / "bench"), str(ROOT / "tests")]
ARMS = {"serial": {}, "workers2": {"workers": 2}, "cluster_local2": {"cluster": "local:2"}}


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def corpus(folder: Path, n: int | None) -> tuple[Path, str]:
    """The text to ingest, as .txt files in ``folder`` (a temporary folder)."""
    folder.mkdir(parents=True, exist_ok=True)
    if PASSAGES.exists():
        rows = [json.loads(line) for line in PASSAGES.read_text(encoding="utf-8").splitlines() if line.strip()]
        for r in rows[:n]:
            (folder / f"{r['id']}.txt").write_text(r["text"], encoding="utf-8")
        return folder, f"dev passages ({len(rows[:n])} of {len(rows)})"
    seeds = sorted((ROOT / "seeds").glob("*.txt"))[:n]
    for p in seeds:
        (folder / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    return folder, f"seeds ({len(seeds)})"


def arm(name: str, folder: Path, work: Path, **how) -> tuple[dict, bytes]:
    from kg.export import claims_jsonl
    from kg.ingest import ingest
    from kg.nlp import Parser
    from kg.store import open_store

    parser = Parser("bundled", cache=work / f"cache-{name}")  # cold: its own empty cache, models not loaded
    store = open_store(work / f"store-{name}")
    t0 = time.perf_counter()
    s = ingest([folder], store, parser=parser, **how)
    wall = time.perf_counter() - t0
    exported = claims_jsonl(store).encode("utf-8")
    store.close()
    assert s.documents and not s.failed, (name, s.failed)
    res = {"how": how or "serial", "documents": s.documents, "sentences": s.sentences, "claims": s.claims,
           "wall_seconds": round(wall, 2), "documents_per_s": round(s.documents / wall, 3),
           "sentences_per_s": round(s.sentences / wall, 2), "stanza_seconds_summed": s.stanza_seconds}
    log(f"{name}: {res}")
    return res, exported


def write_synthetic(store, n_docs: int, batch: int) -> dict:
    """Write ``n_docs`` synthetic documents through the ingest's own batch writer."""
    import random

    import synth
    from kg.ingest import BatchWriter, IngestSummary

    rng = random.Random(1)
    actors, weights = synth.actor_weights()
    docs = [(f"https://w3id.org/arabic-kg/graph/synth-{i:07d}", synth.synthetic_document(i, rng, actors, weights))
            for i in range(n_docs)]  # built first: only the writing is timed
    triples = sum(len(q) for _, q in docs)
    store.ensure_ontology()  # the ontology graphs are not part of what is timed
    summary = IngestSummary()
    writer = BatchWriter(store, batch, summary)
    t0 = time.perf_counter()
    for g, quads in docs:
        writer.add(g, quads)
    writer.flush()
    wall = time.perf_counter() - t0
    n = store.select("SELECT (COUNT(*) AS ?n) WHERE { ?d a kg:Document }")[0]["n"]
    assert n == n_docs, (n, n_docs)
    return {"documents": n_docs, "triples": triples, "batch_docs": batch, "transactions": summary.transactions,
            "seconds": round(wall, 2), "documents_per_s": round(n_docs / wall, 1),
            "triples_per_s": round(triples / wall)}


def parse_cpu(texts: list[str]) -> dict:
    """CPU time of parsing ``texts`` in this process (models loaded first, empty cache):
    thread CPU is the parse alone, process CPU adds whatever else the process runs."""
    import time as t

    from kg.nlp import Parser

    p = Parser("bundled", cache=Path(tempfile.mkdtemp(prefix="kg-bench-cpu-")))
    p.nlp  # noqa: B018 - load the models before timing
    w, c, pc = t.perf_counter(), t.thread_time(), t.process_time()
    for x in texts:
        p.parse(x)
    return {"wall_seconds": round(t.perf_counter() - w, 2), "thread_cpu_seconds": round(t.thread_time() - c, 2),
            "process_cpu_seconds": round(t.process_time() - pc, 2)}


def worker_cpu(folder: Path) -> dict:
    """The same parses in this process, in a Dask worker as Dask starts it, and in one as kg's local:N does."""
    import dask
    from distributed import Client, LocalCluster

    from kg.cluster import LOCAL_WORKER_CONFIG

    texts = [f.read_text(encoding="utf-8") for f in sorted(folder.glob("*.txt"))][:12]
    out = {"texts": len(texts), "plain_process": parse_cpu(texts)}
    for name, config in (("dask_default_worker", {}), ("kg_local_worker", LOCAL_WORKER_CONFIG)):
        with dask.config.set(config):
            cluster = LocalCluster(n_workers=1, threads_per_worker=1, dashboard_address="127.0.0.1:0")
        client = Client(cluster)
        try:
            out[name] = client.submit(parse_cpu, texts, pure=False).result()
        finally:
            client.close()
            cluster.close()
        os.environ.pop("MALLOC_TRIM_THRESHOLD_", None)  # the nanny sets it in its own process too
    out["plain_process_again"] = parse_cpu(texts)
    log(f"worker cpu: {out}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=None, help="ingest only the first N documents [all]")
    ap.add_argument("--synth", type=int, default=1000, help="synthetic documents to write (0: skip part 2)")
    ap.add_argument("--batch", type=int, default=100, help="documents per transaction in part 2")
    ap.add_argument("--skip-ingest", action="store_true", help="part 2 only")
    ap.add_argument("--worker-cpu", action="store_true", help="also: CPU time of 12 parses in a plain process "
                    "vs a Dask worker with Dask's default settings vs kg's local:N settings")
    ap.add_argument("--arms", default=",".join(ARMS), help="which ingests, in this order [%(default)s]")
    ap.add_argument("--out", default=str(ROOT / "bench" / "results_cluster.json"))
    a = ap.parse_args()
    from kg.store import open_store
    from kg.serve import stop_process

    res: dict = {"cpus": os.cpu_count(), "loadavg_at_start": os.getloadavg()}
    with tempfile.TemporaryDirectory(prefix="kg-bench-cluster-") as tmp:
        work = Path(tmp)
        folder, what = corpus(work / "corpus", a.docs)
        if a.worker_cpu:
            res["worker_cpu"] = worker_cpu(folder)
        if not a.skip_ingest:
            res["ingest"] = {"text": what}
            exports = {}
            for name in a.arms.split(","):
                res["ingest"][name], exports[name] = arm(name, folder, work, **ARMS[name])
            res["ingest"]["byte_identical_claims_exports"] = len(set(exports.values())) == 1
            if "serial" in exports:
                base = res["ingest"]["serial"]["wall_seconds"]
                for name in exports.keys() - {"serial"}:
                    res["ingest"][name]["speedup_vs_serial"] = round(base / res["ingest"][name]["wall_seconds"], 2)
        if a.synth:
            local = open_store(work / "synth-local")
            res["write_local"] = write_synthetic(local, a.synth, a.batch)
            local.close()
            log(f"local: {res['write_local']}")
            from test_store_sparql import start_oxigraph  # the tests' writable server on loopback

            (work / "synth-server").mkdir()
            proc, url = start_oxigraph(work / "synth-server")
            try:
                res["write_http_oxigraph"] = write_synthetic(open_store(url), a.synth, a.batch)
            finally:
                stop_process(proc, grace_s=10)
            log(f"http: {res['write_http_oxigraph']}")
    res["loadavg_at_end"] = os.getloadavg()
    Path(a.out).write_text(json.dumps(res, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(res, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
