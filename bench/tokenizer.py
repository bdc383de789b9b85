"""The over-split guard (kg/tokens.py) measured: PUD test scores and over-split words.

    python bench/tokenizer.py             # print the figures
    python bench/tokenizer.py --write     # also store them in kg/models/ar/METRICS.json ("oversplit_guard")
    python bench/tokenizer.py --show 20   # also print 20 over-split words of the dev passages (stdout only)

Three measures, each with the guard off and on:

1. UD Arabic-PUD test split (the one METRICS.json's ``test_end_to_end`` uses,
   made by ``kg.train_models.prepare``): the bundled pipeline from raw text,
   scored with Stanza's CoNLL 2018 scorer.  "before" runs tokenize -> pos ->
   lemma -> depparse as ``train_models.evaluate`` does; "after" rejoins
   over-split words between tokenize and pos, as ``kg.nlp`` does.
2. Gold PUD splits the guard would undo (all of PUD, by split): splits the
   treebank itself makes, so each one it undoes is a false merge.
3. The dev passages (``../shared/dev``, when present; third-party text, so
   only counts are printed or stored): written words the tokenizer splits
   and the guard finds implausible (or re-cuts: «وات+هم»), before the guard
   and after it.

Torch runs on one thread (the numbers do not depend on it; the time does).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections import Counter
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg import tokens  # noqa: E402
from kg.nlp import BUNDLED_DIR, bundled_pipeline, set_torch_threads  # noqa: E402
from kg.train_models import TREEBANK, prepare, read_conllu, split_by_document  # noqa: E402

SHARED = Path(os.environ.get("KG_SHARED", ROOT.parent / "shared"))
METRICS = ("Tokens", "Sentences", "Words", "UPOS", "UFeats", "Lemmas", "UAS", "LAS")


def run_pipeline(nlp, text: str, guard: bool):
    doc = nlp(text, processors="tokenize")
    if guard:
        doc = tokens.regroup(doc, text)
    for stage in ("pos", "lemma", "depparse"):
        doc = nlp(doc, processors=stage)
    return doc


def pud_scores(nlp, work: Path) -> dict:
    from stanza.models.common.utils import ud_scores
    from stanza.utils.conll import CoNLL

    files = prepare(work)
    out: dict = {}
    for guard in (False, True):
        arm = "pud_test_after" if guard else "pud_test_before"
        out[arm] = {}
        for name in ("test", "test_ar"):
            doc = run_pipeline(nlp, files[name + "_txt"].read_text(encoding="utf-8"), guard)
            pred = work / f"{name}.{arm}.conllu"
            CoNLL.write_doc2conll(doc, str(pred))
            scores = ud_scores(str(files[name]), str(pred))
            out[arm][name] = {m: round(100 * scores[m].f1, 2) for m in METRICS}
    return out


def written_words(sent_tokens) -> list[list[str]]:
    """Pieces of each written word (kg.tokens.written_words), as text."""
    return [[t.text for t in w] for w in tokens.written_words(sent_tokens)]


def gold_false_merges() -> dict:
    """Per PUD split: the treebank's own multi-piece written words, and how many the guard undoes."""
    out = {}
    for part, sents in split_by_document(read_conllu(TREEBANK)).items():
        words, cur = [], []
        for s in sents:
            for line in s:
                c = line.split("\t")
                if len(c) != 10 or not c[0].isdigit():
                    continue
                cur.append(c[1])
                if "SpaceAfter=No" not in c[9]:
                    words.append(cur)
                    cur = []
        split = [w for w in words if len(w) > 1]
        out[part] = {"split_words": len(split), "undone": sum(tokens.oversplit(w) for w in split)}
    return out


def _guarded(pieces: list[str]) -> bool:
    """Would the guard change this written word: rejoin pieces, or re-cut a proclitic left on one?"""
    return len(pieces) > 1 and (tokens.oversplit(pieces) or bool(tokens.shed_proclitic(pieces)))


def dev_oversplits(nlp, show: int = 0) -> dict | None:
    path = SHARED / "dev" / "passages.jsonl"
    if not path.exists():
        return None
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    before, after, words = Counter(), 0, 0
    for text in texts:
        doc = nlp(text, processors="tokenize")
        for s in doc.sentences:
            ws = written_words(s.tokens)
            words += len(ws)
            before.update("+".join(w) for w in ws if _guarded(w))
        for s in tokens.regroup(doc, text).sentences:
            after += sum(1 for w in written_words(s.tokens) if _guarded(w))
    if show:  # third-party text: to the terminal only, never into a file of the project
        for w, n in before.most_common(show):
            print(f"  {n:3d}  {w.replace('+', ' + ')}")
    return {"passages": len(texts), "written_words": words, "before": sum(before.values()),
            "before_types": len(before), "after": after}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--write", action="store_true", help="store the figures in kg/models/ar/METRICS.json")
    ap.add_argument("--show", type=int, default=0, help="print this many over-split dev words (types)")
    args = ap.parse_args()
    set_torch_threads(1)
    nlp = bundled_pipeline()
    result: dict = {
        "rule": "undo a clitic split of one written word when the word has wordfreq zipf >= zipf_threshold and is "
                "zipf_margin more frequent than its host (short_host_margin for hosts of <= 2 letters), or, "
                "for a word of zipf >= known_whole, when its host has zipf < unknown_host; a proclitic left on a "
                "piece cut in the wrong place is cut off when the rest then rejoins (shed_proclitic); see kg/tokens.py",
        "zipf_threshold": tokens.ZIPF_FREQUENT, "zipf_margin": tokens.ZIPF_MARGIN,
        "short_host_margin": tokens.SHORT_MARGIN, "known_whole": tokens.KNOWN_WHOLE,
        "unknown_host": tokens.UNKNOWN_HOST,
        "wordfreq": version("wordfreq"),
    }
    dev = dev_oversplits(nlp, args.show)
    if dev is not None:
        result["dev_oversplit_frequent_words"] = dev
    result["pud_gold_splits_undone"] = gold_false_merges()
    with tempfile.TemporaryDirectory() as tmp:
        result.update(pud_scores(nlp, Path(tmp)))
    print(json.dumps(result, indent=1, ensure_ascii=False))
    if args.write:
        f = BUNDLED_DIR / "METRICS.json"
        metrics = json.loads(f.read_text(encoding="utf-8"))
        metrics["oversplit_guard"] = result
        f.write_text(json.dumps(metrics, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
