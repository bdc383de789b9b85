"""Stage 2 -- NLP: Arabic text to tokens, lemmas, POS and dependencies.

Requires: :class:`kg.text.Document`.  Provides: a list of :class:`Sentence`
with :class:`Token` s whose ``start``/``end`` are character offsets into the
document text exactly as read.

Models: the official Stanza Arabic models when the user installed them
(``kg models download``), else the compact models kg ships in
``kg/models/ar`` (trained by ``kg models train``).  kg never reaches for the
network unasked.  Parses are cached as CoNLL-U per (models, text hash), so
re-ingesting an unchanged document never re-runs Stanza.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from kg.datelines import split_datelines
from kg.spelling import restore
from kg.tokens import regroup, zipf

BUNDLED_DIR = Path(__file__).resolve().parent / "models" / "ar"
BUNDLED_FILES = {"tokenize": "tokenizer.pt", "pos": "pos.pt", "lemma": "lemma.pt", "depparse": "depparse.pt"}
PROCESSORS = "tokenize,pos,lemma,depparse"
# version of what kg does to Stanza's tokenisation: the sentence split at line breaks
# (line_ends_sentence), the over-split guard of the bundled models (kg.tokens) and the
# final letters restored before parsing (kg.spelling) and the datelines cut off (kg.datelines)
SEGMENTATION = "lines5-guard3-spelling1-dateline2"
STAGES = tuple(PROCESSORS.split(","))
# Stanza's batch sizes, tuned per processor on 449 sentences of real news (bench/RESULTS.md):
# depparse batches of 500 words instead of its 2,000 cut depparse's CPU time by a quarter
# (its biaffine scorers build length x length x relations tensors per batch: smaller ones stay
# in cache), with identical parses; pos (32 sentences, 5,000 tokens) and lemma (50) showed no
# gain from other sizes and keep Stanza's.  The lemmatizer keeps what its model answers in its
# dictionary (store_results), so that each unknown word goes through the model once (see lemmatize).
TUNED = {"depparse_batch_size": 500, "lemma_store_results": True}


@dataclass
class Token:
    id: int  # 1-based within the sentence
    text: str
    lemma: str
    upos: str
    feats: str
    head: int  # 0 = root
    deprel: str
    start: int
    end: int

    def feat(self, name: str) -> str | None:
        for kv in (self.feats or "").split("|"):
            if kv.startswith(name + "="):
                return kv.split("=", 1)[1]
        return None


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    tokens: list[Token] = field(default_factory=list)

    def text_in(self, doc_text: str) -> str:
        return doc_text[self.start:self.end]


class ModelsError(RuntimeError):
    """Models missing or unloadable; the message says what to do."""


# ------------------------------------------------------------ model choice
def stanza_dir() -> Path:
    return Path(os.environ.get("STANZA_RESOURCES_DIR", Path.home() / "stanza_resources"))


def official_available() -> bool:
    """True when ``stanza.download('ar')`` has been run on this machine."""
    d = stanza_dir()
    return (d / "resources.json").exists() and (d / "ar" / "tokenize").is_dir() and (d / "ar" / "depparse").is_dir()


def bundled_available(model_dir: Path = BUNDLED_DIR) -> bool:
    return all((model_dir / f).exists() for f in BUNDLED_FILES.values())


def models_id(prefer: str = "auto") -> str:
    """Identity of the models in use: part of the parse cache key and of provenance."""
    kind = choose_models(prefer)
    if kind == "official":
        import stanza
        return f"stanza-official-ar-{stanza.__version__}"
    digest = hashlib.sha256()
    for f in sorted(BUNDLED_FILES.values()):
        digest.update((BUNDLED_DIR / f).read_bytes())
    return f"kg-bundled-ar-{digest.hexdigest()[:12]}"


def choose_models(prefer: str = "auto") -> str:
    """'official' or 'bundled'; ``prefer`` may force one ('auto' prefers official)."""
    prefer = os.environ.get("KG_MODELS", prefer)
    if prefer not in ("auto", "official", "bundled"):
        raise ModelsError(f"KG_MODELS must be auto, official or bundled, not {prefer!r}")
    if prefer in ("auto", "official") and official_available():
        return "official"
    if prefer == "official":
        raise ModelsError("official Stanza Arabic models are not installed; run `kg models download` "
                          "(needs network) or use the bundled ones")
    if not bundled_available():
        raise ModelsError(f"bundled models missing in {BUNDLED_DIR}; run `kg models train` "
                          "or `kg models download`")
    return "bundled"


def bundled_pipeline(model_dir: Path = BUNDLED_DIR, **options):
    """A Stanza pipeline on kg's own models, with no network access.

    ``stanza.Pipeline`` reads a resources.json even with
    ``download_method=None``; the official one adds processors and pretrain
    paths that do not exist here, so kg points it at a minimal one.
    """
    import stanza

    resources = model_dir / "resources.json"
    if not resources.exists():
        resources.write_text("{}\n", encoding="utf-8")
    paths = {f"{p}_model_path": str(model_dir / f) for p, f in BUNDLED_FILES.items()}
    return stanza.Pipeline(
        lang="ar", dir=str(model_dir), processors=PROCESSORS, download_method=None,
        allow_unknown_language=True, use_gpu=False, logging_level="ERROR",  # not "unsupported language: ar"
        tokenize_no_ssplit=False, pos_pretrain_path=None, depparse_pretrain_path=None,
        resources_filepath=str(resources), **paths, **options)


def official_pipeline(**options):
    import stanza

    return stanza.Pipeline(lang="ar", dir=str(stanza_dir()), processors=PROCESSORS,
                           download_method=None, use_gpu=False, logging_level="WARN", **options)


def download_official() -> Path:
    """Fetch the official Stanza Arabic models (the only networked step in kg)."""
    import stanza

    try:
        stanza.download("ar", model_dir=str(stanza_dir()), processors=PROCESSORS, logging_level="WARN")
    except Exception as e:  # requests raises many kinds; all mean "no models"
        raise ModelsError(f"could not download the official Stanza Arabic models ({type(e).__name__}: "
                          f"{str(e)[:200]}). kg keeps using its bundled models, which need no network.") from None
    return stanza_dir()


# ----------------------------------------------------------------- parsing
def _from_stanza(doc, text: str) -> list[Sentence]:
    """kg's sentences from Stanza's, split again where a line break ends a
    sentence (:func:`line_ends_sentence`)."""
    pieces: list[list[Token]] = []
    for s in doc.sentences:
        toks = []
        for w in s.words:
            # no MWT in the bundled models; for the official ones a word of a
            # multiword token takes the token's offsets
            start = w.start_char if w.start_char is not None else w.parent.start_char
            end = w.end_char if w.end_char is not None else w.parent.end_char
            toks.append(Token(w.id, w.text, w.lemma or w.text, w.upos or "X", w.feats or "_",
                              w.head or 0, w.deprel or "dep", start, end))
        cut = 0
        for k in range(1, len(toks)):
            if line_ends_sentence(text, toks[k - 1].end, toks[k].start):
                pieces.append(_renumber(toks[cut:k]))
                cut = k
        if toks[cut:]:
            pieces.append(_renumber(toks[cut:]))
    return [Sentence(i, p[0].start, p[-1].end, p) for i, p in enumerate(pieces)]


HEADING_WORDS = 8  # a line this short, before a longer one, is a headline or section title
HEADLINE_WORDS = 16  # and one this short before a line at least twice as long, a headline of its own
SENTENCE_END = ".!?؟:»\"”)…"
HANGING_WORDS = {"في", "من", "إلى", "الى", "على", "علي", "عن", "مع", "بين", "و", "أو", "او", "أن", "إن", "ان", "الذي",
                 "التي", "بعد", "قبل", "خلال", "حول", "ضد", "لدى"}  # words no title or sentence ends on


def line_ends_sentence(text: str, gap_start: int, gap_end: int) -> bool:
    """Does the line break in ``text[gap_start:gap_end]`` (between two tokens)
    end a sentence?  A headline or section title ends at its line even without
    a full stop, but news copy is also hard-wrapped mid-sentence, even
    mid-name («عبد الفتاح⏎السيسي»).  So a break ends a sentence when it
    follows a full stop, opens a blank line, or closes a short line (a title)
    before a longer one, or a headline of up to :data:`HEADLINE_WORDS` words
    before a paragraph twice its length; a wrapped line goes on."""
    gap = text[gap_start:gap_end]
    if "\n" not in gap:
        return False
    if gap.count("\n") > 1 or text[:gap_start].rstrip()[-1:] in SENTENCE_END:
        return True
    line_start = text.rfind("\n", 0, gap_start) + 1
    next_end = text.find("\n", gap_end)
    line = text[line_start:gap_start].split()
    following = text[gap_end:next_end if next_end >= 0 else None].split()
    # (a line that ends on a preposition, a conjunction or a comma is no title: «ويعد حفتر، حليف أنقرة في⏎ليبيا، …»)
    hanging = bool(line) and (line[-1] in HANGING_WORDS or line[-1][-1:] in ("،", ","))
    # (nor is one that opens with the conjunction «و»: a title does not go on from what came before, «وأعلنت
    # الخارجية الروسية أن موسكو ترفض⏎الاتفاق الذي …» is a sentence wrapped at the line's width)
    # (a longer headline ends too before a paragraph twice its length: copy wrapped at a width makes lines alike)
    short = len(line) <= HEADING_WORDS < len(following) or \
        0 < len(line) <= HEADLINE_WORDS and len(following) >= 2 * len(line)
    return short and not hanging and not _opens_with_and(line[0])


def _opens_with_and(word: str) -> bool:
    """Does ``word`` open with the conjunction «و» («وجاء», «وأكد»), not with a root's «و» («وزير», «وفد»)?"""
    word = word.strip(SENTENCE_END + "«\"“(")
    return len(word) > 3 and word.startswith("و") and zipf(word[1:]) > zipf(word)


