"""The kg command line as a new user meets it (issue 13): ids as tables print them, syntax errors
named as such, tables that never cut an identifier, `kg serve`'s first line, a readable
`kg models info`, help text without Python types, --version, plurals, the README's promises."""
from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from conftest import seeds_store_at
from kg.cli import app, plural, results_table
from kg.query import CLAIM_NS, QueryError, claim_iri_of, compact, query_form

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> str:
    return seeds_store_at(tmp_path_factory.mktemp("cli-usability") / "store")


@pytest.fixture(scope="module")
def claim_iris(store_dir) -> list[str]:
    r = runner.invoke(app, ["export", "--store", store_dir])
    return [json.loads(line)["claim"] for line in r.stdout.splitlines()]


def kg(*args: str):
    return runner.invoke(app, list(args))


# ---------------------------------------------------------------- 1. kg claim takes what tables print
def test_claim_bare_id_regression_no_scheme_traceback(store_dir, claim_iris):
    """Regression: `kg claim 2419e0e7a59dfea0a4722ade` crashed with "No scheme found in an absolute IRI"."""
    iri = claim_iris[0]
    bare = iri.removeprefix(CLAIM_NS)
    outputs = []
    for spelling in (bare, f"claim:{bare}", iri, f"<{iri}>"):
        r = kg("claim", spelling, "--store", store_dir)
        assert r.exit_code == 0 and r.exception is None, (spelling, r.output)
        outputs.append(r.stdout)
    assert len(set(outputs)) == 1 and iri in outputs[0]


def test_claim_bad_spellings_are_clear_errors(store_dir):
    r = kg("claim", "nope:123", "--store", store_dir)
    assert r.exit_code == 1 and "unknown prefix 'nope'" in r.output and "Traceback" not in r.output
    r = kg("claim", "0000", "--store", store_dir)
    assert r.exit_code == 1 and "no such claim" in r.output
    with pytest.raises(QueryError):
        claim_iri_of("two words")


# ---------------------------------------------------------------- 2. syntax errors are syntax errors
def test_query_syntax_error_regression_reported_as_read_only(store_dir):
    """Regression: a typo ('SELEC') was refused as "only read queries … are allowed"."""
    r = kg("query", "SELEC ?x WHERE {}", "--store", store_dir)
    assert r.exit_code == 1
    assert "syntax error at line 1, column" in r.output and "only read queries" not in r.output


def test_query_syntax_error_line_is_the_users_line(store_dir):
    """Regression: the line number was off by kg's prepended PREFIX lines."""
    r = kg("query", "SELECT ?x WHERE {\n  ?x ?y\n}", "--store", store_dir)
    assert r.exit_code == 1 and "syntax error at line 3, column" in r.output


def test_updates_are_still_refused_as_updates():
    for update in ("INSERT DATA { <http://a/b> <http://a/c> 1 }", "PREFIX a: <http://a/>\nDELETE WHERE { ?s ?p ?o }",
                   "# a comment\nDROP ALL"):
        with pytest.raises(QueryError, match="only read queries"):
            query_form(update)
    assert query_form("# who?\nSELECT * WHERE { ?s ?p ?o }") == "SELECT"


# ---------------------------------------------------------------- 3. identifiers are never cut
def test_compact_gives_prefixed_names_that_resolve_back():
    iri = CLAIM_NS + "2419e0e7a59dfea0a4722ade"
    assert compact(iri) == "claim:2419e0e7a59dfea0a4722ade"
    assert claim_iri_of(compact(iri)) == iri
    assert compact("https://example.org/x") == "https://example.org/x" and compact(3) == 3


def render(renderable, width: int) -> str:
    buf = io.StringIO()
    Console(file=buf, width=width, soft_wrap=True, color_system=None).print(renderable)
    return buf.getvalue()


def test_query_table_regression_claim_ids_cut_at_80_columns(store_dir, claim_iris):
    """Regression: at 80 columns the table cut claim IRIs so they could not be pasted into `kg claim`."""
    r = kg("query", "@" + str(ROOT / "queries" / "us_claims_with_evidence.rq"), "--store", store_dir)
    assert r.exit_code == 0, r.output
    shown = set(re.findall(r"claim:[0-9a-f]+", r.stdout))
    assert shown and shown <= {compact(i) for i in claim_iris}  # each one whole
    assert "…" not in r.stdout


