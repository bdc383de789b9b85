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
from typing import List, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

app = typer.Typer(help="kg: an Arabic actor-stance knowledge graph.", no_args_is_help=True,
                  pretty_exceptions_enable=False, add_completion=False)
models_app = typer.Typer(help="The Stanza Arabic models kg parses with.", no_args_is_help=True)
app.add_typer(models_app, name="models")
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

StoreOpt = typer.Option(None, "--store", "-s", help="Store folder or SPARQL endpoint URL [default: $KG_STORE or ./kgstore]")
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


@app.command()
def ingest(paths: List[Path] = typer.Argument(..., help=".txt files or folders (NAME.json beside NAME.txt gives metadata)"),
           store: Optional[str] = StoreOpt,
           force: bool = typer.Option(False, help="Re-extract even unchanged documents."),
           models: str = typer.Option("auto", help="auto (official if installed, else bundled), official or bundled."),
           workers: int = typer.Option(1, "--workers", "-w", min=1, help="Parse in this many processes (Stanza is the cost)."),
           max_bytes: int = typer.Option(2_000_000, min=1, help="Refuse documents larger than this many bytes."),
           follow_links: bool = typer.Option(False, help="Follow symbolic links found inside the given folders.")) -> None:
    """Read Arabic news articles and add their stance claims to the store."""
    from kg.ingest import ingest as run_ingest
    from kg.nlp import ModelsError, Parser
    from kg.store import StoreError
    from kg.text import InputError, read_documents

    try:  # validate everything before opening (or creating) the store
        docs = read_documents(paths, max_bytes, follow_links, report=lambda m: say(Text("warning:", style="yellow"),
                                                                                   " ", m, console=err))
        parser = Parser(models)
    except (InputError, ModelsError) as e:
        fail(str(e))
    st = _open(store, read_only=False)
    with Progress(TextColumn("[bold]ingest[/]"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.description}", markup=False), TimeElapsedColumn(), console=err,
                  transient=False) as bar:
        task = bar.add_task("", total=len(docs))
        try:
            summary = run_ingest(paths, st, parser=parser, force=force, workers=workers, docs=docs,
                                 progress=lambda d: bar.update(task, advance=1, description=plain(d.doc_id).plain))
        except (ModelsError, StoreError) as e:  # nothing was written: the ingest is one transaction
            fail(str(e))
    say(f"{summary.documents} documents ingested, {summary.skipped} unchanged, "
        f"{summary.sentences} sentences, {summary.claims} claims (+{summary.negated} negated) "
        f"in {summary.seconds:.1f} s (Stanza {summary.stanza_seconds:.1f} s) -> {st.spec}")