def _renumber(toks: list[Token]) -> list[Token]:
    """Token ids from 1 again after a split; heads outside the piece become root."""
    first = toks[0].id - 1
    ids = {t.id for t in toks}
    return [Token(t.id - first, t.text, t.lemma, t.upos, t.feats, t.head - first if t.head in ids else 0,
                  t.deprel if t.head in ids else "root", t.start, t.end) for t in toks]


def to_conllu(sentences: list[Sentence]) -> str:
    lines = []
    for s in sentences:
        lines.append(f"# sent_index = {s.index}")
        lines.append(f"# span = {s.start} {s.end}")
        for t in s.tokens:
            lines.append("\t".join([str(t.id), t.text, t.lemma, t.upos, "_", t.feats or "_", str(t.head),
                                    t.deprel, "_", f"start_char={t.start}|end_char={t.end}"]))
        lines.append("")
    return "\n".join(lines) + "\n"


def from_conllu(text: str) -> list[Sentence]:
    """Read back what :func:`to_conllu` wrote (also used for recorded test fixtures)."""
    sents: list[Sentence] = []
    cur: Sentence | None = None
    for line in text.splitlines():
        if line.startswith("# sent_index"):
            cur = Sentence(int(line.split("=")[1]), 0, 0)
        elif line.startswith("# span"):
            a, b = line.split("=")[1].split()
            cur.start, cur.end = int(a), int(b)
        elif line and not line.startswith("#"):
            c = line.split("\t")
            misc = dict(kv.split("=", 1) for kv in c[9].split("|") if "=" in kv)
            cur.tokens.append(Token(int(c[0]), c[1], c[2], c[3], c[5], int(c[6]), c[7],
                                    int(misc["start_char"]), int(misc["end_char"])))
        elif not line and cur is not None:
            sents.append(cur)
            cur = None
    if cur is not None:
        sents.append(cur)
    return sents


