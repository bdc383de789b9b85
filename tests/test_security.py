"""Hardening (issue 12): each test is named after the attack it guards against.

Network traffic goes only to listeners the tests start on 127.0.0.1; the
kg serve ones are in tests/test_serve.py.
"""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import Listener
from kg.cli import app
from kg.store import FederationRefused, check_federation, open_store
from kg.store.base import service_targets

runner = CliRunner()


def kg(*args: str):
    return runner.invoke(app, list(args))


# ---------------------------------------------------------------- 1. SSRF through SERVICE
@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:{port}/x> { ?s ?p ?o } }",
    "select * where { service SILENT <http://127.0.0.1:{port}/x> { ?s ?p ?o } }",
    "SELECT * WHERE { ?a ?b ?c .SERVICE<http://127.0.0.1:{port}/x>{ ?s ?p ?o } }",
    "SELECT * WHERE { FILTER(?a<?b)SERVICE<http://127.0.0.1:{port}/x>{ ?s ?p ?o } }",
    "SELECT * WHERE { \\u0053ERVICE <http://127.0.0.1:{port}/x> { ?s ?p ?o } }",
    "SELECT * WHERE { BIND(<http://127.0.0.1:{port}/x> AS ?u) SERVICE ?u { ?s ?p ?o } }",
])
def test_ssrf_service_in_kg_query_is_refused_and_connects_nowhere(seeds_store_dir, query):
    lst = Listener()
    try:
        r = kg("query", query.replace("{port}", str(lst.port)), "--store", str(seeds_store_dir))
        assert r.exit_code == 1 and "federated queries are off" in r.output
        time.sleep(0.3)
        assert lst.connections == 0
    finally:
        lst.close()


def test_ssrf_service_in_the_library_is_refused_before_evaluation(seeds_store_dir):
    """Every query path (export, explorer, eval...) goes through Store.query."""
    lst = Listener()
    st = open_store(seeds_store_dir, read_only=True)
    try:
        with pytest.raises(FederationRefused):
            st.query(f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{lst.port}/x> {{ ?s ?p ?o }} }}")
        time.sleep(0.3)
        assert lst.connections == 0
    finally:
        st.close()
        lst.close()


def test_ssrf_allow_federation_opens_only_the_named_host(seeds_store_dir):
    lst = Listener()
    try:
        q = f"SELECT * WHERE {{ SERVICE <http://localhost:{lst.port}/x> {{ ?s ?p ?o }} }}"
        r = kg("query", q, "--store", str(seeds_store_dir), "--allow-federation", "127.0.0.1")
        assert r.exit_code == 1 and "allowed: 127.0.0.1" in r.output
        assert lst.connections == 0
        q = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{lst.port}/x> {{ ?s ?p ?o }} }}"
        kg("query", q, "--store", str(seeds_store_dir), "--allow-federation", "127.0.0.1")
        time.sleep(0.3)
        assert lst.connections == 1  # opted in, to that host only
    finally:
        lst.close()


def test_ssrf_check_sees_no_service_in_strings_iris_or_comments():
    assert service_targets('SELECT * { ?s <urn:SERVICE> "SERVICE <http://a/>" . # SERVICE <http://b/>\n }') == []
    assert service_targets("SELECT * { ?s ?p '''x\nSERVICE <http://c/> {}''' . ex:SERVICE ?p ?service }") == []
    check_federation('SELECT * { ?s ?p "SERVICE <http://a/> { }" }')  # nothing to refuse
    with pytest.raises(FederationRefused):
        check_federation("SELECT * { ?s ?p 'a' SERVICE <http://a/> { } }")


# ---------------------------------------------------------------- helpers
ARTICLE = "أعلنت الولايات المتحدة دعمها لحكومة الوفاق في طرابلس.\n"


