"""The local backend: an on-disk Oxigraph store (RocksDB) in a folder."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.store.base import PREFIXES, Store, StoreError, check_federation, replace_graphs_update

class OxigraphStore(Store):
    """An on-disk Oxigraph store (RocksDB) in a folder."""

    def __init__(self, path: str | Path, read_only: bool = False, allow_federation: tuple[str, ...] = ()):
        self.spec = str(path)
        self.allow_federation = tuple(allow_federation)
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
        check_federation(sparql, self.allow_federation)  # pyoxigraph would fetch any SERVICE URL
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
