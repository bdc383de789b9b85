"""kg.export.claims reads claims column by column (one scan per property); it
must give exactly the records of the one-join SPARQL query kept here as the
reference, on the seeds and on a synthetic store with every field in use."""
import sys
from pathlib import Path

import pytest

from kg.export import CLAIM_FIELDS, claims
from kg.store import open_store

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import synth  # noqa: E402

REFERENCE_QUERY = """
SELECT ?claim ?doc ?sentence ?source ?source_label ?source_party ?relation ?target ?target_label
       ?target_party ?negated ?confidence ?start ?end ?evidence ?rule ?speaker ?story ?curation WHERE {
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
  OPTIONAL { ?d kg:story ?st }
  OPTIONAL { ?c kg:curationStatus ?cs . ?cs skos:prefLabel ?curation }
  BIND(STR(?c) AS ?claim)
  BIND(COALESCE(STRAFTER(STR(?st), "https://w3id.org/arabic-kg/story/"), ?doc) AS ?story)
  BIND(STRAFTER(STR(?s), STR(kga:)) AS ?source)
  BIND(STRAFTER(STR(?t), STR(kga:)) AS ?target)
}
"""


def reference(store) -> list[dict]:
    rows = store.select(REFERENCE_QUERY)
    for r in rows:
        r["source_label"] = r["source_label"] or r["source"]
        r["target_label"] = r["target_label"] or r["target"]
    return rows


def key(c: dict) -> tuple:
    return c["doc"], c["start"], c["relation"], c["source"], c["target"], c["claim"]


@pytest.fixture(scope="module")
def synthetic_store(tmp_path_factory):
    store = open_store(tmp_path_factory.mktemp("synth") / "store")
    synth.build(store, 20_000)
    yield store
    store.close()


@pytest.mark.parametrize("which", ["seeds", "synthetic"])
def test_claims_equal_the_one_join_reference(which, seeds_store, synthetic_store):
    store = seeds_store if which == "seeds" else synthetic_store
    got, want = claims(store), reference(store)
    assert want and len(got) == len(want)
    assert all(list(c) == list(CLAIM_FIELDS) for c in got)
    assert sorted(got, key=key) == sorted(want, key=key)
    assert [key(c)[:5] for c in got] == sorted(key(c)[:5] for c in got)  # document order, then offsets
    if which == "synthetic":  # every optional field occurs
        assert any(c["speaker"] for c in got) and any(c["negated"] for c in got)
