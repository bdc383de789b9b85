"""Serialisations of a store: claims as JSON Lines, RDF formats, graph files.

claims-jsonl is what the scorer and analysts' scripts read: one claim per
line with party codes and the evidence offsets (``text[start:end] ==
evidence``).  graphml / gexf aggregate claims into an actor network for
Gephi and friends.
"""
from __future__ import annotations

import io
import json
from typing import Iterable, Mapping

import networkx as nx
import pyoxigraph as ox

from kg.ontology import KGA
from kg.store import SPARQL_PREFIXES, Store

RDF_FORMATS = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS,
               "turtle": ox.RdfFormat.TURTLE, "jsonld": ox.RdfFormat.JSON_LD}
FORMATS = ("claims-jsonl", *RDF_FORMATS, "graphml", "gexf")

# Claims are read column by column: each claim property in one indexed scan, the
# columns zipped by IRI in Python.  One 17-pattern join with OPTIONAL labels and
# ORDER BY gives the same records (tests/test_export.py keeps it as the reference)
# but makes Oxigraph look every claim's properties up one by one: 36 s for 41k
# claims at a million triples, against 7 s.  The explorer reads the claims
# without their evidence first (read_claims) and the evidence when a view needs it.
CLAIM_IRIS_QUERY = "SELECT ?c WHERE { ?c a kg:Claim }"
CLAIM_COLUMNS = {  # record field -> (subject IRI -> value); constant queries, nothing interpolated
    "source": "SELECT ?c ?v WHERE { ?c kg:source ?v }",
    "target": "SELECT ?c ?v WHERE { ?c kg:target ?v }",
    "source_party": "SELECT ?c ?v WHERE { ?c kg:sourceParty ?v }",
    "target_party": "SELECT ?c ?v WHERE { ?c kg:targetParty ?v }",
    "relation": "SELECT ?c ?v WHERE { ?c kg:relation ?v }",
    "negated": "SELECT ?c ?v WHERE { ?c kg:negated ?v }",
    "confidence": "SELECT ?c ?v WHERE { ?c kg:confidence ?v }",
    "sentence": "SELECT ?c ?v WHERE { ?c prov:wasDerivedFrom ?v }",
}
SENTENCE_COLUMNS = {
    "document": "SELECT ?s ?v WHERE { ?s kg:inDocument ?v }",
    "index": "SELECT ?s ?v WHERE { ?s kg:sentenceIndex ?v }",
}
DOCUMENTS_QUERY = """
SELECT ?d ?doc ?title ?outlet ?published ?url ?inferred WHERE {
  ?d a kg:Document ; kg:docId ?doc .
  OPTIONAL { ?d dcterms:title ?title } OPTIONAL { ?d kg:outlet ?outlet }
  OPTIONAL { ?d dcterms:issued ?published } OPTIONAL { ?d schema:url ?url }
  OPTIONAL { ?d kg:inferredIssued ?inferred }
}
"""
EVIDENCE_QUERY = """
SELECT ?c ?start ?end ?evidence ?rule ?sk WHERE {
  ?c kg:evidence ?ev . ?ev oa:hasSelector ?pos . ?pos oa:start ?start ; oa:end ?end .
  ?ev oa:hasSelector ?q . ?q oa:exact ?evidence .
  OPTIONAL { ?c kg:rule ?rule } OPTIONAL { ?c kg:speaker ?sk }
}
"""
LABELS_QUERY = "SELECT ?a ?label WHERE { ?a skos:prefLabel ?label }"
PARTY_CODES_QUERY = "SELECT ?p ?code WHERE { ?p kg:partyCode ?code }"
RELATION_NAMES_QUERY = "SELECT ?rel ?name WHERE { ?rel skos:notation ?name }"
DETAIL_KEYS = ("start", "end", "evidence", "rule", "speaker")


def _local(iri: str) -> str:
    return iri[len(str(KGA)):] if iri.startswith(str(KGA)) else iri


def value_rows(store: Store, sparql: str, substitutions: dict | None = None) -> list[list]:
    """Rows of raw lexical values (None when unbound): iterating a solution is much
    cheaper than looking its terms up by name, which matters at 10,000 rows."""
    return [[None if term is None else term.value for term in row]
            for row in store.query(SPARQL_PREFIXES + sparql, substitutions)]


def read_labels(store: Store) -> dict[str, tuple[str, str]]:
    """English and Arabic preferred labels of every actor, as the store has them."""
    en: dict[str, str] = {}
    ar: dict[str, str] = {}
    for row in store.query(SPARQL_PREFIXES + LABELS_QUERY):
        iri, lit = row["a"].value, row["label"]
        lang = getattr(lit, "language", None)
        if iri.startswith(str(KGA)) and lang in ("en", "ar"):
            (en if lang == "en" else ar).setdefault(_local(iri), lit.value)
    return {a: (en.get(a, a), ar.get(a, "")) for a in set(en) | set(ar)}


def _column(store: Store, sparql: str) -> dict[str, str]:
    return {subject: value for subject, value in value_rows(store, sparql)}


