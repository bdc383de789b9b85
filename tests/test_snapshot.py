"""The explorer's claims snapshot (kg.snapshot, issue 13): the records read through it are
exactly kg.export.read_claims' direct read, however the store changed since it was saved
(a re-ingested document, a rewrite that keeps the content hash, a removal, a curation
judgement, a document without a stamp), and a bad snapshot file is ignored, never trusted."""
from __future__ import annotations

import json
import logging

import pyoxigraph as ox
import pytest

from corpus import ingest_recorded, stored_corpus, write_corpus
from kg import snapshot
from kg.claims import Claim, document_quads, graph_hash, graph_iri
from kg.curation import record
from kg.documents import remove_documents
from kg.export import read_claims
from kg.store import Store
from kg.text import Document

DOCS = {
    "a": ("دعمت مصر حفتر .", {"outlet": "وكالة أ", "published": "2019-04-10"}),
    "b": "دعمت روسيا حفتر .",
    "c": "التقى ماكرون أردوغان .",
    "d": "عارضت تركيا حفتر .",
}


@pytest.fixture
def corpus(tmp_path):
    store, folder, parses = stored_corpus(tmp_path, DOCS)
    yield store, folder, parses
    store.close()


@pytest.fixture
def reads(monkeypatch):
    """The graphs kg.snapshot reads from the store: None for a whole-store read, else the list."""
    calls: list = []
    real = snapshot.read_rows

    def spy(store, graphs=None):
        calls.append(None if graphs is None else sorted(graphs))
        return real(store, graphs)

    monkeypatch.setattr(snapshot, "read_rows", spy)
    return calls


def through_snapshot(store: Store) -> list[dict]:
    """What the explorer does: rows from the saved snapshot where still right, snapshot saved."""
    where = snapshot.snapshot_path(store)
    rows, fresh = snapshot.current_rows(store, snapshot.load_snapshot(where))
    if fresh is not None:
        assert snapshot.save_snapshot(where, fresh)
    return read_claims(store, include_retracted=True, rows=rows)


def direct(store: Store) -> list[dict]:
    return read_claims(store, include_retracted=True)


def saved(store: Store) -> snapshot.Snapshot:
    snap = snapshot.load_snapshot(snapshot.snapshot_path(store))
    assert snap is not None
    return snap


def doc(d: str) -> str:
    return f"https://w3id.org/arabic-kg/doc/{d}"


def test_snapshot_reads_equal_the_direct_read_through_every_kind_of_change(corpus, reads):
    store, folder, parses = corpus
    want = direct(store)
    assert len(want) == 4
    assert through_snapshot(store) == want and reads == [None]  # no snapshot yet: one whole-store read
    assert set(saved(store).rows) == {doc(d) for d in DOCS}
    reads.clear()
    assert through_snapshot(store) == want and reads == []  # nothing changed: nothing read

    # one document re-ingested with other text: only its graph is read again
    write_corpus(folder, parses, {"a": ("دعمت مصر و روسيا حفتر .", {"outlet": "وكالة ب", "published": "2019-04-11"})})
    ingest_recorded([folder], store, parses)
    assert through_snapshot(store) == direct(store) != want
    assert reads == [[graph_iri("a")]]
    assert {c["outlet"] for c in direct(store) if c["doc"] == "a"} == {"وكالة ب"}

    # a removal: nothing to read, the document is dropped from the snapshot
    reads.clear()
    remove_documents(store, ["b"])
    assert through_snapshot(store) == direct(store) and reads == []
    assert doc("b") not in saved(store).rows and "b" not in {c["doc"] for c in direct(store)}

    # curation is applied live: a judgement needs no read and shows at once
    c_claim = next(c["claim"] for c in direct(store) if c["doc"] == "c")
    d_claim = next(c["claim"] for c in direct(store) if c["doc"] == "d")
    record(store, c_claim, "retract", reason="a quote", by="rana")
    record(store, d_claim, "correct", reason="it is Russia", by="rana", changes={"source": "Russia"})
    got = through_snapshot(store)
    assert got == direct(store) and reads == []
    assert {c["claim"]: c["curation"] for c in got}[c_claim] == "retracted"
    corrected = next(c for c in got if c["claim"] == d_claim)
    assert corrected["source"] == "Russia" and corrected["original"]["source"] == "Turkey"


def test_a_rewrite_that_keeps_the_content_hash_and_the_extraction_activity_is_noticed(corpus, reads):
    """The stale-snapshot regression: new rules or a code change without a version bump rewrite
    a document's claims under the same kg:contentHash and extraction activity IRI."""
    store, _, _ = corpus
    through_snapshot(store)
    reads.clear()
    (c,) = [x for x in direct(store) if x["doc"] == "c"]
    document = Document("c", DOCS["c"], path="c.txt")
    old_hash = store.select('SELECT ?h WHERE { ?d kg:docId "c" ; kg:contentHash ?h }')[0]["h"]
    assert document.content_hash == old_hash
    models = store.select("SELECT ?m WHERE { ?a kg:models ?m } LIMIT 1")[0]["m"]
    n = len(DOCS["c"]) - 2
    rewritten = Claim(c["claim"], "c", c["sentence"], "Macron", "Emmanuel Macron", "France", "met", "Erdogan",
                      "Recep Tayyip Erdogan", "Turkey", False, 0.42, 0, n, DOCS["c"][:n], "another-rule")
    store.replace_graphs({graph_iri("c"): document_quads(document, [_sentence(n)], [rewritten], models)})
    got = through_snapshot(store)
    assert got == direct(store)
    assert next(x for x in got if x["doc"] == "c")["confidence"] == 0.42
    assert reads == [[graph_iri("c")]]


