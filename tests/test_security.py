"""Hardening (issue 12): each test is named after the attack it guards against.

Network traffic goes only to listeners the tests start on 127.0.0.1; the
kg serve ones are in tests/test_serve.py.
"""
from __future__ import annotations

import time

import pytest
from typer.testing import CliRunner

from conftest import Listener
from kg.cli import app
from kg.store import FederationRefused, check_federation, open_store
from kg.store.base import service_targets

runner = CliRunner()


def kg(*args: str):
    return runner.invoke(app, list(args))


# ---------------------------------------------------------------- 1. SSRF through SERVICE
@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:{port}/x> { ?s ?p ?o } }",
    "select * where { service SILENT <http://127.0.0.1:{port}/x> { ?s ?p ?o } }",
    "SELECT * WHERE { ?a ?b ?c .SERVICE<http://127.0.0.1:{port}/x>{ ?s ?p ?o } }",
    "SELECT * WHERE { FILTER(?a<?b)SERVICE<http://127.0.0.1:{port}/x>{ ?s ?p ?o } }",
    "SELECT * WHERE { \\u0053ERVICE <http://127.0.0.1:{port}/x> { ?s ?p ?o } }",
    "SELECT * WHERE { BIND(<http://127.0.0.1:{port}/x> AS ?u) SERVICE ?u { ?s ?p ?o } }",
])
def test_ssrf_service_in_kg_query_is_refused_and_connects_nowhere(seeds_store_dir, query):
    lst = Listener()
    try:
        r = kg("query", query.replace("{port}", str(lst.port)), "--store", str(seeds_store_dir))
        assert r.exit_code == 1 and "federated queries are off" in r.output
        time.sleep(0.3)
        assert lst.connections == 0
    finally:
        lst.close()


def test_ssrf_service_in_the_library_is_refused_before_evaluation(seeds_store_dir):
    """Every query path (export, explorer, eval...) goes through Store.query."""
    lst = Listener()
    st = open_store(seeds_store_dir, read_only=True)
    try:
        with pytest.raises(FederationRefused):
            st.query(f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{lst.port}/x> {{ ?s ?p ?o }} }}")
        time.sleep(0.3)
        assert lst.connections == 0
    finally:
        st.close()
        lst.close()


def test_ssrf_allow_federation_opens_only_the_named_host(seeds_store_dir):
    lst = Listener()
    try:
        q = f"SELECT * WHERE {{ SERVICE <http://localhost:{lst.port}/x> {{ ?s ?p ?o }} }}"
        r = kg("query", q, "--store", str(seeds_store_dir), "--allow-federation", "127.0.0.1")
        assert r.exit_code == 1 and "allowed: 127.0.0.1" in r.output
        assert lst.connections == 0
        q = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{lst.port}/x> {{ ?s ?p ?o }} }}"
        kg("query", q, "--store", str(seeds_store_dir), "--allow-federation", "127.0.0.1")
        time.sleep(0.3)
        assert lst.connections == 1  # opted in, to that host only
    finally:
        lst.close()


def test_ssrf_check_sees_no_service_in_strings_iris_or_comments():
    assert service_targets('SELECT * { ?s <urn:SERVICE> "SERVICE <http://a/>" . # SERVICE <http://b/>\n }') == []
    assert service_targets("SELECT * { ?s ?p '''x\nSERVICE <http://c/> {}''' . ex:SERVICE ?p ?service }") == []
    check_federation('SELECT * { ?s ?p "SERVICE <http://a/> { }" }')  # nothing to refuse
    with pytest.raises(FederationRefused):
        check_federation("SELECT * { ?s ?p 'a' SERVICE <http://a/> { } }")
