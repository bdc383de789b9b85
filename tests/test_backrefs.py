"""kg.backrefs: dual and counted nouns that name again the sides named before, and the sides of a
civil conflict named by its adjective; on sentences written for the test."""
import pytest

from kg.actors import default_matcher, words_of
from kg.backrefs import named_again, sides_of_conflicts
from kg.ontology import registry

from test_relations import claims_of


def triples(parser, text: str) -> set[tuple]:
    """(source party, relation, target party) of a text's positive claims, met/called pairs sorted."""
    return {c[:3] for c in claims_of(parser, text) if not c[3]}


def allusions(parser, text: str, pair_text: str | None = None) -> list[tuple[str, ...]]:
    """The parties each allusion of ``text``'s first sentence stands for; ``pair_text``: a sentence
    whose first two actors are the pair of the sentence before."""
    reg, matcher = registry(), default_matcher()
    pair = None
    if pair_text is not None:
        words = words_of(parser.parse(pair_text)[0], pair_text)
        found = matcher.find(words)
        pair = (found[0], found[1])
    words = words_of(parser.parse(text)[0], text)
    got = named_again(words, matcher.find(words), reg.party_of, pair, (), sides_of_conflicts(reg))
    return [tuple(reg.party_of(r.actor) for r in m.referents) for m in got if m.kind == "allusion"]


def test_a_dual_object_names_the_pair_of_the_sentence_before(parser):
    got = allusions(parser, "واستقبل السراج الوزيرين في مقر المجلس.", "التقى وزير الخارجية التركي نظيره القطري.")
    assert got == [("Turkey", "Qatar")]


def test_a_dual_after_a_preposition_names_a_list_earlier_in_the_sentence(parser):
    got = allusions(parser, "وقع وزير الخارجية المصري ونظيره اليوناني اتفاقا، عقب جلسة مباحثات بين الوفدين.")
    assert got == [("Egypt", "Greece")]


def test_a_dual_subject_is_left_to_the_relation_rules(parser):
    # («وأكد الوزيران …»: the nominative is a subject, which the dual-subject rule reads with the pair)
    assert allusions(parser, "وأكد الوزيران رفضهما للتدخل الأجنبي.", "التقى وزير الخارجية التركي نظيره القطري.") == []


def test_sides_at_war_are_not_the_pair_that_met(parser):
    # «الطرفين الليبيين»: the adjective says whose sides they are, not the two ministers who met
    got = allusions(parser, "وكان الوزيران قد اجتمعا بالطرفين الليبيين كل على حدة.",
                    "التقى وزير الخارجية الروسي نظيره التركي.")
    assert got == [("GNA", "LNA")]


def test_no_allusion_without_sides_named_before(parser):
    assert allusions(parser, "واستقبل السراج الوزيرين في مقر المجلس.") == []


@pytest.mark.parametrize("text, expected", [
    ("زار وزيرا الخارجية التركي والقطري طرابلس يوم الاثنين. واستقبل السراج الوزيرين في مقر المجلس الرئاسي.",
     {("GNA", "met", "Turkey"), ("GNA", "met", "Qatar")}),
    ("وقع وزير الخارجية المصري ونظيره اليوناني اتفاقا في القاهرة، عقب جلسة مباحثات موسعة بين الوفدين.",
     {("Egypt", "met", "Greece")}),
    ("التقى وزير الخارجية الروسي نظيره التركي في موسكو يوم الأحد. وأشاد الأمين العام للأمم المتحدة بجهود "
     "البلدين.", {("Russia", "met", "Turkey"), ("UN", "supports", "Russia"), ("UN", "supports", "Turkey")}),
])
def test_claims_on_a_dual_go_to_each_side_it_names(parser, text, expected):
    assert expected <= triples(parser, text)


def test_a_call_on_both_sides_named_again_opposes_neither(parser):
    # («دعت تركيا الطرفين إلى وقف التصعيد»: all sides are asked, no stance against either)
    got = triples(parser, "استقبل الرئيس المصري نظيره الفرنسي في القاهرة. ودعت تركيا الطرفين إلى وقف التصعيد.")
    assert not any(r == "opposes" for _, r, _ in got)


def test_two_who_met_both_meet_the_one_a_dual_verb_names_after_it(parser):
    got = triples(parser, "التقى لافروف وجاويش أوغلو في موسكو. وكان الوزيران قد اجتمعا بالطرفين الليبيين كل "
                          "على حدة.")
    assert {("GNA", "met", "Russia"), ("LNA", "met", "Russia"), ("GNA", "met", "Turkey"),
            ("LNA", "met", "Turkey")} <= got


def test_the_sides_of_the_conflict_by_its_noun(parser):
    got = triples(parser, "رحبت فرنسا بموافقة طرفي الصراع الليبي على وقف إطلاق النار.")
    assert {("France", "supports", "GNA"), ("France", "supports", "LNA")} <= got


@pytest.mark.parametrize("text", [
    # («بين» belongs to the truce, not to the talks: who they were between is not said)
    "وذكر وزير الخارجية الألماني هايكو ماس أمس أن مفاوضات تثبيت الهدنة بين طرفي النزاع الليبي ما زالت متعثرة.",
    "وقال الوزير الإيطالي إن مفاوضات تمديد الهدنة بين حكومة الوفاق وقوات حفتر تتقدم ببطء.",
])
def test_regression_who_reports_talks_between_two_sides_read_as_one_of_them(parser, text):
    assert not any(r == "met" for _, r, _ in triples(parser, text))


