"""Ingest on a Dask cluster: parsing, the whole cost, spread over many machines.

``kg ingest --cluster tcp://scheduler:8786`` (or ``$KG_CLUSTER``) sends each
new or changed document to a Dask distributed cluster; ``--cluster local:N``
starts a :class:`~dask.distributed.LocalCluster` of N single-threaded worker
processes on this machine, so a laptop runs the same code path as a cluster.
kg schedules nothing itself: Dask places, retries and rebalances the work.

Each task is one document, start to finish except the write: parse (through
the parse cache), actors, relations, claims, and the document's graph as
N-Quads.  Doing the extraction on the workers too keeps the client a writer
only, so it is not the bottleneck as workers are added (extraction is about
4 % of a parse).  The client streams results back as they finish and commits
them in batches of ``batch_docs`` documents (:class:`kg.ingest.BatchWriter`),
at most a bounded number of documents in flight, so memory stays flat
however big the corpus.

Workers load the models once each: a worker plugin (:class:`ParserPlugin`)
holds the parser, whose Stanza pipeline loads on the first parse and stays.
Its parse cache is the client's folder when that folder exists on the worker
(the same machine, or shared storage mounted at the same path), else the
worker's own ``$KG_CACHE``.

Failures: a worker that dies mid-document has the document rerun elsewhere
by Dask (up to its ``allowed-failures``); a document whose task raises is
retried ``retries`` times, and one that fails on every try is reported by id
and reason in :attr:`IngestSummary.failed` while the others are written.
Re-running the same ingest finishes the job (stored documents are skipped).
Ctrl-C cancels what is in flight and commits the documents already back.
"""
from __future__ import annotations

import logging
import os
import signal
import time
import uuid
from collections import Counter
from dataclasses import dataclass
from typing import Callable

import dask
import pyoxigraph as ox
from distributed import Client, LocalCluster, WorkerPlugin, as_completed, get_worker

from kg.claims import document_quads, graph_iri
from kg.registry import registry_hash
from kg.ingest import BATCH_DOCS, BatchWriter, IngestSummary, extract_document
from kg.nlp import ModelsError, Parser, cache_dir, models_id
from kg.parallel import portable
from kg.store import Store
from kg.text import Document

LOCAL = "local:"
PLUGIN = "kg-parser"
RETRIES = 2  # tries after the first for a document whose task raises
CONNECT_TIMEOUT_S = 30


# How kg starts a LocalCluster's workers.  One thread each (Stanza is CPU-bound), as Dask's
# nanny does by default, but without its MALLOC_TRIM_THRESHOLD_=65536 (glibc then hands freed
# memory back to the OS at once; measured on the dev passages, a worker's Stanza then takes
# about 20 % more CPU per document) and without the statistical profiler (about 5 % more).
LOCAL_WORKER_CONFIG = {
    "distributed.nanny.pre-spawn-environ": {"OMP_NUM_THREADS": 1, "MKL_NUM_THREADS": 1, "OPENBLAS_NUM_THREADS": 1},
    "distributed.worker.profile.enabled": False,
}


class ClusterError(RuntimeError):
    """The cluster cannot be started or reached; the message says which and why."""


def cluster_address(option: str | None = None) -> str | None:
    """The ``--cluster`` option, else ``$KG_CLUSTER``, else None (no cluster)."""
    return option or os.environ.get("KG_CLUSTER") or None


def check_address(address: str) -> str:
    """``address`` if it can name a cluster; checked before anything is opened or started."""
    if address.startswith(LOCAL):
        n = address[len(LOCAL):]
        if not n.isdigit() or int(n) < 1:
            raise ClusterError(f"{address}: the local cluster size must be a whole number of workers, e.g. local:4")
    elif not address.strip():
        raise ClusterError("empty cluster address; give tcp://HOST:PORT of a Dask scheduler or local:N")
    return address


def connect(address: str) -> tuple[Client, LocalCluster | None]:
    """A client of the scheduler at ``address``; for ``local:N``, of a new
    LocalCluster of N single-threaded processes on loopback (returned too, to close)."""
    if check_address(address).startswith(LOCAL):
        n = address[len(LOCAL):]
        with dask.config.set(LOCAL_WORKER_CONFIG):  # read by the nannies as they start
            cluster = LocalCluster(n_workers=int(n), threads_per_worker=1, processes=True, host="127.0.0.1",
                                   dashboard_address="127.0.0.1:0",  # any free loopback port: ingests may run side by side
                                   silence_logs=logging.CRITICAL)  # failures are reported per document
        client = Client(cluster)
        client.register_plugin(LeaveCtrlCToTheClient(), name="kg-local-ctrl-c")
        return client, cluster
    try:
        return Client(address, timeout=CONNECT_TIMEOUT_S), None
    except (OSError, TimeoutError, ValueError) as e:
        raise ClusterError(f"{address}: cannot reach the Dask scheduler ({e})") from None


class LeaveCtrlCToTheClient(WorkerPlugin):
    """Ctrl-C reaches a LocalCluster's worker processes too (one process group); they
    ignore it, so the client alone stops, commits what is back and closes the cluster,
    instead of every worker dying with a traceback first."""

    def setup(self, worker) -> None:
        signal.signal(signal.SIGINT, signal.SIG_IGN)


