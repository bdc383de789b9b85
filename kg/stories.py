"""Stories, not copies: near-duplicate documents grouped so counts mean independent sources.

A wire story reprinted by ten outlets is one source, not ten.  Each
document's text becomes a MinHash signature (``datasketch``) of its word
3-shingles (normalised Arabic, so hamza and taa marbuta variants agree);
documents whose estimated Jaccard similarity is at least :data:`THRESHOLD`
are candidates in an LSH index and, transitively, one story.  0.5 keeps a
reprint with a new headline, a dateline or an outlet's boilerplate in the
story of its original (light edits change a few shingles of a hundred), and
keeps two reports of the same event written apart in two stories (they
share names, not 3-word runs); tests/test_stories.py holds both cases.

The grouping is written to its own named graph (:data:`STORIES_GRAPH`):
``<doc> kg:story <story>`` and the signature keyed by the document's content
hash, so a later ingest computes signatures for new documents only.  A
story's id is the smallest document id in it.

:func:`corroboration` then counts, per (source, relation, target), the
independent stories and outlets that assert it and whether another story
denies it.
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Iterable, Mapping
from urllib.parse import quote, unquote

import numpy as np
import pyoxigraph as ox
from datasketch import MinHash, MinHashLSH

from kg.claims import doc_iri
from kg.normalize import normalize
from kg.ontology import BASE, KG
from kg.store import Store

STORIES_GRAPH = f"{BASE}graph/stories"
STORY = f"{BASE}story/"
THRESHOLD = 0.5
NUM_PERM = 128
SHINGLE = 3
SCHEME = "affine32"  # datasketch 2's default, named: stored signatures must be read back with it
WORD = re.compile(r"\w+")

STORED_QUERY = f"""
SELECT ?id ?hash ?sig WHERE {{
  GRAPH <{STORIES_GRAPH}> {{ ?d kg:minhash ?sig ; kg:minhashOf ?hash }} ?d kg:docId ?id
}}"""
STORY_QUERY = f"SELECT ?id ?s WHERE {{ GRAPH <{STORIES_GRAPH}> {{ ?d kg:story ?s }} ?d kg:docId ?id }}"
TEXT_QUERY = "SELECT ?id ?t WHERE { ?d kg:docId ?id ; kg:text ?t }"


def shingles(text: str) -> set[str]:
    words = [normalize(w) for w in WORD.findall(text)]
    if len(words) < SHINGLE:
        return {" ".join(words)}
    return {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def signature(text: str) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)
    m.update_batch([s.encode("utf-8") for s in shingles(text)])
    return m


def _encode(m: MinHash) -> str:
    return m.hashvalues.astype("<u4").tobytes().hex()


def _decode(hexsig: str) -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME,
                   hashvalues=np.frombuffer(bytes.fromhex(hexsig), dtype="<u4").astype(np.uint32))


def group(signatures: Mapping[str, MinHash], threshold: float = THRESHOLD) -> dict[str, str]:
    """Story id (smallest member id) per document id: LSH candidates whose estimated
    Jaccard similarity reaches ``threshold``, joined transitively."""
    parent = {d: d for d in signatures}

    def find(d: str) -> str:
        while parent[d] != d:
            parent[d] = parent[parent[d]]
            d = parent[d]
        return d

    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    for d in sorted(signatures):
        for other in lsh.query(signatures[d]):
            if signatures[d].jaccard(signatures[other]) >= threshold:
                a, b = find(d), find(other)
                parent[max(a, b)] = min(a, b)
        lsh.insert(d, signatures[d])
    return {d: find(d) for d in signatures}


def story_iri(story: str) -> str:
    return STORY + quote(story, safe="")


def read_stories(store: Store) -> dict[str, str]:
    """Story id per document id, as the store has them (documents ingested before
    stories existed are their own story)."""
    return {r["id"]: unquote(r["s"][len(STORY):]) for r in store.select(STORY_QUERY)}


def stories_graph(store: Store, fresh: Iterable = (), removed: set[str] = frozenset()) -> dict[str, list[ox.Quad]]:
    """The stories graph after adding ``fresh`` documents (kg.text.Document) and removing
    the ``removed`` ids, ready for :meth:`Store.replace_graphs` in the ingest's transaction."""
    fresh = {d.doc_id: d for d in fresh}
    hashes = {i: h for i, h in store.document_hashes().items() if i not in removed}
    hashes.update({i: d.content_hash for i, d in fresh.items()})
    stored = {r["id"]: (r["hash"], r["sig"]) for r in store.select(STORED_QUERY)}
    sigs: dict[str, MinHash] = {}
    for doc_id, h in hashes.items():
        if doc_id in fresh:
            sigs[doc_id] = signature(fresh[doc_id].text)
        elif doc_id in stored and stored[doc_id][0] == h:
            sigs[doc_id] = _decode(stored[doc_id][1])
        else:
            text = store.select(TEXT_QUERY, {ox.Variable("id"): ox.Literal(doc_id)})
            sigs[doc_id] = signature(text[0]["t"] if text else "")
    g = ox.NamedNode(STORIES_GRAPH)
    quads = []
    for doc_id, story in sorted(group(sigs).items()):
        d = ox.NamedNode(doc_iri(doc_id))
        quads.append(ox.Quad(d, ox.NamedNode(KG.story), ox.NamedNode(story_iri(story)), g))
        quads.append(ox.Quad(d, ox.NamedNode(KG.minhashOf), ox.Literal(hashes[doc_id]), g))
        quads.append(ox.Quad(d, ox.NamedNode(KG.minhash), ox.Literal(_encode(sigs[doc_id])), g))
    return {STORIES_GRAPH: quads}