@pytest.mark.parametrize("text", [
    "وركز الاجتماع على تطوير العلاقات التجارية والثقافية بين مصر وفرنسا.",
    "وجرى خلال الاجتماع استعراض علاقات التعاون بين مصر وفرنسا في المجال العسكري.",
])
def test_regression_ties_between_two_countries_read_as_a_meeting_between_them(parser, text):
    assert ("Egypt", "met", "France") not in triples(parser, text)


def test_a_meeting_with_a_list_opened_by_kulla_min(parser):
    got = triples(parser, "أعلن الرئيس الفرنسي، عقب لقائه في الإليزيه كلا من المشير خليفة حفتر ورئيس "
                          "المجلس الرئاسي فائز السراج، مبادرة جديدة.")
    assert {("France", "met", "LNA"), ("France", "met", "GNA")} <= got


def test_partiality_toward_both_sides_named_as_one_is_none(parser):
    got = triples(parser, "وقال المسماري إن البعثة الأممية لم تعد قادرة على الحياد بعد انحيازها للطرفين الليبيين.")
    assert not any(r == "supports" for _, r, _ in got)


def test_a_meeting_of_the_two_a_dual_names_is_between_them(parser):
    got = triples(parser, "وأعلنت مصر واليونان، في بيان صدر عقب اجتماع الوزيرين، رفضهما للتدخل الأجنبي في ليبيا.")
    assert ("Egypt", "met", "Greece") in got


def test_an_agreement_rejected_by_a_dual_is_opposed_by_both(parser):
    got = triples(parser, "وأكد بيان صادر عن اليونان وقبرص رفض البلدين للمذكرة الموقعة بين أنقرة وحكومة الوفاق.")
    assert {("Greece", "opposes", "Turkey"), ("Cyprus", "opposes", "Turkey")} <= got


def test_siding_with_both_sides_named_as_one_takes_none(parser):
    got = triples(parser, "وفرض الاتحاد الأوروبي عقوبات على شركة تركية بتهمة خرق حظر السلاح لصالح طرفي النزاع.")
    assert not any(r == "supports" for _, r, _ in got)


def test_regression_a_dual_named_again_hid_the_conflict_sides_after_it(parser):
    # (one sentence with both: the dual's sides once held the name of the conflict's sides table)
    got = allusions(parser, "واستقبل السراج الوزيرين، وبحث معهما موقف الطرفين الليبيين من الهدنة.",
                    "التقى وزير الخارجية التركي نظيره القطري.")
    assert got == [("Turkey", "Qatar"), ("GNA", "LNA")]


def test_two_men_named_together_before_and_named_again_in_a_relative_clause(parser):
    got = triples(parser, "وأعلن السراج وعقيلة صالح وقف إطلاق النار. وأشادت البعثة الأممية بالشجاعة التي أبداها الرجلان.")
    assert {("UN", "supports", "GNA"), ("UN", "supports", "LNA")} <= got


@pytest.mark.parametrize("text", [
    # (named behind a preposition: the statements' issuers)
    "صدر بيانان عن السراج وعقيلة صالح أعلنا فيهما وقف إطلاق النار. وأشادت روسيا بحكمة الرجلين.",
    # (two sentences on: kept until two others are named together)
    "أعلن السراج وعقيلة صالح وقف إطلاق النار. ونص الإعلان على تجميد العمليات القتالية. وأشادت روسيا بحكمة الرجلين.",
])
def test_two_men_named_together_behind_a_preposition_or_sentences_before(parser, text):
    assert {("Russia", "supports", "GNA"), ("Russia", "supports", "LNA")} <= triples(parser, text)


def test_two_men_named_together_before_are_forgotten_when_two_others_are(parser):
    text = ("أعلن السراج وعقيلة صالح وقف إطلاق النار. واتصل ماكرون وأردوغان بالسراج. "
            "وأشادت روسيا بحكمة الرجلين.")
    assert ("Russia", "supports", "LNA") not in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    # (a list that issued the statement)
    ("أصدرت مصر واليونان وقبرص وفرنسا بيانا مشتركا. وندد البيان بالتدخل العسكري التركي في ليبيا.",
     {"Egypt", "Greece", "Cyprus", "France"}),
    # (a joint or closing statement: all the sides of the meeting before)
    ("عقد وزراء خارجية مصر واليونان وقبرص اجتماعا في القاهرة. وندد البيان المشترك بالتدخل العسكري التركي في ليبيا.",
     {"Egypt", "Greece", "Cyprus"}),
    ("اجتمع وزراء خارجية مصر واليونان وقبرص في القاهرة. وأدان البيان الصادر في ختام الاجتماع التدخل التركي.",
     {"Egypt", "Greece", "Cyprus"}),
    # (a statement of one side after a meeting is that side's)
    ("التقى السيسي ماكرون في القاهرة. وأدان البيان التدخل التركي في ليبيا.", {"Egypt"}),
])
def test_a_statement_named_again_is_that_of_all_who_issued_it(parser, text, expected):
    assert {s for s, r, t in triples(parser, text) if r == "opposes" and t == "Turkey"} == expected


def test_a_nominative_dual_outside_a_relative_clause_stays_a_subject(parser):
    # («وأكد الرجلان …»: the main clause's subject, which the relation rules read with the pair)
    assert allusions(parser, "وأكد الرجلان التزامهما بالهدنة.", "التقى السراج عقيلة صالح في القاهرة.") == []
