"""A self-contained HTML report: aligned rows, Arabic right-to-left, findings highlighted in place.

Every piece of article text is escaped before it is placed in the page.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from html import escape

from workbench import __version__
from workbench.findings import KINDS
from workbench.records import Comparison, Finding
from workbench.report.bidi import isolate, isolate_html

COLOURS = {kind.type: kind.colour for kind in KINDS}  # declared by each detector module

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:1.5rem;color:#222}
table{border-collapse:collapse;width:100%;table-layout:fixed}
td,th{border-top:1px solid #ddd;padding:.5rem;vertical-align:top}
td.ar{font-family:"Noto Naskh Arabic","Amiri","Scheherazade New","Geeza Pro","Arial",serif;font-size:1.15rem;
 line-height:1.9;text-align:right}
td.mt{color:#666;font-size:.9rem}
td.meta{width:6rem;font-size:.8rem;color:#555}
tr.gap td{background:#fafafa}
tr.cross td.meta{color:#b00}
mark{border-radius:3px;padding:0 2px}
ul.findings{margin:.3rem 0 0 0;padding-left:1.2rem;font-size:.85rem}
.legend span{display:inline-block;margin:0 .6rem .3rem 0;font-size:.85rem}
.legend i{display:inline-block;width:.9rem;height:.9rem;margin-right:.25rem;border-radius:2px;vertical-align:-.1rem;
 border:1px solid #0003}
.major{font-weight:600}
"""


def highlight(text: str, spans: Iterable[tuple[str, str, str]], *, bidi: bool = False) -> str:
    """Escape ``text`` and wrap each (span, finding type, explanation) in a coloured <mark>.

    Spans are exact substrings; overlapping spans keep the first one. ``bidi``: isolate Arabic
    runs in <bdi> (for left-to-right text that quotes Arabic).
    """
    esc = (lambda t: isolate_html(escape(t))) if bidi else escape
    marks: list[tuple[int, int, str, str]] = []
    for span, type_, explanation in spans:
        if not span:
            continue
        pos = text.find(span)
        if pos < 0 or any(pos < e and s < pos + len(span) for s, e, _, _ in marks):
            continue
        marks.append((pos, pos + len(span), type_, explanation))
    out, cursor = [], 0
    for s, e, type_, explanation in sorted(marks):
        out.append(esc(text[cursor:s]))
        out.append(
            f'<mark class="f-{escape(type_)}" style="background:{COLOURS.get(type_, "#eee")}" '
            f'title="{escape(isolate(explanation))}">{esc(text[s:e])}</mark>'
        )
        cursor = e
    out.append(esc(text[cursor:]))
    return "".join(out)


def legend_html() -> str:
    """Colour legend for the finding types: a swatch and the type's name (count chips are filled pills)."""
    return "".join(f'<span class="key"><i style="background:{c}"></i>{escape(t)}</span>' for t, c in COLOURS.items())


def moved_links(c: Comparison) -> set[int]:
    """Indices of the links the English moved: the fewest whose removal leaves both sides in the same order.

    One sentence moved from the top to the bottom crosses every link in between; only it is
    marked (the complement of a longest increasing subsequence of English positions).
    """
    linked = sorted((link.ar[0], link.en[0], k) for k, link in enumerate(c.links) if link.ar and link.en)
    if not linked:
        return set()
    # longest increasing subsequence over the English positions, in Arabic order (patience sorting)
    tails: list[int] = []  # index into linked of the smallest tail of each length
    parent = [-1] * len(linked)
    for n, (_, e, _) in enumerate(linked):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if linked[tails[mid]][1] < e:
                lo = mid + 1
            else:
                hi = mid
        parent[n] = tails[lo - 1] if lo else -1
        if lo == len(tails):
            tails.append(n)
        else:
            tails[lo] = n
    keep, n = set(), tails[-1]
    while n >= 0:
        keep.add(linked[n][2])
        n = parent[n]
    return {k for _, _, k in linked} - keep


def crossing_links(c: Comparison) -> set[int]:
    """Indices of links whose order on the English side disagrees with the Arabic order."""
    linked = [(k, link.ar[0], link.en[0]) for k, link in enumerate(c.links) if link.ar and link.en]
    crossing = set()
    for k, a, e in linked:
        for _, a2, e2 in linked:
            if (a - a2) * (e - e2) < 0:
                crossing.add(k)
                break
    return crossing