def corpus(folder, files: dict) -> "Path":
    """Write ``{name: text}`` under ``folder`` (UTF-8) and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def kg_process(*args: str, timeout: float = 60, env: dict | None = None):
    """``kg`` in its own process: a hang is a TimeoutExpired here, not a stuck test run."""
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})})


# ---------------------------------------------------------------- 5. validate everything before parsing
@pytest.mark.parametrize("url", ["https://example.org/a b", "https://example.org/a>b", "javascript:alert(1)"])
def test_sidecar_url_that_is_no_iri_is_refused_before_parsing(tmp_path, url):
    from kg.text import InputError, read_documents

    d = corpus(tmp_path / "in", {"a.txt": ARTICLE})
    (d / "a.json").write_text(json.dumps({"url": url}), encoding="utf-8")
    with pytest.raises(InputError, match=r"a\.json: 'url'"):
        read_documents([d])
    r = kg_process("ingest", str(d), "--store", str(tmp_path / "st"))
    assert r.returncode == 1 and "a.json: 'url'" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "st").exists()  # refused before the store is even created


@pytest.mark.parametrize("date", ["2019-04-19 and garbage", "2019-04-19xyz", "2019-4-19", "19-04-2019"])
def test_sidecar_date_with_garbage_is_refused_not_truncated(tmp_path, date):
    from kg.text import InputError, read_documents

    d = corpus(tmp_path, {"a.txt": ARTICLE, "a.json": json.dumps({"published": date})})
    with pytest.raises(InputError, match="'published' must be a date"):
        read_documents([d])


def test_sidecar_date_with_a_time_keeps_the_day(tmp_path):
    from kg.text import read_documents

    d = corpus(tmp_path, {"a.txt": ARTICLE, "a.json": json.dumps({"published": "2019-04-19T08:30:00Z"})})
    assert read_documents([d])[0].published == "2019-04-19"


def test_fifo_sidecar_is_refused_without_hanging(tmp_path):
    d = corpus(tmp_path / "in", {"a.txt": ARTICLE})
    os.mkfifo(d / "a.json")
    r = kg_process("ingest", str(d), "--store", str(tmp_path / "st"), timeout=60)
    assert r.returncode == 1 and "a.json: the sidecar is a FIFO" in r.stderr


def test_fifo_named_like_a_document_is_skipped_and_reported(tmp_path):
    d = corpus(tmp_path / "in", {"a.txt": ARTICLE})
    os.mkfifo(d / "b.txt")
    from kg.text import read_documents

    seen = []
    assert [x.doc_id for x in read_documents([d], report=seen.append)] == ["a"]
    assert any("b.txt: skipped: not a regular file" in m for m in seen)


def test_folder_named_like_a_sidecar_is_refused(tmp_path):
    d = corpus(tmp_path / "in", {"a.txt": ARTICLE})
    (d / "a.json").mkdir()
    r = kg_process("ingest", str(d), "--store", str(tmp_path / "st"))
    assert r.returncode == 1 and "a.json: the sidecar is a folder" in r.stderr


def test_200k_deep_json_sidecar_is_refused(tmp_path):
    d = corpus(tmp_path / "in", {"a.txt": ARTICLE, "a.json": "[" * 200_000 + "]" * 200_000})
    r = kg_process("ingest", str(d), "--store", str(tmp_path / "st"))
    assert r.returncode == 1 and "a.json" in r.stderr and "Traceback" not in r.stderr


def test_proc_self_mem_as_a_document_is_a_clean_error(tmp_path):
    link = tmp_path / "mem.txt"
    link.symlink_to("/proc/self/mem")
    r = kg_process("ingest", str(link), "--store", str(tmp_path / "st"))
    assert r.returncode == 1 and "mem.txt: cannot read the document" in r.stderr
    d = tmp_path / "in"
    d.mkdir()
    (d / "mem.txt").symlink_to("/proc/self/mem")
    (d / "a.txt").write_text(ARTICLE, encoding="utf-8")
    r = kg_process("ingest", str(d), "--follow-links", "--store", str(tmp_path / "st"))
    assert r.returncode == 1 and "mem.txt: cannot read the document" in r.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file whatever its mode")
def test_unreadable_file_and_folder_inside_a_folder_are_errors(tmp_path):
    from kg.text import InputError, read_documents

    d = corpus(tmp_path / "in", {"a.txt": ARTICLE, "b.txt": ARTICLE})
    (d / "b.txt").chmod(0)
    with pytest.raises(InputError, match=r"b\.txt: cannot read the document"):
        read_documents([d])
    (d / "b.txt").chmod(0o644)
    (d / "sub").mkdir()
    (d / "sub").chmod(0)
    try:
        with pytest.raises(InputError, match="sub: cannot read the folder"):
            read_documents([d])
    finally:
        (d / "sub").chmod(0o755)


@pytest.mark.parametrize("content, why", [
    ('{"doc": "a", "relation": "supports", "source": "US"}\n', "missing 'target', 'start'"),
    ('[1, 2]\n', "expected a JSON object"),
    ('{"doc": "a", "relation": "supports", "source": "US", "target": "GNA", "start": "x", "end": 2, '
     '"negated": false, "required": true}\n', "'start' must be an integer"),
    ("[" * 200_000 + "]" * 200_000 + "\n", "nested too deeply"),
    (b"\xff\xfe", "not valid UTF-8"),
])
def test_malformed_gold_file_for_kg_eval_is_a_clean_error(tmp_path, content, why):
    gold = tmp_path / "gold.jsonl"
    gold.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    r = kg_process("eval", str(gold), "--pred", str(gold))
    assert r.returncode == 1 and f"{gold}" in r.stderr and why in r.stderr, r.stderr
    assert "Traceback" not in r.stderr


def test_gold_file_that_is_a_folder_or_fifo_is_a_clean_error(tmp_path):
    (tmp_path / "dir.jsonl").mkdir()
    os.mkfifo(tmp_path / "fifo.jsonl")
    for name in ("dir.jsonl", "fifo.jsonl"):
        r = kg_process("eval", str(tmp_path / name), "--pred", str(tmp_path / name), timeout=60)
        assert r.returncode == 1 and "not a regular file" in r.stderr


class CountingParser:
    """The cache protocol of kg.nlp.Parser around a stand-in model (one token per word):
    what is under test is the cache, not Stanza."""

    @staticmethod
    def make(cache):
        from conftest import whitespace_sentence
        from kg.nlp import Parser

        class P(Parser):
            def __init__(self):
                self.kind, self.models_id, self.cache, self._nlp, self.stanza_seconds = "test", "test", cache, None, 0.0
                self.calls = 0

            def parse_uncached(self, text, key):
                self.calls += 1
                return [whitespace_sentence(text)]
        return P()


@pytest.mark.parametrize("damage", ["empty", "truncated", "flipped"])
def test_damaged_or_empty_parse_cache_entry_is_parsed_again(tmp_path, damage):
    p = CountingParser.make(tmp_path)
    first = p.parse(ARTICLE)
    entry = next(tmp_path.glob("*.conllu"))
    assert entry.read_text(encoding="utf-8").startswith("# kg-parse sha256 = ")
    assert p.parse(ARTICLE) == first and p.calls == 1  # a verified hit
    raw = entry.read_bytes()
    entry.write_bytes({"empty": b"", "truncated": raw[: len(raw) // 2],
                       "flipped": raw.replace("start_char=0".encode(), "start_char=9".encode())}[damage])
    assert p.parse(ARTICLE) == first and p.calls == 2  # not trusted: parsed again, and rewritten
    assert p.parse(ARTICLE) == first and p.calls == 2


# ---------------------------------------------------------------- 6. size and content limits
def test_oversized_document_is_refused_by_max_bytes(tmp_path):
    from kg.text import DEFAULT_MAX_BYTES, InputError, read_documents

    d = corpus(tmp_path / "in", {"big.txt": ARTICLE * 100})
    with pytest.raises(InputError, match=r"big\.txt: .* over the 1,000-byte limit"):
        read_documents([d], max_bytes=1000)
    assert read_documents([d])[0].doc_id == "big"  # the default is far above
    (d / "huge.txt").write_bytes(b"x" * (DEFAULT_MAX_BYTES + 1))
    r = kg_process("ingest", str(d), "--store", str(tmp_path / "st"))
    assert r.returncode == 1 and "huge.txt" in r.stderr and "--max-bytes" in r.stderr


def test_non_arabic_html_and_bom_only_texts_warn_but_are_read(tmp_path):
    from kg.text import read_documents

    d = corpus(tmp_path, {"en.txt": "The United States backs the government in Tripoli.",
                          "html.txt": "<html><body><p>" + ARTICLE + "</p></body></html>",
                          "bom.txt": "\ufeff\n", "ar.txt": ARTICLE})
    seen = []
    docs = read_documents([d], report=seen.append)
    assert sorted(x.doc_id for x in docs) == ["ar", "bom", "en", "html"]
    text = "\n".join(seen)
    assert "en.txt: mostly not Arabic" in text and "html.txt: looks like HTML" in text
    assert "bom.txt: only a byte-order mark" in text and "ar.txt" not in text


# ---------------------------------------------------------------- 7. paths
def test_symlinked_file_in_a_folder_is_not_followed_and_is_reported(tmp_path):
    from kg.text import read_documents

    secret = corpus(tmp_path / "outside", {"secret.txt": "سر"}) / "secret.txt"
    d = corpus(tmp_path / "in", {"a.txt": ARTICLE})
    (d / "passwd.txt").symlink_to(secret)
    (d / "more").symlink_to(secret.parent, target_is_directory=True)
    seen = []
    assert [x.doc_id for x in read_documents([d], report=seen.append)] == ["a"]
    assert any("passwd.txt: skipped: a symbolic link" in m for m in seen)
    assert any("more: skipped: a symbolic link" in m for m in seen)
    assert sorted(x.doc_id for x in read_documents([d], follow_links=True, report=seen.append)) == \
        ["a", "passwd", "secret"]
    assert [x.doc_id for x in read_documents([d / "passwd.txt"])] == ["passwd"]  # named: followed
    # the command line reports it too (a bad sidecar beside it stops the ingest before any parsing)
    (d / "a.json").write_text("{", encoding="utf-8")
    r = kg_process("ingest", str(d), "--store", str(tmp_path / "st"))
    assert "warning: " + str(d / "passwd.txt") + ": skipped: a symbolic link" in r.stderr


def test_dot_and_dotdot_document_ids_are_refused(tmp_path):
    from kg.text import InputError, read_documents

    for name in ("..txt", "...txt"):
        d = corpus(tmp_path / name.replace(".", "d"), {name: ARTICLE})
        with pytest.raises(InputError, match="cannot be a document id"):
            read_documents([d])


def test_store_on_a_file_or_a_foreign_folder_is_refused(tmp_path):
    f = tmp_path / "notes.txt"
    f.write_text("x", encoding="utf-8")
    foreign = corpus(tmp_path / "photos", {"a.jpg": "x"})
    for target, why in ((f, "is a file, not a kg store"), (foreign, "not a kg store")):
        for args in (("stats",), ("query", "ASK {}")):
            r = kg(*args, "--store", str(target))
            assert r.exit_code == 1 and why in r.output
    docs = corpus(tmp_path / "in", {"a.txt": ARTICLE})
    r = kg_process("ingest", str(docs), "--store", str(foreign))
    assert r.returncode == 1 and "not a kg store" in r.stderr
    assert sorted(p.name for p in foreign.iterdir()) == ["a.jpg"]  # nothing written there


# ---------------------------------------------------------------- 3. reads beside an ingest
WRITER = """
import sys, pyoxigraph as ox
db = ox.Store(sys.argv[1])
for i in range(int(sys.argv[2])):  # what kg ingest --force does to a store: replace graphs, flush, compact
    g = ox.NamedNode("urn:g")
    db.update("DROP SILENT GRAPH <urn:g>")
    db.extend(ox.Quad(ox.NamedNode(f"urn:s{i}-{k}"), ox.NamedNode("urn:p"), ox.Literal(str(k)), g) for k in range(3000))
    db.flush()
    if i % 5 == 0:
        db.optimize()
