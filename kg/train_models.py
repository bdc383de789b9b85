"""Reproduce kg's bundled Stanza Arabic models from UD Arabic-PUD.

Stanza's model hub is unreachable from many analysts' machines (and from CI),
so kg ships compact models of its own.  This module rebuilds them with
Stanza's own training entry points (``python -m stanza.models.tokenizer``,
``tagger``, ``lemmatizer``, ``parser``) so that anyone can check or improve
them; ``kg models train`` calls :func:`train_all`.

Choices, and why:
- The split is by document (index mod 10: 9 -> test, 4 -> dev), so that no
  document leaks between training and evaluation.
- PUD only uses ``,`` and ``"``; Arabic news uses ``،`` ``؛`` ``؟`` and « ».
  Half of the training sentences get those swapped in, so the tokenizer does
  not break on real punctuation; the test split is scored as is and fully
  swapped.
- PUD lemmas are vocalised.  kg matches lemmas after stripping diacritics,
  so the lemmatizer learns undiacritised lemmas, which is an easier and more
  useful target.
- Weights are stored as fp16: half the size, same scores.
"""
from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from kg.normalize import strip_diacritics

ROOT = Path(__file__).resolve().parent.parent
TREEBANK = ROOT / "data" / "ud" / "ar_pud-ud-test.conllu"
MODEL_DIR = Path(__file__).resolve().parent / "models" / "ar"
SHORTHAND = "ar_pud"
SEED = 1234

# Budgets that fit the whole run in about an hour on 2 otherwise idle CPU cores.
SETTINGS = {
    "tokenizer": ["--max_seqlen", "400", "--steps", "1500", "--seed", str(SEED)],
    "tagger": ["--no_pretrain", "--max_steps", "1500", "--batch_size", "32",
               "--deep_biaff_hidden_dim", "100", "--composite_deep_biaff_hidden_dim", "50",
               "--seed", str(SEED)],
    "lemmatizer": ["--num_epoch", "15", "--seed", str(SEED)],
    "parser": ["--no_pretrain", "--max_steps", "700", "--hidden_dim", "200",
               "--deep_biaff_hidden_dim", "200", "--char_hidden_dim", "200", "--num_layers", "2",
               "--batch_size", "2000", "--second_optim_start_step", "400", "--seed", str(SEED)],
}

ARABIC_PUNCT = {",": "،", ";": "؛", "?": "؟"}


# --------------------------------------------------------------------- data
def read_conllu(path: Path) -> list[list[str]]:
    """Sentences as lists of lines (comments and token lines)."""
    sents, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
            cur = []
        else:
            cur.append(line)
    if cur:
        sents.append(cur)
    return sents


def doc_id(sent: list[str]) -> str:
    for line in sent:
        if line.startswith("# newdoc id"):
            return line.split("=", 1)[1].strip()
    return ""


def split_by_document(sents: list[list[str]]) -> dict[str, list[list[str]]]:
    docs: "OrderedDict[str, list]" = OrderedDict()
    for s in sents:
        docs.setdefault(doc_id(s), []).append(s)
    out = {"train": [], "dev": [], "test": []}
    for i, (_, doc_sents) in enumerate(docs.items()):
        part = "test" if i % 10 == 9 else "dev" if i % 10 == 4 else "train"
        for j, s in enumerate(doc_sents):
            # one paragraph per document: newdoc only on its first sentence
            out[part].append([l for l in s if j == 0 or not l.startswith("# newdoc")])
    return out


def clean_lemmas(sent: list[str]) -> list[str]:
    out = []
    for line in sent:
        cols = line.split("\t")
        if len(cols) == 10 and cols[0].isdigit():
            cols[2] = strip_diacritics(cols[2]).replace("ٱ", "ا") or cols[1]
            line = "\t".join(cols)
        out.append(line)
    return out


def arabic_punctuation(sent: list[str]) -> list[str]:
    """The same sentence with Arabic punctuation and « » quotes."""
    quote_open = True
    out = []
    forms = []
    for line in sent:
        cols = line.split("\t")
        if len(cols) == 10 and cols[0].isdigit():
            if cols[1] in ARABIC_PUNCT:
                cols[1] = cols[2] = ARABIC_PUNCT[cols[1]]
            elif cols[1] == '"':
                cols[1] = cols[2] = "«" if quote_open else "»"
                quote_open = not quote_open
            line = "\t".join(cols)
            forms.append((cols[1], "SpaceAfter=No" not in cols[9]))
        out.append(line)
    text = "".join(f + (" " if space else "") for f, space in forms).strip()
    return [("# text = " + text) if l.startswith("# text =") else l for l in out]