class ParserPlugin(WorkerPlugin):
    """Gives each worker one parser for the whole ingest, so the models load once per worker."""

    name = PLUGIN

    def __init__(self, parser: Parser):
        self.parser = portable(parser)
        self.problem: str | None = None

    def setup(self, worker) -> None:
        p = self.parser
        if p.kind in ("bundled", "official"):  # real models: the worker's must be the ones the client names
            try:
                here = models_id(p.kind)
            except ModelsError as e:
                here = f"none ({e})"
            if here != p.models_id:
                self.problem = (f"worker {worker.address} has models {here}, the ingest uses {p.models_id}: "
                                "install the same kg and models on every worker")
        if not p.cache.is_dir():  # the client's cache folder is not here (not this machine, no shared mount)
            p.cache = cache_dir() / p.models_id  # so the worker's own: its $KG_CACHE


@dataclass
class DocumentResult:
    """What a worker sends back for one document: its graph and its counts."""

    doc_id: str
    nquads: bytes
    sentences: int
    claims: int
    negated: int
    relations: Counter
    stanza_seconds: float


def process_document(doc: Document, plugin_name: str = PLUGIN) -> DocumentResult:
    """The task: one document parsed and extracted on a worker (pure but for the parse cache)."""
    plugin = get_worker().plugins[plugin_name]
    if plugin.problem:
        raise ModelsError(plugin.problem)
    parser = plugin.parser
    before = parser.stanza_seconds
    sentences = parser.parse(doc.text, doc.text_hash)
    claims = extract_document(doc, sentences)
    quads = document_quads(doc, sentences, claims, parser.models_id, registry_hash())
    return DocumentResult(doc.doc_id, ox.serialize(quads, format=ox.RdfFormat.N_QUADS), len(sentences),
                          sum(not c.negated for c in claims), sum(c.negated for c in claims),
                          Counter(c.relation for c in claims if not c.negated), parser.stanza_seconds - before)


def _reason(e: BaseException) -> str:
    text = str(e).strip().splitlines()[0] if str(e).strip() else ""
    return f"{type(e).__name__}: {text}" if text else type(e).__name__


def cluster_ingest(docs: list[Document], store: Store, cluster: str | Client, parser: Parser | None = None,
                   force: bool = False, progress: Callable[..., None] | None = None,
                   batch_docs: int = BATCH_DOCS, retries: int = RETRIES,
                   in_flight: int | None = None) -> IngestSummary:
    """Ingest ``docs`` (already read and validated) into ``store`` on a Dask cluster.

    ``cluster`` is a scheduler address, ``local:N`` or a connected Client.
    ``progress(doc, sentences)`` is called once per document, skipped ones
    included, as results arrive (in completion order, not document order:
    the store is the same either way, one graph per document).  At most
    ``in_flight`` documents (default: 4 per worker thread, at least 16) are
    submitted and not yet written, so memory does not grow with the corpus."""
    t0 = time.perf_counter()
    parser = parser or Parser()
    known = store.document_hashes()
    summary = IngestSummary()
    writer = BatchWriter(store, batch_docs, summary)
    fresh = []
    for d in docs:
        if force or known.get(d.doc_id) != d.content_hash:
            fresh.append(d)
        else:
            summary.skipped += 1
            if progress:
                progress(d, 0)
    if not fresh:
        writer.flush()
        summary.seconds = round(time.perf_counter() - t0, 2)
        return summary
    own = not isinstance(cluster, Client)  # a client made here is closed here (and its LocalCluster)
    client, local = connect(cluster) if own else (cluster, None)
    plugin = f"{PLUGIN}-{uuid.uuid4().hex[:12]}"  # this ingest's own: others may share the cluster
    live: dict[str, tuple] = {}  # future key -> (future, document), submitted and not yet handled
    try:
        parser.cache.mkdir(parents=True, exist_ok=True)  # so workers that can see it (shared storage) use it
        client.register_plugin(ParserPlugin(parser), name=plugin)
        window = in_flight or max(16, 4 * sum(client.nthreads().values()))
        todo = iter(fresh)
        running = as_completed()

        def submit_next() -> None:
            d = next(todo, None)
            if d is not None:
                f = client.submit(process_document, d, plugin, key=f"kg-document-{uuid.uuid4().hex}",
                                  retries=retries)
                live[f.key] = (f, d)
                running.add(f)

        for _ in range(window):
            submit_next()
        for fut in running:
            _, d = live.pop(fut.key)
            sentences = 0
            try:
                r: DocumentResult = fut.result()
            except Exception as e:  # the task raised on every try, or its workers kept dying (KilledWorker)
                summary.failed[d.doc_id] = _reason(e)
            else:
                writer.add(graph_iri(d.doc_id), list(ox.parse(r.nquads, format=ox.RdfFormat.N_QUADS)))
                sentences = r.sentences
                summary.documents += 1
                summary.sentences += r.sentences
                summary.claims += r.claims
                summary.negated += r.negated
                summary.stanza_seconds += r.stanza_seconds
                summary.per_document[d.doc_id] = r.relations
            fut.release()
            submit_next()
            if progress:
                progress(d, sentences)
    except KeyboardInterrupt:  # stop cleanly: drop what is in flight, keep the documents already back
        summary.interrupted = True
    finally:
        if live:
            client.cancel([f for f, _ in live.values()], force=True)
            live.clear()
        try:
            client.unregister_worker_plugin(plugin)
        except Exception:  # noqa: BLE001 - best effort: a stale plugin only holds a parser
            pass
        if own:
            client.close()
        if local is not None:
            local.close()
    writer.flush()
    order = {d.doc_id: i for i, d in enumerate(docs)}  # the summary in document order, as a serial ingest's
    summary.per_document = dict(sorted(summary.per_document.items(), key=lambda kv: order[kv[0]]))
    summary.failed = dict(sorted(summary.failed.items(), key=lambda kv: order[kv[0]]))
    summary.stanza_seconds = round(summary.stanza_seconds, 2)
    summary.seconds = round(time.perf_counter() - t0, 2)
    return summary
