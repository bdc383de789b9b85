"""Batched parsing (issue 10): many documents through Stanza at once, the parses and
claims of one document at a time; and no model loaded when nothing needs parsing."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import RECORDED, SEEDS
from kg.ingest import ingest
from kg.nlp import Parser, bundled_available, to_conllu
from kg.store import open_store
from kg.text import read_documents
from test_parallel import sorted_nquads

needs_models = pytest.mark.skipif(not bundled_available(), reason="bundled Stanza models not in kg/models/ar")

# a synthetic corpus: sentences written for this test, recombined into documents of
# different lengths (a headline line, several sentences, a one-liner)
SUBJECTS = ["حكومة الوفاق الوطني", "المشير خليفة حفتر", "الأمم المتحدة", "تركيا", "مجلس النواب في طبرق", "روسيا"]
VERBS = ["أعلنت دعمها", "أكدت رفضها", "أدانت الهجوم الذي شنته قوات", "رحبت بمبادرة", "اتهمت"]
OBJECTS = ["الجيش الوطني الليبي", "المجلس الرئاسي", "الاتحاد الأوروبي", "مصر", "الإمارات العربية المتحدة"]


def synthetic_corpus(folder: Path, documents: int = 12) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    k = 0
    for d in range(documents):
        lines = [f"{SUBJECTS[d % len(SUBJECTS)]} و{OBJECTS[d % len(OBJECTS)]}: تطورات جديدة"]
        body = []
        for _ in range(1 + d % 4):
            s, v, o = SUBJECTS[k % len(SUBJECTS)], VERBS[(k // 2) % len(VERBS)], OBJECTS[(k * 3) % len(OBJECTS)]
            body.append(f"{v.replace('أعلنت', 'وأعلنت') if k % 5 == 0 else v} {o}، وقالت مصادر إن {s} "
                        f"ستواصل اتصالاتها مع {OBJECTS[(k + 1) % len(OBJECTS)]} خلال الأيام المقبلة.")
            k += 1
        lines.append(" ".join(body))
        (folder / f"synthetic_{d:02d}.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return folder


@pytest.mark.slow
@needs_models
def test_batched_parses_equal_one_document_at_a_time_stanza(tmp_path):
    """kg's batched parse (each document tokenized alone, then every sentence through pos,
    lemma and depparse together, with kg's cycle finder in the decoder) gives, byte for
    byte, the CoNLL-U of Stanza's own pipeline called once per document: the seeds'
    recorded parses, and a synthetic corpus parsed here by a stock pipeline."""
    docs = read_documents([SEEDS]) + read_documents([synthetic_corpus(tmp_path / "synthetic")])
    p = Parser("bundled", cache=tmp_path / "cache")
    batched = p.parse_many([(d.text, d.text_hash) for d in docs])
    assert all(p.stage_seconds[s] > 0 for s in ("tokenize", "pos", "lemma", "depparse"))
    seeds = read_documents([SEEDS])
    for d, sents in zip(seeds, batched):
        assert to_conllu(sents) == (RECORDED / f"{d.text_hash}.conllu").read_text(encoding="utf-8"), d.doc_id
    # a stock pipeline, Stanza's own decoder, in another process (kg's replaces it in this one)
    # (with kg's over-split guard between tokenize and pos, as kg.nlp runs it)
    script = ("import sys, json\nfrom kg.nlp import bundled_pipeline, _from_stanza, to_conllu\n"
              "from kg.tokens import regroup\n"
              "texts = json.load(open(sys.argv[1], encoding='utf-8'))\nnlp = bundled_pipeline()\n"
              "parse = lambda t: nlp(regroup(nlp(t, processors='tokenize'), t), processors='pos,lemma,depparse')\n"
              "print(json.dumps([to_conllu(_from_stanza(parse(t), t)) for t in texts]))\n")
    import json

    (tmp_path / "texts.json").write_text(json.dumps([d.text for d in docs[len(seeds):]]), encoding="utf-8")
    r = subprocess.run([sys.executable, "-c", script, str(tmp_path / "texts.json")], capture_output=True,
                       text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    stock = json.loads(r.stdout)
    assert [to_conllu(s) for s in batched[len(seeds):]] == stock


@pytest.mark.slow
@needs_models
def test_batched_ingest_gives_the_claims_of_a_document_by_document_ingest(tmp_path):
    corpus = tmp_path / "corpus"
    synthetic_corpus(corpus)
    for f in SEEDS.glob("*"):
        shutil.copy(f, corpus / f.name)

    class OneAtATime(Parser):
        def parse_many(self, items):
            return [super(OneAtATime, self).parse_many([item])[0] for item in items]

    one = open_store(tmp_path / "one")
    s1 = ingest([corpus], one, parser=OneAtATime("bundled", cache=tmp_path / "c1"))
    many = open_store(tmp_path / "many")
    s2 = ingest([corpus], many, parser=Parser("bundled", cache=tmp_path / "c2"))
    assert s1.documents == s2.documents == 17 and s1.claims == s2.claims > 0
    assert sorted_nquads(one) == sorted_nquads(many)


LOADS_NOTHING = r'''
import sys
from pathlib import Path
from kg.ingest import ingest
from kg.nlp import Parser
from kg.store import open_store
p = Parser("bundled", cache=Path(sys.argv[1]))
s = ingest([sys.argv[2]], open_store(sys.argv[3]), parser=p, workers="auto")
assert s.documents == 5 and s.stanza_seconds == 0 and s.workers == 0, s
assert p._nlp is None, "the pipeline was loaded"
assert "torch" not in sys.modules and "stanza" not in sys.modules, "torch or stanza was imported"
print("ok")
'''


@needs_models
def test_ingest_of_cached_documents_loads_no_model(tmp_path):
    """Every parse cached: kg ingest loads no model, imports neither torch nor stanza, starts no worker."""
    cache = tmp_path / "cache"
    models = Parser("bundled", cache=cache).cache  # <cache>/<models id>
    models.mkdir(parents=True)
    for f in RECORDED.glob("*.conllu"):
        shutil.copy(f, models / f.name)
    r = subprocess.run([sys.executable, "-c", LOADS_NOTHING, str(cache), str(SEEDS), str(tmp_path / "store")],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0 and r.stdout.strip() == "ok", r.stderr[-2000:]


@needs_models
def test_lemmatizer_model_sees_each_unknown_word_once(tmp_path):
    """kg.nlp.lemmatize: a word the lemma dictionary lacks goes through Stanza's seq2seq model
    once however often the text repeats it, and the lemmas are those of Stanza's own lemma stage."""
    from kg.nlp import bundled_pipeline, lemmatize
    from kg.tokens import regroup

    # made-up names and a made-up verb, each three times, in sentences written for this test
    text = ("استقبل زرنيخوف الوزير تسالاكيس في مقر برلمان ترابستان. "
            "وقال زرنيخوف إن ترابستان تدعم تسالاكيس، وإن برلمان ترابستان يتزرنخ. "
            "وأضاف تسالاكيس أن زرنيخوف يتزرنخ كما يتزرنخ الجميع.")
    p = Parser("bundled", cache=tmp_path / "cache")
    nlp = p.nlp
    lemma = nlp.processors["lemma"]
    sent: list[int] = []
    predict = lemma.trainer.predict
    lemma.trainer.predict = lambda *a, **k: sent.append(len((out := predict(*a, **k))[0])) or out

    def tagged():
        return nlp([regroup(nlp(text, processors="tokenize"), text)], processors="pos")

    pairs = [(w.text, w.upos) for s in tagged()[0].sentences for w in s.words]
    unknown = [pair for pair, known in zip(pairs, lemma.trainer.skip_seq2seq(pairs)) if not known]
    assert len(unknown) > len(set(unknown)) >= 3  # the text does repeat words the dictionary lacks
    ours = lemmatize(nlp, tagged())
    assert sum(sent) == len(set(unknown))
    stock = bundled_pipeline()  # Stanza's defaults: every unknown word through the model, repeats too
    theirs = stock([regroup(stock(text, processors="tokenize"), text)], processors="pos,lemma")
    assert [w.lemma for s in ours[0].sentences for w in s.words] == \
        [w.lemma for s in theirs[0].sentences for w in s.words]


LOADS_NO_COMPILER = r'''
import sys, tempfile
from pathlib import Path
from kg.nlp import Parser
p = Parser("bundled", cache=Path(tempfile.mkdtemp()))
assert p.parse("وقال الوزير إن بلاده تدعم الحل السياسي.")
assert "torch._dynamo" not in sys.modules, "loading the pipeline imported torch._dynamo"
import torch
left = [n for n, m in vars(torch.optim.Optimizer).items()
        if hasattr(getattr(m, "__wrapped__", None), "__dynamo_disable")]
assert not left, left  # torch's own behaviour is back once the pipeline is loaded
print("ok")
'''


@needs_models
def test_pipeline_loads_without_importing_the_compiler(tmp_path):
    """kg.nlp._no_dynamo: the training optimizers Stanza builds while loading no longer import
    torch._dynamo (3 of the 3.8 s a load cost), and torch's optimizers are left as they were."""
    r = subprocess.run([sys.executable, "-c", LOADS_NO_COMPILER], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0 and r.stdout.strip() == "ok", r.stderr[-2000:]
