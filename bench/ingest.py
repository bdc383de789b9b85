"""Ingest throughput, measured so that a wrong comparison cannot happen.

    python bench/ingest.py            # a table on stdout, progress on stderr
    python bench/ingest.py --json     # one JSON object on stdout

Every arm runs in a fresh process with a **fresh, empty parse cache** of its
own (``KG_CACHE`` set to a new temporary folder, checked empty before and
non-empty after), on **the same text**, with the bundled models
(``KG_MODELS=bundled``) and the thread variables of the calling shell
removed (``OMP_NUM_THREADS``, ``MKL_NUM_THREADS``: "default settings" are
torch's defaults).  The arms:

* ``naive``: ``stanza.Pipeline`` over the same bundled models with Stanza's
  defaults, called once per document (``kg.nlp.bundled_pipeline``, the
  constructor kg uses, only with paths to the models), each stage timed, with
  kg's over-split guard (``kg.tokens``) after tokenize so that it computes the
  same words as kg (:func:`stock_parse`);
* ``kg_default``: ``kg ingest`` as an analyst types it (``--workers auto``);
* ``kg_workers_1`` and ``kg_workers_2``: ``kg ingest --workers 1`` / ``2``;
* ``naive_loaded`` and ``kg_default_loaded``: the first two again while a
  CPU-bound ``python -c "while True: pass"``, which this script starts and
  stops itself, runs beside them (``--no-background`` skips them), on the
  first documents making up ``--background-share`` of the text (35 %: a
  loaded naive loop is slow), the same documents for both.

For each arm: wall seconds of the whole command (start-up and model loading
included: what a user waits for), sentences/s and tokens/s over that, CPU
seconds of the process and its workers (``RUSAGE_CHILDREN``), Stanza's
seconds per stage and their shares, and the 1-minute load average before and
after.  Then it checks that **every arm produced the same parses** (the
CoNLL-U of every document, byte for byte) and reports the ratios the issue
asks for.  Last, ``stages_one_thread``: per-stage CPU seconds in one process
with one thread, Stanza's pipeline once per document with its own decoder
("before") against kg's batches, batch sizes and decoder ("after"), same
text, parses compared (``--no-stages`` skips it).

Text: the passages in ``../shared/dev/passages.jsonl`` when that folder is
present (third-party text: read in place, written only to a temporary
folder that is deleted afterwards), else the UD Arabic PUD test sentences in
``data/ud`` grouped by their source document, at least ``--min-sentences``.
The machine is rarely idle: read the load figures beside the times.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from kg.nlp import CACHE_HEADER  # noqa: E402
DEV = ROOT.parent / "shared" / "dev" / "passages.jsonl"
PUD = ROOT / "data" / "ud" / "ar_pud-ud-test.conllu"
THREAD_VARS = ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS")


def log(msg: str) -> None:
    print(f"[bench-ingest {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# ------------------------------------------------------------------- corpus
def pud_documents(min_sentences: int) -> list[tuple[str, str]]:
    """(id, text) of the PUD test documents, in file order, until ``min_sentences``."""
    docs: list[tuple[str, list[str]]] = []
    n = 0
    for line in PUD.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc id = "):  # repeated before each sentence of a document
            doc_id = line.split("=", 1)[1].strip()
            if docs and docs[-1][0] == doc_id:
                continue
            if n >= min_sentences:
                break
            docs.append((doc_id, []))
        elif line.startswith("# text = "):
            docs[-1][1].append(line.split("=", 1)[1].strip())
            n += 1
    return [(i, "\n".join(s) + "\n") for i, s in docs]


def write_corpus(folder: Path, min_sentences: int, source: str = "auto") -> dict:
    """The benchmark's documents as ``ID.txt`` in ``folder``; what they are."""
    folder.mkdir(parents=True)
    if source in ("auto", "dev") and DEV.exists():
        docs = [(r["id"], r["text"]) for r in map(json.loads, DEV.read_text(encoding="utf-8").splitlines())]
        name = "shared/dev passages"
    else:
        docs = pud_documents(min_sentences)
        name = "UD Arabic PUD test sentences"
    for doc_id, text in docs:
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    return {"text": name, "documents": len(docs), "characters": sum(len(t) for _, t in docs)}


