"""Stories, not copies (issue 11, part 4).  The fixture corpus in tests/data/stories
(texts written for the tests): a1 and two reprints of it (a new headline, dateline and
boilerplate; three words changed), b1 another report of the same event, c1 another
story, d1 a denial.  Dedup must group a1-a3 and nothing else; counts then count
stories and outlets, and a claim denied in another story is contested."""
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import record
from corpus import ingest_recorded
from kg.camps import signed_graph
from kg.cli import app
from kg.documents import list_documents, remove_documents
from kg.export import claims, network
from kg.stories import THRESHOLD, _decode, _encode, claim_context, corroboration, group, signature
from kg.store import open_store
from kg.text import read_documents

STORIES = Path(__file__).parent / "data" / "stories"
COPIES = {"a1_original", "a2_reprint_headline", "a3_reprint_edited"}


@pytest.fixture(scope="module")
def parses(tmp_path_factory):
    folder = tmp_path_factory.mktemp("story-parses")
    for d in read_documents([STORIES]):
        record(d.text, folder)
    return folder


@pytest.fixture
def store(tmp_path, parses):
    st = open_store(tmp_path / "s")
    ingest_recorded([STORIES], st, parses)
    yield st
    if hasattr(st, "db"):  # a test may have closed it to run the CLI on it
        st.close()


def test_dedup_groups_the_reprints_and_no_others():
    docs = read_documents([STORIES])
    stories = group({d.doc_id: signature(d.text) for d in docs})
    assert {d for d, s in stories.items() if s == "a1_original"} == COPIES
    assert {s for d, s in stories.items() if d not in COPIES} == {"b1_same_event", "c1_other_story", "d1_denial"}


def test_threshold_sits_between_reprints_and_same_event_reports():
    docs = {d.doc_id: signature(d.text) for d in read_documents([STORIES])}
    reprints = [docs["a1_original"].jaccard(docs[d]) for d in COPIES - {"a1_original"}]
    same_event = docs["a1_original"].jaccard(docs["b1_same_event"])
    assert min(reprints) >= THRESHOLD + 0.1 and same_event <= THRESHOLD - 0.3


def test_stored_signatures_read_back_equal():
    m = signature("دعمت مصر حفتر في معركة طرابلس")
    assert (_decode(_encode(m)).hashvalues == m.hashvalues).all()


def test_ingest_writes_stories_and_a_later_ingest_reuses_them(tmp_path, parses):
    st = open_store(tmp_path / "s")
    first = tmp_path / "first"
    first.mkdir()
    for name in ("a1_original", "b1_same_event"):
        for ext in (".txt", ".json"):
            (first / f"{name}{ext}").write_bytes((STORIES / f"{name}{ext}").read_bytes())
    ingest_recorded([first], st, parses)
    ingest_recorded([STORIES], st, parses)
    stories = {d["id"]: d["story"] for d in list_documents(st)}
    assert {d for d, s in stories.items() if s == "a1_original"} == COPIES
    # removing the first copy regroups: the story is named after the smallest remaining id
    remove_documents(st, ["a1_original"])
    stories = {d["id"]: d["story"] for d in list_documents(st)}
    assert stories["a2_reprint_headline"] == stories["a3_reprint_edited"] == "a2_reprint_headline"


def test_counts_are_independent_stories_and_outlets(store):
    cs = claims(store)
    info = corroboration(cs)[("Egypt", "supports", "Haftar")]
    assert info == {"stories": 2, "outlets": 2, "documents": 4, "contested": True}
    assert corroboration(cs)[("Macron", "met", "Erdogan")] == {"stories": 1, "outlets": 1, "documents": 1,
                                                              "contested": False}
    edge = network(store, level="actor").get_edge_data("Egypt", "Haftar")["supports"]
    assert (edge["documents"], edge["stories"], edge["outlets"], edge["weight"]) == (4, 2, 2, 2)
    assert signed_graph(cs, "party").edges["Egypt", "LNA"]["positive"] == 2


def test_a_denial_in_the_same_story_does_not_contest():
    rows = [{"source": "A", "relation": "supports", "target": "B", "negated": n, "doc": d, "story": s, "outlet": o}
            for n, d, s, o in [(False, "x1", "x", "o1"), (True, "x2", "x", "o2")]]
    assert corroboration(rows)[("A", "supports", "B")]["contested"] is False
    rows[1]["story"] = "y"
    assert corroboration(rows)[("A", "supports", "B")]["contested"] is True


def test_claim_lists_copies_and_marks(store):
    iri = next(c["claim"] for c in claims(store) if c["doc"] == "a2_reprint_headline")
    ctx = claim_context(store, iri)
    assert [d["doc"] for d in ctx["copies"]] == ["a1_original", "a3_reprint_edited"]
    assert ctx["marks"] == ["corroborated by 2 outlets", "contested"]
    spec = store.spec
    store.close()
    r = CliRunner().invoke(app, ["claim", iri, "--store", spec])
    assert r.exit_code == 0, r.output
    assert "corroborated by 2 outlets; contested" in r.output and "copy      a3_reprint_edited" in r.output
