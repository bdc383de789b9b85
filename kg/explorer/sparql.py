"""The SPARQL tab: a read-only console with the ``queries/*.rq`` examples."""
from __future__ import annotations

import threading
from pathlib import Path

import pandas as pd
import streamlit as st

from kg.explorer.data import StoreData, md_safe
from kg.query import QueryError, limited_rows
from kg.store import PREFIXES, StoreError

QUERIES_DIR = Path(__file__).resolve().parents[2] / "queries"  # the repository's queries/ folder
MAX_SPARQL_ROWS = 5000  # rows a console query returns; the query stops producing past them
SPARQL_TIMEOUT_S = 30.0
SPARQL_MEMORY_GB = 2.0
MAX_CONSOLE_QUERIES = 2  # at once, over all the explorer's sessions (each is a process of up to SPARQL_MEMORY_GB)
CONSOLE_SLOTS = threading.BoundedSemaphore(MAX_CONSOLE_QUERIES)
CONSOLE_QUEUE_S = 10.0  # how long a query waits for a free slot


def run_sparql(path: str, sparql: str) -> tuple[list[str], list[list], bool]:
    """Header, at most MAX_SPARQL_ROWS rows and whether more were cut, of a read-only query run
    in a child process with a time limit and a memory cap (a runaway query must not take the
    explorer down); raises QueryError for updates, bad syntax, federation, timeouts."""
    slots = CONSOLE_SLOTS
    if not slots.acquire(timeout=CONSOLE_QUEUE_S):
        raise QueryError("busy: the most console queries that may run at once are running; try again in a moment")
    try:
        return limited_rows(path, sparql, MAX_SPARQL_ROWS, SPARQL_TIMEOUT_S, SPARQL_MEMORY_GB)
    finally:
        slots.release()


def sparql_examples(folder: Path = QUERIES_DIR) -> dict[str, tuple[str, str]]:
    """``name -> (question, text)`` for each ``*.rq`` file, read now (the folder may grow)."""
    out = {}
    for f in sorted(folder.glob("*.rq")) if folder.is_dir() else []:
        text = f.read_text(encoding="utf-8")
        first = next((ln.lstrip("# ").strip() for ln in text.splitlines() if ln.startswith("#")), "")
        out[f.stem] = (first, text)
    return out


DEFAULT_SPARQL = """SELECT ?source ?relation ?target (COUNT(?c) AS ?claims) WHERE {
  ?c a kg:Claim ; kg:sourceParty ?sp ; kg:targetParty ?tp ; kg:relation ?r ; kg:negated false .
  ?sp kg:partyCode ?source . ?tp kg:partyCode ?target . ?r skos:notation ?relation .
}
GROUP BY ?source ?relation ?target
ORDER BY DESC(?claims)
"""


def _load_example(text: str) -> None:
    st.session_state["sparql_text"] = text
    st.session_state.pop("sparql_result", None)


def sparql_view(data: StoreData) -> None:
    """A read-only console; the example buttons are read from queries/ on each run."""
    st.subheader("SPARQL console · استعلام")
    st.caption("Read-only: SELECT, ASK, CONSTRUCT and DESCRIBE over the union of all graphs; anything else "
               f"(and SERVICE) is refused. A query stops after {SPARQL_TIMEOUT_S:g} s or {MAX_SPARQL_ROWS} rows. "
               f"Predeclared prefixes: {', '.join(p + ':' for p in PREFIXES)}.")
    examples = sparql_examples()
    if examples:
        st.write("Examples from `queries/`:")
        cols = st.columns(min(3, len(examples)))
        for i, (name, (question, text)) in enumerate(examples.items()):
            cols[i % len(cols)].button(name, key=f"example_{name}", help=question, on_click=_load_example,
                                       args=(text,), width="stretch")
    st.session_state.setdefault("sparql_text", DEFAULT_SPARQL)
    st.text_area("Query", key="sparql_text", height=220)
    if st.button("Run query · تنفيذ", key="sparql_run", type="primary"):
        try:
            st.session_state["sparql_result"] = run_sparql(data.path, st.session_state["sparql_text"])
        except (QueryError, StoreError) as e:
            st.session_state["sparql_result"] = str(e)
    result = st.session_state.get("sparql_result")
    if isinstance(result, str):
        st.error(md_safe(result))
    elif result is not None:
        header, rows, cut = result
        st.caption(f"first {len(rows)} rows (the query has more; the console stops at {MAX_SPARQL_ROWS})" if cut
                   else f"{len(rows)} row(s)")
        st.dataframe(pd.DataFrame(rows, columns=header), hide_index=True, key="sparql_table")
