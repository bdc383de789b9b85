"""Stage 5 -- claims: relations become RDF claims with provenance.

Requires: a :class:`kg.text.Document`, its sentences and their
:class:`kg.relations.Relation` s.  Provides: :class:`Claim` records and the
quads of the document's named graph (document, sentences, claims,
extraction activity, shortcut triples).

IRIs are deterministic (a hash of document, sentence, source, relation,
target), so re-ingesting the same text gives the same graph.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from urllib.parse import quote

from pyoxigraph import Literal, NamedNode, Quad

import kg
from kg.nlp import Sentence
from kg.ontology import BASE, KG, KGA, RELATION_CONCEPT, Registry
from kg.relations import Relation
from kg.text import Document, inferred_period

RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
XSD = "http://www.w3.org/2001/XMLSchema#"
PROV = "http://www.w3.org/ns/prov#"
OA = "http://www.w3.org/ns/oa#"
DCT = "http://purl.org/dc/terms/"
SCHEMA = "https://schema.org/"


def doc_iri(doc_id: str) -> str:
    return f"{BASE}doc/{quote(doc_id, safe='')}"


def graph_iri(doc_id: str) -> str:
    return f"{BASE}graph/doc/{quote(doc_id, safe='')}"


def sentence_iri(doc_id: str, index: int) -> str:
    return f"{doc_iri(doc_id)}/sentence/{index}"


ONTOLOGY_GRAPH = f"{BASE}graph/ontology"
ACTORS_GRAPH = f"{BASE}graph/actors"
TRIGGERS_GRAPH = f"{BASE}graph/triggers"


@dataclass
class Claim:
    claim: str  # IRI
    doc: str
    sentence: int
    source: str
    source_label: str
    source_party: str
    relation: str
    target: str
    target_label: str
    target_party: str
    negated: bool
    confidence: float
    start: int
    end: int
    evidence: str
    rule: str = ""
    speaker: str | None = None

    def to_json(self) -> dict:
        return asdict(self)


def claim_iri(doc_id: str, sentence: int, source: str, relation: str, target: str, negated: bool) -> str:
    key = "\x1f".join([doc_id, str(sentence), source, relation, target, str(negated)])
    return f"{BASE}claim/{hashlib.sha256(key.encode('utf-8')).hexdigest()[:24]}"


def make_claims(doc: Document, sentence: Sentence, relations: list[Relation], reg: Registry) -> list[Claim]:
    """One claim per (source, relation, target, polarity) in a sentence: the best-supported one."""
    best: dict[str, Claim] = {}
    for r in relations:
        s, t = r.source.actor, r.target.actor
        iri = claim_iri(doc.doc_id, sentence.index, s, r.relation, t, r.negated)
        sa, ta = reg.actors.get(s), reg.actors.get(t)
        c = Claim(iri, doc.doc_id, sentence.index, s, sa.label_en if sa else s, reg.party_of(s), r.relation,
                  t, ta.label_en if ta else t, reg.party_of(t), r.negated, round(r.confidence, 2),
                  r.start, r.end, doc.text[r.start:r.end], r.rule, r.speaker)
        if iri not in best or (c.confidence, c.start - c.end) > (best[iri].confidence, best[iri].start - best[iri].end):
            best[iri] = c
    return list(best.values())


def _lit(value, datatype: str | None = None, lang: str | None = None) -> Literal:
    if lang:
        return Literal(str(value), language=lang)
    if datatype:
        return Literal(str(value).lower() if isinstance(value, bool) else str(value), datatype=NamedNode(XSD + datatype))
    return Literal(str(value))


def document_quads(doc: Document, sentences: list[Sentence], claims: list[Claim], models: str,
                   registry_hash: str | None = None) -> list[Quad]:
    """Everything kg says about one document, in the document's own graph.  ``registry_hash``
    (kg.registry) records which actor registry the extraction used, so a changed one shows."""
    g = NamedNode(graph_iri(doc.doc_id))
    d = NamedNode(doc_iri(doc.doc_id))
    q: list[Quad] = []

    def add(s, p, o):
        q.append(Quad(s, NamedNode(p) if isinstance(p, str) else p, o, g))

    add(d, RDF_TYPE, NamedNode(KG.Document))
    add(d, KG.docId, _lit(doc.doc_id))
    add(d, KG.text, _lit(doc.text))
    add(d, KG.contentHash, _lit(doc.content_hash))
    if doc.path:
        add(d, KG.sourceFile, _lit(doc.path))
    if doc.title:
        add(d, DCT + "title", _lit(doc.title))
    if doc.url:
        add(d, SCHEMA + "url", NamedNode(doc.url) if doc.url.startswith(("http://", "https://")) else _lit(doc.url))
    if doc.outlet:
        add(d, KG.outlet, _lit(doc.outlet))
    if doc.published:
        add(d, DCT + "issued", _lit(doc.published, "date"))
    elif period := inferred_period(doc.text):  # what the text says, kept apart from a real publication date
        add(d, KG.inferredIssued, _lit(period, "gYearMonth" if "-" in period else "gYear"))

    activity = NamedNode(f"{BASE}extraction/{hashlib.sha256((doc.content_hash + kg.__version__ + models).encode()).hexdigest()[:24]}")
    add(activity, RDF_TYPE, NamedNode(KG.Extraction))
    add(activity, PROV + "used", d)
    add(activity, KG.kgVersion, _lit(kg.__version__))
    add(activity, KG.models, _lit(models))
    add(activity, PROV + "wasAssociatedWith", NamedNode(f"{BASE}software/kg"))
    if registry_hash:
        add(activity, KG.registryHash, _lit(registry_hash))

    for s in sentences:
        si = NamedNode(sentence_iri(doc.doc_id, s.index))
        add(si, RDF_TYPE, NamedNode(KG.Sentence))
        add(si, KG.inDocument, d)
        add(si, KG.sentenceIndex, _lit(s.index, "integer"))
        add(si, KG.start, _lit(s.start, "integer"))
        add(si, KG.end, _lit(s.end, "integer"))
        add(si, KG.text, _lit(doc.text[s.start:s.end]))

    for c in claims:
        ci = NamedNode(c.claim)
        add(ci, RDF_TYPE, NamedNode(KG.Claim))
        add(ci, KG.source, NamedNode(KGA[c.source]))
        add(ci, KG.target, NamedNode(KGA[c.target]))
        add(ci, KG.sourceParty, NamedNode(KGA[c.source_party]))
        add(ci, KG.targetParty, NamedNode(KGA[c.target_party]))
        add(ci, KG.relation, NamedNode(RELATION_CONCEPT[c.relation]))
        add(ci, KG.negated, _lit(c.negated, "boolean"))
        add(ci, KG.confidence, _lit(f"{c.confidence:.2f}", "decimal"))
        add(ci, KG.rule, _lit(c.rule))
        if c.speaker:
            add(ci, KG.speaker, NamedNode(KGA[c.speaker]))
        add(ci, PROV + "wasDerivedFrom", NamedNode(sentence_iri(doc.doc_id, c.sentence)))
        add(ci, PROV + "wasGeneratedBy", activity)
        ev = NamedNode(c.claim + "#evidence")
        pos = NamedNode(c.claim + "#position")
        quote_ = NamedNode(c.claim + "#quote")
        add(ci, KG.evidence, ev)
        add(ev, RDF_TYPE, NamedNode(OA + "SpecificResource"))
        add(ev, OA + "hasSource", d)
        add(ev, OA + "hasSelector", pos)
        add(ev, OA + "hasSelector", quote_)
        add(pos, RDF_TYPE, NamedNode(OA + "TextPositionSelector"))
        add(pos, OA + "start", _lit(c.start, "integer"))
        add(pos, OA + "end", _lit(c.end, "integer"))
        add(quote_, RDF_TYPE, NamedNode(OA + "TextQuoteSelector"))
        add(quote_, OA + "exact", _lit(c.evidence, lang="ar"))
        if not c.negated:
            add(NamedNode(KGA[c.source]), KG[c.relation], NamedNode(KGA[c.target]))
    add(d, KG.graphHash, _lit(graph_hash(q)))
    return q


def graph_hash(quads: list[Quad]) -> str:
    """SHA-256 of a document graph's quads (sorted N-Quads lines), stored in the graph as
    ``kg:graphHash``: it changes whenever anything in the graph does (text, metadata, rules,
    models, registry), so a reader can tell with one cheap query which documents changed
    since it last read them (kg.snapshot) without every writer having to say so."""
    digest = hashlib.sha256()
    for line in sorted(f"{x.subject} {x.predicate} {x.object}" for x in quads):
        digest.update(line.encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()
