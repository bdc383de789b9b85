"""Serialisations of a store: claims as JSON Lines, RDF formats, graph files.

claims-jsonl is what the scorer and analysts' scripts read: one claim per
line with party codes and the evidence offsets (``text[start:end] ==
evidence``).  graphml / gexf aggregate claims into an actor network for
Gephi and friends.
"""
from __future__ import annotations

import io
import json

import networkx as nx
import pyoxigraph as ox

from kg.store import Store

RDF_FORMATS = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS,
               "turtle": ox.RdfFormat.TURTLE, "jsonld": ox.RdfFormat.JSON_LD}
FORMATS = ("claims-jsonl", *RDF_FORMATS, "graphml", "gexf")

CLAIMS_QUERY = """
SELECT ?claim ?doc ?sentence ?source ?source_label ?source_party ?relation ?target ?target_label
       ?target_party ?negated ?confidence ?start ?end ?evidence ?rule ?speaker WHERE {
  ?c a kg:Claim ; kg:source ?s ; kg:target ?t ; kg:sourceParty ?sp ; kg:targetParty ?tp ;
     kg:relation ?rel ; kg:negated ?negated ; kg:confidence ?confidence ;
     prov:wasDerivedFrom ?sent ; kg:evidence ?ev .
  ?sent kg:inDocument ?d ; kg:sentenceIndex ?sentence .
  ?d kg:docId ?doc .
  ?ev oa:hasSelector ?pos, ?q .
  ?pos oa:start ?start ; oa:end ?end .
  ?q oa:exact ?evidence .
  ?rel skos:notation ?relation .
  OPTIONAL { ?s skos:prefLabel ?source_label FILTER(lang(?source_label) = "en") }
  OPTIONAL { ?t skos:prefLabel ?target_label FILTER(lang(?target_label) = "en") }
  ?sp kg:partyCode ?source_party . ?tp kg:partyCode ?target_party .
  OPTIONAL { ?c kg:rule ?rule }
  OPTIONAL { ?c kg:speaker ?sk . BIND(STRAFTER(STR(?sk), STR(kga:)) AS ?speaker) }
  BIND(STR(?c) AS ?claim)
  BIND(STRAFTER(STR(?s), STR(kga:)) AS ?source)
  BIND(STRAFTER(STR(?t), STR(kga:)) AS ?target)
}
ORDER BY ?doc ?start ?relation ?source ?target
"""


def claims(store: Store) -> list[dict]:
    """Every claim in the store as a flat record."""
    rows = store.select(CLAIMS_QUERY)
    for r in rows:
        r["source_label"] = r["source_label"] or r["source"]
        r["target_label"] = r["target_label"] or r["target"]
    return rows


def claims_jsonl(store: Store) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in claims(store))


def network(store: Store, level: str = "party", include_negated: bool = False) -> nx.MultiDiGraph:
    """Actors (or parties) as nodes, one edge per relation type with claim and document counts."""
    g = nx.MultiDiGraph()
    agg: dict[tuple, dict] = {}
    for c in claims(store):
        if c["negated"] and not include_negated:
            continue
        s, t = (c["source_party"], c["target_party"]) if level == "party" else (c["source"], c["target"])
        for node, label in ((s, c["source_label"] if level != "party" else s),
                            (t, c["target_label"] if level != "party" else t)):
            g.add_node(node, label=label)
        e = agg.setdefault((s, t, c["relation"], c["negated"]), {"claims": 0, "docs": set()})
        e["claims"] += 1
        e["docs"].add(c["doc"])
    for (s, t, rel, neg), e in sorted(agg.items()):
        g.add_edge(s, t, key=f"{rel}{'-negated' if neg else ''}", relation=rel, negated=neg,
                   claims=e["claims"], documents=len(e["docs"]), weight=len(e["docs"]))
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
