"""``kg stats``: what a store holds, in counts an analyst can sanity-check
(``kg documents`` and ``kg actors list`` give the detail)."""
from __future__ import annotations

from kg.store import Store

STATS_QUERY = """
SELECT
  (COUNT(DISTINCT ?d) AS ?documents)
  (COUNT(DISTINCT ?sent) AS ?sentences)
WHERE { ?d a kg:Document . OPTIONAL { ?sent kg:inDocument ?d } }
"""
CLAIMS_QUERY = """
SELECT ?relation ?negated (COUNT(?c) AS ?n) WHERE {
  ?c a kg:Claim ; kg:relation ?r ; kg:negated ?negated . ?r skos:notation ?relation
} GROUP BY ?relation ?negated ORDER BY ?relation ?negated
"""


def stats(store: Store) -> dict:
    s = dict(store.select(STATS_QUERY)[0])
    total = 0
    for r in store.select(CLAIMS_QUERY):
        key = f"claims {r['relation']}" + (" (negated)" if r["negated"] else "")
        s[key] = r["n"]
        total += r["n"]
    s["claims"] = total
    s["actors in registry"] = store.select("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH <https://w3id.org/arabic-kg/graph/actors> { ?a skos:prefLabel ?l } }")[0]["n"]
    s["actors with claims"] = store.select("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?c a kg:Claim . { ?c kg:source ?a } UNION { ?c kg:target ?a } }")[0]["n"]
    from kg.curation import CURATION_GRAPH
    from kg.stories import STORIES_GRAPH

    s["stories (copies counted once)"] = store.select(
        f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ GRAPH <{STORIES_GRAPH}> {{ ?d kg:story ?s }} }}")[0]["n"]
    for r in store.select(f"""SELECT ?status (COUNT(?c) AS ?n) WHERE {{ GRAPH <{CURATION_GRAPH}> {{
            ?c kg:curationStatus ?st }} ?st skos:prefLabel ?status }} GROUP BY ?status ORDER BY ?status"""):
        s[f"claims {r['status']} by an analyst"] = r["n"]
    s["triples"] = store.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")[0]["n"]
    return s
