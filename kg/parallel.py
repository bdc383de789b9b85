"""Parallel parsing: Stanza is most of an ingest's time, so spread it over processes.

``kg ingest --workers N`` parses the documents that need parsing in N
processes, each loading the Stanza pipeline once; everything after parsing
(actors, relations, claims, the one store transaction) stays in the main
process, in document order, so the store ends up exactly as after a serial
ingest.  Workers write the usual parse cache (``<text hash>.conllu``) and
return the same CoNLL-U, which the main process reads back as a cache hit
would be read.

:func:`parse_document` is a plain top-level function of picklable
arguments, so the same work spreads over a cluster with an existing engine
(Dask ``client.map(parse_document, texts)``, Ray ``ray.remote(parse_document)``;
see docs/scaling.md); kg does not schedule anything itself.
"""
from __future__ import annotations

import copy
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from typing import Iterator

from kg.nlp import Parser, Sentence, from_conllu, to_conllu
from kg.text import Document

_parser: Parser | None = None  # the worker process's parser, loaded once


def _init_worker(parser: Parser | None, threads: int) -> None:
    """Runs once in each worker: share the CPUs out and adopt the main process's parser settings."""
    global _parser
    _parser = parser
    # read by torch when Stanza first imports it (so a worker that never parses never pays for torch)
    os.environ["OMP_NUM_THREADS"] = os.environ["MKL_NUM_THREADS"] = str(threads)


def worker_parser() -> Parser:
    """This process's parser (the default models and cache unless a pool set one)."""
    global _parser
    if _parser is None:
        _parser = Parser()
    return _parser


def parse_document(text: str, text_hash: str | None = None) -> str:
    """Parse one text (through the cache) and return it as kg's CoNLL-U.

    The unit of distributed work: strings in, a string out, the Stanza
    pipeline loaded once per process on first use."""
    return to_conllu(worker_parser().parse(text, text_hash))


def _parse_timed(text: str, text_hash: str) -> tuple[str, float]:
    p = worker_parser()
    before = p.stanza_seconds
    conllu = parse_document(text, text_hash)
    return conllu, p.stanza_seconds - before


def portable(parser: Parser) -> Parser:
    """A copy of ``parser`` without its loaded pipeline, cheap to send to a worker."""
    clone = copy.copy(parser)
    clone._nlp = None
    clone.stanza_seconds = 0.0
    return clone


def parse_documents(docs: list[Document], parser: Parser, workers: int = 1) -> Iterator[list[Sentence]]:
    """The sentences of each document, in order.

    With ``workers`` > 1 the documents missing from the parse cache are
    parsed in that many processes while the caller consumes the results in
    order (so progress shows as parses finish); Stanza seconds spent in the
    workers are added to ``parser.stanza_seconds`` (a sum over processes,
    not wall time).  With fewer than two texts to parse no pool is started."""
    todo: dict[str, Document] = {}
    if workers > 1:
        for d in docs:
            if not (parser.cache / f"{d.text_hash}.conllu").exists():
                todo.setdefault(d.text_hash, d)
    if len(todo) < 2:
        for d in docs:
            yield parser.parse(d.text, d.text_hash)
        return
    n = min(workers, len(todo))
    threads = max(1, (os.cpu_count() or 1) // n)  # n workers x threads = the machine, no oversubscription
    pool = ProcessPoolExecutor(n, mp_context=multiprocessing.get_context("spawn"),  # torch and fork do not mix
                               initializer=_init_worker, initargs=(portable(parser), threads))
    try:
        futures = {h: pool.submit(_parse_timed, d.text, h) for h, d in todo.items()}
        for d in docs:
            fut = futures.pop(d.text_hash, None)
            if fut is None:  # cached, or a duplicate text already parsed (now in the cache)
                yield parser.parse(d.text, d.text_hash)
                continue
            conllu, seconds = fut.result()
            parser.stanza_seconds += seconds
            if not futures:  # every parse is in: let the workers go before the caller's last step
                pool.shutdown()
            yield from_conllu(conllu)
    finally:  # also when the consumer stops early: do not wait for parses nobody will read
        pool.shutdown(wait=True, cancel_futures=True)
