"""The store interface every backend implements, and what they share.

A store holds one named graph per document plus the ontology, actor and
trigger graphs.  Backends sit behind the small :class:`Store` interface and
are chosen by :func:`kg.store.open_store`.
"""
from __future__ import annotations

import hashlib
import os
import re
import urllib.parse
from abc import ABC, abstractmethod
from typing import Iterable

import pyoxigraph as ox

from kg.claims import ACTORS_GRAPH, ONTOLOGY_GRAPH, TRIGGERS_GRAPH, graph_iri
from kg.ontology import KG, ontology_path, user_registries

DEFAULT_STORE = "kgstore"
PREFIXES = {
    "kg": str(KG),
    "kga": "https://w3id.org/arabic-kg/actor/",
    "claim": "https://w3id.org/arabic-kg/claim/",  # so that tables print claim:ID, which `kg claim` accepts
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "oa": "http://www.w3.org/ns/oa#",
    "dcterms": "http://purl.org/dc/terms/",
    "schema": "https://schema.org/",
    "owl": "http://www.w3.org/2002/07/owl#",
}
SPARQL_PREFIXES = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())
ONTOLOGY_GRAPHS = {"schema": ONTOLOGY_GRAPH, "actors": ACTORS_GRAPH, "triggers": TRIGGERS_GRAPH}


class StoreError(RuntimeError):
    """The store cannot be opened or written; the message says which and why."""


class FederationRefused(StoreError):
    """A query asked for a ``SERVICE`` (federation) that this kg was not allowed to reach."""


# what SPARQL's lexer skips or takes whole: long and short strings, IRIs and comments, leftmost first
_LEXEMES = re.compile("|".join([r'"""[\s\S]*?"""', r"'''[\s\S]*?'''", r'"(?:[^"\\\n]|\\.)*"', r"'(?:[^'\\\n]|\\.)*'",
                                  r'<[^<>"{}|^`\\\x00-\x20]*>', r"#[^\n]*"]))
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_SERVICE = re.compile(r"(?<![\w?$:])SERVICE(?![\w:])\s*(?:SILENT(?![\w:])\s*)?(<[^>]*>|[^\s{]*)", re.I)


def service_targets(sparql: str) -> list[str]:
    """Every ``SERVICE`` target of a query (an ``<IRI>``, or the variable or
    prefixed name written there), found by SPARQL's own lexical rules so a
    ``SERVICE`` inside a string, IRI or comment is not one and none can hide
    there; codepoint escapes are decoded first, as the SPARQL spec allows."""
    text = _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), sparql)
    code = _LEXEMES.sub(lambda m: m.group() if m.group().startswith("<") else " ", text)
    return [m.group(1) for m in _SERVICE.finditer(code)]


def check_federation(sparql: str, allowed: tuple[str, ...] | list[str] = ()) -> None:
    """Refuse, before evaluation, a query whose ``SERVICE`` would make kg fetch
    a URL (server-side request forgery: the engine would call any host the
    query names, including ones only kg's machine can reach).  Federation is
    off unless hosts are allowed; then only an ``<http(s)://HOST...>`` target
    on one of them passes (variables and prefixed names are refused: their
    host is not known before evaluation)."""
    targets = service_targets(sparql)
    if not targets:
        return
    hosts = {h.lower() for h in allowed}
    for t in targets:
        host = ""
        if t.startswith("<") and t.endswith(">"):
            u = urllib.parse.urlsplit(t[1:-1])
            host = (u.hostname or "") if u.scheme in ("http", "https") else ""
        if not hosts:
            raise FederationRefused(f"SERVICE {t}: federated queries are off (kg fetches no URL a query names); "
                                    "allow hosts explicitly with --allow-federation HOST")
        if host.lower() not in hosts:
            raise FederationRefused(f"SERVICE {t}: not an http(s) IRI on an allowed host "
                                    f"(allowed: {', '.join(sorted(hosts))})")


def default_store() -> str:
    return os.environ.get("KG_STORE", DEFAULT_STORE)


def ontology_hash() -> str:
    """Hash of the ontology files: the store reloads them only when they change
    (their blank nodes get new ids at each parse, so a reload is never a no-op)."""
    digest = hashlib.sha256()
    for name in ONTOLOGY_GRAPHS:
        digest.update(ontology_path(name).read_bytes())
    for extra in user_registries():  # the analyst's registry files are part of the actors graph
        digest.update(extra.read_bytes())
    return digest.hexdigest()


