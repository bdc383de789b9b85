"""The local backend: an on-disk Oxigraph store (RocksDB) in a folder."""
from __future__ import annotations

import time
from pathlib import Path

import pyoxigraph as ox

from kg.store.base import PREFIXES, Store, StoreError, check_federation, replace_graphs_update

class OxigraphStore(Store):
    """An on-disk Oxigraph store (RocksDB) in a folder."""

    def __init__(self, path: str | Path, read_only: bool = False, allow_federation: tuple[str, ...] = ()):
        self.spec = str(path)
        self.allow_federation = tuple(allow_federation)
        self.path = Path(path)
        self.read_only = read_only
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"{self.path}: is a file, not a kg store folder")
        if self.path.is_dir() and not (self.path / "CURRENT").exists() and any(self.path.iterdir()):
            raise StoreError(f"{self.path}: not a kg store (the folder holds other files); "
                             "give a new or empty folder, or an existing store")
        if read_only and not (self.path / "CURRENT").exists():
            raise StoreError(f"{self.path}: no kg store here (run `kg ingest` first)")
        try:
            self.db = self._open_read_only() if read_only else self._open_writable()
        except OSError as e:
            raise StoreError(f"{self.path}: cannot open the store ({e}); is another kg process writing to it?") from None

    def _open_writable(self) -> ox.Store:
        self.path.mkdir(parents=True, exist_ok=True)
        return ox.Store(str(self.path))

    def _open_read_only(self, attempts: int = 8) -> ox.Store:
        """A read-only open beside a writer can catch RocksDB between writing a
        new manifest and deleting the files the old one listed ("Corruption: ...
        No such file"): the open is taken again on the fresh state.  Once open,
        the reader keeps the files it read (Linux keeps deleted open files)."""
        for attempt in range(attempts):
            try:
                return ox.Store.read_only(str(self.path))
            except (OSError, RuntimeError) as e:
                if attempt == attempts - 1:
                    raise StoreError(f"{self.path}: cannot open the store read-only ({e})") from None
                time.sleep(0.05 * (attempt + 1))
        raise AssertionError("unreachable")

    def query(self, sparql: str, substitutions: dict | None = None):
        check_federation(sparql, self.allow_federation)  # pyoxigraph would fetch any SERVICE URL
        try:
            return self.db.query(sparql, use_default_graph_as_union=True, substitutions=substitutions)
        except (OSError, RuntimeError) as e:
            if not self.read_only:
                raise StoreError(f"{self.path}: the query failed ({e})") from None
            # a reader beside a writer: the files it had not opened yet may be gone; read the fresh state
            self.db = self._open_read_only()
            try:
                return self.db.query(sparql, use_default_graph_as_union=True, substitutions=substitutions)
            except (OSError, RuntimeError) as e2:
                raise StoreError(f"{self.path}: the query failed ({e2})") from None

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
