"""Parse scheduling: batches of documents, in one process or N, with a fixed CPU budget.

Stanza is nearly all of an ingest's time.  kg parses the documents that are
not in the parse cache in batches (many documents' sentences go through
Stanza's pos, lemma and depparse together, see :meth:`kg.nlp.Parser.parse_many`),
either in this process or in ``workers`` processes, each loading the
pipeline once.  Everything after parsing (actors, relations, claims, the one
store transaction) stays in the main process, in document order, so the
store ends up exactly as after a serial ingest.  Workers write the usual
parse cache (``<text hash>.conllu``) and return the same CoNLL-U, which the
main process reads back as a cache hit would be read.

**The CPU budget.**  workers x torch threads <= the cores this process may
use (:func:`kg.nlp.usable_cores`): torch's default of one thread per core in
every process oversubscribes the machine as soon as there are two of them,
or anything else running.  ``workers="auto"`` (the CLI default) takes one
worker per core, one thread each, when there is enough text for the extra
processes to pay for loading the models (:data:`AUTO_MIN_CHARS` per worker)
and enough memory for their copies of the models (:data:`WORKER_BYTES`);
see docs/scaling.md.

:func:`parse_document` is a plain top-level function of picklable
arguments, so the same work spreads over a cluster with an existing engine
(Dask ``client.map(parse_document, texts)``, Ray ``ray.remote(parse_document)``;
see docs/scaling.md).

Workers die with their parent: each watches its parent's pid and exits
when the parent is gone (killed, even with SIGKILL), instead of waiting
forever on a queue nobody will write to with the models in memory.
"""
from __future__ import annotations

import copy
import multiprocessing
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from typing import Iterator, Union

from kg.nlp import Parser, Sentence, busy_cores, default_threads, from_conllu, to_conllu, usable_cores
from kg.text import Document

AUTO_MIN_CHARS = 15_000  # text per worker (about 100 news sentences, 3-4 s of Stanza) to pay for starting it
WORKER_BYTES = 1 << 30  # memory a worker may need (0.5-0.7 GB RSS measured with the bundled models)
POOL_MIN_BATCH_CHARS = 3_000  # about 20 news sentences: smaller batches would lose Stanza's batching
BATCH_CHARS = 20_000  # at most this much text in one batch (about 130 news sentences): memory and progress stay bounded
PARENT_POLL_SECONDS = 0.2

Workers = Union[int, str]  # a count, or "auto"

_parser: Parser | None = None  # the worker process's parser, loaded once


