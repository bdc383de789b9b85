"""The claims snapshot: the explorer's first render without reading every claim again.

Reading 100,000 claims column by column (kg.export.read_rows) takes about ten
seconds of CPU; the explorer's bar is three for its whole first render.  So the
raw claim rows are kept, per document, in a JSON file inside the local store's
folder (:data:`SNAPSHOT_NAME`) and reused across processes.

It never needs a writer to remember it: each document graph carries
``kg:graphHash`` (kg.claims.graph_hash), which changes whenever the graph is
rewritten with other content.  One cheap query (:func:`document_stamps`, a
tenth of a second at 10,000 documents) says which documents the snapshot still
has right; only new and changed ones are read from the store (restricted to
their graphs, or the whole store when many changed), removed ones are dropped.
Labels, party codes, stories and curation are small and always read live
(kg.export.assemble_claims), so the records are exactly kg.export.read_claims'.
Documents without a ``kg:graphHash`` (written by an older kg) are never kept:
they are read every time, until re-ingested.

JSON, not pickle: the store folder may come from someone else (docs/security.md),
and a snapshot is only data, checked for shape when loaded.  A missing, corrupt
or other-version file is ignored (one log line) and rewritten.  Writes are
atomic (a temporary file renamed over the old one).  Remote stores
(kg.store.sparql) have no folder and no snapshot.
"""
from __future__ import annotations

import json
import logging
import os
import tempfile
from itertools import chain
from dataclasses import dataclass, field
from pathlib import Path

from kg.export import DocRows, read_rows, value_rows
from kg.ontology import BASE
from kg.store import Store

log = logging.getLogger(__name__)

SNAPSHOT_NAME = "kg-claims-snapshot.json"
FORMAT = "kg-claims-snapshot"
VERSION = 1
# the graphHash of every document (a document IRI -> its graph's stamp); read before any row
STAMPS_QUERY = "SELECT ?d ?h WHERE { ?d kg:graphHash ?h }"
DOCUMENTS_QUERY = "SELECT ?d WHERE { ?d a kg:Document }"
COUNT_QUERY = "SELECT (COUNT(?d) AS ?n) WHERE { ?d a kg:Document }"
# above this share of documents to read, one pass over the whole store beats the per-graph queries
# (at 10,000 documents: 1,000 graphs read in 1.1 s of CPU, 4,000 in 4.6 s, the whole store in 10 s)
FULL_READ_SHARE = 0.5
DOC_PREFIX, GRAPH_PREFIX = f"{BASE}doc/", f"{BASE}graph/doc/"  # kg.claims.doc_iri / graph_iri


@dataclass
class Snapshot:
    """Raw claim rows (kg.export.read_rows) of the documents whose ``kg:graphHash`` is ``stamps``."""

    stamps: dict[str, str] = field(default_factory=dict)  # document IRI -> kg:graphHash the rows were read at
    rows: dict[str, DocRows] = field(default_factory=dict)  # document IRI -> (metadata, claim rows)


def snapshot_path(store: Store) -> Path | None:
    """Where the store's snapshot lives: inside a local store's folder (RocksDB ignores
    files it did not name), so deleting the store deletes it; None for remote stores."""
    from kg.store.local import OxigraphStore

    return Path(store.path) / SNAPSHOT_NAME if isinstance(store, OxigraphStore) else None


def document_stamps(store: Store) -> tuple[dict[str, str], list[str]]:
    """The ``kg:graphHash`` of every stamped document, and the documents without one."""
    stamps = {d: h for d, h in value_rows(store, STAMPS_QUERY)}
    # kg writes kg:graphHash on documents only: as many documents as stamps means none lacks one, and
    # a count costs nothing next to the list (which an older kg's store then needs)
    [(n,)] = value_rows(store, COUNT_QUERY)
    unstamped = [] if int(n) == len(stamps) else [d for (d,) in value_rows(store, DOCUMENTS_QUERY) if d not in stamps]
    return stamps, unstamped


