"""Small corpora written by the tests themselves, with whitespace parses recorded
for :class:`kg.nlp.RecordedParser`, so the analyst-workflow tests never run Stanza."""
from __future__ import annotations

import json
from pathlib import Path

from conftest import record
from kg.ingest import ingest
from kg.nlp import RecordedParser


def write_corpus(folder: Path, parses: Path, docs: dict[str, str | tuple[str, dict]]) -> Path:
    """``docs``: id -> text, or id -> (text, sidecar dict).  Returns ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for doc_id, spec in docs.items():
        text, meta = spec if isinstance(spec, tuple) else (spec, None)
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        if meta:
            (folder / f"{doc_id}.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        record(text, parses)
    return folder


def ingest_recorded(paths, store, parses: Path, **kw):
    return ingest(list(paths), store, parser=RecordedParser(parses), **kw)


def record_tagged(text: str, folder: Path, propn: set[str]) -> None:
    """Record a one-sentence parse of ``text``, one token per space-separated word,
    tagged PROPN for the words in ``propn`` and X otherwise (no dependencies)."""
    import hashlib

    from conftest import whitespace_sentence
    from kg.nlp import to_conllu

    s = whitespace_sentence(text)
    for t in s.tokens:
        if t.text in propn:
            t.upos = "PROPN"
    folder.mkdir(parents=True, exist_ok=True)
    key = hashlib.sha256(text.encode("utf-8")).hexdigest()
    (folder / f"{key}.conllu").write_text(to_conllu([s]), encoding="utf-8")


def stored_corpus(tmp_path: Path, docs: dict[str, str | tuple[str, dict]]):
    """``docs`` written as a folder, recorded, and ingested into a new store: (store, folder, parses)."""
    from kg.store import open_store

    parses = tmp_path / "parses"
    folder = write_corpus(tmp_path / "docs", parses, docs)
    store = open_store(tmp_path / "s")
    ingest_recorded([folder], store, parses)
    return store, folder, parses