"""


def test_reads_beside_an_ingest_never_see_a_corrupt_store(tmp_path):
    """Read-only opens and queries in a loop while another process writes (a
    bounded number of commits): every read succeeds.  Without the retried open,
    about one read in five failed with "Corruption: ... No such file"."""
    import subprocess
    import sys

    from kg.store import open_store

    path = tmp_path / "st"
    open_store(path).close()
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    old = open_store(path, read_only=True)  # a long-lived reader: it keeps the version it opened
    assert old.select(count) == [{"n": 0}]
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path), "40"])
    reads, errors = 0, []
    try:
        t_end = time.monotonic() + 120
        while writer.poll() is None and time.monotonic() < t_end:
            try:
                st = open_store(path, read_only=True)
                st.select(count)
                st.close()
                reads += 1
            except Exception as e:  # noqa: BLE001 - any failure is what this test counts
                errors.append(f"{type(e).__name__}: {e}")
    finally:
        writer.kill()
        writer.wait()
    assert reads >= 10 and errors == []
    assert old.select(count) == [{"n": 0}]  # its snapshot survived 40 commits and 8 compactions
    old.close()
    assert open_store(path, read_only=True).select(count) == [{"n": 3000}]


# ---------------------------------------------------------------- 4. terminal injection (CLI)
EVIL = "[/] [link=http://attacker.example/]click[/link] :x: \x1b]8;;http://attacker.example/\x1b\\\\x\x1b[2J"


def test_rich_markup_emoji_and_escapes_in_stored_text_print_as_text(seeds_store_dir, tmp_path):
    import shutil

    import pyoxigraph as ox

    store = tmp_path / "st"
    shutil.copytree(seeds_store_dir, store)
    db = ox.Store(str(store))
    db.update("PREFIX dcterms: <http://purl.org/dc/terms/> DELETE WHERE { GRAPH ?g { ?d dcterms:title ?t } } ;"
              "INSERT { GRAPH ?g { ?d dcterms:title " + json.dumps(EVIL) + " } } "
              "WHERE { GRAPH ?g { ?d <https://w3id.org/arabic-kg/ontology#docId> ?id } }")
    db.flush()
    del db
    claim = open_store(store, read_only=True).select("SELECT ?c WHERE { ?c a kg:Claim } LIMIT 1")[0]["c"]
    for args in (("claim", claim), ("query", "SELECT ?t WHERE { ?d dcterms:title ?t } LIMIT 1")):
        r = kg(*args, "--store", str(store))
        assert r.exit_code == 0, r.output
        assert "[/] [link=http://attacker.example/]click[/link] :x:" in r.output  # the markup, as text
        assert "❌" not in r.output and "\x1b" not in r.output and "\ufffd" in r.output


def test_rich_markup_in_an_error_message_prints_as_text(tmp_path):
    r = kg("query", "@" + str(tmp_path / "[/]x[link=a]y.rq"))
    assert r.exit_code == 1 and "[/]x[link=a]y.rq: no such query file" in r.output


# ---------------------------------------------------------------- 2. runaway queries (kg query; kg serve and the explorer elsewhere)
def test_runaway_cartesian_count_in_kg_query_is_stopped_at_its_timeout(seeds_store_dir):
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    t0 = time.monotonic()
    r = kg("query", q, "--timeout", "2", "--store", str(seeds_store_dir))
    assert time.monotonic() - t0 < 30
    assert r.exit_code == 1 and "ran past the 2 s limit" in r.output


def test_runaway_join_in_kg_query_is_stopped_at_its_memory_cap(seeds_store_dir):
    q = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?a ?f"  # sorting the product must hold it all
    r = kg("query", q, "--max-memory", "1", "--timeout", "120", "-f", "csv", "--store", str(seeds_store_dir))
    assert r.exit_code == 1 and "memory cap" in r.output


def test_rich_markup_in_a_file_name_does_not_crash_the_ingest_progress(tmp_path):
    """The progress bar shows each document id: a file named ``[bold red]x[blink].txt`` is shown, not styled.
    The parse comes from a cache entry written beforehand, so no model runs."""
    from conftest import whitespace_sentence
    from kg.nlp import Parser
    from kg.text import read_document

    d = corpus(tmp_path / "in", {"[bold red]x[blink]\x1b[2J.txt": ARTICLE})
    doc = read_document(next(d.iterdir()))
    Parser("bundled", cache=tmp_path / "cache" / "parses").write_cached(doc.text_hash, [whitespace_sentence(ARTICLE)])
    r = kg_process("ingest", str(d), "--store", str(tmp_path / "st"), "--models", "bundled",
                   env={"KG_CACHE": str(tmp_path / "cache"), "KG_MODELS": "bundled"})
    assert r.returncode == 0, r.stderr
    assert "1 document ingested" in r.stdout and "\x1b[2J" not in r.stderr
    assert "[bold red]x[blink]\ufffd[2J" in r.stderr


def test_unreadable_or_binary_query_file_is_a_clean_error(tmp_path):
    (tmp_path / "bad.rq").write_bytes(b"\xff\xfe SELECT")
    r = kg("query", "@" + str(tmp_path / "bad.rq"))
    assert r.exit_code == 1 and "bad.rq: the query file is not valid UTF-8" in r.output
    r = kg("query", "@/proc/self/mem")
    assert r.exit_code == 1 and "/proc/self/mem: cannot read the query file" in r.output


def test_fifo_named_as_a_document_is_refused_without_hanging(tmp_path):
    os.mkfifo(tmp_path / "f.txt")
    r = kg_process("ingest", str(tmp_path / "f.txt"), "--store", str(tmp_path / "st"), timeout=60)
    assert r.returncode == 1 and "f.txt: the document is a FIFO" in r.stderr


def test_rich_markup_in_stored_titles_prints_as_text_in_kg_documents(tmp_path):
    """Regression: the workflow commands printed stored titles as Rich markup ("[/]" crashed, "[link=…]" linked)."""
    from typer.testing import CliRunner

    from kg.cli import app

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("دعمت مصر حفتر .", encoding="utf-8")
    (folder / "a.json").write_text('{"title": "[/][link=http://x]t[/link] :x:"}', encoding="utf-8")
    from conftest import record

    record("دعمت مصر حفتر .", tmp_path / "parses")
    from kg.ingest import ingest
    from kg.nlp import RecordedParser
    from kg.store import open_store

    store = open_store(tmp_path / "s")
    ingest([folder], store, parser=RecordedParser(tmp_path / "parses"))
    store.close()
    r = CliRunner().invoke(app, ["documents", "--store", str(tmp_path / "s")], terminal_width=200)
    assert r.exit_code == 0, r.output
    assert "[/][link=http://x]t[/link]" in r.output and ":x:" in r.output  # as typed: no link, no emoji


def test_long_document_parse_reports_progress_by_processor(parser, tmp_path):
    """Regression: a long document showed no progress until it was done (issue 12, item 6)."""
    from kg.nlp import STAGES, Parser

    p = Parser("bundled", cache=tmp_path)
    seen = []
    p.on_stage = lambda stage, chars: seen.append((stage, chars))
    text = "دعمت روسيا حفتر. " * 40
    p.parse(text)
    assert [s for s, _ in seen] == list(STAGES) and all(c == len(text) for _, c in seen)
    seen.clear()
    p.parse(text)  # cached: nothing to parse, nothing to report
    assert seen == []
