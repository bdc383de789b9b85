"""The pipeline: documents in, one named graph per document out.

text -> NLP -> actors -> relations -> claims -> store, one module per stage.
Every input is validated before anything is parsed, so a bad file leaves the
store as it was.  Graphs are written in transactions of ``batch_docs``
documents (:class:`BatchWriter`), each document whole in one, so memory stays
bounded and a crash leaves complete documents only.  Documents whose content
hash is already in the store are skipped, and parses are cached, so
re-ingesting (also to finish an interrupted ingest) is cheap.
"""
from __future__ import annotations

import datetime as dt
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from kg.accusations import Camps, accusers_of_backing
from kg.actors import STATEMENT, ActorMatcher, Mention, Word, default_matcher, words_of
from kg.agreements import AgreementMemory, against_agreements
from kg.backrefs import (guests_named, listed_group, named_again, people_together, sides_named, statement_issuers,
                         statements_of_several)
from kg.candidates import Candidate, sentence_candidates
from kg.claims import Claim, document_quads, graph_iri, make_claims
from kg.deeds import (DeedMemory, backed_deeds, backers_of_the_branded, clause_pointed_back, demonstrated_acts,
                      judged_acts, recalled_deeds, remember_deeds, resumed_acts, without_other_objects)
from kg.documents import stale_documents
from kg.grammar import dropped_speaker, mention_gender
from kg.nlp import Parser, Sentence
from kg.ontology import SYMMETRIC, Registry, registry
from kg.parallel import Workers, parse_documents
from kg.registry import registry_hash
from kg.relations import RelationExtractor, find_triggers
from kg.stance import StanceModel, denials, load_model, select
from kg.store import Store
from kg.stories import stories_graph
from kg.text import Document, read_documents

YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)")
BATCH_DOCS = 100  # documents per store transaction (0: the whole ingest in one)


@dataclass
class IngestSummary:
    documents: int = 0
    skipped: int = 0
    sentences: int = 0
    claims: int = 0
    negated: int = 0
    removed: list = field(default_factory=list)  # ids pruned (kg ingest --prune)
    seconds: float = 0.0
    stanza_seconds: float = 0.0
    stage_seconds: dict = field(default_factory=dict)  # Stanza's seconds per processor (summed over workers)
    workers: int = 0  # parsing processes used (0: every parse was cached)
    threads: int = 0  # torch threads in each
    per_document: dict = field(default_factory=dict)
    failed: dict = field(default_factory=dict)  # doc id -> why it could not be ingested (cluster ingest)
    interrupted: bool = False  # stopped by Ctrl-C; what was written is complete documents
    written: int = 0  # documents committed to the store
    transactions: int = 0


class BatchWriter:
    """Commits document graphs to the store ``size`` documents at a time.

    One transaction per batch instead of one per ingest keeps memory and
    request sizes bounded however big the corpus; a document never spans two
    batches, so a crash leaves whole documents (and re-running finishes the
    job).  The first commit also (re)loads the ontology graphs if their files
    changed, so even an ingest with nothing new leaves a usable store."""

    def __init__(self, store: Store, size: int = BATCH_DOCS, summary: IngestSummary | None = None):
        self.store, self.size = store, size
        self.summary = summary or IngestSummary()
        self.pending: dict[str, list] = {}

    def add(self, graph: str, quads: list) -> None:
        self.pending[graph] = quads
        if self.size and len(self.pending) >= self.size:
            self.flush()

    def flush(self, extra: dict[str, list] | None = None) -> None:
        """Commit the pending documents, with ``extra`` graphs that are no documents (stories, removals)."""
        if not self.pending and not extra and self.summary.transactions:
            return
        self.store.ensure_ontology(extra={**self.pending, **(extra or {})})
        self.summary.written += len(self.pending)
        self.summary.transactions += 1
        self.pending = {}


def document_date(doc: Document) -> dt.date | None:
    """The date that titles resolve against: the sidecar's, else the middle of
    the latest year the text mentions (news reports recent events), else None."""
    if doc.published:
        return dt.date.fromisoformat(doc.published)
    years = [int(y) for y in YEAR.findall(doc.text)]
    return dt.date(max(years), 7, 1) if years else None


