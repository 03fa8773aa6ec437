"""TMX 1.4 translation memory of aligned sentence pairs (links with both sides only)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from workbench import __version__
from workbench.records import Comparison

# characters XML 1.0 does not allow; article text scraped from the web sometimes has them
# (lone surrogates, which JSON escapes can carry, are not characters and cannot be written as UTF-8)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _text(value: str) -> str:
    return escape(_NOT_XML.sub(" ", value))


def tmx_header() -> str:
    """The XML declaration, the TMX header and the opening of the body."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<tmx version="1.4">\n'
        f'  <header creationtool="workbench" creationtoolversion={quoteattr(__version__)} segtype="block"'
        ' o-tmf="workbench-jsonl" adminlang="en" srclang="ar" datatype="plaintext"/>\n'
        "  <body>\n"
    )


def tmx_footer() -> str:
    """The closing of the body and the document."""
    return "  </body>\n</tmx>\n"


def tmx_units(record: dict[str, Any]) -> Iterator[str]:
    """One <tu> per link of a SPEC §1 object that has sentences on both sides.

    The Arabic (and English) sentences of a link are joined with a space; the pair id, link
    score and sentence ids are <prop>s.
    """
    ar = {s["id"]: s["text"] for s in record["ar"]["sentences"]}
    en = {s["id"]: s["text"] for s in record["en"]["sentences"]}
    pair_id = str(record.get("id", ""))
    for k, link in enumerate(record["links"]):
        if not link["ar"] or not link["en"]:
            continue
        props = [
            ("x-pair-id", pair_id),
            ("x-link-score", f"{link['score']:.3f}"),
            ("x-ar-sentences", ",".join(map(str, link["ar"]))),
            ("x-en-sentences", ",".join(map(str, link["en"]))),
            ("x-translator", str(record.get("translator", ""))),
        ]
        tuid = _NOT_XML.sub(" ", f"{pair_id}:{k}" if pair_id else str(k))  # an id may hold control characters
        yield (
            f"    <tu tuid={quoteattr(tuid)}>\n"
            + "".join(f'      <prop type="{t}">{_text(v)}</prop>\n' for t, v in props)
            + f'      <tuv xml:lang="ar"><seg>{_text(" ".join(ar[i] for i in link["ar"]))}</seg></tuv>\n'
            + f'      <tuv xml:lang="en"><seg>{_text(" ".join(en[j] for j in link["en"]))}</seg></tuv>\n'
            + "    </tu>\n"
        )


def to_tmx(comparison: Comparison) -> str:
    """The aligned sentence pairs of one comparison as a TMX 1.4 document."""
    from workbench.report.data import comparison_to_dict

    return tmx_header() + "".join(tmx_units(comparison_to_dict(comparison))) + tmx_footer()
