"""Curation: an analyst retracts, corrects or confirms extracted claims.

Extraction makes mistakes an analyst can see at a glance; the Discourse
Network Analyzer's users curate every statement by hand.  A judgement must
outlive the data it judges: re-ingesting a changed document, or re-extracting
with a better model, rewrites the document's graph.  So curation lives in its
own named graph (:data:`CURATION_GRAPH`), keyed by the claim IRI -- which is
deterministic (document, sentence, source, relation, target, polarity) -- and
applies to whichever extraction currently has that claim.

Each judgement is a ``kg:Curation`` (a ``prov:Activity``): which claim
(``prov:used``), who (``prov:wasAssociatedWith`` an agent with a label), when
(``prov:endedAtTime``) and why (``kg:reason``).  A correction also makes a
``kg:Correction`` entity that ``prov:wasRevisionOf`` the extracted claim
(which stays) and carries every field of the claim as corrected.  The latest
judgement of a claim is its current state, written out as
``<claim> kg:curationStatus kg:Retracted|kg:Corrected|kg:Confirmed`` (and
``kg:currentRevision``) so that SPARQL queries can honour it with one
pattern.  The history is kept.
"""
from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Mapping
from urllib.parse import quote

import pyoxigraph as ox

from kg.claims import PROV, XSD
from kg.ontology import BASE, KG, KGA, RELATION_CONCEPT, RELATIONS, registry
from kg.store import PREFIXES, Store

CURATION_GRAPH = f"{BASE}graph/curation"
ACTIONS = ("retract", "correct", "confirm")
STATUS = {"retract": "retracted", "correct": "corrected", "confirm": "confirmed"}
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
FIELDS = ("source", "relation", "target", "negated")  # what a correction may change

ACTIONS_QUERY = f"""
SELECT ?a ?claim ?action ?who ?when ?reason ?k ?src ?rel ?tgt ?neg WHERE {{ GRAPH <{CURATION_GRAPH}> {{
  ?a a kg:Curation ; prov:used ?claim ; kg:action ?action ; prov:endedAtTime ?when ;
     prov:wasAssociatedWith ?agent .
  ?agent rdfs:label ?who .
  OPTIONAL {{ ?a kg:reason ?reason }}
  OPTIONAL {{ ?k prov:wasGeneratedBy ?a ; kg:correctedSource ?src ; kg:correctedRelation ?rel ;
                 kg:correctedTarget ?tgt ; kg:correctedNegated ?neg }}
}} }}"""
CLAIM_QUERY = """
SELECT ?c ?s ?rel ?t ?neg WHERE { ?c a kg:Claim ; kg:source ?s ; kg:relation ?r ; kg:target ?t ; kg:negated ?neg .
  ?r skos:notation ?rel }"""


class CurationError(ValueError):
    """A judgement kg cannot record (unknown claim, actor or relation; no reason; a bad file)."""


@dataclass
class Judgement:
    claim: str
    action: str  # retract | correct | confirm
    by: str
    when: str  # ISO 8601 date-time, UTC
    reason: str | None = None
    correction: dict | None = field(default=None)  # source, relation, target, negated (corrections only)
    iri: str = ""  # the activity's IRI; made from the rest when new, kept as read when imported
    revision: str = ""  # the kg:Correction entity in force (corrections, and confirmations of them)

    def __post_init__(self) -> None:
        if not self.iri:
            key = "\x1f".join([self.claim, self.action, self.by, self.when])
            self.iri = f"{BASE}curation/{hashlib.sha256(key.encode('utf-8')).hexdigest()[:24]}"
        if self.action == "correct" and not self.revision:
            self.revision = self.iri + "#correction"

    @property
    def order(self) -> tuple:
        return dt.datetime.fromisoformat(self.when.replace("Z", "+00:00")), self.iri

    @property
    def status(self) -> str:
        return STATUS[self.action]


def default_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return os.environ.get("USER", "analyst")


def _local(iri: str) -> str:
    return iri[len(str(KGA)):] if iri.startswith(str(KGA)) else iri


def read_judgements(store: Store) -> list[Judgement]:
    """Every judgement in the store, oldest first."""
    concept = {str(v): k for k, v in RELATION_CONCEPT.items()}
    out = []
    for r in store.select(ACTIONS_QUERY):
        corr = None
        if r["k"] is not None:
            corr = {"source": _local(r["src"]), "relation": concept.get(r["rel"], r["rel"]),
                    "target": _local(r["tgt"]), "negated": bool(r["neg"])}
        out.append(Judgement(r["claim"], r["action"], r["who"], r["when"], r["reason"], corr, r["a"], r["k"] or ""))
    return sorted(out, key=lambda j: j.order)


