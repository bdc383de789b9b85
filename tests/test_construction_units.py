"""Each named construction of kg.constructions, on a sentence written for the test.

A case passes when the claim is there *and* the construction named in its
rule produced it, so a construction that stops firing (another one taking its
sentences, or none) fails here under its own name.  The last test keeps the
list complete: a construction added without a case here fails it.
"""
import pytest

from kg.actors import default_matcher, words_of
from kg.constructions import CONSTRUCTIONS
from kg.grammar import marker_before, mention_gender, pronoun_gender
from kg.ingest import document_candidates, extract_document
from kg.relations import RelationExtractor
from kg.text import Document

from conftest import whitespace_sentence

# rule -> (sentence, (source party, relation, target party))
RULE_CASES = {
    "between": ("عقدت محادثات بين وزير الخارجية المصري ونظيره الفرنسي في القاهرة.", ("Egypt", "met", "France")),
    "resumed": ("وجاء ذلك في اتصال هاتفي تلقاه أمير قطر من الرئيس التركي.", ("Qatar", "called", "Turkey")),
    "predicate": ("وقال البرلمان المصري إن حكومة الوفاق فاقدة للشرعية.", ("Egypt", "opposes", "GNA")),
    "passive": ("وتتقدم حكومة الوفاق المدعومة من أنقرة نحو سرت.", ("Turkey", "supports", "GNA")),
    "passive-pronoun": ("وقال السراج إن وزارته المدعومة من الأمم المتحدة ستواصل عملها.", ("UN", "supports", "GNA")),
    "active": ("وانتقد الوزير الدول الداعمة لحفتر مثل الإمارات.", ("UAE", "supports", "LNA")),
    "agent": ("ويعد حفتر منذ سنوات خصما لدودا لحكومة الوفاق.", ("LNA", "opposes", "GNA")),
    "client": ("ويرى مراقبون أن حفتر هو رجل القاهرة في ليبيا.", ("Egypt", "supports", "LNA")),
    "deed": ("وأعربت فرنسا عن قلقها من التدخل المتزايد لروسيا في ليبيا.", ("France", "opposes", "Russia")),
    "deed-pronoun": ("وقالت واشنطن إن موسكو تحاول إخفاء تورطها في ليبيا.", ("US", "opposes", "Russia")),
    "reported-deed": ("وقالت الأمم المتحدة إن روسيا انتهكت الحظر الدولي على السلاح.", ("UN", "opposes", "Russia")),
    "branded-backer": ("وقال أردوغان إن فرنسا تدعم الانقلابي حفتر.", ("Turkey", "opposes", "France")),
    "reported-backing": ("وقال وزير الدفاع بحكومة الوفاق إن روسيا ترسل مقاتلات إلى قوات حفتر.",
                         ("GNA", "opposes", "Russia")),
    "received": ("وتلقى الجيش الوطني الليبي دعما عسكريا من الإمارات ومصر.", ("UAE", "supports", "LNA")),
    "accused-of": ("اتهم أردوغان الإمارات بدعم حفتر.", ("UAE", "supports", "LNA")),
    "accusation-levelled": ("ورد الكرملين على الاتهامات التي ساقها المسؤول الأمريكي لموسكو.",
                            ("US", "opposes", "Russia")),
    "ba-complement": ("وطالبت فرنسا في بيانها اليوم بدعم حكومة الوفاق.", ("France", "supports", "GNA")),
    "backed-by": ("وتقاتل قوات حفتر بدعم من روسيا والإمارات.", ("Russia", "supports", "LNA")),
    "masdar-object": ("ودفع ترامب إدارته لتأييد حفتر.", ("US", "supports", "LNA")),
    "masdar-pronoun-object": ("وعبر السراج عن ارتياحه بعد اجتماعه أردوغان.", ("GNA", "met", "Turkey")),
    "masdar-genitive": ("وأكد السيسي دعم مصر الكامل للجيش الوطني الليبي.", ("Egypt", "supports", "LNA")),
    "masdar-pronoun": ("أعلنت فرنسا دعمها لحكومة الوفاق.", ("France", "supports", "GNA")),
    "masdar-chain": ("أعلنت مصر تأييدها لحفتر وتقديم الدعم الكامل للجيش الوطني الليبي.", ("Egypt", "supports", "LNA")),
    "masdar-before": ("وشن وزير الخارجية الفرنسي هجوما حادا على تركيا.", ("France", "opposes", "Turkey")),
    "masdar-topic": ("وأرسلت تركيا قوات إلى ليبيا في ظل رفض أمريكي وفرنسي.", ("US", "opposes", "Turkey")),
    "verb-topic-object": ("حفتر تدعمه الإمارات منذ سنوات.", ("UAE", "supports", "LNA")),
    "verb-parse": ("دعمت روسيا قوات حفتر بالمرتزقة.", ("Russia", "supports", "LNA")),
    "verb-svo": ("تركيا تدعم حكومة الوفاق بالطائرات المسيرة.", ("Turkey", "supports", "GNA")),
    "verb-vso": ("والتقت القاهرة حفتر وأكدت دعمها لقواته.", ("Egypt", "met", "LNA")),
    "verb-including": ("وقد دعمت دول عديدة ومنها الإمارات قوات حفتر.", ("UAE", "supports", "LNA")),
    "verb-coordinated": ("الموقف الأمريكي تغير كثيرا خلال العام، واصطف الى جانب حكومة الوفاق.", ("US", "supports", "GNA")),
    "verb-svo-far": ("وأصدرت مصر وفرنسا بيانا مشتركا يندد بالتدخل التركي في ليبيا.", ("France", "opposes", "Turkey")),
    "verb-dropped-subject": ("وقالت مصر في بيان إنها اليوم وبعد مشاورات طويلة تؤيد قوات حفتر.", ("Egypt", "supports", "LNA")),
    "verb-joint": ("واجتمع السراج وحفتر في أبوظبي الشهر الماضي.", ("GNA", "met", "LNA")),
    "verb-fronted": ("وفي اتصال هاتفي مع نظيره الروسي، بحث أردوغان الأزمة الليبية.", ("Russia", "called", "Turkey")),
    "masdar-fronted": ("وبعد لقاء مطول مع السفير الأمريكي، أعلن السراج استعداده للحوار.", ("GNA", "met", "US")),
    "masdar-joint": ("وعقد السراج وحفتر اجتماعا مطولا في العاصمة الإماراتية.", ("GNA", "met", "LNA")),
    "masdar-exchanged": ("وتبادلت مصر وتركيا الانتقادات الحادة بشأن ليبيا.", ("Egypt", "opposes", "Turkey")),
    "masdar-from-to": ("وحذر التقرير من استمرار توريد الأسلحة من تركيا إلى حكومة الوفاق.", ("Turkey", "supports", "GNA")),
    "verb-in-speech": ("وألقى أردوغان كلمة أمام نواب البرلمان الألماني، هاجم فيها حفتر.", ("Turkey", "opposes", "LNA")),
    "verb-first-person": ("وقال السيسي: سندعم الجيش الوطني الليبي حتى النهاية.", ("Egypt", "supports", "LNA")),
    "verb-passive": ("وحكومة الوفاق تدعم من قبل تركيا وقطر منذ عام.", ("Turkey", "supports", "GNA")),
    "circumstantial": ("وقال حفتر إن قواته تتقدم، متهما تركيا بإرسال المرتزقة.", ("LNA", "opposes", "Turkey")),
    "lodged": ("وقدمت مصر شكوى لمجلس الأمن بشأن تدفق السلاح التركي.", ("Egypt", "opposes", "Turkey")),
    "verb-purpose": ("وعاد المتحدث باسم الجيش الوطني بعد ساعات ليصف مقترح السراج بأنه دعاية.",
                     ("LNA", "opposes", "GNA")),
    "verb-asked": ("وطالب مجلس النواب الليبي مجلس الأمن بسحب الاعتراف بحكومة الوفاق.", ("HoR", "opposes", "GNA")),
    "verb-accused": ("وتتكرر اتهامات أنقرة لموسكو بإرسال أسلحة إلى قوات حفتر.", ("Russia", "supports", "LNA")),
    "masdar-asked": ("وطالب البرلمان اليوناني الاتحاد الأوروبي بإدانة الدعم التركي لحكومة الوفاق.", ("Greece", "opposes", "Turkey")),
    "in-reception": ("وكان في استقبال حفتر لدى وصوله إلى القاهرة وزير الخارجية المصري.", ("Egypt", "met", "LNA")),
    "alongside": ("وأرسلت موسكو مرتزقة للقتال مع القوات الروسية بجانب قوات حفتر.", ("Russia", "supports", "LNA")),
    "invited": ("وطالب مجلس النواب الجيش المصري بالتدخل في ليبيا.", ("HoR", "supports", "Egypt")),
    "requested": ("وأكد الوزير أن القوات التركية باقية هناك بطلب من حكومة الوفاق.", ("Turkey", "supports", "GNA")),
    "must-end": ("وقال الوزير الفرنسي إن الوجود الروسي في ليبيا يجب أن ينتهي.", ("France", "opposes", "Russia")),
    "in-face-of": ("وتساند قطر حكومة الوفاق في مواجهة قوات حفتر.", ("Qatar", "opposes", "LNA")),
    "obligation": ("وقال وزير الخارجية الفرنسي إن على روسيا سحب مقاتليها من ليبيا.", ("France", "opposes", "Russia")),
    "masdar-praised": ("وأشاد السراج بالدعم التركي.", ("Turkey", "supports", "GNA")),
    "during": ("وأكد السيسي لحفتر أثناء لقائهما دعم مصر للجيش الوطني.", ("Egypt", "met", "LNA")),
    "thanked-for": ("وأعربت حكومة الوفاق عن امتنانها لتركيا على دعمها.", ("Turkey", "supports", "GNA")),
    "given": ("ومنحت فرنسا حفتر غطاء سياسيا في المحافل الدولية.", ("France", "supports", "LNA")),
    "gathered": ("وأعلن الوزير الروسي موقفه خلال مؤتمر صحفي جمعه بنظيره التركي في موسكو.", ("Russia", "met", "Turkey")),
    "possessed-rival": ("وألغى السراج زيارته إلى روما بعدما علم بوجود خصمه في المدينة.", ("GNA", "opposes", "LNA")),
    "joined-backer": ("وتقدمت قوات حفتر وقوات فاغنر الداعمة لها نحو طرابلس.", ("Russia", "supports", "LNA")),
    "arriving": ("وتصل الأسلحة الإماراتية إلى قوات حفتر عبر مطار الخادم.", ("UAE", "supports", "LNA")),
    "presence": ("ووقع رئيس البرلمان الليبي الوثيقة بحضور وزير الخارجية المصري.", ("Egypt", "met", "LNA")),
    "press-conference": ("وتحدث وزير الخارجية الروسي خلال مؤتمر صحفي عقده مساء الأحد في سوتشي مع نظيره المصري عن "
                         "الأزمة.", ("Egypt", "met", "Russia")),
}


def rule_claims(parser, text: str) -> set[tuple]:
    """(source party, relation, target party, construction) of a sentence's claims, pairs of
    met/called sorted; the construction is the rule name without its trigger."""
    out = set()
    for c in extract_document(Document("t", text), parser.parse(text)):
        s, t = c.source_party, c.target_party
        if c.relation in ("met", "called") and t < s:
            s, t = t, s
        out.add((s, c.relation, t, c.rule.split(":")[0]))
    return out


def triples(parser, text: str) -> set[tuple]:
    """(source party, relation, target party) of a sentence's claims, whichever construction found them."""
    return {c[:3] for c in rule_claims(parser, text)}


@pytest.mark.parametrize("rule", sorted(RULE_CASES))
def test_construction_unit(parser, rule):
    text, (s, rel, t) = RULE_CASES[rule]
    if rel in ("met", "called") and t < s:
        s, t = t, s
    assert (s, rel, t, rule) in rule_claims(parser, text)


def test_verb_object_group_without_a_parse():
    # «حفتر ، استقبل السيسي وماكرون»: no parse, a topic before the comma, a coordinated group after
    # the verb and nothing else: the group is the object, the topic the subject
    text = "حفتر ، استقبل السيسي وماكرون ."
    words = words_of(whitespace_sentence(text), text)
    mentions = default_matcher().find(words)
    got = {(r.source.actor, r.relation, r.target.actor, r.rule.split(":")[0])
           for r in RelationExtractor().extract(words, mentions)}
    assert {("Haftar", "met", "Sisi", "verb-object-group"), ("Haftar", "met", "Macron", "verb-object-group")} <= got


def test_every_construction_rule_has_a_case():
    declared = {rule for c in CONSTRUCTIONS for rule in c.RULES}
    assert declared - set(RULE_CASES) == {"verb-object-group"}  # the one tested above without a parse


# --- regressions, named after what they guard


def test_unsplit_preposition_on_a_masdar_still_marks_the_backing(parser):
    # the tokenizer leaves «بدعم» whole here: the trigger's stem shows the ب is a preposition
    got = rule_claims(parser, "وتقاتل قوات حفتر بدعم من روسيا والإمارات.")
    assert {("Russia", "supports", "LNA", "backed-by"), ("UAE", "supports", "LNA", "backed-by")} <= got


@pytest.mark.parametrize("text, source, target", [
    ("فرنسا قامت بدعم حفتر.", "France", "LNA"),
    ("وتعهدت تركيا بدعم حكومة الوفاق.", "Turkey", "GNA"),
])
def test_ba_verb_subject_is_not_backed_by_the_genitive(parser, text, source, target):
    got = rule_claims(parser, text)
    assert (source, "supports", target, "ba-complement") in got
    assert not any(c[0] == target and c[2] == source for c in got)


def test_fronted_subject_wins_over_a_parse_that_takes_the_object_for_it(parser):
    got = rule_claims(parser, "تركيا تدعم حكومة الوفاق بالطائرات المسيرة.")
    assert ("Turkey", "supports", "GNA", "verb-svo") in got


def test_adverb_before_a_definite_noun_is_no_marker_of_its_adjective(parser):
    # «بشدة الدعم التركي»: the ب of the adverb does not mark «التركي»
    got = rule_claims(parser, "وانتقدت روسيا بشدة الدعم التركي لحكومة الوفاق.")
    assert ("Russia", "opposes", "Turkey") in {c[:3] for c in got}
    text = "انتقدت روسيا بشدة الدعم التركي"
    words = words_of(whitespace_sentence(text), text)
    turkish = next(m for m in default_matcher().find(words) if m.actor == "Turkey")
    assert marker_before(words, turkish) is None


@pytest.mark.parametrize("text, source", [
    ("وأبلغ الرئيس المصري المستشارة الألمانية دعمه لحفتر.", "Egypt"),
    ("وأبلغ الرئيس الفرنسي الحكومة المصرية دعمه للسراج.", "France"),
])
def test_possessive_pronoun_agrees_in_gender_with_its_referent(parser, text, source):
    got = rule_claims(parser, text)
    assert any(c[0] == source and c[1] == "supports" and c[3] == "masdar-pronoun" for c in got)
    assert not any(c[1] == "supports" and c[0] != source and c[3] != "cooccurrence" for c in got)


def test_gender_of_pronouns_and_mentions():
    text = "الحكومة الليبية والاتحاد الأوروبي ومصر والإمارات دعمها دعمه دعمهم"
    words = words_of(whitespace_sentence(text), text)
    assert [pronoun_gender(w) for w in words[-3:]] == ["Fem", "Masc", None]
    kinds = {"EU": "Organization", "Egypt": "State", "UAE": "State"}
    got = {m.actor: mention_gender(words, m, kinds.get(m.actor, "")) for m in default_matcher().find(words)}
    assert got["EU"] == "Masc" and got["Egypt"] == "Fem" and got["UAE"] == "Fem"


def test_body_named_in_construct_is_masculine(parser):
    # «مجلس الأمن»: a head noun with no article and no feminine ending was taken for a bare country name
    # (Fem), so «دعمها» went to the Council, not to the Emirates
    text = "طالبت الحكومة مجلس الأمن والولايات المتحدة بمحاسبة روسيا"
    words = words_of(whitespace_sentence(text), text)
    kinds = {"UNSC": "Organization", "US": "State", "Russia": "State"}
    got = {m.actor: mention_gender(words, m, kinds.get(m.actor, "")) for m in default_matcher().find(words)}
    assert got == {"UNSC": "Masc", "US": "Fem", "Russia": "Fem"}
    got = triples(parser, "وطالبت حكومة الوفاق مجلس الأمن بمحاسبة الإمارات على دعمها لحفتر.")
    assert ("UAE", "supports", "LNA") in got and ("UN", "supports", "LNA") not in got


def test_here_is_not_congratulate(parser):
    # «هنأ» and «هنا» ("here") are one spelling once normalised: only the verb congratulates
    got = rule_claims(parser, "وقال المسؤول الروسي هنا إن موسكو تدعم حفتر.")
    assert not any(c[1] == "supports" and c[2] == "Russia" for c in got)
    assert ("Egypt", "supports", "France", "verb-parse") in rule_claims(parser, "هنأ الرئيس المصري نظيره الفرنسي بفوزه.")


def test_negator_behind_a_conjunction_still_negates(parser):
    # «ولم يعد»/«وعدم»: the و does not hide the negator
    got = claims_with_polarity(parser, "وأكد السراج رفض حكومته وعدم قبولها دعم روسيا لحفتر.")
    assert ("Russia", "supports", "LNA", False) not in got


def test_negated_phrase_joins_no_coordination(parser):
    # «للمجلس الرئاسي وعدم قبولها بحفتر»: Haftar is not a second target of the support
    got = claims_with_polarity(parser, "أكدت روما تأييدها للمجلس الرئاسي وعدم قبولها بحفتر.")
    assert ("Italy", "supports", "GNA", False) in got and ("Italy", "supports", "LNA", False) not in got


def _undirected(claims: set[tuple]) -> set[tuple]:
    """met and called have no direction: each as its relation and the pair of parties."""
    return {(r, frozenset((s, t))) if r in ("met", "called") else (s, r, t) for s, r, t in claims}


def claims_with_polarity(parser, text: str) -> set[tuple]:
    return {(c.source_party, c.relation, c.target_party, c.negated)
            for c in extract_document(Document("t", text), parser.parse(text))}


def test_each_of_opens_the_subject_list(parser):
    got = triples(parser, "وتدعم كل من مصر والإمارات قوات حفتر.")
    assert {("Egypt", "supports", "LNA"), ("UAE", "supports", "LNA")} <= got
    # «كل من باريس وروما جهود الوساطة»: the subjects support what no actor names, not each other
    got = triples(parser, "وتدعم كل من باريس وروما جهود الوساطة في ليبيا.")
    assert not any(r == "supports" for _, r, _ in got)


@pytest.mark.parametrize("text", [
    "ويزور وفد تركي موسكو الأسبوع المقبل لبحث الأزمة.",
    "ومن المقرر أن يلتقي ماكرون حفتر في باريس.",
    "وكان من المفترض أن يزور السراج روما لكن الزيارة أرجئت.",
])
def test_scheduled_or_future_meeting_is_no_claim(parser, text):
    assert not any(c[1] == "met" and not c[3] for c in claims_with_polarity(parser, text))


def test_actor_behind_a_preposition_is_not_the_subject(parser):
    # «اللواء الموالي لمجلس النواب التقى …»: the council is in a ل phrase, the general met the ambassador
    got = rule_claims(parser, "وقال المصدر إن اللواء الموالي لمجلس النواب التقى في روما بالسفير الأمريكي.")
    assert not any(c[1] == "met" and "HoR" in (c[0], c[2]) for c in got)


def test_antecedent_of_a_relative_clause_is_its_subject_whatever_its_preposition(parser):
    got = rule_claims(parser, "وكانت المكالمة خدمة للرئيس المصري الذي كان يزور واشنطن وقتها.")
    assert ("Egypt", "met", "US") in {c[:3] for c in got} or ("US", "met", "Egypt") in {c[:3] for c in got}


def test_backing_adjective_is_no_reaction_to_the_topic(parser):
    # «تتحرك بدعم روسي»: Russia backs the groups, it reacts to nobody (masdar-topic is for «في ظل رفض أمريكي»)
    got = rule_claims(parser, "وقال السراج إن الجماعات المسلحة تتحرك بدعم روسي لخرق الهدنة.")
    assert not any(c[3] == "masdar-topic" for c in got)


def test_predicate_in_apposition_is_about_the_actor_not_the_agreement(parser):
    text = "ويستند الطرف الآخر إلى مذكرة موقعة بين المجلس الرئاسي، فاقد الشرعية، والحكومة الروسية."
    assert not any(c[3] == "against-agreement" and c[2] == "Russia" for c in rule_claims(parser, text))


def test_resumptive_clause_is_not_the_object_of_the_stance_before_it(parser):
    # «… تمثل استفزازا، وهو ما أيدته قبرص»: Cyprus affirms the statement; it is neither its
    # target nor the object of its own «أيد»
    text = "ورأت الخارجية الفرنسية أن المذكرة تمثل استفزازا، وهو ما أيدته قبرص."
    assert not any({c[0], c[2]} == {"France", "Cyprus"} for c in rule_claims(parser, text))


@pytest.mark.parametrize("text, expected", [
    ("ودعت فرنسا تركيا إلى وقف تدخلها في ليبيا.", ("France", "opposes", "Turkey")),
    ("وحثت الولايات المتحدة روسيا على سحب مرتزقتها من ليبيا.", ("US", "opposes", "Russia")),
    ("وهدد أردوغان حفتر بدفع ثمن باهظ.", ("Turkey", "opposes", "LNA")),
    ("ووصف السراج قوات حفتر بالميليشيات الإرهابية.", ("GNA", "opposes", "LNA")),
    ("وأكدت الإمارات وقوفها إلى جانب الجيش الوطني الليبي.", ("UAE", "supports", "LNA")),
])
def test_demands_threats_branding_and_siding(parser, text, expected):
    assert expected in triples(parser, text)


@pytest.mark.parametrize("text", [
    "ودعت روسيا حفتر والسراج إلى وقف إطلاق النار.",  # a ceasefire asks nobody in particular to stop
    "ودعا الرئيس الفرنسي حفتر والسراج إلى الحوار.",  # a call for talks is no demand to stop
    "ووصف السراج لقاءه بحفتر بالإيجابي.",  # a description with no term of abuse
])
def test_a_call_or_description_without_its_complement_states_no_opposition(parser, text):
    assert not any(c[1] == "opposes" for c in rule_claims(parser, text))


@pytest.mark.parametrize("text, expected", [
    # a place and a title between host and guest
    ("استقبل الرئيس الروسي فلاديمير بوتين في سوتشي قائد الجيش المشير خليفة حفتر.", ("LNA", "met", "Russia")),
    # quotes are not words: the object and the doer are as near as without them
    ("وقال وزير الخارجية الإيطالي إن بلاده ساندت \"دبلوماسيا\" حكومة الوفاق.", ("Italy", "supports", "GNA")),
    ("وأبدت الخارجية البريطانية قلقها من التدخل \"المتزايد\" لروسيا في ليبيا.", ("UK", "opposes", "Russia")),
    # «اتهامها لـ»: an accusation's object behind ل
    ("وكررت الدوحة اتهامها لدولة الإمارات بتمويل حفتر.", ("Qatar", "opposes", "UAE")),
    # fighting beside an actor backs it; «روس» is a broken plural of «روسي»
    ("وشاركت طائرات تركية في القتال إلى جانب قوات حكومة الوفاق.", ("Turkey", "supports", "GNA")),
    ("ويقاتل مرتزقة روس إلى جانب قوات حفتر.", ("Russia", "supports", "LNA")),
])
def test_distances_markers_and_plurals(parser, text, expected):
    assert expected in triples(parser, text)


def test_plural_verb_takes_no_single_actor_as_its_dropped_subject(parser):
    # the second sentence's «يقاتلون» has a plural subject nobody named: not the US of the first
    text = "وأكدت الولايات المتحدة دعمها لحكومة الوفاق. ويقاتلون إلى جانب قوات حفتر منذ أشهر."
    got = triples(parser, text)
    assert ("US", "supports", "GNA") in got and ("US", "supports", "LNA") not in got


@pytest.mark.parametrize("text, expected", [
    ("وحمل المجلس الرئاسي قوات حفتر المسؤولية الكاملة عن قصف المدنيين.", ("GNA", "opposes", "LNA")),
    ("وزودت الإمارات قوات حفتر بمنظومات دفاع جوي.", ("UAE", "supports", "LNA")),
    # the one met follows the verb, the other participant is the topic before it
    ("ووصل حفتر إلى موسكو حيث التقى وزير الدفاع الروسي سيرغي شويغو.", ("LNA", "met", "Russia")),
])
def test_blame_supply_and_a_topic_participant(parser, text, expected):
    s, rel, t = expected
    if rel == "met" and t < s:
        s, t = t, s
    assert (s, rel, t) in triples(parser, text)


def test_a_demand_addressed_to_an_actor_is_no_opposition_without_a_stop(parser):
    # «طالبت X مجلس الأمن بإدانة الهجوم»: the council is asked to act, not to stop
    got = rule_claims(parser, "وطالبت حكومة الوفاق مجلس الأمن بإدانة الهجوم على طرابلس.")
    assert not any(c[1] == "opposes" and c[2] == "UN" for c in got)
    assert not any(c[3] == "verb-parse" and c[1] == "opposes" for c in got)


def test_dual_verb_after_a_meeting_makes_both_sides_the_source(parser):
    got = {c[:4] for c in rule_claims(parser, "والتقى السيسي ماكرون في القاهرة واتفقا على دعم حكومة الوفاق.")}
    assert {("Egypt", "supports", "GNA", "dual-subject"), ("France", "supports", "GNA", "dual-subject")} <= got


def test_dual_pronoun_after_a_call_makes_both_sides_oppose_the_agreement(parser):
    text = "وأجرى شكري اتصالا هاتفيا مع لودريان وأكدا رفضهما للاتفاق بين أنقرة وحكومة الوفاق."
    got = triples(parser, text)
    assert {(s, "opposes", t) for s in ("Egypt", "France") for t in ("Turkey", "GNA")} <= got
    # that «بين» is the agreement's: Ankara and the GNA did not call each other
    assert ("GNA", "called", "Turkey") not in got
    assert ("Egypt", "called", "France") in got


def test_participle_against_an_agreement_has_the_actor_it_qualifies_as_source(parser):
    text = "وطالب الوزير باحترام موقف الاتحاد الأوروبي الرافض للاتفاقية بين أنقرة وحكومة الوفاق."
    got = triples(parser, text)
    assert {("EU", "opposes", "Turkey"), ("EU", "opposes", "GNA")} <= got


def test_dual_object_pronoun_refers_to_the_last_pair(parser):
    text = "اتفق السراج وحفتر على الهدنة، وفق ما أعلنه الرئيس الفرنسي الذي اجتمع بهما."
    got = triples(parser, text)
    assert {("France", "met", "GNA"), ("France", "met", "LNA")} <= got


@pytest.mark.parametrize("text, expected", [
    ("وأعلنت فرنسا رفضها للتدخل التركي في ليبيا، وهو ما أيدته قبرص.", ("Cyprus", "opposes", "Turkey")),
    ("وقالت مصر إنها تدعم الجيش الوطني الليبي، وهو ما أيدته الإمارات.", ("UAE", "supports", "LNA")),
])
def test_an_actor_affirming_the_statement_before_shares_its_stance(parser, text, expected):
    assert expected + ("echo",) in rule_claims(parser, text)


def test_praise_of_a_support_is_no_backing_of_the_praiser(parser):
    # «أشاد أردوغان بالدعم القطري لحكومة الوفاق»: Qatar backs the GNA; Erdogan is backed by nobody
    got = triples(parser, "وأشاد أردوغان بالدعم القطري لحكومة الوفاق.")
    assert ("Qatar", "supports", "GNA") in got and ("Qatar", "supports", "Turkey") not in got


def test_masdar_after_ala_takes_its_genitive_as_object(parser):
    got = triples(parser, "وجددت القاهرة تأكيدها على دعم الجيش الوطني الليبي في حربه ضد الإرهاب.")
    assert ("Egypt", "supports", "LNA") in got


@pytest.mark.parametrize("text, expected", [
    ("وقال السراج إن حفتر مجرم حرب.", ("GNA", "opposes", "LNA")),
    ("واعتبر المشري أن الإمارات دولة معادية لليبيا.", ("GNA", "opposes", "UAE")),
])
def test_term_of_abuse_said_of_an_actor(parser, text, expected):
    assert expected in triples(parser, text)


def test_term_of_abuse_outside_a_nominal_sentence_names_nobody(parser):
    got = rule_claims(parser, "وتقدمت قوات حفتر نحو طرابلس لمواجهة الميليشيات.")
    assert not any(c[1] == "opposes" for c in got)


def test_support_received_has_the_subject_as_target(parser):
    got = triples(parser, "وحصلت حكومة الوفاق على دعم عسكري تركي.")
    assert ("Turkey", "supports", "GNA") in got and ("GNA", "supports", "Turkey") not in got


@pytest.mark.parametrize("text, expected", [
    ("وتقف روسيا إلى جانب حفتر منذ بداية الحرب.", ("Russia", "supports", "LNA")),
    ("ووقفت مصر والإمارات بجانب الجيش الوطني الليبي.", ("UAE", "supports", "LNA")),
    ("وتقاتل قوات تركية إلى جانب قوات الوفاق.", ("Turkey", "supports", "GNA")),
])
def test_standing_beside_with_the_subject_between(parser, text, expected):
    assert expected in triples(parser, text)


def test_a_ceasefire_beside_something_else_is_no_siding(parser):
    assert not rule_claims(parser, "ودعت مصر إلى وقف إطلاق النار إلى جانب استئناف الحوار مع حكومة الوفاق.")


def test_masdar_after_ala_with_its_own_object_keeps_its_genitive_as_agent(parser):
    # «على رفض واشنطن الحرب التي يشنها حفتر»: Washington rejects; the war is the object
    text = "وأكد المسؤول على رفض واشنطن الحرب التي يشنها حفتر ضد العاصمة."
    got = triples(parser, text)
    assert ("US", "opposes", "LNA") in got and not any(c[2] == "US" for c in got)


def test_an_unreported_violation_states_no_stance(parser):
    assert not rule_claims(parser, "وانتهكت قوات حفتر الهدنة في طرابلس.")



def test_forces_loyal_to_an_actor_take_the_marker_of_their_phrase(parser):
    # «إلى جانب الوحدات الموالية للمجلس الرئاسي»: the units are the GNA's side, behind «إلى جانب»
    got = triples(parser, "وتقاتل تركيا إلى جانب الوحدات الموالية للمجلس الرئاسي.")
    assert ("Turkey", "supports", "GNA") in got
    # an army is an actor of its own: «الجيش التابع لمجلس النواب» does not stand for the council
    got = rule_claims(parser, "وقال المصدر إن الجيش التابع لمجلس النواب اجتمع بالسفير الأمريكي في روما.")
    assert not any("HoR" in (c[0], c[2]) for c in got)


def test_his_country_is_the_state_of_the_person_named_before(parser):
    text = "وقال وزير الخارجية الإيطالي إن بلاده ساندت حكومة الوفاق منذ البداية."
    words = words_of(parser.parse(text)[0], text)
    got = [(m.actor, m.kind) for m in default_matcher().find(words)]
    assert ("Italy", "anaphor") in got
    assert ("Italy", "supports", "GNA") in triples(parser, text)


def test_a_word_that_begins_with_ba_or_la_carries_no_preposition_of_its_own(parser):
    # «بلاده» is بلاد + ه, not ب + لاده; «بالتدخل» and «للجيش» are ب/ل + the article
    from kg.grammar import clitic_marker

    text = "وقال إن بلاده تندد بالتدخل وتدعو للحوار"
    words = {w.text: w for w in words_of(parser.parse(text)[0], text)}
    assert clitic_marker(words["بلاده"]) is None
    assert clitic_marker(words["بالتدخل"]) == "ب" and clitic_marker(words["للحوار"]) == "ل"


def test_talks_during_a_phone_call_are_no_meeting(parser):
    text = "وأجرى ماكرون اتصالا هاتفيا بأردوغان، وقال الإليزيه إن ماكرون ناقش مع أردوغان الأزمة الليبية."
    got = triples(parser, text)
    assert ("France", "called", "Turkey") in got and ("France", "met", "Turkey") not in got


def test_the_subject_of_a_complement_clause_is_not_the_speaker(parser):
    # «قال المسماري إن تركيا ترعى …»: the parser hangs the verb on the speaker; «تركيا» opens the clause
    got = triples(parser, "وقال المسماري إن تركيا ترعى الإرهاب في ليبيا.")
    assert ("LNA", "opposes", "Turkey") in got
    assert not any(c[1] == "supports" for c in got)


@pytest.mark.parametrize("text, expected", [
    # annulling an agreement, voted or demanded, opposes its parties
    ("وصوت البرلمان اليوناني على إلغاء مذكرتي التفاهم الموقعتين بين السراج وأردوغان.",
     {("Greece", "opposes", "GNA"), ("Greece", "opposes", "Turkey")}),
    # («طالبت مصر بإلغاء …»: the one actor right after the demand verb is its subject, no one urged)
    ("وطالبت مصر بإلغاء الاتفاقية الأمنية بين أنقرة وحكومة الوفاق.",
     {("Egypt", "opposes", "Turkey"), ("Egypt", "opposes", "GNA")}),
    # a visit cancelled is no stance
    ("وألغت القاهرة زيارة الوزير إلى روما.", set()),
])
def test_annulling_an_agreement_opposes_its_parties(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وقال أردوغان إن حفتر ليس طرفا يمكن التفاوض معه.", {("Turkey", "opposes", "LNA")}),
    ("وقال أردوغان إنه لا يمكن التفاوض مع حفتر.", {("Turkey", "opposes", "LNA")}),
    # no actor behind «مع»: nobody refused
    ("وقال السراج إنه لا حوار مع الإرهابيين.", set()),
])
def test_refusing_to_negotiate_with_an_actor_opposes_it(parser, text, expected):
    assert triples(parser, text) == expected


def test_a_second_circumstantial_participle_joined_after_a_comma_is_the_speakers(parser):
    # «…، قائلة إن …، ومتهمة واشنطن بـ…»: the «و» joins it to the participle before, no noun
    got = rule_claims(parser, "وردت زاخاروفا على الاتهامات، قائلة إن الوضع معقد، ومتهمة واشنطن بمحاولة تشويه صورة "
                              "روسيا.")
    assert ("Russia", "opposes", "US", "circumstantial") in got


@pytest.mark.parametrize("text, expected", [
    ("وقال لافروف إن حكومة الوفاق تعتمد على جماعات إرهابية في الدفاع عن طرابلس.", {("Russia", "opposes", "GNA")}),
    ("وقالت القاهرة إن حكومة السراج تستعين بالمرتزقة السوريين.", {("Egypt", "opposes", "GNA")}),
    ("وتعتمد الحكومة على عائدات النفط.", set()),
])
def test_relying_on_terrorists_or_mercenaries_is_a_charge_of_the_speaker(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # snipers «من» the mercenaries are theirs, and killing civilians is a charge the speaker makes
    ("وقالت حكومة الوفاق إن قناصة من مرتزقة فاغنر الروسية قتلوا عشرات المدنيين جنوب طرابلس.",
     {("GNA", "opposes", "Russia")}),
    # the enemy's fighters killed: fighting, said by one's own side
    ("وقالت قوات الوفاق إنها قتلت عشرات المرتزقة في محور عين زارة.", set()),
    ("وقتل ثلاثة مدنيين في قصف على حي سكني.", set()),
])
def test_killing_civilians_is_a_charge_of_the_speaker(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text", [
    "وقال السيسي إن حكومة الوفاق أسيرة للميليشيات المسلحة.",
    "وقال السيسي إن حكومة الوفاق التي تسيطر عليها الميليشيات فقدت ثقة الليبيين.",
])
def test_a_government_held_by_militias_is_a_verdict_against_it(parser, text):
    assert ("Egypt", "opposes", "GNA") in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    ("وقال لافروف إن الولايات المتحدة دمرت ليبيا عام 2011.", {("Russia", "opposes", "US")}),
    # what forces destroy in battle is fighting, said by their own side
    ("وقالت قوات الوفاق إنها دمرت ثلاث آليات تابعة لقوات حفتر.", set()),
])
def test_wrecking_the_country_is_a_charge_of_the_speaker(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وقال دندياس إن مذكرة التفاهم بين أنقرة وحكومة الوفاق لا قيمة لها.",
     {("Greece", "opposes", "Turkey"), ("Greece", "opposes", "GNA")}),
    ("ووصف ميتسوتاكيس الاتفاق التركي الليبي بأنه سخيف.", {("Greece", "opposes", "Turkey")}),
    # worthless figures name no actor
    ("وقال الخبير إن هذه الأرقام لا قيمة لها.", set()),
])
def test_an_agreement_called_worthless_or_absurd_opposes_its_parties(parser, text, expected):
    got = triples(parser, text)
    assert expected <= got if expected else got == set()


@pytest.mark.parametrize("text, polarity", [
    ("وتحدثت تقارير عن تزويد أبوظبي قوات حفتر بطائرات مسيرة.", False),
    ("ونفت وزارة الخارجية الإماراتية في بيان تقارير عن تزويد أبوظبي قوات حفتر بطائرات مسيرة.", True),
])
def test_a_masdars_object_right_after_its_genitive_agent_is_its_target(parser, text, polarity):
    # «عن تزويد أبوظبي قوات حفتر بـ…»: the agent in construct, the object with no preposition after it
    assert _polarities(parser, text, ("UAE", "supports", "LNA")) == {polarity}


@pytest.mark.parametrize("text, expected", [
    ("وأعلنت قوات الوفاق أن الطيران الإماراتي شن غارات على مدينة مصراتة.", {("GNA", "opposes", "UAE")}),
    ("وقال باشاغا إن طائرات إماراتية نفذت ضربات جوية على طرابلس.", {("GNA", "opposes", "UAE")}),
    # unreported, strikes are fighting
    ("وشنت طائرات مجهولة غارات على قاعدة الوطية.", set()),
])
def test_air_strikes_reported_are_a_charge_of_the_speaker(parser, text, expected):
    assert triples(parser, text) == expected


def test_regression_a_verdict_on_the_subject_governed_a_deed_after_it(parser):
    # «إن حكومة السراج غير الشرعية سلمت البلاد للمحتل التركي»: «غير الشرعية» is said of the government, no
    # reaction whose object is the occupier; the speaker names the occupier so
    got = triples(parser, "وقال المسماري إن حكومة السراج غير الشرعية سلمت البلاد للمحتل التركي.")
    assert ("LNA", "opposes", "Turkey") in got
    assert ("GNA", "opposes", "Turkey") not in got


@pytest.mark.parametrize("text, expected", [
    ("وقال باشاغا في تصريحات لقناة محلية إن الإمارات تمول الحرب على طرابلس.", {("GNA", "opposes", "UAE")}),
    ("وقال شكري إن أنقرة تؤجج الصراع في ليبيا.", {("Egypt", "opposes", "Turkey")}),
    # unreported, funding a war is no stance
    ("وتمول الحكومة الحرب من عائدات النفط.", set()),
])
def test_funding_or_fuelling_the_war_is_a_charge_of_the_speaker(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وقال السراج إن الإمارات تدعم الإرهابيين في ليبيا.", ("GNA", "opposes", "UAE")),
    ("وقالت القاهرة إن أنقرة تمول الميليشيات في طرابلس.", ("Egypt", "opposes", "Turkey")),
    # militants carried to the war, as the charge names them
    ("وقال لافروف إن أنقرة تنقل مسلحين من إدلب إلى طرابلس.", ("Russia", "opposes", "Turkey")),
])
def test_backing_terrorism_is_a_charge_of_the_speaker(parser, text, expected):
    assert expected + ("reported-deed",) in rule_claims(parser, text)


def test_talks_said_to_be_by_phone_are_a_call(parser):
    got = triples(parser, "وقال الكرملين إن بوتين بحث مع أردوغان هاتفيا الوضع في ليبيا.")
    assert ("Russia", "called", "Turkey") in got and ("Russia", "met", "Turkey") not in got


def test_forces_that_enjoy_support_are_its_target(parser):
    # «قواته تحظى بدعم مصر»: the owner of the forces is supported
    got = triples(parser, "وقال حفتر إن قواته تحظى بدعم مصر والإمارات.")
    assert {("Egypt", "supports", "LNA"), ("UAE", "supports", "LNA")} <= got


def test_imperfect_accusation_keeps_the_accused_as_the_backer(parser):
    # «تتهم» drops the alif of «اتهم»: the accusation still opens its ب-complement
    got = rule_claims(parser, "وتتهم حكومة الوفاق الإمارات بدعم حفتر بالطائرات المسيرة.")
    assert ("UAE", "supports", "LNA", "accused-of") in got
    assert not any(c[0] == "LNA" and c[2] == "UAE" for c in got)


def test_a_deed_in_quotation_marks_behind_a_detached_ba_still_names_its_doer(parser):
    # «بـ"العدوان الغاشم" الذي تتعرض له العاصمة من قبل قوات حفتر»: the «بـ» written apart, the deed quoted
    got = rule_claims(parser, 'وندد السراج بـ"العدوان الغاشم" الذي تتعرض له العاصمة من قبل قوات حفتر.')
    assert ("GNA", "opposes", "LNA", "verb-parse") in got


def test_masdar_stance_on_what_an_actor_seeks_is_on_the_actor(parser):
    # «رفضها للحل العسكري الذي يسعى إليه حفتر»: the masdar's object behind «لـ», its doer in the relative clause
    got = rule_claims(parser, "وأعربت إيطاليا عن رفضها للحل العسكري الذي يسعى إليه حفتر.")
    assert ("Italy", "opposes", "LNA", "masdar-pronoun") in got


@pytest.mark.parametrize("text, expected", [
    # «انتقاد واشنطن للإغلاق …»: the masdar a verb governs, with a genitive and an object behind «لـ» on a definite
    # noun, has the genitive for agent (it was read as the masdar's object, «رفضت تأييد قرار»), and the doer the
    # object's relative clause names is the one opposed
    ("وجدد الوزير انتقاد واشنطن للحصار الذي تفرضه قوات حفتر.", {("US", "opposes", "LNA", "masdar-genitive")}),
    ("وأكد السفير انتقاد باريس للهجمات التي تشنها الطائرات التركية.",
     {("France", "opposes", "Turkey", "masdar-genitive")}),
])
def test_regression_a_masdars_genitive_agent_before_its_lam_object_was_read_as_its_object(parser, text, expected):
    assert rule_claims(parser, text) == expected


def test_regression_a_spokesmans_title_before_his_name_was_taken_for_the_accused(parser):
    # «اتهم المتحدث باسم قوات حكومة الوفاق العقيد محمد قنونو كلا من فرنسا والإمارات بتقديم الدعم …» gave the
    # spokesman as the backer: his title, an actor of his own party, is no second actor after the verb
    got = rule_claims(parser, "واتهم المتحدث باسم قوات حكومة الوفاق العقيد محمد قنونو كلا من فرنسا والإمارات "
                              "بتقديم الدعم العسكري لقوات حفتر.")
    assert {("France", "supports", "LNA", "accused-of"), ("UAE", "supports", "LNA", "accused-of")} <= got
    assert not any(c[0] == "GNA" and c[1] == "supports" for c in got)


def test_a_deed_singled_out_after_an_opposing_masdar_is_opposed_by_its_genitive(parser):
    # «مشددا على رفض مصر …، وفي مقدمتها التدخل التركي»: Egypt, behind «على رفض», holds the stance
    got = triples(parser, "وأكد الوزير دعم بلاده للحوار، مشددا على رفض مصر القاطع لأي تدخلات خارجية في الشأن "
                          "الليبي، وفي مقدمتها التدخل التركي.")
    assert ("Egypt", "opposes", "Turkey") in got


def test_regression_an_actor_past_the_objects_comma_was_taken_for_the_subject(parser):
    # the parser hung «الاتحاد الأوروبي», after the comma, on «اتهم» as its subject, and the charge was lost
    got = triples(parser, "وكان لودريان قد اتهم أنقرة بانتهاك حظر الأسلحة بشكل فاضح، مطالبا الاتحاد الأوروبي "
                          "باتخاذ موقف حازم تجاهها.")
    assert ("France", "opposes", "Turkey") in got
    assert not any(c[0] == "EU" for c in got)


def test_a_joined_verb_inside_what_is_said_keeps_the_subject_after_anna(parser):
    # «إن فرنسا تدعم حفتر وتتحمل مسؤولية إطالة أمد الأزمة»: France bears it, not Haftar nor the speaker; the
    # prolonging is what the responsibility is for, no charge of its own
    got = triples(parser, "وقال جاويش أوغلو إن فرنسا تدعم حفتر وتتحمل مسؤولية إطالة أمد الأزمة.")
    assert got == {("France", "supports", "LNA"), ("Turkey", "opposes", "France")}


@pytest.mark.parametrize("text", [
    "وانتقد الرئيس التركي في خطاب ألقاه أمام البرلمان الدعم الذي تقدمه الإمارات ومصر لقوات حفتر.",
    "وانتقد الرئيس التركي في كلمة أمام كتلة حزبه البرلمانية الدعم الذي تقدمه الإمارات ومصر لقوات حفتر.",
])
def test_the_object_after_a_speech_given_before_someone_names_its_doer(parser, text):
    # «في خطاب ألقاه أمام البرلمان»: where it was said and before whom, no commas, then the object
    got = triples(parser, text)
    assert {("Turkey", "opposes", "UAE"), ("Turkey", "opposes", "Egypt")} <= got


def test_an_accusation_after_kama_goes_on_with_the_subject_before(parser):
    # «… كما اتهم حفتر بعرقلة الحل»: "he also accused Haftar", the one actor before the charge is the accused
    got = triples(parser, "وأكد أردوغان أن بلاده ستواصل دعم حكومة الوفاق. كما اتهم حفتر بعرقلة الحل السياسي.")
    assert ("Turkey", "opposes", "LNA") in got


def test_a_lone_guest_is_met_whatever_the_clause_after_the_comma_names(parser):
    # «حيث التقى رئيس المجلس الرئاسي فائز السراج، وأكد استمرار الدعم التركي لحكومة الوفاق»: the actors of the
    # clause after the comma are no second object of the meeting verb
    got = triples(parser, "وزار وزير الدفاع التركي خلوصي أكار طرابلس برفقة رئيس الأركان، حيث التقى رئيس المجلس "
                          "الرئاسي فائز السراج، وأكد استمرار الدعم التركي لحكومة الوفاق.")
    assert ("Turkey", "met", "GNA") in got or ("GNA", "met", "Turkey") in got


def test_a_participles_object_with_a_relative_clause_names_its_doer(parser):
    # «موقفها الرافض للهجوم الذي يشنه حفتر»: the participle's object behind «لـ», its doer in the relative clause
    got = triples(parser, "وجددت قطر موقفها الرافض للهجوم الذي يشنه حفتر على طرابلس.")
    assert ("Qatar", "opposes", "LNA") in got


def test_charge_of_backing_him_backs_the_one_named_before_the_accused(parser):
    # «متهما الإمارات ومصر بدعمه»: the accused are the masdar's agents, so «ـه» is the one backed
    got = rule_claims(parser, "وهاجم أردوغان حفتر ووصفه بالقرصان، متهما الإمارات ومصر بدعمه.")
    assert {("UAE", "supports", "LNA", "accused-of"), ("Egypt", "supports", "LNA", "accused-of")} <= got


def test_charge_whose_pronoun_fits_the_accused_names_no_one_backed(parser):
    # «بدعمها الإرهاب»: «ـها» can be France's own, so nobody named is backed
    got = triples(parser, "واتهم أردوغان فرنسا بدعمها الإرهاب.")
    assert ("Turkey", "opposes", "France") in got
    assert not any(c[1] == "supports" for c in got)


def test_joined_accusation_is_made_by_the_first_verbs_subject_not_its_object(parser):
    # regression: «وانتقدت حكومة الوفاق حفتر واتهمت روسيا …» gave Haftar as the accuser
    got = rule_claims(parser, "وانتقدت حكومة الوفاق حفتر واتهمت روسيا بدعمه عسكريا.")
    assert ("GNA", "opposes", "Russia", "verb-dropped-subject") in got
    assert ("Russia", "supports", "LNA", "accused-of") in got
    assert not any(c[0] == "LNA" and c[2] == "Russia" for c in got)


def test_accusation_with_a_dropped_subject_takes_the_accused_as_object(parser):
    got = rule_claims(parser, "وأدانت حكومة الوفاق القصف الذي استهدف المطار واتهمت قوات حفتر بالوقوف وراءه.")
    assert ("GNA", "opposes", "LNA", "verb-dropped-subject") in got


def test_title_of_a_state_with_no_holder_on_record_is_the_state(parser):
    got = triples(parser, "واستقبل الرئيس التونسي وزير الخارجية التركي في قصر قرطاج.")
    assert ("Tunisia", "met", "Turkey") in got


def test_a_word_that_begins_with_waw_is_no_conjunction_by_itself():
    from kg.grammar import conjunction_on

    text = "وزير وروسيا"
    minister, and_russia = words_of(whitespace_sentence(text), text)
    assert not conjunction_on(minister) and conjunction_on(and_russia)


def test_a_verb_joined_by_waw_does_not_take_the_actor_before_it_as_subject(parser):
    got = triples(parser, "وهاجم أردوغان حفتر ووصفه بالانقلابي.")
    assert ("Turkey", "opposes", "LNA") in got and ("LNA", "opposes", "Turkey") not in got


def test_a_spokesperson_speaks_for_the_actor_named_after_him(parser):
    got = triples(parser, "ورفض المتحدث باسم الجيش الوطني تصريحات أردوغان بشأن إرسال جنود.")
    assert ("LNA", "opposes", "Turkey") in got


@pytest.mark.parametrize("text, expected", [
    ("ويرفض مجلس النواب الاعتراف بحكومة الوفاق.", ("HoR", "opposes", "GNA")),
    ("وأكد السراج رفضه الجلوس مع حفتر بعد الهجوم على العاصمة.", ("GNA", "opposes", "LNA")),
])
def test_refusing_to_recognise_or_deal_with_an_actor_opposes_it(parser, text, expected):
    assert expected in triples(parser, text)


def test_a_participle_after_a_meeting_is_no_dual_verb(parser):
    # «مؤكدا» ends in the accusative alif, not the dual's: the guest does not share the host's stance
    got = triples(parser, "واستقبل الرئيس المصري عقيلة صالح، مؤكدا دعم مصر لمجلس النواب.")
    assert ("Egypt", "supports", "HoR") in got and ("HoR", "supports", "HoR") not in got
    assert not any(c[0] == "HoR" and c[1] == "supports" for c in got)


def test_support_criticised_by_the_subject_is_not_his_support(parser):
    got = triples(parser, "وانتقد أردوغان الدعم الخارجي لحفتر، مشيرا إلى وصول الأسلحة.")
    assert ("Turkey", "supports", "LNA") not in got


def test_a_deed_takes_the_subject_of_its_relative_clause_as_doer(parser):
    got = rule_claims(parser, "وأكد المجلس الرئاسي أن العدوان الذي تشنه قوات حفتر لن يمر دون عقاب.")
    assert ("GNA", "opposes", "LNA", "deed") in got


def test_a_protest_against_an_agreement_opposes_both_parties(parser):
    got = triples(parser, "وأعلنت اليونان طرد السفير احتجاجا على الاتفاق الموقع بين حكومة الوفاق وتركيا.")
    assert {("Greece", "opposes", "GNA"), ("Greece", "opposes", "Turkey")} <= got


@pytest.mark.parametrize("text, expected", [
    ("وتحدث وزير الخارجية المصري عن الأزمة، محذرا تركيا من التدخل في ليبيا.", ("Egypt", "opposes", "Turkey")),
    ("وقالت الخارجية الأمريكية إن واشنطن تتابع الوضع، منددة بالهجوم الذي شنته قوات حفتر.", ("US", "opposes", "LNA")),
    ("وأكد السراج استمرار المعارك، محملا حفتر مسؤولية التصعيد.", ("GNA", "opposes", "LNA")),
])
def test_a_circumstantial_participle_has_the_main_subject_as_agent(parser, text, expected):
    assert expected + ("circumstantial",) in rule_claims(parser, text)


@pytest.mark.parametrize("text, expected", [
    ("السراج: حفتر مجرم حرب ولا مكان له في أي تسوية", ("GNA", "opposes", "LNA")),
    ("المسماري: تركيا تدعم الإرهاب في غرب البلاد", ("LNA", "opposes", "Turkey")),
])
def test_the_actor_before_a_headline_colon_is_the_one_quoted(parser, text, expected):
    assert expected in triples(parser, text)


def test_a_noun_stem_ending_in_hamza_takes_a_seat_before_a_suffix(parser):
    # «لقاء» + «ه» is written «لقائه»
    got = rule_claims(parser, "وأكد حفتر خلال لقائه بالرئيس المصري أهمية التنسيق.")
    assert ("Egypt", "met", "LNA", "masdar-pronoun") in got


def test_a_pronoun_in_a_fronted_meeting_phrase_looks_ahead_to_the_subject(parser):
    got = rule_claims(parser, "وخلال لقائه مع الرئيس التركي، أكد السراج أهمية التعاون.")
    assert ("GNA", "met", "Turkey", "masdar-pronoun") in got


def test_a_genitive_with_its_own_lam_object_is_the_agent_not_the_object(parser):
    # «دعم القاهرة للجيش»: Cairo gives the support, the one who speaks of it does not support Cairo
    got = triples(parser, "وأكد حفتر خلال لقائه بالرئيس المصري دعم القاهرة للجيش.")
    assert ("LNA", "supports", "Egypt") not in got


def test_a_one_word_title_of_a_state_office_names_nobody_by_itself(parser):
    # kg knows one ambassador; «السفير» alone is whoever the text is about, not him
    got = triples(parser, "وأعلنت اليونان طرد السفير احتجاجا على الاتفاق البحري مع تركيا.")
    assert not any("US" in (c[0], c[2]) for c in got)


def test_ministry_is_no_visit():
    # «وزارة» is not «و» + «زار» + «ه»; «وزار» (and visited) still is a visit
    from kg.triggers import find_triggers

    text = "وأدانت وزارة الخارجية الهجوم ، وزار الوزير القاهرة"
    words = words_of(whitespace_sentence(text), text)
    hits = [(h.trigger.id, words[h.first].text) for h in find_triggers(words)]
    assert ("zaara", "وزارة") not in hits and ("zaara", "وزار") in hits


def test_a_passive_participle_takes_a_nisba_adverb_as_agent(parser):
    assert ("UN", "supports", "GNA", "passive") in rule_claims(parser, "وتسيطر حكومة الوفاق المدعومة أمميا على العاصمة.")


def test_a_demand_to_withdraw_opposes_the_genitive_of_the_withdrawal(parser):
    got = triples(parser, "وطالب البرلمان المصري بخروج القوات التركية من ليبيا.")
    assert ("Egypt", "opposes", "Turkey") in got


def test_a_demand_to_stop_reaches_past_a_long_subject_and_object(parser):
    got = triples(parser, "وحث وزير الخارجية الأمريكي تركيا وروسيا على وقف التدخل في ليبيا.")
    assert {("US", "opposes", "Turkey"), ("US", "opposes", "Russia")} <= got


def test_talks_under_the_auspices_of_a_state_are_no_backing_by_it(parser):
    got = triples(parser, "وعقد السراج وحفتر اجتماعا في أبوظبي برعاية إماراتية.")
    assert ("GNA", "met", "LNA") in got and not any(c[0] == "UAE" for c in got)


@pytest.mark.parametrize("text, expected", [
    ("وأبدت موسكو انزعاجها من التحركات التركية في ليبيا.", ("Russia", "opposes", "Turkey")),
    ("واستاءت فرنسا من الموقف الإيطالي.", ("France", "opposes", "Italy")),
])
def test_displeasure_with_an_actor_opposes_it(parser, text, expected):
    assert expected in triples(parser, text)


def test_no_longer_negates_the_verb_behind_its_subject(parser):
    text = "ولم تعد الولايات المتحدة تدعم حفتر كما في السابق."
    claims = [c for c in extract_document(Document("t", text), parser.parse(text))
              if (c.source_party, c.relation, c.target_party) == ("US", "supports", "LNA")]
    assert claims and all(c.negated for c in claims)


def test_a_negated_denial_does_not_negate_the_deed(parser):
    # «لم تعد تستطيع أن تنكر»: she can no longer deny it; the auxiliary's negation stops at the denial
    got = triples(parser, "وأكدت واشنطن أن موسكو لم تعد تستطيع أن تنكر تورطها العسكري هناك.")
    assert ("US", "opposes", "Russia") in got


def test_what_an_actor_hopes_for_is_no_claim(parser):
    assert not rule_claims(parser, "وتأمل حكومة الوفاق أن تدعمها الولايات المتحدة في المرحلة القادمة.")


def test_a_schedule_covers_every_meeting_of_the_itinerary(parser):
    text = "ومن المقرر أن يصل الوزير الإيطالي إلى بنغازي غدا، ثم يتوجه شرقا حيث يجتمع بعقيلة صالح."
    assert not any(c[1] == "met" for c in rule_claims(parser, text))


def test_whose_view_a_predicate_states_may_follow_it(parser):
    got = triples(parser, "وأكد المتحدث أن حكومة الوفاق غير شرعية في نظر القاهرة.")
    assert ("Egypt", "opposes", "GNA") in got


def test_a_sentence_opening_with_an_echo_shares_the_stances_of_the_one_before(parser):
    text = "وأعلنت مصر رفضها للمذكرة الموقعة بين تركيا وحكومة الوفاق. وهو ما أكدته قبرص كذلك في بيان."
    got = rule_claims(parser, text)
    assert {("Cyprus", "opposes", "Turkey", "echo"), ("Cyprus", "opposes", "GNA", "echo")} <= got


def test_destabilising_is_a_charge_of_the_speaker(parser):
    got = rule_claims(parser, "وقال وزير الخارجية التركي إن الإمارات ومصر تحاولان زعزعة استقرار المنطقة.")
    assert {("Turkey", "opposes", "UAE", "reported-deed"), ("Turkey", "opposes", "Egypt", "reported-deed")} <= got


def test_an_agreement_called_a_provocation_is_opposed_by_the_speaker_not_its_parties(parser):
    got = triples(parser, "واعتبرت الخارجية الأمريكية أن الاتفاق بين تركيا وحكومة الوفاق استفزازي.")
    assert {("US", "opposes", "Turkey"), ("US", "opposes", "GNA")} <= got
    assert ("Turkey", "opposes", "GNA") not in got and ("Turkey", "opposes", "US") not in got


def test_the_same_preposition_repeated_joins_two_objects(parser):
    got = triples(parser, "وأشاد حفتر بالدعم المصري وبالدور الروسي في محاربة الإرهاب.")
    assert {("LNA", "supports", "Egypt"), ("LNA", "supports", "Russia")} <= got


def test_a_list_in_parentheses_before_the_verb_is_its_subject(parser):
    text = "وذكرت لجنة خبراء أممية أن عدة دول (الإمارات وروسيا وتركيا) انتهكت حظر الأسلحة."
    got = triples(parser, text)
    assert {("UN", "opposes", "UAE"), ("UN", "opposes", "Russia"), ("UN", "opposes", "Turkey")} <= got


def test_a_verb_after_an_indefinite_noun_is_its_relative_clause(parser):
    # «دولا عربية تدعم حفتر»: the countries support him, not the accuser
    got = triples(parser, "وتتهم حكومة الوفاق دولا عربية تدعم حفتر بتأجيج الصراع.")
    assert ("GNA", "supports", "LNA") not in got


def test_two_people_of_one_camp_joined_by_waw_are_two_guests(parser):
    got = triples(parser, "وقالت الرئاسة المصرية إن السيسي استقبل عقيلة صالح وخليفة حفتر في القاهرة.")
    assert ("Egypt", "met", "LNA") in got
    text = "وقالت الرئاسة المصرية إن السيسي استقبل عقيلة صالح وخليفة حفتر في القاهرة."
    words = words_of(parser.parse(text)[0], text)
    assert {m.actor for m in default_matcher().find(words)} >= {"Saleh", "Haftar"}


@pytest.mark.parametrize("text, expected", [
    ("وأرسلت تركيا أسلحة ومستشارين عسكريين إلى حكومة الوفاق.", ("Turkey", "supports", "GNA")),
    ("واستدعت الخارجية المصرية السفير التركي احتجاجا على التصريحات.", ("Egypt", "opposes", "Turkey")),
])
def test_sending_arms_backs_and_summoning_an_ambassador_protests(parser, text, expected):
    assert expected in triples(parser, text)


def test_a_letter_sent_is_no_backing(parser):
    assert not rule_claims(parser, "وأرسل السراج رسالة إلى الأمم المتحدة بشأن الهجوم.")


def test_the_state_a_visit_goes_to_is_its_host(parser):
    # «إلى القاهرة» is a destination; after «زيارة» the state visited is who was met
    got = triples(parser, "وخلال زيارته الرسمية إلى القاهرة، ناقش السراج الأوضاع الأمنية.")
    assert ("Egypt", "met", "GNA") in got


def test_an_adjective_of_the_genitive_is_not_the_masdars_object(parser):
    # «دعم حكومة الوفاق الشرعية»: «الشرعية» agrees with «حكومة»; the genitive is what is supported
    got = triples(parser, "وأكد الوزير أن تركيا ستواصل دعم حكومة الوفاق الشرعية.")
    assert ("Turkey", "supports", "GNA") in got


def test_a_construct_title_before_its_holders_name_is_part_of_the_mention(parser):
    # «رئيس المجلس الأعلى للدولة المشري»: the title's «ل» does not mark the name after it
    got = triples(parser, "وانتقد رئيس المجلس الأعلى للدولة المشري الدور الفرنسي في ليبيا.")
    assert ("GNA", "opposes", "France") in got


def test_still_is_no_negation(parser):
    # «لا تزال» (does not cease) means «still»
    text = "ولا تزال روسيا تدعم حفتر رغم الضغوط الأمريكية."
    claims = [c for c in extract_document(Document("t", text), parser.parse(text))
              if (c.source_party, c.relation, c.target_party) == ("Russia", "supports", "LNA")]
    assert claims and not any(c.negated for c in claims)


def test_a_second_verb_joined_by_waw_keeps_the_first_ones_subject(parser):
    got = triples(parser, "وقال مصدر إن القاهرة تدعم حفتر في العلن وتدعم السراج في السر.")
    assert ("Egypt", "supports", "GNA") in got and ("LNA", "supports", "GNA") not in got


def test_a_masdar_takes_an_unmarked_object_after_its_genitive(parser):
    got = triples(parser, "ودعم الرئيس الأمريكي حفتر في اتصال هاتفي أجراه معه.")
    assert ("US", "supports", "LNA") in got


def test_a_predicate_far_from_its_speaker_is_still_the_speakers(parser):
    text = 'وقال وزير الخارجية التركي في مقابلة تلفزيونية مطولة مساء أمس، إن المشير حفتر الذي يقود القوات في الشرق، "لا يتمتع بالشرعية".'
    assert ("Turkey", "opposes", "LNA", "predicate") in rule_claims(parser, text)


def test_an_attack_with_its_own_target_has_the_genitive_as_attacker(parser):
    # «هجوم قوات الوفاق على القاعدة»: the forces attack; supporting the attack is not opposing them
    got = triples(parser, "ودعمت القوات التركية هجوم قوات الوفاق على قاعدة الوطية.")
    assert ("Turkey", "supports", "GNA") in got and ("Turkey", "opposes", "GNA") not in got


def test_an_attack_condemned_is_opposed_in_its_doer(parser):
    got = triples(parser, "وندد السراج بهجوم قوات حفتر على مطار معيتيقة.")
    assert ("GNA", "opposes", "LNA") in got


def test_a_further_object_after_a_comma_and_the_same_preposition(parser):
    text = "وأشاد حفتر في خطابه أمس بمستوى التنسيق العسكري القائم منذ سنوات، وبالدور الروسي في مكافحة الإرهاب."
    assert ("LNA", "supports", "Russia") in triples(parser, text)


def test_criticism_undergone_is_the_critics_stance(parser):
    got = rule_claims(parser, "وتعرضت تركيا لانتقادات من مصر واليونان بسبب الاتفاق البحري.")
    assert {("Egypt", "opposes", "Turkey", "received"), ("Greece", "opposes", "Turkey", "received")} <= got


def test_an_attack_undergone_is_fighting_not_a_stance(parser):
    assert not rule_claims(parser, "وتعرضت قوات حفتر لهجوم من قوات الوفاق جنوب العاصمة.")


def test_a_delegation_from_an_actor_is_that_actor(parser):
    got = triples(parser, "واستقبل حفتر وفدا من وزارة الخارجية الروسية في مقره.")
    assert ("LNA", "met", "Russia") in got


def test_support_criticised_past_a_long_subject_is_not_the_critics(parser):
    text = "وانتقد وزير الخارجية الإيطالي لويجي دي مايو الدعم العسكري الذي تقدمه دول عدة لحفتر."
    assert ("Italy", "supports", "LNA") not in triples(parser, text)


def test_the_genitive_of_an_accusation_noun_is_the_accuser(parser):
    # «اتهامات واشنطن لها بدعم حفتر»: Washington accuses; it is not the one said to back Haftar
    got = triples(parser, "وأكدت موسكو أن اتهامات واشنطن لها بدعم حفتر لا أساس لها.")
    assert ("US", "supports", "LNA") not in got


@pytest.mark.parametrize("text, expected", [
    ("وقطعت حكومة الوفاق علاقاتها مع الإمارات.", ("GNA", "opposes", "UAE")),
    ("وطالب مجلس النواب بطرد المرتزقة الأتراك.", ("HoR", "opposes", "Turkey")),
])
def test_severing_ties_and_demanding_an_expulsion_oppose(parser, text, expected):
    assert expected in triples(parser, text)


def test_cutting_a_road_is_no_stance(parser):
    assert not rule_claims(parser, "وقطعت قوات حفتر الطريق الساحلي غرب المدينة.")


def test_a_title_whose_first_word_starts_with_waw_is_not_coordinated(parser):
    # «ولي عهد أبوظبي» (crown prince) is no «و» + «لي»: the verb's object, not a second subject
    got = triples(parser, "وفي أبوظبي، استقبل حفتر ولي عهد أبوظبي.")
    assert ("LNA", "met", "UAE") in got


def test_a_preposition_left_on_a_known_name_marks_it(parser):
    # the tokenizer leaves «بحفتر» whole; «حفتر» is a name kg knows, so the ب is a preposition
    got = triples(parser, "وعقد السيسي لقاء جمعه بحفتر وعقيلة صالح في القاهرة.")
    assert ("Egypt", "met", "LNA") in got


def test_blame_may_name_the_blamed_behind_lam(parser):
    got = triples(parser, "وحملت حكومة الوفاق المسؤولية الكاملة لقوات حفتر عن القصف.")
    assert ("GNA", "opposes", "LNA") in got


def test_the_doers_of_a_deed_listed_after_sawaa_min_are_opposed(parser):
    # «رفضها لأي تدخل عسكري أجنبي في ليبيا، سواء من روسيا أو تركيا»: whichever of them does it
    got = triples(parser, "وأكدت الخارجية الأمريكية رفضها لأي تدخل عسكري أجنبي في ليبيا، سواء من روسيا أو تركيا.")
    assert {("US", "opposes", "Russia"), ("US", "opposes", "Turkey")} <= got


def test_a_joint_statement_issued_by_actors_with_its_adjective_between_is_theirs(parser):
    # «بيان مشترك صادر عن مصر والإمارات»: the statement's adjective between it and «صادر عن»
    got = triples(parser, "وحذر بيان مشترك صادر عن مصر والإمارات من خطورة التدخل التركي في ليبيا.")
    assert {("Egypt", "opposes", "Turkey"), ("UAE", "opposes", "Turkey")} <= got


def test_a_statement_issued_by_actors_is_theirs(parser):
    got = triples(parser, "ودانت الخارجية التركية البيان المشترك الصادر عن مصر واليونان وقبرص.")
    assert {("Turkey", "opposes", "Egypt"), ("Turkey", "opposes", "Greece")} <= got


@pytest.mark.parametrize("text, expected", [
    # a title phrase with the minister's own government inside it, before a name kg knows
    ("وانتقد وزير الداخلية في حكومة الوفاق فتحي باشاغا فرنسا.", ("GNA", "opposes", "France")),
    # a nationality adjective kg cannot resolve to a state («الليبي») between title and name
    ("وانتقد وزير الداخلية الليبي فتحي باشاغا فرنسا.", ("GNA", "opposes", "France")),
    # the speaker of a parliament: the parliament is inside his title, not a second actor
    ("وانتقد رئيس مجلس النواب المستشار عقيلة صالح تركيا.", ("LNA", "opposes", "Turkey")),
])
def test_a_name_takes_in_the_title_phrase_before_it(parser, text, expected):
    got = triples(parser, text)
    assert expected in got
    assert not any(c[1] == "opposes" and c[0] == "HoR" for c in got)


def test_a_title_the_person_never_held_does_not_join_their_name(parser):
    # Haftar is no foreign minister: the unnamed minister's title stays apart and Haftar the object
    got = triples(parser, "وانتقد وزير الخارجية الليبي حفتر.")
    assert not any(c[0] == "LNA" for c in got)


def test_a_counterpart_does_not_take_in_a_title_said_of_the_person_before(parser):
    # regression: «شكري وزير الخارجية اتصالا … من نظيره الفرنسي جان إيف لودريان» joined the first
    # minister's title to Le Drian's name, over the call, and the call lost both sides
    got = triples(parser, "وتلقى سامح شكري وزير الخارجية اتصالا هاتفيا من نظيره الفرنسي جان إيف لودريان.")
    assert ("Egypt", "called", "France") in got or ("France", "called", "Egypt") in got


def test_a_lam_split_off_the_name_before_marks_nobody_after_it(parser):
    # the tokenizer splits «لافروف» into «ل» + «افروف»; that «ل» is no preposition of the guest
    got = {c[:3] for c in rule_claims(
        parser, "واستقبل الوزير سيرغي لافروف رئيس البرلمان عقيلة صالح بمقر الخارجية.")}
    assert ("LNA", "met", "Russia") in got


def test_an_officer_of_an_institution_acts_for_it(parser):
    got = triples(parser, "وانتقد الأمين العام للأمم المتحدة حفتر بشدة.")
    assert ("UN", "opposes", "LNA") in got


def test_named_mercenaries_are_the_subject_not_backed_terror(parser):
    got = triples(parser, "ويقاتل مرتزقة فاغنر إلى جانب قوات حفتر.")
    assert ("Russia", "supports", "LNA") in got


def test_the_agent_of_a_condemned_deed_after_min_qibal(parser):
    got = triples(parser, "واستنكرت قطر القصف الذي استهدف مطار معيتيقة من قبل قوات حفتر.")
    assert ("Qatar", "opposes", "LNA") in got


@pytest.mark.parametrize("text, expected", [
    ("ووجهت القاهرة اتهامات صريحة لأنقرة.", ("Egypt", "opposes", "Turkey")),
    ("ووجه رئيس الوزراء اليوناني انتقادات لاذعة لحكومة الوفاق.", ("Greece", "opposes", "GNA")),
])
def test_criticism_levelled_at_an_actor(parser, text, expected):
    assert expected in triples(parser, text)


def test_in_the_face_of_is_no_levelling(parser):
    # «وجه» (face) with no criticism after it names no target
    text = "ووقفت مصر في وجه تركيا بكل حزم."
    assert not any(c.rule.endswith(":directed") for c in extract_document(Document("t", text), parser.parse(text)))


@pytest.mark.parametrize("text, expected", [
    ("وانحازت فرنسا إلى حفتر.", ("France", "supports", "LNA")),
    ("واتهم باشاغا باريس بالانحياز إلى حفتر.", ("France", "supports", "LNA")),
    ("وندد المشري بالتصريحات الفرنسية المنحازة إلى حفتر.", ("France", "supports", "LNA")),
])
def test_siding_with_an_actor_is_support(parser, text, expected):
    assert expected in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    ("وتعهد أردوغان بمواصلة دعم حكومة الوفاق حتى النهاية.", ("Turkey", "supports", "GNA")),
    ("وأكدت موسكو استعدادها لمواصلة دعم الجيش الوطني الليبي.", ("Russia", "supports", "LNA")),
])
def test_carrying_on_with_support_is_support(parser, text, expected):
    assert expected in triples(parser, text)


def test_criticising_continued_support_is_no_support(parser):
    got = triples(parser, "وانتقد أردوغان استمرار دعم حفتر.")
    assert ("Turkey", "supports", "LNA") not in got


@pytest.mark.parametrize("text, expected", [
    ("وخلال الاجتماع الذي جمع السيسي وحفتر في القاهرة، بحث الجانبان الوضع الميداني.", ("Egypt", "met", "LNA")),
    ("وتناول لقاء جمع السراج بأردوغان في إسطنبول التطورات الميدانية.", ("GNA", "met", "Turkey")),
])
def test_a_meeting_that_brought_two_together(parser, text, expected):
    assert expected in triples(parser, text)


def test_a_states_own_security_council_is_no_un_body(parser):
    got = {c[:3] for c in rule_claims(
        parser, "والتقى نائب رئيس المجلس الرئاسي أحمد معيتيق ومرافقوه في موسكو مساعد أمين مجلس الأمن "
                "القومي الروسي.")}
    assert ("GNA", "met", "Russia") in got
    assert not any("UN" in (c[0], c[2]) for c in got)


def test_the_legitimate_government_in_tripoli_is_the_gna(parser):
    got = triples(parser, "وأكدت أنقرة أنها ستواصل دعم الحكومة الشرعية في طرابلس.")
    assert ("Turkey", "supports", "GNA") in got


def test_a_participle_objects_to_the_nationality_of_its_object(parser):
    got = triples(parser, "وجددت مصر موقفها الرافض لأي وجود عسكري تركي على الأراضي الليبية.")
    assert ("Egypt", "opposes", "Turkey") in got


def test_escalation_is_a_deed_of_its_doer(parser):
    got = triples(parser, "وأبدى الاتحاد الأوروبي قلقه إزاء التصعيد العسكري لقوات حفتر.")
    assert ("EU", "opposes", "LNA") in got


def test_a_lam_phrase_past_a_noun_is_not_the_deeds_doer(parser):
    # the escalation is the capitals', not Haftar's: «لحفتر» belongs to «المؤيدة»
    got = triples(parser, "وحذرت أنقرة من تصعيد العواصم المؤيدة لحفتر في الأسابيع الأخيرة.")
    assert ("Turkey", "opposes", "LNA") not in got


@pytest.mark.parametrize("text, expected", [
    ("وأصدرت الخارجية المصرية بيانا أدانت فيه الهجوم التركي على القاعدة.", ("Egypt", "opposes", "Turkey")),
    ("وألقى أردوغان كلمة انتقد فيها حفتر بشدة.", ("Turkey", "opposes", "LNA")),
])
def test_a_statement_verb_has_its_issuer_for_subject(parser, text, expected):
    got = triples(parser, text)
    assert expected in got
    assert (expected[2], expected[1], expected[0]) not in got


@pytest.mark.parametrize("text, negated", [
    ("ونفت روسيا مرارا دعمها لحفتر.", True),
    ("وقال المشري إن روسيا رغم نفيها المتكرر دعمها لحفتر ترسل المرتزقة.", True),
    ("وقال المشري إن روسيا تتنصل من دعمها لحفتر.", True),
    ("وقال المشري إن روسيا تتبرأ من دعمها لحفتر.", True),
    ("ولا يمكن إنكار دعم الإمارات لحفتر.", False),
    ("ولم تخف الإمارات دعمها لحفتر.", False),
    ("وقال المشري إن روسيا لم تعد تخفي دعمها لحفتر.", False),
    ("ولم تعلن الإمارات دعمها لحفتر.", True),
])
def test_denials_and_their_negation(parser, text, negated):
    claims = [c for c in extract_document(Document("t", text), parser.parse(text)) if c.relation == "supports"]
    assert claims and all(c.negated == negated for c in claims)


def test_a_masdar_after_no_denies_is_no_authored_object(parser):
    # «تزعم عدم دعمها لحفتر»: «دعمها» is a masdar, not a verb naming the author of the claim
    got = triples(parser, "وقال المشري إن روسيا تزعم عدم دعمها لحفتر.")
    assert ("Russia", "opposes", "LNA") not in got


def test_what_an_actor_fears_is_not_asserted(parser):
    # (the fear itself is a stance against the one feared, as concern is: kgt:fear)
    got = rule_claims(parser, "وتخشى القاهرة من أن تدعم أنقرة الجماعات المتطرفة في ليبيا.")
    assert not any(r == "supports" for _, r, _, _ in got)
    assert {(s, r, t) for s, r, t, _ in got} == {("Egypt", "opposes", "Turkey")}


@pytest.mark.parametrize("text, expected, wrong", [
    ("وأكدت مصر أن تدعم روسيا حفتر.", ("Russia", "supports", "LNA"), ("Egypt", "supports", "Russia")),
    ("وقررت تركيا أن تدعم حكومة الوفاق.", ("Turkey", "supports", "GNA"), None),
])
def test_a_verb_after_an_has_its_own_subject_when_an_object_follows(parser, text, expected, wrong):
    got = triples(parser, text)
    assert expected in got and wrong not in got


def test_support_received_in_the_past_tense(parser):
    # «تلقت»: the past of «تلقى» drops its last letter
    got = triples(parser, "ومنذ بدء المعارك، تلقت قوات حفتر دعما عسكريا من أبوظبي.")
    assert ("UAE", "supports", "LNA") in got


def test_the_relative_clause_on_a_masdar_names_its_agent(parser):
    got = triples(parser, "وانتقد السراج الدعم العسكري الذي تقدمه الإمارات لحفتر.")
    assert ("UAE", "supports", "LNA") in got
    assert ("GNA", "supports", "LNA") not in got


@pytest.mark.parametrize("text, expected", [
    ("أردوغان: لن نسمح لحفتر بدخول العاصمة", ("Turkey", "opposes", "LNA")),
    ("وقال أردوغان إن تركيا لن تسمح لحفتر بالسيطرة على العاصمة.", ("Turkey", "opposes", "LNA")),
])
def test_refusing_to_let_an_actor_opposes_it(parser, text, expected):
    claims = [c for c in extract_document(Document("t", text), parser.parse(text)) if c.relation == "opposes"]
    assert {(c.source_party, c.relation, c.target_party) for c in claims} == {expected}
    assert not any(c.negated for c in claims)


def test_not_allowing_a_fall_is_no_opposition(parser):
    assert not any(c[1] == "opposes" for c in rule_claims(parser, "وأكد السيسي أن مصر لن تسمح بسقوط الجيش الوطني الليبي."))


@pytest.mark.parametrize("text, expected", [
    # a deputy of an office named by an institution's alias, his name in commas after it
    ("وانتقد نائب مساعد وزير الخارجية الأمريكية، جون سميث، روسيا بشدة.", ("US", "opposes", "Russia")),
    ("وانتقد وزير الخارجية الأمريكية روسيا.", ("US", "opposes", "Russia")),
])
def test_a_title_in_construct_before_an_institution_joins_it(parser, text, expected):
    assert expected in triples(parser, text)


@pytest.mark.parametrize("text", [
    "وأوقفت إيطاليا دعمها لحكومة الوفاق.",
    "وسحبت روسيا دعمها لحفتر.",
    "وقررت واشنطن تعليق الدعم المقدم لقوات حفتر.",
])
def test_support_an_actor_ended_is_no_longer_asserted(parser, text):
    claims = [c for c in extract_document(Document("t", text), parser.parse(text)) if c.relation == "supports"]
    assert claims and all(c.negated for c in claims)


@pytest.mark.parametrize("text", [
    "ودعت تركيا إلى قطع الدعم عن حفتر.",
    "وطالبت حكومة الوفاق بوقف الدعم العسكري لقوات حفتر.",
])
def test_a_demand_to_end_support_is_no_support_of_the_demander(parser, text):
    assert not any(c.relation == "supports" for c in extract_document(Document("t", text), parser.parse(text)))


def test_rejecting_an_actors_support_asserts_it(parser):
    text = "وأعربت القاهرة عن رفضها للدعم التركي لحكومة الوفاق."
    got = {(c.source_party, c.relation, c.target_party, c.negated)
           for c in extract_document(Document("t", text), parser.parse(text))}
    assert ("Egypt", "opposes", "Turkey", False) in got
    assert ("Turkey", "supports", "GNA", False) in got


def test_a_stop_that_governs_something_else_leaves_the_support(parser):
    got = triples(parser, "وتؤيد مصر وقف إطلاق النار وتدعم حفتر بالسلاح.")
    assert ("Egypt", "supports", "LNA") in got


def test_accusations_exchanged_hold_both_ways(parser):
    got = triples(parser, "وتبادل ماكرون وأردوغان الاتهامات بشأن ليبيا.")
    assert {("France", "opposes", "Turkey"), ("Turkey", "opposes", "France")} <= got


@pytest.mark.parametrize("text", [
    "وقالت مصادر إن لقاء بين حفتر والسراج قد يعقد في أبوظبي.",
    "وقد يلتقي حفتر السراج في أبوظبي.",
])
def test_a_meeting_that_may_be_held_is_no_claim(parser, text):
    assert not rule_claims(parser, text)


def test_a_capital_left_is_a_place(parser):
    # Moscow is where Haftar left from, not a party to the meeting he did not hold
    text = "وغادر حفتر موسكو دون أن يلتقي السراج."
    got = {(c.source_party, c.relation, c.target_party, c.negated)
           for c in extract_document(Document("t", text), parser.parse(text))}
    assert got == {("GNA", "met", "LNA", True)} or got == {("LNA", "met", "GNA", True)}


@pytest.mark.parametrize("text", [
    "وأكدت الخارجية التركية أن المذكرة التي أبرمتها القاهرة وأثينا الشهر الماضي لاغية بالنسبة لتركيا.",
    "وذكر البيان أن الاتفاق الذي وقعته مصر واليونان باطل بالنسبة لأنقرة.",
])
def test_an_agreement_void_in_the_eyes_of_an_actor(parser, text):
    # the actor after «بالنسبة» is who holds it void, not a third signer
    got = triples(parser, text)
    assert {("Turkey", "opposes", "Egypt"), ("Turkey", "opposes", "Greece")} <= got


def doc_claims(parser, text: str) -> set[tuple]:
    return {(c.source_party, c.relation, c.target_party, c.negated)
            for c in extract_document(Document("t", text), parser.parse(text))}


def test_a_person_named_in_full_goes_by_the_surname_after(parser):
    text = "وصل رئيس مجلس النواب عقيلة صالح إلى القاهرة مساء أمس. والتقى صالح الرئيس المصري عبد الفتاح السيسي."
    assert ("LNA", "met", "Egypt", False) in doc_claims(parser, text) or \
        ("Egypt", "met", "LNA", False) in doc_claims(parser, text)


def test_a_surname_that_is_a_common_word_stays_a_word_in_construct(parser):
    # «سلامة المدنيين» is the civilians' safety, not the envoy named before
    text = "التقى حفتر المبعوث الأممي غسان سلامة في بنغازي. وشدد حفتر على سلامة المدنيين في طرابلس."
    got = doc_claims(parser, text)
    assert not any(c[1] == "opposes" for c in got)


def test_a_deed_called_legitimate_is_defended_not_opposed(parser):
    assert not doc_claims(parser, "وأكد عقيلة صالح أن التدخل المصري مشروع لحماية الأمن القومي.")
    assert ("GNA", "opposes", "Egypt", False) in doc_claims(parser, "وأكد السراج أن التدخل المصري غير مشروع.")


@pytest.mark.parametrize("text, expected", [
    ("وتقف الإمارات خلف حفتر منذ بداية هجومه.", ("UAE", "supports", "LNA")),
    ("وتوفر روسيا الغطاء السياسي لحفتر في مجلس الأمن.", ("Russia", "supports", "LNA")),
    ("وأعربت قطر عن تضامنها مع حكومة الوفاق.", ("Qatar", "supports", "GNA")),
    ("وتعد تركيا شريكا استراتيجيا لحكومة الوفاق.", ("Turkey", "supports", "GNA")),
    ("وتمد الإمارات قوات حفتر بالأسلحة والذخائر.", ("UAE", "supports", "LNA")),
    ("وساعدت الطائرات التركية المسيرة قوات الوفاق على صد الهجوم.", ("Turkey", "supports", "GNA")),
])
def test_more_ways_to_back_an_actor(parser, text, expected):
    assert expected in triples(parser, text)


def test_a_pledge_to_support_is_the_pledgers_support(parser):
    # «التزامها بدعم X»: the ب phrase is what Turkey pledges, not backing it receives
    got = triples(parser, "وجددت تركيا التزامها بدعم حكومة الوفاق.")
    assert ("Turkey", "supports", "GNA") in got and ("GNA", "supports", "Turkey") not in got


@pytest.mark.parametrize("text, expected", [
    ("وتتهم حكومة الوفاق فرنسا بالتواطؤ مع حفتر.", ("France", "supports", "LNA")),
    ("وقال المسماري إن أنقرة تنقل المرتزقة إلى طرابلس.", ("LNA", "opposes", "Turkey")),
    ("وأكد السراج أن قوات حفتر ارتكبت جرائم حرب.", ("GNA", "opposes", "LNA")),
    ("وطالب البرلمان المصري بمحاسبة تركيا على جرائمها.", ("Egypt", "opposes", "Turkey")),
    ("وتعهد السيسي بالرد على أي تهديد تركي.", ("Egypt", "opposes", "Turkey")),
    ("وتوعدت حكومة الوفاق بملاحقة حفتر قضائيا.", ("GNA", "opposes", "LNA")),
    ("وطالبت مصر بخروج كافة القوات الأجنبية من ليبيا بما فيها القوات التركية.", ("Egypt", "opposes", "Turkey")),
])
def test_more_ways_to_oppose_an_actor(parser, text, expected):
    assert expected in triples(parser, text)


def test_a_crime_no_one_reports_is_no_stance(parser):
    assert not rule_claims(parser, "وارتكبت قوات حفتر مجزرة في ترهونة.")


def test_the_high_council_of_state_is_of_the_gna_camp(parser):
    got = triples(parser, "وندد المجلس الأعلى للدولة بما وصفه بالتدخل الفرنسي السافر.")
    assert ("GNA", "opposes", "France") in got


@pytest.mark.parametrize("text", [
    'وتابع المسماري أن "الجيش لن يتوقف حتى يطرد الغزاة الأتراك من البلاد".',
    "وقال حفتر إن قواته ستقاتل المحتل التركي حتى النهاية.",
])
def test_invaders_and_occupiers_are_opposed(parser, text):
    assert ("LNA", "opposes", "Turkey") in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    ("استقبل الرئيس المصري عبد الفتاح السيسي رئيس الوزراء اليوناني في القاهرة. "
     "وأكد الجانبان رفضهما للتدخل التركي في ليبيا.", {("Egypt", "opposes", "Turkey"), ("Greece", "opposes", "Turkey")}),
    ("والتقى وزير الخارجية المصري سامح شكري نظيره اليوناني في أثينا. "
     "واتفق الوزيران على بطلان المذكرة الموقعة بين تركيا وحكومة الوفاق.",
     {("Egypt", "opposes", "Turkey"), ("Greece", "opposes", "Turkey"), ("Greece", "opposes", "GNA")}),
])
def test_the_two_sides_of_a_meeting_in_the_sentence_before(parser, text, expected):
    assert expected <= {c[:3] for c in doc_claims(parser, text)}


def test_a_dual_subject_far_from_the_trigger_does_not_carry_the_pair(parser):
    text = ("التقى السفير الأمريكي بالسراج في طرابلس. وأضاف البيان أن الجانبين ناقشا خلال لقائهما الجهود "
            "المبذولة لإيجاد حل سياسي للصراع في ضوء التدخل الروسي المتزايد.")
    assert not any(c[1] == "opposes" for c in doc_claims(parser, text))


def test_a_counterpart_joined_by_waw_is_a_second_participant(parser):
    got = triples(parser, "وعقد وزير الخارجية الروسي ونظيره التركي اجتماعا عبر تقنية الفيديو.")
    assert ("Russia", "met", "Turkey") in got


def test_the_author_of_what_is_opposed_past_a_long_subject(parser):
    got = {c[:3] for c in rule_claims(
        parser, "وانتقدت حكومة الوفاق عملية إيريني التي أطلقها الاتحاد الأوروبي لمراقبة حظر الأسلحة.")}
    assert ("GNA", "opposes", "EU") in got


def test_an_event_named_by_its_city_is_no_actor(parser):
    assert not rule_claims(parser, "روسيا ترحب بنتائج مؤتمر برلين")
    # a declaration or initiative is its author's; capitals joined by «و» are the parties
    assert ("UAE", "supports", "Egypt") in triples(parser, "وأيدت الإمارات إعلان القاهرة.")
    assert ("Greece", "opposes", "Turkey") in triples(parser, "وانتقدت اليونان محادثات أنقرة وطرابلس.")


def test_thanking_an_actor_praises_it(parser):
    got = triples(parser, "وشكر السراج تركيا على دعمها لحكومة الوفاق.")
    assert {("GNA", "supports", "Turkey"), ("Turkey", "supports", "GNA")} <= got


def test_a_support_verb_with_min_after_its_subject_is_passive(parser):
    got = triples(parser, "وتدعم قوات حفتر من الإمارات ومصر وروسيا.")
    assert {("UAE", "supports", "LNA"), ("Egypt", "supports", "LNA")} <= got
    assert not any(c[0] == "LNA" for c in got)


def test_what_ought_to_be_supported_is_not_asserted(parser):
    assert not rule_claims(parser, "وينبغي أن تدعم واشنطن حكومة الوفاق بشكل أكبر.")
    # a demand that an actor withdraw is still opposition
    got = triples(parser, "وقال السيسي إنه يجب أن تنسحب تركيا من ليبيا، داعيا أنقرة إلى سحب قواتها.")
    assert ("Egypt", "opposes", "Turkey") in got


def test_going_on_with_support_is_support(parser):
    assert ("Russia", "supports", "LNA") in triples(parser, "وتستمر روسيا في دعم حفتر.")


def test_a_state_name_right_after_a_passive_participle_is_its_agent(parser):
    got = triples(parser, "وتواجه قوات الوفاق المدعومة تركيا قوات حفتر في سرت.")
    assert ("Turkey", "supports", "GNA") in got


def test_an_indefinite_participle_after_a_definite_word_is_circumstantial(parser):
    got = triples(parser, "ودخلت روسيا على خط الأزمة الليبية داعمة لحفتر.")
    assert ("Russia", "supports", "LNA") in got
    # right after an actor the participle is said of that actor
    got = triples(parser, "وقال السراج إن حفتر معارض للحل السياسي وللأمم المتحدة.")
    assert ("LNA", "opposes", "UN") in got and ("GNA", "opposes", "UN") not in got


@pytest.mark.parametrize("text, expected", [
    ("وبدعم من الطائرات التركية المسيرة، استعادت قوات الوفاق قاعدة الوطية.", ("Turkey", "supports", "GNA")),
    ("وبدعم روسي، تقدمت قوات حفتر نحو طرابلس.", ("Russia", "supports", "LNA")),
])
def test_a_fronted_backing_phrase_backs_the_main_subject(parser, text, expected):
    assert expected in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    ("وكشف تقرير أممي عن انتهاك الإمارات وروسيا حظر الأسلحة.", ("UN", "opposes", "UAE")),
    ("واعتبرت واشنطن أن وجود فاغنر في ليبيا يهدد الاستقرار.", ("US", "opposes", "Russia")),
    ("وندد السراج بصمت المجتمع الدولي إزاء جرائم حفتر.", ("GNA", "opposes", "LNA")),
    ("واتهم تقرير لخبراء الأمم المتحدة شركة فاغنر الروسية بنشر مرتزقة في ليبيا.", ("UN", "opposes", "Russia")),
])
def test_reports_violations_and_crimes(parser, text, expected):
    assert expected in triples(parser, text)


def test_a_violation_no_one_reports_is_no_stance(parser):
    assert not rule_claims(parser, "وانتهكت روسيا الحظر المفروض على ليبيا.")


def test_the_accused_denying_keeps_both_polarities(parser):
    text = "وتتهم حكومة الوفاق الإمارات بدعم حفتر، وهو ما تنفيه أبوظبي."
    got = doc_claims(parser, text)
    assert {("UAE", "supports", "LNA", False), ("UAE", "supports", "LNA", True), ("GNA", "opposes", "UAE", False)} <= got


def test_a_denial_does_not_reach_into_a_relative_clause(parser):
    # Russia denies a link to the mercenaries; that they fight beside Haftar is asserted
    text = "وتنفي روسيا أي صلة لها بمرتزقة فاغنر الذين يقاتلون إلى جانب حفتر."
    claims = [c for c in extract_document(Document("t", text), parser.parse(text)) if c.rule.endswith(":sided")]
    assert claims and not any(c.negated for c in claims)


def test_a_long_titled_subject_does_not_push_the_guest_out_of_reach(parser):
    got = triples(parser, "واجتمع الرئيس المصري عبد الفتاح السيسي مع المشير خليفة حفتر لبحث الأزمة.")
    assert ("Egypt", "met", "LNA") in got


def test_arming_an_actor(parser):
    assert ("UAE", "supports", "LNA") in triples(parser, "وقال السراج إن الإمارات سلحت قوات حفتر.")


@pytest.mark.parametrize("text, expected", [
    ("وتحدثت تقارير عن تدفق الأسلحة من الإمارات إلى قوات حفتر.", ("UAE", "supports", "LNA")),
    ("وكشفت صور عن وصول شحنات أسلحة من روسيا لقوات حفتر.", ("Russia", "supports", "LNA")),
    ("وينتشر مرتزقة فاغنر بجانب قوات حفتر على خطوط التماس.", ("Russia", "supports", "LNA")),
])
def test_supplies_from_one_actor_to_another_and_deployment_beside(parser, text, expected):
    assert expected in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    ("وأثار أردوغان غضب القاهرة بتصريحاته الأخيرة.", ("Egypt", "opposes", "Turkey")),
    ("وأثارت تصريحات ماكرون انتقادات من تركيا.", ("Turkey", "opposes", "France")),
    ("وأثارت تركيا قلق الاتحاد الأوروبي.", ("EU", "opposes", "Turkey")),
    ("واستدعت خطوة أنقرة معارضة من دول الجوار، على رأسها اليونان.", ("Greece", "opposes", "Turkey")),
    ("وتحظى حكومة الوفاق بدعم دول عدة أبرزها قطر.", ("Qatar", "supports", "GNA")),
])
def test_provoking_a_reaction_is_opposed_by_who_reacts(parser, text, expected):
    assert expected in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    ("وعبرت اليونان عن إدانتها لممارسات أنقرة في المتوسط.", ("Greece", "opposes", "Turkey")),
    ("وأكد البرلمان الليبي رفضه القاطع لأي تدخل من جانب تركيا.", ("HoR", "opposes", "Turkey")),
    ("ورفضت فرنسا أي تدخل عسكري من روسيا في ليبيا.", ("France", "opposes", "Russia")),
    ("وقال وزير الخارجية المصري إن تركيا تتحمل مسؤولية تدهور الأوضاع.", ("Egypt", "opposes", "Turkey")),
    # the complement past a long titled name (kgt:demand_stop requires «الكف»)
    ("ودعت رئيسة المفوضية الأوروبية أورسولا فون دير لاين روسيا وتركيا إلى الكف عن إرسال المرتزقة.", ("EU", "opposes", "Turkey")),
])
def test_condemning_an_actors_practices_and_charges_of_blame(parser, text, expected):
    assert expected in triples(parser, text)


def test_threats_from_an_actor_with_no_stance_verb_name_no_doer(parser):
    # bare «من» after a deed may be its source or where it is aimed: only a stance verb decides
    assert not {c for c in rule_claims(parser, "وتحدث الجيش الوطني الليبي عن تهديدات من مصر.") if c[1] == "opposes"}


@pytest.mark.parametrize("text", [
    "ورحب البرلمان الليبي بالتدخل المصري لحماية الحدود.",
    "وطلب البرلمان الليبي تدخلا عسكريا من مصر.",
])
def test_a_deed_welcomed_or_asked_for_is_not_opposed(parser, text):
    assert not {c for c in rule_claims(parser, text) if c[1] == "opposes"}


@pytest.mark.parametrize("text", [
    "وقال السيسي إن مصر لن تقبل بالتدخل التركي في ليبيا.",
    "وأكدت الجزائر أنها لا تسمح بأي تدخل روسي على حدودها، وكذلك اليونان لن تقبل التدخل التركي.",
])
def test_refusing_to_accept_a_deed_asserts_the_stance(parser, text):
    claims = [c for c in extract_document(Document("t", text), parser.parse(text)) if c.relation == "opposes"]
    assert claims and not any(c.negated for c in claims)


def test_not_condemning_a_deed_stays_negated(parser):
    text = "ولم تدن إيطاليا التدخل الروسي في ليبيا."
    claims = [c for c in extract_document(Document("t", text), parser.parse(text)) if c.relation == "opposes"]
    assert claims and all(c.negated for c in claims)


def test_commending_an_actors_efforts_with_the_subject_between(parser):
    got = triples(parser, "وثمنت اليونان جهود الجيش الوطني الليبي في حماية الحدود.")
    assert ("Greece", "supports", "LNA") in got
    # (or its decision)
    assert triples(parser, "وثمنت الدوحة قرار حكومة الوفاق تعليق المعارك.") == {("Qatar", "supports", "GNA")}


def test_the_price_paid_is_no_commendation(parser):
    # kgt:thammana is verbTagged: the noun «ثمن» (price) shares the verb's letters
    assert not rule_claims(parser, "ودفعت حكومة الوفاق ثمن موقف تركيا.")


@pytest.mark.parametrize("text, expected", [
    ("اليونان: نؤيد الجيش الوطني الليبي في حربه على الإرهاب", ("Greece", "supports", "LNA")),
    ("وقال السيسي: سندعم الجيش الوطني الليبي حتى النهاية.", ("Egypt", "supports", "LNA")),
    ("وقال وزير الخارجية الإيطالي إننا نؤيد حكومة الوفاق.", ("Italy", "supports", "GNA")),
])
def test_we_is_the_speaker_of_a_first_person_verb(parser, text, expected):
    got = rule_claims(parser, text)
    assert expected in {c[:3] for c in got}
    assert not any(c[0] == expected[2] and c[1] == expected[1] for c in got)  # the object is no subject


def test_a_capital_before_a_colon_is_still_a_dateline(parser):
    got = triples(parser, "أنقرة: أكد وزير الخارجية الفرنسي دعم بلاده لحكومة الوفاق.")
    assert ("France", "supports", "GNA") in got and not any(c[0] == "Turkey" for c in got)


def test_undermining_peace_is_a_charge_the_speaker_makes(parser):
    got = triples(parser, "وقالت ألمانيا إن روسيا تقوض الجهود الدولية في ليبيا.")
    assert ("Germany", "opposes", "Russia") in got
    assert not rule_claims(parser, "وتقوض الأمطار الغزيرة جهود الإغاثة في المدينة.")


@pytest.mark.parametrize("text, expected", [
    ("وراهنت فرنسا على حفتر لسنوات.", ("France", "supports", "LNA")),
    ("وانقلبت الإمارات على حفتر بعد خسارته.", ("UAE", "opposes", "LNA")),
    ("ووقفت قطر في صف حكومة الوفاق منذ البداية.", ("Qatar", "supports", "GNA")),
    ("وصب البرلمان الليبي جام غضبه على تركيا.", ("HoR", "opposes", "Turkey")),
    ("وهددت اليونان بإجراءات عقابية ضد تركيا.", ("Greece", "opposes", "Turkey")),
    ("وتكفلت قطر بتمويل حكومة الوفاق.", ("Qatar", "supports", "GNA")),
    ("وتعمل فرنسا على تقوية موقعها من خلال دعم حفتر.", ("France", "supports", "LNA")),
])
def test_idioms_of_backing_and_hostility(parser, text, expected):
    got = triples(parser, text)
    assert expected in got
    assert (expected[2], expected[1], expected[0]) not in got


def test_a_speech_verb_with_no_subject_reports_for_the_one_the_text_is_about(parser):
    text = "وقال وزير الخارجية اليوناني إن بلاده تتابع الوضع. وتابع: تركيا ترعى الإرهاب في المتوسط."
    got = {(c.source_party, c.relation, c.target_party) for c in extract_document(Document("t", text), parser.parse(text))}
    assert ("Greece", "opposes", "Turkey") in got


@pytest.mark.parametrize("text, pairs", [
    ("وتقف قطر في خندق واحد مع حكومة الوفاق.", {("Qatar", "GNA"), ("GNA", "Qatar")}),
    ("وتقف مصر والإمارات في خندق واحد ضد الإرهاب.", {("Egypt", "UAE"), ("UAE", "Egypt")}),
])
def test_standing_in_one_trench_is_support_both_ways(parser, text, pairs):
    got = {(c[0], c[2]) for c in rule_claims(parser, text) if c[1] == "supports"}
    assert pairs <= got


@pytest.mark.parametrize("text, expected", [
    ("وهنأ الرئيس الروسي حفتر بالسيطرة على المدينة.", {("Russia", "supports", "LNA")}),
    ("وقالت فرنسا إنها هنا لمساعدة الليبيين.", set()),  # «هنا» (here) shares the letters of «هنأ»
])
def test_congratulating_an_actor(parser, text, expected):
    assert triples(parser, text) == expected


def _polarities(parser, text: str, pair: tuple[str, str, str]) -> set[bool]:
    return {c.negated for c in extract_document(Document("t", text), parser.parse(text))
            if (c.source_party, c.relation, c.target_party) == pair}


@pytest.mark.parametrize("text", [
    "وقالت أبوظبي إنه لا صحة لما يتردد عن دعم الإمارات لقوات حفتر.",
    "ووصفت أبوظبي الأنباء عن دعمها لحفتر بأنها عارية عن الصحة.",
    "وقالت أبوظبي إن التقارير عن دعمها لحفتر لا أساس لها.",
    "ورفضت أبوظبي الادعاءات بشأن دعمها لحفتر.",
    "وفندت أبوظبي في بيان طويل الاتهامات حول دعمها لحفتر.",
    "وترفض أبوظبي الاعتراف بدعمها لحفتر.",
    "وتنأى أبوظبي بنفسها عن دعم حفتر.",
])
def test_a_report_rejected_or_called_false_is_a_denial(parser, text):
    assert _polarities(parser, text, ("UAE", "supports", "LNA")) == {True}
    assert not {c for c in rule_claims(parser, text) if c[1] == "opposes"}  # nobody is opposed


@pytest.mark.parametrize("text", [
    "وتتهم أنقرة أبوظبي بدعم حفتر، الأمر الذي تنفيه الإمارات.",
    "وتتهم أنقرة أبوظبي بدعم حفتر، وهو اتهام تنفيه الإمارات.",
    "وتتهم أنقرة أبوظبي بدعم حفتر، لكن الإمارات تنفي ذلك.",
    "وتتهم أنقرة أبوظبي بدعم حفتر، غير أن الإمارات تنفي ذلك.",
    "وتنفي الإمارات، التي تتهمها أنقرة بإرسال مرتزقة، دعمها لحفتر.",
])
def test_an_accusation_and_its_denial_both_stand(parser, text):
    assert _polarities(parser, text, ("UAE", "supports", "LNA")) == {True, False}


def test_their_meeting_is_between_the_subject_and_the_one_behind_with(parser):
    # (the tokenizer writes «لقائهما» as ل + قائ + هما: that ل is the noun's own, no «to meet» of a
    # meeting still planned)
    got = rule_claims(parser, "وبحث السراج مع السفير الإيطالي خلال لقائهما في طرابلس آخر التطورات.")
    assert ("GNA", "met", "Italy") in {c[:3] for c in got}


def test_a_meeting_on_the_day_after_is_planned(parser):
    assert not rule_claims(parser, "وقالت مصادر إن السراج وحفتر يعقدان لقاءات يوم غد في عمان.")


@pytest.mark.parametrize("text, expected", [
    ("وتقف اليونان ضد حكومة الوفاق في هذا الملف.", ("Greece", "opposes", "GNA")),
    ("وقالت ألمانيا إن الوجود العسكري الروسي في ليبيا غير مقبول.", ("Germany", "opposes", "Russia")),
    ("وأكدت مصر أن التدخل التركي في الشأن الليبي مرفوض.", ("Egypt", "opposes", "Turkey")),
])
def test_standing_against_and_calling_a_deed_unacceptable(parser, text, expected):
    assert expected in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    ("وتؤيد حكومة الوفاق كل من تركيا وقطر منذ البداية.", {("Turkey", "supports", "GNA"), ("Qatar", "supports", "GNA")}),
    ("وحكومة الوفاق، التي تساندها تركيا وقطر، ترفض وقف القتال.", {("Turkey", "supports", "GNA"), ("Qatar", "supports", "GNA")}),
])
def test_the_object_before_each_of_and_the_antecedent_of_a_relative(parser, text, expected):
    got = {c[:3] for c in rule_claims(parser, text) if c[1] == "supports"}
    assert got == expected


@pytest.mark.parametrize("text", [
    "وتراجعت فرنسا عن دعم حفتر بعد خسارته.",
    "وامتنعت إيطاليا عن دعم حكومة الوفاق عسكريا.",
    "وتخلت الإمارات عن دعم قوات حفتر.",
])
def test_backing_off_from_support_negates_it(parser, text):
    claims = [c for c in extract_document(Document("t", text), parser.parse(text)) if c.relation == "supports"]
    assert claims and all(c.negated for c in claims)


@pytest.mark.parametrize("text, expected, wrong", [
    ("وتقدمت قوات حفتر بإسناد من الطيران الإماراتي.", ("UAE", "supports", "LNA"), ("LNA", "supports", "UAE")),
    ("وتقدمت قوات حفتر تحت غطاء جوي روسي.", ("Russia", "supports", "LNA"), ("LNA", "supports", "Russia")),
    ("وشنت قوات الوفاق هجوما واسعا بدعم تركي.", ("Turkey", "supports", "GNA"), ("GNA", "opposes", "Turkey")),
])
def test_backing_named_by_a_nationality_adjective_after_the_masdar(parser, text, expected, wrong):
    got = triples(parser, text)
    assert expected in got and wrong not in got


def test_a_visit_after_arriving_has_the_destination_for_host(parser):
    got = triples(parser, "ووصل السراج إلى روما في زيارة رسمية تستغرق ثلاثة أيام.")
    assert ("GNA", "met", "Italy") in got


def test_the_capital_left_is_no_host(parser):
    # «غادر القاهرة» right after its verb: the city left is a place, not the one visited
    got = triples(parser, "وكان عقيلة صالح غادر القاهرة في زيارة إلى الرياض.")
    assert not any(c[0] == "Egypt" for c in got)
    assert ("Egypt", "met", "LNA") in triples(parser, "وحفتر غادر القاهرة بعد لقاء مع السيسي.")


@pytest.mark.parametrize("text", [
    "وتتهم أنقرة أبوظبي بدعم حفتر، وهي اتهامات ترفضها الإمارات.",
    "وتتهم أنقرة أبوظبي بدعم حفتر في اتهامات تنفيها الإمارات.",
    "وتتهم أنقرة أبوظبي بدعم حفتر، فيما تنفي الإمارات ذلك.",
    "وتتهم أنقرة أبوظبي بدعم حفتر. ونفت الإمارات مرارا هذه الاتهامات.",
    "وتتهم أنقرة أبوظبي بدعم حفتر. لكن الإمارات تنفي ذلك.",
    "وتتهم أنقرة أبوظبي بدعم حفتر، ما تنفيه الإمارات.",
])
def test_a_denial_that_refers_back_to_the_accusation(parser, text):
    assert _polarities(parser, text, ("UAE", "supports", "LNA")) == {True, False}


def test_a_denial_of_something_else_leaves_the_accusation(parser):
    text = "وتتهم أنقرة أبوظبي بدعم حفتر. ونفت الإمارات وجود قوات لها في ليبيا."
    assert _polarities(parser, text, ("UAE", "supports", "LNA")) == {False}


def test_a_list_in_parentheses_enumerates_both_camps(parser):
    text = "وقال تقرير أممي إن داعمي الطرفين (الإمارات ومصر في مواجهة تركيا وقطر) خرقوا حظر السلاح."
    got = triples(parser, text)
    assert {("UN", "opposes", x) for x in ("UAE", "Egypt", "Turkey", "Qatar")} <= got


@pytest.mark.parametrize("text, expected", [
    ("واحتدم الخلاف بين القاهرة وأنقرة حول ليبيا.", {("Egypt", "opposes", "Turkey"), ("Turkey", "opposes", "Egypt")}),
    # the «بين» of the agreement, after a relative clause, is not the tension's
    ("وتصاعد التوتر الذي نتج عن الاتفاق الموقع بين أنقرة وحكومة الوفاق.", set()),
])
def test_a_dispute_between_two_actors_holds_both_ways(parser, text, expected):
    assert {c[:3] for c in rule_claims(parser, text) if c[3].startswith("between")} == expected


def test_a_further_object_listed_after_the_first(parser):
    text = "وأشاد السراج بمواقف أنقرة الداعمة للحكومة، وبالدور القطري في دعم الاستقرار."
    got = triples(parser, text)
    assert {("GNA", "supports", "Turkey"), ("GNA", "supports", "Qatar")} <= got


@pytest.mark.parametrize("text, expected", [
    ("واستهجنت الخارجية القطرية تصريحات حفتر.", ("Qatar", "opposes", "LNA")),
    ("وأدانت الخارجية التركية القصف الذي نفذه الطيران المصري قرب سرت.", ("Turkey", "opposes", "Egypt")),
    ("واعتبرت القاهرة تصريحات أردوغان استفزازية.", ("Egypt", "opposes", "Turkey")),
    ("وتعهدت اليونان بالتصدي للأطماع التركية في المتوسط.", ("Greece", "opposes", "Turkey")),
])
def test_more_stances_against_an_actors_words_and_deeds(parser, text, expected):
    assert expected in triples(parser, text)


def test_a_dual_object_pronoun_is_the_pair_named_before(parser):
    text = "وتوصل السراج وحفتر إلى تفاهم، بحسب المستشارة الألمانية، التي اجتمعت بهما في برلين."
    got = triples(parser, text)
    assert {("GNA", "met", "Germany"), ("Germany", "met", "LNA")} <= got


@pytest.mark.parametrize("text, expected", [
    ("وأثنى الرئيس المصري على دور الإمارات في دعم الاستقرار.", ("Egypt", "supports", "UAE")),
    ("وتدعم إيطاليا الحوار الذي ترعاه الأمم المتحدة بين الليبيين.", ("Italy", "supports", "UN")),
])
def test_praise_and_what_an_actor_sponsors(parser, text, expected):
    assert expected in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    ("وأكد المجلس الرئاسي اعتراضه على عملية إيريني بشكلها الحالي.", ("GNA", "opposes", "EU")),
    ("وقال مصدر إن ولي عهد أبوظبي هنأ المشير بالتقدم نحو العاصمة.", ("UAE", "supports", "LNA")),
])
def test_an_operation_acts_for_its_organisation_and_congratulations(parser, text, expected):
    assert expected in triples(parser, text)


def test_a_joint_statement_against_an_agreement_speaks_for_all_its_issuers(parser):
    text = "وأكد بيان صادر عن اليونان وقبرص رفض البلدين للمذكرة الموقعة بين أنقرة وحكومة الوفاق."
    got = triples(parser, text)
    assert {("Greece", "opposes", "Turkey"), ("Cyprus", "opposes", "Turkey")} <= got


@pytest.mark.parametrize("text, expected", [
    ("وفي اتصال هاتفي أجراه الرئيس الروسي بنظيره التركي، بحث الجانبان الوضع.", ("Russia", "called", "Turkey")),
    ("وخلال لقاء عقده وزير الخارجية المصري مع نظيره اليوناني، أكد الوزيران موقفهما.", ("Egypt", "met", "Greece")),
])
def test_a_call_or_meeting_held_by_the_subject_of_a_relative_with_no_pronoun(parser, text, expected):
    assert expected in triples(parser, text)


@pytest.mark.parametrize("text, expected, wrong", [
    ("وتقدمت قوات حفتر مدعومة بطائرات مسيرة إماراتية.", ("UAE", "supports", "LNA"), None),
    ("وسيطرت قوات الوفاق، مدعومة بغطاء جوي تركي، على القاعدة.", ("Turkey", "supports", "GNA"), ("GNA", "supports", "Turkey")),
    ("وانتقد حفتر المدعوم من موسكو وأبوظبي حكومة الوفاق.", ("LNA", "opposes", "GNA"), ("LNA", "opposes", "UAE")),
])
def test_backed_with_arms_and_the_list_of_backers_is_no_object(parser, text, expected, wrong):
    got = triples(parser, text)
    assert expected in got and wrong not in got


def test_the_agent_of_a_deed_condemned_by_a_long_named_subject(parser):
    text = "وأدانت بعثة الأمم المتحدة للدعم في ليبيا القصف الذي طال المطار من قبل قوات حفتر."
    assert ("UN", "opposes", "LNA") in triples(parser, text)


@pytest.mark.parametrize("text, negated", [
    ("وتنفي مصر دعم قوات حفتر، لكن تقارير غربية تؤكد العكس.", True),
    ("ولا يمكن لمصر إنكار دعمها لقوات حفتر.", False),
])
def test_the_object_of_a_denial_and_the_subject_of_a_modal(parser, text, negated):
    assert _polarities(parser, text, ("Egypt", "supports", "LNA")) == {negated}


def test_a_clause_that_refers_back_shares_a_stance_against_an_agreement(parser):
    text = "وقالت إيطاليا إن الاتفاق الموقع بين أنقرة وحكومة الوفاق استفزازي، وهو ما أكدته فرنسا كذلك."
    got = triples(parser, text)
    assert {("France", "opposes", "Turkey"), ("France", "opposes", "GNA")} <= got


@pytest.mark.parametrize("text, expected", [
    # «بحسب X» names who says it; «تنتهك» is matched by its spelling (the imperfect drops the alif of
    # «انتهك»), also where the tokenizer over-splits it and the lemma is lost
    ("وبحسب الخارجية الإيطالية، فإن تركيا تنتهك حظر السلاح.", ("Italy", "opposes", "Turkey")),
    ("ووفقا لوزير الخارجية اليوناني، فإن روسيا ترعى الإرهاب في ليبيا.", ("Greece", "opposes", "Russia")),
])
def test_according_to_an_actor(parser, text, expected):
    assert expected in triples(parser, text)


def test_an_agreement_called_unlawful(parser):
    got = triples(parser, "ووصفت قبرص المذكرة الموقعة بين تركيا وحكومة الوفاق بأنها غير قانونية.")
    assert {("Cyprus", "opposes", "Turkey"), ("Cyprus", "opposes", "GNA")} <= got


@pytest.mark.parametrize("text, expected", [
    ("وعقد اجتماع ضم وزيري خارجية اليونان وقبرص في أثينا.", ("Cyprus", "met", "Greece")),
    ("وخلال استقباله لرئيس المجلس الرئاسي، أكد الرئيس الإيطالي دعم بلاده للحكومة.", ("GNA", "met", "Italy")),
])
def test_a_meeting_that_included_both_and_a_reception_of(parser, text, expected):
    assert expected in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    ("وتواصل الدوحة تزويد حكومة الوفاق بالمدرعات.", ("Qatar", "supports", "GNA")),
    ("وتحدثت تقارير عن وصول مقاتلين من فاغنر لدعم الجيش الوطني الليبي.", ("Russia", "supports", "LNA")),
    ("وتلعب موسكو دورا محوريا في دعم الجيش الوطني الليبي.", ("Russia", "supports", "LNA")),
    ("وساهمت قطر بشكل كبير في دعم حكومة الوفاق.", ("Qatar", "supports", "GNA")),
])
def test_support_as_the_object_of_carrying_on_taking_part_or_a_role(parser, text, expected):
    got = triples(parser, text)
    assert expected in got and (expected[2], expected[1], expected[0]) not in got


@pytest.mark.parametrize("text", [
    "ورفضت أبوظبي الاتهامات الموجهة إليها بدعم حفتر.",
    "واستبعدت أبوظبي تقديم أي دعم عسكري لحفتر.",
])
def test_accusations_rejected_by_the_accused_and_support_ruled_out(parser, text):
    assert _polarities(parser, text, ("UAE", "supports", "LNA")) == {True}
    assert not {c for c in rule_claims(parser, text) if c[0] == "LNA"}


@pytest.mark.parametrize("text", [
    "وتسعى إيطاليا إلى عقد لقاء بين السراج وحفتر في روما.",
    "وطلب السراج لقاء الرئيس التركي.",
])
def test_a_meeting_sought_or_asked_for_is_not_held(parser, text):
    assert not {c for c in rule_claims(parser, text) if c[1] == "met"}


def test_a_negative_role_is_a_charge_the_speaker_makes(parser):
    got = triples(parser, "وقال وزير الخارجية الألماني إن روسيا تلعب دورا سلبيا في ليبيا.")
    assert ("Germany", "opposes", "Russia") in got
    assert not rule_claims(parser, "وتلعب روسيا دورا سلبيا في ليبيا.")  # unreported: no stance of anyone


@pytest.mark.parametrize("text, expected", [
    ("وأبدت أثينا تحفظها على الدور التركي في ليبيا.", {("Greece", "opposes", "Turkey")}),
    ("وشكك الرئيس الفرنسي في نوايا تركيا.", {("France", "opposes", "Turkey")}),
    ("وطعن مجلس النواب في شرعية حكومة الوفاق.", {("HoR", "opposes", "GNA")}),
    ("وتحفظ المصدر عن ذكر أسماء المسؤولين المصريين.", set()),
])
def test_reservations_doubts_and_challenges(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وتعد أبوظبي الظهير الإقليمي لحفتر.", ("UAE", "supports", "LNA")),
    ("وباركت الدوحة خطوة حكومة الوفاق.", ("Qatar", "supports", "GNA")),
])
def test_a_backer_and_a_blessing(parser, text, expected):
    assert expected in triples(parser, text)


def test_regression_a_resolution_an_actor_backs_is_no_agent_of_the_phrase_that_blocks_it(parser):
    # a relative with no «الذي» after an indefinite noun names the agent only of a call or meeting
    # held («اتصال هاتفي أجراه X»), not of «لمنع قرار تدعمه تركيا»
    got = triples(parser, "وانضمت فرنسا إلى اليونان لمنع قرار تدعمه تركيا في مجلس الأمن.")
    assert ("France", "opposes", "Turkey") in got


def test_the_genitive_of_holding_a_call_made_it(parser):
    text = "وأعلن الكرملين عن إجراء الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان."
    got = [c for c in extract_document(Document("t", text), parser.parse(text)) if c.relation == "called"]
    assert any((c.source, c.target) == ("Putin", "Erdogan") and not c.rule.startswith("cooccurrence") for c in got)


@pytest.mark.parametrize("text, expected", [
    ("وطالبت اليونان تركيا بوقف التصعيد في المتوسط.", {("Greece", "opposes", "Turkey")}),
    ("ودعت اليونان إلى وقف التصعيد في المتوسط.", set()),
    ("ودعت إيطاليا حكومة الوفاق وقوات حفتر إلى وقف القتال.", set()),  # all sides: no stance against either
    ("وأيدت اليونان دعوة الأمم المتحدة إلى وقف القتال.", {("Greece", "supports", "UN")}),  # the caller, not addressed
])
def test_a_call_to_stop_fighting_opposes_only_the_one_actor_it_addresses(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وهاجم الوزير الدول الداعمة لحفتر وعلى رأسها الإمارات.", {("UAE", "supports", "LNA")}),
    ("وكانت روسيا من أوائل الداعمين لحفتر.", {("Russia", "supports", "LNA")}),
])
def test_a_participle_of_a_definite_noun_is_not_the_subjects(parser, text, expected):
    assert {c[:3] for c in rule_claims(parser, text) if c[1] == "supports"} == expected


@pytest.mark.parametrize("text, negated", [
    ("وتخلت فرنسا عن حفتر بعد هزيمته.", True),
    ("وقال الرئيس الفرنسي إن بلاده لن تتخلى عن حفتر.", False),
])
def test_abandoning_ends_support_and_not_abandoning_pledges_it(parser, text, negated):
    assert _polarities(parser, text, ("France", "supports", "LNA")) == {negated}


@pytest.mark.parametrize("text, expected", [
    ("وتعهدت قطر بالوقوف مع حكومة الوفاق حتى النهاية.", ("Qatar", "supports", "GNA")),
    ("وأعلنت قطر نصرتها لحكومة الوفاق.", ("Qatar", "supports", "GNA")),
])
def test_standing_with_an_actor(parser, text, expected):
    got = triples(parser, text)
    assert expected in got and (expected[2], expected[1], expected[0]) not in got


@pytest.mark.parametrize("text, expected", [
    ("وقال المجلس الرئاسي إننا لن نتعامل مع حفتر بعد اليوم.", ("GNA", "opposes", "LNA")),
    ("وقال الرئيس الفرنسي إن حفتر لم يعد شريكا في السلام.", ("France", "opposes", "LNA")),
])
def test_refusing_to_deal_with_an_actor_or_to_count_it_a_partner(parser, text, expected):
    claims = [c for c in extract_document(Document("t", text), parser.parse(text))
              if (c.source_party, c.relation, c.target_party) == expected]
    assert claims and not any(c.negated for c in claims)
    assert not any(c.relation == "supports" for c in extract_document(Document("t", text), parser.parse(text)))


@pytest.mark.parametrize("text, expected", [
    ("وأكد الرئيس الأمريكي أنه على تركيا أن توقف نقل المرتزقة إلى ليبيا.", {("US", "opposes", "Turkey")}),
    ("وقال المسماري: على أنقرة أن تسحب قواتها فورا.", {("LNA", "opposes", "Turkey")}),
    ("وقالت إيطاليا إنه يجب على قطر وقف دعمها للميليشيات.", {("Italy", "opposes", "Qatar")}),
    ("وقال وزير الخارجية الألماني إن على جميع الأطراف وقف إطلاق النار.", set()),  # nobody in particular
])
def test_an_obligation_to_stop_opposes_the_one_it_binds(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وانتقدت الجزائر وإيطاليا الدعم العسكري الروسي لقوات حفتر.", {("Italy", "opposes", "Russia"), ("Russia", "supports", "LNA")}),
    ("ورفضت قبرص الدعم القطري لحكومة الوفاق.", {("Cyprus", "opposes", "Qatar"), ("Qatar", "supports", "GNA")}),
])
def test_a_stance_against_support_opposes_the_supporter_not_the_one_supported(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وسلحت الإمارات حفتر بطائرات مسيرة لمهاجمة حكومة الوفاق.", {("UAE", "supports", "LNA")}),
    ("وأمدت تركيا حكومة الوفاق بمنظومات دفاع جوي في خرق لقرار الأمم المتحدة.", {("Turkey", "supports", "GNA")}),
])
def test_the_direct_object_of_a_verb_wins_over_a_later_marked_phrase(parser, text, expected):
    assert {c for c in triples(parser, text) if c[1] == "supports"} == expected


def test_an_accusation_masdar_with_lam_names_the_accused(parser):
    got = triples(parser, "وكرر حفتر اتهامه لقطر بدعم حكومة الوفاق بالمال والسلاح.")
    assert ("LNA", "opposes", "Qatar") in got and ("Qatar", "supports", "GNA") in got
    assert ("LNA", "supports", "GNA") not in got


@pytest.mark.parametrize("text, expected", [
    ("وتعتبر اليونان حكومة الوفاق ميليشيات غير شرعية.", {("Greece", "opposes", "GNA")}),
    ("وصنف البرلمان المصري قوات الوفاق جماعات إرهابية.", {("Egypt", "opposes", "GNA")}),
    ("واعتبر الرئيس الفرنسي أن حفتر شريك مهم في مكافحة الإرهاب.", set()),  # terrorism fought, nobody branded
])
def test_holding_or_classing_an_actor_a_term_of_abuse(parser, text, expected):
    assert {c for c in triples(parser, text) if c[1] == "opposes"} == expected


@pytest.mark.parametrize("text, expected", [
    ("وحثت إيطاليا الأمم المتحدة على دعم حكومة الوفاق.", {("Italy", "supports", "GNA")}),
    ("ودعت مصر الجامعة العربية إلى إدانة التدخل القطري.", {("Egypt", "opposes", "Qatar")}),
])
def test_the_one_a_demand_addresses_is_asked_to_act_not_acting(parser, text, expected):
    assert {c for c in triples(parser, text) if c[0] != "Arab League"} == expected


@pytest.mark.parametrize("text, expected", [
    ("وجمع اجتماع في روما رئيس الوزراء الإيطالي والمشير حفتر.", {("Italy", "met", "LNA")}),
    ("وتناول لقاء جمع وزيري خارجية مصر واليونان العلاقات الثنائية.", {("Egypt", "met", "Greece")}),
])
def test_a_meeting_that_brought_two_together_gathering_verb_first(parser, text, expected):
    assert triples(parser, text) == expected


def test_a_denial_after_despite_negates_what_was_said(parser):
    text = "وتواصل أنقرة دعم حكومة الوفاق بالسلاح رغم نفي تركيا ذلك."
    assert _polarities(parser, text, ("Turkey", "supports", "GNA")) == {True, False}


@pytest.mark.parametrize("text, expected", [
    ("ووجهت فرنسا تحذيرا واضحا إلى تركيا من مغبة التصعيد.", {("France", "opposes", "Turkey")}),
    ("ووجه وزير الخارجية الألماني انتقادات حادة إلى روسيا.", {("Germany", "opposes", "Russia")}),
])
def test_a_state_after_ila_is_the_one_addressed_not_a_place(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وقال وزير الخارجية الأمريكي إن روسيا تلعب دورا مزعزعا للاستقرار في ليبيا.", {("US", "opposes", "Russia")}),
    ("وقالت أثينا إن أنقرة تزعزع استقرار شرق المتوسط.", {("Greece", "opposes", "Turkey")}),
])
def test_a_charge_of_destabilising(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, negated", [
    ("وقال الرئيس التركي إن بلاده لن تترك حكومة الوفاق وحدها.", False),
    ("وتركت أنقرة حكومة الوفاق وحيدة في مواجهة الهجوم.", True),
])
def test_leaving_an_actor_alone_ends_support_and_not_leaving_it_pledges_it(parser, text, negated):
    assert _polarities(parser, text, ("Turkey", "supports", "GNA")) == {negated}


def test_a_term_of_abuse_after_facing_names_those_fought_not_a_predicate(parser):
    got = triples(parser, "وقال السراج إن قوات الوفاق تقف في مواجهة الانقلابيين.")
    assert ("GNA", "opposes", "GNA") not in got and not any(c[2] == "GNA" and c[1] == "opposes" for c in got)


def test_a_guest_past_a_day_and_a_place_set_off_by_commas(parser):
    text = "واستقبل الرئيس الروسي، أمس الخميس، في سوتشي، المشير خليفة حفتر."
    assert ("LNA", "met", "Russia") in triples(parser, text)


def test_a_bare_masdar_with_a_genitive_and_lam_is_no_verb(parser):
    # «رفض» read as a verb made the counterpart its subject and Washington its object
    got = triples(parser, "وأبلغ وزير الخارجية الأمريكي نظيره الروسي رفض واشنطن لأي تصعيد.")
    assert ("Russia", "opposes", "US") not in got


def test_a_reported_masdar_of_backing_militias_charges_its_genitive(parser):
    got = triples(parser, "وقالت اليونان إن دعم تركيا للميليشيات يطيل الحرب.")
    assert ("Greece", "opposes", "Turkey") in got


@pytest.mark.parametrize("text, expected", [
    ("وسخر وزير الخارجية التركي من تصريحات الرئيس الفرنسي.", ("Turkey", "opposes", "France")),
    ("وأكد البرلمان المصري عدم اعترافه بحكومة الوفاق.", ("Egypt", "opposes", "GNA")),
    ("وتقوم روسيا بتدريب قوات حفتر في قاعدة الجفرة.", ("Russia", "supports", "LNA")),
    ("وقال مسؤول أمريكي إن روسيا تقف خلف حفتر منذ سنوات.", ("Russia", "supports", "LNA")),
    ("وأرسلت أنقرة طائرات مسيرة لحماية قوات حكومة الوفاق.", ("Turkey", "supports", "GNA")),
])
def test_mocking_withholding_recognition_training_standing_behind_protecting(parser, text, expected):
    got = triples(parser, text)
    assert expected in got and (expected[2], expected[1], expected[0]) not in got


def test_the_press_of_a_state_is_no_party(parser):
    assert triples(parser, "واتهمت صحيفة روسية تركيا بنقل المرتزقة إلى ليبيا.") == set()


@pytest.mark.parametrize("text, expected", [
    ("وقال مسؤولون إن مصر قد تكون أرسلت أسلحة إلى حفتر.", set()),
    ("وربما التقى السراج وزير الخارجية الإماراتي سرا.", set()),
    ("وقد أرسلت مصر أسلحة إلى حفتر.", {("Egypt", "supports", "LNA")}),  # «قد» with a perfect: it has
])
def test_what_may_have_happened_is_not_asserted(parser, text, expected):
    assert triples(parser, text) == expected


def test_an_agreement_that_provoked_a_reaction_is_opposed_by_those_who_reacted(parser):
    got = rule_claims(parser, "وأثارت مذكرة التفاهم بين تركيا وحكومة الوفاق استياء قبرص ومصر.")
    assert {("Cyprus", "opposes", "Turkey", "against-agreement"), ("Cyprus", "opposes", "GNA", "against-agreement"),
            ("Egypt", "opposes", "Turkey", "against-agreement"), ("Egypt", "opposes", "GNA", "against-agreement")} <= got
    assert not any(c[0] in ("Turkey", "GNA") and c[1] == "opposes" for c in got)


@pytest.mark.parametrize("text, expected", [
    ("وقالت قطر إنها تدعم حكومة الوفاق حتى النهاية.", {("Qatar", "supports", "GNA")}),
    ("وأكد وزير الخارجية الإيطالي أنه التقى المشير حفتر في بنغازي.", {("Italy", "met", "LNA")}),
])
def test_a_complementizer_with_a_pronoun_holds_the_subject(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وتدعم روسيا، التي تتهمها واشنطن بإرسال مرتزقة، قوات حفتر.", ("Russia", "supports", "LNA")),
    ("وتدعم قطر، إلى جانب أنقرة، حكومة الوفاق.", ("Qatar", "supports", "GNA")),
    ("ودعمت الحكومة الإماراتية، بقيادة محمد بن زايد، المشير حفتر.", ("UAE", "supports", "LNA")),
])
def test_the_object_follows_an_aside_set_off_by_commas(parser, text, expected):
    # (the one besides the subject shares its stance: test_states_listed_besides_the_source_share_its_stance)
    got = {c for c in triples(parser, text) if c[1] == "supports"}
    assert expected in got and {c[2] for c in got} == {expected[2]}


def test_however_is_no_negation(parser):
    text = "وقال الوزير التركي إن دولا عدة تزعزع الاستقرار، غير أنه انتقد أبوظبي بالاسم."
    assert _polarities(parser, text, ("Turkey", "opposes", "UAE")) == {False}


@pytest.mark.parametrize("text, expected", [
    ("وتقدمت قبرص بشكوى إلى الاتحاد الأوروبي ضد تركيا.", ("Cyprus", "opposes", "Turkey")),
    ("وأعربت ألمانيا عن أسفها لقرار روسيا إرسال مقاتلات إلى ليبيا.", ("Germany", "opposes", "Russia")),
    ("وقالت باريس إن أنقرة مسؤولة عن انتهاك حظر الأسلحة.", ("France", "opposes", "Turkey")),
    ("وتحمّل اليونان تركيا مسؤولية التوتر في المتوسط.", ("Greece", "opposes", "Turkey")),
    ("وطالبت قبرص الاتحاد الأوروبي بفرض عقوبات على تركيا.", ("Cyprus", "opposes", "Turkey")),
    ("وتعارض فرنسا أي وجود عسكري أجنبي في ليبيا بما في ذلك الروسي.", ("France", "opposes", "Russia")),
])
def test_complaints_regrets_blame_and_sanctions_asked_for(parser, text, expected):
    got = triples(parser, text)
    assert expected in got and not any(c[1] == "opposes" and c[0] != expected[0] for c in got)


def test_the_official_in_charge_is_no_one_responsible(parser):
    assert triples(parser, "والتقى السراج المسؤول عن الملف الليبي في الخارجية الأمريكية.") == set()


def test_a_visit_during_which_the_visitor_met_an_actor(parser):
    text = "ووصل وزير الخارجية التركي إلى طرابلس في زيارة غير معلنة التقى خلالها السراج."
    assert _polarities(parser, text, ("Turkey", "met", "GNA")) == {False}  # «غير معلنة» negates no meeting


@pytest.mark.parametrize("text", [
    "وعقدت محادثات غير مباشرة بين وفدي حكومة الوفاق والجيش الوطني الليبي في جنيف.",
    "والتقى السراج وحفتر عبر وسطاء في موسكو.",
])
def test_indirect_talks_are_no_meeting(parser, text):
    assert not any(c[1] == "met" for c in triples(parser, text))


def test_a_press_conference_held_with_a_counterpart_is_a_meeting(parser):
    text = "وقال وزير الخارجية الروسي، في مؤتمر صحفي مع نظيره التركي في أنقرة، إن بلاده تدعم الحوار."
    assert ("Russia", "met", "Turkey") in triples(parser, text)


def test_a_statement_of_a_lam_genitive_in_which_it_criticised(parser):
    text = "وجاء ذلك في بيان لوزارة الخارجية المصرية انتقدت فيه الدور التركي في ليبيا."
    assert ("Egypt", "opposes", "Turkey") in triples(parser, text)


def test_any_attack_is_none_that_happened(parser):
    got = triples(parser, "وقال المتحدث باسم الجيش الوطني الليبي إن قواته سترد على أي هجوم تركي.")
    assert ("Turkey", "opposes", "LNA") not in got


def test_the_head_of_an_institution_named_in_full_is_its_holder_on_record():
    from kg.actors import default_matcher, words_of
    from conftest import whitespace_sentence
    for text in ("التقى السيسي رئيس مجلس النواب الليبي .", "التقى السيسي رئيس مجلس النواب ."):
        words = words_of(whitespace_sentence(text), text)
        assert "Saleh" in {m.actor for m in default_matcher().find(words)}, text


def test_a_stance_against_a_list_reaches_the_one_at_its_head(parser):
    got = triples(parser, "وهاجم وزير الخارجية القطري الدول الداعمة لحفتر، وفي مقدمتها مصر.")
    assert ("Qatar", "opposes", "Egypt") in got and ("Egypt", "supports", "LNA") in got


def test_the_accused_after_an_accusation_verb_whose_subject_comes_first(parser):
    got = triples(parser, "وكانت اليونان قد اتهمت أنقرة مرارا بدعم حكومة الوفاق.")
    assert ("Greece", "opposes", "Turkey") in got and ("Turkey", "supports", "GNA") in got


def test_a_host_and_guest_past_a_day_and_a_palace(parser):
    text = "واستقبل رئيس الوزراء الإيطالي، الخميس، في قصر كيغي المشير خليفة حفتر."
    assert ("Italy", "met", "LNA") in triples(parser, text)


def test_a_masdar_with_its_pronoun_before_a_definite_adjective(parser):
    # «رفضها» before «القاطع» is her rejection, not «she rejected»
    text = "وأعلنت الحكومة المصرية، صباح اليوم، رفضها القاطع لمبادرة أنقرة."
    assert ("Egypt", "opposes", "Turkey") in triples(parser, text)


def test_a_later_agreement_is_the_last_one_of_its_own_name(parser):
    # «الاتفاق» in the last sentence is the agreement signed first, not the memorandum named since
    text = ("وقع وزيرا خارجية قبرص ومصر، اليوم، اتفاقا لترسيم الحدود البحرية. "
            "وقال الوزير القبرصي إن الاتفاق يلغي المذكرة التركية الليبية. "
            "واعتبرت الخارجية التركية أن الاتفاق باطل.")
    got = triples(parser, text)
    assert {("Turkey", "opposes", "Cyprus"), ("Turkey", "opposes", "Egypt")} <= got


def test_signers_whose_long_subject_a_comma_closes_are_the_agreements_parties(parser):
    # the comma after a long subject is no aside: the signers before it are the parties of «الاتفاق» later
    text = ("وقّع وزير الدفاع التركي خلوصي أكار ورئيس المجلس الرئاسي الليبي فايز السراج، اتفاقا للتعاون "
            "العسكري في أنقرة. ورفضت اليونان الاتفاق ووصفته بأنه باطل.")
    assert {("Greece", "opposes", "Turkey"), ("Greece", "opposes", "GNA")} <= triples(parser, text)


def test_a_verdict_said_of_a_deed_named_bare_is_a_stance_on_its_doer(parser):
    # «إن الزيارة "استفزاز"»: the visit told before is the subject of what the speaker says
    text = "زار وزير الخارجية اليوناني بنغازي والتقى حفتر. واعتبرت حكومة الوفاق أن الزيارة استفزاز."
    assert ("GNA", "opposes", "Greece") in triples(parser, text)


def test_the_subject_before_a_verb_of_saying_past_the_phrase_that_hands_it_the_story_speaks(parser):
    # «، من جهتها، قد»: Cyprus speaks, not the agreement's nationality after the verb (so both parties are opposed)
    text = "وكانت قبرص، من جهتها، قد اعتبرت الاتفاق التركي الليبي باطلا."
    assert {("Cyprus", "opposes", "Turkey"), ("Cyprus", "opposes", "GNA")} <= triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    # past the agreement's long name, a relative clause of signing names its parties
    ("ورفضت القاهرة الاتفاق الخاص بترسيم الحدود البحرية في شرق المتوسط الذي أبرمته أنقرة مع حكومة الوفاق.",
     {("Egypt", "opposes", "Turkey"), ("Egypt", "opposes", "GNA")}),
    # the subject of a protest behind «على» is no owner of «الاتفاق … مع تركيا», so no party of it
    ("واحتجت مصر على الاتفاق البحري مع تركيا.", {("Egypt", "opposes", "Turkey")}),
])
def test_the_parties_of_an_agreement_past_its_long_name_and_not_the_one_protesting_it(parser, text, expected):
    assert triples(parser, text) == expected


def test_a_day_set_off_by_commas_after_a_long_subject_does_not_count_towards_the_signers_reach(parser):
    text = ("ووقع وزير الخارجية القبرصي نيكوس خريستودوليدس ونظيره المصري سامح شكري، الاثنين، اتفاقا لتقاسم الموارد "
            "البحرية. وسارعت أنقرة إلى إدانة الاتفاق.")
    assert {("Turkey", "opposes", "Cyprus"), ("Turkey", "opposes", "Egypt")} <= triples(parser, text)


def test_the_two_sides_that_signed_are_those_who_met_before(parser):
    # «ووقع الجانبان مذكرة»: the dual subject of the signing is the pair of the meeting told before
    text = "استقبل أردوغان السراج في إسطنبول. ووقع الجانبان مذكرة تفاهم بحرية. ورفضت اليونان الاتفاق."
    assert {("Greece", "opposes", "Turkey"), ("Greece", "opposes", "GNA")} <= triples(parser, text)


def test_a_party_of_an_agreement_does_not_oppose_it(parser):
    # the Greek minister speaks of the agreement Greece signed: against the other memorandum only
    text = ("ووقع وزير الخارجية المصري ونظيره اليوناني اتفاقا بحريا في القاهرة. وقال الوزير اليوناني إن الاتفاق يجعل "
            "المذكرة التركية الليبية باطلة.")
    got = triples(parser, text)
    assert ("Greece", "opposes", "Turkey") in got and ("Greece", "opposes", "Egypt") not in got


def test_the_two_libyan_delegations_are_the_sides_of_the_libyan_conflict(parser):
    assert {("GNA", "met", "Russia"), ("LNA", "met", "Russia")} <= \
        triples(parser, "والتقى وزير الخارجية الروسي الوفدين الليبيين في موسكو.")


@pytest.mark.parametrize("text, expected", [
    # «بالبيانين»: the two statements of the two people named together in the sentence before
    ("وأعلن السراج وعقيلة صالح، في بيانين منفصلين، وقفا لإطلاق النار. ورحبت مصر بالبيانين.",
     {("Egypt", "supports", "GNA"), ("Egypt", "supports", "LNA")}),
    # with their issuers named right after them, those are whose they are
    ("وأعلن السراج وعقيلة صالح وقفا لإطلاق النار. ورحبت مصر بالبيانين الصادرين عن المجلس الرئاسي وحكومة الوفاق.",
     {("Egypt", "supports", "GNA")}),
])
def test_two_statements_named_again_are_those_of_the_two_named_before(parser, text, expected):
    assert triples(parser, text) == expected


def test_the_subjects_own_abbreviation_in_parentheses_is_no_object(parser):
    text = "واتهمت القيادة العسكرية الأمريكية في أفريقيا (أفريكوم) موسكو بإرسال مقاتلات إلى ليبيا."
    assert ("US", "opposes", "Russia") in triples(parser, text)


def test_of_two_actors_after_the_verb_the_first_is_the_subject(parser):
    # (the parse takes the second for the subject here)
    assert triples(parser, "وهاجم أكار الإمارات، متهما إياها بالتدخل.") == {("Turkey", "opposes", "UAE")}


def test_the_detached_pronoun_after_an_accusation_is_the_accused(parser):
    got = triples(parser, "وهاجم وزير الخارجية الفرنسي روسيا، متهما إياها بدعم حفتر.")
    assert ("Russia", "supports", "LNA") in got and ("France", "supports", "LNA") not in got


@pytest.mark.parametrize("text, expected", [
    ("ووصلت إلى مصراتة شحنة أسلحة تركية جديدة لحكومة الوفاق.", ("Turkey", "supports", "GNA", False)),
    ("وتراجع الدعم المصري لحفتر بعد معركة طرابلس.", ("Egypt", "supports", "LNA", False)),  # declined, not ended
    ("ودافع وزير الخارجية الإماراتي عن حفتر أمام مجلس الأمن.", ("UAE", "supports", "LNA", False)),
])
def test_supply_shipped_support_declining_and_defending(parser, text, expected):
    assert any((c.source_party, c.relation, c.target_party, c.negated) == expected
               for c in extract_document(Document("t", text), parser.parse(text)))


def test_besides_is_no_support(parser):
    text = "وقالت الأمم المتحدة إن الأطراف الليبية، إلى جانب مصر وتركيا، لم تلتزم بالحظر."
    assert not any(c[1] == "supports" for c in triples(parser, text))


@pytest.mark.parametrize("text, expected", [
    ("وقالت الأممالمتحدة إن تركيا انتهكت حظر السلاح.", ("UN", "opposes", "Turkey")),  # a space lost
    ("وقال المتحدث باسم \"الجيش الوطني الليبي\" إن قطر ترعى الإرهاب.", ("LNA", "opposes", "Qatar")),
    ("وأعلنت الخارجية الإيطالية دعمها لـ\"حكومة الوفاق الوطني\".", ("Italy", "supports", "GNA")),
])
def test_names_run_together_quoted_or_behind_a_detached_lam(parser, text, expected):
    assert expected in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    ("وانتقدت أنقرة التحركات العسكرية الأخيرة لقوات حفتر قرب سرت.", {("Turkey", "opposes", "LNA")}),
    ("وانتقد السراج الدول الداعمة لحفتر، ومنها مصر وروسيا.",
     {("GNA", "opposes", "Egypt"), ("GNA", "opposes", "Russia"), ("Egypt", "supports", "LNA"), ("Russia", "supports", "LNA")}),
])
def test_the_author_of_the_object_behind_lam_and_those_listed_after_it(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وقالت تركيا إن الدول التي تدعم حفتر مثل مصر تطيل الحرب.", ("Egypt", "supports", "LNA")),
    ("وكانت تركيا أول من دعم حكومة الوفاق عسكريا.", ("Turkey", "supports", "GNA")),
])
def test_the_members_of_an_antecedent_and_the_first_who(parser, text, expected):
    got = triples(parser, text)
    assert expected in got and not any(c[1] == "supports" and c != expected for c in got)


@pytest.mark.parametrize("text, pair, negated", [
    ("ولم يلتق ماكرون السراج خلال القمة.", ("France", "met", "GNA"), True),
    ("وليس صحيحا أن تركيا ترسل أسلحة إلى حكومة الوفاق، بحسب أنقرة.", ("Turkey", "supports", "GNA"), True),
])
def test_a_jussive_meeting_and_an_untrue_report_are_negated(parser, text, pair, negated):
    assert _polarities(parser, text, pair) == {negated}


def test_adverbs_of_time_do_not_count_in_a_distance(parser):
    got = triples(parser, "وكانت اليونان قد انتقدت في وقت سابق الدعم العسكري التركي لحكومة الوفاق.")
    assert ("Greece", "opposes", "Turkey") in got and ("Greece", "opposes", "GNA") not in got


@pytest.mark.parametrize("text, expected", [
    ("وأنذرت مصر أنقرة بضرورة سحب مرتزقتها.", ("Egypt", "opposes", "Turkey")),
    ("وطالبت حكومة الوفاق بمحاكمة حفتر أمام القضاء الدولي.", ("GNA", "opposes", "LNA")),
    ("واعتبرت قبرص التدخل التركي تهديدا لأمن المتوسط.", ("Cyprus", "opposes", "Turkey")),
    ("وأبدت أثينا استياءها من تصريحات المسؤولين الأتراك.", ("Greece", "opposes", "Turkey")),
    ("وانتقدت روما بشدة سياسة باريس في ليبيا.", ("Italy", "opposes", "France")),
])
def test_warnings_trials_threats_displeasure_and_manner(parser, text, expected):
    assert expected in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    ("وتعتبر موسكو حفتر شريكا أساسيا في ليبيا.", {("Russia", "supports", "LNA")}),
    ("ووصفت الدوحة حكومة الوفاق بالشريك الاستراتيجي.", {("Qatar", "supports", "GNA")}),
    ("وأشاد السراج بالدعم التركي والقطري لحكومته.",
     {("GNA", "supports", "Turkey"), ("GNA", "supports", "Qatar"), ("Turkey", "supports", "GNA"), ("Qatar", "supports", "GNA")}),
])
def test_deeming_an_actor_a_partner_and_support_for_its_own_forces(parser, text, expected):
    assert triples(parser, text) == expected


def test_a_country_name_is_no_nationality_adjective_of_a_masdar(parser):
    # «تركيا» also spells the accusative of «تركي»: here it is the object of the verb
    got = triples(parser, "وتدعم فرنسا، التي تواجه انتقادات دولية، تركيا منذ سنوات.")
    assert got == {("France", "supports", "Turkey")}


def test_his_country_after_an_official_named_by_title_and_nationality(parser):
    assert ("Egypt", "supports", "LNA") in triples(parser, "وقال الوزير المصري إن بلاده تدعم الجيش الوطني الليبي.")


def test_the_spokesperson_named_before_is_the_one_who_accuses(parser):
    text = "قال المتحدث باسم حكومة الوفاق إن الوضع هادئ. واتهم المتحدث الإمارات بقصف مطار معيتيقة."
    got = triples(parser, text)
    assert ("GNA", "opposes", "UAE") in got and ("UAE", "opposes", "GNA") not in got


def test_a_definite_head_named_before_is_no_construct_with_the_name_after_it(parser):
    # «الجيش» is the army named in the first sentence; «أنقرة» after it is the verb's object
    text = "أعلن الجيش الوطني الليبي إسقاط طائرة مسيرة. واتهم الجيش أنقرة بإرسال المرتزقة."
    got = triples(parser, text)
    assert ("LNA", "opposes", "Turkey") in got and ("Turkey", "opposes", "LNA") not in got


def test_an_agreement_with_one_named_party_is_opposed_in_that_party(parser):
    text = "واستدعت قبرص السفير الليبي للاحتجاج على توقيع مذكرة التفاهم مع تركيا."
    assert ("Cyprus", "opposes", "Turkey") in triples(parser, text)


def test_his_country_is_a_states_not_the_government_head_received(parser):
    text = "واستقبل أمير قطر فايز السراج في الدوحة، وأكد تأييد بلاده لحكومة الوفاق."
    words = words_of(parser.parse(text)[0], text)
    k = next(i for i, w in enumerate(words) if w.text == "بلاده")
    assert [m.actor for m in default_matcher().find(words) if m.first == k] == ["Qatar"]


@pytest.mark.parametrize("text, expected", [
    ("وقالت الأمم المتحدة إن شركات عدة خرقت حظر السلاح، من بينها (مجموعة فاغنر).", {("UN", "opposes", "Russia")}),
    ("وقال الاتحاد الأوروبي إن دولا كثيرة انتهكت الحظر، من بينها مصر وقطر.",
     {("EU", "opposes", "Egypt"), ("EU", "opposes", "Qatar")}),
])
def test_the_members_listed_after_a_deed_of_a_subject_that_names_no_actor(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, pair, negated", [
    ("ولم تنف موسكو دعمها لحفتر.", ("Russia", "supports", "LNA"), False),  # a denial negated asserts
    ("ونفت قطر تقديم أسلحة لحكومة الوفاق.", ("Qatar", "supports", "GNA"), True),
])
def test_a_jussive_denial_negated_and_weapons_provided(parser, text, pair, negated):
    assert _polarities(parser, text, pair) == {negated}


@pytest.mark.parametrize("text, expected", [
    ("ورفضت أنقرة الاتهامات الفرنسية بنقل مرتزقة إلى ليبيا.", ("France", "opposes", "Turkey", False)),
    ("ونفت الدوحة الاتهامات المصرية لها بتمويل الميليشيات.", ("Egypt", "opposes", "Qatar", False)),
])
def test_accusations_rejected_by_the_accused_were_still_made_against_it(parser, text, expected):
    got = {(c.source_party, c.relation, c.target_party, c.negated)
           for c in extract_document(Document("t", text), parser.parse(text))}
    assert expected in got


def test_the_object_of_a_relative_verb_is_no_author_of_its_antecedent(parser):
    # «الدول التي تدعم حفتر»: the countries support Haftar; criticising them is no stance against him
    got = triples(parser, "ووجهت الدوحة انتقادا لاذعا للدول التي تدعم حفتر.")
    assert not any(c[1] == "opposes" and c[2] == "LNA" for c in got)


@pytest.mark.parametrize("text, expected", [
    ("أعلنت روسيا إرسال طائرات إلى ليبيا لدعم حفتر. وهو ما رفضته تركيا وقطر بشدة.",
     {("Russia", "supports", "LNA"), ("Turkey", "opposes", "Russia"), ("Qatar", "opposes", "Russia")}),
    ("أعلنت روسيا إرسال طائرات إلى ليبيا لدعم حفتر، وهو ما أدانته واشنطن.",
     {("Russia", "supports", "LNA"), ("US", "opposes", "Russia")}),
])
def test_who_rejects_or_condemns_the_support_just_stated_opposes_the_supporter(parser, text, expected):
    assert triples(parser, text) == expected


def test_the_one_accused_rejecting_the_accusation_still_denies_it(parser):
    text = "تتهم فرنسا روسيا بدعم حفتر، وهو ما ترفضه موسكو."
    assert _polarities(parser, text, ("Russia", "supports", "LNA")) == {True, False}


def test_concern_over_a_support_named_by_its_nationality_past_the_concerns_own_adjective(parser):
    text = "وأعربت اليونان عن قلقها البالغ إزاء الدعم العسكري الروسي لقوات حفتر."
    assert {("Greece", "opposes", "Russia"), ("Russia", "supports", "LNA")} <= triples(parser, text)


@pytest.mark.parametrize("text", [
    "وتعتبر تركيا عدوا لحفتر منذ بداية الهجوم على طرابلس.",
    "ويعد الرئيس التركي عدوا لدودا لحفتر.",
])
def test_enemy_of_an_actor_is_the_rival_not_a_term_of_abuse(parser, text):
    # «عدو» is both a rival noun (with «ل») and a term of abuse said of the actor before it
    assert triples(parser, text) == {("Turkey", "opposes", "LNA")}


@pytest.mark.parametrize("text, expected", [
    ("وبحث السيسي مع ماكرون عبر تقنية الفيديو الوضع في ليبيا.", {"Egypt", "France"}),
    ("وحل رئيس البرلمان الليبي ضيفا على الرئيس السيسي في القاهرة.", {"LNA", "Egypt"}),
])
def test_talks_by_video_and_a_guest_of_the_host_are_meetings(parser, text, expected):
    assert [{s, t} for s, r, t in triples(parser, text)] == [expected] and \
        {r for _, r, _ in triples(parser, text)} == {"met"}


@pytest.mark.parametrize("text", [
    "وبحث وزير الخارجية المصري مع نظيره الروسي الأزمة الليبية.",  # consultations with no stated mode
    "وكان السراج ضيفا على برنامج تلفزيوني.",
])
def test_talks_with_no_mode_and_a_guest_of_no_actor_are_no_meeting(parser, text):
    assert not any(c[1] == "met" for c in triples(parser, text))


@pytest.mark.parametrize("text, expected", [
    ("وصعدت أنقرة لهجتها ضد أبوظبي.", ("Turkey", "opposes", "UAE")),
    ("وأطلق أردوغان تصريحات نارية ضد حفتر.", ("Turkey", "opposes", "LNA")),
    ("واتخذت فرنسا موقفا حازما ضد التدخل التركي في ليبيا.", ("France", "opposes", "Turkey")),
    ("وطالبت حكومة الوفاق برحيل المرتزقة الروس.", ("GNA", "opposes", "Russia")),
    ("وتحدث أردوغان عن خيانة حفتر للاتفاقات.", ("Turkey", "opposes", "LNA")),
])
def test_words_against_demanded_departure_and_betrayal_oppose(parser, text, expected):
    assert expected in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    ("دعا الاتحاد الأوروبي جميع الأطراف إلى وقف القتال. كما طالب تركيا بسحب قواتها من ليبيا.",
     ("EU", "opposes", "Turkey")),
    ("وأدان الاتحاد الأوروبي الهجوم على طرابلس، وانتقد الإمارات لدعمها حفتر.", ("EU", "opposes", "UAE")),
    ("قال الرئيس الفرنسي إن بلاده قلقة. وانتقد تركيا بسبب إرسال المرتزقة.", ("France", "opposes", "Turkey")),
])
def test_a_masculine_verb_before_a_state_has_the_state_for_object(parser, text, expected):
    # a state takes the feminine verb («طالبت تركيا»): after «طالب» it is the object of a dropped subject
    got = triples(parser, text)
    assert expected in got and not any(c[0] == expected[2] and c[1] == expected[1] for c in got)


@pytest.mark.parametrize("text, expected", [
    ("وتعارض إيطاليا أي عمل عسكري لحفتر.", ("Italy", "opposes", "LNA")),  # «تعارض»: not a masculine perfect
    ("وأيدت الإمارات إعلان القاهرة.", ("UAE", "supports", "Egypt")),  # tagged masculine, «ت» says feminine
])
def test_a_feminine_verb_keeps_the_state_after_it_for_subject(parser, text, expected):
    assert expected in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    ("وصرح وزير الخارجية الفرنسي علنا ضد التدخل التركي.", {("France", "opposes", "Turkey")}),
    ("ويتحدث أردوغان دائما ضد حفتر.", {("Turkey", "opposes", "LNA")}),
    ("وتحدث السراج عن الوضع في طرابلس.", set()),
])
def test_speaking_out_against_an_actor_opposes_it(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("أصدر فريق خبراء الأمم المتحدة تقريرا جديدا حول ليبيا. وقال التقرير إن الإمارات انتهكت حظر الأسلحة.",
     ("UN", "opposes", "UAE")),
    ("أصدرت وزارة الخارجية المصرية بيانا مساء الأحد. وأدان البيان التدخل التركي في ليبيا.",
     ("Egypt", "opposes", "Turkey")),
    ("صدر تقرير الأمم المتحدة السنوي عن ليبيا أمس. واتهم التقرير روسيا بإرسال مرتزقة إلى ليبيا.",
     ("UN", "opposes", "Russia")),
])
def test_the_report_or_statement_named_before_speaks_for_its_issuer(parser, text, expected):
    assert expected in triples(parser, text)


def test_a_statement_with_no_issuer_named_before_is_nobodys(parser):
    text = "وقالت مصادر إن الاجتماع انتهى. وأدان البيان التدخل التركي في ليبيا."
    assert not any(c[1] == "opposes" and c[2] == "Turkey" for c in triples(parser, text))


def test_an_indefinite_statement_later_is_another_statement(parser):
    text = "أصدرت وزارة الخارجية المصرية بيانا مساء الأحد. وفي بيان منفصل، أدانت تركيا الهجوم على طرابلس."
    assert not any(c[0] == "Egypt" for c in triples(parser, text))


@pytest.mark.parametrize("text, expected", [
    ("وصل وزير الخارجية الروسي إلى بنغازي. والتقى الوزير حفتر في مقر القيادة العامة.", ("LNA", "met", "Russia")),
    ("استقبل أردوغان السراج في إسطنبول. وأكد خلال اللقاء دعم بلاده لحكومة الوفاق.", ("Turkey", "supports", "GNA")),
])
def test_a_bare_title_and_his_country_refer_to_the_one_named_before(parser, text, expected):
    assert expected in triples(parser, text)


def test_a_bare_title_with_two_holders_named_refers_to_nobody(parser):
    text = "وصل وزير الخارجية الروسي ووزير الدفاع التركي إلى طرابلس. والتقى الوزير حفتر في بنغازي."
    assert not any(c[1] == "met" and "LNA" in (c[0], c[2]) for c in triples(parser, text))


@pytest.mark.parametrize("text, expected", [
    ("واتهمت أنقرة أبوظبي بتمويل هجوم حفتر على طرابلس.", ("UAE", "supports", "LNA")),  # an actor's offensive
    ("وبفضل الدعم التركي، تمكنت قوات الوفاق من صد الهجوم.", ("Turkey", "supports", "GNA")),  # thanks to
    ("ويقف إلى جانب حكومة الوفاق كل من تركيا وقطر.", ("Qatar", "supports", "GNA")),  # «كل من» after the object
    ("ونددت قطر بما وصفته بجرائم الحرب التي ترتكبها قوات حفتر.", ("Qatar", "opposes", "LNA")),
    ("ورفضت مصر التدخلات الخارجية التي تقوم بها تركيا.", ("Egypt", "opposes", "Turkey")),  # resumptive «بها»
])
def test_backing_an_offensive_thanks_to_backing_each_of_and_deeds_in_relative_clauses(parser, text, expected):
    assert expected in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    ("وأكدت أثينا أنها لن تعترف بالاتفاق البحري بين أنقرة وطرابلس.", {("Greece", "opposes", "Turkey"),
                                                                     ("Greece", "opposes", "GNA")}),
    ("وشنت قوات حفتر هجوما على طرابلس وسرت.", set()),  # alone, or beside a town, Tripoli is the city
])
def test_a_seat_of_government_beside_a_state_stands_for_its_government(parser, text, expected):
    assert triples(parser, text) == expected


def test_branding_with_a_term_of_abuse_after_banna(parser):
    assert triples(parser, "ووصفت أنقرة حفتر بأنه قرصان.") == {("Turkey", "opposes", "LNA")}


@pytest.mark.parametrize("text", [
    "ونفى المتحدث باسم الخارجية الروسية أن تكون موسكو قد أرسلت مرتزقة لدعم حفتر.",
    # regression: a phrase of when set off by commas between the denial and its «أن» let the support through
    "ونفى بيسكوف، في تصريحات صحفية، أن تكون روسيا قد أرسلت مرتزقة لدعم قوات حفتر.",
    # a long title and where it was said, with no commas, between the denial and its «أن»
    "ونفى ميخائيل بوغدانوف نائب وزير الخارجية في تصريحات لوكالة نوفوستي مساء الأحد أن تكون موسكو قد أرسلت "
    "مرتزقة لدعم حفتر.",
])
def test_all_the_clause_after_a_denials_anna_is_denied(parser, text):
    assert _polarities(parser, text, ("Russia", "supports", "LNA")) == {True}


@pytest.mark.parametrize("text", [
    "ونفت روسيا الاتهامات، وأكدت أن تركيا ترسل المرتزقة لدعم حكومة الوفاق.",
    "ونفت روسيا وأكدت أن تركيا تدعم حكومة الوفاق.",
])
def test_regression_a_denial_before_another_verb_of_saying_does_not_deny_its_clause(parser, text):
    assert _polarities(parser, text, ("Turkey", "supports", "GNA")) == {False}


@pytest.mark.parametrize("text, expected", [
    ("وشكر السراج تركيا على دعمها.", {("GNA", "supports", "Turkey"), ("Turkey", "supports", "GNA")}),
    ("وأشاد حفتر بمصر على دعمها المتواصل.", {("LNA", "supports", "Egypt"), ("Egypt", "supports", "LNA")}),
    ("وعاتب السراج تركيا على دعمها المحدود.", set()),  # no thanks: no support stated
])
def test_the_one_thanked_for_its_support_supports_the_one_thanking(parser, text, expected):
    assert triples(parser, text) == expected


def test_representatives_of_two_actors_meeting_met_each_other(parser):
    text = "واجتمع ممثلون عن روسيا وتركيا في موسكو لبحث وقف إطلاق النار."
    assert triples(parser, text) == {("Russia", "met", "Turkey")}


def test_moving_terrorists_is_a_reported_deed_of_sending_fighters(parser):
    text = 'وقال المسماري في مؤتمر صحفي: "تركيا تنقل الإرهابيين إلى ليبيا".'
    assert triples(parser, text) == {("LNA", "opposes", "Turkey")}


def test_counterparts_from_listed_states_are_those_states(parser):
    text = "وشارك وزير الخارجية المصري في اجتماع مع نظرائه من فرنسا واليونان وقبرص."
    assert triples(parser, text) == {("Egypt", "met", "France"), ("Egypt", "met", "Greece"), ("Cyprus", "met", "Egypt")}


@pytest.mark.parametrize("text, expected", [
    ("وتدعم أنقرة، إلى جانب الدوحة، حكومة طرابلس.", {("Turkey", "supports", "GNA"), ("Qatar", "supports", "GNA")}),
    ("وتعد روسيا من أبرز الداعمين لحفتر، إلى جانب الإمارات ومصر.",
     {("Russia", "supports", "LNA"), ("UAE", "supports", "LNA"), ("Egypt", "supports", "LNA")}),
    ("وأدانت فرنسا، إلى جانب ألمانيا وإيطاليا، الهجوم التركي.",
     {("France", "opposes", "Turkey"), ("Germany", "opposes", "Turkey"), ("Italy", "opposes", "Turkey")}),
    ("وتدعم روسيا حفتر، إلى جانب مجلس النواب.", {("Russia", "supports", "LNA")}),  # a faction: no co-source
])
def test_states_listed_besides_the_source_share_its_stance(parser, text, expected):
    assert triples(parser, text) == expected


def test_accusative_of_a_broken_plural_demonym(parser):
    assert ("Russia", "supports", "LNA") in triples(parser, "وتقول تقارير إن مرتزقة روسا يقاتلون في صفوف قوات حفتر.")


def test_regression_a_participles_object_is_not_the_main_verbs(parser):
    # «، داعيا تركيا وروسيا إلى …»: the participle opens a clause of its own
    text = "ورحب الاتحاد الأوروبي بالهدنة، داعيا تركيا وروسيا إلى احترام حظر السلاح."
    assert not any(c[1] == "supports" for c in triples(parser, text))


def test_a_participle_of_demanding_asks_the_one_after_it_on_behalf_of_the_subject(parser):
    text = "وتحدث السراج في كلمة متلفزة، داعيا الاتحاد الأوروبي إلى فرض عقوبات على الإمارات."
    assert triples(parser, text) == {("GNA", "opposes", "UAE")}


def test_support_praised_for_something_else_is_not_given_to_the_praiser(parser):
    assert ("Italy", "supports", "GNA") not in triples(parser, "ورحب المجلس الرئاسي بالدعم الإيطالي لجهود السلام.")


@pytest.mark.parametrize("text, expected", [
    ("وجاءت تصريحات المتحدث باسم الجيش الوطني الليبي أحمد المسماري، خلال مؤتمر صحفي في بنغازي، ردا على إعلان "
     "أنقرة إرسال قوات، حيث اتهم تركيا بالسعي إلى احتلال ليبيا.", ("LNA", "opposes", "Turkey")),
    ("وقالت الصحيفة إن المشير حفتر، الذي زار القاهرة مرات عدة خلال العام، يحظى بدعم سياسي وعسكري واسع من مصر "
     "والإمارات.", ("UAE", "supports", "LNA")),
    ("ورحب المجلس الأعلى للدولة بالخطوة التركية، ومنددا بما وصفه بالتدخل السافر لكل من الإمارات ومصر.",
     ("GNA", "opposes", "Egypt")),
])
def test_long_sentences_far_subjects_asides_and_lists(parser, text, expected):
    assert expected in triples(parser, text)


def test_a_call_after_a_verbs_subject_and_object_was_between_them(parser):
    text = "وأبلغ الرئيس الفرنسي ماكرون نظيره التركي أردوغان خلال اتصال هاتفي جرى بينهما رفض باريس للتدخل."
    assert ("France", "called", "Turkey") in triples(parser, text)
    assert not any(c[1] == "opposes" and c[2] == "France" for c in triples(parser, text))


def test_regression_an_actor_inside_a_relative_aside_is_not_the_one_rejecting(parser):
    text = "وكانت الإمارات ومصر، التي تدعم المشير خليفة حفتر، قد نفت مرارا اتهامات حكومة الوفاق لها بانتهاك حظر الأسلحة."
    got = triples(parser, text)
    assert {("GNA", "opposes", "UAE"), ("GNA", "opposes", "Egypt")} <= got and ("GNA", "opposes", "LNA") not in got


@pytest.mark.parametrize("text", [
    "وأعربت اليونان عن احتجاجها على توقيع حكومة الوفاق مذكرة تفاهم مع تركيا.",
    "واستدعت اليونان السفير الليبي لإبلاغه احتجاج اليونان الشديد على توقيع حكومة الوفاق مذكرة التفاهم البحرية مع تركيا.",
])
def test_a_protest_at_signing_an_agreement_with_another_opposes_both_signatories(parser, text):
    assert triples(parser, text) == {("Greece", "opposes", "GNA"), ("Greece", "opposes", "Turkey")}


@pytest.mark.parametrize("text, negated", [
    ("وأكد المتحدث أن أنقرة لن تتخلى عن دعم حكومة الوفاق.", False),
    ("وقال المسؤول إن واشنطن لن توقف دعمها لحكومة الوفاق.", False),
    ("وأوقفت واشنطن دعمها لحكومة الوفاق.", True),
])
def test_regression_support_that_will_not_stop_goes_on(parser, text, negated):
    pair = ("Turkey" if "أنقرة" in text else "US", "supports", "GNA")
    assert _polarities(parser, text, pair) == {negated}


@pytest.mark.parametrize("text, expected", [
    ("وأعرب وزير الخارجية الفرنسي، خلال جلسة أمام البرلمان، عن قلق بلاده البالغ من التدخل العسكري التركي.",
     ("France", "opposes", "Turkey")),  # past the concern's genitive and adjective
    ("وقال دبلوماسي إن باريس وروما تختلفان بشدة حول طريقة التعامل مع حفتر، إذ تعتبره فرنسا شريكا.",
     ("France", "supports", "LNA")),  # an object pronoun with no subject of its gender: the one behind «مع»
    ("وقال دبلوماسي إن باريس وروما تختلفان بشدة حول طريقة التعامل مع حفتر.", ("France", "opposes", "Italy")),
    ("واتهم باشاغا، في مقابلة مع صحيفة بريطانية، كلا من فرنسا والإمارات بتقديم دعم لقوات حفتر.",
     ("GNA", "opposes", "UAE")),
    ("وشددت واشنطن على ضرورة انسحاب جميع القوات الأجنبية من ليبيا، بما في ذلك المرتزقة الروس.",
     ("US", "opposes", "Russia")),
])
def test_more_constructions_of_long_agency_sentences(parser, text, expected):
    assert expected in triples(parser, text)


def test_a_with_phrase_of_another_masdar_is_not_a_disagreements_partner(parser):
    text = "وقال دبلوماسي إن باريس وروما تختلفان بشدة حول طريقة التعامل مع حفتر."
    assert not any("LNA" in (c[0], c[2]) for c in triples(parser, text))


@pytest.mark.parametrize("text, expected", [
    ("وتأتي زيارة وزير الخارجية المصري إلى أثينا بعد أيام من توقيع الاتفاق.", {("Egypt", "met", "Greece")}),
    ("ووصل وزير الخارجية المصري إلى أثينا في زيارة رسمية.", {("Egypt", "met", "Greece")}),
    ("وأعربت أثينا عن غضبها من زيارة وزير الخارجية الليبي إلى أنقرة.", set()),  # a visitor kg does not know
])
def test_a_visit_to_a_capital_meets_its_state(parser, text, expected):
    assert {c for c in triples(parser, text) if c[1] == "met"} == expected


@pytest.mark.parametrize("text, expected", [
    ('ووصف أردوغان، في كلمة أمام كتلة حزبه البرلمانية، المشير حفتر بأنه "قرصان".', ("Turkey", "opposes", "LNA")),
    ("وانتقد ماكرون، خلال مؤتمر صحفي مع ميركل، تركيا بشدة.", ("France", "opposes", "Turkey")),
])
def test_the_object_follows_an_aside_of_where_or_when_it_was_said(parser, text, expected):
    assert expected in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    ("وقال الناطق باسم الخارجية المصرية إن القاهرة ترفض رفضا قاطعا أي تدخل عسكري أجنبي في ليبيا، في إشارة إلى "
     "الوجود العسكري التركي.", ("Egypt", "opposes", "Turkey")),
    ("وانتقد السراج الدول التي تدعم الانقلابيين، في إشارة إلى الإمارات ومصر.", ("GNA", "opposes", "UAE")),
    ("وجددت مصر رفضها لأي تدخل أجنبي في ليبيا، في إشارة إلى تركيا.", ("Egypt", "opposes", "Turkey")),
])
def test_the_actor_alluded_to_is_the_object_left_general(parser, text, expected):
    assert expected in triples(parser, text)


@pytest.mark.parametrize("text", [
    "ولا يستبعد مراقبون أن تتدخل مصر عسكريا لدعم حفتر.",
    "ويرجح محللون أن تزيد الإمارات دعمها لحفتر.",
])
def test_what_is_only_likely_or_not_ruled_out_is_not_asserted(parser, text):
    assert not triples(parser, text)


def test_regression_a_supply_named_by_its_supplier_alone_is_not_for_the_clauses_subject(parser):
    text = "وأعربت وزارة الخارجية الأمريكية عن قلقها من تدفق الأسلحة الروسية إلى ليبيا."
    assert triples(parser, text) == {("US", "opposes", "Russia")}


def test_an_aside_holding_the_verbs_own_object_is_no_aside(parser):
    assert ("Turkey", "supports", "Qatar") in triples(parser, "وأشاد أردوغان، خلال المؤتمر بدور قطر، في دعم الاستقرار.")


@pytest.mark.parametrize("text, expected", [
    ("وكانت مصر من أوائل الدول التي دعمت الجيش الوطني الليبي.", ("Egypt", "supports", "LNA")),
    ("وتعد روسيا من بين الدول التي تدعم حفتر.", ("Russia", "supports", "LNA")),
    ("والإمارات هي الممول الرئيسي لمرتزقة فاغنر في ليبيا.", ("UAE", "supports", "Russia")),
    ("وأبدت روسيا قلقها من تزايد الوجود العسكري التركي في ليبيا.", ("Russia", "opposes", "Turkey")),
    ("وأكد السراج أن حكومته لن تقبل بأي دور لحفتر في مستقبل ليبيا.", ("GNA", "opposes", "LNA")),
    ("وقال المشري إنه لا مكان لحفتر في أي تسوية سياسية.", ("GNA", "opposes", "LNA")),
])
def test_one_of_those_who_funders_concerns_and_no_place_for(parser, text, expected):
    assert expected in triples(parser, text)


@pytest.mark.parametrize("text", [
    "وكان لافتا غياب حفتر عن الاجتماع الذي عقد في موسكو بحضور السراج.",
    "وقاطع وفد حكومة الوفاق المحادثات مع حفتر.",
])
def test_a_meeting_stayed_away_from_is_no_meeting(parser, text):
    assert not any(c[1] == "met" for c in triples(parser, text))


@pytest.mark.parametrize("text, expected", [
    ("ويقوم مستشارون عسكريون أتراك بتدريب قوات الوفاق.", ("Turkey", "supports", "GNA")),
    ("وتتلقى قوات حفتر تدريبات على أيدي خبراء روس.", ("Russia", "supports", "LNA")),
])
def test_training_by_and_training_at_the_hands_of(parser, text, expected):
    assert expected in triples(parser, text)


def test_ones_standing_with_an_actor_named_by_its_masdar_and_genitive(parser):
    assert triples(parser, "وأكد وزير الخارجية الإيطالي وقوف بلاده مع حكومة الوفاق.") == {("Italy", "supports", "GNA")}


@pytest.mark.parametrize("text, expected", [
    ("واتهمت واشنطن موسكو بإرسال مقاتلات لدعم حفتر.", {("US", "opposes", "Russia"), ("Russia", "supports", "LNA")}),
    # («الليبي» beside «التركي» is the agreement's other party, the GNA: kg:pairedDemonym)
    ("وأدانت مصر الاتفاق التركي الليبي، وهو ما أيدته فرنسا واليونان.",
     {("Egypt", "opposes", "Turkey"), ("France", "opposes", "Turkey"), ("Greece", "opposes", "Turkey"),
      ("Egypt", "opposes", "GNA"), ("France", "opposes", "GNA"), ("Greece", "opposes", "GNA")}),
    ("وأعلنت تركيا إرسال قوات إلى ليبيا لدعم حكومة الوفاق، وهو ما أثار غضب اليونان.",
     {("Turkey", "supports", "GNA"), ("Greece", "opposes", "Turkey")}),
])
def test_accused_purpose_masdars_coordinated_echoes_and_anger_provoked(parser, text, expected):
    assert triples(parser, text) == expected


def test_a_denying_participle_denies_the_report_it_rejects(parser):
    text = "وقالت وزارة الدفاع الروسية إنها لا تملك أي قوات في ليبيا، نافية تقارير غربية عن دعمها لحفتر."
    assert _polarities(parser, text, ("Russia", "supports", "LNA")) == {True}


@pytest.mark.parametrize("text, expected", [
    ("وأثنت روسيا على جهود مصر والإمارات في التوصل إلى وقف إطلاق النار.", ("Russia", "supports", "UAE")),
    ("وبعث السيسي برقية تهنئة إلى حفتر بمناسبة ذكرى تأسيس الجيش.", ("Egypt", "supports", "LNA")),
])
def test_feminine_praise_and_congratulations_sent_to(parser, text, expected):
    assert expected in triples(parser, text)


@pytest.mark.parametrize("text, pair, negated", [
    ("ولم تدن روسيا الهجوم الذي شنته قوات حفتر على طرابلس.", ("Russia", "opposes", "LNA"), True),
    ("ولم يعد حفتر يحظى بدعم واشنطن.", ("US", "supports", "LNA"), True),
])
def test_a_jussive_condemnation_and_a_support_no_longer_received_are_negated(parser, text, pair, negated):
    assert _polarities(parser, text, pair) == {negated}


def test_a_decline_is_no_condemnation(parser):
    assert not triples(parser, "وأدى تدني الدعم الروسي إلى تراجع قوات حفتر.") & {("Russia", "opposes", "LNA")}


def test_a_hedged_trigger_yields_no_co_occurrence_candidate_either(parser):
    # the rules and the stance model's candidates agree on what is asserted
    from kg.ingest import document_candidates
    text = "ولا يستبعد مراقبون أن تتدخل مصر عسكريا لدعم حفتر."
    doc = Document("t", text)
    cands = [c for _, cs in document_candidates(doc, parser.parse(text)) for c in cs]
    assert not any(c.relation == "supports" for c in cands)


def test_a_feminine_possessive_with_no_subject_of_its_gender_is_the_one_behind_a_preposition(parser):
    # «انتهاكها»: the president and the union are masculine; Turkey, behind «على», is the violator
    text = "ودعا الرئيس القبرصي الاتحاد الأوروبي إلى فرض عقوبات على تركيا بسبب انتهاكها للمياه القبرصية."
    found = triples(parser, text)
    assert ("Cyprus", "opposes", "Turkey") in found and ("Cyprus", "opposes", "EU") not in found


def test_the_agent_of_another_masdar_names_no_deed(parser):
    # «دعم أبوظبي لحفتر شجعه على مواصلة عدوانه»: Abu Dhabi backs the aggressor, it does not condemn him
    text = "وقال الباحث إن دعم أبوظبي لحفتر شجعه على مواصلة عدوانه."
    assert triples(parser, text) == {("UAE", "supports", "LNA")}


def test_a_phrase_of_concern_governs_the_masdar_after_it(parser):
    # mercenaries whose arrival worries France were sent to nobody in this sentence, least of all France
    text = "وعبرت الخارجية الفرنسية عن قلقها العميق إزاء وصول مرتزقة فاغنر الروسية إلى سرت."
    assert triples(parser, text) == {("France", "opposes", "Russia")}


@pytest.mark.parametrize("text, expected", [
    # a bare «رفض» before its genitive, a definite adjective and «لـ» is a masdar
    ("وأكد الوزير المصري رفض بلاده التام لأي وجود عسكري تركي في ليبيا.", ("Egypt", "opposes", "Turkey")),
    # efforts and roles credited to the subject of the relative clause after them
    ("وثمن حفتر الدور الذي تقوم به روسيا في ليبيا.", ("LNA", "supports", "Russia")),
    ("وأعرب السراج عن تقديره للدور الذي تلعبه إيطاليا في دعم الاستقرار.", ("GNA", "supports", "Italy")),
    # a call named after «X مع Y»
    ("وبحث الرئيس الفرنسي مع نظيره المصري في اتصال هاتفي الأزمة الليبية.", ("Egypt", "called", "France")),
    # a reaction met with
    ("ولاقت المبادرة المصرية ترحيبا من فرنسا وروسيا.", ("Russia", "supports", "Egypt")),
    # blame thrown is no blame received
    ("وأصدرت فرنسا بيانا يلقي باللوم على تركيا في التصعيد.", ("France", "opposes", "Turkey")),
    # praise of «جهوده» during a call is for the one called
    ("واتصل بوتين بحفتر، وأشاد خلاله بجهوده في محاربة الإرهاب.", ("Russia", "supports", "LNA")),
])
def test_masdar_before_its_adjective_efforts_in_relative_clauses_calls_with_a_partner_and_reactions_met_with(
        parser, text, expected):
    assert expected in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    # «وقوف» with its genitive, then «إلى جانب» (which marks as «إلى»)
    ("وأكد وزير الخارجية القطري وقوف بلاده إلى جانب حكومة الوفاق.", {("Qatar", "supports", "GNA")}),
    # «نوّه بـ» commends; «نوّه إلى أن» points out (the «بـ» of the speaker's «باسم» marks nothing)
    ("ونوه وزير الخارجية المصري بجهود الجيش الوطني الليبي.", {("Egypt", "supports", "LNA")}),
    ("ونوه المتحدث باسم الجيش الوطني إلى أن تركيا تنقل المرتزقة عبر مطار معيتيقة.", set()),
    # the detached pronoun of an accusation is the one attacked, not the attacker, in its gender
    ("وهاجم وزير الخارجية التركي نظيره الفرنسي بشدة، متهما إياه بدعم الانقلابي حفتر.",
     {("Turkey", "opposes", "France"), ("France", "supports", "LNA")}),
])
def test_standing_beside_commending_and_the_one_accused_by_a_detached_pronoun(parser, text, expected):
    assert triples(parser, text) == expected


def test_an_epithet_before_a_name_is_no_predicate_about_the_actor_before_it(parser):
    # «الانقلابي حفتر»: the putschist is Haftar, not the French president named before
    text = "وشن أردوغان هجوما على ماكرون، متهما إياه بدعم الانقلابي حفتر."
    assert not {c for c in rule_claims(parser, text) if c[3] == "predicate" and c[2] == "France"}


@pytest.mark.parametrize("text, expected", [
    # a list gathered by «ضم»: all met each other, as a joint subject's members do
    ("وعقد اجتماع ضم وزراء خارجية مصر وفرنسا واليونان.",
     {("Egypt", "met", "France"), ("Egypt", "met", "Greece"), ("France", "met", "Greece")}),
    # the gathering verb first, the meeting's relative clause of where between
    ("وضم الاجتماع الثنائي الذي عقد أمس في القاهرة وزيري خارجية مصر وقبرص.", {("Cyprus", "met", "Egypt")}),
])
def test_a_meeting_that_gathered_a_list(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an alliance «مع» a partner right after a long coordinated subject: each allies with the partner
    ("وتتحالف روسيا ومصر والإمارات مع مجلس النواب في طبرق.", ("Egypt", "supports", "HoR")),
    # the allies named in apposition after the agent noun's genitive and adjective
    ("ويقول مراقبون إن حلفاء السراج الإقليميين، تركيا وقطر، يراهنون على الحسم العسكري.", ("Turkey", "supports", "GNA")),
])
def test_alliance_with_a_partner_after_a_list_and_allies_in_apposition(parser, text, expected):
    assert expected in triples(parser, text)


def test_a_denial_reaches_past_a_long_name_of_its_subject_when_only_nouns_stand_between(parser):
    # the spokesman's title and name (which the tagger splits into a preposition and a verb) before the denied phrase
    text = "ونفى المتحدث باسم الكرملين ديمتري بيسكوف وجود أي عسكريين روس يقاتلون إلى جانب قوات حفتر."
    assert _polarities(parser, text, ("Russia", "supports", "LNA")) == {True}


def test_an_epithet_after_a_name_is_no_predicate_from_the_actor_before_it(parser):
    # «حفتر الانقلابي»: France is said to back Haftar; the word «الانقلابي» is not France's
    text = "وقال المتحدث إن فرنسا هي من تدعم حفتر الانقلابي."
    assert ("France", "opposes", "LNA") not in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    ("وردت أنقرة على اتهامات باريس.", {("France", "opposes", "Turkey")}),
    ("وردت موسكو على اتهامات الولايات المتحدة بالقول إنها لا أساس لها.", {("US", "opposes", "Russia")}),
])
def test_accusations_in_the_plural_are_their_genitive_s_and_target_who_responds(parser, text, expected):
    assert triples(parser, text) == expected


def test_that_with_a_pronoun_of_another_gender_than_the_subject_is_not_the_subject(parser):
    # «أنه» (masculine) after «حكومة الوفاق» (feminine): what is biased is the statement, not the government
    text = "ورفضت حكومة الوفاق البيان الختامي للقمة، معتبرة أنه ينحاز إلى حفتر."
    assert ("GNA", "supports", "LNA") not in triples(parser, text)
    # a state's name takes either gender («اليونان» has the article, and «إنها»)
    assert ("Greece", "supports", "GNA") in triples(parser, "وقالت اليونان إنها تدعم حكومة الوفاق في هذه المرحلة.")


def test_a_negated_masdar_leaves_the_deed_behind_its_preposition_asserted(parser):
    # «بعدم التسامح مع انتهاكات أنقرة»: not tolerating Ankara's violations opposes them
    text = "وندد الرئيس الفرنسي بالتدخل التركي في ليبيا، متعهدا بعدم التسامح مع انتهاكات أنقرة لحظر السلاح."
    assert _polarities(parser, text, ("France", "opposes", "Turkey")) == {False}


def test_a_participle_after_a_verb_with_an_object_pronoun_describes_that_object(parser):
    # «انتقدتها حكومة الوفاق واعتبرتها منحازة لحفتر»: the step is biased, not the government
    text = "وأطلق الاتحاد الأوروبي عملية بحرية جديدة، وهي خطوة انتقدتها حكومة الوفاق واعتبرتها منحازة لحفتر."
    assert ("GNA", "supports", "LNA") not in triples(parser, text)


def test_a_masdar_s_object_behind_lam_after_its_genitive(parser):
    # «اتهامات واشنطن لموسكو»: Washington's accusations of Moscow
    text = "وقال السفير الروسي إن اتهامات واشنطن لموسكو لا أساس لها."
    assert ("US", "opposes", "Russia") in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    # a day and a seat set off by commas between host and guest
    ("واستقبل وزير الخارجية المصري، اليوم الأحد، بمقر الوزارة في القاهرة، المبعوث الأممي إلى ليبيا.",
     ("Egypt", "met", "UN")),
    # «لقاء جمعهما»: the subject and the one behind «مع» before it
    ("وبحث المبعوث الأممي مع وزير الخارجية الإيطالي، خلال لقاء جمعهما في روما، سبل استئناف الحوار.",
     ("Italy", "met", "UN")),
])
def test_a_seat_between_host_and_guest_and_a_meeting_that_gathered_them_both(parser, text, expected):
    assert expected in triples(parser, text)


def test_a_bare_title_whose_adjective_names_another_party_is_not_the_person_the_document_names(parser):
    # «المبعوث الأممي» is the UN's envoy, though the document names an American envoy before
    text = "والتقى المبعوث الأمريكي ريتشارد نورلاند السراج في تونس. ثم التقى المبعوث الأممي حفتر في بنغازي."
    found = triples(parser, text)
    assert ("LNA", "met", "UN") in found and ("LNA", "met", "US") not in found


def test_a_noun_inside_an_actor_s_name_is_that_actor_s_own(parser):
    # «مرتزقة فاغنر الروسية»: Wagner's mercenaries are Russia's, not sent by the speaker
    text = "وقالت الخارجية التركية إن مرتزقة فاغنر الروسية الداعمة لحفتر زرعوا الألغام جنوب طرابلس."
    assert ("Turkey", "supports", "LNA") not in triples(parser, text)


def test_the_ambassador_summoned_is_not_who_protests_the_agreement(parser):
    text = "واستدعت وزارة الخارجية اليونانية السفير التركي في أثينا للاحتجاج على توقيع الاتفاق البحري مع حكومة الوفاق."
    found = triples(parser, text)
    assert ("Greece", "opposes", "GNA") in found and ("Turkey", "opposes", "GNA") not in found


@pytest.mark.parametrize("text", [
    # «قد» before the imperfect is "may"; a summit whose sidelines they may meet on is no meeting of theirs
    "وقد يلتقي الرئيسان المصري والفرنسي على هامش القمة الأوروبية.",
    "وقد تدعم روسيا حفتر إذا تقدم نحو طرابلس.",
])
def test_may_before_the_imperfect_and_the_sidelines_of_a_summit_assert_nothing(parser, text):
    assert triples(parser, text) == set()


def test_has_before_the_perfect_still_asserts(parser):
    assert ("Egypt", "met", "France") in triples(parser, "وقد التقى الرئيس المصري نظيره الفرنسي في باريس.")
    # («تحالفت» begins with «ت» as an imperfect would: the tagger's aspect says it is a perfect)
    assert ("Russia", "supports", "LNA") in triples(parser, "وقد تحالفت روسيا مع حفتر منذ سنوات.")


@pytest.mark.parametrize("text, present, absent", [
    # an aside «، وهي …،» after the subject: the verb's object follows it (and no ally of Egypt after its «لـ»)
    ("وتدعم الإمارات، وهي حليف وثيق لمصر، قوات حفتر منذ سنوات.", ("UAE", "supports", "LNA"), ("LNA", "supports", "Egypt")),
    # no longer hidden asserts; mercenaries behind «بـ» are the means, no terror backed
    ("ولم يعد خافيا أن روسيا تدعم حفتر بالمرتزقة والسلاح.", ("Russia", "supports", "LNA"), ("GNA", "opposes", "Russia")),
    # «من يدعم»: whoever supports him, not the speaker
    ("وقال السراج إن من يدعم حفتر يدعم الإرهاب.", None, ("GNA", "supports", "LNA")),
])
def test_asides_opened_by_a_pronoun_litotes_of_hiding_means_of_support_and_whoever(parser, text, present, absent):
    found = triples(parser, text)
    assert (present is None or present in found) and absent not in found


@pytest.mark.parametrize("text, present, absent", [
    # one actor after an accusation verb, then the charge: who is named in the charge is not accused
    ("وتتهم الإمارات بتزويد قوات حفتر بطائرات مسيرة.", ("UAE", "supports", "LNA"), ("UAE", "opposes", "LNA")),
    # an unvowelled passive with its agent after «من قبل»
    ("واتهمت تركيا من قبل اليونان بانتهاك المجال الجوي.", ("Greece", "opposes", "Turkey"), ("Turkey", "opposes", "Greece")),
])
def test_the_charge_of_an_accusation_and_a_passive_with_its_agent(parser, text, present, absent):
    found = triples(parser, text)
    assert present in found and absent not in found


@pytest.mark.parametrize("text, expected", [
    # support received in a relative clause set off by commas is its antecedent's; the main verb after it
    ("وأعلنت حكومة الوفاق، التي تحظى بدعم تركي وقطري، رفضها للمبادرة المصرية.",
     {("Turkey", "supports", "GNA"), ("Qatar", "supports", "GNA"), ("GNA", "opposes", "Egypt")}),
    # the giver named by the nationality of the noun after «من»
    ("وتحارب قوات الوفاق، بدعم من المستشارين العسكريين الأتراك، لاستعادة ترهونة.", {("Turkey", "supports", "GNA")}),
    # the epithet of a recognised government between a verb's subject and its object
    ("وتتهم حكومة الوفاق المعترف بها دوليا فرنسا بدعم حفتر سرا.",
     {("GNA", "opposes", "France"), ("France", "supports", "LNA")}),
])
def test_support_received_in_a_relative_clause_givers_by_nationality_and_a_recognised_subject(parser, text, expected):
    assert triples(parser, text) == expected


def test_a_meeting_whose_genitive_is_a_coordinated_pair(parser):
    assert ("GNA", "met", "LNA") in triples(parser, "وقالت مصادر إن لقاء السراج وحفتر في أبوظبي انتهى دون اتفاق.")


@pytest.mark.parametrize("text, expected", [
    # «نظيره» right after the verb is its object; after «حيث» the other participant is the one who went there
    ("وزار وزير الخارجية الأمريكي القاهرة والتقى نظيره المصري، ثم توجه إلى أبوظبي حيث التقى ولي العهد محمد بن زايد.",
     {("Egypt", "met", "US"), ("UAE", "met", "US")}),
    # after a verb joined by «و» with no subject of its own, «دعمه» is the host's, «لجهوده» the guest's
    ("واستقبل بوتين حفتر في الكرملين وأعرب عن دعمه لجهوده في مكافحة الإرهاب.",
     {("LNA", "met", "Russia"), ("Russia", "supports", "LNA")}),
])
def test_a_counterpart_as_object_where_one_went_and_support_for_someone_s_efforts(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the one a protest is lodged with («لدى») is no target; the agreement behind «على» after it is
    ("واحتجت اليونان رسميا لدى الأمم المتحدة على مذكرة التفاهم البحرية الموقعة بين تركيا وحكومة الوفاق.",
     {("Greece", "opposes", "Turkey"), ("Greece", "opposes", "GNA")}),
    # the states listed «، ومنها …» in the object of a demanded sanction
    ("وطالب البرلمان الأوروبي بفرض عقوبات على الدول التي تنتهك حظر الأسلحة، ومنها تركيا والإمارات.",
     {("EU", "opposes", "Turkey"), ("EU", "opposes", "UAE")}),
])
def test_a_protest_lodged_with_someone_and_states_listed_in_a_sanction_s_object(parser, text, expected):
    assert triples(parser, text) == expected


def test_an_ambassador_to_a_country_is_no_addressee(parser):
    # «لدى ليبيا» after a title: the ambassador's posting, and «بعقيلة صالح» has its own preposition
    assert ("LNA", "met", "US") in triples(parser, "واجتمع السفير الأمريكي لدى ليبيا بعقيلة صالح في القاهرة.")


def test_a_collective_noun_between_is_the_participle_s_own_noun(parser):
    # «الدول الداعمة لحفتر»: the countries back Haftar, not the council's head named before them
    text = "وحمّل رئيس المجلس الأعلى للدولة الدول الداعمة لحفتر مسؤولية الدماء."
    assert ("GNA", "supports", "LNA") not in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    # a meeting verb after «حيث» with one actor after it, however long its title: the object
    ("وتوجه السراج إلى الدوحة حيث التقى أمير قطر الشيخ تميم بن حمد.", {("GNA", "met", "Qatar")}),
    # with a second actor behind «بـ», the one after the verb is its subject
    ("ووصل حفتر إلى القاهرة، والتقى الرئيس المصري بوزير الخارجية الروسي.", {("Egypt", "met", "Russia")}),
])
def test_a_meeting_verb_opening_a_clause_with_one_actor_after_it_has_lost_its_subject(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # withdrawing recognition
    ("ودعا مجلس النواب الدول العربية إلى سحب الاعتراف بحكومة الوفاق.", {("HoR", "opposes", "GNA")}),
    # provocations, in the plural, are their doer's deeds
    ("وأعلنت قبرص تضامنها مع اليونان في مواجهة الاستفزازات التركية.",
     {("Cyprus", "supports", "Greece"), ("Cyprus", "opposes", "Turkey")}),
    # accusations faced from someone
    ("وتواجه روسيا اتهامات من الولايات المتحدة بنشر مرتزقة في ليبيا.", {("US", "opposes", "Russia")}),
    # having no legitimacy at all
    ("وقال السراج إن حفتر لا يملك أي شرعية.", {("GNA", "opposes", "LNA")}),
    # a handshake is a meeting
    ("وصافح الرئيس المصري حفتر في القاهرة.", {("Egypt", "met", "LNA")}),
])
def test_withdrawn_recognition_provocations_accusations_faced_no_legitimacy_and_a_handshake(parser, text, expected):
    assert triples(parser, text) == expected


def test_accusations_faced_are_no_support_received(parser):
    # «تواجه اتهامات بدعم حفتر»: the charge is support given, by the one facing it; nobody backs it
    assert triples(parser, "وتواجه الإمارات اتهامات بدعم حفتر.") == {("UAE", "supports", "LNA")}


@pytest.mark.parametrize("text, expected", [
    # a deed done by the subject of a verb of doing, reported by a speaker
    ("وقال الناطق باسم الجيش الوطني إن تركيا تقود العدوان على ليبيا.", {("LNA", "opposes", "Turkey")}),
    # unreported, the deed is the doer's own act
    ("وتشن قوات حفتر عدوانا على طرابلس منذ أبريل.", set()),
    # standing behind an attack that names no doer is blame, reported
    ("وقال باشاغا إن الإمارات تقف وراء الهجوم على الكلية العسكرية.", {("GNA", "opposes", "UAE")}),
    # behind an actor's attack, it backs the actor
    ("واتهمت حكومة الوفاق الإمارات بالوقوف وراء هجوم حفتر على طرابلس.",
     {("GNA", "opposes", "UAE"), ("UAE", "supports", "LNA")}),
])
def test_a_deed_done_by_the_subject_of_a_verb_of_doing_and_standing_behind_an_attack(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # one of an actor («مسؤول في X») speaks for it; a bare capital after «في» stays a place
    ("وقال مسؤول في حكومة الوفاق إن مصر تقف وراء القصف على طرابلس.", {("GNA", "opposes", "Egypt")}),
    ("وقالت مصادر في القاهرة إن تركيا تقف وراء القصف على سرت.", set()),
])
def test_an_official_in_an_actor_speaks_for_it(parser, text, expected):
    assert triples(parser, text) == expected


def test_a_purpose_masdar_in_an_accusation_backing_the_accused_s_own_side_states_nothing(parser):
    text = "واتهم قائد أفريكوم روسيا بنشر طائرات مقاتلة في ليبيا لدعم مرتزقة فاغنر."
    assert triples(parser, text) == {("US", "opposes", "Russia")}


@pytest.mark.parametrize("text, expected", [
    # the thing judged unacceptable is its author's, not that of the actor behind its «ل»
    ("وقالت اليونان إن الدعم التركي لحكومة الوفاق غير مقبول.",
     {("Turkey", "supports", "GNA"), ("Greece", "opposes", "Turkey")}),
])
def test_a_predicate_about_a_thing_judges_its_author_not_its_object(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # defending an actor backs it; a minister of defence and a defence of one's position name nobody defended
    ("ودافع وزير الخارجية الروسي عن حفتر في مؤتمر صحفي.", {("Russia", "supports", "LNA")}),
    ("وتعهد أردوغان بالدفاع عن حكومة الوفاق.", {("Turkey", "supports", "GNA")}),
    ("والتقى وزير الدفاع التركي بالسراج.", {("GNA", "met", "Turkey")}),
    ("ودافعت الإمارات عن موقفها من حفتر.", set()),
    # arms transported to an actor
    ("وأقامت الإمارات جسرا جويا لنقل الأسلحة إلى قوات حفتر.", {("UAE", "supports", "LNA")}),
])
def test_defending_an_actor_and_transporting_arms_to_it(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # «نقلت الوكالة عن X قوله إن …» quotes: what is sent in what X said is no complement of «نقلت» (it read the
    # one quoted as sending the mercenaries to Turkey)
    ("ونقلت وكالة الأنباء الليبية عن المسماري قوله إن تركيا ترسل المرتزقة إلى طرابلس.",
     {("LNA", "opposes", "Turkey"), ("Turkey", "supports", "GNA")}),
    ("ونقل موقع إخباري عن مصدر عسكري في بنغازي أن الإمارات ترسل الأسلحة إلى حفتر.", {("UAE", "supports", "LNA")}),
    # (transporting fighters, with its complement in its own clause, is still sending them)
    ("ونقلت أنقرة مئات المقاتلين السوريين إلى طرابلس لدعم حكومة الوفاق.", {("Turkey", "supports", "GNA")}),
])
def test_regression_quoting_with_naqala_an_was_read_as_transporting_what_the_quote_names(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a purpose named by a noun of aim, «بهدف/من أجل/بغية» + masdar, is the purpose of the verb's subject, as «لدعم»
    ("وأرسلت موسكو طائرات حربية إلى قاعدة الجفرة بهدف دعم قوات حفتر.", {("Russia", "supports", "LNA")}),
    ("ونقلت أنقرة مئات المقاتلين السوريين إلى مصراتة من أجل دعم حكومة الوفاق.", {("Turkey", "supports", "GNA")}),
    # (a purpose with no actor for its object names no one)
    ("وعقدت روما مؤتمرا دوليا بغية دعم جهود السلام في ليبيا.", set()),
])
def test_regression_a_masdar_of_purpose_after_a_noun_of_aim_had_no_agent(parser, text, expected):
    assert triples(parser, text) == expected


def test_a_role_praised_past_the_subject_and_a_phrase_of_where_is_the_actor_named_between(parser):
    text = "وأشاد الرئيس الأمريكي في اتصال هاتفي مع حفتر بدوره في مكافحة الإرهاب."
    assert triples(parser, text) == {("LNA", "called", "US"), ("US", "supports", "LNA")}


def test_an_agreement_condemned_past_the_long_name_of_the_subject_after_the_verb(parser):
    text = "وندد رئيس مجلس النواب الليبي المستشار عقيلة صالح بالاتفاقية الأمنية بين أنقرة والسراج."
    assert triples(parser, text) == {("LNA", "opposes", "Turkey"), ("LNA", "opposes", "GNA")}


def test_an_actor_joined_to_a_subject_kg_does_not_know_is_a_subject(parser):
    text = "وأدانت جامعة الدول العربية ومصر قرار البرلمان التركي."
    assert triples(parser, text) == {("Egypt", "opposes", "Turkey")}


@pytest.mark.parametrize("text, expected", [
    # ruling out any role for an actor opposes it; ruling out a deed of one's own opposes nobody
    ("واستبعد أردوغان أي دور لحفتر في مستقبل ليبيا.", {("Turkey", "opposes", "LNA")}),
    ("وقال السراج إنه لا دور لحفتر في أي حل سياسي.", {("GNA", "opposes", "LNA")}),
    ("واستبعدت مصر أن يكون لها دور عسكري في ليبيا.", set()),
    # «أشار إلى أن» reports: the speaker of a deed charged
    ("وأشار المسماري إلى أن قطر تدعم الجماعات الإرهابية.", {("LNA", "opposes", "Qatar")}),
])
def test_ruling_out_a_role_and_pointing_out_as_a_speech_verb(parser, text, expected):
    assert triples(parser, text) == expected


def test_a_counterpart_after_a_titled_subject_is_the_object_not_a_second_adjective(parser):
    # «الرئيس الفرنسي نظيره التركي»: two titles, not «قرار بريطاني ألماني»
    text = "ودعا الرئيس الفرنسي نظيره التركي إلى الكف عن انتهاك حظر السلاح."
    assert triples(parser, text) == {("France", "opposes", "Turkey")}


def test_a_nationality_adjective_past_another_preposition_is_not_the_deed_s_target(parser):
    # «بمباركة فرنسية» blesses the attack; France is not attacked
    assert triples(parser, "وبدأ حفتر هجومه على طرابلس بمباركة فرنسية.") == {("France", "supports", "LNA")}


@pytest.mark.parametrize("text, expected", [
    # an act against someone that a rejection governs: neither the rejecting nor the act's agent opposes them
    ("وأكد المندوب الروسي أن بلاده ترفض فرض عقوبات على حفتر.", set()),
    ("وأكد ممثل روسيا في مجلس الأمن أن بلاده تعارض فرض عقوبات على حفتر.", set()),
    ("ورفضت روسيا إدانة حفتر في مجلس الأمن.", set()),
    # a refusal phrase («أي حوار مع») is no act against, and an attack's genitive is its doer
    ("وشدد المجلس الأعلى للدولة على رفضه لأي حوار مع حفتر.", {("GNA", "opposes", "LNA")}),
    ("ورفضت فرنسا هجوم حفتر على طرابلس.", {("France", "opposes", "LNA")}),
    # a demand for it does
    ("وطالبت اليونان بفرض عقوبات على تركيا.", {("Greece", "opposes", "Turkey")}),
    # accusations rejected: the accuser is opposed, not the accused behind «لـ»
    ("ورفضت القاهرة الاتهامات التركية لمصر.", {("Egypt", "opposes", "Turkey"), ("Turkey", "opposes", "Egypt")}),
    # a demand to abandon a support
    ("وطالبت أنقرة الاتحاد الأوروبي بالتخلي عن دعمه لحفتر.", {("Turkey", "opposes", "EU"), ("EU", "supports", "LNA")}),
])
def test_an_act_against_someone_rejected_and_a_demand_to_abandon_support(parser, text, expected):
    assert triples(parser, text) == expected


def test_a_noun_behind_lam_after_a_threat_is_the_threatened_not_the_doer(parser):
    text = "ووصف السيسي تدخل تركيا في ليبيا بأنه تهديد مباشر لأمن مصر."
    assert triples(parser, text) == {("Egypt", "opposes", "Turkey")}


@pytest.mark.parametrize("text, expected", [
    # the members of a subject kg does not know, listed in commas before the object or after it
    ("وتدعم هذه الدول، ومنها مصر والإمارات، قوات حفتر بالسلاح.", {("Egypt", "supports", "LNA"), ("UAE", "supports", "LNA")}),
    ("وتدعم أطراف إقليمية عدة حفتر، في مقدمتها الإمارات.", {("UAE", "supports", "LNA")}),
    # the object of a relative clause is not the subject of the verb after it
    ("وقالت حكومة الوفاق إن الدول التي تدعم حفتر تتحمل المسؤولية عن الدماء.", set()),
])
def test_members_of_an_unknown_subject_and_the_object_of_a_relative_clause(parser, text, expected):
    assert triples(parser, text) == expected


def test_that_with_a_pronoun_of_another_gender_is_the_other_side_of_the_sentence_before(parser):
    # «إنها» is not Erdogan, the salient actor; it is France, the one he criticised
    text = "انتقد أردوغان فرنسا بشدة. وقال إنها تدعم حفتر منذ البداية."
    assert triples(parser, text) == {("Turkey", "opposes", "France"), ("France", "supports", "LNA")}


@pytest.mark.parametrize("text, expected", [
    # a masdar whose own preposition is on a deed welcomes it: no stance against the deed's doer
    ("وأكد مجلس النواب الليبي ترحيبه بالتدخل المصري.", {("HoR", "supports", "Egypt")}),
    # a call by its mode after both sides («مع Y عبر الهاتف»)
    ("وتحدث وزير الخارجية الأمريكي مع نظيره التركي عبر الهاتف بشأن ليبيا.", {("Turkey", "called", "US")}),
    # a deed that something is described as («بأنها تدخل») is done by the one named with that thing
    ("ووصف المتحدث باسم الخارجية التركية تصريحات السيسي بأنها تدخل في الشؤون الليبية.", {("Turkey", "opposes", "Egypt")}),
])
def test_a_welcomed_deed_a_call_by_its_mode_after_both_sides_and_a_deed_described(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the ambassador a masdar summons or expels is its object, named with his state
    ("وقررت حكومة الوفاق طرد السفير الإماراتي.", {("GNA", "opposes", "UAE")}),
    ("وقررت مصر استدعاء السفير التركي.", {("Egypt", "opposes", "Turkey")}),
    # cooperation or ties suspended with someone; a comment is none
    ("وعلقت إيطاليا التعاون العسكري مع مصر.", {("Italy", "opposes", "Egypt")}),
    ("وعلق أردوغان على تصريحات ماكرون.", set()),
])
def test_an_ambassador_summoned_by_a_masdar_and_ties_suspended(parser, text, expected):
    assert triples(parser, text) == expected


def test_a_guest_after_a_capital_behind_fi_is_met(parser):
    # «في أنقرة وزير …»: a capital heads no construct, so «في» is the place's, not the guest's
    text = "والتقى وزير الداخلية فتحي باشاغا في أنقرة وزير الدفاع التركي خلوصي أكار."
    assert triples(parser, text) == {("GNA", "met", "Turkey")}


@pytest.mark.parametrize("text, expected", [
    # a masdar right after a verb of carrying on (also in the future, which the tagger takes for a noun)
    ("وأكد المتحدث أن أنقرة ستواصل دعم حكومة الوفاق حتى تحقيق الاستقرار.", {("Turkey", "supports", "GNA", False)}),
    ("وقال الوزير إن أنقرة تواصل تزويد حكومة الوفاق بالطائرات.", {("Turkey", "supports", "GNA", False)}),
    # «غير» before a noun other than the trigger is the verb "changed", no negation
    ("ويرى مراقبون أن الدعم التركي غير موازين القوى لصالح حكومة الوفاق.", {("Turkey", "supports", "GNA", False)}),
    # … but it negates an adjective that governs the trigger
    ("وقالت روسيا إنها غير مستعدة لإرسال مرتزقة إلى حفتر.", {("Russia", "supports", "LNA", True)}),
    # a participle that takes «ب» governs the masdar after it: no backing of its subject
    ("وقال الوزير إن إيطاليا غير معنية بدعم حفتر.", {("Italy", "supports", "LNA", True)}),
    ("وأكد المتحدث أن تركيا ملتزمة بدعم حكومة الوفاق.", {("Turkey", "supports", "GNA", False)}),
])
def test_carrying_on_with_support_and_the_scope_of_ghayr(parser, text, expected):
    assert claims_with_polarity(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the one the demanded act falls on is opposed, not the one asked to act
    ("وطالبت حكومة الوفاق مجلس الأمن بمحاسبة حفتر.", {("GNA", "opposes", "LNA")}),
    ("ودعت مصر الأمم المتحدة إلى إخراج المرتزقة الأتراك من ليبيا.", {("Egypt", "opposes", "Turkey")}),
    # asked to hold someone kg does not know to account: nobody
    ("وطالبت حكومة الوفاق مجلس الأمن بمحاسبة الدول الداعمة لحفتر.", set()),
    # asked to stop its own deed, or to withdraw its own fighters, the one asked is opposed
    ("ودعت فرنسا تركيا إلى وقف انتهاك حظر السلاح.", {("France", "opposes", "Turkey")}),
    ("وطالب الاتحاد الأوروبي روسيا بسحب مرتزقة فاغنر.", {("EU", "opposes", "Russia")}),
    # two acts on one actor: the first act's genitive is no one asked to try him (regression: it was dropped)
    ("وطالب المشري بعزل حفتر ومحاكمته.", {("GNA", "opposes", "LNA")}),
    ("ودعت أنقرة إلى رحيل حفتر ومعاقبته على جرائمه.", {("Turkey", "opposes", "LNA")}),
])
def test_a_demanded_act_is_against_the_one_it_falls_on(parser, text, expected):
    assert triples(parser, text) == expected


def test_standing_behind_terrorism_reported_is_blame(parser):
    text = "وقال المتحدث باسم الجيش الوطني إن قطر وتركيا تقفان وراء الإرهاب في ليبيا."
    assert triples(parser, text) == {("LNA", "opposes", "Qatar"), ("LNA", "opposes", "Turkey")}


@pytest.mark.parametrize("text, expected", [
    # support received by the one «إنها» refers to
    ("وقالت حكومة الوفاق إنها تلقت دعما من تركيا في مجال التدريب.", {("Turkey", "supports", "GNA")}),
    # a masculine verb before forces: they are its object, the subject dropped (the one the text is about)
    ("ندد المجلس الرئاسي بالقصف. وحمل قوات حفتر المسؤولية الكاملة عن الهجوم.", {("GNA", "opposes", "LNA")}),
    # a deed carried on by the subject of «تواصل», reported by a spokesman «on its behalf»
    ("أعلن الجيش الوطني الليبي أنه أسقط طائرة مسيرة. وقال المتحدث باسمه إن تركيا تواصل انتهاك حظر السلاح.",
     {("LNA", "opposes", "Turkey")}),
    ("وقال المتحدث باسم الجيش الوطني إن تركيا تواصل انتهاك حظر السلاح.", {("LNA", "opposes", "Turkey")}),
])
def test_a_recipient_after_that_forces_as_object_and_a_deed_carried_on(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a list behind a preposition, set off by commas, ends at the comma: the actor after it is no member
    ("وتقاتل قوات الوفاق، المدعومة من تركيا وقطر، قوات حفتر المدعومة من الإمارات ومصر.",
     {("Turkey", "supports", "GNA"), ("Qatar", "supports", "GNA"), ("UAE", "supports", "LNA"),
      ("Egypt", "supports", "LNA")}),
    # «ثم» joins the ones met in turn
    ("والتقى رئيس الوزراء الإيطالي في روما المشير خليفة حفتر ثم فايز السراج.",
     {("Italy", "met", "LNA"), ("GNA", "met", "Italy")}),
    # praising or welcoming cooperation with an actor
    ("وأشاد وزير الدفاع التركي بالتعاون العسكري مع حكومة الوفاق.", {("Turkey", "supports", "GNA")}),
    # (the masdar's own complement still: refusing to sit with someone)
    ("ورفض السراج الجلوس مع حفتر إلى طاولة المفاوضات.", {("GNA", "opposes", "LNA")}),
])
def test_a_list_in_commas_then_a_turn_and_cooperation_praised(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bombing reported by another side is its charge; a source «عسكري في X» speaks for X
    ("وقالت حكومة الوفاق إن طائرات إماراتية قصفت مواقع لقواتها جنوب طرابلس.", {("GNA", "opposes", "UAE")}),
    ("وأكد مصدر عسكري في الجيش الوطني الليبي أن طائرات تركية قصفت مواقع للجيش.", {("LNA", "opposes", "Turkey")}),
    # unreported it is fighting, no stance; and a deed governs no stance masdar after it
    ("وقصف الطيران التركي مواقع لقوات حفتر.", set()),
    ("وتقصف الطائرات الإماراتية طرابلس دعما لقوات حفتر.", {("UAE", "supports", "LNA")}),
    # an agreement said to violate the law: against both its parties (only the pair after «بين»)
    ("ولفت وزير الخارجية اليوناني إلى أن الاتفاق بين أنقرة وطرابلس ينتهك القانون الدولي.",
     {("Greece", "opposes", "Turkey"), ("Greece", "opposes", "GNA")}),
    ("وقال وزير الخارجية المصري إن مذكرة التفاهم بين تركيا وحكومة الوفاق تنتهك قرارات مجلس الأمن.",
     {("Egypt", "opposes", "Turkey"), ("Egypt", "opposes", "GNA")}),
])
def test_a_reported_bombing_and_an_agreement_said_to_violate_the_law(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a future support with its condition after it is no claim
    ("وأعلنت أنقرة أنها ستقدم الدعم اللازم لحكومة الوفاق في حال طلبت ذلك.", set()),
    ("وقال إن مصر ستدعم الجيش الوطني إذا طلب ذلك.", set()),
    # «حتى لو»: even if, the support stands
    ("وأكدت أنقرة أنها ستواصل دعم حكومة الوفاق حتى لو استمر الهجوم.", {("Turkey", "supports", "GNA")}),
])
def test_a_future_stance_with_its_condition_after_it(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # standing behind an actor backs it; laying the blame on one opposes it
    ("وتقف روسيا وراء حفتر سياسيا وعسكريا.", {("Russia", "supports", "LNA")}),
    ("وأنحى المسماري باللائمة على تركيا في تصعيد القتال.", {("LNA", "opposes", "Turkey")}),
    # a delegation with its rank adjectives between is its actor
    ("واستقبلت أنقرة وفدا رفيعا من حكومة الوفاق برئاسة السراج.", {("GNA", "met", "Turkey")}),
    ("واستقبل حفتر وفدا رفيع المستوى من الخارجية الروسية.", {("LNA", "met", "Russia")}),
    # a video call is a meeting; informing someone by phone is a call
    ("وبحث المبعوث الأممي في اتصال مرئي مع السراج سبل استئناف الحوار.", {("GNA", "met", "UN")}),
    ("وأطلع السراج أردوغان هاتفيا على آخر التطورات الميدانية.", {("GNA", "called", "Turkey")}),
])
def test_behind_an_actor_blame_delegations_with_rank_and_calls_by_mode(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # rejecting accusations named with their author opposes the author (and the accusations are his)
    ("ورفضت تركيا الاتهامات الفرنسية بانتهاك حظر السلاح.", {("Turkey", "opposes", "France"), ("France", "opposes", "Turkey")}),
    # a report with no author rejected: nobody opposed, the support denied
    ("ورفضت روسيا المزاعم بشأن دعمها لحفتر.", {("Russia", "supports", "LNA")}),
])
def test_rejected_accusations_oppose_their_named_author(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an adverb of manner of two words does not count in the distance to the object
    ("ودعا الاتحاد الأوروبي جميع الأطراف إلى احترام حظر الأسلحة، منتقدا بشكل خاص الدور التركي والروسي في النزاع.",
     {("EU", "opposes", "Turkey"), ("EU", "opposes", "Russia")}),
    # the anger «ما أثار» provoked is against the agreement the clause before named
    ("ووقعت تركيا وحكومة الوفاق مذكرتي تفاهم في نوفمبر، ما أثار غضب اليونان ومصر.",
     {("Greece", "opposes", "Turkey"), ("Greece", "opposes", "GNA"), ("Egypt", "opposes", "Turkey"),
      ("Egypt", "opposes", "GNA")}),
    # a member kg does not know, between two joined by «و», keeps the list together
    ("وأشار التقرير الأممي إلى أن الإمارات والأردن وتركيا انتهكت حظر السلاح.",
     {("UN", "opposes", "UAE"), ("UN", "opposes", "Turkey")}),
])
def test_an_adverb_of_two_words_an_agreement_referred_back_to_and_an_unknown_list_member(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what an actor wants (or does not want) to do is not asserted
    ("ولا تريد واشنطن أن تدعم حفتر بشكل علني.", set()),
    # the one persuaded or asked to back someone gives nothing yet; the one asking backs the genitive
    ("ويحاول أردوغان إقناع ترامب بدعم حكومة الوفاق.", {("Turkey", "supports", "GNA")}),
    # (asking for its own side: nothing)
    ("وطالب السراج الاتحاد الأوروبي بدعم حكومة الوفاق.", set()),
])
def test_a_wanted_support_and_a_support_one_is_asked_for(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a harmful role or deed as a nominal predicate, its actor the nationality adjective of its head
    ("وقالت الخارجية المصرية إن الدور التركي في ليبيا هدام.", {("Egypt", "opposes", "Turkey")}),
    ("وقالت اليونان إن الموقف التركي سلبي.", {("Greece", "opposes", "Turkey")}),
    # (an attributive adjective is no predicate)
    ("وحذر التقرير من الأثر السلبي للتدخل التركي على الاقتصاد.", set()),
    # a dangerous game played, reported; an agreement called treason
    ("وقال ماكرون إن تركيا تلعب لعبة خطيرة في ليبيا.", {("France", "opposes", "Turkey")}),
    ("واعتبر مجلس النواب أن الاتفاق الأمني بين السراج وأردوغان خيانة عظمى.",
     {("HoR", "opposes", "GNA"), ("HoR", "opposes", "Turkey")}),
    # the genitive of a noun is not the subject who opposes the deed
    ("وانتقدت أنقرة صمت الاتحاد الأوروبي إزاء انتهاكات حفتر.", {("Turkey", "opposes", "EU"), ("Turkey", "opposes", "LNA")}),
])
def test_a_harmful_role_treason_and_the_subject_past_a_genitive(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # support given to a recipient named before it, unmarked or behind «لـ»
    ("وقدمت تركيا لحكومة الوفاق دعما عسكريا.", {("Turkey", "supports", "GNA")}),
    ("وأعطت واشنطن حفتر الضوء الأخضر لمهاجمة طرابلس.", {("US", "supports", "LNA")}),
    # backing an actor's operations backs the actor
    ("وأشار التقرير إلى أن مصر سمحت باستخدام قواعدها الجوية لدعم عمليات حفتر.", {("Egypt", "supports", "LNA")}),
    # states listed «إلى جانب» right after the target, ending the clause, share the stance
    ("وتعد روسيا من أبرز الداعمين لقوات حفتر إلى جانب الإمارات ومصر.",
     {("Russia", "supports", "LNA"), ("UAE", "supports", "LNA"), ("Egypt", "supports", "LNA")}),
])
def test_support_given_to_a_recipient_and_states_listed_besides(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # refusing to accept an actor or what it does; refusing to negotiate with it
    ("وأكدت اليونان أنها لن تقبل بالدور الذي تلعبه تركيا في ليبيا.", {("Greece", "opposes", "Turkey")}),
    ("وشدد المشري على أن الليبيين لن يقبلوا بحفتر حاكما عسكريا.", {("GNA", "opposes", "LNA")}),
    ("وأعلنت حكومة الوفاق أنها لن تتفاوض مع حفتر.", {("GNA", "opposes", "LNA")}),
    # standing against, as a masdar
    ("وأعلن أردوغان أن تركيا ستواصل الوقوف ضد حفتر.", {("Turkey", "opposes", "LNA")}),
    # a word the tokenizer split as «و» + a non-word is no conjunction: «وقوفها» is one word
    ("وأكدت روسيا وقوفها إلى جانب حفتر.", {("Russia", "supports", "LNA")}),
])
def test_refusing_to_accept_or_negotiate_standing_against_and_a_false_conjunction(parser, text, expected):
    assert triples(parser, text) == expected


def test_a_verb_joined_by_waw_on_its_negator_shares_the_first_subject(parser):
    got = claims_with_polarity(parser, "وقال لودريان إن فرنسا لا تدعم حفتر ولا تقف ضد حكومة الوفاق.")
    assert got == {("France", "supports", "LNA", True), ("France", "opposes", "GNA", True)}


@pytest.mark.parametrize("text, expected", [
    # some of an actor's fighters («مئات من عناصر مجموعة فاغنر») are the actor; «في صفوف» is beside
    ("ويقاتل مئات من عناصر مجموعة فاغنر الروسية في صفوف قوات حفتر.", {("Russia", "supports", "LNA")}),
    # a presence that «constitutes a threat», reported, is the speaker's charge against its actor
    ("وأكد السراج أن وجود المرتزقة الروس يشكل تهديدا للأمن الإقليمي.", {("GNA", "opposes", "Russia")}),
])
def test_some_of_an_actor_s_fighters_in_the_ranks_of_another_and_a_presence_that_threatens(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a support one is charged with (bias, collusion), stated by a third party, is its charge too
    ("واعتبر المجلس الرئاسي أن عملية إيريني منحازة لحفتر.", {("EU", "supports", "LNA"), ("GNA", "opposes", "EU")}),
    ("وقال السراج إن فرنسا تتواطأ مع حفتر.", {("France", "supports", "LNA"), ("GNA", "opposes", "France")}),
    # the second object of a verb of informing: a masdar, its pronoun the verb's subject
    ("وأبلغت حكومة الوفاق الاتحاد الأوروبي رفضها لعملية إيريني.", {("GNA", "opposes", "EU")}),
    ("وأبلغ السيسي ماكرون دعمه لحكومة الوفاق.", {("Egypt", "supports", "GNA")}),
])
def test_a_charged_support_and_a_masdar_after_a_verb_s_two_objects(parser, text, expected):
    assert triples(parser, text) == expected


def test_members_listed_in_commas_right_before_the_verb_are_its_subject(parser):
    text = "وقال تقرير أممي إن الدول الداعمة للطرفين، ومنها مصر والإمارات وتركيا، انتهكت حظر السلاح."
    assert triples(parser, text) == {("UN", "opposes", "Egypt"), ("UN", "opposes", "UAE"), ("UN", "opposes", "Turkey")}


@pytest.mark.parametrize("text, expected", [
    # the capital one was received in is the host
    ("وقال المتحدث إن حفتر يعرف فرنسا جيدا بعد استقباله مرارا في باريس.", {("France", "met", "LNA")}),
    ("وجرى استقبال السراج في روما بحفاوة بالغة.", {("GNA", "met", "Italy")}),
])
def test_the_capital_one_was_received_in_is_the_host(parser, text, expected):
    assert triples(parser, text) == expected


def test_a_predicate_s_source_is_the_speaker_not_an_actor_named_nearer(parser):
    text = "وقال المسماري إن روسيا لم ترسل أي مرتزقة، وإن حكومة الوفاق فاقدة للشرعية."
    assert ("LNA", "opposes", "GNA") in triples(parser, text)
    assert ("Russia", "opposes", "GNA") not in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    # a «لـ» on a noun that names people, not a masdar, is no purpose: nobody backs the mercenaries here
    ("وأعلن الجيش الليبي أن مقاتلاته استهدفت تجمعات للمرتزقة الأتراك قرب مصراتة.", set()),
    # protecting an actor, the masdar and the imperfect verb
    ("ونشرت تركيا منظومات دفاع جوي في قاعدة الوطية لحماية قوات الوفاق.", {("Turkey", "supports", "GNA")}),
    ("وتحمي المنظومات التركية حكومة الوفاق من هجمات حفتر.", {("Turkey", "supports", "GNA")}),
])
def test_a_lam_on_a_noun_of_people_is_no_purpose_and_protection(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a capital before a colon speaks when a statement follows (a dateline opens a report: «القاهرة: قال …»)
    ("واشنطن: نرفض التدخل الروسي في ليبيا", {("US", "opposes", "Russia", False)}),
    ("القاهرة: قال وزير الخارجية المصري إن بلاده ترفض التدخل التركي.", {("Egypt", "opposes", "Turkey", False)}),
    # a masdar right after a denial, its subject before (SVO, as in headlines)
    ("روسيا تنفي دعم حفتر عسكريا", {("Russia", "supports", "LNA", True)}),
])
def test_a_capital_speaking_before_a_colon_and_a_denied_masdar_after_its_subject(parser, text, expected):
    assert claims_with_polarity(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # welcoming what an actor announced, a name of three words before the relative clause
    ("ورحبت الولايات المتحدة وبريطانيا بوقف إطلاق النار الذي أعلنه السراج وعقيلة صالح.",
     {("US", "supports", "GNA"), ("US", "supports", "LNA"), ("UK", "supports", "GNA"), ("UK", "supports", "LNA")}),
    ("وأعرب وزير الخارجية الإيطالي عن استيائه من استمرار الدعم العسكري الذي تقدمه روسيا لقوات حفتر.",
     {("Italy", "opposes", "Russia"), ("Russia", "supports", "LNA")}),
])
def test_the_author_of_what_is_welcomed_or_deplored_past_a_longer_name(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # «الليبي» beside a state's adjective names the agreement's other party, the recognised government
    ("وأعرب الاتحاد الأوروبي عن رفضه لمذكرة التفاهم التركية الليبية.", {("EU", "opposes", "Turkey"), ("EU", "opposes", "GNA")}),
    ("ورفضت اليونان الاتفاق التركي الليبي.", {("Greece", "opposes", "Turkey"), ("Greece", "opposes", "GNA")}),
    # alone it is the country's, no party
    ("وأكدت اليونان دعمها للشعب الليبي.", set()),
])
def test_the_libyan_party_of_an_agreement_with_a_state(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a masdar with a pronoun after an aside of where or when set off by commas is the verb's object
    ("وأكدت مصر، في بيان، رفضها التدخل التركي في ليبيا.", {("Egypt", "opposes", "Turkey")}),
    ("وجددت تركيا، اليوم الأحد، دعمها لحكومة الوفاق.", {("Turkey", "supports", "GNA")}),
])
def test_a_masdar_after_an_aside_of_where_or_when(parser, text, expected):
    assert triples(parser, text) == expected


def test_the_speaker_before_a_colon_past_where_it_was_said(parser):
    text = "وقال أردوغان في خطاب أمام نواب حزبه: «سنواصل دعم حكومة الوفاق»."
    assert triples(parser, text) == {("Turkey", "supports", "GNA")}


def test_a_green_light_not_given_is_a_negated_support(parser):
    got = claims_with_polarity(parser, "وقال البيت الأبيض إن واشنطن لم تعط حفتر الضوء الأخضر لمهاجمة طرابلس.")
    assert got == {("US", "supports", "LNA", True)}


@pytest.mark.parametrize("text, expected", [
    ("وتدرب تركيا عناصر من قوات الوفاق على استخدام الطائرات المسيرة.", {("Turkey", "supports", "GNA")}),
    ("وآزرت قطر حكومة الوفاق سياسيا.", {("Qatar", "supports", "GNA")}),
    ("وأعربت مصر عن مؤازرتها للجيش الوطني الليبي.", {("Egypt", "supports", "LNA")}),
])
def test_training_some_of_an_actor_s_elements_and_standing_by_it(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وتهجم المسماري على قطر في مؤتمره الصحفي.", {("LNA", "opposes", "Qatar")}),
    ("واستهجن الرئيس التونسي الموقف الفرنسي.", {("Tunisia", "opposes", "France")}),
])
def test_verbal_attacks_and_reproaches(parser, text, expected):
    assert triples(parser, text) == expected


def test_regression_an_object_is_not_sought_past_a_comma_and_a_verb_of_its_own(parser):
    # «بشكل صريح» no longer counts in the distance, which brought Haftar, the subject of the next
    # clause, within the verb's reach as its object
    got = rule_claims(parser, "وقالت مصادر إن ترامب أيد العملية العسكرية بشكل صريح، وتفاخر حفتر بذلك أمام زواره.")
    assert not any(c[:3] == ("US", "supports", "LNA") for c in got)


@pytest.mark.parametrize("text, expected", [
    ("وحمل وزير الدفاع في حكومة الوفاق قوات حفتر مسؤولية التصعيد.", {("GNA", "opposes", "LNA")}),
    ("وقال رئيس الأركان العامة في قوات حفتر إن الجيش يرفض التدخل التركي.", {("LNA", "opposes", "Turkey")}),
])
def test_an_office_held_in_a_government_speaks_for_it(parser, text, expected):
    assert triples(parser, text) == expected


def test_an_office_in_a_capital_is_still_a_place(parser):
    # «وزير الخارجية في القاهرة»: a bare capital after «في» is where he spoke
    assert triples(parser, "وقال وزير الخارجية في موسكو إن فرنسا تدعم حفتر.") == {("France", "supports", "LNA")}


def test_a_name_that_is_also_the_adjective_after_indefinite_accusatives_is_the_giver(parser):
    # «تركيا» is the name and the accusative of «تركي»; after «دعما عسكريا» it can only be the adjective
    assert triples(parser, "ويتلقى المجلس الرئاسي منذ أشهر دعما عسكريا تركيا.") == {("Turkey", "supports", "GNA")}


@pytest.mark.parametrize("text, expected", [
    ("وقال وزير الداخلية في حكومة الوفاق إن حفتر ديكتاتور.", {("GNA", "opposes", "LNA")}),
    ("وترى اليونان في الوجود التركي تهديدا لجزرها.", {("Greece", "opposes", "Turkey")}),
])
def test_more_terms_of_abuse_and_seeing_a_threat(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text", [
    "ورحبت إيطاليا بانسحاب القوات التركية من المدينة.",
    "وأشاد البرلمان العربي بوقف قوات حفتر هجومها على العاصمة.",
])
def test_welcoming_an_actor_s_withdrawal_praises_nobody(parser, text):
    assert triples(parser, text) == set()


def test_rivals_named_by_their_rival_are_not_him(parser):
    # «خصوم حفتر» speak; Haftar does not accuse anyone here
    got = triples(parser, "ويتهم خصوم حفتر الإمارات بتسليح قواته.")
    assert not any(s == "LNA" for s, _, _ in got)


def test_an_indefinite_deed_takes_the_subject_of_its_unmarked_relative_clause(parser):
    text = "وقال المجلس الرئاسي إن قواته تصد عدوانا تشنه قوات حفتر منذ أسابيع."
    assert ("GNA", "opposes", "LNA") in triples(parser, text)


def test_no_role_for_an_actor_named_by_its_adjective(parser):
    assert triples(parser, "وقال المشير إنه لن يقبل بأي دور روسي في التسوية.") == {("LNA", "opposes", "Russia")}


def test_mines_laid_are_a_charge_of_the_speaker(parser):
    text = "وقال المجلس الرئاسي إن عناصر فاغنر زرعوا ألغاما قرب المدارس."
    assert triples(parser, text) == {("GNA", "opposes", "Russia")}


@pytest.mark.parametrize("text, expected", [
    ("وقال السراج إن حفتر لن يكون جزءا من الحل في ليبيا.", {("GNA", "opposes", "LNA")}),
    ("وقال وزير الخارجية المصري إن قطر ليست جزءا من المشكلة.", set()),
])
def test_no_part_of_the_solution_opposes_but_not_of_the_problem(parser, text, expected):
    assert triples(parser, text) == expected


def test_an_accusation_verb_s_object_pronoun_is_the_accused_not_the_subject_after_it(parser):
    got = triples(parser, "وفيما تلتزم روسيا الصمت، تتهمها حكومة الوفاق بدعم حفتر عسكريا.")
    assert ("Russia", "supports", "LNA") in got and ("GNA", "supports", "LNA") not in got


def test_a_denial_inside_a_relative_aside_does_not_negate_the_accusation_after_it(parser):
    got = claims_with_polarity(parser, "ويتهم المجلس الرئاسي الإمارات، التي تنفي ذلك، بتمويل حفتر.")
    assert ("UAE", "supports", "LNA", False) in got and ("UAE", "supports", "LNA", True) not in got
    assert ("GNA", "opposes", "UAE", False) in got


def test_a_state_s_air_force_acts_for_it(parser):
    assert triples(parser, "وساند الطيران الروسي قوات حفتر في محاور القتال.") == {("Russia", "supports", "LNA")}


@pytest.mark.parametrize("text, expected", [
    ("وصل رئيس المجلس الرئاسي إلى روما. والتقى رئيس الوزراء الإيطالي في مقر الحكومة.", {("GNA", "met", "Italy")}),
    ("وصل رئيس المجلس الرئاسي إلى روما. والتقى رئيس الوزراء الإيطالي وفدا من البرلمانيين.", set()),
])
def test_a_meeting_verb_opening_a_sentence_with_one_actor_has_the_one_before_for_subject(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text", [
    "وفي رده على سؤال حول الدعم التركي لحكومة الوفاق، قال الوزير إن الحل سياسي.",
    "وردا على سؤال بشأن لقائه مع حفتر، اكتفى المبعوث بالقول إن الحوار مستمر.",
])
def test_what_a_question_is_about_is_not_asserted(parser, text):
    assert triples(parser, text) == set()


@pytest.mark.parametrize("text", [
    "وتريد أنقرة دعم حكومة الوفاق دون الدخول في حرب مباشرة.",
    "وتسعى موسكو إلى دعم المشير حفتر بطرق غير مباشرة.",
    "وأبدت ألمانيا استعدادها لدعم حكومة الوفاق في إعادة الإعمار.",
    "وتحدثت تقارير عن دعم مصري محتمل لقوات حفتر.",
])
def test_a_support_wanted_sought_offered_or_possible_is_not_asserted(parser, text):
    assert triples(parser, text) == set()


def test_a_blocked_statement_that_condemns_an_actor_opposes_nobody(parser):
    assert triples(parser, "وعرقلت الصين في مجلس الأمن بيانا يدين قصف قوات حفتر للمطار.") == set()


def test_blocking_a_resolution_an_actor_backs_still_opposes_the_backer(parser):
    got = triples(parser, "وعرقلت روسيا قرارا تدعمه فرنسا يدعو إلى وقف القتال.")
    assert got == {("Russia", "opposes", "France")}


def test_a_stance_against_someone_one_is_ready_for_is_held_already(parser):
    # readiness only makes a support or a meeting intended; opposing an invasion is a stance now
    got = triples(parser, "وقال المتحدث باسم الجيش الوطني الليبي إن قواته جاهزة ومستعدة لمواجهة الاحتلال التركي.")
    assert ("LNA", "opposes", "Turkey") in got


def test_an_indefinite_deed_noun_as_the_predicate_of_an_actor_is_the_speaker_s_verdict(parser):
    assert triples(parser, "وقال رئيس البرلمان اليوناني إن تركيا دولة محتلة في شمال قبرص.") == \
        {("Greece", "opposes", "Turkey")}


def test_a_definite_active_participle_with_its_lam_is_attributive_not_a_term_of_abuse(parser):
    got = triples(parser, "وهاجم المشري الموقف الإماراتي المعادي لحكومة الوفاق.")
    assert ("UAE", "opposes", "GNA") in got and ("GNA", "opposes", "UAE") in got


@pytest.mark.parametrize("text", [
    "وأدانت الخارجية الإيطالية الهجوم على مقر السفارة التركية في طرابلس.",
    "وندد المجلس الرئاسي بالاعتداء على البعثة الأممية.",
])
def test_the_one_attacked_is_not_the_target_of_the_condemnation(parser, text):
    assert triples(parser, text) == set()


@pytest.mark.parametrize("text, expected", [
    ("وأعلنت القاهرة دعمها لقوات الشرق الليبي.", {("Egypt", "supports", "LNA")}),
    ("وقال الناطق باسم عملية بركان الغضب إن الطيران الإماراتي قصف مواقع مدنية.", {("GNA", "opposes", "UAE")}),
    ("وأشادت الإمارات بعملية الكرامة.", {("UAE", "supports", "LNA")}),
])
def test_the_sides_named_by_their_region_or_campaign(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وقال السراج إن إيطاليا حليف تاريخي.", {("GNA", "supports", "Italy")}),
    ("وأكد المسماري أن مصر شريك أساسي.", {("LNA", "supports", "Egypt")}),
])
def test_an_ally_or_partner_said_of_the_actor_opening_the_clause(parser, text, expected):
    assert triples(parser, text) == expected


def test_regression_parties_recalled_from_the_sentence_before_keep_their_place(parser):
    # the party named late in the sentence before was dropped as if it stood after the predicate here
    text = "وقعت أنقرة في نوفمبر مذكرة تفاهم بحرية مع حكومة الوفاق. واعتبرت أثينا أن المذكرة باطلة."
    assert triples(parser, text) == {("Greece", "opposes", "Turkey"), ("Greece", "opposes", "GNA")}


def test_who_acts_under_an_agreement_with_an_actor_is_its_other_party(parser):
    # «بموجب الاتفاق مع X»: the clause's subject; «وتوقيع اتفاقية …» after it is a second deal
    text = ("وأعلنت أنقرة أنها ستنقب عن النفط شرقي المتوسط بموجب الاتفاق مع حكومة الوفاق وتوقيع اتفاقية عسكرية. "
            "ورأت قبرص أن هذا الاتفاق غير شرعي.")
    assert triples(parser, text) == {("Cyprus", "opposes", "Turkey"), ("Cyprus", "opposes", "GNA")}


@pytest.mark.parametrize("text", [
    "وأصدرت فرنسا أمس بيانا مشتركا مع إيطاليا وألمانيا يرفض الوجود العسكري الروسي في ليبيا.",
    "وكانت فرنسا، التي تستضيف المؤتمر، قد أصدرت بيانا مشتركا مع إيطاليا وألمانيا يرفض الوجود العسكري الروسي.",
])
def test_the_issuer_of_a_joint_statement_with_others_says_it_too(parser, text):
    assert triples(parser, text) == {("France", "opposes", "Russia"), ("Italy", "opposes", "Russia"),
                                     ("Germany", "opposes", "Russia")}


def test_the_actor_before_an_apposition_is_the_referent_of_the_rival_noun_after_it(parser):
    got = triples(parser, "ويعد السراج، حليف أنقرة في ليبيا، خصما عنيدا لحفتر.")
    assert ("GNA", "opposes", "LNA") in got and ("Turkey", "opposes", "LNA") not in got


@pytest.mark.parametrize("text, expected", [
    # «على عكس X» (unlike) sets X apart; «مثل X», «على غرار X» (like) share the stance
    ("وتؤيد روسيا، على عكس ألمانيا، المشير حفتر.", {("Russia", "supports", "LNA")}),
    ("وتؤيد الدوحة، مثل أنقرة، حكومة الوفاق.", {("Qatar", "supports", "GNA"), ("Turkey", "supports", "GNA")}),
    ("وتؤيد الدوحة، على غرار أنقرة، حكومة الوفاق.", {("Qatar", "supports", "GNA"), ("Turkey", "supports", "GNA")}),
])
def test_an_aside_of_likeness_or_contrast_after_the_subject(parser, text, expected):
    assert triples(parser, text) == expected


def test_a_relative_clause_in_commas_ends_at_its_closing_comma(parser):
    got = triples(parser, "واستقبلت أبوظبي، التي تساند حفتر، وفدا من حكومة الوفاق.")
    assert ("UAE", "supports", "LNA") in got and ("UAE", "supports", "GNA") not in got
    assert ("UAE", "met", "LNA") not in got


def test_an_actor_inside_a_relative_clause_on_the_object_is_not_the_object(parser):
    # as «انتقد السراج الدول الداعمة لحفتر»: the countries are criticised, not Haftar
    assert triples(parser, "وهاجم المشري الدول التي تساند حفتر.") == set()


def test_a_bare_form_after_a_verb_and_its_subject_is_the_verb_s_object_masdar(parser):
    # «دعم» right after «أدان المجلس الرئاسي» is the support condemned, not "the council supported"
    assert triples(parser, "وأدان المجلس الأعلى للدولة دعم بعض الدول لحفتر.") == set()


def test_a_support_spoken_of_is_not_the_speaker_s(parser):
    got = triples(parser, "وهاجمت أنقرة باريس، وتحدثت عن دعم سياسي للمشير حفتر.")
    assert ("Turkey", "supports", "LNA") not in got


@pytest.mark.parametrize("text, rest, joined", [
    ("وفدا", "فدا", False),  # a delegation, split by the tokenizer as و + فدا
    ("وروسيا", "روسيا", True),
    ("وقال", "قال", True),
])
def test_a_whole_word_split_as_waw_and_a_rarer_rest_is_no_conjunction(text, rest, joined):
    from kg.actors import Word
    from kg.nlp import Token
    from kg.triggers import conjunction_on

    tokens = [Token(1, "و", "و", "CCONJ", "_", 2, "cc", 0, 1),
              Token(2, rest, rest, "NOUN", "_", 0, "root", 1, len(text))]
    assert conjunction_on(Word(0, 0, len(text), text, text, tokens)) is joined


@pytest.mark.parametrize("text, expected", [
    ("وتساند حفتر دول عدة أبرزها روسيا والإمارات.", {("Russia", "supports", "LNA"), ("UAE", "supports", "LNA")}),
    ("وتساند حفتر روسيا منذ سنوات.", {("Russia", "supports", "LNA")}),
    # a perfect whose stem begins with «ت» is no feminine imperfect
    ("وتوعد المسماري الأتراك بالرد.", {("LNA", "opposes", "Turkey")}),
])
def test_a_feminine_verb_before_a_man_s_name_has_him_for_object(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وقال مسؤولون إن روسيا تزود قوات حفتر بمعلومات استخبارية.", {("Russia", "supports", "LNA")}),
    ("وقدمت واشنطن معلومات استخباراتية للمجلس الرئاسي.", {("US", "supports", "GNA")}),
    ("وقال البنتاغون إنه لا يملك معلومات استخباراتية عن الغارة.", set()),
])
def test_intelligence_given_is_backing(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, marker", [
    ("لافروف", None),  # a name kg knows, split by the tokenizer as ل + افروف: its own first letter
    ("لموسكو", "ل"),  # a preposition on a name kg knows
])
def test_a_name_whose_first_letter_the_tokenizer_split_off_keeps_it(text, marker):
    from kg.actors import Word
    from kg.grammar import clitic_marker
    from kg.nlp import Token

    tokens = [Token(1, "ل", "ل", "ADP", "_", 2, "case", 0, 1),
              Token(2, text[1:], text[1:], "NOUN", "_", 0, "root", 1, len(text))]
    assert clitic_marker(Word(0, 0, len(text), text, text, tokens)) == marker


def test_an_accusation_verb_with_a_dropped_subject_and_an_object_pronoun(parser):
    # the subject and the other side go on from the sentence before; who is in the charge is not accused
    got = triples(parser, "هاجمت أنقرة باريس بشدة. واتهمتها بدعم حفتر.")
    assert ("Turkey", "opposes", "France") in got and ("Turkey", "opposes", "LNA") not in got


def test_a_concern_over_reports_about_an_actor_s_fighters_opposes_that_actor(parser):
    got = triples(parser, "وأبدى المبعوث الأممي قلقه إزاء تقارير عن وصول مرتزقة روس إلى سرت.")
    assert got == {("UN", "opposes", "Russia")}


@pytest.mark.parametrize("text, expected", [
    ("وجددت الإمارات تأكيد دعمها الكامل لما تتخذه السعودية من إجراءات.", {("UAE", "supports", "SaudiArabia")}),
    ("وأكدت الإمارات تأييدها لكل ما تقوم به مصر لحماية حدودها الغربية.", {("UAE", "supports", "Egypt")}),
    ("وأعلنت الدوحة رفضها لما تقوم به قوات حفتر في الجنوب.", {("Qatar", "opposes", "LNA")}),
])
def test_a_stance_on_what_an_actor_does_named_by_lima(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text", [
    "وألغى وزير الخارجية الفرنسي زيارته إلى القاهرة بسبب التطورات.",
    "وأرجأ الرئيس الروسي لقاءه مع المشير حفتر.",
    "وتسعى إيطاليا لعقد لقاء بين السراج وعقيلة صالح.",
    "وبذلت الجزائر جهودا لترتيب اجتماع بين السراج وحفتر.",
])
def test_a_meeting_called_off_put_back_or_to_be_held_is_no_claim(parser, text):
    assert {t for t in triples(parser, text) if t[1] == "met"} == set()


@pytest.mark.parametrize("text, expected", [
    ("وانضمت إيطاليا إلى ألمانيا في انتقاد روسيا.", {("Italy", "opposes", "Russia"), ("Germany", "opposes", "Russia")}),
    ("وانضمت قبرص إلى اليونان في إدانة التدخل التركي.",
     {("Cyprus", "opposes", "Turkey"), ("Greece", "opposes", "Turkey")}),
])
def test_joining_an_actor_in_a_stance_shares_it(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وأعلن المتحدث باسم الجيش الوطني الليبي أن السفن التركية أهداف مشروعة.", {("LNA", "opposes", "Turkey")}),
    ("وسحب البرلمان المصري اعترافه بالمجلس الرئاسي.", {("Egypt", "opposes", "GNA")}),
    ("وأوقفت حكومة الوفاق التعاون العسكري مع الإمارات.", {("GNA", "opposes", "UAE")}),
    ("وقال وزير الدفاع اليوناني إن تركيا دولة مارقة.", {("Greece", "opposes", "Turkey")}),
])
def test_legitimate_targets_withdrawn_recognition_halted_cooperation_and_rogues(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("ويتصاعد التنافس الروسي الأمريكي في ليبيا.", {("Russia", "opposes", "US"), ("US", "opposes", "Russia")}),
    ("ويتعمق العداء بين الدوحة وأبوظبي.", {("Qatar", "opposes", "UAE"), ("UAE", "opposes", "Qatar")}),
    ("وتخوض روسيا وتركيا حربا بالوكالة في ليبيا.", {("Russia", "opposes", "Turkey"), ("Turkey", "opposes", "Russia")}),
    ("وتحدث الخبراء عن تنافس دولي على النفط.", set()),
])
def test_rivalry_nouns_hold_both_ways(parser, text, expected):
    assert triples(parser, text) == expected


def test_describing_an_actor_in_the_imperfect_as_destructive(parser):
    assert triples(parser, "وتصف القاهرة الدوحة بأنها دولة تخريبية.") == {("Egypt", "opposes", "Qatar")}


@pytest.mark.parametrize("text, expected", [
    ("وقال المشري إن مجلس النواب لا يمثل الشعب الليبي.", {("GNA", "opposes", "HoR")}),
    ("وقالت الخارجية التركية إن حفتر يسعى إلى الاستيلاء على الحكم بالقوة.", {("Turkey", "opposes", "LNA")}),
])
def test_speaking_for_nobody_and_seizing_power_are_charges(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the one protected from, behind «من» as the genitive of another noun, backs nobody
    ("وتعهدت الدوحة بحماية العاصمة من هجمات حفتر.", set()),
    ("وبدأ الهجوم على العاصمة بضوء أخضر من الرياض.", set()),
    ("وشنت قوات حفتر هجومها بضوء أخضر من باريس.", {("France", "supports", "LNA")}),
])
def test_a_green_light_from_an_actor_and_protection_from_another(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a quotation first, its speaker named after it: «"…"، قال X»
    ('"سنواصل دعم الجيش الوطني الليبي"، قال الرئيس المصري.', {("Egypt", "supports", "LNA")}),
    ('"لا نعترف بحكومة الوفاق"، قال عقيلة صالح أمام النواب.', {("LNA", "opposes", "GNA")}),
    # an aside of whose report it is, between the subject and the object
    ("وتساند قطر، بحسب ما نقلته وسائل إعلام تركية، حكومة الوفاق.", {("Qatar", "supports", "GNA")}),
])
def test_a_speaker_named_after_the_quotation_and_an_aside_of_report(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("ووقفت الإمارات مع الجيش الوطني الليبي منذ البداية.", {("UAE", "supports", "LNA")}),
    ("ودعت الجزائر إلى وقف القتال مع بدء الحوار بين الليبيين.", set()),
    ("ويساند حكومة الوفاق، إلى جانب تركيا، كل من قطر وإيطاليا.",
     {("Qatar", "supports", "GNA"), ("Italy", "supports", "GNA")}),
])
def test_standing_with_its_subject_between_and_each_of_past_an_aside(parser, text, expected):
    assert triples(parser, text) == expected


def test_a_lone_guest_keeps_its_relative_clause_to_itself(parser):
    text = "وصل رئيس المجلس الرئاسي إلى أنقرة. والتقى الرئيس التركي الذي جدد دعم تركيا لحكومة الوفاق."
    assert ("GNA", "met", "Turkey") in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    ("ودحضت الدوحة الرواية الإماراتية.", {("Qatar", "opposes", "UAE")}),
    ("واندلعت أزمة دبلوماسية بين أثينا وأنقرة.", {("Greece", "opposes", "Turkey"), ("Turkey", "opposes", "Greece")}),
    ("وقال الوزير إن المتحدث كذب على الصحفيين.", set()),
])
def test_refuting_what_an_actor_said_and_a_diplomatic_crisis(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وامتدح وزير الخارجية الروسي دور مصر.", {("Russia", "supports", "Egypt")}),
    ("وأبدت موسكو إعجابها بالمشير حفتر.", {("Russia", "supports", "LNA")}),
    ("وتعد أنقرة السند الأول لحكومة الوفاق.", {("Turkey", "supports", "GNA")}),
])
def test_praise_admiration_and_a_backer_named_as_such(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("واعتبرت قبرص الوجود التركي انتهاكا لسيادتها.", {("Cyprus", "opposes", "Turkey")}),
    ("وقالت روما إن التدخل الروسي غير مبرر.", {("Italy", "opposes", "Russia")}),
])
def test_a_deed_deemed_a_violation_or_unjustified(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وبحث الطرفان خلال زيارة رسمية قام بها وزير الخارجية المصري إلى روما ملف الهجرة.", {("Egypt", "met", "Italy")}),
    ("وكان ذلك في اتصال هاتفي أجرته المستشارة الألمانية مع الرئيس الروسي.", {("Germany", "called", "Russia")}),
    ("وأشاد الوزير بالمحادثات التي عقدها السراج مع المسؤولين الإيطاليين.", set()),
    ("وخلال مكالمة هاتفية جمعت أردوغان وترامب، بحث الرئيسان الوضع في ليبيا.", {("Turkey", "called", "US")}),
])
def test_a_meeting_or_call_told_by_the_verb_of_its_relative_clause(parser, text, expected):
    assert {t for t in triples(parser, text) if t[1] in ("met", "called")} == expected


def test_his_country_in_what_a_speaker_says_past_an_aside_naming_his_counterpart(parser):
    text = "وقال وزير الخارجية الإيطالي، خلال لقائه نظيره الروسي في موسكو، إن بلاده تدعم حكومة الوفاق."
    assert ("Italy", "supports", "GNA") in triples(parser, text)
    assert ("Russia", "supports", "GNA") not in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    ("وأرسلت الإمارات طائرات مسيرة لمواجهة قوات حكومة الوفاق.", set()),
    ("وقدمت قطر دعما ماليا لحكومة الوفاق لمواجهة هجوم حفتر.", {("Qatar", "supports", "GNA")}),
])
def test_the_one_a_purpose_masdar_confronts_is_not_behind_the_supports_preposition(parser, text, expected):
    assert {t for t in triples(parser, text) if t[1] == "supports"} == expected


def test_the_forces_of_a_titled_commander_are_the_object_of_a_purpose_masdar(parser):
    assert ("Egypt", "supports", "LNA") in triples(parser, "ونقلت مصر معدات عسكرية إلى الشرق لدعم قوات المشير خليفة حفتر.")


@pytest.mark.parametrize("text", [
    "وطالبت قطر الاتحاد الأوروبي بإدانة الجرائم التي ترتكبها قوات حفتر.",
    "ودعا أردوغان المجتمع الدولي إلى التصدي للعدوان الذي تشنه قوات حفتر.",
])
def test_who_a_verb_asks_is_not_the_one_who_condemns_the_deed(parser, text):
    got = triples(parser, text)
    assert ("EU", "opposes", "LNA") not in got
    assert any(t[1] == "opposes" and t[2] == "LNA" and t[0] in ("Qatar", "Turkey") for t in got)


@pytest.mark.parametrize("text, expected", [
    ("ورفضت فرنسا وجود مرتزقة فاغنر في ليبيا.", {("France", "opposes", "Russia", False)}),
    ("ورفضت اليونان إرسال تركيا مرتزقة إلى ليبيا.", {("Greece", "opposes", "Turkey", False)}),
    ("ورفضت مصر دعم حفتر.", {("Egypt", "supports", "LNA", True)}),
])
def test_a_rejected_deed_with_an_agent_of_its_own_is_no_support_refused(parser, text, expected):
    assert claims_with_polarity(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("ووجهت القاهرة رسالة شديدة اللهجة إلى أنقرة.", {("Egypt", "opposes", "Turkey")}),
    ("وأصدرت الخارجية المصرية بيانا شديد اللهجة.", set()),
    ("ووصفت أنقرة الاتهامات اليونانية بأنها لا أساس لها من الصحة.", {("Turkey", "opposes", "Greece")}),
    ("ووصف المتحدث باسم الكرملين التصريحات الفرنسية بأنها مضللة.", {("Russia", "opposes", "France")}),
])
def test_a_strongly_worded_message_and_what_an_actor_said_called_false(parser, text, expected):
    assert triples(parser, text) == expected


def test_a_circumstantial_participle_takes_its_detached_pronoun_for_object(parser):
    text = "وعلق السراج على تصريحات المسماري، واصفا إياها بالكاذبة."
    assert ("GNA", "opposes", "LNA", "circumstantial") in rule_claims(parser, text)


@pytest.mark.parametrize("text, expected", [
    ("وتعد قطر من أبرز الدول الداعمة لحكومة الوفاق.", {("Qatar", "supports", "GNA")}),
    ("وتعتبر مصر من الدول الداعمة للمشير حفتر.", {("Egypt", "supports", "LNA")}),
])
def test_an_actor_among_the_collective_a_participle_qualifies(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وقال الوزير القطري إن الدوحة تدعم الحكومة الشرعية بقيادة فايز السراج.", {("Qatar", "supports", "GNA")}),
    ("وتدعم موسكو القوات التي يقودها المشير حفتر في شرق البلاد.", {("Russia", "supports", "LNA")}),
])
def test_forces_or_a_government_named_by_who_leads_them(parser, text, expected):
    assert triples(parser, text) == expected


def test_a_second_complement_behind_wa_bi_is_received_too(parser):
    text = "ويحظى حفتر بتأييد شعبي في الشرق وبدعم من موسكو وأبوظبي."
    assert {("Russia", "supports", "LNA"), ("UAE", "supports", "LNA")} <= triples(parser, text)


def test_an_indefinite_masdar_with_its_nisba_adjective_is_no_dual_verb(parser):
    text = "وتقدم روسيا لقوات حفتر دعما عسكريا يشمل مقاتلات ومستشارين."
    assert ("Russia", "supports", "LNA") in triples(parser, text)


def test_an_agreement_with_one_party_named_is_not_the_speakers(parser):
    text = "وقال نائب في مجلس النواب اليوناني إن البرلمان يرفض الاتفاق البحري مع تركيا."
    got = triples(parser, text)
    assert ("Greece", "opposes", "Turkey") in got


@pytest.mark.parametrize("text, expected", [
    ("وقال السراج إن حفتر أصبح مجرم حرب.", {("GNA", "opposes", "LNA")}),
    ("وقال المتحدث إن تركيا تحولت إلى دولة احتلال.", set()),  # (no speaker of a party named)
    ("وأكد المسماري أن تركيا تحولت إلى دولة احتلال.", {("LNA", "opposes", "Turkey")}),
])
def test_a_verdict_after_a_verb_of_becoming(parser, text, expected):
    assert triples(parser, text) == expected


def test_a_circumstantial_participle_takes_the_actor_alluded_to(parser):
    text = "ودعت فرنسا إلى وقف القتال، محذرة من التدخلات الخارجية، في إشارة إلى تركيا."
    assert ("France", "opposes", "Turkey") in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    ("وأنقذ الدعم الروسي قوات حفتر من الهزيمة.", {("Russia", "supports", "LNA")}),
    ("وشكلت حكومة الإنقاذ في طرابلس قبل سنوات.", set()),
])
def test_rescuing_an_actor(parser, text, expected):
    assert {t for t in triples(parser, text) if t[1] == "supports"} == expected


@pytest.mark.parametrize("text, expected", [
    ("ولامت روما باريس على موقفها من حفتر.", {("Italy", "opposes", "France")}),
    ("وجمدت واشنطن أصول شركة فاغنر.", {("US", "opposes", "Russia")}),
    ("وقال وزير الخارجية التركي إن فرنسا تؤجج الحرب في ليبيا.", {("Turkey", "opposes", "France")}),
    ("وقال الوزير إن الإمارات تتآمر على الليبيين.", set()),  # (no speaker of a party named)
    ("وقال باشاغا إن الإمارات تتآمر على الليبيين.", {("GNA", "opposes", "UAE")}),
    ("واعتبر عقيلة صالح أن حكومة الوفاق فقدت شرعيتها.", {("LNA", "opposes", "GNA")}),
    ("وأكد السراج أن حفتر لن يكون جزءا من أي تسوية.", {("GNA", "opposes", "LNA")}),
])
def test_blame_frozen_assets_inflaming_lost_legitimacy_and_no_part_in_a_settlement(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("شنت قوات حفتر هجوما على مطار معيتيقة. وأدانت قطر الهجوم بشدة.", {("Qatar", "opposes", "LNA")}),
    ("أعلن حفتر بدء عملية عسكرية. وأعربت ألمانيا عن قلقها من هذا الهجوم.", set()),  # (no attack named before)
    ("أعلن حفتر بدء الهجوم على العاصمة. وأعربت ألمانيا عن قلقها البالغ من هذا الهجوم.", {("Germany", "opposes", "LNA")}),
    ("شنت قوات الوفاق هجوما على ترهونة. وأيدت تركيا الهجوم.", set()),  # (a deed backed is no deed opposed)
    # (a deed named with its own doer is that doer's)
    ("شنت قوات حفتر هجوما على طرابلس. وأدانت مصر الهجوم الذي شنته قوات الوفاق على سرت.", {("Egypt", "opposes", "GNA")}),
])
def test_a_deed_condemned_in_a_later_sentence_is_its_doers(parser, text, expected):
    assert {t for t in triples(parser, text) if t[1] == "opposes"} == expected


@pytest.mark.parametrize("text, expected", [
    ("أعلنت موسكو إرسال مستشارين إلى بنغازي. وانتقدت واشنطن هذه الخطوة.", {("US", "opposes", "Russia")}),
    ("أعلن حفتر وقف العمليات العسكرية. ورحبت باريس بهذا القرار.", {("France", "supports", "LNA")}),
    # (no demonstrative: the act of the one named with it)
    ("أعلن حفتر وقف العمليات العسكرية. ورحبت باريس بالقرار الأممي.", {("France", "supports", "UN")}),
])
def test_a_stance_on_the_act_a_demonstrative_points_back_to(parser, text, expected):
    assert {t for t in triples(parser, text) if t[1] in ("opposes", "supports")} == expected


@pytest.mark.parametrize("text, expected", [
    ("أعلنت أنقرة إرسال قوات إلى ليبيا. وسارعت القاهرة إلى رفض الخطوة.", {("Egypt", "opposes", "Turkey")}),
    ("أعلنت أنقرة إرسال قوات إلى ليبيا. كما أدانت قبرص الخطوة.", {("Cyprus", "opposes", "Turkey")}),
    ("قرر مجلس النواب في طبرق تعيين رئيس جديد للحكومة. وسارع المجلس الرئاسي إلى التنديد بالقرار.",
     {("GNA", "opposes", "HoR")}),
    # (a welcome of «the decision» named bare is no stance on whoever spoke before; nor are «the charges»)
    ("صوت مجلس الأمن على تمديد حظر السلاح. وقالت موسكو إن النص ناقص. ورحبت حكومة الوفاق بالقرار.", set()),
    ("اتهمت تقارير صحفية الإمارات بإرسال أسلحة. وقال السفير الروسي إن بلاده ملتزمة بالحظر. ورفضت أبوظبي الاتهامات.",
     set()),
    # (a relative clause names whose decision it is)
    ("أعلنت أنقرة إرسال قوات إلى ليبيا. ورفضت روسيا القرار الذي أعدته بريطانيا.", {("Russia", "opposes", "UK")}),
])
def test_a_step_or_decision_opposed_bare_is_the_act_the_sentence_before_told(parser, text, expected):
    assert {t for t in triples(parser, text) if t[1] in ("opposes", "supports") and t[2] != "Libya"} == expected


@pytest.mark.parametrize("text, expected", [
    ("وقال قائد أفريكوم إن موسكو تحاول قلب الموازين لصالحها في ليبيا.", {("US", "opposes", "Russia", False)}),
    ("وقال المسماري إن تركيا تسعى إلى ترجيح الكفة لصالح الميليشيات.", {("LNA", "opposes", "Turkey", False)}),
    ("وحاولت قوات حفتر قلب الموازين على الأرض.", set()),  # (unreported: fighting, no stance)
    # (a refusal to sit or deal with an actor again)
    ("وقال السراج إن حكومته لن تجلس مجددا مع حفتر على طاولة واحدة.", {("GNA", "opposes", "LNA", False)}),
])
def test_a_charge_of_tipping_the_balance_and_a_refusal_to_sit_again_with(parser, text, expected):
    assert claims_with_polarity(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("أما المسماري فاتهم البعثة الأممية بالانحياز إلى حكومة الوفاق.",
     {("LNA", "opposes", "UN"), ("UN", "supports", "GNA")}),
    # (a verb with its pronoun is still read as one: the topic is its object)
    ("أما حفتر فاتهمه أردوغان بعرقلة الحل.", {("Turkey", "opposes", "LNA")}),
])
def test_regression_the_ha_of_ittahama_read_as_a_pronoun_made_the_topic_its_object(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text", [
    "واتهم أردوغان، قبيل وصوله إلى برلين، حفتر بعرقلة الحل.",
    "وانتقد أردوغان، بعد لقائه ميركل، حفتر بشدة.",
])
def test_an_aside_of_just_before_or_after_between_subject_and_object(parser, text):
    assert ("Turkey", "opposes", "LNA") in triples(parser, text)


@pytest.mark.parametrize("text", [
    "وقالت حكومة الوفاق إن الإمارات تدعم المجرم حفتر.",
    "وقالت حكومة الوفاق إن الإمارات وفرنسا تدعمان المجرم حفتر.",
    "وقالت حكومة الوفاق إن الإمارات تدعم \"المجرم\" حفتر.",
])
def test_the_object_of_a_support_verb_past_a_definite_epithet_before_the_name(parser, text):
    assert {("UAE", "supports", "LNA"), ("GNA", "opposes", "LNA")} <= triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    ("وتعتمد حكومة الوفاق على المظلة التركية، مع دعم مالي وإعلامي قطري.", {("Qatar", "supports", "GNA")}),
    ("وتحظى قوات حفتر بدعم عسكري وسياسي روسي.", {("Russia", "supports", "LNA")}),
])
def test_a_nationality_adjective_after_two_adjectives_joined_by_waw_names_the_giver(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("واشترطت أنقرة انسحاب قوات حفتر من سرت قبل أي هدنة، وهو شرط رفضته موسكو والقاهرة.",
     {("Russia", "opposes", "Turkey"), ("Egypt", "opposes", "Turkey")}),
    # (the tagger calls the verb a noun here)
    ("وقرر البرلمان التركي إرسال قوات إلى ليبيا، وهي خطوة أدانتها مصر بشدة.", {("Egypt", "opposes", "Turkey")}),
    # (one backed shares the stance: echoed)
    ("وطالبت قبرص بفرض عقوبات على تركيا، وهو مطلب دعمته اليونان.",
     {("Cyprus", "opposes", "Turkey"), ("Greece", "opposes", "Turkey")}),
])
def test_a_noun_after_wahuwa_names_what_the_clause_before_told(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("ودعا مجلس النواب الليبي القوات المسلحة المصرية إلى التدخل لحماية الأمن القومي.", {("HoR", "supports", "Egypt")}),
    ("وصوت مجلس النواب على تفويض القوات المسلحة المصرية بالتدخل.", {("HoR", "supports", "Egypt")}),
    ("ووافق مجلس النواب على قرار يجيز للقوات المسلحة المصرية التدخل في ليبيا.", {("HoR", "supports", "Egypt")}),
    ("وطلبت حكومة الوفاق من تركيا التدخل عسكريا.", {("GNA", "supports", "Turkey")}),
    # (warned off, asked not to or to stop: no call for it)
    ("ودعت مصر تركيا إلى عدم التدخل في ليبيا.", set()),
    ("وحذرت مصر تركيا من التدخل في ليبيا.", {("Egypt", "opposes", "Turkey")}),
])
def test_an_intervention_asked_for_or_allowed_is_backing_of_the_one_asked(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # (a relative clause's verb has its antecedent for subject, not the main clause's)
    ("وانتقد السراج الإمارات، التي تواصل إمداد الجيش الوطني الليبي بالسلاح.",
     {("GNA", "opposes", "UAE"), ("UAE", "supports", "LNA")}),
    # (its suppliers; one who feeds an actor with arms; a verb opening the sentence is no fronted phrase)
    ("وزار الوزير الإمارات، أكبر مزودي حفتر بالسلاح.", {("UAE", "supports", "LNA")}),
    # (and the speaker charges the backer of his enemy: kg.accusations)
    ("وقال باشاغا إن الجسر الجوي الإماراتي يغذي قوات حفتر بالعتاد.",
     {("UAE", "supports", "LNA"), ("GNA", "opposes", "UAE")}),
])
def test_arms_supplied_in_a_relative_clause_by_an_agent_noun_or_feeding(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # (and the speaker charges the backers of its enemy: kg.accusations)
    ("وقالت حكومة الوفاق إن الإمدادات التي تصل إلى حفتر برا وجوا من الإمارات ومصر لم تتوقف.",
     {("UAE", "supports", "LNA"), ("Egypt", "supports", "LNA"), ("GNA", "opposes", "UAE"),
      ("GNA", "opposes", "Egypt")}),
    # (not the speaker's: «الإمدادات» is no supplying of its own here)
    ("وقالت حكومة الوفاق إن الإمدادات تصل إلى حفتر من الإمارات.",
     {("UAE", "supports", "LNA"), ("GNA", "opposes", "UAE")}),
    ("وتغض البعثة الطرف عن الإمدادات التي تتدفق على قوات حفتر عبر الحدود المصرية.", {("Egypt", "supports", "LNA")}),
])
def test_supplies_arriving_from_an_actor_or_through_its_territory(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وقال باشاغا إن الطائرات الإماراتية تقصف المدنيين نيابة عن حفتر.",
     {("GNA", "opposes", "UAE"), ("UAE", "supports", "LNA")}),
    ("وحضر السفير الاجتماع نيابة عن حكومة الوفاق.", set()),  # (no actor acts for it)
])
def test_acting_on_behalf_of_an_actor_backs_it(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("ووقع ممثلو حكومة الوفاق والجيش الوطني الليبي في اللجنة العسكرية المشتركة، الجمعة، اتفاقا دائما لوقف إطلاق"
     " النار في ختام خمسة أيام من المحادثات في جنيف.", {("GNA", "met", "LNA")}),
    # (talks recalled behind a preposition, with no span, are no new meeting of the subject)
    ("ورحبت القاهرة وأبوظبي بالموقف الأمريكي، فيما عبر مسؤولون عن صدمتهم من الاتصال.", set()),
])
def test_so_many_days_of_talks_were_held_by_the_clauses_joint_subject(parser, text, expected):
    assert {t for t in triples(parser, text) if t[1] in ("met", "called")} == expected


@pytest.mark.parametrize("text", [
    "أعلن السيسي مبادرة أطلق عليها إعلان القاهرة. وسارعت الإمارات إلى الترحيب بالإعلان، بينما رفضته حكومة الوفاق.",
    "أعلن السيسي مبادرة أطلق عليها إعلان القاهرة. ورفضته حكومة الوفاق جملة وتفصيلا.",
])
def test_a_masculine_pronoun_resumes_the_declaration_named_with_its_author(parser, text):
    assert ("GNA", "opposes", "Egypt", "act-recalled") in rule_claims(parser, text)


@pytest.mark.parametrize("text, expected", [
    ("وردّ المتحدث باسم الجيش الليبي على الخطة ليصف مقترح السراج بأنه \"دعاية إعلامية\".", {("LNA", "opposes", "GNA")}),
    ("وخرج وزير الخارجية التركي بعد يومين ليصف الموقف المصري بأنه «بناء».", {("Turkey", "supports", "Egypt")}),
    # (a masdar after «لـ» is no purpose verb: its subject is found as before)
    ("وسافر الوزير إلى أنقرة لدعم حكومة الوفاق.", set()),
])
def test_a_purpose_verb_shares_the_subject_of_the_verb_before_it(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("ووصف المتحدث باسم الجيش الوطني مبادرة حكومة الوفاق الأخيرة لإقامة منطقة آمنة حول المدينة الساحلية بأنها «مجرد"
     " دعاية».", {("LNA", "opposes", "GNA")}),
    # (no «بأنه» to end the object: the complement too far from the verb is none of its)
    ("ووصف المتحدث باسم الجيش الوطني مبادرة حكومة الوفاق الأخيرة لإقامة منطقة آمنة حول المدينة الساحلية وما تبعها"
     " من دعاية.", set()),
])
def test_what_follows_described_as_is_what_a_long_object_is_called(parser, text, expected):
    assert {t for t in triples(parser, text) if t[1] == "opposes"} == expected


@pytest.mark.parametrize("text, expected", [
    ("ووصفت وزارة الخارجية الأمريكية المساعي المصرية بأنها «بناءة».", {("US", "supports", "Egypt")}),
    ("ووصف السراج غسان سلامة بأنه \"وسيط نزيه\".", {("GNA", "supports", "UN")}),
    ("واعتبرت موسكو الدور التركي إيجابيا.", {("Russia", "supports", "Turkey")}),
    # (what the object is said not to be is no praise, nor any abuse)
    ("ووصفت وزارة الخارجية الأمريكية المساعي المصرية بأنها «غير بناءة».", set()),
    ("ووصفت أنقرة الموقف الروسي بأنه «ليس بناء».", set()),
    ("ووصفت روسيا الجيش الوطني بأنه ليس ميليشيا بل جيش نظامي.", set()),
])
def test_an_actor_called_constructive_or_fair_is_praised(parser, text, expected):
    assert {t for t in triples(parser, text) if t[1] in ("supports", "opposes")} == expected


@pytest.mark.parametrize("text, wrong", [
    ("انتقدت حكومة الوفاق القرار، وأدانت أنقرة ما وصفته بالعمل الإرهابي.", ("Turkey", "opposes", "GNA")),
    ("رفضت حكومة الوفاق المبادرة المصرية، بينما رحبت واشنطن بما وصفته بالخطوة البناءة.", ("GNA", "supports", "US")),
])
def test_the_object_pronoun_of_a_verb_after_ma_resumes_ma_not_an_actor(parser, text, wrong):
    assert wrong not in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    ("وأصدرت السفارة الأمريكية في طرابلس بيانا بشأن الحقول النفطية. وطالبت السفارة بخروج مرتزقة فاغنر من محيط"
     " المنشآت النفطية.", {("US", "opposes", "Russia")}),
    ("رحبت بعثة الأمم المتحدة للدعم في ليبيا بالاتفاق. وأدانت البعثة الهجوم التركي على المدينة.",
     {("UN", "opposes", "Turkey")}),
    # (another state's embassy is not the one named before)
    ("وأصدرت السفارة الأمريكية في طرابلس بيانا بشأن الحقول النفطية. وطالبت السفارة الروسية بخروج القوات التركية.",
     {("Russia", "opposes", "Turkey")}),
])
def test_an_embassy_or_mission_named_again_alone_is_the_one_named_before(parser, text, expected):
    assert {t for t in triples(parser, text) if t[1] == "opposes"} == expected


@pytest.mark.parametrize("text", [
    "وعلقت حكومة الوفاق التعاون مع فرنسا احتجاجا على ما وصفته بانحيازها إلى حفتر.",
    "وعلقت حكومة الوفاق التعاون مع فرنسا احتجاجا على ما وصفته بـ«انحيازها» إلى حفتر.",
])
def test_a_deed_in_the_words_of_the_one_who_calls_it_so_is_anothers(parser, text):
    got = triples(parser, text)
    assert ("France", "supports", "LNA") in got and ("GNA", "supports", "LNA") not in got


@pytest.mark.parametrize("text, expected", [
    ("أعلن السراج وعقيلة صالح وقف إطلاق النار. وقال الوزير الإيطالي إن روما «تحيي شجاعة» الرجلين.",
     {("Italy", "supports", "GNA"), ("Italy", "supports", "LNA")}),
    ("وحيا الرئيس التركي صمود قوات حكومة الوفاق في طرابلس.", {("Turkey", "supports", "GNA")}),
    ("وقال الوزير الروسي إن حفتر ما زال حيا.", set()),  # (alive)
])
def test_saluting_an_actors_courage_backs_it(parser, text, expected):
    assert {t for t in triples(parser, text) if t[1] == "supports"} == expected


def test_a_pronoun_resuming_an_initiative_leaves_no_other_object_to_the_verb(parser):
    text = "أعلن الرئيس المصري مبادرة سياسية جديدة. ورحبت بها الإمارات، في حين رفضتها حكومة الوفاق."
    got = triples(parser, text)
    assert {("UAE", "supports", "Egypt"), ("GNA", "opposes", "Egypt")} <= got
    assert not {("Egypt", "supports", "UAE"), ("GNA", "opposes", "UAE")} & got


@pytest.mark.parametrize("text, expected", [
    # (a preposition with its pronoun comes before the subject: the actor after it is the subject, not the object)
    ("أعلن السيسي مبادرة سياسية. ورحبت بها الإمارات.", {("UAE", "supports", "Egypt")}),
    ("أعلن السيسي مبادرة سياسية. ونددت بها تركيا.", {("Turkey", "opposes", "Egypt")}),
])
def test_the_actor_after_a_pronoun_phrase_is_the_verbs_subject(parser, text, expected):
    assert {t for t in triples(parser, text) if t[1] in ("supports", "opposes")} == expected


def test_a_bare_noun_before_the_verb_is_what_its_pronoun_resumes_not_a_declaration(parser):
    text = ("أعلن السيسي ما سماه إعلان القاهرة. وتقول مصادر إن أنقرة اشترطت انسحاب قوات حفتر من سرت قبل أي هدنة، وهو"
            " شرط رفضته موسكو والقاهرة على السواء.")
    got = triples(parser, text)
    assert {("Russia", "opposes", "Turkey"), ("Egypt", "opposes", "Turkey")} <= got
    assert ("Russia", "opposes", "Egypt") not in got


def test_an_actor_noun_before_the_verb_is_its_subject_and_the_pronoun_the_operations(parser):
    text = 'أطلق الاتحاد الأوروبي عملية بحرية لمراقبة حظر السلاح. غير أن مسؤولين أتراك وصفوها بأنها "منحازة".'
    assert ("Turkey", "opposes", "EU") in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    ("أعلن السيسي مبادرة أطلق عليها إعلان القاهرة. ورحبت الإمارات بالإعلان.", {("UAE", "supports", "Egypt")}),
    # (a declaration named with no author remembered is nobody's)
    ("ورحبت الإمارات بالإعلان.", set()),
])
def test_a_declaration_named_again_bare_is_its_authors(parser, text, expected):
    assert {t for t in triples(parser, text) if t[1] == "supports"} == expected


@pytest.mark.parametrize("text", [
    "أما الرئيس التركي فقال إن بلاده لن تتردد في معاقبة الانقلابي حفتر.",
    "وأما وزير الخارجية التركي فأكد أن أنقرة لن تترك الليبيين وحدهم في مواجهة الانقلابي حفتر.",
])
def test_the_topic_amma_fronts_speaks_through_the_verb_fa_joins(parser, text):
    # (the epithet is in the words of the one who speaks, the topic before «فقال/فأكد»)
    assert ("Turkey", "opposes", "LNA") in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    ("وأعلنت الإمارات تأييدها الكامل لحق مصر في حماية حدودها الغربية.", ("UAE", "supports", "Egypt")),
    ("وأكدت قطر دعمها لحق تركيا في الدفاع عن أمنها القومي.", ("Qatar", "supports", "Turkey")),
])
def test_support_for_an_actors_right_backs_the_actor(parser, text, expected):
    assert expected in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    ("وأعرب الرئيس التونسي عن إشادته بالموقف الأخوي لقطر.", ("Tunisia", "supports", "Qatar")),
    ("وأبدت تركيا انتقادها للدور السلبي لفرنسا في ليبيا.", ("Turkey", "opposes", "France")),
    ("وأعرب الوزير الروسي عن تقديره للدور الكبير لمصر في الأزمة.", ("Russia", "supports", "Egypt")),
])
def test_a_masdar_credits_the_role_to_its_owner_behind_lam(parser, text, expected):
    # («بالموقف الأخوي لقطر»: the role, its adjectives, then its owner behind «لـ»)
    assert expected in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    ("وقال أردوغان إن الإمارات ومصر تدعمان «المجرم حفتر».",
     {("Turkey", "opposes", "UAE"), ("Turkey", "opposes", "Egypt")}),
    # (backing denied is no charge; backing of one named with no epithet is the rules' to read, not this one's)
    ("وقال أردوغان إن فرنسا لا تدعم الانقلابي حفتر.", set()),
    ("وقال أردوغان إن فرنسا تدعم حفتر.", set()),
])
def test_who_says_one_backs_an_actor_he_brands_charges_the_backer(parser, text, expected):
    assert {c[:3] for c in rule_claims(parser, text) if c[3] == "branded-backer"} == expected


@pytest.mark.parametrize("text, expected", [
    ("ورد المتحدث باسم الخارجية التركية بأن فرنسا «تتحمل مسؤولية كبيرة» في الأزمة الليبية.",
     ("Turkey", "opposes", "France")),
    ("وردت الخارجية التركية بأن فرنسا تدعم «الانقلابي حفتر» منذ سنوات.", ("Turkey", "opposes", "LNA")),
])
def test_who_replies_by_saying_is_the_speaker(parser, text, expected):
    assert expected in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    ("وطالبت حكومة الوفاق مجلس الأمن بمعاقبة الدول الداعمة لحفتر، وفي مقدمتها الإمارات.", {("GNA", "opposes", "UAE")}),
    ("وطالبت حكومة الوفاق مجلس الأمن بمعاقبة الدول التي ترسل السلاح إلى قوات حفتر، وعلى رأسها الإمارات.",
     {("GNA", "opposes", "UAE")}),
    # (a group no list names is nobody kg knows)
    ("وطالبت حكومة الوفاق مجلس الأمن بمحاسبة الدول الداعمة لحفتر.", set()),
])
def test_a_demanded_act_on_a_group_falls_on_the_members_its_list_names(parser, text, expected):
    assert {t for t in triples(parser, text) if t[1] == "opposes"} == expected


@pytest.mark.parametrize("text, expected", [
    # (a support phrase that opens on a masdar or a preposition names a deed, whoever did it: not the actor the
    # text is about)
    ("انتقد ماكرون الوضع في ليبيا. وتحدثت تقارير عن نقل مقاتلين أجانب من سوريا إلى حكومة الوفاق.", set()),
    ("أعربت الأمم المتحدة عن قلقها. وتحدثت تقارير عن رحلات شحن من شرق أوروبا لصالح قوات حفتر.", set()),
    ("انتقد ماكرون الوضع في ليبيا. وتحدث عن غطاء جوي لقوات حفتر.", set()),
    # (one that opens on its verb goes on with that actor)
    ("أكد أردوغان موقف بلاده. ووقف إلى جانب حكومة الوفاق.", {("Turkey", "supports", "GNA")}),
    ("أكد أردوغان موقف بلاده. وأرسل قوات لدعم حكومة الوفاق.", {("Turkey", "supports", "GNA")}),
])
def test_a_support_phrase_with_no_verb_takes_no_dropped_subject(parser, text, expected):
    assert {t for t in triples(parser, text) if t[1] == "supports"} == expected


def test_an_initiative_an_act_is_said_to_be_has_that_acts_author(parser):
    text = ("أطلق الرئيس المصري ما صار يعرف بإعلان القاهرة، عقب لقائه بحفتر، وهي مبادرة تدعو إلى هدنة شاملة."
            " غير أن حكومة الوفاق رفضتها. أما أنقرة فاعتبرت أن المبادرة «ولدت ميتة».")
    assert {("GNA", "opposes", "Egypt"), ("Turkey", "opposes", "Egypt")} <= triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    ("دعا القائم بأعمال المندوب الأمريكي لدى الأمم المتحدة كلا من روسيا وتركيا إلى سحب قواتهما.",
     {("US", "opposes", "Russia"), ("US", "opposes", "Turkey")}),
    ("انتقد القائم بأعمال السفير الأمريكي التدخل الروسي في ليبيا.", {("US", "opposes", "Russia")}),
])
def test_who_acts_in_an_office_acts_for_its_party(parser, text, expected):
    assert {t for t in triples(parser, text) if t[1] == "opposes"} == expected


def test_the_forces_of_those_asked_to_withdraw_them_are_each_ones_own(parser):
    text = "ودعا المندوب الأمريكي روسيا وتركيا والإمارات إلى سحب قواتها من ليبيا."
    expected = {("US", "opposes", "Russia"), ("US", "opposes", "Turkey"), ("US", "opposes", "UAE")}
    assert {t for t in triples(parser, text) if t[1] == "opposes"} == expected


@pytest.mark.parametrize("text, expected", [
    ("وتواصل تركيا دعم حليفتها حكومة الوفاق.", ("Turkey", "supports", "GNA")),
    ("وتواصل روسيا دعم حليفها حفتر.", ("Russia", "supports", "LNA")),
])
def test_a_possessed_ally_with_its_name_after_it_is_the_masdars_genitive(parser, text, expected):
    assert expected in triples(parser, text)


def test_a_signer_named_inside_an_agreement_called_void_does_not_call_it_so_of_the_other(parser):
    text = "وجدد الوزير اليوناني رفض أثينا لمذكرة التفاهم التي وقعتها تركيا مع حكومة الوفاق، واصفا إياها بأنها «باطلة»."
    got = triples(parser, text)
    assert {("Greece", "opposes", "Turkey"), ("Greece", "opposes", "GNA")} <= got
    assert ("Turkey", "opposes", "GNA") not in got


def test_a_speech_verb_joined_after_a_comma_goes_on_with_the_subject_not_the_object(parser):
    text = "اتهم الرئيس الفرنسي تركيا بلعب دور خطير، وقال خلال مؤتمر صحفي مشترك مع نظيره التونسي إن أنقرة تنتهك الحظر."
    got = triples(parser, text)
    assert ("France", "met", "Tunisia") in got
    assert ("Tunisia", "met", "Turkey") not in got


@pytest.mark.parametrize("text, expected, absent", [
    ("واتهمت الخارجية التركية فرنسا بأنها «تدعم الانقلابي حفتر منذ سنوات».", ("France", "supports", "LNA"), None),
    ("واتهم السراج فرنسا بـ«دعم المجرم حفتر».", ("France", "supports", "LNA"), None),
    # (the epithet is the accuser's word, not the accused's, when the accuser is no actor kg knows)
    ("واتهم الوزير فرنسا بدعم المجرم حفتر.", ("France", "supports", "LNA"), ("France", "opposes", "LNA")),
    # (a rank before a name of two words is the subject's title)
    ("وأشاد اللواء أحمد المسماري بموقف مصر.", ("LNA", "supports", "Egypt"), None),
])
def test_an_epithet_before_the_name_of_the_one_backed_leaves_the_backing_read(parser, text, expected, absent):
    got = triples(parser, text)
    assert expected in got
    assert absent is None or absent not in got


def test_the_object_after_an_aside_right_after_the_verb_of_a_subject_before_it(parser):
    text = "وكان الرئيس التركي قد انتقد، قبيل وصوله إلى برلين، حفتر بشدة."
    assert ("Turkey", "opposes", "LNA") in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    ("ودعت فرنسا إلى وقف العمليات العسكرية التي تشنها قوات حفتر على طرابلس.", {("France", "opposes", "LNA")}),
    ("ودعت فرنسا إلى وقف التصعيد الذي تقوم به قوات حفتر.", {("France", "opposes", "LNA")}),
    # (what is to stop, with no doer named, asks nobody)
    ("ودعت فرنسا إلى وقف القتال.", set()),
])
def test_a_call_to_stop_what_a_relative_clause_says_an_actor_does_is_against_that_actor(parser, text, expected):
    assert {t for t in triples(parser, text) if t[1] == "opposes"} == expected


@pytest.mark.parametrize("text, expected, absent", [
    ("وأبلغ كونتي السيسي قلق روما من استمرار إمدادات السلاح المصرية إلى قوات حفتر.", ("Egypt", "supports", "LNA"),
     ("Italy", "supports", "LNA")),
    ("وتحدث التقرير عن إمدادات السلاح الإماراتية لقوات حفتر.", ("UAE", "supports", "LNA"), None),
])
def test_the_nationality_after_the_goods_a_supply_names_is_the_suppliers(parser, text, expected, absent):
    got = triples(parser, text)
    assert expected in got
    assert absent is None or absent not in got


def test_talks_a_dual_named_again_held_are_between_the_two_it_names(parser):
    text = "وقع وزير الخارجية المصري ونظيره اليوناني اتفاقا، وذلك بعد جولة مباحثات عقدها الوزيران في القاهرة."
    assert ("Egypt", "met", "Greece") in triples(parser, text)


def test_denial_reaches_past_the_day_set_off_by_commas(parser):
    # «نفى …، الاثنين، وجود …»: the day news sets off by commas after the denier is no clause of its own
    got = claims_with_polarity(parser, "نفى المتحدث باسم الكرملين، الاثنين، وجود أي مستشارين روس في ليبيا يقاتلون "
                                       "إلى جانب قوات حفتر.")
    assert ("Russia", "supports", "LNA", True) in got
    assert ("Russia", "supports", "LNA", False) not in got


@pytest.mark.parametrize("spread", ["تتناقله", "تردده", "نشرته"])
def test_denied_report_of_what_media_spread_in_any_tense(parser, spread):
    # «نفى … ما تتناقله/تردده/نشرته وسائل إعلام عن …»: what the media repeat or published is as denied as what
    # they circulated
    got = claims_with_polarity(parser, f"ونفت أنقرة ما {spread} صحف أجنبية منذ أيام عن مشاركة طائرات تركية في "
                                       "قصف مواقع في جنوب ليبيا دعما لحكومة الوفاق.")
    assert ("Turkey", "supports", "GNA", True) in got
    assert ("Turkey", "supports", "GNA", False) not in got


@pytest.mark.parametrize("stop", ["إلى الكف عن دعم حفتر", "إلى وقف دعمها لقوات حفتر"])
def test_the_one_an_urging_participle_asks_to_stop_gives_the_support(parser, stop):
    # «…، داعيا أبوظبي إلى الكف عن دعم …»: the participle's subject is the main clause's, before the comma, so the
    # actor right after it is the one asked to stop, who backs the one named now
    got = triples(parser, f"وقال رئيس المجلس الأعلى للدولة إن الهدنة هشة، داعيا أبوظبي {stop}.")
    assert ("UAE", "supports", "LNA") in got


def test_joined_verb_of_supplying_goes_on_with_the_subject_before_the_comma(parser):
    # «إن روسيا تخرق الحظر، وتمد قوات حفتر بالمدرعات»: the actor before the goods behind «بـ» is the one supplied
    got = triples(parser, "وأكد المسؤول الليبي أن روسيا تخرق الحظر الأممي، وتمد قوات حفتر بالمدرعات والطائرات "
                          "المسيرة.")
    assert ("Russia", "supports", "LNA") in got
    assert ("LNA", "supports", "Russia") not in got


def test_summoning_the_ambassadors_in_the_plural_protests_against_their_states(parser):
    # «استدعت X سفراء Y وZ»: the plural of «سفير», as the singular and the dual, names whom the protest is against
    got = triples(parser, "واستدعت الخارجية المصرية سفراء تركيا وقطر احتجاجا على تصريحات مسيئة.")
    assert {("Egypt", "opposes", "Turkey"), ("Egypt", "opposes", "Qatar")} <= got
    assert ("Turkey", "opposes", "Egypt") not in got


@pytest.mark.parametrize("met", ["اجتمع بقادة عسكريين من قوات حفتر", "التقى مسؤولين من قوات حفتر"])
def test_those_met_from_an_actor_are_the_meeting_verbs_object(parser, met):
    # «حيث اجتمع بقادة من X»: the noun after the meeting verb is whom it meets, not its subject; they are X's
    got = triples(parser, f"ووصل وزير الخارجية الإيطالي إلى بنغازي، حيث {met}.")
    assert ("Italy", "met", "LNA") in got


def test_sending_fighters_into_an_actors_ranks_backs_it(parser):
    # «إلى صفوف X»: fighters brought into an actor's ranks fight for it, whoever is charged with bringing them
    got = triples(parser, "وتتهم واشنطن موسكو بتسهيل انتقال مقاتلين من سوريا إلى صفوف قوات حفتر.")
    assert ("Russia", "supports", "LNA") in got
    assert ("US", "opposes", "Russia") in got


def test_an_agreement_whose_place_is_the_waste_paper_basket_is_void(parser):
    # «مكانه سلة المهملات»: the idiom for a void text is a verdict on the agreement, against those who signed it
    got = triples(parser, "وقال الوزير القبرصي إن الاتفاق الذي وقعته أنقرة مع حكومة الوفاق مكانه سلة المهملات.")
    assert ("Cyprus", "opposes", "Turkey") in got


def test_verdict_after_while_is_on_the_agreement_named_in_its_own_clause(parser):
    # «…، فيما أكد Z أنه النقيض التام للمذكرة "غير القانونية" بين X وY»: the clause «فيما» opens names its own
    # agreement; the one named before it (Egypt and Greece's, here) is not what the verdict is said of
    text = ("ووقعت القاهرة وأثينا اتفاقا لترسيم الحدود البحرية. وقال الوزير المصري إن الاتفاق \"يخدم مصالح البلدين\"، "
            "فيما أكد الوزير اليوناني أنه النقيض التام للمذكرة \"غير القانونية\" بين تركيا وحكومة الوفاق.")
    got = triples(parser, text)
    assert {("Greece", "opposes", "Turkey"), ("Greece", "opposes", "GNA")} <= got
    assert ("Greece", "opposes", "Egypt") not in got


def test_nationality_of_a_masdars_definite_genitive_is_no_reaction_to_the_topic(parser):
    # «لدعم المرتزقة الروس»: after an indefinite masdar, a definite noun is its genitive, and the nationality
    # adjective after that noun is the genitive's own, not an actor reacting to what the text is about
    text = "وقالت القيادة الأمريكية في أفريقيا، الأربعاء، إن موسكو أرسلت طائرات حربية إلى ليبيا «لدعم المرتزقة الروس»."
    assert not any(s == "Russia" and t == "US" for s, _, t in triples(parser, text))
    # («في ظل دعم سياسي سعودي وفرنسي»: indefinite adjectives between, the masdar's own, still are one)
    got = triples(parser, "وتواصل قوات حفتر هجومها على طرابلس، في ظل دعم سياسي سعودي وفرنسي.")
    assert ("SaudiArabia", "supports", "LNA") in got


def test_actor_joined_by_and_right_after_a_verb_opens_a_clause_of_its_own(parser):
    # «إن الدوحة تمول وأنقرة تسلح …»: no object of a verb is joined to it by «و»; the actor opens the next clause
    got = triples(parser, "وقال المتحدث باسم قوات حفتر إن الدوحة تمول وأنقرة تسلح الميليشيات.")
    assert ("Qatar", "supports", "Turkey") not in got


def test_pair_named_before_is_not_the_subject_of_a_verb_with_its_own(parser):
    # «… والتقيا …. وندد المسماري بالزيارة، قائلا إن الدوحة تمول …»: the verb's own subject stands right before it;
    # the two who met in the sentence before are not the ones who fund
    text = ("وصل وزيرا الدفاع التركي والقطري إلى طرابلس، والتقيا رئيس المجلس الرئاسي. وندد المسماري بالزيارة، قائلا إن "
            "الدوحة تمول والأتراك ينفذون.")
    got = triples(parser, text)
    assert not any(r == "supports" and t == "Turkey" for _, r, t in got)


def test_second_that_joined_by_and_takes_up_the_first_clauses_subject(parser):
    # «أن تونس لن تقبل …، وأنها لن تسمح …»: the pronoun on the second «أن» is Tunisia, not the actor of the
    # sentence before that the text is about
    text = ("وكان وزير الدفاع التركي قد زار تونس. وأكدت الرئاسة التونسية أن تونس \"لن تقبل بأن تكون جزءا من أي محور\"، "
            "وأنها لن تسمح باستخدام أراضيها.")
    assert ("Turkey", "opposes", "Tunisia") not in triples(parser, text)


def test_accusation_joined_after_a_comma_goes_on_with_the_speaker(parser):
    # «قالت X إن … التدخل التركي، واتهمت الدوحة بـ…»: the joined accusation is X's word, not the word of the doer of
    # the deed named between
    text = "وقالت القيادة العامة للجيش الليبي إن الزيارة تكشف حجم التدخل التركي، واتهمت الدوحة بتمويل المرتزقة."
    got = triples(parser, text)
    assert ("LNA", "opposes", "Qatar") in got
    assert ("Turkey", "opposes", "Qatar") not in got


@pytest.mark.parametrize("opening, closing", [("", ""), ("«", "»")])
def test_those_asked_to_withdraw_are_not_backed_by_the_one_who_asks(parser, opening, closing):
    # «مطالبة واشنطن بانسحاب جميع القوات الأجنبية والمرتزقة، بما فيها التركية»: the mercenaries a withdrawal is asked
    # of are no backing of the United States (in quotation marks or not)
    got = triples(parser, f"وجدد السفير الأمريكي مطالبة واشنطن بانسحاب {opening}جميع القوات الأجنبية والمرتزقة، بما "
                          f"فيها التركية والروسية{closing}.")
    assert not any(s == "US" and r == "supports" for s, r, _ in got)


@pytest.mark.parametrize("text, expected", [
    # «كلا من» opens the object list past the subject's title and the place of its post
    ("وفي الجلسة نفسها دعا السفير البريطاني الدائم لدى الأمم المتحدة جيمس براون كلا من مصر والإمارات "
     "إلى التوقف عن تسليح قوات حفتر.", {("UK", "opposes", "Egypt"), ("UK", "opposes", "UAE")}),
    # a «كلا من» inside a relative clause on the object is that clause's
    ("وطالب الوزير الأمريكي الدول التي تدعم كلا من حفتر والسراج بالكف عن إرسال السلاح.", set()),
])
def test_each_of_opens_the_list_asked_past_a_long_title(parser, text, expected):
    assert {t for t in triples(parser, text) if t[1] == "opposes"} == expected


@pytest.mark.parametrize("text, expected", [
    # the list behind «كلا من», past a subject with a long title, is asked to stop: its members arm Haftar now
    ("وفي الجلسة نفسها دعا السفير البريطاني الدائم لدى الأمم المتحدة جيمس براون كلا من مصر والإمارات "
     "إلى التوقف عن تسليح قوات حفتر.", {("Egypt", "supports", "LNA"), ("UAE", "supports", "LNA")}),
    # a coordinated subject with no one addressed: the call is on others, who arm the government
    ("ودعت مصر والإمارات إلى التوقف عن تسليح حكومة الوفاق.", set()),
])
def test_those_asked_to_stop_are_the_whole_list_addressed(parser, text, expected):
    assert {t for t in triples(parser, text) if t[1] == "supports"} == expected


def test_a_masculine_verb_cut_after_its_fa_still_leaves_the_state_after_it_the_object(parser):
    # the tokenizer cuts «فاتهم» into «فات» + «هم»: the written word is the bare masculine perfect, which a state's
    # bare name does not take as subject; the subject goes on from the clause before
    got = triples(parser, "وذهب الرئيس الفرنسي أبعد من ذلك، فاتهم تركيا بلعب دور خطير في ليبيا.")
    assert ("France", "opposes", "Turkey") in got and ("Turkey", "opposes", "France") not in got


@pytest.mark.parametrize("text", [
    "وجاء القرار بعد أسبوع من اتهام حكومة الوفاق لكل من روسيا والإمارات بإرسال مقاتلين إلى سرت.",
    "وجاء القرار بعد أسبوع من اتهام حكومة الوفاق كلا من روسيا والإمارات بإرسال مقاتلين إلى سرت.",
])
def test_a_masdar_takes_the_list_behind_each_of_after_its_genitive(parser, text):
    assert {("GNA", "opposes", "Russia"), ("GNA", "opposes", "UAE")} <= triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    ("وترفض مصر التدخلات الخارجية، وعلى رأسها الوجود التركي.", ("Egypt", "opposes", "Turkey")),
    ("وتدين باريس التدخلات الأجنبية، وفي مقدمتها الوجود الروسي.", ("France", "opposes", "Russia")),
    # a masdar's class of objects narrowed the same way, behind its genitive or its pronoun
    ("وجدد شكري رفض مصر للتدخلات الخارجية، وخاصة الوجود التركي.", ("Egypt", "opposes", "Turkey")),
    # («سيما» tagged a verb)
    ("وأعلنت حكومة الوفاق رفضها للتدخلات الأجنبية، ولا سيما الوجود الروسي.", ("GNA", "opposes", "Russia")),
])
def test_at_the_head_of_them_singles_out_the_actor_of_the_class_opposed(parser, text, expected):
    assert expected in triples(parser, text)


@pytest.mark.parametrize("text, expected, not_expected", [
    # a committee in a body speaks for the body
    ("وأدانت لجنة الشؤون الخارجية في البرلمان المصري التدخل التركي.", ("Egypt", "opposes", "Turkey"), None),
    # and is the one who asks, not the Security Council it asks
    ("ودعت لجنة الدفاع في مجلس النواب مجلس الأمن إلى إدانة التدخل التركي.", ("HoR", "opposes", "Turkey"),
     ("UN", "opposes", "Turkey")),
    # the chair of a committee of a house is no speaker of it: he acts for the house, not as its speaker's party
    ("ورحب رئيس لجنة الدفاع بمجلس النواب الليبي بالقرار اليوناني.", ("HoR", "supports", "Greece"),
     ("LNA", "supports", "Greece")),
])
def test_a_committee_in_a_body_is_the_body(parser, text, expected, not_expected):
    got = triples(parser, text)
    assert expected in got and not_expected not in got


def test_the_charge_as_a_clause_on_the_accused_is_the_accused_deed(parser):
    # «بأنها تقدم … دعما لـ»: the pronoun after «بأنّ» is the accused, who gives the support; not the accuser
    got = triples(parser, "وردت روما على التصريحات، واتهمت موسكو بأنها توفر منذ شهور دعما عسكريا لقوات حفتر.")
    assert ("Russia", "supports", "LNA") in got and ("Italy", "supports", "LNA") not in got


def test_talks_with_an_unnamed_host_are_no_meeting_with_what_they_were_about(parser):
    # «مع ضيفه»: the other side is «his guest», named nowhere in the sentence; the army is what they talked about
    got = triples(parser, "وأوضح الوزير الروسي أنه ناقش مع ضيفه آليات دعم الجيش الوطني الليبي.")
    assert not any(rel == "met" for _, rel, _ in got)


@pytest.mark.parametrize("text", [
    "واستقبل ماكرون حفتر في باريس عقب لقائه السراج.",
    "وكان ماكرون قد استقبل حفتر في الإليزيه بعد أيام من لقائه السراج في المكان ذاته.",
])
def test_his_meeting_in_a_phrase_of_when_is_the_clause_subjects(parser, text):
    got = triples(parser, text)
    assert ("France", "met", "GNA") in got and ("GNA", "met", "LNA") not in got


def test_a_speaker_stands_against_the_actor_the_subject_of_what_he_says_names(parser):
    # «إن الانتشار العسكري القطري "تهديد"»: the clause has a subject of its own, but a stance on it is one on the actor
    # its noun phrase names: the pair is a candidate for the stance model
    from kg.ingest import document_candidates
    text = "وقال المسماري إن الانتشار العسكري القطري في طرابلس «تهديد مباشر» لأمن المنطقة."
    doc = Document("t", text)
    cands = [c for _, cs in document_candidates(doc, parser.parse(text)) for c in cs]
    assert any(c.relation == "opposes" and c.source.actor == "Mismari" and c.target.actor == "Qatar" for c in cands)


@pytest.mark.parametrize("text, expected", [
    # «سارعت … إلى رفضها»: the subject of hastening rejects; «ها» resumes the initiative launched before
    ("أطلق السيسي مبادرة سياسية لإنهاء القتال. وسارعت حكومة الوفاق إلى رفضها.", {("GNA", "opposes", "Egypt")}),
    ("أعلن الاتحاد الأوروبي عملية بحرية لمراقبة حظر السلاح. وبادرت أنقرة إلى رفضها.", {("Turkey", "opposes", "EU")}),
])
def test_hastening_to_a_masdar_with_a_pronoun_rejects_the_act_it_resumes(parser, text, expected):
    assert {t for t in triples(parser, text) if t[1] == "opposes"} == expected


def test_a_pronoun_resuming_an_agreement_past_a_plural_of_things_in_its_name(parser):
    # «ه» resumes a masculine singular: the plural «الحقول» in what the agreement is for is no other noun it could
    # resume («ها» would), so the agreement named before is what the speaker opposes
    got = triples(parser, "أبرمت قبرص ومصر اتفاقا لتقاسم الحقول الغازية، بينما انتقدته أنقرة علنا.")
    assert {("Turkey", "opposes", "Cyprus"), ("Turkey", "opposes", "Egypt")} <= got
    got = triples(parser, "أبرمت قبرص ومصر اتفاقا لتقاسم الحقول الغازية، فيما اعتبرته أنقرة «خرقا للقانون الدولي».")
    assert {("Turkey", "opposes", "Cyprus"), ("Turkey", "opposes", "Egypt")} <= got
    # (a masculine singular noun between still may be what «ه» resumes: the delegation, not the agreement)
    got = triples(parser, "وقعت تركيا وحكومة الوفاق اتفاقا أمنيا، ثم زار الوفد الحدود الجنوبية، وانتقدته القاهرة.")
    assert ("Egypt", "opposes", "Turkey") not in got


def test_each_of_opens_the_object_list_past_a_name_kg_does_not_know_after_the_title(parser):
    # the holder's name after a title («السفير البريطاني بيتر وليامز») is no verb, whatever the tagger calls
    # it: «كلا من» still opens the list the demand addresses
    got = triples(parser, "دعت السفيرة الأمريكية كيلي كرافت كلا من مصر والإمارات إلى التوقف عن تسليح قوات حفتر.")
    assert {("US", "opposes", "Egypt"), ("US", "opposes", "UAE")} <= got
    # (after the place of the post too)
    got = triples(parser, "دعا السفير الفرنسي لدى ليبيا جان دوفال كلا من مصر وتركيا إلى الكف عن التصعيد.")
    assert {("France", "opposes", "Egypt"), ("France", "opposes", "Turkey")} <= got
    # (a relative clause still closes the subject off: the list is what the states named support)
    got = triples(parser, "طالب الوزير الدول التي تدعم كلا من تركيا وروسيا بالكف عن التدخل.")
    assert not {("Turkey", "opposes", "Russia"), ("Russia", "opposes", "Turkey")} & got


def test_the_subject_of_hastening_is_the_agent_of_the_masdar_it_hastened_to(parser):
    # «سارع/بادر X إلى <masdar> Y»: X does what the masdar names, and its genitive Y is the object
    got = triples(parser, "وسارع وزير الخارجية الروسي إلى لقاء السراج في موسكو.")
    assert ("GNA", "met", "Russia") in got
    got = triples(parser, "بادر رئيس الوزراء الإيطالي إلى استقبال المشير حفتر في روما.")
    assert ("Italy", "met", "LNA") in got


def test_an_indefinite_stance_noun_reaches_its_object_past_an_intensifier_without_article(parser):
    # «قلقا بالغا من …», «قلق بالغ من …»: the intensifier qualifies the noun, however the tagger reads it and
    # wherever the tokenizer cuts it (as «بـ» + «الغا»); the object's nationality adjective is the one opposed
    got = triples(parser, "أعربت باريس عن قلق بالغ من تزايد النشاط العسكري الروسي قرب سرت.")
    assert ("France", "opposes", "Russia") in got
    got = triples(parser, "وأبدى وزير الخارجية الأمريكي قلقا بالغا من تزايد الحضور العسكري التركي.")
    assert ("US", "opposes", "Turkey") in got


def test_support_received_in_quotation_marks_is_still_received(parser):
    # the quotation mark that opens what was received ends no clause: the giver behind «من» backs the subject
    got = triples(parser, "وتلقت قوات حفتر \"دعما عسكريا\" من الإمارات.")
    assert ("UAE", "supports", "LNA") in got
    got = triples(parser, "قال المسماري إن حكومة الوفاق تتلقى «دعما غير محدود» من تركيا وقطر.")
    assert {("Turkey", "supports", "GNA"), ("Qatar", "supports", "GNA")} <= got


def test_backing_a_deed_named_bare_backs_its_remembered_doer(parser):
    # backing the offensive backs the one waging it: the accused backs the doer the sentence before named
    got = triples(parser, "بدأت قوات حفتر هجوما واسعا على العاصمة في الربيع. وتتهم حكومة الوفاق الإمارات بدعم الهجوم.")
    assert ("UAE", "supports", "LNA") in got
    got = triples(parser, "بدأت قوات حفتر هجوما واسعا على العاصمة في الربيع. وتتهم حكومة الوفاق فرنسا بتوفير دعم "
                          "لوجستي للهجوم.")
    assert ("France", "supports", "LNA") in got
    # (no doer remembered: nobody is backed)
    got = triples(parser, "وتتهم حكومة الوفاق الإمارات بدعم الهجوم.")
    assert not any(r == "supports" for _, r, _ in got)


def test_what_an_actor_does_singled_out_after_especially(parser):
    # «، ولا سيما ما تقوم به X»: the class opposed narrowed to what one actor does, after a verb or a masdar
    got = triples(parser, "تدين باريس التدخلات الخارجية في الأزمة الليبية، وخاصة ما تقوم به أنقرة وموسكو.")
    assert {("France", "opposes", "Turkey"), ("France", "opposes", "Russia")} <= got
    got = triples(parser, "أكد الوزير الفرنسي رفض بلاده للتدخلات الخارجية في الأزمة، لا سيما ما تقوم به أنقرة.")
    assert ("France", "opposes", "Turkey") in got


def test_responding_by_accusing_makes_the_responder_the_accuser(parser):
    # «ردّ X باتهام Y»: X responded by accusing Y; the genitive of the accusation is the accused, not its author
    got = rule_claims(parser, "ورد الرئيس التركي باتهام فرنسا بدعم حفتر.")
    assert ("Turkey", "opposes", "France") in {c[:3] for c in got}
    assert not any(c[:3] == ("France", "opposes", "Turkey") for c in got)
    assert ("France", "supports", "LNA") in {c[:3] for c in got}


def test_an_aside_after_the_subjects_participle_and_its_complement(parser):
    # «المعني بليبيا», «المكلف بالملف الليبي»: the subject's participle and its «بـ» phrase end the subject; the
    # aside in commas after them is where it was said, and the verb's object follows it
    got = triples(parser, "انتقد فريق الخبراء الأممي المعني بليبيا، في تقريره الأخير، الدور الروسي.")
    assert ("UN", "opposes", "Russia") in got
    got = triples(parser, "انتقد المبعوث الأمريكي المكلف بالملف الليبي، في مقابلة صحفية، الدور الروسي.")
    assert ("US", "opposes", "Russia") in got


def test_a_list_singled_out_of_a_relative_clauses_antecedent_is_not_the_subject(parser):
    # «انتقد الوزير الدول التي تدعم حفتر، وخاصة …»: those singled out are of the states that back Haftar (the
    # relative clause's subject), not critics of Haftar
    got = triples(parser, "وانتقد الوزير الدول التي تدعم حفتر، وخاصة فرنسا والإمارات.")
    assert {("France", "supports", "LNA"), ("UAE", "supports", "LNA")} <= got
    assert not any(r == "opposes" and t == "LNA" for _, r, t in got)


def test_an_unknown_member_and_a_charge_after_it_end_the_accused_list(parser):
    # «فرنسا ودولا أوروبية بدعم حفتر»: the charge behind «بـ» closes the list of the accused; Haftar is the one
    # backed, not a third accused
    got = triples(parser, "اتهمت أنقرة فرنسا ودولا أوروبية بدعم حفتر.")
    assert {("Turkey", "opposes", "France"), ("France", "supports", "LNA")} <= got
    assert ("Turkey", "opposes", "LNA") not in got


def test_support_received_quoted_after_its_recipient(parser):
    # the quotation mark between the recipient and the verb of receiving is no subject
    got = triples(parser, "وقال المتحدث إن قوات حفتر \"تحصل على دعم سخي من أبوظبي وموسكو\".")
    assert {("UAE", "supports", "LNA"), ("Russia", "supports", "LNA")} <= got


def test_a_quotation_mark_opening_what_is_backed_or_to_stop(parser):
    # «دعمها "لكل ما تتخذه X"»: the quotation mark opens what is backed, X's doing
    got = triples(parser, "وجددت الرياض دعمها \"لكل ما تتخذه القاهرة من خطوات\".")
    assert ("SaudiArabia", "supports", "Egypt") in got
    # «بالكف عن «دعم …»»: the one asked to stop backs Haftar, not the one who asks
    got = triples(parser, "وطالبت حكومة الوفاق موسكو بالكف عن «دعم ميليشيات حفتر».")
    assert ("Russia", "supports", "LNA") in got
    assert ("GNA", "supports", "LNA") not in got


def test_a_statement_verb_has_the_subject_named_after_its_resumptive_pronoun(parser):
    # «في تقرير اتهمت فيه X Y بـ…»: no issuer before the report, so the actor right after «فيه/خلاله»
    # is the verb's subject, the next one its object
    got = triples(parser, "وجاء ذلك في تقرير اتهمت فيه وزارة الخارجية الأمريكية موسكو بإرسال طائرات حربية إلى ليبيا.")
    assert ("US", "opposes", "Russia") in got
    got = triples(parser, "وخلال مؤتمر صحفي انتقد خلاله وزير الخارجية الفرنسي أنقرة، حذر من تقسيم البلاد.")
    assert ("France", "opposes", "Turkey") in got
    # (with its issuer named before it, the statement's verb is still the issuer's)
    got = triples(parser, "وأصدرت الخارجية المصرية بيانا أدانت فيه التدخل التركي في ليبيا.")
    assert ("Egypt", "opposes", "Turkey") in got


def test_a_relative_verb_whose_subject_is_the_report_of_an_actor(parser):
    # «الإمارات، التي يتهمها تقرير خبراء الأمم المتحدة بـ…»: the report speaks for the UN (also past the body
    # that wrote it, «فريق خبراء …»), and the pronoun on the verb is the antecedent, the one accused
    for text in ("ونفت الإمارات، التي يتهمها تقرير فريق خبراء الأمم المتحدة بخرق حظر السلاح، أي تورط في القتال.",
                 "ونفت الإمارات، التي يتهمها تقرير خبراء الأمم المتحدة بخرق حظر السلاح، أي تورط في القتال."):
        got = triples(parser, text)
        assert ("UN", "opposes", "UAE") in got
        assert ("UAE", "opposes", "UN") not in got


def test_a_stop_joined_to_a_first_demand_is_asked_of_the_same_actor(parser):
    # «طالب X Y بـ… وبالتوقف عن دعم Z»: the second demand addresses Y too, who backs Z, not X
    got = triples(parser, "وطالب السراج باريس بإدانة الهجوم وبالتوقف عن دعم حفتر.")
    assert ("France", "supports", "LNA") in got
    assert ("GNA", "supports", "LNA") not in got
    # (with no one addressed, the one who asks backs nobody)
    got = triples(parser, "وطالبت روما بإدانة القصف والتوقف عن دعم قوات حفتر.")
    assert not any(r == "supports" for _, r, _ in got)


def test_the_doer_of_a_deed_named_in_a_second_relative_clause(parser):
    # «الغارة التي طالت …، والتي تبنتها X»: the first clause names the place struck, the second the doer
    got = triples(parser, "وندد وزير الخارجية القطري بالغارة التي طالت مستشفى ميدانيا جنوب العاصمة، والتي تبنتها "
                          "قوات حفتر.")
    assert ("Qatar", "opposes", "LNA") in got
    # (the actor a verb of striking names is the one struck, not the doer)
    got = triples(parser, "وأدانت أنقرة الهجوم الذي استهدف حكومة الوفاق، والذي نفذته قوات حفتر.")
    assert ("Turkey", "opposes", "LNA") in got
    assert ("Turkey", "opposes", "GNA") not in got


def test_a_spokesperson_in_the_name_of_one_party_is_not_another_partys_named_later(parser):
    # «المتحدث باسم المجلس الرئاسي» speaks for the GNA, not for the LNA spokesman the text names afterwards,
    # and the LNA's spokesman after it is not the GNA's named before
    text = ("وأشاد المتحدث باسم المجلس الرئاسي بقرار البرلمان التركي. غير أن المتحدث باسم قوات حفتر أحمد المسماري "
            "هاجم أنقرة بشدة.")
    got = triples(parser, text)
    assert {("GNA", "supports", "Turkey"), ("LNA", "opposes", "Turkey")} <= got
    assert ("LNA", "supports", "GNA") not in got and ("GNA", "opposes", "Turkey") not in got


def test_praise_of_efforts_whose_doer_a_relative_clause_names(parser):
    # «ثمن الجهود التي تبذلها X»: the phrase of the verb and its object, its subject right before it; the
    # relative clause is on the efforts, its subject the one praised, not the one who praises
    got = triples(parser, "وأوضح البيان أن ماكرون ثمن الجهود التي تقوم بها روما لتثبيت الهدنة.")
    assert ("France", "supports", "Italy") in got
    assert ("Italy", "supports", "France") not in got


def test_the_issuer_of_a_statement_named_with_it_says_what_it_resumes(parser):
    # «بيان لـX (Y) اتهمت فيه …»: the statement's own «لـ» genitive, named again in brackets, issued it
    got = triples(parser, "وردت موسكو على بيان للقيادة الأمريكية في أفريقيا (أفريكوم) انتقدت فيه روسيا بشدة.")
    assert ("US", "opposes", "Russia") in got
    # «تقرير أصدرته X، اتهمت فيه …»: the subject of the verb of issuing right after the report, not the one
    # who comments on it
    got = triples(parser, "وعلق لافروف على تقرير أصدرته وزارة الخارجية الأمريكية، اتهمت فيه فاغنر بنشر ألغام "
                          "في طرابلس.")
    assert ("US", "opposes", "Russia") in got
    assert ("Russia", "opposes", "Russia") not in got


def test_support_rallied_against_an_attack_backs_nobody(parser):
    # «حشد الدعم ضد هجوم حفتر»: the pair that agrees on it opposes Haftar's attack, backs no Haftar
    got = triples(parser, "والتقى ماكرون السراج في باريس، واتفقا على حشد الدعم ضد هجوم حفتر.")
    assert {("France", "opposes", "LNA"), ("GNA", "opposes", "LNA")} <= got
    assert not any(r == "supports" and t == "LNA" for _, r, t in got)
    # (nor are «سعيا» and «أيضا», which the tagger may call dual verbs, a pair's verb)
    got = rule_claims(parser, "واستقبلت ميركل في برلين السراج، الذي يجول في العواصم الأوروبية سعيا لكسب التأييد "
                              "ضد هجوم قوات حفتر.")
    assert ("GNA", "met", "Germany", "verb-parse") in got
    assert not any(rule == "dual-subject" for *_, rule in got)


def test_a_trilateral_meeting_held_by_a_pair_with_a_third(parser):
    # «أجريا محادثات ثلاثية مع X»: the pair met X, and, one meeting of the three, each other
    got = triples(parser, "ووصل وزير الخارجية المصري ونظيره اليوناني إلى نيقوسيا، حيث أجريا محادثات ثلاثية مع "
                          "الرئيس القبرصي.")
    assert {("Cyprus", "met", "Egypt"), ("Cyprus", "met", "Greece"), ("Egypt", "met", "Greece")} <= got
    # (a meeting not said to be of three is the pair's with X only)
    got = triples(parser, "ووصل وزير الخارجية المصري ونظيره اليوناني إلى نيقوسيا، حيث أجريا محادثات مع الرئيس القبرصي.")
    assert ("Egypt", "met", "Greece") not in got


def test_an_epithet_in_construct_after_a_noun_is_no_predicate(parser):
    # «هجمات الانقلابيين»: the term is a genitive naming those it brands, nobody kg knows; it says nothing of
    # the actor before it
    got = triples(parser, "وقال أردوغان إن حكومة الوفاق تواجه هجمات الانقلابيين.")
    assert ("Turkey", "opposes", "GNA") not in got
    # (a predicate after its subject still is one, also in construct with its own head: «زعيم الإرهابيين»)
    assert ("Turkey", "opposes", "LNA") in triples(parser, "وقال أردوغان إن حفتر انقلابي.")
    assert ("LNA", "opposes", "Turkey") in triples(parser, "وقال المسماري إن أردوغان زعيم الإرهابيين.")


def test_allies_in_a_seat_of_government_are_that_government(parser):
    # «حلفاؤها في طرابلس»: the allies in the seat of the GNA are the GNA, whatever marks them
    got = triples(parser, "وقال المسماري إن تركيا أرسلت مرتزقة إلى حلفائها في طرابلس.")
    assert ("Turkey", "supports", "GNA") in got
    assert ("Turkey", "supports", "GNA") in triples(parser, "وتواصل أنقرة دعم حلفائها في طرابلس.")


def test_a_pair_that_met_each_of_a_list_behind_with_each(parser):
    # «التقيا مع كل من X و Y»: the pair met each of the list, not (only) each other
    got = triples(parser, "وكان ماكرون وكونتي قد التقيا مع كل من السراج وحفتر في باريس.")
    assert {("France", "met", "GNA"), ("France", "met", "LNA"), ("GNA", "met", "Italy"), ("Italy", "met", "LNA")} <= got


def test_speaking_with_each_apart_in_a_place_is_a_meeting(parser):
    # «تحدث مع X و Y، كل على حدة، في روما»: where they spoke, past the list and «كل على حدة»
    got = triples(parser, "وتحدث ماكرون مع السراج وعقيلة صالح، كل على حدة، في روما.")
    assert {("France", "met", "GNA"), ("France", "met", "LNA")} <= got
    # (speaking with no place said is no meeting)
    assert not triples(parser, "وتحدث ماكرون مع السراج عن الهدنة.")


def test_a_role_praised_past_a_verb_of_becoming_in_its_relative_clause(parser):
    # «الدور الذي أصبحت تقوم به روما»: the verb of becoming before the relative clause's verb; the actor after it
    # plays the role praised
    got = triples(parser, "وأشاد رئيس المجلس الأعلى للدولة بـ\"الدور البناء\" الذي أصبحت تقوم به روما.")
    assert ("GNA", "supports", "Italy") in got


def test_an_intervention_asked_for_in_quotation_marks(parser):
    # «دعا X القوات المصرية إلى "التدخل"»: the quotation mark between «إلى» and the intervention hides nothing
    got = triples(parser, "ودعا مجلس النواب القوات المصرية إلى \"التدخل\" لحماية الحدود.")
    assert ("HoR", "supports", "Egypt") in got


def test_a_stance_praised_in_construct_with_its_owner_past_an_aside(parser):
    # «أشاد X، بحسب بيان …، بموقف الحكومة القبرصية»: the stance in construct with its owner, past the aside
    got = triples(parser, "وأشاد عقيلة صالح، بحسب بيان نشره مكتبه، بموقف الحكومة القبرصية من الأزمة.")
    assert ("LNA", "supports", "Cyprus") in got


def test_regression_a_letter_for_an_actor_is_not_written_by_it(parser):
    # «رسالة لحفتر أشاد فيها بـ…»: the actor behind «لـ» after a letter is whom it is for; the one who sent it
    # praises (an issuer read from «لـ» after any speech noun made Haftar the one who praised)
    got = triples(parser, "وبعث ماكرون رسالة لحفتر أشاد فيها بدوره في مكافحة الإرهاب.")
    assert ("France", "supports", "LNA") in got
    assert ("LNA", "supports", "France") not in got


@pytest.mark.parametrize("text, expected", [
    # the subject right before a verb with an object pronoun: the pronoun is an actor named before, whatever the
    # tagger calls the subject's word
    ("وقال المحلل إن حفتر يخسر المعارك، والإمارات تدعمه رغم ذلك.", {("UAE", "supports", "LNA")}),
    # in what a speaker says, the pronoun is another actor of its gender named before, not the speaker; the speaker
    # when no other is named
    # (and the speaker charges the backers of his enemy: kg.accusations)
    ("وانتقد السراج حفتر بشدة، وقال إن مصر تدعمه.",
     {("GNA", "opposes", "LNA"), ("Egypt", "supports", "LNA"), ("GNA", "opposes", "Egypt")}),
    ("وقال السراج إن تركيا تدعمه.", {("Turkey", "supports", "GNA")}),
    # the pronoun on the word a verb of siding stands on («خلفه», «إلى جانبها») is the one sided with
    ("وهاجم الوزير التركي حفتر، وقال إن مصر والإمارات تقفان خلفه.",
     {("Turkey", "opposes", "LNA"), ("Egypt", "supports", "LNA"), ("UAE", "supports", "LNA"),
      ("Turkey", "opposes", "Egypt"), ("Turkey", "opposes", "UAE")}),
    ("وقال الوزير إن حكومة الوفاق شرعية، وتركيا تقف إلى جانبها.", {("Turkey", "supports", "GNA")}),
    # (its subject a class that a relative clause opens, its members listed after it)
    ("وانتقد السراج حفتر، وأكد أن الأطراف الخارجية التي تقف خلفه، ومنها مصر، تتحمل مسؤولية التصعيد.",
     {("GNA", "opposes", "LNA"), ("Egypt", "supports", "LNA"), ("GNA", "opposes", "Egypt")}),
])
def test_an_object_pronoun_after_its_subject_is_an_actor_named_before(parser, text, expected):
    assert triples(parser, text) == expected


def test_a_verb_the_tagger_calls_a_noun_after_a_name_that_opens_a_clause(parser):
    # «ثمن» is also "price", so the tagger decides; right after a name that opens the clause after «أن» it is the verb
    got = triples(parser, "وذكرت الرئاسة أن ماكرون ثمن المبادرة التي طرحتها روما.")
    assert got == {("France", "supports", "Italy")}


@pytest.mark.parametrize("text, expected", [
    # an agreement said to be at odds with, or against, international law: the speaker opposes its parties
    ("واعتبرت أثينا أن الاتفاق البحري بين أنقرة وحكومة الوفاق يتعارض مع القانون الدولي.",
     {("Greece", "opposes", "Turkey"), ("Greece", "opposes", "GNA")}),
    ("وقال الوزير القبرصي إن المذكرة البحرية بين تركيا وحكومة طرابلس تخالف القانون الدولي.",
     {("Cyprus", "opposes", "Turkey"), ("Cyprus", "opposes", "GNA")}),
])
def test_an_agreement_against_international_law_is_opposed_with_its_parties(parser, text, expected):
    assert triples(parser, text) == expected


def test_ties_suspended_reach_their_partner_past_a_long_subject(parser):
    # the partner behind «مع» is counted from the ties the verb requires, not from the verb, past a long subject
    got = triples(parser, "وجمدت وزارة الدفاع في حكومة الوفاق جميع أوجه التعاون العسكري مع الإمارات.")
    assert got == {("GNA", "opposes", "UAE")}


def test_a_joined_verb_of_branding_goes_on_with_the_sentence_subject(parser):
    # «، ووصفت حفتر بـ"…"»: one actor between the verb and the term behind «بـ» is the one branded
    got = triples(parser, 'وأدانت حكومة الوفاق الغارة على المستشفى، ووصفت حفتر بـ"المجرم".')
    assert got == {("GNA", "opposes", "LNA")}


@pytest.mark.parametrize("text, expected", [
    # a visit named again bare after the sentence that says who is on it («في زيارة»): a stance against it is one
    # against the visitor, also in the verb of attacking, which with a deed for its object is a stance in words
    ("حل وزير الخارجية التركي بطرابلس في زيارة قصيرة. وهاجم المتحدث باسم قوات حفتر الزيارة بشدة.",
     {("LNA", "opposes", "Turkey")}),
    ("ووصل وزير الدفاع التركي إلى مصراتة في زيارة مفاجئة. وانتقد مجلس النواب الزيارة.", {("HoR", "opposes", "Turkey")}),
])
def test_a_visit_named_again_is_its_visitors(parser, text, expected):
    assert triples(parser, text) == expected


def test_a_maritime_deal_against_the_law_of_the_sea_is_opposed_with_its_parties(parser):
    got = triples(parser, "وأكدت أثينا أن المذكرة البحرية التركية الليبية لا تتفق مع قانون البحار.")
    assert got == {("Greece", "opposes", "Turkey"), ("Greece", "opposes", "GNA")}


def test_a_states_political_parties_are_not_the_state(parser):
    # the parties or activists of a state, named by its adjective, speak for none of its government
    assert triples(parser, "وانتقدت أحزاب تونسية التدخل التركي.") == set()
    assert triples(parser, "وانتقد حزب مصري معارض التدخل التركي، بينما أيدت الحكومة المصرية حفتر.") == \
        {("Egypt", "supports", "LNA")}


@pytest.mark.parametrize("text, expected", [
    # the day set off by commas after the subject, and a phrase of where it was said after it, are no object
    ("وأدانت مصر، الأحد، الهجوم الذي تنفذه قوات حفتر على مصراتة.", {("Egypt", "opposes", "LNA")}),
    ("ورحبت الإمارات، الأحد، بالمبادرة التي أطلقها الرئيس المصري.", {("UAE", "supports", "Egypt")}),
    ("وأدانت مصر، الأحد، في بيان، الهجوم الذي تنفذه قوات حفتر على مصراتة.", {("Egypt", "opposes", "LNA")}),
    ("ورفضت اليونان، في بيان صدر عن وزارة خارجيتها، الاتفاق البحري بين تركيا وحكومة الوفاق.",
     {("Greece", "opposes", "Turkey"), ("Greece", "opposes", "GNA")}),
    # (past the day, a place with no comma of its own is the meeting's, and the guest follows it)
    ("والتقى السفير الأمريكي، الاثنين، في القاهرة المشير خليفة حفتر، وبحثا الوضع في سرت.",
     {("LNA", "met", "US")}),
    # (past the aside, an agreement after the verb's own object is not what the verb is about)
    ("وحمل الرئيس التركي، في كلمة أمام البرلمان، حفتر مسؤولية إفشال الاتفاق.", {("Turkey", "opposes", "LNA")}),
])
def test_asides_of_when_and_where_after_the_subject(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an adverb of manner written with «بـ» right before the object is no preposition of it
    ("وهاجم أردوغان بشدة حفتر.", {("Turkey", "opposes", "LNA")}),
    ("وحذرت مصر بشدة تركيا من التدخل العسكري في ليبيا.", {("Egypt", "opposes", "Turkey")}),
])
def test_regression_an_adverb_of_manner_hid_the_object(parser, text, expected):
    assert triples(parser, text) == expected


def test_their_meeting_in_a_clause_of_its_own_is_its_subjects(parser):
    # «خلال لقائهما» after «في حين»: the subject of that clause and the one behind «مع», not the sentence's first actor
    text = "رحبت قطر بالخطوة، في حين بحث وزير الخارجية المصري مع نظيره الفرنسي الأزمة الليبية خلال لقائهما في القاهرة."
    assert triples(parser, text) == {("Egypt", "met", "France")}


@pytest.mark.parametrize("text, expected", [
    # what an actor intends, a meeting it calls for, a call it has not made and a charge it rejects stay what they
    # are past a phrase of when or where set off by commas after the subject
    ("وتعتزم الإمارات، الأحد، إرسال أسلحة إلى قوات حفتر الشهر المقبل.", set()),
    ("ودعت فرنسا إلى عقد لقاء بين السراج وحفتر في باريس.", set()),
    ("ودعت فرنسا، في بيان صدر عن وزارة خارجيتها، إلى عقد لقاء بين السراج وحفتر في باريس.", set()),
    ("ولم يجر الرئيس الأمريكي، أمس، أي اتصال هاتفي مع حفتر.", {("US", "called", "LNA", True)}),
    ("ورفضت مصر، في بيان صدر عن وزارة خارجيتها، الاتهامات بدعم قوات حفتر.", {("Egypt", "supports", "LNA", True)}),
])
def test_regression_an_aside_after_the_subject_let_a_claim_out_of_its_scope(parser, text, expected):
    assert {c for c in claims_with_polarity(parser, text) if not c[3]} == {c for c in expected if not c[3]}
    assert {c for c in expected if c[3]} <= claims_with_polarity(parser, text)


def test_a_name_stretched_with_tatweel_is_the_name(parser):
    # web copy stretches words with tatweel («حفـــتر»), which the tokenizer cuts apart: one word still
    assert triples(parser, "وأدانت مصر القصف الذي تنفذه قوات حفـــتر على مصراتة.") == {("Egypt", "opposes", "LNA")}


@pytest.mark.parametrize("text, expected", [
    # a phrase of when or where set off by commas after the subject, however long, is no distance to the object
    ("وطالبت فرنسا، في بيان صدر عن وزارة خارجيتها، بانسحاب القوات التركية من ليبيا.",
     {("France", "opposes", "Turkey")}),
    ("وأشادت حكومة الوفاق، في تغريدة على حسابها الرسمي، بالدور الإيطالي في الأزمة.", {("GNA", "supports", "Italy")}),
    ("ووجهت مصر، في بيان صدر عن وزارة خارجيتها، انتقادات حادة للسياسة التركية.", {("Egypt", "opposes", "Turkey")}),
    ("وترفض إيطاليا، في بيان لخارجيتها، الوجود الأجنبي في ليبيا، وخاصة الوجود الروسي.",
     {("Italy", "opposes", "Russia")}),
    ("وطالبت حكومة الوفاق، الأحد، المجتمع الدولي بوقف الدعم الإماراتي لقوات حفتر.",
     {("GNA", "opposes", "UAE"), ("UAE", "supports", "LNA")}),
    ("وتلقت قوات حفتر، خلال الأشهر الماضية، دعما عسكريا من الإمارات.", {("UAE", "supports", "LNA")}),
])
def test_regression_a_long_aside_after_the_subject_put_the_object_out_of_reach(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # «على لسان …» (in the voice of its spokesman or minister), with commas or without, stands between the verb's
    # subject and its object: its «بـ» marks nobody, and the name after the title is the speaker's only when of
    # the subject's side
    ("وعارضت ألمانيا، على لسان المتحدث باسم حكومتها، إرسال قوات تركية إلى ليبيا.", {("Germany", "opposes", "Turkey")}),
    ("وأشادت حكومة الوفاق على لسان المتحدث باسمها بالموقف الإيطالي من الأزمة.", {("GNA", "supports", "Italy")}),
    ("واتهمت حكومة الوفاق على لسان المتحدث باسمها الإمارات بدعم قوات حفتر.",
     {("GNA", "opposes", "UAE"), ("UAE", "supports", "LNA")}),
    ("ووصفت تركيا على لسان المتحدث باسمها حفتر بالانقلابي.", {("Turkey", "opposes", "LNA")}),
    ("وأيدت فرنسا على لسان المتحدث باسمها المبادرة المصرية لحل الأزمة.", {("France", "supports", "Egypt")}),
    ("وطالبت الولايات المتحدة على لسان المتحدث باسم خارجيتها روسيا بسحب مرتزقتها من ليبيا.",
     {("US", "opposes", "Russia")}),
    # (a guard: the speaker named, one of the subject's own side)
    ("وانتقدت روسيا على لسان وزير خارجيتها سيرغي لافروف الدور التركي في ليبيا.", {("Russia", "opposes", "Turkey")}),
])
def test_regression_in_whose_voice_hid_the_object(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text", [
    "وجدد أمير قطر، خلال اتصال هاتفي تلقاه الأحد من الرئيس التركي، دعم الدوحة لحكومة الوفاق في مواجهة الهجوم على "
    "طرابلس.",
    "وجدد أمير قطر، خلال اتصال هاتفي تلقاه الأحد من الرئيس التركي، دعم بلاده الكامل لحكومة الوفاق في مواجهة الهجوم على "
    "طرابلس.",
])
def test_regression_an_actor_inside_an_aside_took_the_clause_after_it(parser, text):
    # «تلقاه» inside the aside receives the call, not the support after it; and «بلاده» after the aside is the
    # country of the clause's subject, not of the caller named inside it
    assert triples(parser, text) == {("Qatar", "called", "Turkey"), ("Qatar", "supports", "GNA")}


@pytest.mark.parametrize("text, expected", [
    # the pluperfect «وكان X قد تلقى»: the recipient is the subject before «قد»
    ("وكان المشير حفتر قد تلقى دعما عسكريا من الإمارات.", {("UAE", "supports", "LNA")}),
    ("وكانت قوات حفتر قد حصلت على دعم عسكري من الإمارات.", {("UAE", "supports", "LNA")}),
])
def test_regression_the_pluperfect_hid_who_received_support(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a spokesman's title joined by «و» at the head of its clause, before its verb, is the subject
    ("والمتحدث باسم قوات حفتر انتقد الدور القطري في ليبيا.", {("LNA", "opposes", "Qatar")}),
    ("والناطق باسم حكومة الوفاق انتقد الدور الإماراتي في ليبيا.", {("GNA", "opposes", "UAE")}),
])
def test_regression_a_spokesman_joined_by_waw_spoke_for_nobody(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text", [
    # the one warned, right after an aside after the subject, is the verb's object; the support it is warned against
    # continuing is not the warner's
    "وحذرت مصر، في بيان، تركيا من مواصلة دعم حكومة الوفاق.",
    "وحذرت مصر، الأحد، تركيا من مواصلة دعم حكومة الوفاق.",
])
def test_regression_the_object_after_an_aside_was_missed_for_a_marked_phrase(parser, text):
    assert triples(parser, text) == {("Egypt", "opposes", "Turkey")}


def test_regression_the_purpose_of_a_sending_was_read_as_the_speakers(parser):
    # «لدعم …» after «أن روسيا نقلت مقاتلات»: the purpose of the sending is the sender's (here of its own side), not
    # that of the one who alleges it
    text = "وزعمت أفريكوم أن روسيا نقلت طائرات حربية إلى وسط ليبيا لدعم مرتزقة فاغنر."
    assert triples(parser, text) == {("US", "opposes", "Russia")}


@pytest.mark.parametrize("text", [
    # an intent keeps its scope past the voice it is said in, and a condition past an aside set off by commas
    "وتعتزم الإمارات على لسان المتحدث باسمها إرسال أسلحة إلى قوات حفتر الشهر المقبل.",
    "وإذا كانت روسيا، في الخفاء، تدعم حفتر فعليها أن تعلن ذلك صراحة.",
])
def test_regression_an_aside_let_a_plan_or_a_condition_out_of_its_scope(parser, text):
    assert not {c for c in claims_with_polarity(parser, text) if not c[3]}


def test_regression_attacking_a_launched_operation_in_words_was_no_stance(parser):
    # «هاجم» with an operation launched in the sentence before for its object attacks it in words, as «انتقد»
    text = "وأطلق الاتحاد الأوروبي عملية بحرية لمراقبة حظر السلاح. وهاجم وزير الخارجية التركي العملية بشدة."
    assert triples(parser, text) == {("Turkey", "opposes", "EU")}


@pytest.mark.parametrize("text, expected", [
    # the noun counted after a number or an amount is what is provided, sent or received, and an amount before it
    # is no distance
    ("وقدمت الإمارات مئة طائرة مسيرة لقوات حفتر.", {("UAE", "supports", "LNA")}),
    ("وقدمت الإمارات عشرات المدرعات لقوات حفتر.", {("UAE", "supports", "LNA")}),
    ("ونقلت تركيا عشرين مدرعة إلى حكومة الوفاق.", {("Turkey", "supports", "GNA")}),
    ("وتلقت قوات حفتر ما لا يقل عن ثلاثين شحنة أسلحة من الإمارات.", {("UAE", "supports", "LNA")}),
    # (a guard: a draft resolution presented names no weapons it governs)
    ("وقدمت فرنسا مشروع قرار حظر الأسلحة إلى مجلس الأمن.", set()),
])
def test_regression_goods_counted_by_a_number_were_not_what_was_supplied(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # «أي» and the masdar it quantifies, its doer behind «لـ»: what is warned against is the doer's
    ("وحذر المسماري من أي تقدم لقوات الوفاق نحو سرت.", {("LNA", "opposes", "GNA")}),
    # support quantified by «أي» is none given, for a co-occurrence as for a rule
    ("وحذرت مصر من أي دعم لقوات الوفاق.", set()),
])
def test_regression_any_deed_warned_against_was_misread(parser, text, expected):
    assert triples(parser, text) == expected


def test_regression_a_branding_term_in_the_nominative_after_bianna_was_missed(parser):
    assert triples(parser, "ووصفت أنقرة الخطوة الفرنسية بأنها استفزاز.") == {("Turkey", "opposes", "France")}


@pytest.mark.parametrize("text, expected", [
    # unvowelled «تحمل» with an actor right after it and the responsibility after that holds that actor responsible:
    # with its subject before the verb too
    ("وحكومة الوفاق تحمل قوات حفتر مسؤولية انهيار الهدنة.", {("GNA", "opposes", "LNA")}),
    # (a guard: bearing a duty oneself, with nobody after the verb, blames nobody)
    ("وحكومة الوفاق تحمل المسؤولية عن حماية المدنيين.", set()),
])
def test_regression_holding_responsible_with_the_subject_first_was_missed(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # «الشقيقة» before a state's name, in official Arab copy, is part of the name's phrase
    ("وجددت الإمارات دعمها لمساعي الشقيقة مصر في ليبيا.", {("UAE", "supports", "Egypt")}),
    ("وأشاد السيسي بدور الشقيقة الإمارات في دعم الاستقرار.", {("Egypt", "supports", "UAE")}),
])
def test_regression_a_sister_state_named_with_its_epithet_was_missed(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # accusations rejected past an aside after the rejecter: the charge is the rejecter's, denied, and the author
    # of the accusations, when named, is opposed
    ("ورفضت مصر، في بيان صدر عن وزارة خارجيتها، الاتهامات بدعم قوات حفتر.", {("Egypt", "supports", "LNA", True)}),
    ("ونفت روسيا، في بيان صدر عن وزارة خارجيتها، الاتهامات الأمريكية بدعم حفتر.",
     {("US", "opposes", "Russia", False), ("Russia", "supports", "LNA", True)}),
])
def test_regression_accusations_rejected_past_an_aside_lost_their_accused(parser, text, expected):
    assert claims_with_polarity(parser, text) == expected


def test_regression_statements_issued_in_the_dual_named_no_issuer(parser):
    # «الصادرين عن X وY»: the dual of «الصادر عن», the two statements' issuers
    assert triples(parser, "ورحبت إيطاليا بالبيانين الصادرين عن حكومة الوفاق ومجلس النواب.") == \
        {("Italy", "supports", "GNA"), ("Italy", "supports", "HoR")}


@pytest.mark.parametrize("text, expected", [
    # an adverb of manner of two words («بشكل قاطع», «بصورة واضحة») between the subject and the object: its «بـ» marks
    # nobody, and the object after it is the verb's
    ("وحذرت مصر بشكل قاطع تركيا من التدخل العسكري في ليبيا.", {("Egypt", "opposes", "Turkey")}),
    ("وطالبت الولايات المتحدة بصورة واضحة روسيا بسحب مرتزقتها من ليبيا.", {("US", "opposes", "Russia")}),
    ("ووصفت تركيا بشكل صريح حفتر بالانقلابي.", {("Turkey", "opposes", "LNA")}),
])
def test_regression_an_adverb_of_two_words_before_the_object_hid_it(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text", [
    "واتهمت حكومة الوفاق بشدة الإمارات بدعم قوات حفتر.",
    "واتهمت حكومة الوفاق بشكل مباشر الإمارات بدعم قوات حفتر.",
])
def test_regression_an_adverb_of_manner_after_the_accuser_was_read_as_the_charge(parser, text):
    # the «بـ» of «بشدة» opens no charge: the accused comes after it
    assert triples(parser, text) == {("GNA", "opposes", "UAE"), ("UAE", "supports", "LNA")}


def test_regression_support_received_by_one_named_with_a_long_title_was_missed(parser):
    # the words of the recipient's name and title are no distance between the verb of receiving and what it receives
    assert triples(parser, "وتلقى قائد قوات شرق ليبيا المشير خليفة حفتر دعما عسكريا من الإمارات ومصر.") == \
        {("UAE", "supports", "LNA"), ("Egypt", "supports", "LNA")}


def test_regression_the_emirates_full_official_name_broke_the_list_after_it(parser):
    # «دولة الإمارات العربية المتحدة» is one name: the state joined after it is accused too
    assert triples(parser, "واتهمت حكومة الوفاق دولة الإمارات العربية المتحدة ومصر بتسليح قوات حفتر.") == \
        {("GNA", "opposes", "UAE"), ("GNA", "opposes", "Egypt"), ("UAE", "supports", "LNA"),
         ("Egypt", "supports", "LNA")}


@pytest.mark.parametrize("text, expected", [
    # the spokesman of an actor's forces named with the leader's title and full name speaks for them
    ("وهاجم المتحدث باسم قوات المشير خليفة حفتر الدور القطري في ليبيا.", {("LNA", "opposes", "Qatar")}),
    # forces with a proclitic and an epithet before the leader's name are his
    ("وقدمت روسيا دعما عسكريا لمليشيات الانقلابي حفتر.", {("Russia", "supports", "LNA")}),
])
def test_regression_forces_named_with_their_leaders_full_name_lost_their_phrase(parser, text, expected):
    assert triples(parser, text) == expected


def test_regression_a_government_named_with_its_head_hid_the_accused(parser):
    # «حكومة الوفاق برئاسة فايز السراج»: the body and its head are one phrase; the accused follows it
    assert triples(parser, "واتهمت حكومة الوفاق برئاسة فايز السراج الإمارات بدعم قوات حفتر.") == \
        {("GNA", "opposes", "UAE"), ("UAE", "supports", "LNA")}


@pytest.mark.parametrize("text, expected", [
    # a term of abuse inside the phrase of forces named by their leader is said of him, by whoever speaks
    ("وقالت الخارجية التركية إن مصر منحازة لميليشيات الانقلابي حفتر.",
     {("Egypt", "supports", "LNA"), ("Turkey", "opposes", "Egypt"), ("Turkey", "opposes", "LNA")}),
    # with nobody speaking, it is nobody's stance
    ("وتقدم روسيا السلاح لمليشيات الانقلابي حفتر.", {("Russia", "supports", "LNA")}),
])
def test_regression_an_epithet_inside_a_forces_phrase_was_said_of_the_actor_before(parser, text, expected):
    assert triples(parser, text) == expected


def test_regression_the_noun_of_inna_before_a_quoted_verb_lost_its_subject_to_the_parse(parser):
    # «إن فرنسا «تدعم …»»: the noun right after «إن» is the verb's subject, the actor after the verb its object
    # (and past «وإن», the possessive on «دعمها» is that subject's, denied)
    text = "وأصدر قصر الإليزيه بيانا قال فيه إن فرنسا «تدعم الحكومة المعترف بها دوليا برئاسة فايز السراج» وإن لا " \
        "صحة لما يقال عن دعمها لحفتر."
    assert ("France", "supports", "GNA", "verb-svo") in rule_claims(parser, text)
    assert claims_with_polarity(parser, text) == {("France", "supports", "GNA", False),
                                                  ("France", "supports", "LNA", True)}


@pytest.mark.parametrize("text, expected", [
    # «في الجانب الخطأ/الخاطئ من التاريخ»: said of the actor before it, the speaker's verdict
    ("وقال أردوغان إن مصر تقف في الجانب الخطأ من التاريخ.", {("Turkey", "opposes", "Egypt")}),
    ("وقالت موسكو إن واشنطن اختارت الوقوف في الجانب الخاطئ من التاريخ.", {("Russia", "opposes", "US")}),
    # (those it is said of named by no actor kg knows: no claim)
    ("وقال السراج إن الدول الداعمة لحفتر تقف في الجانب الخطأ من التاريخ.", set()),
])
def test_the_wrong_side_of_history_is_a_verdict_on_the_actor_before_it(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # leaders or officials in an actor, behind «في/من», are the actor, as the verb's or masdar's object
    ("وفرضت واشنطن عقوبات على قادة في قوات حفتر.", {("US", "opposes", "LNA")}),
    ("والتقى وزير الخارجية الإيطالي قادة من حكومة الوفاق في روما.", {("GNA", "met", "Italy")}),
])
def test_regression_leaders_in_an_actor_named_as_object_were_nobody(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # past a clause of «وأن» the possessive on a masdar goes on with the subject of the clause before, not its object
    ("وأصدر الكرملين بيانا أكد فيه أن موسكو «تدعم الحكومة الشرعية في طرابلس» وأن تقارير دعمها لحفتر غير صحيحة.",
     {("Russia", "supports", "GNA"), ("Russia", "supports", "LNA")}),
    # (in the one clause, the object's deed: «بسبب دعمها»)
    ("وانتقدت مصر تركيا بسبب دعمها لحكومة الوفاق.", {("Egypt", "opposes", "Turkey"), ("Turkey", "supports", "GNA")}),
])
def test_regression_a_possessive_past_a_clause_of_anna_went_to_the_object_before(parser, text, expected):
    assert triples(parser, text) == expected


def test_regression_a_predicate_after_a_clause_of_inna_was_said_of_the_actor_before(parser):
    # «وإن الاتهامات … باطلة»: the clause of «وإن» has its own subject, the accusations, which «باطلة» is said of
    text = "وأصدرت الرئاسة الفرنسية بيانا قالت فيه إن باريس «تدعم حكومة الوفاق» وإن الاتهامات الموجهة إليها باطلة."
    assert triples(parser, text) == {("France", "supports", "GNA")}


@pytest.mark.parametrize("text, expected", [
    # «الأخير» is the last man named: «عقيلة صالح» is a man, whatever the ending of his first name
    ("واستقبل لافروف عقيلة صالح، ورحب بالمقترح الذي قدمه الأخير لإنهاء الأزمة.",
     {("LNA", "met", "Russia"), ("Russia", "supports", "LNA")}),
])
def test_regression_a_mans_name_ending_in_ta_marbuta_was_read_as_a_woman(parser, text, expected):
    assert triples(parser, text) == expected


def test_a_person_named_takes_the_gender_on_record(parser):
    from kg.actors import words_of
    from kg.grammar import mention_gender
    from kg.ingest import default_matcher
    text = "والتقى خليفة حفتر أنجيلا ميركل."
    words = words_of(parser.parse(text)[0], text)
    genders = {m.actor: mention_gender(words, m, "Person") for m in default_matcher().find(words, None)}
    assert genders == {"Haftar": "Masc", "Merkel": "Fem"}


@pytest.mark.parametrize("text, expected", [
    # an initiative with the pronoun of its owner, credited by a verb joined to a meeting, is the owner's
    ("واستقبل لافروف عقيلة صالح في موسكو، وأشاد بمبادرته السياسية.",
     {("LNA", "met", "Russia"), ("Russia", "supports", "LNA")}),
    ("والتقى شكري نظيره الفرنسي، ورحب بمبادرته لوقف إطلاق النار.",
     {("Egypt", "met", "France"), ("Egypt", "supports", "France")}),
])
def test_an_initiative_credited_by_its_owners_pronoun_backs_the_owner(parser, text, expected):
    assert triples(parser, text) == expected


def test_regression_a_feminine_call_to_intervene_asked_nobody(parser):
    # «دعت» (the feminine of «دعا») asks the actor before «إلى التدخل» to intervene: the asker backs it
    assert triples(parser, "ودعت حكومة الوفاق تركيا إلى التدخل العسكري لصد الهجوم.") == {("GNA", "supports", "Turkey")}


@pytest.mark.parametrize("text, expected", [
    # what is said of a deed («ما يقال عن …»), called untrue after it or said to have no basis before it, is denied
    ("وقالت موسكو إن ما يقال عن دعمها لقوات حفتر عار عن الصحة.", {("Russia", "supports", "LNA", True)}),
    ("وأكدت أبوظبي أنه لا أساس لما يقال عن تسليحها لحفتر.", {("UAE", "supports", "LNA", True)}),
])
def test_regression_what_is_said_of_a_deed_called_untrue_was_asserted(parser, text, expected):
    assert claims_with_polarity(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # «حمّل X تبعات/عواقب …»: holding an actor to the consequences blames it, as «المسؤولية» does
    ("وحملت حكومة الوفاق أبوظبي تبعات التصعيد العسكري.", {("GNA", "opposes", "UAE")}),
    ("وحملت الخارجية المصرية تركيا عواقب تدخلها في ليبيا.", {("Egypt", "opposes", "Turkey")}),
    # (carrying goods is no blame)
    ("وحملت الطائرة التركية معدات عسكرية إلى طرابلس.", set()),
])
def test_holding_an_actor_to_the_consequences_blames_it(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the masdar of a verb of two objects: the actor before the second object is the one blamed; the agent is the
    # subject of the verb that governs the masdar, not hesitating (litotes) or calling for it
    ("وقال وزير الخارجية المصري إن بلاده لن تتردد في تحميل تركيا مسؤولية التصعيد.", {("Egypt", "opposes", "Turkey")}),
    ("وأكد وزير الدفاع التركي أن أنقرة لن تتردد أبدا في تلقين قوات حفتر درسا قاسيا.", {("Turkey", "opposes", "LNA")}),
    ("ودعا السراج إلى تحميل حفتر المسؤولية عن قصف المدنيين.", {("GNA", "opposes", "LNA")}),
])
def test_the_first_object_of_a_masdar_of_two_objects_is_its_target(parser, text, expected):
    assert triples(parser, text) == expected


def test_regression_what_is_rumoured_is_no_litotes_of_hesitation(parser):
    # «لا صحة لما يتردد عن …»: «يتردد» (is rumoured) with no «في» after it is no hesitation; the support is denied
    assert claims_with_polarity(parser, "وقالت الرئاسة إنه لا صحة لما يتردد عن دعم مصر لقوات حفتر.") == \
        {("Egypt", "supports", "LNA", True)}


@pytest.mark.parametrize("text, expected", [
    # «أما X فـ…»: the topic fronted by «أما» is the subject of the verb its «فـ» opens, whatever the parse says
    ("أما تركيا فدعمت حكومة الوفاق بطائرات مسيرة ومستشارين عسكريين.", {("Turkey", "supports", "GNA")}),
    # (and «ثمن» there, or after «لقد», is the verb, not the noun "price")
    ("أما رئيس مجلس النواب فثمن الدعم المصري للجيش الوطني الليبي.",
     {("LNA", "supports", "Egypt"), ("Egypt", "supports", "LNA")}),
    ("ولقد ثمن رئيس مجلس النواب الدعم المصري للجيش الوطني الليبي.",
     {("LNA", "supports", "Egypt"), ("Egypt", "supports", "LNA")}),
    ("أما ثمن الأسلحة فقد ارتفع.", set()),
])
def test_regression_the_topic_of_amma_lost_its_verb(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text", [
    "إذ تسعى تركيا إلى إرسال مستشارين عسكريين لحكومة الوفاق.",
    "لكن تسعى روسيا إلى إرسال مقاتلين لدعم حفتر.",
    # (nor the purpose of the deed sought: its «لـ» reaches back past that deed and its object)
    "وتسعى روسيا إلى إرسال مقاتلين لدعم حفتر.",
])
def test_regression_an_intent_past_a_name_the_tagger_called_a_verb_was_asserted(parser, text):
    # a one-word name right after the verb of intending is its subject, whatever the tagger calls it: the support
    # sought is not given
    assert not any(not negated for *_, negated in claims_with_polarity(parser, text))


@pytest.mark.parametrize("text, expected", [
    # an adverb of repetition, time or manner between the subject and the object («من جديد», «كذلك», «بدوره», «مرة
    # أخرى», «للمرة الثانية», «على نحو …», «هي الأخرى», «قبل أيام»): its «من», «كـ» or «بـ» marks nobody, and its words
    # are no distance to the object
    ("ووصف المتحدث باسم الجيش الوطني الليبي من جديد أردوغان بالمحتل.", {("LNA", "opposes", "Turkey")}),
    ("وحملت حكومة الوفاق كذلك الإمارات مسؤولية قصف المطار.", {("GNA", "opposes", "UAE")}),
    ("ووصف الرئيس التركي بدوره حفتر بالقرصان.", {("Turkey", "opposes", "LNA")}),
    ("وانتقدت روسيا على نحو لافت إرسال قوات تركية إلى ليبيا.", {("Russia", "opposes", "Turkey")}),
    ("ووجهت فرنسا مرة أخرى انتقادات لاذعة للسياسة الروسية في ليبيا.", {("France", "opposes", "Russia")}),
    ("وحذرت إيطاليا للمرة الثانية روسيا من مغبة التصعيد في سرت.", {("Italy", "opposes", "Russia")}),
    ("ووجهت بريطانيا هي الأخرى انتقادات شديدة للسياسة الروسية في ليبيا.", {("UK", "opposes", "Russia")}),
    ("وحذرت فرنسا قبل أيام من تصاعد النفوذ التركي في ليبيا.", {("France", "opposes", "Turkey")}),
    # (its «لـ» is no purpose between a verb of receiving and what is received)
    ("وتلقت قوات حفتر للمرة الأولى شحنة أسلحة من الإمارات.", {("UAE", "supports", "LNA")}),
])
def test_regression_an_adverb_of_repetition_before_the_object_hid_it(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # who reported it, or did so too, set off by commas after the subject («، حسبما أفادت …،», «، كما نقلت …،», «، نقلا
    # عن …،», «، كما فعلت …،»): an aside, the object follows it, and the one inside it is not the subject
    ("وانتقدت مصر، حسبما أفادت مصادر مطلعة، الدعم التركي لحكومة الوفاق.",
     {("Egypt", "opposes", "Turkey"), ("Turkey", "supports", "GNA")}),
    ("وأشاد السراج، كما نقلت وكالة الأناضول، بالموقف التركي من الأزمة.", {("GNA", "supports", "Turkey")}),
    ("ورفضت مصر، حسبما نقلت وكالة الأنباء الرسمية، أي وجود عسكري تركي في ليبيا.", {("Egypt", "opposes", "Turkey")}),
    ("وانتقدت إيطاليا، نقلا عن مصادر دبلوماسية، الدور الروسي في ليبيا.", {("Italy", "opposes", "Russia")}),
    ("ورفضت اليونان، كما فعلت قبرص، الاتفاق الموقع بين أنقرة وحكومة الوفاق.",
     {("Greece", "opposes", "Turkey"), ("Greece", "opposes", "GNA")}),
])
def test_regression_a_source_named_in_commas_after_the_subject_cut_off_the_object(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a day in parentheses or between dashes after the subject is an aside, as one in commas
    ("وأدانت بريطانيا (الجمعة) الهجوم الذي شنته قوات حفتر على مطار معيتيقة.", {("UK", "opposes", "LNA")}),
    ("ونددت قطر (السبت) بالغارات التي نفذتها طائرات إماراتية على غريان.", {("Qatar", "opposes", "UAE")}),
    ("وأدانت فرنسا - أمس - الهجوم الذي شنته قوات حفتر على مطار معيتيقة.", {("France", "opposes", "LNA")}),
    ("وتلقت قوات حفتر - الثلاثاء - دعما عسكريا من روسيا.", {("Russia", "supports", "LNA")}),
])
def test_regression_a_day_in_parentheses_after_the_subject_hid_the_object(parser, text, expected):
    assert triples(parser, text) == expected


def test_regression_a_day_in_parentheses_after_yesterday_hid_the_verbs_object(parser):
    # «أمس (الاثنين)»: the day named twice; the verb's object is the deed after it, whose doer is condemned
    text = "وأدانت اليونان أمس (الاثنين) القصف الذي نفذته طائرات تركية على مدينة سرت."
    assert ("Greece", "opposes", "Turkey", "verb-parse") in rule_claims(parser, text)


@pytest.mark.parametrize("text, expected", [
    # where it was said, with no commas, between the subject and the object: on the sidelines of an event, or at a
    # meeting with the press
    ("وحذرت اليونان على هامش القمة الأوروبية أنقرة من مواصلة التنقيب قبالة ليبيا.", {("Greece", "opposes", "Turkey")}),
    ("واتهمت حكومة الوفاق خلال لقاء مع الصحفيين روسيا بإرسال مرتزقة إلى سرت.", {("GNA", "opposes", "Russia")}),
    ("وانتقد وزير الخارجية الأمريكي في لقاء صحفي الدور الروسي في ليبيا.", {("US", "opposes", "Russia")}),
])
def test_regression_where_it_was_said_before_the_object_hid_it(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text", [
    # the reach of a negation, an intent or a rejection does not count the adverb or the day in parentheses between
    "ولم يجر الرئيس الروسي من جديد أي اتصال مع السراج منذ أشهر.",
    "وتسعى روسيا هي الأخرى إلى إرسال مقاتلين لدعم حفتر.",
    "ورفضت تركيا (الأحد) الاتهامات بدعم حكومة الوفاق بالمرتزقة.",
])
def test_regression_an_adverb_or_a_day_in_parentheses_let_a_claim_escape_its_negation(parser, text):
    assert not any(not negated for _, _, _, negated in claims_with_polarity(parser, text))


@pytest.mark.parametrize("text, expected", [
    # a deed criticised that was done with another's backing («بدعم تركي», «بدعم من …»): the critic opposes the
    # backer, and is not the one backed (the seat the fighters arrive in is: its government)
    ("وانتقد الرئيس الفرنسي وصول مقاتلين أجانب إلى طرابلس بدعم تركي.",
     {("France", "opposes", "Turkey"), ("Turkey", "supports", "GNA")}),
    ("واستنكرت تركيا الهجوم على مصراتة بدعم من الإمارات.", {("Turkey", "opposes", "UAE")}),
    ("وانتقد وزير الخارجية الروسي تدفق المرتزقة على الغرب الليبي بدعم من أنقرة.", {("Russia", "opposes", "Turkey")}),
])
def test_regression_the_critic_of_a_backed_deed_was_read_as_the_one_backed(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a feminine verb («استقبلت», «اجتمعت») drops no man for its subject: the woman named right after it is its
    # subject, not the one the sentence before named
    ("وانتقد لافروف الدور التركي في ليبيا. وقد استقبلت ميركل، على هامش القمة، رئيس البرلمان الليبي عقيلة صالح.",
     {("Russia", "opposes", "Turkey"), ("Germany", "met", "LNA")}),
    ("وانتقد لافروف الدور التركي في ليبيا. وقد اجتمعت ميركل، في مقر المستشارية، بالمشير حفتر قائد قوات الشرق.",
     {("Russia", "opposes", "Turkey"), ("Germany", "met", "LNA")}),
])
def test_regression_a_man_named_before_was_taken_for_a_feminine_verbs_subject(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a ministry named with its state, alone later in the text («الوزارة», «الخارجية»), is that state
    ("أصدرت وزارة الخارجية الإيطالية بيانا مساء الاثنين. وقالت الوزارة إن روسيا ترسل مرتزقة إلى ليبيا.",
     {("Italy", "opposes", "Russia")}),
    ("ونددت الخارجية المصرية بالهجوم على سرت. وقالت الخارجية إن تركيا تنقل المرتزقة السوريين إلى ليبيا.",
     {("Egypt", "opposes", "Turkey")}),
    # not in construct after another noun («مقر الوزارة»), nor as an adjective («السياسة الخارجية»)
    ("وأصدرت وزارة الخارجية الفرنسية بيانا. وقال مصدر في مقر الوزارة إن تركيا ترسل مرتزقة إلى ليبيا.", set()),
    ("وأصدرت الخارجية القطرية بيانا. وانتقدت فرنسا السياسة الخارجية التركية.", {("France", "opposes", "Turkey")}),
])
def test_regression_a_ministry_named_again_alone_spoke_for_nobody(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what one actor says another told him or affirmed is the other's verdict: the nearest speaker before it
    ("وقال وزير الخارجية الإيطالي إن حفتر أكد له أن الاتفاق الموقع بين تركيا وحكومة الوفاق \"باطل\".",
     {("LNA", "opposes", "Turkey"), ("LNA", "opposes", "GNA")}),
    ("وقالت الخارجية الروسية إن حفتر أكد أن حكومة الوفاق \"رهينة للميليشيات\".", {("LNA", "opposes", "GNA")}),
    # a participle agrees with its subject: a masculine one after a feminine reporter is said by the man she reports
    ("وذكرت الرئاسة الفرنسية أن حفتر اعتبر أن الهدنة انتهت، متهما حكومة الوفاق بالارتهان للميليشيات.",
     {("LNA", "opposes", "GNA")}),
])
def test_regression_a_nested_speakers_verdict_went_to_the_one_who_reported_it(parser, text, expected):
    assert triples(parser, text) == expected


def test_praising_participle_backs_the_one_praised(parser):
    assert ("Egypt", "supports", "UAE") in triples(parser, "وأشاد السيسي بالاتفاق، مثنيا على جهود الإمارات في الوساطة.")


def test_a_bombing_condemned_in_a_later_sentence_is_the_bombers(parser):
    text = "قصفت قوات حفتر مطار معيتيقة. وأدانت وزارة الخارجية الأمريكية القصف."
    assert ("US", "opposes", "LNA") in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    ("وقالت حكومة الوفاق إن المبادرة محاولة لإنقاذ حفتر.", set()),
    ("وأكدت أنقرة أن قواتها ستواصل تدريب قوات الوفاق.", {("Turkey", "supports", "GNA")}),
])
def test_a_purpose_masdar_belongs_to_the_subject_of_what_is_said_not_the_speaker(parser, text, expected):
    assert {t for t in triples(parser, text) if t[1] == "supports"} == expected


@pytest.mark.parametrize("text, expected", [
    ("وسلمت روسيا قوات حفتر منظومات دفاع جوي.", {("Russia", "supports", "LNA")}),
    ("وباعت فرنسا أسلحة لقوات حفتر.", {("France", "supports", "LNA")}),
    ("وسلم السفير التركي رسالة إلى السراج.", set()),
    ("وقدمت ألمانيا مشروع قرار إلى مجلس الأمن بشأن حظر الأسلحة.", set()),
])
def test_weapons_delivered_or_sold_to_an_actor(parser, text, expected):
    assert {t for t in triples(parser, text) if t[1] == "supports"} == expected


@pytest.mark.parametrize("text, expected", [
    ("وتزعم موسكو أنها لا تدعم حفتر.", {("Russia", "supports", "LNA", True)}),
    ("وزعمت أثينا أن أنقرة تنتهك حظر السلاح.", {("Greece", "opposes", "Turkey", False)}),
])
def test_an_actor_inside_what_is_alleged_is_no_object_of_the_alleging(parser, text, expected):
    assert claims_with_polarity(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وأعلنت حكومة الوفاق وقف التعامل مع الشركات الإماراتية.", {("GNA", "opposes", "UAE")}),
    ("ودعا المجلس الرئاسي إلى إقصاء حفتر من المشهد السياسي.", {("GNA", "opposes", "LNA")}),
    ("وقال آمر غرفة العمليات المشتركة لقوات الوفاق إن الإمارات قصفت مواقع مدنية.", {("GNA", "opposes", "UAE")}),
    ("وقال المسماري إن روسيا لا تدعم ميليشيات السراج.", set()),
])
def test_dealings_stopped_an_exclusion_called_for_and_a_speaker_named_by_a_long_title(parser, text, expected):
    assert {t for t in triples(parser, text) if t[1] == "opposes"} == expected


@pytest.mark.parametrize("text, expected", [
    ("وأصدرت الخارجية المصرية بيانا أدانت فيه التدخل التركي.", {("Egypt", "opposes", "Turkey")}),
    ("وعقد السراج مؤتمرا صحفيا مع وزير الخارجية الإيطالي، انتقد فيه حفتر.", {("GNA", "opposes", "LNA")}),
])
def test_who_gave_the_speech_says_what_a_verb_with_fih_says_in_it(parser, text, expected):
    assert {t for t in triples(parser, text) if t[1] == "opposes"} == expected


def test_the_capital_one_was_received_in_is_the_host_past_a_time(parser):
    text = "وتواجه روما انتقادات لدعمها السراج، بعد استقباله في عامي 2018 و2019 في روما."
    assert ("GNA", "met", "Italy") in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    ("وزار وزير الخارجية التركي العاصمة المصرية القاهرة.", {("Egypt", "met", "Turkey")}),
    ("وزار وفد من حكومة الوفاق برئاسة وزير الخارجية محمد سيالة العاصمة الإيطالية روما.", {("GNA", "met", "Italy")}),
    ("وقالت صحيفة إيطالية إن الاجتماع عقد في العاصمة الإيطالية.", set()),
])
def test_the_capital_a_visit_verb_has_for_object_is_the_host(parser, text, expected):
    assert {t for t in triples(parser, text) if t[1] == "met"} == expected


@pytest.mark.parametrize("text, expected", [
    ("ووقعت قبرص واليونان اتفاقا بحريا ردا على الاتفاق التركي الليبي.",
     {("Cyprus", "opposes", "Turkey"), ("Greece", "opposes", "Turkey"), ("Cyprus", "opposes", "GNA"),
      ("Greece", "opposes", "GNA")}),
    ("وقال الوزير ردا على سؤال إن بلاده تتابع الوضع.", set()),
    ("وقال باشاغا إن الإمارات تقف وراء كل هذا الدمار.", {("GNA", "opposes", "UAE")}),
])
def test_a_step_in_retaliation_and_being_behind_a_harm(parser, text, expected):
    assert {t for t in triples(parser, text) if t[1] == "opposes"} == expected


def test_a_quotation_said_thus_by_the_speaker_after_it(parser):
    assert ("Qatar", "supports", "GNA") in triples(parser, '"نحن ندعم حكومة الوفاق"، هكذا قال أمير قطر.')


def test_concern_over_a_deed_behind_izaa_is_against_its_doer(parser):
    text = "وأعربت برلين عن قلقها البالغ إزاء نشر روسيا مقاتلات في ليبيا."
    assert ("Germany", "opposes", "Russia") in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    ("وتواجه قطر اتهامات من مجلس النواب بدعم حكومة الوفاق.", {("HoR", "opposes", "Qatar"), ("Qatar", "supports", "GNA")}),
    ("وتتعرض فرنسا لاتهامات بدعم حفتر.", {("France", "supports", "LNA")}),
])
def test_who_faces_accusations_is_the_accused_and_the_support_is_the_charge(parser, text, expected):
    assert triples(parser, text) == expected


def test_regression_the_actor_in_an_accusations_charge_is_not_the_one_accused(parser):
    # «تتهم» with no object: Russia is accused, and what it is charged with names Haftar
    assert triples(parser, "وتتهم روسيا بدعم حفتر عسكريا.") == {("Russia", "supports", "LNA")}


@pytest.mark.parametrize("text, expected", [
    ("وأشاد رئيس المجلس الرئاسي بالدعم الذي قدمته تركيا.", {("GNA", "supports", "Turkey"), ("Turkey", "supports", "GNA")}),
    ("وثمن المشير حفتر الدعم الذي تقدمه روسيا للجيش الوطني.", {("LNA", "supports", "Russia"), ("Russia", "supports", "LNA")}),
    ("وأعربت حكومة الوفاق عن امتنانها للدعم القطري.", {("GNA", "supports", "Qatar"), ("Qatar", "supports", "GNA")}),
])
def test_support_praised_with_its_giver_named_in_a_relative_clause_or_gratitude(parser, text, expected):
    assert triples(parser, text) == expected


def test_regression_the_authored_support_is_not_its_own_object(parser):
    # the relative clause's subject gave the support: it cannot also be the one it went to
    assert ("Turkey", "supports", "Turkey") not in triples(parser, "وأشاد الوزير بالدعم الذي قدمته تركيا.")


def test_concern_over_mercenaries_named_by_a_broken_plural_is_against_their_state(parser):
    text = "وأعربت الخارجية الفرنسية عن قلقها من وصول المرتزقة الروس إلى ليبيا."
    assert ("France", "opposes", "Russia") in triples(parser, text)


def test_an_agreement_lacking_any_legal_basis_is_opposed(parser):
    text = "وقالت قبرص إن الاتفاق بين تركيا وحكومة الوفاق يفتقر إلى أي أساس قانوني."
    assert triples(parser, text) == {("Cyprus", "opposes", "Turkey"), ("Cyprus", "opposes", "GNA")}


def test_an_adjective_of_the_actors_own_position_does_not_stop_its_participle(parser):
    # «موقفها الثابت»: the definite word after a noun with a possessive pronoun is its adjective
    text = "وجددت أنقرة موقفها الثابت الداعم لحكومة الوفاق."
    assert triples(parser, text) == {("Turkey", "supports", "GNA")}


def test_an_epithet_before_a_name_is_the_reported_speakers_word_against_it(parser):
    text = "وقال وزير الخارجية القطري إن بلاده تقف مع الليبيين في مواجهة الانقلابي حفتر."
    assert ("Qatar", "opposes", "LNA") in triples(parser, text)


def test_an_epithet_in_the_narrators_voice_is_nobodys_stance(parser):
    assert triples(parser, "وتقدمت قوات الانقلابي حفتر نحو العاصمة.") == set()


def test_the_object_after_the_recognised_governments_epithet_is_the_verbs(parser):
    text = "ورفضت حكومة الوفاق المعترف بها دوليا المبادرة المصرية."
    assert triples(parser, text) == {("GNA", "opposes", "Egypt")}


def test_a_call_set_off_by_commas_after_the_verbs_two_actors_is_between_them(parser):
    text = "وأكد بوتين لنظيره التركي، خلال اتصال هاتفي، ضرورة التهدئة في ليبيا."
    assert triples(parser, text) == {("Russia", "called", "Turkey")}


@pytest.mark.parametrize("text, expected", [
    ("ورفضت تركيا الاتهامات الفرنسية بدعمها لحكومة الوفاق.",
     {("Turkey", "opposes", "France", False), ("France", "opposes", "Turkey", False), ("Turkey", "supports", "GNA", True)}),
    ("ونفت روسيا الاتهامات الأمريكية بدعمها لحفتر.",
     {("US", "opposes", "Russia", False), ("Russia", "supports", "LNA", True)}),
])
def test_regression_a_rejected_reports_author_is_neither_what_it_names_nor_its_pronoun(parser, text, expected):
    # «رفضت تركيا الاتهامات الفرنسية بدعمها لحكومة الوفاق» gave Turkey opposing the GNA and France's support
    # denied: the rejection is of the report's author, and «its» support is the accused's
    assert claims_with_polarity(parser, text) == expected


def test_plural_accusations_are_their_genitives_so_rejecting_them_opposes_the_author(parser):
    text = "ورفضت الإمارات اتهامات حكومة الوفاق لها بدعم حفتر."
    assert {("UAE", "opposes", "GNA"), ("GNA", "opposes", "UAE")} <= triples(parser, text)


def test_regression_a_deed_charged_in_a_report_the_accused_rejects_is_the_authors_stance(parser):
    # «كذبت مصر الادعاءات القطرية بشأن تدخلها»: «its» intervention is Egypt's, the charge is Qatar's and
    # stands (it gave Egypt opposing Qatar, negated)
    got = claims_with_polarity(parser, "وكذبت مصر الادعاءات القطرية بشأن تدخلها في ليبيا.")
    assert ("Qatar", "opposes", "Egypt", False) in got and ("Egypt", "opposes", "Qatar", True) not in got


def test_accusations_called_a_fabrication_are_opposed(parser):
    assert ("Egypt", "opposes", "Turkey") in triples(parser, "ووصفت القاهرة الاتهامات التركية بأنها محض افتراء.")


def test_regression_not_content_with_a_support_asserts_it(parser):
    # «لم تكتف X بدعم Y … بل …» gave the GNA's support for Turkey, negated: «not only» asserts the
    # support, and the masdar is the object of «اكتفى», not a backing the subject received
    got = claims_with_polarity(parser, "ولم تكتف قطر بدعم حكومة الوفاق سياسيا بل أرسلت مستشارين.")
    assert got == {("Qatar", "supports", "GNA", False)}


@pytest.mark.parametrize("text, expected", [
    ("وشارك الطيران التركي المسير في المعارك إلى جانب القوات التابعة لحكومة الوفاق.", {("Turkey", "supports", "GNA")}),
    ("ويقاتل مرتزقة فاغنر في الخطوط الأمامية إلى جانب قوات حفتر.", {("Russia", "supports", "LNA")}),
    ("وحضر السفير الروسي في الاجتماع إلى جانب السفير التركي.", set()),
])
def test_forces_fighting_somewhere_beside_an_actors_loyal_forces(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # (past an aside that qualifies the forces, and past quotation marks around what they do)
    ("وتحدث التقرير عن مقاتلي فاغنر، المرتبطة بالكرملين، إلى جانب قوات حفتر.", {("Russia", "supports", "LNA")}),
    ("وقالت واشنطن إن مجموعة فاغنر «تقاتل جنبا إلى جنب مع قوات حفتر».", {("Russia", "supports", "LNA")}),
    # (armed men no actor names stand there for whoever sent them)
    ("واتهمت واشنطن مجموعة فاغنر الروسية بنشر مئات المقاتلين إلى جانب قوات حفتر.",
     {("US", "opposes", "Russia"), ("Russia", "supports", "LNA")}),
    ("ونشرت صحيفة روسية صور المرتزقة إلى جانب قوات حفتر.", set()),
    ("وقال السراج إن المقاتلين الأجانب إلى جانب قوات حفتر يهددون المدنيين.", set()),
])
def test_forces_beside_an_actor_past_an_aside_quotation_marks_or_named_by_their_sender(parser, text, expected):
    assert triples(parser, text) == expected


def test_the_partners_named_after_a_joint_statements_issuer_say_it_too(parser):
    text = "وأصدرت إيطاليا بيانا مشتركا مع فرنسا يدين التدخل التركي في ليبيا."
    assert {("Italy", "opposes", "Turkey"), ("France", "opposes", "Turkey")} <= triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    ("وتحدث المشري عن الدعم الذي تحصل عليه قوات حفتر من الإمارات.", ("UAE", "supports", "LNA")),
    ("وأشاد المسماري بالدعم الذي تحظى به قوات حفتر من مصر.", ("Egypt", "supports", "LNA")),
])
def test_support_received_in_a_relative_clause_comes_from_the_actor_behind_min(parser, text, expected):
    assert expected in triples(parser, text)


def test_an_official_said_to_enjoy_no_legitimacy_is_opposed(parser):
    assert triples(parser, "وقالت أنقرة إن حفتر لا يتمتع بأي شرعية.") == {("Turkey", "opposes", "LNA")}


@pytest.mark.parametrize("text, expected", [
    ("ورفض المسماري تصريحات وزير الخارجية التركي، معتبرا أنها انحياز واضح لحكومة الوفاق.",
     {("LNA", "opposes", "Turkey"), ("Turkey", "supports", "GNA")}),
    ("ورفض السراج المبادرة الفرنسية ووصفها بأنها محاولة لإنقاذ حفتر.",
     {("GNA", "opposes", "France"), ("France", "supports", "LNA")}),
])
def test_a_masdar_said_of_the_pronoun_after_anna_is_the_deed_of_the_stances_object(parser, text, expected):
    # (it gave the support to the subject who rejects and describes)
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وتداولت الصحف صورا للقاء الذي جمع بوتين بحفتر في موسكو.", {("LNA", "met", "Russia")}),
    ("ويستعد السراج للقاء الذي يجمعه بأردوغان غدا.", set()),
])
def test_a_meeting_behind_lam_told_held_by_a_perfect_relative_clause(parser, text, expected):
    assert triples(parser, text) == expected


def test_described_as_a_rival_or_an_enemy_is_opposed(parser):
    assert triples(parser, "ووصف أردوغان حفتر بأنه عدو للشعب الليبي.") == {("Turkey", "opposes", "LNA")}


@pytest.mark.parametrize("text, expected", [
    ('باشاغا لـ"رويترز": الإمارات تقف وراء الهجمات على طرابلس', {("GNA", "opposes", "UAE")}),
    ("السراج لقناة تلفزيونية: الإمارات تقف وراء الهجمات", {("GNA", "opposes", "UAE")}),
    ("أردوغان: لن نترك الليبيين وحدهم في مواجهة الانقلابي حفتر", {("Turkey", "opposes", "LNA")}),
])
def test_a_headline_speaker_with_the_outlet_before_the_colon(parser, text, expected):
    assert triples(parser, text) == expected


def test_the_first_of_a_coordinated_subject_may_be_the_others_object(parser):
    assert triples(parser, "مصر والسعودية تؤيدان إعلان القاهرة") == {("SaudiArabia", "supports", "Egypt")}


@pytest.mark.parametrize("text, expected", [
    ("ورفضت حكومة الوفاق العملية البحرية التي أطلقها الاتحاد الأوروبي.", {("GNA", "opposes", "EU")}),
    ("وأيدت روسيا الخطوات التي اتخذتها القاهرة.", {("Russia", "supports", "Egypt")}),
    ("وانتقد السراج الدول التي تدعم حفتر.", set()),
])
def test_a_stance_on_a_deed_whose_relative_clause_names_its_doer(parser, text, expected):
    assert triples(parser, text) == expected


def test_a_dropped_subject_before_a_deed_with_its_doer_in_a_relative_clause(parser):
    text = "أعلنت الجزائر حيادها. وأكدت تونس دعمها للحل السياسي، كما أدانت الهجوم الذي تشنه قوات حفتر على طرابلس."
    got = {(c.source_party, c.relation, c.target_party) for c in extract_document(Document("t", text), parser.parse(text))}
    assert ("Tunisia", "opposes", "LNA") in got


def test_a_meeting_held_by_the_subject_of_the_sentence_before(parser):
    text = "وصل باشاغا إلى أنقرة. وعقد جلسة مباحثات مع وزير الدفاع التركي."
    got = {(c.source_party, c.relation, c.target_party) for c in extract_document(Document("t", text), parser.parse(text))}
    assert ("GNA", "met", "Turkey") in got or ("Turkey", "met", "GNA") in got


def test_a_reception_in_a_palace_named_for_its_state_is_a_meeting_with_it(parser):
    assert triples(parser, "وحظي السراج باستقبال رسمي في قصر الإليزيه.") == {("France", "met", "GNA")}


def test_a_counterpart_in_a_government_is_one_of_it(parser):
    words_text = "والتقى وزير الخارجية التركي نظيره في حكومة الوفاق."
    assert triples(parser, words_text) == {("GNA", "met", "Turkey")}


@pytest.mark.parametrize("text, expected", [
    ("وتدين قوات حفتر بانتصاراتها للطيران الإماراتي.", set()),
    ("وتدين مصر بشدة التدخل التركي في ليبيا.", {("Egypt", "opposes", "Turkey")}),
])
def test_regression_owing_is_not_condemning(parser, text, expected):
    # «تدين X بـ … لـ Y» (owes) gave X opposing Y
    assert {t for t in triples(parser, text) if t[1] == "opposes"} == expected


@pytest.mark.parametrize("text, expected", [
    ("ويعد حفتر ذراع الإمارات في ليبيا.", {("UAE", "supports", "LNA")}),
    ("وقال المسماري إن الجماعات المسلحة ذراع أنقرة في ليبيا.", set()),
])
def test_an_actors_arm_and_no_referent_across_anna(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وقال المسماري إن المجلس الرئاسي باع ليبيا للمستعمر التركي.", {("LNA", "opposes", "Turkey")}),
    ("وقالت مصر إن البرلمان الليبي رفض التدخل التركي.", {("HoR", "opposes", "Turkey")}),
])
def test_a_deed_named_inside_a_speech_with_no_stance_verb_is_the_speakers_word(parser, text, expected):
    assert triples(parser, text) == expected


def test_the_interim_government_and_its_head_are_the_east(parser):
    assert triples(parser, "وأشاد رئيس الحكومة الليبية المؤقتة عبد الله الثني بالدعم الروسي.") == \
        {("LNA", "supports", "Russia"), ("Russia", "supports", "LNA")}


@pytest.mark.parametrize("text, expected", [
    ("وأشاد وزير الدفاع بحكومة الوفاق بالتعاون العسكري مع تركيا.", {("GNA", "supports", "Turkey")}),
    ("وحملت وزارة الداخلية بحكومة الوفاق قوات حفتر مسؤولية القصف.", {("GNA", "opposes", "LNA")}),
    ("وأشاد الرئيس بحكومة الوفاق.", set()),
])
def test_an_office_or_ministry_with_the_ba_of_its_government_is_one_of_it(parser, text, expected):
    assert triples(parser, text) == expected


def test_accused_of_involvement_in_supporting(parser):
    assert triples(parser, "واتهم السراج فرنسا بالتورط في دعم حفتر.") == \
        {("GNA", "opposes", "France"), ("France", "supports", "LNA")}


def test_regression_foreign_support_names_no_giver(parser):
    # «الدعم الخارجي لحفتر» in what Guterres said gave the UN supporting Haftar
    assert triples(parser, "وقال غوتيريش إن الدعم الخارجي لحفتر يطيل أمد الصراع.") == set()


@pytest.mark.parametrize("text, expected", [
    ("وفي اتصال هاتفي، أكد بوتين لأردوغان ضرورة وقف القتال.", {("Russia", "called", "Turkey")}),
    ("وفي اجتماع وزاري، انتقد لودريان تركيا.", {("France", "opposes", "Turkey")}),
])
def test_a_call_opening_the_sentence_before_a_comma_is_between_the_subject_and_the_one_told(parser, text, expected):
    assert triples(parser, text) == expected


def test_regression_a_position_adopted_is_no_support(parser):
    # «تبنت X موقفا معاديا لـ Y» gave X supporting Y: «adopt» backs only what an actor proposed or asks
    assert ("Greece", "supports", "GNA") not in triples(parser, "وتبنت أثينا موقفا معاديا لحكومة الوفاق.")
    assert triples(parser, "وتبنت القاهرة مبادرة حفتر لوقف إطلاق النار.") == {("Egypt", "supports", "LNA")}


@pytest.mark.parametrize("text, expected", [
    ("وصوتت روسيا ضد مشروع القرار البريطاني.", {("Russia", "opposes", "UK")}),
    ("وصوتت فرنسا ضد العقوبات على حفتر.", set()),
    ("واتخذت روما موقفا حازما ضد أي عقوبات على حكومة الوفاق.", set()),
    ("وصوت البرلمان الليبي لصالح التدخل المصري.", {("HoR", "supports", "Egypt")}),
])
def test_voting_against_a_draft_or_an_act_and_for_a_deed(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وتشترك روسيا والإمارات في دعم حفتر.", {("Russia", "supports", "LNA"), ("UAE", "supports", "LNA")}),
    ("وتصطف قطر مع تركيا في دعم حكومة الوفاق.", {("Qatar", "supports", "GNA"), ("Turkey", "supports", "GNA")}),
    ("وتحدث الوزير عن دور قطر في دعم الإرهاب.", set()),
])
def test_the_masdar_a_verb_of_taking_part_or_lining_up_shares_behind_fi(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # obstructing anything but a statement is a charge the speaker makes (it was read as blocking a statement)
    ("وقال المتحدث باسم حكومة الوفاق إن حفتر عرقل المسار السياسي.", {("GNA", "opposes", "LNA")}),
    ("وعرقلت موسكو في مجلس الأمن مشروع قرار يدين قصف المستشفيات.", set()),
])
def test_regression_obstructing_what_is_no_statement_was_read_as_blocking_one(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وقال باشاغا إن الإمارات تسعى لتقويض العملية السياسية.", {("GNA", "opposes", "UAE")}),
    ("وقال المسماري إن أنقرة تحاول عرقلة أي تسوية.", {("LNA", "opposes", "Turkey")}),
    ("وقالت أثينا إن تركيا تسعى إلى زعزعة استقرار شرق المتوسط.", {("Greece", "opposes", "Turkey")}),
    ("وتسعى تركيا إلى تقويض نفوذ منافسيها.", set()),  # nobody reports it: the doer's own aim
])
def test_the_subject_of_a_verb_of_striving_does_the_deed_it_strives_for(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وقالت القاهرة إن التدخل التركي يمثل تهديدا مباشرا لأمنها.", {("Egypt", "opposes", "Turkey")}),
    ("وقال الوزير اليوناني إن الانتشار التركي في طرابلس يشكل تهديدا للمنطقة.", {("Greece", "opposes", "Turkey")}),
])
def test_the_doer_before_a_verb_of_doing_past_where_it_is(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وقال المشري إنه لا يثق في حفتر.", {("GNA", "opposes", "LNA")}),
    ("وأعلنت موسكو عدم ثقتها بالوعود الأمريكية.", {("Russia", "opposes", "US")}),
    ("وقال الوزير إنه لا يثق في أي هدنة لا يضمنها مجلس الأمن.", set()),
    ("وأعربت روما عن خيبة أملها من القرار الفرنسي.", {("Italy", "opposes", "France")}),
])
def test_distrust_and_disappointment_oppose_the_actor(parser, text, expected):
    assert triples(parser, text) == expected


def test_regression_a_purpose_after_a_reported_deed_was_given_to_the_speaker(parser):
    # «لدعم …» after a deed the speaker charges is the doer's purpose (it gave the LNA backing the GNA)
    got = triples(parser, "وقال المتحدث باسم حفتر إن أنقرة تنقل المرتزقة إلى طرابلس لدعم حكومة الوفاق.")
    assert got == {("LNA", "opposes", "Turkey"), ("Turkey", "supports", "GNA")}


@pytest.mark.parametrize("text, expected", [
    ("وقال عقيلة صالح إن القوات التركية تحتل غرب البلاد.", {("LNA", "opposes", "Turkey")}),
    ("وقال أردوغان إن الإمارات غزت اليمن من قبل.", {("Turkey", "opposes", "UAE")}),
    ("واحتلت القوات التركية المرتبة الأولى في المناورات.", set()),  # unreported: the doer's own act
])
def test_occupying_or_invading_reported_is_the_speaker_s_charge(parser, text, expected):
    assert triples(parser, text) == expected


def test_provoking_the_resentment_of_an_actor(parser):
    assert triples(parser, "وأثار التقارب الروسي مع حفتر حفيظة أنقرة.") >= {("Turkey", "opposes", "Russia")}


@pytest.mark.parametrize("text, expected", [
    ("وانتقد السراج دولا تمد حفتر بالسلاح، في إشارة إلى روسيا والإمارات.",
     {("GNA", "opposes", "Russia"), ("GNA", "opposes", "UAE"), ("Russia", "supports", "LNA"),
      ("UAE", "supports", "LNA")}),
    ("واتهم المسماري أطرافا خارجية بتمويل الميليشيات، في إشارة إلى قطر.", {("LNA", "opposes", "Qatar")}),
    ("ورحب المشري بموقف الدول التي وقفت مع الشرعية، في إشارة واضحة إلى تركيا وقطر.",
     {("GNA", "supports", "Turkey"), ("GNA", "supports", "Qatar")}),
    # what is alluded to is no actor: nothing resolved
    ("وقال الوزير إن الحل لن يأتي من دول الخارج، في إشارة إلى مؤتمر برلين.", set()),
])
def test_the_actors_alluded_to_after_fi_ishara_ila_are_the_vague_noun_before(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وحض وزير الخارجية الأمريكي موسكو على احترام حظر الأسلحة.", {("US", "opposes", "Russia")}),
    ("ودعت برلين أنقرة إلى الالتزام بقرارات مجلس الأمن.", {("Germany", "opposes", "Turkey")}),
    # all sides, or nobody, asked to keep to something: no stance against either
    ("ودعت القاهرة حفتر والسراج إلى الالتزام بالهدنة.", set()),
    ("ودعت روما جميع الأطراف إلى احترام حظر الأسلحة.", set()),
])
def test_a_demand_to_respect_what_an_actor_breaks_opposes_only_the_one_addressed(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وأمهل الجيش الوطني الليبي المقاتلين الأتراك يومين للانسحاب.", {("LNA", "opposes", "Turkey")}),
    ("ووجهت أثينا إنذارا إلى أنقرة بشأن التنقيب.", {("Greece", "opposes", "Turkey")}),
    ("وطلبت حكومة الوفاق مهلة للرد على المبادرة.", set()),
])
def test_an_ultimatum_set_to_an_actor_opposes_it(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وتشهد العلاقات بين أثينا وأنقرة توترا متصاعدا.",
     {("Greece", "opposes", "Turkey"), ("Turkey", "opposes", "Greece")}),
    ("وتأزمت العلاقات بين القاهرة والدوحة.", {("Egypt", "opposes", "Qatar"), ("Qatar", "opposes", "Egypt")}),
    ("وتشهد العلاقات بين روما وباريس تحسنا ملحوظا.", set()),
])
def test_ties_between_two_actors_strained_oppose_both_ways(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وأكد الوزير القطري أن بلاده ستواصل دعم الحكومة الشرعية في ليبيا.", {("Qatar", "supports", "GNA")}),
    ("وانتقدت أنقرة الدعم الذي تقدمه موسكو للواء المتقاعد خليفة حفتر.",
     {("Turkey", "opposes", "Russia"), ("Russia", "supports", "LNA")}),
])
def test_the_legitimate_government_in_libya_and_the_retired_general_are_named(parser, text, expected):
    assert triples(parser, text) == expected


def test_a_deed_object_past_an_aside_of_where_it_was_said_names_its_doer(parser):
    got = triples(parser, "وانتقد أردوغان، في كلمة أمام البرلمان، الدعم الذي تقدمه باريس لحفتر.")
    assert got == {("Turkey", "opposes", "France"), ("France", "supports", "LNA")}


def test_regression_a_possessive_took_the_guest_of_an_aside_of_when(parser):
    # «، خلال استقباله السفير …،»: «his appreciation» is the host's (it gave the ambassador praising his own state)
    got = triples(parser, "وأعرب المشري، خلال استقباله السفير الإيطالي في طرابلس، عن تقديره لموقف القاهرة.")
    assert ("GNA", "supports", "Egypt") in got and ("Italy", "supports", "Egypt") not in got


def test_regression_a_possessive_after_a_verb_of_informing_took_the_one_told(parser):
    # «إن القاهرة أبلغت واشنطن رفضها …» gave the US rejecting the Turkish presence
    got = triples(parser, "وقال مصدر مصري إن القاهرة أبلغت برلين رفضها للوجود العسكري التركي.")
    assert ("Egypt", "opposes", "Turkey") in got and ("Germany", "opposes", "Turkey") not in got


def test_talks_the_clause_ends_as_held_in_a_phone_call_are_a_call(parser):
    got = rule_claims(parser, "وبحث وزير الخارجية الروسي مع نظيره المصري الأوضاع في ليبيا خلال اتصال هاتفي.")
    assert {c[1] for c in got} == {"called"}


@pytest.mark.parametrize("text, expected", [
    ("ونقلت وكالة الأنباء الروسية عن مصدر في الجيش الوطني الليبي قوله إن طائرات تركية استهدفت قاعدة الجفرة.",
     {("LNA", "opposes", "Turkey")}),
    ("وقالت حكومة الوفاق إن طائرات إماراتية حربية قصفت مطار معيتيقة.", {("GNA", "opposes", "UAE")}),
])
def test_the_one_quoted_behind_an_and_a_nationality_s_subject_with_its_adjective(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وقال المسماري إن القوات التركية تواصل نقل المرتزقة إلى غرب البلاد.", {("LNA", "opposes", "Turkey")}),
    ("وتواصل تركيا نقل المرتزقة إلى ليبيا.", set()),  # unreported: the doer's own act
])
def test_carrying_on_backing_mercenaries_reported_is_the_speaker_s_charge(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the actor is what the refused resolution blames (it gave Russia opposing the LNA)
    ("وقال المندوب الصيني إن بلاده لن تقبل بأي قرار يدين الجيش الوطني الليبي.", set()),
    # (an agreement refused is refused with both its parties)
    ("وقال المشري إننا لن نقبل بالاتفاق الذي وقعته موسكو مع حفتر.", {("GNA", "opposes", "Russia"),
                                                                  ("GNA", "opposes", "LNA")}),
])
def test_regression_the_object_of_a_refused_resolution_s_verb_was_read_as_the_one_refused(parser, text, expected):
    assert triples(parser, text) == expected


def test_forces_loyal_to_an_actor_are_the_actor(parser):
    assert triples(parser, "واتهمت أنقرة القوات الموالية لحفتر بقصف المدنيين.") == {("Turkey", "opposes", "LNA")}


@pytest.mark.parametrize("text, expected", [
    ("واتهمت الخارجية التركية في بيان الإمارات بتمويل المرتزقة.", {("Turkey", "opposes", "UAE")}),
    ("وانتقدت أثينا في بيان رسمي أنقرة.", {("Greece", "opposes", "Turkey")}),
])
def test_the_object_after_a_phrase_of_where_it_was_said_with_no_commas(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text", [
    "وقال الكرملين إنه لا توجد قوات روسية تقاتل إلى جانب حفتر.",
    "وأكد الوزير الإماراتي أن لا وجود لأي دعم إماراتي لحفتر.",
])
def test_regression_what_there_is_none_of_was_read_as_a_support(parser, text):
    # «لا توجد قوات روسية تقاتل إلى جانب حفتر» gave a positive support claim
    claims = extract_document(Document("t", text), parser.parse(text))
    assert claims and all(c.negated for c in claims)


def test_carrying_on_arming_after_a_parenthesis_that_names_the_vague_subject(parser):
    got = triples(parser, "وقال تقرير أممي إن قوى إقليمية (الإمارات ومصر) تواصل تسليح الميليشيات.")
    assert got == {("UN", "opposes", "UAE"), ("UN", "opposes", "Egypt")}


def test_regression_the_subject_of_a_clause_opened_by_fima_was_taken_from_the_clause_before(parser):
    # «…، فيما رحبت القاهرة بالموقف الجزائري» gave Tunisia welcoming Egypt
    text = "وأعربت تونس عن رفضها لأي تدخل أجنبي في ليبيا، فيما رحبت القاهرة بالموقف الجزائري."
    assert ("Tunisia", "supports", "Egypt") not in triples(parser, text)


def test_regression_channels_of_contact_kept_open_are_no_call(parser):
    text = "ويحرص البلدان، روسيا وتركيا، على إبقاء قنوات الاتصال مفتوحة بشأن ليبيا."
    assert not any(c[1] == "called" for c in rule_claims(parser, text))


def test_a_quoted_epithet_and_name_after_a_masdar_are_its_object(parser):
    got = triples(parser, 'واتهم المتحدث باسم الخارجية التركية أبوظبي بدعم "الانقلابي حفتر".')
    assert ("UAE", "supports", "LNA") in got


@pytest.mark.parametrize("text, expected", [
    ("وكانت موسكو من أشد المدافعين عن حفتر في مجلس الأمن.", {("Russia", "supports", "LNA")}),
    ("وقصفت مدافع قوات حفتر أحياء طرابلس.", set()),  # cannons, not defenders
])
def test_a_defender_of_an_actor_backs_it(parser, text, expected):
    assert triples(parser, text) == expected


def test_regression_a_pronoun_after_a_visit_took_the_nearer_object_not_the_subject(parser):
    # «استقبلت موسكو وفدا من حكومة الوفاق بعد أيام من زيارة حفتر لها» gave the GNA meeting Haftar
    got = triples(parser, "واستقبلت أنقرة وفدا من حكومة الوفاق بعد أيام من زيارة حفتر لها.")
    assert ("LNA", "met", "Turkey") in got or ("Turkey", "met", "LNA") in got
    assert not {("GNA", "met", "LNA"), ("LNA", "met", "GNA")} & got


def test_the_accused_after_an_accuser_kg_does_not_know(parser):
    got = triples(parser, "وتتهم أوساط سياسية ليبية أبوظبي بالانحياز لحفتر.")
    assert ("UAE", "supports", "LNA") in got


def test_regression_mercenaries_funded_were_read_as_a_support_praised(parser):
    # «إن الإمارات تمول المرتزقة الروس» gave Russia backing the UAE
    got = triples(parser, "وقال باشاغا إن أبوظبي تمول المرتزقة الروس.")
    assert got == {("GNA", "opposes", "UAE")}


@pytest.mark.parametrize("text", [
    "وتبادل الوزيران اليوناني والتركي الاتهامات بشأن التنقيب.",
    "وتبادل وزيرا خارجية اليونان وتركيا الاتهامات.",
])
def test_accusations_exchanged_by_two_sides_named_after_their_common_title(parser, text):
    assert triples(parser, text) == {("Greece", "opposes", "Turkey"), ("Turkey", "opposes", "Greece")}


def test_a_participle_s_referent_before_an_apposition_set_off_by_commas(parser):
    got = triples(parser, "وتعد قطر، الدولة الخليجية الصغيرة، من أبرز داعمي حكومة الوفاق.")
    assert got == {("Qatar", "supports", "GNA")}


@pytest.mark.parametrize("text, expected", [
    ("وهاجم أردوغان الدول الداعمة لحفتر، ولا سيما الإمارات.",
     {("Turkey", "opposes", "UAE"), ("UAE", "supports", "LNA")}),
    ("وتدعم دول عدة حفتر، بما في ذلك مصر والسعودية.",
     {("Egypt", "supports", "LNA"), ("SaudiArabia", "supports", "LNA")}),
])
def test_members_listed_after_wa_la_siyyama_and_bima_fi_dhalik(parser, text, expected):
    assert triples(parser, text) == expected


def test_whether_or_not_asserts_nothing(parser):
    assert triples(parser, "وسواء كانت الإمارات تدعم حفتر أم لا، فإن طائراتها تحلق فوق ليبيا.") == set()


def test_their_meeting_is_between_the_subject_and_the_clause_s_object(parser):
    got = triples(parser, "وأطلع المشري السفير الإيطالي على الأوضاع في العاصمة خلال لقائهما.")
    assert ("GNA", "met", "Italy") in got or ("Italy", "met", "GNA") in got


@pytest.mark.parametrize("text, expected", [
    ("ورفضت أثينا التصريحات التي أدلى بها الرئيس التركي بشأن الجزر.", {("Greece", "opposes", "Turkey")}),
    ("وانتقدت باريس الخطوة التي أقدمت عليها موسكو بإرسال طائرات إلى ليبيا.", {("France", "opposes", "Russia")}),
])
def test_the_doer_of_a_deed_object_past_the_preposition_that_resumes_it(parser, text, expected):
    assert triples(parser, text) == expected


def test_regression_support_thanked_for_given_to_another_was_given_to_the_one_thanking(parser):
    # «شكر أردوغان قطر على دعمها المتواصل لليبيا» gave Qatar backing Turkey
    got = triples(parser, "وشكر الرئيس المصري السعودية على دعمها المتواصل للشعب الليبي.")
    assert ("SaudiArabia", "supports", "Egypt") not in got
    assert ("SaudiArabia", "supports", "Egypt") in triples(parser, "وشكر الرئيس المصري السعودية على دعمها.")


def test_spoke_to_an_actor_by_phone_is_a_call(parser):
    got = rule_claims(parser, "وقال الإليزيه إن ماكرون تحدث إلى أردوغان عبر الهاتف مساء الأحد.")
    assert {c[:3] for c in got} == {("France", "called", "Turkey")}


@pytest.mark.parametrize("text, expected", [
    ("واندلعت حرب كلامية بين روما وباريس بسبب الملف الليبي.", {("Italy", "opposes", "France"),
                                                              ("France", "opposes", "Italy")}),
    ("وأشاد الوزير بالشراكة الاستراتيجية بين القاهرة وأبوظبي.", {("Egypt", "supports", "UAE"),
                                                               ("UAE", "supports", "Egypt")}),
    ("ووقعت تونس وإيطاليا اتفاق شراكة اقتصادية.", set()),
    ("وعاقبت واشنطن شركة فاغنر الروسية.", {("US", "opposes", "Russia")}),
])
def test_a_war_of_words_a_strategic_partnership_and_punishing(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وكتب المشري على تويتر أن أبوظبي تقصف الأحياء السكنية في العاصمة.", {("GNA", "opposes", "UAE")}),
    ("وكشف تقرير لخبراء الأمم المتحدة أن روسيا انتهكت حظر السلاح.", {("UN", "opposes", "Russia")}),
])
def test_writing_tweeting_and_revealing_report_what_is_said(parser, text, expected):
    assert triples(parser, text) == expected


def test_the_one_actor_after_an_accusation_with_a_dropped_subject_is_accused(parser):
    text = "وانتقد المشري الموقف الروسي. واتهم موسكو بتزويد حفتر بالمرتزقة."
    got = triples(parser, text)
    assert {("GNA", "opposes", "Russia"), ("Russia", "supports", "LNA")} <= got


def test_the_leaders_after_a_meeting_of_three_are_its_sides(parser):
    text = "واجتمع وزراء خارجية مصر وفرنسا واليونان في باريس. وأكد الوزراء رفضهم للتدخل التركي في ليبيا."
    got = triples(parser, text)
    assert {("Egypt", "opposes", "Turkey"), ("France", "opposes", "Turkey"), ("Greece", "opposes", "Turkey")} <= got


@pytest.mark.parametrize("text, expected", [
    # the addressed is asked to withdraw its recognition: the one who asks opposes the recognised, and
    # «سحب» opens the phrase of recognition, no call to withdraw forces
    ("وطالب مجلس النواب الليبي مجلس الأمن بسحب الاعتراف بحكومة الوفاق.", {("HoR", "opposes", "GNA")}),
    ("ودعا البرلمان الليبي الأمم المتحدة إلى سحب اعترافها بحكومة السراج.", {("HoR", "opposes", "GNA")}),
    # a call to withdraw forces still opposes the one called on
    ("وطالب مجلس النواب الليبي تركيا بسحب قواتها من طرابلس.", {("HoR", "opposes", "Turkey")}),
])
def test_a_phrase_asked_of_the_addressed_is_the_stance_of_the_one_who_asks(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("ودعا المشري الدول الأوروبية إلى إدانة هجمات حفتر على العاصمة.", {("GNA", "opposes", "LNA")}),
    ("وأعلنت مصر إدانتها هجمات حفتر على العاصمة.", {("Egypt", "opposes", "LNA")}),
    ("وطالب المشري الدول الأوروبية بإدانة قصف حفتر للعاصمة.", {("GNA", "opposes", "LNA")}),
    # support for an actor's offensive backs the actor, no stance against it
    ("واتهمت أنقرة أبوظبي بتمويل هجوم حفتر على طرابلس.", {("Turkey", "opposes", "UAE"), ("UAE", "supports", "LNA")}),
])
def test_condemning_an_actors_attack_opposes_the_actor(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وقدمت مصر شكوى لمجلس الأمن بشأن تدفق السلاح التركي.", {("Egypt", "opposes", "Turkey")}),
    ("ووجهت حكومة الوفاق رسالة احتجاج رسمية إلى فرنسا.", {("GNA", "opposes", "France")}),
    ("وقدمت مصر احتجاجا رسميا لدى تركيا على تصريحات أردوغان.", {("Egypt", "opposes", "Turkey")}),
    # a complaint to an international body about nobody named is against nobody
    ("وتقدمت حكومة الوفاق بشكوى إلى مجلس الأمن.", set()),
])
def test_a_complaint_or_protest_lodged_with_someone(parser, text, expected):
    assert triples(parser, text) == expected


def test_regression_a_protest_sent_to_an_actor_about_something_else_opposed_the_addressee(parser):
    # (a protest's «إلى/لدى» was briefly read as its target: the UN here is told of the protest, the
    # agreement is what it is about)
    text = "ووجهت اليونان رسالة احتجاج إلى الأمم المتحدة على الاتفاق التركي الليبي."
    assert ("Greece", "opposes", "UN") not in triples(parser, text)


def test_the_government_in_tripoli_is_the_gna(parser):
    assert triples(parser, "وأكدت الحكومة في طرابلس أن حفتر مجرم حرب.") == {("GNA", "opposes", "LNA")}


@pytest.mark.parametrize("text, expected", [
    ("وقال تقرير أممي إن الأطراف الليبية وداعميها الدوليين (الإمارات وروسيا وتركيا) انتهكوا حظر الأسلحة.",
     {("UN", "opposes", "UAE"), ("UN", "opposes", "Russia"), ("UN", "opposes", "Turkey")}),
    ("وقال تقرير أممي إن الأطراف المتحاربة وداعميها، ومنهم الإمارات وتركيا، انتهكوا حظر الأسلحة.",
     {("UN", "opposes", "UAE"), ("UN", "opposes", "Turkey")}),
])
def test_regression_their_backers_after_and_were_read_as_a_circumstantial_participle(parser, text, expected):
    # «وداعميها» ends on the pronoun's alif, not the accusative's, and is joined by «و»: "and their
    # backers", whose members the UN did not back
    assert triples(parser, text) == expected


def test_the_opposition_an_agreement_provokes_among_those_behind_lada(parser):
    text = "وأثار الاتفاق العسكري بين تركيا وحكومة الوفاق معارضة واسعة لدى مصر واليونان."
    assert triples(parser, text) == {("Egypt", "opposes", "Turkey"), ("Egypt", "opposes", "GNA"),
                                     ("Greece", "opposes", "Turkey"), ("Greece", "opposes", "GNA")}


@pytest.mark.parametrize("text, expected", [
    ("ونبه السراج إلى خطورة التدخل الإماراتي في الشأن الليبي.", {("GNA", "opposes", "UAE")}),
    ("ونبهت مصر تركيا إلى خطورة إرسال قوات إلى ليبيا.", {("Egypt", "opposes", "Turkey")}),
    # drawing attention to something names no danger
    ("ونبه المبعوث الأممي إلى أهمية الحوار بين الليبيين.", set()),
])
def test_alerting_to_the_danger_of_an_actors_deed_opposes_it(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وحذر وزير الخارجية الفرنسي من مخاطر الوجود العسكري التركي في ليبيا.", {("France", "opposes", "Turkey")}),
    ("ونبه وزير الخارجية الفرنسي إلى مخاطر الوجود العسكري التركي في ليبيا.", {("France", "opposes", "Turkey")}),
])
def test_the_nationality_adjective_of_a_verbs_object_past_its_subject(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text", [
    "ويعتزم وزير الخارجية الإيطالي زيارة بنغازي للقاء حفتر.",
    "وتعتزم ميركل لقاء السراج وحفتر في برلين.",
    "وينوي الرئيس التركي استقبال السراج في إسطنبول.",
])
def test_a_meeting_intended_or_planned_is_no_claim(parser, text):
    assert {t for t in triples(parser, text) if t[1] == "met"} == set()


@pytest.mark.parametrize("text, expected", [
    ("ولا تعترف موسكو بحكومة الوفاق.", {("Russia", "opposes", "GNA")}),
    ("ولن تعترف أنقرة بحفتر.", {("Turkey", "opposes", "LNA")}),
])
def test_a_phrase_ending_on_its_verb_has_its_subject_after_it(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وقالت حكومة الوفاق إن طائرات حربية تابعة لدولة الإمارات قصفت مواقع لقواتها جنوب العاصمة.",
     {("GNA", "opposes", "UAE")}),
    ("وقال المسماري إن طائرات مسيرة تابعة لتركيا استهدفت قاعدة الوطية.", {("LNA", "opposes", "Turkey")}),
    ("وتقاتل الفصائل الموالية لتركيا إلى جانب قوات الوفاق.", {("Turkey", "supports", "GNA")}),
    ("ويقاتل المرتزقة الموالون لموسكو إلى جانب حفتر.", {("Russia", "supports", "LNA")}),
    ("وأعلن الجيش التابع لمجلس النواب سيطرته على المدينة.", set()),
])
def test_forces_units_and_aircraft_loyal_to_or_belonging_to_an_actor_stand_for_it(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وقصفت قوات حفتر مطار معيتيقة، بحسب ما أعلنت حكومة الوفاق.", {("GNA", "opposes", "LNA")}),
    ("وقصفت قوات حفتر مطار معيتيقة، حسبما أفادت حكومة الوفاق.", {("GNA", "opposes", "LNA")}),
    # the one it is attributed to is none of the clause's arguments
    ("ونقلت تركيا مئات المرتزقة السوريين إلى طرابلس، وفقا للجيش الوطني الليبي.",
     {("LNA", "opposes", "Turkey"), ("Turkey", "supports", "GNA")}),
    # an attribution set off inside the clause: the clause goes on after it
    ("وتدعم مصر، بحسب ما أعلنه رئيسها، الجيش الوطني الليبي.", {("Egypt", "supports", "LNA")}),
])
def test_a_clause_attributed_after_it_is_said_by_that_source(parser, text, expected):
    assert triples(parser, text) == expected


def test_regression_an_actor_after_a_joined_verb_and_before_its_object_was_read_as_the_object(parser):
    # «وأدانت حكومة الوفاق الهجوم» after a clause of Haftar's forces gave them condemning the GNA
    text = "وقصفت قوات حفتر مطار معيتيقة، وأدانت حكومة الوفاق الهجوم."
    assert ("LNA", "opposes", "GNA") not in triples(parser, text)


def test_arms_sent_to_militias_are_a_charge_of_the_speaker(parser):
    text = "وقال المسماري إن أنقرة ترسل الأسلحة إلى الميليشيات في طرابلس."
    assert triples(parser, text) == {("LNA", "opposes", "Turkey")}


def test_regression_a_legitimacy_lost_after_an_agreement_was_read_as_the_agreement_opposed(parser):
    # «شرعيتها» is the government's own: the agreement after it only dates the loss
    text = "وأردف أن حكومة الوفاق فقدت شرعيتها بعد الاتفاق مع أنقرة."
    assert ("GNA", "opposes", "Turkey") not in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    ("واعتبر وزير الخارجية الإيطالي أن دعم الإمارات لحفتر يطيل أمد الصراع.",
     {("UAE", "supports", "LNA"), ("Italy", "opposes", "UAE")}),
    ("وقال الوزير الإيطالي إن الإمارات جزء من المشكلة.", {("Italy", "opposes", "UAE")}),
    ("وقال لافروف إن التدخل التركي يعقد الأزمة.", {("Russia", "opposes", "Turkey")}),
    ("وأكد المشري أن تركيا جزء من الحل وأن الإمارات جزء من المشكلة.", {("GNA", "opposes", "UAE")}),
    ("وأدرجت واشنطن مجموعة فاغنر على قائمة العقوبات.", {("US", "opposes", "Russia")}),
])
def test_prolonging_the_war_part_of_the_problem_and_blacklisting(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وطالب المسماري بإدانة تركيا.", {("LNA", "opposes", "Turkey")}),
    ("وطالب المسماري بإدراج تركيا على قائمة الدول الراعية للإرهاب.", {("LNA", "opposes", "Turkey")}),
    ("وطالبت حكومة الوفاق مجلس الأمن بإدانة الإمارات.", {("GNA", "opposes", "UAE")}),
])
def test_an_opposition_masdar_behind_ba_after_a_demand_has_its_genitive_for_object(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وأشاد السراج بالدور الهام لتركيا.", {("GNA", "supports", "Turkey")}),
    ("وثمن السراج الدور الكبير لتركيا في دعم الشرعية.", {("GNA", "supports", "Turkey")}),
    ("وأشاد أردوغان بالموقف الثابت لقطر.", {("Turkey", "supports", "Qatar")}),
])
def test_praise_of_a_role_whose_owner_follows_behind_lam(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وقالت أنقرة إن باريس تلعب دورا مدمرا في ليبيا.", {("Turkey", "opposes", "France")}),
    ("وقال المشري إن أبوظبي تلعب دورا سيئا في ليبيا.", {("GNA", "opposes", "UAE")}),
])
def test_a_destructive_or_bad_role_is_a_charge(parser, text, expected):
    assert triples(parser, text) == expected


def test_the_forces_of_a_person_named_with_an_epithet_are_the_persons(parser):
    text = "وأدان المجلس الرئاسي القصف الذي شنته ميليشيات الانقلابي حفتر على العاصمة."
    assert triples(parser, text) == {("GNA", "opposes", "LNA")}


def test_regression_a_name_tagged_as_a_verb_made_a_meetings_partner_share_the_stance(parser):
    # «تركيا», which the tagger may read as a verb ending in «ا», was taken for a dual verb after the
    # press conference, so the counterpart shared what only the president said
    text = "وأكد الرئيس الفرنسي خلال مؤتمر صحفي مع نظيره التونسي قيس سعيد في باريس أن تركيا تلعب لعبة خطيرة في ليبيا."
    got = triples(parser, text)
    assert ("France", "opposes", "Turkey") in got and ("Tunisia", "opposes", "Turkey") not in got


@pytest.mark.parametrize("text, expected", [
    ('وقال أردوغان: "سنواصل دعم إخوتنا في حكومة الوفاق".', {("Turkey", "supports", "GNA")}),
    ("وأكد أردوغان دعمه للأشقاء في حكومة الوفاق.", {("Turkey", "supports", "GNA")}),
    ('وقال أردوغان: "لن نتخلى عن أشقائنا في حكومة الوفاق".', {("Turkey", "supports", "GNA")}),
    ("وأكد أردوغان دعمه لشركائنا في حكومة الوفاق.", {("Turkey", "supports", "GNA")}),
])
def test_brothers_or_partners_in_a_faction_stand_for_it(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ('وكتب السفير الأمريكي على تويتر: "نرفض التدخل الروسي في ليبيا".', {("US", "opposes", "Russia")}),
    ('وغرد باشاغا عبر حسابه على تويتر: "الإمارات تقصف المدنيين".', {("GNA", "opposes", "UAE")}),
])
def test_the_speaker_before_where_it_was_posted_and_a_colon(parser, text, expected):
    assert triples(parser, text) == expected


def test_regression_not_this_but_that_read_the_second_support_as_the_first_ones_object_and_negated(parser):
    # «إنها لا تدعم حفتر بل تدعم حكومة الوفاق» gave Haftar backing the GNA, negated: the negator between
    # «إنها» and its verb hid the subject, «بل» did not carry it on, and the second verb's claim took the
    # first verb's negation (two triggers of one id in its evidence span)
    text = "وقالت روما إنها لا تدعم حفتر بل تدعم حكومة الوفاق."
    assert claims_with_polarity(parser, text) == {("Italy", "supports", "LNA", True),
                                                  ("Italy", "supports", "GNA", False)}


@pytest.mark.parametrize("text, expected", [
    ("وأعلنت فرنسا أنها لم تعد تدعم حفتر.", {("France", "supports", "LNA", True)}),
    ("وقالت واشنطن إنها لم تكن تدعم هجوم حفتر.", {("US", "supports", "LNA", True)}),
])
def test_that_pronoun_holds_the_subject_past_a_negated_auxiliary(parser, text, expected):
    assert claims_with_polarity(parser, text) == expected


def test_regression_the_predicate_of_inna_after_a_definite_subject_was_read_as_circumstantial(parser):
    # «إن العملية الأوروبية منحازة لحفتر» gave the speaker backing Haftar: «منحازة» is the predicate of
    # «إن» and its subject, which names no actor kg knows
    text = "وقال المتحدث باسم حكومة الوفاق إن العملية الأوروبية منحازة لحفتر."
    assert ("GNA", "supports", "LNA") not in triples(parser, text)


def test_what_is_said_not_to_exist_after_it_is_negated(parser):
    text = "وقال المشري إن الأطماع التركية في ليبيا غير موجودة."
    assert claims_with_polarity(parser, text) == {("GNA", "opposes", "Turkey", True)}


@pytest.mark.parametrize("text, expected", [
    # the backers the verb is about are nobody kg knows, not its subject (and criticised, they are not Haftar)
    ("وانتقد أردوغان داعمي حفتر.", set()),
    # nor the speaker before «إن»
    ("وقال السراج إن حلفاء حفتر يقصفون طرابلس.", set()),
    # a verb of deeming keeps its subject as the noun's referent
    ("وتعد الإمارات حليفا وثيقا لحفتر.", {("UAE", "supports", "LNA")}),
])
def test_regression_an_agent_noun_after_a_verbs_subject_made_the_subject_its_referent(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text", [
    "وندد السراج بتدخل حلفاء حفتر.",  # (the allies are the genitive of «تدخل», no predicate of Sarraj)
    "وحذرت واشنطن حلفاء حفتر من مواصلة إرسال السلاح.",
    "واجتمع السيسي مع حلفاء حفتر في القاهرة.",
    "وحمل السراج داعمي حفتر مسؤولية الهجوم.",
    "وأكد أردوغان أن خصوم حكومة الوفاق يدعمون الإرهاب.",
])
def test_the_allies_backers_or_rivals_of_an_actor_are_not_the_actor(parser, text):
    assert triples(parser, text) == set()


@pytest.mark.parametrize("text, expected", [
    # the origin behind «من» of the armed men who fight is their owner, as «مرتزقة فاغنر» is; not the report
    ("وذكر تقرير لمجلس الأمن أن مرتزقة من مجموعة فاغنر يقاتلون إلى جانب قوات حفتر.", {("Russia", "supports", "LNA")}),
    # (and the speaker charges the backer of his enemy: kg.accusations)
    ("وأكد المسماري أن عناصر من الجيش التركي تقاتل إلى جانب ميليشيات السراج.",
     {("Turkey", "supports", "GNA"), ("LNA", "opposes", "Turkey")}),
    # (a place behind «من» is no owner: nobody's mercenaries, and not those of the one who speaks of them)
    ("وقال المسماري إن مرتزقة من سوريا يقاتلون إلى جانب حكومة الوفاق.", set()),
    ("وقال المسماري إن مرتزقة يقاتلون إلى جانب حكومة الوفاق.", set()),
])
def test_regression_armed_mens_origin_behind_min_was_skipped_for_the_report_naming_them(parser, text, expected):
    assert triples(parser, text) == expected


def test_regression_an_indefinite_subject_after_inna_left_the_speaker_as_the_verbs_subject(parser):
    # «دولا» opens the clause that is said, with a subject of its own: the one who says it backs no one
    assert triples(parser, "وقال السراج إن دولا تدعم حفتر بالسلاح.") == set()


def test_regression_a_preposition_with_its_pronoun_was_read_as_the_marker_of_the_noun_after_it(parser):
    # «قام بها وزير الخارجية الروسي»: «بها» is a whole phrase; the minister is the visitor who met
    text = "وجاء ذلك خلال زيارة قام بها وزير الخارجية الروسي إلى القاهرة التقى خلالها السيسي."
    assert triples(parser, text) == {("Egypt", "met", "Russia")}


def test_a_visit_made_by_a_verb_before_the_meeting_during_it(parser):
    text = "زار ماكرون مدينة بنغازي الليبية الأسبوع الماضي والتقى خلالها المشير حفتر."
    assert triples(parser, text) == {("France", "met", "LNA")}


@pytest.mark.parametrize("text, expected", [
    # the accusations rejected are their author's, named as the subject of a relative clause on them
    ("ورفضت أنقرة الاتهامات التي وجهها لها وزير الخارجية الفرنسي.",
     {("Turkey", "opposes", "France", False), ("France", "opposes", "Turkey", False)}),
    # what they charge is the one they are aimed at, denied; the author accuses
    ("ونفت موسكو الاتهامات التي وجهتها لها واشنطن بدعم حفتر.",
     {("US", "opposes", "Russia", False), ("Russia", "supports", "LNA", True)}),
    ("ورفضت أبوظبي الاتهامات التي وجهتها إليها حكومة الوفاق بدعم حفتر.",
     {("GNA", "opposes", "UAE", False), ("UAE", "supports", "LNA", True)}),
    # called void, they are false; «باطلة» is said of them, not of the government inside them (who made them
    # accuses, as above)
    ("وقالت واشنطن إن الاتهامات التي وجهتها لها موسكو بدعم حكومة الوفاق باطلة.",
     {("US", "supports", "GNA", True), ("Russia", "opposes", "US", False)}),
])
def test_accusations_with_a_relative_clause_naming_who_made_them(parser, text, expected):
    assert claims_with_polarity(parser, text) == expected


def test_a_call_after_a_subject_its_verb_and_the_one_told(parser):
    text = "وقال البيان إن ماكرون أبلغ لنظيره المصري خلال اتصال هاتفي قلق فرنسا من التصعيد."
    assert ("Egypt", "called", "France") in triples(parser, text)


def test_a_meeting_in_a_long_phrase_opening_the_sentence_has_the_main_clauses_subject(parser):
    text = "وفي مقابلة مع صحيفة محلية نشرت أمس بعد لقائه الرئيس التونسي في قرطاج، قال أردوغان إن الحرب ستطول."
    assert triples(parser, text) == {("Tunisia", "met", "Turkey")}


@pytest.mark.parametrize("text, expected", [
    # an agent or puppet of others, said of an actor, is a term of abuse
    ("وقال المشري إن حفتر عميل لدول أجنبية.", {("GNA", "opposes", "LNA")}),
    # a lawsuit against an actor, as a complaint
    ("وقدمت حكومة الوفاق دعوى ضد حفتر أمام محكمة أمريكية.", {("GNA", "opposes", "LNA")}),
    # blame levelled at an actor, as criticism (and the capital it is sent to is who is blamed, no place)
    ("ووجه وزير الخارجية المصري اللوم إلى أنقرة.", {("Egypt", "opposes", "Turkey")}),
    # the one whose involvement in backing is revealed backs (and the one who reveals it accuses)
    ("وكشف تقرير أممي عن تورط الإمارات في دعم قوات حفتر.", {("UAE", "supports", "LNA"), ("UN", "opposes", "UAE")}),
])
def test_abuse_lawsuits_blame_and_involvement(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وأكد السيسي أن الوجود التركي في ليبيا يمثل تهديدا للأمن القومي المصري.", {("Egypt", "opposes", "Turkey")}),
    ("ورأى المبعوث الأمريكي أن انتشار مرتزقة فاغنر يهدد المصالح الأمريكية.", {("US", "opposes", "Russia")}),
    # (unreported, a threat to interests is said by nobody)
    ("ويهدد الوجود الروسي مصالح أوروبا في المتوسط.", set()),
])
def test_a_threat_to_interests_or_security_is_a_charge_the_speaker_makes(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # enlisting the help of an actor's men: the actor backs the one who enlists them
    ("واستعانت قوات حفتر بمرتزقة فاغنر في معارك طرابلس.", {("Russia", "supports", "LNA")}),
    # an actor's presence beside another, past the presence's adjectives, is its forces'
    ("وكان لافتا الحضور العسكري المصري الكثيف إلى جانب قوات حفتر في سرت.", {("Egypt", "supports", "LNA")}),
    ("ويأتي الوجود التركي القوي إلى جانب حكومة الوفاق في إطار الاتفاق الأمني.", {("Turkey", "supports", "GNA")}),
])
def test_help_enlisted_and_presence_beside_an_actor(parser, text, expected):
    assert triples(parser, text) == expected


def test_a_visit_that_took_in_several_capitals_met_each(parser):
    text = "وقام وزير الخارجية الألماني بزيارة سريعة شملت أنقرة وأبوظبي."
    assert triples(parser, text) == {("Germany", "met", "Turkey"), ("Germany", "met", "UAE")}


def test_regression_a_count_of_mercenaries_spelt_with_hamza_was_never_matched(parser):
    # «مئات» is compared normalised («ميات»); written as it is, the count never matched, and «من» took the
    # place of the mercenaries in what the verb sends (Tripoli, where they are sent, is its government)
    text = "وقال المسماري إن تركيا أرسلت مئات من المرتزقة إلى طرابلس."
    assert triples(parser, text) == {("LNA", "opposes", "Turkey"), ("Turkey", "supports", "GNA")}


def test_an_agreement_said_to_have_no_legal_effect_is_opposed_with_both_its_parties(parser):
    text = "وقالت أثينا إن مذكرة التفاهم الموقعة بين تركيا وحكومة الوفاق لا يترتب عليها أي أثر قانوني."
    assert triples(parser, text) == {("Greece", "opposes", "Turkey"), ("Greece", "opposes", "GNA")}


def test_a_violation_behind_fi_after_a_clause_is_its_subjects_deed(parser):
    text = "وقالت باريس إن روسيا ترسل الطائرات إلى حفتر في انتهاك لقرار حظر السلاح."
    assert triples(parser, text) == {("Russia", "supports", "LNA"), ("France", "opposes", "Russia")}


@pytest.mark.parametrize("text, expected", [
    # «تابع» (went on) is a verb of speech with its subject after it
    ("وتابع المسماري في كلمته أن تركيا تنقل المرتزقة إلى ليبيا.", {("LNA", "opposes", "Turkey")}),
    # a speech verb with no subject and «إلى أن»: the one the text is about speaks
    ("وعقد المسماري مؤتمرا صحفيا في بنغازي. وأشار إلى أن تركيا تنقل المرتزقة إلى ليبيا.",
     {("LNA", "opposes", "Turkey")}),
    # the speaker of a sentence whose speech verb has no subject goes on speaking in the next one, not the
    # first actor inside what was said
    ("وعقد باشاغا مؤتمرا صحفيا في طرابلس. وقال إن باريس تدعم حفتر. واعتبر أن الموقف الفرنسي يعرقل جهود السلام.",
     {("France", "supports", "LNA"), ("GNA", "opposes", "France")}),
    # and a support it criticises, named by its giver's nationality, is the giver's (no subject of the verb)
    ("وتحدث السراج للصحفيين في طرابلس. كما انتقد الدعم الإماراتي للهجوم على العاصمة.", {("GNA", "opposes", "UAE")}),
])
def test_who_speaks_across_sentences(parser, text, expected):
    assert triples(parser, text) == expected


def test_the_one_accused_by_a_relative_clause_on_the_accuser(parser):
    # «التي تتهمها»: the relative clause's subject is the government; «ها», the actor named before it
    text = "وتواجه روسيا انتقادات من حكومة الوفاق التي تتهمها بالانحياز إلى حفتر."
    assert triples(parser, text) == {("GNA", "opposes", "Russia"), ("Russia", "supports", "LNA")}


@pytest.mark.parametrize("text, expected", [
    # a stop negated: the support goes on
    ("ولم يتوقف الدعم الروسي لحفتر رغم العقوبات.", {("Russia", "supports", "LNA", False)}),
    ("ولم تتوقف روسيا عن دعم حفتر.", {("Russia", "supports", "LNA", False)}),
    # a stop: it ended
    ("وتوقف الدعم الروسي لحفتر بعد الهزيمة.", {("Russia", "supports", "LNA", True)}),
    ("وتوقفت روسيا عن دعم حفتر.", {("Russia", "supports", "LNA", True)}),
    # (a stop with the future negation: it was read as a negated support)
    ("ولن تتخلى أنقرة عن دعم حكومة الوفاق.", {("Turkey", "supports", "GNA", False)}),
])
def test_regression_a_support_that_did_not_stop_was_read_as_negated(parser, text, expected):
    assert claims_with_polarity(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a phrase ending on its preposition, its object, then its subject
    ("وتقاتل إلى جانب قوات حكومة الوفاق عناصر من الجيش التركي.", {("Turkey", "supports", "GNA", False)}),
    ("ويقاتل إلى جانب قوات حفتر مرتزقة روس.", {("Russia", "supports", "LNA", False)}),
    # (a subject before the phrase keeps it)
    ("وقالت روسيا إنها لا تقاتل إلى جانب قوات حفتر.", {("Russia", "supports", "LNA", True)}),
])
def test_the_subject_after_the_object_of_a_phrase(parser, text, expected):
    assert claims_with_polarity(parser, text) == expected


def test_one_among_the_collective_a_participle_qualifies_behind_dimna(parser):
    assert triples(parser, "وتأتي الإمارات ضمن الدول الداعمة لقوات حفتر.") == {("UAE", "supports", "LNA")}


@pytest.mark.parametrize("text, expected", [
    # a definite participle on a noun is presupposed, not what the condition or the question asks
    ("وقال السيسي إن مصر ستتدخل إذا تقدمت قوات الوفاق المدعومة من تركيا نحو سرت.",
     {("Turkey", "supports", "GNA", False)}),
    ("هل تستطيع قوات حفتر المدعومة من روسيا دخول طرابلس؟", {("Russia", "supports", "LNA", False)}),
    # (an indefinite one is the predicate the condition asks about)
    ("وإذا كانت روسيا داعمة لحفتر فعليها أن تعلن ذلك.", set()),
])
def test_regression_a_backing_participle_inside_a_condition_or_question_was_dropped(parser, text, expected):
    assert claims_with_polarity(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # whoever calls a thing an actor's support charges the actor with it
    ("ووصف السراج الموقف الفرنسي بأنه دعم صريح لحفتر.", {("France", "supports", "LNA"), ("GNA", "opposes", "France")}),
    ("ووصفت أثينا الخطوة الإيطالية بأنها محاولة لإنقاذ حكومة الوفاق.",
     {("Italy", "supports", "GNA"), ("Greece", "opposes", "Italy")}),
])
def test_a_thing_described_as_an_actors_support_charges_the_actor(parser, text, expected):
    assert triples(parser, text) == expected


def test_regression_criticism_provoked_past_a_wave_of_was_read_the_other_way_round(parser):
    text = "وقد أثار الوجود الروسي في سوريا وليبيا موجة من الانتقادات في العواصم الغربية، وفي مقدمتها واشنطن."
    assert triples(parser, text) == {("US", "opposes", "Russia")}


@pytest.mark.parametrize("text, expected", [
    # the genitive of a masdar of rejection before the agreement rejects it, not the one met earlier
    ("وأكد الوزير المصري خلال لقائه نظيره اليوناني على رفض مصر للاتفاق الموقع بين أنقرة وحكومة الوفاق.",
     {("Egypt", "met", "Greece"), ("Egypt", "opposes", "Turkey"), ("Egypt", "opposes", "GNA")}),
    # (a genitive list: each rejects it)
    ("وجدد البيان رفض مصر وقبرص للمذكرة الموقعة بين تركيا وحكومة الوفاق.",
     {("Egypt", "opposes", "Turkey"), ("Egypt", "opposes", "GNA"), ("Cyprus", "opposes", "Turkey"),
      ("Cyprus", "opposes", "GNA")}),
])
def test_regression_the_genitive_of_a_rejection_lost_to_a_pair_met_before(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the thing described is an actor's (its adjective), its object behind «لـ» is not who did it
    ("واعتبرت أنقرة الدعم المصري لحفتر بأنه تدخل في الشؤون الليبية.",
     {("Egypt", "supports", "LNA"), ("Turkey", "opposes", "Egypt")}),
    # (a genitive owner likewise)
    ("ووصف المشري تصريحات ماكرون بشأن حفتر بأنها تدخل سافر.", {("GNA", "opposes", "France")}),
])
def test_regression_a_thing_described_was_charged_to_its_object(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a participle of speech after a comma speaks with its clause's subject
    ("ورد المتحدث باسم الجيش الليبي على البيان، قائلا إن قطر تمول الإرهاب.", {("LNA", "opposes", "Qatar")}),
    ("وانتقدت أثينا الخطوة، مؤكدة أن تركيا ترسل المرتزقة إلى ليبيا.", {("Greece", "opposes", "Turkey")}),
])
def test_a_participle_of_speech_speaks_with_its_clauses_subject(parser, text, expected):
    assert triples(parser, text) == expected


def test_regression_the_possessive_of_a_subject_before_a_phrase_was_read_as_its_object(parser):
    # «بلاده» is the subject (Turkey); its «ه» refers to the minister, no object of «لن تسمح»
    text = "والتقى الوزير التركي نظيره الروسي، وقال إن بلاده لن تسمح بتقسيم ليبيا."
    assert {relation for _, relation, _ in triples(parser, text)} == {"met"}


@pytest.mark.parametrize("text, expected", [
    # after «في وقت … فيه» the verb's subject follows «فيه»
    ("يأتي ذلك في وقت تتهم فيه أنقرة أبوظبي بتسليح قوات حفتر.",
     {("Turkey", "opposes", "UAE"), ("UAE", "supports", "LNA")}),
    ("في الوقت الذي تنتقد فيه واشنطن موسكو، تلتزم باريس الصمت.", {("US", "opposes", "Russia")}),
])
def test_regression_a_subject_after_the_fihi_of_a_time_was_lost(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # «الأخيرة» heading a noun phrase is the last actor named before it, in its gender
    ("وتوترت العلاقات بين أثينا وأنقرة بعد أن أرسلت الأخيرة سفنا حربية ومرتزقة لدعم حكومة الوفاق.",
     {("Greece", "opposes", "Turkey"), ("Turkey", "opposes", "Greece"), ("Turkey", "supports", "GNA")}),
    ("واستقبل ماكرون حفتر في باريس، وأكد الأخير رفضه للتدخل التركي.",
     {("France", "met", "LNA"), ("LNA", "opposes", "Turkey")}),
    # (the adjective of a definite noun is no anaphor)
    ("وأكدت روسيا أن الاجتماع الأخير بين حفتر والسراج عقد في موسكو.", {("LNA", "met", "GNA")}),
])
def test_the_latter_is_the_last_actor_named_before_it(parser, text, expected):
    def undirected(claims: set[tuple]) -> set[tuple]:
        return {(frozenset((s, t)), r) if r == "met" else (s, r, t) for s, r, t in claims}
    assert undirected(triples(parser, text)) == undirected(expected)


def test_regression_an_honorific_before_a_persons_name_was_read_as_his_adviser(parser):
    # «المستشار عقيلة صالح» is the man (LNA by the roll-up), not an adviser of his
    text = "وجمع لقاء في القاهرة الرئيس المصري بالمستشار عقيلة صالح."
    assert {frozenset((s, t)) for s, r, t in triples(parser, text) if r == "met"} == {frozenset(("Egypt", "LNA"))}


def test_a_meeting_gathering_one_side_with_the_holder_of_a_title_behind_bi(parser):
    text = "وعقد أمس لقاء جمع وزير الخارجية الروسي بسفير الولايات المتحدة."
    assert {frozenset((s, t)) for s, r, t in triples(parser, text) if r == "met"} == {frozenset(("Russia", "US"))}


def test_an_actors_intervention_beside_another_is_support(parser):
    assert triples(parser, "وأدانت واشنطن التدخل الروسي إلى جانب قوات حفتر.") == \
        {("Russia", "supports", "LNA"), ("US", "opposes", "Russia")}


@pytest.mark.parametrize("text", [
    "وحثت فرنسا حكومة الوفاق والجيش الوطني على العودة إلى طاولة المفاوضات.",
    "ودعا المبعوث الأممي الطرفين الليبيين، حكومة الوفاق وقوات حفتر، إلى العودة إلى المحادثات.",
])
def test_regression_a_return_to_talks_called_for_was_read_as_a_meeting(parser, text):
    assert not any(r == "met" for _, r, _ in triples(parser, text))


def test_an_epithet_used_by_a_speaker_carried_over_from_the_sentence_before(parser):
    # «وقال إن …» has no subject of its own: the one the text is about speaks, and «الانقلابي» is his word
    text = "وهاجم الرئيس التركي الموقف الفرنسي. وقال إن باريس تدعم الانقلابي حفتر."
    assert ("Turkey", "opposes", "LNA") in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    # the masdar after a verb of undertaking is its object, the verb's subject its agent
    ("ويتولى الجيش التركي تدريب قوات حكومة الوفاق.", {("Turkey", "supports", "GNA")}),
    # «did not hesitate to»: the masdar after it is done, not negated
    ("ولم تتردد موسكو في دعم قوات حفتر بالسلاح.", {("Russia", "supports", "LNA")}),
])
def test_a_masdar_after_a_verb_of_undertaking_or_not_hesitating(parser, text, expected):
    assert claims_with_polarity(parser, text) == {(*t, False) for t in expected}


@pytest.mark.parametrize("text, expected", [
    # the demand itself, a masdar: the one the demanded withdrawal or trial is of is opposed
    ("وجددت أثينا مطالبتها بانسحاب المرتزقة الروس من ليبيا.", {("Greece", "opposes", "Russia")}),
    ("وكررت القاهرة مطالبتها بمحاسبة تركيا.", {("Egypt", "opposes", "Turkey")}),
    # (a ceasefire asks nobody)
    ("وجددت القاهرة مطالبتها بوقف إطلاق النار.", set()),
])
def test_a_demand_named_by_its_masdar_opposes_the_one_it_is_made_of(parser, text, expected):
    assert triples(parser, text) == expected


def test_regression_the_object_after_a_subjects_adjective_and_its_recognition_aside_was_lost(parser):
    text = "وهاجمت حكومة السراج الشرعية، المعترف بها دوليا، روسيا بسبب دعمها لحفتر."
    assert triples(parser, text) == {("GNA", "opposes", "Russia"), ("Russia", "supports", "LNA")}


def test_regression_a_nationality_on_nouns_joined_to_the_trigger_was_read_as_its_object(parser):
    # the Turkish mercenaries and arms are Turkey's; the concern before them is the only stance
    text = "وقال المتحدث الروسي إن موسكو ترصد بقلق تدفق المرتزقة والأسلحة التركية إلى ليبيا."
    assert triples(parser, text) == {("Russia", "opposes", "Turkey")}


def test_regression_the_genitive_of_a_sending_before_what_is_sent_was_read_as_its_object(parser):
    # «إرسال أنقرة قوات»: Ankara sends (what is sent, the noun the trigger requires, follows it), to a
    # country, nobody named; the minister is given nothing
    text = "وعلق وزير الخارجية المصري على إرسال أنقرة قوات إلى ليبيا."
    assert triples(parser, text) == set()


def test_a_deed_inside_a_quotation_said_by_the_one_who_comments_after_it(parser):
    text = '"لن نسكت على التدخل الروسي"، هكذا علق وزير الخارجية الأمريكي.'
    assert triples(parser, text) == {("US", "opposes", "Russia")}


def test_regression_a_demand_past_a_long_subject_and_an_aside_was_lost(parser):
    # the list of states and the aside set off by commas stand between the verb and the one addressed
    text = "وطالب وزراء خارجية إيطاليا وألمانيا وفرنسا، في بيان صدر عقب لقائهم في روما، روسيا بسحب مرتزقتها من ليبيا."
    assert {t for t in triples(parser, text) if t[1] == "opposes"} == \
        {("Italy", "opposes", "Russia"), ("Germany", "opposes", "Russia"), ("France", "opposes", "Russia")}


def test_a_guest_named_by_a_title_and_nationality_in_in_reception(parser):
    text = "وكان في استقبال الوزير الإيطالي لدى وصوله إلى بنغازي المشير خليفة حفتر."
    assert {frozenset((s, t)) for s, r, t in triples(parser, text) if r == "met"} == {frozenset(("Italy", "LNA"))}


@pytest.mark.parametrize("text, expected", [
    # the one met after «لقائه» past where it was held
    ("وأكد الرئيس التونسي، خلال لقائه في قرطاج وزير الخارجية الفرنسي، دعم الحوار الليبي.",
     {frozenset(("Tunisia", "France"))}),
    # (a place and nobody after it: no meeting with anyone named)
    ("وأكد السراج خلال لقائه في طرابلس أن حكومته تدعم الحل السياسي.", set()),
])
def test_the_one_met_past_where_after_a_meeting_with_a_pronoun(parser, text, expected):
    assert {frozenset((s, t)) for s, r, t in triples(parser, text) if r == "met"} == expected


def test_regression_an_adjective_of_the_offensive_made_its_owner_the_agent_of_the_support(parser):
    # «العسكرية» qualifies the campaign, not an object of the support: the UAE backs Haftar's campaign
    text = "وأنفقت الإمارات مبالغ ضخمة لتمويل حملة حفتر العسكرية."
    assert triples(parser, text) == {("UAE", "supports", "LNA")}


def test_a_political_umbrella_given_is_a_cover(parser):
    assert triples(parser, "ووفرت موسكو مظلة سياسية لقوات حفتر.") == {("Russia", "supports", "LNA")}


@pytest.mark.parametrize("text, expected", [
    # a masdar of going on before the deed noun leaves the preposition before it the deed's
    ("وعبرت باريس عن استيائها من استمرار قصف قوات حفتر لطرابلس.", {("France", "opposes", "LNA")}),
    ("وأبدت روما قلقها من تصاعد هجمات قوات حفتر.", {("Italy", "opposes", "LNA")}),
])
def test_a_masdar_of_going_on_before_the_deed_is_transparent(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a deed singled out of the class a stance verb governs: the verb's stance, not negated by «ولا سيما»
    ("وقالت أثينا إنها تدين التدخلات الخارجية في ليبيا، ولا سيما التدخل التركي.",
     {("Greece", "opposes", "Turkey", False)}),
    # the verb's object class narrowed to an actor's
    ("وأكدت برلين أنها ترفض الوجود العسكري الأجنبي، وخاصة الوجود الروسي.", {("Germany", "opposes", "Russia", False)}),
    # (with an actor for object, the one singled out is of the subject: no stance on it)
    ("وتدعم عدة دول أوروبية حكومة الوفاق، وخاصة إيطاليا.", set()),
])
def test_what_is_singled_out_after_especially(parser, text, expected):
    assert claims_with_polarity(parser, text) == expected


def test_regression_an_adverb_of_manner_after_a_verb_with_a_dropped_subject_was_read_as_its_subject(parser):
    text = "أعلنت الخارجية الأمريكية رفضها للهجوم على طرابلس. كما أدانت بشدة إرسال روسيا مرتزقة إلى ليبيا."
    assert ("US", "opposes", "Russia") in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    # a verb of launching opens the sentence with no subject: the one the text is about launches the stance
    ("ألقى الرئيس المصري خطابا أمام الجيش. وشن فيه هجوما حادا على الحكومة التركية.", ("Egypt", "opposes", "Turkey")),
    ("أصدرت الخارجية الفرنسية بيانا حول ليبيا. ووجهت فيه انتقادات حادة لروسيا.", ("France", "opposes", "Russia")),
])
def test_a_stance_launched_by_a_verb_with_no_subject_of_its_own(parser, text, expected):
    assert expected in triples(parser, text)


def test_a_statement_nobody_was_said_to_issue_is_that_of_the_one_the_text_is_about(parser):
    text = "أدانت وزارة الخارجية الإيطالية القصف الذي استهدف مطار معيتيقة. وحمل البيان قوات حفتر المسؤولية."
    assert ("Italy", "opposes", "LNA") in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    # the genitive of a decision right before the masdar (or the masdar governing it) is its agent
    ("ورحبت حكومة الوفاق بقرار الاتحاد الأوروبي فرض عقوبات على مجموعة فاغنر.",
     {("GNA", "supports", "EU"), ("EU", "opposes", "Russia")}),
    ("وانتقدت أنقرة قرار باريس تقديم الدعم لليونان.",
     {("Turkey", "opposes", "France"), ("France", "supports", "Greece")}),
])
def test_the_one_whose_decision_a_masdar_carries_out_is_its_agent(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # «اعترف بـ» a masdar: admitting a deed (here not admitted), no actor unrecognised
    ("ولا تعترف موسكو علنا بدعم قوات حفتر.", set()),
    # (an actor behind «بـ»: recognition withheld)
    ("ولا تعترف روسيا بحكومة الوفاق.", {("Russia", "opposes", "GNA", False)}),
])
def test_regression_a_deed_not_admitted_was_read_as_recognition_withheld(parser, text, expected):
    assert claims_with_polarity(parser, text) == expected


def test_regression_a_statement_kept_from_being_issued_was_read_as_its_condemnation(parser):
    # what the statement would have said is nobody's stance, least of all the one who kept it back
    text = "وقال دبلوماسيون إن موسكو تحركت لمنع صدور بيان يدين هجوم قوات حفتر."
    assert not any(r == "opposes" for _, r, _ in triples(parser, text))


@pytest.mark.parametrize("text, expected", [
    # a term of hostility with the one it is hostile to behind «لـ»: the clause's subject holds it
    ("وتتبنى موسكو موقفا معاديا لحكومة الوفاق.", {("Russia", "opposes", "GNA")}),
    ("وتنتهج أنقرة سياسة معادية للقاهرة.", {("Turkey", "opposes", "Egypt")}),
])
def test_a_stance_hostile_to_the_one_behind_lam(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # «سبق لـ X أن …»: X had already done it
    ("وسبق لباريس أن اتهمت أنقرة بانتهاك حظر السلاح.", {("France", "opposes", "Turkey")}),
    ("وسبق لوزير الخارجية الأمريكي أن وصف الدعم الروسي لحفتر بأنه تدخل مزعزع للاستقرار.",
     {("US", "opposes", "Russia"), ("Russia", "supports", "LNA")}),
])
def test_the_one_who_had_already_done_it_behind_sabaqa_li(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the possessive on what one tells another is the teller's, a phrase of when or how between
    ("وأبلغ السيسي ماكرون خلال اتصال هاتفي دعمه لحكومة الوفاق.", ("Egypt", "supports", "GNA")),
    ("وأبلغت مصر فرنسا خلال الاجتماع تأييدها للجيش الوطني الليبي.", ("Egypt", "supports", "LNA")),
])
def test_regression_what_one_tells_another_past_a_phrase_was_read_as_the_others(parser, text, expected):
    claims = triples(parser, text)
    assert expected in claims and not any(r == "supports" and s != expected[0] for s, r, _ in claims)


@pytest.mark.parametrize("text", [
    "وتتهم قطر بتقديم دعم مالي لحكومة الوفاق.",
    "ويتهم الجيش التركي بتقديم دعم عسكري لحكومة الوفاق.",
])
def test_regression_the_accused_after_tattahim_was_lost_to_the_verbs_own_hum(parser, text):
    # «تتهم» ends in «هم» of its stem, no object pronoun: the actor after it is the accused, and the
    # masdar past «بتقديم» its charge
    claims = triples(parser, text)
    assert any(r == "supports" and t == "GNA" for _, r, t in claims)


@pytest.mark.parametrize("text", [
    "وأفادت وكالة الأنباء الإيطالية بأن روما تدرس إرسال مساعدات عسكرية لحكومة الوفاق.",
    "وتعتزم أنقرة تقديم دعم إضافي لحكومة الوفاق.",
])
def test_regression_a_support_considered_or_intended_was_read_as_given(parser, text):
    assert triples(parser, text) == set()


def test_the_arrival_of_an_actors_weapons_at_another_is_support(parser):
    text = "وأعربت روما عن قلقها من وصول أسلحة روسية إلى قوات حفتر."
    assert triples(parser, text) == {("Italy", "opposes", "Russia"), ("Russia", "supports", "LNA")}


@pytest.mark.parametrize("text, expected", [
    # military men of a nationality beside an actor are their state's forces
    ("ويعمل مستشارون روس إلى جانب قوات حفتر.", {("Russia", "supports", "LNA")}),
    ("وينتشر جنود أتراك بجانب قوات حكومة الوفاق.", {("Turkey", "supports", "GNA")}),
])
def test_military_men_of_a_nationality_beside_an_actor(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a partner in an actor's deeds backs the actor, and is no one who charges him with them
    ("وقال السراج إن أبوظبي شريك في جرائم حفتر.", ("UAE", "supports", "LNA")),
    ("وقال المسماري إن الدوحة شريك في العدوان التركي على ليبيا.", ("Qatar", "supports", "Turkey")),
])
def test_a_partner_in_an_actors_deeds_backs_the_actor(parser, text, expected):
    claims = triples(parser, text)
    assert expected in claims and (expected[0], "opposes", expected[2]) not in claims


def test_an_obligation_opening_a_quotation(parser):
    text = '"على روسيا سحب مرتزقتها من ليبيا"، قال وزير الخارجية الأمريكي.'
    assert triples(parser, text) == {("US", "opposes", "Russia")}


def test_a_joint_subject_meeting_the_one_behind_bi(parser):
    # «كل من X و Y» met the one behind «بـ», not each other
    text = "واجتمع كل من وزير الخارجية المصري ونظيره اليوناني بالمبعوث الأممي."
    assert {frozenset((s, t)) for s, r, t in triples(parser, text) if r == "met"} == \
        {frozenset(("Egypt", "UN")), frozenset(("Greece", "UN"))}


@pytest.mark.parametrize("text, expected", [
    # a verb opening the sentence with «خلاله/فيها» ties to the conference or speech of the sentence before
    ("عقد وزير الخارجية التركي مؤتمرا صحفيا في أنقرة. ووصف خلاله قوات حفتر بالميليشيات.", ("Turkey", "opposes", "LNA")),
    ("ألقت المستشارة الألمانية كلمة أمام البرلمان. وانتقدت فيها التدخل الروسي في ليبيا.",
     ("Germany", "opposes", "Russia")),
])
def test_a_verb_tied_by_khilalahu_to_the_speech_of_the_sentence_before(parser, text, expected):
    assert expected in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    # a verb joined by «و» after a denial and its object, or after a negated verb, is asserted on its own
    ("ونفت أنقرة ذلك واتهمت أثينا بالتضليل.", {("Turkey", "opposes", "Greece", False)}),
    ("ولا تدعم إيطاليا حفتر وتدعم حكومة الوفاق.",
     {("Italy", "supports", "LNA", True), ("Italy", "supports", "GNA", False)}),
])
def test_regression_a_verb_joined_after_a_denial_was_read_as_denied(parser, text, expected):
    assert claims_with_polarity(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the one a demand addresses, asked to stop backing an actor, backs it now
    ("وطالبت أنقرة موسكو بالكف عن دعم قوات حفتر.",
     {("Turkey", "opposes", "Russia", False), ("Russia", "supports", "LNA", False)}),
    # (with nobody addressed, the one who demands backs nobody)
    ("وطالبت حكومة الوفاق بالكف عن دعم حفتر.", set()),
])
def test_the_one_asked_to_stop_backing_an_actor_backs_it(parser, text, expected):
    assert claims_with_polarity(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a stop that takes the support itself («بوقف دعم», «إلى وقف دعمها»): the one asked backs it now
    ("وطالبت باريس روما بوقف دعم قوات حفتر.",
     {("France", "opposes", "Italy", False), ("Italy", "supports", "LNA", False)}),
    ("ودعا المجلس الرئاسي قطر إلى وقف دعمها للجيش الوطني الليبي.",
     {("GNA", "opposes", "Qatar", False), ("Qatar", "supports", "LNA", False)}),
    # (a giver named on the support itself, past one asked whom kg does not know, is the one opposed)
    ("وطالبت أنقرة الدول الكبرى بإيقاف الدعم الروسي لقوات حفتر.",
     {("Turkey", "opposes", "Russia", False), ("Russia", "supports", "LNA", False)}),
    # (the asker gives nothing: a pronoun on the support that is not the one asked, or no giver named)
    ("وطالبت الخارجية التونسية الدول المتدخلة بوقف دعمها للأطراف المتحاربة.", set()),
    ("ودعت روما إلى وقف الدعم العسكري لحكومة الوفاق.", set()),
])
def test_the_one_asked_to_stop_a_support_gives_it(parser, text, expected):
    assert claims_with_polarity(parser, text) == expected


def test_regression_a_demand_to_stop_backing_an_actor_was_read_as_against_that_actor(parser):
    # «طالبت X Y بوقف دعم Z»: the demand is against Y, who backs Z; Z is no nationality of the act
    assert ("GNA", "opposes", "LNA") not in triples(parser, "وطالبت حكومة الوفاق الإمارات بوقف دعم حفتر.")


@pytest.mark.parametrize("text, expected", [
    # a verb's subject, then one word (its object, a noun the tagger may call a verb), then an actor: that
    # actor is the object's genitive, and the subject holds the stance on the deed after it
    ("وانتقدت تركيا صمت الاتحاد الأوروبي على انتهاكات حفتر.",
     {("Turkey", "opposes", "EU"), ("Turkey", "opposes", "LNA")}),
    ("واستهجن المجلس الرئاسي سكوت الأمم المتحدة عن جرائم قوات حفتر.",
     {("GNA", "opposes", "UN"), ("GNA", "opposes", "LNA")}),
])
def test_regression_the_genitive_of_a_verbs_object_held_the_stance_on_a_deed(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text", [
    "وقال المسماري إن تركيا تتحمل المسؤولية عن تدهور الأوضاع في طرابلس.",
    "واعتبر المسماري أن تركيا تتحمل جزءا من المسؤولية عن تدهور الأوضاع.",
])
def test_regression_bearing_the_responsibility_for_was_read_as_the_predicate_responsible_for(parser, text):
    # «المسؤولية عن» is the complement «تتحمل» requires, not the predicate-only phrase «مسؤول عن»
    assert triples(parser, text) == {("LNA", "opposes", "Turkey")}


@pytest.mark.parametrize("text, expected", [
    # the genitive of a noun of displeasure or concern feels it; its object is behind «من»
    ("وأبدى رئيس الوزراء اليوناني انزعاج بلاده من التحركات التركية في المتوسط.", ("Greece", "opposes", "Turkey")),
    ("وأبدى المسؤول المصري استياء القاهرة من السياسة القطرية.", ("Egypt", "opposes", "Qatar")),
])
def test_regression_the_genitive_of_displeasure_was_taken_for_its_object(parser, text, expected):
    assert triples(parser, text) == {expected}


@pytest.mark.parametrize("text, expected", [
    # relying on support («استند إلى», «اعتمد على», «عول على») is receiving it: the subject is backed
    ("وتستند حكومة الوفاق إلى دعم سياسي وعسكري من أنقرة.", ("Turkey", "supports", "GNA")),
    ("ويعتمد المشير خليفة حفتر على المساعدات العسكرية الإماراتية.", ("UAE", "supports", "LNA")),
])
def test_relying_on_support_is_receiving_it(parser, text, expected):
    assert triples(parser, text) == {expected}


def test_adopting_a_plan_to_support_is_no_support_relied_on(parser):
    assert triples(parser, "واعتمد الاتحاد الأوروبي خطة لدعم حكومة الوفاق.") == {("EU", "supports", "GNA")}


@pytest.mark.parametrize("text, expected", [
    # a host welcoming his guest («رحب X بضيفه Y») met the guest; the welcome backs nobody
    ("ورحب الرئيس التونسي بضيفه وزير الخارجية التركي في قصر قرطاج.", {"Tunisia", "Turkey"}),
    ("ورحبت المستشارة الألمانية بضيفها رئيس المجلس الرئاسي الليبي.", {"Germany", "GNA"}),
])
def test_regression_a_host_welcoming_his_guest_was_read_as_backing_him(parser, text, expected):
    assert [(r, {s, t}) for s, r, t in triples(parser, text)] == [("met", expected)]


@pytest.mark.parametrize("text, expected", [
    # fearing an actor's deed, or fears of it, opposes the actor as concern does
    ("ويخشى الاتحاد الأوروبي من تنامي الوجود الروسي في ليبيا.", {("EU", "opposes", "Russia")}),
    ("وأبدت اليونان مخاوفها من التحركات العسكرية التركية.", {("Greece", "opposes", "Turkey")}),
    ("مخاوف تونسية من التدخل الإماراتي", {("Tunisia", "opposes", "UAE")}),  # (a headline)
    # (fearing for someone is no stance against them)
    ("ويخشى الاتحاد الأوروبي على حياة المدنيين في طرابلس.", set()),
    ("وأبدت فرنسا تفهمها للمخاوف المصرية.", set()),
])
def test_fear_of_an_actors_deed_opposes_it(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # «أبلغ X Y، past a phrase of when or how, رفضه لـZ»: a short masdar with its pronoun split off is the
    # verb's second object, X's refusal, not a verb whose subject is Y
    ("وأبلغ أردوغان المستشارة الألمانية خلال اتصال هاتفي رفضه للتدخل الإماراتي.",
     {("Turkey", "called", "Germany"), ("Turkey", "opposes", "UAE")}),
    ("وأبلغ السيسي رئيس الوزراء الإيطالي خلال لقائهما رفضه لأي وجود تركي في ليبيا.",
     {("Egypt", "met", "Italy"), ("Egypt", "opposes", "Turkey")}),
])
def test_regression_a_short_masdar_told_past_a_phrase_of_when_was_read_as_a_verb(parser, text, expected):
    assert _undirected(triples(parser, text)) == _undirected(expected)


def test_regression_li_ayy_was_read_as_the_particle_la():
    # «لأي دور» (to any role) is no «لا دور» (no role): a negation particle takes no suffix
    from kg.triggers import find_triggers

    def no_role(text: str) -> bool:
        return any(h.trigger.id == "no_role" for h in find_triggers(words_of(whitespace_sentence(text), text)))

    assert not no_role("ورفضت حكومة الوفاق الدعوة لأي دور لحفتر")
    assert no_role("وقالت إنه لا دور لحفتر") and no_role("ولا دور لحفتر في الحل")  # (with «و» before it, still)


@pytest.mark.parametrize("text, expected", [
    # the bare noun object of a negated verb, its subject between, is negated with the verb
    ("ولم تقدم فرنسا أي دعم عسكري لقوات حفتر.", {("France", "supports", "LNA", True)}),
    ("ولم تحصل حكومة الوفاق على أي مساعدة من واشنطن.", {("US", "supports", "GNA", True)}),
    # (not a noun behind a preposition of its own: not content with backing him is backing him)
    ("ولم تكتف الإمارات بدعم حفتر سياسيا.", {("UAE", "supports", "LNA", False)}),
    # (nor a verb joined by «و», a clause of its own)
    ("ولا تؤيد ألمانيا حفتر وتؤيد حكومة الوفاق.",
     {("Germany", "supports", "LNA", True), ("Germany", "supports", "GNA", False)}),
])
def test_regression_the_object_of_a_negated_verb_was_asserted(parser, text, expected):
    assert claims_with_polarity(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # accusations with their author's nationality adjective, denied by the one they accuse: the adjective
    # is the accuser, the denier the accused, and the charge is denied
    ("ونفت قطر الاتهامات الإماراتية لها بتمويل الجماعات المسلحة الداعمة لحكومة الوفاق.",
     {("UAE", "opposes", "Qatar", False), ("Qatar", "supports", "GNA", True)}),
    ("وكذبت أنقرة الاتهامات اليونانية بإرسال مرتزقة لدعم حكومة الوفاق.",
     # (calling them lies opposes their author)
     {("Greece", "opposes", "Turkey", False), ("Turkey", "supports", "GNA", True),
      ("Turkey", "opposes", "Greece", False)}),
])
def test_regression_the_author_of_denied_accusations_was_taken_for_the_accused(parser, text, expected):
    assert claims_with_polarity(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # «لم تكن هناك»: there was no such meeting or call
    ("ولم تكن هناك أي مكالمة هاتفية بين ماكرون وأردوغان منذ أشهر.", ("called", True)),
    ("ولم يكن هناك أي اجتماع بين المشري وعقيلة صالح.", ("met", True)),
])
def test_regression_there_was_no_meeting_was_read_as_one(parser, text, expected):
    assert {(r, neg) for s, r, t, neg in claims_with_polarity(parser, text)} == {expected}


@pytest.mark.parametrize("text, expected", [
    # «بسبب دعمها»: the reason for an act is the deed of the one it falls on (behind a preposition or not)
    ("وفرض الاتحاد الأوروبي عقوبات على روسيا بسبب دعمها العسكري لقوات حفتر.", ("Russia", "supports", "LNA")),
    ("واستدعت حكومة الوفاق سفيرها لدى الإمارات على خلفية دعمها لحفتر.", ("UAE", "supports", "LNA")),
    # (the subject, when it is the one the act falls on)
    ("وتواجه فرنسا انتقادات واسعة جراء دعمها لحفتر.", ("France", "supports", "LNA")),
])
def test_regression_the_reason_for_an_act_was_read_as_its_doers_deed(parser, text, expected):
    got = triples(parser, text)
    assert expected in got and not any(r == "supports" and (s, r, t) != expected for s, r, t in got)


@pytest.mark.parametrize("text, expected", [
    # «ثابت/ماضٍ/مستمر في دعم»: steadfast in backing, the subject backs the masdar's genitive
    ("وقال المتحدث باسم الخارجية الروسية إن موقف موسكو ثابت في دعم المشير حفتر.", ("Russia", "supports", "LNA")),
    ("وأكد الوزير القطري أن الدوحة مستمرة في دعم حكومة الوفاق سياسيا.", ("Qatar", "supports", "GNA")),
])
def test_steadfast_in_backing_backs(parser, text, expected):
    assert triples(parser, text) == {expected}


def test_regression_a_participle_after_a_possessed_noun_and_a_preposition_was_the_subjects(parser):
    # «انتقاداته للدول الداعمة لحفتر»: the participle qualifies the states behind «لـ», not the speaker
    text = "وجدد وزير الخارجية القطري انتقاداته للدول الداعمة لحفتر."
    assert ("Qatar", "supports", "LNA") not in triples(parser, text)
    # (right after the possessed noun it is still the subject's: «موقفها الداعم لـ»)
    assert triples(parser, "وجددت الدوحة موقفها الداعم لحكومة الوفاق.") == {("Qatar", "supports", "GNA")}


@pytest.mark.parametrize("text, expected", [
    # support named with a relative clause whose subject kg does not know is nobody's the clause names
    ("وانتقد وزير الخارجية القطري في تصريحات صحفية الدعم الذي تقدمه دول عربية لحفتر.", set()),
    # (with «بعض الدول»: the states alluded to after it give it, and the critic opposes them)
    ("وانتقد وزير الخارجية القطري في تصريحات صحفية الدعم الذي تقدمه بعض الدول لحفتر، في إشارة إلى مصر.",
     {("Qatar", "opposes", "Egypt"), ("Egypt", "supports", "LNA")}),
])
def test_regression_support_given_by_an_unknown_subject_was_the_critics(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a term of abuse in construct with a definite noun, right before a person's name, is the speaker's epithet
    # (and who says one backs the one he brands charges the backer: kg.deeds.backers_of_the_branded)
    ("وقال المشري إن أبوظبي تزود مجرم الحرب حفتر بالسلاح.",
     {("UAE", "supports", "LNA"), ("GNA", "opposes", "LNA"), ("GNA", "opposes", "UAE")}),
    ("انتقد باشاغا باريس. وقال إن فرنسا تساند مجرم الحرب حفتر.",
     {("GNA", "opposes", "France"), ("France", "supports", "LNA"), ("GNA", "opposes", "LNA")}),
])
def test_an_epithet_in_construct_before_a_name_is_the_speakers(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # intervening or joining the war on an actor's side backs it
    ("وتدخلت مصر عسكريا إلى جانب الجيش الوطني الليبي.", {("Egypt", "supports", "LNA")}),
    ("وانخرطت قطر في النزاع إلى جانب حكومة الوفاق.", {("Qatar", "supports", "GNA")}),
    ("ودخلت القوات التركية مدينة مصراتة.", set()),  # (entering a city backs nobody)
])
def test_intervening_on_an_actors_side_backs_it(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb right after a statement its subject issued or signed says what the issuers say
    ("وأصدرت فرنسا وألمانيا بيانا مشتركا يندد بالتدخل الروسي في ليبيا.",
     {("France", "opposes", "Russia"), ("Germany", "opposes", "Russia")}),
    ("ووقعت إيطاليا على بيان يرحب بالدور التونسي في الحوار الليبي.", {("Italy", "supports", "Tunisia")}),
    ("وتبنى مجلس الأمن قرارا يطالب روسيا بسحب مرتزقتها.", {("UN", "opposes", "Russia")}),
])
def test_a_statement_issued_says_what_its_issuers_say(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text", [
    # a statement or resolution the subject did not issue: what it says is nobody's kg knows
    "وانتقدت تركيا بيانا يدعم قوات حفتر.",
    "وامتنعت الصين وروسيا عن التصويت على قرار يدين هجوم قوات حفتر على طرابلس.",
])
def test_regression_a_documents_verb_took_the_clauses_subject(parser, text):
    got = triples(parser, text)
    assert ("Turkey", "supports", "LNA") not in got and ("Russia", "opposes", "LNA") not in got


@pytest.mark.parametrize("text, expected", [
    # an agreement that drew opposition (an accusative the tagger may call a verb), from actors named at the head
    # of those who hold it: they oppose its parties
    ("ووقعت روسيا وحكومة الوفاق اتفاقية للتعاون العسكري. وأثارت الاتفاقية رفضا من جيران ليبيا، وعلى رأسهم مصر.",
     {("Egypt", "opposes", "Russia"), ("Egypt", "opposes", "GNA")}),
    ("وأثارت مذكرة التفاهم بين أنقرة وطرابلس رفضا من قبرص.",
     {("Cyprus", "opposes", "Turkey"), ("Cyprus", "opposes", "GNA")}),
])
def test_opposition_an_agreement_drew_from_those_at_the_head_of_a_list(parser, text, expected):
    assert {x for x in triples(parser, text) if x[1] == "opposes"} == expected


def test_regression_an_actors_efforts_after_a_joined_verb_were_read_as_its_subject(parser):
    # «… وتدعم جهود المبعوث الأممي»: the efforts are the object of the verb joined to the one before
    text = "وقال وزير الخارجية الإيطالي إن روما تتابع الأوضاع عن كثب وتدعم جهود المبعوث الأممي."
    assert triples(parser, text) == {("Italy", "supports", "UN")}


@pytest.mark.parametrize("text, expected", [
    # «لصالح» after a deed noun qualifies that deed: its doer, when named, backs the one after it; else nobody
    ("وقالت أنقرة إن التدخل الأجنبي لصالح حفتر يطيل أمد الحرب.", set()),
    ("وقالت أنقرة إن التدخل المصري لصالح حفتر يطيل أمد الحرب.",
     {("Turkey", "opposes", "Egypt"), ("Egypt", "supports", "LNA")}),
])
def test_regression_for_an_unnamed_deed_was_the_speakers_support(parser, text, expected):
    assert triples(parser, text) == expected


def test_regression_an_ultimatum_the_tagger_missed_opposed_nobody(parser):
    # «وأمهل» (the tagger reads it as no verb) sets a deadline to the actor after its subject
    text = "وأمهل الجيش الليبي القوات التركية 48 ساعة لمغادرة البلاد."
    assert triples(parser, text) == {("LNA", "opposes", "Turkey")}


@pytest.mark.parametrize("text, expected", [
    # a backing phrase closing a clause backs the clause's subject, however far (after «إن», the reported one)
    ("وسيطرت قوات حكومة الوفاق على مدينة ترهونة بعد معارك عنيفة بدعم من المسيرات التركية.",
     {("Turkey", "supports", "GNA")}),
    ("وقال المشري إن قوات حفتر قصفت الأحياء السكنية بدعم من الطيران الإماراتي.", {("UAE", "supports", "LNA")}),
    # (not the actor behind «من» it was taken from)
    ("واستعادت قوات الوفاق مدينة غريان من قوات حفتر بدعم تركي.", {("Turkey", "supports", "GNA")}),
])
def test_a_backing_phrase_closing_a_clause_backs_its_subject(parser, text, expected):
    assert {x for x in triples(parser, text) if x[1] == "supports"} == expected


def test_regression_a_joined_accusation_made_its_accused_the_accuser(parser):
    # «… واتهمت X بـ…»: the one actor before the charge is the accused; the accuser goes on from before
    text = "ندد المجلس الرئاسي بقصف مطار معيتيقة. واتهمت مصر بالمسؤولية عن القصف."
    assert ("GNA", "opposes", "Egypt") in triples(parser, text)
    # (with the accused's pronoun on the verb, the actor after it accuses)
    text = "تواصل روسيا إرسال المرتزقة إلى ليبيا. وتتهمها الولايات المتحدة بزعزعة الاستقرار."
    assert ("US", "opposes", "Russia") in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    # a title joined by «و» right after another officeholder's title names its own holder
    ("ورحب وزير الخارجية الإيطالي بالاتفاق الذي وقعه رئيس المجلس الرئاسي ورئيس مجلس النواب.",
     {"Sarraj", "Saleh"}),
    ("والتقى ماكرون رئيس المجلس الرئاسي ورئيس مجلس النواب في باريس.", {"Sarraj", "Saleh"}),
])
def test_regression_a_title_joined_by_wa_after_another_title_was_its_institution(parser, text, expected):
    words = words_of(parser.parse(text)[0], text)
    assert expected <= {m.actor for m in default_matcher().find(words, None)}


def test_the_delegation_named_before_is_the_one_the_text_goes_on_with(parser):
    # «وصل وفد مصري …» … «والتقى الوفد …»: the delegation named with its state
    text = "وصل وفد مصري رفيع المستوى إلى بنغازي. والتقى الوفد المشير خليفة حفتر."
    assert [(r, {s, t}) for s, r, t in triples(parser, text)] == [("met", {"Egypt", "LNA"})]


@pytest.mark.parametrize("text", [
    "أصدرت لجنة خبراء الأمم المتحدة تقريرا جديدا حول ليبيا. وقال الخبراء إن الإمارات انتهكت حظر الأسلحة.",
    "نشرت لجنة خبراء تابعة للأمم المتحدة تقريرها. وأكدت اللجنة أن الإمارات انتهكت حظر الأسلحة.",
])
def test_the_experts_or_committee_named_with_a_body_are_that_body_later_on(parser, text):
    # «لجنة خبراء الأمم المتحدة …» … «وقال الخبراء»: the nouns in construct with the body go on naming it
    assert triples(parser, text) == {("UN", "opposes", "UAE")}


@pytest.mark.parametrize("text, expected", [
    # «X لـY: …»: «you» in a headline's quotation is the one spoken to
    ("ماكرون للسراج: فرنسا تدعمكم", {("France", "supports", "GNA")}),
    ("أردوغان للسراج: تركيا تدعمكم بكل قوة", {("Turkey", "supports", "GNA")}),
    ("السراج لرويترز: تركيا تدعمنا", set()),  # (an outlet spoken to is no actor)
])
def test_you_in_a_headlines_quotation_is_the_one_spoken_to(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # withholding recognition opposes the actor behind «بـ» (or «بشرعية»), not the genitive of a deed there
    ("وأعلن مجلس النواب عدم اعترافه بحكومة الوفاق.", {("HoR", "opposes", "GNA")}),
    ("وأعلن مجلس النواب عدم اعترافه بشرعية حكومة الوفاق.", {("HoR", "opposes", "GNA")}),
    ("وأعلن مجلس النواب عدم اعترافه بوجود مرتزقة فاغنر.", set()),
])
def test_regression_recognition_withheld_from_a_deed_opposed_its_doer(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a tone, rhetoric or criticism sharpened toward an actor opposes it; escalated fighting does not
    ("وصعدت فرنسا من لهجتها تجاه أنقرة.", {("France", "opposes", "Turkey")}),
    ("وصعدت القاهرة لهجتها حيال تركيا.", {("Egypt", "opposes", "Turkey")}),
    ("وصعدت قوات حفتر هجماتها على طرابلس.", set()),
])
def test_a_tone_hardened_toward_an_actor_opposes_it(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # weapons, reinforcements or supplies received from an actor back the one receiving them
    ("وتسلمت حكومة الوفاق أسلحة من تركيا.", {("Turkey", "supports", "GNA")}),
    ("وحصلت قوات حفتر على ذخائر إماراتية.", {("UAE", "supports", "LNA")}),
    ("وتلقت قوات الوفاق تعزيزات عسكرية من أنقرة.", {("Turkey", "supports", "GNA")}),
    ("وتعتمد قوات حفتر على الأسلحة الروسية.", {("Russia", "supports", "LNA")}),
    # (weapons not received back nobody: an embargo, missiles one is hit by)
    ("وطالبت ألمانيا بتطبيق حظر الأسلحة على ليبيا.", set()),
    ("وتعرضت قاعدة الوطية لصواريخ من قوات حفتر.", set()),
])
def test_arms_received_from_an_actor_are_its_support(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the genitive of a masdar a verb governs is its object, also a title with a nationality (a person)
    ("ولم يتردد أردوغان في مهاجمة الرئيس الفرنسي.", {("Turkey", "opposes", "France")}),
    ("وواصل أردوغان انتقاد وزير الخارجية الفرنسي.", {("Turkey", "opposes", "France")}),
])
def test_regression_a_titled_nationality_after_a_governed_masdar_was_its_agent(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what one complains of opposes whoever does it
    ("واشتكى السراج من الدعم الإماراتي لحفتر.", {("GNA", "opposes", "UAE"), ("UAE", "supports", "LNA")}),
    ("وبعث السراج برسالة إلى غوتيريش يشكو فيها الدعم الإماراتي لحفتر.",
     {("GNA", "opposes", "UAE"), ("UAE", "supports", "LNA")}),
    ("ويشكو سكان طرابلس من انقطاع الكهرباء.", set()),
])
def test_a_complaint_of_an_actors_deed_opposes_the_actor(parser, text, expected):
    assert triples(parser, text) == expected


def test_a_verb_of_purpose_goes_on_with_the_clauses_subject(parser):
    # «لتنتقد»: the subject of the clause before does it, and the noun after is its object
    text = "وخرجت روسيا عن صمتها لتنتقد الغارات الأمريكية."
    assert triples(parser, text) == {("Russia", "opposes", "US")}


def test_regression_a_deeds_place_hid_the_doer_its_relative_clause_names(parser):
    # «الهجوم على طرابلس الذي تشنه …»: past the deed's own complement, the relative clause names its doer
    text = "وترفض واشنطن الهجوم على طرابلس الذي تشنه قوات حفتر."
    assert triples(parser, text) == {("US", "opposes", "LNA")}


@pytest.mark.parametrize("text, expected", [
    # astonishment at an actor's words or deed, as displeasure, opposes it
    ("وأبدت الخارجية الروسية استغرابها من التصريحات الأمريكية.", {("Russia", "opposes", "US")}),
    ("واستغربت القاهرة الموقف التركي.", {("Egypt", "opposes", "Turkey")}),
])
def test_astonishment_at_an_actors_words_opposes_it(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text", [
    # the one a reaction is the genitive of is not where forces are sent
    "وأثار إعلان أردوغان إرسال قوات إلى ليبيا غضب القاهرة.",
    "وأثار قرار البرلمان التركي إرسال قوات إلى ليبيا غضب القاهرة.",
])
def test_regression_the_one_angered_was_the_one_forces_were_sent_to(parser, text):
    assert not any(r == "supports" for _, r, _ in triples(parser, text))


@pytest.mark.parametrize("text, expected", [
    # «X متهمة بـ…»: the charge is of the one the participle is said of
    ("وباريس متهمة بدعم حفتر سرا.", {("France", "supports", "LNA")}),
    ("والإمارات متهمة بتزويد قوات حفتر بالسلاح.", {("UAE", "supports", "LNA")}),
])
def test_regression_the_charge_after_an_accused_participle_read_as_backing(parser, text, expected):
    assert triples(parser, text) == expected


def test_regression_sanctions_rejected_with_the_rejecters_subject_between_opposed_their_patient(parser):
    # «تعارض X فرض عقوبات على Y»: the act imposed is rejected, its patient opposed by nobody
    assert triples(parser, "وعارضت إيطاليا فرض عقوبات على حكومة الوفاق.") == set()
    assert triples(parser, "وطالبت فرنسا بفرض عقوبات على تركيا.") == {("France", "opposes", "Turkey")}


@pytest.mark.parametrize("text, expected", [
    # «… واتهمها بـ…»: the accusation's object pronoun is the nearest actor of its gender, and the charge its own
    ("وانتقد أردوغان فرنسا واتهمها بدعم حفتر.", {("Turkey", "opposes", "France"), ("France", "supports", "LNA")}),
    ("وهاجم أردوغان ماكرون واتهمه بدعم حفتر.", {("Turkey", "opposes", "France"), ("France", "supports", "LNA")}),
])
def test_regression_the_one_charged_after_a_joined_accusation_was_opposed_by_its_accuser(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وتبنت أثينا موقفا مناهضا لأنقرة.", {("Greece", "opposes", "Turkey")}),  # a stance «against»
    ("وألقت أبوظبي بثقلها خلف حفتر.", {("UAE", "supports", "LNA")}),  # its weight behind
    ("ووضعت تركيا ثقلها العسكري خلف حكومة الوفاق.", {("Turkey", "supports", "GNA")}),
    ("وتنظر واشنطن بعين الريبة إلى الوجود الروسي في ليبيا.", {("US", "opposes", "Russia")}),  # suspicion
    # a war declared on an actor (not on a thing, nor a war ended)
    ("وأعلن حفتر الحرب على حكومة الوفاق.", {("LNA", "opposes", "GNA")}),
    ("وأعلن حفتر الحرب على الإرهاب.", set()),
    ("وأعلن حفتر انتهاء الحرب على طرابلس.", set()),
])
def test_hostility_weight_suspicion_and_war_declared(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # pressure put on an actor opposes it
    ("وطالبت أثينا المجتمع الدولي بالضغط على تركيا.", {("Greece", "opposes", "Turkey")}),
    ("وتمارس واشنطن ضغوطا على حفتر لوقف الهجوم.", {("US", "opposes", "LNA")}),
    ("وتحت ضغط المعارك انسحبت قوات حفتر.", set()),
    # an actor's words branded provocative
    ("ووصفت الخارجية المصرية تصريحات أردوغان بأنها استفزازية.", {("Egypt", "opposes", "Turkey")}),
])
def test_pressure_on_an_actor_and_its_words_branded_provocative_oppose_it(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a policy or role called destructive or negative, an act held an escalation: against the actor
    ("ووصف لودريان الدور التركي في ليبيا بأنه سلبي.", {("France", "opposes", "Turkey")}),
    ("ووصف أردوغان السياسة الفرنسية في ليبيا بأنها مدمرة.", {("Turkey", "opposes", "France")}),
    ("واعتبرت القاهرة إرسال تركيا قوات إلى ليبيا تصعيدا خطيرا.", {("Egypt", "opposes", "Turkey")}),
    # a situation called so names no actor
    ("ووصف السراج الوضع في طرابلس بأنه خطير جدا.", set()),
])
def test_a_policy_branded_destructive_or_an_act_held_an_escalation_opposes_its_actor(parser, text, expected):
    assert triples(parser, text) == expected


def test_regression_an_attack_a_condemnation_governs_was_its_doers_reaction_to_the_topic(parser):
    # «بإدانة الهجوم الإماراتي»: the attack condemned is the object of the masdar before it
    text = "ووجه السراج رسالة إلى مجلس الأمن يطالب فيها بإدانة الهجوم الإماراتي."
    assert triples(parser, text) == {("GNA", "opposes", "UAE")}


def test_regression_a_fronted_call_with_a_coordinated_subject_named_nobody(parser):
    # «وفي اتصال هاتفي، بحث X و Y …»: the two sides of the call are the coordinated subject
    text = "وفي اتصال هاتفي، بحث السيسي وماكرون تطورات الوضع في ليبيا."
    assert [(r, {s, t}) for s, r, t in triples(parser, text)] == [("called", {"Egypt", "France"})]


def test_a_dual_after_a_coordinated_subject_names_its_two_members(parser):
    # «أكدت اليونان وقبرص …. ودعا البلدان …»: the two sources of one stance are the dual's pair
    text = "أكدت اليونان وقبرص رفضهما للتدخل التركي. ودعا البلدان الاتحاد الأوروبي إلى فرض عقوبات على أنقرة."
    assert triples(parser, text) == {("Greece", "opposes", "Turkey"), ("Cyprus", "opposes", "Turkey")}


def test_regression_a_plural_verb_was_read_as_a_dual_subject(parser):
    # «وأضافوا أن روسيا تعترض …»: a plural verb carries no pair from the sentence before
    text = ("وقال دبلوماسيون إن الولايات المتحدة وروسيا رفضتا القرار البريطاني. "
            "وأضافوا أن روسيا تعترض على القرار الذي أعدته بريطانيا.")
    got = rule_claims(parser, text)
    assert ("Russia", "opposes", "UK", "verb-parse") in got
    assert not any(rule == "dual-subject" for _, _, _, rule in got)


def test_a_body_named_in_full_goes_on_by_its_head_noun(parser):
    # «الاتحاد الأوروبي» … «وحمل الاتحاد …»
    text = "أدان الاتحاد الأوروبي الهجوم على مطار معيتيقة. وحمل الاتحاد قوات حفتر مسؤولية الهجوم."
    assert ("EU", "opposes", "LNA") in triples(parser, text)


def test_regression_a_demonstrative_subject_after_that_was_the_speakers_dropped_subject(parser):
    # «قالت X إن هذه المقاتلات تدعم …»: what the demonstrative refers back to does it, not the speaker
    assert triples(parser, "وقالت واشنطن إن هذه الطائرات تدعم قوات حفتر.") == set()


def test_regression_a_joined_accusations_pronoun_for_the_other_side_of_the_sentence_before(parser):
    text = "هاجم وزير الخارجية التركي فرنسا بشدة. واتهمها بدعم الانقلابي حفتر."
    assert ("France", "supports", "LNA") in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    # «ترى X في Y حليفا»: an ally seen or found in an actor, behind «في»
    ("وقد وجدت أنقرة في حكومة الوفاق حليفا استراتيجيا.", {("Turkey", "supports", "GNA")}),
    ("وترى موسكو في حفتر حليفا يمكن الاعتماد عليه.", {("Russia", "supports", "LNA")}),
])
def test_an_ally_seen_in_an_actor_backs_it(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # «لن تتراجع X عن دعم Y»: a retreat from support negated asserts the support; one made negates it
    ("ولن تتراجع تركيا عن دعم حكومة الوفاق.", {("Turkey", "supports", "GNA", False)}),
    ("وتتراجع روسيا عن دعم حفتر تدريجيا.", {("Russia", "supports", "LNA", True)}),
])
def test_regression_a_retreat_from_support_in_the_imperfect_was_no_stop(parser, text, expected):
    assert claims_with_polarity(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # «وتابع X: …»: a verb of speech going on before the colon names who speaks
    ('وتابع المسماري: "لن نسمح لتركيا باحتلال بلادنا".', {("LNA", "opposes", "Turkey")}),
    # «إعلان أنقرة دعمها …»: the pronoun of a masdar is the agent of the masdar governing it
    ("ويأتي ذلك بعد أيام من إعلان أنقرة دعمها الكامل لحكومة الوفاق.", {("Turkey", "supports", "GNA")}),
    # «لاعبا أساسيا في دعم …»: a player in a support is its agent
    ("وتبقى روسيا لاعبا أساسيا في دعم حفتر.", {("Russia", "supports", "LNA")}),
    # «بأي دعم …»: whatever support may come is none given (the welcome still stands)
    ("وأوضح المتحدث أن حكومة الوفاق ترحب بأي دعم أمريكي.", {("GNA", "supports", "US")}),
])
def test_speech_going_on_a_governing_masdars_agent_a_player_and_any_support(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the EU's naval operation named as «العملية الأوروبية» acts for the EU
    ("ورفضت حكومة الوفاق المهمة البحرية الأوروبية لمراقبة حظر السلاح.", {("GNA", "opposes", "EU")}),
    # a later member of a list behind «إلى» is no subject a pronoun refers to
    ("وقال السراج إنه بعث برقية إلى الأمم المتحدة والاتحاد الأوروبي يوم الأحد مؤكدا رفضه للمهمة الأوروبية.",
     {("GNA", "opposes", "EU")}),
    # after the agent's pronoun, the masdar's object and its genitive
    ("وأعلنت حكومة الوفاق رفضها عملية إيريني.", {("GNA", "opposes", "EU")}),
    ("وجددت القاهرة رفضها تصريحات أردوغان.", {("Egypt", "opposes", "Turkey")}),
])
def test_regression_the_european_operation_and_a_pronoun_behind_a_listed_addressee(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a masdar's object behind «لـ» on an actor's role («للدور التركي»): the role's owner
    ("انتقادات فرنسية حادة للدور التركي في ليبيا", {("France", "opposes", "Turkey")}),
    ("وجاءت الانتقادات الفرنسية للدور التركي بعد الحادث.", {("France", "opposes", "Turkey")}),
])
def test_criticism_behind_lam_on_an_actors_role_opposes_the_actor(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a titled nationality right after the sentence's first word is its subject, not the masdar's adjective
    ("وشجب البرلمان التركي التصريحات المصرية.", {("Turkey", "opposes", "Egypt")}),
    # «متهما إياه بـ…»: the accuser, the main clause's subject, opposes the one the pronoun names
    ("ورد لودريان على أردوغان متهما إياه بالتدخل في ليبيا.", {("France", "opposes", "Turkey")}),
    ("وقال لودريان إن أردوغان يتدخل في ليبيا، متهما إياه بانتهاك الحظر.", {("France", "opposes", "Turkey")}),
    # (not with no comma inside the clause «أن» opens, whose accuser kg may not know)
    ("وذكرت صحف أن الولايات المتحدة باعت الصواريخ إلى قطر متهمة إياها بتسليمها لحكومة الوفاق.", set()),
    # championing an actor; standing up to an actor's efforts
    ("وناصرت قطر حكومة الوفاق منذ اليوم الأول.", {("Qatar", "supports", "GNA")}),
    ("وتصدت أثينا للمساعي التركية في شرق المتوسط.", {("Greece", "opposes", "Turkey")}),
    ("وتصدت الدفاعات الجوية لطائرات مسيرة تركية.", set()),
])
def test_a_titled_subject_an_accusing_participle_championing_and_standing_up_to(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the doer of a relative clause named in quotation marks
    ('وانتقدت أنقرة الدعم الذي تقدمه "أبوظبي" لحفتر.', {("Turkey", "opposes", "UAE"), ("UAE", "supports", "LNA")}),
    ('وأدانت قطر الهجوم الذي تشنه "قوات حفتر" على طرابلس.', {("Qatar", "opposes", "LNA")}),
])
def test_regression_a_relative_clauses_doer_in_quotation_marks_was_nobody(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # quotation marks around a name count for nothing: the subject after the verb or before it, the agent
    # behind «من قبل»
    ('وقال المتحدث باسم "الجيش الوطني" إن "تركيا" ترسل المرتزقة إلى ليبيا.', {("LNA", "opposes", "Turkey")}),
    ('وأدانت "الخارجية القطرية" قصف طرابلس من قبل "قوات حفتر".', {("Qatar", "opposes", "LNA")}),
])
def test_regression_names_in_quotation_marks_lost_their_place_in_the_clause(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # gladness at what an actor did or holds backs it; at what names nobody, nothing
    ("وأعرب السراج عن ارتياحه للموقف الأمريكي.", {("GNA", "supports", "US")}),
    ("وأعرب أردوغان عن سعادته بالمشاركة في المؤتمر.", set()),
])
def test_gladness_at_an_actors_stance_backs_it(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # «X متهمة من قبل Y بـ…»: the accuser behind «من قبل» opposes the accused, who does what the charge says
    ("وروسيا متهمة من قبل واشنطن بإرسال مرتزقة لدعم حفتر.",
     {("US", "opposes", "Russia"), ("Russia", "supports", "LNA")}),
    # «متورطة في دعم …»: involved in a support, its agent
    ("والإمارات متورطة في دعم حفتر.", {("UAE", "supports", "LNA")}),
])
def test_regression_the_accuser_behind_min_qibal_was_read_as_the_accused(parser, text, expected):
    assert triples(parser, text) == expected


def test_regression_a_joined_phrase_took_the_first_verbs_object_for_its_subject(parser):
    # «وهاتف X Y وأشاد بدوره»: a phrase joined by «و» goes on with the first verb's subject
    text = "وهاتف ترامب حفتر وأشاد بدوره في مكافحة الإرهاب."
    assert {x for x in triples(parser, text) if x[1] == "supports"} == {("US", "supports", "LNA")}


@pytest.mark.parametrize("text, expected", [
    # a partner in an aggression or a crime is charged with it (kgt:complicit), and deemed no ally
    ("وقال السراج إن أبوظبي شريكة في العدوان على العاصمة.", {("GNA", "opposes", "UAE")}),
    ("واعتبر المشري أن باريس شريك في الهجوم على العاصمة.", {("GNA", "opposes", "France")}),
    # (a partner in fighting terrorism is an ally)
    ("ويعتبر الكرملين حفتر شريكا في مكافحة الإرهاب.", {("Russia", "supports", "LNA")}),
])
def test_a_partner_in_an_aggression_is_charged_with_it(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # praise of a deed behind the trigger's own «بـ», its doer named in the relative clause, praises the doer
    ("وأشاد أردوغان بالمكاسب التي حققتها قوات الوفاق.", {("Turkey", "supports", "GNA")}),
    ("ورحب الرئيس التركي بالتقدم الذي أحرزته حكومة الوفاق.", {("Turkey", "supports", "GNA")}),
    # (and a condemnation of a statement, the one who made it)
    ("ونددت موسكو بالتصريحات التي أدلى بها وزير الخارجية الأمريكي.", {("Russia", "opposes", "US")}),
])
def test_a_deed_behind_ba_with_its_doer_in_a_relative_clause(parser, text, expected):
    assert triples(parser, text) == expected


def test_regression_what_the_media_published_belied_by_the_one_it_names_was_asserted(parser):
    # «كذبت X ما نشرته وسائل إعلام عن تمويلها لـY»: belied as «نفت» denies, the support is denied
    got = claims_with_polarity(parser, "وكذبت الدوحة ما نشرته صحف أجنبية عن تمويلها لحكومة الوفاق.")
    assert ("Qatar", "supports", "GNA", True) in got and ("Qatar", "supports", "GNA", False) not in got


@pytest.mark.parametrize("text", [
    # a deed named after a speaker's colon, in quotation marks or not, is the speaker's verdict on its doer
    'وقالت زاخاروفا: "إن التدخل التركي في ليبيا يزيد من تعقيد الوضع".',
    "وقال المتحدث باسم الخارجية الروسية: إن التدخل التركي يزيد الوضع سوءا.",
])
def test_regression_a_deed_after_a_speakers_colon_had_no_one_to_judge_it(parser, text):
    assert triples(parser, text) == {("Russia", "opposes", "Turkey")}


@pytest.mark.parametrize("text, expected", [
    # one asked to press another so that the other stops is not asked to stop: the demand is against the
    # one pressed (the act asked for), not the one asked
    ("وطالب المجلس الرئاسي روما بالضغط على حفتر لوقف هجومه على العاصمة.", {("GNA", "opposes", "LNA")}),
    ("وأكدت روما دعمها لحكومة الوفاق، فيما طالب السراج روما بالضغط على حفتر لوقف هجومه.",
     {("Italy", "supports", "GNA"), ("GNA", "opposes", "LNA")}),
    # (a stop that names whose deed it ends is against that actor, whatever the one asked does)
    ("وطالبت القاهرة الأمم المتحدة بالتحرك لإخراج القوات التركية من ليبيا.", {("Egypt", "opposes", "Turkey")}),
])
def test_regression_the_one_asked_to_press_was_read_as_asked_to_stop(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text", [
    # a deed noun with its doer as genitive opens the clause and a term of crime is said of it: the speaker
    # charges the doer (whom the deed falls on may stand between; a headline's speaker before a colon)
    "وقالت الخارجية القطرية إن غارات حفتر على الأحياء السكنية جرائم حرب.",
    "الخارجية القطرية: غارات حفتر على الأحياء السكنية جرائم حرب",
])
def test_a_deed_of_a_named_doer_called_a_crime(parser, text):
    assert triples(parser, text) == {("Qatar", "opposes", "LNA")}


@pytest.mark.parametrize("text, wanted, unwanted", [
    ("وكشفت حكومة الوفاق عن وصول طائرات روسية لدعم قوات حفتر.", ("Russia", "supports", "LNA"),
     ("GNA", "supports", "LNA")),
    ("وكشفت حكومة الوفاق عن وصول مقاتلات روسية لدعم مرتزقة فاغنر في سرت.", None, ("GNA", "supports", "Russia")),
    ("وقال المسماري إن أنقرة أرسلت سفنا تركية لدعم حكومة الوفاق.", ("Turkey", "supports", "GNA"),
     ("LNA", "supports", "GNA")),
])
def test_purpose_of_what_a_nationality_adjective_qualifies(parser, text, wanted, unwanted):
    # «… عن وصول طائرات روسية لدعم …»: the purpose masdar's agent is the nation the adjective right before names,
    # not the speaker (the speaker was taken for it)
    got = triples(parser, text)
    assert unwanted not in got
    assert wanted is None or wanted in got


@pytest.mark.parametrize("text, expected", [
    # a headline's masdar, its nationality adjective the agent, an adjective the tagger calls a noun before «لـ»
    ("انتقادات تركية حادة لفرنسا بسبب موقفها من الأزمة الليبية.", {("Turkey", "opposes", "France")}),
    ("اتهامات روسية جديدة لواشنطن بشأن ليبيا.", {("Russia", "opposes", "US")}),
    # a «لـ» phrase further on, past a noun with the article, is not the object
    ("انتقادات تركية للدور الفرنسي.", {("Turkey", "opposes", "France")}),
])
def test_indefinite_masdar_and_its_adjectives_before_its_object(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # «من جانبه، …», «بدوره، …»: a phrase handing the story to the next speaker opens the sentence, and the one
    # before the colon is still the one quoted
    ('من جانبه، قال الرئيس الفرنسي إيمانويل ماكرون: "لن نسمح لتركيا بانتهاك حظر السلاح".',
     ("France", "opposes", "Turkey")),
    ("وبدوره، قال وزير الخارجية المصري: لن نسمح لأنقرة بتهديد أمننا.", ("Egypt", "opposes", "Turkey")),
])
def test_the_speaker_before_a_colon_after_a_turn_opener(parser, text, expected):
    assert expected in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    # the nationality adjective of a noun joined by «لـ» to the indefinite noun behind the trigger's preposition
    ("وقال وزير الخارجية المصري: لن نقبل بأي وجود للمرتزقة الأتراك.", {("Egypt", "opposes", "Turkey")}),
    ("وأعلنت أثينا رفضها لأي نشر للقوات التركية في ليبيا.", {("Greece", "opposes", "Turkey")}),
    # past another preposition it is not: what the attack was done with is no object
    ("وأعلنت باريس رفضها للهجوم على طرابلس بمباركة روسية.", set()),
])
def test_nationality_of_a_noun_joined_by_lam_to_the_object(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # talks held in a stated place, right after the one talked with, were held in person
    ("وبحثت المستشارة الألمانية أنغيلا ميركل مع السراج في برلين سبل إنهاء الصراع.", {("GNA", "met", "Germany")}),
    ("وبحث الرئيس الفرنسي مع حفتر في قصر الإليزيه تطورات الأزمة الليبية.", {("France", "met", "LNA")}),
    # talks with no stated mode are no meeting, nor is a topic after «في»
    ("وبحث بوتين مع أردوغان الوضع في ليبيا.", set()),
    ("وبحث وزير الخارجية المصري مع نظيره الفرنسي في سبل إنهاء الأزمة.", set()),
    # by phone, a call
    ("وبحث السيسي مع ماكرون في اتصال هاتفي تطورات الأزمة.", {("Egypt", "called", "France")}),
    # both sides the subject, joined by «و», right before the place
    ("وتباحث أردوغان والسراج في إسطنبول حول آخر التطورات.", {("GNA", "met", "Turkey")}),
    ("وبحث الرئيس المصري ونظيره الفرنسي في باريس الأزمة الليبية.", {("Egypt", "met", "France")}),
    # on the sidelines of an event, before the verb or after the other side, is in person too
    ("وعلى هامش القمة الروسية الأفريقية في سوتشي، بحث السيسي مع بوتين الملف الليبي.", {("Egypt", "met", "Russia")}),
    ("وبحث أردوغان مع ترامب على هامش قمة الناتو الوضع في ليبيا.", {("Turkey", "met", "US")}),
    # a place after their topic is not where they talked
    ("وبحث السيسي وماكرون الأزمة في ليبيا.", set()),
    ("وبحث السيسي وماكرون في سبل إنهاء الأزمة.", set()),
])
def test_talks_held_in_a_stated_place_are_a_meeting(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what an actor said or did called a declaration of war: a charge against its doer
    ("واعتبرت حكومة الوفاق أن تصريحات السيسي تمثل إعلان حرب على ليبيا.", {("GNA", "opposes", "Egypt")}),
    ("وقال السراج إن هجوم حفتر على طرابلس إعلان حرب على الدولة المدنية.", {("GNA", "opposes", "LNA")}),
    # a reported deed's phrase after «بأنها»: the owner of the thing described did it
    ("ووصف المجلس الأعلى للدولة تصريحات الرئيس المصري بأنها إعلان حرب.", {("GNA", "opposes", "Egypt")}),
    ("ووصف المشري تصريحات أردوغان بأنها تزعزع استقرار المنطقة.", {("GNA", "opposes", "Turkey")}),
    # a war declared on terrorism by the doer himself is no charge
    ("وأعلن حفتر الحرب على الإرهاب في بنغازي.", set()),
])
def test_a_declaration_of_war_charged(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a deed condemned whose relative clause says who suffers it: its doer behind «من قبل» further on
    ("وأدانت البعثة الأممية القصف العشوائي الذي تتعرض له الأحياء السكنية من قبل قوات حفتر.",
     {("UN", "opposes", "LNA")}),
    ("ونددت أنقرة بالاعتداءات التي تتعرض لها المدن الليبية من جانب المرتزقة الروس.", {("Turkey", "opposes", "Russia")}),
    # the doer further from the condemning verb than its other arguments may stand («من قبل» marks it)
    ("وأدانت البعثة الأممية القصف العشوائي الذي تتعرض له الأحياء السكنية في طرابلس من قبل قوات حفتر.",
     {("UN", "opposes", "LNA")}),
    # not past another verb: the actor there does something else
    ("وأدانت فرنسا القصف الذي طال المدنيين وقالت إن المطلوب تحقيق من قبل الأمم المتحدة.", set()),
])
def test_the_doer_behind_min_qibal_in_a_relative_clause_on_the_deed(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a meeting one is invited to is not held
    ("ودعا الرئيس الفرنسي حفتر والسراج إلى اجتماع في باريس.", set()),
    ("ودعت ألمانيا الأطراف الليبية إلى محادثات في برلين.", set()),
    # a meeting held, and a demand made in it, stays one
    ("والتقى ماكرون حفتر في باريس ودعاه إلى وقف الهجوم.", {("France", "met", "LNA"), ("France", "opposes", "LNA")}),
])
def test_a_meeting_one_is_invited_to_is_not_held(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a long list of what is sent between the verb and the one it is sent to
    ("وأرسلت أنقرة طائرات مسيرة وأنظمة دفاع جوي إلى حكومة الوفاق.", {("Turkey", "supports", "GNA")}),
    ("ونقلت روسيا مرتزقة ومعدات عسكرية ثقيلة وذخائر إلى قوات حفتر.", {("Russia", "supports", "LNA")}),
    # a message is not what backs anyone
    ("وأرسلت أنقرة رسالة شديدة إلى مجلس الأمن الدولي بشأن الأزمة.", set()),
])
def test_the_one_sent_to_past_a_list_of_what_is_sent(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a quotation opening the sentence, its speaker after the comma and the speech verb: a deed it reports
    ('"تركيا تدعم الإرهاب في ليبيا"، قال المسماري في مؤتمر صحفي.', {("LNA", "opposes", "Turkey")}),
    ('"روسيا انتهكت حظر السلاح مرات عدة"، قال السفير الأمريكي.', {("US", "opposes", "Russia")}),
    # the doer's own words, said by its own side, charge nobody
    ('"تركيا ترسل المستشارين إلى ليبيا"، قال أردوغان.', set()),
])
def test_a_deed_in_a_quotation_its_speaker_after_it(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the support is the purpose of what the one asked is to stop: it gives it, the one who asks does not
    ("وحث الاتحاد الأوروبي روسيا على وقف إرسال المرتزقة إلى ليبيا لدعم حفتر.",
     {("EU", "opposes", "Russia"), ("Russia", "supports", "LNA")}),
    ("وطالبت أنقرة أبوظبي بوقف نقل الأسلحة لدعم قوات حفتر.",
     {("Turkey", "opposes", "UAE"), ("UAE", "supports", "LNA")}),
    # asked to back someone, with no stop, the one asked gives nothing yet
    ("ودعت تركيا الأمم المتحدة إلى دعم حكومة الوفاق.", {("Turkey", "supports", "GNA")}),
])
def test_a_purpose_of_what_the_one_asked_is_to_stop(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the masdar of bombing, reported, is a charge against its doer, as the verb is
    ("وقالت حكومة الوفاق إن قوات حفتر تستخدم طائرات مسيرة في قصف المدنيين.", {("GNA", "opposes", "LNA")}),
    ("وقال المسماري إن قصف الطيران التركي استهدف مواقع الجيش.", {("LNA", "opposes", "Turkey")}),
    # unreported, or the doer's own word, it is fighting
    ("وتعرضت طرابلس لقصف عنيف الليلة الماضية.", set()),
    ("وأكد الجيش الوطني الليبي قصف مواقع الميليشيات في طرابلس.", set()),
    ("وواصلت الطائرات التركية قصف مواقع قوات حفتر في ترهونة.", set()),
])
def test_a_bombing_reported_as_a_noun(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # «خصمه حفتر»: a rival noun with a possessive, the name after it its apposition: the possessor stands against its
    # rival (the noun takes no genitive)
    ("والتقى السراج خصمه حفتر في أبوظبي.", {("GNA", "met", "LNA"), ("GNA", "opposes", "LNA")}),
    # a definite participle after a definite noun that names no actor qualifies that noun: nobody kg knows is
    # the rival, and the verb's object is the noun, not the participle's complement
    ("وتدعم تركيا الحكومة المناوئة لحفتر في طرابلس.", set()),
    ("وتنتقد موسكو الدول الداعمة لحكومة الوفاق.", set()),
])
def test_a_possessed_rival_and_a_participle_of_the_object(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a deed one asks others to confront is not asked for: the one who asks stands against its doer
    ("ودعا حفتر الليبيين إلى التصدي للغزو التركي.", {("LNA", "opposes", "Turkey")}),
    ("ودعا السراج إلى مواجهة العدوان الإماراتي.", {("GNA", "opposes", "UAE")}),
    # asked for, it is welcomed
    ("وطلب مجلس النواب تدخلا عسكريا من مصر.", set()),
])
def test_a_deed_one_asks_others_to_confront(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a long aside set off by commas after a coordinated subject: the deed after it is still the verb's object
    ("ونددت فرنسا واليونان وقبرص، في بيان مشترك صدر عقب اجتماع وزراء خارجيتها في القاهرة، بالتدخل العسكري التركي في "
     "ليبيا.", {("Cyprus", "opposes", "Turkey"), ("France", "opposes", "Turkey"), ("Greece", "opposes", "Turkey"),
               ("Cyprus", "met", "France"), ("France", "met", "Greece"), ("Cyprus", "met", "Greece")}),
    # a masdar whose own agent is named on it is that agent's, not the pair a dual noun names
    ("وأدانت مصر وفرنسا، في بيان صدر عقب اجتماع الوزيرين، الدعم التركي لحكومة الوفاق.",
     {("Egypt", "met", "France"), ("Egypt", "opposes", "Turkey"), ("France", "opposes", "Turkey"),
      ("Turkey", "supports", "GNA")}),
])
def test_a_long_aside_after_the_subject_and_a_masdar_with_its_own_agent_after_a_pair(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a masdar with an object of its own that names no actor kg knows is no reaction to the sentence's topic
    ("وقال أردوغان إن حفتر يواجه رفضا دوليا، مؤكدا استمرار الدعم التركي للشعب الليبي.", set()),
    # with none, it still is
    ("وأعلن السراج الاتفاق مع أنقرة رغم رفض مصري.", {("Egypt", "opposes", "GNA")}),
])
def test_a_masdar_with_an_object_of_its_own_is_no_reaction_to_the_topic(parser, text, expected):
    assert triples(parser, text) == expected


def test_what_an_actors_officials_said_is_its_deed(parser):
    # what an actor's officials said, named with «لـ», is the actor's own deed
    text = "واعتبرت وزارة الخارجية المصرية أن التصريحات الأخيرة للمسؤولين الأتراك تمثل تدخلا سافرا في الشؤون الليبية."
    assert triples(parser, text) == {("Egypt", "opposes", "Turkey")}
    # a «لـ» actor that owns no statement is no doer: the support is what interferes, not the one backed
    got = triples(parser, "وقال المسماري إن الدعم القطري لحكومة الوفاق يمثل تدخلا في الشؤون الليبية.")
    assert ("LNA", "opposes", "GNA") not in got and ("Qatar", "supports", "GNA") in got


@pytest.mark.parametrize("text, expected", [
    # a withdrawal welcomed praises nobody, its actor named in its relative clause as in its genitive
    ("ورحبت حكومة الوفاق بالانسحاب الذي أعلنته قوات حفتر.", set()),
    ("ورحبت واشنطن بانسحاب قوات حفتر من محيط طرابلس.", set()),
    # a role welcomed, its actor in the relative clause, is praise of that actor
    ("ورحبت حكومة الوفاق بالدور الذي تلعبه تركيا.", {("GNA", "supports", "Turkey")}),
])
def test_a_withdrawal_welcomed_its_actor_in_a_relative_clause(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # mercenaries coordinated after the means «بالسلاح» are a means of backing the object, not what is backed
    ("ولا يخفى على أحد أن تركيا تدعم حكومة الوفاق بالسلاح والمرتزقة.", {("Turkey", "supports", "GNA")}),
    ("تركيا تدعم حكومة الوفاق بالمال والسلاح والمقاتلين.", {("Turkey", "supports", "GNA")}),
    # mercenaries right after the verb are still what it backs: a deed, no stance
    ("وقالت مصادر إن تركيا تدعم المرتزقة في طرابلس.", set()),
])
def test_mercenaries_among_the_means_of_backing_an_actor(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the accusations' author named in construct: the one they accuse is who rejects them, and the charge is denied
    ("ونفت روسيا اتهامات حكومة الوفاق بدعم قوات حفتر.",
     {("GNA", "opposes", "Russia", False), ("Russia", "supports", "LNA", True)}),
    ("ونفى الكرملين اتهامات وزارة الخارجية الأمريكية بتزويد قوات حفتر بمقاتلات.",
     {("US", "opposes", "Russia", False), ("Russia", "supports", "LNA", True)}),
    # not rejected, the accused is named behind «لـ» and the charge stands
    ("وتتكرر اتهامات حكومة الوفاق للإمارات بدعم قوات حفتر.",
     {("GNA", "opposes", "UAE", False), ("UAE", "supports", "LNA", False)}),
])
def test_rejected_accusations_with_their_author_in_construct(parser, text, expected):
    assert claims_with_polarity(parser, text) == expected


def test_the_purpose_of_a_rejected_charge_is_denied_too(parser):
    # «لدعم» after what is charged belongs to the charge: rejected with it, it is no support
    got = claims_with_polarity(parser, "ورفضت تركيا اتهامات فرنسا لها بإرسال مرتزقة إلى طرابلس لدعم حكومة الوفاق.")
    assert ("Turkey", "supports", "GNA", True) in got and ("Turkey", "supports", "GNA", False) not in got
    assert ("France", "opposes", "Turkey", False) in got


def test_an_envoy_posted_to_a_body_is_the_subject_not_the_body(parser):
    # «لدى الأمم المتحدة» is where the Russian envoy is posted: the deed after it is the verb's object
    text = "وانتقد المندوب الروسي لدى الأمم المتحدة الهجوم الذي تشنه قوات حفتر على طرابلس."
    assert triples(parser, text) == {("Russia", "opposes", "LNA")}


@pytest.mark.parametrize("text, expected", [
    # going back on an agreement, reported, is the speaker's charge against the one who did it
    ("وقال السراج إن حفتر انقلب على اتفاق الهدنة.", {("GNA", "opposes", "LNA")}),
    ("وقالت موسكو إن حكومة الوفاق نقضت الاتفاق.", {("Russia", "opposes", "GNA")}),
    # unreported, no stance
    ("وانقلب حفتر على الاتفاق بعد أيام.", set()),
])
def test_reneging_on_an_agreement_reported(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # cutting contact with an actor, as severing ties, opposes it; the contact cut is no call
    ("وقطعت حكومة الوفاق كل قنوات التواصل مع حفتر.", {("GNA", "opposes", "LNA")}),
    ("وأعلن السراج قطع الاتصالات مع حفتر.", {("GNA", "opposes", "LNA")}),
    # lines cut off from a place oppose nobody
    ("وقطعت قوات حفتر الاتصالات عن مدينة مرزق.", set()),
])
def test_contact_cut_with_an_actor(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # talks walked out of were not held
    ("وانسحب وفد حكومة الوفاق من المحادثات مع قوات حفتر في جنيف.", set()),
    ("وأعلنت حكومة الوفاق انسحابها من مفاوضات جنيف مع وفد حفتر.", set()),
    # a withdrawal from a place before a meeting leaves the meeting held
    ("وبعد انسحاب قوات حفتر من طرابلس، التقى السراج بوزير الخارجية التركي.", {("GNA", "met", "Turkey")}),
])
def test_talks_walked_out_of(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # «لا صحة للأنباء عن …»: a report behind «لـ» declared untrue denies what it reports
    ("ولا صحة للأنباء عن تمويل قطر لحكومة الوفاق، بحسب الخارجية القطرية.", {("Qatar", "supports", "GNA", True)}),
    ("ولا صحة للأنباء عن إرسال مصر أسلحة لقوات حفتر.", {("Egypt", "supports", "LNA", True)}),
    # a source that told the news agency is no report
    ("وقالت مصادر للأنباء إن تركيا تدعم حكومة الوفاق.", {("Turkey", "supports", "GNA", False)}),
])
def test_a_report_behind_lam_declared_untrue(parser, text, expected):
    assert claims_with_polarity(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # «لا X ولا Y»: neither … nor joins the two as one subject of the negated verb
    ("ولا مصر ولا الإمارات تدعمان حفتر، بحسب البيان.",
     {("Egypt", "supports", "LNA", True), ("UAE", "supports", "LNA", True)}),
    # the second member is no object of the first
    ("ولا يدعم حفتر ولا السراج الاتفاق.", set()),
])
def test_neither_nor_joins_a_subject(parser, text, expected):
    assert claims_with_polarity(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a client noun with a possessive: the possessor backs the actor right before it
    ("وتعتبر أبوظبي حفتر رجلها القوي في ليبيا.", {("UAE", "supports", "LNA")}),
    ("ويرى الكرملين في حفتر رجله في ليبيا.", {("Russia", "supports", "LNA")}),
    # a plural possessor is nobody kg can name
    ("وقال السراج إن حفتر هو رجلهم في ليبيا.", set()),
])
def test_a_possessed_client(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # in favour of an actor, a deed's: its nationality adjective favours it, whatever preposition the deed is behind
    ("وأعربت فرنسا عن رفضها للتدخل التركي لصالح حكومة الوفاق.",
     {("France", "opposes", "Turkey"), ("Turkey", "supports", "GNA")}),
    ("وانتقدت مصر التدخل الروسي لصالح حفتر.", {("Egypt", "opposes", "Russia"), ("Russia", "supports", "LNA")}),
])
def test_a_deed_in_favour_of_an_actor(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the one held responsible for a support, or bearing it, gives it
    ("وحمل وزير الداخلية فتحي باشاغا دولة الإمارات مسؤولية دعم حفتر بالأسلحة.",
     {("GNA", "opposes", "UAE"), ("UAE", "supports", "LNA")}),
    ("وقال المسماري إن أنقرة تتحمل مسؤولية دعم حكومة الوفاق بالمرتزقة.",
     {("LNA", "opposes", "Turkey"), ("Turkey", "supports", "GNA")}),
    # responsible for a deed that is no support: the blame alone
    ("وحمل المجلس الرئاسي قوات حفتر مسؤولية قصف المدنيين.", {("GNA", "opposes", "LNA")}),
])
def test_held_responsible_for_a_support(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a statement or report issued by an actor («صادر عن») speaks for it, as one behind «لـ» does
    ("ودعا بيان صادر عن الاتحاد الأوروبي روسيا إلى سحب مرتزقة فاغنر.", {("EU", "opposes", "Russia")}),
    ("واتهم تقرير صادر عن الأمم المتحدة قوات حفتر بقصف المدنيين.", {("UN", "opposes", "LNA")}),
])
def test_a_statement_issued_by_an_actor(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # «"…"، هكذا وصف X Y»: what the quotation says, the one who described it says
    ("\"حفتر قرصان ولا يمكن الوثوق به\"، هكذا وصف أردوغان قائد الجيش الوطني الليبي.", {("Turkey", "opposes", "LNA")}),
    # with no «هكذا», a verb of describing after the quotation names no speaker
    ("\"حفتر قرصان\"، وصف أردوغان في كلمته.", set()),
])
def test_thus_described_after_a_quotation(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a role praised with a pronoun, past the subject, is the role of the one named in the phrase fronted before
    ("وفي مكالمة هاتفية مع حفتر، أشاد ترامب بدوره في مكافحة الإرهاب.",
     {("LNA", "called", "US"), ("US", "supports", "LNA")}),
    # the last word of the clause too («بجهوده» before the stop)
    ("وخلال لقائه بالسراج، أشاد أردوغان بجهوده.", {("GNA", "met", "Turkey"), ("Turkey", "supports", "GNA")}),
    # with nobody else named, nobody
    ("وأشاد ماكرون بدوره في الوساطة.", set()),
])
def test_a_role_praised_past_the_subject_after_a_fronted_phrase(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # put on a sanctions list by a ministry named by its field and its state (kgt:blacklist)
    ("وأدرجت وزارة الخزانة الأمريكية مجموعة فاغنر على قائمة العقوبات.", {("US", "opposes", "Russia")}),
    ("وأدرجت الولايات المتحدة مرتزقة فاغنر على القائمة السوداء.", {("US", "opposes", "Russia")}),
    # an item put on an agenda is none
    ("وأدرج مجلس الأمن البند الليبي على جدول أعماله.", set()),
    # an embassy closed: a protest against its state, as a summons; one's own embassy closed is none
    ("وأغلقت حكومة الوفاق السفارة الفرنسية في طرابلس.", {("GNA", "opposes", "France")}),
    ("وأغلقت تركيا سفارتها في طرابلس.", set()),
])
def test_blacklisted_and_embassy_closed(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the subject of a relative clause of facing or suffering a deed is no doer of it
    ("وقال السيسي إن مصر لن تقف مكتوفة الأيدي أمام التهديدات التي تواجه الجيش الوطني الليبي.", set()),
    ("وأدانت قطر الاعتداءات التي تتعرض لها حكومة الوفاق.", set()),
    # in the past tense, and past a verb's object («أدان»: the verb's own doer-of-object reading)
    ("وأدانت قطر الاعتداءات التي واجهت حكومة الوفاق.", set()),
    # one that wages it is
    ("وأدانت قطر الاعتداءات التي تشنها قوات حفتر.", {("Qatar", "opposes", "LNA")}),
])
def test_who_faces_a_deed_is_no_doer(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an actor's attack on a named place called a crime: the speaker's verdict on the actor (the tagger may call
    # the attack noun a verb)
    ("واعتبرت حكومة الوفاق أن هجوم حفتر على طرابلس جريمة حرب.", {("GNA", "opposes", "LNA")}),
    ("وقال السراج إن هجمات حفتر على الأحياء السكنية جرائم حرب.", {("GNA", "opposes", "LNA")}),
    # an attack said to have failed is no verdict
    ("وقال المسماري إن هجوم قوات الوفاق على ترهونة فشل.", set()),
])
def test_an_attack_on_a_named_place_called_a_crime(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # remaining beside an actor («بقي/ظل إلى جانب») backs it, as standing beside it does
    ("وقال أردوغان إن تركيا ستبقى إلى جانب حكومة الوفاق حتى النهاية.", {("Turkey", "supports", "GNA")}),
    ("وظلت موسكو إلى جانب حفتر رغم هزائمه.", {("Russia", "supports", "LNA")}),
    # beside one's own forces, nobody else
    ("وبقي حفتر إلى جانب قواته في الجبهة.", set()),
])
def test_remaining_beside_an_actor(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a stop joined by «و» to another act demanded is asked of the same actor: its own deed is to stop
    ("وطالبت واشنطن حفتر بالعودة إلى طاولة الحوار ووقف هجومه.", {("US", "opposes", "LNA")}),
    # a stop as the purpose of another act asked of a third party is that party's business, not a second demand
    ("وطالب السراج باريس بالضغط على حفتر لوقف هجومه.", {("GNA", "opposes", "LNA")}),
])
def test_a_stop_demanded_as_a_second_act(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # contacts in the plural with nothing saying they were by phone are no call
    ("وأجرت تركيا اتصالات مكثفة مع روسيا بشأن ليبيا.", set()),
    ("وتواصلت الاتصالات بين القاهرة وأثينا لتنسيق المواقف.", set()),
    # by phone, or one call, they are
    ("وأجرت تركيا اتصالات هاتفية مكثفة مع روسيا بشأن ليبيا.", {("Russia", "called", "Turkey")}),
    ("وأجرى أردوغان اتصالا مع بوتين.", {("Russia", "called", "Turkey")}),
])
def test_contacts_in_the_plural_are_no_call(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # support given, an indefinite accusative the tagger may call a verb
    ("وتوفر مصر لقوات حفتر دعما لوجستيا عبر الحدود الشرقية.", {("Egypt", "supports", "LNA")}),
    # a dual verb after its subject is still a verb
    ("وقالت مصر وروسيا إنهما دعما حفتر.", {("Egypt", "supports", "LNA"), ("Russia", "supports", "LNA")}),
])
def test_support_given_tagged_as_a_verb(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text", [
    # who faces accusations is accused, in the past tense too, with the «و» that joins the verb or without
    "وواجهت الإمارات اتهامات من حكومة الوفاق بدعم حفتر.",
    "واجهت الإمارات اتهامات من حكومة الوفاق بدعم حفتر.",
    "وتواجه الإمارات اتهامات من حكومة الوفاق بدعم حفتر.",
])
def test_regression_facing_verbs_lost_their_own_waw(parser, text):
    assert triples(parser, text) == {("GNA", "opposes", "UAE"), ("UAE", "supports", "LNA")}


@pytest.mark.parametrize("text, expected", [
    # a clause opened by «فيما/بينما/في حين» after a comma is no object of the verb before it
    ("وقال لافروف إن موسكو تدعم الحوار، فيما التقى لودريان بالمبعوثة الأممية في باريس.", {("France", "met", "UN")}),
    ("وأكدت أنقرة أنها تؤيد الحل السياسي، بينما استقبل حفتر السفير الروسي.", {("LNA", "met", "Russia")}),
    # without the comma and the opener the actor is the verb's object
    ("وقال لافروف إن موسكو تدعم حفتر.", {("Russia", "supports", "LNA")}),
])
def test_regression_object_past_a_while_clause(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what an actor protests against is another actor's deed: «its» support is not the protester's
    ("وعلقت حكومة الوفاق التعاون الأمني مع فرنسا احتجاجا على دعمها لحفتر.",
     {("GNA", "opposes", "France"), ("France", "supports", "LNA")}),
    ("وعلقت حكومة الوفاق تعاونها مع الإمارات تنديدا بدعمها لحفتر.",
     {("GNA", "opposes", "UAE"), ("UAE", "supports", "LNA")}),
    # no other actor of the pronoun's gender: nobody, never the protester
    ("واستدعت مصر السفير التركي احتجاجا على دعمها لحكومة الوفاق.", {("Egypt", "opposes", "Turkey")}),
    # one's own refusal after «و» is no protest adverbial
    ("وأكدت تركيا دعمها لحكومة الوفاق ورفضها لهجوم حفتر.",
     {("Turkey", "supports", "GNA"), ("Turkey", "opposes", "LNA")}),
])
def test_regression_protested_deed_given_to_the_protester(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a title (or a body) and its holder's name in commas are one subject; the actor after the closing comma
    # is the verb's object, not a third member of a list
    ("وانتقد وزير الخارجية التركي، مولود تشاووش أوغلو، حفتر بشدة.", {("Turkey", "opposes", "LNA")}),
    ("واتهم المتحدث باسم قوات حفتر، أحمد المسماري، تركيا بإرسال مرتزقة.", {("LNA", "opposes", "Turkey")}),
    # and the two are no pair that met each other: the one met follows
    ("والتقى وزير الخارجية الروسي، سيرغي لافروف، رئيس المجلس الرئاسي فايز السراج في موسكو.",
     {("GNA", "met", "Russia")}),
    # so are a title kg does not place and the name in commas after it
    ("وهاجم وزير الداخلية، فتحي باشاغا، فرنسا بسبب موقفها.", {("GNA", "opposes", "France")}),
    # a list of states in commas stays a list
    ("وأدانت مصر، السعودية، الإمارات التدخل التركي في ليبيا.",
     {("Egypt", "opposes", "Turkey"), ("SaudiArabia", "opposes", "Turkey"), ("UAE", "opposes", "Turkey")}),
])
def test_regression_a_name_in_apposition_read_as_a_list(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a deed named by a definite noun phrase and its author behind «لـ», behind the trigger's own preposition
    ("وأعرب الاتحاد الأوروبي عن قلقه إزاء التحركات العسكرية لقوات حفتر قرب سرت.", {("EU", "opposes", "LNA")}),
    ("وأبدت فرنسا انزعاجها من الحشود العسكرية لتركيا على حدود سرت.", {("France", "opposes", "Turkey")}),
    # a stance word's own phrase that names a support: for the one supported, by nobody named
    ("وأبدت فرنسا قلقها من الدعم العسكري لحكومة الوفاق.", set()),
    # no actor after «لـ»
    ("وأعربت مصر عن قلقها من التطورات الأخيرة للأزمة الليبية.", set()),
])
def test_a_deed_behind_the_triggers_preposition_with_its_author_after_lam(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an agreement that met with a reaction («قوبل بـ», «لقي», «واجه»), as one that provoked it: who reacts
    # opposes its parties
    ("وقوبل الاتفاق البحري بين تركيا وحكومة الوفاق برفض من اليونان ومصر.",
     {("Greece", "opposes", "Turkey"), ("Greece", "opposes", "GNA"),
      ("Egypt", "opposes", "Turkey"), ("Egypt", "opposes", "GNA")}),
    ("ولقيت مذكرة التفاهم الموقعة بين أردوغان والسراج معارضة شديدة من قبرص.",
     {("Cyprus", "opposes", "Turkey"), ("Cyprus", "opposes", "GNA")}),
    # an actor, not the agreement, met with criticism: the criticism of the agreement it gives as the cause is
    # against its other party too, as before
    ("وواجهت تركيا انتقادات من اليونان بسبب الاتفاق مع حكومة الوفاق.",
     {("Greece", "opposes", "Turkey"), ("Greece", "opposes", "GNA")}),
])
def test_an_agreement_met_with_opposition(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # counting on an actor backs it, as betting on it does
    ("وتعول القاهرة على حفتر في تأمين حدودها الغربية.", {("Egypt", "supports", "LNA")}),
    # relying or betting on a support: that support is received, its giver named by the adjective; the one
    # who relies on it backs nobody
    ("ويعول الجيش الوطني الليبي على الدعم الروسي.", {("Russia", "supports", "LNA")}),
    ("ويراهن حفتر على الدعم الإماراتي لمواصلة الحرب.", {("UAE", "supports", "LNA")}),
    # counting on dialogue names nobody
    ("وتعول تونس على الحوار بين الليبيين.", set()),
])
def test_counting_and_betting_on(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what a clause refers back to («وهو ما») and an actor deems a threat or a wrong: that actor opposes
    # whoever gave the support just stated
    ("وتواصل تركيا إرسال المعدات العسكرية إلى حكومة الوفاق، وهو ما تعتبره مصر تهديدا مباشرا لأمنها.",
     {("Turkey", "supports", "GNA"), ("Egypt", "opposes", "Turkey")}),
    ("وتدعم تركيا حكومة الوفاق عسكريا، وهو ما وصفته فرنسا بالتدخل غير المقبول.",
     {("Turkey", "supports", "GNA"), ("France", "opposes", "Turkey")}),
    # deemed a right: nothing shared, nothing opposed
    ("وأرسلت تركيا قوات إلى طرابلس لدعم حكومة الوفاق، وهو ما تعتبره قطر حقا مشروعا.",
     {("Turkey", "supports", "GNA")}),
])
def test_a_support_referred_back_to_and_deemed_a_wrong(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb that «فيه/خلاله» ties to a message or call received «من X»: X said it, not the receiver
    ("وتلقى حفتر مكالمة من ترامب أشاد خلالها بدوره في مكافحة الإرهاب.",
     {("LNA", "called", "US"), ("US", "supports", "LNA")}),
    ("وتلقى حفتر رسالة من ماكرون أشاد فيها بدور الجيش الوطني.", {("France", "supports", "LNA")}),
    # a verb of its own after the call is no complement the receiver received
    ("وتلقى السراج اتصالا من أردوغان انتقد فيه حفتر.", {("GNA", "called", "Turkey"), ("Turkey", "opposes", "LNA")}),
    # the one who made the call said it
    ("وأجرى السيسي اتصالا هاتفيا مع حفتر أشاد فيه بجهوده.", {("Egypt", "called", "LNA"), ("Egypt", "supports", "LNA")}),
])
def test_regression_what_a_message_received_says_given_to_its_receiver(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a return to talks joined by «و» to another act asked for is called for, not held
    ("وحثت واشنطن حكومة الوفاق وقوات حفتر على وقف القتال والعودة إلى المفاوضات.", set()),
    # talks held are a meeting
    ("وعقد وفدا حكومة الوفاق وقوات حفتر محادثات في جنيف.", {("GNA", "met", "LNA")}),
])
def test_regression_a_return_to_talks_urged_read_as_talks_held(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an actor's stance or role called shameful or disgraceful is opposed, as one called unacceptable
    ("ووصف أردوغان موقف فرنسا من الأزمة الليبية بأنه مشين.", {("Turkey", "opposes", "France")}),
    ("وقال السراج إن الدور الإماراتي في ليبيا معيب.", {("GNA", "opposes", "UAE")}),
    # said of nobody named: nothing
    ("وقال السراج إن الصمت الدولي مشين.", set()),
    # «مخزنة» (stored) is no «مخز» (shameful)
    ("وقال مسؤول أمريكي إن الأسلحة الفرنسية كانت مخزنة في مستودع.", set()),
])
def test_a_stance_called_shameful(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a sentence that opens on a verb of provoking, its subject dropped or «the step», right after a sentence
    # that named an agreement: that agreement provoked the reaction, whose holders oppose its parties
    ("ووقعت تركيا وحكومة الوفاق مذكرة تفاهم بحرية. وأثارت غضبا واسعا لدى دول الجوار، وعلى رأسها اليونان ومصر.",
     {("Greece", "opposes", "Turkey"), ("Greece", "opposes", "GNA"),
      ("Egypt", "opposes", "Turkey"), ("Egypt", "opposes", "GNA")}),
    ("وقعت أنقرة وطرابلس اتفاقا لترسيم الحدود البحرية. واستدعت الخطوة معارضة شديدة من دول المنطقة، على رأسها قبرص.",
     {("Cyprus", "opposes", "Turkey"), ("Cyprus", "opposes", "GNA")}),
    # the sentence before named no agreement: nothing against one
    ("وزار أردوغان طرابلس الأسبوع الماضي. وأثارت الزيارة غضبا لدى دول الجوار، وعلى رأسها مصر.", set()),
    # a verb joined after a comma shares the subject of the clause before, the agreement after its verb
    ("وقعت تركيا وحكومة الوفاق مذكرة لترسيم الحدود البحرية. وأصبحت هذه المذكرة سببا لتوتر جديد، "
     "وأثارت رفضا واسعا لدى دول المنطقة، وعلى رأسها اليونان.",
     {("Greece", "opposes", "Turkey"), ("Greece", "opposes", "GNA")}),
    # the clause before has an actor for subject: nothing against the agreement
    ("وقعت تركيا وحكومة الوفاق مذكرة لترسيم الحدود البحرية. وزار أردوغان طرابلس، وأثار غضبا لدى دول المنطقة، "
     "وعلى رأسها اليونان.", set()),
])
def test_a_reaction_provoked_by_the_agreement_of_the_sentence_before(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # «قدم» with weapons for what it governs, the recipient behind «ل»: the provider backs the recipient,
    # its subject between or not, the recipient before the weapons or after, a reported one too
    ("وقدمت تركيا أسلحة لحكومة الوفاق.", {("Turkey", "supports", "GNA")}),
    ("قدمت أنقرة طائرات مسيرة لحكومة الوفاق.", {("Turkey", "supports", "GNA")}),
    ("وقدمت موسكو لحفتر أسلحة متطورة.", {("Russia", "supports", "LNA")}),
    ("وقال التقرير إن الإمارات قدمت مدرعات وذخائر لقوات حفتر.", {("UAE", "supports", "LNA")}),
    # weapons that are another noun's genitive or behind a preposition are not what it provides (Turkish arms
    # arriving in the seat of a government back that government, whoever gives the evidence)
    ("وقدمت بريطانيا مشروع قرار إلى مجلس الأمن بشأن حظر الأسلحة على ليبيا.", set()),
    ("وقدمت الأمم المتحدة أدلة على وصول أسلحة تركية إلى طرابلس.", {("Turkey", "supports", "GNA")}),
    ("وقدمت روسيا تقريرا عن الأسلحة التي وصلت إلى حكومة الوفاق.", set()),
])
def test_weapons_provided_back_the_recipient(parser, text, expected):
    assert triples(parser, text) == expected


def test_weapons_provided_denied_is_a_negated_support(parser):
    assert ("Russia", "supports", "LNA", True) in claims_with_polarity(
        parser, "ونفت موسكو أن تكون قد قدمت أي طائرات لقوات حفتر.")


@pytest.mark.parametrize("text, expected", [
    # «عادى» as a verb: its subject against its object, negated too
    ("وتعادي أنقرة حفتر منذ بداية هجومه على طرابلس.", {("Turkey", "opposes", "LNA", False)}),
    ("وأكدت القاهرة أنها لا تعادي حكومة الوفاق.", {("Egypt", "opposes", "GNA", True)}),
    # not «عاد» (returned) nor the adjective «عادي» (ordinary)
    ("وعادت الحياة إلى طبيعتها في طرابلس بعد انسحاب قوات حفتر.", set()),
    ("وقال السراج إن الوضع في طرابلس عادي رغم القصف.", set()),
])
def test_hostility_as_a_verb(parser, text, expected):
    assert claims_with_polarity(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the nationality of a role or stance after a meeting's phrase names no one met (it is what the
    # coordinated verb, past the press conference where it was said, criticises)
    ("واستقبل ماكرون السراج في باريس، وانتقد خلال المؤتمر الصحفي المشترك الدور التركي في ليبيا.",
     {("France", "met", "GNA"), ("France", "opposes", "Turkey")}),
    # a delegation's nationality does
    ("والتقى السيسي في القاهرة الوفد الروسي برئاسة وزير الخارجية.", {("Egypt", "met", "Russia")}),
    # and a role's nationality is what a stance is on
    ("وانتقد وزير الداخلية الإيطالي الدور الفرنسي في ليبيا.", {("Italy", "opposes", "France")}),
])
def test_regression_the_nationality_of_a_role_read_as_a_guest(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a press conference where it was said, between the subject and a nationality-named object, with no
    # commas: the object follows it, as after «في بيان»
    ("انتقد ماكرون خلال المؤتمر الصحفي الدور التركي في ليبيا.", {("France", "opposes", "Turkey")}),
    ("وانتقد ماكرون في مؤتمر صحفي الدور التركي في ليبيا.", {("France", "opposes", "Turkey")}),
    # (as before: a televised speech where it was said)
    ("واتهم أردوغان في كلمة متلفزة الإمارات بتمويل المرتزقة.", {("Turkey", "opposes", "UAE")}),
])
def test_a_press_conference_between_subject_and_object(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the one urged to reject or condemn an agreement holds no stance yet: who urges does (VSO, SVO, a
    # coordinated subject and a list urged, or the speaker when the subject is «بلاده»)
    ("وقالت اليونان إنها تحث حفتر على رفض الاتفاق الموقع بين حكومة الوفاق وتركيا.",
     {("Greece", "opposes", "GNA"), ("Greece", "opposes", "Turkey")}),
    ("وتحث اليونان وقبرص حفتر والبرلمان على رفض المذكرة الموقعة بين أنقرة وحكومة الوفاق.",
     {("Greece", "opposes", "Turkey"), ("Greece", "opposes", "GNA"),
      ("Cyprus", "opposes", "Turkey"), ("Cyprus", "opposes", "GNA")}),
    ("مصر تحث البرلمان الليبي على إدانة الاتفاق البحري بين أنقرة وطرابلس.",
     {("Egypt", "opposes", "Turkey"), ("Egypt", "opposes", "GNA")}),
    ("ودعت فرنسا حفتر إلى إدانة الاتفاق البحري بين حكومة الوفاق وتركيا.",
     {("France", "opposes", "GNA"), ("France", "opposes", "Turkey")}),
    ("وقال وزير الخارجية الفرنسي إن باريس تشجع البرلمان الليبي على حضور المؤتمر ورفض الاتفاق الأمني بين "
     "تركيا وحكومة الوفاق.", {("France", "opposes", "Turkey"), ("France", "opposes", "GNA")}),
    # and the parliament asked to declare it void is not what the void is said of
    ("وطالبت القاهرة مجلس النواب بإعلان بطلان الاتفاقية الأمنية بين أنقرة وطرابلس.",
     {("Egypt", "opposes", "Turkey"), ("Egypt", "opposes", "GNA")}),
    # a feminine participle of asking opens a clause of its own: the one it asks is not the verb's object
    ("وأدانت اليونان الاتفاق، داعية الاتحاد الأوروبي إلى رفض المذكرة بين تركيا وحكومة الوفاق.",
     {("Greece", "opposes", "Turkey"), ("Greece", "opposes", "GNA")}),
    # not urged: the actor rejects it itself
    ("وأعلن مجلس النواب رفضه للاتفاق الموقع بين السراج وأردوغان.",
     {("HoR", "opposes", "GNA"), ("HoR", "opposes", "Turkey")}),
])
def test_regression_the_one_urged_to_reject_an_agreement_read_as_rejecting_it(parser, text, expected):
    assert triples(parser, text) == expected


def test_encouraging_to_back_is_asking_for_the_support(parser):
    assert triples(parser, "وشجعت روسيا الأمم المتحدة على دعم الجيش الوطني الليبي.") == {("Russia", "supports", "LNA")}


@pytest.mark.parametrize("text, expected", [
    # one received or met «إلى جانب» the guest met the host too: after the verb's object, after a reception
    # masdar whose pronoun is the guest and the capital the host, with a palace named between
    ("وتعرض ماكرون لانتقادات بعد استقباله حفتر في الإليزيه إلى جانب السراج.",
     {("France", "met", "LNA"), ("France", "met", "GNA")}),
    ("وتواجه الحكومة الإيطالية انتقادات لدعمها حفتر، بعد استقباله في عام 2019 في روما، إلى جانب السراج.",
     {("Italy", "supports", "LNA"), ("Italy", "met", "LNA"), ("GNA", "met", "Italy")}),
    # one of the host's own side besides the host adds nothing
    ("واستقبل ماكرون إلى جانب وزير خارجيته حفتر في باريس.", {("France", "met", "LNA")}),
    # and a stance's «إلى جانب» is read as before (its sources)
    ("وتدعم روسيا حفتر إلى جانب الإمارات ومصر.",
     {("Russia", "supports", "LNA"), ("UAE", "supports", "LNA"), ("Egypt", "supports", "LNA")}),
])
def test_a_guest_received_besides_another(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a negated silence or idleness before a deed opposed asserts the stance against its doer; the negator
    # is the idiom's, not the deed's
    ("وقال السراج: لن نصمت على الاعتداءات التي تشنها قوات حفتر.", {("GNA", "opposes", "LNA", False)}),
    ("وقال السراج: لن نقف مكتوفي الأيدي إزاء الاعتداءات التي تشنها قوات حفتر على المدنيين.",
     {("GNA", "opposes", "LNA", False)}),
    ("ولن تقف مصر مكتوفة الأيدي أمام التدخل التركي في ليبيا.", {("Egypt", "opposes", "Turkey", False)}),
    # (as a negated acceptance does)
    ("وقال السراج: لن نقبل الاعتداءات التي تشنها قوات حفتر.", {("GNA", "opposes", "LNA", False)}),
])
def test_regression_a_negated_silence_read_as_negating_the_deed(parser, text, expected):
    assert claims_with_polarity(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an act threatened against the one behind «ضد» (the threat's own marker): that one is threatened
    ("وهددت مصر بالتدخل العسكري ضد حكومة الوفاق.", {("Egypt", "opposes", "GNA")}),
    ("ولوحت مصر بالتدخل العسكري المباشر ضد القوات التركية في ليبيا.", {("Egypt", "opposes", "Turkey")}),
    ("وهددت موسكو بشن ضربات ضد القوات التركية.", {("Russia", "opposes", "Turkey")}),
    # the one attacked in a deed condemned or rejected is still no target
    ("وأدانت مصر الهجوم ضد السفارة التركية في طرابلس.", set()),
    ("وترفض مصر أي تدخل عسكري ضد حكومة الوفاق.", set()),
])
def test_regression_an_act_threatened_against_an_actor_read_as_its_attack(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a participle one is counted among («من أبرز داعمي», «من بين الدول الداعمة») names its referent, the
    # clause's subject, before the verb, in a relative clause set off by commas, or after «وهي»
    ("وإيطاليا تعد من أبرز داعمي حكومة الوفاق.", {("Italy", "supports", "GNA")}),
    ("وأكدت إيطاليا، التي تعد من أبرز داعمي حكومة الوفاق، التزامها بالحل السياسي.", {("Italy", "supports", "GNA")}),
    ("وأكدت إيطاليا، وهي من أبرز داعمي حكومة الوفاق، التزامها بالحل السياسي.", {("Italy", "supports", "GNA")}),
    ("ومصر من بين الدول الداعمة لحفتر.", {("Egypt", "supports", "LNA")}),
    # a quantity between is what is counted among them, the object of the verb: nobody kg knows
    ("والتقى السيسي عددا من داعمي حفتر في القاهرة.", set()),
    ("وانتقد أردوغان عددا من داعمي حفتر.", set()),
])
def test_regression_one_counted_among_the_backers_before_its_verb(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # «تسليح» is a masdar as «تزويد» is: the charge after an accusation is the accused's, denied or not
    ("ونفت أبوظبي اتهامات حكومة الوفاق لها بتسليح حفتر.",
     {("GNA", "opposes", "UAE", False), ("UAE", "supports", "LNA", True)}),
    ("ورفضت أبوظبي اتهامات أنقرة لها بتسليح قوات حفتر.",
     {("Turkey", "opposes", "UAE", False), ("UAE", "opposes", "Turkey", False), ("UAE", "supports", "LNA", True)}),
    # an indefinite nationality adjective after the masdar's genitive is the predicate naming its agent
    ("وقال الخبير إن تسليح حكومة الوفاق تركي بالكامل.", {("Turkey", "supports", "GNA", False)}),
    ("وقال الخبير إن دعم حكومة الوفاق تركي بالأساس.", {("Turkey", "supports", "GNA", False)}),
    ("وقال الخبير إن تسليح قوات حفتر إماراتي منذ سنوات.", {("UAE", "supports", "LNA", False)}),
    # (a definite one, or a name, after the genitive is still the masdar's object)
    ("وندد السراج بدعم الرئيس الروسي حفتر.",
     {("GNA", "opposes", "Russia", False), ("Russia", "supports", "LNA", False)}),
])
def test_regression_arming_charged_read_as_the_accusers_and_a_predicate_nationality_as_the_target(parser, text,
                                                                                                 expected):
    assert claims_with_polarity(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a concern's own adjectives before its preposition, however tagged: definite with a possessive, indefinite
    # (an accusative participle) without one; the nationality adjective behind the preposition is the object
    ("وأبدت واشنطن قلقها المتزايد من الوجود العسكري الروسي في ليبيا.", {("US", "opposes", "Russia")}),
    ("وأبدت الولايات المتحدة قلقا متزايدا من الوجود العسكري الروسي في ليبيا.", {("US", "opposes", "Russia")}),
    ("وأبدت واشنطن قلقا متزايدا من روسيا.", {("US", "opposes", "Russia")}),
])
def test_a_concern_with_its_own_adjectives_before_its_object(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # accusations of a support described as false: the support is denied, and the one backed is not branded
    ("ووصفت الإمارات الاتهامات بدعم حفتر بأنها عارية عن الصحة.", {("UAE", "supports", "LNA", True)}),
    # (a threat's ب phrase is still the act threatened against its genitive)
    ("وهددت تركيا بضرب قوات حفتر.", {("Turkey", "opposes", "LNA", False)}),
])
def test_regression_the_one_backed_in_a_charge_described_read_as_branded(parser, text, expected):
    assert claims_with_polarity(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a phrase that opens on a negated verb of «we» is the speaker's, not the actor named before it (the
    # object of the verb before)
    ("السيسي: سندعم الجيش الليبي ولن نسمح لتركيا بتهديد أمننا",
     {("Egypt", "supports", "LNA"), ("Egypt", "opposes", "Turkey")}),
    ("وقال السراج: لن نتعامل مع حفتر بعد اليوم.", {("GNA", "opposes", "LNA")}),
    # (one of «he» is its subject's)
    ("وقال حفتر إن الجيش لن يسمح لتركيا بالسيطرة على ليبيا.", {("LNA", "opposes", "Turkey")}),
])
def test_regression_a_negated_phrase_of_we_read_as_the_object_befores(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # «بأشد العبارات» between a condemnation's subject and its object, whose relative clause names the doer
    # behind «من قبل», or right after its verb
    ("وأدانت قطر بأشد العبارات القصف الذي استهدف مطار معيتيقة من قبل قوات حفتر.", {("Qatar", "opposes", "LNA")}),
    ("وأدانت قطر بأشد العبارات القصف الذي شنته قوات حفتر على مطار معيتيقة.", {("Qatar", "opposes", "LNA")}),
])
def test_a_manner_phrase_between_a_condemnation_and_the_deed_condemned(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the comma news copy puts after a long subject, before the object (the tagger calls the object a verb)
    ("اتهم المتحدث باسم الجيش الوطني الليبي أحمد المسماري، تركيا بدعم الإرهابيين.", {("LNA", "opposes", "Turkey")}),
    ("انتقد وزير الخارجية الفرنسي لودريان، تركيا بسبب تدخلها في ليبيا.", {("France", "opposes", "Turkey")}),
    ("دعا الرئيس الفرنسي إيمانويل ماكرون، تركيا إلى وقف تدخلها في ليبيا.", {("France", "opposes", "Turkey")}),
    # (and the subject is no co-owner of what the object did)
    ("هاجم وزير الداخلية في حكومة الوفاق فتحي باشاغا، فرنسا بسبب دعمها لحفتر.",
     {("GNA", "opposes", "France"), ("France", "supports", "LNA")}),
    # a list whose last member takes «و» stays a list, one kg does not know included
    ("وأدانت مصر، الإمارات والأردن التدخل التركي في ليبيا.",
     {("Egypt", "opposes", "Turkey"), ("UAE", "opposes", "Turkey")}),
])
def test_regression_comma_after_a_long_subject_read_as_a_list(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text", [
    # a curly quote between the clitic and the word it is written on
    "ووصف الرئيس التركي رجب طيب أردوغان اللواء المتقاعد خليفة حفتر ب”الانقلابي”.",
    # a tatweel and quotation marks after the clitic: no words of the distance to the label
    "ووصف الرئيس التركي رجب طيب أردوغان اللواء المتقاعد خليفة حفتر بـ«القرصان».",
])
def test_regression_quotes_after_a_clitic_hid_the_label(parser, text):
    assert triples(parser, text) == {("Turkey", "opposes", "LNA")}


@pytest.mark.parametrize("text, expected", [
    # the day news copy puts right after the verb, before its subject (the parser takes «اليوم» for the subject)
    ("استقبل اليوم الاثنين الرئيس التركي رجب طيب أردوغان رئيس المجلس الرئاسي فايز السراج.", {("GNA", "met", "Turkey")}),
    ("التقى اليوم الاثنين المشير خليفة حفتر في القاهرة بوزير الخارجية الفرنسي جان إيف لودريان.",
     {("France", "met", "LNA")}),
    ("وأدان اليوم الاثنين الاتحاد الأوروبي الهجوم على طرابلس الذي تشنه قوات حفتر.", {("EU", "opposes", "LNA")}),
    ("اتهم اليوم الاثنين المبعوث الأمريكي إلى ليبيا ريتشارد نورلاند روسيا بإرسال مرتزقة لدعم حفتر.",
     {("US", "opposes", "Russia"), ("Russia", "supports", "LNA")}),
    ("وانتقد مساء أمس وزير الخارجية الفرنسي لودريان تركيا.", {("France", "opposes", "Turkey")}),
    ("ورحب يوم الثلاثاء وزير الخارجية الإيطالي لويجي دي مايو بحكومة الوفاق.", {("Italy", "supports", "GNA")}),
])
def test_regression_day_after_the_verb_taken_for_its_subject(parser, text, expected):
    got = triples(parser, text)
    assert {(t, r, s) if r == "met" and t < s else (s, r, t) for s, r, t in got} == expected


@pytest.mark.parametrize("text, expected", [
    # an advance or a seizure not allowed is against its doer, the masdar's genitive
    ("ولن تسمح مصر بتقدم قوات الوفاق نحو سرت والجفرة.", {("Egypt", "opposes", "GNA")}),
    ("وأكدت أنقرة أنها لن تسمح بوصول قوات حفتر إلى العاصمة.", {("Turkey", "opposes", "LNA")}),
    # and the one into whose hands a city is not to fall
    ("وقال أردوغان إن تركيا لن تسمح بسقوط طرابلس في يد حفتر.", {("Turkey", "opposes", "LNA")}),
    # what is not to fall is protected, not opposed
    ("وأكد السيسي أن مصر لن تسمح بسقوط الجيش الوطني الليبي.", set()),
])
def test_regression_not_allowed_deed_named_no_target(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an actor's leaders, members or representatives, the noun in construct with its name, are the actor
    ("وزار وفد عسكري تركي طرابلس والتقى قادة حكومة الوفاق.", {("GNA", "met", "Turkey")}),
    ("والتقى وزير الخارجية الإيطالي في روما ممثلي حكومة الوفاق.", {("GNA", "met", "Italy")}),
])
def test_regression_leaders_of_an_actor_named_no_one(parser, text, expected):
    got = triples(parser, text)
    assert {(t, r, s) if r == "met" and t < s else (s, r, t) for s, r, t in got} == expected


def test_regression_libyan_adjective_after_a_faction_broke_the_pair(parser):
    # «حكومة الوفاق الوطني الليبية، وتركيا»: the country's adjective is part of the GNA's mention, so the
    # agreement's other party still follows it
    got = triples(parser, "ورفضت اليونان مذكرة التفاهم الموقعة بين حكومة الوفاق الوطني الليبية، وتركيا.")
    assert got == {("Greece", "opposes", "GNA"), ("Greece", "opposes", "Turkey")}


@pytest.mark.parametrize("text, expected", [
    # after a circumstantial participle, «his» support is the main clause's subject's, not the adjective's actor
    ("وقال السيسي إن التدخل التركي مرفوض، مؤكدا دعمه لمجلس النواب.",
     {("Egypt", "opposes", "Turkey"), ("Egypt", "supports", "HoR")}),
    # (a participle the tagger reads as a past verb)
    ("وانتقد ماكرون الدور الروسي، مجددا دعمه لحكومة الوفاق.",
     {("France", "opposes", "Russia"), ("France", "supports", "GNA")}),
    ("وأكد الرئيس المصري أن بلاده ترفض التدخل التركي، معربا عن دعمه للجيش الوطني الليبي.",
     {("Egypt", "opposes", "Turkey"), ("Egypt", "supports", "LNA")}),
])
def test_regression_pronoun_after_a_participle_went_to_the_actor_named_between(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # refraining from or avoiding a stance is taking none: the claim is negated, whatever the relation
    ("وامتنعت موسكو عن إدانة هجوم حفتر على العاصمة.", {("Russia", "opposes", "LNA", True)}),
    ("وأحجمت واشنطن عن انتقاد الهجوم الذي يشنه حفتر.", {("US", "opposes", "LNA", True)}),
    ("وتجنبت روسيا انتقاد حفتر في بيانها الأخير.", {("Russia", "opposes", "LNA", True)}),
    # a stop negated asserts the stance
    ("ولم تتوقف أنقرة عن انتقاد حفتر منذ بدء الهجوم.", {("Turkey", "opposes", "LNA", False)}),
    # a condemnation rejected condemns nobody, nor is its subject against whoever it would have condemned
    ("ورفضت روسيا إدانة هجوم حفتر في مجلس الأمن.", set()),
])
def test_regression_refraining_from_a_condemnation_was_read_as_one(parser, text, expected):
    assert claims_with_polarity(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # failing to take a stance («فشل/أخفق في», «عجز عن» and its masdar) is taking none: the claim is negated
    ("وفشل مجلس الأمن في إدانة هجوم قوات حفتر على طرابلس.", {("UN", "opposes", "LNA", True)}),
    ("عجز مجلس الأمن عن إدانة التدخل التركي في ليبيا.", {("UN", "opposes", "Turkey", True)}),
    # succeeding is taking it
    ("ونجح مجلس الأمن في إدانة هجوم قوات حفتر على طرابلس.", {("UN", "opposes", "LNA", False)}),
])
def test_failing_to_take_a_stance_is_taking_none(parser, text, expected):
    assert claims_with_polarity(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a stop someone ought to make («يجب أن يتوقف عن»), said of the doer, is demanded: the deed goes on, opposed
    ("وقال أردوغان إن حفتر يجب أن يتوقف عن عدوانه على طرابلس.", {("Turkey", "opposes", "LNA", False)}),
    # (and it negates no other claim of the pair in the sentence)
    ("وحمّل أردوغان حفتر مسؤولية انهيار الهدنة، قائلا إن حفتر يجب أن يتوقف عن عدوانه.",
     {("Turkey", "opposes", "LNA", False)}),
    # a stop made is still the subject's own («امتنعت … عن»)
    ("وامتنعت موسكو عن إدانة هجوم حفتر على العاصمة.", {("Russia", "opposes", "LNA", True)}),
])
def test_regression_a_demanded_stop_negated_the_stance_on_the_deed(parser, text, expected):
    assert claims_with_polarity(parser, text) == expected


def test_regression_a_deed_spoken_of_after_fima_given_to_the_subject_before_it(parser):
    # the clause «فيما» opens has its own subject: the speaker of the deed is there, not the first actor of the
    # sentence
    got = claims_with_polarity(parser, "وعقد الرئيس الروسي لقاء مع نظيره الفرنسي، فيما شدد أردوغان في كلمته على "
                                       "أن حفتر يجب أن يتوقف عن عدوانه.")
    assert ("Turkey", "opposes", "LNA", False) in got
    assert not any(s == "Russia" and r == "opposes" for s, r, _, _ in got)


@pytest.mark.parametrize("text, expected", [
    # a phrase that opens on its own negator («ولا يترتب عليهما أي أثر») is no object of the negated verb before it
    ("وقالت القاهرة إن المذكرتين الموقعتين بين أنقرة وحكومة الوفاق لا تستندان إلى أي أساس قانوني ولا يترتب "
     "عليهما أي أثر.", {("Egypt", "opposes", "Turkey", False), ("Egypt", "opposes", "GNA", False)}),
])
def test_regression_a_second_negative_phrase_read_as_the_object_of_the_first(parser, text, expected):
    assert claims_with_polarity(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # goods that reach an actor: their nationality (or «من X») supports the actor reached, the verb of arriving
    # before them or after them in a relative clause
    ("وانتقد الوزير السلاح الروسي الذي يصل إلى حفتر يوميا.", {("Russia", "supports", "LNA")}),
    ("وتتدفق الأسلحة التركية على حكومة الوفاق عبر ميناء مصراتة.", {("Turkey", "supports", "GNA")}),
    ("ورصد التقرير شحنات السلاح التي تتدفق على حفتر من الإمارات.", {("UAE", "supports", "LNA")}),
    # weapons that reach no actor back nobody
    ("ودعا المجلس إلى منع وصول الأسلحة إلى ليبيا.", set()),
])
def test_goods_that_reach_an_actor_are_the_givers_support(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an aside of others «besides» the subject before an agent noun or participle: the subject backs too, not only
    # the last one named in the aside
    ("وتعد موسكو، إلى جانب أبوظبي، أبرز داعمي حفتر.", {("Russia", "supports", "LNA"), ("UAE", "supports", "LNA")}),
    ("وتعد موسكو، إلى جانب أبوظبي والقاهرة، من أبرز داعمي حفتر.",
     {("Russia", "supports", "LNA"), ("UAE", "supports", "LNA"), ("Egypt", "supports", "LNA")}),
    ("وتعد موسكو أبرز داعمي حفتر.", {("Russia", "supports", "LNA")}),
])
def test_regression_an_aside_besides_the_subject_took_the_subjects_place(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a criticism levelled at someone, as an accusation is: its noun (its adjectives between) resumed by «وجهها»
    ("وتأتي الزيارة بعد انتقادات حادة وجهها الرئيس التركي لفرنسا بسبب موقفها في ليبيا.",
     {("Turkey", "opposes", "France")}),
    ("وتأتي الزيارة بعد الانتقادات التي وجهتها القاهرة لأنقرة.", {("Egypt", "opposes", "Turkey")}),
])
def test_a_criticism_levelled_at_someone_is_the_levellers_stance(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a blocked draft whose author is named (by a relative clause of drafting with no «الذي», or its nationality)
    # says its author's stance through the verb of its relative clause (and the blocker, as for any blocked
    # statement, opposes none of what it says)
    ("وعرقلت موسكو مشروع بيان صاغته ألمانيا يدين التدخل التركي في ليبيا.", {("Germany", "opposes", "Turkey")}),
    ("وعرقلت روسيا في مجلس الأمن مشروع بيان بريطاني يدعو قوات حفتر إلى وقف الهجوم.", {("UK", "opposes", "LNA")}),
    ("وأجهضت موسكو مشروع بيان فرنسي يطالب حفتر بوقف القتال.", {("France", "opposes", "LNA")}),
    # (one that backs someone: the blocker opposes its backer, as for any blocked statement)
    ("وعرقلت الولايات المتحدة مشروع قرار أعدته روسيا يدعم حكومة الوفاق.",
     {("Russia", "supports", "GNA"), ("US", "opposes", "Russia")}),
    # with no author named, what it says is nobody's
    ("وعرقلت روسيا في مجلس الأمن بيانا يدعو قوات حفتر إلى وقف الهجوم.", set()),
    # nor is a later verb of the clause («كان يدعو») the author's, named or not
    ("وعرقلت الصين مشروع بيان فرنسي في مجلس الأمن كان يدعو قوات حفتر إلى وقف الهجوم.", set()),
])
def test_regression_a_blocked_draft_hid_its_authors_stance(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # «دعما لـ» after an indefinite object is an accusative masdar of purpose, the clause's subject its agent,
    # not a dual verb of a relative clause on that object
    ("إن الإمارات قصفت مواقع مدنية دعما لقوات حفتر.", {("UAE", "supports", "LNA")}),
    ("ونشرت روسيا مقاتلات حديثة دعما للجيش الوطني الليبي.", {("Russia", "supports", "LNA")}),
])
def test_regression_masdar_of_purpose_was_read_as_a_relative_clause_verb(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text", [
    # a site's rubric before a headline hid the speaker who opens it before the colon
    "عاجل| السيسي: لن نسمح لتركيا بالسيطرة على ليبيا",
    "عاجل: السيسي: لن نسمح لتركيا بالسيطرة على ليبيا",
    "بالفيديو.. السيسي: لن نسمح لتركيا بالسيطرة على ليبيا",
])
def test_regression_rubric_before_a_headline_hid_its_speaker(parser, text):
    assert triples(parser, text) == {("Egypt", "opposes", "Turkey")}


@pytest.mark.parametrize("text, expected", [
    # after «حيث» in a visit's clause, the visitor met the actor after the meeting verb, past a phrase of place
    ("زار رئيس الوزراء الإيطالي ليبيا، حيث التقى في طرابلس رئيس المجلس الرئاسي فائز السراج.",
     {("GNA", "met", "Italy")}),
    # (with the one met behind «بـ», the actor right after the verb is the subject)
    ("وجاءت الزيارة بعد أيام من التصعيد، حيث التقى السراج بالرئيس التركي في أنقرة.", {("GNA", "met", "Turkey")}),
])
def test_regression_meeting_where_a_visit_went_took_the_one_met_for_the_subject(parser, text, expected):
    got = triples(parser, text)
    assert {(t, r, s) if r == "met" and t < s else (s, r, t) for s, r, t in got} == expected


@pytest.mark.parametrize("text, expected", [
    # «وذلك» takes up the clause before: the meeting or call after it is its subject's, not its object's
    ("اتهم ماكرون تركيا بلعب دور خطير في ليبيا، وذلك خلال مؤتمر صحفي مع نظيره الإيطالي.",
     {("France", "opposes", "Turkey"), ("France", "met", "Italy")}),
    ("أدان السراج الهجوم الإماراتي، وذلك في اتصال هاتفي مع نظيره الإيطالي.",
     {("GNA", "opposes", "UAE"), ("GNA", "called", "Italy")}),
])
def test_regression_call_after_resuming_that_went_to_the_object(parser, text, expected):
    got = triples(parser, text)
    assert {(t, r, s) if r in ("met", "called") and t < s else (s, r, t) for s, r, t in got} == \
        {(t, r, s) if r in ("met", "called") and t < s else (s, r, t) for s, r, t in expected}


@pytest.mark.parametrize("text, expected", [
    # what there is said to be no evidence of is not asserted
    ("ولا دليل على أن الإمارات قدمت أسلحة لقوات حفتر، بحسب المسؤول.", {("UAE", "supports", "LNA", True)}),
    ("وقال المسؤول إنه لا يوجد أي دليل على أن روسيا ترسل مقاتلين لدعم حفتر.", {("Russia", "supports", "LNA", True)}),
    # (evidence that there is asserts it)
    ("وأكد التقرير وجود أدلة على أن الإمارات زودت حفتر بالسلاح.", {("UAE", "supports", "LNA", False)}),
    # a denial granted in a concessive phrase does not deny the main clause after the comma
    ("ورغم نفي باريس، تؤكد تقارير أن فرنسا قدمت دعما عسكريا لحفتر.", {("France", "supports", "LNA", False)}),
    ("وعلى الرغم من نفي موسكو المتكرر، يقاتل مرتزقة فاغنر الروس إلى جانب قوات حفتر.",
     {("Russia", "supports", "LNA", False)}),
    # (the denial of the main clause itself still denies)
    ("ورغم الضغوط، نفت الإمارات تقديم أي دعم لحفتر.", {("UAE", "supports", "LNA", True)}),
])
def test_regression_no_evidence_asserted_and_a_granted_denial_negated(parser, text, expected):
    assert claims_with_polarity(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a concession set off by commas between a denial and what it denies is passed over
    ("وتنفي موسكو، على الرغم من التقارير، دعمها العسكري لقوات حفتر.", {("Russia", "supports", "LNA", True)}),
    ("ونفت القاهرة، رغم الضغوط، إرسال أي أسلحة إلى حفتر.", {("Egypt", "supports", "LNA", True)}),
    # (a concession after what is denied takes nothing from the denial)
    ("ونفت أبوظبي دعمها لحفتر، رغم اتهامات حكومة الوفاق.", {("UAE", "supports", "LNA", True)}),
    # a denial in a clause of «بينما/فيما» before the main clause ends at the comma that closes it
    ("وبينما تنفي فرنسا دعمها لحفتر، تتهمها حكومة الوفاق بالانحياز إليه.",
     {("France", "supports", "LNA", True), ("GNA", "opposes", "France", False)}),
    ("وفيما نفت أبوظبي الاتهامات، أدانت حكومة الوفاق الدعم الإماراتي لحفتر.",
     {("GNA", "opposes", "UAE", False), ("UAE", "supports", "LNA", False)}),
    # (a phrase set off inside that clause does not close it)
    ("وفيما نفت روسيا، في بيان، دعمها لحفتر، أكدت تركيا دعمها لحكومة الوفاق.",
     {("Russia", "supports", "LNA", True), ("Turkey", "supports", "GNA", False)}),
    # nor does a denial reach into a clause of «فيما» after it (but «فيما يخص», regarding, is no clause)
    ("ونفت موسكو الاتهامات، فيما تتهمها واشنطن بدعم حفتر.",
     {("US", "opposes", "Russia", False), ("Russia", "supports", "LNA", False)}),
    ("ونفت موسكو ما تردد فيما يخص دعمها لحفتر.", {("Russia", "supports", "LNA", True)}),
])
def test_regression_denial_stopped_by_a_concession_aside_and_reaching_past_a_while_clause(parser, text, expected):
    assert claims_with_polarity(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a support masdar opening what is said, with a verb of ending for predicate: the support ended
    ("وقالت روسيا إن دعمها لحفتر انتهى.", {("Russia", "supports", "LNA", True)}),
    ("وأكد المسؤول أن الدعم الإماراتي لقوات حفتر قد توقف منذ أشهر.", {("UAE", "supports", "LNA", True)}),
    # (the ending negated, the support goes on)
    # (and the speaker charges the backer of his enemy: kg.accusations)
    ("وقال السراج إن الدعم الإماراتي لحفتر لم يتوقف رغم الحظر.",
     {("UAE", "supports", "LNA", False), ("GNA", "opposes", "UAE", False)}),
])
def test_regression_support_said_to_have_ended_was_asserted(parser, text, expected):
    assert claims_with_polarity(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a denial does not reach past «لكن/غير أن/إلا أن», which sets the next clause against it
    ("وتنفي موسكو ذلك، لكن واشنطن تتهمها بنشر طائرات حربية في ليبيا.", {("US", "opposes", "Russia", False)}),
    ("ونفت أبوظبي الاتهامات، غير أن تقريرا أمميا أكد أن الإمارات زودت حفتر بالسلاح.",
     {("UAE", "supports", "LNA", False)}),
])
def test_regression_a_denial_reached_past_a_clause_of_contrast(parser, text, expected):
    assert claims_with_polarity(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what follows a denial's «أن» is denied up to a clause of its own: a verb joined by «و» after a comma, «فيما»
    ("ونفت أبوظبي أن تكون قد زودت حفتر بالسلاح، ودعت إلى وقف التدخل التركي.", {("UAE", "opposes", "Turkey", False)}),
    ("ونفى الكرملين أن تكون روسيا قد أرسلت مرتزقة، فيما اتهمت واشنطن موسكو بدعم حفتر.",
     {("US", "opposes", "Russia", False), ("Russia", "supports", "LNA", False)}),
    # (a second «أن» behind «أو» is the denial's too)
    ("ونفى الكرملين أن تكون روسيا قد أرسلت مرتزقة إلى ليبيا، أو أنها تدعم حفتر بالسلاح.",
     {("Russia", "supports", "LNA", True)}),
    # nor what the joined verb governs: the charge of its accusation, also past an aside after the accused and with
    # the verb the tagger calls a noun; the joined verb, with no subject after it, goes on with the denier
    ("ونفت أنقرة أن تكون سفنها قد دخلت المياه اليونانية، واتهمت أثينا بدعم قوات حفتر.",
     {("Turkey", "opposes", "Greece", False), ("Greece", "supports", "LNA", False)}),
    ("ونفت أنقرة أن تكون سفنها قد دخلت المياه اليونانية، واتهمت أثينا، في المقابل، بدعم قوات حفتر.",
     {("Turkey", "opposes", "Greece", False), ("Greece", "supports", "LNA", False)}),
    ("ونفى الكرملين أن يكون قد أرسل جنودا إلى ليبيا، واتهم واشنطن بتسليح حكومة الوفاق.",
     {("Russia", "opposes", "US", False), ("US", "supports", "GNA", False)}),
    ("ونفى وزير الخارجية الإماراتي أن تكون أبوظبي قد أرسلت أسلحة إلى قوات حفتر، ووصف الوجود التركي بأنه مرفوض.",
     {("UAE", "supports", "LNA", True), ("UAE", "opposes", "Turkey", False)}),
])
def test_regression_a_denied_that_clause_ran_past_a_clause_of_its_own(parser, text, expected):
    assert claims_with_polarity(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # «لكن/غير أن/إلا أن» opens a clause with a subject of its own: the actor after it is no object of the verb before
    ("ورحبت روما بالمبادرة، لكن باريس تحفظت عليها.", set()),
    ("ورحبت روما بالمبادرة، إلا أن باريس تحفظت عليها.", set()),
    ("وأيدت موسكو الحل السياسي، لكن واشنطن اتهمتها بدعم حفتر عسكريا.",
     {("US", "opposes", "Russia", False), ("Russia", "supports", "LNA", False)}),
    # («لكنها»: its pronoun is the subject before, which goes on)
    ("وأدانت أنقرة الهجوم، لكنها لم تتهم حفتر بالوقوف وراءه.", {("Turkey", "opposes", "LNA", True)}),
])
def test_regression_the_subject_of_a_clause_of_contrast_was_read_as_the_object_before_it(parser, text, expected):
    assert claims_with_polarity(parser, text) == expected


def test_regression_the_accusers_own_name_was_taken_for_the_accused_pronoun(parser):
    # «تتهمها» with no actor before it in the sentence: «her» is the salient actor of the sentence before; with
    # none, nobody (the masdar of the charge took the accuser for its agent: GNA supports Haftar)
    got = triples(parser, "ونفت روسيا دعمها لحفتر. وتتهمها حكومة الوفاق بإرسال مرتزقة إلى حفتر.")
    assert {("GNA", "opposes", "Russia"), ("Russia", "supports", "LNA")} <= got
    assert ("GNA", "supports", "LNA") not in got
    assert triples(parser, "وتتهمها حكومة الوفاق بإرسال مرتزقة إلى حفتر.") == set()
    # the subject right before the verb (no «و» on it) accuses; «her» is the actor named before that
    got = triples(parser, "ونفت القاهرة أي تدخل عسكري، إلا أن حكومة الوفاق اتهمتها بدعم حفتر.")
    assert ("Egypt", "supports", "LNA") in got and ("GNA", "supports", "LNA") not in got


@pytest.mark.parametrize("text, expected", [
    # the subject of a clause of «بينما» before the main clause is not the main verb's (the parser hangs it there)
    ("وبينما نفى الكرملين إرسال أي جنود، أدانت تركيا التدخل الروسي.", {("Turkey", "opposes", "Russia")}),
    # with the accused's pronoun on the accusation verb, the actor after it accuses, not the one before
    ("أرسلت روسيا أسلحة إلى حفتر، فيما تتهمها حكومة الوفاق بإرسال مرتزقة.",
     {("Russia", "supports", "LNA"), ("GNA", "opposes", "Russia")}),
])
def test_regression_while_clause_subject_taken_by_the_main_verb_and_the_accuser_read_as_accused(parser, text,
                                                                                                 expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # hosting an actor is receiving it
    ("واستضاف رئيس الوزراء الإيطالي في روما كلا من السراج وحفتر.", {("GNA", "met", "Italy"), ("Italy", "met", "LNA")}),
    # (hosting a conference or refugees names nobody met; a future hosting is no meeting yet)
    ("واستضافت برلين مؤتمرا دوليا حول ليبيا.", set()),
    ("وستستضيف روما حفتر الأسبوع المقبل.", set()),
])
def test_regression_hosting_an_actor_was_no_meeting(parser, text, expected):
    got = triples(parser, text)
    assert {(t, r, s) if r == "met" and t < s else (s, r, t) for s, r, t in got} == expected


@pytest.mark.parametrize("text, expected", [
    # «غير» before a definite adjective negates that adjective, which qualifies the noun before it, not the
    # trigger after it; and «غير الشرعية» (feminine, definite) calls it illegitimate
    ("واعتبر البرلمان المصري أن حكومة السراج غير الشرعية تهدد الأمن القومي المصري.",
     {("Egypt", "opposes", "GNA", False)}),
    ("وقال عقيلة صالح إن حكومة الوفاق غير الشرعية لا تمثل الليبيين.", {("LNA", "opposes", "GNA", False)}),
])
def test_regression_definite_adjective_after_ghayr_negated_the_trigger_after_it(parser, text, expected):
    assert claims_with_polarity(parser, text) == expected


def test_regression_described_as_behind_an_attack_gave_a_support_claim(parser):
    # «بأنها تقف وراء الهجوم»: standing behind an attack is a charge against the one described, never support
    got = triples(parser, "واتهم وزير خارجية الوفاق الإمارات بأنها تقف وراء الهجوم على طرابلس.")
    assert got == {("GNA", "opposes", "UAE")}


@pytest.mark.parametrize("text, expected", [
    # the masdar of «لن نسمح», negated by «عدم», is the same refusal to let an actor act
    ("وتعهد أردوغان بعدم السماح لحفتر بالانتصار.", {("Turkey", "opposes", "LNA")}),
    ("وأكدت مصر عدم السماح بتقدم قوات الوفاق نحو سرت.", {("Egypt", "opposes", "GNA")}),
    # (what is not to fall is protected)
    ("وأكدت مصر عدم السماح بسقوط الجيش الوطني الليبي.", set()),
])
def test_regression_not_allowing_as_a_negated_masdar_was_no_stance(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # talks held in a place named between the verb and «مع» are an in-person meeting
    ("بحث السراج في أنقرة مع الرئيس التركي تطورات الوضع الميداني.", {("GNA", "met", "Turkey")}),
    # (with no place stated, talks are no meeting)
    ("وبحث السراج مع الرئيس التركي تطورات الوضع في ليبيا.", set()),
])
def test_regression_talks_with_the_place_before_the_partner_were_no_meeting(parser, text, expected):
    got = triples(parser, text)
    assert {(t, r, s) if r == "met" and t < s else (s, r, t) for s, r, t in got} == expected


@pytest.mark.parametrize("text, expected", [
    # «الأخير» opening a sentence is the last of the actors the sentence before named, in its gender
    ("استقبل وزير الدفاع الروسي في موسكو المشير حفتر. وأعرب الأخير عن تقديره لموسكو.",
     {("LNA", "met", "Russia"), ("LNA", "supports", "Russia")}),
    # (one actor before names no «latter»)
    ("أدانت مصر الهجوم. وقال الأخير إن الوضع خطير.", set()),
])
def test_regression_the_latter_opening_a_sentence_named_nobody(parser, text, expected):
    got = triples(parser, text)
    assert {(t, r, s) if r == "met" and t < s else (s, r, t) for s, r, t in got} == expected


@pytest.mark.parametrize("text, expected", [
    # «his government», «his forces» stand for the actor named before them in the pronoun's gender
    ("قال السراج إن تركيا تدعم حكومته.", {("Turkey", "supports", "GNA")}),
    ("وقال حفتر إن الإمارات تدعم قواته.", {("UAE", "supports", "LNA")}),
])
def test_regression_his_forces_named_nobody(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # accusations with their author as genitive and the accused as a pronoun behind «لـ»: the nearest actor
    # before of the pronoun's gender is accused; a denial before a concessive phrase does not reach into it
    ("وتنفي باريس دعم حفتر رغم اتهامات حكومة الوفاق لها بالانحياز إلى قواته.",
     {("France", "supports", "LNA", True), ("GNA", "opposes", "France", False), ("France", "supports", "LNA", False)}),
    # (accusations rejected are denied)
    ("ورفضت فرنسا اتهامات حكومة الوفاق لها بالانحياز إلى حفتر.",
     {("France", "opposes", "GNA", False), ("GNA", "opposes", "France", False), ("France", "supports", "LNA", True)}),
])
def test_regression_accused_as_a_pronoun_behind_lam_was_the_author(parser, text, expected):
    assert claims_with_polarity(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a masdar's genitive with the masdar's «لـ» after it (left on its word by the tokenizer) gives the support
    ("وتحدثت موسكو عن دعم أنقرة لقوات غرب ليبيا.", set()),
    # a camp led by an actor is that actor's side
    ("وتدعم روسيا معسكر الشرق بقيادة حفتر.", {("Russia", "supports", "LNA")}),
])
def test_regression_genitive_giving_support_was_its_object(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # indefinite forces named by a nationality are the subject of the relative clause after them, whatever
    # preposition governs their phrase
    ("وتحدث التقرير عن وجود قوات تركية تقاتل إلى جانب حكومة الوفاق.", {("Turkey", "supports", "GNA", False)}),
    # and an object pronoun on that clause's verb resumes them, not an actor before
    ("وحذرت مصر من وجود مرتزقة سوريين تدعمهم تركيا.", {("Egypt", "opposes", "Turkey", False)}),
])
def test_regression_implicit_relative_clause_on_indefinite_forces(parser, text, expected):
    assert claims_with_polarity(parser, text) == expected


def test_regression_state_pointed_at_after_ila_was_a_place():
    # «أشار إلى الإمارات»: after a verb of pointing, the state behind «إلى» is who is meant, not a destination
    text = "وأشار التقرير إلى الإمارات بوصفها الداعم الرئيسي لحفتر ."
    words = words_of(whitespace_sentence(text), text)
    assert [m.actor for m in default_matcher().find(words)] == ["UAE", "Haftar"]


@pytest.mark.parametrize("text", [
    # the examples of a genitive's backers after «كـ», set off by a comma, are no members of a list with it
    "وقال إن داعمي حفتر، كالإمارات وروسيا، خسروا الرهان.",
    # (the nominative plural in construct, «داعمو», is the participle too)
    "ويعد داعمو حفتر الإقليميون، كالإمارات وروسيا، الخاسر الأكبر من الاتفاق.",
])
def test_regression_backers_named_by_examples_after_a_comma_named_nobody(parser, text):
    assert triples(parser, text) == {("UAE", "supports", "LNA"), ("Russia", "supports", "LNA")}


def test_regression_participle_after_a_stance_and_its_adjective_named_nobody(parser):
    # «موقف مصر الثابت الداعم لـ…»: the participle qualifies the actor's stance, past that stance's adjective
    got = triples(parser, "وأكد السيسي موقف مصر الثابت الداعم للجيش الوطني الليبي.")
    assert got == {("Egypt", "supports", "LNA")}


def test_regression_place_with_its_adjective_before_the_predicate_named_nobody(parser):
    # «في الشرق الليبي» between the deed and the term said of it is where, as «في ليبيا» is
    got = triples(parser, "واعتبر المشري أن الوجود المصري في المنطقة الشرقية احتلال.")
    assert got == {("GNA", "opposes", "Egypt")}


@pytest.mark.parametrize("text, expected", [
    # «جوي» (air), a short nisba, between a backing masdar and the nationality of its giver
    ("واستعادت قوات الوفاق مدينة ترهونة بإسناد جوي تركي.", {("Turkey", "supports", "GNA")}),
    # (a deed's doer behind its genitive, the deed's own preposition after it, is what a stance is against)
    ("وانتقد ماكرون مهاجمة حفتر لطرابلس.", {("France", "opposes", "LNA")}),
])
def test_regression_air_backing_of_a_nationality_was_read_the_other_way(parser, text, expected):
    assert triples(parser, text) == expected


def test_regression_group_noun_after_its_verb_named_nobody(parser):
    # «وأدان القادة الثلاثة …»: the plural noun for those who met, right after the verb, is its subject
    got = triples(parser, "وعقدت قمة ثلاثية بين مصر واليونان وقبرص. وأدان القادة الثلاثة الممارسات التركية.")
    assert {t for t in got if t[1] == "opposes"} == \
        {("Egypt", "opposes", "Turkey"), ("Greece", "opposes", "Turkey"), ("Cyprus", "opposes", "Turkey")}


@pytest.mark.parametrize("text, expected", [
    # withdrawing confidence from a government is a vote against it
    ("وسحب مجلس النواب الثقة من حكومة الوفاق.", {("HoR", "opposes", "GNA")}),
    ("وصوت مجلس النواب على حجب الثقة عن حكومة السراج.", {("HoR", "opposes", "GNA")}),
    # (a withdrawal of forces is none)
    ("وسحبت تركيا قواتها من ليبيا.", set()),
])
def test_regression_withdrawing_confidence_was_no_stance(parser, text, expected):
    assert triples(parser, text) == expected


def test_regression_second_nationality_joined_by_and_took_the_body_before(parser):
    # «القوات المسلحة الليبية والمصرية»: a second state's forces joined by «و», not the body's nationality
    got = triples(parser, "وأكد المسؤول أن القوات المسلحة الليبية والمصرية في خندق واحد ضد الإرهاب.")
    assert got == {("LNA", "supports", "Egypt"), ("Egypt", "supports", "LNA")}


def test_regression_his_reception_in_the_capital_of_the_subject_named_the_host_as_guest(parser):
    # «بعد استقباله مرارا في باريس»: «his» reception in the capital of the clause's subject is the guest's, the
    # nearest actor before of the pronoun's gender; one received beside him met the host too
    got = triples(parser, "ويواجه ماكرون انتقادات بسبب دعمه لحفتر، بعد استقباله مرارا في باريس إلى جانب السراج.")
    assert {(t, r, s) if r == "met" and t < s else (s, r, t) for s, r, t in got} == \
        {("France", "supports", "LNA"), ("France", "met", "LNA"), ("France", "met", "GNA")}


@pytest.mark.parametrize("text, expected", [
    # an act the speaker brands criminal or terrorist is a charge against the clause's subject
    ("وقال السراج إن حفتر ارتكب عملا إجراميا بقصف المدنيين.", {("GNA", "opposes", "LNA")}),
    ("وأكد المشري أن حفتر أنهى كل فرص السلام بهذا العمل الإجرامي.", {("GNA", "opposes", "LNA")}),
    # (condemned with no doer named, it charges nobody)
    ("وأدان المجلس الرئاسي العمل الإجرامي الذي استهدف الكلية العسكرية.", set()),
])
def test_regression_act_branded_criminal_charged_nobody(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a meeting refused is a negated meeting between the one who refuses and the genitive, no opposition
    ("ورفض حفتر لقاء السراج في أبوظبي.", {("GNA", "met", "LNA", True)}),
    ("ورفض حفتر استقبال المبعوث الأممي.", {("LNA", "met", "UN", True)}),
])
def test_regression_meeting_refused_was_read_as_opposition(parser, text, expected):
    got = claims_with_polarity(parser, text)
    assert {(t, r, s, n) if r == "met" and t < s else (s, r, t, n) for s, r, t, n in got} == expected


def test_actors_like_a_subject_after_a_comma_still_share_its_stance(parser):
    # (after a verb's subject, those «كـ» introduces are its like and take its stance; only after a noun's genitive
    # are they that noun's examples)
    got = triples(parser, "وأدانت مصر، كالإمارات والسعودية، التدخل التركي.")
    assert got == {("Egypt", "opposes", "Turkey"), ("UAE", "opposes", "Turkey"), ("SaudiArabia", "opposes", "Turkey")}


@pytest.mark.parametrize("text, expected", [
    # a demanded withdrawal's doer behind «لـ» past the masdar's adjective is the one opposed
    ("وطالبت واشنطن بانسحاب فوري للقوات التركية.", {("US", "opposes", "Turkey")}),
    ("وطالبت واشنطن بالانسحاب الفوري للقوات التركية.", {("US", "opposes", "Turkey")}),
    # (a ceasefire asks nobody)
    ("وطالبت مصر بوقف فوري لإطلاق النار.", set()),
])
def test_regression_demanded_withdrawal_with_an_adjective_named_nobody(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the masdar of branding: «his» branding with the one branded behind «لـ», or its genitive before the label
    ("وجدد أردوغان وصفه لحفتر بالانقلابي.", {("Turkey", "opposes", "LNA")}),
    ("وكرر وزير الخارجية التركي وصف حفتر بالقرصان.", {("Turkey", "opposes", "LNA")}),
    # (with «لـ» after the genitive, the genitive brands)
    ("وجاء وصف السيسي للتدخل التركي بالاحتلال في كلمته أمام الجنود.", {("Egypt", "opposes", "Turkey")}),
    # (a description of no actor brands nobody)
    ("وتحدث التقرير عن وصف دقيق للمعارك جنوب طرابلس.", set()),
])
def test_regression_masdar_of_branding_named_nobody(parser, text, expected):
    assert triples(parser, text) == expected


def test_regression_rejected_branding_was_read_as_opposition_to_the_one_branded(parser):
    # rejecting that an actor be branded is no stance against it
    assert triples(parser, "ورفضت روسيا وصف حفتر بمجرم حرب.") == set()


def test_regression_fighting_with_an_actor_backed_nobody(parser):
    # «يقاتل مع» is fighting alongside («ضد» is against)
    assert triples(parser, "وقالت أفريكوم إن مرتزقة فاغنر يقاتلون مع قوات حفتر.") == {("Russia", "supports", "LNA")}


def test_regression_state_in_what_was_said_after_a_press_conference_was_met(parser):
    # a press conference with a counterpart kg does not know: the state after «أن» is what is said, no guest
    got = triples(parser, "وأضاف جاويش أوغلو، في مؤتمر صحفي مع نظيره المالطي، أن الإمارات ترسل الأسلحة إلى حفتر.")
    assert got == {("UAE", "supports", "LNA")}


@pytest.mark.parametrize("text, expected", [
    # the members listed at the head of a subject that names no actor («، وفي مقدمتها X،») do what its verb says
    ("وقال الوزير إن بعض الدول، وفي مقدمتها الإمارات، تدعم حفتر.", {("UAE", "supports", "LNA")}),
    # (and a violation that verb is done in is theirs, charged by the speaker)
    ("وقال الوزير التركي إن بعض الدول، وفي مقدمتها الإمارات، ترسل الأسلحة إلى حفتر في انتهاك لحظر السلاح.",
     {("UAE", "supports", "LNA"), ("Turkey", "opposes", "UAE")}),
])
def test_regression_list_head_with_and_before_the_verb_named_nobody(parser, text, expected):
    assert triples(parser, text) == expected


def test_regression_fronted_phrase_rule_took_a_finite_verb_and_a_clause_after_while(parser):
    # a sentence that opens on a finite meeting verb has no fronted phrase; «، بينما …» opens a clause of its own
    got = triples(parser, "والتقى سلامة في طرابلس برئيس المجلس الرئاسي، بينما تواصل قوات حفتر هجومها على العاصمة.")
    assert ("LNA", "met", "GNA") not in got and ("GNA", "met", "LNA") not in got


def test_title_before_a_name_in_quotation_marks_is_the_subject(parser):
    # «وزير الخارجية "سامح شكري"»: the title takes in the quoted name; the one after the comma is the guest
    got = triples(parser, "التقى وزير الخارجية “سامح شكري” بالعاصمة الأردنية، السفير الروسي الجديد.")
    assert got in ({("Egypt", "met", "Russia")}, {("Russia", "met", "Egypt")})


@pytest.mark.parametrize("text, expected", [
    # «وكان X قد» + a perfect verb is what had happened, also for perfects of the «تفعّل» form beginning with «ت»
    ("وكان أردوغان قد تباحث مع السراج في إسطنبول.", {("GNA", "met", "Turkey")}),
    ("وكان السراج قد تلقى اتصالا هاتفيا من كونتي.", {("GNA", "called", "Italy")}),
    # («قد» with an imperfect is still "may")
    ("وقد تلتقي ميركل بوتين في موسكو الشهر المقبل.", set()),
])
def test_regression_pluperfect_of_a_verb_beginning_with_ta_read_as_may(parser, text, expected):
    got = {(t, r, s) if r in ("met", "called") and t < s else (s, r, t) for s, r, t in triples(parser, text)}
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # what an actor fears is not asserted, but a main clause after «، ولذلك» is
    ("وتخشى القاهرة من أن يؤدي الوجود التركي على حدودها إلى تهديد أمنها، ولذلك عززت دعمها لقوات حفتر.",
     {("Egypt", "supports", "LNA")}),
    ("وتأمل حكومة الوفاق أن تدعمها واشنطن في مجلس الأمن.", set()),
])
def test_regression_fear_reached_past_a_comma_and_therefore(parser, text, expected):
    assert {c for c in triples(parser, text) if c[1] == "supports"} == expected


@pytest.mark.parametrize("text, expected", [
    # «الأخير/الأخيرة» names the last actor of its own gender named before, not the last of all
    ("استقبل وزير الخارجية المصري المشير حفتر والسفيرة الأمريكية. وأشاد الأخير بدور مصر.",
     ("LNA", "supports", "Egypt")),
    ("استقبل وزير الخارجية المصري السفيرة الأمريكية والمشير حفتر. وأشادت الأخيرة بدور مصر.",
     ("US", "supports", "Egypt")),
])
def test_regression_the_latter_took_the_last_actor_of_another_gender(parser, text, expected):
    assert expected in triples(parser, text)


def test_regression_pronoun_object_after_reported_speech_named_the_source_inside_it(parser):
    # the next sentence's dropped subject is the one who spoke, not the source of what he said; «ها» is the other
    # side of his claims of its gender (this also crashed: an accused of the sentence before has no words here)
    text = ("وقال باشاغا إن الحكومة الفرنسية تدعم حفتر، وطالبها بالكف عن ذلك. "
            "كما اتهمها بتزويده بصواريخ مضادة للدروع.")
    second = {(c.source_party, c.relation, c.target_party)
              for c in extract_document(Document("t", text), parser.parse(text)) if c.sentence == 1}
    assert ("GNA", "opposes", "France") in second and ("France", "opposes", "LNA") not in second


def test_regression_masculine_verb_after_a_comma_went_on_with_a_feminine_subject_inside_what_was_said(parser):
    # «وطالبها» (masculine, tagged a noun) goes on with the speaker, not with «الحكومة الفرنسية» inside what he said
    got = triples(parser, "وقال باشاغا إن الحكومة الفرنسية تدعم حفتر، وطالبها بالكف عن ذلك.")
    assert got == {("France", "supports", "LNA"), ("GNA", "opposes", "France")}


def test_regression_accused_from_the_sentence_before_crashed_the_extractor(parser):
    # «اتهمها» names the other side of the sentence before, a mention with no words in this one: an IndexError
    text = ("وجه وزير الداخلية فتحي باشاغا رسالة شديدة اللهجة إلى باريس. وقال باشاغا في الرسالة إن الحكومة "
            "الفرنسية تدعم حفتر، وطالبها بالكف عن ذلك. كما اتهمها بتزويده بصواريخ.")
    third = {(c.source_party, c.relation, c.target_party)
             for c in extract_document(Document("t", text), parser.parse(text)) if c.sentence == 2}
    assert third == {("GNA", "opposes", "France")}


def test_regression_army_belonging_to_the_other_side_was_read_as_its_namesake(parser):
    # «الجيش الليبي التابع لحكومة الوفاق» is the GNA's army, not the LNA
    got = triples(parser, "وأعلنت وزارة الدفاع التركية أن قواتها تواصل تدريب عناصر الجيش الليبي التابع لحكومة الوفاق.")
    assert got == {("Turkey", "supports", "GNA")}


def test_regression_talks_held_in_a_place_before_with_after_a_long_subject_met_nobody(parser):
    # the place between a long titled subject and «مع» states where the talks were held
    got = triples(parser, "وبحث وزير الخارجية الإيطالي لويجي دي مايو في أنقرة مع نظيره التركي الأزمة الليبية.")
    assert got == {("Italy", "met", "Turkey")}


def test_regression_title_holder_on_the_day_won_over_the_name_after_the_title():
    # the name after a title is the person, whoever held the office on the document's day as the registry has it
    import datetime as dt
    text = "وبحث وزير الخارجية الإيطالي لويجي دي مايو الأزمة الليبية."
    ws = words_of(whitespace_sentence(text), text)
    assert [m.actor for m in default_matcher().find(ws, dt.date(2019, 6, 1))] == ["DiMaio"]


def test_regression_criticised_transfer_of_fighters_was_the_critics_support(parser):
    # a phrase opening on a masdar that a stance verb of another relation governs is its object: the critic sends
    # nobody; the role's owner named before «في دعم» backs its genitive
    text = "وانتقد لافروف نقل مقاتلين من سوريا إلى ليبيا، في إشارة إلى الدور التركي في دعم حكومة الوفاق."
    got = triples(parser, text)
    assert got == {("Russia", "opposes", "Turkey"), ("Turkey", "supports", "GNA")}


def test_masdar_joined_by_and_to_a_support_keeps_its_own_stance(parser):
    got = triples(parser, "وأعلنت فرنسا مساندتها للمجلس الرئاسي وعدم اعترافها بالمشير خليفة حفتر.")
    assert got == {("France", "supports", "GNA"), ("France", "opposes", "LNA")}


@pytest.mark.parametrize("text, expected", [
    # armed men «من» an actor are the actor's, as the object of a stance verb too
    ("واتهمت حكومة الوفاق قناصة من فاغنر بقتل مدنيين في ضواحي طرابلس.", {("GNA", "opposes", "Russia")}),
    ("وانتقدت مصر مقاتلين من تركيا في طرابلس.", {("Egypt", "opposes", "Turkey")}),
])
def test_regression_armed_men_from_an_actor_as_the_object_named_nobody(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a definite noun that names no actor opens the clause after «إن» as its subject: the speaker does not do it
    ("وقال أردوغان إن المجتمع الدولي يدعم حكومة الوفاق الشرعية.", set()),
    ("وقال حفتر إن الشعب الليبي يقف إلى جانب الجيش الوطني الليبي.", set()),
    # (an actor there is the subject: «إن القاهرة تدعم …»)
    ("وقال مسؤول ليبي إن القاهرة تدعم الجيش الوطني الليبي سياسيا وعسكريا.", {("Egypt", "supports", "LNA")}),
])
def test_regression_definite_subject_after_inna_gave_the_speakers_stance(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an actor called the shelter, cover or incubator of terrorists is charged, as with a term of abuse
    ("حفتر: حكومة السراج مظلة للإرهابيين", {("LNA", "opposes", "GNA")}),
    ("وقال المسماري إن تركيا باتت حاضنة للإرهاب في المنطقة.", {("LNA", "opposes", "Turkey")}),
    # (cover for no terrorists charges nobody)
    ("ووفرت الأمم المتحدة غطاء جويا لقوافل الإغاثة.", set()),
])
def test_regression_harbour_of_terrorists_charged_nobody(parser, text, expected):
    assert triples(parser, text) == expected


def test_regression_army_of_the_legitimate_government_with_backing_after_an_epithet_named_nobody(parser):
    # «الحكومة الشرعية» is the recognised government; an epithet inside a name («ميليشيات الانقلابي حفتر») is no
    # stance of the subject that the backing phrase after it could qualify
    text = "وتمكن الجيش الليبي التابع للحكومة الشرعية من تحرير ترهونة من ميليشيات الانقلابي حفتر بدعم تركي."
    assert ("Turkey", "supports", "GNA") in triples(parser, text)
    assert ("Turkey", "supports", "LNA") not in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    # «لـ» after an accusation noun marks the accused, who does what the charge says
    ("وسط اتهامات لأنقرة بإرسال مرتزقة إلى حكومة الوفاق.", {("Turkey", "supports", "GNA")}),
    ("وتصاعدت اتهامات باريس لأنقرة بإرسال مرتزقة إلى حكومة الوفاق.",
     {("Turkey", "supports", "GNA"), ("France", "opposes", "Turkey")}),
])
def test_regression_accused_behind_lam_of_an_accusation_noun_sent_nobody(parser, text, expected):
    assert triples(parser, text) == expected


def test_regression_each_of_before_the_subject_hid_the_agreement_condemned(parser):
    # «كل من X و Y» after the verb is its subject; the agreement after it is still the object
    got = triples(parser, "وأدانت كل من مصر والسعودية الاتفاق بين أنقرة وحكومة الوفاق.")
    assert got == {(s, "opposes", t) for s in ("Egypt", "SaudiArabia") for t in ("Turkey", "GNA")}


@pytest.mark.parametrize("text, expected", [
    # the givers named after «بينها/منها» past the noun for them
    ("ويحظى حفتر بدعم دول عدة بينها الإمارات وروسيا ومصر.",
     {("UAE", "supports", "LNA"), ("Russia", "supports", "LNA"), ("Egypt", "supports", "LNA")}),
    ("وتتلقى حكومة الوفاق دعما من دول منها تركيا وقطر.", {("Turkey", "supports", "GNA"), ("Qatar", "supports", "GNA")}),
])
def test_regression_givers_listed_after_including_backed_nobody(parser, text, expected):
    assert triples(parser, text) == expected


def test_regression_definite_adjective_read_as_the_verb_blame(parser):
    # «الأمني» holds the letters of «لام» between an «ا» and «ني»; an adjective with the article is no verb
    from kg.triggers import find_triggers
    text = "وأدانت مصر الاتفاق الأمني بين أنقرة وحكومة الوفاق."
    hits = find_triggers(words_of(parser.parse(text)[0], text))
    assert "blame_verb" not in {h.trigger.id for h in hits} and "adana" in {h.trigger.id for h in hits}
    # (nor one ending in «ة»: «عادية», "ordinary", holds «عادى», "be hostile to")
    text = "وعقد مجلس النواب جلسة عادية بحضور ممثلين عن حكومة الوفاق."
    assert [h.trigger.id for h in find_triggers(words_of(parser.parse(text)[0], text))] == ["presence"]


@pytest.mark.parametrize("text, expected", [
    # «لا يمكن الوثوق بـ» distrusts the actor after it; the longer phrase «… الوثوق به» is said of the one before
    ("وقال أردوغان إنه لا يمكن الوثوق بحفتر.", {("Turkey", "opposes", "LNA")}),
    ("وقال أردوغان إن حفتر لا يمكن الوثوق به.", {("Turkey", "opposes", "LNA")}),
])
def test_regression_distrust_of_the_actor_after_it_and_the_longer_phrase_lost_to_the_shorter(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # no lawful party, no fair broker, not to be trusted, said of the actor before the phrase; astonishment at an
    # actor's deed, as displeasure
    ("وقال أردوغان إن حفتر ليس طرفا شرعيا.", {("Turkey", "opposes", "LNA")}),
    ("وقال السراج إن باريس لم تعد وسيطا نزيها في الأزمة.", {("GNA", "opposes", "France")}),
    ("وقال باشاغا إن حفتر لا يؤتمن على ثروات البلاد.", {("GNA", "opposes", "LNA")}),
    ("وأعربت موسكو عن دهشتها من إعلان حفتر.", {("Russia", "opposes", "LNA")}),
])
def test_no_lawful_party_no_fair_broker_and_astonishment_oppose(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a reply to what an actor said or charged rebuts its author; a reply to a question, nobody
    ("ردت الخارجية المصرية بقوة على تصريحات أردوغان المسيئة.", {("Egypt", "opposes", "Turkey")}),
    ("وترد مصر على ادعاءات أنقرة.", {("Egypt", "opposes", "Turkey")}),
    ("ورد الوزير المصري على سؤال حول الوجود التركي.", set()),
])
def test_regression_reply_to_an_actors_statements_rebutted_nobody(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text", [
    # any rubric of a word or two before a bar opens a headline, not only the known ones
    "ليبيا | أردوغان: حفتر انقلابي ولن نسمح له بالسيطرة على طرابلس",
    "الشرق الأوسط | أردوغان: حفتر انقلابي",
])
def test_regression_rubric_before_a_bar_hid_the_colon_speaker(parser, text):
    assert triples(parser, text) == {("Turkey", "opposes", "LNA")}


def test_regression_speaker_before_a_while_clause_said_what_the_other_speaker_did(parser):
    # «، فيما» opens a clause with a speaker of its own: the predicate after it is that speaker's
    text = ("وأكد السيسي رفض مصر للتدخلات التركية في المنطقة، فيما شدد المسؤول اليوناني على أن الاتفاق البحري "
            "بين أنقرة وطرابلس باطل.")
    got = triples(parser, text)
    assert {("Greece", "opposes", "Turkey"), ("Greece", "opposes", "GNA")} <= got
    assert ("Egypt", "opposes", "GNA") not in got


def test_regression_adverb_after_a_title_taken_for_a_name_hid_the_title_holder(parser):
    # «سياسيا» after «المشير» is an adverb, not a name kg does not know
    assert triples(parser, "وقال مسؤول ليبي إن القاهرة تدعم المشير سياسيا وعسكريا.") == {("Egypt", "supports", "LNA")}


@pytest.mark.parametrize("text, expected", [
    # the nationality of the goods a supply verb names, with no other actor for its target, supplies them: the
    # unvowelled passive («زُوّدت قوات حفتر بطائرات روسية»), its subject the one who receives them
    ("وزودت قوات حفتر بطائرات ميغ روسية.", {("Russia", "supports", "LNA")}),
    # (an object named before the goods is who receives them, from the subject)
    ("وزودت مصر قوات حفتر بأسلحة روسية الصنع.", {("Egypt", "supports", "LNA")}),
])
def test_regression_origin_of_supplied_goods_was_read_as_their_recipient(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a participle or agent noun with a possessive takes no genitive: the nationality adjective after it backs the
    # possessor
    ("واستقبل حفتر في بنغازي وفدا من داعمه الإماراتي.", {("UAE", "supports", "LNA")}),
    ("وتعول حكومة الوفاق على داعمها التركي.", {("Turkey", "supports", "GNA")}),
])
def test_regression_possessed_backer_with_a_nationality_was_read_the_other_way(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a short relative clause right before the verb qualifies its subject, the actor before «الذي»
    # (and the speaker charges the backer of his enemy: kg.accusations)
    ("وقال السراج إن حفتر الذي تدعمه الإمارات يرتكب جرائم حرب.",
     {("UAE", "supports", "LNA"), ("GNA", "opposes", "LNA"), ("GNA", "opposes", "UAE")}),
    # (and a relative verb with its object pronoun has its object: what follows the next verb backs no terror)
    ("وقال المسماري إن السراج الذي تدعمه تركيا يجلب المرتزقة.",
     {("Turkey", "supports", "GNA"), ("LNA", "opposes", "Turkey")}),
])
def test_regression_subject_past_a_relative_clause_and_its_objects_were_the_clauses(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a predicate after a relative clause is said of the clause's antecedent, not of the clause's subject
    ("وقال المسماري إن الحكومة التي تدعمها تركيا لا تمثل الليبيين.", set()),
    # (and the speaker charges the backer of his enemy: kg.accusations)
    ("وقال المسماري إن حكومة الوفاق التي تدعمها تركيا لا تمثل الليبيين.",
     {("Turkey", "supports", "GNA"), ("LNA", "opposes", "GNA"), ("LNA", "opposes", "Turkey")}),
    ("وقال السراج إن حفتر الذي تدعمه الإمارات مجرم حرب.",
     {("UAE", "supports", "LNA"), ("GNA", "opposes", "LNA"), ("GNA", "opposes", "UAE")}),
])
def test_regression_predicate_after_a_relative_clause_was_said_of_its_subject(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # goods an actor sent, named before «التي» that the verb's pronoun resumes: the actor after the verb sends them
    # to the one behind «إلى»
    ("وضبطت الأسلحة التي أرسلتها الإمارات إلى حفتر.", {("UAE", "supports", "LNA")}),
    # (with no target behind the preposition, the antecedent is the object, and no actor is)
    ("وانتقد السراج الدول التي تدعمها الإمارات.", {("GNA", "opposes", "UAE")}),
])
def test_regression_goods_an_actor_sent_named_before_the_relative_backed_nobody(parser, text, expected):
    assert triples(parser, text) == expected


def test_regression_role_named_by_a_relative_clause_under_a_stance_backed_nobody(parser):
    # the support of a role an actor plays («الدور الذي تلعبه تركيا في دعم …») is that actor's, criticised or not
    got = triples(parser, "وانتقد ماكرون الدور الذي تلعبه تركيا في دعم حكومة الوفاق.")
    assert got == {("France", "opposes", "Turkey"), ("Turkey", "supports", "GNA")}


def test_regression_sources_close_to_an_actor_spoke_for_nobody(parser):
    # sources close to an actor («مصادر مقربة من حفتر») speak for it: what they charge is its charge
    got = triples(parser, "وأكدت مصادر مقربة من حفتر أن تركيا تنقل المرتزقة إلى طرابلس.")
    assert got == {("LNA", "opposes", "Turkey"), ("Turkey", "supports", "GNA")}


@pytest.mark.parametrize("text", [
    # a deed a stance verb takes as its object is no subject the next joined verb goes on with
    "أدانت مصر التدخل التركي في ليبيا، وأكدت دعمها للجيش الوطني الليبي.",
    "أدانت مصر التدخل التركي في ليبيا وأكدت دعمها للجيش الوطني الليبي.",
])
def test_regression_support_after_a_condemned_deed_was_given_to_its_doer(parser, text):
    assert triples(parser, text) == {("Egypt", "opposes", "Turkey"), ("Egypt", "supports", "LNA")}


@pytest.mark.parametrize("text, expected", [
    # a joined accusation after a clause and a comma goes on with that clause's source; the actor after it is accused
    ("أكد أردوغان دعم بلاده لحكومة الوفاق، واتهم حفتر بارتكاب جرائم حرب.",
     {("Turkey", "supports", "GNA"), ("Turkey", "opposes", "LNA")}),
    # a meeting after «حيث» is the one who went there's, not the nearest genitive's
    ("رفض السراج مبادرة حفتر، وتوجه إلى أنقرة حيث التقى أردوغان.",
     {("GNA", "opposes", "LNA"), ("GNA", "met", "Turkey")}),
])
def test_regression_joined_clause_went_on_with_the_object_of_the_clause_before(parser, text, expected):
    got = {(t, r, s) if r == "met" and t < s else (s, r, t) for s, r, t in triples(parser, text)}
    assert got == expected


def test_regression_meeting_after_but_it_took_the_nearest_topic_for_the_host(parser):
    # the pronoun on «لكن» before a meeting verb is its subject, the actor before of its gender
    got = triples(parser, "انتقدت موسكو الوجود العسكري التركي، لكنها استقبلت وفدا من حكومة الوفاق.")
    assert {(t, r, s) if r == "met" and t < s else (s, r, t) for s, r, t in got} == \
        {("Russia", "opposes", "Turkey"), ("GNA", "met", "Russia")}


def test_regression_verb_after_but_he_took_its_object_for_subject(parser):
    got = triples(parser, "وقال أردوغان إن بلاده ستواصل دعم حكومة الوفاق، لكنه حذر حفتر من مواصلة الهجوم.")
    assert got == {("Turkey", "supports", "GNA"), ("Turkey", "opposes", "LNA")}


@pytest.mark.parametrize("text, expected", [
    # «بين» wants two members: the actor joined by «و» after a relative clause on the first is the second
    ("تتواصل المواجهات بين قوات حفتر التي تدعمها روسيا والإمارات وقوات حكومة الوفاق المدعومة من تركيا.",
     {("Russia", "supports", "LNA"), ("UAE", "supports", "LNA"), ("Turkey", "supports", "GNA")}),
    ("فشلت الوساطة بين حكومة الوفاق التي تدعمها قطر والجيش الوطني الليبي المدعوم من مصر.",
     {("Qatar", "supports", "GNA"), ("Egypt", "supports", "LNA")}),
    # (without «بين» the list after the relative verb is its subject)
    ("وحكومة الوفاق التي تدعمها تركيا وقطر تواجه ضغوطا متزايدة.",
     {("Turkey", "supports", "GNA"), ("Qatar", "supports", "GNA")}),
])
def test_regression_second_member_of_between_joined_the_relative_clause_list(parser, text, expected):
    assert triples(parser, text) == expected


def test_regression_denial_with_a_name_tagged_as_verb_asserted_the_supply(parser):
    # «أنور» is tagged a verb; inside the denier's name it ends nothing
    got = claims_with_polarity(parser, "نفى وزير الدولة الإماراتي للشؤون الخارجية أنور قرقاش أن تكون بلاده "
                                       "قد أرسلت أسلحة إلى الجيش الوطني الليبي.")
    assert got == {("UAE", "supports", "LNA", True)}


def test_regression_dual_subject_taken_over_a_clause_with_its_own_subject(parser):
    # the clause after «في حين» has its own subject: the dual verb before it is no subject of its verb
    got = triples(parser, "التقى السفير الأميركي لدى ليبيا في تونس وزير الداخلية بحكومة الوفاق فتحي باشاغا، وبحثا "
                          "ملف الأمن، في حين أشاد مساعد وزير الخارجية الأميركي ديفيد شينكر بما وصفه بـ«الجهود "
                          "الكبيرة» التي يبذلها باشاغا في مكافحة الإرهاب.")
    assert ("GNA", "supports", "US") not in got and ("met", frozenset(("US", "GNA"))) in _undirected(got)


def test_regression_predicate_after_branding_verb_given_to_the_supported(parser):
    # the branding participle's object is branded by the main clause's subject, not by the actor named before it
    got = triples(parser, "وجدد الرئيس التركي دعم أنقرة للحكومة الشرعية، واصفا حفتر بأنه «انقلابي».")
    assert got == {("Turkey", "supports", "GNA"), ("Turkey", "opposes", "LNA")}


def test_regression_accusers_close_to_states_taken_for_the_accused(parser):
    # media close to actors speak for them; the actor after them is the accused
    got = triples(parser, "واتهمت وسائل إعلام مقربة من القاهرة أنقرة بتمويل الجماعات المسلحة الموالية لحكومة الوفاق.")
    assert got == {("Egypt", "opposes", "Turkey"), ("Turkey", "supports", "GNA")}


def test_regression_cover_for_an_attack_read_as_attacking_the_attacker(parser):
    # «هجوم» has its attacker as genitive: the accused covers the attack, it does not attack him
    got = triples(parser, "واتهم الوزير روسيا بتقديم الدعم اللوجستي لهجوم حفتر.")
    assert got == {("Russia", "supports", "LNA")}


def test_regression_place_name_ending_in_ta_marbuta_read_as_a_visit(parser):
    # no verb ends in «ة»: «زارة» is a place, not «زاره» (visited him)
    assert triples(parser, "اندلعت اشتباكات في منطقة زارة بين قوات حكومة الوفاق وقوات الجيش الوطني الليبي.") == set()


@pytest.mark.parametrize("text", [
    "وقالت مصادر دبلوماسية إن موسكو لا تستبعد لقاء بين لافروف وحفتر.",
    "ولم يستبعد مسؤول في الخارجية المصرية أن يستقبل شكري رئيس المجلس الرئاسي فايز السراج قريبا.",
])
def test_regression_meeting_not_ruled_out_read_as_held(parser, text):
    assert triples(parser, text) == set()


def test_regression_indirect_talks_hosted_past_a_day_in_commas_read_as_a_meeting(parser):
    assert triples(parser, "واستضافت برلين، الأحد، محادثات غير مباشرة بين وفدي السراج وحفتر.") == set()


def test_regression_reports_denied_by_a_spokeswoman_named_in_commas_were_asserted(parser):
    # a denial reaches a report past the denier's name set off by commas, and a relative clause past its adjective
    got = claims_with_polarity(parser, "ونفى المتحدث باسم الكرملين، ديمتري بيسكوف، الأنباء الصحفية التي تحدثت "
                                       "عن قتال مرتزقة فاغنر إلى جانب قوات حفتر.")
    assert got and all(negated for *_, negated in got)


def test_regression_draft_statement_demand_given_to_those_who_rejected_it(parser):
    # the demand is the draft's, and its nationality adjective names its author
    got = triples(parser, "وكانت روسيا والصين قد رفضتا مشروع بيان بريطاني في مجلس الأمن يدعو حفتر إلى وقف تقدمه.")
    assert ("UK", "opposes", "LNA") in got and ("Russia", "opposes", "LNA") not in got


def test_regression_each_of_after_an_object_pronoun_left_the_subject_to_the_clause_before(parser):
    got = triples(parser, "أعلنت القاهرة مبادرة لوقف إطلاق النار، وهي المبادرة التي سارعت أنقرة إلى رفضها، "
                          "فيما رحبت بها كل من السعودية والأردن.")
    assert ("Turkey", "supports", "Egypt") not in got and not any(t == "Turkey" and r == "supports"
                                                                   for s, r, t in got)


def test_regression_welcome_of_an_initiative_given_to_the_one_who_rejected_it(parser):
    # an object pronoun in a clause contrasted with the one before goes back to that clause's object, a thing
    got = triples(parser, "أعلنت موسكو مبادرة للتهدئة في ليبيا. ورفضت حكومة الوفاق المبادرة، بينما رحبت بها فرنسا.")
    assert ("GNA", "opposes", "Russia") in got and ("France", "supports", "GNA") not in got


@pytest.mark.parametrize("text, expected", [
    # an operation or initiative launched by a named actor, named bare again later, is that actor's
    ("أطلقت فرنسا عملية عسكرية في الساحل الليبي. وانتقدت حكومة الوفاق العملية بشدة.", {("GNA", "opposes", "France")}),
    # statements pointed back to with a demonstrative are those of the actor they were named with
    ("أشاد مجلس النواب الليبي بتصريحات الرئيس المصري. كما أعربت قطر عن رفضها لهذه التصريحات.",
     {("HoR", "supports", "Egypt"), ("Qatar", "opposes", "Egypt")}),
    # (an operation nobody was said to launch is nobody's)
    ("انطلقت عملية عسكرية قرب سرت. وانتقدت حكومة الوفاق العملية.", set()),
])
def test_regression_act_named_bare_again_lost_its_author(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a stance masdar's object behind «لـ» on the actor's presence («لوجود X»): against the one present
    ("وجددت السفارة الأمريكية انتقادها لوجود مرتزقة فاغنر.", {("US", "opposes", "Russia")}),
    ("وأبدت أثينا قلقها لوجود قوات تركية في طرابلس.", {("Greece", "opposes", "Turkey")}),
])
def test_a_stance_on_an_actors_presence_behind_lam(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an obligation to go away («الرحيل», «أن يرحلوا/يغادروا»), laid on an actor or its people, opposes it
    ("وقال المسماري إن على الأتراك أن يرحلوا من ليبيا.", {("LNA", "opposes", "Turkey")}),
    ("وقال الوزير الأمريكي إن على مرتزقة فاغنر الرحيل فورا.", {("US", "opposes", "Russia")}),
    ("وأكد الرئيس الفرنسي أنه يجب على القوات التركية أن ترحل عن ليبيا.", {("France", "opposes", "Turkey")}),
])
def test_an_obligation_to_go_away(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the stance verb's subject is one word right before the act named bare: it holds the stance all the same
    ("أطلق الاتحاد الأوروبي عملية بحرية لمراقبة حظر السلاح. ورفضت تركيا العملية.", {("Turkey", "opposes", "EU")}),
    ("طرح الرئيس الفرنسي مبادرة للتهدئة. وأيدت روما المبادرة.", {("Italy", "supports", "France")}),
])
def test_regression_a_one_word_subject_before_an_act_named_bare_held_no_stance(parser, text, expected):
    assert triples(parser, text) == expected


def test_regression_supplies_that_reach_an_actor_given_to_the_critic(parser):
    # what «التي تصل إلى» says arrives has no sender named: not the clause's subject
    got = triples(parser, "وانتقدت أنقرة المهمة الأوروبية، معتبرة أنها تتجاهل الإمدادات التي تصل إلى قوات حفتر عبر "
                          "الحدود.")
    assert not any(r == "supports" for s, r, t in got)


def test_regression_accusation_with_no_actor_after_it_crashed(parser):
    # (IndexError: an accusation verb with a dropped subject and no accused named before the charge)
    assert triples(parser, "واتهم بإرسال مرتزقة لدعم حفتر.") == set()


@pytest.mark.parametrize("text, expected", [
    # media close to an actor accuse the actor after them, also in a clause after «في حين»
    ("استقبل الرئيس التركي في أنقرة رئيس المجلس الرئاسي فايز السراج، في حين تتهم صحف مقربة من القاهرة أنقرة "
     "بإرسال السلاح إلى حكومة الوفاق.",
     {("met", frozenset(("Turkey", "GNA"))), ("Egypt", "opposes", "Turkey"), ("Turkey", "supports", "GNA")}),
    # the verb after «في حين» has its subject after it: the accused are its objects, the charge no deed of its own
    ("وتقول أبوظبي إنها تدعم الحل السياسي، في حين تتهم الدوحة الإمارات ومصر بتأجيج الحرب عبر دعم حفتر عسكريا.",
     {("Qatar", "opposes", "UAE"), ("Qatar", "opposes", "Egypt"), ("UAE", "supports", "LNA"),
      ("Egypt", "supports", "LNA")}),
    # a backing phrase closing a clause after «في حين» backs that clause's subject
    ("انتقل مجلس النواب إلى طبرق، في حين كان حفتر قد أطلق عملية عسكرية في بنغازي، بدعم من القاهرة وأبوظبي.",
     {("Egypt", "supports", "LNA"), ("UAE", "supports", "LNA")}),
])
def test_regression_clause_after_while_took_an_actor_before_it(parser, text, expected):
    assert _undirected(triples(parser, text)) == expected


def test_regression_meeting_not_ruled_out_in_quotation_marks_read_as_held(parser):
    assert triples(parser, "وقال مسؤول في الكرملين للصحفيين إن موسكو \"لا تستبعد\" لقاء بين لافروف وحفتر.") == set()


@pytest.mark.parametrize("text, expected", [
    # «رعاها» (sponsored it) is no «رعاة» (sponsors), whose letters it holds
    ("وقع السراج الاتفاق بعد مفاوضات غير مباشرة رعاها وزير الخارجية الألماني هايكو ماس.", set()),
    ("ويرى محللون أن رعاة حفتر الإقليميين كالإمارات ومصر لن يتخلوا عنه.",
     {("UAE", "supports", "LNA"), ("Egypt", "supports", "LNA")}),
])
def test_regression_verb_sponsored_it_read_as_the_plural_sponsors(parser, text, expected):
    assert triples(parser, text) == expected


def test_regression_the_latter_after_forces_named_for_their_leader_took_another_actor(parser):
    got = triples(parser, "وكشف تقرير أممي عن تدفق السلاح إلى قوات حفتر، وأن شركة روسية زودت الأخير بطائرات مسيرة.")
    assert got == {("Russia", "supports", "LNA")}


def test_regression_dual_verb_read_in_a_verb_with_its_object_pronoun(parser):
    # «أفقدتها» ends in the pronoun «ـها», no dual; and ground lost «لصالح» actors is no side taken for them
    got = triples(parser, "استقبل وزير الخارجية الإيطالي نظيره المصري في روما. ويرى مراقبون أن سياسة روما المترددة "
                          "أفقدتها الكثير من تأثيرها لصالح باريس وأنقرة.")
    assert _undirected(got) == {("met", frozenset(("Italy", "Egypt")))}


def test_regression_ground_lost_to_a_side_read_as_siding_with_it(parser):
    assert triples(parser, "وخسرت قوات حكومة الوفاق مواقع عدة جنوب سرت لصالح قوات حفتر.") == set()


def test_regression_accusative_noun_read_as_a_dual_verb(parser):
    # «جدلا واسعا» is a noun with its adjective, no dual verb whose subject is the pair that met
    got = triples(parser, "أثارت الزيارة التي قام بها الرئيس الفرنسي إلى القاهرة، حيث التقى نظيره عبد الفتاح السيسي، "
                          "جدلا واسعا في الأوساط الليبية، بعدما قال ماكرون إن تونس ستكون جزءا من جهود دعم "
                          "حكومة الوفاق.")
    assert _undirected(got) == {("met", frozenset(("France", "Egypt")))}


def test_regression_call_recalled_behind_a_preposition_read_as_a_new_one(parser):
    got = triples(parser, "وبينما رحبت القاهرة والرياض بالموقف الأمريكي الجديد، عبّر مسؤولون في حكومة الوفاق عن "
                          "«صدمتهم» من الاتصال.")
    assert not any(r == "called" for _, r, _ in got)


def test_regression_participle_after_a_comma_gave_the_deed_to_an_actor_named_between(parser):
    got = triples(parser, "وافق مجلس النواب الليبي على قرار يدعو القوات المسلحة المصرية إلى حماية الأمن القومي الليبي "
                          "والمصري، معتبرا أن التدخل التركي يهدد البلدين.")
    assert ("HoR", "opposes", "Turkey") in got and ("Egypt", "opposes", "Turkey") not in got


def test_regression_what_he_called_the_role_hid_its_owner(parser):
    # «بما وصفه بـ…» stands for the thing so called
    got = triples(parser, "ورحب المجلس الرئاسي بما وصفه بـ«الموقف الجزائري»، كما أشاد السراج بما وصفه بالدور الإيجابي "
                          "لتركيا.")
    assert got == {("GNA", "supports", "Turkey")}


def test_regression_accusations_pointed_back_to_given_to_the_previous_source(parser):
    # «هذه الاتهامات» are those told before, not the previous source's
    got = triples(parser, "وذكر تقرير أممي أن الإمارات أرسلت أسلحة إلى حفتر، وأن شركات روسية زودت الأخير بالمرتزقة، "
                          "فيما نفت أبوظبي هذه الاتهامات.")
    assert ("Russia", "opposes", "UAE") not in got


def test_regression_joint_meeting_of_ministers_gave_only_the_first_its_partners(parser):
    # a meeting with the officials of several actors as its «لـ» genitive: they all met each other, and one more
    # side listed «إلى جانب» after them met them all
    got = _undirected(triples(parser, "استضافت أثينا، الخميس، اجتماعا لوزراء خارجية اليونان وقبرص ومصر، إلى جانب "
                                      "وزير الخارجية الإيطالي."))
    sides = ("Greece", "Cyprus", "Egypt", "Italy")
    assert got == {("met", frozenset((a, b))) for i, a in enumerate(sides) for b in sides[i + 1:]}


@pytest.mark.parametrize("text", [
    # the group named again by a plural («الوزراء الأربعة», «الدول الأربع»): all its members take the stance
    "اجتمع وزراء خارجية اليونان وقبرص ومصر في أثينا. وأصدر الوزراء الثلاثة بيانا مشتركا اعتبروا فيه أن المذكرة "
    "الموقعة بين أنقرة وحكومة الوفاق باطلة.",
    "أدانت اليونان وقبرص ومصر التدخل العسكري التركي في ليبيا. كما جددت الدول الثلاث رفضها للاتفاق البحري الموقع "
    "بين تركيا وحكومة الوفاق.",
])
def test_regression_group_named_again_by_a_plural_took_one_member(parser, text):
    got = triples(parser, text)
    assert {(s, "opposes", t) for s in ("Greece", "Cyprus", "Egypt") for t in ("Turkey", "GNA")} <= got
    assert ("GNA", "opposes", "Turkey") not in got and ("Turkey", "opposes", "GNA") not in got


def test_regression_prime_minister_read_as_the_ministers_of_a_group(parser):
    # «رئيس الوزراء» is a title, no plural naming the group that met before
    got = triples(parser, "اجتمع وزراء خارجية اليونان وقبرص ومصر في أثينا. وقالت الحكومة الليبية برئاسة رئيس "
                          "الوزراء المدعوم من الأمم المتحدة إنها ترفض التدخل التركي.")
    assert not any(s in ("Greece", "Cyprus", "Egypt") and r == "supports" for s, r, t in got)


@pytest.mark.parametrize("text, expected", [
    # honorifics before a host's name, his own titles and a phrase of where and when before the guest
    ("أبوظبي (وام) - استقبل صاحب السمو الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي، في قصر الشاطئ اليوم، رئيس "
     "مجلس النواب الليبي عقيلة صالح. وأشاد سموه بالجهود التي يبذلها مجلس النواب.",
     {("met", frozenset(("UAE", "LNA"))), ("UAE", "supports", "HoR")}),
    ("الدوحة (قنا) - استقبل سمو الشيخ تميم بن حمد أمير دولة قطر المفدى، بمكتبه في قصر الوجبة ظهر اليوم، "
     "فخامة السيد فايز السراج رئيس المجلس الرئاسي.", {("met", frozenset(("Qatar", "GNA")))}),
])
def test_regression_gulf_agency_reception_with_honorifics_found_no_meeting(parser, text, expected):
    # («سموه», his highness, is the one last named with an honorific)
    assert _undirected(triples(parser, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a preposition written apart and quotation marks before the role praised
    ("أجرى الرئيس الروسي اتصالا هاتفيا بالمشير خليفة حفتر، أشاد خلاله بـ«دوره في مكافحة الإرهاب».",
     {("called", frozenset(("Russia", "LNA"))), ("Russia", "supports", "LNA")}),
    ("وأثنى رئيس المجلس الرئاسي على «الدور الإيجابي» لإيطاليا في دعم الحوار.", {("GNA", "supports", "Italy")}),
    # a deed behind «بـ» that a verb of describing calls the thing it takes as its object
    ("وهاجم المتحدث باسم الجيش الوطني الليبي أحمد المسماري القرار، واصفا الوجود العسكري التركي بـ«الاحتلال».",
     {("LNA", "opposes", "Turkey")}),
])
def test_regression_quotation_marks_and_a_detached_preposition_hid_the_object(parser, text, expected):
    assert _undirected(triples(parser, text)) == expected


def test_regression_long_title_before_the_name_left_the_verb_without_subject(parser):
    got = triples(parser, "انتقد مفوض الشؤون الخارجية والأمنية بالاتحاد الأوروبي جوزيب بوريل الدعم الإماراتي "
                          "لحفتر.")
    assert ("EU", "opposes", "UAE") in got


def test_regression_demand_to_lift_a_blockade_read_as_another_act(parser):
    # «برفع الإغلاق»: an act whose genitive is a required one («الإغلاق», «الحصار») ends it; past a long subject
    # list and an aside
    got = triples(parser, "طالبت حكومات فرنسا وألمانيا وإيطاليا والولايات المتحدة وبريطانيا، في بيان مشترك، قوات حفتر "
                          "برفع الإغلاق المفروض على الحقول النفطية.")
    assert got == {(s, "opposes", "LNA") for s in ("France", "Germany", "Italy", "US", "UK")}


def test_regression_accusation_after_also_took_the_object_before_for_its_subject(parser):
    # after «كما» the accuser goes on; the list accused of backing «him» backs the one named before
    got = triples(parser, "اتهم الرئيس الفرنسي إيمانويل ماكرون المشير خليفة حفتر بخرق الهدنة، كما اتهم قطر ومرتزقة "
                          "سوريين بدعمه.")
    assert got == {("France", "opposes", "LNA"), ("France", "opposes", "Qatar"), ("Qatar", "supports", "LNA")}


def test_regression_person_before_who_was_not_the_relative_verbs_subject(parser):
    got = triples(parser, "وقال مسؤول في الخارجية الأمريكية ردا على وزير الداخلية في حكومة الوفاق فتحي باشاغا الذي "
                          "اتهم باريس بدعم «المجرم حفتر» عسكريا.")
    assert {("GNA", "opposes", "France"), ("France", "supports", "LNA")} <= got


def test_regression_reception_past_the_hosts_title_in_commas_found_no_guest(parser):
    got = triples(parser, "استقبل سمو الشيخ عبدالله بن زايد آل نهيان، وزير الخارجية والتعاون الدولي، معالي سامح شكري "
                          "وزير خارجية جمهورية مصر العربية.")
    assert _undirected(got) == {("met", frozenset(("UAE", "Egypt")))}


def test_regression_accusative_of_purpose_after_a_comma_lost_the_clauses_subject(parser):
    got = triples(parser, "صادق البرلمان التركي على مذكرة رئاسية بتمديد مهام القوات التركية في ليبيا عاما كاملا، دعما "
                          "لحكومة الوفاق.")
    assert got == {("Turkey", "supports", "GNA")}


def test_regression_meeting_not_ruled_out_with_a_subject_and_a_masdar_between_read_as_held(parser):
    assert triples(parser, "ولم يستبعد وزير الخارجية الإيطالي عقد لقاء يجمع السراج وحفتر في روما.") == set()


def test_regression_accusing_participle_read_as_a_dual_pronoun(parser):
    # «متهما» ends in the letters of «ـهما» but names no pair: the speaker accuses, not the pair that met
    got = triples(parser, "قال الرئيس الفرنسي إيمانويل ماكرون، في مؤتمر صحفي مشترك مع نظيره التونسي قيس سعيد في باريس، "
                          "إن روسيا تلعب دورا سلبيا في ليبيا، متهما إياها بإرسال مرتزقة إلى حفتر.")
    assert ("Tunisia", "opposes", "Russia") not in got and ("France", "opposes", "Russia") in got


def test_regression_relative_clause_with_object_pronoun_on_a_person_found_no_host(parser):
    # «…، الذي استقبله …»: no actor after the verb, the person the clause is on received the one named before
    got = triples(parser, "وثمن عقيلة صالح موقف الرئيس عبد الفتاح السيسي، الذي استقبله في وقت سابق من اليوم بقصر "
                          "الاتحادية.")
    assert _undirected(got) == {("LNA", "supports", "Egypt"), ("met", frozenset(("Egypt", "LNA")))}


@pytest.mark.parametrize("text, expected", [
    ("وقال وزير الخارجية اليوناني إن أثينا تقدر الدور الذي يضطلع به الجيش الوطني الليبي في مكافحة الإرهاب.",
     {("Greece", "supports", "LNA")}),
    ("وقدر السراج الدور التركي في صد العدوان.", {("GNA", "supports", "Turkey")}),
    # («قدر» alone is "estimated")
    ("وقدرت الأمم المتحدة عدد النازحين من طرابلس بمئة ألف.", set()),
])
def test_appreciating_an_actors_role(parser, text, expected):
    assert triples(parser, text) == expected


def test_regression_speech_joined_after_a_meeting_gave_the_charge_to_the_guest(parser):
    # «وقال» joined after a comma with no subject goes on with the host; «عقب اللقاء» recalls the meeting told
    got = triples(parser, "والتقى السفير البريطاني لدى ليبيا وزير الخارجية محمد سيالة في طرابلس، وقال عقب اللقاء إن "
                          "التصعيد الذي تقوم به قوات حفتر يهدد المدنيين.")
    assert _undirected(got) == {("met", frozenset(("UK", "GNA"))), ("UK", "opposes", "LNA")}


def test_regression_epithet_in_what_a_warning_says_had_no_speaker(parser):
    # «حذر … من أن …»: the one who warns says what follows, its epithets too
    got = triples(parser, "وحذر الرئيس التركي رجب طيب أردوغان من أن بلاده لن تتردد في تلقين الانقلابي حفتر درسا قاسيا.")
    assert got == {("Turkey", "opposes", "LNA")}


def test_regression_accusation_joined_after_what_a_speaker_said_took_the_accused_for_accuser(parser):
    got = triples(parser, "قال فايز السراج رئيس المجلس الرئاسي لحكومة الوفاق ، ان حكومته لن تجلس مجددا مع حفتر بعد ما "
                          "ارتكبه من جرائم في الجنوب، واتهم روسيا ومصر بتزويد قوات الاخير بالسلاح.")
    assert {("GNA", "opposes", "Russia"), ("GNA", "opposes", "Egypt")} <= got
    assert ("Russia", "opposes", "GNA") not in got and ("Egypt", "opposes", "GNA") not in got


def test_regression_dual_verb_after_a_joint_subject_took_the_pair_that_met(parser):
    # the two sources of one stance are the pair a dual verb after them names, not the pair that met before
    got = triples(parser, "أعلن الرئيس المصري، اليوم، عن مبادرة جديدة خلال مؤتمر صحفي مع المستشار عقيلة صالح. ورحبت كل "
                          "من الإمارات والسعودية بالمبادرة المصرية وأكدتا دعمهما الكامل لجهود القاهرة.")
    assert ("LNA", "supports", "Egypt") not in got and ("UAE", "supports", "Egypt") in got


def test_regression_name_with_its_adjective_ended_a_list_and_one_member_judged_the_other(parser):
    # «قبرص الرومية ومصر»: one list, whose members say the agreement is void, not Cyprus of Egypt
    got = triples(parser, "وأعربت الخارجية اليونانية عن رفضها الشديد للمذكرة البحرية الموقعة بين تركيا وحكومة الوفاق، "
                          "كما أعلنت قبرص الرومية ومصر انها \"لا اثر قانوني لها\".")
    assert ("Cyprus", "opposes", "Egypt") not in got
    assert {(s, "opposes", t) for s in ("Greece", "Cyprus", "Egypt") for t in ("Turkey", "GNA")} <= got


def test_regression_what_an_event_does_in_a_reported_clause_given_to_the_speaker(parser):
    # «إن الاتصال يعطي …»: the clause after «إن» opens on an event told before, its own subject
    got = triples(parser, "وقال مسؤول في حكومة الوفاق ان الاتصال \"يعطي ضوءا اخضر لعدوان حفتر على العاصمة\".")
    assert ("GNA", "supports", "LNA") not in got


def test_regression_joined_speech_verb_took_the_genitive_ending_the_clause_for_speaker(parser):
    got = triples(parser, "جدد وزير الخارجية الإماراتي دعم بلاده لمبادرة اعلان القاهرة، وقال في تغريدة ان على انقرة "
                          "الكف عن ارسال المرتزقة الى ليبيا.")
    assert ("UAE", "opposes", "Turkey") in got and ("Egypt", "opposes", "Turkey") not in got


def test_regression_dual_object_of_a_reception_read_as_a_dual_subject(parser):
    # «استقبل المشري الوزيرين»: the dual right after the subject is the object, no pair praising each other
    got = triples(parser, "التقى رئيس المجلس الرئاسي في طرابلس وزيري الدفاع التركي والقطري. كما استقبل رئيس المجلس "
                          "الاعلى للدولة خالد المشري الوزيرين واشاد بدور تركيا وقطر في دحر العدوان.")
    assert {("GNA", "supports", "Turkey"), ("GNA", "supports", "Qatar")} <= got
    assert ("Turkey", "supports", "Qatar") not in got


def test_regression_expected_meeting_and_relative_clause_with_its_own_subject_read_as_held(parser):
    # «يُنتظر أن يجتمع»: expected, not held; «الذي تتهمه طرابلس»: the noun after the verb is its subject
    got = triples(parser, "وفي باريس، يُنتظر أن يجتمع السراج اليوم بالرئيس إيمانويل ماكرون، الذي تتهمه طرابلس "
                          "بالانحياز إلى المشير حفتر.")
    assert not any(r == "met" for _, r, _ in got) and ("France", "opposes", "GNA") not in got


def test_regression_welcome_of_an_operation_rejected_behind_la_given_to_the_rejecter(parser):
    # an object pronoun after «فيما» goes back to the thing a masdar rejected, not to the rejecter; arrivals
    # «التي تصل» are sent by nobody named, and «تصل» is no call
    got = triples(parser, "أطلقت فرنسا مهمة بحرية جديدة. وانتقدت حكومة الوفاق المهمة، معتبرة أنها تغض الطرف عن "
                          "الأسلحة الروسية والمصرية التي تصل إلى حفتر. كما أبدت أنقرة رفضها للمهمة، فيما رحبت بها "
                          "اليونان.")
    assert ("Greece", "supports", "Turkey") not in got and not any(r == "called" for _, r, _ in got)
    assert ("GNA", "supports", "LNA") not in got


def test_regression_masdar_with_its_own_genitive_given_to_the_group_named_before(parser):
    got = triples(parser, "اجتمع وزراء خارجية فرنسا وألمانيا وإيطاليا في روما. وأكد الوزراء الثلاثة دعم الاتحاد "
                          "الأوروبي للحكومة الليبية الجديدة.")
    assert not any(t == "EU" for _, _, t in got)


def test_regression_meeting_to_take_part_in_and_scheduled_read_as_held(parser):
    assert triples(parser, "وصل وفد من حكومة الوفاق إلى مدينة غدامس للمشاركة في اجتماع مع ممثلين عن الجيش الوطني "
                           "الليبي من المقرر أن يعقد غدا.") == set()


def test_regression_protest_against_a_reception_given_to_the_host_of_the_clause_before(parser):
    # after «في حين» the protest is the new clause's subject's, and a reception protested is its host's act;
    # the visit called off past the subject's long name is none
    got = triples(parser, "استقبل رئيس الوزراء اليوناني المشير خليفة حفتر في أثينا، في حين ألغى رئيس حكومة الوفاق "
                          "فائز السراج زيارة إلى اليونان احتجاجا على استقبال حفتر.")
    assert _undirected(got) == {("met", frozenset(("Greece", "LNA"))), ("GNA", "opposes", "Greece")}


def test_regression_officials_of_a_state_joined_to_a_subject_read_as_its_object(parser):
    assert triples(parser, "رحب الاتحاد الأوروبي ووزراء خارجية فرنسا وألمانيا بتشكيل الحكومة الليبية الجديدة.") == set()


def test_regression_partner_in_a_deed_read_as_an_ally(parser):
    # a partner in a deed with no doer named is charged with it by the speaker, no ally of anyone
    got = triples(parser, "وقال باشاغا إن أبوظبي شريك مباشر في العدوان على طرابلس.")
    assert got == {("GNA", "opposes", "UAE")}


@pytest.mark.parametrize("text", [
    "وقال وزير الداخلية الإيطالي إنه بحث مع نظيره الليبي فتحي باشاغا التعاون في مكافحة الهجرة غير الشرعية.",
    "وأكد السراج للوزير التركي أن حكومته تواصل ملاحقة تجار الأسلحة غير القانونية.",
])
def test_regression_an_adjective_of_a_thing_read_as_a_predicate_about_an_actor(parser, text):
    # «الهجرة غير الشرعية» is illegal migration: the definite «غير ال…» describes the noun before it
    assert not {c for c in rule_claims(parser, text) if c[3] == "predicate"}


def test_regression_promised_troops_read_as_support_given(parser):
    # promises («وعود»، «تعهدات») of a masdar phrase are a support still to come, as an intention is
    got = triples(parser, "وجاء ذلك بعد وعود روسية بإرسال مقاتلين لدعم قوات حفتر.")
    assert not any(r == "supports" for _, r, _ in got)


def test_allied_participle_backs_the_one_it_is_allied_with_one_way(parser):
    got = triples(parser, "واستقبل الوزير نوابا من البرلمان الليبي المتحالف مع المشير حفتر.")
    assert got == {("HoR", "supports", "LNA")}


def test_a_predicate_is_about_the_actor_a_participle_modifies_not_its_object(parser):
    got = triples(parser, "وقال السراج إن البرلمان الليبي المتحالف مع المشير حفتر فاقد للشرعية.")
    assert ("GNA", "opposes", "HoR") in got and ("GNA", "opposes", "LNA") not in got


def test_a_call_closing_the_sentence_is_between_the_first_verbs_coordinated_subject(parser):
    got = rule_claims(parser, "واتفق وزير الخارجية المصري سامح شكري ونظيره الفرنسي جان إيف لودريان على تثبيت الهدنة "
                              "في ليبيا، واستئناف المسار السياسي، خلال اتصال هاتفي مساء الاثنين.")
    assert ("Egypt", "called", "France", "during") in got


@pytest.mark.parametrize("text, expected", [
    ("وسمحت مصر للطائرات الإماراتية باستخدام قاعدة سيدي براني.", {("Egypt", "supports", "UAE")}),
    ("وأكد التقرير أن القاهرة سمحت لأبوظبي باستخدام أجوائها لنقل الأسلحة إلى حفتر.", {("Egypt", "supports", "UAE")}),
    # (the agreement allows it: the subject of the relative clause on it is not the verb's subject)
    ("وقال البرلمان إن المذكرة التي أبرمها باشاغا تسمح لأنقرة باستخدام المطارات الليبية.", set()),
])
def test_letting_an_actor_use_ones_bases_backs_it(parser, text, expected):
    got = {c for c in triples(parser, text) if c[0] == "Egypt" or c[0] == "GNA"}
    assert {c for c in got if c[2] in ("UAE", "Turkey")} == expected


def test_regression_a_verb_joined_to_a_committees_verb_given_to_the_salient_actor(parser):
    got = triples(parser, "وامتنعت روسيا عن التصويت على القرار. وتتشكل هذه الهيئة من عشرة ضباط، وتجتمع مع المبعوث "
                          "الأممي شهريا.")
    assert not any(r == "met" for _, r, _ in got)


@pytest.mark.parametrize("text", [
    "لكن المصدر لم يستطع تأكيد ما إذا كان ماكرون تحدث هاتفيا مع السراج.",
    "ولم تؤكد الخارجية المصرية أن السيسي التقى حفتر في القاهرة.",
])
def test_what_a_source_could_not_confirm_is_not_asserted(parser, text):
    assert triples(parser, text) == set()


@pytest.mark.parametrize("text", [
    "ومنعت موسكو أمس صدور إعلان لمجلس الأمن يطالب أنقرة بسحب مرتزقتها من ليبيا.",
    # (the reason after the comma names no one the blocker opposes)
    "وعرقلت روسيا صدور البيان، لأن قرارات مجلس الأمن تتطلب الإجماع.",
])
def test_regression_a_statement_prevented_past_its_day_read_as_the_blockers_demand(parser, text):
    assert triples(parser, text) == set()


def test_regression_a_bare_title_in_construct_read_as_its_one_holder(parser):
    # «رئيسة» alone is on record for one person only; «رئيسة مجلس …» heads something else
    text = "والتقى عقيلة صالح في موسكو رئيسة لجنة الدفاع في الدوما الروسي."
    mentions = default_matcher().find(words_of(parser.parse(text)[0], text), None)
    assert "Williams" not in {m.actor for m in mentions}
    assert not any(t == "UN" for _, _, t in triples(parser, text))


@pytest.mark.parametrize("text, expected", [
    ("وتأتي زيارة الوزير التركي إلى طرابلس بعد عام من عدوان حفتر على العاصمة.", set()),
    ("وتفتح الزيارة صفحة جديدة بين حكومة الوفاق وفرنسا بعد أن كانت الأخيرة داعمة للمشير حفتر إبان عدوانه على "
     "العاصمة.", None),
    # (a reported speaker's word for it is still a stance; and he charges the backer of his enemy: kg.accusations)
    ("وقال السراج إن فرنسا دعمت حفتر إبان عدوانه على العاصمة.",
     {("GNA", "opposes", "LNA"), ("GNA", "opposes", "France")}),
])
def test_a_deed_that_dates_the_clause_is_no_stance_of_the_actors_around_it(parser, text, expected):
    got = {c for c in triples(parser, text) if c[1] == "opposes"}
    assert got == (expected or set())


def test_regression_a_masdar_in_a_relative_clause_given_to_the_sentences_subject(parser):
    got = triples(parser, "وزار حفتر روما لبحث الأزمة مع الحكومة الإيطالية، التي تخوض خلافا مع فرنسا بشأن ليبيا.")
    assert ("LNA", "opposes", "France") not in got and ("France", "opposes", "LNA") not in got


def test_resolve_of_an_actor_on_a_masdar_after_fi_is_that_actors(parser):
    got = triples(parser, "وأكد الرئيس الروسي عزم موسكو في دعم حفتر والبرلمان الليبي.")
    assert {("Russia", "supports", "LNA"), ("Russia", "supports", "HoR")} <= got


def test_warlord_before_a_name_is_its_title_so_the_marker_is_the_names(parser):
    assert ("France", "supports", "LNA") in triples(parser, "وقال السراج إن باريس كانت داعمة بشدة لأمير الحرب حفتر.")


def test_a_comma_closing_a_relative_clause_on_the_one_asked_keeps_the_demand(parser):
    got = triples(parser, 'وكان الاتحاد الأوروبي عقد اجتماعا طارئا، أصدر في ختامه بيانا دعا فيه "القوات التركية" التي '
                          'تنتشر غرب ليبيا، إلى الانسحاب من البلاد.')
    assert ("EU", "opposes", "Turkey") in got


def test_regression_forces_allied_with_another_side_read_as_the_forces_named_before(parser):
    # «والقوات المتحالفة مع …» is another side's forces, not an anaphor of the forces just named
    assert triples(parser, "واندلعت اشتباكات بين قوات شرق ليبيا والقوات المتحالفة مع الحكومة في طرابلس.") == set()


@pytest.mark.parametrize("text, expected", [
    ("واقترحت فرنسا فرض عقوبات على المرتزقة، لكن روسيا اعترضت على ذلك.", {("Russia", "opposes", "France")}),
    ("وأعلنت تركيا إرسال قوات إلى ليبيا. ورحبت حكومة الوفاق بذلك.", {("GNA", "supports", "Turkey")}),
    # (a subject not named, and a resumptive «وذلك», point back to nobody)
    ('وقال باشاغا: "إذا أرادت واشنطن إقامة منشأة هنا، فلن نرفض ذلك".', set()),
    ("وقال الوزير إن بلاده لن تتدخل، وذلك خلال لقائه نظيره الفرنسي.", set()),
])
def test_a_bare_demonstrative_object_points_back_to_the_clause_before(parser, text, expected):
    got = {c for c in rule_claims(parser, text) if c[3] == "act-recalled"}
    assert {c[:3] for c in got} == expected


@pytest.mark.parametrize("text, expected", [
    ("ودعا مشروع القرار الذي قدمته بريطانيا إلى محاسبة حفتر.", ("UK", "opposes", "LNA")),
    ("وقال دبلوماسيون إن مشروع القرار الذي قدمته بريطانيا يدعو إلى محاسبة حفتر.", ("UK", "opposes", "LNA")),
])
def test_a_document_whose_author_a_relative_clause_names_speaks_for_its_author(parser, text, expected):
    assert expected in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    ("وتبنى مجلس الأمن قرارا جديدا بشأن ليبيا. ويطالب القرار تركيا بسحب قواتها من ليبيا.", ("UN", "opposes", "Turkey")),
    # (adopted behind «على», past the day set off by commas; the deed it condemns quoted, its doer behind «من جانب»)
    ('وصادق مجلس الأمن، اليوم، على مشروع قرار جديد. ويستنكر القرار "الإغلاق الذي فرض على الحقول النفطية" من '
     'جانب قوات حفتر.', ("UN", "opposes", "LNA")),
])
def test_the_resolution_named_again_is_the_body_that_adopted_it(parser, text, expected):
    assert expected in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    # (a dual pronoun with no one after it: the coordinated subject)
    ("ووقع أردوغان والسراج مذكرتي تفاهم خلال لقاء جمعهما في إسطنبول.", {("met", frozenset(("Turkey", "GNA")))}),
    # (the imperfect with no meeting before it, and a meeting only hoped for, are none)
    ("ويجمع المراقبون على أن الحل في ليبيا سياسي، ويأمل السراج في لقاء يجمعه بحفتر.", set()),
    # (nobody named as the clause's subject: nobody met those present)
    ("وجرت مراسم التسليم في طرابلس بحضور عدد من السفراء وأعضاء المجلس الرئاسي.", set()),
    # (the verb the phrase tells of is the relative clause's: its subject met the one present)
    ("وأكد أمير قطر دعم بلاده للمبادرة التي أطلقها الرئيس المصري بحضور المشير خليفة حفتر.",
     {("Qatar", "supports", "Egypt"), ("met", frozenset(("Egypt", "LNA")))}),
])
def test_a_meeting_that_brought_together_or_held_in_the_presence_of(parser, text, expected):
    assert _undirected(triples(parser, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("وقال المبعوث الأمريكي إن معيتيق لعب «دورا بناء» في المفاوضات.", {("US", "supports", "GNA")}),
    # (the definite role has its player after it, in the relative clause)
    ('وأشاد شكري بـ"الدور البناء" الذي تقوم به روسيا لدعم التسوية.', {("Egypt", "supports", "Russia")}),
])
def test_a_constructive_role_said_of_an_actor_is_the_speakers_praise(parser, text, expected):
    assert {c for c in triples(parser, text) if c[1] == "supports"} == expected


@pytest.mark.parametrize("text, expected", [
    ("وقال البيت الأبيض إن ترامب أقر بالدور الكبير للمشير حفتر في مكافحة الإرهاب.", ("US", "supports", "LNA")),
    ("وأجرى ترامب اتصالا بحفتر أقر فيه بدوره في مكافحة الإرهاب.", ("US", "supports", "LNA")),
    # (a quoted role whose player a relative clause names, past «به»)
    ('وأشاد السفير الأمريكي ريتشارد نورلاند بـ"الدور البناء" الذي يقوم به عقيلة صالح في الحوار.',
     ("US", "supports", "LNA")),
])
def test_acknowledging_or_praising_an_actors_role(parser, text, expected):
    assert expected in triples(parser, text)


@pytest.mark.parametrize("text", [
    # (a definite term behind a preposition, or behind what the speaker calls it, names nobody kg knows)
    "وأكد الوزير التركي أن أنقرة تقف إلى جانب حكومة الوفاق حتى تطهير البلاد من الانقلابيين.",
    'ونددت حكومة الوفاق بما وصفته "الانقلاب على العملية السياسية".',
])
def test_regression_a_term_behind_a_preposition_read_as_a_predicate_about_the_actor_before(parser, text):
    assert not {c for c in rule_claims(parser, text) if c[3] == "predicate"}


@pytest.mark.parametrize("text, holder", [
    ("وقال الوزير اليوناني إن حفتر وافق على أن المذكرة التركية الليبية باطلة ولاغية.", "LNA"),
    ('وكانت قبرص، من جهتها، قد اعتبرت الاتفاق التركي الليبي "باطلا ولاغيا" لا يستند إلى أي أساس.', "Cyprus"),
])
def test_regression_a_predicate_of_an_agreement_given_to_the_speaker_not_its_holder(parser, text, holder):
    # «المذكرة التركية الليبية باطلة» is said by the nearest actor before the agreement, not the reporting speaker
    got = triples(parser, text)
    assert ("Greece", "opposes", "Turkey") not in got and (holder, "opposes", "Turkey") in got


def test_an_epithet_behind_a_preposition_before_a_name_is_the_speakers_word(parser):
    got = triples(parser, "وقال أردوغان إن بلاده لن تترك الأشقاء الليبيين فريسة للانقلابي حفتر ومرتزقته.")
    assert ("Turkey", "opposes", "LNA") in got


def test_a_partner_in_bloodshed_is_charged_not_an_ally(parser):
    got = triples(parser, "وقال باشاغا إن أبوظبي شريك في كل قطرة دم تسفك في طرابلس.")
    assert got == {("GNA", "opposes", "UAE")}


def test_a_purpose_after_a_comma_is_the_clause_subjects(parser):
    got = triples(parser, "وكشفت أفريكوم أن روسيا نشرت مؤخرا ما لا يقل عن 14 مقاتلة في قاعدة الجفرة، لدعم قوات حفتر.")
    assert ("Russia", "supports", "LNA") in got


@pytest.mark.parametrize("text", [
    "ودعا صالح الأمم المتحدة إلى التحقق من مصادر تمويل آلاف المرتزقة الذين جلبتهم تركيا.",
    "وقال المسماري إن القيادة العامة لن تسمح بأن تذهب عائدات النفط لتمويل المرتزقة الذين جلبتهم حكومة الوفاق.",
])
def test_regression_funding_armed_men_read_as_backing_the_one_who_brought_them(parser, text):
    assert not any(r == "supports" for _, r, _ in triples(parser, text))


def test_regression_a_pronoun_after_fi_hin_read_as_the_actor_instead_of_the_thing_doubted(parser):
    got = triples(parser, "وشكك أردوغان في صمود الاتفاق، قائلا إنه يفتقر إلى المصداقية، في حين رحبت به كل من مصر "
                          "والإمارات وفرنسا.")
    assert not any(t == "Turkey" for _, _, t in got)


@pytest.mark.parametrize("text, expected", [
    ("ويأتي ذلك بعد أسابيع من لقاء جمع السفير الأمريكي ريتشارد نورلاند برئيس حكومة الوفاق فائز السراج في زوارة.",
     {("met", frozenset(("US", "GNA")))}),
    ("ووقع الطرفان الاتفاق خلال اجتماع ضم الوزير التركي خلوصي أكار والوزير القطري خالد العطية.",
     {("met", frozenset(("Turkey", "Qatar")))}),
    # (the imperfect tells of a meeting to come)
    ("ولم يستبعد الوزير الألماني عقد لقاء يجمع السراج وحفتر في وقت لاحق.", set()),
])
def test_regression_a_title_with_its_preposition_unsplit_lost_its_marker(parser, text, expected):
    # «برئيس» left whole by the tokenizer: the «بـ» opens the name's title phrase
    assert {c for c in _undirected(triples(parser, text)) if c[0] == "met"} == expected


def test_regression_a_denied_media_report_read_as_an_asserted_support(parser):
    # what the media circulated («ما تداولته وسائل إعلام بشأن …»), denied past an aside in commas, is denied whole
    text = "وكانت الرئاسة التونسية قد نفت، في بلاغ سابق، ما تداولته وسائل إعلام أجنبية بشأن سماح تونس لأنقرة " \
        "باستعمال مطار جربة لإيصال إمدادات عسكرية إلى قوات الوفاق."
    got = claims_with_polarity(parser, text)
    assert got and all(neg for *_, neg in got)


def test_a_relative_clause_past_a_comma_goes_back_to_the_name_before_it(parser):
    got = _undirected(triples(parser, "واتهم الرئيس الفرنسي تركيا بتحمل مسؤولية تاريخية، وذلك خلال مؤتمر صحفي عقده في "
                                      "باريس إلى جانب نظيره التونسي قيس سعيد، الذي يؤدي أول زيارة رسمية له إلى فرنسا."))
    assert ("met", frozenset(("France", "Tunisia"))) in got


@pytest.mark.parametrize("text, expected", [
    # (a quoted role, named «بما وصفه بـ», whose player a relative clause names past the trigger's window)
    ('وأشاد الوزير الألماني بما وصفه بـ"الدور البناء" الذي تضطلع به القاهرة.', ("Germany", "supports", "Egypt")),
    # (the epithet alone in quotation marks between a masdar and its genitive)
    ('واتهمت أنقرة باريس بدعم "الانقلابي" حفتر.', ("France", "supports", "LNA")),
])
def test_quotation_marks_around_a_role_or_an_epithet_keep_the_construction(parser, text, expected):
    assert expected in triples(parser, text)


def test_signers_set_off_from_their_agreement_by_where_it_was_signed_are_its_parties(parser):
    text = ("وقع الرئيس التركي رجب طيب أردوغان ورئيس المجلس الرئاسي فايز السراج، خلال لقاء جمعهما في قصر الرئاسة "
            "بالعاصمة التركية، مذكرتي تفاهم. كما دانت كل من مصر وقبرص الاتفاقين.")
    got = triples(parser, text)
    assert {("Egypt", "opposes", "Turkey"), ("Cyprus", "opposes", "GNA")} <= got


def test_a_demand_that_forces_leave_with_the_verb_after_an(parser):
    got = triples(parser, "وطالب المبعوث الأمريكي ريتشارد نورلاند بضرورة أن تغادر القوات التركية والروسية البلاد فورا.")
    assert {("US", "opposes", "Turkey"), ("US", "opposes", "Russia")} <= got


def test_regression_a_target_found_past_while_in_a_clause_of_its_own(parser):
    got = triples(parser, "فأنقرة ترسل جنودا لحماية طرابلس، بينما يقاتل مرتزقة فاغنر في صفوف حفتر.")
    assert ("Turkey", "supports", "LNA") not in got


def test_a_praised_role_past_where_it_was_said(parser):
    got = triples(parser, 'وأشاد ترامب في المكالمة بـ"الدور الكبير" الذي يقوم به المشير خليفة حفتر في مكافحة الإرهاب.')
    assert ("US", "supports", "LNA") in got


@pytest.mark.parametrize("text, expected", [
    ("وجدد أردوغان انتقاده لمرتزقة فاغنر الروس الذين قال إنهم يقاتلون لصالح حفتر.", {("Russia", "supports", "LNA")}),
    ("وأكد المندوب التركي أن بلاده لن تقبل مساواة قواتها بالمرتزقة الذين يقاتلون لصالح حفتر.", set()),
])
def test_a_phrase_ending_a_relative_verb_has_the_antecedent_for_subject(parser, text, expected):
    assert {c for c in triples(parser, text) if c[1] == "supports"} == expected


def test_supplies_heading_somewhere_are_sent_by_nobody_named(parser):
    got = triples(parser, "وأطلق الاتحاد الأوروبي عملية إيريني. وقالت تركيا إن العملية تستهدف الإمدادات المتجهة إلى "
                          "حكومة الوفاق.")
    assert not any(r == "supports" for _, r, _ in got)


@pytest.mark.parametrize("text, expected", [
    # (where it was said, with its possessive: «في كلمته»)
    ("وأشاد الرئيس التونسي قيس سعيد في كلمته بـ«الجهود الصادقة» التي تبذلها البعثة الأممية.",
     ("Tunisia", "supports", "UN")),
    # (a role with its nationality adjective, praised: no supply from that state)
    ("وقال السراج إن حكومته «تثمن الدور الألماني» في رعاية مسار برلين.", ("GNA", "supports", "Germany")),
])
def test_praise_of_a_role_in_a_speech_or_with_its_nationality(parser, text, expected):
    assert expected in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    # (past where it was said, set off by commas)
    ('وأشاد كونتي، في تغريدة، بما وصفه بـ"الدور البناء" للمشير خليفة حفتر.', {("Italy", "supports", "LNA")}),
    # (each of the list behind «لكل من»)
    ('وأشاد السراج بما وصفه بـ"الموقف الأخوي الصادق" لكل من تركيا وقطر.',
     {("GNA", "supports", "Turkey"), ("GNA", "supports", "Qatar")}),
])
def test_a_praised_role_whose_owner_follows_an_aside_or_each_of(parser, text, expected):
    assert expected <= triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    ("ووصف المتحدث باسم الرئاسة التركية إبراهيم قالن الخطوة المصرية بأنها «مغامرة خطيرة».",
     ("Turkey", "opposes", "Egypt")),
    # (an initiative launched before, dismissed after «أن» past the verb's subject)
    ("وأعلن السيسي مبادرة لحل الأزمة. واعتبر مسؤول في المجلس الرئاسي أن المبادرة «ولدت ميتة».",
     ("GNA", "opposes", "Egypt")),
])
def test_an_act_called_a_reckless_adventure_or_stillborn_opposes_its_author(parser, text, expected):
    assert expected in triples(parser, text)


def test_regression_a_detached_pronoun_after_a_thing_read_as_an_actor_named_before(parser):
    # «…، واصفا إياها» after a clause ending on «المبادرة» describes the initiative, not the last actor of its gender
    got = triples(parser, "واستقبل السيسي المشير خليفة حفتر، بينما أشادت الإمارات بالجهود المصرية، في حين سارع وزير "
                          "الداخلية بحكومة الوفاق إلى رفض المبادرة، واصفا إياها بأنها «ولدت ميتة».")
    assert not any(t == "UAE" and r == "opposes" for _, r, t in got)


def test_the_closest_backers_named_again_by_a_pronoun_after_a_comma(parser):
    got = triples(parser, "وجاء التحول بعد ضغوط من الشيخ محمد بن زايد والرئيس عبد الفتاح السيسي، وهما أقرب داعمي "
                          "حفتر في المنطقة.")
    assert {("UAE", "supports", "LNA"), ("Egypt", "supports", "LNA")} <= got


def test_regression_an_agent_of_a_patron_read_as_hostile_to_it(parser):
    # «عميل لأبوظبي»: an agent or puppet behind «لـ» is backed by its patron, not hostile to it
    got = triples(parser, "ووصف الوزير حفتر بأنه عميل لأبوظبي.")
    assert ("UAE", "supports", "LNA") in got and ("LNA", "opposes", "UAE") not in got


@pytest.mark.parametrize("text, expected", [
    ("وتقف الإمارات في معسكر حفتر منذ بداية الحرب.", {("UAE", "supports", "LNA")}),
    # (fronted, its clause's verb and subject after it)
    ("ففي معسكر حفتر تصطف الإمارات، بينما تدعم تركيا حكومة الوفاق.",
     {("UAE", "supports", "LNA"), ("Turkey", "supports", "GNA")}),
    # (a camp with no actor as its genitive is a place: «معسكر تدريب»)
    ("وزار الوزير المصري معسكر تدريب للقوات الخاصة.", set()),
])
def test_who_stands_in_an_actors_camp_backs_it(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وقال السراج إن الهجوم فشل، وحمّل حفتر المسؤولية الكاملة عن سقوط الضحايا.", {("GNA", "opposes", "LNA")}),
    # (the subject first when no «المسؤولية» follows: no blame, nobody the speaker opposes)
    ("وقال الوزير المصري إن الوضع خطير، وأرسلت تركيا قوات إلى طرابلس.", set()),
])
def test_blame_joined_after_a_comma_goes_on_with_the_speaker(parser, text, expected):
    assert {c for c in triples(parser, text) if c[1] == "opposes"} == expected


def test_a_further_one_met_after_a_comma_and_thumma(parser):
    got = triples(parser, "وقد التقى ماكرون، على هامش القمة، برئيس المجلس الرئاسي فائز السراج، ثم بالمشير خليفة "
                          "حفتر، كلا على حدة.")
    assert {("France", "met", "GNA"), ("France", "met", "LNA")} <= got


def test_regression_the_accuser_of_a_relative_clause_read_as_the_accused(parser):
    # «التي يتهمها تقرير لخبراء الأمم المتحدة بإرسال …»: the object pronoun is the antecedent, however far after
    # the verb its subject stands
    got = triples(parser, "والإمارات، التي يتهمها تقرير لجنة خبراء الأمم المتحدة بإرسال شحنات أسلحة إلى قوات حفتر، "
                          "نفت ذلك.")
    assert ("UAE", "supports", "LNA") in got and ("UN", "supports", "LNA") not in got


@pytest.mark.parametrize("text", [
    "دعت مصر وقبرص إلى إدانة الاتفاق البحري، ووصفته أثينا بأنه «باطل».",
    "وقعت مصر واليونان اتفاقا بحريا، وقوبل برفض تركي فوري له بوصفه «باطلا».",
])
def test_regression_a_verdict_on_what_a_pronoun_names_read_as_one_on_the_describer(parser, text):
    # «وصفته أثينا بأنه …», «بوصفه …»: the term is said of the pronoun's referent (an agreement), not of the actor
    # before the predicate
    got = triples(parser, text)
    assert not {("Cyprus", "opposes", "Greece"), ("Egypt", "opposes", "Turkey"), ("Greece", "opposes", "Turkey")} & got


@pytest.mark.parametrize("text, expected", [
    # the rival named after the noun is one side of the war: the possessor is the other side, named before it
    ("والتقى الوزير الإيطالي بالسراج، ثم بخصمه حفتر، في روما.",
     {("GNA", "met", "Italy"), ("Italy", "met", "LNA"), ("GNA", "opposes", "LNA")}),
    # with no name after it, a side's rival is the other side of its war
    ("وألغى السراج زيارته إلى روما بعدما علم بوجود خصمه في المدينة.", {("GNA", "opposes", "LNA")}),
    # (unless the noun says which rivals: his political rivals are not the other side)
    ("وهاجم السراج خصومه السياسيين في طرابلس.", set()),
])
def test_a_sides_rival_is_the_other_side_of_its_war(parser, text, expected):
    assert {c for c in triples(parser, text) if c[1] in ("met", "opposes")} == expected


@pytest.mark.parametrize("text, expected", [
    ("وقال المتحدث إن الإمارات تسلح حفتر منذ سنوات.", {("UAE", "supports", "LNA")}),
    ("وانتقد الوزير التركي مصر والإمارات اللتين تسلحان حفتر علنا.",
     {("Turkey", "opposes", "Egypt"), ("Turkey", "opposes", "UAE"), ("Egypt", "supports", "LNA"),
      ("UAE", "supports", "LNA")}),
    # («تسلح» with no actor right after it: armed itself)
    ("وتسلحت قوات حفتر بأسلحة حديثة قبل الهجوم على طرابلس.", set()),
])
def test_arming_an_actor_named_right_after_the_verb(parser, text, expected):
    assert {c for c in triples(parser, text) if c[1] != "met"} == expected


def test_a_side_taken_at_the_end_of_a_charge_is_the_accuseds(parser):
    got = triples(parser, "ومضى الرئيس الفرنسي أبعد، فاتهم أنقرة بلعب \"دور خطير\" في ليبيا، وبإدخال المقاتلين "
                          "الأجانب إلى البلاد بكثافة لصالح حكومة الوفاق.")
    assert ("Turkey", "supports", "GNA") in got and ("France", "supports", "GNA") not in got


@pytest.mark.parametrize("text, expected", [
    ("وقال السفير الأمريكي إن روسيا تستغل الفوضى في ليبيا لتعزيز نفوذها.", {("US", "opposes", "Russia")}),
    # (what is exploited must be the chaos or the conflict; deploying forces is no charge)
    ("وقالت الحكومة إنها ستستغل الهدنة لإعادة بناء المؤسسات.", set()),
])
def test_exploiting_the_chaos_is_a_charge_the_speaker_makes(parser, text, expected):
    assert {c for c in triples(parser, text) if c[1] == "opposes"} == expected


def test_a_meeting_between_the_two_men_named_before(parser):
    got = triples(parser, "والتقى السراج وحفتر في أبوظبي الشهر الماضي. ولم يعقد أي لقاء جديد بين الرجلين منذ ذلك الحين.")
    assert ("GNA", "met", "LNA") in got


@pytest.mark.parametrize("text, expected", [
    # a purpose «لـ» after the doer of a deed named since the last stance is the doer's
    ("وقال المسؤول الأمريكي إن بلاده قلقة للغاية من نشر روسيا طائرات مقاتلة في ليبيا لإسناد مرتزقة فاغنر.",
     {("US", "opposes", "Russia")}),
    # (not past a clause of «أن/إن» whose pronoun is of another gender than the speaker: the purpose is what that
    # clause says of its own subject, the initiative)
    ("ورفضت حكومة الوفاق المبادرة، وقال المشري إنها جاءت لإنقاذ حفتر.", set()),
])
def test_the_purpose_of_a_deed_is_its_doers(parser, text, expected):
    assert {c for c in triples(parser, text) if c[0] != c[2]} >= expected and \
        ("US", "supports", "Russia") not in triples(parser, text) and ("GNA", "supports", "LNA") not in triples(parser, text)


@pytest.mark.parametrize("text, expected, absent", [
    # a coordinated subject with a direct object met that object together, not each other
    ("وكان وزيرا الخارجية الروسي سيرغي لافروف والتركي مولود جاويش أوغلو قد التقيا حفتر في موسكو.",
     {("LNA", "met", "Russia"), ("LNA", "met", "Turkey")}, ("Russia", "met", "Turkey")),
    ("وكان الوزيران الروسي والتركي قد عقدا اجتماعات منفصلة مع كل من السراج وحفتر.", set(), ("Russia", "met", "Turkey")),
    # (with no one else, they met each other)
    ("والتقى السيسي وماكرون في باريس.", {("Egypt", "met", "France")}, None),
])
def test_a_joint_subject_that_meets_others_does_not_meet_itself(parser, text, expected, absent):
    got = triples(parser, text)
    assert expected <= got and absent not in got


@pytest.mark.parametrize("text, expected, absent", [
    # a meeting verb right before «خلالها/خلالهما» (during the stop or visit just named): the visitor met those after it
    ("وحط السراج الرحال في باريس، بعد محطتين في روما وبرلين التقى خلالهما رئيس الوزراء الإيطالي جوزيبي كونتي "
     "والمستشارة الألمانية أنغيلا ميركل.", {("GNA", "met", "Italy"), ("GNA", "met", "Germany")}, ("Germany", "met", "Italy")),
    ("وذكرت صحيفة أمريكية أن المشير زار الرياض سرا في الربيع، فالتقى خلالها العاهل السعودي.",
     {("LNA", "met", "SaudiArabia")}, None),
])
def test_those_met_during_a_visit_or_stop(parser, text, expected, absent):
    got = triples(parser, text)
    assert expected <= got and absent not in got


def test_a_verdict_in_a_relative_clause_on_an_agreement_is_the_speakers(parser):
    # («، والتي وصفها بأنها باطلة»: the pronoun is the antecedent, the agreement; the speaker says it)
    got = triples(parser, "وقال الوزير اليوناني إن الاتفاق يمثل الرد القانوني على مذكرة التفاهم الموقعة بين أنقرة "
                          "وحكومة الوفاق، والتي وصفها بأنها \"باطلة\".")
    assert {("Greece", "opposes", "Turkey"), ("Greece", "opposes", "GNA")} <= got


@pytest.mark.parametrize("text, expected", [
    # leadership, courage and wisdom credited to their owner behind «لـ», as a role or a position is
    ("وأثنى الوزير الأمريكي على القيادة الشجاعة لعقيلة صالح.", {("US", "supports", "LNA")}),
    ("وأشاد المبعوث الأممي بحكمة الرئيس التونسي في إدارة الحوار.", {("UN", "supports", "Tunisia")}),
])
def test_praise_of_leadership_or_courage_credits_its_owner(parser, text, expected):
    assert expected <= triples(parser, text)


@pytest.mark.parametrize("text, absent", [
    # a «مع» after a comma, a verb or «أن» belongs to another phrase, not to the press conference
    ("وأوضح لافروف في مؤتمر صحفي أن بلاده تنسق مع تركيا.", ("Russia", "met", "Turkey")),
    ("وتحدث وزير الخارجية الروسي في مؤتمر صحفي، بالتوازي مع تحركات تركيا، عن الحل.", ("Russia", "met", "Turkey")),
])
def test_a_with_after_a_press_conference_that_is_another_phrases_is_no_meeting(parser, text, absent):
    assert absent not in triples(parser, text)


def test_a_meeting_noun_with_where_it_was_held_before_brought_together(parser):
    # «جمعه بـ» past the place the meeting noun names («مؤتمر صحفي بقصر …»)
    got = rule_claims(parser, "وكشف الرئيس المصري عن خطته خلال مؤتمر صحفي بقصر الرئاسة جمعه بالمستشارة الألمانية.")
    assert ("Egypt", "met", "Germany", "gathered") in got


@pytest.mark.parametrize("text, expected", [
    # a participle of praise after a comma is the speaker's, even after a clause of what ought to be or is wished
    ("وقال وزير الخارجية الإيطالي إن الحوار يجب أن يستمر، مشيدا بالجهود التي تبذلها البعثة الأممية.",
     ("Italy", "supports", "UN", "circumstantial")),
    ("وقالت الخارجية الفرنسية إنها تأمل أن تهدأ الأوضاع، مشيدة بالدور المصري.",
     ("France", "supports", "Egypt", "circumstantial")),
    # «مثمنا» is the participle of «ثمّن», with the role or efforts after it
    ("ورحبت روما بالهدنة، مثمنة الجهود المصرية لتثبيتها.", ("Italy", "supports", "Egypt", "circumstantial")),
])
def test_praise_participle_after_a_comma_is_the_speakers(parser, text, expected):
    assert expected in rule_claims(parser, text)


@pytest.mark.parametrize("text, expected", [
    # a preposition written apart before quotation marks still marks the role or masdar in them
    ("وأبدى وزير الخارجية اليوناني تقديره لـ«الدور الفرنسي» في المتوسط.", ("Greece", "supports", "France")),
    ("وصدرت انتقادات فرنسية حادة لـ«الدور التركي» في ليبيا.", ("France", "opposes", "Turkey")),
    ("وأبدت موسكو استياءها لـ«الدور الأمريكي».", ("Russia", "opposes", "US")),
])
def test_a_quoted_role_behind_a_preposition_written_apart_names_its_owner(parser, text, expected):
    assert expected in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    # where the praise was said, with its adjectives («لاحقة», «متلفزة»), stands between the verb and what it praises
    ("وأشاد وزير الخارجية الألماني في تصريحات متلفزة لاحقة بـ\"الموقف الحكيم لمجلس النواب\".",
     ("Germany", "supports", "HoR")),
    ("وحضر الاجتماع خالد المشري، الذي أشاد في كلمة متلفزة لاحقة بالموقف الثابت لتركيا.", ("GNA", "supports", "Turkey")),
])
def test_where_praise_was_said_stands_between_the_verb_and_its_object(parser, text, expected):
    assert expected in triples(parser, text)


@pytest.mark.parametrize("text, expected, absent", [
    # a feminine pronoun object right after an initiative was launched is that initiative; the stance is on its
    # author, and the actor after the pronoun is the verb's subject, not its object
    ("وطرح الرئيس المصري مبادرة لإنهاء الحرب، رحبت بها الإمارات.", ("UAE", "supports", "Egypt"),
     ("Egypt", "supports", "UAE")),
    ("وطرح الرئيس المصري مبادرة لإنهاء الحرب. لكن حكومة الوفاق رفضتها بعد ساعات.", ("GNA", "opposes", "Egypt"), None),
])
def test_an_initiative_resumed_by_a_pronoun_is_its_authors(parser, text, expected, absent):
    got = triples(parser, text)
    assert expected in got and absent not in got


def test_an_initiative_launched_far_after_its_author_is_remembered_as_his(parser):
    # when, where and with whom between the verb of launching and the initiative; a bare «المبادرة» two sentences on
    got = triples(parser, "وطرح الرئيس المصري، الأحد، في مؤتمر صحفي مع رئيس مجلس النواب الليبي، مبادرة للتهدئة. "
                          "وقالت روسيا إنها تتابع الوضع. وسارعت تركيا إلى رفض المبادرة.")
    assert ("Turkey", "opposes", "Egypt") in got and ("Turkey", "opposes", "Russia") not in got


@pytest.mark.parametrize("text, expected", [
    # the author of an operation or initiative is the subject before the verb of launching (a headline's present, or
    # a past after «قد»), or the subject of a relative verb of launching after the act's name
    ("الاتحاد الأوروبي يطلق عملية بحرية جديدة قبالة السواحل الليبية. ووصف مسؤول تركي العملية بأنها منحازة.",
     {("Turkey", "opposes", "EU")}),
    ("وكانت فرنسا قد أطلقت عملية عسكرية في الجنوب. وانتقدت حكومة الوفاق العملية.", {("GNA", "opposes", "France")}),
    ("ورحبت الإمارات بالمبادرة التي أطلقها الرئيس المصري. ورفضت حكومة الوفاق المبادرة.",
     {("UAE", "supports", "Egypt"), ("GNA", "opposes", "Egypt")}),
])
def test_an_act_launched_by_a_subject_before_the_verb_or_in_a_relative_clause(parser, text, expected):
    assert triples(parser, text) == expected


def test_a_subject_of_an_indefinite_noun_and_a_nationality_adjective_before_the_act(parser):
    # «مسؤول تركي رفيع»: a senior Turkish official, the whole subject between the verb and the act it judges
    got = triples(parser, "وطرح الرئيس المصري مبادرة للسلام. ووصف مسؤول تركي رفيع المبادرة بأنها ولدت ميتة.")
    assert got == {("Turkey", "opposes", "Egypt")}


def test_regression_the_verb_wasafa_read_as_a_rank_before_its_subject(parser):
    # «وصف» (described) was read as «و» + «صف» («في صف حفتر»: on his side), a marker before the subject after it,
    # so the one who described was nobody's subject
    got = triples(parser, "أطلق الاتحاد الأوروبي عملية بحرية جديدة. وفي أنقرة، وصف متحدث باسم الخارجية التركية "
                          "العملية بأنها منحازة.")
    assert got == {("Turkey", "opposes", "EU")}


def test_the_subject_right_after_the_verb_holds_a_stance_on_statements_pointed_back_to(parser):
    # (not an actor earlier in the sentence: the parliament welcomed them, the council condemned them)
    got = triples(parser, "تحدث الرئيس المصري عن ليبيا أمس. ورحب البرلمان الليبي بذلك، في حين انتقد المجلس الرئاسي هذه "
                          "التصريحات.")
    assert got == {("HoR", "supports", "Egypt"), ("GNA", "opposes", "Egypt")}


def test_a_reception_condemned_bare_in_a_later_sentence_is_the_hosts(parser):
    got = triples(parser, "استقبل الرئيس الفرنسي المشير حفتر في باريس. وأدان المجلس الرئاسي الاستقبال.")
    assert got == {("France", "met", "LNA"), ("GNA", "opposes", "France")}


def test_an_initiative_named_as_a_declaration_with_its_author(parser):
    # («إعلان القاهرة»: the declaration's genitive its author; the initiative it names, a few words on, is his)
    got = triples(parser, "أطلق الرئيس المصري ما بات يعرف بـ«إعلان القاهرة»، وهي مبادرة لوقف إطلاق النار. غير أن حكومة "
                          "الوفاق رفضتها.")
    assert got == {("GNA", "opposes", "Egypt")}


@pytest.mark.parametrize("text, expected", [
    # the subject's seat, or where it spoke, behind «في» between it and the initiative it rejects
    ("طرح الرئيس المصري مبادرة لوقف القتال. ورفض المجلس الأعلى للدولة في طرابلس المبادرة جملة وتفصيلا.",
     ("GNA", "opposes", "Egypt")),
    ("طرح الرئيس المصري مبادرة لوقف القتال. ورفض وزير الخارجية التركي في بيان المبادرة.",
     ("Turkey", "opposes", "Egypt")),
])
def test_a_seat_or_a_statement_between_the_subject_and_the_act(parser, text, expected):
    assert triples(parser, text) == {expected}


def test_regression_the_holder_of_a_stance_on_an_act_sought_before_fi_hin(parser):
    # «في حين» opens a clause of its own: the one who praised before it did not reject the initiative
    got = triples(parser, "طرح الرئيس المصري مبادرة لوقف القتال. وأشاد حفتر بالدور المصري، في حين سارع وزير الداخلية "
                          "بحكومة الوفاق إلى رفض المبادرة.")
    assert got == {("LNA", "supports", "Egypt"), ("GNA", "opposes", "Egypt")}


def test_regression_a_detached_pronoun_accused_read_as_an_actor_before_a_semicolon(parser):
    # the participle's subject and the one «إياها» names are of the clause after the semicolon, not the pair before it
    got = triples(parser, "وتأتي الزيارة وسط توتر بين طرابلس وباريس؛ فقد علقت حكومة الوفاق التعاون الأمني مع فرنسا، "
                          "متهمة إياها بدعم حفتر.")
    assert {("GNA", "opposes", "France"), ("France", "supports", "LNA")} <= got
    assert ("GNA", "supports", "LNA") not in got


def test_regression_the_accuser_after_ba3da_an_read_as_the_accused(parser):
    # «بعد أن» opens a clause with its own subject: the actors before it are not the accusation's subject
    got = triples(parser, "وتصاعد الخلاف بين تركيا والإمارات، بعد أن اتهم وزير الدفاع التركي، في مقابلة تلفزيونية، "
                          "أبوظبي بتقديم الدعم العسكري لحفتر.")
    assert ("UAE", "supports", "LNA") in got and ("Turkey", "supports", "LNA") not in got


@pytest.mark.parametrize("text, expected", [
    # a second charge joined by «و» to one behind «بـ» (whose object names no actor) is the accused's as well
    ("واتهم الرئيس التركي الإمارات بتمويل المرتزقة وتسليح حفتر.",
     {("Turkey", "opposes", "UAE"), ("UAE", "supports", "LNA")}),
    ('واتهم الرئيس التركي الإمارات بـ"تمويل المرتزقة وتزويد حفتر بالسلاح".',
     {("Turkey", "opposes", "UAE"), ("UAE", "supports", "LNA")}),
    # (the accused a detached pronoun names: not the one backed by the actor before it)
    ('وصعد الوزير التركي لهجته تجاه أبوظبي، متهما إياها بـ"تمويل المرتزقة وتسليح حفتر".',
     {("Turkey", "opposes", "UAE"), ("UAE", "supports", "LNA")}),
])
def test_a_second_charge_joined_to_the_first(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a time before now set off by commas («، قبل يومين،») stands between host and guest, as a day or a place does
    ("وكان المبعوث الأممي قد التقى في تونس، قبل أسبوعين، رئيس المجلس الرئاسي فائز السراج.", ("GNA", "met", "UN")),
    ("والتقى وزير الخارجية الإيطالي، قبل يومين، في بنغازي، المشير خليفة حفتر.", ("Italy", "met", "LNA")),
])
def test_a_time_before_now_in_commas_between_host_and_guest(parser, text, expected):
    assert expected in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    # a cleft («X هي من/التي …») singles out the actor before the pronoun as the verb's subject
    ("وأكد المتحدث أن الإمارات هي من زودت قوات حفتر بالطائرات المسيرة.", ("UAE", "supports", "LNA")),
    ("وقال أردوغان إن باريس \"هي التي ساندت حفتر منذ البداية\".", ("France", "supports", "LNA")),
])
def test_a_cleft_names_the_verbs_subject(parser, text, expected):
    assert expected in triples(parser, text)


def test_regression_a_side_taken_that_a_speaker_criticises_read_as_taken_toward_him(parser):
    # «ما وصفه بـ»: what the speaker calls the object stands for it, so the criticism governs the bias; the bias
    # with no one it favours named is no support for the critic
    got = triples(parser, "وهاجم وزير الدفاع التركي ما وصفه بـ\"الانحياز الفرنسي\" في الملف الليبي.")
    assert ("France", "supports", "Turkey") not in got and ("Turkey", "opposes", "France") in got


@pytest.mark.parametrize("text, expected", [
    # a draft statement or resolution put forward or circulated by an actor says what its author says
    ("وطرحت ألمانيا مشروع بيان في مجلس الأمن يطالب قوات حفتر بوقف زحفها نحو العاصمة.", ("Germany", "opposes", "LNA")),
    ("ووزعت فرنسا مشروع قرار يدعو أنقرة إلى وقف إرسال المرتزقة.", ("France", "opposes", "Turkey")),
])
def test_a_draft_put_forward_speaks_for_its_author(parser, text, expected):
    assert expected in triples(parser, text)


@pytest.mark.parametrize("text", [
    # a pronoun object of a stance verb right after an agreement was named resumes the agreement: all its parties
    "وأبرمت أنقرة وحكومة الوفاق اتفاقية للتعاون الأمني. وانتقدتها القاهرة بشدة.",
    "وأبرمت أنقرة وحكومة الوفاق اتفاقية للتعاون الأمني، واعترضت عليها القاهرة فورا.",
    # and a verdict in the nominative after «بأنها» brands it
    "وأبرمت أنقرة وحكومة الوفاق اتفاقية للتعاون الأمني. ووصفتها القاهرة بأنها خرق للقرارات الدولية.",
])
def test_an_agreement_resumed_by_a_pronoun_is_opposed_with_all_its_parties(parser, text):
    assert {("Egypt", "opposes", "Turkey"), ("Egypt", "opposes", "GNA")} <= triples(parser, text)


def test_a_masculine_pronoun_does_not_resume_a_feminine_agreement(parser):
    # («انتقده» is a man's, here the one named before, not the memorandum)
    got = triples(parser, "وأبرمت أنقرة وحكومة الوفاق اتفاقية للتعاون الأمني. والتقى السفير المصري حفتر وانتقده.")
    assert ("Egypt", "opposes", "GNA") not in got


def test_regression_a_pronoun_after_another_noun_of_its_gender_resumed_the_agreement_before_it(parser):
    # «…، بينما انتقدتها أثينا» after «الزيارة»: the visit is what the pronoun resumes, not the agreement
    got = triples(parser, "وأبرمت أنقرة وحكومة الوفاق اتفاقية للتعاون الأمني. وسخرت وسائل إعلام مصرية من الزيارة، "
                          "بينما انتقدتها أثينا.")
    assert ("Greece", "opposes", "GNA") not in got


@pytest.mark.parametrize("text, expected", [
    # an agreement void of legal effect, and a signer without the authority to sign
    ("وقالت أثينا إن الاتفاق بين أنقرة وحكومة الوفاق معدوم الأثر القانوني.", ("Greece", "opposes", "Turkey")),
    ("وأكدت القاهرة أن رئيس المجلس الرئاسي لا يملك صلاحية إبرام اتفاقات دولية.", ("Egypt", "opposes", "GNA")),
    # acknowledging an actor's role, «اعترف بالدور», praises it (recognising a government has no role after it)
    ("وتلقى حفتر مكالمة من ترامب اعترف فيها بالدور الكبير للجيش الوطني الليبي.", ("US", "supports", "LNA")),
    # appreciating an actor's leadership, as its role or efforts
    ("وقال السفير إن واشنطن تقدر القيادة التي أبداها رئيس مجلس النواب.", ("US", "supports", "LNA")),
    # the participle of thanking after a comma is the speaker's
    ("واختتم المبعوث الأممي إحاطته، شاكرا إيطاليا على جهودها.", ("UN", "supports", "Italy")),
])
def test_verdicts_acknowledgement_appreciation_and_thanks(parser, text, expected):
    assert expected in triples(parser, text)


def test_regression_a_term_in_a_relative_clause_of_considering_turned_its_holder_into_the_target(parser):
    # «والتي تعتبرها القاهرة "باطلة"»: Cairo holds the agreement void; the imperfect «تعتبر» is a verb of considering
    got = triples(parser, "وناقش البرلمان الاتفاقية الموقعة بين السراج وأردوغان، والتي تعتبرها القاهرة \"باطلة\".")
    assert ("GNA", "opposes", "Egypt") not in got and ("Turkey", "opposes", "Egypt") not in got


def test_a_dual_possessive_after_each_of_names_both_members(parser):
    # «كل من X و Y»: the «من» is «كل»'s, the list the subject, which «تأييدهما» refers to
    got = triples(parser, "وأعلنت كل من إيطاليا وألمانيا تأييدهما للمبادرة المصرية.")
    assert {("Italy", "supports", "Egypt"), ("Germany", "supports", "Egypt")} <= got


def test_members_of_a_list_kg_does_not_know_do_not_push_the_object_out_of_reach(parser):
    got = triples(parser, "وأشادت كل من قطر وتركيا والكويت والجزائر وماليزيا بالدور الألماني.")
    assert {("Qatar", "supports", "Germany"), ("Turkey", "supports", "Germany")} <= got


def test_regression_a_pronoun_contrasted_with_a_list_before_read_as_the_list(parser):
    # «…، في حين رفضتها حكومة الوفاق»: the pronoun is the initiative the list welcomed, not a member of the list
    got = triples(parser, "ورحبت كل من الإمارات والسعودية والكويت بالمبادرة المصرية، في حين رفضتها حكومة الوفاق.")
    assert ("GNA", "opposes", "UAE") not in got and ("GNA", "opposes", "SaudiArabia") not in got
    assert ("GNA", "opposes", "Egypt") in got


def test_two_masdars_joined_share_the_genitive_after_the_second(parser):
    got = triples(parser, "وقال أردوغان إن بلاده ستواصل تسليح ودعم قوات حكومة الوفاق.")
    assert ("Turkey", "supports", "GNA") in got


@pytest.mark.parametrize("text, expected", [
    # the one met after a meeting masdar with its pronoun, past a day and a place of several words
    ("وقال أردوغان عقب لقائه في قصر دولمة بهجة كلا من السراج والمشري إن أنقرة لن تتخلى عن حلفائها.",
     ("GNA", "met", "Turkey")),
    ("وأكد الرئيس الفرنسي بعد لقائه أمس في باريس المشير خليفة حفتر أن الحل سياسي.", ("France", "met", "LNA")),
])
def test_the_one_met_past_when_and_where_after_a_meeting_masdar(parser, text, expected):
    assert expected in triples(parser, text)


def test_regression_a_verdict_in_a_relative_clause_of_describing_in_the_imperfect_turned_its_holder_into_the_target(
        parser):
    # «والتي تصفها أثينا بأنها "باطلة"»: Athens describes the memorandum; the imperfect «تصف» drops the «و» of «وصف»
    got = triples(parser, "وتطرق البيان إلى المذكرة الموقعة بين أنقرة وحكومة السراج، "
                          "والتي تصفها أثينا بأنها \"باطلة\".")
    assert ("Turkey", "opposes", "Greece") not in got and ("GNA", "opposes", "Greece") not in got


def test_fighters_counted_in_the_singular_are_what_is_sent(parser):
    # after a number the noun is singular: «ألفي مرتزق», «خمسمئة مقاتل»
    assert ("Turkey", "supports", "GNA") in triples(parser, "وأرسلت أنقرة نحو ألفي مرتزق سوري إلى حكومة الوفاق.")


def test_regression_a_press_conference_held_with_someone_gave_the_object_before_it_as_host(parser):
    # the main clause's subject holds the press conference, not the object the clause names before it
    got = triples(parser, "وهاجم الرئيس الفرنسي إيمانويل ماكرون تركيا، خلال مؤتمر صحفي مع نظيره التونسي قيس سعيد.")
    assert ("France", "met", "Tunisia") in got and ("Tunisia", "met", "Turkey") not in got


def test_regression_their_meeting_after_a_with_read_the_object_between_as_one_of_the_two(parser):
    got = triples(parser, "وانتقد الرئيس الفرنسي روسيا، في مؤتمر صحفي عقده مع المستشارة الألمانية عقب لقائهما.")
    assert ("France", "met", "Germany") in got and ("Germany", "met", "Russia") not in got


def test_a_quoted_verdict_verb_after_the_deed_and_where_it_is(parser):
    # a quotation mark opening on «يشكل» between the deed's words and the verb of what it amounts to
    got = triples(parser, "وقال وزير الخارجية الأمريكي إن الانتشار العسكري الروسي في ليبيا "
                          "\"يشكل تهديدا حقيقيا للمنطقة\".")
    assert ("US", "opposes", "Russia") in got


@pytest.mark.parametrize("text, expected", [
    # the subject after the resumed pronoun may be a list behind «كل من»
    ("وأبرمت أنقرة مع حكومة الوفاق مذكرتي تفاهم، نددت بهما كل من اليونان وقبرص.",
     {("Greece", "opposes", "Turkey"), ("Cyprus", "opposes", "GNA")}),
    # an agreement named again bare earlier in the sentence is the one remembered, its parties those of the last one
    ("ووقعت القاهرة وأثينا اتفاقا لترسيم الحدود البحرية. وأعلنت أنقرة رفضها للاتفاق، كما رفضته حكومة الوفاق.",
     {("GNA", "opposes", "Egypt"), ("GNA", "opposes", "Greece")}),
    # an initiative named again bare stays the one a pronoun resumes in the sentence after
    ("وطرح الرئيس المصري مبادرة للتهدئة. وسارعت الإمارات إلى الترحيب بالمبادرة. أما حكومة الوفاق فرفضتها.",
     {("GNA", "opposes", "Egypt")}),
])
def test_resumed_agreements_and_initiatives(parser, text, expected):
    assert expected <= triples(parser, text)


def test_regression_a_relative_clauses_pronoun_read_as_the_operation_launched_before(parser):
    got = triples(parser, "وأطلق الاتحاد الأوروبي عملية بحرية لمراقبة الحظر. وقال المتحدث إن العملية ستراقب "
                          "شحنات الأسلحة التي ترسلها تركيا إلى الساحل الليبي.")
    assert ("Turkey", "supports", "EU") not in got


def test_a_relative_clause_on_the_agreement_resumes_the_agreement(parser):
    got = triples(parser, "ووقعت أنقرة وحكومة الوفاق مذكرة للتعاون الأمني. وهددت أثينا بتجميد المفاوضات بسبب المذكرة، "
                          "التي تعتبرها خرقا لحقوقها.")
    assert {("Greece", "opposes", "Turkey"), ("Greece", "opposes", "GNA")} <= got


def test_the_one_agreed_with_shares_the_stance_agreed_on(parser):
    got = triples(parser, "واتفق الرئيس الفرنسي مع المستشارة الألمانية على رفض التدخل التركي في ليبيا.")
    assert {("France", "opposes", "Turkey"), ("Germany", "opposes", "Turkey")} <= got


def test_a_pluperfect_after_a_long_title_and_name_is_held(parser):
    # «وكان … قد تلقى»: «قد» after «كان» and its subject is what had happened, however long the subject's titles
    got = triples(parser, "وكان رئيس الوزراء الإيطالي السابق في حكومة روما جوزيبي كونتي قد تلقى اتصالا هاتفيا من "
                          "الرئيس المصري.")
    assert ("Egypt", "called", "Italy") in got


@pytest.mark.parametrize("text, expected, absent", [
    # «من» before an imperfect verb is "whoever", the subject of that verb and of the clause it opens: not the speaker,
    # not an actor inside it; the ones alluded to after the clause, if any
    ("وأكد باشاغا أن من يساندون حفتر يتحملون المسؤولية عن الضحايا، في إشارة إلى الإمارات.",
     {("GNA", "opposes", "UAE")}, ("GNA", "supports", "LNA")),
    ("وقال أردوغان إن من يقف خلف حفتر سيدفع الثمن.", set(), ("Turkey", "supports", "LNA")),
])
def test_whoever_is_the_subject_of_its_verb(parser, text, expected, absent):
    got = triples(parser, text)
    assert expected <= got and absent not in got


@pytest.mark.parametrize("text, expected", [
    # terms of dismissal brand what they are said of: absurd, nonsense, a farce
    ("ووصف وزير الخارجية القبرصي المذكرة التركية بأنها عبثية.", ("Cyprus", "opposes", "Turkey")),
    ("ووصفت موسكو البيان البريطاني بأنه مهزلة.", ("Russia", "opposes", "UK")),
])
def test_terms_of_dismissal_brand(parser, text, expected):
    assert expected in triples(parser, text)


def test_a_participle_after_a_denial_and_a_comma_is_asserted(parser):
    # the denial governs its own clause; the participle after the comma is what the denier does, not denied
    text = "ونفى المسماري أن تكون قواته قصفت المطار، متهما حكومة الوفاق بفبركة الصور."
    claims = extract_document(Document("t", text), parser.parse(text))
    assert any(c.relation == "opposes" and c.target_party == "GNA" and not c.negated for c in claims)
    assert not any(c.relation == "opposes" and c.target_party == "GNA" and c.negated for c in claims)


@pytest.mark.parametrize("text, expected", [
    # a quality shown («التي أبداها», «التي أظهرها») is credited to the one who showed it, also in quotation marks
    # after the praise participle
    ("وأعلن السراج وعقيلة صالح وقفا للقتال. ورحبت واشنطن بالخطوة، مشيدة بـ«الحكمة» التي أظهرها الرجلان.",
     {("US", "supports", "GNA"), ("US", "supports", "LNA")}),
    ("وقال الوزير الإيطالي إن الحوار ضروري، مشيدا بـ\"الشجاعة\" التي أبداها السراج.", {("Italy", "supports", "GNA")}),
])
def test_a_quality_shown_is_credited_to_who_showed_it(parser, text, expected):
    assert expected <= triples(parser, text)


def test_the_two_sides_named_together_in_the_sentence_before(parser):
    # «الطرفين» after a verb whose subject stands before it is its object: the two named together just before
    got = triples(parser, "ووصل السراج وحفتر إلى روما لإجراء مشاورات. وكان كونتي قد التقى الطرفين، كلا على حدة.")
    assert {("GNA", "met", "Italy"), ("Italy", "met", "LNA")} <= got


@pytest.mark.parametrize("text", [
    # commending an initiative or a declaration commends its author
    "وثمن وزير الخارجية الألماني المبادرة الإيطالية.",
    "وثمّن الرئيس الفرنسي \"إعلان روما\" الذي أطلقه كونتي.",
])
def test_commending_an_initiative_commends_its_author(parser, text):
    assert any(rel == "supports" and t == "Italy" for _, rel, t in triples(parser, text))


@pytest.mark.parametrize("text, expected", [
    # asides of when and where, each closed by commas, between host and guest, however long; the guest's title
    # after the last comma
    ("التقى وزير الخارجية الألماني هايكو ماس، السبت، في مدينة بنغازي شرقي ليبيا، المشير خليفة حفتر.",
     ("Germany", "met", "LNA")),
    ("استقبل رئيس الوزراء الإيطالي جوزيبي كونتي، الخميس في قصر كيجي، قائد «الجيش الوطني» حفتر.",
     ("Italy", "met", "LNA")),
    ("استقبل الرئيس الفرنسي إيمانويل ماكرون، بعد ظهر الثلاثاء في قصر الإليزيه، المشير خليفة حفتر.",
     ("France", "met", "LNA")),
])
def test_host_and_guest_past_asides_of_when_and_where(parser, text, expected):
    assert expected in triples(parser, text)


@pytest.mark.parametrize("text, expected, absent", [
    # a later member of a list of capitals after «إلى/في» is a place as the first is, no actor
    ("واختتم السراج جولة أوروبية قادته إلى روما وبرلين وباريس، حيث التقى رئيس الوزراء الإيطالي جوزيبي كونتي.",
     ("GNA", "met", "Italy"), ("France", "met", "Italy")),
    ("وبعد توقف في القاهرة وأبوظبي وموسكو، التقى السراج الرئيس الفرنسي.", ("France", "met", "GNA"),
     ("France", "met", "Russia")),
])
def test_every_capital_of_a_list_of_places_is_a_place(parser, text, expected, absent):
    got = triples(parser, text)
    assert expected in got and absent not in got


@pytest.mark.parametrize("text, expected", [
    # what an actor does or says, called biased, harmful, obstructive or mere show, opposes its doer
    ("ووصف وزير الخارجية التركي العملية الأوروبية بأنها «منحازة».", ("Turkey", "opposes", "EU")),
    ("ووصف المتحدث باسم الرئاسة التركية الموقف المصري بأنه «يضر بجهود السلام».", ("Turkey", "opposes", "Egypt")),
    ("ووصف المسماري إعلان السراج بأنه «مجرد تسويق إعلامي».", ("LNA", "opposes", "GNA")),
])
def test_a_deed_called_biased_or_harmful_opposes_its_doer(parser, text, expected):
    assert expected in triples(parser, text)


def test_a_deed_called_balanced_opposes_nobody(parser):
    assert not any(rel == "opposes" for _, rel, _ in
                   triples(parser, "ووصف وزير الخارجية الإيطالي الموقف المصري بأنه «متوازن ومسؤول»."))


def test_a_denial_reaches_past_a_phrase_of_where_or_when_in_commas(parser):
    # the phrase in commas after the denial's subject is no part of what is denied, nor of the distance to it
    text = "نفى المتحدث باسم الكرملين ديمتري بيسكوف، في مؤتمر صحفي، وجود أي عسكريين روس يقاتلون إلى جانب قوات حفتر."
    got = claims_with_polarity(parser, text)
    assert ("Russia", "supports", "LNA", True) in got and ("Russia", "supports", "LNA", False) not in got


def test_a_meeting_in_commas_after_a_denial_is_held(parser):
    # the press conference where the denial was made took place: only what follows the phrase is denied
    text = "نفى لافروف، خلال مؤتمر صحفي مع نظيره الإيطالي، أن تكون موسكو قد أرسلت مرتزقة لدعم حفتر."
    got = claims_with_polarity(parser, text)
    assert got & {("Italy", "met", "Russia", False), ("Russia", "met", "Italy", False)}
    assert ("Russia", "supports", "LNA", True) in got


@pytest.mark.parametrize("text, expected", [
    # thanks or gratitude extended to an actor («وجه الشكر إلى», «توجه بالشكر إلى») praise it
    ("ووجه السراج الشكر إلى تركيا على وقوفها إلى جانب حكومته.", ("GNA", "supports", "Turkey")),
    ("وتوجه الرئيس المصري بالشكر إلى الإمارات على دعمها.", ("Egypt", "supports", "UAE")),
])
def test_thanks_extended_to_an_actor(parser, text, expected):
    assert expected in triples(parser, text)


def test_travelling_to_an_actor_is_no_thanks(parser):
    # «توجه إلى» is also travelling: with no thanks after it, nothing is extended
    got = triples(parser, "وتوجه وزير الخارجية التركي إلى طرابلس حيث التقى السراج.")
    assert not any(rel == "supports" for _, rel, _ in got)


@pytest.mark.parametrize("text, expected", [
    # accusations resumed by a verb of levelling: its subject opposes the one behind «لـ» (or «لها»: the actor before
    # the noun), who is the accused of the charge after it
    ("وجاءت الزيارة بعد اتهامات وجهها باشاغا لباريس بدعم حفتر.",
     {("GNA", "opposes", "France", False), ("France", "supports", "LNA", False)}),
    ("ورفضت باريس اتهامات وجهتها لها حكومة الوفاق بدعم حفتر.",
     {("GNA", "opposes", "France", False), ("France", "supports", "LNA", True)}),
])
def test_accusations_levelled_at_an_actor(parser, text, expected):
    got = claims_with_polarity(parser, text)
    assert expected <= got and ("GNA", "supports", "LNA", True) not in got


@pytest.mark.parametrize("text, expected", [
    # the owner of a role or stance praised behind «لـ»: after a praise participle too, past adjectives joined by «و»
    ("وقال أردوغان إن الحل سياسي، مشيدا بـ\"الموقف المسؤول\" للسراج.", ("Turkey", "supports", "GNA")),
    ("وأثنى الرئيس المصري على «الدور الحيادي والشجاع» للأمم المتحدة.", ("Egypt", "supports", "UN")),
    # commending an actor's care for something
    ("وثمن وزير الخارجية الإيطالي حرص تركيا على التهدئة.", ("Italy", "supports", "Turkey")),
])
def test_the_owner_of_a_praised_stance(parser, text, expected):
    assert expected in triples(parser, text)


@pytest.mark.parametrize("text, expected", [
    # sitting down with someone, or together, is meeting
    ("وجلس وزير الخارجية الروسي مع السراج في قاعة منفصلة.", ("GNA", "met", "Russia")),
    ("وجلس السراج وحفتر إلى طاولة واحدة في باريس.", ("GNA", "met", "LNA")),
])
def test_sitting_down_with_someone_is_meeting(parser, text, expected):
    assert expected in triples(parser, text)


def test_a_feminine_pronoun_after_an_initiative_is_no_state_named_between(parser):
    # «رفضتها» after «المبادرة» resumes the initiative (a stance on its author), not the states that welcomed it
    got = triples(parser, "وأعلن السيسي مبادرة لوقف القتال. ولقيت المبادرة ترحيبا من الإمارات والسعودية والأردن، "
                          "في حين رفضتها حكومة الوفاق.")
    assert ("GNA", "opposes", "Egypt") in got
    assert ("GNA", "opposes", "UAE") not in got and ("GNA", "opposes", "SaudiArabia") not in got


@pytest.mark.parametrize("text, expected", [
    # a visit named again bare: condemning it opposes the visitor
    ("وزار حفتر أثينا يوم الجمعة. في المقابل، نددت الخارجية التركية بالزيارة.", ("Turkey", "opposes", "LNA")),
    ("وزار وزير الخارجية الإيطالي بنغازي الأحد، والتقى حفتر. وانتقدت حكومة الوفاق الزيارة.",
     ("GNA", "opposes", "Italy")),
])
def test_condemning_a_visit_named_again_opposes_the_visitor(parser, text, expected):
    assert expected in triples(parser, text)


def test_a_coordinated_subject_met_each_of_a_list(parser):
    # «كلا من» opens the list met: the two who met it did not meet each other for it
    got = triples(parser, "وكان لافروف ونظيره التركي قد التقيا كلا من السراج وحفتر على حدة.")
    assert {("GNA", "met", "Russia"), ("LNA", "met", "Russia"), ("GNA", "met", "Turkey"),
            ("LNA", "met", "Turkey")} <= got


def test_a_masdar_in_quotation_marks_after_agreeing_on(parser):
    # «اتفق X مع Y على "دعم Z"»: the quotation mark that opens the masdar does not hide the «على» before it
    got = triples(parser, "واتفق أردوغان مع الرئيس التونسي على \"دعم حكومة السراج\".")
    assert {("Turkey", "supports", "GNA"), ("Tunisia", "supports", "GNA")} <= got


@pytest.mark.parametrize("text, expected", [
    # a stance masdar whose object is a statement in construct with its author opposes the author
    ("وسارعت حكومة الوفاق إلى وصف تصريحات الرئيس المصري بأنها «إعلان حرب».", ("GNA", "opposes", "Egypt")),
    ("وجدد المتحدث باسم الجيش الوطني رفض تصريحات أردوغان.", ("LNA", "opposes", "Turkey")),
])
def test_a_stance_masdar_on_an_actors_statements(parser, text, expected):
    assert expected in triples(parser, text)


def test_what_a_report_concludes_is_its_authors(parser):
    # «خلص X إلى أن …»: concluding is saying; the deed reported is against the one who does it
    got = triples(parser, "وخلص تقرير لخبراء الأمم المتحدة إلى أن الإمارات وتركيا انتهكتا حظر الأسلحة.")
    assert {("UN", "opposes", "UAE"), ("UN", "opposes", "Turkey")} <= got


@pytest.mark.parametrize("text", [
    # an obligation laid on forces no actor names, with the actors named among them (after «بما فيها», or by
    # their nationality in commas), to leave or withdraw: on each of those actors
    "وقال الوزير البريطاني إن على «جميع القوى الخارجية، بما فيها روسيا وتركيا» سحب قواتها.",
    "وقال الوزير البريطاني إن على القوات الأجنبية، الروسية والتركية، مغادرة ليبيا.",
])
def test_an_obligation_on_the_actors_named_among_forces(parser, text):
    assert {("UK", "opposes", "Russia"), ("UK", "opposes", "Turkey")} <= triples(parser, text)


def test_an_obligation_on_everyone_names_nobody(parser):
    assert triples(parser, "وقال غوتيريش إن على جميع الأطراف الليبية وقف القتال فورا.") == set()


def test_an_obligation_said_by_a_speaker_kg_does_not_know_is_not_the_salient_actors(parser):
    # the one the text was about did not say it: a speaker no actor names did
    got = triples(parser, "ورحب بومبيو بالاتفاق. وقال نائب وزير خارجية جزر المالديف إن على القوات التركية "
                          "مغادرة ليبيا.")
    assert ("US", "opposes", "Turkey") not in got


def test_a_statement_with_an_adjective_in_construct_before_its_relative_clause(parser):
    # «ببيان شديد اللهجة اتهمت فيه …»: the relative clause on the statement, past «شديد اللهجة», is its issuer's
    got = triples(parser, "وردت الخارجية التركية ببيان شديد اللهجة اتهمت فيه باريس بدعم حفتر.")
    assert {("Turkey", "opposes", "France"), ("France", "supports", "LNA")} <= got


def test_an_epithet_in_quotation_marks_before_a_name(parser):
    # «بدعم "مجرم الحرب" حفتر»: the name past the quoted epithet is the masdar's genitive, and the epithet, in the
    # accuser's words, opposes the one it names
    got = triples(parser, "واتهم باشاغا فرنسا بدعم \"مجرم الحرب\" حفتر.")
    assert {("GNA", "opposes", "France"), ("France", "supports", "LNA"), ("GNA", "opposes", "LNA")} <= got


def test_a_warning_to_forces_backed_by_another_is_against_the_forces(parser):
    # the participle's direct object is warned, not the agent of the passive participle that describes it
    got = triples(parser, "وقال السيسي إن سرت خط أحمر، محذرا حكومة السراج المدعومة من أنقرة من أي تقدم نحو الشرق.")
    assert ("Egypt", "opposes", "GNA") in got and ("Egypt", "opposes", "Turkey") not in got


def test_a_pronoun_resumes_the_agreement_named_between_it_and_an_actor(parser):
    # «رحب به» after «الاتفاق»: the agreement nearer than the actor of its gender is what was welcomed
    got = triples(parser, "غير أن الرئيس التركي أردوغان قلل من شأن الاتفاق، معتبرا أنه \"بلا قيمة\"، في حين رحب به "
                          "وزير الخارجية الأمريكي مايك بومبيو، وأشاد بـ\"حكمة\" الطرفين.")
    assert ("US", "supports", "Turkey") not in got


@pytest.mark.parametrize("text, expected", [
    # a hamza's seat before a pronoun is a masdar's («لقائه»); before a nisba it is another word («الثنائي»,
    # bilateral, is no «ثناء»)
    ("وأعلن باشاغا وقف كل أشكال التعاون الأمني الثنائي مع الجانب الفرنسي.", None),
    ("وأشاد السراج بعد لقائه أردوغان بالدعم التركي.", ("GNA", "met", "Turkey")),
])
def test_a_hamza_seat_is_a_masdar_only_before_a_pronoun(parser, text, expected):
    got = triples(parser, text)
    assert (expected in got) if expected else not any(rel == "supports" for _, rel, _ in got)


def test_the_members_of_a_list_met_apart_did_not_meet_each_other(parser):
    # «بكل من … على حدة»: a coordinated subject met each member of the list, and the members did not meet
    got = triples(parser, "وكان لافروف ونظيره التركي قد اجتمعا بكل من السراج وحفتر على حدة.")
    assert {("GNA", "met", "Russia"), ("LNA", "met", "Russia"), ("GNA", "met", "Turkey"),
            ("LNA", "met", "Turkey")} <= got
    assert ("Russia", "met", "Turkey") not in got and ("GNA", "met", "LNA") not in got


def test_in_turn_between_a_participle_and_its_object(parser):
    # «في المقابل» (in turn) is an adverb: no part of the distance to the object
    got = triples(parser, "ورد المندوب الروسي بأن بلاده لا علاقة لها بالمرتزقة، متهما في المقابل تركيا بنقل المقاتلين.")
    assert ("Russia", "opposes", "Turkey") in got


def test_a_deed_noun_as_the_predicate_of_an_officials_statements(parser):
    # «إن تصريحات الرئيس المصري تدخل سافر»: the verdict is on the one whose statements open the clause, named by
    # his office
    got = triples(parser, "وقال المجلس الرئاسي في بيان إن تصريحات الرئيس المصري تدخل سافر في شؤون ليبيا.")
    assert ("GNA", "opposes", "Egypt") in got


@pytest.mark.parametrize("text", [
    # «الأشقاء في X», «شركائنا في X»: the brothers or partners in a state are that state, no place
    "وقال المجلس الرئاسي إنه يثمن موقف الأشقاء في تركيا.",
    "ووجه السراج الشكر إلى الأشقاء في تركيا على وقوفهم إلى جانب الشعب الليبي.",
])
def test_the_brothers_in_a_state_are_the_state(parser, text):
    assert ("GNA", "supports", "Turkey") in triples(parser, text)


def test_a_palace_behind_bi_is_where(parser):
    # «بقصر الاتحادية» after a meeting masdar is where it was held, not the one met
    got = triples(parser, "وأعلن السيسي، عقب لقائه بقصر الاتحادية كلا من المشير خليفة حفتر وعقيلة صالح، مبادرة للحل.")
    assert ("Egypt", "met", "LNA") in got


def test_a_dual_after_a_pair_named_in_its_own_sentence(parser):
    # «تأييدهما» after «كل من السعودية والإمارات» is theirs, not the pair that met in the sentence before
    got = triples(parser, "والتقى السيسي حفتر في القاهرة. وأعلنت كل من السعودية والإمارات تأييدهما الكامل لمصر.")
    assert {("SaudiArabia", "supports", "Egypt"), ("UAE", "supports", "Egypt")} <= got
    assert ("Egypt", "supports", "SaudiArabia") not in got and ("LNA", "supports", "UAE") not in got


def test_the_signers_of_an_agreement_past_its_adjectives_and_quotation_marks(parser):
    # «"المذكرة غير الشرعية" التي وقعها X مع Y»: the relative clause past the agreement's own adjectives names both
    got = triples(parser, "وقال حفتر إن \"المذكرة غير الشرعية\" التي وقعها السراج مع الرئيس التركي باطلة.")
    assert {("LNA", "opposes", "GNA"), ("LNA", "opposes", "Turkey")} <= got


@pytest.mark.parametrize("text", [
    # a verdict said of an initiative named bare is the speaker's stance on its author, not on the speaker
    "وأطلق السيسي مبادرة لوقف القتال. وقال وزير الخارجية التركي إن المبادرة «ولدت ميتة».",
    "وطرح السيسي مبادرة للحل. وقال أردوغان إن المبادرة غير مقبولة.",
])
def test_a_verdict_on_an_initiative_named_bare(parser, text):
    got = triples(parser, text)
    assert ("Turkey", "opposes", "Egypt") in got and ("Egypt", "opposes", "Turkey") not in got


def test_born_dead_is_a_verdict(parser):
    # «ولد ميتا»: born dead
    assert ("Turkey", "opposes", "Egypt") in triples(parser, "وقال الوزير التركي إن الإعلان المصري «ولد ميتا».")


@pytest.mark.parametrize("text, expected", [
    # the owner of a role praised past the owner's title behind «لـ»; a step taken credited to who took it
    ("وثمنت الإمارات «الدور الحكيم» للمستشار عقيلة صالح.", ("UAE", "supports", "LNA")),
    ("وأشادت الخارجية القطرية بالخطوة الشجاعة لرئيس المجلس الرئاسي فائز السراج.", ("Qatar", "supports", "GNA")),
])
def test_a_role_or_step_praised_past_its_owners_title(parser, text, expected):
    assert expected in triples(parser, text)


def test_a_press_conference_in_maghrebi_usage(parser):
    # «ندوة صحفية مشتركة مع …»: a joint press conference
    got = triples(parser, "وقال ماكرون خلال ندوة صحفية مشتركة مع نظيره التونسي قيس سعيد إن الحل سياسي.")
    assert ("France", "met", "Tunisia") in got


def test_the_two_sides_as_the_subject_of_a_relative_clause(parser):
    # «الشجاعة التي أبداها الطرفان»: the two named together in the sentence before showed it
    got = triples(parser, "ووقع السراج وحفتر على الاتفاق. وأشادت بعثة الأمم المتحدة بالشجاعة التي أبداها الطرفان.")
    assert {("UN", "supports", "GNA"), ("UN", "supports", "LNA")} <= got


def test_a_deed_carried_out_with_qama_bi(parser):
    # «قامت X بزرع ألغام»: the subject of «قام بـ» does the deed its masdar names, a charge the speaker makes
    got = triples(parser, "وقالت القيادة الأمريكية إن مجموعة فاغنر قامت بزرع ألغام في الأحياء السكنية.")
    assert ("US", "opposes", "Russia") in got


@pytest.mark.parametrize("text", [
    # a support phrase behind the «بـ» of an accusation whose object is a detached pronoun is the accused's
    "وعلق باشاغا التعاون مع باريس، متهما إياها بالوقوف إلى جانب حفتر.",
    "وعلق باشاغا التعاون مع باريس، متهما إياها بالوقوف إلى جانب «مجرم الحرب» حفتر.",
])
def test_a_support_phrase_charged_to_a_detached_pronoun(parser, text):
    got = triples(parser, text)
    assert ("France", "supports", "LNA") in got and ("GNA", "supports", "LNA") not in got


def test_those_who_with_no_antecedent_are_no_speaker(parser):
    # «إن "الذين يدعمون حفتر …"»: a relative pronoun opening the clause is "those who", the verb's subject
    got = triples(parser, "وقال المتحدث باسم الخارجية التركية إن «الذين يدعمون الانقلابي حفتر سيدفعون الثمن».")
    assert ("Turkey", "supports", "LNA") not in got


@pytest.mark.parametrize("text, expected", [
    # «وهو ما رفضته X»: what the stance verb's pronoun resumes is the clause before, a stance on its subject
    ("وصوت مجلس النواب على قرار يجيز للجيش المصري التدخل، وهو ما أدانته حكومة الوفاق.", ("GNA", "opposes", "HoR")),
    ("وأعلنت تركيا إرسال قوات إلى ليبيا، وهو ما رفضته مصر بشدة.", ("Egypt", "opposes", "Turkey")),
])
def test_which_is_what_a_stance_verb_resumes(parser, text, expected):
    assert expected in triples(parser, text)


def test_a_grave_mistake_charged(parser):
    # «إن X ترتكب خطأ فادحا»: a grave mistake the speaker charges an actor with
    assert ("Turkey", "opposes", "France") in triples(parser, "وقال أردوغان إن فرنسا ترتكب خطأ فادحا في ليبيا.")


@pytest.mark.parametrize("text, expected", [
    # a body at whose headquarters a meeting was held is where, not one who met («في مقر القيادة العامة»)
    ("حط وزير الخارجية اليوناني نيكوس دندياس، الجمعة، في مدينة بنغازي، حيث التقى المشير خليفة حفتر في مقر القيادة "
     "العامة بالرجمة.", ("Greece", "met", "LNA")),
    # «جمعتهما» after a coordinated pair of subjects: the two met
    ("ووقع وزير الخارجية اليوناني نيكوس دندياس ونظيره المصري سامح شكري اتفاقا، عقب مباحثات جمعتهما بمقر وزارة "
     "الخارجية المصرية.", ("Egypt", "met", "Greece")),
])
def test_a_meeting_at_a_bodys_headquarters(parser, text, expected):
    assert expected in triples(parser, text)


def test_an_actors_reports_speak_for_it(parser):
    # «تقارير أممية»: reports of an actor, as «تقرير أممي», act in its name
    got = triples(parser, "وتنفي الإمارات، التي تتهمها تقارير أممية بخرق حظر الأسلحة، أي دور عسكري.")
    assert ("UN", "opposes", "UAE") in got


@pytest.mark.parametrize("text, expected", [
    # a mind lost, a stab in the back, mere media marketing: verdicts against who they are said of
    ("وقال المتحدث التركي إن ماكرون «فقد صوابه».", ("Turkey", "opposes", "France")),
    ("واعتبر السراج التصرف الإيطالي \"طعنة في الظهر\".", ("GNA", "opposes", "Italy")),
    ("ووصف المسماري الإعلان بأنه «تسويق إعلامي» من جانب السراج.", ("LNA", "opposes", "GNA")),
])
def test_verdicts_of_folly_betrayal_and_show(parser, text, expected):
    assert expected in triples(parser, text)


def test_a_participle_calling_on_an_actor_to_respect_what_it_breaks(parser):
    # «داعيا أنقرة إلى احترام حظر الأسلحة»: the participle with its object is a demand on that actor, as the verb is
    got = triples(parser, "وأعرب الاتحاد الأوروبي عن قلقه، داعيا أنقرة إلى احترام حظر الأسلحة الأممي.")
    assert ("EU", "opposes", "Turkey") in got


def test_an_explanation_demanded_is_a_grievance(parser):
    got = triples(parser, "وطالب باشاغا السلطات الفرنسية بتقديم تفسير مقنع لوجود الصواريخ.")
    assert ("GNA", "opposes", "France") in got


@pytest.mark.parametrize("text", [
    # an agreement held void in the dual, or not in keeping with international law, is opposed with both its parties
    "واعتبرت اليونان أن مذكرتي التفاهم الموقعتين بين تركيا وحكومة السراج «لا تتوافقان مع القانون الدولي».",
    "وقالت اليونان إن المذكرتين الموقعتين بين أنقرة وحكومة الوفاق لاغيتان.",
])
def test_an_agreement_void_or_against_international_law(parser, text):
    assert {("Greece", "opposes", "Turkey"), ("Greece", "opposes", "GNA")} <= triples(parser, text)


def test_a_clear_allusion(parser):
    # the actor alluded to after «في إشارة واضحة إلى» (kg.actors.ALLUDING), as after «في إشارة إلى»
    got = triples(parser, "وقال السيسي إن مصر ترفض التدخلات الخارجية، في إشارة واضحة إلى تركيا.")
    assert ("Egypt", "opposes", "Turkey") in got


def test_a_time_before_now_between_host_and_guest(parser):
    # «استقبل قبل أسبوع السراج»: «قبل» of a time before now, no «من قبل» of an agent before the guest
    assert ("GNA", "met", "Italy") in triples(parser, "وكان كونتي قد استقبل قبل أسبوع السراج في روما.")


@pytest.mark.parametrize("text, expected", [
    # two ministers named together, with no meeting between them, then named again as «الوزيرين/الوزيران»
    ("رعى وزيرا الخارجية الروسي سيرغي لافروف والتركي مولود جاويش أوغلو محادثات غير مباشرة في موسكو. ووقع السراج "
     "الوثيقة عقب لقاء جمعه بالوزيرين في مقر الخارجية.", {("GNA", "met", "Russia"), ("GNA", "met", "Turkey")}),
    ("وصل خلوصي أكار وخالد العطية إلى طرابلس يوم الاثنين في زيارة غير معلنة. والتقى الوزيران السراج في "
     "مقر المجلس.", {("GNA", "met", "Turkey"), ("GNA", "met", "Qatar")}),
    # the two sides of a meeting of the sentence before, as the dual subject right after a meeting verb
    ("استقبل السيسي وزير الخارجية الروسي سيرغي لافروف في القاهرة. والتقى الوزيران حفتر في المساء.",
     {("Egypt", "met", "LNA"), ("LNA", "met", "Russia")}),
])
def test_two_ministers_named_again_by_a_dual(parser, text, expected):
    assert expected <= triples(parser, text)


def test_a_rejection_with_its_agent_before_a_quoted_object_is_a_masdar(parser):
    # «رفض واشنطن "لأي تدخل"»: an actor and then «لـ» past a quotation mark: the masdar, its agent and its
    # object, no verb whose dropped subject (the one who met) rejects Washington
    got = triples(parser, "التقى السراج السفير الأمريكي في طرابلس. وأكد الجانب الأمريكي خلال اللقاء، بحسب "
                          "السفارة، رفض واشنطن \"لأي تدخل أجنبي في ليبيا\".")
    assert ("GNA", "opposes", "US") not in got and ("GNA", "met", "US") in got


@pytest.mark.parametrize("text", [
    # a meeting noun whose adjective sets it for a day («كان مقررا», «المقرر») says nothing of its being held
    "وألغى السراج، الأربعاء، لقاء كان مقررا مع رئيس الوزراء الإيطالي جوزيبي كونتي في روما.",
    "وتحدثت الصحف عن الاجتماع المقرر بين لافروف وجاويش أوغلو في إسطنبول.",
])
def test_a_meeting_set_for_a_day_is_not_held(parser, text):
    assert not {t for t in triples(parser, text) if t[1] == "met"}


def test_the_genitive_of_a_masdar_of_sending_with_what_it_sends_is_its_agent(parser):
    # «عن إرسال موسكو 14 مقاتلة … لدعم قوات حفتر»: Moscow sends, and the support it is sent for is Moscow's, not that
    # of the one who reveals it
    got = triples(parser, "وكشفت القيادة الأمريكية في أفريقيا (أفريكوم) عن إرسال موسكو 14 مقاتلة حربية إلى قاعدة "
                          "الجفرة لدعم قوات حفتر.")
    assert ("Russia", "supports", "LNA") in got
    assert not {t for t in got if t[0] == "US" and t[1] == "supports"}


@pytest.mark.parametrize("text, expected", [
    # a relative clause on a person whose verb has a subject of its own and «بلاده» for its object: the person's
    # country is accused, by that subject
    ("ولم يعلق ماكرون، الذي تتهم حكومة الوفاق بلاده بالانحياز لحفتر، على التقارير.",
     {("GNA", "opposes", "France"), ("France", "supports", "LNA")}),
    ("وتجاهل أردوغان، الذي يتهم المشير حفتر بلاده بجلب المرتزقة إلى طرابلس، هذه الانتقادات.",
     {("LNA", "opposes", "Turkey")}),
])
def test_a_relative_clause_with_its_own_subject_and_his_country_for_object(parser, text, expected):
    got = triples(parser, text)
    assert expected <= got and ("France", "opposes", "GNA") not in got


def test_weapons_resumed_by_a_relative_clause_with_no_pronoun_before_it(parser):
    # «طائرات مسيرة تقدمها الإمارات لقوات حفتر»: an indefinite antecedent takes its relative clause with no «التي»;
    # the verb's pronoun resumes the weapons it requires
    got = triples(parser, "وتحدث التقرير عن طائرات مسيرة تقدمها الإمارات لقوات حفتر.")
    assert ("UAE", "supports", "LNA") in got


@pytest.mark.parametrize("text", [
    # the participle's object, a list behind «كلا من», past an adverb of how it is named
    "وأعرب وزير الخارجية الألماني هايكو ماس عن قلقه من التدخلات الخارجية، منتقدا بالاسم كلا من روسيا والإمارات.",
    "وأعرب وزير الخارجية الألماني هايكو ماس عن قلقه، منتقدا كلا من روسيا والإمارات.",
])
def test_a_participles_object_listed_behind_each_of(parser, text):
    assert {("Germany", "opposes", "Russia"), ("Germany", "opposes", "UAE")} <= triples(parser, text)


@pytest.mark.parametrize("text", [
    # a report rejected, named by «ما وصفه بـ» and in quotation marks: what it says is denied
    "ورفض لودريان بشدة ما وصفه بـ\"الاتهامات الكاذبة\" بأن باريس تدعم المشير حفتر عسكريا.",
    "ورفض لودريان «الاتهامات» بأن باريس تدعم المشير حفتر عسكريا.",
])
def test_a_report_rejected_in_quotation_marks_and_by_what_he_called_it(parser, text):
    got = claims_with_polarity(parser, text)
    assert ("France", "supports", "LNA", True) in got and ("France", "supports", "LNA", False) not in got


@pytest.mark.parametrize("text", [
    # the city of a seat («في مقر إقامته بالقاهرة») is where the meeting was, not one who met
    "واستقبل عقيلة صالح في مقر إقامته بالقاهرة السفير الأمريكي ريتشارد نورلاند.",
    "والتقى السفير الأمريكي ريتشارد نورلاند عقيلة صالح في فندق بالقاهرة.",
])
def test_the_city_of_a_seat_behind_bi_is_where(parser, text):
    got = triples(parser, text)
    assert ("LNA", "met", "US") in got and not {t for t in got if "Egypt" in t}


@pytest.mark.parametrize("text", [
    # talks held with a list behind «مع (كل من)»: the clause's subjects met each of them, not they each other
    "وكان لافروف ونظيره التركي مولود جاويش أوغلو قد عقدا مع كل من السراج وحفتر، على حدة، جولات مباحثات في موسكو.",
    "وعقد لافروف وجاويش أوغلو مع السراج وحفتر جولات مباحثات في موسكو.",
])
def test_talks_held_with_a_list_behind_with(parser, text):
    got = triples(parser, text)
    assert {("GNA", "met", "Russia"), ("LNA", "met", "Russia"), ("GNA", "met", "Turkey"),
            ("LNA", "met", "Turkey")} <= got and ("GNA", "met", "LNA") not in got


@pytest.mark.parametrize("text, expected", [
    # «ضيفه» (his guest) and «مضيفه» (his host): the other side of the meeting told before, from its possessor
    ("استقبل رئيس الوزراء الإيطالي جوزيبي كونتي المشير خليفة حفتر في روما. وطالب كونتي ضيفه بوقف الهجوم على "
     "طرابلس.", ("Italy", "opposes", "LNA")),
    ("زار وزير الخارجية الألماني هايكو ماس أبوظبي. وطالب ماس مضيفه بوقف شحنات السلاح إلى حفتر.",
     ("Germany", "opposes", "UAE")),
    ("واستقبل الرئيس التونسي قيس سعيد الرئيس التركي رجب طيب أردوغان في قصر قرطاج. وشكر أردوغان مضيفه على "
     "حسن الاستقبال.", ("Turkey", "supports", "Tunisia")),
])
def test_his_guest_and_his_host_name_the_other_side_of_a_meeting(parser, text, expected):
    assert expected in triples(parser, text)


def test_his_guest_named_right_after_is_no_allusion(parser):
    # «ضيفه اليوناني نيكوس دندياس»: the guest is named, the word alludes to nobody else
    got = triples(parser, "التقى وزير الخارجية الألماني هايكو ماس نظيره التركي في برلين. ورفض الوزير التركي "
                          "اتهامات ضيفه اليوناني نيكوس دندياس لأنقرة.")
    assert ("Turkey", "opposes", "Germany") not in got


def test_in_its_turn_after_the_subject_is_no_role(parser):
    # «أدانت نيقوسيا بدورها …»: right after the subject, «بدورها» is "in its turn", not a role whose owner is
    # condemned
    got = triples(parser, "ووصف وزير الخارجية اليوناني المذكرة بأنها باطلة. كما أدانت نيقوسيا بدورها المذكرة.")
    assert ("Cyprus", "opposes", "Greece") not in got


def test_a_suffixed_masdar_with_lam_joined_after_a_comma_is_a_second_object(parser):
    # «…، ورفضها للحلول العسكرية»: the affirmed position's second object, her rejection of something no actor
    # names; no verb "and rejected it" whose subject is the government named before
    got = triples(parser, "وأكد الأمير موقف دولة قطر الداعم لحكومة الوفاق الوطني بوصفها الحكومة الشرعية، "
                          "ورفضها للحلول العسكرية.")
    assert ("Qatar", "supports", "GNA") in got and ("Qatar", "opposes", "GNA") not in got


def test_an_act_demanded_in_quotation_marks_behind_a_detached_bi(parser):
    # «طالبت مصر مجلس الأمن بـ"فرض عقوبات …"»: the one asked acts on nobody yet; the one who asks opposes
    got = triples(parser, "وطالبت مصر مجلس الأمن بـ\"فرض عقوبات رادعة على تركيا\".")
    assert ("Egypt", "opposes", "Turkey") in got and ("UN", "opposes", "Turkey") not in got


@pytest.mark.parametrize("text", [
    # an agreement said to carry or entail no legal effect is opposed with both its parties
    "وقال شكري إن مذكرتي التفاهم الموقعتين بين أنقرة وحكومة الوفاق «لا تحملان أي أثر قانوني».",
    "وقال شكري إن الاتفاق الموقع بين أنقرة وحكومة الوفاق لا يرتب أي أثر قانوني.",
])
def test_an_agreement_with_no_legal_effect(parser, text):
    got = claims_with_polarity(parser, text)
    assert {("Egypt", "opposes", "Turkey", False), ("Egypt", "opposes", "GNA", False)} <= got


def test_a_press_conference_held_on_a_day_in_commas_with_a_partner(parser):
    # «مؤتمر صحفي عقده، الاثنين، في قصر … مع …»: the day in commas is the conference's own words
    got = triples(parser, "وقال ماكرون في مؤتمر صحفي عقده، الاثنين، في قصر ميزبرغ مع المستشارة الألمانية أنغيلا "
                          "ميركل إن الحل في ليبيا سياسي.")
    assert ("France", "met", "Germany") in got


@pytest.mark.parametrize("text, expected", [
    # beside the partner («إلى جانب/بجانب»), as with him («مع»): the two stood together before the press
    ("وقال وزير الخارجية الإيطالي، في مؤتمر صحفي بجانب المبعوث الأممي، إن الحل في ليبيا سياسي.",
     ("Italy", "met", "UN")),
    ("وأكد بومبيو في مؤتمر صحفي عقده في واشنطن إلى جانب وزير الخارجية اليوناني أن بلاده تدعم الحوار.",
     ("US", "met", "Greece")),
])
def test_a_press_conference_beside_a_partner(parser, text, expected):
    assert _undirected(triples(parser, text)) == {("met", frozenset((expected[0], expected[2])))}


@pytest.mark.parametrize("text, expected, unwanted", [
    # one behind «بـ» after a meeting verb is met, whatever the parser calls him
    ("ووصل بوريل إلى القبة، حيث اجتمع برئيس مجلس النواب عقيلة صالح.", ("EU", "met", "LNA"), None),
    # after «حيث», the one who went there meets, not the one met in the place before
    ("واختتم بوريل جولة قادته إلى طرابلس حيث التقى رئيس المجلس الرئاسي فائز السراج، ثم إلى مدينة القبة حيث اجتمع "
     "برئيس مجلس النواب عقيلة صالح.", ("EU", "met", "LNA"), ("GNA", "met", "LNA")),
])
def test_met_behind_bi_where_one_went(parser, text, expected, unwanted):
    got = triples(parser, text)
    assert expected in got and unwanted not in got


def _candidates(parser, text: str) -> tuple:
    """The registry and every candidate of the sentence ``text``, rules' and co-occurrences' alike."""
    from kg.candidates import sentence_candidates
    from kg.ontology import registry
    from kg.triggers import find_triggers
    reg, matcher = registry(), default_matcher()
    extractor = RelationExtractor(reg)
    words = words_of(parser.parse(text)[0], text)
    mentions = matcher.find(words)
    hits = find_triggers(words, extractor.trigs)
    rels = extractor.extract(words, mentions, hits=hits)
    return reg, sentence_candidates(words, mentions, hits, rels, reg)


def _meeting_pairs(parser, text: str) -> set[tuple[str, str]]:
    """The party pairs of every meeting candidate of a sentence, rules' and co-occurrences' alike."""
    reg, candidates = _candidates(parser, text)
    return {tuple(sorted((reg.party_of(c.source.actor), reg.party_of(c.target.actor))))
            for c in candidates if c.relation == "met"}


@pytest.mark.parametrize("text", [
    # each met apart, named as such before the list, or one after the other with «ثم»: no candidate of the two
    "وقالت المستشارة الألمانية إنها التقت، كلا على حدة، رئيس حكومة الوفاق فائز السراج وقائد قوات شرق ليبيا خليفة حفتر.",
    "وزار المبعوث الأممي غسان سلامة بنغازي وطرابلس، حيث التقى على التوالي حفتر والسراج.",
    "وزار المبعوث الأممي غسان سلامة بنغازي وطرابلس حيث التقى حفتر ثم السراج.",
])
def test_no_meeting_candidate_between_those_met_one_after_the_other(parser, text):
    assert ("GNA", "LNA") not in _meeting_pairs(parser, text)


def test_a_woman_named_after_a_feminine_verb_is_what_inha_resumes(parser):
    # «قالت ميركل إنها التقت …»: the feminine verb before her name says the person is a woman, whom «إنها» resumes
    got = triples(parser, "وقالت ميركل إنها التقت رئيس حكومة الوفاق فائز السراج في برلين.")
    assert ("GNA", "met", "Germany") in got


def _cooccurrences(parser, text: str) -> set[tuple[str, str, str]]:
    """(source party, relation, target party) of every co-occurrence candidate of a sentence, whatever the
    model would make of it: what the candidate stage itself refuses is tested here."""
    from kg.candidates import COOCCURRENCE
    reg, candidates = _candidates(parser, text)
    return {(reg.party_of(c.source.actor), c.relation, reg.party_of(c.target.actor))
            for c in candidates if c.rule.startswith(COOCCURRENCE)}


def test_an_actor_past_a_long_aside_is_still_a_co_occurrence_of_the_trigger(parser):
    # the subject is 27 words before the trigger: past a long aside, still a candidate for the model to weigh
    text = ("وأعرب الرئيس الفرنسي إيمانويل ماكرون، في مؤتمر صحفي عقده مساء أمس في قصر الإليزيه مع رئيس وزراء "
            "إيطاليا بعد اجتماع طويل خصص لبحث ملف الهجرة غير النظامية عبر البحر المتوسط، عن قلقه من الانتهاكات "
            "التركية.")
    assert ("France", "opposes", "Turkey") in _cooccurrences(parser, text)


@pytest.mark.parametrize("text, refused", [
    # what a construction rules out, no co-occurrence brings back: a withdrawal welcomed praises nobody
    ("وقد رحبت باريس بانسحاب قوات حفتر من ضواحي العاصمة.", ("France", "supports", "LNA")),
    # «إلى جانب» with no armed forces before it is "besides": no siding, whoever is named after it
    ("وطالبت القاهرة بتهدئة شاملة إلى جانب استئناف المفاوضات مع حكومة الوفاق.", ("Egypt", "supports", "GNA")),
    ("واستقبلت روما حفتر في قصر الحكومة إلى جانب السراج.", ("Italy", "supports", "GNA")),
    # the complement of another stance's participle is what that participle is for or against
    ("وتدعم قطر الجماعات المناوئة لحفتر في الغرب الليبي.", ("Qatar", "supports", "LNA")),
    # past a circumstantial participle of another stance («متهمة إياها»), the actor is that participle's
    ("وذكرت صحف أن الولايات المتحدة باعت الصواريخ إلى قطر متهمة إياها بتسليمها لحكومة الوفاق.",
     ("US", "supports", "GNA")),
    # the clause after «في حين/فيما» has its own verb and subject
    ("واستقبل الرئيس التركي السراج في أنقرة، في حين ألغى حفتر زيارة إلى روما.", ("GNA", "met", "Italy")),
    # after «إن» a noun of its own is the clause's subject, not the speaker
    ("وقال بومبيو إن تلك الشحنات تدعم قوات حفتر.", ("US", "supports", "LNA")),
    # what a speaker says after the trigger is the speaker's statement, not the trigger's argument
    ("والتقى السيسي نظيره الفرنسي في القاهرة، بعدما قال ماكرون إن تونس شريك مهم.", ("Egypt", "met", "Tunisia")),
    # the agent of a circumstantial participle is the clause's subject, not an actor its object names
    ("وأكد ماكرون أن بلاده تعارض التدخل الروسي، معربا عن دعمه لحكومة الوفاق.", ("Russia", "supports", "GNA")),
    # a call a rule read has its two ends; a third actor is neither
    ("وأدان أردوغان القصف الإماراتي، وذلك في اتصال هاتفي مع نظيره الروسي.", ("UAE", "called", "Russia")),
    # the allies of an actor are the ones met, not the actor
    ("والتقى وزير الخارجية الإيطالي حلفاء حفتر في روما.", ("Italy", "met", "LNA")),
    # what one shields an actor from (kg:shieldsFrom), and what a support is against, is not backed
    ("وتعهدت أنقرة بحماية سكان مصراتة من اعتداءات قوات حفتر.", ("Turkey", "supports", "LNA")),
    ("وقدمت تركيا دعما عسكريا لحكومة الوفاق ضد قوات حفتر.", ("Turkey", "supports", "LNA")),
    # the one an informing verb tells is no source of what he is told
    ("وأبلغ أردوغان بوتين خلال المكالمة دعمه لحكومة الوفاق.", ("Russia", "supports", "GNA")),
    # two named each after a meeting verb of his own were met apart
    ("وتوجه السفير الأمريكي إلى طرابلس حيث التقى السراج، ثم إلى بنغازي حيث اجتمع بحفتر.", ("GNA", "met", "LNA")),
    # a meeting verb opening a clause after a comma, with both its sides after it: the actor before is no side
    ("ووصل السراج إلى روما، واجتمع رئيس الوزراء الإيطالي بالمبعوث الأممي.", ("GNA", "met", "UN")),
    # a future copula: a stance still to come
    ("وقال دبلوماسي إن إيطاليا ستكون شريكا في جهود دعم حكومة الوفاق.", ("Italy", "supports", "GNA")),
    # «الرجل» with the article is nobody's man: no genitive names a backer
    ("وزار وزير الخارجية الإيطالي بنغازي للقاء حفتر الرجل الأقوى في الشرق الليبي.", ("Italy", "supports", "LNA")),
])
def test_cooccurrences_the_constructions_refuse_are_no_candidates(parser, text, refused):
    got = _cooccurrences(parser, text)
    assert refused not in got
    if refused[1] in ("met", "called"):  # either way round
        assert (refused[2], refused[1], refused[0]) not in got


@pytest.mark.parametrize("text, expected", [
    # verdicts of error, scandal, disinformation, propaganda, politicisation or disaster on what an actor
    # did, said or holds, after «وصف … بأنه» or «اعتبر»: the one who says so opposes its owner
    ("ووصف المشري الاتفاق الإيطالي بأنه «خطأ سياسي فادح».", ("GNA", "opposes", "Italy")),
    ("ووصف لافروف الاتهامات الأمريكية بأنها «تضليل إعلامي».", ("Russia", "opposes", "US")),
    ("ووصف المسماري التقرير الأممي بأنه «مسيس».", ("LNA", "opposes", "UN")),
    ("واعتبرت أنقرة القرار اليوناني «فضيحة دبلوماسية».", ("Turkey", "opposes", "Greece")),
    ("ووصف باشاغا الموقف الفرنسي بأنه «دعاية رخيصة».", ("GNA", "opposes", "France")),
    ("ووصفت القاهرة السياسة التركية بأنها «كارثية».", ("Egypt", "opposes", "Turkey")),
])
def test_verdicts_of_error_scandal_disinformation_and_disaster(parser, text, expected):
    assert triples(parser, text) == {expected}


@pytest.mark.parametrize("text, expected", [
    # verdicts of aggression, betrayal, charade, fallacies, regret or shock on what an actor did or said
    ('ووصف وزير الخارجية بحكومة الوفاق تصريحات لافروف بأنها "مغالطات".', ("GNA", "opposes", "Russia")),
    ('ووصف باشاغا الموقف الأمريكي بأنه "صادم".', ("GNA", "opposes", "US")),
    ('ووصفت أنقرة القرار اليوناني بأنه "مؤسف".', ("Turkey", "opposes", "Greece")),
    ('ووصف الرئيس التركي هجوم حفتر على طرابلس بأنه "عدوان".', ("Turkey", "opposes", "LNA")),
    ('ووصف المتحدث باسم حكومة الوفاق الخطوة المصرية بأنها "اعتداء على السيادة الليبية".', ("GNA", "opposes", "Egypt")),
    ('ووصف المشري قرار البرلمان المصري بأنه "مسرحية".', ("GNA", "opposes", "Egypt")),
])
def test_verdicts_of_aggression_betrayal_charade_and_regret(parser, text, expected):
    assert triples(parser, text) == {expected}


@pytest.mark.parametrize("text, expected", [
    # contending with an actor for power or legitimacy («نازع»), the verb only: the noun «النزاع» is the war
    ("وقال السراج إن حفتر ينازع الحكومة الشرعية على السلطة.", {("LNA", "opposes", "GNA")}),
    ("وتنازع حكومة الوفاق قوات حفتر على السيطرة على الحقول النفطية.", {("GNA", "opposes", "LNA")}),
    ("وقال الوزير التركي إن النزاع في ليبيا لا حل عسكريا له.", set()),
])
def test_contending_with_an_actor(parser, text, expected):
    assert triples(parser, text) == expected


@pytest.mark.parametrize("text, negated", [
    # a stance not changed goes on; one changed is ended
    ("ولم تغير إيطاليا موقفها الداعم لحكومة الوفاق.", False),
    ("وغيرت إيطاليا موقفها الداعم لحكومة الوفاق بعد الانتخابات.", True),
])
def test_a_supportive_stance_changed_or_not(parser, text, negated):
    assert doc_claims(parser, text) == {("Italy", "supports", "GNA", negated)}


@pytest.mark.parametrize("text, expected", [
    # what a deal does not contain («لا يتضمن/لا ينص على»), wanted: the stance is asserted
    ("وتعهد الوزير اليوناني باستخدام حق النقض ضد أي اتفاق سلام لا يتضمن إلغاء المذكرة الموقعة بين أنقرة وحكومة الوفاق.",
     {("Greece", "opposes", "GNA", False), ("Greece", "opposes", "Turkey", False)}),
    ("ورفض حفتر الاتفاق لأنه لا يتضمن إلغاء المذكرة التركية.", {("LNA", "opposes", "Turkey", False)}),
    # (what did not happen is negated)
    ("ولم يتضمن برنامج زيارة الوزير الألماني أي لقاء مع المشير حفتر.", {("Germany", "met", "LNA", True)}),
])
def test_what_a_deal_does_not_contain_is_wanted(parser, text, expected):
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # «، ردا على سؤال،» (in reply to what) set off by commas between a denial and its «أن»
    ("ونفى الرئيس الروسي، ردا على سؤال للصحفيين، أن تكون موسكو قد أرسلت مقاتلين لدعم قوات حفتر.",
     {("Russia", "supports", "LNA", True)}),
    ("ونفى لافروف، ردا على سؤال، أن تكون بلاده تدعم حفتر عسكريا.", {("Russia", "supports", "LNA", True)}),
])
def test_an_aside_in_reply_to_a_question(parser, text, expected):
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # any meeting a negated verb says did not take place («دون أن يجمع», «لم يعقد خلال …»), no soldiers one has
    ("واختتم المؤتمر دون أن يجمع أي لقاء مباشر بين السراج وحفتر.", {("GNA", "met", "LNA", True)}),
    ("ولم يعقد خلال المؤتمر أي لقاء مباشر بين السراج وحفتر.", {("GNA", "met", "LNA", True)}),
    ("وقال المندوب الروسي إن بلاده ليس لها أي عسكريين يقاتلون إلى جانب قوات حفتر.",
     {("Russia", "supports", "LNA", True)}),
    # (what was not disclosed took place)
    ("وقال كونتي إن بلاده تدعم الحل السياسي، دون أن يكشف تفاصيل محادثاته مع حفتر.", {("Italy", "met", "LNA", False)}),
])
def test_none_of_it_took_place_or_exists(parser, text, expected):
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # «ولا يمكن الوثوق به» carries its own negator after «و»; the «لا» before negates the verb it stands before
    ("وقال المشري إن حفتر لا يعترف بالحوار ولا يمكن الوثوق به.", {("GNA", "opposes", "LNA", False)}),
    ("وقال أردوغان إن حفتر رجل لا يلتزم بكلمته ولا يمكن الوثوق به.", {("Turkey", "opposes", "LNA", False)}),
])
def test_regression_a_negator_of_another_verb_negated_a_phrase_with_its_own(parser, text, expected):
    assert doc_claims(parser, text) == expected


def test_a_cooccurrence_keeps_the_polarity_a_rule_read_at_its_trigger(parser):
    # the rule reads the mercenaries fighting beside Haftar as asserted; the country named in the denial
    # before them, paired with Haftar at the same trigger, is asserted there too (a party-level duplicate)
    from kg.candidates import COOCCURRENCE
    reg, candidates = _candidates(parser, "ونفى الكرملين أي صلة له بمرتزقة فاغنر الذين يقاتلون بجانب حفتر.")
    sided = [c for c in candidates if c.rule == f"{COOCCURRENCE}:sided" and reg.party_of(c.source.actor) == "Russia"]
    assert sided and not any(c.negated for c in sided)


@pytest.mark.parametrize("text, expected", [
    # the fighters fight, or whoever sent them: not the report or the speaker that tells of them
    ("وأشار التقرير الأممي إلى أن ألف مقاتل سوداني وصلوا إلى ليبيا للقتال في صفوف قوات حفتر.", set()),
    ("وقال وزير الخارجية الروسي إن لديه معلومات عن نقل تركيا مقاتلين من إدلب إلى ليبيا للقتال إلى جانب حكومة الوفاق.",
     {("Turkey", "supports", "GNA", False)}),
    ("وقالت الخارجية الأمريكية إن نظام الأسد ينقل مقاتلين من سوريا إلى ليبيا. وأضافت أن مئات المرتزقة وصلوا إلى سرت "
     "للقتال في صفوف قوات حفتر.", set()),
    # (the one charged with sending them, the one that sent them, the fighters' own side, the one that has none)
    ("واتهمت القاهرة أنقرة بنقل المرتزقة إلى ليبيا للقتال في صفوف ميليشيات الوفاق.",
     {("Egypt", "opposes", "Turkey", False), ("Turkey", "supports", "GNA", False)}),
    ("وقال المبعوث الأممي إن آلاف المرتزقة نقلتهم تركيا إلى طرابلس للقتال إلى جانب قوات الوفاق.",
     {("Turkey", "supports", "GNA", False)}),
    ("وقال المبعوث الأممي إن عناصر من شركة فاغنر الروسية يقاتلون في صفوف قوات حفتر.",
     {("Russia", "supports", "LNA", False)}),
    ("وقال المندوب الروسي إن بلاده لا تملك أي عسكريين يقاتلون إلى جانب قوات حفتر.",
     {("Russia", "supports", "LNA", True)}),
])
def test_regression_fighting_beside_an_actor_read_as_the_stance_of_whoever_spoke_of_the_fighters(parser, text,
                                                                                                  expected):
    assert doc_claims(parser, text) == expected


def test_regression_a_pair_from_the_sentence_before_took_one_of_its_own_sides_as_target(parser):
    # what the two ministers send bears their own nationalities: neither side of the pair is its target
    text = ("التقى وزير الدفاع التركي نظيره القطري في الدوحة. "
            "ووقع الوزيران اتفاقا لإرسال مستشارين عسكريين أتراك وقطريين إلى مصراتة.")
    assert doc_claims(parser, text) == {("Turkey", "met", "Qatar", False)}


def test_regression_a_name_the_tagger_calls_a_verb_read_as_a_dual_verb_carrying_the_pair_before(parser):
    # «تركيا» ends in «ا» as «اتفقا» does; tagged a verb, it made the pair of the meeting before the ones standing by
    text = "التقى وزير الخارجية المصري نظيره الإماراتي في القاهرة. وشكر السراج تركيا على وقوفها إلى جانب حكومته."
    got = doc_claims(parser, text)
    assert ("GNA", "supports", "Turkey", False) in got
    assert not {c for c in got if c[1] == "supports" and c[0] in ("Egypt", "UAE")}


@pytest.mark.parametrize("text, expected, wrong", [
    # past «بينما», the clause's own subject gives the masdar its agent, not the source of a claim before it
    ("وقال المشري إن تصريحات السيسي إعلان حرب، بينما أكدت الخارجية التركية أن أنقرة لن تتراجع عن دعم حكومة الوفاق.",
     ("Turkey", "supports", "GNA", False), ("Egypt", "supports", "GNA", False)),
    # the antecedent of the relative clause whose verb the purpose masdar follows, not the one concerned by it
    ("وأعرب الجنرال الأمريكي عن قلقه من أنشطة مجموعة فاغنر، التي أدخلت مقاتلات حديثة إلى قاعدة الجفرة لدعم قوات حفتر.",
     ("Russia", "supports", "LNA", False), ("US", "supports", "LNA", False)),
])
def test_regression_a_purpose_masdar_took_the_previous_source_past_a_clause_of_its_own(parser, text, expected, wrong):
    got = doc_claims(parser, text)
    assert expected in got and wrong not in got


@pytest.mark.parametrize("text, expected", [
    # «الأولى», the former: the first of the pair named before it, in its sentence or the one before
    ("وأوضح التقرير الأممي أن الإمارات وتركيا انتهكتا الحظر، وأن الأولى زودت قوات حفتر بطائرات مسيرة.",
     {("UN", "opposes", "UAE", False), ("UN", "opposes", "Turkey", False), ("UAE", "supports", "LNA", False)}),
    ("وقالت واشنطن إن الإمارات وتركيا انتهكتا الحظر. وأضافت أن الأولى زودت قوات حفتر بطائرات مسيرة.",
     {("US", "opposes", "UAE", False), ("US", "opposes", "Turkey", False), ("UAE", "supports", "LNA", False)}),
    # (the first of its kind is no actor)
    ("وزار أردوغان تونس، وكانت الأولى من نوعها منذ سنوات.", {("Turkey", "met", "Tunisia", False)}),
])
def test_regression_the_former_of_a_pair_read_as_nobody(parser, text, expected):
    assert doc_claims(parser, text) == expected


def test_regression_the_speaker_took_for_the_sender_of_things_the_clause_says_were_sent(parser):
    # «الطائرات» (the planes), a definite noun of things sent, is the subject of what is said: not the speaker's
    assert doc_claims(parser, 'وأوضحت أفريكوم أن الطائرات أرسلت "لدعم مرتزقة فاغنر".') == set()


@pytest.mark.parametrize("text, expected", [
    # one who keeps no word, said of the actor before it (as «لا يمكن الوثوق به»)
    ("وقال أردوغان إن حفتر لم يلتزم يوما بتعهداته.", {("Turkey", "opposes", "LNA", False)}),
    ("وقال ماكرون إن أنقرة لم تحترم أيا من التزاماتها في مؤتمر برلين.", {("France", "opposes", "Turkey", False)}),
    ("وقالت موسكو إن واشنطن لا تحترم سيادة الدول.", {("Russia", "opposes", "US", False)}),
    # (keeping it is no stance)
    ("وأكد أردوغان أن تركيا تحترم التزاماتها.", set()),
])
def test_keeping_no_commitment_said_of_an_actor(parser, text, expected):
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the seat fighters or arms are sent to stands for its government; a city arrived in or attacked stays a city
    ("وأرسلت تركيا مئات المرتزقة السوريين إلى طرابلس.", {("Turkey", "supports", "GNA", False)}),
    ("واتهم المسماري أنقرة بإرسال مقاتلين سوريين إلى طرابلس.",
     {("LNA", "opposes", "Turkey", False), ("Turkey", "supports", "GNA", False)}),
    ("ووصل وزير الدفاع التركي إلى طرابلس.", set()),
    # the necessity that forces leave, with the verb after «أن»
    ("وشدد المبعوث الأمريكي على ضرورة أن تغادر القوات التركية ليبيا.", {("US", "opposes", "Turkey", False)}),
])
def test_sent_to_a_seat_and_the_necessity_that_forces_leave(parser, text, expected):
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text, wrong", [
    # a capital what is said comes from is a place, not a source of support
    ("وقال المسماري في بيان من القاهرة إن أنقرة ترسل المرتزقة إلى حكومة الوفاق.",
     ("Egypt", "supports", "GNA", False)),
    # «يتم نقل …», it is done: the passive names no agent, the speaker least of all
    ("وقال المسماري إنه يتم نقل مئات المسلحين من سوريا إلى قوات الوفاق.", ("LNA", "supports", "GNA", False)),
])
def test_regression_a_capital_spoken_from_and_the_speaker_of_a_passive_read_as_supporters(parser, text, wrong):
    assert wrong not in doc_claims(parser, text)


@pytest.mark.parametrize("text, expected", [
    # «آلاف» (thousands) normalises to «الاف» and was read as a noun with the article, the speaker's own: a count
    # opens a clause with a subject of its own, the mercenaries, not the one who speaks of them
    ("وقال المبعوث الأممي إن آلاف المرتزقة نقلتهم تركيا إلى قوات الوفاق.", {("Turkey", "supports", "GNA", False)}),
    ("وقال المبعوث الأممي إن آلاف المرتزقة يقاتلون إلى جانب قوات حفتر.", set()),
    ("وقال المبعوث الأمريكي إن آلاف المرتزقة وصلوا إلى ليبيا لدعم قوات حفتر.", set()),
])
def test_regression_thousands_with_madda_read_as_a_definite_noun(parser, text, expected):
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # forces beside an actor past quotation marks or their company's noun, with their count, or fighting there
    ("وتحدث التقرير عن انتشار مئات من مقاتلي فاغنر إلى جانب قوات حفتر.", {("Russia", "supports", "LNA", False)}),
    ('وأكد التقرير وجود عناصر من مجموعة "فاغنر" إلى جانب قوات حفتر.', {("Russia", "supports", "LNA", False)}),
    ("وقال المسؤول إن فاغنر تقاتل جنبا إلى جنب مع قوات حفتر.", {("Russia", "supports", "LNA", False)}),
    ("وقال إن ألفي عنصر من فاغنر يعملون إلى جانب الجيش الوطني الليبي.", {("Russia", "supports", "LNA", False)}),
])
def test_forces_beside_an_actor_named_through_their_company_or_count(parser, text, expected):
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # «في المقابل», «في الوقت ذاته» (in turn, at the same time) between a participle and the role it praises
    ("وانتقد المسماري التدخل التركي، مشيدا في المقابل بالموقف التاريخي للرئيس السيسي.",
     {("LNA", "opposes", "Turkey", False), ("LNA", "supports", "Egypt", False)}),
    ("وانتقد أردوغان حفتر، مشيدا في الوقت نفسه بالدور الروسي.",
     {("Turkey", "opposes", "LNA", False), ("Turkey", "supports", "Russia", False)}),
])
def test_an_adverb_of_turn_or_time_between_praise_and_the_role_praised(parser, text, expected):
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a violation, an aggression or a threat said to be what an agreement is, after «إن/أن»: a verdict on it, as
    # «باطل» is, against its parties (bare after its phrase, or the object of «يمثل/يشكل»)
    ("وأكدت أثينا أن المذكرة الموقعة بين تركيا وحكومة الوفاق انتهاك لحقوق اليونان البحرية.",
     {("Greece", "opposes", "Turkey", False), ("Greece", "opposes", "GNA", False)}),
    ("وقال المتحدث باسم حكومة الوفاق إن الاتفاق البحري بين مصر واليونان اعتداء على حقوق ليبيا.",
     {("GNA", "opposes", "Egypt", False), ("GNA", "opposes", "Greece", False)}),
    ("واعتبرت القاهرة أن الاتفاق بين أنقرة وحكومة الوفاق يمثل تهديدا لأمن المنطقة.",
     {("Egypt", "opposes", "Turkey", False), ("Egypt", "opposes", "GNA", False)}),
    ("وأكدت القاهرة أن المذكرة التي وقعتها أنقرة مع حكومة الوفاق تهدد أمن المنطقة.",
     {("Egypt", "opposes", "Turkey", False), ("Egypt", "opposes", "GNA", False)}),
    # (the agreement named in the sentence before)
    ('ووقعت تركيا وحكومة الوفاق مذكرة للتفاهم. وقال وزير الخارجية اليوناني إن المذكرة "خرق فاضح لقانون البحار".',
     {("Greece", "opposes", "Turkey", False), ("Greece", "opposes", "GNA", False)}),
    # not a deed named in a clause of the agreement's own, the answer to another's
    ("وقال الوزير المصري إن الاتفاق جاء ردا على انتهاك تركي للقانون الدولي.", {("Egypt", "opposes", "Turkey", False)}),
    ("وقالت أثينا إن الاتفاق البحري مع القاهرة يمثل ردا على اعتداء تركي.", {("Greece", "opposes", "Turkey", False)}),
])
def test_a_deed_charged_as_what_an_agreement_is(parser, text, expected):
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # «محور الشر», «تحالف للشر»: branded evil
    ('ووصفت تركيا مصر واليونان وقبرص بأنها "تحالف للشر".',
     {("Turkey", "opposes", "Egypt", False), ("Turkey", "opposes", "Greece", False),
      ("Turkey", "opposes", "Cyprus", False)}),
    ("واعتبر المسماري أنقرة والدوحة محور الشر في المنطقة.",
     {("LNA", "opposes", "Turkey", False), ("LNA", "opposes", "Qatar", False)}),
])
def test_actors_branded_an_axis_of_evil(parser, text, expected):
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # three or more named in a list in one sentence, named again by their number in the next, whatever they did
    ("وأصدرت مصر واليونان وقبرص بيانا مشتركا. وانتقدت الخارجية التركية الدول الثلاث.",
     {("Turkey", "opposes", "Egypt", False), ("Turkey", "opposes", "Greece", False),
      ("Turkey", "opposes", "Cyprus", False)}),
    ("وصدر بيان عن فرنسا وإيطاليا وألمانيا. وقال السراج إن الدول الثلاث تدعم الحل السياسي.", set()),
    # (not by another number)
    ("وأصدرت مصر واليونان وقبرص بيانا مشتركا. وانتقدت أنقرة الدول الأربع.", set()),
])
def test_a_list_named_again_by_its_number_in_the_next_sentence(parser, text, expected):
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a masculine verb before a woman's name: she is its object, the subject dropped (here, after «بعد أن», the
    # main clause's)
    ("وأكد قيس سعيد، بعد أن استقبل ستيفاني ويليامز في قصر قرطاج، دعمه للحوار.", {("Tunisia", "met", "UN", False)}),
    ("وكان الرئيس التونسي قد استقبل، بعد أن التقى ستيفاني ويليامز، وفدا من البرلمان.",
     {("Tunisia", "met", "UN", False)}),
    # (a feminine perfect the tagger may call masculine: her own verb)
    ("وفي برلين، التقت ميركل فايز السراج.", {("Germany", "met", "GNA", False)}),
])
def test_a_woman_after_a_masculine_verb_is_its_object(parser, text, expected):
    def pairs(claims: set) -> set:  # (met and called are scored without direction)
        return {(s, r, t, n) if r not in ("met", "called") or s < t else (t, r, s, n) for s, r, t, n in claims}
    assert pairs(doc_claims(parser, text)) == pairs(expected)


@pytest.mark.parametrize("text, expected", [
    # a relative clause set off by commas between the subject and its verb is the subject's: the verb is not the
    # last actor's inside it
    ("وقال إن القاهرة، التي تدعم حفتر، تنتقد تركيا.",
     {("Egypt", "supports", "LNA", False), ("Egypt", "opposes", "Turkey", False)}),
    # (the one who rejects a deed too)
    ("وقال إن القاهرة، التي تدعم حفتر، ترفض التدخل التركي.",
     {("Egypt", "supports", "LNA", False), ("Egypt", "opposes", "Turkey", False)}),
    ("وقال إن القاهرة، التي تعتبر مع موسكو من أبرز داعمي حفتر، ترفض التدخل التركي.",
     {("Russia", "supports", "LNA", False), ("Egypt", "opposes", "Turkey", False)}),
])
def test_a_relative_clause_in_commas_between_the_subject_and_its_verb(parser, text, expected):
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # «غير» negates the adjective right after it, not a second predicate joined to it by «و»
    ("واعتبرت مصر الاتفاقيات الموقعة بين أنقرة وحكومة الوفاق غير قانونية وباطلة.",
     {("Egypt", "opposes", "Turkey", False), ("Egypt", "opposes", "GNA", False)}),
    ("وقال المسماري إن المذكرة الموقعة بين تركيا وحكومة الوفاق غير شرعية ولاغية.",
     {("LNA", "opposes", "Turkey", False), ("LNA", "opposes", "GNA", False)}),
    # (an adjective that governs the trigger is negated with it)
    ("وقالت موسكو إنها غير معنية وغير مستعدة لدعم حفتر.", {("Russia", "supports", "LNA", True)}),
])
def test_regression_a_second_predicate_after_a_negated_adjective_read_as_negated(parser, text, expected):
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text", [
    # «كلا على حدة», «على انفراد»: a list met each apart, after a subject kg does not know, did not meet each other
    "والتقى الوسيط السراج وحفتر، كلا على حدة.",
    "والتقى المضيف السراج وحفتر، كل على حدة، في قصر المؤتمرات.",
])
def test_regression_a_list_met_each_apart_read_as_meeting_each_other(parser, text):
    assert doc_claims(parser, text) == set()


@pytest.mark.parametrize("text, expected", [
    # an ambassador summoned or expelled over the signing of an agreement, behind «على خلفية/بسبب» past the
    # ambassador and where: against the agreement's parties
    ("واستدعت اليونان السفير الليبي على خلفية توقيع حكومة الوفاق مذكرة مع تركيا.",
     {("Greece", "opposes", "GNA", False), ("Greece", "opposes", "Turkey", False)}),
    ("وطردت اليونان سفير ليبيا لديها صباح اليوم على خلفية توقيع المذكرة مع تركيا.",
     {("Greece", "opposes", "Turkey", False)}),
    # (not over something else said of the agreement)
    ("واستدعت اليونان السفير الليبي بسبب تصريحات وزير الداخلية عن الاتفاق مع تركيا.", set()),
])
def test_a_summons_over_the_signing_of_an_agreement(parser, text, expected):
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verdict after a verb of considering or describing whose object pronoun resumes the agreement named before
    # (in the sentence, after a comma, or in the one before): the verb's subject holds it against the parties
    ('ووقعت تركيا وحكومة الوفاق مذكرة للتفاهم، تعتبرها اليونان "لاغية ومخالفة لقانون البحار".',
     {("Greece", "opposes", "Turkey", False), ("Greece", "opposes", "GNA", False)}),
    ("ووقعت تركيا وحكومة الوفاق مذكرة للتفاهم. واعتبرها البرلمان الليبي باطلة.",
     {("HoR", "opposes", "Turkey", False), ("HoR", "opposes", "GNA", False)}),
    # (not a verb of describing with an actor for its object)
    ("ووقعت تركيا وحكومة الوفاق مذكرة للتفاهم. ووصف السراج حفتر بأنه فاقد للشرعية.",
     {("GNA", "opposes", "LNA", False)}),
])
def test_a_verdict_on_an_agreement_a_pronoun_resumes(parser, text, expected):
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the nominative dual of an agreement noun, as a subject («مذكرتا التفاهم», «الاتفاقيتان»): remembered with its
    # signers for the dual named again later
    ("أثارت مذكرتا التفاهم اللتان أبرمهما أردوغان والسراج جدلا واسعا. وقالت القاهرة إن المذكرتين «باطلتان».",
     {("Egypt", "opposes", "Turkey", False), ("Egypt", "opposes", "GNA", False)}),
    ("أثارت الاتفاقيتان اللتان وقعهما السراج والرئيس التركي قلق أثينا. ووصف الوزير اليوناني الاتفاق بأنه «انتهاك».",
     {("Greece", "opposes", "Turkey", False), ("Greece", "opposes", "GNA", False)}),
])
def test_an_agreement_named_by_its_nominative_dual(parser, text, expected):
    assert doc_claims(parser, text) >= expected


@pytest.mark.parametrize("text, expected", [
    # «في بيان مشترك» right after a list: «البيان» in a later sentence is the words of the whole list
    ("ندد وزراء خارجية فرنسا وإيطاليا وقبرص، في بيان مشترك، بالتدخل التركي. واعتبر البيان أن الاتفاق الموقع بين"
     " تركيا وحكومة الوفاق باطل.",
     {("Italy", "opposes", "GNA", False), ("Cyprus", "opposes", "GNA", False), ("France", "opposes", "GNA", False)}),
    ("رحبت فرنسا وإيطاليا، في بيان، باستئناف المحادثات. ودعا البيان موسكو إلى سحب مرتزقة فاغنر.",
     {("France", "opposes", "Russia", False), ("Italy", "opposes", "Russia", False)}),
])
def test_a_list_that_spoke_in_one_statement_is_that_statement_named_again(parser, text, expected):
    assert doc_claims(parser, text) >= expected


@pytest.mark.parametrize("text, expected, unexpected", [
    # one deal named with one party and, before or after, with both: «الاتفاق» named again is the deal with both
    ("احتجت اليونان على الاتفاق البحري مع أنقرة. وقالت القاهرة إن المذكرة التي وقعها السراج وأردوغان باطلة."
     " وأعلنت قبرص رفضها للاتفاق.", ("Cyprus", "opposes", "GNA", False), None),
    ("قالت القاهرة إن المذكرة التي وقعها السراج وأردوغان باطلة. واحتجت اليونان على الاتفاق البحري مع أنقرة."
     " وأعلنت قبرص رفضها للاتفاق.", ("Cyprus", "opposes", "GNA", False), None),
    # (not a deal whose one party is none of the other's)
    ("وقع السراج وأردوغان مذكرة تفاهم بحرية. واحتجت أنقرة على الاتفاق البحري مع اليونان. ورفضت حكومة الوفاق"
     " الاتفاق.", ("GNA", "opposes", "Greece", False), ("GNA", "opposes", "Turkey", False)),
])
def test_a_deal_named_with_one_party_is_the_one_named_with_both(parser, text, expected, unexpected):
    got = doc_claims(parser, text)
    assert expected in got and unexpected not in got


@pytest.mark.parametrize("text, expected", [
    # a signing verb with its subject before it (a headline's word order, or after «كان … قد»): that subject signed
    ("مصر واليونان توقعان اتفاقا بحريا. وأعلنت تركيا رفضها للاتفاق.",
     {("Turkey", "opposes", "Egypt", False), ("Turkey", "opposes", "Greece", False)}),
    ("وكانت مصر واليونان قد وقعتا اتفاقا بحريا في أغسطس. وأعلنت تركيا رفضها للاتفاق.",
     {("Turkey", "opposes", "Egypt", False), ("Turkey", "opposes", "Greece", False)}),
    # (not a verb joined by «و» to a clause of its own: its subject is the one before, not the object there)
    ("استقبل السيسي حفتر ووقعا اتفاقا للتعاون. ورفضت حكومة الوفاق الاتفاق.", {("Egypt", "met", "LNA", False)}),
])
def test_a_signing_verb_after_its_subject(parser, text, expected):
    assert doc_claims(parser, text) == expected


def test_regression_the_parties_of_one_deal_read_past_the_noun_of_another(parser):
    # «مع حكومة الوفاق» after «المذكرة» is that deal's, not the party of «الاتفاق» named before it
    text = ("وقعت مصر واليونان اتفاقا بحريا. وقال دندياس إن الاتفاق يلغي المذكرة التي وقعتها تركيا مع حكومة"
            " الوفاق. وأعلنت أنقرة رفضها للاتفاق.")
    got = doc_claims(parser, text)
    assert ("Turkey", "opposes", "Egypt", False) in got and ("Turkey", "opposes", "Greece", False) in got


@pytest.mark.parametrize("text", [
    # «توقّع» with the prefix of its imperfect («تتوقع», «يتوقع») is to expect, not to sign: the one who expects a
    # deal to fall is no party of it
    "ووقعت تركيا وحكومة الوفاق مذكرة تفاهم. والقاهرة تتوقع أن يسقط الاتفاق، وتعتبره باطلا.",
    "ووقعت تركيا وحكومة الوفاق مذكرة تفاهم. وتتوقع القاهرة أن يسقط الاتفاق، وتعتبره باطلا.",
])
def test_regression_a_verb_of_expecting_read_as_signing(parser, text):
    assert doc_claims(parser, text) == {("Egypt", "opposes", "Turkey", False), ("Egypt", "opposes", "GNA", False)}


@pytest.mark.parametrize("text", [
    # two deal nouns joined by «و» share the parties named after the second
    "وأعربت اليونان عن رفضها للمذكرة الأمنية وللاتفاقية البحرية المبرمة بين تركيا وطرابلس.",
    "وأعربت اليونان عن رفضها للمذكرة وللاتفاق البحري المبرم بين تركيا وطرابلس.",
])
def test_two_deals_joined_share_the_parties_named_after_them(parser, text):
    assert doc_claims(parser, text) == {("Greece", "opposes", "Turkey", False), ("Greece", "opposes", "GNA", False)}


@pytest.mark.parametrize("text", [
    # «بين» after a deal's noun names its signers, not the sides of the meeting named before the deal
    "وأكد الوزراء خلال اللقاء رفضهم للمذكرة الموقعة بين أنقرة وحكومة الوفاق.",
    "وبحث الوزيران خلال الاجتماع الاتفاق المبرم بين أنقرة وحكومة الوفاق.",
])
def test_regression_the_signers_of_a_deal_read_as_the_sides_of_a_meeting(parser, text):
    assert ("Turkey", "met", "GNA", False) not in doc_claims(parser, text)


@pytest.mark.parametrize("text", [
    # «مع (كل من) الوفدين» after a verb whose subjects are two: the two delegations are not its subjects, but the
    # two people named together before
    "وصل السراج وحفتر إلى موسكو لإجراء محادثات غير مباشرة. وكان لافروف ونظيره التركي قد التقيا مع كل من"
    " الوفدين بشكل منفصل.",
    "وصل السراج وحفتر إلى موسكو لإجراء محادثات غير مباشرة. واجتمع لافروف ونظيره التركي بالوفدين كلا على حدة.",
])
def test_two_delegations_met_by_two_others(parser, text):
    assert doc_claims(parser, text) == {("Russia", "met", "GNA", False), ("Russia", "met", "LNA", False),
                                        ("Turkey", "met", "GNA", False), ("Turkey", "met", "LNA", False)}


@pytest.mark.parametrize("text, expected", [
    # «كان» and its sisters of becoming and remaining, of two or more too, between a subject and its verb
    # (and the speaker charges the backers of his enemy: kg.accusations)
    ("وقال السراج إن أبوظبي والقاهرة كانتا تدعمان حفتر.",
     {("UAE", "supports", "LNA", False), ("Egypt", "supports", "LNA", False), ("GNA", "opposes", "UAE", False),
      ("GNA", "opposes", "Egypt", False)}),
    ("وقال السراج إن الإمارات ومصر أصبحتا تقاتلان صراحة إلى جانب حفتر.",
     {("UAE", "supports", "LNA", False), ("Egypt", "supports", "LNA", False), ("GNA", "opposes", "UAE", False),
      ("GNA", "opposes", "Egypt", False)}),
    ("وقال المتحدث إن موسكو باتت تقاتل إلى جانب حفتر.", {("Russia", "supports", "LNA", False)}),
])
def test_a_verb_of_becoming_between_a_subject_and_its_verb(parser, text, expected):
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # support received, quoted after «بأنها»: the one the pronoun names receives it
    ('واتهم السراج قوات حفتر بأنها "تتلقى مساعدات عسكرية من مصر والإمارات".',
     {("GNA", "opposes", "LNA", False), ("UAE", "supports", "LNA", False), ("Egypt", "supports", "LNA", False)}),
])
def test_support_received_quoted_after_that_with_a_pronoun(parser, text, expected):
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text", [
    # a protest at «استقبال غريمه/خصمه»: the reception of the protester's rival, its host named by the reception done
    # before, in the same sentence or the one before; «غريم» a rival noun as «خصم» is
    "استقبل ماكرون حفتر في الإليزيه، بينما ألغى السراج رحلته المقررة إلى باريس احتجاجا على استقبال غريمه.",
    "استقبل ماكرون حفتر في الإليزيه. وألغى السراج زيارته إلى باريس احتجاجا على استقبال خصمه.",
])
def test_a_protest_at_the_reception_of_a_rival_is_against_its_host(parser, text):
    assert doc_claims(parser, text) == {("France", "met", "LNA", False), ("GNA", "opposes", "LNA", False),
                                        ("GNA", "opposes", "France", False)}


@pytest.mark.parametrize("text, expected", [
    # the two sides of a meeting stay «the two delegations» past a sentence that names nobody
    ("اجتمع وفد حكومة الوفاق ووفد قوات حفتر في جنيف. ونص الاتفاق على خروج المرتزقة. وأشاد غوتيريش بشجاعة"
     " الوفدين.",
     {("GNA", "met", "LNA", False), ("UN", "supports", "GNA", False), ("UN", "supports", "LNA", False)}),
    # (not past one that names another actor)
    ("اجتمع وفد حكومة الوفاق ووفد قوات حفتر في جنيف. وقالت روسيا إن الاتفاق مهم. وأشاد غوتيريش بشجاعة"
     " الوفدين.",
     {("GNA", "met", "LNA", False)}),
])
def test_the_two_sides_named_again_past_a_sentence_that_names_nobody(parser, text, expected):
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a participle's clause set off by commas after the subject («، مثمنا …،», «، منتقدا …،»): its actors neither hold
    # the stance after it nor own «حكومته» there
    ("وأكد عقيلة صالح، مثمنا دعم مصر للمؤسسات الليبية، رفضه التدخل التركي.",
     {("LNA", "opposes", "Turkey", False), ("LNA", "supports", "Egypt", False)}),
    ("وقال السراج، منتقدا الدعم الإماراتي لحفتر، إن حكومته ترفض التدخل المصري.",
     {("UAE", "supports", "LNA", False), ("GNA", "opposes", "UAE", False), ("GNA", "opposes", "Egypt", False)}),
])
def test_regression_an_actor_inside_a_participle_aside_read_as_the_subject(parser, text, expected):
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a masdar of purpose after an indefinite attempt or plot is the attempt's, not the speaker's who calls it so
    ("ورفضت حكومة الوفاق المبادرة المصرية، معتبرة أنها «محاولة أخيرة لإنقاذ حفتر».",
     {("GNA", "opposes", "Egypt", False)}),
    # support requested: its genitive is the one asked, and nobody backs anyone yet
    ("وقال دندياس إن أثينا ستطلب دعم الاتحاد الأوروبي.", set()),
    # (a purpose of the speaker's own deed stays the speaker's)
    ("وقالت أنقرة إنها ستواصل إرسال المستشارين لدعم حكومة الوفاق.", {("Turkey", "supports", "GNA", False)}),
])
def test_regression_a_masdar_of_an_attempt_or_a_request_read_as_the_speakers_stance(parser, text, expected):
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # «برفقة/بصحبة X»: X came with the side named right before it and met the other side too; no one met behind «بـ»
    ("والتقى قائد أفريكوم، برفقة السفير الإيطالي، المشير حفتر في مدينة المرج.",
     {("US", "met", "LNA", False), ("Italy", "met", "LNA", False)}),
    ("وصل وزير الدفاع القطري إلى طرابلس، الأحد، بصحبة وزير الدفاع التركي، حيث التقيا السراج.",
     {("GNA", "met", "Qatar", False), ("Turkey", "met", "GNA", False)}),
    # a counterpart's pronoun names the side named first, whatever is named between
    ("واستقبل لافروف السراج وحفتر برفقة نظيره التركي في موسكو.",
     {("Russia", "met", "GNA", False), ("Russia", "met", "LNA", False), ("Turkey", "met", "GNA", False),
      ("Turkey", "met", "LNA", False)}),
    # (past the host's short name in parentheses and its commander's name)
    ("والتقى قائد القيادة الأمريكية في أفريقيا (أفريكوم) تاونسند، بصحبة السفير الإيطالي، المشير حفتر في الرجمة.",
     {("US", "met", "LNA", False), ("Italy", "met", "LNA", False)}),
])
def test_regression_a_companion_read_as_the_one_met(parser, text, expected):
    assert doc_claims(parser, text) == expected


def test_regression_a_short_title_with_its_preposition_unsplit_lost_its_marker(parser):
    # «بولي» left whole by the tokenizer: the «بـ» of a three-letter title word opens the name's phrase
    text = "وتناول لقاء جمع السراج بولي عهد أبوظبي سبل وقف القتال."
    assert doc_claims(parser, text) == {("GNA", "met", "UAE", False)}


@pytest.mark.parametrize("text, expected", [
    # a bare «الطرفين» after a sentence that names one actor on each side of a civil conflict, where nobody met and
    # no two people were named together: those two sides
    ("وقّع السراج الهدنة في موسكو بينما رفضها حفتر. واجتمع وزير الخارجية الروسي بالطرفين في مبنى الوزارة.",
     {("Russia", "met", "GNA", False), ("Russia", "met", "LNA", False)}),
    ("وقّع السراج الهدنة في موسكو بينما رفضها حفتر. وأجرى لافروف ونظيره التركي مباحثات مطولة مع ممثلي الطرفين.",
     {("Russia", "met", "LNA", False), ("Russia", "met", "GNA", False), ("Turkey", "met", "LNA", False),
      ("Turkey", "met", "GNA", False)}),
    ("وقّع السراج الهدنة في موسكو بينما رفضها حفتر. والتقى لافروف ونظيره التركي بممثلي الطرفين كلا على حدة.",
     {("Russia", "met", "LNA", False), ("Russia", "met", "GNA", False), ("Turkey", "met", "LNA", False),
      ("Turkey", "met", "GNA", False)}),
])
def test_the_two_sides_named_again_from_the_two_sides_at_war_named_before(parser, text, expected):
    assert doc_claims(parser, text) == expected


def test_regression_the_latter_read_as_the_country_a_pronoun_owns(parser):
    # «بلاده» (his country) names no one anew: «الأخير» in the next sentence is the last one named, Saleh
    text = "وأشاد الوزير الإيطالي بدور عقيلة صالح، وقال إن بلاده مستعدة للمساعدة. وقالت مصادر إن الأخير طالب روما" \
        " بالضغط على أنقرة."
    assert doc_claims(parser, text) == {("Italy", "supports", "LNA", False), ("LNA", "opposes", "Turkey", False)}


@pytest.mark.parametrize("text, expected", [
    # a verb the tagger reads as a noun («ثمن», a price), right after a phrase that hands the story to the next
    # speaker, or after «فيما/بينما/في حين» with its subject right after it
    ("ومن جانبه ثمن ترامب الجهود المصرية.", {("US", "supports", "Egypt", False)}),
    ("وأعلن السراج قبول الهدنة، فيما ثمن ماكرون الجهود الإيطالية.", {("France", "supports", "Italy", False)}),
    # (no subject after it: a noun)
    ("وأعلن السراج قبول الهدنة، بينما وقف إطلاق النار صامد في سرت.", set()),
])
def test_regression_a_verb_after_a_turn_or_while_read_as_a_noun(parser, text, expected):
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # «ثمّن» with the shadda of the second form is the verb, though the tagger calls it a noun (a price)
    ("وفي ختام اللقاء ثمّن ماكرون الدور الإيطالي.", {("France", "supports", "Italy", False)}),
    # (the noun, with no shadda, stays a noun)
    ("ودفعت تركيا ثمن تدخلها في ليبيا.", set()),
])
def test_regression_a_second_form_verb_with_its_shadda_read_as_a_noun(parser, text, expected):
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # who says that an actor backs his enemy charges the backer: one side of the civil war of the other's backer
    ("وقال باشاغا وزير داخلية حكومة الوفاق إن الإمارات ترسل أسلحة إلى قوات حفتر.",
     {("UAE", "supports", "LNA", False), ("GNA", "opposes", "UAE", False)}),
    # or one the document has shown backing the other side, after a speech verb with no subject of its own
    ("أكد أردوغان أن بلاده تقف مع حكومة الوفاق. وقال إن مصر تمد قوات حفتر بالسلاح.",
     {("Turkey", "supports", "GNA", False), ("Egypt", "supports", "LNA", False),
      ("Turkey", "opposes", "Egypt", False)}),
    # (a reporter no one has seen take a side charges no one; nor does one who backs the backed one too)
    ("وقال تقرير للأمم المتحدة إن الإمارات ترسل أسلحة إلى قوات حفتر.", {("UAE", "supports", "LNA", False)}),
    ("وقال أردوغان إن قطر تدعم حكومة الوفاق.", {("Qatar", "supports", "GNA", False)}),
    # (nor is a speaker the one who says what a clause of its own after «فيما/بينما» says)
    ("وقال المجلس الرئاسي إنه يرفض تصريحات السيسي، فيما أعلنت السعودية تأييدها لمصر.",
     {("GNA", "opposes", "Egypt", False), ("SaudiArabia", "supports", "Egypt", False)}),
])
def test_regression_a_backing_reported_by_the_backed_ones_enemy_charged_no_one(parser, text, expected):
    assert doc_claims(parser, text) == expected


def test_regression_a_quote_closing_between_a_complement_and_its_preposition_hid_the_complement(parser):
    # «رحب بـ«التعاون» مع …»: the masdar the verb governs is quoted; «مع» after the quote is still its own
    assert doc_claims(parser, "ورحب ماكرون بـ«التعاون» مع تونس.") == {("France", "supports", "Tunisia", False)}


@pytest.mark.parametrize("text, expected", [
    # a preposition of one letter written apart before a quote («بـ"…"») is no word of its own in a distance
    ("ورحب الرئيس التركي بـ«التعاون العسكري» مع حكومة الوفاق.", {("Turkey", "supports", "GNA", False)}),
    ("وأشاد وزير الخارجية الأمريكي بـ«الشراكة الوثيقة» مع تونس.", {("US", "supports", "Tunisia", False)}),
])
def test_regression_a_detached_preposition_before_a_quote_counted_as_a_word(parser, text, expected):
    assert doc_claims(parser, text) == expected


def test_regression_a_masdar_after_a_clause_of_its_own_given_the_doer_of_a_deed_before(parser):
    # «أن» opens a clause with its own subject: the support is Turkey's, not that of Egypt, the intervention's doer
    text = "وقال أقصوي إن التدخل المصري في ليبيا خطوة متهورة، مؤكدا أن تركيا ستواصل دعم حكومة الوفاق."
    assert doc_claims(parser, text) == {("Turkey", "opposes", "Egypt", False), ("Turkey", "supports", "GNA", False)}


@pytest.mark.parametrize("text, expected", [
    # a verb right after «، بينما/فيما/في حين», no subject of its own: the main clause's subject goes on, not the
    # nationality of the object before it
    ("وانتقد السراج الدعم الإماراتي، بينما أشاد بالموقف التركي.",
     {("GNA", "opposes", "UAE", False), ("GNA", "supports", "Turkey", False)}),
    ("وانتقد السراج الدعم الإماراتي، في حين أشاد بالموقف التركي.",
     {("GNA", "opposes", "UAE", False), ("GNA", "supports", "Turkey", False)}),
])
def test_regression_a_verb_after_while_given_the_nationality_of_the_object_before_for_subject(parser, text, expected):
    assert doc_claims(parser, text) == expected


def test_regression_a_conjunction_on_ma_read_as_a_dual_verb(parser):
    # «بعدما» (after) ends as a dual verb does and the tagger may call it one: the latter refused, not the pair met
    text = "واستقبلت ميركل السراج ثم حفتر، بعدما رفض الأخير أي لقاء مع خصمه."
    assert doc_claims(parser, text) == {("Germany", "met", "GNA", False), ("Germany", "met", "LNA", False),
                                        ("LNA", "opposes", "GNA", False)}


@pytest.mark.parametrize("text, expected", [
    # the two nationality adjectives of a bilateral deal joined by a hyphen: the one kg pairs is the other party
    ("ورفضت أثينا الاتفاق البحري التركي – الليبي.",
     {("Greece", "opposes", "Turkey", False), ("Greece", "opposes", "GNA", False)}),
    ("وقال ميتسوتاكيس إن مذكرة التفاهم الليبية-التركية لاغية.",
     {("Greece", "opposes", "Turkey", False), ("Greece", "opposes", "GNA", False)}),
])
def test_regression_the_other_party_of_a_deal_behind_a_hyphen_read_as_no_one(parser, text, expected):
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the «أن» of a wish follows the verb of wishing: one a participle of saying governs after it says, it wishes not
    ("وقال أردوغان إن بلاده لا تريد الحرب، مضيفا أن تركيا ماضية في دعم حكومة الوفاق.",
     {("Turkey", "supports", "GNA", False)}),
    # (a wish whose «أن» comes after an aside is still one)
    ("وتأمل حكومة الوفاق، كما قال السراج، أن تدعمها الولايات المتحدة.", set()),
])
def test_regression_a_wish_before_the_that_of_a_participle_of_saying_held_back_what_it_says(parser, text, expected):
    assert doc_claims(parser, text) == expected


def test_regression_a_verb_after_that_with_its_pronoun_read_as_a_noun(parser):
    # «أنه طالب»: after «أن» carrying its subject's pronoun the word is the verb (demanded), not the noun (student)
    text = "وقال ماكرون عقب اللقاء إن فرنسا تريد هدنة، مضيفا أنه طالب حفتر بوقف الهجوم على طرابلس."
    assert doc_claims(parser, text) == {("France", "opposes", "LNA", False)}


@pytest.mark.parametrize("text", [
    "وعبر ماكرون عن قلقه من تدفق مقاتلين أجانب على ليبيا، متهما أنقرة بإرسالهم لدعم حكومة الوفاق.",
    "وأبدى ماكرون قلقه، متهما تركيا بإرسال مرتزقة سوريين لمساندة حكومة الوفاق.",
])
def test_regression_the_participle_of_accusing_read_as_carrying_a_pronoun(parser, text):
    # «متهما» ends in «ـهما» as a dual pronoun does, but its «ـا» is the case ending: the one it names after it is
    # accused, and the accuser is not the one charged with the support
    assert doc_claims(parser, text) == {("France", "opposes", "Turkey", False), ("Turkey", "supports", "GNA", False)}


@pytest.mark.parametrize("text, expected", [
    # a second «أن» joined by «و», with a subject pronoun, takes up the first «أن» clause's subject
    ("وأكد أردوغان أن تركيا تواصل دعم حكومة الوفاق، وأنها تدين القصف الذي تنفذه قوات حفتر على العاصمة.",
     {("Turkey", "supports", "GNA", False), ("Turkey", "opposes", "LNA", False)}),
    ("وأعلن بوريل أنه طالب حفتر بوقف الهجوم على طرابلس، وأنه طالب تركيا بسحب مرتزقتها.",
     {("EU", "opposes", "LNA", False), ("EU", "opposes", "Turkey", False)}),
])
def test_regression_a_second_that_with_a_pronoun_given_the_nearest_actor_of_its_gender(parser, text, expected):
    assert doc_claims(parser, text) == expected


def test_regression_the_supply_an_embargo_bans_read_as_given_by_who_imposed_it(parser):
    # «حظر توريد الأسلحة»: the supply named after «حظر» is banned; nobody gives it, the Security Council least of all
    assert doc_claims(parser, "وأكد السراج التزام حكومته بحظر توريد الأسلحة الذي أقره مجلس الأمن.") == set()


def test_regression_arms_sent_to_both_sides_read_as_backing_each(parser):
    # «زودتا طرفي النزاع بالأسلحة»: arms sent to both sides named as one back neither
    assert doc_claims(parser, "وقال تقرير أممي إن الإمارات وتركيا زودتا طرفي النزاع بالأسلحة.") == set()


@pytest.mark.parametrize("text, expected", [
    # shipments of arms behind the preposition of a verb of condemning are what the verb governs: its subject sends
    # nothing, nor is the one it names backed by them
    ("وندد المسماري بشحنات الأسلحة التي ترسلها تركيا إلى الميليشيات في طرابلس.", {("LNA", "opposes", "Turkey", False)}),
    ("وندد المسماري بشحنات الأسلحة التركية إلى حكومة الوفاق.",
     {("LNA", "opposes", "Turkey", False), ("Turkey", "supports", "GNA", False)}),
])
def test_regression_shipments_a_verb_governs_given_the_verbs_subject_for_sender(parser, text, expected):
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # fighters or arms that arrive in the seat of a government are received by that government
    ("وانتقد ماكرون وصول مقاتلين أجانب إلى طرابلس بدعم تركي.",
     {("France", "opposes", "Turkey", False), ("Turkey", "supports", "GNA", False)}),
    # (one who arrives there himself is in the city)
    ("ووصل السراج إلى طرابلس قادما من روما.", set()),
])
def test_regression_the_seat_fighters_arrive_in_read_as_a_city(parser, text, expected):
    assert doc_claims(parser, text) == expected


def test_regression_the_one_concerned_at_fighters_arriving_read_as_their_sender(parser):
    # «قلقها من وصول مرتزقة …»: mercenaries whose arrival is told are sent by nobody named, least of all the one
    # concerned
    assert doc_claims(parser, "وأبدت باريس قلقها من وصول مرتزقة سوريين إلى حكومة الوفاق.") == set()


@pytest.mark.parametrize("text", [
    "وأبدت فرنسا قلقها من وصول الأسلحة إلى قوات الوفاق في طرابلس.",
    "وحذر الاتحاد الأوروبي من وصول شحنات الأسلحة إلى حفتر.",
])
def test_regression_the_radical_waw_of_arrival_read_as_a_conjunction(parser, text):
    # «وصول» begins with a «و» of its own: taken for «و» + «صول», the arrival behind «من» was no phrase of goods,
    # and the one worried by it sent them
    assert doc_claims(parser, text) == set()


@pytest.mark.parametrize("text, expected", [
    ("اتهام حكومة الوفاق للإمارات بإرسال أسلحة إلى قوات حفتر.",
     {("GNA", "opposes", "UAE", False), ("UAE", "supports", "LNA", False)}),
    ("وتتواصل اتهامات أنقرة للقاهرة بمواصلة إرسال الأسلحة إلى الجيش الوطني الليبي.",
     {("Turkey", "opposes", "Egypt", False), ("Egypt", "supports", "LNA", False)}),
])
def test_regression_the_accuser_read_as_sending_what_the_accused_is_charged_with(parser, text, expected):
    # «اتهام X لـY بـ…»: the accused behind «لـ» does the supply the charge names, not the accuser before it
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("ودعا ماكرون تركيا إلى الانسحاب خلال مؤتمر صحفي مشترك أمس مع الرئيس التونسي.",
     {("France", "opposes", "Turkey", False), ("France", "met", "Tunisia", False)}),
    ("وانتقد ماكرون حفتر في مؤتمر صحفي مشترك اليوم مع الرئيس التونسي.",
     {("France", "opposes", "LNA", False), ("France", "met", "Tunisia", False)}),
])
def test_regression_the_object_of_the_speakers_verb_read_as_holding_the_joint_press_conference(parser, text, expected):
    # «مؤتمر صحفي مشترك مع X» was read as talks, whose subject was the actor nearest before: the speaker's object
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وانتقد ماكرون تركيا خلال لقاء مع نظيره التونسي في باريس.",
     {("France", "opposes", "Turkey", False), ("France", "met", "Tunisia", False)}),
    ("وهاجم أردوغان حفتر أثناء اجتماع مع الرئيس التونسي.",
     {("Turkey", "opposes", "LNA", False), ("Turkey", "met", "Tunisia", False)}),
])
def test_regression_a_meeting_with_its_own_partner_after_a_verbs_object_read_as_nobodys(parser, text, expected):
    # «خلال لقاء مع X» after «V S O»: the subject met X; the object before «خلال» met no one
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وطالبت مصر تركيا بالبدء في سحب قواتها من ليبيا.", {("Egypt", "opposes", "Turkey", False)}),
    ("وطالب المندوب الأمريكي روسيا بالإسراع في سحب قواتها من ليبيا.", {("US", "opposes", "Russia", False)}),
])
def test_regression_a_demand_to_begin_withdrawing_read_as_another_act(parser, text, expected):
    # «بالبدء في سحب …»: to begin (or hasten) the act demanded is that act, not another one asked of the actor
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("ورفض أكار بشدة اتهامات ضيفه اليوناني.",
     {("Turkey", "opposes", "Greece", False), ("Turkey", "met", "Greece", False)}),
    ("ولم ينتقد أردوغان تصريحات حليفه القطري.",
     {("Turkey", "opposes", "Qatar", True), ("Qatar", "supports", "Turkey", False)}),
])
def test_regression_a_guest_or_ally_in_the_genitive_of_what_is_rejected_read_as_denied(parser, text, expected):
    # «ضيفه», «حليفه»: what one is to another, named in the genitive of the noun a verb rejects or negates, is
    # presupposed; the rejection is of the noun, not of the guest or the alliance
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وطالب ماكرون في ختام الاجتماع الذي استضافته باريس روسيا وتركيا بإخراج قواتهما.", set()),
    ("وانتهت المفاوضات غير المباشرة التي استضافتها موسكو بين ممثلي الجيش الوطني الليبي وحكومة الوفاق.", set()),
    # (a guest hosted is met)
    ("وحفتر الذي استضافه ماكرون في باريس رفض الهدنة.", {("France", "met", "LNA")}),
])
def test_regression_the_actors_after_an_event_hosted_read_as_guests(parser, text, expected):
    # «الاجتماع الذي استضافته باريس»: the pronoun on the verb of hosting resumes the meeting or the talks, so the
    # actors after its subject are no guests (and indirect talks are no meeting)
    met = {(s, r, t) for s, r, t, negated in doc_claims(parser, text) if r == "met" and not negated}
    assert met == expected


@pytest.mark.parametrize("text", [
    "واستقبل ماكرون المشير حفتر في الإليزيه، بعد أقل من شهرين على لقائه السراج في القصر نفسه.",
    "واستقبل ماكرون المشير حفتر، بعد أسبوع على لقائه السراج.",
])
def test_regression_his_meeting_dated_with_ala_read_as_the_objects(parser, text):
    # «بعد أسبوع على لقائه X», as «بعد أسبوع من لقائه X»: in a phrase of when after the clause, «his» is the
    # clause's subject, not its object
    assert doc_claims(parser, text) == {("France", "met", "LNA", False), ("France", "met", "GNA", False)}


@pytest.mark.parametrize("text, expected", [
    ("وأشاد باشاغا بالدعم الصادق من تركيا.", {("Turkey", "supports", "GNA", False)}),
    ("وثمن السراج الدعم المقدم من قطر.", {("Qatar", "supports", "GNA", False)}),
    # (given to something else)
    ("وأشاد السراج بالدعم المقدم من إيطاليا لجهود السلام.", set()),
])
def test_regression_support_praised_with_its_giver_after_min_read_as_nobodys(parser, text, expected):
    # «أشاد X بالدعم (المقدم) من Y»: the giver behind «من» gives it to the one who praises it, as «بالدعم التركي»
    assert doc_claims(parser, text) == expected


def test_regression_the_pronoun_behind_the_lam_of_a_support_phrase_read_as_no_one(parser):
    # «بتوفير غطاء سياسي له»: the «لـ» of the phrase with its pronoun is the one backed, the man named before
    text = "ويتقدم حفتر نحو سرت، بينما تتهم أنقرة باريس بتوفير غطاء سياسي له."
    assert doc_claims(parser, text) == {("Turkey", "opposes", "France", False), ("France", "supports", "LNA", False)}


def test_regression_a_demand_after_a_long_acting_title_read_as_no_demand(parser):
    # «القائم بأعمال سفير … لدى الأمم المتحدة» and a name: the act asked for stands sixteen words after the verb
    text = "ودعا القائم بأعمال سفير الولايات المتحدة لدى الأمم المتحدة جون سميث كلا من روسيا وتركيا إلى وقف التدخل."
    assert doc_claims(parser, text) == {("US", "opposes", "Russia", False), ("US", "opposes", "Turkey", False)}


def test_regression_military_units_sent_read_as_nothing_sent(parser):
    # «إرسال وحدات عسكرية إلى …»: units, as forces, are what is sent
    assert doc_claims(parser, "وأعلن أردوغان إرسال وحدات عسكرية إلى طرابلس.") == {("Turkey", "supports", "GNA", False)}


def test_regression_the_one_asked_to_halt_a_supply_read_as_giving_nothing(parser):
    # «طالبت مصر أنقرة بوقف إرسال المرتزقة إلى …»: the one asked to halt sending them sends them now
    assert doc_claims(parser, "وطالبت مصر أنقرة بوقف إرسال المرتزقة إلى حكومة الوفاق.") == \
        {("Egypt", "opposes", "Turkey", False), ("Turkey", "supports", "GNA", False)}


def test_regression_a_long_phrase_of_where_after_a_denial_read_as_denied(parser):
    # a phrase of where or when set off by commas runs longer than a relative clause: the meeting inside it is told,
    # not denied
    text = "ونفى شويغو، خلال لقاء جمعه بنظيره التركي خلوصي أكار على هامش اجتماع وزاري مطول في العاصمة الروسية، " \
           "أي دور لبلاده في القتال."
    assert doc_claims(parser, text) == {("Russia", "met", "Turkey", False)}


def test_regression_each_of_the_two_met_read_as_no_one(parser):
    # «التقى كلا منهما»: each of the two is the pair named before the meeting verb
    text = "وأعلن الكرملين أن السراج وحفتر وصلا إلى موسكو، وأن لافروف التقى كلا منهما على حدة."
    assert doc_claims(parser, text) == {("Russia", "met", "GNA", False), ("Russia", "met", "LNA", False)}


@pytest.mark.parametrize("text, expected", [
    # «أعرب عن شكره لـ…»: thanks expressed to an actor praise it, as thanking it does
    ("وأعرب عقيلة صالح عن شكره للقاهرة على مواقفها.", {("LNA", "supports", "Egypt", False)}),
    ("وعبرت حكومة الوفاق عن شكرها لتونس وتركيا.",
     {("GNA", "supports", "Tunisia", False), ("GNA", "supports", "Turkey", False)}),
])
def test_regression_thanks_expressed_to_an_actor_read_as_no_stance(parser, text, expected):
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text", [
    # «الجمهورية التركية», «الجانب التركي»: the state, or its side, named by its nationality after a head noun, is an
    # actor a list joins
    "وأشاد السراج بقطر والجانب التركي.",
    "وأشاد السراج بقطر والجمهورية التركية.",
])
def test_regression_a_state_named_as_the_republic_or_the_side_dropped_from_a_list(parser, text):
    assert doc_claims(parser, text) == {("GNA", "supports", "Qatar", False), ("GNA", "supports", "Turkey", False)}


@pytest.mark.parametrize("text, expected", [
    # «إلى تركيا، التي تتهمها فرنسا بـ…»: the pronoun on the accusation verb resumes the antecedent of «التي», behind
    # a preposition of the main clause, not that clause's subject
    ("وأشار ماكرون إلى تركيا، التي تتهمها فرنسا بإدخال مسلحين أجانب لدعم حكومة الوفاق.",
     {("France", "opposes", "Turkey", False), ("Turkey", "supports", "GNA", False)}),
    ("أشار المسؤول إلى روسيا، التي تتهمها واشنطن بنشر طائرات في الجفرة لدعم حفتر.",
     {("US", "opposes", "Russia", False), ("Russia", "supports", "LNA", False)}),
])
def test_regression_the_accused_resumed_behind_a_preposition_read_as_the_main_subject(parser, text, expected):
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text", [
    # «بخرق الحظر وبنقل مقاتلين …»: a second charge behind «وبـ» is the accused's deed, as the first is
    "انتقد الوزير الفرنسي تركيا، متهما إياها بخرق الحظر وبنقل مقاتلين أجانب إلى حكومة الوفاق.",
    "اتهم الوزير الفرنسي تركيا بخرق حظر السلاح وبنقل مقاتلين أجانب إلى حكومة الوفاق.",
])
def test_regression_a_second_charge_joined_by_wa_read_as_the_accusers_deed(parser, text):
    claims = doc_claims(parser, text)
    assert ("Turkey", "supports", "GNA", False) in claims and ("France", "supports", "GNA", False) not in claims


@pytest.mark.parametrize("text, expected", [
    # «ثمّن مساندة X», «ثمّن وقوف X إلى جانب …»: commending an actor's backing or its stand, as its support or role
    ("ثمن السراج مساندة قطر لليبيين في مواجهة العدوان.", {("GNA", "supports", "Qatar", False)}),
    ("ثمن السراج وقوف قطر إلى جانب ليبيا.", {("GNA", "supports", "Qatar", False)}),
    ("ثمنت مصر وقفة السعودية مع القاهرة.", {("Egypt", "supports", "SaudiArabia", False)}),
])
def test_regression_backing_or_a_stand_commended_read_as_no_stance(parser, text, expected):
    assert doc_claims(parser, text) == expected


def test_regression_the_ones_met_at_two_meetings_paired_as_meeting_each_other(parser):
    # «استقبل ماكرون حفتر … بعد أيام من لقائه السراج»: each was met at his own meeting (a verb's and a masdar's), so
    # no co-occurrence pairs the guest of one with the guest of the other for the model to weigh
    text = "واستقبل ماكرون حفتر في باريس يوم الجمعة بعد أسبوع من لقائه السراج في القاعة نفسها."
    pairs = {frozenset((c.source.actor, c.target.actor)) for _, cs in
             document_candidates(Document("t", text), parser.parse(text)) for c in cs if c.relation == "met"}
    assert frozenset(("Macron", "Haftar")) in pairs and frozenset(("Macron", "Sarraj")) in pairs
    assert frozenset(("Haftar", "Sarraj")) not in pairs


def test_regression_talks_with_no_place_of_their_own_were_a_meeting_candidate(parser):
    # «في ليبيا» is what the talks were about, not where they were held: the construction reads no meeting, and no
    # co-occurrence at the verb brings one back for the model to weigh
    text = "وناقش وزير الخارجية المصري مع نظيره الفرنسي مستجدات الأوضاع في ليبيا."
    assert not any(c.relation == "met" for _, cs in document_candidates(Document("t", text), parser.parse(text))
                   for c in cs)


def test_regression_an_actor_past_without_that_was_a_candidate_of_the_verb_before(parser):
    # «دون أن» opens a clause with its own verb: the actor in it is no object of «تؤيد» before it
    text = "وأكدت روما أنها تؤيد الحوار، دون أن تذكر شيئا عن اتصالاتها مع حفتر."
    assert not any(c.relation == "supports" for _, cs in document_candidates(Document("t", text), parser.parse(text))
                   for c in cs)


def test_regression_the_subjects_own_support_halted_read_as_nobodys(parser):
    # «أعلنت روما وقف المساعدات …»: a halt the clause's subject announces ends its own support, a negated claim the
    # construction reads itself (the halt is no withdrawal asked of others, whose backing names nobody)
    text = "وأعلنت روما وقف المساعدات العسكرية لحكومة الوفاق."
    claims = [c for c in extract_document(Document("t", text), parser.parse(text)) if c.relation == "supports"]
    assert [(c.source_party, c.target_party, c.negated, c.rule.split(":")[0]) for c in claims] == \
        [("Italy", "GNA", True, "masdar-before")]


def test_regression_the_subject_before_without_that_lost_its_pair_with_the_verb_inside(parser):
    # «، دون أن تدين حفتر»: the clause «دون أن» opens shares the sentence's subject, so the actor before it stays a
    # candidate of the verb inside (only an actor after «دون أن» is cut off from a verb before it)
    text = "واكتفت روسيا بالدعوة إلى التهدئة، دون أن تدين حفتر."
    assert any(c.relation == "opposes" and {c.source.actor, c.target.actor} == {"Russia", "Haftar"}
               for _, cs in document_candidates(Document("t", text), parser.parse(text)) for c in cs)


@pytest.mark.parametrize("text, expected", [
    # «، ثم بحفتر»: a further object after a comma, its preposition on a name the tokenizer left whole, is one more
    # met, as it is when the preposition is split off
    ("واجتمع بوتين بالسراج، ثم بحفتر.", {("Russia", "met", "GNA", False), ("Russia", "met", "LNA", False)}),
    ("واجتمع المبعوث الأممي، في جنيف، بالسراج، ثم بحفتر، في لقاءين منفصلين.",
     {("UN", "met", "GNA", False), ("UN", "met", "LNA", False)}),
])
def test_regression_a_further_object_with_the_preposition_on_its_name_dropped_from_the_list(parser, text, expected):
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # «أما X فقد …»: «فقد» answers the fronted topic, a particle between the subject and its verb (the tagger takes
    # the one word for a noun)
    ("أما أنقرة فقد أدانت بشدة الحصار الذي تفرضه قوات حفتر.", {("Turkey", "opposes", "LNA", False)}),
    ("أما تونس فقد دعمت المبادرة الأممية.", {("Tunisia", "supports", "UN", False)}),
])
def test_regression_the_topic_before_faqad_lost_as_the_subject(parser, text, expected):
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # phrases of where or when set off by commas take the subject past the window of a deed's stance holder; with no
    # actor nearer, the window does not count their words
    ("أعلنت الحكومة اليونانية، في بيان قصير، مساء الخميس، عن إجراءات جديدة للتصدي للتدخل التركي.",
     {("Greece", "opposes", "Turkey", False)}),
    ("وافق البرلمان المصري، خلال جلسة مغلقة، يوم الاثنين، على قرار يخول الجيش التصدي للعدوان التركي.",
     {("Egypt", "opposes", "Turkey", False)}),
])
def test_regression_a_subject_past_asides_of_where_and_when_out_of_the_deeds_window(parser, text, expected):
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # «دعوة X Y إلى وقف …»: a call on someone to stop, withdraw or end something is a demand, as «مطالبة» is; a call
    # with nothing of the kind after it (an invitation, a call on all sides) opposes nobody
    ("وجاء ذلك بعد دعوة واشنطن قوات حفتر إلى إنهاء عملياتها قرب سرت.", {("US", "opposes", "LNA", False)}),
    ("وجددت فرنسا دعوتها تركيا إلى سحب قواتها من ليبيا.", {("France", "opposes", "Turkey", False)}),
    ("ولبى السراج دعوة أردوغان لزيارة أنقرة.", set()),
    ("وجدد الاتحاد الأوروبي دعوته كل الأطراف إلى وقف المعارك.", set()),
])
def test_regression_a_call_on_an_actor_to_stop_read_as_no_demand(parser, text, expected):
    assert doc_claims(parser, text) == expected


def test_regression_the_nationality_of_what_two_send_read_as_their_target(parser):
    # «ووقعا معه اتفاقا لإرسال مستشارين قطريين وأتراك»: the nationalities of the advisers are the senders', not the
    # ones a dual subject backs, whichever of the two sides of the meeting before the dual names
    text = ("وصل وزيرا الدفاع التركي والقطري إلى مصراتة، حيث التقيا السراج، ووقعا معه اتفاقا لإرسال مستشارين قطريين "
            "وأتراك.")
    claims = doc_claims(parser, text)
    assert {("GNA", "met", "Qatar", False), ("GNA", "met", "Turkey", False)} <= claims
    assert not any(relation == "supports" for _, relation, _, _ in claims)


@pytest.mark.parametrize("text, expected", [
    # «اجتماعا ثلاثيا مع X وY»: a meeting of three sides held with two named together is one meeting: the two met too
    ("وعقد السيسي قمة ثلاثية مع رئيس الوزراء اليوناني والرئيس القبرصي في نيقوسيا.",
     {("Egypt", "met", "Greece", False), ("Egypt", "met", "Cyprus", False), ("Greece", "met", "Cyprus", False)}),
    ("وعقد السراج اجتماعا ثلاثيا في مصراتة مع رئيس الأركان التركي ووزير الخارجية القطري.",
     {("GNA", "met", "Turkey", False), ("GNA", "met", "Qatar", False), ("Turkey", "met", "Qatar", False)}),
])
def test_regression_the_two_a_trilateral_meeting_was_held_with_read_as_not_meeting(parser, text, expected):
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # «حلفائه»: a noun ending in hamza writes it on its seat before a pronoun (حلفاء → حلفائه), the same noun
    ("ويعتمد السراج على حلفائه الأتراك في معركة طرابلس.", {("Turkey", "supports", "GNA", False)}),
    ("واستقبل السراج وفدا من حلفائه الأتراك.", {("Turkey", "supports", "GNA", False)}),
])
def test_regression_a_noun_with_its_hamza_on_a_seat_before_a_pronoun_not_found(parser, text, expected):
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # «التقى X Y بحضور Z»: the «بـ» of «بحضور» marks no one the meeting verb met; its object is the one after it, and
    # the one present met the subject too (kgt:presence)
    ("والتقى أكار السراج بحضور السفير الأمريكي.", {("Turkey", "met", "GNA", False), ("Turkey", "met", "US", False)}),
    ("والتقى وزير الخارجية الروسي المشير حفتر في موسكو، بحضور وزير الدفاع التركي.",
     {("Russia", "met", "LNA", False), ("Russia", "met", "Turkey", False)}),
])
def test_regression_the_one_present_read_as_the_one_met_instead_of_the_object(parser, text, expected):
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # «عن "شكره …"»: a quotation that opens after the phrase's first word leaves the phrase whole («عن شكره»): the
    # thanks expressed to the one behind «لـ»
    ("وعبر السراج عن \"شكره الكبير لدولة قطر على مساندتها\".", {("GNA", "supports", "Qatar", False)}),
    ("وأعرب عقيلة صالح عن «شكره الجزيل لدولة الإمارات» على دعمها.",
     {("LNA", "supports", "UAE", False), ("UAE", "supports", "LNA", False)}),
])
def test_regression_a_phrase_broken_by_an_opening_quotation_mark_not_found(parser, text, expected):
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # «، متهمة X بـ…»: a participle of accusing governs the accused as its object (the tagger's noun); X is no author
    # of an accusation noun in construct, so the charge is X's
    ("وانتقدت أنقرة البيان، متهمة القاهرة بتسليح حفتر.",
     {("Turkey", "opposes", "Egypt", False), ("Egypt", "supports", "LNA", False)}),
    ("ورفضت الخارجية الروسية التقرير، متهمة واشنطن بدعم قوات الوفاق.",
     {("Russia", "opposes", "US", False), ("US", "supports", "GNA", False)}),
])
def test_regression_the_accused_after_a_feminine_participle_read_as_its_author(parser, text, expected):
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # «X المتهمة بدعم Y»: with the article the participle describes the actor before it, whatever preposition
    # governs that actor; the charge is the actor's, not a backing of it
    ("وأشار التقرير إلى روسيا المتهمة بدعم حفتر.", {("Russia", "supports", "LNA", False)}),
    ("وفرضت واشنطن عقوبات على شركة فاغنر المتهمة بدعم حفتر.",
     {("US", "opposes", "Russia", False), ("Russia", "supports", "LNA", False)}),
])
def test_regression_an_actor_described_as_accused_behind_a_preposition_read_as_backed(parser, text, expected):
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # «اتهم X Y بـ…، وZ بـ…»: a second accused joined by «، و» after the first charge, with its own charge behind «بـ»
    ("واتهم المسماري قطر بتمويل الميليشيات، وتركيا بإرسال المرتزقة إلى طرابلس.",
     {("LNA", "opposes", "Qatar", False), ("LNA", "opposes", "Turkey", False), ("Turkey", "supports", "GNA", False)}),
    ("واتهمت حكومة الوفاق الإمارات بقصف المدنيين، وروسيا بدعم حفتر.",
     {("GNA", "opposes", "UAE", False), ("GNA", "opposes", "Russia", False), ("Russia", "supports", "LNA", False)}),
])
def test_regression_a_second_accused_after_the_first_charge_not_read(parser, text, expected):
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # «التقى X، كلا على حدة، Y وZ»: each met apart, said between the subject and the ones met
    ("والتقت ميركل، كلا على حدة، السراج وحفتر.", {("Germany", "met", "GNA", False), ("Germany", "met", "LNA", False)}),
    ("والتقى وزير الخارجية الروسي، كلا على حدة، السراج والمشير حفتر.",
     {("Russia", "met", "GNA", False), ("Russia", "met", "LNA", False)}),
])
def test_regression_the_ones_met_after_an_aside_of_each_apart_not_read(parser, text, expected):
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # «V S O، وV-ه»: an object pronoun on a verb joined by «، و» to the clause before goes back to that clause's object,
    # a thing of its gender, not to an actor named inside it or before it; an actor as that object stays the referent
    ("ونفت أنقرة التقارير عن إرسال مقاتلين إلى حكومة الوفاق، ووصفتها بأنها أكاذيب.",
     {("Turkey", "supports", "GNA", True)}),
    ("ودعا المجلس الرئاسي الأمم المتحدة إلى التحقيق، فيما أدان غوتيريش الهجوم، ووصفه بأنه جريمة حرب.", set()),
    ("وانتقد أردوغان فرنسا، واتهمها بدعم حفتر.",
     {("Turkey", "opposes", "France", False), ("France", "supports", "LNA", False)}),
])
def test_regression_a_pronoun_resuming_the_object_before_read_as_an_actor(parser, text, expected):
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # «بحليفتها X», «Y وحليفتها X»: a supporter noun with a possessive (the feminine's «ة» written «ت» before it) takes
    # no genitive; the name right after it is the ally, who backs the possessor: the actor it is joined to by «و», or
    # the pronoun's referent
    ("وأشادت القاهرة بحليفتها أبوظبي.", {("Egypt", "supports", "UAE", False), ("UAE", "supports", "Egypt", False)}),
    ("وأكدت أنقرة دعمها لحكومة الوفاق وحليفتها قطر.",
     {("Turkey", "supports", "GNA", False), ("Qatar", "supports", "GNA", False)}),
])
def test_regression_the_name_after_a_possessed_ally_read_as_its_genitive(parser, text, expected):
    assert doc_claims(parser, text) == expected


def test_regression_an_ally_joined_to_an_actor_read_as_backed_by_it(parser):
    # «حفتر وحليفه بوتين»: Haftar's ally is Putin, who backs Haftar (it read as Haftar backing Putin)
    got = doc_claims(parser, "وانتقد أردوغان حفتر وحليفه بوتين.")
    assert ("Russia", "supports", "LNA", False) in got and ("LNA", "supports", "Russia", False) not in got


@pytest.mark.parametrize("text, expected", [
    # «انتقادات الوزير الفرنسي لـ…», «لقاء الوزير الروسي بـ…»: an official known only by the nationality after the head
    # of a title is the masdar's genitive, its agent, with its own object after it
    ("وتحدث السراج عن انتقادات الوزير الفرنسي لحكومة الوفاق.", {("France", "opposes", "GNA", False)}),
    ("وجاء ذلك بعد لقاء الوزير الروسي بحفتر في موسكو.", {("Russia", "met", "LNA", False)}),
])
def test_regression_an_official_named_by_nationality_after_a_masdar_not_its_agent(parser, text, expected):
    assert doc_claims(parser, text) == expected


def test_regression_a_day_set_off_by_commas_hid_the_second_signer_of_an_agreement(parser):
    # «وقع X ونظيره Y، الأحد في أثينا، اتفاقا»: an aside that a day opens, between the signers and the agreement,
    # keeps both signers its parties for «الاتفاق» named later
    text = ("وقع وزير الخارجية المصري ونظيره اليوناني، الأحد في أثينا، اتفاقا بشأن المناطق الاقتصادية للبلدين. "
            "واعتبرت تركيا أن الاتفاق باطل.")
    assert doc_claims(parser, text) == {("Turkey", "opposes", "Egypt", False), ("Turkey", "opposes", "Greece", False)}


def test_regression_his_country_after_the_latter_read_as_the_first_speakers(parser):
    # «وقال الأخير إن بلاده …»: «his country» is that of the one «the latter» names, not of the sentence before's first
    text = "التقى أردوغان بوتين في موسكو. وقال الأخير إن بلاده تدعم حفتر."
    assert doc_claims(parser, text) == {("Turkey", "met", "Russia", False), ("Russia", "supports", "LNA", False)}


@pytest.mark.parametrize("text, expected", [
    # «V S O و V2 O2»: a verb joined by «و» after the first verb's own complement opens a clause of its own; the actor
    # after it is its object, not the first verb's (nor is the object of a verb right after «أنها» that of the verb
    # before); with nothing but the subject and an adverb between, the two verbs share the object
    ("رحبت مصر بالقرار الأوروبي وانتقدت تركيا.", {("Egypt", "opposes", "Turkey", False)}),
    ("رفضت مصر التدخل الأجنبي وأكدت دعمها للجيش الوطني.", {("Egypt", "supports", "LNA", False)}),
    ("رفضتها تركيا، معتبرة أنها تخدم حفتر.", set()),
    ("دعمت روسيا بقوة وساندت حفتر.", {("Russia", "supports", "LNA", False)}),
])
def test_regression_the_object_of_a_joined_verb_read_as_the_first_verbs(parser, text, expected):
    assert doc_claims(parser, text) == expected


def test_regression_a_participle_after_a_while_clause_read_as_the_first_speakers(parser):
    # «قال X …، بينما أعرب Y عن …، متهما Z»: the participle goes on with the subject of the clause «بينما» opens
    text = "وقال أردوغان إن حفتر خرق الهدنة، بينما أعرب ماكرون عن قلقه، متهما أنقرة بإرسال المقاتلين."
    assert doc_claims(parser, text) == {("Turkey", "opposes", "LNA", False), ("France", "opposes", "Turkey", False)}


@pytest.mark.parametrize("text, expected", [
    # «اتهم X Y بـ(masdar) … و(masdar) …»: a second charge joined by «و» alone is the accused's too, whether the first
    # is a backing or not; a verb of the past joined so goes on with the subject
    ("اتهم ماكرون تركيا بانتهاك الحظر ونقل مقاتلين إلى حكومة الوفاق.",
     {("France", "opposes", "Turkey", False), ("Turkey", "supports", "GNA", False)}),
    ("اتهم السراج الإمارات بخرق الحظر وتسليح حفتر.",
     {("GNA", "opposes", "UAE", False), ("UAE", "supports", "LNA", False)}),
    ("اتهمت مصر تركيا بالتدخل وأرسلت قوات إلى الحدود.", {("Egypt", "opposes", "Turkey", False)}),
])
def test_regression_a_second_charge_joined_by_waw_alone_read_as_the_accusers(parser, text, expected):
    assert doc_claims(parser, text) == expected


def test_regression_a_participle_backing_the_actor_joined_before_it_lost(parser):
    # «X والقوات التركية الداعمة لها»: the participle on the second of two actors joined by «و», its object «لها», is
    # that actor's backing of the first
    text = "ونبه السيسي حكومة السراج والقوات التركية الداعمة لها إلى خطورة أي تقدم نحو سرت."
    assert doc_claims(parser, text) == {("Egypt", "opposes", "GNA", False), ("Egypt", "opposes", "Turkey", False),
                                        ("Turkey", "supports", "GNA", False)}


def test_regression_a_monarchs_nationality_after_a_masdar_not_its_genitive(parser):
    # «استقبال العاهل السعودي لحفتر»: a monarch, a prince or a spokesman known only by the nationality after the head
    # of the title is the masdar's genitive too
    assert doc_claims(parser, "وجاء ذلك بعد استقبال العاهل السعودي لحفتر في الرياض.") == \
        {("SaudiArabia", "met", "LNA", False)}


def test_regression_the_ones_met_each_apart_after_a_verb_with_its_subject_before_it_lost(parser):
    # «إنها التقت، كلا على حدة، X وY»: the aside of each apart right after the verb (its subject a pronoun before it,
    # «كلا» taken for a verb by the tagger) stands between the verb and the ones met
    text = "وقالت ميركل إنها التقت، كلا على حدة، رئيسي حكومة الوفاق ومجلس النواب."
    assert doc_claims(parser, text) == {("Germany", "met", "GNA", False), ("Germany", "met", "HoR", False)}


def test_regression_the_subject_after_a_verb_that_fima_opens_lost(parser):
    # «…، فيما اجتمع نظيره التركي بـX»: the verb after «فيما» has its own subject after it, which the parser took for
    # its object
    text = "واستقبل بوتين حفتر في سوتشي، فيما اجتمع نظيره التركي بالسراج في أنقرة."
    assert doc_claims(parser, text) == {("Russia", "met", "LNA", False), ("Turkey", "met", "GNA", False)}


def test_regression_a_press_conference_with_ones_host_named_after_the_noun_lost(parser):
    # «في مؤتمر صحفي مع مضيفها X», «مع ضيفه X»: the name in apposition to the host or guest noun is the partner
    text = "وصرحت المستشارة الألمانية خلال مؤتمر صحفي مع مضيفها الرئيس الروسي بأن الحل سياسي."
    assert doc_claims(parser, text) == {("Germany", "met", "Russia", False)}


@pytest.mark.parametrize("text, expected", [
    # «والتقى X، (aside)، بـY», «واستقبل X، (day)، (place)، Y»: the one met follows the asides after the subject, so
    # the verb has both and no subject to carry over from the sentence before
    ("ويقاتل مرتزقة فاغنر في صفوف قوات حفتر. وقد اجتمعت ميركل، خلال القمة الأوروبية، برئيس الوزراء الإيطالي.",
     {("Russia", "supports", "LNA", False), ("Germany", "met", "Italy", False)}),
    ("أعلنت تركيا رفضها للزيارة. واستقبل وزير الخارجية اليوناني، الجمعة، في أثينا، المشير خليفة حفتر.",
     {("Greece", "met", "LNA", False)}),
    # (not one present, behind «بحضور»: the subject met stays the one who arrived)
    ("وصل حفتر إلى القاهرة. والتقى الرئيس المصري، في قصر الاتحادية، بحضور مدير المخابرات.",
     {("LNA", "met", "Egypt", False)}),
])
def test_regression_the_one_met_after_asides_read_as_the_verbs_subject(parser, text, expected):
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text, absent", [
    # «دعا X Y إلى (act) لوقف …», «حث X Y على (act) لوقف …»: Y is asked to act so that something stops, not to stop
    # anything of its own, so X takes no stance against Y
    ("ودعت قطر مجلس الأمن إلى التحرك لوقف هجوم قوات حفتر.", ("Qatar", "opposes", "UN", False)),
    ("وحثت ألمانيا روسيا على بذل الجهود لوقف القتال.", ("Germany", "opposes", "Russia", False)),
    ("وطالبت حكومة الوفاق مجلس الأمن بـ\"كشف الدول التي تسلح حفتر\" ومحاسبتها.", ("GNA", "opposes", "UN", False)),
])
def test_regression_the_one_asked_to_act_against_a_third_read_as_opposed(parser, text, absent):
    assert absent not in doc_claims(parser, text)


@pytest.mark.parametrize("text", [
    # «طالب X Y على الفور بـ…», «دعا X Y على وجه السرعة إلى …»: an adverb behind «على» is no act of its own; the stop
    # after it is asked of Y
    "وطالبت مصر تركيا على الفور بوقف التدخل العسكري.",
    "ودعت مصر تركيا على وجه السرعة إلى سحب قواتها.",
])
def test_regression_an_adverb_behind_ala_read_as_the_act_asked_for(parser, text):
    assert doc_claims(parser, text) == {("Egypt", "opposes", "Turkey", False)}


def test_regression_a_stop_joined_after_a_long_first_act_lost(parser):
    # «طالب X Y بـ(act)…، وبالتوقف عن …»: the stop joined after the first act is asked of Y too, however long that act
    text = "وطالب السراج باريس بإدانة واضحة وصريحة للهجوم على العاصمة الليبية، وبالتوقف عن تسليح قوات حفتر."
    assert doc_claims(parser, text) == {("GNA", "opposes", "France", False), ("France", "supports", "LNA", False)}


@pytest.mark.parametrize("text", [
    # «طالب X Y بـ"وقف دعمها لـZ"»: the stop demanded, quoted after its preposition, is still a demand: Y backs Z now
    "وطالبت حكومة الوفاق الإمارات بـ\"وقف دعمها لحفتر\".",
    "ودعت حكومة الوفاق الإمارات إلى «وقف دعمها لحفتر».",
])
def test_regression_a_quoted_stop_of_support_read_as_the_supports_end(parser, text):
    assert doc_claims(parser, text) == {("GNA", "opposes", "UAE", False), ("UAE", "supports", "LNA", False)}


@pytest.mark.parametrize("text, expected", [
    # «اعتبر X أن Y "شريك في العدوان"», «وصف X Y بالشريك في سفك الدماء»: a partner in a deed is charged with it, no ally
    ("واعتبر الوزير التركي أن الإمارات \"شريك في العدوان\" على طرابلس.", {("Turkey", "opposes", "UAE", False)}),
    ("ووصف الوزير التركي الإمارات بالشريك في سفك دماء الليبيين.", set()),
    # (a partner with no deed stays an ally)
    ("واعتبر الرئيس المصري أن فرنسا شريك موثوق.", {("Egypt", "supports", "France", False)}),
])
def test_regression_a_partner_in_a_deed_read_as_an_ally(parser, text, expected):
    assert doc_claims(parser, text) == expected


def test_regression_his_country_after_the_reported_subject_read_as_the_speakers(parser):
    # «ذكر المتحدث أن الوزير الألماني أكد دعم بلاده …»: the subject of what is said, who speaks for a state, is the
    # nearer owner of «his country» than the one who reports it
    text = "وذكر المتحدث باسم الرئاسة أن الوزير الألماني أكد دعم بلاده للمبعوث الأممي."
    assert doc_claims(parser, text) == {("Germany", "supports", "UN", False)}


@pytest.mark.parametrize("text, expected", [
    # «كان لقاء بين X وY قد أرجئ», «تأجل الاجتماع بين X وY»: a meeting put off was not held
    ("وكان لقاء مماثل بين وزير الخارجية الإيطالي ونظيره المصري قد أرجئ الشهر الماضي.", set()),
    ("وتأجل الاجتماع بين السراج وحفتر.", set()),
    # («من أجل» is no putting off)
    ("وعقد لقاء بين وزير الخارجية الإيطالي ونظيره المصري في روما من أجل بحث الأزمة.",
     {("Italy", "met", "Egypt", False)}),
])
def test_regression_a_meeting_put_off_read_as_held(parser, text, expected):
    assert doc_claims(parser, text) == expected


def test_regression_a_target_inside_a_relative_clause_on_the_genitive_read_as_the_masdars(parser):
    # «لدعم X التي تواجه هجوما لـY»: the «لـ» phrase inside the relative clause on X is that clause's, not the support's
    text = "وأرسلت أنقرة مستشارين لدعم حكومة الوفاق التي تواجه حاليا هجوما لقوات حفتر."
    claims = doc_claims(parser, text)
    assert ("Turkey", "supports", "GNA", False) in claims
    assert ("GNA", "supports", "LNA", False) not in claims


@pytest.mark.parametrize("text", [
    # «التصدي لنقل المقاتلين إلى …», «مواجهة إرسال المرتزقة إلى …»: a supply confronted is others', not the one's who
    # confronts it
    "وطالب ماكرون بالتصدي لنقل المقاتلين إلى طرابلس عبر تركيا.",
    "ودعا الرئيس المصري إلى مواجهة إرسال المرتزقة إلى طرابلس.",
])
def test_regression_a_supply_confronted_read_as_the_confronters_own(parser, text):
    assert not any(c[1] == "supports" for c in doc_claims(parser, text))


def test_regression_a_detached_pronoun_of_no_actors_gender_read_as_an_actor(parser):
    # «نفت X أنباء عن اتصال بين A وB، واصفة إياها بـ…»: with no actor of the pronoun's gender before it, «إياها» is
    # the news denied, not B
    text = "ونفت الخارجية الأمريكية أنباء عن اتصال بين بومبيو وحفتر، واصفة إياها بالمضللة."
    assert ("US", "opposes", "LNA", False) not in doc_claims(parser, text)


@pytest.mark.parametrize("text", [
    # «رحب X بالخطوة، كما رحبت بها Y»: the pronoun behind «بـ» resumes the thing welcomed before, not X
    "ورحب الرئيس المصري بالخطوة، كما رحبت بها عواصم عربية بينها الرياض والدوحة.",
    "ورحبت القاهرة بالقرار، كما رحبت به الإمارات.",
])
def test_regression_a_pronoun_resuming_a_thing_welcomed_read_as_its_welcomer(parser, text):
    assert doc_claims(parser, text) == set()


def test_regression_the_latter_behind_a_preposition_not_read(parser):
    # «… بتقديم دعم كبير للأخير»: «the latter» with «لـ» on it heads its phrase; it is no adjective
    text = "وقال الوزير إن على حفتر الانسحاب من سرت، متهما فرنسا بتقديم دعم كبير للأخير."
    assert ("France", "supports", "LNA", False) in doc_claims(parser, text)


def test_regression_forces_named_in_quotes_before_a_nationality_not_read_alongside(parser):
    # «مقاتلين من «فاغنر» الروسية إلى جانب X»: the quotation marks that close the name are no word between
    text = "وتحدث تقرير عن وجود مقاتلين من «فاغنر» الروسية إلى جانب قوات حفتر."
    assert doc_claims(parser, text) == {("Russia", "supports", "LNA", False)}


def test_regression_a_purpose_read_as_the_previous_triggers_source_past_a_verbs_own_subject(parser):
    # «…، ومقاتلين جلبتهم Y لمساندة X»: the subject right after the verb between acts for the purpose
    text = ("وتحدث تقرير عن انتشار مقاتلي فاغنر بجانب قوات الجيش الوطني، "
            "ومقاتلين سوريين جلبتهم أنقرة لمساندة حكومة الوفاق.")
    assert doc_claims(parser, text) == {("Russia", "supports", "LNA", False), ("Turkey", "supports", "GNA", False)}


@pytest.mark.parametrize("text, expected", [
    # «إن X آخر من يحق له …», «إن X لا يريد السلام», «إن X لم يعد جهة شرعية»: verdicts on X
    ("وقال المندوب التركي إن موسكو آخر من يحق لها الحديث عن السلام.", {("Turkey", "opposes", "Russia", False)}),
    ("وقال الوزير التركي إن حفتر أثبت أنه لا يريد السلام.", {("Turkey", "opposes", "LNA", False)}),
    ("وقال أردوغان إن حفتر لم يعد جهة شرعية في ليبيا.", {("Turkey", "opposes", "LNA", False)}),
])
def test_regression_a_rebuttal_or_a_verdict_on_an_actor_not_read(parser, text, expected):
    assert doc_claims(parser, text) == expected


def test_regression_a_predicate_after_a_subject_pronoun_read_as_the_nearest_actors(parser):
    # «إن X تدعم Y، وهي لا تريد …»: «هي» is the predicate's subject, the actor of its gender, not the nearer Y
    text = "وقال المتحدث التركي إن باريس تدعم حفتر منذ زمن، وهي لا تريد السلام في ليبيا."
    assert doc_claims(parser, text) == {("France", "supports", "LNA", False), ("Turkey", "opposes", "France", False)}


@pytest.mark.parametrize("text", [
    # «نفت X الرواية الأمريكية», «نفى X روايات Y»: denying another's account of events opposes its author
    "ونفت موسكو الرواية الأمريكية بشأن الطائرات.",
    "ونفى الكرملين روايات واشنطن عن الطائرات.",
])
def test_regression_a_denied_account_read_as_no_stance_on_its_author(parser, text):
    assert doc_claims(parser, text) == {("Russia", "opposes", "US", False)}


def test_regression_the_aggressor_not_read_as_an_actor(parser):
    # «المعتدي»: the name the press of Tripoli's side gives Haftar's forces
    text = "وقال السراج إن حكومته لن تتفاوض مع المعتدي."
    assert doc_claims(parser, text) == {("GNA", "opposes", "LNA", False)}


def test_a_supply_confronted_with_its_giver_named_is_still_the_givers(parser):
    # «مواجهة إرسال تركيا المرتزقة إلى …»: confronting it does not give it, but the one named as sending it does
    text = "ودعا الرئيس المصري إلى مواجهة إرسال تركيا المرتزقة إلى طرابلس."
    assert doc_claims(parser, text) == {("Turkey", "supports", "GNA", False)}


@pytest.mark.parametrize("text", [
    # a presence or forces there at an actor's request back the one who asked: the presence noun's owner is its
    # adjective, the actor in construct with it, or its pronoun; the one who asked follows the phrase, or «منه/منها»
    # goes back to the actor of its gender named between
    "وصرح مسؤول في أنقرة بأن الوجود العسكري التركي على الأراضي الليبية قانوني وقد جاء بطلب من حكومة الوفاق.",
    "وأكد الوزير التركي أن وجود قوات بلاده في طرابلس تم بناء على دعوة رسمية من المجلس الرئاسي.",
    "وترى أنقرة أن انتشارها العسكري هناك تم بدعوة من المجلس الرئاسي.",
    "وأوضحت أنقرة أن تعاونها الدفاعي مع المجلس الرئاسي قانوني ويجري بطلب منه.",
])
def test_regression_a_presence_at_an_actors_request_read_as_no_backing(parser, text):
    assert doc_claims(parser, text) == {("Turkey", "supports", "GNA", False)}


def test_a_meeting_held_at_an_actors_request_backs_nobody(parser):
    # no presence noun before the phrase: a session called at someone's request is no backing of the one who asked
    assert doc_claims(parser, "وعقد مجلس الجامعة العربية اجتماعا طارئا بناء على طلب من مصر.") == set()


@pytest.mark.parametrize("text", [
    # what an actor's own is likened to, behind «بـ», is another's: no backing by the previous trigger's source
    'وترى أنقرة أن انتشارها العسكري هناك تم بدعوة من المجلس الرئاسي، ولا تجوز مساواته بـ"مرتزقة يحاربون لحساب حفتر".',
    ("وترى أنقرة أن انتشارها العسكري هناك تم بدعوة من المجلس الرئاسي، "
     "ولا تصح مقارنته بالمرتزقة الذين يحاربون لحساب حفتر."),
])
def test_regression_mercenaries_likened_to_read_as_the_previous_sources(parser, text):
    assert doc_claims(parser, text) == {("Turkey", "supports", "GNA", False)}


@pytest.mark.parametrize("text", [
    # «X، التي تعد أبرز داعمي Y»: a superlative in construct with a participle after a verb of being counted, as
    # after «من», names the actor counted as one of them
    "ويرى محللون أن موسكو، التي تعد أبرز داعمي حفتر، تخشى خسارة نفوذها.",
    "وقال إن موسكو التي تعد أبرز داعمي حفتر تخشى خسارة نفوذها.",
])
def test_regression_a_superlative_participle_after_a_verb_of_being_counted_not_read(parser, text):
    assert doc_claims(parser, text) == {("Russia", "supports", "LNA", False)}


def test_regression_forces_sent_at_an_actors_request_read_as_nobodys(parser):
    # forces with no owner named, right after a word of sending, are the sender's; «تقدمت به» names who asked
    text = "وأقر البرلمان التركي مذكرة تسمح للرئاسة بإرسال قوات إلى البلاد، استجابة لطلب تقدمت به حكومة الوفاق."
    assert doc_claims(parser, text) == {("Turkey", "supports", "GNA", False)}


@pytest.mark.parametrize("text, expected", [
    # money given, promised or offered to an actor backs it, as arms do: the one paid behind «ل/إلى», the one
    # promised as the verb's object, the one offered behind «على»
    ("وقال مسؤول ليبي إن قطر قدمت أموالا طائلة لحكومة الوفاق.", ("Qatar", "supports", "GNA", False)),
    ("وأكد التقرير أن أبوظبي قدمت ملايين الدولارات إلى قوات حفتر.", ("UAE", "supports", "LNA", False)),
    ("وذكرت الصحيفة أن قطر تعهدت بتقديم ملايين الدولارات لحكومة الوفاق.", ("Qatar", "supports", "GNA", False)),
    ("وذكرت الصحيفة أن قطر وعدت حكومة الوفاق بملايين الدولارات.", ("Qatar", "supports", "GNA", False)),
    ("وقال المسؤول إن موسكو عرضت على حفتر مئات الملايين من الدولارات.", ("Russia", "supports", "LNA", False)),
])
def test_regression_money_given_or_promised_to_an_actor_read_as_no_backing(parser, text, expected):
    assert doc_claims(parser, text) == {expected}


@pytest.mark.parametrize("text", [
    # money named, but as what a report is about, or a plan put to a body: nobody is paid
    "وقدمت ألمانيا للأمم المتحدة تقريرا عن الأموال المهربة.",
    "وعرضت الولايات المتحدة على الأمم المتحدة خطة لوقف تهريب الأموال.",
])
def test_money_named_but_not_given_backs_nobody(parser, text):
    assert doc_claims(parser, text) == set()


@pytest.mark.parametrize("text, expected", [
    # a deed or a presence the speaker says must stop, end or leave: its doer (the deed's relative clause subject, its
    # nationality adjective, the actor after the phrase that opens the clause) is opposed by the speaker
    ("وقال الوزير البريطاني إن الزحف الذي يقوده حفتر نحو المدينة يجب أن يتوقف.", {("UK", "opposes", "LNA", False)}),
    ("وشدد الوزير البريطاني على أنه يجب أن ينتهي الوجود العسكري الروسي هناك.",
     {("UK", "opposes", "Russia", False)}),
    ('وقالت موسكو: "الوجود التركي في ليبيا يجب أن ينتهي".', {("Russia", "opposes", "Turkey", False)}),
    # said during the call the sentence's subject made: the caller speaks, not the one called
    ("وأجرى وزير الخارجية البريطاني مكالمة مع السراج، أكد خلالها أن حملة حفتر على المدينة يجب "
     "أن تتوقف.", {("UK", "called", "GNA", False), ("UK", "opposes", "LNA", False)}),
])
def test_regression_a_deed_that_must_end_read_as_no_stance(parser, text, expected):
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text", [
    # a fighting between two sides, or a war, must end: nobody's deed
    "وقال الوزير البريطاني إن القتال بين قوات الوفاق وقوات حفتر يجب أن يتوقف.",
    "وقال المبعوث الأممي إن الحرب يجب أن تنتهي.",
])
def test_a_fighting_that_must_end_names_no_doer(parser, text):
    assert doc_claims(parser, text) == set()


@pytest.mark.parametrize("text, expected", [
    # a stop asked for a deed named in construct with its doer: the doer is opposed, not the one who asks spared
    ("ودعت ألمانيا في بيانها إلى وقف هجوم قوات حفتر على الموانئ النفطية.", {("Germany", "opposes", "LNA", False)}),
    ("وطالبت إيطاليا بوقف تقدم قوات حفتر نحو الغرب.", {("Italy", "opposes", "LNA", False)}),
    ("وطالبت أنقرة مجلس الأمن بإيقاف هجمات حفتر على الأحياء السكنية.", {("Turkey", "opposes", "LNA", False)}),
    ("وحثت إيطاليا على إنهاء تدخل روسيا في النزاع الليبي.", {("Italy", "opposes", "Russia", False)}),
])
def test_regression_a_stop_of_a_named_deed_read_as_no_stance(parser, text, expected):
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # verb, dual object pronoun, subject: the actor after «بهما» condemns the two deals, the one before signed them
    ("وأبرمت تركيا مع حكومة الوفاق في أنقرة اتفاقيتين للتعاون الأمني، نددت بهما قبرص.",
     {("Cyprus", "opposes", "Turkey", False), ("Cyprus", "opposes", "GNA", False)}),
])
def test_regression_subject_after_a_dual_object_pronoun_read_as_the_object(parser, text, expected):
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # whom a stand or a deployment is against: the clause's subject against the actor right after the phrase, not the
    # ally it stands beside; a negated verb before it negates leaving, not the stand
    ("وتساند قطر حكومة الوفاق في مواجهة قوات حفتر.",
     {("Qatar", "supports", "GNA", False), ("Qatar", "opposes", "LNA", False)}),
    ("ونشرت أنقرة مستشارين عسكريين في طرابلس لمواجهة قوات حفتر.", {("Turkey", "opposes", "LNA", False)}),
    ("وقال أكار إن أنقرة لن تترك حكومة الوفاق وحيدة في مواجهة ميليشيات حفتر.",
     {("Turkey", "supports", "GNA", False), ("Turkey", "opposes", "LNA", False)}),
    # the actor in quotation marks; the backing of the one confronted, listed after it, is confronted too, no backing
    # the subject gives
    ('وصرح أكار بأن أنقرة "لن تتخلى عن أشقائها" في مواجهة "قوات حفتر والمرتزقة الأجانب الداعمين لها".',
     {("Turkey", "opposes", "LNA", False)}),
    ('وصرح أكار بأن أنقرة "لن تتخلى عن أشقائها" في مواجهة "ميليشيات المشير حفتر والمرتزقة الموالين لها".',
     {("Turkey", "opposes", "LNA", False)}),
])
def test_regression_a_stand_in_the_face_of_an_actor_read_as_no_stance(parser, text, expected):
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # facing no actor kg knows (a crisis), or only the subject's own side: no stance against anyone
    ("وتساند قطر حكومة الوفاق في مواجهة الأزمة الاقتصادية.", {("Qatar", "supports", "GNA", False)}),
    ("واصطفت قوات حفتر خلال العرض العسكري في مواجهة المنصة التي جلس عليها حفتر.", set()),
    # two camps listed with no verb of their own: nobody takes a stand
    ("وذكر تقرير أن الحظر خرقته دول من المعسكرين (مصر وروسيا في مواجهة قطر وتركيا) مرارا.", set()),
])
def test_facing_no_other_side_states_nothing(parser, text, expected):
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a stance noun with a possessive pronoun before the participle: the pronoun's referent holds the stance, past a
    # complementizer and a verb of holding on, or as the subject of what it reports
    ("وأكدت إيطاليا أنها تتمسك بموقفها الداعم لحكومة الوفاق.", {("Italy", "supports", "GNA", False)}),
    ("وقال الوزير إن إيطاليا لم تبدل موقفها الداعم للسراج.", {("Italy", "supports", "GNA", False)}),
    ("وأوضحت مصر أن موقفها المؤيد للجيش الليبي لن يتغير.", {("Egypt", "supports", "LNA", False)}),
    ("وقال أردوغان إن روسيا لن تتخلى عن دورها الداعم لحفتر.", {("Russia", "supports", "LNA", False)}),
    # the stance an act is blamed on, in quotation marks: the one the act falls on holds it, not the one who acts
    ('وجمدت حكومة الوفاق تعاونها العسكري مع باريس جراء "موقفها الداعم لحفتر".',
     {("France", "supports", "LNA", False), ("GNA", "opposes", "France", False)}),
])
def test_regression_an_owned_stance_past_a_complementizer_read_as_no_stance(parser, text, expected):
    assert doc_claims(parser, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the author of what is rejected or welcomed named by a dual title and two nationality adjectives, with or without
    # the names after them: each state the adjectives name
    ("ورحبت أنقرة بالخطة التي طرحها الوزيران الألماني والإيطالي.",
     {("Turkey", "supports", "Germany", False), ("Turkey", "supports", "Italy", False)}),
    ("ورفض حفتر المبادرة التي أطلقها الوزيران الإيطالي لويجي دي مايو والتركي مولود جاويش أوغلو أمس.",
     {("LNA", "opposes", "Italy", False), ("LNA", "opposes", "Turkey", False)}),
    # a masdar of the verb's object, no definite noun after the relative verb: no author
    ("وانتقد السراج الخطة التي أعدتها لدعم حفتر.", set()),
])
def test_regression_an_author_named_by_a_dual_title_read_as_no_one(parser, text, expected):
    assert doc_claims(parser, text) == expected