def test_results_table_or_blocks_by_width():
    header = ["source", "claim"]
    cells = [["Trump", "claim:2419e0e7a59dfea0a4722ade"], ["Bolton", "claim:c3dc06959b7e7baa460acc5e"]]
    wide = render(results_table(header, cells, 120), 120)
    assert "┃ source" in wide and "claim:2419e0e7a59dfea0a4722ade" in wide
    narrow = render(results_table(header, cells, 30), 30)
    assert "── row 2" in narrow and "claim   claim:c3dc06959b7e7baa460acc5e" in narrow
    assert max(len(line) for line in narrow.splitlines()) > 30  # values are not folded to fit


# ---------------------------------------------------------------- 4. kg serve
def test_serve_url_first_line_regression_when_redirected_to_a_file(seeds_store_dir, tmp_path):
    """Regression: redirected to a file, Oxigraph's "Listening…" landed on the URL's line."""
    log = tmp_path / "serve.log"
    with log.open("w") as f:
        proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--store", str(seeds_store_dir),
                                 "--port", "0"], stdout=f, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while "PREFIX claim:" not in log.read_text() and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.2)
    finally:
        proc.terminate()
        proc.wait(15)
    text = log.read_text()
    first = text.splitlines()[0]
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+/query", first), text[:500]
    assert "PREFIX kg: <https://w3id.org/arabic-kg/ontology#>" in text  # what the endpoint does not predeclare
    assert "PREFIX claim: <https://w3id.org/arabic-kg/claim/>" in text


# ---------------------------------------------------------------- 5. kg models info
def test_models_info_is_a_summary_with_json_for_the_rest():
    r = kg("models", "info")
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert len(lines) <= 12
    assert lines[0].startswith("in use:") and any("LAS" in ln for ln in lines) and "--json" in lines[-1]
    full = json.loads(kg("models", "info", "--json").stdout)
    assert {"in_use", "bundled_dir", "bundled_metrics"} <= set(full)
    assert full["bundled_dir"] in r.stdout


# ---------------------------------------------------------------- 6. help, --version, plurals
def _all_commands() -> list[list[str]]:
    """Every command and subcommand of the CLI, as argv prefixes."""
    import typer.main

    def walk(cmd, path):
        yield path
        for name, sub in getattr(cmd, "commands", {}).items():
            yield from walk(sub, [*path, name])

    return list(walk(typer.main.get_command(app), []))


@pytest.mark.parametrize("command", _all_commands(), ids=lambda c: " ".join(c) or "kg")
def test_help_shows_no_python_types(command):
    r = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "120"})
    assert r.exit_code == 0, r.output
    for odd in ("<bool>", "<list[", "<str>", "<path>", "<int", "<float>"):
        assert odd not in r.stdout, (command, odd)


def test_version():
    from kg import __version__

    r = kg("--version")
    assert r.exit_code == 0 and r.stdout.strip() == f"kg {__version__}"


def test_plurals():
    assert plural(1, "claim") == "1 claim" and plural(2, "claim") == "2 claims" and plural(0, "row") == "0 rows"
    assert plural(1234, "document") == "1,234 documents"


def test_one_row_regression_said_1_rows(store_dir):
    r = kg("query", "SELECT (COUNT(*) AS ?n) WHERE { ?c a kg:Claim }", "--store", store_dir)
    assert r.exit_code == 0 and r.stderr.strip().endswith("1 row")


def test_eval_help_points_at_the_gold_file_that_exists():
    r = runner.invoke(app, ["eval", "--help"], env={"COLUMNS": "200"})
    path = re.search(r"tests/\S+\.jsonl", r.stdout).group()
    assert (ROOT / path).is_file(), path


# ---------------------------------------------------------------- 7. README
def test_readme_says_what_force_does_and_how_to_get_cpu_torch_and_chromium():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert re.search(r"`kg ingest --force` re-extracts unchanged\s+documents", text)
    assert "--index-url https://download.pytorch.org/whl/cpu" in text
    assert "apt-get install chromium" in text and "skipped" in text
