"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint any client can query (issue 5).

The endpoint is kg's gateway over Oxigraph's own servers, started by ``kg serve``
on a free loopback port; the tests talk to it only through the protocol
(SPARQLWrapper and plain HTTP) and always stop it.  The hardening tests
(issue 12) are named after the attack they guard against.
"""
from __future__ import annotations

import csv
import io
import json
import select
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
import rdflib
from SPARQLWrapper import CSV, GET, JSON, POST, TURTLE, XML, SPARQLWrapper

from conftest import Listener

KG = "https://w3id.org/arabic-kg/ontology#"
COUNT_CLAIMS = f"SELECT (COUNT(*) AS ?n) WHERE {{ ?c a <{KG}Claim> }}"


class Served:
    def __init__(self, proc: subprocess.Popen, url: str, log: Path):
        self.proc, self.url, self.log = proc, url, log
        self.base = url.rsplit("/", 1)[0]

    def stderr(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


def start_serve(store: Path, tmp: Path, *args: str) -> Served:
    log = tmp / "serve.log"
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--store", str(store), "--port", "0", *args],
                            stdout=subprocess.PIPE, stderr=log.open("w"), text=True)
    ready, _, _ = select.select([proc.stdout], [], [], 60)
    line = proc.stdout.readline().strip() if ready else ""
    if not line:
        proc.kill()
        proc.wait()
        pytest.fail(f"kg serve printed no URL: {log.read_text()}")
    return Served(proc, line, log)


def stop(served: Served) -> None:
    served.proc.terminate()
    try:
        served.proc.wait(10)
    except subprocess.TimeoutExpired:
        served.proc.kill()
        served.proc.wait()


@pytest.fixture(scope="module")
def endpoint(seeds_store_dir, tmp_path_factory):
    served = start_serve(seeds_store_dir, tmp_path_factory.mktemp("serve"), "--timeout", "5")
    try:
        yield served
    finally:
        stop(served)


def sparql(url: str, query: str, fmt=JSON, method=GET):
    s = SPARQLWrapper(url)
    s.setQuery(query)
    s.setReturnFormat(fmt)
    s.setMethod(method)
    return s.query()


def n_claims(url: str) -> int:
    return int(sparql(url, COUNT_CLAIMS).convert()["results"]["bindings"][0]["n"]["value"])


def test_first_line_is_the_loopback_query_url(endpoint):
    assert endpoint.url.startswith("http://127.0.0.1:") and endpoint.url.endswith("/query")
    assert sparql(endpoint.url, "ASK { ?s ?p ?o }").convert()["boolean"] is True


@pytest.mark.parametrize("method", [GET, POST])
def test_select_in_json_xml_and_csv_matches_the_store(endpoint, seeds_store, method):
    expected = seeds_store.select("SELECT (COUNT(*) AS ?n) WHERE { ?c a kg:Claim }")[0]["n"]
    assert expected > 0
    js = sparql(endpoint.url, COUNT_CLAIMS, JSON, method)
    assert js.info()["content-type"].startswith("application/sparql-results+json")
    assert int(js.convert()["results"]["bindings"][0]["n"]["value"]) == expected
    xml = sparql(endpoint.url, COUNT_CLAIMS, XML, method)
    assert xml.info()["content-type"].startswith("application/sparql-results+xml")
    assert int(xml.convert().getElementsByTagName("literal")[0].firstChild.data) == expected
    rows = list(csv.reader(io.StringIO(sparql(endpoint.url, COUNT_CLAIMS, CSV, method).convert().decode())))
    assert rows == [["n"], [str(expected)]]


def test_default_graph_is_the_union_of_document_graphs(endpoint, seeds_store):
    docs = sparql(endpoint.url, f"SELECT ?id WHERE {{ ?d a <{KG}Document> ; <{KG}docId> ?id }}").convert()
    ids = sorted(b["id"]["value"] for b in docs["results"]["bindings"])
    assert ids == sorted(r["id"] for r in seeds_store.select("SELECT ?id WHERE { ?d kg:docId ?id }"))
    graphs = sparql(endpoint.url, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").convert()
    assert sum("/graph/doc/" in b["g"]["value"] for b in graphs["results"]["bindings"]) == len(ids)


def test_construct_and_describe_come_as_turtle(endpoint):
    q = f"CONSTRUCT {{ ?c ?p ?o }} WHERE {{ ?c a <{KG}Claim> ; ?p ?o }}"
    res = sparql(endpoint.url, q, TURTLE)
    assert res.info()["content-type"].startswith("text/turtle")
    g = rdflib.Graph().parse(data=res.convert(), format="turtle")
    assert len(set(g.subjects(rdflib.RDF.type, rdflib.URIRef(KG + "Claim")))) == n_claims(endpoint.url)
    res = sparql(endpoint.url, "DESCRIBE <https://w3id.org/arabic-kg/actor/LNA>", TURTLE, POST)
    g = rdflib.Graph().parse(data=res.convert(), format="turtle")
    assert (rdflib.URIRef("https://w3id.org/arabic-kg/actor/LNA"), rdflib.URIRef(KG + "partyCode"),
            rdflib.Literal("LNA")) in g


def test_updates_are_refused_and_change_nothing(endpoint):
    before = n_claims(endpoint.url)
    triples = sparql(endpoint.url, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").convert()
    # SPARQL 1.1 Update through its protocol
    upd = SPARQLWrapper(endpoint.url, updateEndpoint=endpoint.base + "/update")
    upd.setMethod(POST)
    for update in ("INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }", "DROP ALL",
                   f"DELETE WHERE {{ ?c a <{KG}Claim> }}"):
        upd.setQuery(update)
        with pytest.raises(urllib.error.HTTPError) as e:
            upd.query()
        assert e.value.code == 403
    # an update smuggled in as a query is not a query
    with pytest.raises(Exception):
        sparql(endpoint.url, "DROP ALL", JSON, POST)
    # the Graph Store Protocol
    for method in ("PUT", "POST", "DELETE"):
        req = urllib.request.Request(endpoint.base + "/store?default", method=method,
                                     data=b"<urn:a> <urn:b> <urn:c> .", headers={"Content-Type": "application/n-triples"})
        with pytest.raises(urllib.error.HTTPError) as e:
            urllib.request.urlopen(req, timeout=10)
        assert e.value.code in (403, 405)
    assert n_claims(endpoint.url) == before
    after = sparql(endpoint.url, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").convert()
    assert after == triples


def _post_query(url: str, query: str, timeout: float) -> tuple[float, str]:
    """(seconds, outcome) of a query: outcome is 'ok', 'error' (HTTP error or a body cut off
    by cancellation) or 'dropped' (connection closed)."""
    t0 = time.monotonic()
    body = urllib.parse.urlencode({"query": query}).encode()
    req = urllib.request.Request(url, data=body, headers={"Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            json.loads(r.read())
            outcome = "ok"
    except (urllib.error.HTTPError, ValueError):
        outcome = "error"
    except (urllib.error.URLError, ConnectionError, OSError):
        outcome = "dropped"
    return time.monotonic() - t0, outcome


def _wait_answering(url: str, within: float) -> bool:
    t_end = time.monotonic() + within
    while time.monotonic() < t_end:
        try:
            if sparql(url, "ASK { }").convert()["boolean"] is True:
                return True
        except Exception:  # noqa: BLE001 - restarting: refused for a moment
            time.sleep(0.2)
    return False


def test_runaway_queries_are_stopped(seeds_store_dir, tmp_path):
    served = start_serve(seeds_store_dir, tmp_path, "--timeout", "1")
    try:
        # Oxigraph cancels this one itself (--timeout-s)
        cross3 = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
        seconds, outcome = _post_query(served.url, cross3, 60)
        assert outcome != "ok" and seconds < 30
        assert _wait_answering(served.url, 5)
        # ... this one it does not check in time: kg serve kills its server at the wall-clock limit
        cross4 = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
        seconds, outcome = _post_query(served.url, cross4, 60)
        assert outcome != "ok" and seconds < 30
        assert _wait_answering(served.url, 15), served.stderr()
        assert n_claims(served.url) > 0
        assert served.proc.poll() is None
    finally:
        stop(served)
    assert served.proc.returncode is not None


def test_serve_wants_a_local_store(tmp_path):
    r = subprocess.run([sys.executable, "-m", "kg.cli", "serve", "--store", str(tmp_path / "none"), "--port", "0"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode != 0 and "no kg store" in r.stderr
    r = subprocess.run([sys.executable, "-m", "kg.cli", "serve", "--store", "http://127.0.0.1:9/x"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode != 0 and "already a SPARQL endpoint" in r.stderr


# ---------------------------------------------------------------- hardening (issue 12)
def test_ssrf_through_service_is_refused_by_kg_serve(endpoint):
    lst = Listener()
    try:
        for q in (f"SELECT ?s WHERE {{ SERVICE <http://127.0.0.1:{lst.port}/x> {{ ?s ?p ?o }} }}",
                  f"SELECT ?s WHERE {{ service silent <http://127.0.0.1:{lst.port}/x> {{ ?s ?p ?o }} }}",
                  f"SELECT ?s WHERE {{ \\u0053ERVICE <http://127.0.0.1:{lst.port}/x> {{ ?s ?p ?o }} }}",
                  "SELECT ?s WHERE { BIND(<" + endpoint.url + "> AS ?u) SERVICE ?u { ?s ?p ?o } }"):
            for method in (GET, POST):
                with pytest.raises(urllib.error.HTTPError) as e:
                    sparql(endpoint.url, q, JSON, method)
                assert e.value.code == 403 and "federat" in e.value.read().decode()
        # a repeated parameter, a raw body, another path: each text is checked on its own
        service = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{lst.port}/x> {{ ?s ?p ?o }} }}"
        split = urllib.parse.urlencode([("query", "SELECT * WHERE { ?s ?p \'\'\' }"),
                                        ("query", "} " + service + " #\'\'\'")])
        for req in (urllib.request.Request(endpoint.url + "?" + split),
                    urllib.request.Request(endpoint.base + "/query/?" + urllib.parse.urlencode({"query": service})),
                    urllib.request.Request(endpoint.url, data=service.encode(), method="POST",
                                           headers={"Content-Type": "application/sparql-query"})):
            with pytest.raises(urllib.error.HTTPError) as e:
                urllib.request.urlopen(req, timeout=20)
            assert e.value.code == 403
        time.sleep(0.5)
        assert lst.connections == 0
    finally:
        lst.close()
    assert n_claims(endpoint.url) > 0  # and the endpoint still answers


def test_ssrf_query_server_cannot_connect_anywhere_even_when_asked_directly(seeds_store_dir):
    """kg serve's query servers run under a seccomp filter that fails connect():
    a SERVICE sent to one straight (bypassing kg's check) reaches nobody."""
    from kg.serve import Backend

    lst = Listener()
    b = Backend(str(seeds_store_dir), 10, 0, False, lambda m: None)
    b.start()
    try:
        q = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{lst.port}/x> {{ ?s ?p ?o }} }}"
        seconds, outcome = _post_query(f"http://127.0.0.1:{b.port}/query", q, 20)
        assert outcome != "ok"
        time.sleep(0.5)
        assert lst.connections == 0
    finally:
        b.kill()
        lst.close()


