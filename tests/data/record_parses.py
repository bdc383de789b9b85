"""Regenerate tests/data/parses/ (recorded parses of the seeds) with the bundled models.

Run after `kg models train`:  python tests/data/record_parses.py
The tests replay these instead of running Stanza, so they are fast and do not
depend on the parse cache of the machine.
"""
import tempfile
from pathlib import Path

from kg.nlp import Parser, to_conllu
from kg.text import read_documents

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).parent / "parses"


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.conllu"):
        old.unlink()
    # (a cache of its own that starts empty: the parser writes what it parses to its cache, and a fixed folder
    # kept the parses of an earlier recording, which a re-recording then read back instead of parsing again)
    with tempfile.TemporaryDirectory() as cache:
        parser = Parser("bundled", cache=Path(cache))
        for doc in read_documents([ROOT / "seeds"]):
            sents = parser.parse(doc.text, doc.text_hash)
            (OUT / f"{doc.text_hash}.conllu").write_text(to_conllu(sents), encoding="utf-8")
            print(doc.doc_id, len(sents), "sentences")


if __name__ == "__main__":
    main()
