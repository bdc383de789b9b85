"""Documents without a `published` date: the period their text gives, stored apart from a real
publication date and shown marked "(inferred)" in the explorer's timeline, cards, table and
downloads (issue 13). The sentences are written for these tests."""
from __future__ import annotations

import datetime as dt
import html
import json

import pyoxigraph as ox
import pytest

from kg.claims import document_quads
from kg.export import read_claims
from kg.ontology import KG
from kg.store import open_store
from kg.text import Document, inferred_period

pytest.importorskip("streamlit")
from kg.explorer import claims as xclaims  # noqa: E402
from kg.explorer import filters, provenance, timeline  # noqa: E402
from kg.explorer.data import date_label  # noqa: E402


@pytest.mark.parametrize("text, period", [
    ("التقى الرئيس بالوفد أمس وناقشا الوضع في البلاد.", None),
    ("قال المتحدث إن الاتفاق الموقع عام 2012 لم يعد صالحا بعد أحداث 2017.", "2017"),
    ("صدر البيان بتاريخ 2019/04/05 بعد لقاء جرى في 2018.", "2019-04"),
    ("نشر التقرير في 05-11-2019 ثم في 3/2/2019 ضمن ملف عام 2019.", "2019-11"),
    ("بيان قديم مؤرخ 2015/06/01 وتصريح جديد في 2020.", "2020"),  # the month belongs to an older year
    ("رقم الهاتف 12345678 والرمز 20199 لا يشيران إلى أي سنة.", None),
])
def test_inferred_period(text, period):
    assert inferred_period(text) == period


def doc_graph(text: str, published: str | None = None) -> ox.Store:
    store = ox.Store()
    store.extend(document_quads(Document("d1", text, published=published), [], [], "test"))
    return store


def test_inferred_date_is_stored_apart_from_published():
    dated = doc_graph("اجتمع الوزيران في 2019/04/05.", published="2019-05-01")
    assert not list(dated.quads_for_pattern(None, ox.NamedNode(str(KG.inferredIssued)), None))
    undated = doc_graph("اجتمع الوزيران في 2019/04/05.")
    (q,) = undated.quads_for_pattern(None, ox.NamedNode(str(KG.inferredIssued)), None)
    assert q.object.value == "2019-04" and q.object.datatype.value.endswith("#gYearMonth")
    assert not list(undated.quads_for_pattern(None, ox.NamedNode("http://purl.org/dc/terms/issued"), None))


def test_seeds_claims_carry_the_inferred_year(seeds_store):
    cs = read_claims(seeds_store)
    with_year = {c["doc"]: c["published_inferred"] for c in cs if c["published_inferred"]}
    assert with_year  # one seed names years; the others name months only, and stay undated
    assert all(c["published"] is None for c in cs if c["published_inferred"])
    assert all(len(v) in (4, 7) for v in with_year.values())


def claim(**kw) -> dict:
    base = {"claim": "c", "doc": "d1", "sentence": 0, "source": "US", "source_party": "US", "relation": "supports",
            "target": "LNA", "target_party": "LNA", "negated": False, "confidence": 0.8, "start": 0, "end": 1,
            "evidence": "x", "outlet": None, "published": None, "published_inferred": None}
    return {**base, **kw}


def test_explorer_marks_inferred_dates_everywhere():
    real, month, year, none = (claim(published="2019-04-10"), claim(published_inferred="2019-04"),
                               claim(published_inferred="2017"), claim())
    assert [date_label(c) for c in (real, month, year, none)] == \
        ["2019-04-10", "2019-04 (inferred)", "2017 (inferred)", "undated"]
    assert [filters.date_of(c) for c in (real, month, year, none)] == \
        [dt.date(2019, 4, 10), dt.date(2019, 4, 1), dt.date(2017, 1, 1), None]
    t = timeline.timeline([real, month, year, none], "US", "LNA", "party")
    assert list(t.index) == ["2017 (inferred)", "2019-04", "2019-04 (inferred)", "undated"]
    assert "2019-04 (inferred)" in html.unescape(provenance.claim_card_html(month, {}))
    assert list(xclaims.claims_frame([month], {})["published"]) == ["2019-04 (inferred)"]
    assert json.loads(xclaims.to_jsonl([month]))["published_inferred"] == "2019-04"  # and in the download


def test_date_filter_uses_inferred_dates():
    cs = [claim(published_inferred="2017"), claim(published_inferred="2019-04"), claim()]
    spring = filters.Filters(date_from=dt.date(2019, 1, 1), date_to=dt.date(2019, 12, 31), include_undated=False)
    assert filters.filter_claims(cs, spring) == [cs[1]]


def test_store_round_trip(tmp_path):
    st = open_store(tmp_path / "s")
    try:
        st.ensure_ontology(extra={"https://w3id.org/arabic-kg/graph/d1":
                                  document_quads(Document("d1", "حدث ذلك في 2016 وبعده في 2018."), [], [], "t")})
        rows = st.select("SELECT ?p WHERE { ?d kg:inferredIssued ?p }")
        assert [r["p"] for r in rows] == ["2018"]
    finally:
        st.close()
