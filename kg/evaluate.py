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


GOLD_KEYS = ("doc", "relation")
GOLD_CLAIM_KEYS = ("source", "target", "start", "end", "negated", "required")  # on lines whose relation is not "none"
PRED_KEYS = ("doc", "relation", "source_party", "target_party")


def read_text_file(path: str | Path, what: str) -> str:
    """A regular UTF-8 file's text; every failure is a ValueError naming the file
    (a FIFO is refused rather than waited on, a folder is not read)."""
    import stat

    path = Path(path)
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            raise ValueError(f"{path}: the {what} is not a regular file")
        return path.read_text(encoding="utf-8")
    except OSError as e:
        raise ValueError(f"{path}: cannot read the {what} ({e.strerror or e})") from None
    except UnicodeDecodeError as e:
        raise ValueError(f"{path}: the {what} is not valid UTF-8 (byte {e.start})") from None


def load_jsonl(path: str | Path, required: tuple[str, ...] = (), what: str = "file") -> list[dict]:
    """JSON Lines, one object per line, each with the ``required`` keys (gold:
    also offsets and flags on claim lines), so a malformed line is reported by
    file and line here rather than as a KeyError deep in scoring."""
    out = []
    for n, line in enumerate(read_text_file(path, what).splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise ValueError(f"{path}:{n}: not valid JSON ({e.msg})") from None
        except RecursionError:
            raise ValueError(f"{path}:{n}: JSON nested too deeply") from None
        if not isinstance(row, dict):
            raise ValueError(f"{path}:{n}: expected a JSON object, got {type(row).__name__}")
        keys = required + (GOLD_CLAIM_KEYS if required == GOLD_KEYS and row.get("relation") != "none" else ())
        missing = [k for k in keys if k not in row]
        if missing:
            raise ValueError(f"{path}:{n}: missing {', '.join(map(repr, missing))}")
        for k in ("start", "end"):
            if k in keys and not isinstance(row[k], int):
                raise ValueError(f"{path}:{n}: {k!r} must be an integer offset, got {row[k]!r}")
        out.append(row)
    return out


def load_parties(path: str | Path) -> dict[str, str]:
    """A JSON object actor id -> party code."""
    try:
        parties = json.loads(read_text_file(path, "parties file"))
    except json.JSONDecodeError as e:
        raise ValueError(f"{path}: not valid JSON ({e.msg} at line {e.lineno})") from None
    except RecursionError:
        raise ValueError(f"{path}: JSON nested too deeply") from None
    if not isinstance(parties, dict) or not all(isinstance(v, str) for v in parties.values()):
        raise ValueError(f"{path}: expected a JSON object of actor id -> party code")
    return parties


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
