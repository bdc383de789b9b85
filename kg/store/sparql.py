"""A kg store on a SPARQL 1.1 server, for teams that share one graph.

``--store http://HOST:PORT/...`` (or ``$KG_STORE``) makes kg write through
the SPARQL 1.1 Update protocol and read through the SPARQL 1.1 Query
protocol, so any standard server will do: Oxigraph, Apache Jena Fuseki,
GraphDB, Virtuoso (set-up notes in docs/scaling.md).  The layout is the
local one: one named graph per document plus the ontology, actor and
trigger graphs.

Endpoints are derived from the URL, by the usual conventions:

==================================  ==========================  ===========================
store spec                          queries                     updates
==================================  ==========================  ===========================
``http://h:7878`` (Oxigraph)        ``http://h:7878/query``     ``http://h:7878/update``
``http://h:3030/kg`` (Fuseki)       ``http://h:3030/kg/query``  ``http://h:3030/kg/update``
``http://h/x/query``                the URL                     ``http://h/x/update``
``http://h:8890/sparql`` (Virtuoso) the URL                     the URL
``http://h:7200/repositories/kg``   the URL                     ``.../repositories/kg/statements``
==================================  ==========================  ===========================

``#update=URL`` after the spec names the update endpoint explicitly (e.g.
Virtuoso's authenticated ``/sparql-auth``).  Credentials come from the URL
(``http://user:pass@host/...``) or from ``$KG_STORE_USER`` and
``$KG_STORE_PASSWORD`` (HTTP Basic or Digest, as the server asks).

kg queries the union of graphs as the default graph.  Fuseki
(``unionDefaultGraph``), GraphDB and Virtuoso do that by default or by
configuration; Oxigraph is sent its ``union-default-graph`` parameter.  A
server that hides the named graphs from the default graph is detected on
the first query and refused with a message, rather than answering empty.

Only the standard library's HTTP client is used: the requests kg makes are
few and large (one update per ingest).
"""
from __future__ import annotations

import os
import urllib.error
import urllib.parse
import urllib.request
from typing import Iterable

import pyoxigraph as ox

from kg.ontology import BASE
from kg.store.base import PREFIXES, Store, StoreError, check_federation, replace_graphs_update

ACCEPT = ("application/sparql-results+json, application/sparql-results+xml;q=0.9, "
          "application/n-triples;q=0.9, text/turtle;q=0.8, application/rdf+xml;q=0.5")
KG_GRAPHS = f"{BASE}graph/"
ALL_QUADS = ("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } "
             f"FILTER(STRSTARTS(STR(?g), \"{KG_GRAPHS}\")) }}")
ALL_TRIPLES = ("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } "
               f"FILTER(STRSTARTS(STR(?g), \"{KG_GRAPHS}\")) }}")


class ServerRefused(StoreError):
    """The server answered with an HTTP error (``code``)."""

    def __init__(self, message: str, code: int):
        super().__init__(message)
        self.code = code


def endpoints(spec: str) -> tuple[str, str]:
    """(query URL, update URL) for a store spec, by the conventions in the module doc."""
    base, _, frag = spec.partition("#")
    options = dict(urllib.parse.parse_qsl(frag))
    u = urllib.parse.urlsplit(base)
    path = u.path.rstrip("/")
    last = path.rsplit("/", 1)[-1]
    at = lambda p: urllib.parse.urlunsplit((u.scheme, u.netloc, p, u.query, ""))  # noqa: E731
    if last == "query":
        q, up = at(path), at(path[: -len("query")] + "update")
    elif last == "sparql":
        q = up = at(path)
    elif path.rsplit("/", 2)[-2:-1] == ["repositories"]:
        q, up = at(path), at(path + "/statements")
    else:
        q, up = at(path + "/query"), at(path + "/update")
    return q, options.get("update", up)


def _strip_credentials(url: str) -> tuple[str, str | None, str | None]:
    u = urllib.parse.urlsplit(url)
    if u.username is None:
        return url, None, None
    host = u.hostname + (f":{u.port}" if u.port else "")
    return (urllib.parse.urlunsplit((u.scheme, host, u.path, u.query, u.fragment)),
            urllib.parse.unquote(u.username), urllib.parse.unquote(u.password or ""))


def with_values(sparql: str, substitutions: dict | None) -> str:
    """Apply pyoxigraph-style ``substitutions`` ({Variable: term}) for a server that
    has none: a trailing ``VALUES`` clause (SPARQL 1.1, joined with the solutions).
    Like a substitution, the variable should be one the query projects.  Trailing,
    not at the start of the WHERE clause: measured on Oxigraph at 1M triples, the
    provenance lookup takes as long as with a substitution this way, 15x longer
    with a leading VALUES (the planner then scans instead of looking the claim up)."""
    if not substitutions:
        return sparql
    names = " ".join(str(v) for v in substitutions)
    terms = " ".join(str(t) for t in substitutions.values())
    return f"{sparql}\nVALUES ({names}) {{ ({terms}) }}"


