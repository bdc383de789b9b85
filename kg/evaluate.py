"""``kg eval``: the reference metric, computed by kg itself.

Same definition as the shared scorer (party level, per document; 'met' and
'called' undirected; a positive claim matching only a negated gold claim is
a false positive; "grounded" also needs the evidence spans to overlap).
Gold lines name actors by id; they roll up to parties through the registry,
or through a parties file (actor id -> party code) when one is given.
"""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from kg.ontology import RELATIONS, SYMMETRIC, registry


def load_jsonl(path: str | Path) -> list[dict]:
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError as e:
                    raise ValueError(f"{path}:{n}: not valid JSON ({e.msg})") from None
    return out


def _key(doc: str, s: str, rel: str, t: str) -> tuple:
    if rel in SYMMETRIC and t < s:
        s, t = t, s
    return (doc, s, rel, t)


def _overlaps(a: list, b: list) -> bool:
    return any(a0 < b1 and b0 < a1 for a0, a1 in a for b0, b1 in b)


def _prf(correct: int, predicted: int, found: int, required: int) -> tuple[float, float, float]:
    p = correct / predicted if predicted else 0.0
    r = found / required if required else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold: list[dict], pred: list[dict], parties: dict[str, str] | None = None) -> dict:
    reg = registry()

    def party(actor: str) -> str:
        if parties is not None:
            return parties.get(actor, actor)
        return reg.party_of(actor) if actor in reg.actors else actor

    req, opt, neg = defaultdict(list), defaultdict(list), defaultdict(list)
    docs = set()
    for g in gold:
        docs.add(g["doc"])
        if g.get("relation") == "none":
            continue
        k = _key(g["doc"], party(g["source"]), g["relation"], party(g["target"]))
        if k[1] == k[3]:
            continue
        span = (g["start"], g["end"])
        (neg if g["negated"] else req if g["required"] else opt)[k].append(span)
    pos: dict[tuple, list] = defaultdict(list)
    n_neg = bad = 0
    for p in pred:
        if p.get("doc") not in docs:
            continue
        if p.get("relation") not in RELATIONS:
            bad += 1
            continue
        if p.get("negated"):
            n_neg += 1
            continue
        k = _key(p["doc"], p["source_party"], p["relation"], p["target_party"])
        if k[1] == k[3]:
            continue
        pos[k].append((int(p.get("start", -1)), int(p.get("end", -1))))
    good = set(req) | set(opt)
    found = set(pos) & set(req)
    correct = set(pos) & good
    g_found = {k for k in found if _overlaps(pos[k], req[k])}
    g_correct = {k for k in correct if _overlaps(pos[k], req.get(k, []) + opt.get(k, []))}
    p, r, f = _prf(len(correct), len(pos), len(found), len(req))
    gp, gr, gf = _prf(len(g_correct), len(pos), len(g_found), len(req))
    per_rel = {}
    for rel in sorted(RELATIONS):
        r_req = {k for k in req if k[2] == rel}
        r_pos = {k for k in pos if k[2] == rel}
        per_rel[rel] = {"gold": len(r_req), "pred": len(r_pos),
                        "recall": round(len(r_pos & r_req) / len(r_req), 3) if r_req else None,
                        "precision": round(len(r_pos & good) / len(r_pos), 3) if r_pos else None}
    return {
        "docs": len(docs), "gold_required": len(req), "predicted": len(pos),
        "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
        "grounded_precision": round(gp, 3), "grounded_recall": round(gr, 3), "grounded_f1": round(gf, 3),
        "false_positives_on_negated": len((set(pos) & set(neg)) - good),
        "negated_predictions": n_neg, "unknown_relation_lines": bad,
        "per_relation": per_rel,
        "missed": sorted("|".join(k) for k in set(req) - set(pos)),
        "wrong": sorted("|".join(k) for k in set(pos) - good),
    }


def report(result: dict) -> str:
    """The same text the reference scorer prints."""
    lines = [f"{k}: {item}" for k in ("missed", "wrong") for item in result[k]]
    for rel, v in result["per_relation"].items():
        lines.append(f"{rel:9s} gold={v['gold']:3d} pred={v['pred']:3d} P={v['precision']} R={v['recall']}")
    lines.append(f"docs={result['docs']} P={result['precision']} R={result['recall']} F1={result['f1']} "
                 f"grounded_F1={result['grounded_f1']}")
    return "\n".join(lines)
