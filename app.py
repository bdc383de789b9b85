"""kg explorer: the actor-stance network, one click from any edge to its Arabic evidence.

Run ``streamlit run app.py -- --store DIR`` (or set ``KG_STORE``; default
``kgstore``).  The store is opened read-only and only for as long as a read
takes, so an ingest can run beside the app; "Reload store" picks up its
result.

Views: Network (st-link-analysis; clicking an edge or a node opens the
Provenance panel under it, as do ``?source=US&relation=supports&target=LNA``
URLs and ``st.session_state["selection"]``), Claims (search, sort, CSV /
JSON Lines), SPARQL (read-only console with the ``queries/*.rq`` examples),
Camps (signed graph, structural-balance camps, centrality) and Timeline.
The code lives in the ``kg.explorer`` package, one module per view; this file
is only what ``streamlit run`` needs.
"""
from kg.explorer.page import main

if __name__ == "__main__":
    main()
