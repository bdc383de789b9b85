"""The domain data kg reads from ``ontology/``: schema, actor registry, triggers.

Actor names, aliases, roles and trigger words are Turtle in ``ontology/``
so that an analyst can extend them without touching Python; this module
turns them into the small lookup structures the extractor needs.
"""
from __future__ import annotations

import datetime as dt
import os
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
import rdflib
from rdflib.namespace import OWL, RDF, SKOS

from kg.normalize import normalize

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
if not ONTOLOGY_DIR.exists():  # installed as a wheel: the data ships inside the package
    ONTOLOGY_DIR = Path(__file__).resolve().parent / "ontology_files"

BASE = "https://w3id.org/arabic-kg/"
KG = rdflib.Namespace(BASE + "ontology#")
KGA = rdflib.Namespace(BASE + "actor/")
FILES = {"schema": "kg.ttl", "actors": "actors.ttl", "triggers": "triggers.ttl", "shapes": "shapes.ttl"}
RELATIONS = ("supports", "opposes", "called", "met")
SYMMETRIC = {"called", "met"}
RELATION_CONCEPT = {r: KG[r.capitalize()] for r in RELATIONS}


@dataclass
class Role:
    title: tuple[str, ...]  # normalised words
    of: str  # actor id
    start: dt.date | None
    end: dt.date | None

    def valid_on(self, day: dt.date | None) -> bool:
        if day is None:
            return True
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass
class Actor:
    id: str
    iri: str
    kind: str  # State, Faction, Person, ...
    label_en: str
    label_ar: str
    party: str  # party code the actor rolls up to
    aliases: list[str] = field(default_factory=list)  # normalised
    demonyms: list[str] = field(default_factory=list)  # normalised
    demonym_plurals: list[str] = field(default_factory=list)  # broken plurals (روس، اتراك), matched whole
    paired_seats: list[str] = field(default_factory=list)  # a city naming it only beside another actor (طرابلس)
    paired_demonyms: list[str] = field(default_factory=list)  # an agreement's other party («الاتفاق التركي الليبي»)
    sides_in: list[str] = field(default_factory=list)  # a civil conflict it is a side of («الطرفين الليبيين»)
    short_labels: list[str] = field(default_factory=list)  # normalised, no article: «المملكة» once the state is named
    roles: list[Role] = field(default_factory=list)
    wikidata: str | None = None
    female: bool = False  # kg:gender "female": a pronoun referring to her by name is feminine


@dataclass
class Trigger:
    id: str
    relation: str
    verb: list[str] = field(default_factory=list)
    noun: list[str] = field(default_factory=list)
    active: list[str] = field(default_factory=list)
    passive: list[str] = field(default_factory=list)
    phrases: list[tuple[str, ...]] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)
    target_markers: list[str] = field(default_factory=list)
    negates: tuple[str, ...] = ()  # the relations of a following trigger it negates («رفض تأييد», «رفض لقاء»)
    agent_nouns: list[str] = field(default_factory=list)
    client_nouns: list[str] = field(default_factory=list)  # «رجل الإمارات»: the genitive backs the referent
    target_before: bool = False
    mutual: bool = False
    agent_is_target: bool = False
    requires: list[str] = field(default_factory=list)  # noun stems, one of which must follow in the clause
    requires_not: list[str] = field(default_factory=list)  # words that, right after it, undo the requirement
    predicate_only: bool = False  # a term said of the actor right before it, in a nominal sentence
    reported_deed: bool = False  # a deed a speaker reports: the speaker stands against its doer
    complement_nouns: list[str] = field(default_factory=list)  # masdars it governs («رفض الاعتراف بـ X») …
    complement_markers: list[str] = field(default_factory=list)  # … and their prepositions to the target
    doer_nouns: list[str] = field(default_factory=list)  # masdars behind «بـ» whose doer is the target
    beside_forces: bool = False  # «القوات الروسية بجانب قوات حفتر»: only between forces and the actor after
    addressed_after: bool = False  # «إن على تركيا وقف …»: the one addressed follows; the speaker opposes it
    denies_relation: bool = False  # «تخلى عن»: the relation ended; negated unless the lexeme is
    verb_tagged: bool = False  # its verb stems match no word the tagger reads as a noun or adverb («ثمن»: also "price")
    marked_target: bool = False  # its target stands behind one of its markers («نوّه بـ»; «نوّه إلى أن» points out)
    rejects_acts: bool = False  # an act against someone it governs is rejected («ترفض فرض عقوبات على X»)
    blocks_statements: bool = False  # a statement it blocks asserts nothing («عرقلت روسيا بيانا يدين …»)
    charged: bool = False  # a support one is charged with («منحاز»): who says so opposes the supporter
    one_sided: bool = False  # taking one side («لصالح»): toward both sides of a conflict named as one, none
    addressee_markers: list[str] = field(default_factory=list)  # «شكوى لمجلس الأمن»: to whom it is lodged
    actor_object: bool = False  # its marked target is an actor, not a masdar's genitive («لا تعترف بدعم X»)
    received_only: bool = False  # support only as what an actor receives («تسلمت أسلحة من تركيا»)
    held_in_place: bool = False  # talks that are a meeting only where the clause says where («في برلين»)
    rule_only: bool = False  # only its own construction reads it: no co-occurrence candidates («جمعه بـ»)
    actor_right_after: bool = False  # only with an actor right after it, its object («تسلح حفتر»)
    object_required: bool = False  # its required noun is what it governs, no other noun's genitive («حظر الأسلحة»)
    second_object: bool = False  # its required noun is a second object, the actor before it the first («تحميل X …»)
    shields_from: list[str] = field(default_factory=list)  # «حماية X من Y»: behind these, what it shields against