def available_memory() -> int | None:
    """MemAvailable in bytes (Linux), else None: no memory cap on workers."""
    try:
        with open("/proc/meminfo", encoding="ascii") as f:
            for line in f:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def plan(workers: Workers, threads: int | None, texts: int, chars: int, cores: int | None = None,
         memory: int | None = None, busy: float | None = None) -> tuple[int, int]:
    """(worker processes, torch threads per process) for ``texts`` documents
    (``chars`` characters) to parse.

    An explicit ``workers`` is honoured (but never more than there are texts);
    ``"auto"`` is one per usable core, bounded by the text (AUTO_MIN_CHARS a
    worker) and the memory (WORKER_BYTES a worker).  Threads default to the
    worker's share of the cores, so workers x threads <= cores, and to 1 when
    other processes already keep the cores busy (``busy``, the load average):
    torch's threads wait for each other at every operation, so one of them
    preempted stalls them all (measured: 2.8x slower beside light load),
    whereas single-threaded processes just share the CPU.  An explicit
    ``threads`` is honoured as given."""
    cores = cores or usable_cores()
    busy = busy_cores() if busy is None else busy
    if workers == "auto":
        n = min(cores, chars // AUTO_MIN_CHARS)
        if memory is not None:
            n = min(n, memory // WORKER_BYTES)
    else:
        if not isinstance(workers, int) or workers < 1:
            raise ValueError(f"workers must be a positive number or 'auto', not {workers!r}")
        n = workers
    n = max(1, min(n, texts))
    return n, threads or default_threads(n, cores, busy)


def parse_workers(value: str) -> Workers:
    """The CLI's ``--workers`` value: 'auto' or a positive integer."""
    if value == "auto":
        return value
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise ValueError(f"--workers must be a positive number or 'auto', not {value!r}")
    return n


def batches(docs: list[Document], limit: int) -> list[list[Document]]:
    """Consecutive documents grouped into batches of at most ``limit`` characters
    (a longer document is a batch of its own)."""
    out: list[list[Document]] = []
    size = 0
    for d in docs:
        if out and size + len(d.text) <= limit:
            out[-1].append(d)
            size += len(d.text)
        else:
            out.append([d])
            size = len(d.text)
    return out


# ------------------------------------------------------------------ workers
def _watch_parent(parent: int) -> None:
    """Exit this worker as soon as ``parent`` is no longer its parent process."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL_SECONDS)
        os._exit(1)  # no clean-up: the parent that would read our results is gone

    threading.Thread(target=watch, name="kg-parent-watch", daemon=True).start()


def _init_worker(parser: Parser | None, threads: int, parent: int) -> None:
    """Runs once in each worker: die with the parent, adopt its parser settings and CPU share."""
    global _parser
    _watch_parent(parent)
    _parser = parser
    if _parser is not None:
        _parser.threads = threads
    # also for any library that reads them when torch is first imported (only if this worker parses)
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


def parse_batch(texts: list[str], text_hashes: list[str]) -> tuple[list[str], float, dict]:
    """Parse several texts as one batch: their CoNLL-U, and the Stanza seconds
    (total and per stage) this process spent on them."""
    p = worker_parser()
    before, stages = p.stanza_seconds, dict(p.stage_seconds)
    parsed = p.parse_many(list(zip(texts, text_hashes)))
    return ([to_conllu(s) for s in parsed], p.stanza_seconds - before,
            {k: v - stages.get(k, 0.0) for k, v in p.stage_seconds.items()})


def portable(parser: Parser) -> Parser:
    """A copy of ``parser`` without its loaded pipeline, cheap to send to a worker."""
    clone = copy.copy(parser)
    clone._nlp = None
    clone.on_stage = None  # a callback of this process (the progress bar) does not travel
    clone.stanza_seconds = 0.0
    clone.stage_seconds = dict.fromkeys(parser.stage_seconds, 0.0)
    return clone


# --------------------------------------------------------------- scheduling
def parse_documents(docs: list[Document], parser: Parser, workers: Workers = 1,
                    threads: int | None = None, report: dict | None = None) -> Iterator[list[Sentence]]:
    """The sentences of each document, in order.

    The documents missing from the parse cache are parsed in batches, in this
    process or in a pool (see :func:`plan`), while the caller consumes the
    results in order (so progress shows as batches finish).  Stanza seconds
    spent in workers are added to ``parser.stanza_seconds`` and
    ``parser.stage_seconds`` (sums over processes, not wall time).
    ``report``, when given, receives the plan: ``workers`` and ``threads``."""
    todo: dict[str, Document] = {}
    for d in docs:
        if d.text_hash not in todo and not (parser.cache / f"{d.text_hash}.conllu").exists():
            todo[d.text_hash] = d
    chars = sum(len(d.text) for d in todo.values())
    n, per_worker = plan(workers, threads, len(todo), chars, memory=available_memory())
    if n == 1 and (threads is not None or parser.threads is None):
        parser.threads = per_worker  # read when the pipeline loads
    if report is not None:
        report.update(workers=n if todo else 0, threads=per_worker if todo else 0)
    if n == 1:
        yield from _serial(docs, parser, todo)
    else:
        yield from _pooled(docs, parser, todo, n, per_worker)


def _serial(docs: list[Document], parser: Parser, todo: dict[str, Document]) -> Iterator[list[Sentence]]:
    groups = iter(batches(list(todo.values()), BATCH_CHARS))
    ready: dict[str, list[Sentence]] = {}
    for d in docs:
        if d.text_hash in todo and d.text_hash not in ready:
            while d.text_hash not in ready:  # batches are in document order: the next one holds it
                group = next(groups)
                ready.update(zip((g.text_hash for g in group),
                                 parser.parse_many([(g.text, g.text_hash) for g in group])))
        hit = ready.pop(d.text_hash, None)
        if hit is not None:
            todo.pop(d.text_hash)
            yield hit
        else:  # cached, or a duplicate text already parsed (now in the cache)
            yield parser.parse(d.text, d.text_hash)


def _pooled(docs: list[Document], parser: Parser, todo: dict[str, Document], n: int,
            threads: int) -> Iterator[list[Sentence]]:
    # smaller batches than in one process, so that n workers share the work out evenly: the last
    # batch of one worker is all the other may wait for
    chars = sum(len(d.text) for d in todo.values())
    limit = min(BATCH_CHARS, max(POOL_MIN_BATCH_CHARS, chars // (8 * n)))
    pool = ProcessPoolExecutor(n, mp_context=multiprocessing.get_context("spawn"),  # torch and fork do not mix
                               initializer=_init_worker, initargs=(portable(parser), threads, os.getpid()))
    try:
        futures = {}  # text hash -> (future, index in its batch)
        for group in batches(list(todo.values()), limit):
            fut = pool.submit(parse_batch, [g.text for g in group], [g.text_hash for g in group])
            futures.update({g.text_hash: (fut, i) for i, g in enumerate(group)})
        counted: set = set()
        for d in docs:
            entry = futures.pop(d.text_hash, None)
            if entry is None:  # cached, or a duplicate text already parsed (now in the cache)
                yield parser.parse(d.text, d.text_hash)
                continue
            fut, i = entry
            conllus, seconds, stages = fut.result()
            if fut not in counted:  # a batch's time is counted once
                counted.add(fut)
                parser.stanza_seconds += seconds
                for k, v in stages.items():
                    parser.stage_seconds[k] = parser.stage_seconds.get(k, 0.0) + v
            if not futures:  # every parse is in: let the workers go before the caller's last step
                pool.shutdown()
            yield from_conllu(conllus[i])
    finally:  # also when the consumer stops early: do not wait for parses nobody will read
        pool.shutdown(wait=True, cancel_futures=True)