def _files(name: str) -> list:
    return [ontology_path(name), *user_registries()] if name == "actors" else [ontology_path(name)]


def ontology_quads() -> list[ox.Quad]:
    quads = []
    for name, graph in ONTOLOGY_GRAPHS.items():
        g = ox.NamedNode(graph)
        for f in _files(name):
            for t in ox.parse(path=str(f), format=ox.RdfFormat.TURTLE):
                quads.append(ox.Quad(t.subject, t.predicate, t.object, g))
    schema = ox.NamedNode(ONTOLOGY_GRAPH)
    quads.append(ox.Quad(schema, ox.NamedNode(KG.filesHash), ox.Literal(ontology_hash()), schema))
    return quads


def _ntriple_block(quads: Iterable[ox.Quad]) -> str:
    return "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)


def replace_graphs_update(graphs: dict[str, list[ox.Quad]]) -> str:
    """One SPARQL update that replaces each graph: executed as one request it is
    one transaction, so an ingest is written whole or not at all."""
    parts = []
    for g, quads in graphs.items():
        parts.append(f"DROP SILENT GRAPH <{g}>")
        if quads:
            parts.append(f"INSERT DATA {{ GRAPH <{g}> {{\n{_ntriple_block(quads)}\n}} }}")
    return ";\n".join(parts)


class Store(ABC):
    """What kg needs from a quad store."""

    spec: str
    allow_federation: tuple[str, ...] = ()  # SERVICE hosts queries may reach (see check_federation)

    @abstractmethod
    def query(self, sparql: str, substitutions: dict | None = None):
        """SELECT / ASK / CONSTRUCT / DESCRIBE over the union of all graphs,
        returning pyoxigraph results (QuerySolutions, QueryBoolean or QueryTriples)."""

    @abstractmethod
    def replace_graphs(self, graphs: dict[str, list[ox.Quad]]) -> None:
        """Replace each named graph with the given quads, all in one transaction."""

    @abstractmethod
    def dump(self, fmt: ox.RdfFormat) -> bytes:
        """The whole dataset (or, for triple formats, the union of graphs)."""

    def close(self) -> None:  # noqa: B027 - optional
        pass

    # shared helpers -------------------------------------------------------
    def document_hashes(self) -> dict[str, str]:
        rows = self.query(SPARQL_PREFIXES + "SELECT ?id ?h WHERE { ?d a kg:Document ; kg:docId ?id ; kg:contentHash ?h }")
        return {r["id"].value: r["h"].value for r in rows}

    def remove_documents(self, doc_ids: Iterable[str], extra: dict[str, list[ox.Quad]] | None = None) -> None:
        """Drop the documents' graphs (their sentences, claims and shortcut triples live
        nowhere else) and write ``extra`` graphs, all in one transaction, on any backend."""
        graphs: dict[str, list[ox.Quad]] = {graph_iri(d): [] for d in doc_ids}
        graphs.update(extra or {})
        self.replace_graphs(graphs)

    def ensure_ontology(self, extra: dict[str, list[ox.Quad]] | None = None) -> None:
        """Write ``extra`` graphs, and the ontology graphs if their files changed, in one transaction."""
        graphs: dict[str, list[ox.Quad]] = {}
        loaded = self.select(f"SELECT ?h WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{ <{ONTOLOGY_GRAPH}> kg:filesHash ?h }} }}")
        if [r["h"] for r in loaded] != [ontology_hash()]:
            for q in ontology_quads():
                graphs.setdefault(q.graph_name.value, []).append(q)
        graphs.update(extra or {})
        self.replace_graphs(graphs)

    def select(self, sparql: str, substitutions: dict | None = None) -> list[dict]:
        """SELECT rows as plain Python values (str, int, float, bool), for code and tests."""
        res = self.query(SPARQL_PREFIXES + sparql, substitutions)
        names = [v.value for v in res.variables]
        out = []
        for row in res:
            out.append({n: to_python(row[n]) for n in names})
        return out


def to_python(term):
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dtype = term.datatype.value if term.datatype else ""
        if dtype.endswith(("#integer", "#nonNegativeInteger", "#int", "#long")):
            return int(term.value)
        if dtype.endswith(("#decimal", "#double", "#float")):
            return float(term.value)
        if dtype.endswith("#boolean"):
            return term.value == "true"
        return term.value
    return term.value
