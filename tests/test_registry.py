"""Actors (issue 11, part 3): see the registry, extend it with a file of one's own
(checked, with errors naming file, line and problem), and re-extract stored
documents from the parse cache when it changes."""
import datetime as dt
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from corpus import ingest_recorded, write_corpus
from kg.cli import app
from kg.export import claims
from kg.nlp import ModelsError, RecordedParser
from kg.normalize import normalize
from kg.ontology import registry
from kg.registry import (RegistryError, _forget_registry, check_registry, list_actors, outdated_documents,
                         reextract, show_actor, use_registry)
from kg.store import open_store
from kg.validate import validate_store

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "docs" / "registry-example.ttl"
BAD = Path(__file__).parent / "data" / "registry"


@pytest.fixture
def own_registry():
    """Leaves the process with the shipped registry only, whatever the test set."""
    os.environ.pop("KG_REGISTRY", None)
    _forget_registry()
    yield
    os.environ.pop("KG_REGISTRY", None)
    _forget_registry()


def test_actors_list_and_show():
    gna = {a["id"] for a in list_actors("GNA")}
    assert {"GNA", "Sarraj"} <= gna and "Haftar" not in gna
    a = show_actor("Sarraj")
    assert (a["kind"], a["party"], a["label_en"]) == ("Person", "GNA", "Fayez al-Sarraj")
    assert "فائز السراج" in a["labels_ar"] and any(r["start"] == "2015-12-17" for r in a["roles"])
    with pytest.raises(RegistryError, match="Nobody: no such actor"):
        show_actor("Nobody")


def test_documented_example_adds_a_person_with_a_dated_role(own_registry):
    assert "Menfi" not in registry().actors
    use_registry([EXAMPLE])
    assert show_actor("Menfi")["party"] == "GNA"
    title = tuple(normalize("رئيس المجلس الرئاسي").split())
    assert registry().role_holder(title, "GNA", dt.date(2021, 6, 1)) == "Menfi"
    assert registry().role_holder(title, "GNA", dt.date(2019, 6, 1)) == "Sarraj"
    assert "المشير الليبي خليفة حفتر" in show_actor("Haftar")["labels_ar"]  # shipped actors can be extended too


@pytest.mark.parametrize("name, message", [
    ("missing_dot.ttl", r"missing_dot.ttl: line 6: "),
    ("two_english_labels.ttl", r"two_english_labels.ttl: line 5: Someone skos:prefLabel: More than one String"),
    ("unknown_party.ttl", r"unknown_party.ttl: line 7: Nowhere is not an actor of the registry"),
    ("nope.ttl", r"nope.ttl: no such registry file"),
])
def test_a_bad_registry_is_refused_naming_file_line_and_problem(own_registry, name, message):
    with pytest.raises(RegistryError, match=message):
        check_registry(BAD / name)
    r = CliRunner().invoke(app, ["--registry", str(BAD / name), "actors", "list"])
    assert r.exit_code == 1 and name in r.output
    assert "KG_REGISTRY" not in os.environ


def test_registry_change_is_reported_and_reextract_redoes_documents_from_the_cache(own_registry, tmp_path):
    parses = tmp_path / "parses"
    folder = write_corpus(tmp_path / "docs", parses, {"a": "دعمت مصر المنفي .", "b": "دعمت روسيا حفتر ."})
    store = open_store(tmp_path / "s")
    ingest_recorded([folder], store, parses)
    assert {(c["source"], c["target"]) for c in claims(store)} == {("Russia", "Haftar")}
    assert outdated_documents(store) == []

    use_registry([EXAMPLE])
    assert outdated_documents(store) == ["a", "b"]
    empty = tmp_path / "empty-cache"
    with pytest.raises(ModelsError, match="no cached parse"):  # the default never runs Stanza
        os.environ["KG_CACHE"] = str(empty)
        try:
            reextract(store)
        finally:
            del os.environ["KG_CACHE"]
    assert outdated_documents(store) == ["a", "b"]  # nothing was written
    summary = reextract(store, parser_for=lambda models: RecordedParser(parses))
    assert summary.documents == 2
    assert {(c["source"], c["target"]) for c in claims(store)} == {("Egypt", "Menfi"), ("Russia", "Haftar")}
    assert outdated_documents(store) == []
    conforms, report = validate_store(store)  # kga:Menfi is in the store's actors graph
    assert conforms, report
