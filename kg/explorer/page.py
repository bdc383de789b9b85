"""The page: sidebar filters, then lazy tabs (only the open one runs, and ``?view=`` names it)."""
from __future__ import annotations

import os
import sys

import streamlit as st

from kg.explorer.camps import camps_view
from kg.explorer.claims import claims_view
from kg.explorer.data import cached_data, md_safe, store_path_from
from kg.explorer.filters import filter_claims, sidebar_filters
from kg.explorer.network import network_view
from kg.explorer.sparql import sparql_view
from kg.explorer.styles import CSS
from kg.explorer.timeline import timeline_view
from kg.store import StoreError


def main() -> None:
    """The page: sidebar filters, then lazy tabs (only the open one runs, and ?view= names it)."""
    st.set_page_config(page_title="kg explorer · مستكشف", layout="wide")
    st.markdown(CSS, unsafe_allow_html=True)
    st.title("kg explorer · مستكشف المواقف")
    path = store_path_from(sys.argv[1:], os.environ)
    try:
        data = cached_data(path)
    except StoreError as e:
        st.error(md_safe(e))
        st.stop()
    except (OSError, RuntimeError) as e:  # a read racing a writer, past the store's own retries: say so, no traceback
        st.error(md_safe(f"{path}: the store could not be read ({e}); it may be mid-ingest, reload in a moment"))
        st.stop()
    level, f = sidebar_filters(data)
    shown = filter_claims(data.claims, f)
    tabs = st.tabs(["Network", "Claims", "SPARQL", "Camps", "Timeline"], key="view", on_change="rerun",
                   bind="query-params")
    views = [lambda: network_view(data, shown, level, f), lambda: claims_view(data, shown),
             lambda: sparql_view(data), lambda: camps_view(data, shown, level),
             lambda: timeline_view(data, shown, level)]
    for tab, view in zip(tabs, views, strict=True):
        with tab:
            if tab.open:
                try:
                    view()
                except (OSError, RuntimeError) as e:  # StoreError included: a message, never a traceback page
                    st.error(md_safe(f"{path}: the store could not be read ({e}); "
                                     "if an ingest is running, reload in a moment"))
