"""Stage 6 -- store: where the graphs live.

A store holds one named graph per document plus the ontology, actor and
trigger graphs.  Backends sit behind the small :class:`Store` interface and
are chosen by the store spec (a folder -> on-disk Oxigraph; an ``http(s)://``
URL -> a SPARQL 1.1 server), through :data:`BACKENDS`, not by ``if`` chains
across the code.  Writes are atomic: a document's graph is replaced in one
transaction, and a whole ingest is one transaction, so a failure leaves the
store as it was.
"""
from __future__ import annotations

import hashlib
import os
from abc import ABC, abstractmethod
from pathlib import Path
from typing import Callable, Iterable

import pyoxigraph as ox

from kg.claims import ACTORS_GRAPH, ONTOLOGY_GRAPH, TRIGGERS_GRAPH
from kg.ontology import KG, ontology_path

DEFAULT_STORE = "kgstore"
PREFIXES = {
    "kg": str(KG),
    "kga": "https://w3id.org/arabic-kg/actor/",
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


def default_store() -> str:
    return os.environ.get("KG_STORE", DEFAULT_STORE)


def ontology_hash() -> str:
    """Hash of the ontology files: the store reloads them only when they change
    (their blank nodes get new ids at each parse, so a reload is never a no-op)."""
    digest = hashlib.sha256()
    for name in ONTOLOGY_GRAPHS:
        digest.update(ontology_path(name).read_bytes())
    return digest.hexdigest()


def ontology_quads() -> list[ox.Quad]:
    quads = []
    for name, graph in ONTOLOGY_GRAPHS.items():
        g = ox.NamedNode(graph)
        for t in ox.parse(path=str(ontology_path(name)), format=ox.RdfFormat.TURTLE):
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


class OxigraphStore(Store):
    """An on-disk Oxigraph store (RocksDB) in a folder."""

    def __init__(self, path: str | Path, read_only: bool = False):
        self.spec = str(path)
        self.path = Path(path)
        try:
            if read_only:
                if not self.path.exists():
                    raise StoreError(f"{self.path}: no kg store here (run `kg ingest` first)")
                self.db = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self.db = ox.Store(str(self.path))
        except OSError as e:
            raise StoreError(f"{self.path}: cannot open the store ({e}); is another kg process writing to it?") from None

    def query(self, sparql: str, substitutions: dict | None = None):
        return self.db.query(sparql, use_default_graph_as_union=True, substitutions=substitutions)

    def replace_graphs(self, graphs: dict[str, list[ox.Quad]]) -> None:
        if not graphs:
            return
        if any(self.db.contains_named_graph(ox.NamedNode(g)) for g in graphs):
            self.db.update(replace_graphs_update(graphs))  # one update = one transaction
        else:  # nothing to drop: a plain insert, also one transaction, without writing and parsing SPARQL
            self.db.extend(q for quads in graphs.values() for q in quads)
        self.db.flush()

    def dump(self, fmt: ox.RdfFormat) -> bytes:
        if fmt in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG, ox.RdfFormat.JSON_LD):  # datasets
            return self.db.dump(format=fmt, prefixes=PREFIXES) if fmt != ox.RdfFormat.N_QUADS else self.db.dump(format=fmt)
        triples = self.db.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
        return ox.serialize(triples, format=fmt, prefixes=PREFIXES) if fmt == ox.RdfFormat.TURTLE \
            else ox.serialize(triples, format=fmt)

    def close(self) -> None:
        del self.db


BACKENDS: dict[str, Callable[..., Store]] = {"file": OxigraphStore}


def register_backend(scheme: str, factory: Callable[..., Store]) -> None:
    """Plug in another backend for ``scheme://`` store specs."""
    BACKENDS[scheme] = factory


def _sparql_store(spec: str, read_only: bool = False) -> Store:
    from kg.store_sparql import SparqlStore  # imported on use: it imports this module

    return SparqlStore(spec, read_only=read_only)


register_backend("http", _sparql_store)
register_backend("https", _sparql_store)


def open_store(spec: str | None = None, read_only: bool = False) -> Store:
    """Open the store named by ``spec`` (a folder or a URL); defaults to $KG_STORE or ./kgstore."""
    spec = str(spec or default_store())
    scheme = spec.split("://", 1)[0] if "://" in spec else "file"
    if scheme not in BACKENDS:
        raise StoreError(f"{spec}: no store backend for {scheme}:// (known: {', '.join(sorted(BACKENDS))})")
    return BACKENDS[scheme](spec, read_only=read_only) if scheme != "file" else \
        OxigraphStore(spec[len("file://"):] if spec.startswith("file://") else spec, read_only=read_only)
