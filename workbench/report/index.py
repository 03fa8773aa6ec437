"""HTML export of a results file: one report page per pair and an index page linking them.

Pages are rendered by ``report.html.to_html`` from a Comparison rebuilt from each JSON line.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import fields, replace
from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import quote

from workbench import __version__
from workbench.outfile import write_text
from workbench.records import Comparison, Document, Finding, Link, Sentence
from workbench.report.bidi import isolate_html
from workbench.report.html import COLOURS, CSS

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


_FINDING_FIELDS = tuple(f.name for f in fields(Finding))


def comparison_from_dict(record: dict[str, Any]) -> Comparison:
    """Rebuild a Comparison from its SPEC §1 object (the inverse of ``comparison_to_dict``).

    The JSON keeps sentences, not whole texts, so each Document's text is rebuilt with every
    sentence at its offsets and spaces between them: offsets stay valid, layout does not.
    """
    ar = _document(record["ar"], "ar")
    if record.get("ar_sources") and record["ar"].get("source_starts"):
        ar = replace(ar, parts=tuple(zip(record["ar_sources"], record["ar"]["source_starts"])))
    return Comparison(
        ar=ar,
        en=_document(record["en"], "en"),
        translator=record.get("translator", ""),
        translations=tuple(record.get("translations", ())),
        links=tuple(
            Link(tuple(k["ar"]), tuple(k["en"]), float(k["score"]), bool(k.get("uncertain", False)))
            for k in record["links"]
        ),
        # extra keys a finding may carry (its "source" with several Arabic sources) are not Finding fields
        findings=tuple(Finding(**{k: f[k] for k in _FINDING_FIELDS}) for f in record["findings"]),
        meta={
            "workbench_version": record.get("workbench_version", ""),
            "translator_signature": record.get("signature", {}).get("translator", record.get("translator", "")),
            # what else the signature says (the sentence encoder, the lexicons…) comes back as it was
            **{k: v for k, v in record.get("signature", {}).items() if k not in ("workbench", "translator")},
        },
        other_material=tuple(record.get("summary", {}).get("other_material", ())),
    )


def _document(side: dict[str, Any], lang: str) -> Document:
    starts = side.get("source_starts") or [0]  # several sources: offsets are per source in the JSON

    def placed(s: dict[str, Any]) -> Sentence:
        k = s.get("source", 0)
        shift = starts[k] if 0 <= k < len(starts) else 0
        return Sentence(s["id"], s["text"], s["start"] + shift, s["end"] + shift, k)

    sentences = tuple(placed(s) for s in side["sentences"])
    chars = [" "] * max((s.end for s in sentences), default=0)
    for s in sentences:
        chars[s.start : s.end] = s.text
    return Document(lang=lang, text="".join(chars), sentences=sentences, source=side.get("source", "<text>"))


def report_filename(pair_id: str, taken: set[str]) -> str:
    """A safe, unique file name for a pair's page (ids may hold slashes or non-ASCII)."""
    stem = _UNSAFE.sub("_", pair_id).strip("._")[:80] or "pair"
    if stem != pair_id or stem.lower() in taken:
        stem = f"{stem}-{hashlib.sha1(pair_id.encode('utf-8')).hexdigest()[:8]}"
    taken.add(stem.lower())
    return f"{stem}.html"


class HtmlExport:
    """Writes per-pair pages into ``folder/pairs/`` as records arrive, then ``folder/index.html``."""

    def __init__(self, folder: Path, *, title: str = "Batch results") -> None:
        from workbench.errors import WorkbenchError

        if folder.exists() and not folder.is_dir():
            raise WorkbenchError(f"{folder}: is a file; --out for html is a folder")
        try:
            (folder / "pairs").mkdir(parents=True, exist_ok=True)
        except OSError as exc:  # read-only disk, a file in the way
            raise WorkbenchError(f"{folder}: cannot create the report folder ({exc.strerror or exc})") from None
        self.folder = folder
        self.title = title
        self._rows: list[str] = []
        self._taken: set[str] = set()
        self._totals: Counter[str] = Counter()
        self.pages = 0
        self.failed = 0

    def add(self, record: dict[str, Any]) -> None:
        """Write the page of one results line (or list its error in the index)."""
        from workbench.report.html import to_html

        pair_id = str(record["id"])
        if "error" in record:
            self.failed += 1
            error = escape(record["error"])
            self._rows.append(f'<tr class="error"><td>{escape(pair_id)}</td><td colspan="4">error: {error}</td></tr>')
            return
        name = report_filename(pair_id, self._taken)
        page = to_html(comparison_from_dict(record), title=f"{pair_id}: Arabic–English comparison")
        _write_atomic(self.folder / "pairs" / name, page)
        self.pages += 1
        summary = record["summary"]
        counts = summary.get("findings_by_type", {})
        self._totals.update(counts)
        chips = " ".join(
            f'<span style="background:{COLOURS.get(t, "#eee")}">{escape(t)} {n}</span>' for t, n in counts.items()
        )
        self._rows.append(
            f'<tr><td><a href="pairs/{quote(name)}">{isolate_html(escape(pair_id))}</a></td>'
            f'<td class="n">{summary["ar_sentences"]}</td><td class="n">{summary["en_sentences"]}</td>'
            f'<td class="n">{sum(counts.values())}</td><td class="chips">{chips}</td></tr>'
        )

    def finish(self) -> Path:
        """Write index.html and return its path."""
        totals = ", ".join(f"{escape(t)}: {n}" for t, n in sorted(self._totals.items())) or "none"
        page = (
            f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(self.title)}</title>'
            f"<style>{CSS}td.n{{text-align:right;width:5rem}}.chips span{{display:inline-block;margin:0 .3rem .2rem 0;"
            "padding:0 .4rem;border-radius:3px;font-size:.85rem}tr.error td{color:#b00}</style></head><body>"
            f"<h1>{escape(self.title)}</h1><p>{self.pages} pairs with reports, {self.failed} failed"
            f" · workbench {__version__}</p><p>Findings: {totals}</p>"
            '<table><thead><tr><th>pair</th><th class="n">ar sentences</th><th class="n">en sentences</th>'
            f'<th class="n">findings</th><th>by type</th></tr></thead><tbody>{"".join(self._rows)}</tbody></table>'
            "</body></html>\n"
        )
        index = self.folder / "index.html"
        _write_atomic(index, page)
        return index


def _write_atomic(path: Path, text: str) -> None:
    write_text(path, text)
