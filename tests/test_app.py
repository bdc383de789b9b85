"""The Streamlit explorer (app.py), driven headless with Streamlit's AppTest on a seeds store.

Expected values come from kg.export on the same store, never from hard-coded
counts: the seeds are re-parsed whenever the models change.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("streamlit")
pytest.importorskip("st_link_analysis")
from streamlit.testing.v1 import AppTest  # noqa: E402

from conftest import app_on  # noqa: E402

from kg.explorer import claims, data, filters, provenance, timeline  # noqa: E402
from kg.export import DETAIL_KEYS  # noqa: E402
from kg.export import claims as export_claims  # noqa: E402
from kg.export import network as export_network  # noqa: E402
from kg.export import with_details  # noqa: E402
from kg.ontology import RELATIONS  # noqa: E402
from kg.store import open_store  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

CORE = {"US", "Russia", "Egypt", "France", "GNA", "LNA"}
APP = str(ROOT / "app.py")


@pytest.fixture(scope="module")
def store_dir(seeds_store_dir) -> str:
    return str(seeds_store_dir)


@pytest.fixture(scope="module")
def expected(store_dir) -> list[dict]:
    """The claims as kg.export reads them (the reference the app must agree with)."""
    st = open_store(store_dir, read_only=True)
    try:
        return export_claims(st)
    finally:
        st.close()


@pytest.fixture
def run_app(store_dir, monkeypatch):
    """Run app.py on the seeds store, optionally with URL query params or session state."""
    def run(params: dict | None = None, state: dict | None = None) -> AppTest:
        return app_on(store_dir, monkeypatch, params, state)

    return run


def component_args(at: AppTest, key: str) -> dict:
    """The JSON arguments app.py handed to the st-link-analysis component with this key."""
    for el in at.get("component_instance"):
        if el.key == key:
            return json.loads(el.proto.json_args)
    raise AssertionError(f"no component with key {key!r}; have {[e.key for e in at.get('component_instance')]}")


def claim_cards(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown if 'class="kg-claim"' in m.value]


# ---------------------------------------------------------------- the data the views are built from
def test_read_claims_agrees_with_kg_export(store_dir, expected):
    loaded = data.load_data(store_dir)
    assert expected, "the seeds store has no claims"
    assert not set(DETAIL_KEYS) & set(loaded.claims[0])  # the first render reads no evidence
    full = with_details(loaded.claims, data.load_details(store_dir))
    keys = list(expected[0])
    assert [{k: c[k] for k in keys} for c in full] == expected
    assert {"title", "outlet", "published", "url"} <= set(full[0])


def test_claim_texts_locate_the_evidence_in_its_sentence(store_dir, expected):
    texts = data.claim_texts(store_dir, [c["claim"] for c in expected[:5]])
    assert set(texts) == {c["claim"] for c in expected[:5]}
    for c in expected[:5]:
        t = texts[c["claim"]]
        assert t["evidence"] == c["evidence"] and t["speaker"] == c["speaker"]
        if t["sstart"] <= c["start"] and c["end"] <= t["send"]:
            assert t["stext"][c["start"] - t["sstart"]:c["end"] - t["sstart"]] == c["evidence"]


def test_load_data_leaves_the_store_free_for_a_writer(store_dir):
    data.load_data(store_dir)
    writer = open_store(store_dir)  # fails if the app still held the folder
    writer.close()


def test_sidebar_options_and_core_parties_are_derived_once_per_store_read(store_dir):
    """Computed from all claims once per read (StoreData.memo), not on every rerun; the same values
    as the per-claim expressions they replace."""
    loaded = data.load_data(store_dir)
    cs = loaded.claims
    opts = filters.options(cs)
    assert set(opts.parties) == {c[f"{s}_party"] for c in cs for s in ("source", "target")}
    assert opts.days == sorted({d for c in cs if (d := filters.date_of(c))})
    assert opts.outlets == sorted({filters.outlet_of(c) for c in cs})
    assert opts.inferred == any(not c.get("published") and c.get("published_inferred") for c in cs)
    assert loaded.core("party") == data.present_core(cs, "party")
    assert loaded.core("actor") == [p for p in data.CORE_PARTIES
                                    if p in {c[s] for c in cs for s in ("source", "target")}]
    assert loaded.once(("k",), lambda: 1) == 1 and loaded.once(("k",), lambda: 2) == 1


def test_store_path_precedence():
    assert data.store_path_from(["--store", "a"], {"KG_STORE": "b"}) == "a"
    assert data.store_path_from([], {"KG_STORE": "b"}) == "b"
    assert data.store_path_from(["-q", "tests/x.py"], {}) == "kgstore"


def test_missing_store_is_an_error_message(monkeypatch, tmp_path):
    monkeypatch.setenv("KG_STORE", str(tmp_path / "nowhere"))
    monkeypatch.setattr(sys, "argv", ["app.py"])
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert any("no kg store here" in e.value for e in at.error)


# ---------------------------------------------------------------- network
def test_network_component_gets_core_parties_and_edge_types(run_app, store_dir, expected):
    at = run_app()
    elements = component_args(at, "network")["elements"]
    nodes = {n["data"]["id"] for n in elements["nodes"]}
    assert CORE <= nodes
    st = open_store(store_dir, read_only=True)
    try:
        ref = export_network(st, level="party")
    finally:
        st.close()
    got = {(e["data"]["source"], e["data"]["relation"], e["data"]["target"], e["data"]["documents"])
           for e in elements["edges"]}
    want = {(s, d["relation"], t, d["documents"]) for s, t, d in ref.edges(data=True)}
    assert got == want  # one edge per relation type, weighted by independent documents
    relations = {e["data"]["relation"] for e in elements["edges"]}
    assert {"supports", "opposes"} <= relations <= set(RELATIONS)
    assert relations == {c["relation"] for c in expected if not c["negated"]}
    assert not any(e["data"]["negated"] for e in elements["edges"])  # negated claims off by default
    styled = {s["selector"] for s in component_args(at, "network")["style"]}
    assert {f"edge[relation='{r}']" for r in RELATIONS} <= styled  # coloured per relation


def test_person_level_toggle_shows_actors(run_app, expected):
    at = run_app()
    at.toggle(key="actor_level").set_value(True).run()
    nodes = {n["data"]["id"] for n in component_args(at, "network")["elements"]["nodes"]}
    assert nodes == {c[s] for c in expected if not c["negated"] for s in ("source", "target")}


def test_relation_filter_and_negated_toggle(run_app, expected):
    at = run_app()
    at.multiselect(key="f_relations").set_value(["supports"]).run()
    edges = component_args(at, "network")["elements"]["edges"]
    assert edges and {e["data"]["relation"] for e in edges} == {"supports"}
    if any(c["negated"] for c in expected):
        at.checkbox(key="f_negated").check().run()
        edges = component_args(at, "network")["elements"]["edges"]
        assert any(e["data"]["negated"] for e in edges)


# ---------------------------------------------------------------- provenance
def us_supports_lna(expected: list[dict]) -> list[dict]:
    return [c for c in expected if c["source_party"] == "US" and c["relation"] == "supports"
            and c["target_party"] == "LNA" and not c["negated"]]


def test_provenance_from_url_shows_arabic_evidence(run_app, expected):
    want = us_supports_lna(expected)
    assert want, "the seeds should say the US supports the LNA"
    at = run_app(params={"source": "US", "relation": "supports", "target": "LNA"})
    cards = claim_cards(at)
    assert len(cards) == min(len(want), provenance.MAX_PROVENANCE)
    joined = "\n".join(cards)
    for c in want[:provenance.MAX_PROVENANCE]:
        assert c["claim"] in joined
    assert 'dir="rtl"' in cards[0] and "<mark>" in cards[0]
    marked = [html.unescape(card.split("<mark>", 1)[1].split("</mark>", 1)[0]) for card in cards]
    assert any(c["evidence"] in marked for c in want)  # the evidence itself is highlighted
    assert all(any("\u0600" <= ch <= "\u06ff" for ch in m) for m in marked)  # and it is Arabic


def test_provenance_from_session_state(run_app, expected):
    want = us_supports_lna(expected)
    at = run_app(state={"selection": {"source": "US", "relation": "supports", "target": "LNA", "level": "party"}})
    assert len(claim_cards(at)) == min(len(want), provenance.MAX_PROVENANCE)


def test_node_selection_lists_claims_on_either_side(run_app, expected):
    want = [c for c in expected if "Egypt" in (c["source_party"], c["target_party"]) and not c["negated"]]
    at = run_app(params={"node": "Egypt"})
    assert len(claim_cards(at)) == min(len(want), provenance.MAX_PROVENANCE)


def test_clear_selection_empties_the_panel_and_the_url(run_app):
    at = run_app(params={"source": "US", "relation": "supports", "target": "LNA"})
    at.button(key="clear_selection").click().run()
    assert not claim_cards(at)
    assert "source" not in at.query_params


# ---------------------------------------------------------------- SPARQL console
def test_sparql_console_runs_select_and_refuses_insert(run_app, store_dir, expected):
    at = run_app(params={"view": "SPARQL"})
    at.text_area(key="sparql_text").input("SELECT (COUNT(?c) AS ?n) WHERE { ?c a kg:Claim }").run()
    at.button(key="sparql_run").click().run()
    table = at.dataframe[0].value
    assert list(table.columns) == ["n"] and int(table.iloc[0, 0]) == len(expected)

    at.text_area(key="sparql_text").input(
        'INSERT DATA { <https://example.org/x> <https://example.org/p> "injected" }').run()
    at.button(key="sparql_run").click().run()
    assert any("only read queries" in e.value for e in at.error)
    assert not at.dataframe
    st = open_store(store_dir, read_only=True)
    try:
        assert not st.select('SELECT ?s WHERE { ?s ?p "injected" }')
    finally:
        st.close()


def test_sparql_examples_are_one_click_away(run_app):
    files = sorted((ROOT / "queries").glob("*.rq"))
    if not files:
        pytest.skip("queries/ has no .rq files yet")
    at = run_app(params={"view": "SPARQL"})
    assert {b.key for b in at.button if b.key and b.key.startswith("example_")} == {f"example_{f.stem}" for f in files}
    at.button(key=f"example_{files[0].stem}").click().run()
    assert at.text_area(key="sparql_text").value == files[0].read_text(encoding="utf-8")
    at.button(key="sparql_run").click().run()
    assert not at.error, [e.value for e in at.error]


# ---------------------------------------------------------------- claims, camps, timeline
def test_claims_table_and_search(run_app, expected):
    shown = [c for c in expected if not c["negated"]]
    at = run_app(params={"view": "Claims"})
    assert len(at.dataframe[0].value) == len(shown)
    word = shown[0]["evidence"].split()[0]
    at.text_input(key="claims_search").input(word).run()
    rows = at.dataframe[0].value
    assert 0 < len(rows) <= len(shown)
    assert all(word in " ".join(map(str, r)) for r in rows.itertuples())


def test_claims_table_evidence_regression_not_cut_off_and_right_aligned(run_app):
    """Regression: the Arabic evidence sat at the far end of a wide table, cut, left-aligned and on one line."""
    at = run_app(params={"view": "Claims"})
    table = at.dataframe[0]
    assert list(table.value.columns)[0] == "evidence"
    config = json.loads(table.proto.columns)
    assert config["evidence"]["alignment"] == "right" and config["title"]["alignment"] == "right"
    assert table.proto.row_height > 64  # Streamlit wraps cell text only in rows taller than 4 rem


def test_jsonl_and_search_helpers(expected):
    lines = claims.to_jsonl(expected).splitlines()
    assert [json.loads(x) for x in lines] == expected
    labels = {"LNA": ("Libyan National Army", "الجيش الوطني الليبي")}
    hits = claims.search_claims(expected, "الجيش الوطني", labels)
    assert hits and all("LNA" in (c["source"], c["target"]) or "الجيش الوطني" in c["evidence"] for c in hits)


def test_camps_and_timeline_views_render(run_app, expected):
    at = run_app(params={"view": "Camps"})
    nodes = component_args(at, "camps_graph")["elements"]["nodes"]
    assert CORE <= {n["data"]["id"] for n in nodes}
    for n in nodes:  # coloured by camp, with the reason the camp table gives
        camp = n["data"]["label"]
        assert n["data"]["reason"].startswith(camp.replace("-", " ") + ":" if camp != "unaligned" else "unaligned")
    assert len(at.dataframe) == 2  # camps with reasons; centrality side table

    at = run_app(params={"view": "Timeline"})
    want = us_supports_lna(expected)
    rows = at.dataframe[0].value
    assert len(rows) == len([c for c in expected if c["source_party"] == "US" and c["target_party"] == "LNA"
                             and not c["negated"]])
    assert len(want) <= len(rows)


# ---------------------------------------------------------------- pure helpers
def claim(**kw) -> dict:
    base = {"claim": "c", "doc": "d1", "sentence": 0, "source": "Trump", "source_party": "US", "relation": "supports",
            "target": "Haftar", "target_party": "LNA", "negated": False, "confidence": 0.8,
            "start": 0, "end": 1, "evidence": "x", "outlet": None, "published": None}
    return {**base, **kw}


def test_filters():
    cs = [claim(), claim(confidence=0.3), claim(negated=True), claim(outlet="BBC"),
          claim(published="2019-04-10"), claim(published="2019-11-01"), claim(target_party="GNA")]
    assert len(filters.filter_claims(cs, filters.Filters())) == 6
    assert claim(confidence=0.3) not in filters.filter_claims(cs, filters.Filters(min_confidence=0.5))
    assert claim(negated=True) in filters.filter_claims(cs, filters.Filters(include_negated=True))
    assert filters.filter_claims(cs, filters.Filters(outlets=("BBC",))) == [claim(outlet="BBC")]
    assert claim(target_party="GNA") not in filters.filter_claims(cs, filters.Filters(parties=("US", "LNA")))
    spring = filters.Filters(date_from=dt.date(2019, 4, 1), date_to=dt.date(2019, 5, 1), include_undated=False)
    assert filters.filter_claims(cs, spring) == [claim(published="2019-04-10")]


def test_selection_round_trip_and_matching():
    sel = provenance.parse_edge_id(provenance.edge_id("US", "supports", "LNA", True), "party")
    assert sel == {"source": "US", "relation": "supports", "target": "LNA", "negated": True, "level": "party"}
    assert provenance.selection_from_params(provenance.selection_to_params(sel)) == {**sel}
    assert provenance.selection_from_params({"view": "Claims"}) is None
    cs = [claim(), claim(source="US"), claim(relation="opposes")]
    assert provenance.claims_for(cs, {"source": "US", "relation": "supports", "level": "party"}) == cs[:2]
    assert provenance.claims_for(cs, {"source": "US", "relation": "supports", "level": "actor"}) == [cs[1]]
    assert provenance.claims_for(cs, {"node": "Haftar"}) == cs


def test_component_events_become_selections():
    edge = {"action": "edge_click", "data": {"type": "tap", "target_id": "US|supports|LNA", "target_group": "edges"},
            "timestamp": 1}
    assert provenance.selection_from_event(edge, "party") == {"source": "US", "relation": "supports", "target": "LNA",
                                                       "negated": False, "level": "party"}
    node = {"action": "node_click", "data": {"type": "tap", "target_id": "Trump", "target_group": "nodes"}}
    assert provenance.selection_from_event(node, "actor") == {"node": "Trump", "level": "actor"}
    assert provenance.selection_from_event({"action": "remove", "data": {"node_ids": ["US"]}}, "party") is None


def test_evidence_is_escaped_and_marked():
    sentence = "قال <b> إن أمريكا تدعم"
    out = provenance.evidence_html(sentence, sentence.index("أمريكا"), len(sentence), "unused")
    assert out.startswith('<div class="kg-ar" dir="rtl" lang="ar">')
    assert "&lt;b&gt;" in out and "<mark>أمريكا تدعم</mark>" in out
    assert "<mark>fallback</mark>" in provenance.evidence_html(None, 0, 0, "fallback")


def test_timeline_buckets_undated_last():
    cs = [claim(published="2019-11-02", relation="opposes"), claim(published="2019-04-05"), claim(),
          claim(source_party="LNA", target_party="US", published="2019-04-09")]
    t = timeline.timeline(cs, "US", "LNA", "party")
    assert list(t.index) == ["2019-04", "2019-11", "undated"]
    assert t.loc["2019-04", "supports"] == 1 and t.loc["2019-11", "opposes"] == 1
    assert timeline.timeline(cs, "US", "LNA", "party", both_ways=True).loc["2019-04", "supports"] == 2


# ---------------------------------------------------------------- hardening (issue 12)
def rendered(markdown_source: str) -> str:
    """What a CommonMark renderer (raw HTML allowed, as st.markdown's unsafe_allow_html) makes of it."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": True}).render(markdown_source)


ATTACK = "\n\n![px](http://attacker.example/p.png) [click](http://attacker.example/) **bold** :x: $x$"


def test_markdown_injection_through_the_url_renders_no_image_or_link(run_app):
    at = run_app(params={"source": "US", "relation": "supports", "target": "LNA" + ATTACK})
    panels = [m.value for m in at.markdown if 'class="kg-selection"' in m.value]
    assert panels
    for value in panels:
        out = rendered(value)
        assert "<img" not in out and "attacker.example/\"" not in out and "<strong>" not in out
        assert "\n" not in value  # no line break, so no blank line can end the HTML block
        assert "![px](http://attacker.example/p.png)" in html.unescape(value)  # shown, as text


def test_markdown_injection_through_a_sidecar_title_renders_no_image_or_link(expected):
    c = dict(expected[0], title="Title" + ATTACK, url="https://example.org/a", stext=None)
    card = provenance.claim_card_html(c, {})
    out = rendered(card)
    assert "<img" not in out and 'href="http://attacker.example/' not in out and "<strong>" not in out
    assert 'href="https://example.org/a"' in out
    assert "Title ![px](http://attacker.example/p.png)" in html.unescape(card)


def test_sparql_console_cartesian_product_is_cut_at_the_row_limit(run_app, monkeypatch):
    from kg.explorer import sparql

    monkeypatch.setattr(sparql, "MAX_SPARQL_ROWS", 100)
    at = run_app(params={"view": "SPARQL"})
    at.text_area(key="sparql_text").input("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }").run()
    at.button(key="sparql_run").click().run()
    assert not at.error, [e.value for e in at.error]
    assert len(at.dataframe[0].value) == 100
    assert any("the query has more" in c.value for c in at.caption)


def test_sparql_console_runaway_query_is_stopped_at_its_time_limit(run_app, monkeypatch):
    import time

    from kg.explorer import sparql

    monkeypatch.setattr(sparql, "SPARQL_TIMEOUT_S", 2.0)
    at = run_app(params={"view": "SPARQL"})
    at.text_area(key="sparql_text").input(
        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }").run()
    t0 = time.monotonic()
    at.button(key="sparql_run").click().run()
    assert time.monotonic() - t0 < 30
    assert any("ran past the 2 s limit" in e.value for e in at.error)


def test_sparql_console_refuses_service(run_app):
    at = run_app(params={"view": "SPARQL"})
    at.text_area(key="sparql_text").input("SELECT * WHERE { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }").run()
    at.button(key="sparql_run").click().run()
    assert any("federated queries are off" in e.value for e in at.error)


def test_sparql_console_queries_beyond_the_cap_wait_then_are_refused(store_dir, monkeypatch):
    import threading

    from kg.explorer import sparql

    monkeypatch.setattr(sparql, "CONSOLE_SLOTS", threading.BoundedSemaphore(1))
    monkeypatch.setattr(sparql, "SPARQL_TIMEOUT_S", 3.0)
    monkeypatch.setattr(sparql, "CONSOLE_QUEUE_S", 0.5)
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    errors = []

    def first():
        try:
            sparql.run_sparql(store_dir, runaway)
        except sparql.QueryError as e:
            errors.append(str(e))

    t = threading.Thread(target=first)
    t.start()
    time.sleep(0.3)
    with pytest.raises(sparql.QueryError, match="busy: the most console queries"):
        sparql.run_sparql(store_dir, "ASK { ?s ?p ?o }")
    t.join(30)
    assert errors and "ran past the 3 s limit" in errors[0]
    assert sparql.run_sparql(store_dir, "ASK { ?s ?p ?o }") == (["result"], [[True]], False)


def test_store_failing_under_a_view_is_an_error_message_not_a_traceback(store_dir, tmp_path, monkeypatch):
    """What a read racing a writer looks like past kg's retries: the store's files gone under the explorer."""
    import shutil

    copy = tmp_path / "store"
    shutil.copytree(store_dir, copy)
    monkeypatch.setenv("KG_STORE", str(copy))
    monkeypatch.setattr(sys, "argv", ["app.py"])
    data.cached_data.clear()
    data.cached_claim_texts.clear()
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    for f in copy.glob("*.sst"):
        f.unlink()
    (copy / "CURRENT").unlink()
    at.session_state["selection"] = {"source": "US", "relation": "supports", "target": "LNA", "level": "party"}
    at.run()
    assert not at.exception, at.exception[0].message
    assert any("could not be read" in e.value for e in at.error)
    data.cached_data.clear()
