"""Curation (issue 11, part 2): retract / correct / confirm, in PROV-O, keyed by
the deterministic claim IRI, so it survives re-ingest and moves between stores;
exports, networks, camps and the shipped queries honour it."""
import json

import pytest
from typer.testing import CliRunner

from corpus import ingest_recorded, stored_corpus, write_corpus
from kg.camps import signed_graph
from kg.cli import app
from kg.curation import CURATION_GRAPH, CurationError, export_curation, import_curation, read_judgements, record
from kg.export import claims, export, network
from kg.store import open_store
from kg.validate import validate_store

DOCS = {
    "a": ("دعمت مصر حفتر .", {"outlet": "وكالة أ", "published": "2019-04-10"}),
    "b": "دعمت روسيا حفتر .",
    "c": "التقى ماكرون أردوغان .",
}


def by_triple(store, **kw):
    return {(c["source"], c["relation"], c["target"]): c for c in claims(store, **kw)}


@pytest.fixture
def corpus(tmp_path):
    return stored_corpus(tmp_path, DOCS)


def test_ingest_curate_reingest_export_round_trip_keeps_the_curation(corpus, tmp_path):
    store, folder, parses = corpus
    cl = by_triple(store)
    egypt, russia, met = (cl[k]["claim"] for k in [("Egypt", "supports", "Haftar"), ("Russia", "supports", "Haftar"),
                                                   ("Macron", "met", "Erdogan")])
    record(store, egypt, "retract", reason="the sentence is a quote of a denial", by="rana")
    record(store, russia, "correct", reason="it is Turkey in the original", by="rana", changes={"source": "Turkey"})
    record(store, met, "confirm", by="omar")

    # re-ingest: document a changed (its graph is rewritten), everything re-extracted with --force
    write_corpus(folder, parses, {"a": ("دعمت مصر حفتر .  ", {"outlet": "وكالة أ", "published": "2019-04-10"})})
    summary = ingest_recorded([folder], store, parses, force=True)
    assert summary.documents == 3

    after = by_triple(store)
    assert ("Egypt", "supports", "Haftar") not in after  # retracted: hidden
    assert after[("Turkey", "supports", "Haftar")]["curation"] == "corrected"
    assert after[("Turkey", "supports", "Haftar")]["source_party"] == "Turkey"
    assert after[("Macron", "met", "Erdogan")]["curation"] == "confirmed"
    shown = by_triple(store, include_retracted=True)
    assert shown[("Egypt", "supports", "Haftar")]["curation"] == "retracted"
    # the extracted claim stays in its document's graph
    assert store.select(f"SELECT ?x WHERE {{ <{egypt}> a kg:Claim BIND(1 AS ?x) }}") == [{"x": 1}]

    jsonl = [json.loads(line) for line in export(store, "claims-jsonl").decode().splitlines()]
    assert {(r["source"], r["relation"], r["target"], r["curation"]) for r in jsonl} == {
        ("Turkey", "supports", "Haftar", "corrected"), ("Macron", "met", "Erdogan", "confirmed")}
    edges = {(u, v) for u, v, d in network(store, level="actor").edges(data=True)}
    assert edges == {("Turkey", "Haftar"), ("Macron", "Erdogan")}
    assert {tuple(sorted(e)) for e in signed_graph(claims(store), "party").edges} == {("LNA", "Turkey")}
    conforms, report = validate_store(store)
    assert conforms, report

    # the curation moves to another store built from the same documents
    path = tmp_path / "curation.ttl"
    path.write_bytes(export_curation(store))
    other = open_store(tmp_path / "other")
    ingest_recorded([folder], other, parses)
    assert import_curation(other, path) == 3
    assert import_curation(other, path) == 0  # already there
    assert by_triple(other) == by_triple(store)


