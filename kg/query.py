"""SPARQL over a store, and the per-claim provenance lookup.

Queries run over the union of all graphs with kg's prefixes predeclared, so
the examples in ``queries/`` stay short.  Results come out in the standard
SPARQL 1.1 formats (JSON, CSV) or as a table of plain values.
"""
from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox

from kg.store import PREFIXES, SPARQL_PREFIXES, FederationRefused, Store, to_python

READ_FORMS = re.compile(r"^\s*(?:(?:PREFIX|BASE)\s+[^\n]*\s*)*(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.I)


class QueryError(ValueError):
    """A query that kg refuses or cannot parse; the message says why."""


def read_query(text_or_file: str) -> str:
    """The query text, from ``@file.rq`` or given inline."""
    if text_or_file.startswith("@"):
        path = Path(text_or_file[1:])
        if not path.is_file():
            raise QueryError(f"{path}: no such query file")
        return path.read_text(encoding="utf-8")
    return text_or_file


def strip_comments(sparql: str) -> str:
    return "\n".join(line for line in sparql.splitlines() if not line.lstrip().startswith("#"))


def query_form(sparql: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE; anything else (updates) is refused."""
    m = READ_FORMS.match(strip_comments(sparql))
    if not m:
        raise QueryError("only read queries (SELECT, ASK, CONSTRUCT, DESCRIBE) are allowed")
    return m.group(1).upper()


def run(store: Store, sparql: str, substitutions: dict | None = None):
    form = query_form(sparql)
    try:
        return form, store.query(SPARQL_PREFIXES + sparql, substitutions)
    except SyntaxError as e:
        raise QueryError(f"SPARQL syntax error: {e}") from None
    except FederationRefused as e:
        raise QueryError(str(e)) from None


def rows(store: Store, sparql: str) -> tuple[list[str], list[list]]:
    """Header and rows of plain values, for tables (SELECT and ASK)."""
    form, res = run(store, sparql)
    if form == "ASK":
        return ["result"], [[bool(res)]]
    if form in ("CONSTRUCT", "DESCRIBE"):
        return ["subject", "predicate", "object"], [[t.subject.value, t.predicate.value, to_python(t.object)]
                                                   for t in res]
    names = [v.value for v in res.variables]
    return names, [[to_python(r[n]) for n in names] for r in res]


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