def document_candidates(doc: Document, sentences: list[Sentence], reg: Registry | None = None,
                        matcher: ActorMatcher | None = None,
                        extractor: RelationExtractor | None = None) -> Iterator[tuple[Sentence, list[Candidate]]]:
    """Each sentence with its candidate claims (pure: no I/O).  The actors the
    document names and the salient actor of the sentence before carry over,
    so that pronouns and dropped subjects resolve."""
    reg = reg or registry()
    matcher = matcher or default_matcher()
    extractor = extractor or RelationExtractor(reg)
    day = document_date(doc)
    sentence_words = [words_of(s, doc.text) for s in sentences]
    # the people the document names anywhere, by name or by their office («وزير الخارجية الروسي»), so
    # «القائد» or «الوزير» can refer to the one commander or minister it names
    people = frozenset(m.actor for words in sentence_words for m in matcher.find(words, day)
                       if m.kind in ("name", "role") and reg.actors[m.actor].kind == "Person")
    salient: Mention | None = None
    addressee: Mention | None = None
    pair = None
    group: tuple = ()
    memory: dict[str, str] = {}
    agreements = AgreementMemory()
    deeds = DeedMemory()
    camps = Camps()  # the stances read so far, by party, for a backing the backed one's enemy reports
    previous: list = []  # the relations of the sentence before, for «وهو ما أكدته X» opening this one
    two_people: tuple | None = None  # the last two persons named together («… الرجلين»), kept until two others are
    at_war: tuple | None = None  # the two sides of a civil conflict the sentence before names («الطرفين»)
    issuers: tuple = ()  # who issued the last statement together («أصدرت مصر واليونان بيانا …»), for «البيان» later
    met: tuple = ()  # the sides of the last meeting named, for «البيان المشترك/الختامي» later
    for s, words in zip(sentences, sentence_words):
        # («نددت الخارجية القطرية بالهجوم. وحمّل البيان قوات حفتر المسؤولية»: a statement nobody was said to
        # issue is that of the one the text is about)
        implicit = salient is not None and STATEMENT not in memory
        if implicit:
            memory[STATEMENT] = salient.actor
        mentions = matcher.find(words, day, memory, people)
        if implicit and memory.get(STATEMENT) == salient.actor:
            del memory[STATEMENT]
        # («… واستقبل السراج الوزيرين»: the two named before, as a dual noun)
        mentions = named_again(words, mentions, reg.party_of, pair, group, extractor.conflict_sides, two_people,
                               at_war)
        mentions = guests_named(words, mentions, reg.party_of, pair, salient)  # («وطالب ضيفه بـ…»)
        mentions = statements_of_several(words, mentions, issuers, met)  # («وأدان البيان المشترك …»)
        all_hits = find_triggers(words, extractor.trigs)
        mentions = backed_deeds(words, mentions, all_hits, deeds)  # («… بدعم الهجوم»: its doer backed)
        rels = extractor.extract(words, mentions, salient, pair, addressee, group, all_hits)
        # (a demand to stop what concerns nobody in particular, «وقف التصعيد», is a trigger only for the
        # actor it addresses, which the rules alone can tell)
        hits = [h for h in all_hits if h.addressed_before is None]
        against = against_agreements(words, mentions, hits, rels, salient, agreements, reg.party_of, pair, group)
        # («… أن هذا الاتفاق فيه استفزاز، وهو ما أكدته اليونان»: a clause that refers back shares these too)
        rels += against + extractor.echoes_within(words, mentions, against)
        rels += extractor.echoes_of_previous(words, mentions, previous)
        # («شنت قوات حفتر هجوما على طرابلس. ونددت الأمم المتحدة بالهجوم»: the deed named again bare)
        rels += recalled_deeds(words, mentions, hits, deeds, salient, reg.party_of)
        rels += demonstrated_acts(words, mentions, hits, salient, reg.party_of, deeds)
        rels += clause_pointed_back(words, mentions, hits, salient, reg.party_of)
        resumed = resumed_acts(words, mentions, hits, deeds, reg.party_of)
        rels = without_other_objects(rels, resumed) + resumed
        rels += judged_acts(words, mentions, hits, deeds, reg.party_of)
        rels += backers_of_the_branded(words, rels, reg.party_of)  # («… بأن فرنسا تدعم "الانقلابي حفتر"»)
        # («وقال باشاغا إن الإمارات تزود قوات حفتر بالسلاح»: the backed one's enemy charges the backer)
        rels += accusers_of_backing(words, mentions, all_hits, rels, camps, reg.party_of, extractor.other_party,
                                    salient)
        camps.remember(rels, reg.party_of)
        remember_deeds(words, mentions, hits, deeds)
        previous = rels
        two_people = people_together(words, mentions, reg) or two_people
        at_war = sides_named(mentions, extractor.conflict_sides, reg.party_of)  # («… واجتمع لافروف بالطرفين»)
        yield s, sentence_candidates(words, mentions, hits, rels, reg)
        # the two sides of this sentence's last meeting or call, for a dual subject in the next one
        # (or the two sources of one stance, a coordinated subject: «أكدت اليونان وقبرص رفضهما …. ودعا البلدان …»)
        # (kept past a sentence that names nobody: «اجتمع وفد حكومة الوفاق ووفد قوات حفتر. ونص الاتفاق على …. وأشاد
        # غوتيريش بشجاعة الوفدين»)
        pair = next(((r.source, r.target) for r in reversed(rels) if r.relation in SYMMETRIC), None) or \
            _joint_sources(rels, reg.party_of) or (pair if not mentions else None)
        # and all sides of its meetings and calls, when three or more met («قمة بين مصر واليونان وقبرص»), or
        # the three or more sources of one stance («دانت مصر وفرنسا واليونان … التدخل التركي»), for a plural that
        # names them in a later sentence («الوزراء», «الدول الخمس»); kept until another group is named
        sides = _sides([m for r in rels if r.relation in SYMMETRIC for m in (r.source, r.target)], reg.party_of)
        # (else the last list of three or more it names: «أصدرت مصر واليونان وقبرص بيانا …. ووصفت أنقرة الدول الثلاث …»)
        group = sides or _joint_group(rels, reg.party_of) or listed_group(words, mentions, reg.party_of) or group
        # (and the sides of its meetings and calls, two too, for a joint statement named later)
        met = sides or next(((r.source, r.target) for r in rels if r.relation in SYMMETRIC), None) or met
        issuers = statement_issuers(words, mentions, reg.party_of) or issuers
        # the salient actor for the next sentence: this one's first source, else its first actor
        # (and the other side of its first claim, for a pronoun of another gender)
        # (a sentence whose speech verb has no subject, «وقال إن فرنسا تدعم حفتر», is still the speaker's:
        # the next «واعتبر أن …» is too, not said by the first actor inside what was said)
        if salient is not None and dropped_speaker(words, len(words)):
            addressee = None
        elif rels:
            salient, addressee = _main_claim(rels, words, mentions, extractor.kind_of)
        elif mentions:
            salient, addressee = mentions[0], None