def write_conllu(sents: list[list[str]], path: Path) -> None:
    path.write_text("".join("\n".join(s) + "\n\n" for s in sents), encoding="utf-8")


def prepare(work: Path) -> dict[str, Path]:
    """Write the splits and Stanza's tokenizer label files into ``work``."""
    work.mkdir(parents=True, exist_ok=True)
    splits = split_by_document(read_conllu(TREEBANK))
    rng = random.Random(SEED)
    splits["train"] = [arabic_punctuation(s) if rng.random() < 0.5 else s for s in splits["train"]]
    splits["test_ar"] = [arabic_punctuation(s) for s in splits["test"]]
    files = {}
    for name, sents in splits.items():
        sents = [clean_lemmas(s) for s in sents]
        conllu = work / f"{name}.conllu"
        write_conllu(sents, conllu)
        files[name] = conllu
        txt = work / f"{name}.txt"
        subprocess.run([sys.executable, "-m", "stanza.utils.datasets.conllu_to_text", str(conllu), str(txt)],
                       check=True)
        files[name + "_txt"] = txt
        subprocess.run([sys.executable, "-m", "stanza.utils.datasets.prepare_tokenizer_data", str(txt),
                        str(conllu), "-o", str(work / f"{name}.toklabels"), "-m", str(work / f"{name}-mwt.json")],
                       check=True)
        files[name + "_labels"] = work / f"{name}.toklabels"
        files[name + "_mwt"] = work / f"{name}-mwt.json"
    counts = {k: len(v) for k, v in splits.items()}
    (work / "split.json").write_text(json.dumps(counts), encoding="utf-8")
    return files


# ----------------------------------------------------------------- training
def _run(args: list[str], log: Path, threads: int) -> float:
    start = time.time()
    env = {**os.environ, "OMP_NUM_THREADS": str(threads), "MKL_NUM_THREADS": str(threads)}
    with open(log, "w", encoding="utf-8") as f:
        proc = subprocess.run([sys.executable, "-m", *args], stdout=f, stderr=subprocess.STDOUT, env=env)
    if proc.returncode != 0:
        raise RuntimeError(f"{args[0]} failed (exit {proc.returncode}); see {log}")
    return time.time() - start


def train_processor(name: str, files: dict[str, Path], work: Path, threads: int = 1) -> float:
    common = ["--lang", "ar", "--shorthand", SHORTHAND, "--save_dir", str(work / "saved"), "--cpu"]
    if name == "tokenizer":
        args = ["stanza.models.tokenizer", "--mode", "train", "--txt_file", str(files["train_txt"]),
                "--label_file", str(files["train_labels"]), "--mwt_json_file", str(files["train_mwt"]),
                "--dev_txt_file", str(files["dev_txt"]), "--dev_label_file", str(files["dev_labels"]),
                "--dev_conll_gold", str(files["dev"]), "--conll_file", str(work / "dev.tok.conllu"),
                "--save_name", "tokenizer.pt", "--no_use_mwt"]
    elif name == "tagger":
        args = ["stanza.models.tagger", "--mode", "train", "--train_file", str(files["train"]),
                "--eval_file", str(files["dev"]), "--output_file", str(work / "dev.pos.conllu"),
                "--save_name", "pos.pt"]
    elif name == "lemmatizer":
        args = ["stanza.models.lemmatizer", "--mode", "train", "--train_file", str(files["train"]),
                "--eval_file", str(files["dev"]), "--output_file", str(work / "dev.lemma.conllu"),
                "--save_name", "lemma.pt"]
        common = [a for a in common if a not in ("--lang", "ar")]
    elif name == "parser":
        args = ["stanza.models.parser", "--mode", "train", "--train_file", str(files["train"]),
                "--eval_file", str(files["dev"]), "--output_file", str(work / "dev.depparse.conllu"),
                "--save_name", "depparse.pt"]
    else:
        raise ValueError(name)
    return _run(args + common + SETTINGS[name], work / f"{name}.log", threads)