def test_ssrf_allow_federation_reaches_only_the_named_host(seeds_store_dir, tmp_path):
    lst = Listener()
    served = start_serve(seeds_store_dir, tmp_path, "--allow-federation", "127.0.0.1", "--timeout", "5")
    try:
        with pytest.raises(urllib.error.HTTPError) as e:
            sparql(served.url, f"SELECT * WHERE {{ SERVICE <http://localhost:{lst.port}/x> {{ ?s ?p ?o }} }}")
        assert e.value.code == 403 and "allowed: 127.0.0.1" in e.value.read().decode()
        assert lst.connections == 0
        _post_query(served.url, f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{lst.port}/x> {{ ?s ?p ?o }} }}", 20)
        time.sleep(0.5)
        assert lst.connections >= 1  # opted in: the server federates to that host
    finally:
        stop(served)
        lst.close()


def _query_servers(served: Served) -> list[int]:
    """Pids of the oxigraph processes kg serve runs (its children)."""
    out = subprocess.run(["ps", "ww", "-o", "pid=,args=", "--ppid", str(served.proc.pid)], capture_output=True, text=True)
    return [int(line.split()[0]) for line in out.stdout.splitlines() if "serve-read-only" in line]


CROSS4 = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def test_runaway_parallel_cartesian_counts_are_capped_and_stopped(seeds_store_dir, tmp_path):
    """Eight 4-way cartesian COUNTs at once: at most --max-queries run, each is
    killed at the time limit, the rest wait or get 503, and all end."""
    import concurrent.futures as cf

    served = start_serve(seeds_store_dir, tmp_path, "--timeout", "2", "--max-queries", "2")
    try:
        assert len(_query_servers(served)) == 2
        t0 = time.monotonic()
        with cf.ThreadPoolExecutor(8) as pool:
            futures = [pool.submit(_post_query, served.url, CROSS4, 60) for _ in range(8)]
            most = 0
            while not all(f.done() for f in futures) and time.monotonic() - t0 < 60:
                most = max(most, len(_query_servers(served)))
                time.sleep(0.2)
            results = [f.result() for f in futures]
        assert all(outcome != "ok" for _, outcome in results)
        assert time.monotonic() - t0 < 40, results
        assert most <= 2  # never more query servers than --max-queries
        assert _wait_answering(served.url, 15), served.stderr()
        t_end = time.monotonic() + 15
        while len(_query_servers(served)) != 2 and time.monotonic() < t_end:
            time.sleep(0.2)
        assert len(_query_servers(served)) == 2  # killed ones replaced, none left behind
        assert served.stderr().count("time limit") >= 2
        assert n_claims(served.url) > 0
    finally:
        stop(served)


