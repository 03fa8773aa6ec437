"""Side-by-side review of an English news article against its Arabic original.

    streamlit run streamlit_app.py

UI only: reading, comparing, corrections and reports are library calls
(workbench.reading, .pipeline, .sidecar, .review, .report). Every piece of article
text reaches the page through ``report.html.highlight`` or ``html.escape``.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Sequence
from html import escape
from pathlib import Path
from typing import Any

import streamlit as st

from workbench import sidecar
from workbench.errors import WorkbenchError
from workbench.findings.view import QuotePair
from workbench.pipeline import compare
from workbench.reading import check_input_size, check_text, decode_text, read_input
from workbench.records import Comparison, Finding, Link
from workbench.report import to_html, to_json
from workbench.report.bidi import isolate_html
from workbench.report.html import COLOURS, highlight, legend_html, moved_links
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
.wb-rows td,.wb-rows th{{border-top:1px solid #ddd;padding:.35rem .5rem;vertical-align:top;text-align:left;
 line-height:1.45}}
.wb-rows td.ar,.wb-rows th.ar{{font-family:{ARABIC_FONTS};font-size:1.08rem;line-height:1.7;text-align:right}}
.wb-rows td.mt{{color:#666;font-size:.8rem;line-height:1.35}}
.wb-rows .meta{{width:5.5rem;font-size:.78rem;color:#555}}
.wb-rows tr.gap td{{background:#f6f6f6}}
.wb-rows tr.cross td.meta{{color:#b00}}
.wb-rows .sid{{font-size:.7rem;color:#999;margin:0 .2rem}}
.wb-rows .none{{color:#999;font-style:italic;font-size:.85rem}}
.wb-rows mark{{border-radius:3px;padding:0 2px;color:inherit}}
.wb-rows details{{font-size:.85rem;margin-top:.3rem}}
.wb-rows details ul{{margin:.2rem 0 0 0;padding-left:1.1rem}}
.wb-rows .major{{font-weight:600}}
.wb-counts span{{display:inline-block;margin:0 .35rem .3rem 0;padding:0 .5rem;border-radius:1rem;font-size:.85rem;
 font-weight:600}}
.wb-legend span{{display:inline-block;margin:0 .7rem .3rem 0;font-size:.8rem;color:#444}}
.wb-legend i{{display:inline-block;width:.8rem;height:.8rem;margin-right:.25rem;border-radius:2px;
 vertical-align:-.05rem;border:1px solid #0003}}
.wb-rows col.meta{{width:5.5rem}}
.wb-rows col.mt{{width:22%}}
.wb-edit table{{margin:0}}
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


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#!|<>~:$])")


def md(text: str) -> str:
    """Text shown literally where Streamlit renders Markdown (captions, alerts): no links, no styling.

    A file name such as "[Verified](https://…)" must stay a name, not become a live link.
    """
    return _MD_SPECIAL.sub(r"\\\1", text)


def corrections_dir() -> Path:
    """Where corrected alignments are kept ($WORKBENCH_CORRECTIONS_DIR, else .corrections/, git-ignored)."""
    return Path(os.environ.get("WORKBENCH_CORRECTIONS_DIR") or ROOT / ".corrections")


_SAVE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,79}")


def corrections_folder(kind: str, name: str) -> Path:
    """The folder for one pair's corrections: ``kind`` is 'corpora' or 'pasted', ``name`` a plain name.

    Raises WorkbenchError for a name that is not a plain file name, so nothing is written outside
    the corrections folder.
    """
    if not _SAVE_NAME.fullmatch(name) or name in (".", ".."):
        raise WorkbenchError(
            f"{name}: not a plain name for saving corrections (letters, digits, '.', '_' and '-'; up to 80)"
        )
    return corrections_dir() / kind / name


def safe_name(name: str) -> str:
    """A plain folder name for a bundled pair's corrections (any other name gets a hash suffix)."""
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._")[:60] or "pair"
    if stem != name:
        stem = f"{stem}-{hashlib.sha1(name.encode('utf-8')).hexdigest()[:8]}"
    return stem


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
    state.history = []
    presegmented = bool(state.get("presegmented", False))
    if source == CORPUS:
        folder = corpora_dir() / state.pair
        ar_text = read_input(str(folder / "ar.txt"), lang="ar")[1]
        en_text = read_input(str(folder / "en.txt"), lang="en")[1]
        ar_label, en_label = _shown(folder / "ar.txt"), _shown(folder / "en.txt")
        save_dir: str | None = str(corrections_folder("corpora", safe_name(state.pair)))
    else:
        ar_label, ar_text = read_pasted(state.get("ar_file"), state.get("ar_paste", ""), lang="ar", label="Arabic")
        en_label, en_text = read_pasted(state.get("en_file"), state.get("en_paste", ""), lang="en", label="English")
        name = state.get("save_name", "").strip()
        save_dir = str(corrections_folder("pasted", name)) if name else None
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
        try:
            saved = sidecar.load(save_dir, ar_text=ar_text, en_text=en_text, presegmented=presegmented)
        except sidecar.SidecarError as exc:  # a broken or stale file: compare without it, say why
            state.notice = f"{exc}; comparing with the automatic alignment"
            return
        if saved and saved.anchors:
            state.anchors = saved.anchors
            state.notice = f"Reloaded the saved alignment corrections from {_shown(sidecar.sidecar_path(save_dir))}"


