"""Findings as a CSV table: one row per finding, for one comparison or a whole results file.

The table is for people with a spreadsheet: it starts with a UTF-8 byte-order mark (so Excel
reads the Arabic), sentence numbers count from 1 (the JSON's ids plus one), Arabic runs in the
explanation are bidi-isolated, and no cell can run as a formula.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import IO, Any

from workbench.records import Comparison
from workbench.report.bidi import isolate

FINDING_COLUMNS = (
    "id", "type", "subtype", "severity", "confidence", "ar_sentence_no", "en_sentence_no",
    "ar_span", "en_span", "explanation", "ar_text", "en_text", "translator",
)  # fmt: skip
# "confidence": the detector's score in [0, 1] that the change is real (not how big it is);
# "*_sentence_no": 1-based sentence numbers as the text and HTML reports show them

QUOTE_COLUMNS = (
    "id", "quote", "verdict", "fidelity", "en_sentence_no", "ar_sentence_nos", "en_quote", "ar_quote",
    "missing", "extra", "translator",
)  # fmt: skip

BOM = "\ufeff"
# OWASP CSV injection: a cell starting with one of these is a formula to a spreadsheet
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def number(sentence_id: int | None) -> int | str:
    """A 0-based sentence id as people count it (1-based); empty when there is none."""
    return "" if sentence_id is None else sentence_id + 1


def finding_rows(record: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """CSV rows for the findings of one SPEC §1 object (with its ``id``, when it has one)."""
    ar = {s["id"]: s["text"] for s in record["ar"]["sentences"]}
    en = {s["id"]: s["text"] for s in record["en"]["sentences"]}
    for f in record["findings"]:
        yield {
            "id": record.get("id", ""),
            **{k: f[k] for k in ("type", "subtype", "severity")},
            "confidence": f["score"],
            "ar_sentence_no": number(f["ar_sentence"]),
            "en_sentence_no": number(f["en_sentence"]),
            "ar_span": f["ar_span"],
            "en_span": f["en_span"],
            "explanation": isolate(f["explanation"]),
            "ar_text": ar.get(f["ar_sentence"], ""),
            "en_text": en.get(f["en_sentence"], ""),
            "translator": record.get("translator", ""),
        }


def quote_row(record: dict[str, Any]) -> dict[str, Any]:
    """A CSV row for one line of ``workbench quotes`` output."""
    row = {k: record.get(k, "") for k in QUOTE_COLUMNS}
    row["en_sentence_no"] = number(record.get("en_sentence"))
    row["ar_sentence_nos"] = ",".join(str(i + 1) for i in record.get("ar_sentences", []))
    row["missing"] = " ".join(record.get("missing", []))
    row["extra"] = " ".join(record.get("extra", []))
    row["fidelity"] = "" if record.get("fidelity") is None else record["fidelity"]
    return row


def neutralise(value: Any) -> Any:
    """A cell value a spreadsheet will not run: text starting with = + - @ tab or CR gets a leading '."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_csv(
    rows: Iterable[dict[str, Any]], fh: IO[str], columns: tuple[str, ...] = FINDING_COLUMNS, *, bom: bool = True
) -> int:
    """Write ``rows`` as CSV with a header (after a BOM unless ``bom`` is false); return the number of rows."""
    if bom:
        fh.write(BOM)
    writer = csv.DictWriter(fh, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow({k: neutralise(v) for k, v in row.items()})
        n += 1
    return n


def findings_csv(comparison: Comparison, *, pair_id: str = "") -> str:
    """The findings of one comparison as CSV text (with a BOM); ``pair_id`` fills the id column."""
    from workbench.report.data import comparison_to_dict

    buf = io.StringIO()
    write_csv(finding_rows({**comparison_to_dict(comparison), "id": pair_id}), buf)
    return buf.getvalue()
