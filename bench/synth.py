"""A synthetic claim store, written through kg's own writer.

Documents, sentences and claims are made up (deterministically, from a seed)
but every quad comes from :func:`kg.claims.document_quads` and goes in
through :meth:`kg.store.Store.replace_graphs`, with the real ontology, actor
and trigger graphs, so the store has exactly the shape ``kg ingest`` gives:
one named graph per document, about 890 triples per document of 10
sentences and 30 claims.  Actors are drawn from the real registry with a
Zipf-like skew (a few actors dominate the news, most appear rarely).
"""
from __future__ import annotations

import random
from typing import Iterator

import pyoxigraph as ox

from kg.claims import Claim, claim_iri, document_quads, graph_iri
from kg.nlp import Sentence
from kg.ontology import registry
from kg.store import Store
from kg.text import Document

RELATIONS = ("supports", "opposes", "called", "met")
WORDS = ("أعلن", "الجيش", "الوطني", "الليبي", "دعم", "رفض", "اتفاق", "وقف", "إطلاق", "النار", "طرابلس",
         "بنغازي", "الحكومة", "المجلس", "الرئاسي", "وزير", "الخارجية", "اجتماع", "القاهرة", "أنقرة",
         "موسكو", "الأمم", "المتحدة", "مبعوث", "بيان", "حفتر", "السراج", "البرلمان", "قوات", "مدينة")
SENTENCES_PER_DOC = 10
CLAIMS_PER_SENTENCE = 3
MODELS = "synthetic"


def _sentence_text(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(14, 24))) + "."


def synthetic_document(i: int, rng: random.Random, actors: list[str], weights: list[float]) -> list[ox.Quad]:
    """The quads of one made-up document, built by kg.claims.document_quads."""
    reg = registry()
    texts = [_sentence_text(rng) for _ in range(SENTENCES_PER_DOC)]
    text = " ".join(texts)
    doc = Document(doc_id=f"synth-{i:07d}", text=text, path=f"synthetic/{i:07d}.txt",
                   title=f"خبر {i}", outlet=rng.choice(["alwasat", "libyaobserver", "aljazeera"]),
                   published=f"20{rng.randint(15, 23)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
    sentences, claims, pos = [], [], 0
    for si, t in enumerate(texts):
        s = Sentence(si, pos, pos + len(t))
        sentences.append(s)
        for _ in range(CLAIMS_PER_SENTENCE):
            src, tgt = rng.choices(actors, weights, k=2)
            while tgt == src:
                tgt = rng.choices(actors, weights)[0]
            rel, neg = rng.choice(RELATIONS), rng.random() < 0.1
            a = s.start + rng.randint(0, max(0, len(t) - 30))
            b = min(s.end, a + rng.randint(10, 30))
            claims.append(Claim(claim_iri(doc.doc_id, si, src, rel, tgt, neg), doc.doc_id, si, src,
                                reg.actors[src].label_en, reg.party_of(src), rel, tgt, reg.actors[tgt].label_en,
                                reg.party_of(tgt), neg, round(rng.uniform(0.5, 0.99), 2), a, b, text[a:b],
                                "synthetic", rng.choice(actors) if rng.random() < 0.2 else None))
        pos += len(t) + 1
    return document_quads(doc, sentences, claims, MODELS)


def actor_weights() -> tuple[list[str], list[float]]:
    actors = sorted(registry().actors)
    rng = random.Random(7)
    rng.shuffle(actors)
    # LNA is the hub of the 2-hop benchmark query: make sure it is well connected
    actors.remove("LNA")
    actors.insert(0, "LNA")
    return actors, [1.0 / (r + 1) ** 0.8 for r in range(len(actors))]


def documents(n_docs: int, seed: int = 1) -> Iterator[tuple[str, list[ox.Quad]]]:
    rng = random.Random(seed)
    actors, weights = actor_weights()
    for i in range(n_docs):
        yield graph_iri(f"synth-{i:07d}"), synthetic_document(i, rng, actors, weights)


def build(store: Store, target_triples: int, batch: int = 100, seed: int = 1) -> dict:
    """Fill ``store`` with about ``target_triples`` triples; returns what was written."""
    store.ensure_ontology()
    per_doc = len(synthetic_document(0, random.Random(seed), *actor_weights()))
    n_docs = max(1, round(target_triples / per_doc))
    graphs: dict[str, list[ox.Quad]] = {}
    claims: list[str] = []
    for g, quads in documents(n_docs, seed):
        graphs[g] = quads
        if len(claims) < 200:
            claims.extend(q.subject.value for q in quads
                          if q.predicate.value.endswith("#type") and q.object.value.endswith("#Claim"))
        if len(graphs) >= batch:
            store.replace_graphs(graphs)
            graphs = {}
    store.replace_graphs(graphs)
    return {"documents": n_docs, "claims_per_document": SENTENCES_PER_DOC * CLAIMS_PER_SENTENCE,
            "sample_claims": claims[:200]}