class SparqlStore(Store):
    """kg's :class:`~kg.store.Store` on a remote SPARQL 1.1 Query + Update server."""

    def __init__(self, spec: str, read_only: bool = False, timeout_s: float = 600.0,
                 allow_federation: tuple[str, ...] = ()):
        self.spec = spec
        self.allow_federation = tuple(allow_federation)
        self.read_only = read_only
        self.timeout_s = timeout_s
        query_url, update_url = endpoints(spec)
        self.query_url, user, password = _strip_credentials(query_url)
        self.update_url, user2, password2 = _strip_credentials(update_url)
        user = user or user2 or os.environ.get("KG_STORE_USER")
        password = password or password2 or os.environ.get("KG_STORE_PASSWORD", "")
        handlers: list = []
        if user:
            mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            for url in {self.query_url, self.update_url}:
                mgr.add_password(None, url, user, password)
            handlers = [urllib.request.HTTPBasicAuthHandler(mgr), urllib.request.HTTPDigestAuthHandler(mgr)]
        self._opener = urllib.request.build_opener(*handlers)
        self._extra: dict[str, str] = {}  # extra query parameters (Oxigraph: union-default-graph)
        self._union_ok = False
        self.server = self._probe()

    # HTTP -------------------------------------------------------------------
    def _request(self, url: str, data: bytes | None, headers: dict[str, str]) -> tuple[bytes, str, str]:
        req = urllib.request.Request(url, data=data, headers=headers, method="POST" if data is not None else "GET")
        try:
            with self._opener.open(req, timeout=self.timeout_s) as r:
                return r.read(), r.headers.get("Content-Type", ""), r.headers.get("Server", "")
        except urllib.error.HTTPError as e:
            body = e.read().decode("utf-8", "replace").strip()
            if e.code == 400 and url == self.query_url:
                raise SyntaxError(body[:500] or "the server rejected the query") from None
            raise ServerRefused(f"{self.spec}: HTTP {e.code} from {url}: {body[:500] or e.reason}", e.code) from None
        except (urllib.error.URLError, OSError) as e:
            reason = getattr(e, "reason", e)
            raise StoreError(f"{self.spec}: cannot reach the SPARQL server at {url} ({reason})") from None

    def _post_query(self, sparql: str) -> tuple[bytes, str, str]:
        body = urllib.parse.urlencode({"query": sparql, **self._extra}).encode("utf-8")
        return self._request(self.query_url, body, {"Accept": ACCEPT,
                                                    "Content-Type": "application/x-www-form-urlencoded"})

    def _probe(self) -> str:
        """Check the server answers, and learn whether it is Oxigraph."""
        _, _, server = self._post_query("ASK { }")
        if server.lower().startswith("oxigraph"):
            self._extra["union-default-graph"] = "true"
            self._union_ok = True
        return server

    def _check_union(self) -> None:
        if self._union_ok:
            return
        named = bool(self._raw_query("ASK { GRAPH ?g { ?s ?p ?o } }"))
        if not named:
            return  # nothing stored yet: nothing to tell
        if not bool(self._raw_query("ASK { ?s ?p ?o }")):
            raise StoreError(f"{self.spec}: the server's default graph is not the union of its named graphs, "
                             "so kg's queries would see nothing; configure it so (Fuseki: "
                             "tdb2:unionDefaultGraph true; see docs/scaling.md)")
        self._union_ok = True

    def _raw_query(self, sparql: str):
        data, ctype, _ = self._post_query(sparql)
        media = ctype.split(";", 1)[0].strip().lower()
        results_format = ox.QueryResultsFormat.from_media_type(media) if media else None
        if results_format is not None and results_format != ox.QueryResultsFormat.CSV:
            return ox.parse_query_results(data, format=results_format)
        rdf_format = ox.RdfFormat.from_media_type(media) if media else None
        if rdf_format is None:
            raise StoreError(f"{self.spec}: the server answered in {ctype or 'no declared format'}, "
                             "which kg cannot read")
        return [ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(data, format=rdf_format)]

    # Store ------------------------------------------------------------------
    def query(self, sparql: str, substitutions: dict | None = None):
        """pyoxigraph results parsed from the server's answer: QuerySolutions or
        QueryBoolean, or a list of Triples for CONSTRUCT / DESCRIBE."""
        check_federation(sparql, self.allow_federation)  # the server would fetch it: the same SSRF
        self._check_union()
        return self._raw_query(with_values(sparql, substitutions))

    def update(self, sparql_update: str) -> None:
        """One SPARQL 1.1 Update request (one transaction on transactional servers)."""
        if self.read_only:
            raise StoreError(f"{self.spec}: opened read-only")
        try:
            self._request(self.update_url, sparql_update.encode("utf-8"),
                          {"Content-Type": "application/sparql-update; charset=utf-8"})
        except ServerRefused as e:
            if e.code != 415:  # only "unsupported media type" is worth the other standard form
                raise
            self._request(self.update_url, urllib.parse.urlencode({"update": sparql_update}).encode("utf-8"),
                          {"Content-Type": "application/x-www-form-urlencoded"})

    def replace_graphs(self, graphs: dict[str, list[ox.Quad]]) -> None:
        """All graphs replaced by ONE update request: ``DROP SILENT GRAPH``
        then ``INSERT DATA`` per graph, so the server applies all or none."""
        if not graphs:
            return
        self.update(replace_graphs_update(graphs))

    def _quads(self) -> Iterable[ox.Quad]:
        for row in self._raw_query(ALL_QUADS):
            yield ox.Quad(row["s"], row["p"], row["o"], row["g"])

    def dump(self, fmt: ox.RdfFormat) -> bytes:
        """kg's graphs (those under https://w3id.org/arabic-kg/graph/; a shared
        server may hold others), as a dataset or, for triple formats, their union."""
        if fmt in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG, ox.RdfFormat.JSON_LD):
            quads = list(self._quads())
            return ox.serialize(quads, format=fmt) if fmt == ox.RdfFormat.N_QUADS else \
                ox.serialize(quads, format=fmt, prefixes=PREFIXES)
        triples = self._raw_query(ALL_TRIPLES)
        return ox.serialize(triples, format=fmt, prefixes=PREFIXES) if fmt == ox.RdfFormat.TURTLE \
            else ox.serialize(triples, format=fmt)
