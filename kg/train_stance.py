"""``kg models train-stance``: learn which candidate claims a sentence states.

Training data: annotated corpora, each a folder with ``passages.jsonl``
(``id``, ``text``, optional ``date``) and ``gold.jsonl`` in the reference
scorer's format, or a folder of ``.txt`` documents with a gold file beside
(the seeds).  Each candidate of a sentence (:mod:`kg.candidates`) is a
positive example when a gold claim of its document has the same parties and
relation ('met' and 'called' in either direction) and evidence inside the
sentence.  A logistic regression (scikit-learn) learns the feature weights;
the decision threshold is the one that maximises the party-level F1 of
document-level k-fold cross-validation (the middle one where several tie),
and those out-of-fold figures are the honest estimate written into the
model's ``meta``.  The model is saved
as plain JSON (:mod:`kg.stance`): the weights ship with this command.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from kg.evaluate import load_jsonl, score
from kg.candidates import COOCCURRENCE
from kg.ingest import document_candidates
from kg.nlp import Parser
from kg.ontology import SYMMETRIC, registry
from kg.stance import MODEL_PATH, StanceModel, pair_key
from kg.text import Document

THRESHOLDS = [round(0.2 + 0.025 * i, 3) for i in range(31)]  # 0.2 … 0.95


@dataclass
class Example:
    doc: str
    relation: str
    source_party: str
    target_party: str
    negated: bool
    start: int
    end: int
    features: list[str]
    label: int
    from_rule: bool  # a construction rule produced it: always kept (kg.stance.select)
    weight: float = 1.0  # how much the example counts in the fit (its corpus's weight)


@dataclass
class Corpus:
    name: str
    docs: list[Document]
    gold: list[dict]


def read_corpus(folder: str | Path, gold_file: str | Path | None = None) -> Corpus:
    """A folder of ``passages.jsonl`` + ``gold.jsonl``, or of ``.txt`` files with ``gold_file``."""
    folder = Path(folder)
    docs = []
    if (folder / "passages.jsonl").exists():
        for p in load_jsonl(folder / "passages.jsonl"):
            day = p.get("date") if p.get("date") and len(p["date"]) == 10 else None
            docs.append(Document(p["id"], p["text"], published=day))
        gold = load_jsonl(gold_file or folder / "gold.jsonl")
    else:
        docs = [Document(p.stem, p.read_text(encoding="utf-8"), str(p)) for p in sorted(folder.glob("*.txt"))]
        if gold_file is None:
            raise ValueError(f"{folder}: a folder of .txt documents needs its gold file")
        gold = load_jsonl(gold_file)
    return Corpus(folder.name, docs, gold)


def _key(s: str, rel: str, t: str) -> tuple:
    return (rel,) + (tuple(sorted((s, t))) if rel in SYMMETRIC else (s, t))


def examples(corpus: Corpus, parser: Parser, parties: Callable[[str], str]) -> list[Example]:
    """Every candidate of every document, labelled against the gold claims."""
    reg = registry()
    gold = defaultdict(list)
    for g in corpus.gold:
        if g.get("relation") not in (None, "none"):
            gold[(g["doc"],) + _key(parties(g["source"]), g["relation"], parties(g["target"]))].append(
                (int(g.get("start", -1)), int(g.get("end", -1))))
    out = []
    for d in corpus.docs:
        sentences = parser.parse(d.text, d.text_hash)
        for s, candidates in document_candidates(d, sentences, reg):
            for c in candidates:
                sp, tp = reg.party_of(c.source.actor), reg.party_of(c.target.actor)
                spans = gold.get((d.doc_id,) + _key(sp, c.relation, tp), [])
                label = int(any(a < s.end and s.start < b for a, b in spans))
                out.append(Example(d.doc_id, c.relation, sp, tp, c.negated, c.start, c.end, c.features, label,
                                   not c.rule.startswith(COOCCURRENCE)))
    return out


def _claims(exs: list[Example], probs, threshold: float) -> list[dict]:
    """The claims :func:`kg.stance.select` would keep, as the scorer reads them."""
    denied = {(e.doc,) + pair_key(e.relation, e.source_party, e.target_party) for e in exs if e.negated and e.from_rule}

    def kept(e: Example, p: float) -> bool:
        if e.from_rule:
            return True
        return p >= threshold and (e.negated or (e.doc,) + pair_key(e.relation, e.source_party, e.target_party)
                                   not in denied)

    return [{"doc": e.doc, "source_party": e.source_party, "relation": e.relation, "target_party": e.target_party,
             "negated": e.negated, "start": e.start, "end": e.end}
            for e, p in zip(exs, probs) if kept(e, p) and e.source_party != e.target_party]


def _fit(exs: list[Example], c: float):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([{f: 1 for f in e.features} for e in exs])
    clf = LogisticRegression(C=c, max_iter=2000)
    clf.fit(x, [e.label for e in exs], sample_weight=[e.weight for e in exs])
    return vec, clf


def _predict(vec, clf, exs: list[Example]):
    return clf.predict_proba(vec.transform([{f: 1 for f in e.features} for e in exs]))[:, 1]


def cross_validate(exs: list[Example], gold: list[dict], parties: dict, folds: int = 5, c: float = 0.1,
                   deciding: set[str] | None = None) -> tuple[float, dict, list]:
    """Out-of-fold probabilities of the co-occurrence candidates, by document
    (rule candidates are kept whatever the model says), and the threshold of
    the best pooled party-level F1 of the rules plus the model among those
    that put no positive claim on a negated gold claim; ``deciding``: the
    documents whose F1 chooses it (all of them when None), the others only
    teach the weights."""
    docs = sorted({e.doc for e in exs} | {g["doc"] for g in gold})
    fold_of = {d: i % folds for i, d in enumerate(docs)}
    probs = [0.0] * len(exs)
    for k in range(folds):
        train = [e for e in exs if fold_of[e.doc] != k and not e.from_rule]
        test = [i for i, e in enumerate(exs) if fold_of[e.doc] == k and not e.from_rule]
        if not test or not train:
            continue
        vec, clf = _fit(train, c)
        for i, p in zip(test, _predict(vec, clf, [exs[i] for i in test])):
            probs[i] = p
    judged = [g for g in gold if deciding is None or g["doc"] in deciding]
    kept = [i for i, e in enumerate(exs) if deciding is None or e.doc in deciding]
    judged_exs, judged_probs = [exs[i] for i in kept], [probs[i] for i in kept]

    def judged_score(t: float) -> dict:
        return score(judged, _claims(judged_exs, judged_probs, t), parties)

    scores = {t: judged_score(t) for t in THRESHOLDS}
    # a denial must never come out as a positive claim: only thresholds that never do so, where any does
    safe = [t for t in THRESHOLDS if not scores[t]["false_positives_on_negated"]] or THRESHOLDS
    best = choose_threshold({t: scores[t]["f1"] for t in safe})
    return best, score(gold, _claims(exs, probs, best), parties), probs


def choose_threshold(f1: dict[float, float]) -> float:
    """The threshold of the best F1; where several tie, the middle one.  The out-of-fold figures cannot
    tell tied thresholds apart, so the lowest would add claims no evidence supports and the highest drop
    some; the middle keeps away from both edges of what was measured."""
    top = max(f1.values())
    tied = sorted(t for t, v in f1.items() if v == top)
    return tied[len(tied) // 2]


def train(corpora: list[Corpus], parties_file: str | Path, out: str | Path = MODEL_PATH, folds: int = 5,
          c: float = 0.1, parser: Parser | None = None, progress: Callable[[str], None] = print,
          decide_on: list[str] | None = None, weigh: dict[str, float] | None = None) -> dict:
    """Train on every corpus, choose the threshold by cross-validation, save the model; returns the CV figures.
    ``decide_on``: the names of the corpora whose cross-validated F1 chooses the threshold (default: all).
    Why: passages written to teach the model (``data/synthetic``) outnumber real news many times over; they
    should add examples, not decide how sure a co-occurrence in real news must be.  ``weigh``: corpus name ->
    how much each of its examples counts in the fit (default 1)."""
    names, weigh = {c_.name for c_ in corpora}, weigh or {}
    for option, given in (("--decide-on", decide_on or ()), ("--weigh", weigh)):
        unknown = sorted(set(given) - names)
        if unknown:
            raise ValueError(f"{option} {', '.join(unknown)}: no such corpus among {', '.join(sorted(names))}")
    if any(w <= 0 for w in weigh.values()):
        raise ValueError("--weigh: a corpus's weight must be above 0")
    parties = json.loads(Path(parties_file).read_text(encoding="utf-8"))
    reg = registry()

    def party(a: str) -> str:
        return parties.get(a) or (reg.party_of(a) if a in reg.actors else a)

    parser = parser or Parser()
    exs, gold = [], []
    for corpus in corpora:
        progress(f"{corpus.name}: {len(corpus.docs)} documents")
        added = examples(corpus, parser, party)
        for e in added:
            e.weight = weigh.get(corpus.name, 1.0)
        exs += added
        gold += corpus.gold
    deciding = {d.doc_id for c_ in corpora if c_.name in decide_on for d in c_.docs} if decide_on else None
    threshold, cv, probs = cross_validate(exs, gold, parties, folds, c, deciding)
    # the honest estimate per corpus, and per half of each (odd- and even-numbered documents), so a
    # rule fitted to the half one reads while writing rules shows up as a gap
    by_corpus = {}
    for corpus in corpora:
        ids = {d.doc_id for d in corpus.docs}
        parts = {"all": ids}
        for name, parity in (("odd", 1), ("even", 0)):
            parts[name] = {i for i in ids if (m := re.search(r"(\d+)$", i)) and int(m.group(1)) % 2 == parity}
        by_corpus[corpus.name] = {}
        for name, part in parts.items():
            sub = score([g for g in gold if g["doc"] in part],
                        _claims([e for e in exs if e.doc in part], [p for e, p in zip(exs, probs) if e.doc in part],
                                threshold), parties)
            by_corpus[corpus.name][name] = {k: sub[k] for k in ("precision", "recall", "f1")}
    vec, clf = _fit([e for e in exs if not e.from_rule], c)
    weights = {name: round(float(w), 4) for name, w in zip(vec.get_feature_names_out(), clf.coef_[0]) if abs(w) >= 1e-4}
    figures = {k: cv[k] for k in ("precision", "recall", "f1", "grounded_f1", "false_positives_on_negated")}
    figures["per_relation"] = cv["per_relation"]
    meta = {"trained": dt.date.today().isoformat(), "corpora": {c_.name: len(c_.docs) for c_ in corpora},
            "examples": sum(not e.from_rule for e in exs), "positives": sum(e.label for e in exs if not e.from_rule), "C": c, "folds": folds,
            "threshold_decided_on": sorted(decide_on) if decide_on else sorted(names),
            "weights_of_corpora": {n: weigh.get(n, 1.0) for n in sorted(names)},
            "cv": figures, "cv_by_corpus": by_corpus}
    model = StanceModel(weights, round(float(clf.intercept_[0]), 4), threshold, meta)
    Path(out).write_text(json.dumps(model.to_json(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return meta
