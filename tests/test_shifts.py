"""Stance over time (issue 11, part 5), on a dated fixture corpus (tests/data/shifts):
Egypt -> Haftar is planted to move from support (two January stories) to opposition
(March); Russia -> Haftar supports in February and April (and opposes in an undated
document, which has no period); Turkey -> Sarraj is balanced in March and supports in
May (a balanced month is not a stance, so no shift).  kg shifts must find exactly the
planted change."""
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import record
from corpus import ingest_recorded
from kg.cli import app
from kg.curation import record as curate
from kg.export import records as claims
from kg.shifts import find_shifts, period_of
from kg.store import open_store
from kg.text import read_documents

SHIFTS = Path(__file__).parent / "data" / "shifts"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    parses = tmp_path_factory.mktemp("shift-parses")
    for d in read_documents([SHIFTS]):
        record(d.text, parses)
    st = open_store(tmp_path_factory.mktemp("shifts") / "s")
    ingest_recorded([SHIFTS], st, parses)
    yield st
    st.close()


def test_period_of():
    assert (period_of("2019-04-14"), period_of("2019-04-14", "quarter"), period_of("2019-12-01", "quarter")) == \
        ("2019-04", "2019-Q2", "2019-Q4")


def test_shifts_finds_the_planted_change_and_no_other(store):
    found = find_shifts(claims(store))
    assert [(s["source"], s["target"], s["before"]["period"], s["before"]["net"], s["after"]["period"],
             s["after"]["net"]) for s in found] == [("Egypt", "Haftar", "2019-01", 2, "2019-03", -1)]
    assert {c["doc"] for c in found[0]["before"]["claims"]} == {"jan_egypt_a", "jan_egypt_b"}
    assert {c["doc"] for c in found[0]["after"]["claims"]} == {"mar_egypt"}


def test_by_quarter_the_change_is_inside_one_period(store):
    assert find_shifts(claims(store), "quarter") == []


def test_pair_filter_and_party_level(store):
    assert len(find_shifts(claims(store), pair=("Haftar", "Egypt"))) == 1
    assert find_shifts(claims(store), pair=("Russia", "Haftar")) == []
    assert [(s["source"], s["target"]) for s in find_shifts(claims(store), level="party")] == [("Egypt", "LNA")]


def test_a_retracted_claim_takes_its_shift_away(store, tmp_path):
    import pyoxigraph as ox

    copy = open_store(tmp_path / "copy")
    copy.db.bulk_load(store.dump(ox.RdfFormat.N_QUADS), format=ox.RdfFormat.N_QUADS)
    march = next(c["claim"] for c in claims(copy) if c["doc"] == "mar_egypt")
    curate(copy, march, "retract", reason="misread: the sentence reports a rumour")
    assert find_shifts(claims(copy)) == []


def test_cli_shifts(store, tmp_path):
    import pyoxigraph as ox

    db = ox.Store(str(tmp_path / "closed"))  # the CLI opens its own (read-only) handle on a closed store
    db.bulk_load(store.dump(ox.RdfFormat.N_QUADS), format=ox.RdfFormat.N_QUADS)
    db.flush()
    del db
    runner = CliRunner()
    store_copy = tmp_path / "closed"
    r = runner.invoke(app, ["shifts", "--json", "--store", str(store_copy)])
    assert r.exit_code == 0, r.output
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [(x["source"], x["target"], x["before"]["period"], x["after"]["period"]) for x in rows] == \
        [("Egypt", "Haftar", "2019-01", "2019-03")]
    r = runner.invoke(app, ["shifts", "--period", "week", "--store", str(store_copy)])
    assert r.exit_code == 1 and "--period must be one of month, quarter" in r.output
    r = runner.invoke(app, ["shifts", "--pair", "Egypt", "Nobody", "--store", str(store_copy)])
    assert r.exit_code == 1 and "Nobody: no such actor" in r.output