# --------------------------------------------------------------------- arms
def naive_child(corpus: Path, out: Path) -> None:
    """The naive loop, in this (child) process: Stanza's defaults, one call per document."""
    t0 = time.perf_counter()
    from kg.nlp import bundled_pipeline
    from kg.text import read_documents

    nlp = bundled_pipeline()
    load = time.perf_counter() - t0
    stages: dict = {}
    time_processors(nlp, stages, time.perf_counter)
    import torch

    out.mkdir(parents=True, exist_ok=True)
    for d in read_documents([corpus]):
        (out / f"{d.text_hash}.conllu").write_text(stock_conllu(nlp, d.text), encoding="utf-8")
    print(json.dumps({"load_seconds": round(load, 2), "stage_seconds": {k: round(v, 2) for k, v in stages.items()},
                      "torch_threads": torch.get_num_threads()}))


def stock_parse(nlp, text: str):
    """One document through Stanza as it comes, with kg's additions to what it computes:
    the final letters restored before tokenize (kg.spelling), the over-split guard (kg.tokens)
    and the datelines cut off (kg.datelines) between tokenize and pos, so that every arm parses
    the same words (the naive loop differs in how it calls Stanza, not in what it computes)."""
    from kg.datelines import split_datelines
    from kg.spelling import restore
    from kg.tokens import regroup

    text = restore(text)
    doc = split_datelines(regroup(nlp(text, processors="tokenize"), text), text)
    for stage in ("pos", "lemma", "depparse"):
        doc = nlp(doc, processors=stage)
    return doc


def stock_conllu(nlp, text: str) -> str:
    """:func:`stock_parse` as kg's CoNLL-U, split at line breaks in the text Stanza read (``doc.text``, the
    restored spelling), as ``kg.nlp`` splits it."""
    from kg.nlp import _from_stanza, to_conllu

    doc = stock_parse(nlp, text)
    return to_conllu(_from_stanza(doc, doc.text))


def time_processors(nlp, into: dict, clock) -> None:
    """Wrap each processor of a Stanza pipeline so that ``into[name]`` sums its time by ``clock``."""
    for name, proc in nlp.processors.items():
        def timed(doc, f=proc.process, name=name):
            t = clock()
            r = f(doc)
            into[name] = into.get(name, 0.0) + clock() - t
            return r
        proc.process = timed


def stages_child(corpus: Path) -> None:
    """Per-stage CPU seconds, before and after, in one process with one torch thread:
    Stanza's pipeline once per document with its own decoder, then kg's batches with
    kg's decoder (kg.nlp.Parser), same text.  CPU time per stage (``time.process_time``)
    is what the changes cut; it moves far less than wall time on a busy machine."""
    import hashlib

    from kg.mst import stanza_tarjan
    from kg.nlp import Parser, bundled_pipeline, set_torch_threads, to_conllu
    from kg.parallel import BATCH_CHARS, batches
    from kg.text import read_documents

    set_torch_threads(1)
    docs = read_documents([corpus])
    nlp = bundled_pipeline()
    from stanza.models.common import chuliu_edmonds
    chuliu_edmonds.tarjan = stanza_tarjan()
    stock_parse(nlp, docs[0].text)  # warm-up, untimed: first-call costs belong to neither side
    before: dict = {}
    time_processors(nlp, before, time.process_time)
    stock = [stock_conllu(nlp, d.text) for d in docs]
    with tempfile.TemporaryDirectory() as cache:
        p = Parser("bundled", cache=Path(cache), threads=1)
        p.nlp(docs[0].text)  # kg's pipeline (tuned batch sizes, its decoder), warmed up the same way
        p.stage_clock = time.process_time
        ours = []
        for group in batches(docs, BATCH_CHARS):
            ours += [to_conllu(s) for s in p.parse_many([(d.text, d.text_hash) for d in group])]
    print(json.dumps({"stock_per_document_cpu_seconds": {k: round(v, 2) for k, v in before.items()},
                      "kg_batched_cpu_seconds": {k: round(v, 2) for k, v in p.stage_seconds.items()},
                      "same_parses": stock == ours,
                      "documents": len(docs), "text_sha256": hashlib.sha256("".join(d.text for d in docs).encode()).hexdigest()[:12]}))


def stage_profile(corpus: Path, work: Path) -> dict:
    r = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--stages-child", str(corpus)],
                       env=clean_env(work / "cache-stages"), capture_output=True, text=True, cwd=work)
    if r.returncode != 0:
        raise SystemExit(f"stage profile failed: {r.stderr[-2000:]}")
    out = json.loads(r.stdout.strip().splitlines()[-1])
    b, a = out["stock_per_document_cpu_seconds"], out["kg_batched_cpu_seconds"]
    out["total_before"], out["total_after"] = round(sum(b.values()), 2), round(sum(a.values()), 2)
    out["cut"] = round(1 - out["total_after"] / out["total_before"], 3)
    log(f"stages (CPU s, 1 thread): before {b} = {out['total_before']}, after {a} = {out['total_after']}")
    return out