def on_compare(source: str) -> None:
    """Compare button: read the inputs, reporting a user error instead of raising."""
    try:
        start_job(source)
    except WorkbenchError as exc:
        st.session_state.input_error = str(exc)


# ---------------------------------------------------------------- corrections (callbacks)
#
# Every correction acts on a row found again by its sentences (row numbers shift after each
# one), is one step in a history that can be undone step by step, and becomes anchors the
# aligner re-runs around; the sidecar is saved after the rerun.


def _rows() -> tuple[Link, ...]:
    return st.session_state.get("links", ())


def _row_name(link: Link) -> str:
    return f"ar {_ids(link.ar)} ↔ en {_ids(link.en)}"


def _apply(description: str, anchors: tuple[sidecar.Anchor, ...]) -> None:
    state = st.session_state
    state.history = [*state.get("history", []), (description, tuple(state.get("anchors", ())))]
    state.anchors = anchors
    state.save_pending = True


def edit(action: str, ar: tuple[int, ...], en: tuple[int, ...]) -> None:
    """Apply one row action (next, previous, unlink, split) to the row holding exactly these sentences."""
    state, rows = st.session_state, _rows()
    anchors = tuple(state.get("anchors", ()))
    k = next((i for i, lk in enumerate(rows) if lk.ar == ar and lk.en == en), None)
    if k is None:
        state.notice = "That row changed before the click arrived; nothing was corrected."
        return
    row = rows[k]
    try:
        if action == "next":
            new, what = sidecar.merge(anchors, [row, rows[k + 1]]), f"linked {_row_name(row)} with the next row"
        elif action == "previous":
            if k == 0:
                raise IndexError("the first row has no previous row")
            new, what = sidecar.merge(anchors, [rows[k - 1], row]), f"linked {_row_name(row)} with the previous row"
        elif action == "unlink":
            new, what = sidecar.unlink(anchors, row), f"unlinked {_row_name(row)}"
        elif action == "split":
            ar_at, en_at = min(1, len(row.ar)), min(1, len(row.en))
            new, what = sidecar.split(anchors, row, ar_at=ar_at, en_at=en_at), f"split {_row_name(row)}"
        else:
            raise ValueError(f"unknown action {action}")
    except (ValueError, IndexError) as exc:
        state.notice = f"Correction not applied: {exc}"
        return
    _apply(what, new)


def link_chosen() -> None:
    """Submit of the "link any sentences" form: the chosen sentences become one row."""
    state = st.session_state
    ar, en = tuple(state.get("fix_ar", ())), tuple(state.get("fix_en", ()))
    try:
        new = sidecar.link(tuple(state.get("anchors", ())), ar, en)
    except ValueError as exc:
        state.notice = f"Correction not applied: {exc}"
        return
    _apply(f"linked {_row_name(Link(tuple(sorted(ar)), tuple(sorted(en)), 0.0))}", new)


