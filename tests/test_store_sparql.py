"""A shared store: kg on a SPARQL 1.1 server through Query + Update (issue 5).

The server is a real, writable Oxigraph started on a free loopback port
(``oxigraph serve``); the seeds are ingested through ``--store http://...``
and must come back exactly as from a local store.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
import urllib.request

import pyoxigraph as ox
import pytest

from conftest import RECORDED, SEEDS
from kg.export import claims, export
from kg.ingest import ingest
from kg.nlp import RecordedParser, bundled_available, models_id
from kg.query import QueryError, provenance, rows
from kg.serve import free_port, oxigraph_executable, stop_process
from kg.store import StoreError, open_store
from kg.store.sparql import SparqlStore, endpoints, with_values


def start_oxigraph(folder):
    """A writable Oxigraph SPARQL server on a free 127.0.0.1 port: (process, base URL)."""
    port = free_port()
    proc = subprocess.Popen([oxigraph_executable(), "serve", "--location", str(folder / "db"),
                             "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1).read()
            return proc, url
        except OSError:
            time.sleep(0.05)
    proc.kill()
    proc.wait()
    pytest.fail("oxigraph serve did not start")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The module's server, stopped after the module."""
    proc, url = start_oxigraph(tmp_path_factory.mktemp("oxigraph"))
    try:
        yield url
    finally:
        stop_process(proc, grace_s=10)


def nquads_modulo_bnodes(store) -> list[str]:
    """Sorted N-Quads with blank node labels blanked (each INSERT DATA mints new ones)."""
    text = store.dump(ox.RdfFormat.N_QUADS).decode("utf-8")
    return sorted(re.sub(r"_:[A-Za-z0-9]+", "_:b", line) for line in text.splitlines() if line)


@pytest.fixture(scope="module")
def remote(server):
    store = open_store(server + "/")
    summary = ingest([SEEDS], store, parser=RecordedParser(RECORDED))
    assert summary.documents == 5
    return store


def test_http_specs_open_the_sparql_backend(remote, server):
    assert isinstance(remote, SparqlStore)
    assert remote.query_url == server + "/query" and remote.update_url == server + "/update"
    assert remote.server.startswith("Oxigraph")


def test_seeds_ingested_over_http_equal_a_local_ingest(remote, seeds_store):
    assert claims(remote) == claims(seeds_store)
    assert len(claims(remote)) > 0
    assert nquads_modulo_bnodes(remote) == nquads_modulo_bnodes(seeds_store)


def test_one_named_graph_per_document_on_the_server(remote):
    graphs = [r["g"] for r in remote.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?d a kg:Document } }")]
    assert len(graphs) == 5 and all("/graph/doc/" in g for g in graphs)


def test_provenance_query_and_exports_work_unchanged(remote, seeds_store):
    c = claims(seeds_store)[0]["claim"]
    assert provenance(remote, c) == provenance(seeds_store, c)
    q = "SELECT ?relation (COUNT(?c) AS ?n) WHERE { ?c kg:relation/skos:notation ?relation } GROUP BY ?relation ORDER BY ?relation"
    assert rows(remote, q) == rows(seeds_store, q)
    assert rows(remote, "ASK { ?c a kg:Claim }") == (["result"], [[True]])
    assert export(remote, "claims-jsonl") == export(seeds_store, "claims-jsonl")
    assert export(remote, "graphml") == export(seeds_store, "graphml")
    turtle = export(remote, "turtle")
    assert len(list(ox.parse(turtle, format=ox.RdfFormat.TURTLE))) > 1000
    with pytest.raises(QueryError):
        rows(remote, "SELECT WHERE {")


def test_reingest_of_unchanged_documents_is_skipped(remote):
    before = nquads_modulo_bnodes(remote)
    again = ingest([SEEDS], remote, parser=RecordedParser(RECORDED))
    assert (again.documents, again.skipped) == (0, 5)
    assert nquads_modulo_bnodes(remote) == before


def test_replace_graphs_is_one_atomic_request(server):
    store = open_store(server)
    g1, g2 = "https://w3id.org/arabic-kg/graph/test/one", "https://w3id.org/arabic-kg/graph/test/two"
    q = lambda g, o: ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), ox.Literal(o), ox.NamedNode(g))  # noqa: E731
    store.replace_graphs({g1: [q(g1, "a")], g2: [q(g2, "b")]})
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s <urn:p> ?o } }"
    assert store.select(count)[0]["n"] == 2
    # the second graph's IRI is unusable: the request fails, and the first graph is not replaced either
    with pytest.raises(StoreError):
        store.replace_graphs({g1: [q(g1, "c")], "bad iri": [q(g2, "d")]})
    assert sorted(r["o"] for r in store.select("SELECT ?o WHERE { GRAPH ?g { ?s <urn:p> ?o } }")) == ["a", "b"]
    store.replace_graphs({g1: [], g2: []})
    assert store.select(count)[0]["n"] == 0


