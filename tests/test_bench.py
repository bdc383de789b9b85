"""bench/run.py (issue 5): it runs, and kg's store-tuned query forms answer
exactly what the plain forms answer, on kg's store and on rdflib's.  Speed
itself is measured by the benchmark, not asserted here."""
import json
import subprocess
import sys
from pathlib import Path

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
    assert res["ingest"]["parser"] == "recorded" and res["ingest"]["sentences"] == 104
    assert res["ingest"]["reingest_seconds"] < res["ingest"]["first_ingest_seconds"]
    assert set(res["targets"]) >= {"provenance_p50_ms", "party_network_p50_ms", "min_ratio_vs_rdflib"}