def undo() -> None:
    """Take back the last correction (one step)."""
    state = st.session_state
    history = list(state.get("history", []))
    if not history:
        return
    description, before = history.pop()
    state.history = history
    state.anchors = before
    state.save_pending = True
    state.notice = f"Undone: {description}"


def reset() -> None:
    """Drop every correction (itself a step that can be undone)."""
    _apply("back to the automatic alignment", ())


# ---------------------------------------------------------------- rendering


def _ids(ids: Sequence[int]) -> str:
    """Sentence ids as people count them (from 1)."""
    return ",".join(str(i + 1) for i in ids) or "–"


def _sentences(
    c: Comparison, side: str, ids: Sequence[int], marks: dict[int, list[tuple[str, str, str]]], empty: str
) -> str:
    doc = c.ar if side == "ar" else c.en
    if not ids:
        return f'<span class="none">{empty}</span>'
    return " ".join(
        f'<span class="sid">{i + 1}</span>{highlight(doc.sentences[i].text, marks.get(i, []), bidi=side == "en")}'
        for i in ids
    )


def _finding_item(f: Finding) -> str:
    label = f"{f.type}/{f.subtype}" if f.subtype else f.type
    return (
        f'<li class="{escape(f.severity)}"><span style="background:{COLOURS.get(f.type, "#eee")};padding:0 .3rem;'
        f'border-radius:3px">{escape(label)}</span> {escape(f.severity)} · {isolate_html(escape(f.explanation))}</li>'
    )


class RowView:
    """What every row of one comparison needs: highlights, findings per row, moved rows."""

    def __init__(self, c: Comparison, shown: list[Finding], *, rendering: bool) -> None:
        self.c, self.rendering = c, rendering
        self.ar_marks: dict[int, list[tuple[str, str, str]]] = {}
        self.en_marks: dict[int, list[tuple[str, str, str]]] = {}
        for f in shown:
            if f.ar_sentence is not None and f.ar_span:
                self.ar_marks.setdefault(f.ar_sentence, []).append((f.ar_span, f.type, f.explanation))
            if f.en_sentence is not None and f.en_span:
                self.en_marks.setdefault(f.en_sentence, []).append((f.en_span, f.type, f.explanation))
        shown_ids = {id(f) for f in shown}
        self.by_row = {k: [f for f in fs if id(f) in shown_ids] for k, fs in findings_by_row(c).items()}
        self.moved = moved_links(c)

    def head(self) -> str:
        mt = "<th>machine rendering</th>" if self.rendering else ""
        return (
            f'<colgroup><col class="meta"><col>{"<col class=mt>" if self.rendering else ""}<col></colgroup>'
            f'<thead><tr><th class="meta">row</th><th class="ar" dir="rtl" lang="ar">العربية</th>{mt}'
            "<th>English</th></tr></thead>"
        )

    def row(self, k: int) -> str:
        c, link = self.c, self.c.links[k]
        found = self.by_row.get(k, [])
        cls = "gap" if not (link.ar and link.en) else "cross" if k in self.moved else ""
        moved = '<br><span title="the English moved this row: it is out of the Arabic order">⇅ moved</span>' * (
            k in self.moved
        )
        meta = f"#{k + 1}<br>ar {_ids(link.ar)}<br>en {_ids(link.en)}<br>conf {link.score:.2f}{moved}"
        details = (
            f"<details><summary>{len(found)} finding{'s' if len(found) != 1 else ''}</summary>"
            f"<ul>{''.join(_finding_item(f) for f in found)}</ul></details>"
            if found
            else ""
        )
        mt = f'<td class="mt">{"<br>".join(escape(c.translations[i]) for i in link.ar)}</td>' if self.rendering else ""
        ar = _sentences(c, "ar", link.ar, self.ar_marks, "— not in the Arabic —")
        en = _sentences(c, "en", link.en, self.en_marks, "— not in the English —")
        return (
            f'<tr class="{cls}" id="row-{k}"><td class="meta">{meta}</td>'
            f'<td class="ar" dir="rtl" lang="ar">{ar}</td>{mt}<td class="en" lang="en">{en}{details}</td></tr>'
        )


