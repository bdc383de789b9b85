"""kg explorer: the actor-stance network, one click from any edge to its Arabic evidence.

``app.py`` at the repository root is the Streamlit entry point; it runs
:func:`kg.explorer.page.main`.  One module per tab (``network``, ``provenance``,
``claims``, ``sparql``, ``camps``, ``timeline``) beside the shared pieces
(``data``: store reads and labels; ``filters``: the sidebar; ``styles``: colours,
Cytoscape styles, CSS; ``page``: the tabs), so that changing one tab means
opening one file.

No user input is ever pasted into SPARQL: filters act in Python on the loaded
claims, and the one parametrised query binds its value through pyoxigraph
``substitutions``.  Every function other than the ``*_view`` ones and
``page.main`` is pure or read-only and importable (``bench/bench_app.py`` and
the tests call them).
"""
