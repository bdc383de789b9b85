"""The over-split guard (kg/tokens.py, issue 9): frequent words whole, real clitic splits kept.

Sentences written for these tests, not taken from any corpus."""
import pytest

from kg import tokens
from kg.nlp import bundled_available

needs_models = pytest.mark.skipif(not bundled_available(), reason="bundled Stanza models not in kg/models/ar")


@pytest.mark.parametrize("pieces, sizes", [
    (["و", "زير"], [2]),            # وزير is a word, زير is not its host
    (["و", "كالة"], [2]),           # وكالة
    (["ات", "هم"], [2]),            # اتهم: a two-letter host must be a frequent function word
    (["و", "و", "زير"], [1, 2]),    # and + minister
    (["و", "زير", "ه"], [2, 1]),    # minister + his
    (["أن", "ّ"], [2]),             # a shadda cut off its letter
    (["و", "قال"], [1, 1]),         # and + said
    (["ب", "دعم"], [1, 1]),         # with + support
    (["وزير", "ه"], [1, 1]),        # his minister
    (["ب", "شكل"], [1, 1]),         # lexicalised, but PUD splits it, and شكل is a frequent word
    (["ب", "الإضافة"], [1, 1]),     # a proclitic before the article is always a split
    (["ل", "لحكومة"], [1, 1]),      # ل + الحكومة written للحكومة
    (["ل", "ه"], [1, 1]),           # clitics only
    (["و", "هو"], [1, 1]),          # and + he: هو is more frequent than وهو
    (["حكومت", "ها"], [1, 1]),      # ة written ت before a suffix
    (["زير"], [1]),
    (["«", "و", "زير", "،"], [1, 2, 1]),  # punctuation glued to the word stays apart
    (["ل", "ـ", "«", "وزير"], [1, 1, 1, 1]),  # and so does a tatweel
])
def test_guard_rejoins_only_implausible_splits(pieces, sizes):
    assert tokens.guard_pieces(pieces) == sizes


def test_rare_words_are_left_to_the_tokenizer():
    # the rule needs the whole word to be frequent: a rare one is never rejoined
    assert tokens.zipf("وزير") >= tokens.ZIPF_FREQUENT
    assert tokens.guard_pieces(["و", "زير"], threshold=9.0) == [1, 1]


@pytest.mark.parametrize("pieces, sizes", [
    (["ل", "اجئين"], [2]),          # لاجئين, a word of middling frequency: اجئين is no word at all
    (["ل", "افروف"], [2]),          # a name wordfreq knows, cut at a letter that looks like «لـ»
    (["ب", "ومبيو"], [2]),
    (["و", "ميليشيات"], [1, 1]),    # and + militias: the host is a word
    (["لقائ", "ه"], [1, 1]),        # his meeting: the hamza sits on ئ before a pronoun (لقاء)
    (["أعطا", "ه"], [1, 1]),        # gave him: ى written ا before a pronoun (أعطى)
    (["و", "غوتيريش"], [1, 1]),     # a whole word wordfreq does not know is left to the tokenizer
])
def test_regression_middling_words_cut_to_leave_no_word(pieces, sizes):
    assert tokens.guard_pieces(pieces) == sizes


def test_words_that_are_not_arabic_are_untouched():
    assert tokens.guard_pieces(["U", "N"]) == [1, 1]
    assert tokens.guard_pieces(["و", "2020"]) == [1, 1]


TITLE = "استقبل وزير الخارجية المصري نظيره التونسي في القاهرة أمس."
SAID = ("التقى رئيس الوزراء وزير الداخلية الجديد، وقال الوزير إن اللقاء كان مثمرا. "
        "وأكد الوزير وجود قوات أجنبية في البلاد وفق تقرير الأمم المتحدة.")


@needs_models
def test_the_bundled_tokenizer_oversplits_these_sentences():
    """The premise of the other tests: without the guard the tokenizer cuts وزير."""
    from kg.nlp import bundled_pipeline

    doc = bundled_pipeline()(TITLE, processors="tokenize")
    assert ["و", "زير"] == [t.text for t in doc.sentences[0].tokens][1:3]
    regrouped = tokens.regroup(doc, TITLE)
    assert [t.text for t in regrouped.sentences[0].tokens][1] == "وزير"
    said = bundled_pipeline()(SAID, processors="tokenize")
    words = [t.text for s in said.sentences for t in s.tokens]
    assert "زير" in words and "جود" in words and "فق" in words


@needs_models
def test_parser_keeps_titles_whole_and_clitics_split(parser):
    sents = parser.parse_uncached(TITLE, "t1")
    toks = [t for s in sents for t in s.tokens]
    assert toks[1].text == "وزير" and toks[1].upos == "NOUN"
    assert "زير" not in [t.text for t in toks]
    said = [t.text for s in parser.parse_uncached(SAID, "t2") for t in s.tokens]
    at = said.index("قال")
    assert said[at - 1:at + 2] == ["و", "قال", "الوزير"] and "وزير" in said
    assert "وجود" in said and "وفق" in said
    for text, key in ((TITLE, "t1"), (SAID, "t2")):
        for s in parser.parse_uncached(text, key):
            assert s.tokens[0].id == 1 and all(t.head <= len(s.tokens) for t in s.tokens)
            for t in s.tokens:  # offsets still index the text exactly
                assert text[t.start:t.end] == t.text


def test_the_guard_is_part_of_the_parse_cache_key():
    from kg import nlp

    assert "guard" in nlp.SEGMENTATION


@pytest.mark.parametrize("pieces, cut", [
    (["وات", "هم"], 1),             # «and accused»: و kept on a piece cut in the wrong place, و + اتهم
    (["وات", "هم", "ه"], 1),        # و + اتهم + ه
    (["وَات", "هم"], 2),            # the proclitic's diacritic goes with it
    (["وزير", "ه"], 0),             # his minister: the first piece is a word
    (["ولد", "ه"], 0),
    (["كتاب", "ه"], 0),             # ك is no proclitic here: كتاب is a word
    (["وات"], 0),
])
def test_regression_a_proclitic_left_on_a_piece_cut_wrongly(pieces, cut):
    assert tokens.shed_proclitic(pieces) == cut


ACCUSED = "واتهم الوزير الدولة المجاورة بتسليح المتمردين."


@needs_models
def test_regression_waw_accused_is_and_plus_accused(parser):
    from kg.nlp import bundled_pipeline

    raw = [t.text for t in bundled_pipeline()(ACCUSED, processors="tokenize").sentences[0].tokens]
    assert raw[:2] == ["وات", "هم"]  # the premise: the tokenizer cuts «واتهم» after «وات»
    toks = [t for s in parser.parse_uncached(ACCUSED, "t3") for t in s.tokens]
    assert [t.text for t in toks[:2]] == ["و", "اتهم"] and toks[1].upos == "VERB"
    assert all(ACCUSED[t.start:t.end] == t.text for t in toks)
