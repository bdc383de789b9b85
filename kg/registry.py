"""The actor registry as an analyst sees it: list, show, extend, and re-extract after a change.

The shipped registry (``ontology/actors.ttl``) covers the 2019-2020 Libya war;
an analyst's corpus names people it lacks.  Their own Turtle files
(``--registry FILE`` or ``$KG_REGISTRY``) are merged with it -- new actors,
or more aliases and roles for shipped ones -- after a syntax and SHACL check
whose errors name the file, the line and the problem.  Each document's
extraction records a hash of the registry files it used
(``kg:registryHash``), so kg can say which stored documents were extracted
with another registry, and :func:`reextract` redoes them from the parse
cache without running Stanza.
"""
from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from typing import Callable, Iterable

import pyoxigraph as ox

from kg.ontology import KG, KGA, ontology_path, registry, registry_files
from kg.store import Store

ACTOR_KINDS = ("State", "Faction", "ArmedGroup", "InternationalOrganization", "Organization", "Person")
EXTRACTIONS_QUERY = """
SELECT ?id ?models ?reg WHERE {
  ?a a kg:Extraction ; prov:used ?d ; kg:models ?models . ?d kg:docId ?id .
  OPTIONAL { ?a kg:registryHash ?reg }
}"""
DOCUMENT_QUERY = """
SELECT ?id ?text ?file ?title ?url ?outlet ?published WHERE {
  ?d a kg:Document ; kg:docId ?id ; kg:text ?text .
  OPTIONAL { ?d kg:sourceFile ?file } OPTIONAL { ?d dcterms:title ?title } OPTIONAL { ?d schema:url ?url }
  OPTIONAL { ?d kg:outlet ?outlet } OPTIONAL { ?d dcterms:issued ?published }
}"""


class RegistryError(ValueError):
    """A registry file kg cannot use; the message names the file, the line and the problem."""


def registry_hash() -> str:
    """Hash of the registry files in use (shipped + the analyst's), recorded with each extraction."""
    digest = hashlib.sha256()
    for f in registry_files():
        digest.update(f.read_bytes())
    return digest.hexdigest()


def _line_of(text: str, iri: str) -> int | None:
    """The first line of a Turtle file that defines ``iri`` (by full IRI or kga: name)."""
    local = iri[len(str(KGA)):] if iri.startswith(str(KGA)) else None
    pattern = re.compile(rf"(<{re.escape(iri)}>|\bkga:{re.escape(local)}\b)" if local else re.escape(f"<{iri}>"))
    for n, line in enumerate(text.splitlines(), 1):
        if pattern.search(line):
            return n
    return None


def check_registry(path: str | Path) -> None:
    """Parse ``path`` and validate it, merged with the shipped schema and registry,
    against ontology/shapes.ttl; raise :class:`RegistryError` naming file, line and problem."""
    import pyshacl
    import rdflib

    path = Path(path)
    if not path.is_file():
        raise RegistryError(f"{path}: no such registry file")
    try:
        text = path.read_text(encoding="utf-8")
        triples = list(ox.parse(text.encode("utf-8"), format=ox.RdfFormat.TURTLE, base_iri=str(KGA)))
    except UnicodeDecodeError as e:
        raise RegistryError(f"{path}: not valid UTF-8 (byte {e.start})") from None
    except SyntaxError as e:
        raise RegistryError(f"{path}: line {e.lineno}: {e.msg if hasattr(e, 'msg') else e}") from None
    if not triples:
        raise RegistryError(f"{path}: line 1: no triples; a registry file describes actors (see docs/registry-example.ttl)")
    data = rdflib.Graph()
    for name in ("schema", "actors"):
        data.parse(ontology_path(name), format="turtle")
    data.parse(data=text, format="turtle", publicID=str(KGA))
    kg_ns = rdflib.Namespace(str(KG))
    for prop in (kg_ns.memberOf, kg_ns.roleOf):  # ranges infer kg:Actor, so SHACL alone would let a typo through
        for subject, other in data.subject_objects(prop):
            if (other, rdflib.RDF.type, None) not in data:
                line = _line_of(text, str(other)) or _line_of(text, str(subject))
                raise RegistryError(f"{path}: line {line or '?'}: {str(other).removeprefix(str(KGA))} is not an actor "
                                    f"of the registry ({prop.n3(data.namespace_manager)} must name one)")
    shapes = rdflib.Graph().parse(ontology_path("shapes"), format="turtle")
    conforms, results, _ = pyshacl.validate(data, shacl_graph=shapes, inference="rdfs", advanced=True)
    if conforms:
        return
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    problems = []
    for r in results.subjects(rdflib.RDF.type, sh.ValidationResult):
        focus = str(results.value(r, sh.focusNode))
        msg = str(results.value(r, sh.resultMessage) or "does not conform")
        prop = results.value(r, sh.resultPath)
        line = _line_of(text, focus)
        where = f"line {line}" if line else "line ?"
        problems.append((line or 0, f"{path}: {where}: {focus.removeprefix(str(KGA))}"
                         + (f" {prop.n3(shapes.namespace_manager)}" if isinstance(prop, rdflib.URIRef) else "")
                         + f": {msg}"))
    problems.sort()
    raise RegistryError("; ".join(p for _, p in problems) or f"{path}: does not conform to ontology/shapes.ttl")


