"""The documents a store holds: list them, remove them, prune the ones whose file is gone.

Deleting an article's file and re-ingesting its folder used to leave the
article in the store; an analyst needs to take documents out as easily as
putting them in.  A document's sentences, claims and shortcut triples all
live in the document's own named graph, so removing it is dropping that
graph (and regrouping the stories, :mod:`kg.stories`), in one transaction.
Curation of its claims (:mod:`kg.curation`) is kept: it is keyed by claim
IRI and applies again if the document comes back.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

from kg.store import Store

DOCUMENTS_QUERY = """
SELECT ?id ?title ?outlet ?published ?file ?g WHERE {
  GRAPH ?g { ?d a kg:Document ; kg:docId ?id }
  OPTIONAL { ?d dcterms:title ?title } OPTIONAL { ?d kg:outlet ?outlet }
  OPTIONAL { ?d dcterms:issued ?published } OPTIONAL { ?d kg:sourceFile ?file }
}
"""
SENTENCES_QUERY = "SELECT ?g (COUNT(?s) AS ?n) WHERE { GRAPH ?g { ?s a kg:Sentence } } GROUP BY ?g"
CLAIMS_QUERY = "SELECT ?g (COUNT(?c) AS ?n) WHERE { GRAPH ?g { ?c a kg:Claim } } GROUP BY ?g"


class DocumentError(ValueError):
    """A document reference that names nothing in the store; the message says which."""


def list_documents(store: Store) -> list[dict]:
    """id, title, outlet, published, file, sentences, claims (extracted, curation aside), story; by id."""
    from kg.stories import read_stories

    sentences = {r["g"]: r["n"] for r in store.select(SENTENCES_QUERY)}
    claims = {r["g"]: r["n"] for r in store.select(CLAIMS_QUERY)}
    stories = read_stories(store)
    out = []
    for r in store.select(DOCUMENTS_QUERY):
        g = r.pop("g")
        out.append({**r, "sentences": sentences.get(g, 0), "claims": claims.get(g, 0),
                    "story": stories.get(r["id"], r["id"])})
    return sorted(out, key=lambda d: d["id"])


def resolve(store: Store, refs: Iterable[str]) -> list[str]:
    """Document ids for references that are ids, or paths of ingested files (a path's stem is
    its id, as at ingest); every reference must name a stored document."""
    docs = list_documents(store)
    ids = {d["id"] for d in docs}
    by_file = {str(Path(d["file"]).resolve()): d["id"] for d in docs if d["file"]}
    found: list[str] = []
    for ref in refs:
        if ref in ids:
            hit = ref
        elif str(Path(ref).resolve()) in by_file:
            hit = by_file[str(Path(ref).resolve())]
        elif ref.endswith(".txt") and Path(ref).stem in ids:
            hit = Path(ref).stem
        else:
            raise DocumentError(f"{ref}: no such document in the store {store.spec} (`kg documents` lists them)")
        if hit not in found:
            found.append(hit)
    return found


def remove_documents(store: Store, refs: Iterable[str]) -> list[str]:
    """Remove the documents named by ``refs`` (ids or file paths) in one transaction; returns their ids.
    Nothing is removed if any reference is unknown."""
    from kg.stories import stories_graph

    ids = resolve(store, refs)
    if ids:
        store.remove_documents(ids, extra=stories_graph(store, removed=set(ids)))
    return ids


def stale_documents(store: Store, folders: Iterable[str | Path], present: Iterable[str]) -> list[str]:
    """Stored documents whose file lay under one of ``folders`` and which are not in ``present``
    (the ids read from those folders now): the ones ``kg ingest --prune`` removes.  Paths
    are compared resolved against the current directory."""
    roots = [Path(f).resolve() for f in folders]
    keep = set(present)
    stale = []
    for d in list_documents(store):
        if not d["file"] or d["id"] in keep:
            continue
        path = Path(d["file"]).resolve()
        if any(path.is_relative_to(r) for r in roots):
            stale.append(d["id"])
    return stale
