"""Trigger matching (kg.triggers) against a plain reading of its own rules."""
import dataclasses
import re

import kg.triggers
from kg.actors import words_of
from kg.nlp import RecordedParser
from kg.ontology import triggers
from kg.triggers import _trigger_index, find_triggers, stem_match

from conftest import RECORDED, ROOT, SEEDS, whitespace_sentence


class _Every(dict):
    """A lookup that offers every phrase at every word: the scan the head index replaced."""

    def __init__(self, positions):
        super().__init__()
        self.positions = set(positions)

    def __contains__(self, key):
        return True

    def __getitem__(self, key):
        return self.positions

    def get(self, key, default=None):
        return self.positions


def test_regression_extraction_tried_every_phrase_at_every_word(monkeypatch):
    # find_triggers was the costliest step of extraction (each word was tried against all 400-odd
    # phrases); it now tries only the phrases whose first word the word may be. The hits must be
    # those of the full scan, in the same order, on every sentence of the seeds.
    trigs = triggers()
    index = _trigger_index(trigs)
    parser = RecordedParser(RECORDED)
    sentences = [words_of(s, text) for p in sorted(SEEDS.glob("*.txt"))
                 for text in [p.read_text(encoding="utf-8")] for s in parser.parse(text)]
    fast = [find_triggers(words, trigs) for words in sentences]
    every = _Every(range(len(index.phrases)))
    monkeypatch.setitem(kg.triggers._INDEX, id(trigs), dataclasses.replace(index, by_head=every, bare_headed=every))
    scan = [find_triggers(words, trigs) for words in sentences]
    assert sum(len(h) for h in fast) > 100  # the seeds are full of triggers
    assert fast == scan


def test_regression_received_in_the_past_read_as_delivered():
    # «تسلمت» is «تسلّم» (received) in the past; an imperfect prefix with the perfect's «ـت» is no form of «سلّم»
    text = "تسلمت سلمت تسلم يسلمون استقبلت"
    words = words_of(whitespace_sentence(text), text)
    assert [stem_match(w, "سلم", "verb") for w in words[:4]] == [False, True, True, True]
    assert stem_match(words[4], "ستقبل", "verb")


def test_regression_a_final_hamza_on_its_seat_before_a_pronoun_not_the_noun():
    # «حلفائه», «لقائها»: a noun ending in «اء» writes the hamza on a seat before a pronoun; «ثنائي» (bilateral) and
    # «ثنائية» are other words, not «ثناء» (praise) with a suffix
    text = "حلفائه لقائها شركائهم ثنائي ثنائية"
    words = words_of(whitespace_sentence(text), text)
    assert [stem_match(words[0], "حلفاء", "noun"), stem_match(words[1], "لقاء", "noun"),
            stem_match(words[2], "شركاء", "noun")] == [True, True, True]
    assert not stem_match(words[3], "ثناء", "noun") and not stem_match(words[4], "ثناء", "noun")


def _trailing_comment(line: str) -> str:
    """The comment closing a line that holds Turtle before it ("" for none), a «#» inside a literal no comment."""
    quoted = False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == "#" and not quoted:
            return line[i:] if line[:i].strip() else ""
    return ""


def test_regression_trigger_phrases_swallowed_by_a_comment():
    # «"قاتل مع",  # (…) "قاتل بجانب", "قتال بجانب",»: a comment put after the first phrase of a list took the
    # two after it, so kgt:sided never read them; no comment after Turtle may hold an Arabic literal of a list
    literal = re.compile(r'"[\u0600-\u06FF ]+"(@ar)?\s*[,;.]')
    swallowed = [f"{path.name}:{n}" for path in sorted((ROOT / "ontology").glob("*.ttl"))
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
                 if literal.search(_trailing_comment(line))]
    assert swallowed == []
    for text in ("ويقاتل بجانب قوات حفتر مرتزقة روس", "وأدان الوزير القتال بجانب قوات حفتر"):
        words = words_of(whitespace_sentence(text), text)
        assert "sided" in {h.trigger.id for h in find_triggers(words)}, text