def rows_html(c: Comparison, shown: list[Finding], *, rendering: bool, only_flagged: bool) -> str:
    """The review table: one row per link, findings highlighted in place and listed in a <details>."""
    view = RowView(c, shown, rendering=rendering)
    body = "".join(view.row(k) for k in range(len(c.links)) if not only_flagged or view.by_row.get(k))
    # One line, no blank lines: markdown must see a single raw-HTML block.
    return f'<div class="wb-rows"><table>{view.head()}<tbody>{body}</tbody></table></div>'


def show_summary(c: Comparison, quotes: Sequence[QuotePair]) -> None:
    """Summary panel: Arabic sentences carried over, counts by type and severity, quote fidelity."""
    s = summarize(c, quotes)
    cols = st.columns(4)
    share = s.linked_ar / s.ar_sentences if s.ar_sentences else 0.0
    cols[0].metric(
        "Arabic sentences carried over",
        f"{s.linked_ar}/{s.ar_sentences}",
        help=f"{share:.0%} of the Arabic sentences have an English counterpart (the CLI report's measure too)",
    )
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


def show_editor_tools(c: Comparison) -> None:
    """Undo, history, reset and the form that links any sentences; the row actions sit on the rows."""
    state = st.session_state
    history = state.get("history", [])
    left, middle, right = st.columns([3, 2, 3])
    left.button(
        f"↶ Undo: {history[-1][0]}" if history else "↶ Undo", on_click=undo, key="do_undo", disabled=not history,
        help="Take back the last correction (one step at a time)",
    )  # fmt: skip
    middle.button("Reset to automatic", on_click=reset, key="do_reset", disabled=not state.get("anchors"))
    with right.expander(f"History ({len(history)} step{'s' if len(history) != 1 else ''})"):
        if history:
            st.markdown("\n".join(f"{n}. {md(what)}" for n, (what, _) in enumerate(history, 1)))
        else:
            st.caption("No corrections in this session yet.")
    with st.expander("Link any sentences (rows far apart)"):
        with st.form("link_form", clear_on_submit=True, border=False):
            ar_name = {i: f"ar {i + 1}: {s.text[:70]}" for i, s in enumerate(c.ar.sentences)}
            en_name = {j: f"en {j + 1}: {s.text[:70]}" for j, s in enumerate(c.en.sentences)}
            st.multiselect("Arabic sentences", list(ar_name), format_func=lambda i: ar_name[i], key="fix_ar")
            st.multiselect("English sentences", list(en_name), format_func=lambda j: en_name[j], key="fix_en")
            st.form_submit_button("Link these sentences", on_click=link_chosen)
    folder = state.job.get("folder")
    st.caption(
        f"Corrections are saved to {md(_shown(sidecar.sidecar_path(folder)))}"
        if folder
        else "Corrections are not saved for pasted texts unless you give a name to save them under in the sidebar."
    )


def show_editor_rows(c: Comparison, view: RowView) -> None:
    """Every row with its own actions: link with the next or previous row, unlink, split."""
    last = len(c.links) - 1
    table, _ = st.columns([14, 3])
    table.markdown(f'<div class="wb-rows wb-edit"><table>{view.head()}</table></div>', unsafe_allow_html=True)
    for k, link in enumerate(c.links):
        table, actions = st.columns([14, 3], vertical_alignment="center")
        table.markdown(
            f'<div class="wb-rows wb-edit"><table>{view.head().split("<thead>")[0]}<tbody>{view.row(k)}</tbody>'
            "</table></div>",
            unsafe_allow_html=True,
        )
        args = (link.ar, link.en)
        one, two = actions.columns(2)
        one.button("↓ link", key=f"next_{k}", on_click=edit, args=("next", *args), disabled=k == last,
                   help="Link this row with the next one", use_container_width=True)  # fmt: skip
        two.button("↑ link", key=f"prev_{k}", on_click=edit, args=("previous", *args), disabled=k == 0,
                   help="Link this row with the previous one", use_container_width=True)  # fmt: skip
        one.button("unlink", key=f"unlink_{k}", on_click=edit, args=("unlink", *args),
                   disabled=len(link.ar) + len(link.en) < 2, help="Every sentence of this row on its own",
                   use_container_width=True)  # fmt: skip
        splittable = len(link.ar) > 1 or len(link.en) > 1
        two.button("split", key=f"split_{k}", on_click=edit, args=("split", *args), disabled=not splittable,
                   help="Split off the first sentence of each side", use_container_width=True)  # fmt: skip