CACHE_HEADER = "# kg-parse sha256 = "


def cache_dir() -> Path:
    base = os.environ.get("KG_CACHE") or Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "kg"
    return Path(base) / "parses"


def usable_cores() -> int:
    """The CPUs this process may run on (its affinity mask, e.g. under taskset or a
    container's cpuset), not the machine's count: the budget for workers x threads."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def busy_cores() -> float:
    """Cores other processes keep busy now: the 1-minute load average (0 where unknown)."""
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):
        return 0.0


def default_threads(workers: int = 1, cores: int | None = None, busy: float | None = None) -> int:
    """torch threads for each of ``workers`` parsing processes: their share of the
    usable cores, and 1 when other processes already keep the cores busy (torch's
    threads wait for each other at every operation, so one of them preempted
    stalls them all, whereas single-threaded processes just share the CPU)."""
    cores = cores or usable_cores()
    busy = busy_cores() if busy is None else busy
    return max(1, min(cores // max(1, workers), cores - round(busy)))


def set_torch_threads(threads: int) -> None:
    """Pin torch's intra-op threads.  torch's default is one per core whatever else
    runs; its idle threads then spin against other processes (2.8x slower measured
    under light background load), and two threads bought 9 % for 46 % more CPU."""
    import torch

    torch.set_num_threads(max(1, threads))


class Parser:
    """Parses texts with the chosen models, through the on-disk cache.

    ``threads`` is torch's intra-op thread count for this process's pipeline
    (default: :func:`default_threads` when it loads; kg.parallel gives each
    worker its share)."""

    stage_clock = staticmethod(time.perf_counter)  # bench/ingest.py reads stages in CPU time instead

    def __init__(self, prefer: str = "auto", cache: Path | None = None, threads: int | None = None):
        self.kind = choose_models(prefer)
        self.models_id = models_id(self.kind)
        # the sentence split is part of what is cached: a new split is a new cache
        self.cache = (cache or cache_dir()) / f"{self.models_id}-{SEGMENTATION}"
        self._nlp = None
        self.threads = threads
        self.stanza_seconds = 0.0
        self.stage_seconds = dict.fromkeys(STAGES, 0.0)
        # called with (processor, characters) as each processor starts on text parsed in this
        # process (kg ingest shows it as progress within a long document)
        self.on_stage: Callable[[str, int], None] | None = None

    @property
    def nlp(self):
        """The pipeline, loaded on first use only: an ingest whose parses are all
        cached never imports torch."""
        if self._nlp is None:
            from kg.mst import speed_up_decoder

            logging.getLogger("stanza").setLevel(logging.WARNING)
            set_torch_threads(self.threads or default_threads())
            with _no_dynamo():
                self._nlp = official_pipeline(**TUNED) if self.kind == "official" else bundled_pipeline(**TUNED)
            speed_up_decoder()
        return self._nlp

    def cached(self, text_hash: str) -> list[Sentence] | None:
        """A verified cache entry, else None (parse again): an entry kg wrote
        carries the sha256 of its body, so a damaged, truncated or emptied file
        is caught instead of silently costing a document its claims; an entry
        without that line (older kg, recorded fixtures) must at least read
        back and hold a sentence."""
        f = self.cache / f"{text_hash}.conllu"
        if not f.exists():
            return None
        try:
            raw = f.read_text(encoding="utf-8")
            header, _, body = raw.partition("\n")
            sents = from_conllu(raw)
            if header.startswith(CACHE_HEADER):
                if hashlib.sha256(body.encode("utf-8")).hexdigest() != header[len(CACHE_HEADER):].strip():
                    raise ValueError("checksum mismatch")
            elif not sents:
                raise ValueError("no sentences")
        except (OSError, ValueError, IndexError, KeyError, AttributeError) as e:
            logging.getLogger("kg").warning("%s: damaged parse-cache entry (%s); parsing again", f, e)
            return None
        return sents

    def write_cached(self, key: str, sents: list[Sentence]) -> None:
        """Write an entry atomically and durably (fsync before the rename, and the
        folder after), with its checksum line."""
        self.cache.mkdir(parents=True, exist_ok=True)
        body = to_conllu(sents)
        tmp = self.cache / f".{key}.{os.getpid()}.tmp"
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(f"{CACHE_HEADER}{hashlib.sha256(body.encode('utf-8')).hexdigest()}\n{body}")
            fh.flush()
            os.fsync(fh.fileno())
        tmp.replace(self.cache / f"{key}.conllu")
        try:
            fd = os.open(self.cache, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError:  # some filesystems cannot fsync a folder; the file itself is synced
            pass

    def parse(self, text: str, text_hash: str | None = None) -> list[Sentence]:
        """The sentences of ``text``: from the cache, else parsed, timed and cached."""
        key = text_hash or hashlib.sha256(text.encode("utf-8")).hexdigest()
        return self.parse_many([(text, key)])[0]

    def parse_many(self, items: list[tuple[str, str]]) -> list[list[Sentence]]:
        """The sentences of each ``(text, text hash)``: cached ones read back, the
        others parsed together in one batch (see :meth:`parse_uncached_many`) and cached."""
        out = [self.cached(key) for _, key in items]
        todo: dict[str, str] = {}  # key -> text, each text once
        for (text, key), hit in zip(items, out):
            if hit is None:
                todo.setdefault(key, text)
        if todo:
            t0 = time.perf_counter()
            parsed = dict(zip(todo, self.parse_uncached_many(list(todo.values()), list(todo))))
            self.stanza_seconds += time.perf_counter() - t0
            for key, sents in parsed.items():
                self.write_cached(key, sents)
            out = [parsed[key] if hit is None else hit for (_, key), hit in zip(items, out)]
        return out

    def parse_uncached_many(self, texts: list[str], keys: list[str]) -> list[list[Sentence]]:
        """Run the models on several texts at once.  A subclass that replaces only
        :meth:`parse_uncached` (recorded or fake parses) gets that called per text."""
        if type(self).parse_uncached is not Parser.parse_uncached:
            return [self.parse_uncached(t, k) for t, k in zip(texts, keys)]
        return self._stanza(texts)

    def _announce(self, stage: str, texts: list[str]) -> None:
        """Tell :attr:`on_stage` (when set) which processor starts on how many characters: a
        long document's parse is minutes, and the stages are the steps a user can see."""
        if getattr(self, "on_stage", None) is not None:
            self.on_stage(stage, sum(len(t) for t in texts))

    def parse_uncached(self, text: str, key: str) -> list[Sentence]:
        """Run the models on one text: the step subclasses replace."""
        return self._stanza([text])[0]

    def _stanza(self, texts: list[str]) -> list[list[Sentence]]:
        """spelling -> tokenize (+ the over-split guard, + datelines cut off) -> pos -> lemma -> depparse, each
        stage timed.

        Each text is tokenized alone: Stanza's own bulk mode joins the texts
        with blank lines, and its tokenizer then sees across a document's end
        (measured: a word split differently).  The other stages work sentence
        by sentence, so they take every document's sentences in one batch (a
        list of Stanza documents), with the same results as one document at a
        time (checked on the seeds, a synthetic corpus and the dev passages)."""
        nlp, clock = self.nlp, self.stage_clock
        self._announce("tokenize", texts)
        t0 = clock()
        read = [restore(text) for text in texts]  # the standard final letters (kg.spelling), same offsets
        docs = [nlp(text, processors="tokenize") for text in read]
        if self.kind == "bundled":  # its tokenizer over-splits frequent words (kg.tokens)
            docs = [regroup(doc, text) for doc, text in zip(docs, read)]
        docs = [split_datelines(doc, text) for doc, text in zip(docs, read)]  # («روما - أدان …»: kg.datelines)
        self.stage_seconds["tokenize"] += clock() - t0
        for stage in STAGES[1:]:
            self._announce(stage, texts)
            t0 = clock()
            docs = lemmatize(nlp, docs) if stage == "lemma" else nlp(docs, processors=stage)
            self.stage_seconds[stage] += clock() - t0
        return [_from_stanza(doc, text) for doc, text in zip(docs, read)]


