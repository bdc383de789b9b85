"""bench/run.py (issue 5): it runs, and kg's store-tuned query forms answer
exactly what the plain forms answer, on kg's store and on rdflib's.  Speed
itself is measured by the benchmark, not asserted here."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_bench_quick_runs_and_tuned_queries_give_the_plain_answers(tmp_path):
    r = subprocess.run([sys.executable, str(ROOT / "bench" / "run.py"), "--json", "--quick", "--parses",
                        str(ROOT / "tests" / "data" / "parses"), "--sizes", "10000", "--skip", "memory"],
                       capture_output=True, text=True, cwd=tmp_path, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    res = json.loads(r.stdout)
    queries = res["query"]["10000"]["queries"]
    assert set(queries) == {"provenance", "party_network", "actor_claims", "two_hop"}
    for name, q in queries.items():
        assert q["rows_kg"] > 0, name
        assert q["same_rows"], name  # kg form == plain form on kg's store, and as many rows as rdflib
    assert res["ingest"]["parser"] == "recorded" and res["ingest"]["sentences"] == 106
    assert res["ingest"]["reingest_seconds"] < res["ingest"]["first_ingest_seconds"]
    assert set(res["targets"]) >= {"provenance_p50_ms", "party_network_p50_ms", "min_ratio_vs_rdflib"}


def test_bench_ingest_pud_corpus_is_whole_documents_of_at_least_400_sentences(tmp_path):
    """bench/ingest.py's fallback text: PUD sentences grouped by their source document
    (the file repeats `# newdoc id` before every sentence), never a document cut in two."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import ingest as bench_ingest
    finally:
        sys.path.remove(str(ROOT / "bench"))
    docs = bench_ingest.pud_documents(400)
    ids = [i for i, _ in docs]
    assert len(ids) == len(set(ids))  # one entry per source document
    n = sum(t.count("\n") for _, t in docs)
    assert 400 <= n < 400 + 10
    info = bench_ingest.write_corpus(tmp_path / "corpus", 400, source="pud")
    assert info["documents"] == len(docs) == len(list((tmp_path / "corpus").glob("*.txt")))


def test_bench_ingest_arms_never_share_a_parse_cache(tmp_path):
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import ingest as bench_ingest
    finally:
        sys.path.remove(str(ROOT / "bench"))
    (tmp_path / "cache-naive").mkdir()
    with pytest.raises(AssertionError, match="must not share a parse cache"):
        bench_ingest.run_arm("naive", tmp_path / "corpus", tmp_path, None)
    env = bench_ingest.clean_env(tmp_path / "c")
    assert env["KG_CACHE"] == str(tmp_path / "c") and "OMP_NUM_THREADS" not in env
