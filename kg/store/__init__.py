"""Stage 6 -- store: where the graphs live.

A store holds one named graph per document plus the ontology, actor and
trigger graphs.  Backends sit behind the small :class:`Store` interface
(:mod:`kg.store.base`), one module per backend (:mod:`kg.store.local`: an
on-disk Oxigraph folder; :mod:`kg.store.sparql`: a SPARQL 1.1 server), and
are chosen by the store spec through :data:`BACKENDS`, not by ``if`` chains
across the code.  Writes are atomic: a document's graph is replaced in one
transaction, and a whole ingest is one transaction, so a failure leaves the
store as it was.
"""
from __future__ import annotations

from typing import Callable

from kg.store.base import (DEFAULT_STORE, ONTOLOGY_GRAPHS, PREFIXES, SPARQL_PREFIXES, FederationRefused, Store,
                           StoreError, check_federation, default_store, ontology_hash, ontology_quads,
                           replace_graphs_update, to_python)

__all__ = ["BACKENDS", "DEFAULT_STORE", "FederationRefused", "ONTOLOGY_GRAPHS", "PREFIXES", "SPARQL_PREFIXES", "Store",
           "StoreError", "check_federation", "default_store", "ontology_hash", "ontology_quads", "open_store", "register_backend",
           "replace_graphs_update", "to_python"]


def _local_store(spec: str, read_only: bool = False, **options) -> Store:
    from kg.store.local import OxigraphStore

    return OxigraphStore(spec[len("file://"):] if spec.startswith("file://") else spec, read_only=read_only, **options)


def _sparql_store(spec: str, read_only: bool = False, **options) -> Store:
    from kg.store.sparql import SparqlStore

    return SparqlStore(spec, read_only=read_only, **options)


BACKENDS: dict[str, Callable[..., Store]] = {"file": _local_store, "http": _sparql_store, "https": _sparql_store}


def register_backend(scheme: str, factory: Callable[..., Store]) -> None:
    """Plug in another backend for ``scheme://`` store specs."""
    BACKENDS[scheme] = factory


def open_store(spec: str | None = None, read_only: bool = False, allow_federation: tuple[str, ...] = ()) -> Store:
    """Open the store named by ``spec`` (a folder or a URL); defaults to $KG_STORE or ./kgstore.
    Its queries may use ``SERVICE`` only towards the ``allow_federation`` hosts (none by default)."""
    spec = str(spec or default_store())
    scheme = spec.split("://", 1)[0] if "://" in spec else "file"
    if scheme not in BACKENDS:
        raise StoreError(f"{spec}: no store backend for {scheme}:// (known: {', '.join(sorted(BACKENDS))})")
    return BACKENDS[scheme](spec, read_only=read_only, allow_federation=tuple(allow_federation))