@contextmanager
def _no_dynamo() -> Iterator[None]:
    """Load a pipeline without importing ``torch._dynamo``.

    Stanza's trainers create their training optimizers even to predict, and torch's optimizer
    methods import ``torch._dynamo`` on first use (to exclude themselves from compilation):
    3.0 of the 3.8 CPU seconds of loading the bundled pipeline (profiled), paid again by every
    worker.  Nothing is compiled while a pipeline loads, so for that time those methods run as
    themselves (what the decorator caches after the import is only a wrapper that keeps the
    compiler out); prediction never calls them.  The same parses, 3 s less per process."""
    import torch

    plain = []
    for member in vars(torch.optim.Optimizer).values():
        fn = getattr(member, "__wrapped__", None)
        if callable(fn) and getattr(fn, "__dynamo_disable", None) is None:
            setattr(fn, "__dynamo_disable", fn)
            plain.append(fn)
    try:
        yield
    finally:
        for fn in plain:
            delattr(fn, "__dynamo_disable")


def lemmatize(nlp, docs: list) -> list:
    """Stanza's lemma stage over tagged documents, its model run once per unknown word.

    Stanza's lemmatizer looks each (word, tag) pair up in its dictionary and sends every other
    word to its seq2seq model, repeats included: on the 79 dev passages 4,902 words, of which
    2,366 distinct.  The model reads the word and its tag and nothing around it, so kg first
    runs it on the distinct unknown pairs alone (one-word sentences) with ``lemma_store_results``
    on (:data:`TUNED`), which keeps the answers in the dictionary; the pass over the text then
    finds every word there.  The same lemmas (the dev passages, the seeds, tests/test_batching.py
    against a stock pipeline), lemma CPU -44 % on the dev passages; the dictionary grows by the
    distinct unknown words a process has seen."""
    import stanza

    processor = nlp.processors["lemma"]
    trainer = getattr(processor, "trainer", None)
    if trainer is not None and processor.config.get("store_results") and processor.config.get("ensemble_dict"):
        pairs = [(w.text, w.upos) for d in docs for s in d.sentences for w in s.words]
        unknown = dict.fromkeys(p for p, known in zip(pairs, trainer.skip_seq2seq(pairs)) if not known)
        if unknown:
            nlp(stanza.Document([[{"id": 1, "text": w, "upos": tag}] for w, tag in unknown]), processors="lemma")
    return nlp(docs, processors="lemma")


