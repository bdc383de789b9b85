"""The dev passages are third-party text: no rule, trigger, test or doc may quote them.

Every tracked text file is compared with the passages of ``../shared/dev`` (when
that folder is present) by runs of six normalised Arabic words: a shared run of
six is a quotation, not a stock phrase.  Names in the registry's labels are facts
about an actor and are allowed, as are the seeds and their recorded parses, which
are the project's own fixture corpus.
"""
import json
import os
import re
import subprocess
from pathlib import Path

import pytest

from kg.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent
DEV = Path(os.environ.get("KG_SHARED", ROOT.parent / "shared")) / "dev" / "passages.jsonl"
RUN = 6  # words
# (data/synthetic*: passages written for kg, which share titles and names with news; tests/test_synthetic_corpus.py
# holds them to no 10-word run in common with a dev passage)
SKIPPED = ("seeds/", "tests/gold/", "tests/data/", "data/synthetic/", "data/synthetic-test/")
SUFFIXES = (".py", ".ttl", ".md", ".txt", ".rq", ".json", ".jsonl", ".toml", ".cfg", ".yml", ".yaml")


def arabic_words(text: str) -> list[str]:
    return [normalize(w) for w in re.findall(r"[\u0600-\u06FF]+", text)]


def runs(words: list[str]) -> set[tuple]:
    return {tuple(words[i:i + RUN]) for i in range(len(words) - RUN + 1)}


@pytest.mark.skipif(not DEV.exists(), reason="no ../shared/dev here")
def test_no_tracked_file_quotes_a_dev_passage():
    dev: dict[tuple, str] = {}
    for line in DEV.read_text(encoding="utf-8").splitlines():
        if line.strip():
            p = json.loads(line)
            for r in runs(arabic_words(p["text"])):
                dev.setdefault(r, p["id"])
    files = subprocess.run(["git", "ls-files"], capture_output=True, text=True, cwd=ROOT, check=True).stdout.split()
    quoted = []
    for f in files:
        if f.startswith(SKIPPED) or not f.endswith(SUFFIXES):
            continue
        for n, line in enumerate((ROOT / f).read_text(encoding="utf-8", errors="ignore").splitlines(), 1):
            if "Label" in line and f.startswith("ontology/"):
                continue  # an actor's name
            hits = {dev[r] for r in runs(arabic_words(line)) if r in dev}
            if hits:
                quoted.append(f"{f}:{n} ({', '.join(sorted(hits))})")
    assert not quoted, "dev passages quoted in: " + "; ".join(quoted)
