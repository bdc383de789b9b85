"""Benchmark: first render of the Streamlit explorer on synthetic claims.

The bars: first render <= 2 s at 10,000 claims (issue 5) and <= 3 s at
100,000 claims (issue 10; ``bench/run.py`` runs it at that size).  We build a store of synthetic
claims (real kg quads via :func:`kg.claims.document_quads`, so the app's
queries see exactly the shapes an ingest writes), bring its claims snapshot
up to date as ``kg ingest`` does at its end (``snapshot_refresh_s``,
kg.snapshot), then time

* ``first_render_s``: a whole ``AppTest`` run of ``app.py`` with an empty
  data cache and the snapshot present -- the state after ``kg ingest`` --
  (store read, sidebar, network, provenance placeholder: the Network tab is
  the one open; the other tabs run only when opened), wall clock, and its
  CPU time (``first_render_cpu_s``, the steadier figure on a busy machine);
  ``first_render_fresh_process_*`` is the same run in a fresh process, which
  also pays for importing pandas, networkx and the component;
* ``first_render_cold_*``: the same with no snapshot (deleted first: a store
  written by an older kg, or a snapshot removed by hand), which reads every
  claim from the store and writes the snapshot again;
* then the parts: ``load_s`` (open the store read-only, read claims and
  labels through the snapshot, close it), ``load_cold_s`` (the same without
  a snapshot), ``network_s`` (the elements handed to st-link-analysis),
  ``camps_s`` (the Camps view's graph work) and ``claims_tab_details_s``
  (the evidence spans, read only when the Claims tab opens).

The 1-minute load average is printed at the start and the end (``load_average_1min_*``):
on a shared machine the wall figures mean little without it.

Usage: ``python bench/bench_app.py [--claims 10000] [--target 2.0] [--store DIR]``; prints
one JSON object.  Not a timed test: machines differ, the figure goes in the
closing note.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.claims import Claim, claim_iri, document_quads  # noqa: E402
from kg.nlp import Sentence  # noqa: E402
from kg.ontology import RELATIONS, registry  # noqa: E402
from kg.store import ontology_quads  # noqa: E402
from kg.text import Document  # noqa: E402

CLAIMS_PER_DOC = 10
OUTLETS = ["Al Jazeera", "Al Arabiya", "BBC Arabic", "Sky News Arabia", "RT Arabic"]
VERBS = {"supports": "تدعم", "opposes": "تعارض", "called": "اتصلت ب", "met": "التقت"}


def synthetic_documents(n_claims: int, seed: int = 7) -> list[tuple[Document, list[Sentence], list[Claim]]]:
    """Documents of ten one-claim sentences each, with dates over 2019-2020 (a tenth undated)."""
    rng = random.Random(seed)
    reg = registry()
    actors = sorted(reg.actors.values(), key=lambda a: a.id)
    out = []
    n_docs = max(1, n_claims // CLAIMS_PER_DOC)
    made = 0
    for d in range(n_docs):
        doc_id = f"synthetic_{d:05d}"
        parts, picks = [], []
        pos = 0
        for i in range(min(CLAIMS_PER_DOC, n_claims - made)):
            s, t = rng.sample(actors, 2)
            rel = rng.choice(RELATIONS)
            sentence = f"{s.label_ar or s.id} {VERBS[rel]} {t.label_ar or t.id} في بيان رسمي."
            picks.append((i, pos, pos + len(sentence), s, rel, t))
            parts.append(sentence)
            pos += len(sentence) + 1
        made += len(picks)
        text = " ".join(parts)
        published = None if d % 10 == 0 else (dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(730))).isoformat()
        doc = Document(doc_id=doc_id, text=text, path=f"synthetic/{doc_id}.txt", title=f"Synthetic report {d}",
                       url=f"https://example.org/{doc_id}", outlet=rng.choice(OUTLETS), published=published)
        sentences, claims = [], []
        for i, a, b, s, rel, t in picks:
            sentences.append(Sentence(i, a, b))
            negated = rng.random() < 0.05
            claims.append(Claim(claim_iri(doc_id, i, s.id, rel, t.id, negated), doc_id, i, s.id, s.label_en,
                                s.party, rel, t.id, t.label_en, t.party, negated,
                                round(rng.uniform(0.5, 0.95), 2), a, b, text[a:b], "synthetic", None))
        out.append((doc, sentences, claims))
        if made >= n_claims:
            break
    return out


def build_store(path: Path, n_claims: int) -> int:
    """Write the synthetic documents (plus the ontology graphs) with one bulk load."""
    quads = list(ontology_quads())
    for doc, sentences, claims in synthetic_documents(n_claims):
        quads.extend(document_quads(doc, sentences, claims, "synthetic"))
    store = ox.Store(str(path))
    store.bulk_load(ox.serialize(quads, format=ox.RdfFormat.N_QUADS), format=ox.RdfFormat.N_QUADS)
    store.flush()
    del store
    return len(quads)


def timed(fn, *args, **kwargs):
    t0 = time.perf_counter()
    result = fn(*args, **kwargs)
    return result, round(time.perf_counter() - t0, 3)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--claims", type=int, default=10_000)
    ap.add_argument("--target", type=float, default=2.0, help="first render bar in seconds")
    ap.add_argument("--store", help="reuse (or create) the synthetic store here instead of a temporary folder")
    args = ap.parse_args()

    tmp = None
    if args.store:
        store_dir = Path(args.store)
    else:
        tmp = Path(tempfile.mkdtemp(prefix="kg-bench-app-"))
        store_dir = tmp / "store"
    try:
        load0 = round(os.getloadavg()[0], 2)
        quads, build_s = (None, 0.0)
        if not store_dir.exists():
            quads, build_s = timed(build_store, store_dir, args.claims)
        from kg import snapshot
        from kg.store import open_store

        def refresh() -> None:  # what `kg ingest` does at its end
            st = open_store(str(store_dir))
            try:
                snapshot.refresh(st)
            finally:
                st.close()

        _, refresh_s = timed(refresh)
        snapshot_file = store_dir / snapshot.SNAPSHOT_NAME

        # the whole app first: once in this fresh process (imports pandas, networkx, the component...),
        # then again with those modules loaded but the data cache emptied, as after "Reload store"
        import streamlit as st
        from streamlit.testing.v1 import AppTest
        AppTest.from_string("import streamlit as st\nst.write('warm-up')").run()  # the harness's own start-up
        os.environ["KG_STORE"] = str(store_dir)

        def first_render() -> tuple[float, float, AppTest]:
            st.cache_resource.clear()
            st.cache_data.clear()
            at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
            cpu0 = time.process_time()
            _, wall = timed(at.run)
            if at.exception:
                raise SystemExit(f"app raised: {at.exception[0].message}")
            return wall, round(time.process_time() - cpu0, 3), at

        fresh_s, fresh_cpu_s, _ = first_render()
        render_s, render_cpu_s, at = first_render()
        _, rerun_s = timed(at.run)
        snapshot_file.unlink()
        cold_s, cold_cpu_s, _ = first_render()  # reads every claim, writes the snapshot again

        from kg.explorer import data as xdata  # what app.py calls for the first render
        from kg.explorer import filters, network
        from kg import camps

        data, load_s = timed(xdata.load_data, str(store_dir))
        snapshot_file.unlink()
        _, load_cold_s = timed(xdata.load_data, str(store_dir))
        claims = data.claims
        shown, filter_s = timed(filters.filter_claims, claims, filters.Filters())
        elements, network_s = timed(network.network_elements, shown, "party", xdata.present_core(claims, "party"),
                                    data.labels)

        def camps_view():
            g = camps.signed_graph(shown, level="party")
            part = camps.find_camps(g)
            camps.reasons(g, part)
            camps.centrality(camps.interaction_graph(shown, level="party"))

        _, camps_s = timed(camps_view)
        _, details_s = timed(xdata.load_details, str(store_dir))  # read when the Claims tab opens

        print(json.dumps({
            "claims": len(claims), "documents": data.documents, "quads": quads, "build_store_s": build_s,
            "first_render_s": render_s, "first_render_cpu_s": render_cpu_s,
            "first_render_fresh_process_s": fresh_s, "first_render_fresh_process_cpu_s": fresh_cpu_s,
            "first_render_cold_s": cold_s, "first_render_cold_cpu_s": cold_cpu_s,
            "rerun_s": rerun_s, "snapshot_refresh_s": refresh_s, "snapshot_bytes": snapshot_file.stat().st_size,
            "load_s": load_s, "load_cold_s": load_cold_s, "filter_s": filter_s, "network_s": network_s,
            "network_nodes": len(elements["nodes"]), "network_edges": len(elements["edges"]),
            "camps_s": camps_s, "claims_tab_details_s": details_s,
            "cpus": os.cpu_count(), "load_average_1min_start": load0,
            "load_average_1min": round(os.getloadavg()[0], 2),
            "target_first_render_s": args.target, "ok": render_s <= args.target,
        }, indent=1))
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
