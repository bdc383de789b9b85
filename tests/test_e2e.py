"""End to end with the real bundled Stanza models on a seed document (issue 2)."""
import json
from pathlib import Path

from typer.testing import CliRunner

from kg.cli import app

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "004_d522f629676ca2b6.txt"
runner = CliRunner()


def test_cli_ingest_export_with_bundled_models(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("KG_MODELS", "bundled")
    store = str(tmp_path / "store")
    first = runner.invoke(app, ["ingest", str(SEED), "--store", store])
    assert first.exit_code == 0, first.output
    assert "1 document ingested," in first.stdout  # one document, not "1 documents"
    rows = [json.loads(l) for l in runner.invoke(app, ["export", "--store", store]).stdout.splitlines()]
    text = SEED.read_text(encoding="utf-8")
    assert rows and all(text[r["start"]:r["end"]] == r["evidence"] for r in rows)
    assert ("US", "supports", "LNA") in {(r["source_party"], r["relation"], r["target_party"]) for r in rows}
    # the parse is cached: a forced re-ingest does not run Stanza again
    again = runner.invoke(app, ["ingest", str(SEED), "--store", store, "--force"])
    assert again.exit_code == 0 and "(Stanza 0.0 s)" in again.stdout
    unchanged = runner.invoke(app, ["ingest", str(SEED), "--store", store])
    assert "0 documents ingested, 1 unchanged" in unchanged.stdout