def _main_claim(rels: list, words: list[Word], mentions: list[Mention], kind: Callable[[Mention], str]
                ) -> tuple[Mention, Mention]:
    """The salient actor a next sentence's dropped subject names, and the other side a pronoun of another
    gender names: the source named first in the sentence (the main clause's subject, the one who speaks,
    not a source inside what is said: «وقال باشاغا إن الحكومة الفرنسية تدعم حفتر، وطالبها بالكف عن ذلك.
    واتهمها …»), and the target of its first claim, of another gender than it where one is."""
    own = [r for r in rels if r.source in mentions]
    if not own:
        return rels[0].source, rels[0].target
    source = min(own, key=lambda r: r.source.first).source
    targets = [r.target for r in own if r.source is source]
    gender = mention_gender(words, source, kind(source))
    return source, next((t for t in targets if t in mentions and mention_gender(words, t, kind(t)) != gender),
                        targets[0])


def _joint_sources(rels: list, party: Callable[[str], str]) -> tuple | None:
    """The two sources, of two parties, that one stance trigger gives the same target: a coordinated
    subject that a dual («البلدان», «الجانبان») in the next sentence names again."""
    for r in rels:
        sources = [x.source for x in rels if x.trigger_at == r.trigger_at and x.relation == r.relation
                   and party(x.target.actor) == party(r.target.actor)]
        parties = {party(m.actor) for m in sources}
        if len(parties) == 2:
            first = sources[0]
            return first, next(m for m in sources if party(m.actor) != party(first.actor))
    return None


def _joint_group(rels: list, party: Callable[[str], str]) -> tuple:
    """The sources, of three parties or more, that one stance trigger gives the same target."""
    for r in rels:
        if r.relation in SYMMETRIC:
            continue
        group = _sides([x.source for x in rels if x.trigger_at == r.trigger_at and x.relation == r.relation
                        and party(x.target.actor) == party(r.target.actor)], party)
        if group:
            return group
    return ()


def _sides(mentions: list[Mention], party: Callable[[str], str]) -> tuple:
    """One mention per party, in order; three or more, or none."""
    out, seen = [], set()
    for m in mentions:
        if party(m.actor) not in seen:
            seen.add(party(m.actor))
            out.append(m)
    return tuple(out) if len(out) > 2 else ()


