"""kg: an Arabic actor-stance knowledge graph.

Pipeline stages, one module each (text -> NLP -> actors -> relations ->
claims -> store): :mod:`kg.text`, :mod:`kg.nlp`, :mod:`kg.actors`,
:mod:`kg.relations`, :mod:`kg.claims`, :mod:`kg.store`.
"""
__version__ = "0.1.0"
