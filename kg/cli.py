"""The ``kg`` command: thin typer functions over importable ones.

Every command takes ``--store`` (a folder, default ./kgstore or $KG_STORE).
Errors print one line naming the file or store and the problem, and exit
non-zero.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import List, Optional, Tuple

import typer
import typer.core
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text



def _untyped(opt):
    if opt is not None:
        opt.metavar = ""
    return opt


class KgCommand(typer.core.TyperCommand):
    """A command whose --help shows no Python types (``<bool>``, ``<list[Path]>``) beside arguments
    and flags, where Typer shows one for every parameter; their names and help say enough."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for p in self.params:
            if isinstance(p, typer.core.TyperArgument) or getattr(p, "is_flag", False) or not p.metavar:
                p.display_type_rich = lambda ctx=None: None

    def get_help_option(self, ctx):
        return _untyped(super().get_help_option(ctx))


class KgGroup(typer.core.TyperGroup):
    def get_help_option(self, ctx):
        return _untyped(super().get_help_option(ctx))


app = typer.Typer(help="kg: an Arabic actor-stance knowledge graph.", no_args_is_help=True,
                  pretty_exceptions_enable=False, add_completion=False, cls=KgGroup)
models_app = typer.Typer(help="The Stanza Arabic models kg parses with.", no_args_is_help=True, cls=KgGroup)
app.add_typer(models_app, name="models")
actors_app = typer.Typer(help="The actor registry: see it, extend it (--registry), find what it lacks.",
                         no_args_is_help=True, cls=KgGroup)
app.add_typer(actors_app, name="actors")
curation_app = typer.Typer(help="Move an analyst's curation between stores.", no_args_is_help=True, cls=KgGroup)
app.add_typer(curation_app, name="curation")
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

StoreOpt = typer.Option(None, "--store", "-s", metavar="DIR|URL",
                        help="Store folder or SPARQL endpoint URL [default: $KG_STORE or ./kgstore]")
FLAG = ""  # the metavar of on/off options: nothing (Typer would show <bool>)


def plural(n: int, word: str, many: str | None = None) -> str:
    """``1 claim``, ``2 claims``: counts read as English."""
    return f"{n:,} {word if n == 1 else many or word + 's'}"


def show_version(value: bool) -> None:
    if value:
        from kg import __version__

        print(f"kg {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(version: bool = typer.Option(False, "--version", metavar=FLAG, is_eager=True, callback=show_version,
                                              help="Print kg's version and exit."),
                 registry: Optional[List[Path]] = typer.Option(
                     None, "--registry", metavar="FILE",
                     help="Your own actor registry (Turtle), merged with the shipped one; repeatable "
                          "[default: $KG_REGISTRY, paths separated by ':']")) -> None:
    """kg: an Arabic actor-stance knowledge graph."""
    from kg.ontology import user_registries
    from kg.registry import RegistryError, use_registry

    paths = registry or user_registries()
    if paths:
        try:
            use_registry(paths)
        except RegistryError as e:
            fail(str(e))


FederationOpt = typer.Option(None, "--allow-federation", metavar="HOST",
                             help="Let SERVICE reach this host (repeatable); federation is off by default.")


CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # C0 (but tab, newline), DEL, C1: ESC sequences and the like


def plain(value: object, style: str = "") -> Text:
    """Stored or user-supplied text as inert text: never Rich markup (``[/]``,
    ``[link=…]``), never an emoji code (``:x:``), never a terminal control
    sequence (ESC and other control characters become U+FFFD)."""
    return Text(CONTROL.sub("\ufffd", "" if value is None else str(value)), style=style)


def say(*parts: object, console: Console = out) -> None:
    """Print ``parts`` joined: Text pieces keep their style, anything else goes through :func:`plain`."""
    console.print(Text.assemble(*[p if isinstance(p, Text) else plain(p) for p in parts]),
                  highlight=False, emoji=False, markup=False)


def fail(message: str, code: int = 1) -> None:
    say(Text("error:", style="bold red"), " ", message, console=err)
    raise typer.Exit(code)


def _open(store: Optional[str], read_only: bool = True, allow_federation: Optional[List[str]] = None):
    from kg.store import StoreError, open_store

    try:
        return open_store(store, read_only=read_only, allow_federation=tuple(allow_federation or ()))
    except StoreError as e:
        fail(str(e))


