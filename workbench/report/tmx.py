"""TMX 1.4b translation memory of aligned sentence pairs (links with both sides only).

A one-to-one link is a ``sentence`` unit, a merged link a ``block``. The findings of a link go
into ``<note>``s (and their count into a ``<prop>``), so a unit whose English changed the facts
is marked in the memory; ``exclude_major`` leaves such units out altogether.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from workbench import __version__
from workbench.records import Comparison
from workbench.report.bidi import isolate

# characters XML 1.0 does not allow; article text scraped from the web sometimes has them
# (lone surrogates, which JSON escapes can carry, are not characters and cannot be written as UTF-8)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _text(value: str) -> str:
    return escape(_NOT_XML.sub(" ", value))


def _attr(value: str) -> str:
    return quoteattr(_NOT_XML.sub(" ", value))


def tmx_date(when: datetime | None = None) -> str:
    """A TMX date (ISO 8601 basic format in UTC: YYYYMMDDThhmmssZ)."""
    return (when or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def tmx_header(*, o_tmf: str = "workbench-jsonl", created: datetime | None = None) -> str:
    """The XML declaration, the TMX header and the opening of the body.

    ``o_tmf``: the format the units come from (``workbench-jsonl`` for a batch results file,
    ``workbench-json`` for one comparison).
    """
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<tmx version="1.4">\n'
        f'  <header creationtool="workbench" creationtoolversion={quoteattr(__version__)} segtype="sentence"'
        f' o-tmf={quoteattr(o_tmf)} adminlang="en" srclang="ar" datatype="plaintext"'
        f' creationdate="{tmx_date(created)}"/>\n'
        "  <body>\n"
    )


def tmx_footer() -> str:
    """The closing of the body and the document."""
    return "  </body>\n</tmx>\n"


def tmx_units(record: dict[str, Any], *, exclude_major: bool = False) -> Iterator[str]:
    """One <tu> per link of a SPEC §1 object that has sentences on both sides.

    The Arabic (and English) sentences of a link are joined with a space; the pair id, link
    score, sentence ids and finding count are <prop>s, each finding a <note>.
    """
    ar = {s["id"]: s["text"] for s in record["ar"]["sentences"]}
    en = {s["id"]: s["text"] for s in record["en"]["sentences"]}
    pair_id = str(record.get("id", "")) or "comparison"
    notes: dict[int, list[dict[str, Any]]] = defaultdict(list)
    link_of_ar = {i: k for k, link in enumerate(record["links"]) for i in link["ar"]}
    link_of_en = {j: k for k, link in enumerate(record["links"]) for j in link["en"]}
    for f in record["findings"]:
        k = link_of_ar.get(f["ar_sentence"]) if f["ar_sentence"] is not None else link_of_en.get(f["en_sentence"])
        if k is not None:
            notes[k].append(f)
    for k, link in enumerate(record["links"]):
        if not link["ar"] or not link["en"]:
            continue
        found = notes.get(k, [])
        major = sum(1 for f in found if f["severity"] == "major")
        if exclude_major and major:
            continue
        props = [
            ("x-pair-id", pair_id),
            ("x-link-score", f"{link['score']:.3f}"),
            ("x-ar-sentences", ",".join(map(str, link["ar"]))),  # JSON ids (0-based), for tools
            ("x-en-sentences", ",".join(map(str, link["en"]))),
            ("x-translator", str(record.get("translator", ""))),
            ("x-findings", f"{len(found)} ({major} major)"),
        ]
        segtype = "sentence" if len(link["ar"]) == len(link["en"]) == 1 else "block"
        yield (
            f'    <tu tuid={_attr(f"{pair_id}:{k + 1}")} segtype="{segtype}">\n'
            + "".join(f"      <note>{_text(_note(f))}</note>\n" for f in found)
            + "".join(f'      <prop type="{t}">{_text(v)}</prop>\n' for t, v in props)
            + f'      <tuv xml:lang="ar"><seg>{_text(" ".join(ar[i] for i in link["ar"]))}</seg></tuv>\n'
            + f'      <tuv xml:lang="en"><seg>{_text(" ".join(en[j] for j in link["en"]))}</seg></tuv>\n'
            + "    </tu>\n"
        )


def _note(f: dict[str, Any]) -> str:
    label = f"{f['type']}/{f['subtype']}" if f.get("subtype") else f["type"]
    return f"{f['severity']} {label}: {isolate(f['explanation'])}"


def to_tmx(comparison: Comparison, *, pair_id: str = "", exclude_major: bool = False) -> str:
    """The aligned sentence pairs of one comparison as a TMX 1.4b document (``pair_id`` prefixes each tuid)."""
    from workbench.report.data import comparison_to_dict

    record = {**comparison_to_dict(comparison), "id": pair_id}
    units = "".join(tmx_units(record, exclude_major=exclude_major))
    return tmx_header(o_tmf="workbench-json") + units + tmx_footer()
