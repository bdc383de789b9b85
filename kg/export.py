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
# DOCUMENTS_QUERY within some graphs (#SCOPE: their VALUES block).  Each OPTIONAL names the graph
# itself: with the OPTIONALs inside one GRAPH ?g block Oxigraph takes 0.6 s for 100 graphs, not 0.01.
DOCUMENTS_IN_GRAPHS = """
SELECT ?d ?doc ?title ?outlet ?published ?url ?inferred WHERE { #SCOPE
  GRAPH ?g { ?d a kg:Document ; kg:docId ?doc }
  OPTIONAL { GRAPH ?g { ?d dcterms:title ?title } } OPTIONAL { GRAPH ?g { ?d kg:outlet ?outlet } }
  OPTIONAL { GRAPH ?g { ?d dcterms:issued ?published } } OPTIONAL { GRAPH ?g { ?d schema:url ?url } }
  OPTIONAL { GRAPH ?g { ?d kg:inferredIssued ?inferred } }
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


_KGA = str(KGA)


def _local(iri: str) -> str:
    return iri[len(_KGA):] if iri.startswith(_KGA) else iri


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


DocRows = tuple  # (document metadata row or None, [claim row, ...]): see read_rows


def read_rows(store: Store, graphs: Iterable[str] | None = None) -> dict[str, DocRows]:
    """The raw claim columns of the whole store (``graphs`` None) or of these document graphs
    only, grouped by the document IRI each claim's sentence is in: ``{document IRI:
    (metadata, claims)}`` where metadata is the :data:`DOCUMENTS_QUERY` row less its IRI (None
    when the document lacks a kg:Document with a kg:docId) and each claim is ``[claim, source,
    target, source party, target party, relation, negated, confidence, sentence index]``, all
    lexical values as stored.  This is the part of :func:`read_claims` that costs (seconds at
    100,000 claims) and depends on the document graphs alone, so kg.snapshot can keep it
    per document; labels, party codes, stories and curation live elsewhere and are applied
    by :func:`assemble_claims`.  A claim missing a part is left out, as in the reference join."""
    if graphs is None:
        col = {k: _column(store, q) for k, q in CLAIM_COLUMNS.items()}
        sent = {k: _column(store, q) for k, q in SENTENCE_COLUMNS.items()}
        docs = {row[0]: row[1:] for row in value_rows(store, DOCUMENTS_QUERY)}
        iris = [c for (c,) in value_rows(store, CLAIM_IRIS_QUERY)]
    else:
        col, sent, iris, docs = {k: {} for k in CLAIM_COLUMNS}, {k: {} for k in SENTENCE_COLUMNS}, [], {}
        graphs = sorted(set(graphs))
        for i in range(0, len(graphs), 500):  # VALUES blocks of IRIs serialised by pyoxigraph, nothing else interpolated
            scope = "VALUES ?g { " + " ".join(str(ox.NamedNode(g)) for g in graphs[i:i + 500]) + " }"
            for k, q in CLAIM_COLUMNS.items():
                col[k].update(_column(store, _in_graphs(q, scope)))
            for k, q in SENTENCE_COLUMNS.items():
                sent[k].update(_column(store, _in_graphs(q, scope)))
            docs.update((row[0], row[1:]) for row in value_rows(store, DOCUMENTS_IN_GRAPHS.replace("#SCOPE", scope)))
            iris.extend(c for (c,) in value_rows(store, _in_graphs(CLAIM_IRIS_QUERY, scope)))
    out: dict[str, DocRows] = {}
    for c in iris:
        try:
            sentence = col["sentence"][c]
            row = [c, col["source"][c], col["target"][c], col["source_party"][c], col["target_party"][c],
                   col["relation"][c], col["negated"][c], col["confidence"][c], sent["index"][sentence]]
            d = sent["document"][sentence]
        except KeyError:
            continue
        if d not in out:
            meta = docs.get(d)
            out[d] = (None if meta is None else list(meta), [])
        out[d][1].append(row)
    for d, meta in docs.items():  # documents without claims, so that a snapshot knows them too
        out.setdefault(d, (list(meta), []))
    return out


def _in_graphs(sparql: str, scope: str) -> str:
    """``SELECT ... WHERE { P }`` as ``SELECT ... WHERE { VALUES ?g {...} GRAPH ?g { P } }``."""
    head, body = sparql.split("WHERE {", 1)
    return f"{head}WHERE {{ {scope} GRAPH ?g {{{body.rstrip().removesuffix('}')}}} }}"


def assemble_claims(rows: Mapping[str, DocRows], labels: Mapping[str, tuple[str, str]], codes: Mapping[str, str],
                    names: Mapping[str, str], stories: Mapping[str, str], state: Mapping,
                    include_retracted: bool = False) -> list[dict]:
    """The records of :func:`read_claims` from :func:`read_rows`' raw rows and the small, live
    parts (labels, party codes, relation names, stories, curation state), sorted."""
    from kg.curation import apply

    ends: dict[str, tuple[str, str]] = {}  # actor IRI -> (id, English label): a few hundred, looked up 200,000 times

    def end(iri: str) -> tuple[str, str]:
        a = _local(iri)
        ends[iri] = (a, labels.get(a, (a, ""))[0])
        return ends[iri]

    out = []
    for meta, claims in rows.values():
        if meta is None:
            continue
        doc, title, outlet, published, url, inferred = meta
        story = stories.get(doc, doc)
        period = None if published else inferred
        for c, s, t, sp, tp, rel, negated, confidence, index in claims:
            try:
                sp, tp, relation = codes[sp], codes[tp], names[rel]
            except KeyError:  # a party or relation the ontology does not (or no longer) know
                continue
            s, sl = ends.get(s) or end(s)
            t, tl = ends.get(t) or end(t)
            out.append({
                "claim": c, "doc": doc, "sentence": int(index),
                "source": s, "source_label": sl, "source_party": sp,
                "relation": relation,
                "target": t, "target_label": tl, "target_party": tp,
                "negated": negated == "true", "confidence": float(confidence),
                "title": title, "outlet": outlet, "published": published, "url": url,
                "story": story, "published_inferred": period,
            })
    out = apply(out, state, labels, include_retracted)
    out.sort(key=lambda c: (c["doc"], c["sentence"], c["relation"], c["source"], c["target"], c["claim"]))
    return out


def read_claims(store: Store, labels: Mapping[str, tuple[str, str]] | None = None,
                include_retracted: bool = False, rows: Mapping[str, DocRows] | None = None) -> list[dict]:
    """Every claim as :func:`kg.export.claims` has it, less the evidence fields
    (:data:`DETAIL_KEYS`), plus the document's ``title``, ``outlet``, ``published``
    (ISO date or None), ``url`` and, for a document without ``published``, the period its text
    gives (``published_inferred``: ``YYYY-MM`` or ``YYYY``, else None); sorted by document and sentence
    (then relation, source, target, claim IRI).  The analyst's curation is applied (kg.curation.apply):
    retracted claims are left out unless ``include_retracted``, corrected ones carry the correction and
    their ``original``.  ``rows`` (kg.snapshot) stands in for :func:`read_rows` of the whole store."""
    from kg.curation import read_current
    from kg.stories import read_stories

    labels = read_labels(store) if labels is None else labels
    stories = read_stories(store)
    codes = _column(store, PARTY_CODES_QUERY)
    names = _column(store, RELATION_NAMES_QUERY)
    rows = read_rows(store) if rows is None else rows
    return assemble_claims(rows, labels, codes, names, stories, read_current(store), include_retracted)


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