def _open_existing(store: Optional[str]):
    """A store to change that must already exist: a typo in --store is an error, not a new empty store."""
    _open(store).close()
    return _open(store, read_only=False)


def _refresh_snapshot(st) -> None:
    """Bring the explorer's claims snapshot (kg.snapshot) up to date after a write, so that the
    first render after it need not read every claim; reads only the documents just written.
    A failure here costs the explorer that speed-up only: a warning, never a failed command."""
    from kg.snapshot import refresh
    from kg.store import StoreError

    try:
        refresh(st)
    except (OSError, RuntimeError, StoreError) as e:
        say(Text("warning:", style="yellow"), f" the explorer's claims snapshot was not refreshed ({e}); "
            "it is rebuilt on its next read", console=err)


@app.command(cls=KgCommand)
def ingest(paths: List[Path] = typer.Argument(..., metavar="PATH",
                                             help=".txt files or folders (NAME.json beside NAME.txt gives metadata)"),
           store: Optional[str] = StoreOpt,
           force: bool = typer.Option(False, metavar=FLAG,
                                      help="Re-extract documents whose text and sidecar are unchanged (by default they are "
                                           "skipped): needed after other models or a kg upgrade, to get their claims."),
           models: str = typer.Option("auto", metavar="WHICH", help="auto (official if installed, else bundled), official or bundled."),
           workers: str = typer.Option("auto", "--workers", "-w", metavar="N|auto",
                                       help="Parse in this many processes, or auto: one per usable core when "
                                            "there is enough text to parse (Stanza is the cost)."),
           threads: Optional[int] = typer.Option(None, "--threads", min=1, metavar="N",
                                                 help="torch threads per parsing process (default: usable cores / workers, or 1 when the load average says the cores are busy)."),
           summary_file: Optional[Path] = typer.Option(None, "--summary", metavar="FILE",
                                                       help="Also write what was done as JSON to this file."),
           prune: bool = typer.Option(False, metavar=FLAG,
                                      help="Also remove stored documents that came from these folders and are gone."),
           max_bytes: int = typer.Option(2_000_000, min=1, metavar="BYTES", help="Refuse documents larger than this many bytes."),
           follow_links: bool = typer.Option(False, metavar=FLAG,
                                             help="Follow symbolic links found inside the given folders."),
           cluster: Optional[str] = typer.Option(None, "--cluster", envvar="KG_CLUSTER", show_envvar=True, metavar="ADDRESS",
                                                 help="Parse on a Dask cluster: a scheduler address (tcp://host:8786) "
                                                      "or local:N for N worker processes here."),
           batch_docs: int = typer.Option(100, "--batch-docs", min=0, metavar="N",
                                          help="Documents per store transaction (0: the whole ingest in one).")) -> None:
    """Read Arabic news articles and add their stance claims to the store."""
    from kg.ingest import ingest as run_ingest
    from kg.nlp import ModelsError, Parser
    from kg.parallel import parse_workers
    from kg.store import StoreError
    from kg.text import InputError, read_documents

    try:
        n_workers = parse_workers(workers)
    except ValueError as e:
        fail(str(e))
    if cluster and n_workers not in (1, "auto"):
        fail("--workers and --cluster both choose where to parse; give one")
    try:  # validate everything before opening (or creating) the store
        docs = read_documents(paths, max_bytes, follow_links, report=lambda m: say(Text("warning:", style="yellow"),
                                                                                   " ", m, console=err))
        parser = Parser(models)
    except (InputError, ModelsError) as e:
        fail(str(e))
    errors: tuple = (ModelsError, StoreError)
    if cluster:
        try:
            from kg.cluster import ClusterError, check_address
        except ImportError:
            fail("--cluster needs Dask distributed: pip install 'kg[cluster]'")
        try:
            check_address(cluster)
        except ClusterError as e:
            fail(str(e))
        errors += (ClusterError,)
    st = _open(store, read_only=False)
    sentences = 0
    with Progress(TextColumn("[bold]ingest[/]"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.description}", markup=False), TimeElapsedColumn(), console=err,
                  transient=False) as bar:
        task = bar.add_task("", total=len(docs))

        def stage(name: str, chars: int) -> None:  # within a batch or a long document parsed here
            bar.update(task, description=f"{name} ({chars:,} characters)…")

        parser.on_stage = stage

        def step(d, n: int | None = None) -> None:
            nonlocal sentences
            sentences += n or 0
            name = plain(d.doc_id).plain  # a file name is text, never markup or terminal control
            bar.update(task, advance=1, description=f"{sentences:,} sentences  {name}" if n is not None else name)

        try:
            summary = run_ingest(paths, st, parser=parser, force=force, workers=n_workers, threads=threads, docs=docs,
                                 prune=prune, cluster=cluster, batch_docs=batch_docs, progress=step)
        except errors as e:  # committed batches hold whole documents only
            fail(f"{e} (documents written before this stay; re-run to finish)")
    _refresh_snapshot(st)  # reads only what changed; builds the snapshot if the store had none
    if summary_file:
        data = {**vars(summary), "per_document": {k: dict(v) for k, v in summary.per_document.items()}}
        summary_file.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    say(f"{plural(summary.documents, 'document')} ingested, {summary.skipped:,} unchanged, "
        f"{plural(summary.sentences, 'sentence')}, {plural(summary.claims, 'claim')} (+{summary.negated:,} negated) "
        f"in {summary.seconds:.1f} s (Stanza {summary.stanza_seconds:.1f} s"
        + (f", {summary.workers} x {summary.threads} threads" if summary.workers else "") + f") -> {st.spec}")
    from kg.registry import outdated_documents

    stale = outdated_documents(st)
    if stale:
        say(f"{len(stale)} stored documents were extracted with another actor registry "
            f"({', '.join(stale[:5])}{', ...' if len(stale) > 5 else ''}): "
            "`kg reextract` redoes them from the parse cache", console=err)
    if summary.removed:
        say(f"{len(summary.removed)} documents pruned (their files are gone): {', '.join(summary.removed)}")
    for doc_id, why in summary.failed.items():
        say(f"failed: {doc_id}: {why}", console=err)
    if summary.interrupted:
        fail(f"interrupted: {summary.written} documents written and committed, the rest not; "
             "re-run the same command to finish", code=130)
    if summary.failed:
        fail(f"{len(summary.failed)} documents failed on every try (above) and were not written; "
             "the others were. Re-run the same command to retry them")


