"""Documents (issue 11, part 1): kg documents, kg remove, kg ingest --prune.
Removal drops a document's graph, claims and shortcut triples in one
transaction and leaves the store SHACL-valid; an unknown id removes nothing."""
import pytest
import pyoxigraph as ox
from typer.testing import CliRunner

from corpus import ingest_recorded, stored_corpus, write_corpus
from kg.cli import app
from kg.documents import DocumentError, list_documents, remove_documents
from kg.export import claims
from kg.validate import validate_store

DOCS = {
    "a": ("دعمت مصر حفتر .", {"title": "أ", "outlet": "وكالة", "published": "2019-04-10"}),
    "b": "التقى ماكرون أردوغان .",
    "c": "دعمت روسيا حفتر .",
}


@pytest.fixture
def corpus(tmp_path):
    return stored_corpus(tmp_path, DOCS)


def triples(store):
    return {(c["source"], c["relation"], c["target"]) for c in claims(store)}


def shortcuts(store):
    return {(r["s"], r["o"]) for r in store.select("SELECT ?s ?o WHERE { ?s kg:supports ?o }")}


def test_documents_lists_what_the_store_holds(corpus):
    store, _, _ = corpus
    docs = {d["id"]: d for d in list_documents(store)}
    assert set(docs) == {"a", "b", "c"}
    assert (docs["a"]["title"], docs["a"]["outlet"], docs["a"]["published"]) == ("أ", "وكالة", "2019-04-10")
    assert docs["a"]["sentences"] == 1 and docs["a"]["claims"] == 1 and docs["b"]["title"] is None


def test_remove_drops_claims_and_shortcuts_and_stays_valid(corpus):
    store, _, _ = corpus
    assert remove_documents(store, ["a"]) == ["a"]
    assert {d["id"] for d in list_documents(store)} == {"b", "c"}
    assert triples(store) == {("Macron", "met", "Erdogan"), ("Russia", "supports", "Haftar")}
    assert shortcuts(store) == {("https://w3id.org/arabic-kg/actor/Russia", "https://w3id.org/arabic-kg/actor/Haftar")}
    assert store.select("SELECT ?s WHERE { ?s kg:docId \"a\" }") == []
    conforms, report = validate_store(store)
    assert conforms, report


def test_remove_by_path_of_the_ingested_file(corpus):
    store, folder, _ = corpus
    assert remove_documents(store, [str(folder / "b.txt")]) == ["b"]
    assert {d["id"] for d in list_documents(store)} == {"a", "c"}


def test_remove_unknown_id_removes_nothing(corpus):
    store, _, _ = corpus
    before = store.dump(ox.RdfFormat.N_QUADS)
    with pytest.raises(DocumentError, match="nope: no such document"):
        remove_documents(store, ["a", "nope"])
    assert store.dump(ox.RdfFormat.N_QUADS) == before


def test_prune_removes_documents_whose_file_is_gone_and_no_others(corpus, tmp_path):
    store, folder, parses = corpus
    other = write_corpus(tmp_path / "other", parses, {"d": "دعمت تركيا السراج ."})
    ingest_recorded([other], store, parses)
    (folder / "a.txt").unlink()
    (folder / "a.json").unlink()
    ingest_recorded([folder], store, parses)  # without --prune, nothing goes
    assert {d["id"] for d in list_documents(store)} == {"a", "b", "c", "d"}
    summary = ingest_recorded([folder], store, parses, prune=True)
    assert summary.removed == ["a"]
    assert {d["id"] for d in list_documents(store)} == {"b", "c", "d"}
    assert ("Egypt", "supports", "Haftar") not in triples(store)
    conforms, report = validate_store(store)
    assert conforms, report


def test_cli_remove_and_documents(corpus):
    store, _, _ = corpus
    spec = store.spec
    store.close()
    runner = CliRunner()
    r = runner.invoke(app, ["remove", "zz", "--store", spec])
    assert r.exit_code == 1 and "zz: no such document" in r.output
    r = runner.invoke(app, ["remove", "c", "--store", spec])
    assert r.exit_code == 0 and "removed 1 document: c" in r.output
    r = runner.invoke(app, ["documents", "--json", "--store", spec])
    assert r.exit_code == 0
    assert [line.split('"id": "')[1].split('"')[0] for line in r.stdout.splitlines()] == ["a", "b"]


def test_remove_from_a_store_that_does_not_exist_creates_nothing(tmp_path):
    r = CliRunner().invoke(app, ["remove", "a", "--store", str(tmp_path / "typo")])
    assert r.exit_code == 1 and "no kg store here" in r.output
    assert not (tmp_path / "typo").exists()
