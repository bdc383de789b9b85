"""The explorer's side of the analyst's workflow (issue 11): curation marks and the
Retract / Correct / Confirm form on claim cards, the retracted toggle, edges weighted
by independent stories, corroboration marks and copies, and stance shifts on the
Timeline.  Stores are built from the fixture corpora of test_stories / test_shifts."""
from __future__ import annotations

import html
from pathlib import Path

import pytest

pytest.importorskip("streamlit")

from conftest import app_on, record  # noqa: E402
from corpus import ingest_recorded  # noqa: E402
from kg.curation import Judgement, read_judgements  # noqa: E402
from kg.explorer import filters, network, provenance, timeline  # noqa: E402
from kg.export import claims as export_claims  # noqa: E402
from kg.shifts import find_shifts  # noqa: E402
from kg.store import open_store  # noqa: E402
from kg.text import read_documents  # noqa: E402

DATA = Path(__file__).parent / "data"


def build(corpus: str, where: Path) -> str:
    parses = where / "parses"
    for d in read_documents([DATA / corpus]):
        record(d.text, parses)
    store = open_store(where / "store")
    ingest_recorded([DATA / corpus], store, parses)
    store.close()
    return str(where / "store")


def claim(**kw) -> dict:
    base = {"claim": "c", "doc": "d1", "sentence": 0, "source": "Trump", "source_party": "US", "relation": "supports",
            "target": "Haftar", "target_party": "LNA", "negated": False, "confidence": 0.8, "start": 0, "end": 1,
            "evidence": "x", "outlet": None, "published": None, "story": "d1", "curation": None}
    return {**base, **kw}


def test_retracted_claims_are_hidden_unless_the_toggle_is_on():
    cs = [claim(), claim(claim="r", curation="retracted"), claim(claim="k", curation="confirmed")]
    assert [c["claim"] for c in filters.filter_claims(cs, filters.Filters())] == ["c", "k"]
    assert len(filters.filter_claims(cs, filters.Filters(include_retracted=True))) == 3


def test_claim_cards_show_curation_marks_and_copies():
    j = Judgement("r", "retract", "rana", "2026-12-01T09:00:00Z", "a quote of a denial")
    card = provenance.claim_card_html(claim(claim="r", curation="retracted"), {}, j)
    assert "<s>" in card and "kg-struck" in card and "retracted by rana, 2026-12-01: a quote of a denial" in card
    original = {"source": "Trump", "source_label": "Trump", "source_party": "US", "relation": "opposes",
                "target": "Haftar", "target_label": "Haftar", "target_party": "LNA", "negated": False}
    card = provenance.claim_card_html(claim(curation="corrected", original=original), {},
                                      marks=["corroborated by 3 outlets", "contested"], copies=["d1", "d2"])
    assert "<details" in card and "extracted: Trump → opposes → Haftar" in card
    assert "corroborated by 3 outlets" in card and "contested" in card and "copies of this story: d2" in card
    assert "kg-curation" not in provenance.claim_card_html(claim(), {})


def test_edges_are_weighted_by_independent_stories():
    cs = [claim(doc="a1", story="a1"), claim(doc="a2", story="a1"), claim(doc="b1", story="b1")]
    edge = network.network_elements(cs, "actor")["edges"][0]["data"]
    assert (edge["weight"], edge["stories"], edge["documents"]) == (2, 2, 3)


@pytest.fixture(scope="module")
def stories_store(tmp_path_factory) -> str:
    return build("stories", tmp_path_factory.mktemp("explorer-stories"))


@pytest.fixture(scope="module")
def shifts_store(tmp_path_factory) -> str:
    return build("shifts", tmp_path_factory.mktemp("explorer-shifts"))


def test_claim_card_form_retracts_and_the_claim_disappears(stories_store, monkeypatch):
    at = app_on(stories_store, monkeypatch, params={"source": "Egypt", "relation": "supports", "target": "Haftar",
                                                     "level": "actor"})
    cards = [html.unescape(m.value) for m in at.markdown if 'class="kg-claim' in m.value]
    assert len(cards) == 4 and all("corroborated by 2 outlets" in c and "contested" in c for c in cards)
    assert any("copies of this story: a2_reprint_headline, a3_reprint_edited" in c for c in cards)
    assert any("curation graph" in c.value for c in at.caption)
    iri = next(c["claim"] for c in _claims(stories_store) if c["doc"] == "b1_same_event")
    at.text_input(key=f"reason_{iri}").input("a misreading")
    at.text_input(key=f"by_{iri}").input("rana")
    form = next(b for b in at.button if b.proto.form_id == f"curate_{iri}")
    form.click().run()
    assert not at.exception, at.exception[0].message
    store = open_store(stories_store, read_only=True)
    try:
        assert [(j.claim, j.action, j.by, j.reason) for j in read_judgements(store)] == \
            [(iri, "retract", "rana", "a misreading")]
    finally:
        store.close()
    cards = [html.unescape(m.value) for m in at.markdown if 'class="kg-claim' in m.value]
    assert len(cards) == 3 and not any("b1_same_event" in c for c in cards)
    assert all("corroborated" not in c for c in cards)  # one story left: no longer corroborated


def _claims(path: str) -> list[dict]:
    store = open_store(path, read_only=True)
    try:
        return export_claims(store, include_retracted=True)
    finally:
        store.close()


def test_timeline_marks_the_shift_and_lists_pairs_with_shifts(shifts_store, monkeypatch):
    at = app_on(shifts_store, monkeypatch, params={"view": "Timeline"},
                state={"actor_level": True, "tl_source": "Egypt", "tl_target": "Haftar"})
    assert [w.value for w in at.warning] == [
        "Stance shift · تحوّل: Egypt · مصر → Khalifa Haftar · خليفة حفتر: support (+2, 2019-01) → "
        "opposition (-1, 2019-03)"]
    tables = [d.value for d in at.dataframe if list(d.value.columns) == ["shift"]]  # the pairs-with-shifts table
    assert len(tables) == 1 and list(tables[0]["shift"]) == [at.warning[0].value.split(": ", 1)[1]]


def test_shift_lines():
    cs = [claim(published="2019-01-02", doc="a", story="a"), claim(published="2019-02-02", doc="b", story="b",
                                                                     relation="opposes")]
    assert timeline.shift_lines(find_shifts(cs), {}) == ["Trump → Haftar: support (+1, 2019-01) → opposition (-1, 2019-02)"]
