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
