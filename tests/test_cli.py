"""The kg command line: thin commands over the library (issue 2, section 5)."""
import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
import rdflib
from typer.testing import CliRunner

from conftest import seeds_store_at
from kg.cli import app

ROOT = Path(__file__).resolve().parent.parent
GOLD = Path(__file__).parent / "gold" / "seeds_gold.jsonl"
runner = CliRunner()


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> str:
    return seeds_store_at(tmp_path_factory.mktemp("cli") / "store")


def kg(*args: str):
    return runner.invoke(app, list(args))


def test_export_claims_jsonl_has_the_documented_fields(store_dir):
    r = kg("export", "--format", "claims-jsonl", "--store", store_dir)
    assert r.exit_code == 0, r.output
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert rows
    fields = {"claim", "doc", "source", "source_label", "source_party", "relation", "target", "target_label",
              "target_party", "negated", "confidence", "sentence", "start", "end", "evidence"}
    assert all(fields <= set(row) for row in rows)


@pytest.mark.parametrize("fmt, parse", [
    ("trig", lambda b: rdflib.Dataset().parse(data=b.decode(), format="trig")),
    ("nquads", lambda b: rdflib.Dataset().parse(data=b.decode(), format="nquads")),
    ("turtle", lambda b: rdflib.Graph().parse(data=b.decode(), format="turtle")),
    ("jsonld", lambda b: rdflib.Dataset().parse(data=b.decode(), format="json-ld")),
])
def test_rdf_exports_parse_and_hold_the_claims(store_dir, tmp_path, fmt, parse):
    out = tmp_path / f"x.{fmt}"
    r = kg("export", "-f", fmt, "-o", str(out), "--store", store_dir)
    assert r.exit_code == 0, r.output
    g = parse(out.read_bytes())
    claim = rdflib.URIRef("https://w3id.org/arabic-kg/ontology#Claim")
    n = len(set(g.subjects(rdflib.RDF.type, claim))) if fmt == "turtle" else \
        len(set(g.quads((None, rdflib.RDF.type, claim, None))))
    assert n == len(kg("export", "--store", store_dir).stdout.splitlines())


@pytest.mark.parametrize("fmt, reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graph_exports_open_in_networkx(store_dir, tmp_path, fmt, reader):
    out = tmp_path / f"net.{fmt}"
    assert kg("export", "-f", fmt, "-o", str(out), "--store", store_dir).exit_code == 0
    g = reader(out)
    assert {"US", "LNA"} <= set(g.nodes)


def test_query_json_is_standard_sparql_results(store_dir):
    r = kg("query", "SELECT ?c WHERE { ?c a kg:Claim } LIMIT 3", "--format", "json", "--store", store_dir)
    assert r.exit_code == 0, r.output
    res = json.loads(r.stdout)
    assert res["head"]["vars"] == ["c"] and len(res["results"]["bindings"]) == 3


def test_query_csv_and_file(store_dir):
    r = kg("query", "@" + str(ROOT / "queries" / "party_network.rq"), "--format", "csv", "--store", store_dir)
    assert r.exit_code == 0, r.output
    assert r.stdout.splitlines()[0].strip() == "source,relation,target,claims,documents"


def test_updates_are_refused_and_change_nothing(store_dir):
    before = kg("query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "-f", "csv", "--store", store_dir).stdout
    r = kg("query", "INSERT DATA { <urn:a> <urn:b> <urn:c> }", "--store", store_dir)
    assert r.exit_code != 0
    assert "only read queries" in r.output
    after = kg("query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "-f", "csv", "--store", store_dir).stdout
    assert before == after


def test_claim_provenance_shows_document_and_marked_evidence(store_dir):
    row = json.loads(kg("export", "--store", store_dir).stdout.splitlines()[0])
    r = kg("claim", row["claim"], "--store", store_dir)
    assert r.exit_code == 0, r.output
    assert row["doc"] in r.stdout
    assert "⟦" + row["evidence"][:20] in r.stdout.replace("\n", "")


def test_unknown_claim_is_a_clear_error(store_dir):
    r = kg("claim", "https://w3id.org/arabic-kg/claim/nope", "--store", store_dir)
    assert r.exit_code == 1 and "no such claim" in r.output


def test_eval_agrees_with_the_reference_scorer(store_dir, tmp_path):
    export = tmp_path / "claims.jsonl"
    kg("export", "-o", str(export), "--store", store_dir)
    ours = kg("eval", str(GOLD), "--store", store_dir)
    assert ours.exit_code == 0, ours.output
    ref = subprocess.run([sys.executable, str(Path(__file__).parent / "reference" / "score.py"), str(GOLD), str(export)],
                         capture_output=True, text=True, check=True)
    assert ours.stdout.strip() == ref.stdout.strip()


def test_missing_store_for_reading_is_a_clear_error(tmp_path):
    r = kg("stats", "--store", str(tmp_path / "nowhere"))
    assert r.exit_code == 1 and "no kg store here" in r.output


def test_ingest_rejects_bad_input_and_leaves_store_unchanged(store_dir, tmp_path):
    bad = tmp_path / "in"
    bad.mkdir()
    (bad / "ok.txt").write_text("نص عربي", encoding="utf-8")
    (bad / "broken.txt").write_bytes(b"\xff\xfe\x00bad")
    before = kg("export", "-f", "nquads", "--store", store_dir).stdout
    r = kg("ingest", str(bad), "--store", store_dir)
    assert r.exit_code == 1
    assert "broken.txt" in r.output and "binary" in r.output
    assert kg("export", "-f", "nquads", "--store", store_dir).stdout == before


def test_stats_counts(store_dir):
    r = kg("stats", "--store", store_dir)
    assert r.exit_code == 0 and "documents" in r.stdout and "│ 5 " in r.stdout
