"""Side-by-side review of an English news article against its Arabic original.

    streamlit run streamlit_app.py

UI only: reading, comparing, corrections and reports are library calls
(workbench.reading, .pipeline, .sidecar, .review, .report). Every piece of article
text reaches the page through ``report.html.highlight`` or ``html.escape``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from html import escape
from pathlib import Path
from typing import Any

import streamlit as st

from workbench import sidecar
from workbench.errors import WorkbenchError
from workbench.findings.quotes import QuotePair
from workbench.pipeline import compare
from workbench.reading import check_input_size, check_text, decode_text, read_input
from workbench.records import Comparison, Finding, Link
from workbench.report import to_html, to_json
from workbench.report.bidi import isolate_html
from workbench.report.html import COLOURS, crossing_links, highlight, legend_html
from workbench.report.tables import findings_csv
from workbench.report.tmx import to_tmx
from workbench.review import findings_by_row, quote_checks, summarize
from workbench.translate.base import Translator, default_translator_name, get_translator

ROOT = Path(__file__).resolve().parent
SEVERITIES = ("major", "minor")
PASTE, CORPUS = "Paste or upload", "A pair from corpora/"
ARABIC_FONTS = '"Noto Naskh Arabic","Amiri","Scheherazade New","Geeza Pro","Noto Sans Arabic","DejaVu Sans",serif'

CSS = f"""<style>
.wb-rows table{{border-collapse:collapse;width:100%;table-layout:fixed}}
.wb-rows td,.wb-rows th{{border-top:1px solid #ddd;padding:.45rem .5rem;vertical-align:top;text-align:left}}
.wb-rows td.ar,.wb-rows th.ar{{font-family:{ARABIC_FONTS};font-size:1.15rem;line-height:1.9;text-align:right}}
.wb-rows td.mt{{color:#666;font-size:.9rem}}
.wb-rows .meta{{width:5.5rem;font-size:.78rem;color:#555}}
.wb-rows tr.gap td{{background:#f6f6f6}}
.wb-rows tr.cross td.meta{{color:#b00}}
.wb-rows .sid{{font-size:.7rem;color:#999;margin:0 .2rem}}
.wb-rows .none{{color:#999;font-style:italic;font-size:.85rem}}
.wb-rows mark{{border-radius:3px;padding:0 2px;color:inherit}}
.wb-rows details{{font-size:.85rem;margin-top:.3rem}}
.wb-rows details ul{{margin:.2rem 0 0 0;padding-left:1.1rem}}
.wb-rows .major{{font-weight:600}}
.wb-legend span,.wb-counts span{{display:inline-block;margin:0 .35rem .3rem 0;padding:0 .4rem;border-radius:3px;
 font-size:.85rem}}
.st-key-ar_paste textarea{{direction:rtl;font-family:{ARABIC_FONTS}}}
</style>"""


# ---------------------------------------------------------------- loading (cached)


@st.cache_resource(show_spinner="Loading the translator…")
def load_translator(name: str) -> Translator:
    """The translator called ``name``, loaded once per server process."""
    return get_translator(name)


@st.cache_data(show_spinner=False, max_entries=64)
def run_comparison(
    ar_text: str,
    en_text: str,
    *,
    translator: str,
    presegmented: bool,
    anchors: tuple[sidecar.Anchor, ...],
    ar_label: str,
    en_label: str,
) -> tuple[Comparison, tuple[QuotePair, ...]]:
    """Compare one pair (cached per input and anchors), showing progress while it runs."""
    bar = st.progress(0.0, text="Loading the translator…")

    def show(stage: str, fraction: float) -> None:
        bar.progress(min(fraction * 0.9, 1.0), text=f"{stage.capitalize()}…")

    engine = load_translator(translator)
    c = compare(
        ar_text,
        en_text,
        engine,
        presegmented=presegmented,
        anchors=anchors,
        ar_source=ar_label,
        en_source=en_label,
        progress=show,
    )
    bar.progress(0.95, text="Checking quotes…")
    quotes = quote_checks(c, engine)
    bar.empty()
    return c, quotes


def corpora_dir() -> Path:
    """Folder of bundled pairs ($WORKBENCH_CORPORA, else corpora/ next to this app)."""
    return Path(os.environ.get("WORKBENCH_CORPORA") or ROOT / "corpora")


def corpus_pairs(root: Path) -> list[str]:
    """Names of the sub-folders of ``root`` that hold ar.txt and en.txt."""
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if (p / "ar.txt").is_file() and (p / "en.txt").is_file())


def installed_translators() -> list[str]:
    """lexicon, then every model folder in models/ (config.json → hf:, model.bin → ct2:)."""
    folder = Path(os.environ.get("WORKBENCH_MODELS_DIR") or ROOT / "models")
    names = ["lexicon"]
    if folder.is_dir():
        for d in sorted(p for p in folder.iterdir() if p.is_dir()):
            if (d / "model.bin").is_file():
                names.append(f"ct2:{_shown(d)}")
            elif (d / "config.json").is_file():
                names.append(f"hf:{_shown(d)}")
    return names


# ---------------------------------------------------------------- input


def _shown(path: Path) -> str:
    """A path as the user should see it: relative to the app's folder when inside it."""
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def read_pasted(uploaded: Any, pasted: str, *, lang: str, label: str) -> tuple[str, str]:
    """(label, text) from an uploaded file if there is one, else from the pasted text."""
    if uploaded is not None:
        label, data = uploaded.name, uploaded.getvalue()
    elif pasted.strip():
        data = pasted.encode("utf-8")
    else:
        raise WorkbenchError(f"{label}: paste the text or upload a file")
    check_input_size(len(data), label=label)  # the same limit as the command line (WORKBENCH_MAX_INPUT_MB)
    warnings: list[str] = []
    text = decode_text(data, label=label, lang=lang, warn=warnings.append)
    check_text(text, label=label, lang=lang, hint=f"put the {_SIDE_NAME[lang]} in the {_SIDE_NAME[lang]} box")
    if warnings:
        st.session_state.decode_warnings = [*st.session_state.get("decode_warnings", []), *warnings]
    return label, text


_SIDE_NAME = {"ar": "Arabic original", "en": "English version"}


def start_job(source: str) -> None:
    """Read the chosen inputs into session_state['job'] and reload a saved correction."""
    state = st.session_state
    state.pop("job", None)
    state.anchors = ()
    presegmented = bool(state.get("presegmented", False))
    if source == CORPUS:
        folder = corpora_dir() / state.pair
        ar_text = read_input(str(folder / "ar.txt"), lang="ar")[1]
        en_text = read_input(str(folder / "en.txt"), lang="en")[1]
        ar_label, en_label = _shown(folder / "ar.txt"), _shown(folder / "en.txt")
        save_dir: str | None = str(folder)
    else:
        ar_label, ar_text = read_pasted(state.get("ar_file"), state.get("ar_paste", ""), lang="ar", label="Arabic")
        en_label, en_text = read_pasted(state.get("en_file"), state.get("en_paste", ""), lang="en", label="English")
        save_dir = state.get("save_dir", "").strip() or None
        if save_dir and not Path(save_dir).is_dir():
            raise WorkbenchError(f"{save_dir}: no such folder to save corrections in")
    state.job = {
        "source": source,
        "ar_text": ar_text,
        "en_text": en_text,
        "ar_label": ar_label,
        "en_label": en_label,
        "translator": state.translator,
        "presegmented": presegmented,
        "folder": save_dir,
    }
    if save_dir:
        saved = sidecar.load(save_dir, ar_text=ar_text, en_text=en_text, presegmented=presegmented)
        if saved and saved.anchors:
            state.anchors = saved.anchors
            state.notice = f"Reloaded {len(saved.anchors)} alignment corrections from {sidecar.sidecar_path(save_dir)}"


def on_compare(source: str) -> None:
    """Compare button: read the inputs, reporting a user error instead of raising."""
    try:
        start_job(source)
    except WorkbenchError as exc:
        st.session_state.input_error = str(exc)


# ---------------------------------------------------------------- corrections (callbacks)


def _rows() -> tuple[Link, ...]:
    return st.session_state.get("links", ())


def correct(action: str) -> None:
    """Apply one correction to the anchors; the next run re-aligns around them and saves the sidecar."""
    state, rows = st.session_state, _rows()
    anchors = tuple(state.get("anchors", ()))
    try:
        if action == "link":
            anchors = sidecar.link(anchors, state.fix_ar, state.fix_en)
        elif action == "unlink":
            anchors = sidecar.unlink(anchors, rows[state.fix_row])
        elif action == "merge":
            anchors = sidecar.merge(anchors, [rows[k] for k in state.fix_rows])
        elif action == "split":
            anchors = sidecar.split(anchors, rows[state.fix_split], ar_at=state.fix_ar_at, en_at=state.fix_en_at)
        elif action == "reset":
            anchors = ()
    except (ValueError, IndexError, TypeError) as exc:
        state.notice = f"Correction not applied: {exc}"
        return
    state.anchors = anchors
    state.save_pending = True
    state.fix_ar, state.fix_en, state.fix_rows = [], [], []


# ---------------------------------------------------------------- rendering


def _ids(ids: Sequence[int]) -> str:
    return ",".join(map(str, ids)) or "–"


def _sentences(
    c: Comparison, side: str, ids: Sequence[int], marks: dict[int, list[tuple[str, str, str]]], empty: str
) -> str:
    doc = c.ar if side == "ar" else c.en
    if not ids:
        return f'<span class="none">{empty}</span>'
    return " ".join(
        f'<span class="sid">{i}</span>{highlight(doc.sentences[i].text, marks.get(i, []), bidi=side == "en")}'
        for i in ids
    )


def _finding_item(f: Finding) -> str:
    label = f"{f.type}/{f.subtype}" if f.subtype else f.type
    return (
        f'<li class="{escape(f.severity)}"><span style="background:{COLOURS.get(f.type, "#eee")};padding:0 .3rem;'
        f'border-radius:3px">{escape(label)}</span> {escape(f.severity)} · {isolate_html(escape(f.explanation))}</li>'
    )


def rows_html(c: Comparison, shown: list[Finding], *, rendering: bool, only_flagged: bool) -> str:
    """The review table: one row per link, findings highlighted in place and listed in a <details>."""
    ar_marks: dict[int, list[tuple[str, str, str]]] = {}
    en_marks: dict[int, list[tuple[str, str, str]]] = {}
    for f in shown:
        if f.ar_sentence is not None and f.ar_span:
            ar_marks.setdefault(f.ar_sentence, []).append((f.ar_span, f.type, f.explanation))
        if f.en_sentence is not None and f.en_span:
            en_marks.setdefault(f.en_sentence, []).append((f.en_span, f.type, f.explanation))
    shown_ids = {id(f) for f in shown}
    by_row = {k: [f for f in fs if id(f) in shown_ids] for k, fs in findings_by_row(c).items()}
    crossing = crossing_links(c)
    out = []
    for k, link in enumerate(c.links):
        found = by_row.get(k, [])
        if only_flagged and not found:
            continue
        cls = "gap" if not (link.ar and link.en) else "cross" if k in crossing else ""
        moved = '<br><span title="this link crosses others: the English moved it">⇅ moved</span>' * (k in crossing)
        meta = f"#{k}<br>ar {_ids(link.ar)}<br>en {_ids(link.en)}<br>conf {link.score:.2f}{moved}"
        details = (
            f"<details><summary>{len(found)} finding{'s' if len(found) != 1 else ''}</summary>"
            f"<ul>{''.join(_finding_item(f) for f in found)}</ul></details>"
            if found
            else ""
        )
        mt = f'<td class="mt">{"<br>".join(escape(c.translations[i]) for i in link.ar)}</td>' if rendering else ""
        out.append(
            f'<tr class="{cls}" id="row-{k}"><td class="meta">{meta}</td>'
            f'<td class="ar" dir="rtl" lang="ar">{_sentences(c, "ar", link.ar, ar_marks, "— not in the Arabic —")}</td>'
            f"{mt}"
            f'<td class="en" lang="en">{_sentences(c, "en", link.en, en_marks, "— not in the English —")}{details}</td>'
            "</tr>"
        )
    head = (
        '<tr><th class="meta">row</th><th class="ar" dir="rtl" lang="ar">العربية</th>'
        f"{'<th>machine rendering</th>' if rendering else ''}<th>English</th></tr>"
    )
    # One line, no blank lines: markdown must see a single raw-HTML block.
    return f'<div class="wb-rows"><table><thead>{head}</thead><tbody>{"".join(out)}</tbody></table></div>'


def show_summary(c: Comparison, quotes: Sequence[QuotePair]) -> None:
    """Summary panel: carried-over share, counts by type and severity, quote fidelity."""
    s = summarize(c, quotes)
    cols = st.columns(4)
    cols[0].metric("Arabic carried over", f"{s.carried_share:.0%}", help=f"{s.linked_ar}/{s.ar_sentences} sentences")
    cols[1].metric("Rows", len(c.links), help=f"{s.ar_sentences} Arabic, {s.en_sentences} English sentences")
    cols[2].metric(
        "Findings",
        len(c.findings),
        help=", ".join(f"{n} {sev}" for sev, n in s.findings_by_severity.items()) or "none",
    )
    fidelity = f"{s.quote_fidelity:.0%}" if s.quote_fidelity is not None else "–"
    cols[3].metric("Quotes checked", s.quotes_checked, help=f"mean fidelity {fidelity}")
    counts = "".join(
        f'<span style="background:{COLOURS.get(t, "#eee")}">{escape(t)}: {n}</span>'
        for t, n in s.findings_by_type.items()
    )
    major = s.findings_by_severity.get("major", 0)
    st.markdown(
        f'<div class="wb-counts">By type: {counts or "none"} · major {major} · quote fidelity {fidelity}</div>',
        unsafe_allow_html=True,
    )


def show_corrections(c: Comparison) -> None:
    """Link, unlink, merge and split controls; each becomes an anchor and the aligner re-runs."""
    state = st.session_state
    anchors = state.get("anchors", ())
    with st.expander(f"Correct the alignment ({len(anchors)} corrections)", expanded=bool(anchors)):
        ar_name = {i: f"ar {i}: {s.text[:70]}" for i, s in enumerate(c.ar.sentences)}
        en_name = {j: f"en {j}: {s.text[:70]}" for j, s in enumerate(c.en.sentences)}

        def row_name(k: int) -> str:
            return f"#{k}  ar {_ids(c.links[k].ar)} ↔ en {_ids(c.links[k].en)}"

        tabs = st.tabs(["Link", "Unlink", "Merge", "Split"])
        with tabs[0]:
            st.multiselect("Arabic sentences", list(ar_name), format_func=lambda i: ar_name[i], key="fix_ar")
            st.multiselect("English sentences", list(en_name), format_func=lambda j: en_name[j], key="fix_en")
            st.button("Link these sentences", on_click=correct, args=("link",), key="do_link")
        linked = [k for k, lk in enumerate(c.links) if len(lk.ar) + len(lk.en) > 1]
        with tabs[1]:
            st.selectbox("Row", linked, format_func=row_name, key="fix_row")
            st.button("Unlink this row", on_click=correct, args=("unlink",), key="do_unlink", disabled=not linked)
        with tabs[2]:
            st.multiselect("Rows to merge", list(range(len(c.links))), format_func=row_name, key="fix_rows")
            st.button("Merge these rows", on_click=correct, args=("merge",), key="do_merge")
        with tabs[3]:
            k = st.selectbox("Row", linked, format_func=row_name, key="fix_split")
            link = c.links[k] if k is not None and k < len(c.links) else Link((), (), 0.0)
            a, b = st.columns(2)
            a.number_input("Arabic sentences in part one", 0, len(link.ar), min(1, len(link.ar)), key="fix_ar_at")
            b.number_input("English sentences in part one", 0, len(link.en), min(1, len(link.en)), key="fix_en_at")
            st.button("Split this row", on_click=correct, args=("split",), key="do_split", disabled=not linked)
        st.button("Undo all corrections", on_click=correct, args=("reset",), key="do_reset", disabled=not anchors)
        folder = state.job.get("folder")
        st.caption(
            f"Corrections are saved to {sidecar.sidecar_path(folder)}"
            if folder
            else "Corrections are not saved for pasted texts unless you name a folder in the sidebar."
        )


def show_exports(c: Comparison, stem: str) -> None:
    """Download buttons: SPEC JSON, findings CSV, HTML report, TMX."""
    exports: list[tuple[str, Callable[[Comparison], str] | None, str, str]] = [
        ("JSON", to_json, "json", "application/json"),
        ("CSV of findings", lambda c: findings_csv(c, pair_id=stem), "findings.csv", "text/csv"),
        ("HTML report", to_html, "html", "text/html"),
        ("TMX", lambda c: to_tmx(c, pair_id=stem), "tmx", "application/x-tmx+xml"),
    ]
    cols = st.columns(len(exports))
    for col, (label, writer, ext, mime) in zip(cols, exports, strict=True):
        if writer is None:
            col.caption(f"{label}: not available in this install")
            continue
        col.download_button(label, writer(c), file_name=f"{stem}.{ext}", mime=mime, key=f"export_{ext}")


# ---------------------------------------------------------------- page


def sidebar() -> str:
    """Input source, translator and filters; returns the chosen source."""
    pairs = corpus_pairs(corpora_dir())
    with st.sidebar:
        st.header("Texts")
        source = st.radio("Take the texts from", [CORPUS, PASTE] if pairs else [PASTE], key="source")
        if source == CORPUS:
            st.selectbox("Pair", pairs, key="pair")
        else:
            st.text_input("Folder to save corrections in (optional)", key="save_dir")
        names = installed_translators()
        default = default_translator_name()
        st.selectbox("Translator", names, index=names.index(default) if default in names else 0, key="translator")
        st.checkbox("One sentence per line (pre-segmented)", key="presegmented")
        st.button("Compare", type="primary", on_click=on_compare, args=(source,), key="compare")
        st.header("Show")
        st.multiselect("Finding types", list(COLOURS), default=list(COLOURS), key="types")
        st.multiselect("Severity", list(SEVERITIES), default=list(SEVERITIES), key="severities")
        st.toggle("English rendering of the Arabic", value=True, key="show_mt")
        st.toggle("Only rows with findings", value=False, key="only_flagged")
    return source


def paste_inputs() -> None:
    """Text areas and uploaders for the two articles."""
    # folded away once pasted texts have been compared, to leave the page to the rows
    compared = st.session_state.get("job", {}).get("source") == PASTE
    with st.expander("Arabic and English texts", expanded=not compared):
        left, right = st.columns(2)
        with left:
            st.text_area("Arabic original", height=220, key="ar_paste")
            st.file_uploader("…or upload it (txt, html)", type=["txt", "html", "htm"], key="ar_file")
        with right:
            st.text_area("English version", height=220, key="en_paste")
            st.file_uploader("…or upload it (txt, html)", type=["txt", "html", "htm"], key="en_file")


def main() -> None:
    st.set_page_config(page_title="Arabic–English review", layout="wide")
    st.markdown(CSS, unsafe_allow_html=True)
    st.title("Arabic–English review")
    source = sidebar()
    if source == PASTE:
        paste_inputs()
    state = st.session_state
    if error := state.pop("input_error", None):
        st.error(error)
    if notice := state.pop("notice", None):
        st.info(notice)
    for warning in state.pop("decode_warnings", []):
        st.warning(warning)
    job = state.get("job")
    if not job:
        st.caption("Choose a pair or paste two texts, pick a translator, and press Compare.")
        return
    try:
        c, quotes = run_comparison(
            job["ar_text"],
            job["en_text"],
            translator=job["translator"],
            presegmented=job["presegmented"],
            anchors=tuple(state.get("anchors", ())),
            ar_label=job["ar_label"],
            en_label=job["en_label"],
        )
    except WorkbenchError as exc:
        st.error(str(exc))
        return
    except ValueError as exc:  # anchors that no longer fit the texts
        st.error(f"The alignment corrections do not fit these texts ({exc}); they were dropped.")
        state.anchors = ()
        return
    state.links = c.links
    if state.pop("save_pending", False) and job["folder"]:
        if state.anchors:
            path = sidecar.save(job["folder"], c, state.anchors, presegmented=job["presegmented"])
            st.success(f"Alignment re-run around {len(state.anchors)} corrections; saved to {path}")
        elif sidecar.remove(job["folder"]):
            st.success("Corrections removed; automatic alignment restored")
    st.caption(f"{job['ar_label']} ↔ {job['en_label']} · translator {c.translator}")
    show_summary(c, quotes)
    shown = [f for f in c.findings if f.type in state.types and f.severity in state.severities]
    st.markdown(f'<div class="wb-legend">{legend_html()}</div>', unsafe_allow_html=True)
    st.markdown(rows_html(c, shown, rendering=state.show_mt, only_flagged=state.only_flagged), unsafe_allow_html=True)
    show_corrections(c)
    st.subheader("Export")
    show_exports(c, Path(job["folder"] or "comparison").name)


main()
