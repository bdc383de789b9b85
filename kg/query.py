"""SPARQL over a store, and the per-claim provenance lookup.

Queries run over the union of all graphs with kg's prefixes predeclared, so
the examples in ``queries/`` stay short.  Results come out in the standard
SPARQL 1.1 formats (JSON, CSV) or as a table of plain values.
"""
from __future__ import annotations

import json
import os
import re
import sys
import time
from pathlib import Path
from typing import Iterator

import pyoxigraph as ox

from kg.store import PREFIXES, SPARQL_PREFIXES, FederationRefused, Store, check_federation, to_python

READ_FORMS = re.compile(r"^\s*(?:(?:PREFIX|BASE)\s+[^\n]*\s*)*(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.I)
UPDATE_FORMS = re.compile(r"^\s*(?:(?:PREFIX|BASE)\s+[^\n]*\s*)*(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
                          re.I)
PREFIX_LINES = SPARQL_PREFIXES.count("\n")  # what kg puts in front of every query
ERROR_AT = re.compile(r"error at (\d+):(\d+): ")
CLAIM_NS = PREFIXES["claim"]


class QueryError(ValueError):
    """A query that kg refuses or cannot parse; the message says why."""


def read_query(text_or_file: str) -> str:
    """The query text, from ``@file.rq`` or given inline."""
    if text_or_file.startswith("@"):
        path = Path(text_or_file[1:])
        if not path.is_file():
            raise QueryError(f"{path}: no such query file")
        try:
            return path.read_text(encoding="utf-8")
        except OSError as e:
            raise QueryError(f"{path}: cannot read the query file ({e.strerror or e})") from None
        except UnicodeDecodeError as e:
            raise QueryError(f"{path}: the query file is not valid UTF-8 (byte {e.start})") from None
    return text_or_file


def strip_comments(sparql: str) -> str:
    return "\n".join(line for line in sparql.splitlines() if not line.lstrip().startswith("#"))


def syntax_error(e: SyntaxError, offset: int = PREFIX_LINES) -> QueryError:
    """Oxigraph's parse error, its position moved back over the prefix lines kg prepended,
    so that "line 1" is the user's first line."""
    msg = str(e)
    m = ERROR_AT.search(msg)
    if m:
        line, col = int(m.group(1)) - offset, int(m.group(2))
        msg = msg[:m.start()] + msg[m.end():]
        return QueryError(f"SPARQL syntax error at line {max(line, 1)}, column {col}: {msg}")
    return QueryError(f"SPARQL syntax error: {msg}")


def query_form(sparql: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE; updates are refused, and anything else is
    reported as the syntax error it is (with the user's line numbers)."""
    m = READ_FORMS.match(strip_comments(sparql))
    if m:
        return m.group(1).upper()
    if UPDATE_FORMS.match(strip_comments(sparql)):
        raise QueryError("only read queries (SELECT, ASK, CONSTRUCT, DESCRIBE) are allowed; this is an update")
    try:  # parse (and run) it on an empty store: only the parser's verdict matters
        ox.Store().query(SPARQL_PREFIXES + sparql)
    except SyntaxError as e:
        raise syntax_error(e) from None
    raise QueryError("only read queries (SELECT, ASK, CONSTRUCT, DESCRIBE) are allowed")


def run(store: Store, sparql: str, substitutions: dict | None = None):
    form = query_form(sparql)
    try:
        return form, store.query(SPARQL_PREFIXES + sparql, substitutions)
    except SyntaxError as e:
        raise syntax_error(e) from None
    except FederationRefused as e:
        raise QueryError(str(e)) from None


def compact(value: object) -> object:
    """An IRI in one of kg's namespaces as a prefixed name (``claim:2419e0e7a59dfea0a4722ade``,
    which ``kg query`` and ``kg claim`` accept); anything else unchanged.  Nothing is cut."""
    if isinstance(value, str) and value.startswith(("http://", "https://")):
        for prefix, ns in PREFIXES.items():
            local = value[len(ns):]
            if value.startswith(ns) and local and re.fullmatch(r"[\w.-]+", local):
                return f"{prefix}:{local}"
    return value


def claim_iri_of(text: str) -> str:
    """The claim IRI a user means: a full IRI (with or without <>), a prefixed name such as
    ``claim:2419e0e7a59dfea0a4722ade``, or a bare id as the tables print it."""
    t = text.strip().removeprefix("<").removesuffix(">")
    if "://" in t:
        return t
    prefix, sep, local = t.partition(":")
    if sep:
        if prefix in PREFIXES and local:
            return PREFIXES[prefix] + local
        raise QueryError(f"{text!r}: unknown prefix {prefix!r}; use claim:ID, a bare ID or the full IRI")
    if re.fullmatch(r"[\w-]+", t):
        return CLAIM_NS + t
    raise QueryError(f"{text!r} is not a claim: use claim:ID, a bare ID or the full IRI")


def iter_rows(store: Store, sparql: str) -> tuple[list[str], Iterator[list]]:
    """Header and a lazy iterator of rows of plain values (SELECT, ASK, and
    CONSTRUCT / DESCRIBE as subject, predicate, object): a caller that stops
    early never makes the engine produce the rest."""
    form, res = run(store, sparql)
    if form == "ASK":
        return ["result"], iter([[bool(res)]])
    if form in ("CONSTRUCT", "DESCRIBE"):
        return ["subject", "predicate", "object"], ([t.subject.value, t.predicate.value, to_python(t.object)]
                                                    for t in res)
    names = [v.value for v in res.variables]
    return names, ([to_python(r[n]) for n in names] for r in res)


def rows(store: Store, sparql: str) -> tuple[list[str], list[list]]:
    """Header and rows of plain values, for tables (SELECT and ASK)."""
    header, it = iter_rows(store, sparql)
    return header, list(it)


def limited_rows(spec: str, sparql: str, max_rows: int, timeout_s: float = 30.0, max_memory_gb: float = 2.0,
                 allow_federation: tuple[str, ...] = ()) -> tuple[list[str], list[list], bool]:
    """Header, at most ``max_rows`` rows, and whether more were cut off, from a
    query run in a child process (:func:`run_limited`).  The child streams
    rows and stops at the limit, so ``SELECT * { ?a ?b ?c . ?d ?e ?f }`` costs
    ``max_rows`` rows, not the product."""
    lines = run_limited({"spec": str(spec), "sparql": sparql, "max_rows": max_rows},
                        timeout_s, max_memory_gb, allow_federation)
    return lines[0]["header"], [line["row"] for line in lines[1:-1]], lines[-1]["cut"]


def limited_serialize(spec: str, sparql: str, fmt: str, timeout_s: float = 300.0, max_memory_gb: float = 4.0,
                      allow_federation: tuple[str, ...] = ()) -> bytes:
    """:func:`serialize`, run in a child process under the limits of :func:`run_limited`."""
    import base64

    lines = run_limited({"spec": str(spec), "sparql": sparql, "format": fmt}, timeout_s, max_memory_gb,
                        allow_federation)
    return base64.b64decode(lines[0]["data"])


def run_limited(request: dict, timeout_s: float, max_memory_gb: float,
                allow_federation: tuple[str, ...] = ()) -> list[dict]:
    """Run a query in a child process on the store opened read-only, and return
    its JSON lines.  The child is killed at ``timeout_s`` (wall clock: the
    engine cannot be interrupted from Python, and a 4-way cartesian COUNT
    checks no deadline) or when it passes its memory cap, and on Linux it
    cannot open a network connection (seccomp) unless federation is allowed
    or the store itself is a SPARQL server."""
    import subprocess

    from kg.serve import _limits

    sparql, spec = request["sparql"], request["spec"]
    query_form(sparql)  # refuse updates before anything starts
    try:
        check_federation(sparql, allow_federation)
    except FederationRefused as e:
        raise QueryError(str(e)) from None
    memory = int(max_memory_gb * 2**30) if max_memory_gb > 0 else 0
    remote = re.match(r"^[A-Za-z][\w+.-]*://", spec) is not None and not spec.startswith("file://")
    no_connect = not allow_federation and not remote
    proc = subprocess.Popen([sys.executable, "-m", "kg.query", "--worker"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            preexec_fn=_limits(memory, no_connect) if os.name == "posix" else None)
    try:
        proc.stdin.write(json.dumps({**request, "allow": list(allow_federation)}).encode("utf-8"))
        proc.stdin.close()
        lines = _lines_until(proc, time.monotonic() + timeout_s if timeout_s > 0 else None)
    except TimeoutError:
        raise QueryError(f"the query ran past the {timeout_s:g} s limit and was stopped; "
                         "narrow it (a LIMIT, fewer unbound patterns)") from None
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        proc.stdout.close()
    if not lines or "done" not in lines[-1]:
        error = next((line["error"] for line in lines if "error" in line), None)
        if error:
            raise QueryError(error)
        raise QueryError(f"the query was stopped (it exited with code {proc.returncode}; "
                         f"past the {max_memory_gb:g} GiB memory cap?)")
    return lines


def _lines_until(proc, deadline: float | None) -> list[dict]:
    """The child's JSON lines until it closes its output; TimeoutError past ``deadline``."""
    import select

    buf, out = b"", []
    fd = proc.stdout.fileno()
    while True:
        wait = None if deadline is None else deadline - time.monotonic()
        if wait is not None and wait <= 0:
            raise TimeoutError
        ready, _, _ = select.select([fd], [], [], wait)
        if not ready:
            raise TimeoutError
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            break
        buf += chunk
        *complete, buf = buf.split(b"\n")
        out.extend(json.loads(line) for line in complete if line)
    return out


def _worker() -> None:
    """The child side of :func:`run_limited`: one JSON object per line."""
    import base64

    from kg.store import StoreError, open_store

    req = json.loads(sys.stdin.read())
    emit = lambda obj: sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")  # noqa: E731
    try:
        store = open_store(req["spec"], read_only=True, allow_federation=tuple(req["allow"]))
        if req.get("format"):
            emit({"data": base64.b64encode(serialize(store, req["sparql"], req["format"])).decode("ascii")})
            emit({"done": True, "cut": False})
        else:
            header, it = iter_rows(store, req["sparql"])
            emit({"header": header})
            n, cut = 0, False
            for row in it:
                if n == req["max_rows"]:
                    cut = True
                    break
                emit({"row": row})
                n += 1
            emit({"done": True, "cut": cut})
    except (QueryError, StoreError) as e:
        emit({"error": str(e)})
    except (OSError, RuntimeError) as e:
        emit({"error": f"the query failed: {e}"})
    sys.stdout.flush()


def serialize(store: Store, sparql: str, fmt: str) -> bytes:
    """Results in a standard format: json / xml / csv / tsv for SELECT and ASK, turtle for graphs."""
    form, res = run(store, sparql)
    if form in ("CONSTRUCT", "DESCRIBE"):
        return ox.serialize(res, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    fmts = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
            "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}
    if fmt not in fmts:
        raise QueryError(f"unknown results format {fmt!r}; choose one of {', '.join(fmts)}")
    return res.serialize(format=fmts[fmt])


PROVENANCE_QUERY = """
SELECT ?c ?source ?relation ?target ?negated ?confidence ?start ?end ?evidence ?speaker ?rule
       ?doc ?title ?outlet ?published ?url ?sentence ?sstart ?send ?stext WHERE {
  ?c a kg:Claim ; kg:source ?s ; kg:target ?t ; kg:relation ?rel ; kg:negated ?negated ;
     kg:confidence ?confidence ; prov:wasDerivedFrom ?sent .
  ?rel skos:notation ?relation .
  ?sent kg:inDocument ?d ; kg:sentenceIndex ?sentence ; kg:start ?sstart ; kg:end ?send ; kg:text ?stext .
  ?d kg:docId ?doc .
  OPTIONAL { ?d dcterms:title ?title } OPTIONAL { ?d kg:outlet ?outlet }
  OPTIONAL { ?d dcterms:issued ?published } OPTIONAL { ?d schema:url ?url }
  OPTIONAL { ?c kg:speaker ?sk . BIND(STRAFTER(STR(?sk), STR(kga:)) AS ?speaker) }
  OPTIONAL { ?c kg:rule ?rule }
  # the evidence last, as its own group: Oxigraph then looks it up from ?c (about 2x faster at 1M triples)
  { ?c kg:evidence ?ev . ?ev oa:hasSelector ?pos, ?q . ?pos oa:start ?start ; oa:end ?end . ?q oa:exact ?evidence }
  BIND(STRAFTER(STR(?s), STR(kga:)) AS ?source)
  BIND(STRAFTER(STR(?t), STR(kga:)) AS ?target)
}
"""


def provenance(store: Store, claim_iri: str) -> dict | None:
    """A claim with its document and sentence, and the evidence's offsets within the sentence."""
    hits = store.select(PROVENANCE_QUERY, {ox.Variable("c"): ox.NamedNode(claim_iri)})
    if not hits:
        return None
    h = hits[0]
    h["claim"] = claim_iri
    h["evidence_in_sentence"] = (max(h["start"], h["sstart"]) - h["sstart"], min(h["end"], h["send"]) - h["sstart"])
    return h


if __name__ == "__main__" and sys.argv[1:] == ["--worker"]:
    _worker()