def extract_document(doc: Document, sentences: list[Sentence], reg: Registry | None = None,
                     matcher: ActorMatcher | None = None, extractor: RelationExtractor | None = None,
                     model: StanceModel | None | str = "default") -> list[Claim]:
    """Claims of one parsed document (pure: no I/O), in sentence order: the
    candidates the stance model keeps (``model=None``: the rules alone)."""
    reg = reg or registry()
    model = load_model() if model == "default" else model
    per_sentence = list(document_candidates(doc, sentences, reg, matcher, extractor))
    denied = denials([c for _, cs in per_sentence for c in cs], reg.party_of)
    claims: list[Claim] = []
    for s, candidates in per_sentence:
        chosen = select(candidates, model, denied, reg.party_of)
        claims.extend(make_claims(doc, s, [c.relation_record(p) for c, p in chosen], reg))
    return claims


def ingest(paths: list, store: Store, parser: Parser | None = None, force: bool = False,
           progress: Callable[[Document], None] | None = None, workers: Workers = 1,
           docs: list[Document] | None = None, prune: bool = False, cluster: str | None = None,
           batch_docs: int = BATCH_DOCS, threads: int | None = None) -> IngestSummary:
    """Ingest .txt files or folders into ``store``; returns what was done.
    ``workers`` > 1 (or "auto") parses in that many processes, ``threads`` torch
    threads each (see kg.parallel); the store ends up the same.
    ``cluster`` (a Dask scheduler address or ``local:N``) parses and extracts on a
    Dask cluster instead (see kg.cluster; ``progress`` then also gets each document's
    sentence count).  ``batch_docs`` documents per transaction (see BatchWriter).
    ``docs``, when the caller has already read and validated ``paths``, saves reading them twice.
    ``prune`` also removes stored documents that came from the folders in ``paths`` and are
    no longer there, in the last transaction, with the regrouped stories."""
    t0 = time.perf_counter()
    docs = docs if docs is not None else read_documents(paths)  # InputError before anything is parsed or written
    if cluster:
        from kg.cluster import cluster_ingest

        summary = cluster_ingest(docs, store, cluster, parser=parser, force=force, progress=progress,
                                 batch_docs=batch_docs)
        _finish(store, paths, docs, docs if summary.documents else [], prune, summary, BatchWriter(store, 0, summary))
        return summary
    known = store.document_hashes()
    parser = parser or Parser()
    summary = IngestSummary()
    writer = BatchWriter(store, batch_docs, summary)
    fresh = [d for d in docs if force or known.get(d.doc_id) != d.content_hash]
    fresh_ids = {d.doc_id for d in fresh}
    plan: dict = {}
    parses = parse_documents(fresh, parser, workers, threads, plan)  # in document order, as they are ready
    reg_hash = registry_hash()
    for d in docs:
        if d.doc_id not in fresh_ids:
            summary.skipped += 1
        else:
            sentences = next(parses)
            claims = extract_document(d, sentences)
            writer.add(graph_iri(d.doc_id), document_quads(d, sentences, claims, parser.models_id, reg_hash))
            summary.documents += 1
            summary.sentences += len(sentences)
            summary.claims += sum(not c.negated for c in claims)
            summary.negated += sum(c.negated for c in claims)
            summary.per_document[d.doc_id] = Counter(c.relation for c in claims if not c.negated)
        if progress:
            progress(d)
    _finish(store, paths, docs, fresh, prune, summary, writer)
    summary.stanza_seconds = round(parser.stanza_seconds, 2)
    summary.stage_seconds = {k: round(v, 2) for k, v in parser.stage_seconds.items()}
    summary.workers, summary.threads = plan.get("workers", 0), plan.get("threads", 0)
    summary.seconds = round(time.perf_counter() - t0, 2)
    return summary


def _finish(store: Store, paths: list, docs: list[Document], fresh: list[Document], prune: bool,
            summary: IngestSummary, writer: "BatchWriter") -> None:
    """The last transaction: the pruned documents' graphs dropped and the stories regrouped
    (they change only when documents do), with whatever documents are still pending."""
    extra: dict[str, list] = {}
    if prune:
        summary.removed = stale_documents(store, [p for p in paths if Path(p).is_dir()], [d.doc_id for d in docs])
        extra.update({graph_iri(i): [] for i in summary.removed})
    if fresh or summary.removed:
        extra.update(stories_graph(store, fresh, removed=set(summary.removed)))
    writer.flush(extra)