@app.command(cls=KgCommand)
def export(fmt: str = typer.Option("claims-jsonl", "--format", "-f", metavar="FORMAT",
                                   help="claims-jsonl, trig, nquads, turtle, jsonld, graphml or gexf"),
           output: Optional[Path] = typer.Option(None, "-o", "--output", metavar="FILE", help="File to write [default: stdout]"),
           store: Optional[str] = StoreOpt) -> None:
    """Write the store's claims or graphs in a standard format."""
    from kg.export import FORMATS, export as run_export

    if fmt not in FORMATS:
        fail(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    data = run_export(_open(store), fmt)
    if output:
        output.write_bytes(data)
        say(f"wrote {output} ({len(data):,} bytes)", console=err)
    else:
        sys.stdout.buffer.write(data)


def results_table(header: list[str], cells: list[list[str]], width: int):
    """Query results for a terminal ``width`` wide: a table when every value fits whole, else one
    block of ``name  value`` lines per row, so that no identifier is ever cut or folded (IRIs come
    as prefixed names such as claim:ID, which `kg claim` accepts)."""
    from rich.cells import cell_len
    from rich.console import Group
    from rich.text import Text

    widths = [max([cell_len(h)] + [cell_len(r[i]) for r in cells]) for i, h in enumerate(header)]
    if sum(widths) + 3 * len(widths) + 1 <= width:
        table = Table(show_lines=False)
        for h in header:
            table.add_column(plain(h))
        for r in cells:
            table.add_row(*[plain(v) for v in r])
        return table
    pad = max((cell_len(h) for h in header), default=0)
    lines = []
    for n, r in enumerate(cells, 1):
        lines.append(Text(f"── row {n}", style="bold"))
        lines += [plain(f"{h.ljust(pad)}  {v}") for h, v in zip(header, r)]
    return Group(*lines)


@app.command(cls=KgCommand)
def query(sparql: str = typer.Argument(..., metavar="QUERY", help="A SPARQL query, or @file.rq"),
          fmt: str = typer.Option("table", "--format", "-f", metavar="FORMAT", help="table, json, csv, tsv or xml"),
          store: Optional[str] = StoreOpt,
          timeout: float = typer.Option(300, metavar="SECONDS", help="Seconds the query may run before it is stopped (0: no limit)."),
          max_memory: float = typer.Option(4.0, metavar="GIB", help="Memory cap of the query in GiB (0: none)."),
          allow_federation: Optional[List[str]] = FederationOpt) -> None:
    """Run a read-only SPARQL query (kg's prefixes are predeclared), in a child process under a time and memory limit."""
    from kg.query import QueryError, compact, limited_rows, limited_serialize, read_query
    from kg.store import default_store

    federation = tuple(allow_federation or ())
    try:
        text = read_query(sparql)
        spec = store or default_store()
        if fmt == "table":
            header, data, _ = limited_rows(spec, text, sys.maxsize, timeout, max_memory, federation)
            cells = [["" if v is None else str(compact(v)) for v in r] for r in data]
            out.print(results_table(header, cells, out.width))
            say(plural(len(data), "row"), console=err)
        else:
            sys.stdout.buffer.write(limited_serialize(spec, text, fmt, timeout, max_memory, federation))
    except QueryError as e:
        fail(str(e))


@app.command(cls=KgCommand)
def claim(iri: str = typer.Argument(..., metavar="CLAIM",
                                    help="The claim: its IRI, claim:ID or the bare ID (as tables print it)"),
          store: Optional[str] = StoreOpt) -> None:
    """Provenance of one claim: document, sentence and the evidence marked."""
    from kg.query import QueryError, claim_iri_of, provenance

    try:
        iri = claim_iri_of(iri)
    except QueryError as e:
        fail(str(e))
    st = _open(store)
    p = provenance(st, iri)
    if p is None:
        fail(f"{iri}: no such claim in the store")
    a, b = p["evidence_in_sentence"]
    s = p["stext"]
    say(Text(f"{p['source']} {'NOT ' if p['negated'] else ''}{p['relation']} {p['target']}", style="bold"),
        f"  confidence {p['confidence']}  rule {p['rule'] or '-'}" + (f"  speaker {p['speaker']}" if p["speaker"] else ""))
    say(f"claim     {iri}")
    say(f"document  {p['doc']}  title: {p['title'] or '-'}  outlet: {p['outlet'] or '-'}  "
        f"date: {p['published'] or '-'}  url: {p['url'] or '-'}")
    say(f"sentence  #{p['sentence']} [{p['sstart']}:{p['send']}]")
    say(s[:a], plain("⟦" + s[a:b] + "⟧", style="reverse"), s[b:])
    say(f"evidence  [{p['start']}:{p['end']}] {p['evidence']}")
    _claim_context(st, iri)


def _claim_context(st, iri: str) -> None:
    """Curation, copies of the story and corroboration under a claim's provenance."""
    from kg.stories import claim_context

    ctx = claim_context(st, iri)
    if ctx is None:
        return
    c = ctx["claim"]
    if c["curation"]:
        line = f"curation  {c['curation']}"
        if "original" in c:
            o = c["original"]
            line += (f": now {c['source']} {'NOT ' if c['negated'] else ''}{c['relation']} {c['target']}"
                     f" (extracted: {o['source']} {'NOT ' if o['negated'] else ''}{o['relation']} {o['target']})")
        say(line)
    if ctx["marks"]:
        say("marks     " + "; ".join(ctx["marks"]))
    info = ctx["corroboration"]
    if info:
        say(f"sources   {plural(info['stories'], 'independent story', 'independent stories')}, "
            f"{plural(info['outlets'], 'outlet')}, {plural(info['documents'], 'document')}")
    for d in ctx["copies"]:
        say(f"copy      {d['doc']}  outlet: {d['outlet'] or '-'}  title: {d['title'] or '-'}")


@app.command(name="eval", cls=KgCommand)
def eval_cmd(gold: Path = typer.Argument(..., metavar="GOLD", help="Gold claims (JSON Lines, as in tests/gold/seeds_gold.jsonl)"),
             predictions: Optional[Path] = typer.Option(None, "--pred", metavar="FILE",
                                                        help="Score this claims export instead of the store"),
             parties: Optional[Path] = typer.Option(None, metavar="FILE", help="JSON actor id -> party code [default: the registry]"),
             as_json: bool = typer.Option(False, "--json", metavar=FLAG, help="Print the full result as JSON"),
             store: Optional[str] = StoreOpt) -> None:
    """Score the store's claims against gold claims (the reference metric)."""
    from kg.evaluate import GOLD_KEYS, PRED_KEYS, load_jsonl, load_parties, report, score
    from kg.export import claims

    try:
        g = load_jsonl(gold, GOLD_KEYS, "gold file")
        pred = load_jsonl(predictions, PRED_KEYS, "predictions file") if predictions else claims(_open(store))
        pmap = load_parties(parties) if parties else None
    except ValueError as e:
        fail(str(e))
    result = score(g, pred, pmap)
    if as_json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        say(report(result))


@app.command(cls=KgCommand)
def stats(store: Optional[str] = StoreOpt) -> None:
    """What the store holds."""
    from kg.stats import stats as run_stats

    s = run_stats(_open(store))
    table = Table("what", "count")
    for k, v in s.items():
        table.add_row(plain(k), plain(v))
    out.print(table)


@app.command(cls=KgCommand)
def validate(store: Optional[str] = StoreOpt) -> None:
    """Check the store against the SHACL shapes in ontology/shapes.ttl."""
    from kg.validate import validate_store

    conforms, report = validate_store(_open(store))
    if not conforms:
        say(report, console=err)
        fail("the store does not conform to ontology/shapes.ttl")
    out.print("the store conforms to ontology/shapes.ttl")


@models_app.command("info", cls=KgCommand)
def models_info(as_json: bool = typer.Option(False, "--json", metavar=FLAG,
                                            help="Print everything (training settings, splits, sizes) as JSON")) -> None:
    """Which models kg uses, where they are, and their held-out scores."""
    from kg.nlp import models_info as info
    from kg.nlp import models_summary

    data = info()
    print(json.dumps(data, ensure_ascii=False, indent=1) if as_json else models_summary(data))


@models_app.command("train", cls=KgCommand)
def models_train(only: Optional[List[str]] = typer.Option(None, metavar="STAGE", help="tokenizer, tagger, lemmatizer or parser (repeatable)")) -> None:
    """Retrain the bundled models from data/ud (about an hour on 2 cores)."""
    from kg.train_models import train_all

    metrics = train_all(only=only or None, log=lambda m: say(m, console=err))
    print(json.dumps(metrics, ensure_ascii=False, indent=1))


@models_app.command("train-stance", cls=KgCommand)
def models_train_stance(
        corpora: List[Path] = typer.Argument(..., help="Annotated folders: passages.jsonl + gold.jsonl, or .txt files "
                                                       "with --gold FOLDER=FILE"),
        gold: Optional[List[str]] = typer.Option(None, metavar="FOLDER=FILE", help="FOLDER=GOLD.jsonl for a folder of .txt documents (repeatable)"),
        parties: Path = typer.Option(Path("tests/gold/parties.json"), help="actor id -> party code, as the gold uses"),
        output: Path = typer.Option(None, "--output", "-o", help="Where the model goes [default: the shipped one]"),
        c: float = typer.Option(0.1, "-C", help="Inverse regularisation strength of the logistic regression."),
        folds: int = typer.Option(5, min=2, help="Document-level cross-validation folds."),
        decide_on: Optional[List[str]] = typer.Option(
            None, "--decide-on", metavar="CORPUS",
            help="A corpus (its folder's name) whose cross-validated F1 chooses the threshold (repeatable; default: "
                 "all); the others only add training examples"),
        weigh: Optional[List[str]] = typer.Option(
            None, "--weigh", metavar="CORPUS=W",
            help="How much each example of a corpus counts in the fit (repeatable; default 1): below 1, written "
                 "passages teach constructions without outweighing real news")) -> None:
    """Retrain the stance model from annotated passages; prints its cross-validated scores."""
    from kg.stance import MODEL_PATH
    from kg.train_stance import read_corpus, train

    gold_files = {}
    for g in gold or []:
        folder, sep, file = g.partition("=")
        if not sep:
            fail(f"--gold {g}: expected FOLDER=GOLD.jsonl")
        gold_files[Path(folder).resolve()] = file
    weights = {}
    for w in weigh or []:
        name, sep, value = w.partition("=")
        if not sep:
            fail(f"--weigh {w}: expected CORPUS=WEIGHT")
        try:
            weights[name] = float(value)
        except ValueError:
            fail(f"--weigh {w}: the weight must be a number")
    try:
        read = [read_corpus(p, gold_files.get(p.resolve())) for p in corpora]
        meta = train(read, parties, output or MODEL_PATH, folds=folds, c=c,
                     progress=lambda m: say(m, console=err), decide_on=decide_on, weigh=weights)
    except (OSError, ValueError, KeyError) as e:
        fail(str(e))
    except ImportError:
        fail("training needs scikit-learn: pip install -e '.[train]'")
    print(json.dumps(meta, ensure_ascii=False, indent=1))


@models_app.command("download", cls=KgCommand)
def models_download() -> None:
    """Fetch the official Stanza Arabic models (needs network); kg prefers them once present."""
    from kg.nlp import ModelsError, download_official

    try:
        where = download_official()
    except ModelsError as e:
        fail(str(e))
    say(f"official Stanza Arabic models installed in {where}")


def announce_endpoint(url: str) -> None:
    """The URL alone on the first line of stdout (scripts read it), then on stderr the prefixes
    the endpoint does not predeclare."""
    from kg.serve import prefixes_note

    sys.stdout.write(url + "\n")
    sys.stdout.flush()
    sys.stderr.write(prefixes_note() + "\n")
    sys.stderr.flush()


@app.command(cls=KgCommand)
def serve(store: Optional[str] = StoreOpt,
          host: str = typer.Option("127.0.0.1", metavar="ADDRESS", help="Address to listen on (127.0.0.1: this machine only)."),
          port: int = typer.Option(7878, metavar="PORT", help="TCP port (0: any free port)."),
          timeout: int = typer.Option(30, metavar="SECONDS", help="Seconds a query may run before it is stopped (0: no limit)."),
          max_queries: int = typer.Option(2, metavar="N", help="Queries run at once; more wait, then get 503."),
          max_memory: float = typer.Option(4.0, metavar="GIB", help="Memory cap of the servers in GiB, shared by --max-queries (0: none)."),
          allow_federation: Optional[List[str]] = FederationOpt) -> None:
    """Serve the store read-only over the SPARQL 1.1 Protocol (Oxigraph's server); prints the endpoint URL first."""
    from kg.serve import ServeError, serve as run_serve
    from kg.store import default_store

    location = store or default_store()
    if "://" in location and not location.startswith("file://"):
        fail(f"{location} is already a SPARQL endpoint; kg serve serves a local store folder")
    try:
        run_serve(location.removeprefix("file://"), host, port, timeout, max_memory, max_queries,
                  tuple(allow_federation or ()), announce=announce_endpoint)
    except ServeError as e:
        fail(str(e))


@app.command(cls=KgCommand)
def documents(store: Optional[str] = StoreOpt,
              as_json: bool = typer.Option(False, "--json", help="One JSON object per document instead of a table")) -> None:
    """List the documents the store holds."""
    from kg.documents import list_documents

    docs = list_documents(_open(store))
    if as_json:
        for d in docs:
            print(json.dumps(d, ensure_ascii=False))
        return
    table = Table("id", "title", "outlet", "date", "sentences", "claims", "story")
    for d in docs:
        table.add_row(*map(plain, (d["id"], d["title"] or "", d["outlet"] or "", d["published"] or "", str(d["sentences"]),
                                   str(d["claims"]), "" if d["story"] == d["id"] else d["story"])))
    out.print(table)
    say(plural(len(docs), "document"), console=err)


@app.command(cls=KgCommand)
def remove(refs: List[str] = typer.Argument(..., help="Document ids or paths of ingested files"),
           store: Optional[str] = StoreOpt) -> None:
    """Remove documents (their graphs, claims and shortcut triples) in one transaction."""
    from kg.documents import DocumentError, remove_documents
    from kg.store import StoreError

    st = _open_existing(store)
    try:
        removed = remove_documents(st, refs)
        _refresh_snapshot(st)
    except (DocumentError, StoreError) as e:
        fail(str(e))
    finally:
        st.close()
    say(f"removed {plural(len(removed), 'document')}: {', '.join(removed)}")


ByOpt = typer.Option(None, "--by", help="Who judges [default: your user name]")


def _curate(store: Optional[str], claim_iri: str, action: str, reason: Optional[str], by: Optional[str],
            changes: Optional[dict] = None) -> None:
    from kg.curation import CURATION_GRAPH, CurationError, record
    from kg.store import StoreError

    st = _open_existing(store)
    try:
        j = record(st, claim_iri, action, reason=reason, by=by, changes=changes)
    except (CurationError, StoreError) as e:
        fail(str(e))
    finally:
        st.close()
    what = f" -> {j.correction['source']} {'NOT ' if j.correction['negated'] else ''}{j.correction['relation']} " \
           f"{j.correction['target']}" if j.correction else ""
    say(f"{j.status} by {j.by} at {j.when}{what}: {claim_iri} (written to <{CURATION_GRAPH}>)")


@app.command(cls=KgCommand)
def retract(claim_iri: str = typer.Argument(..., help="Claim IRI"),
            reason: str = typer.Option(..., "--reason", help="Why the claim is wrong"),
            by: Optional[str] = ByOpt, store: Optional[str] = StoreOpt) -> None:
    """Mark a claim as wrong: hidden from exports, queries, networks and camps; kept in the store."""
    _curate(store, claim_iri, "retract", reason, by)


@app.command(cls=KgCommand)
def correct(claim_iri: str = typer.Argument(..., help="Claim IRI"),
            reason: str = typer.Option(..., "--reason", help="Why the claim is corrected"),
            relation: Optional[str] = typer.Option(None, help="supports, opposes, called or met"),
            source: Optional[str] = typer.Option(None, help="Actor id of the right source"),
            target: Optional[str] = typer.Option(None, help="Actor id of the right target"),
            negated: Optional[str] = typer.Option(None, help="true or false"),
            by: Optional[str] = ByOpt, store: Optional[str] = StoreOpt) -> None:
    """Correct a claim: a new claim that prov:wasRevisionOf the extracted one, which stays."""
    if negated is not None and negated.lower() not in ("true", "false"):
        fail(f"--negated must be true or false, got {negated!r}")
    changes = {"relation": relation, "source": source, "target": target,
               "negated": None if negated is None else negated.lower() == "true"}
    _curate(store, claim_iri, "correct", reason, by, changes)


@app.command(cls=KgCommand)
def confirm(claim_iri: str = typer.Argument(..., help="Claim IRI"),
            reason: Optional[str] = typer.Option(None, "--reason", help="Optional note"),
            by: Optional[str] = ByOpt, store: Optional[str] = StoreOpt) -> None:
    """Mark a claim as checked and right."""
    _curate(store, claim_iri, "confirm", reason, by)


@curation_app.command("export", cls=KgCommand)
def curation_export(file: Path = typer.Argument(..., help="Turtle file to write"),
                    store: Optional[str] = StoreOpt) -> None:
    """Write the store's curation graph (every judgement, with who, when and why) as Turtle."""
    from kg.curation import export_curation

    data = export_curation(_open(store))
    file.write_bytes(data)
    say(f"wrote {file} ({len(data):,} bytes)", console=err)


@curation_app.command("import", cls=KgCommand)
def curation_import(file: Path = typer.Argument(..., help="A `kg curation export` file"),
                    store: Optional[str] = StoreOpt) -> None:
    """Merge another analyst's curation into this store (judgements already present are skipped)."""
    from kg.curation import CurationError, import_curation
    from kg.store import StoreError

    st = _open_existing(store)
    try:
        n = import_curation(st, file)
    except (CurationError, StoreError) as e:
        fail(str(e))
    finally:
        st.close()
    say(f"{n} new judgements imported from {file}")


@app.command(cls=KgCommand)
def shifts(pair: Optional[Tuple[str, str]] = typer.Option(None, "--pair", help="Only this pair: two actor ids (or party codes with --level party)"),
           period: str = typer.Option("month", help="month or quarter"),
           level: str = typer.Option("actor", help="actor or party"),
           as_json: bool = typer.Option(False, "--json", help="One JSON object per shift"),
           store: Optional[str] = StoreOpt) -> None:
    """Actor pairs whose stance changed sign between periods (net supports - opposes, in independent stories)."""
    from kg.export import records
    from kg.ontology import registry
    from kg.shifts import PERIODS, find_shifts

    if period not in PERIODS:
        fail(f"--period must be one of {', '.join(PERIODS)}, got {period!r}")
    if level not in ("actor", "party"):
        fail(f"--level must be actor or party, got {level!r}")
    wanted = tuple(pair) if pair and all(pair) else None
    if wanted:
        known = set(registry().actors) if level == "actor" else {a.party for a in registry().actors.values()}
        for x in wanted:
            if x not in known:
                fail(f"{x}: no such {level} in the registry (`kg actors list`)")
    found = find_shifts(records(_open(store)), period, wanted, level)
    if as_json:
        for s in found:
            print(json.dumps({**s, "before": {**s["before"], "claims": [c["claim"] for c in s["before"]["claims"]]},
                              "after": {**s["after"], "claims": [c["claim"] for c in s["after"]["claims"]]}},
                             ensure_ascii=False))
        return
    for s in found:
        b, a = s["before"], s["after"]
        say(Text(f"{s['source']} -> {s['target']}", style="bold"), f": {b['period']} net {b['net']:+d} -> "
            f"{a['period']} net {a['net']:+d}")
        for side in (b, a):
            for c in side["claims"]:
                say(f"  {side['period']}  {c['relation']:<8} {c['doc']} #{c['sentence']}  {c['evidence']}  {c['claim']}")
    say(plural(len(found), "shift"), console=err)


@actors_app.command("list", cls=KgCommand)
def actors_list(party: Optional[str] = typer.Option(None, help="Only the actors of this party code"),
                as_json: bool = typer.Option(False, "--json", help="One JSON object per actor")) -> None:
    """The actors kg recognises (shipped registry plus yours)."""
    from kg.registry import list_actors

    rows = list_actors(party)
    if party and not rows:
        fail(f"{party}: no actors of this party (party codes are in `kg actors list`)")
    if as_json:
        for r in rows:
            print(json.dumps(r, ensure_ascii=False))
        return
    table = Table("id", "kind", "party", "English", "Arabic", "Wikidata")
    for r in rows:
        table.add_row(*map(plain, (r["id"], r["kind"], r["party"], r["label_en"], r["label_ar"],
                                   (r["wikidata"] or "").rsplit("/", 1)[-1])))
    out.print(table)
    say(plural(len(rows), "actor"), console=err)


@actors_app.command("show", cls=KgCommand)
def actors_show(actor_id: str = typer.Argument(..., help="Actor id, as in `kg actors list`"),
                as_json: bool = typer.Option(False, "--json")) -> None:
    """Labels and aliases in both languages, kind, party, dated roles and Wikidata id of one actor."""
    from kg.registry import RegistryError, show_actor

    try:
        a = show_actor(actor_id)
    except RegistryError as e:
        fail(str(e))
    if as_json:
        print(json.dumps(a, ensure_ascii=False, indent=1))
        return
    say(Text(a["id"], style="bold"), f"  {a['kind']}, party {a['party']}  {a['iri']}")
    say(f"English   {'; '.join(a['labels_en']) or '-'}")
    say(f"Arabic    {'، '.join(a['labels_ar']) or '-'}")
    if a["demonyms"]:
        say(f"demonyms  {'، '.join(a['demonyms'])}")
    say(f"Wikidata  {a['wikidata'] or '-'}")
    for r in a["roles"]:
        say(f"role      {r['title']} of {r['of']}  {r['start'] or '…'} – {r['end'] or '…'}")


@actors_app.command("suggest", cls=KgCommand)
def actors_suggest(limit: int = typer.Option(20, help="How many candidates"),
                   as_json: bool = typer.Option(False, "--json", help="One JSON object per candidate"),
                   store: Optional[str] = StoreOpt) -> None:
    """Name-like words that fill a trigger's source or target slot but match no actor, most-used first."""
    from kg.nlp import ModelsError
    from kg.suggest import suggest

    try:
        found = suggest(_open(store), limit)
    except ModelsError as e:
        fail(str(e))
    if as_json:
        for c in found:
            print(json.dumps(c, ensure_ascii=False))
        return
    for c in found:
        say(Text(c["text"], style="bold"), f"  in {c['documents']} documents ({c['sentences']} sentences)")
        for e in c["examples"]:
            say(f"  « {e} »")
        say(c["turtle"])
    say(f"{plural(len(found), 'candidate')}; put the edited stubs in a file and pass it with --registry FILE", console=err)


@app.command(cls=KgCommand)
def reextract(refs: Optional[List[str]] = typer.Argument(None, metavar="[DOC]...", help="Document ids or paths [default: those extracted with another registry]"),
              store: Optional[str] = StoreOpt) -> None:
    """Redo extraction of stored documents from the parse cache (no Stanza), e.g. after a registry change."""
    from kg.documents import DocumentError
    from kg.nlp import ModelsError
    from kg.registry import reextract as run_reextract
    from kg.store import StoreError

    st = _open_existing(store)
    try:
        summary = run_reextract(st, refs or None)
        _refresh_snapshot(st)
    except (DocumentError, ModelsError, StoreError) as e:
        fail(str(e))
    finally:
        st.close()
    say(f"{plural(summary.documents, 'document')} re-extracted, {plural(summary.claims, 'claim')} "
        f"(+{summary.negated:,} negated)")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