def to_fp16(src: Path, dst: Path) -> None:
    """Halve a Stanza checkpoint by storing float tensors as fp16."""
    import torch

    def half(obj):
        if isinstance(obj, torch.Tensor) and obj.is_floating_point():
            return obj.half()
        if isinstance(obj, dict):
            return {k: half(v) for k, v in obj.items()}
        if isinstance(obj, list):
            return [half(v) for v in obj]
        return obj

    state = torch.load(src, map_location="cpu", weights_only=False)
    torch.save(half(state), dst)


# --------------------------------------------------------------- evaluation
def evaluate(model_dir: Path, files: dict[str, Path], work: Path) -> dict:
    """End-to-end scores from raw text on the held-out test split."""
    from stanza.models.common.utils import ud_scores
    from stanza.utils.conll import CoNLL

    from kg.nlp import bundled_pipeline

    nlp = bundled_pipeline(model_dir)
    results = {}
    for name in ("test", "test_ar"):
        text = files[name + "_txt"].read_text(encoding="utf-8")
        doc = nlp(text)
        pred = work / f"{name}.pred.conllu"
        CoNLL.write_doc2conll(doc, str(pred))
        scores = ud_scores(str(files[name]), str(pred))
        results[name] = {m: round(100 * scores[m].f1, 2)
                         for m in ("Tokens", "Sentences", "Words", "UPOS", "UFeats", "Lemmas", "UAS", "LAS")}
    return results


def train_all(work: Path = ROOT / "build" / "train", model_dir: Path = MODEL_DIR,
              only: list[str] | None = None, log=print) -> dict:
    """Prepare data, train the four processors, save fp16 weights and METRICS.json."""
    files = prepare(work)
    times: dict[str, float] = {}

    def lane(names: list[str]) -> None:
        # Two lanes of one thread each use 2 cores better than one lane of
        # two threads: these small models do not parallelise well inside.
        for name in names:
            if only and name not in only:
                continue
            log(f"training {name} ... (log: {work / (name + '.log')})")
            times[name] = round(train_processor(name, files, work) / 60, 1)
            log(f"  {name}: {times[name]} min")

    with ThreadPoolExecutor(max_workers=2) as pool:
        for fut in [pool.submit(lane, ["tagger", "parser"]), pool.submit(lane, ["tokenizer", "lemmatizer"])]:
            fut.result()
    return package(work, model_dir, times, files, only)


SAVED = (("tokenizer", "tokenizer.pt"), ("tagger", "pos.pt"), ("lemmatizer", "lemma.pt"), ("parser", "depparse.pt"))


def split_files(work: Path) -> dict[str, Path]:
    """The files :func:`prepare` wrote, by name."""
    files = {}
    for name in ("train", "dev", "test", "test_ar"):
        files[name] = work / f"{name}.conllu"
        files[name + "_txt"] = work / f"{name}.txt"
        files[name + "_labels"] = work / f"{name}.toklabels"
        files[name + "_mwt"] = work / f"{name}-mwt.json"
    return files


def package(work: Path, model_dir: Path = MODEL_DIR, times: dict | None = None,
            files: dict[str, Path] | None = None, only: list[str] | None = None) -> dict:
    """Store the trained weights as fp16 in ``model_dir`` and score them end to end."""
    files = files or split_files(work)
    times = times or {}
    model_dir.mkdir(parents=True, exist_ok=True)
    for name, fname in SAVED:
        src = work / "saved" / fname
        if src.exists() and (not only or name in only):
            to_fp16(src, model_dir / fname)
    if not all((model_dir / f).exists() for _, f in SAVED):
        return {"training_minutes": times}
    metrics = {
        "treebank": "UD Arabic-PUD (CC BY-SA 4.0), split by document index mod 10: 9 test, 4 dev",
        "split_sentences": json.loads((work / "split.json").read_text()),
        "training_minutes": times,
        "settings": SETTINGS,
        "lemmas": "scored without diacritics (the models learn undiacritised lemmas)",
        "test_end_to_end": evaluate(model_dir, files, work),
        "stanza": __import__("stanza").__version__,
        "torch": __import__("torch").__version__,
    }
    old = model_dir / "METRICS.json"
    if old.exists():
        metrics["training_minutes"] = {**json.loads(old.read_text()).get("training_minutes", {}), **times}
    (model_dir / "METRICS.json").write_text(json.dumps(metrics, indent=1, ensure_ascii=False) + "\n",
                                            encoding="utf-8")
    return metrics


if __name__ == "__main__":
    print(json.dumps(train_all(only=sys.argv[1:] or None), indent=1))