def test_read_only_http_store_refuses_writes(server):
    store = open_store(server, read_only=True)
    with pytest.raises(StoreError, match="read-only"):
        store.replace_graphs({"https://w3id.org/arabic-kg/graph/test/x": []})


def test_unreachable_server_is_a_clear_error():
    from kg.serve import free_port

    with pytest.raises(StoreError, match="cannot reach"):
        open_store(f"http://127.0.0.1:{free_port()}/")


def test_cli_query_and_export_read_from_the_server(remote, server):
    r = subprocess.run([sys.executable, "-m", "kg.cli", "query", "--store", server, "--format", "csv",
                        "SELECT (COUNT(*) AS ?n) WHERE { ?c a kg:Claim }"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["n", str(len(claims(remote)))]
    r = subprocess.run([sys.executable, "-m", "kg.cli", "export", "--store", server, "--format", "claims-jsonl"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert len(r.stdout.splitlines()) == len(claims(remote))


def test_endpoint_conventions():
    assert endpoints("http://h:7878") == ("http://h:7878/query", "http://h:7878/update")
    assert endpoints("http://h:3030/kg/") == ("http://h:3030/kg/query", "http://h:3030/kg/update")
    assert endpoints("http://h:3030/kg/query") == ("http://h:3030/kg/query", "http://h:3030/kg/update")
    assert endpoints("http://h:8890/sparql") == ("http://h:8890/sparql", "http://h:8890/sparql")
    assert endpoints("http://h:7200/repositories/kg") == ("http://h:7200/repositories/kg",
                                                           "http://h:7200/repositories/kg/statements")
    assert endpoints("http://h:8890/sparql#update=http://h:8890/sparql-auth") == (
        "http://h:8890/sparql", "http://h:8890/sparql-auth")


def test_substitutions_become_a_trailing_values_clause(remote, seeds_store):
    q = with_values("SELECT ?c ?x WHERE { ?c ?p ?x }", {ox.Variable("c"): ox.NamedNode("urn:c")})
    assert q == "SELECT ?c ?x WHERE { ?c ?p ?x }\nVALUES (?c) { (<urn:c>) }"
    assert with_values("ASK { }", None) == "ASK { }"
    c = claims(seeds_store)[-1]["claim"]
    query = "SELECT ?c ?t WHERE { ?c kg:target ?t }"
    assert remote.select(query, {ox.Variable("c"): ox.NamedNode(c)}) == \
        seeds_store.select(query, {ox.Variable("c"): ox.NamedNode(c)})


@pytest.mark.skipif(not bundled_available(), reason="bundled Stanza models not in kg/models/ar (run `kg models train`)")
def test_cli_ingest_writes_to_the_server_with_workers(tmp_path):
    """`kg ingest --store http://... --workers 2`: the CLI path end to end.  The parse
    cache is pre-filled with the recorded parses, so Stanza is loaded but never run."""
    cache = tmp_path / "cache"
    folder = cache / "parses" / models_id("bundled")
    folder.mkdir(parents=True)
    for f in RECORDED.glob("*.conllu"):
        shutil.copy(f, folder / f.name)
    proc, url = start_oxigraph(tmp_path)
    try:
        env = {**os.environ, "KG_CACHE": str(cache), "KG_MODELS": "bundled"}
        r = subprocess.run([sys.executable, "-m", "kg.cli", "ingest", str(SEEDS), "--store", url, "--workers", "2"],
                           capture_output=True, text=True, timeout=300, env=env)
        assert r.returncode == 0, r.stderr
        assert "5 documents ingested" in r.stdout and url in r.stdout
        n = open_store(url, read_only=True).select("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a kg:Document }")
        assert n == [{"n": 5}]
    finally:
        stop_process(proc, grace_s=10)


def test_remove_and_curation_on_a_sparql_server(tmp_path):
    """Documents removal and curation go through the Store interface, so a team's shared
    server supports them as a folder does (issue 11)."""
    from corpus import ingest_recorded, write_corpus
    from kg.curation import record
    from kg.documents import list_documents, remove_documents

    proc, url = start_oxigraph(tmp_path)
    try:
        store = open_store(url)
        parses = tmp_path / "parses"
        folder = write_corpus(tmp_path / "docs", parses, {"a": "دعمت مصر حفتر .", "b": "دعمت روسيا حفتر ."})
        ingest_recorded([folder], store, parses)
        russia = next(c["claim"] for c in claims(store) if c["source"] == "Russia")
        record(store, russia, "correct", reason="it was Turkey", by="rana", changes={"source": "Turkey"})
        assert remove_documents(store, ["a"]) == ["a"]
        assert [d["id"] for d in list_documents(store)] == ["b"]
        assert [(c["source"], c["curation"]) for c in claims(store)] == [("Turkey", "corrected")]
    finally:
        stop_process(proc, grace_s=10)
