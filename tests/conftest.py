"""Shared fixtures: small parses, a seeds store from recorded parses, the real models."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.nlp import Sentence, Token

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data"
RECORDED = DATA / "parses"  # seeds parsed by the bundled models, <sha256 of text>.conllu
SEEDS = ROOT / "seeds"


def whitespace_sentence(text: str) -> Sentence:
    """A sentence with one token per space-separated word (no POS, no parse):
    enough for the stages that work on words, such as actor matching."""
    toks = [Token(i + 1, m.group(), m.group(), "X", "_", 0, "dep", m.start(), m.end())
            for i, m in enumerate(re.finditer(r"\S+", text))]
    return Sentence(0, toks[0].start, toks[-1].end, toks)


def app_on(store, monkeypatch, params: dict | None = None, state: dict | None = None):
    """One run of app.py (Streamlit's AppTest) on ``store``, with URL query params and session
    state; fails on any exception the app raised."""
    import sys

    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("KG_STORE", str(store))
    monkeypatch.setattr(sys, "argv", ["app.py"])
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    for k, v in (params or {}).items():
        at.query_params[k] = v
    for k, v in (state or {}).items():
        at.session_state[k] = v
    at.run()
    assert not at.exception, at.exception[0].message if at.exception else ""
    return at


def seeds_store_at(path: Path) -> str:
    """A closed store of the five seeds at ``path``, built from recorded parses (no Stanza run),
    for a test module that writes to its own copy."""
    from kg.ingest import ingest
    from kg.nlp import RecordedParser
    from kg.store import open_store

    store = open_store(path)
    ingest([SEEDS], store, parser=RecordedParser(RECORDED))
    store.close()
    return str(path)


@pytest.fixture(scope="session")
def seeds_store(tmp_path_factory):
    """A store of the five seeds, built from recorded parses (no Stanza run)."""
    from kg.ingest import ingest
    from kg.nlp import RecordedParser
    from kg.store import open_store

    path = tmp_path_factory.mktemp("seeds") / "store"
    store = open_store(path)
    ingest([SEEDS], store, parser=RecordedParser(RECORDED))
    yield store
    store.close()


@pytest.fixture(scope="session")
def parser(tmp_path_factory):
    """The real bundled Stanza models, with a private parse cache."""
    from kg.nlp import Parser

    return Parser("bundled", cache=tmp_path_factory.mktemp("parse-cache"))


def record(text: str, folder: Path) -> None:
    """Record a whitespace parse of ``text`` for :class:`kg.nlp.RecordedParser`."""
    import hashlib

    from kg.nlp import to_conllu

    folder.mkdir(parents=True, exist_ok=True)
    key = hashlib.sha256(text.encode("utf-8")).hexdigest()
    (folder / f"{key}.conllu").write_text(to_conllu([whitespace_sentence(text)]), encoding="utf-8")


@pytest.fixture(scope="session")
def seeds_store_dir(seeds_store, tmp_path_factory) -> Path:
    """A closed copy of the seeds store in its own folder, for code that opens a store by path
    itself (the Streamlit app opens it read-only, which must not overlap an open writer)."""
    import pyoxigraph as ox

    path = tmp_path_factory.mktemp("seeds-copy") / "store"
    db = ox.Store(str(path))
    db.bulk_load(seeds_store.dump(ox.RdfFormat.N_QUADS), format=ox.RdfFormat.N_QUADS)
    db.flush()
    del db
    return path


class Listener:
    """A TCP listener on loopback that counts the connections it gets (the SSRF target)."""

    def __init__(self):
        import socket
        import threading

        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self):
        while not self._stop.is_set():
            try:
                c, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            c.close()

    def close(self):
        self._stop.set()
        self._thread.join(5)
        self.sock.close()