@app.command()
def export(fmt: str = typer.Option("claims-jsonl", "--format", "-f",
                                   help="claims-jsonl, trig, nquads, turtle, jsonld, graphml or gexf"),
           output: Optional[Path] = typer.Option(None, "-o", "--output", help="File to write [default: stdout]"),
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


@app.command()
def query(sparql: str = typer.Argument(..., help="A SPARQL query, or @file.rq"),
          fmt: str = typer.Option("table", "--format", "-f", help="table, json, csv, tsv or xml"),
          store: Optional[str] = StoreOpt,
          timeout: float = typer.Option(300, help="Seconds the query may run before it is stopped (0: no limit)."),
          max_memory: float = typer.Option(4.0, help="Memory cap of the query in GiB (0: none)."),
          allow_federation: Optional[List[str]] = FederationOpt) -> None:
    """Run a read-only SPARQL query (kg's prefixes are predeclared), in a child process under a time and memory limit."""
    from kg.query import QueryError, limited_rows, limited_serialize, read_query
    from kg.store import default_store

    federation = tuple(allow_federation or ())
    try:
        text = read_query(sparql)
        spec = store or default_store()
        if fmt == "table":
            header, data, _ = limited_rows(spec, text, sys.maxsize, timeout, max_memory, federation)
            table = Table(show_lines=False)
            for h in header:
                table.add_column(plain(h))
            for r in data:
                table.add_row(*[plain(v) for v in r])
            out.print(table)
            say(f"{len(data)} rows", console=err)
        else:
            sys.stdout.buffer.write(limited_serialize(spec, text, fmt, timeout, max_memory, federation))
    except QueryError as e:
        fail(str(e))


@app.command()
def claim(iri: str = typer.Argument(..., help="Claim IRI (as in the claims export)"),
          store: Optional[str] = StoreOpt) -> None:
    """Provenance of one claim: document, sentence and the evidence marked."""
    from kg.query import provenance

    p = provenance(_open(store), iri)
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


@app.command(name="eval")
def eval_cmd(gold: Path = typer.Argument(..., help="Gold claims (JSON Lines, as in tests/data/seeds_gold.jsonl)"),
             predictions: Optional[Path] = typer.Option(None, "--pred", help="Score this claims export instead of the store"),
             parties: Optional[Path] = typer.Option(None, help="JSON actor id -> party code [default: the registry]"),
             as_json: bool = typer.Option(False, "--json", help="Print the full result as JSON"),
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


@app.command()
def stats(store: Optional[str] = StoreOpt) -> None:
    """What the store holds."""
    from kg.stats import stats as run_stats

    s = run_stats(_open(store))
    table = Table("what", "count")
    for k, v in s.items():
        table.add_row(plain(k), plain(v))
    out.print(table)


@app.command()
def validate(store: Optional[str] = StoreOpt) -> None:
    """Check the store against the SHACL shapes in ontology/shapes.ttl."""
    from kg.validate import validate_store

    conforms, report = validate_store(_open(store))
    if not conforms:
        say(report, console=err)
        fail("the store does not conform to ontology/shapes.ttl")
    out.print("the store conforms to ontology/shapes.ttl")


@models_app.command("info")
def models_info() -> None:
    """Which models kg uses and their held-out scores."""
    from kg.nlp import models_info as info

    print(json.dumps(info(), ensure_ascii=False, indent=1))


@models_app.command("train")
def models_train(only: Optional[List[str]] = typer.Option(None, help="tokenizer, tagger, lemmatizer or parser (repeatable)")) -> None:
    """Retrain the bundled models from data/ud (about an hour on 2 cores)."""
    from kg.train_models import train_all

    metrics = train_all(only=only or None, log=lambda m: say(m, console=err))
    print(json.dumps(metrics, ensure_ascii=False, indent=1))


@models_app.command("download")
def models_download() -> None:
    """Fetch the official Stanza Arabic models (needs network); kg prefers them once present."""
    from kg.nlp import ModelsError, download_official

    try:
        where = download_official()
    except ModelsError as e:
        fail(str(e))
    say(f"official Stanza Arabic models installed in {where}")


@app.command()
def serve(store: Optional[str] = StoreOpt,
          host: str = typer.Option("127.0.0.1", help="Address to listen on (127.0.0.1: this machine only)."),
          port: int = typer.Option(7878, help="TCP port (0: any free port)."),
          timeout: int = typer.Option(30, help="Seconds a query may run before it is stopped (0: no limit)."),
          max_queries: int = typer.Option(2, help="Queries run at once; more wait, then get 503."),
          max_memory: float = typer.Option(4.0, help="Memory cap of the servers in GiB, shared by --max-queries (0: none)."),
          allow_federation: Optional[List[str]] = FederationOpt) -> None:
    """Serve the store read-only over the SPARQL 1.1 Protocol (Oxigraph's server); prints the endpoint URL first."""
    from kg.serve import ServeError, serve as run_serve
    from kg.store import default_store

    location = store or default_store()
    if "://" in location and not location.startswith("file://"):
        fail(f"{location} is already a SPARQL endpoint; kg serve serves a local store folder")
    try:
        run_serve(location.removeprefix("file://"), host, port, timeout, max_memory, max_queries,
                  tuple(allow_federation or ()), announce=lambda url: print(url, flush=True))
    except ServeError as e:
        fail(str(e))


def main() -> None:
    app()


if __name__ == "__main__":
    main()