def clean_env(cache: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in THREAD_VARS}
    env.update(KG_CACHE=str(cache), KG_MODELS="bundled", PYTHONUNBUFFERED="1")
    return env


def run_arm(name: str, corpus: Path, work: Path, kg_args: list[str] | None) -> dict:
    """One arm in a fresh process with a fresh parse cache: its times and parses.
    ``kg_args`` None is the naive loop, else the arguments after ``kg ingest CORPUS``."""
    cache = work / f"cache-{name}"
    assert not cache.exists(), f"{cache} exists: arms must not share a parse cache"
    cache.mkdir()
    parses = work / f"naive-parses-{name}"
    if kg_args is None:
        cmd = [sys.executable, str(Path(__file__).resolve()), "--naive-child", str(corpus), str(parses)]
    else:
        summary = work / f"summary-{name}.json"
        cmd = [sys.executable, "-m", "kg.cli", "ingest", str(corpus), "--store", str(work / f"store-{name}"),
               "--summary", str(summary), *kg_args]
    load_before = os.getloadavg()[0]
    ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    r = subprocess.run(cmd, env=clean_env(cache), capture_output=True, text=True, cwd=work)
    wall = time.perf_counter() - t0
    ru1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    load_after = os.getloadavg()[0]
    if r.returncode != 0:
        raise SystemExit(f"arm {name} failed ({r.returncode}): {r.stderr[-2000:]}")
    if kg_args is None:
        info = json.loads(r.stdout.strip().splitlines()[-1])
    else:
        info = json.loads(summary.read_text(encoding="utf-8"))
        found = list(cache.glob("parses/*/*.conllu"))
        assert found, f"arm {name} left no parse in its cache"
        parses = found[0].parent
    # kg's cache files open with an integrity line (kg.nlp), which is no part of the parse
    conllu = {f.stem: "".join(line for line in f.read_text(encoding="utf-8").splitlines(keepends=True)
                              if not line.startswith(CACHE_HEADER))
              for f in sorted(parses.glob("*.conllu"))}
    sentences = sum(t.count("# sent_index") for t in conllu.values())
    tokens = sum(1 for t in conllu.values() for line in t.splitlines() if line and not line.startswith("#"))
    stages = info.get("stage_seconds") or {}
    total = sum(stages.values())
    out = {"command": " ".join(["kg ingest CORPUS", *kg_args] if kg_args is not None else ["naive stanza loop"]),
           "wall_seconds": round(wall, 2), "cpu_seconds": round((ru1.ru_utime - ru0.ru_utime) + (ru1.ru_stime - ru0.ru_stime), 2),
           "sentences": sentences, "tokens": tokens, "documents": len(conllu),
           "sentences_per_second": round(sentences / wall, 2), "tokens_per_second": round(tokens / wall, 1),
           "stage_seconds": stages,
           "stage_shares": {k: round(v / total, 3) for k, v in stages.items()} if total else {},
           "load_before": round(load_before, 2), "load_after": round(load_after, 2)}
    for k in ("load_seconds", "torch_threads", "workers", "threads", "stanza_seconds", "claims"):
        if k in info:
            out[k] = info[k]
    log(f"{name}: {wall:.1f} s wall, {out['cpu_seconds']} s CPU, {out['sentences_per_second']} sentences/s "
        f"(load {load_before:.2f} -> {load_after:.2f})")
    out["_parses"] = conllu
    return out


def background_load() -> subprocess.Popen:
    """A CPU-bound process beside the arms that follow (stopped by the caller)."""
    return subprocess.Popen([sys.executable, "-c", "while True: pass"])