def _outlet(claim: Mapping) -> str:
    return claim.get("outlet") or claim["doc"]


def corroboration(claims: Iterable[Mapping]) -> dict[tuple[str, str, str], dict]:
    """Per (source, relation, target): the independent ``stories`` asserting it (not
    negated), the ``outlets`` behind those stories (each story counted once, by the
    outlet of its first copy; a document without an outlet is its own), the
    ``documents`` (copies included), and ``contested``: another story denies it."""
    pos: dict[tuple, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    neg: dict[tuple, set] = defaultdict(set)
    for c in claims:
        key = (c["source"], c["relation"], c["target"])
        story = c.get("story") or c["doc"]
        if c["negated"]:
            neg[key].add(story)
        else:
            pos[key][story].append(c)
    out = {}
    for key in set(pos) | set(neg):
        by_story = pos.get(key, {})
        outlets = {_outlet(min(cs, key=lambda c: c["doc"])) for cs in by_story.values()}
        denied = neg.get(key, set())
        out[key] = {"stories": len(by_story), "outlets": len(outlets),
                    "documents": len({c["doc"] for cs in by_story.values() for c in cs}),
                    "contested": any(n != p for n in denied for p in by_story)}
    return out


def marks(info: Mapping) -> list[str]:
    """The labels the CLI and the explorer show for a claim's (source, relation, target)."""
    out = []
    if info.get("outlets", 0) >= 2:
        out.append(f"corroborated by {info['outlets']} outlets")
    if info.get("contested"):
        out.append("contested")
    return out


def claim_context(store: Store, claim_iri: str) -> dict | None:
    """What ``kg claim`` and the provenance panel add to a claim: the claim as curated
    (``claim``), the other documents of its story (``copies``: id, outlet, title), the
    corroboration of its (source, relation, target) and the marks to show."""
    from kg.documents import list_documents
    from kg.export import read_claims

    records = read_claims(store, include_retracted=True)
    mine = next((c for c in records if c["claim"] == claim_iri), None)
    if mine is None:
        return None
    copies = [{"doc": d["id"], "outlet": d["outlet"], "title": d["title"]} for d in list_documents(store)
              if d["story"] == mine["story"] and d["id"] != mine["doc"]]
    counted = [c for c in records if c["curation"] != "retracted"]
    info = corroboration(counted).get((mine["source"], mine["relation"], mine["target"]), {})
    return {"claim": mine, "copies": copies, "corroboration": info,
            "marks": marks(info)}