def _numbers(ids: tuple[int, ...]) -> str:
    """Sentence ids as people count them (from 1)."""
    return ",".join(str(i + 1) for i in ids) or "–"


def to_html(c: Comparison, *, title: str = "Arabic–English comparison", only_flagged: bool = False) -> str:
    """The whole report as one HTML page with inline CSS and no scripts (``only_flagged``: rows with findings)."""
    ar_marks: dict[int, list[tuple[str, str, str]]] = defaultdict(list)
    en_marks: dict[int, list[tuple[str, str, str]]] = defaultdict(list)
    row_findings: dict[int, list[Finding]] = defaultdict(list)
    link_of_ar = {i: k for k, link in enumerate(c.links) for i in link.ar}
    link_of_en = {j: k for k, link in enumerate(c.links) for j in link.en}
    for f in c.findings:
        if f.ar_sentence is not None and f.ar_span:
            ar_marks[f.ar_sentence].append((f.ar_span, f.type, f.explanation))
        if f.en_sentence is not None and f.en_span:
            en_marks[f.en_sentence].append((f.en_span, f.type, f.explanation))
        k = link_of_ar.get(f.ar_sentence) if f.ar_sentence is not None else link_of_en.get(f.en_sentence or 0)
        row_findings[k if k is not None else 0].append(f)
    crossing = moved_links(c)
    rows = []
    foreign = set(c.other_material)
    other_rows = []
    for k, link in enumerate(c.links):
        if link.en and not link.ar and set(link.en) <= foreign:
            other_rows.append(f'<li lang="en">{" ".join(escape(c.en.sentences[j].text) for j in link.en)}</li>')
            continue
        if only_flagged and not row_findings.get(k):
            continue
        ar_cell = "<br>".join(highlight(c.ar.sentences[i].text, ar_marks[i]) for i in link.ar)
        mt_cell = "<br>".join(escape(c.translations[i]) for i in link.ar)
        en_cell = "<br>".join(highlight(c.en.sentences[j].text, en_marks[j], bidi=True) for j in link.en)
        items = "".join(
            f'<li class="{escape(f.severity)}"><span style="background:{COLOURS.get(f.type, "#eee")}">'
            f"{escape(f.type)}{'/' + escape(f.subtype) if f.subtype else ''}</span> "
            f"{isolate_html(escape(f.explanation))}</li>"
            for f in row_findings.get(k, [])
        )
        ids = f"ar {_numbers(link.ar)}<br>en {_numbers(link.en)}"
        cls = "gap" if not (link.ar and link.en) else "cross" if k in crossing else ""
        rows.append(
            f'<tr class="{cls}"><td class="meta">{ids}<br>{link.score:.2f}'
            f"{'<br>uncertain' if link.uncertain else ''}{'<br>moved' if k in crossing else ''}</td>"
            f'<td class="ar" dir="rtl" lang="ar">{ar_cell}</td><td class="mt">{mt_cell}</td>'
            f'<td class="en" lang="en">{en_cell}{f"<ul class=findings>{items}</ul>" if items else ""}</td></tr>'
        )
    counts = Counter(f.type for f in c.findings)
    summary = ", ".join(f"{escape(t)}: {n}" for t, n in sorted(counts.items())) or "none"
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f"<style>{CSS}</style></head><body><h1>{escape(title)}</h1>"
        f"<p>Arabic: {isolate_html(escape(c.ar.source))} · English: {isolate_html(escape(c.en.source))}"
        f" · translator: {escape(c.translator)}"
        f" · workbench {__version__}</p><p>Findings: {summary}</p>"
        f'<p class="legend">{legend_html()}</p>'
        '<table><thead><tr><th class="meta">link</th><th dir="rtl">العربية</th><th>machine rendering</th>'
        f"<th>English</th></tr></thead><tbody>{''.join(rows)}</tbody></table>{_other_html(other_rows)}</body></html>\n"
    )


def _other_html(items: list[str]) -> str:
    """English material from outside this Arabic source, collapsed."""
    if not items:
        return ""
    return (
        f'<details class="other"><summary>Not from this source: {len(items)} English sentence'
        f"{'s' if len(items) != 1 else ''}</summary><ul>{''.join(items)}</ul></details>"
    )
