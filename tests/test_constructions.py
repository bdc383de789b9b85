"""Arabic news constructions the extractor handles (issue 9), one test each, on sentences written for the tests.

They run the real bundled Stanza models and the shipped stance model, so they
test what a user gets.  Claims are compared at party level with their
polarity: (source party, relation, target party, negated).
"""
import pytest

from kg.actors import default_matcher, words_of
from kg.ingest import extract_document
from kg.text import Document

from conftest import whitespace_sentence
from test_relations import claims_of


def mentions_in(text: str, parser=None) -> list[str]:
    sentences = parser.parse(text) if parser else [whitespace_sentence(text)]
    return [m.actor for s in sentences for m in default_matcher().find(words_of(s, text))]


CASES = [
    ("bare masdar after a verb, genitive agent, adjective between",
     "وأكد السيسي دعم مصر الكامل للجيش الوطني الليبي.", ("Egypt", "supports", "LNA", False)),
    ("counterpart «نظيره»", "التقى وزير الخارجية المصري سامح شكري نظيره الفرنسي في القاهرة.",
     ("Egypt", "met", "France", False)),
    ("host and guest with a place between", "وكان ماكرون استقبل في الثامن من مايو في باريس السراج.",
     ("France", "met", "GNA", False)),
    ("praise is support", "أشاد الرئيس الروسي فلاديمير بوتين بحفتر.", ("Russia", "supports", "LNA", False)),
    ("criticism is opposition", "وانتقد السراج الدعم الإماراتي لقوات حفتر.", ("GNA", "opposes", "UAE", False)),
    ("support given «إلى»", "حيث تقدم أنقرة دعما عسكريا إلى حكومة الوفاق.", ("Turkey", "supports", "GNA", False)),
    ("rivalry noun with the subject further away", "ويعد حفتر منذ سنوات خصما لدودا لحكومة الوفاق.",
     ("LNA", "opposes", "GNA", False)),
    ("opposition to an action is against its doer", "وأكد المبعوث الأمريكي رفض واشنطن الحملة التي يشنها حفتر على طرابلس.",
     ("US", "opposes", "LNA", False)),
    ("deed with its doer after «ل»", "وأعربت فرنسا عن قلقها من التدخل المتزايد لروسيا في ليبيا.",
     ("France", "opposes", "Russia", False)),
    ("denied legitimacy", "وقال وزير الخارجية التركي إن حفتر لا يحظى بأي شرعية.", ("Turkey", "opposes", "LNA", False)),
    ("a call received «من»", "وتلقى السراج مساء أمس اتصالا هاتفيا من الوزير الأمريكي بومبيو.",
     ("GNA", "called", "US", False)),
    ("a warning against an actor", "وحذرت فرنسا من تركيا في شرق المتوسط.", ("France", "opposes", "Turkey", False)),
    ("a demand that the actor withdraw", "وطالبت الولايات المتحدة روسيا بسحب مرتزقتها من ليبيا.",
     ("US", "opposes", "Russia", False)),
    ("«هاتفيا» makes talks a call", "وبحث الرئيس التركي هاتفيا مع نظيره الروسي تطورات الأوضاع في ليبيا.",
     ("Turkey", "called", "Russia", False)),
]


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_construction(parser, name, text, expected):
    s, rel, t, neg = expected
    if rel in ("met", "called") and t < s:
        s, t = t, s
    assert (s, rel, t, neg) in claims_of(parser, text)


def test_denial_negates_the_whole_verb_phrase(parser):
    # the denial is four words before the support noun
    got = claims_of(parser, "نفت روسيا تقديم أي دعم عسكري لقوات حفتر.")
    assert ("Russia", "supports", "LNA", True) in got
    assert ("Russia", "supports", "LNA", False) not in got


def test_negation_at_one_trigger_covers_the_pair_in_the_sentence(parser):
    # «لم يتمكن من لقاء» is negated; «زيارته» in the same sentence does not make the meeting happen
    got = claims_of(parser, "وأوضح السراج أنه لم يستطع لقاء حفتر أثناء زيارته إلى القاهرة.")
    assert ("GNA", "met", "LNA", False) not in got


def test_reported_accusation_carries_two_claims(parser):
    got = claims_of(parser, "اتهم أردوغان الإمارات بدعم حفتر.")
    assert {("Turkey", "opposes", "UAE", False), ("UAE", "supports", "LNA", False)} <= got
    assert ("LNA", "supports", "UAE", False) not in got