def ontology_path(name: str) -> Path:
    return ONTOLOGY_DIR / FILES[name]


class Lit(str):
    """A literal's lexical form, carrying its language tag."""
    language: str | None = None


def _term(t) -> str:
    if isinstance(t, ox.Literal):
        lit = Lit(t.value)
        lit.language = t.language
        return lit
    return f"_:{t.value}" if isinstance(t, ox.BlankNode) else t.value


class Triples:
    """The few lookups the registry and triggers need (``objects``, ``value``,
    ``subjects``), over triples parsed by Oxigraph: rdflib's Turtle parser
    was most of kg's start-up time.  IRIs are plain strings, literals :class:`Lit`."""

    def __init__(self, path: Path, *more: Path):
        self.by_sp: dict[tuple[str, str], list[str]] = defaultdict(list)
        self.by_p: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for f in (path, *more):
            for t in ox.parse(path=str(f), format=ox.RdfFormat.TURTLE):
                s, p, o = _term(t.subject), t.predicate.value, _term(t.object)
                if isinstance(t.subject, ox.BlankNode) and more:  # one file's _:b0 is not another's
                    s = f"{s}@{f}"
                if isinstance(t.object, ox.BlankNode) and more:
                    o = f"{o}@{f}"
                self.by_sp[(s, p)].append(o)
                self.by_p[p].append((s, o))

    def objects(self, s: str, p: str) -> list[str]:
        return list(self.by_sp.get((str(s), str(p)), ()))

    def value(self, s: str, p: str) -> str | None:
        found = self.by_sp.get((str(s), str(p)))
        return found[0] if found else None

    def subjects(self, p: str, o: str | None = None) -> list[str]:
        return [s for s, x in self.by_p.get(str(p), ()) if o is None or x == str(o)]


@lru_cache(maxsize=None)
def load_graph(name: str) -> Triples:
    return Triples(ontology_path(name))


def _date(v) -> dt.date | None:
    return dt.date.fromisoformat(str(v)[:10]) if v is not None else None


def _strs(g: Triples, s, p, lang: str | None = None) -> list[str]:
    return sorted(str(o) for o in g.objects(s, p) if lang is None or getattr(o, "language", None) == lang)


class Registry:
    """Actors by id, and the party each one rolls up to."""

    def __init__(self, g: Triples):
        self.actors: dict[str, Actor] = {}
        parents: dict[str, str] = {}
        for s in sorted(set(g.subjects(RDF.type, None))):  # sorted: the same registry order every run
            if not str(s).startswith(str(KGA)):
                continue
            aid = str(s)[len(str(KGA)):]
            kinds = [str(o).split("#")[-1] for o in g.objects(s, RDF.type)]
            en = _strs(g, s, SKOS.prefLabel, "en")
            ar = _strs(g, s, SKOS.prefLabel, "ar")
            aliases = {normalize(x) for x in _strs(g, s, SKOS.prefLabel, "ar") + _strs(g, s, SKOS.altLabel, "ar")}
            roles = []
            for r in g.objects(s, KG.holdsRole):
                of = g.value(r, KG.roleOf)
                for title in g.objects(r, KG.roleTitle):
                    roles.append(Role(tuple(normalize(str(title)).split()),
                                      str(of)[len(str(KGA)):] if of else "",
                                      _date(g.value(r, KG.startDate)), _date(g.value(r, KG.endDate))))
            same = [str(o) for o in g.objects(s, OWL.sameAs) if "wikidata" in str(o)]
            code = g.value(s, KG.partyCode)
            member = g.value(s, KG.memberOf)
            if member is not None:
                parents[aid] = str(member)[len(str(KGA)):]
            self.actors[aid] = Actor(
                id=aid, iri=str(s), kind=kinds[0] if kinds else "Actor",
                label_en=en[0] if en else aid, label_ar=ar[0] if ar else "",
                party=str(code) if code is not None else "",
                aliases=sorted(a for a in aliases if a),
                demonyms=sorted({normalize(x) for x in _strs(g, s, KG.demonym)}),
                demonym_plurals=sorted({normalize(x) for x in _strs(g, s, KG.demonymPlural)}),
                paired_seats=sorted({normalize(x) for x in _strs(g, s, KG.pairedSeat)}),
                paired_demonyms=sorted({normalize(x) for x in _strs(g, s, KG.pairedDemonym)}),
                sides_in=sorted({normalize(x) for x in _strs(g, s, KG.sideIn)}),
                short_labels=sorted({normalize(x).removeprefix("ال") for x in _strs(g, s, KG.shortLabel)}),
                roles=roles, wikidata=same[0] if same else None,
                female=str(g.value(s, KG.gender) or "") == "female")
        for a in self.actors.values():
            if not a.party:
                p, seen = a.id, set()
                while p in parents and p not in seen:
                    seen.add(p)
                    p = parents[p]
                a.party = self.actors[p].party if p in self.actors and self.actors[p].party else p

    def party_of(self, actor_id: str) -> str:
        a = self.actors.get(actor_id)
        return a.party if a else actor_id

    def role_holder(self, title: tuple[str, ...], of: str, day: dt.date | None) -> str | None:
        """The person who held ``title`` for party ``of`` on ``day`` (if exactly one)."""
        hits = {a.id for a in self.actors.values() for r in a.roles
                if r.title == title and r.of == of and r.valid_on(day)}
        return hits.pop() if len(hits) == 1 else None

    def role_titles(self) -> set[tuple[str, ...]]:
        return {r.title for a in self.actors.values() for r in a.roles}


