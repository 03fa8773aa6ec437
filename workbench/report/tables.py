"""Findings as a CSV table: one row per finding, for one comparison or a whole results file."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import IO, Any

from workbench.records import Comparison

FINDING_COLUMNS = (
    "id", "type", "subtype", "severity", "score", "ar_sentence", "en_sentence",
    "ar_span", "en_span", "explanation", "ar_text", "en_text", "translator",
)  # fmt: skip

QUOTE_COLUMNS = (
    "id", "quote", "verdict", "fidelity", "en_sentence", "ar_sentences", "en_quote", "ar_quote",
    "missing", "extra", "translator",
)  # fmt: skip


def finding_rows(record: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """CSV rows for the findings of one SPEC §1 object (with its ``id``, when it has one)."""
    ar = {s["id"]: s["text"] for s in record["ar"]["sentences"]}
    en = {s["id"]: s["text"] for s in record["en"]["sentences"]}
    for f in record["findings"]:
        yield {
            "id": record.get("id", ""),
            **{k: f[k] for k in ("type", "subtype", "severity", "score", "ar_sentence", "en_sentence")},
            "ar_span": f["ar_span"],
            "en_span": f["en_span"],
            "explanation": f["explanation"],
            "ar_text": ar.get(f["ar_sentence"], ""),
            "en_text": en.get(f["en_sentence"], ""),
            "translator": record.get("translator", ""),
        }


def quote_row(record: dict[str, Any]) -> dict[str, Any]:
    """A CSV row for one line of ``workbench quotes`` output."""
    row = {k: record.get(k, "") for k in QUOTE_COLUMNS}
    row["ar_sentences"] = ",".join(str(i) for i in record.get("ar_sentences", []))
    row["missing"] = " ".join(record.get("missing", []))
    row["extra"] = " ".join(record.get("extra", []))
    row["fidelity"] = "" if record.get("fidelity") is None else record["fidelity"]
    return row


def write_csv(rows: Iterable[dict[str, Any]], fh: IO[str], columns: tuple[str, ...] = FINDING_COLUMNS) -> int:
    """Write ``rows`` as CSV with a header; return the number of rows."""
    writer = csv.DictWriter(fh, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
        n += 1
    return n


def findings_csv(comparison: Comparison) -> str:
    """The findings of one comparison as CSV text."""
    from workbench.report.data import comparison_to_dict

    buf = io.StringIO()
    write_csv(finding_rows(comparison_to_dict(comparison)), buf)
    return buf.getvalue()
