"""data/synthetic and data/synthetic-test: the stance model's own training passages and the ones kept out, checked
as the scorer and the guard against quoted development text need them."""
import json
import os
import re
from pathlib import Path

import pytest

from kg.normalize import normalize
from kg.ontology import registry

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [ROOT / "data" / "synthetic", ROOT / "data" / "synthetic-test"]
DEV = Path(os.environ.get("KG_SHARED", ROOT.parent / "shared")) / "dev" / "passages.jsonl"
RUN = 10  # words: titles and names run up to nine words in both; a sentence copied would run longer
ROLL_UP = json.loads((ROOT / "tests" / "gold" / "parties.json").read_text(encoding="utf-8"))
# persons, and the parties (those with no person in the roll-up too: «Cyprus», «EU», «HoR», «UK»)
ACTORS = set(ROLL_UP) | {a.party for a in registry().actors.values()}


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("folder", CORPORA, ids=lambda p: p.name)
def test_every_gold_claim_points_at_its_evidence_with_known_actors(folder):
    texts = {p["id"]: p["text"] for p in _lines(folder / "passages.jsonl")}
    gold = _lines(folder / "gold.jsonl")
    assert {g["doc"] for g in gold} == set(texts)  # every passage has a line, a claim or «none»
    for g in gold:
        if g["relation"] == "none":
            continue
        assert g["relation"] in ("supports", "opposes", "met", "called")
        assert texts[g["doc"]][g["start"]:g["end"]] == g["evidence"], g
        assert g["source"] in ACTORS and g["target"] in ACTORS, g


def test_training_and_kept_out_passages_are_apart():
    ids = [{p["id"] for p in _lines(folder / "passages.jsonl")} for folder in CORPORA]
    assert not ids[0] & ids[1]


@pytest.mark.skipif(not DEV.exists(), reason="no ../shared/dev here")
@pytest.mark.parametrize("folder", CORPORA, ids=lambda p: p.name)
def test_no_passage_runs_ten_words_with_a_dev_passage(folder):
    def words(text: str) -> list[str]:
        return [normalize(w) for w in re.findall(r"[\u0600-\u06FF]+", text)]

    dev = set()
    for p in _lines(DEV):
        w = words(p["text"])
        dev |= {tuple(w[i:i + RUN]) for i in range(len(w) - RUN + 1)}
    shared = [p["id"] for p in _lines(folder / "passages.jsonl")
              for w in [words(p["text"])] if any(tuple(w[i:i + RUN]) in dev for i in range(len(w) - RUN + 1))]
    assert not shared, shared
