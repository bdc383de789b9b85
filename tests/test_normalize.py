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
