"""``workbench quotes AR EN``: a quote-by-quote fidelity report for one pair (argument parsing only)."""

from __future__ import annotations

import json
from typing import Any

import click


@click.command("quotes")
@click.argument("ar_file", metavar="AR_FILE [EN_FILE] | MANIFEST_OR_DIR")
@click.argument("en_file", required=False)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--out", "-o", help="Write the report to this file instead of standard output.")
@click.option("--translator", "-t", default=None, help="lexicon, hf:<model>, ct2:<model> (default: lexicon).")
@click.option("--presegmented", is_flag=True, help="Every non-empty line is one sentence.")
@click.option(
    "--workers",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Corpus form: worker processes (default: CPU cores).",
)
@click.option("--retry-failed", is_flag=True, help="Corpus form: process the pairs that failed before again.")
@click.option("--quiet", "-q", is_flag=True, help="Corpus form: no progress bar or progress lines.")
def quotes(
    ar_file: str,
    en_file: str | None,
    fmt: str,
    out: str | None,
    translator: str | None,
    presegmented: bool,
    workers: int | None,
    retry_failed: bool,
    quiet: bool,
) -> None:
    """Pair every English quotation with its Arabic source and say how faithful it is.

    With one argument, a folder of pair folders or a JSONL manifest (as for `workbench
    batch`), every quote of every pair goes to --out as one JSON line (pair id, quotes,
    fidelity, verdict); resumable like `batch`, with the same exit status.

    Verdicts: faithful, altered (words swapped or added, or a negation, hedge, number, name or
    date inside the quote changed), truncated, uncertain (no change found, but the words match
    too little to call it faithful, or no Arabic quote is paired with it), paraphrase_as_quote
    (the Arabic quotes no one), quote_as_paraphrase (an Arabic quote the English only
    paraphrases), unmatched (the English sentence has no Arabic counterpart).

    \b
    Example:
      workbench quotes corpora/06_heavy_anbar_attack/ar.txt corpora/06_heavy_anbar_attack/en.txt
      workbench quotes ar.txt en.txt --format json --out quotes.json
      workbench quotes corpora --out quotes.jsonl --workers 2
    """
    if en_file is None:
        from workbench.cli_batch import quotes_corpus

        return quotes_corpus(
            ar_file,
            out=out,
            translator=translator,
            workers=workers,
            presegmented=presegmented,
            retry_failed=retry_failed,
            quiet=quiet,
        )
    from workbench.batch import quote_rows
    from workbench.cli import write_output
    from workbench.pipeline import compare
    from workbench.reading import read_input
    from workbench.translate import get_translator
    from workbench.translate.base import default_translator_name

    if ar_file == "-" and en_file == "-":
        raise click.UsageError("only one of AR_FILE and EN_FILE can be '-' (standard input)")
    ar_label, ar_text = read_input(ar_file, lang="ar")
    en_label, en_text = read_input(en_file, lang="en")
    backend = get_translator(translator or default_translator_name())
    result = compare(ar_text, en_text, backend, presegmented=presegmented, ar_source=ar_label, en_source=en_label)
    rows = quote_rows(result, backend)
    explanations = {(f.en_span or f.ar_span): f.explanation for f in result.findings if f.type == "quote"}
    for row in rows:
        row["explanation"] = explanations.get(row["en_quote"] or row["ar_quote"], "") or row.get("reason", "")
    if fmt == "json":
        write_output(
            json.dumps({"translator": result.translator, "quotes": rows}, ensure_ascii=False, indent=2) + "\n", out
        )
    else:
        write_output(render_text(rows), out)


def render_text(rows: list[dict[str, Any]]) -> str:
    """One block per quote: verdict and fidelity, the English quote, its Arabic source, the reason."""
    if not rows:
        return "No quotations found.\n"
    lines = []
    for row in rows:
        fidelity = "" if row["fidelity"] is None else f" (fidelity {row['fidelity']:.2f})"
        en = f"EN {row['en_sentence']}: {row['en_quote']}" if row["en_quote"] else "EN: (no quotation)"
        ar_ids = ",".join(str(i) for i in row["ar_sentences"] if i is not None)
        ar = f"AR {ar_ids}: {row['ar_quote']}" if row["ar_quote"] else "AR: (no quotation)"
        lines += [f"[{row['verdict']}]{fidelity}", f"  {en}", f"  {ar}"]
        if row.get("explanation"):
            lines.append(f"  {row['explanation']}")
        lines.append("")
    counts: dict[str, int] = {}
    for row in rows:
        counts[row["verdict"]] = counts.get(row["verdict"], 0) + 1
    lines.append("Quotes: " + ", ".join(f"{v} {n}" for v, n in sorted(counts.items())))
    return "\n".join(lines) + "\n"
