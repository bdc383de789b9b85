"""Stage 4c -- stance model: which candidates a sentence really states.

Requires: :class:`kg.candidates.Candidate` s with their features.  Provides:
the candidates kept, each with the model's probability as its confidence.

The model is a logistic regression over the candidate features, stored as
plain JSON (``kg/models/ar/stance.json``: one weight per feature, the bias and
the decision threshold), so scoring needs no machine-learning library and a
reader can see what each construction weighs.  ``kg models train-stance``
retrains it from annotated passages (scikit-learn, the ``train`` extra) and
reports the document-level k-fold cross-validated scores, the honest
estimate on text the model has not seen.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.candidates import COOCCURRENCE, Candidate
from kg.ontology import SYMMETRIC

MODEL_PATH = Path(__file__).resolve().parent / "models" / "ar" / "stance.json"


@dataclass(frozen=True)
class StanceModel:
    weights: dict
    bias: float
    threshold: float
    meta: dict

    def probability(self, features: list[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in set(features))
        return 1.0 / (1.0 + math.exp(-z))

    def to_json(self) -> dict:
        return {"bias": self.bias, "threshold": self.threshold, "meta": self.meta,
                "weights": dict(sorted(self.weights.items()))}

    @classmethod
    def from_json(cls, data: dict) -> "StanceModel":
        return cls(dict(data["weights"]), float(data["bias"]), float(data["threshold"]), data.get("meta", {}))


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> StanceModel | None:
    """The shipped model, or None when there is none (the rules then decide alone)."""
    p = Path(path) if path else MODEL_PATH
    if not p.exists():
        return None
    return StanceModel.from_json(json.loads(p.read_text(encoding="utf-8")))


def pair_key(relation: str, source_party: str, target_party: str) -> tuple:
    """A claim's parties and relation, in either order for a meeting or a call."""
    ends = (source_party, target_party)
    return (relation,) + (tuple(sorted(ends)) if relation in SYMMETRIC else ends)


def select(candidates: list[Candidate], model: StanceModel | None,
           denied: frozenset = frozenset(), party=lambda actor: actor) -> list[tuple[Candidate, float]]:
    """The candidates kept, with their confidence.  A construction rule's
    candidate is always kept (the rules are the precise part); a
    co-occurrence is kept when the model's probability reaches its threshold,
    and the confidence is that probability, unless the document denies the
    same claim by a rule (``denied``: pair keys by party): weak evidence
    yields to an explicit denial."""
    kept = []
    for c in candidates:
        if not c.rule.startswith(COOCCURRENCE):
            kept.append((c, c.prior))
        elif model is not None and (c.negated or pair_key(c.relation, party(c.source.actor),
                                                          party(c.target.actor)) not in denied):
            p = model.probability(c.features)
            if p >= model.threshold:
                kept.append((c, round(p, 2)))
    return kept


def denials(candidates: list[Candidate], party=lambda actor: actor) -> frozenset:
    """The pair keys (by party) that a construction rule finds negated."""
    return frozenset(pair_key(c.relation, party(c.source.actor), party(c.target.actor)) for c in candidates
                     if c.negated and not c.rule.startswith(COOCCURRENCE))
