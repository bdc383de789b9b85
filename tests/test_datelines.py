"""A dateline is a sentence of its own (kg/datelines.py, issue 9).

Sentences written for these tests, not taken from any corpus."""
import pytest

from kg.datelines import dateline_end
from kg.nlp import bundled_available

needs_models = pytest.mark.skipif(not bundled_available(), reason="bundled Stanza models not in kg/models/ar")


@pytest.mark.parametrize("forms, end", [
    (["طرابلس", "-", "قال", "المتحدث", "إن", "الهجوم", "فشل"], 1),
    (["الأمم", "المتحدة", "–", "دعا", "المجلس", "الطرفين"], 2),
    (["أنقرة", "(", "وكالة", ")", "ـ", "أعلنت", "الرئاسة", "أمس"], 4),   # with the agency in brackets
    (["موسكو", "(", "د", "ب", "أ", ")", "—", "قال", "الكرملين", "إن"], 6),
    (["مصر", "-", "تركيا"], None),                                       # a headline's «versus», not a dateline
    (["2020", "-", "قال", "المتحدث", "إن"], None),                      # a year opens no dateline
    (["«", "طرابلس", "-", "قال", "المتحدث", "إن"], None),
    (["قال", "وزير", "الخارجية", "المصري", "-", "في", "بيان", "أمس"], None),  # four words: a sentence's start
    (["أنقرة", "(", ")", "-", "قال", "المتحدث", "إن"], None),
    (["وندد", "الوزير", "ب", "ـ", "العدوان", "على", "طرابلس"], None),  # a preposition written with a tatweel
    (["القاهرة", "أعلنت", "دعمها", "للحكومة"], None),
])
def test_dateline_end(forms, end):
    assert dateline_end(forms) == end


ROME = "روما - أدان وزراء خارجية ألمانيا وإيطاليا وفرنسا، في بيان مشترك، أنشطة روسيا في ليبيا."
LATER = ("أعلنت الحكومة الإيطالية دعمها للحوار.\n"
         "برلين (وكالة) – استقبلت المستشارة الألمانية وزير الخارجية المصري في برلين أمس.")
MID_LINE = "وأكدت موسكو أن الاتفاق التركي - الليبي باطل ولا يلزم أحدا."


@needs_models
def test_the_dateline_is_cut_off_and_the_verb_after_it_parsed_as_one(parser):
    sents = parser.parse_uncached(ROME, "d1")
    assert [t.text for t in sents[0].tokens] == ["روما", "-"]
    verb = sents[1].tokens[0]
    assert verb.text == "أدان" and verb.upos == "VERB" and verb.id == 1
    for s in sents:
        assert all(ROME[t.start:t.end] == t.text for t in s.tokens)
        assert all(t.head <= len(s.tokens) for t in s.tokens)


@needs_models
def test_a_dateline_opening_a_later_line_is_cut_off_too(parser):
    sents = parser.parse_uncached(LATER, "d2")
    assert [t.text for t in sents[1].tokens] == ["برلين", "(", "وكالة", ")", "–"]
    assert sents[2].tokens[0].text == "استقبلت"


@needs_models
def test_a_dash_set_apart_by_a_no_break_space_closes_a_dateline_too(parser):
    text = "القاهرة\u00a0- قال المتحدث باسم الخارجية إن الوزير سيزور روما غدا."
    assert [t.text for t in parser.parse_uncached(text, "d5")[0].tokens] == ["القاهرة", "-"]


@needs_models
def test_regression_a_dash_opening_an_aside_after_a_name_was_cut_as_a_dateline(parser):
    text = "وقال فلان الفلاني \u00a0-مدير شركة للاستشارات- إن الحكومة الجديدة ستواجه صعوبات كبيرة."
    assert len(parser.parse_uncached(text, "d6")) == 1


@needs_models
def test_a_dash_inside_a_line_cuts_nothing(parser):
    assert len(parser.parse_uncached(MID_LINE, "d3")) == 1


@needs_models
def test_regression_a_preposition_with_a_tatweel_was_cut_off_as_a_dateline(parser):
    text = 'وندد الوزير بـ"العدوان" على العاصمة.'
    assert len(parser.parse_uncached(text, "d4")) == 1


@needs_models
def test_regression_a_dateline_hid_the_verb_of_a_joint_condemnation(parser):
    # («روما - أدان …»: with the dateline on the sentence, «أدان» was tagged a noun and no rule read it)
    from kg.ingest import extract_document
    from kg.text import Document

    claims = {(c.source_party, c.relation, c.target_party) for c in extract_document(Document("t", ROME),
                                                                                     parser.parse(ROME))
              if not c.rule.startswith("cooc")}
    assert {("Germany", "opposes", "Russia"), ("Italy", "opposes", "Russia"), ("France", "opposes", "Russia")} <= claims


def test_the_dateline_cut_is_part_of_the_parse_cache_key():
    from kg import nlp

    assert "dateline" in nlp.SEGMENTATION