def test_judgements_record_who_when_why_in_prov_terms(corpus):
    store, _, _ = corpus
    egypt = by_triple(store)[("Egypt", "supports", "Haftar")]["claim"]
    j = record(store, egypt, "correct", reason="denied", by="rana", changes={"negated": True})
    rows = store.select(f"""SELECT ?who ?reason ?orig ?neg WHERE {{ GRAPH <{CURATION_GRAPH}> {{
        ?a a kg:Curation ; prov:wasAssociatedWith/rdfs:label ?who ; kg:reason ?reason ; prov:endedAtTime ?t .
        ?k prov:wasRevisionOf ?orig ; prov:wasGeneratedBy ?a ; kg:correctedNegated ?neg }} }}""")
    assert rows == [{"who": "rana", "reason": "denied", "orig": egypt, "neg": True}]
    assert j.when.endswith("Z")
    # corrections stack; the latest judgement is the state; the history is kept
    record(store, egypt, "correct", reason="and it was Russia", by="rana", changes={"source": "Russia"})
    assert [(c["source"], c["negated"]) for c in claims(store) if c["claim"] == egypt] == [("Russia", True)]
    record(store, egypt, "confirm", by="omar")
    c = next(c for c in claims(store) if c["claim"] == egypt)
    assert (c["source"], c["negated"], c["curation"]) == ("Russia", True, "confirmed")
    assert [j.action for j in read_judgements(store)] == ["correct", "correct", "confirm"]


def test_bad_judgements_are_refused_and_write_nothing(corpus, tmp_path):
    store, _, _ = corpus
    egypt = by_triple(store)[("Egypt", "supports", "Haftar")]["claim"]
    with pytest.raises(CurationError, match="no such claim"):
        record(store, egypt + "x", "retract", reason="r")
    with pytest.raises(CurationError, match="needs a reason"):
        record(store, egypt, "retract", reason=" ")
    with pytest.raises(CurationError, match="Nobody: no such actor"):
        record(store, egypt, "correct", reason="r", changes={"target": "Nobody"})
    with pytest.raises(CurationError, match="likes: not a relation"):
        record(store, egypt, "correct", reason="r", changes={"relation": "likes"})
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix kg: <x> .\nthis is not turtle", encoding="utf-8")
    with pytest.raises(CurationError, match="bad.ttl: not a curation file"):
        import_curation(store, bad)
    assert read_judgements(store) == []


def test_cli_retract_correct_confirm_and_curation_files(corpus, tmp_path):
    store, _, _ = corpus
    cl = by_triple(store)
    spec = store.spec
    store.close()
    runner = CliRunner()
    r = runner.invoke(app, ["retract", cl[("Egypt", "supports", "Haftar")]["claim"], "--reason", "wrong", "--by", "rana",
                            "--store", spec])
    assert r.exit_code == 0 and "retracted by rana" in r.output and CURATION_GRAPH in r.output
    r = runner.invoke(app, ["correct", cl[("Russia", "supports", "Haftar")]["claim"], "--relation", "opposes",
                            "--reason", "misread", "--store", spec])
    assert r.exit_code == 0 and "Russia opposes Haftar" in r.output
    r = runner.invoke(app, ["correct", cl[("Russia", "supports", "Haftar")]["claim"], "--negated", "maybe",
                            "--reason", "x", "--store", spec])
    assert r.exit_code != 0 and "--negated must be true or false" in r.output
    r = runner.invoke(app, ["confirm", "https://w3id.org/arabic-kg/claim/nope", "--store", spec])
    assert r.exit_code == 1 and "no such claim" in r.output
    r = runner.invoke(app, ["curation", "export", str(tmp_path / "c.ttl"), "--store", spec])
    assert r.exit_code == 0 and "prov:wasRevisionOf" in (tmp_path / "c.ttl").read_text(encoding="utf-8")
    r = runner.invoke(app, ["export", "--store", spec])
    assert {(json.loads(x)["source"], json.loads(x)["relation"]) for x in r.stdout.splitlines()} == {
        ("Russia", "opposes"), ("Macron", "met")}


def test_stats_count_stories_and_curated_claims(corpus):
    from kg.stats import stats

    store, _, _ = corpus
    egypt = by_triple(store)[("Egypt", "supports", "Haftar")]["claim"]
    record(store, egypt, "retract", reason="wrong", by="rana")
    s = stats(store)
    assert s["stories (copies counted once)"] == 3 and s["claims retracted by an analyst"] == 1