def test_runaway_query_is_killed_when_its_client_disconnects(seeds_store_dir, tmp_path):
    served = start_serve(seeds_store_dir, tmp_path, "--timeout", "120", "--max-queries", "1")
    try:
        seconds, outcome = _post_query(served.url, CROSS4, 1)  # the client gives up after 1 s
        assert outcome == "dropped"
        t_end = time.monotonic() + 10
        while "client went away" not in served.stderr() and time.monotonic() < t_end:
            time.sleep(0.1)
        assert "client went away" in served.stderr()
        # the only query slot is free again well before the 120 s limit
        assert _wait_answering(served.url, 10)
    finally:
        stop(served)


def test_serve_beside_an_ingest_reloads_and_reports_its_snapshot(seeds_store_dir, tmp_path):
    """A write to the store while kg serve runs: the next query sees it, and
    every answer says when its snapshot was read (X-KG-Snapshot)."""
    import shutil

    import pyoxigraph as ox

    store = tmp_path / "store"
    shutil.copytree(seeds_store_dir, store)
    served = start_serve(store, tmp_path, "--max-queries", "1")
    try:
        before = n_claims(served.url)
        first = sparql(served.url, COUNT_CLAIMS).info()["x-kg-snapshot"]
        time.sleep(1.1)
        db = ox.Store(str(store))  # a writer beside the server, as `kg ingest` is
        db.add(ox.Quad(ox.NamedNode("urn:c"), ox.NamedNode(rdflib.RDF.type), ox.NamedNode(KG + "Claim"),
                       ox.NamedNode("urn:g")))
        db.flush()
        del db
        assert n_claims(served.url) == before + 1
        assert sparql(served.url, COUNT_CLAIMS).info()["x-kg-snapshot"] > first
        assert "store changed" in served.stderr()
    finally:
        stop(served)