def current(judgements: Iterable[Judgement]) -> dict[str, Judgement]:
    """The latest judgement per claim IRI: a claim's state now.  Confirming a corrected
    claim confirms the correction, so a confirmation keeps the correction before it
    (and its ``revision``); a retraction drops it."""
    state: dict[str, Judgement] = {}
    for j in sorted(judgements, key=lambda j: j.order):
        before = state.get(j.claim)
        if j.action == "confirm" and before is not None and before.correction:
            j = replace(j, correction=before.correction, revision=before.revision)
        state[j.claim] = j
    return state


def read_current(store: Store) -> dict[str, Judgement]:
    return current(read_judgements(store))


def _lit(value: str, datatype: str | None = None) -> ox.Literal:
    return ox.Literal(value, datatype=ox.NamedNode(XSD + datatype)) if datatype else ox.Literal(value)


def curation_quads(judgements: Iterable[Judgement]) -> list[ox.Quad]:
    """The whole curation graph for these judgements: history plus current state."""
    g = ox.NamedNode(CURATION_GRAPH)
    q: list[ox.Quad] = []

    def add(s, p: str, o) -> None:
        q.append(ox.Quad(s, ox.NamedNode(p), o, g))

    judgements = sorted({j.iri: j for j in judgements}.values(), key=lambda j: j.order)
    agents = set()
    for j in judgements:
        a, claim = ox.NamedNode(j.iri), ox.NamedNode(j.claim)
        agent = ox.NamedNode(f"{BASE}agent/{quote(j.by, safe='')}")
        add(a, RDF_TYPE, ox.NamedNode(KG.Curation))
        add(a, str(KG.action), _lit(j.action))
        add(a, PROV + "used", claim)
        add(a, PROV + "wasAssociatedWith", agent)
        add(a, PROV + "endedAtTime", _lit(j.when, "dateTime"))
        if j.reason:
            add(a, str(KG.reason), _lit(j.reason))
        if j.by not in agents:
            agents.add(j.by)
            add(agent, RDF_TYPE, ox.NamedNode(PROV + "Agent"))
            add(agent, RDFS_LABEL, _lit(j.by))
        if j.action == "correct" and j.correction:
            k = ox.NamedNode(j.revision)
            c = j.correction
            reg = registry()
            add(k, RDF_TYPE, ox.NamedNode(KG.Correction))
            add(k, PROV + "wasRevisionOf", claim)
            add(k, PROV + "wasGeneratedBy", a)
            add(k, str(KG.correctedSource), ox.NamedNode(KGA[c["source"]]))
            add(k, str(KG.correctedTarget), ox.NamedNode(KGA[c["target"]]))
            add(k, str(KG.correctedSourceParty), ox.NamedNode(KGA[reg.party_of(c["source"])]))
            add(k, str(KG.correctedTargetParty), ox.NamedNode(KGA[reg.party_of(c["target"])]))
            add(k, str(KG.correctedRelation), ox.NamedNode(RELATION_CONCEPT[c["relation"]]))
            add(k, str(KG.correctedNegated), _lit(str(bool(c["negated"])).lower(), "boolean"))
    for claim, j in sorted(current(judgements).items()):
        add(ox.NamedNode(claim), str(KG.curationStatus), ox.NamedNode(KG[j.status.capitalize()]))
        if j.correction:
            add(ox.NamedNode(claim), str(KG.currentRevision), ox.NamedNode(j.revision))
    return q


def write(store: Store, judgements: Iterable[Judgement]) -> None:
    """Replace the curation graph (it is small: one analyst's judgements) in one transaction."""
    store.replace_graphs({CURATION_GRAPH: curation_quads(judgements)})


def _extracted(store: Store, claim: str) -> dict:
    rows = store.select(CLAIM_QUERY, {ox.Variable("c"): ox.NamedNode(claim)})
    if not rows:
        raise CurationError(f"{claim}: no such claim in the store {store.spec}")
    r = rows[0]
    return {"source": _local(r["s"]), "relation": r["rel"], "target": _local(r["t"]), "negated": bool(r["neg"])}


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="microseconds").replace("+00:00", "Z")