def use_registry(paths: Iterable[str | Path]) -> None:
    """Check the analyst's registry files and make every kg stage use them, merged with the
    shipped registry (sets ``$KG_REGISTRY``, so worker processes inherit it)."""
    paths = [Path(p) for p in paths]
    for p in paths:
        check_registry(p)
    os.environ["KG_REGISTRY"] = os.pathsep.join(str(p) for p in paths)
    _forget_registry()


def _forget_registry() -> None:
    """Drop every cached lookup built from the registry (they are lru_caches on module functions)."""
    import kg.actors
    import kg.ontology
    import kg.relations

    for module in (kg.ontology, kg.actors, kg.relations):
        for obj in list(vars(module).values()):
            if callable(getattr(obj, "cache_clear", None)) and getattr(obj, "__module__", "") == module.__name__:
                obj.cache_clear()


def list_actors(party: str | None = None) -> list[dict]:
    """The registry's actors (shipped and the analyst's), optionally those of one party; by party, then id."""
    reg = registry()
    rows = [{"id": a.id, "kind": a.kind, "party": a.party, "label_en": a.label_en, "label_ar": a.label_ar,
             "wikidata": a.wikidata} for a in reg.actors.values() if party is None or a.party == party]
    return sorted(rows, key=lambda r: (r["party"], r["id"]))


def show_actor(actor_id: str) -> dict:
    """Everything the registry says about one actor, in both languages."""
    reg = registry()
    a = reg.actors.get(actor_id)
    if a is None:
        raise RegistryError(f"{actor_id}: no such actor in the registry (`kg actors list`)")
    from kg.ontology import SKOS, Triples

    g = Triples(*registry_files())
    labels = {lang: sorted({str(o) for p in (SKOS.prefLabel, SKOS.altLabel) for o in g.objects(a.iri, p)
                            if getattr(o, "language", None) == lang}) for lang in ("en", "ar")}
    return {"id": a.id, "iri": a.iri, "kind": a.kind, "party": a.party, "label_en": a.label_en,
            "label_ar": a.label_ar, "labels_en": labels["en"], "labels_ar": labels["ar"],
            "demonyms": a.demonyms, "wikidata": a.wikidata,
            "roles": [{"title": " ".join(r.title), "of": r.of, "start": r.start.isoformat() if r.start else None,
                       "end": r.end.isoformat() if r.end else None} for r in a.roles]}


def outdated_documents(store: Store) -> list[str]:
    """Stored documents extracted with other registry files than the ones in use now
    (or before kg recorded which), sorted by id."""
    now = registry_hash()
    return sorted({r["id"] for r in store.select(EXTRACTIONS_QUERY) if r["reg"] != now})


def stored_documents(store: Store, doc_ids: Iterable[str]) -> list:
    """The documents as they were ingested (text and sidecar metadata), rebuilt from the store."""
    from kg.text import Document

    wanted = set(doc_ids)
    docs = []
    for r in store.select(DOCUMENT_QUERY):
        if r["id"] in wanted:
            docs.append(Document(doc_id=r["id"], text=r["text"], path=r["file"] or "", title=r["title"],
                                 url=r["url"], outlet=r["outlet"], published=r["published"]))
    return sorted(docs, key=lambda d: d.doc_id)


def cached_parser(models: str):
    """A parser that only reads kg's parse cache for ``models`` and never runs Stanza."""
    from kg.nlp import ModelsError, RecordedParser, cache_dir

    p = RecordedParser(cache_dir() / models)
    p.models_id = models

    def refuse(text: str, key: str):
        raise ModelsError(f"no cached parse {key} for models {models} in {p.cache}; "
                          "re-ingest the file with `kg ingest --force` instead")

    p.parse_uncached = refuse
    return p


def reextract(store: Store, doc_ids: Iterable[str] | None = None,
              parser_for: Callable[[str], object] = cached_parser):
    """Redo the extraction of stored documents (default: the outdated ones) with the registry
    and extractor in use now, from the parse cache: no Stanza.  One transaction; returns
    the :class:`kg.ingest.IngestSummary`."""
    from kg.documents import resolve
    from kg.ingest import IngestSummary, ingest

    ids = resolve(store, doc_ids) if doc_ids else outdated_documents(store)
    if not ids:
        return IngestSummary()
    models = {r["id"]: r["models"] for r in store.select(EXTRACTIONS_QUERY)}
    docs = stored_documents(store, ids)
    by_models: dict[str, list] = {}
    for d in docs:
        by_models.setdefault(models.get(d.doc_id, ""), []).append(d)
    total = IngestSummary()
    for m, group in sorted(by_models.items()):
        s = ingest([], store, parser=parser_for(m), force=True, docs=group)
        total.documents += s.documents
        total.sentences += s.sentences
        total.claims += s.claims
        total.negated += s.negated
        total.per_document.update(s.per_document)
    return total
