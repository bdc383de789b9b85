"""SHACL validation of a store against ``ontology/shapes.ttl``.

Runs pyshacl over the union of the store's graphs (the schema graph is in
the store, so subclass reasoning for ``sh:class`` works on the data alone).
"""
from __future__ import annotations

import pyoxigraph as ox
import rdflib

from kg.ontology import ontology_path
from kg.store import Store


def validate_store(store: Store) -> tuple[bool, str]:
    """(conforms, report text)."""
    import pyshacl

    data = rdflib.Graph()
    data.parse(data=store.dump(ox.RdfFormat.N_TRIPLES).decode("utf-8"), format="nt")
    shapes = rdflib.Graph().parse(ontology_path("shapes"), format="turtle")
    conforms, _, text = pyshacl.validate(data, shacl_graph=shapes, inference="rdfs", advanced=True)
    return bool(conforms), text
