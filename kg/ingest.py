"""The pipeline: documents in, one named graph per document out.

text -> NLP -> actors -> relations -> claims -> store, one module per stage.
Every input is validated before anything is parsed, so a bad file leaves the
store as it was.  Graphs are written in transactions of ``batch_docs``
documents (:class:`BatchWriter`), each document whole in one, so memory stays
bounded and a crash leaves complete documents only.  Documents whose content
hash is already in the store are skipped, and parses are cached, so
re-ingesting (also to finish an interrupted ingest) is cheap.
"""
from __future__ import annotations

import datetime as dt
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable

from kg.actors import ActorMatcher, Mention, default_matcher, words_of
from kg.claims import Claim, document_quads, graph_iri, make_claims
from kg.nlp import Parser, Sentence
from kg.ontology import Registry, registry
from kg.parallel import parse_documents
from kg.relations import RelationExtractor
from kg.store import Store
from kg.text import Document, read_documents

YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)")
BATCH_DOCS = 100  # documents per store transaction (0: the whole ingest in one)


@dataclass
class IngestSummary:
    documents: int = 0
    skipped: int = 0
    sentences: int = 0
    claims: int = 0
    negated: int = 0
    seconds: float = 0.0
    stanza_seconds: float = 0.0
    per_document: dict = field(default_factory=dict)
    failed: dict = field(default_factory=dict)  # doc id -> why it could not be ingested (cluster ingest)
    interrupted: bool = False  # stopped by Ctrl-C; what was written is complete documents
    written: int = 0  # documents committed to the store
    transactions: int = 0


class BatchWriter:
    """Commits document graphs to the store ``size`` documents at a time.

    One transaction per batch instead of one per ingest keeps memory and
    request sizes bounded however big the corpus; a document never spans two
    batches, so a crash leaves whole documents (and re-running finishes the
    job).  The first commit also (re)loads the ontology graphs if their files
    changed, so even an ingest with nothing new leaves a usable store."""

    def __init__(self, store: Store, size: int = BATCH_DOCS, summary: IngestSummary | None = None):
        self.store, self.size = store, size
        self.summary = summary or IngestSummary()
        self.pending: dict[str, list] = {}

    def add(self, graph: str, quads: list) -> None:
        self.pending[graph] = quads
        if self.size and len(self.pending) >= self.size:
            self.flush()

    def flush(self) -> None:
        if not self.pending and self.summary.transactions:
            return
        self.store.ensure_ontology(extra=self.pending)
        self.summary.written += len(self.pending)
        self.summary.transactions += 1
        self.pending = {}


def document_date(doc: Document) -> dt.date | None:
    """The date that titles resolve against: the sidecar's, else the middle of
    the latest year the text mentions (news reports recent events), else None."""
    if doc.published:
        return dt.date.fromisoformat(doc.published)
    years = [int(y) for y in YEAR.findall(doc.text)]
    return dt.date(max(years), 7, 1) if years else None


def extract_document(doc: Document, sentences: list[Sentence], reg: Registry | None = None,
                     matcher: ActorMatcher | None = None,
                     extractor: RelationExtractor | None = None) -> list[Claim]:
    """Claims of one parsed document (pure: no I/O), in sentence order."""
    reg = reg or registry()
    matcher = matcher or default_matcher()
    extractor = extractor or RelationExtractor(reg)
    day = document_date(doc)
    sentence_words = [words_of(s, doc.text) for s in sentences]
    # the people the document names anywhere, so «القائد» can refer to the one commander it names
    people = frozenset(m.actor for words in sentence_words for m in matcher.find(words, day)
                       if m.kind == "name" and reg.actors[m.actor].kind == "Person")
    salient: Mention | None = None
    memory: dict[str, str] = {}
    claims: list[Claim] = []
    for s, words in zip(sentences, sentence_words):
        mentions = matcher.find(words, day, memory, people)
        rels = extractor.extract(words, mentions, salient)
        claims.extend(make_claims(doc, s, rels, reg))
        # the salient actor for the next sentence: this one's first source, else its first actor
        if rels:
            salient = rels[0].source
        elif mentions:
            salient = mentions[0]
    return claims


def ingest(paths: list, store: Store, parser: Parser | None = None, force: bool = False,
           progress: Callable[[Document], None] | None = None, workers: int = 1,
           docs: list[Document] | None = None, cluster: str | None = None,
           batch_docs: int = BATCH_DOCS) -> IngestSummary:
    """Ingest .txt files or folders into ``store``; returns what was done.
    ``workers`` > 1 parses in that many processes (see kg.parallel); the store ends up the same.
    ``cluster`` (a Dask scheduler address or ``local:N``) parses and extracts on a
    Dask cluster instead (see kg.cluster; ``progress`` then also gets each document's
    sentence count).  ``batch_docs`` documents per transaction (see BatchWriter).
    ``docs``, when the caller has already read and validated ``paths``, saves reading them twice."""
    t0 = time.perf_counter()
    docs = docs if docs is not None else read_documents(paths)  # InputError before anything is parsed or written
    if cluster:
        from kg.cluster import cluster_ingest

        return cluster_ingest(docs, store, cluster, parser=parser, force=force, progress=progress,
                              batch_docs=batch_docs)
    known = store.document_hashes()
    parser = parser or Parser()
    summary = IngestSummary()
    writer = BatchWriter(store, batch_docs, summary)
    fresh = [d for d in docs if force or known.get(d.doc_id) != d.content_hash]
    fresh_ids = {d.doc_id for d in fresh}
    parses = parse_documents(fresh, parser, workers)  # in document order, as they are ready
    for d in docs:
        if d.doc_id not in fresh_ids:
            summary.skipped += 1
        else:
            sentences = next(parses)
            claims = extract_document(d, sentences)
            writer.add(graph_iri(d.doc_id), document_quads(d, sentences, claims, parser.models_id))
            summary.documents += 1
            summary.sentences += len(sentences)
            summary.claims += sum(not c.negated for c in claims)
            summary.negated += sum(c.negated for c in claims)
            summary.per_document[d.doc_id] = Counter(c.relation for c in claims if not c.negated)
        if progress:
            progress(d)
    writer.flush()
    summary.stanza_seconds = round(parser.stanza_seconds, 2)
    summary.seconds = round(time.perf_counter() - t0, 2)
    return summary