@pytest.mark.parametrize("text", [
    "واتهم أردوغان روسيا بإرسال مرتزقة إلى ليبيا لدعم قوات حفتر.",
    "وأردوغان اتهم روسيا بإرسال مرتزقة لدعم حفتر.",
])
def test_what_an_accusation_is_about_the_accused_did(parser, text):
    got = claims_of(parser, text)
    assert {("Turkey", "opposes", "Russia", False), ("Russia", "supports", "LNA", False)} <= got
    assert ("Turkey", "supports", "LNA", False) not in got


@pytest.mark.parametrize("text, backers, backed", [
    ("وتقاتل قوات حكومة الوفاق بدعم من تركيا وقطر.", {"Turkey", "Qatar"}, "GNA"),
    ("وتعمل حكومة الوفاق في طرابلس بدعم الاتحاد الأوروبي والأمم المتحدة.", {"UN", "EU"}, "GNA"),
])
def test_backing_phrase_with_a_list_of_backers(parser, text, backers, backed):
    got = claims_of(parser, text)
    assert {(b, "supports", backed, False) for b in backers} <= got


def test_joint_statement_condemning_a_deed_opposes_its_author(parser):
    got = claims_of(parser, "أصدر وزراء خارجية مصر وفرنسا واليونان بيانا مشتركا يدين التدخل التركي في ليبيا.")
    assert {(p, "opposes", "Turkey", False) for p in ("Egypt", "France", "Greece")} <= got


def test_deed_named_without_a_speaker_states_no_stance(parser):
    got = claims_of(parser, "وأدى التدخل التركي إلى تغيير موازين القوى.")
    assert not any(c[1] == "opposes" for c in got)


@pytest.mark.parametrize("text", [
    "وسيلتقي ماكرون بالسراج الأسبوع المقبل في باريس.",
    "وتوجه وزير الخارجية الإيطالي إلى بنغازي للقاء حفتر.",
])
def test_planned_meeting_is_no_claim(parser, text):
    assert not any(c[1] == "met" and not c[3] for c in claims_of(parser, text))


@pytest.mark.parametrize("text, actors", [
    ("عقد الاجتماع في باريس أمس", []),
    ("وصل الوفد إلى أنقرة مساء الأحد", []),
    ("قالت باريس إنها تدعم الحل السياسي", ["France"]),
    ("أرسلت أنقرة وفدا إلى حكومة الوفاق", ["Turkey", "GNA"]),
])
def test_capital_after_fi_or_ila_is_a_place(text, actors):
    assert mentions_in(text) == actors


def test_dateline_is_a_place_not_an_actor():
    assert mentions_in("القاهرة (رويترز) - قال مسؤولون إن الاجتماع تأجل") == []


def test_title_of_a_country_kg_does_not_know_names_nobody(parser):
    # «العاهل» alone would be the one monarch in the registry; «الأردني» says it is another
    assert "Salman" not in mentions_in("واستقبل العاهل الأردني الملك عبد الله الثاني السراج في عمان.", parser)


def test_title_qualified_by_a_non_national_adjective_still_resolves(parser):
    doc = Document("t", "حط خليفة حفتر في روما صباح الثلاثاء. واستقبل رئيس الوزراء الإيطالي في قصر كيغي القائد العسكري.",
                   published="2019-06-01")
    assert any(c.target == "Haftar" or c.source == "Haftar" for c in extract_document(doc, parser.parse(doc.text)))