def bench(min_sentences: int = 400, background: bool = True, source: str = "auto",
          arms: tuple[str, ...] = ("naive", "kg_default", "kg_workers_1", "kg_workers_2"),
          background_share: float = 0.35, stages: bool = True) -> dict:
    """Run the arms; every ratio is between arms of this one run."""
    plain = {"naive": None, "kg_default": [], "kg_workers_1": ["--workers", "1"], "kg_workers_2": ["--workers", "2"]}
    work = Path(tempfile.mkdtemp(prefix="kg-bench-ingest-"))
    try:
        corpus = work / "corpus"
        res: dict = {"corpus": write_corpus(corpus, min_sentences, source),
                     "machine": {"usable_cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
                                 else os.cpu_count(), "cpu_count": os.cpu_count(),
                                 "load_at_start": [round(x, 2) for x in os.getloadavg()]},
                     "arms": {}}
        for name in arms:
            res["arms"][name] = run_arm(name, corpus, work, plain[name])
        if background:
            # the same two arms beside a CPU-bound process, on the first documents making up
            # `background_share` of the text (a loaded naive loop is slow), the same for both
            part = work / "corpus-part"
            part.mkdir()
            files, total, size = sorted(corpus.glob("*.txt")), res["corpus"]["characters"], 0
            for f in files:
                if size >= background_share * total:
                    break
                shutil.copy(f, part / f.name)
                size += len(f.read_text(encoding="utf-8"))
            res["corpus"]["background_arms_documents"] = len(list(part.glob("*.txt")))
            hog = background_load()
            try:
                time.sleep(1)
                for name in ("naive", "kg_default"):
                    if name in arms:
                        res["arms"][f"{name}_loaded"] = run_arm(f"{name}_loaded", part, work, plain[name])
            finally:
                hog.kill()
                hog.wait()
        if stages:
            res["stages_one_thread"] = stage_profile(corpus, work)
        res["machine"]["load_at_end"] = [round(x, 2) for x in os.getloadavg()]
        parses = {name: arm.pop("_parses") for name, arm in res["arms"].items()}
        first = parses[arms[0]]
        # every arm's parse of every document it parsed is the first arm's, byte for byte,
        # and the full-text arms parsed every document
        res["differing_arms"] = [n for n, p in parses.items()
                                 if not p or any(first.get(k) != v for k, v in p.items())
                                 or (not n.endswith("_loaded") and len(p) != res["corpus"]["documents"])]
        res["same_parses"] = not res["differing_arms"]
        res["sentences"] = res["arms"][arms[0]]["sentences"]
        a = res["arms"]

        def ratio(x: str, y: str) -> float | None:
            return round(a[x]["sentences_per_second"] / a[y]["sentences_per_second"], 2) if x in a and y in a else None

        res["ratios"] = {"kg_default_vs_naive": ratio("kg_default", "naive"),
                         "kg_default_vs_naive_with_background_load": ratio("kg_default_loaded", "naive_loaded"),
                         "workers_2_vs_workers_1": ratio("kg_workers_2", "kg_workers_1")}
        res["targets"] = {"kg_default_vs_naive": ">= 2.5 (idle)",
                          "kg_default_vs_naive_with_background_load": ">= 2.0",
                          "workers_2_vs_workers_1": "1.5 - 2.0"}
        return res
    finally:
        shutil.rmtree(work, ignore_errors=True)


def table(res: dict) -> str:
    lines = [f"{res['corpus']['text']}: {res['corpus']['documents']} documents, {res['sentences']} sentences; "
             f"same parses in every arm: {res['same_parses']}",
             f"{'arm':22} {'wall s':>7} {'CPU s':>7} {'sent/s':>7} {'tok/s':>7} {'load':>11}  stages (share of Stanza)"]
    for name, a in res["arms"].items():
        shares = " ".join(f"{k} {v:.0%}" for k, v in a["stage_shares"].items())
        lines.append(f"{name:22} {a['wall_seconds']:7.1f} {a['cpu_seconds']:7.1f} {a['sentences_per_second']:7.2f} "
                     f"{a['tokens_per_second']:7.1f} {a['load_before']:5.2f}->{a['load_after']:<5.2f}  {shares}")
    lines.append("ratios: " + ", ".join(f"{k} {v}" for k, v in res["ratios"].items()))
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--min-sentences", type=int, default=400, help="PUD fallback: at least this many sentences")
    ap.add_argument("--text", choices=("auto", "dev", "pud"), default="auto", help="which text (auto: dev when present)")
    ap.add_argument("--no-background", action="store_true", help="skip the arms beside a CPU-bound process")
    ap.add_argument("--background-share", type=float, default=0.35,
                    help="share of the text (first documents) the two arms beside the CPU-bound process parse")
    ap.add_argument("--no-stages", action="store_true", help="skip the per-stage CPU profile (before/after)")
    ap.add_argument("--naive-child", nargs=2, help=argparse.SUPPRESS)
    ap.add_argument("--stages-child", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.naive_child:
        return naive_child(Path(a.naive_child[0]), Path(a.naive_child[1]))
    if a.stages_child:
        return stages_child(Path(a.stages_child))
    res = bench(a.min_sentences, not a.no_background, a.text, background_share=a.background_share,
                stages=not a.no_stages)
    print(json.dumps(res, ensure_ascii=False, indent=1) if a.json else table(res))


if __name__ == "__main__":
    main()