def _valid_rows(rows: object) -> bool:
    """The shape kg.export.read_rows gives, checked at C speed (a tenth of a second at 100,000
    claims matters here): every claim a list of nine strings, every metadata row six strings or nulls."""
    if not isinstance(rows, dict):
        return False
    entries = list(rows.values())
    if set(map(type, entries)) - {list} or set(map(len, entries)) - {2}:
        return False
    if any(type(c) is not list for _, c in entries):
        return False
    metas = [m for m, _ in entries if m is not None]
    claims = list(chain.from_iterable(c for _, c in entries))
    if set(map(type, metas)) - {list} or set(map(len, metas)) - {6} \
            or set(map(type, chain.from_iterable(metas))) - {str, type(None)}:
        return False
    if set(map(type, claims)) - {list} or set(map(len, claims)) - {9}:
        return False
    return not set(map(type, chain.from_iterable(claims))) - {str}


def load_snapshot(path: Path) -> Snapshot | None:
    """The snapshot at ``path``, or None when there is none or it is unusable (corrupt,
    another version, the wrong shape): then it is ignored, with one log line, and rebuilt."""
    try:
        data = json.loads(path.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as e:
        log.warning("claims snapshot %s ignored: unreadable (%s); it will be rebuilt", path, e)
        return None
    if not (isinstance(data, dict) and data.get("format") == FORMAT and data.get("version") == VERSION):
        log.warning("claims snapshot %s ignored: not a version-%d kg claims snapshot; it will be rebuilt",
                    path, VERSION)
        return None
    stamps, rows = data.get("stamps"), data.get("rows")
    if not (isinstance(stamps, dict) and all(isinstance(v, str) for v in stamps.values())
            and _valid_rows(rows) and set(stamps) == set(rows)):
        log.warning("claims snapshot %s ignored: malformed; it will be rebuilt", path)
        return None
    return Snapshot(stamps, {d: (meta, claims) for d, (meta, claims) in rows.items()})


def save_snapshot(path: Path, snapshot: Snapshot) -> bool:
    """Write the snapshot atomically (temporary file in the same folder, renamed over the old
    one), so a reader sees the old file or the new one, never half of one.  A store folder
    that cannot be written (read-only media, another user's) only costs the speed-up: logged,
    False returned."""
    body = json.dumps({"format": FORMAT, "version": VERSION, "stamps": snapshot.stamps,
                       "rows": {d: list(r) for d, r in snapshot.rows.items()}},
                      ensure_ascii=False, separators=(",", ":"))
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{SNAPSHOT_NAME}.", suffix=".part", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(body)
        os.replace(tmp, path)
        return True
    except OSError as e:
        log.warning("claims snapshot %s not written (%s); the explorer reads every claim until it can be", path, e)
        if tmp:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        return False


def current_rows(store: Store, snapshot: Snapshot | None) -> tuple[dict[str, DocRows], Snapshot | None]:
    """The raw rows of every document as the store has them now, reading only what the
    snapshot lacks or has out of date; and the snapshot to save (None when ``snapshot``
    is still right as it is).  The stamps are read before the rows, so a write landing
    in between can only make the saved snapshot re-read a document next time, never
    keep rows under a stamp they were not read at."""
    stamps, unstamped = document_stamps(store)
    old = snapshot or Snapshot()
    keep = {d for d, h in stamps.items() if old.stamps.get(d) == h and d in old.rows}
    todo = [d for d in stamps if d not in keep] + unstamped
    if not todo:
        fresh = None if set(old.stamps) == keep else Snapshot({d: stamps[d] for d in keep},
                                                              {d: old.rows[d] for d in keep})
        return {d: old.rows[d] for d in stamps}, fresh
    if len(todo) > FULL_READ_SHARE * (len(stamps) + len(unstamped)) or not all(d.startswith(DOC_PREFIX) for d in todo):
        read = read_rows(store)
        keep = set()  # one pass read everything: take it all from the store
    else:
        read = read_rows(store, [GRAPH_PREFIX + d[len(DOC_PREFIX):] for d in todo])
    rows = {d: old.rows[d] for d in keep}
    rows.update(read)
    fresh = Snapshot({d: h for d, h in stamps.items() if d in rows},
                     {d: rows[d] for d in stamps if d in rows})
    return rows, fresh


def refresh(store: Store) -> Snapshot | None:
    """Bring the store's snapshot up to date (after an ingest, so that the explorer's
    first render after it is fast); returns it, or None for a store without one."""
    path = snapshot_path(store)
    if path is None:
        return None
    old = load_snapshot(path)
    _, fresh = current_rows(store, old)
    if fresh is not None:
        save_snapshot(path, fresh)
    return fresh or old