@pytest.mark.parametrize("text, ends", [
    # a title line before a longer paragraph ends at its line
    ("عنوان قصير للخبر\nوقال المتحدث باسم الحكومة في مؤتمر صحفي عقده اليوم إن الاجتماع تأجل إلى موعد لاحق.", True),
    # copy wrapped mid-sentence, even mid-name, goes on
    ("التقى الرئيس المصري عبد الفتاح\nالسيسي في القاهرة المشير خليفة\nحفتر أمس.", False),
    ("وقال المتحدث باسم الحكومة في مؤتمر صحفي عقده اليوم في العاصمة إن\nالاجتماع تأجل.", False),
    # a short line that ends on a preposition or a comma is wrapped copy, no title
    ("ويعد السراج، حليف أنقرة في\nليبيا، خصما عنيدا لحفتر منذ سنوات طويلة من الحرب والانقسام.", False),
    ("وقال الوزير أمس،\nفي مؤتمر صحفي عقده في العاصمة المصرية بعد لقائه نظيره الفرنسي، إن الحل سياسي.", False),
    # as is one that opens with the conjunction «و»: a title does not go on from the text before it
    ("وقال وزير الخارجية المصري إن بلاده تدعم\nالجيش الوطني الليبي في حربه على الإرهاب وتدعو إلى حل سياسي.",
     False),
    ("وأعلنت الخارجية الروسية أن موسكو ترفض\nالاتفاق الذي وقعته أنقرة وطرابلس في نوفمبر الماضي.", False),
    # (a word whose «و» is its own is no conjunction: a title may open with «وزير»)
    ("وزير الخارجية المصري في طرابلس\nوصل وزير الخارجية المصري إلى العاصمة الليبية اليوم في زيارة مفاجئة هي "
     "الأولى منذ سنوات.", True),
    # a longer headline ends before a paragraph at least twice its length, not before a line like it (copy
    # wrapped at a width)
    ("وزير الخارجية الإيطالي يبحث في القاهرة مع نظيره المصري تطورات الأزمة الليبية وسبل دعم الحوار\n"
     "بحث وزير الخارجية الإيطالي مع نظيره المصري في القاهرة اليوم تطورات الأزمة الليبية وسبل دعم الحوار بين "
     "الأطراف الليبية، وأكد الجانبان أهمية الحل السياسي للأزمة ورفض أي تدخل عسكري أجنبي في البلاد.", True),
    ("بحث وزير الخارجية الإيطالي مع نظيره المصري في القاهرة اليوم تطورات الأزمة\n"
     "الليبية وسبل دعم الحوار بين الأطراف الليبية وأكد الجانبان أهمية الحل السياسي.", False),
    # a full stop or a blank line always ends it
    ("انتهى الاجتماع.\nوبدأ المؤتمر", True),
    ("عنوان\n\nنص", True),
])
def test_line_break_ends_a_sentence_only_after_a_stop_a_blank_line_or_a_title(text, ends):
    from kg.nlp import line_ends_sentence

    i = text.index("\n")
    j = len(text) - len(text[i:].lstrip("\n"))
    assert line_ends_sentence(text, i, j) is ends


def test_regression_wrapped_line_opening_with_and_taken_for_a_title(parser):
    got = claims_of(parser, "وقال وزير الخارجية المصري إن بلاده تدعم\nالجيش الوطني الليبي في حربه على الإرهاب "
                            "وتدعو إلى حل سياسي شامل للأزمة.")
    assert ("Egypt", "supports", "LNA", False) in got


def test_name_wrapped_over_two_lines_is_still_one_actor(parser):
    got = claims_of(parser, "التقى الرئيس المصري عبد الفتاح\nالسيسي في القاهرة المشير خليفة\nحفتر أمس.")
    assert ("Egypt", "met", "LNA", False) in got


@pytest.mark.parametrize("text, source, parties", [
    # the parties named in an earlier sentence stand for «هذا الاتفاق»
    ("وقعت تركيا وحكومة الوفاق مذكرتي تفاهم في نوفمبر. وأعلنت مصر رفضها لهذا الاتفاق.", "Egypt", {"Turkey", "GNA"}),
    ("وأدانت اليونان الاتفاق البحري الموقع بين أنقرة وحكومة الوفاق.", "Greece", {"Turkey", "GNA"}),
    ("وقال وزير الخارجية الفرنسي إن الاتفاقية التي وقعها السراج وأردوغان باطلة.", "France", {"Turkey", "GNA"}),
])
def test_stance_against_an_agreement_is_against_both_parties(parser, text, source, parties):
    got = claims_of(parser, text)
    assert {(source, "opposes", p, False) for p in parties} <= got


def test_welcoming_an_agreement_opposes_nobody(parser):
    got = claims_of(parser, "وقعت تركيا وحكومة الوفاق مذكرتي تفاهم. ورحب البرلمان التركي بالاتفاق.")
    assert not any(c[1] == "opposes" for c in got)


def test_repeated_preposition_joins_the_targets(parser):
    got = claims_of(parser, "واجتمع الرئيس الفرنسي مع رئيس حكومة الوفاق ومع قائد الجيش الليبي في قصر الإليزيه.")
    assert {("France", "met", "GNA", False), ("France", "met", "LNA", False)} <= got


def test_traded_accusations_oppose_both_ways(parser):
    got = claims_of(parser, "وتصاعد تبادل الاتهامات بين أنقرة والقاهرة بشأن ليبيا.")
    assert {("Turkey", "opposes", "Egypt", False), ("Egypt", "opposes", "Turkey", False)} <= got
