"""What every view shares: the store read once per (re)load, the core parties, and labels.

The store is opened read-only and only for as long as a read takes, so an
ingest can run beside the explorer.  The ``cached_*`` wrappers share the reads
between sessions and expire, so a finished ingest shows up without a restart.
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import re
from dataclasses import dataclass, field
from typing import Iterable, Mapping

import pyoxigraph as ox
import streamlit as st

from kg import camps
from kg.curation import Judgement, read_current, record
from kg.export import evidence_record, read_claims, read_details, read_labels, value_rows
from kg.stories import corroboration
from kg.store import DEFAULT_STORE, open_store

CORE_PARTIES = ("US", "Russia", "Egypt", "France", "GNA", "LNA")
RELATION_AR = {"supports": "يدعم", "opposes": "يعارض", "called": "اتصل بـ", "met": "التقى"}
NO_OUTLET = "(unknown outlet)"
UNDATED = "undated"
INFERRED = "(inferred)"  # after a date read from the text, which is not a publication date

# ----------------------------------------------------------------------------- store reads
# The column-wise claim reader lives in kg.export (kg export uses it too); the app reads
# claims without their evidence for the first render and the evidence when a view needs it.
# One claim's evidence and sentence; ?c is bound through substitutions (and
# projected, because pyoxigraph only substitutes projected variables).
CLAIM_TEXT_QUERY = """
SELECT ?c ?start ?end ?evidence ?rule ?sk ?sstart ?send ?stext WHERE {
  ?c kg:evidence ?ev ; prov:wasDerivedFrom ?sent .
  ?ev oa:hasSelector ?pos . ?pos oa:start ?start ; oa:end ?end . ?ev oa:hasSelector ?q . ?q oa:exact ?evidence .
  ?sent kg:start ?sstart ; kg:end ?send ; kg:text ?stext .
  OPTIONAL { ?c kg:rule ?rule } OPTIONAL { ?c kg:speaker ?sk }
}
"""


@dataclass
class StoreData:
    """What the views share, read once per (re)load: claims without their evidence spans."""

    path: str
    claims: list[dict]  # curated (kg.curation.apply), retracted ones included and marked
    labels: dict[str, tuple[str, str]]  # actor / party id -> (English, Arabic)
    loaded_at: str = field(default_factory=lambda: dt.datetime.now().strftime("%H:%M:%S"))
    judgements: dict[str, Judgement] = field(default_factory=dict)  # claim IRI -> its current curation
    copies: dict[str, list[str]] = field(default_factory=dict)  # story -> its documents
    # what is derived from all claims, computed once per store read: the object is shared and never changed
    memo: dict = field(default_factory=dict, repr=False, compare=False)

    def once(self, key: tuple, make):
        if key not in self.memo:
            self.memo[key] = make()
        return self.memo[key]

    @property
    def documents(self) -> int:
        return self.once(("documents",), lambda: len({c["doc"] for c in self.claims}))

    def corroboration(self) -> dict:
        """Per (source, relation, target): independent stories and outlets, contested (kg.stories);
        retracted claims count for nothing.  Computed once per store read (every provenance rerun asks)."""
        return self.once(("corroboration",), lambda: corroboration(
            c for c in self.claims if c.get("curation") != "retracted"))

    def core(self, level: str) -> list[str]:
        """:func:`present_core` of all claims, once per store read and level."""
        return self.once(("core", level), lambda: present_core(self.claims, level))


def store_path_from(argv: list[str], environ: Mapping[str, str]) -> str:
    """``--store DIR`` after ``--`` on the streamlit command line, else $KG_STORE, else ``kgstore``."""
    ap = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    ap.add_argument("--store")
    args, _ = ap.parse_known_args(argv)
    return args.store or environ.get("KG_STORE") or DEFAULT_STORE


def load_data(path: str) -> StoreData:
    """Open the store read-only, read claims and labels, close it again (an ingest may be waiting).
    The claims come from the store's claims snapshot (kg.snapshot) where it is still right; the
    snapshot is brought up to date, if it needed to be, after the store is closed."""
    from kg import snapshot

    store = open_store(path, read_only=True)
    fresh = None
    try:
        where = snapshot.snapshot_path(store)
        rows, fresh = snapshot.current_rows(store, snapshot.load_snapshot(where)) if where else (None, None)
        labels = read_labels(store)
        claims = read_claims(store, labels, include_retracted=True, rows=rows)
        judgements = read_current(store)
    finally:
        store.close()
    if fresh is not None and where is not None:
        snapshot.save_snapshot(where, fresh)
    copies: dict[str, set] = {}
    for c in claims:
        copies.setdefault(c["story"], set()).add(c["doc"])
    return StoreData(path=path, claims=claims, labels=labels, judgements=judgements,
                     copies={k: sorted(v) for k, v in copies.items()})


def curate(path: str, claim_iri: str, action: str, reason: str | None, by: str | None,
           changes: Mapping | None = None) -> Judgement:
    """The one write the explorer makes: a judgement into the store's curation graph
    (kg.curation), the store opened for writing only for as long as that takes."""
    store = open_store(path)
    try:
        return record(store, claim_iri, action, reason=reason, by=by, changes=changes)
    finally:
        store.close()


def load_details(path: str) -> dict[str, dict]:
    """The evidence of every claim, for the views that list claims in bulk; read-only, closed after."""
    store = open_store(path, read_only=True)
    try:
        return read_details(store)
    finally:
        store.close()


def claim_texts(path: str, claim_iris: Iterable[str]) -> dict[str, dict]:
    """Evidence and sentence (text, document offsets) of a few claims, each IRI bound as a value."""
    out = {}
    store = open_store(path, read_only=True)
    try:
        for iri in claim_iris:
            rows = value_rows(store, CLAIM_TEXT_QUERY, {ox.Variable("c"): ox.NamedNode(iri)})
            if rows:
                _, start, end, evidence, rule, sk, sstart, send, stext = rows[0]
                out[iri] = {**evidence_record(start, end, evidence, rule, sk),
                            "sstart": int(sstart), "send": int(send), "stext": stext}
    finally:
        store.close()
    return out


def node_of(claim: Mapping, side: str, level: str) -> str:
    """The party code (party level) or the actor id (person level) of one end of a claim."""
    return camps.endpoint(claim, side, level)


def present_core(claims: Iterable[Mapping], level: str) -> list[str]:
    """The core parties (US, Russia, Egypt, France, GNA, LNA) that occur in the store at this level."""
    sk, tk = camps.endpoint_key("source", level), camps.endpoint_key("target", level)
    seen = set()
    for c in claims:
        seen.add(c[sk])
        seen.add(c[tk])
    return [p for p in CORE_PARTIES if p in seen]


def node_caption(node: str, labels: Mapping[str, tuple[str, str]], level: str) -> str:
    """English (the party code at party level, short and familiar) over Arabic."""
    en, ar = labels.get(node, (node, ""))
    top = node if level == "party" else en
    return f"{top}\n{ar}" if ar else top


def date_label(claim: Mapping) -> str:
    """The document's date for people: ``published``, else the period its text gives marked
    "(inferred)", else "undated"."""
    if claim.get("published"):
        return claim["published"]
    if claim.get("published_inferred"):
        return f"{claim['published_inferred']} {INFERRED}"
    return UNDATED


def label_of(node: str, labels: Mapping[str, tuple[str, str]]) -> str:
    """``English · Arabic`` for tables and pickers."""
    en, ar = labels.get(node, (node, ""))
    return f"{en} · {ar}" if ar else en


MARKDOWN_CHARS = {ord(c): f"&#{ord(c)};" for c in "\\`*_[]()!|~$#{}"}


def md_safe(text: object) -> str:
    """Stored or user-supplied text for ``st.markdown`` (HTML or not), inert:
    HTML-escaped, line breaks made spaces (a blank line would end the HTML
    block and let the rest render as Markdown: ``![x](http://attacker/p.png)``
    becomes an image), and Markdown's punctuation and LaTeX's ``$`` as
    character references, which render as the characters themselves."""
    flat = re.sub(r"[\r\n]+", " ", "" if text is None else str(text))
    return html.escape(flat, quote=True).translate(MARKDOWN_CHARS)


def label_html(node: str, labels: Mapping[str, tuple[str, str]]) -> str:
    """``English · Arabic`` for HTML, the Arabic isolated so that it cannot reorder its neighbours."""
    en, ar = labels.get(node, (node, ""))
    return f'{md_safe(en)} · <bdi dir="rtl" lang="ar">{md_safe(ar)}</bdi>' if ar else md_safe(en)


@st.cache_resource(ttl=120, show_spinner="Reading the store…")
def cached_data(path: str) -> StoreData:
    """Shared by all sessions; read-only, so returning the same object is safe. Expires so that
    a finished ingest shows up within two minutes even without pressing "Reload store"."""
    return load_data(path)


@st.cache_resource(ttl=120, show_spinner="Reading the evidence…")
def cached_details(path: str) -> dict[str, dict]:
    return load_details(path)


@st.cache_data(ttl=120, show_spinner=False)
def cached_claim_texts(path: str, claim_iris: tuple[str, ...]) -> dict[str, dict]:
    return claim_texts(path, claim_iris)