def _sentence(end: int):
    from kg.nlp import Sentence

    return Sentence(0, 0, end)


def test_documents_without_a_stamp_are_read_every_time_and_never_kept(corpus, reads):
    """A store written by an older kg has no kg:graphHash: correct, only not cached."""
    store, _, _ = corpus
    store.db.update(f"DELETE WHERE {{ GRAPH <{graph_iri('b')}> {{ ?d <https://w3id.org/arabic-kg/ontology#graphHash> ?h }} }}")
    assert through_snapshot(store) == direct(store)
    assert doc("b") not in saved(store).rows and doc("a") in saved(store).rows
    reads.clear()
    assert through_snapshot(store) == direct(store) and reads == [[graph_iri("b")]]


@pytest.mark.parametrize("content", [
    b"{not json", b"[]", json.dumps({"format": "kg-claims-snapshot", "version": 999, "stamps": {}, "rows": {}}).encode(),
    json.dumps({"format": "kg-claims-snapshot", "version": 1, "stamps": {"x": "h"},
                "rows": {"x": [None, [["c", "s", "t", "sp", "tp", "r", "false", 1, "0"]]]}}).encode(),  # a number
    json.dumps({"format": "kg-claims-snapshot", "version": 1, "stamps": {"x": "h"},
                "rows": {"x": [None, ["ccccccccc"]]}}).encode(),  # a string where a row goes
])
def test_a_bad_snapshot_file_is_ignored_logged_and_rebuilt(corpus, content, caplog):
    store, _, _ = corpus
    where = snapshot.snapshot_path(store)
    where.write_bytes(content)
    with caplog.at_level(logging.WARNING, logger="kg.snapshot"):
        assert snapshot.load_snapshot(where) is None
    assert "ignored" in caplog.text
    assert through_snapshot(store) == direct(store)
    assert set(saved(store).rows) == {doc(d) for d in DOCS}


def test_rows_saved_under_an_outdated_stamp_are_never_used(corpus):
    """The stamps are what make a snapshot trusted: rows saved under a stamp the store no
    longer has are never used (here, a tampered claim under an outdated stamp)."""
    store, _, _ = corpus
    through_snapshot(store)
    where = snapshot.snapshot_path(store)
    data = json.loads(where.read_bytes())
    data["rows"][doc("a")][1][0][7] = "0.01"
    data["stamps"][doc("a")] = "0" * 64
    where.write_text(json.dumps(data), encoding="utf-8")
    assert through_snapshot(store) == direct(store)
    assert {c["confidence"] for c in direct(store)} != {0.01}


def test_the_snapshot_is_written_atomically_and_only_for_local_stores(corpus, tmp_path):
    store, _, _ = corpus
    through_snapshot(store)
    where = snapshot.snapshot_path(store)
    assert where.parent == store.path and where.name == snapshot.SNAPSHOT_NAME
    assert not [p for p in store.path.iterdir() if p.name.startswith(f".{snapshot.SNAPSHOT_NAME}")]  # no temp left
    assert snapshot.save_snapshot(tmp_path / "no-such-folder" / "x.json", snapshot.Snapshot()) is False

    class Remote(Store):
        spec = "http://example.org/sparql"

        def query(self, sparql, substitutions=None):
            raise AssertionError("not reached")

        def replace_graphs(self, graphs):
            raise AssertionError("not reached")

        def dump(self, fmt):
            raise AssertionError("not reached")

    assert snapshot.snapshot_path(Remote()) is None
    assert snapshot.refresh(Remote()) is None


def test_refresh_after_a_write_leaves_nothing_for_the_explorer_to_read(corpus, reads):
    store, folder, parses = corpus
    assert snapshot.refresh(store) is not None
    write_corpus(folder, parses, {"e": "دعمت فرنسا حفتر ."})
    ingest_recorded([folder], store, parses)
    snapshot.refresh(store)
    reads.clear()
    assert through_snapshot(store) == direct(store) and reads == []


def test_load_data_reads_through_the_snapshot(corpus, tmp_path):
    pytest.importorskip("streamlit")
    from kg.explorer import data

    store, _, _ = corpus
    want = direct(store)
    path = str(store.path)
    store.close()
    first = data.load_data(path)  # no snapshot: read whole, snapshot saved after the store is closed
    assert (store.path / snapshot.SNAPSHOT_NAME).is_file()
    second = data.load_data(path)
    assert first.claims == second.claims == want
    store.db = ox.Store(str(store.path))  # reopened for the fixture's close


def test_graph_hash_is_deterministic_and_covers_the_whole_graph():
    document = Document("x", "دعمت مصر حفتر .", path="x.txt")
    claim = Claim("https://w3id.org/arabic-kg/claim/x", "x", 0, "Egypt", "Egypt", "Egypt", "supports", "Haftar",
                  "Haftar", "LNA", False, 0.9, 0, 4, "دعمت", "r")
    stamp = [q.object.value for q in document_quads(document, [_sentence(14)], [claim], "m")
             if q.predicate.value.endswith("#graphHash")]
    again = [q.object.value for q in document_quads(document, [_sentence(14)], [claim], "m")
             if q.predicate.value.endswith("#graphHash")]
    other = [q.object.value for q in document_quads(document, [_sentence(14)], [claim], "m", registry_hash="r2")
             if q.predicate.value.endswith("#graphHash")]
    assert len(stamp) == 1 and stamp == again and stamp != other
    quads = document_quads(document, [_sentence(14)], [claim], "m")
    assert stamp[0] == graph_hash([q for q in quads if not q.predicate.value.endswith("#graphHash")])