class RecordedParser(Parser):
    """Replays parses recorded as ``<text sha256>.conllu`` in a folder (the
    cache layout), never running Stanza: fast, deterministic tests and demos."""

    def __init__(self, folder: str | Path):
        self.kind = "recorded"
        self.models_id = "recorded"
        self.cache = Path(folder)
        self._nlp = None
        self.threads = None
        self.stanza_seconds = 0.0
        self.stage_seconds = dict.fromkeys(STAGES, 0.0)

    def parse_uncached(self, text: str, key: str) -> list[Sentence]:
        raise ModelsError(f"no recorded parse {key}.conllu in {self.cache}")


def models_info() -> dict:
    """What ``kg models info`` prints."""
    info = {"official_installed": official_available(), "official_dir": str(stanza_dir()),
            "bundled_dir": str(BUNDLED_DIR), "bundled_available": bundled_available()}
    try:
        info["in_use"] = choose_models()
    except ModelsError as e:
        info["in_use"] = None
        info["error"] = str(e)
    metrics = BUNDLED_DIR / "METRICS.json"
    if metrics.exists():
        info["bundled_metrics"] = json.loads(metrics.read_text(encoding="utf-8"))
    info["bundled_sizes_mb"] = {f: round((BUNDLED_DIR / f).stat().st_size / 1e6, 1)
                                for f in BUNDLED_FILES.values() if (BUNDLED_DIR / f).exists()}
    return info



def models_summary(info: dict) -> str:
    """``kg models info`` for people: which models parse, where they are, their held-out scores;
    the rest (training settings, splits, sizes) is in ``--json``."""
    use = info.get("in_use")
    lines = [f"in use:   {use or 'none'}" + (f" ({info['error']})" if info.get("error") else "")]
    lines.append(f"bundled:  {info['bundled_dir']}" + ("" if info.get("bundled_available") else " (missing)"))
    lines.append(f"official: {info['official_dir']}" + ("" if info.get("official_installed")
                                                        else " (not installed; `kg models download`)"))
    m = info.get("bundled_metrics") or {}
    test = (m.get("test_end_to_end") or {}).get("test")
    if test:
        lines.append(f"bundled scores on held-out {m.get('treebank', 'test')} "
                     f"({(m.get('split_sentences') or {}).get('test', '?')} sentences):")
        lines.append("  " + "  ".join(f"{k} {v:.1f}" for k, v in test.items()))
    sizes = info.get("bundled_sizes_mb") or {}
    if sizes:
        lines.append(f"bundled size: {sum(sizes.values()):.1f} MB in {len(sizes)} files")
    lines.append("more: kg models info --json")
    return "\n".join(lines)