"""Stages 5-6: claims in the store -- idempotent, replaceable, atomic, valid (issue 2)."""
import pyoxigraph as ox
import pytest

from conftest import RECORDED, SEEDS, record
from kg.export import claims
from kg.ingest import ingest
from kg.nlp import ModelsError, RecordedParser
from kg.store import open_store
from kg.text import InputError
from kg.validate import validate_store


def nquads(store) -> list[bytes]:
    return sorted(store.dump(ox.RdfFormat.N_QUADS).splitlines())


def test_every_evidence_span_points_into_the_text_as_read(seeds_store):
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    rows = claims(seeds_store)
    assert rows
    for c in rows:
        assert texts[c["doc"]][c["start"]:c["end"]] == c["evidence"]


def test_seeds_store_conforms_to_the_shapes(seeds_store):
    conforms, report = validate_store(seeds_store)
    assert conforms, report


def test_reingest_of_unchanged_documents_is_a_no_op(tmp_path):
    store = open_store(tmp_path / "s")
    first = ingest([SEEDS], store, parser=RecordedParser(RECORDED))
    before = nquads(store)
    again = ingest([SEEDS], store, parser=RecordedParser(RECORDED))
    assert (first.documents, again.documents, again.skipped) == (5, 0, 5)
    assert nquads(store) == before


def test_claim_iris_are_deterministic(tmp_path, seeds_store):
    other = open_store(tmp_path / "other")
    ingest([SEEDS], other, parser=RecordedParser(RECORDED))
    assert {c["claim"] for c in claims(other)} == {c["claim"] for c in claims(seeds_store)}


def test_changed_document_replaces_its_claims(tmp_path):
    parses, docs = tmp_path / "parses", tmp_path / "docs"
    docs.mkdir()
    v1, v2 = "دعمت مصر حفتر .", "التقى ماكرون أردوغان ."
    record(v1, parses)
    record(v2, parses)
    store = open_store(tmp_path / "s")
    (docs / "d.txt").write_text(v1, encoding="utf-8")
    ingest([docs], store, parser=RecordedParser(parses))
    assert {(c["source"], c["relation"], c["target"]) for c in claims(store)} == {("Egypt", "supports", "Haftar")}
    (docs / "d.txt").write_text(v2, encoding="utf-8")
    ingest([docs], store, parser=RecordedParser(parses))
    assert {(c["source"], c["relation"], c["target"]) for c in claims(store)} == {("Macron", "met", "Erdogan")}
    shortcut = store.select("SELECT ?s ?o WHERE { ?s kg:supports ?o }")
    assert shortcut == []


def test_bad_input_leaves_the_store_as_it_was(tmp_path):
    store = open_store(tmp_path / "s")
    ingest([SEEDS], store, parser=RecordedParser(RECORDED))
    before = nquads(store)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "fine.txt").write_text("التقى ماكرون أردوغان .", encoding="utf-8")
    (bad / "zz_empty.txt").write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="zz_empty.txt: empty document"):
        ingest([bad], store, parser=RecordedParser(RECORDED))
    assert nquads(store) == before


def test_failure_mid_ingest_writes_nothing(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("دعمت مصر حفتر .", encoding="utf-8")
    (docs / "b.txt").write_text("نص لم يحلل", encoding="utf-8")
    record("دعمت مصر حفتر .", tmp_path / "parses")
    store = open_store(tmp_path / "s")
    with pytest.raises(ModelsError):
        ingest([docs], store, parser=RecordedParser(tmp_path / "parses"))
    assert store.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }") == [{"n": 0}]


def test_each_document_has_its_own_named_graph(seeds_store):
    graphs = {r["g"] for r in seeds_store.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?d a kg:Document } }")}
    assert graphs == {f"https://w3id.org/arabic-kg/graph/doc/{p.stem}" for p in SEEDS.glob("*.txt")}


def test_shortcut_triples_exactly_for_positive_claims(seeds_store):
    positive = {(c["source"], c["relation"], c["target"]) for c in claims(seeds_store) if not c["negated"]}
    shortcuts = seeds_store.select("""SELECT ?s ?rel ?t WHERE {
        ?p ^kg:shortcut/skos:notation ?rel . GRAPH ?g { ?sa ?p ?ta } FILTER(STRSTARTS(STR(?g), STR(kga:) ))
        BIND(STRAFTER(STR(?sa), STR(kga:)) AS ?s) BIND(STRAFTER(STR(?ta), STR(kga:)) AS ?t) }""")
    docs = seeds_store.select("""SELECT ?s ?rel ?t WHERE {
        ?p ^kg:shortcut/skos:notation ?rel . GRAPH ?g { ?sa ?p ?ta } ?d kg:docId ?id .
        FILTER(STRENDS(STR(?g), ?id))
        BIND(STRAFTER(STR(?sa), STR(kga:)) AS ?s) BIND(STRAFTER(STR(?ta), STR(kga:)) AS ?t) }""")
    assert shortcuts == []
    assert {(r["s"], r["rel"], r["t"]) for r in docs} == positive


def _quad(graph: str, n: int) -> ox.Quad:
    return ox.Quad(ox.NamedNode(f"https://example.org/s{n}"), ox.NamedNode("https://example.org/p"),
                   ox.Literal(str(n)), ox.NamedNode(graph))


class _Boom(list):
    """Quads whose iteration fails half-way, like a writer that crashes mid-ingest."""

    def __iter__(self):
        yield self[0]
        raise RuntimeError("boom")


@pytest.mark.parametrize("existing", [False, True], ids=["new graphs (insert)", "replaced graphs (update)"])
def test_replace_graphs_is_all_or_nothing(tmp_path, existing):
    store = open_store(tmp_path / "s")
    g1, g2 = "https://example.org/g1", "https://example.org/g2"
    if existing:
        store.replace_graphs({g1: [_quad(g1, 1)]})
    before = nquads(store)
    with pytest.raises(RuntimeError):
        store.replace_graphs({g1: [_quad(g1, 2)], g2: _Boom([_quad(g2, 3), _quad(g2, 4)])})
    assert nquads(store) == before
    store.replace_graphs({g1: [_quad(g1, 5)], g2: [_quad(g2, 6)]})
    assert [r["o"] for r in store.select("SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?o")] == ["5", "6"]
