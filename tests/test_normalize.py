"""Arabic normalisation: matching must not shift evidence offsets."""
from kg.normalize import normalize, normalize_with_map, strip_diacritics


def test_folds_spelling_variants():
    assert normalize("أمريكا") == normalize("امريكا")
    assert normalize("الأميركية") == "الاميركيه"
    assert normalize("مصطفى") == normalize("مصطفي")
    assert normalize("مُؤَيِّد") == "مويد"
    assert strip_diacritics("دَعَمَ") == "دعم"


def test_map_points_back_into_the_original_text():
    text = "دَعمٌ أمريكيّ"
    norm, index = normalize_with_map(text)
    assert norm == "دعم امريكي"
    start = norm.index("امريكي")
    assert text[index[start]:index[start + len("امريكي") - 1] + 1].startswith("أمريكي")


def test_invisible_marks_and_persian_letters_of_web_text_do_not_hide_a_word():
    # a right-to-left mark after a word, a zero-width non-joiner inside one, Persian kaf and yeh
    for typed in ("التركي\u200f", "التر\u200cكي", "الترکی", "\ufeffالتركي"):
        assert normalize(typed) == normalize("التركي")
    text = "مصر\u200f تدين"
    norm, index = normalize_with_map(text)
    assert norm == "مصر تدين" and index[3] == 4 and text[index[3]] == " "


def test_claims_survive_a_direction_mark_after_a_nationality_adjective(parser):
    from kg.ingest import extract_document
    from kg.text import Document

    text = "وأدانت مصر التدخل التركي\u200f في ليبيا."
    claims = extract_document(Document("t", text), parser.parse(text))
    assert [(c.source_party, c.relation, c.target_party) for c in claims] == [("Egypt", "opposes", "Turkey")]
