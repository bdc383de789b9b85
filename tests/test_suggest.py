"""kg actors suggest (issue 11, part 3) on a fixture corpus (tests/data/suggest, written
for the test): an unknown «حماد المهدوي» fills a trigger slot in three documents (and
is named outside one in a fourth), «زياد القطراني» and «المجلس العسكري الطرابلسي» in one
each, and the known actors in all of them.  Suggest must rank the planted unknown
first and propose no registry actor."""
from pathlib import Path

import pytest
from typer.testing import CliRunner

from corpus import ingest_recorded, record_tagged
from kg.cli import app
from kg.nlp import RecordedParser
from kg.store import open_store
from kg.suggest import suggest
from kg.text import read_documents

DATA = Path(__file__).parent / "data" / "suggest"
PROPN = {"حماد", "المهدوي", "زياد", "القطراني", "بنغازي", "حفتر", "السراج", "مصر"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    parses = tmp_path_factory.mktemp("suggest-parses")
    for d in read_documents([DATA]):
        record_tagged(d.text, parses, PROPN)
    path = tmp_path_factory.mktemp("suggest") / "s"
    store = open_store(path)
    ingest_recorded([DATA], store, parses)
    return store, parses


def test_suggest_ranks_the_planted_unknown_actor_first(corpus):
    store, parses = corpus
    found = suggest(store, parser_for=lambda models: RecordedParser(parses))
    assert [(c["text"], c["documents"]) for c in found] == [
        ("حماد المهدوي", 3), ("المجلس العسكري الطرابلسي", 1), ("زياد القطراني", 1)]
    first = found[0]
    assert len(first["examples"]) == 2 and all("حماد المهدوي" in e for e in first["examples"])
    assert '"حماد المهدوي"@ar' in first["turtle"] and first["turtle"].startswith("kga:NewActor1 a kg:Person")
    assert found[1]["turtle"].startswith("kga:NewActor2 a kg:Organization")


def test_suggest_without_cached_parses_says_so(corpus, tmp_path, monkeypatch):
    import pyoxigraph as ox

    store, _ = corpus
    db = ox.Store(str(tmp_path / "closed"))  # the CLI opens its own handle on a closed store
    db.bulk_load(store.dump(ox.RdfFormat.N_QUADS), format=ox.RdfFormat.N_QUADS)
    db.flush()
    del db
    monkeypatch.setenv("KG_CACHE", str(tmp_path / "empty"))
    r = CliRunner().invoke(app, ["actors", "suggest", "--store", str(tmp_path / "closed")])
    assert r.exit_code == 1 and "no cached parse" in r.output


@pytest.mark.parametrize("text, want", [
    ("دعم وزير الدفاع فرج القبلاوي السراج .", ["وزير الدفاع فرج القبلاوي"]),  # a registry title + a name
    # «السفير» before a name kg does not know is that person's title, not the registry's one ambassador
    ("التقى السفير نادر العمراني حفتر .", ["السفير نادر العمراني"]),
    ("دعم المجلس العسكري الطرابلسي السراج .", ["المجلس العسكري الطرابلسي"]),  # «الـ… الطرابلسي» body
    ("دعمت مصر بقوة حفتر .", []),  # no name-like word in the slots
    ("ولد فرج القبلاوي في طرابلس .", []),  # a name, but in no trigger's slot
])
def test_candidates_in_trigger_slots(text, want):
    from conftest import whitespace_sentence
    from kg.actors import words_of
    from kg.suggest import candidates_in

    s = whitespace_sentence(text)
    for t in s.tokens:
        t.upos = "PROPN" if t.text in {"فرج", "القبلاوي", "نادر", "العمراني", "طرابلس"} else "X"
    assert candidates_in(words_of(s, text), None) == want


def test_titles_match_with_their_article():
    from conftest import whitespace_sentence
    from kg.actors import words_of
    from kg.suggest import _title_at

    text = "قال السفير الروسي"
    words = words_of(whitespace_sentence(text), text)
    assert _title_at(words, 1, ("سفير",)) and not _title_at(words, 0, ("سفير",))
    assert not _title_at(words, 2, ("سفير", "الروسي"))