def read_claims(store: Store, labels: Mapping[str, tuple[str, str]] | None = None,
                include_retracted: bool = False) -> list[dict]:
    """Every claim as :func:`kg.export.claims` has it, less the evidence fields
    (:data:`DETAIL_KEYS`), plus the document's ``title``, ``outlet``, ``published``
    (ISO date or None), ``url`` and, for a document without ``published``, the period its text
    gives (``published_inferred``: ``YYYY-MM`` or ``YYYY``, else None); sorted by document and sentence.  The analyst's
    curation is applied (kg.curation.apply): retracted claims are left out unless
    ``include_retracted``, corrected ones carry the correction and their ``original``."""
    from kg.curation import apply, read_current
    from kg.stories import read_stories

    labels = read_labels(store) if labels is None else labels
    stories = read_stories(store)
    codes = _column(store, PARTY_CODES_QUERY)
    names = _column(store, RELATION_NAMES_QUERY)
    col = {k: _column(store, q) for k, q in CLAIM_COLUMNS.items()}
    sent = {k: _column(store, q) for k, q in SENTENCE_COLUMNS.items()}
    docs = {row[0]: row[1:] for row in value_rows(store, DOCUMENTS_QUERY)}
    out = []
    for (c,) in value_rows(store, CLAIM_IRIS_QUERY):
        try:  # as in the reference join (tests/test_export.py), a claim missing a part is left out
            s, t = _local(col["source"][c]), _local(col["target"][c])
            sp, tp = codes[col["source_party"][c]], codes[col["target_party"][c]]
            relation = names[col["relation"][c]]
            negated, confidence, sentence = col["negated"][c], col["confidence"][c], col["sentence"][c]
            doc, title, outlet, published, url, inferred = docs[sent["document"][sentence]]
            index = int(sent["index"][sentence])
        except KeyError:
            continue
        out.append({
            "claim": c, "doc": doc, "sentence": index,
            "source": s, "source_label": labels.get(s, (s, ""))[0], "source_party": sp,
            "relation": relation,
            "target": t, "target_label": labels.get(t, (t, ""))[0], "target_party": tp,
            "negated": negated == "true", "confidence": float(confidence),
            "title": title, "outlet": outlet, "published": published, "url": url,
            "story": stories.get(doc, doc),
            "published_inferred": None if published else inferred,
        })
    out = apply(out, read_current(store), labels, include_retracted)
    out.sort(key=lambda c: (c["doc"], c["sentence"], c["relation"], c["source"], c["target"]))
    return out


def evidence_record(start: str, end: str, evidence: str, rule: str | None, speaker: str | None) -> dict:
    return {"start": int(start), "end": int(end), "evidence": evidence, "rule": rule,
            "speaker": _local(speaker) if speaker else None}


def read_details(store: Store) -> dict[str, dict]:
    """Evidence span, quote, rule and speaker of every claim, by claim IRI."""
    return {row[0]: evidence_record(*row[1:]) for row in value_rows(store, EVIDENCE_QUERY)}


def with_details(claims: Iterable[Mapping], details: Mapping[str, Mapping]) -> list[dict]:
    """Full claim records (the kg.export.claims shape plus document metadata), in its order;
    claims whose evidence is not (yet) in ``details`` are left out, as kg.export would."""
    out = [{**c, **details[c["claim"]]} for c in claims if c["claim"] in details]
    out.sort(key=lambda c: (c["doc"], c["start"], c["relation"], c["source"], c["target"]))
    return out


CLAIM_FIELDS = ("claim", "doc", "sentence", "source", "source_label", "source_party", "relation", "target",
                "target_label", "target_party", "negated", "confidence", "start", "end", "evidence", "rule",
                "speaker", "story", "curation")


def claims(store: Store, include_retracted: bool = False) -> list[dict]:
    """Every claim in the store as a flat record (:data:`CLAIM_FIELDS`), sorted by
    document and evidence offset, as curated: ``story`` is the story (kg.stories) the
    document belongs to, ``curation`` None or retracted / corrected / confirmed."""
    return [{k: c[k] for k in CLAIM_FIELDS}
            for c in with_details(read_claims(store, include_retracted=include_retracted), read_details(store))]


def records(store: Store, include_retracted: bool = False) -> list[dict]:
    """Every claim with its evidence and its document's metadata (title, outlet,
    published, url): the fields of :func:`claims` and more, for analyses by date or outlet."""
    return with_details(read_claims(store, include_retracted=include_retracted), read_details(store))


def claims_jsonl(store: Store) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in claims(store))


def network(store: Store, level: str = "party", include_negated: bool = False) -> nx.MultiDiGraph:
    """Actors (or parties) as nodes, one edge per relation type with claim, document, story and
    outlet counts; the weight is the independent stories (copies of a story count once)."""
    g = nx.MultiDiGraph()
    agg: dict[tuple, dict] = {}
    outlets: dict[str, str] = {}
    for c in read_claims(store):  # curated; the evidence is not needed here
        outlets[c["doc"]] = c["outlet"]
        if c["negated"] and not include_negated:
            continue
        s, t = (c["source_party"], c["target_party"]) if level == "party" else (c["source"], c["target"])
        for node, label in ((s, c["source_label"] if level != "party" else s),
                            (t, c["target_label"] if level != "party" else t)):
            g.add_node(node, label=label)
        e = agg.setdefault((s, t, c["relation"], c["negated"]), {"claims": 0, "docs": set(), "stories": {}})
        e["claims"] += 1
        e["docs"].add(c["doc"])
        e["stories"].setdefault(c["story"], set()).add(c["doc"])
    for (s, t, rel, neg), e in sorted(agg.items()):
        first = {outlets.get(min(ds)) or min(ds) for ds in e["stories"].values()}
        g.add_edge(s, t, key=f"{rel}{'-negated' if neg else ''}", relation=rel, negated=neg,
                   claims=e["claims"], documents=len(e["docs"]), stories=len(e["stories"]), outlets=len(first),
                   weight=len(e["stories"]))
    return g


def export(store: Store, fmt: str) -> bytes:
    if fmt == "claims-jsonl":
        return claims_jsonl(store).encode("utf-8")
    if fmt in RDF_FORMATS:
        return store.dump(RDF_FORMATS[fmt])
    if fmt in ("graphml", "gexf"):
        g = network(store)
        buf = io.BytesIO()
        (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(g, buf)
        return buf.getvalue()
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