def _load_triggers(g: Triples) -> list[Trigger]:
    out = []
    for s in sorted(set(g.subjects(RDF.type, KG.Trigger))):
        rel = g.value(s, KG.relationType)
        neg = tuple(sorted(str(o).split("#")[-1].lower() for o in g.objects(s, KG.negates)))

        def n(p):
            return [normalize(x) for x in _strs(g, s, p)]

        out.append(Trigger(
            id=str(s).rsplit("/", 1)[-1], relation=str(rel).split("#")[-1].lower(),
            verb=n(KG.verbStem), noun=n(KG.nounStem), active=n(KG.activeStem), passive=n(KG.passiveStem),
            phrases=[tuple(p.split()) for p in n(KG.phrase)], lemmas=n(KG.lemma),
            target_markers=n(KG.targetMarker), negates=neg,
            agent_nouns=n(KG.agentNoun), client_nouns=n(KG.clientNoun), target_before=g.value(s, KG.targetBefore) == "true",
            mutual=g.value(s, KG.mutual) == "true", agent_is_target=g.value(s, KG.agentIsTarget) == "true",
            requires=n(KG.requires), requires_not=n(KG.requiresNot),
            predicate_only=g.value(s, KG.predicateOnly) == "true", reported_deed=g.value(s, KG.reportedDeed) == "true",
            complement_nouns=n(KG.complementNoun), complement_markers=n(KG.complementMarker),
            doer_nouns=n(KG.doerNoun),
            verb_tagged=g.value(s, KG.verbTagged) == "true", denies_relation=g.value(s, KG.deniesRelation) == "true",
            addressed_after=g.value(s, KG.addressedAfter) == "true", marked_target=g.value(s, KG.markedTarget) == "true",
            beside_forces=g.value(s, KG.besideForces) == "true", rejects_acts=g.value(s, KG.rejectsActs) == "true",
            blocks_statements=g.value(s, KG.blocksStatements) == "true",
            charged=g.value(s, KG.chargedSupport) == "true", addressee_markers=n(KG.addresseeMarker),
            one_sided=g.value(s, KG.oneSided) == "true",
            actor_object=g.value(s, KG.actorObject) == "true", received_only=g.value(s, KG.receivedOnly) == "true",
            held_in_place=g.value(s, KG.heldInPlace) == "true", rule_only=g.value(s, KG.ruleOnly) == "true",
            actor_right_after=g.value(s, KG.actorRightAfter) == "true",
            object_required=g.value(s, KG.requiresObject) == "true", shields_from=n(KG.shieldsFrom),
            second_object=g.value(s, KG.secondObject) == "true"))
    return out


def user_registries() -> list[Path]:
    """The analyst's own registry files, merged with the shipped one: ``$KG_REGISTRY``
    (paths separated by ``os.pathsep``; ``kg --registry FILE`` sets it).  Checked by
    :func:`kg.registry.check_registry` before use."""
    return [Path(p) for p in os.environ.get("KG_REGISTRY", "").split(os.pathsep) if p.strip()]


def registry_files() -> list[Path]:
    return [ontology_path("actors"), *user_registries()]


@lru_cache(maxsize=None)
def registry() -> Registry:
    files = registry_files()
    return Registry(load_graph("actors") if len(files) == 1 else Triples(*files))


@lru_cache(maxsize=None)
def triggers() -> tuple[Trigger, ...]:
    return tuple(_load_triggers(load_graph("triggers")))
