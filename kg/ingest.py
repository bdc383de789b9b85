"""The pipeline: documents in, one named graph per document out.

text -> NLP -> actors -> relations -> claims -> store, one module per stage.
Every input is validated before anything is parsed, and the whole ingest is
written in one transaction, so a bad file or a crash leaves the store as it
was.  Documents whose content hash is already in the store are skipped, and
parses are cached, so re-ingesting is cheap.
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
from kg.parallel import Workers, parse_documents
from kg.relations import RelationExtractor
from kg.store import Store
from kg.text import Document, read_documents

YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)")


@dataclass
class IngestSummary:
    documents: int = 0
    skipped: int = 0
    sentences: int = 0
    claims: int = 0
    negated: int = 0
    seconds: float = 0.0
    stanza_seconds: float = 0.0
    stage_seconds: dict = field(default_factory=dict)  # Stanza's seconds per processor (summed over workers)
    workers: int = 0  # parsing processes used (0: every parse was cached)
    threads: int = 0  # torch threads in each
    per_document: dict = field(default_factory=dict)


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
           progress: Callable[[Document], None] | None = None, workers: Workers = 1,
           docs: list[Document] | None = None, threads: int | None = None) -> IngestSummary:
    """Ingest .txt files or folders into ``store``; returns what was done.
    ``workers`` > 1 (or "auto") parses in that many processes, ``threads`` torch
    threads each (see kg.parallel); the store ends up the same.
    ``docs``, when the caller has already read and validated ``paths``, saves reading them twice."""
    t0 = time.perf_counter()
    docs = docs if docs is not None else read_documents(paths)  # InputError before anything is parsed or written
    known = store.document_hashes()
    parser = parser or Parser()
    summary = IngestSummary()
    graphs = {}
    fresh = [d for d in docs if force or known.get(d.doc_id) != d.content_hash]
    fresh_ids = {d.doc_id for d in fresh}
    plan: dict = {}
    parses = parse_documents(fresh, parser, workers, threads, plan)  # in document order, as they are ready
    for d in docs:
        if d.doc_id not in fresh_ids:
            summary.skipped += 1
        else:
            sentences = next(parses)
            claims = extract_document(d, sentences)
            graphs[graph_iri(d.doc_id)] = document_quads(d, sentences, claims, parser.models_id)
            summary.documents += 1
            summary.sentences += len(sentences)
            summary.claims += sum(not c.negated for c in claims)
            summary.negated += sum(c.negated for c in claims)
            summary.per_document[d.doc_id] = Counter(c.relation for c in claims if not c.negated)
        if progress:
            progress(d)
    store.ensure_ontology(extra=graphs)  # one transaction for everything
    summary.stanza_seconds = round(parser.stanza_seconds, 2)
    summary.stage_seconds = {k: round(v, 2) for k, v in parser.stage_seconds.items()}
    summary.workers, summary.threads = plan.get("workers", 0), plan.get("threads", 0)
    summary.seconds = round(time.perf_counter() - t0, 2)
    return summary