def record(store: Store, claim: str, action: str, reason: str | None = None, by: str | None = None,
           changes: Mapping | None = None, when: str | None = None) -> Judgement:
    """Check and record one judgement; returns it.  ``changes`` (corrections) maps
    source / target (actor ids), relation and negated to their corrected values,
    applied on top of the claim's current values (so corrections can be stacked)."""
    if action not in ACTIONS:
        raise CurationError(f"unknown curation action {action!r}; choose one of {', '.join(ACTIONS)}")
    if action in ("retract", "correct") and not (reason or "").strip():
        raise CurationError(f"{claim}: a {action}ion needs a reason (--reason)")
    base = _extracted(store, claim)
    previous = read_judgements(store)
    corr = None
    if action == "correct":
        changes = {k: v for k, v in (changes or {}).items() if v is not None}
        unknown = set(changes) - set(FIELDS)
        if unknown or not changes:
            raise CurationError(f"{claim}: a correction changes one of {', '.join(FIELDS)}"
                                + (f", not {sorted(unknown)}" if unknown else ""))
        reg = registry()
        for side in ("source", "target"):
            if side in changes and changes[side] not in reg.actors:
                raise CurationError(f"{changes[side]}: no such actor in the registry (`kg actors list`)")
        if "relation" in changes and changes["relation"] not in RELATIONS:
            raise CurationError(f"{changes['relation']}: not a relation; choose one of {', '.join(RELATIONS)}")
        now = current(previous).get(claim)
        corr = {**(now.correction if now and now.correction else base), **changes}
        corr["negated"] = bool(corr["negated"])
    j = Judgement(claim, action, by or default_user(), when or _now(), (reason or "").strip() or None, corr)
    write(store, [*previous, j])
    return j


def apply(claims: Iterable[Mapping], state: Mapping[str, Judgement],
          labels: Mapping[str, tuple[str, str]] | None = None, include_retracted: bool = False) -> list[dict]:
    """Claim records as curated: retracted ones left out (or, with ``include_retracted``,
    kept and marked), corrected ones with the corrected fields and the extracted ones under
    ``original``, every record with ``curation`` (None, retracted, corrected, confirmed)."""
    reg = registry()
    labels = labels or {}
    out = []
    for c in claims:
        c = dict(c)
        j = state.get(c["claim"])
        c["curation"] = j.status if j else None
        if j and j.action == "retract" and not include_retracted:
            continue
        if j and j.correction:
            c["original"] = {k: c[k] for k in ("source", "source_label", "source_party", "relation", "target",
                                               "target_label", "target_party", "negated")}
            k = j.correction
            for side in ("source", "target"):
                c[side] = k[side]
                c[f"{side}_party"] = reg.party_of(k[side])
                c[f"{side}_label"] = labels.get(k[side], (reg.actors[k[side]].label_en if k[side] in reg.actors
                                                          else k[side], ""))[0]
            c["relation"], c["negated"] = k["relation"], k["negated"]
        out.append(c)
    return out


class _FileView(Store):
    """A curation file loaded in memory, read with the store's queries before it is merged."""

    def __init__(self, db: ox.Store, spec: str):
        self.db, self.spec = db, spec

    def query(self, sparql: str, substitutions: dict | None = None):
        return self.db.query(sparql, use_default_graph_as_union=True, substitutions=substitutions)

    def replace_graphs(self, graphs: dict[str, list[ox.Quad]]) -> None:
        raise NotImplementedError("read-only")

    def dump(self, fmt: ox.RdfFormat) -> bytes:
        raise NotImplementedError("read-only")


def export_curation(store: Store) -> bytes:
    """The curation graph as Turtle, for another store's ``kg curation import``."""
    triples = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{CURATION_GRAPH}> {{ ?s ?p ?o }} }}")
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)


def import_curation(store: Store, path: str | Path) -> int:
    """Merge the judgements of a ``kg curation export`` file into the store; returns how
    many were new.  The file is checked whole before anything is written."""
    path = Path(path)
    if not path.is_file():
        raise CurationError(f"{path}: no such file")
    tmp = ox.Store()
    try:
        tmp.load(path=str(path), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(CURATION_GRAPH))
    except (SyntaxError, ValueError, OSError) as e:
        raise CurationError(f"{path}: not a curation file ({e})") from None
    incoming = read_judgements(_FileView(tmp, str(path)))
    n_curations = len(list(tmp.quads_for_pattern(None, ox.NamedNode(RDF_TYPE), ox.NamedNode(KG.Curation))))
    if n_curations != len(incoming):
        raise CurationError(f"{path}: {n_curations - len(incoming)} of {n_curations} curations lack a claim, "
                            "action, agent or time")
    reg = registry()
    for j in incoming:
        if j.action not in ACTIONS:
            raise CurationError(f"{path}: {j.iri}: unknown action {j.action!r}")
        for side in ("source", "target"):
            if j.correction and j.correction[side] not in reg.actors:
                raise CurationError(f"{path}: {j.iri}: {j.correction[side]} is not in the registry")
    have = read_judgements(store)
    known = {j.iri for j in have}
    new = [j for j in incoming if j.iri not in known]
    if new:
        write(store, [*have, *new])
    return len(new)