def show_exports(c: Comparison, stem: str) -> None:
    """Download buttons: SPEC JSON, findings CSV, HTML report, TMX."""
    exports: list[tuple[str, Callable[[Comparison], str], str, str, str]] = [
        ("JSON", to_json, "json", "application/json", "The full comparison (SPEC JSON; sentence ids from 0)"),
        ("CSV of findings", lambda c: findings_csv(c, pair_id=stem), "findings.csv", "text/csv",
         "One row per finding for a spreadsheet; sentence numbers from 1; confidence = how sure the detector "
         "is that the change is real (0–1)"),
        ("HTML report", to_html, "html", "text/html", "A self-contained page of the rows and findings"),
        ("TMX", lambda c: to_tmx(c, pair_id=stem), "tmx", "application/x-tmx+xml",
         "Aligned sentence pairs for a translation memory; findings in <note>s"),
    ]  # fmt: skip
    cols = st.columns(len(exports))
    for col, (label, writer, ext, mime, help_text) in zip(cols, exports, strict=True):
        col.download_button(label, writer(c), file_name=f"{stem}.{ext}", mime=mime, key=f"export_{ext}", help=help_text)


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
            st.text_input(
                "Save corrections under this name (optional)", key="save_name", max_chars=80,
                help="Letters, digits, '.', '_' and '-'; kept in the app's corrections folder",
            )  # fmt: skip
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


def save_corrections(c: Comparison, job: dict[str, Any]) -> None:
    """After a correction's rerun: write the sidecar (or remove it when nothing is corrected any more)."""
    state = st.session_state
    if not (state.pop("save_pending", False) and job["folder"]):
        return
    if state.anchors:
        Path(job["folder"]).mkdir(parents=True, exist_ok=True)
        path = sidecar.save(job["folder"], c, state.anchors, presegmented=job["presegmented"])
        st.success(f"Alignment re-run around your corrections; saved to {md(_shown(path))}")
    elif sidecar.remove(job["folder"]):
        st.success("Corrections removed; automatic alignment restored")


def main() -> None:
    st.set_page_config(page_title="Arabic–English review", layout="wide")
    st.markdown(CSS, unsafe_allow_html=True)
    st.title("Arabic–English review")
    source = sidebar()
    if source == PASTE:
        paste_inputs()
    state = st.session_state
    if error := state.pop("input_error", None):
        st.error(md(error))
    if notice := state.pop("notice", None):
        st.info(md(notice))
    for warning in state.pop("decode_warnings", []):
        st.warning(md(warning))
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
        st.error(md(str(exc)))
        return
    except ValueError as exc:  # anchors that no longer fit the texts
        st.error(md(f"The alignment corrections do not fit these texts ({exc}); they were dropped."))
        state.anchors = ()
        return
    state.links = c.links
    save_corrections(c, job)
    st.caption(f"{md(job['ar_label'])} ↔ {md(job['en_label'])} · translator {md(c.translator)}")
    show_summary(c, quotes)
    shown = [f for f in c.findings if f.type in state.types and f.severity in state.severities]
    st.markdown(f'<div class="wb-legend">{legend_html()}</div>', unsafe_allow_html=True)
    editing = st.toggle(
        "Correct the alignment", key="edit_mode",
        help="Actions on every row: link with the next or previous row, unlink, split; undo step by step",
    )  # fmt: skip
    if editing:
        show_editor_tools(c)
        show_editor_rows(c, RowView(c, shown, rendering=state.show_mt))
    else:
        rows = rows_html(c, shown, rendering=state.show_mt, only_flagged=state.only_flagged)
        st.markdown(rows, unsafe_allow_html=True)
    st.subheader("Export")
    show_exports(c, Path(job["folder"] or "comparison").name)


main()
