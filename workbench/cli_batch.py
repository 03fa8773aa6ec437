"""Corpus-scale commands: ``batch``, ``quotes`` over a corpus, and ``export``. Parsing and output only."""

from __future__ import annotations

import itertools
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import click

from workbench.batch import BatchInterrupted, BatchSummary, PairResult

_LOG_EVERY_S = 30.0


def corpus_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """The options ``batch`` and the corpus form of ``quotes`` share."""
    options = [
        click.option("--out", "-o", required=True, help="Results file (JSON lines); an existing one is resumed."),
        click.option("--translator", "-t", default=None, help="lexicon, hf:<model>, ct2:<model> (default: lexicon)."),
        click.option(
            "--workers",
            "-j",
            type=click.IntRange(min=1),
            default=None,
            help="Worker processes, each loading the translator once (default: CPU cores).",
        ),
        click.option("--presegmented", is_flag=True, help="Every non-empty line is one sentence."),
        click.option("--retry-failed", is_flag=True, help="Drop error lines from --out and process those pairs again."),
        click.option("--quiet", "-q", is_flag=True, help="No progress bar or progress lines."),
        click.option(
            "--device",
            type=click.Choice(["auto", "cpu", "cuda"]),
            default="auto",
            show_default=True,
            help="Where a model translator runs (hf:, ct2:).",
        ),
        click.option(
            "--beams",
            type=click.IntRange(min=1),
            default=1,
            show_default=True,
            help="Beam size for a model translator (1 = greedy).",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def engine_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Where ``batch`` runs: processes on this machine, or actors on a Ray cluster."""
    options = [
        click.option(
            "--engine",
            type=click.Choice(["local", "ray"]),
            default="local",
            show_default=True,
            help="local: worker processes here; ray: actors on a Ray cluster (pip install -e '.[ray]').",
        ),
        click.option(
            "--address",
            default=None,
            help="Ray cluster to join, e.g. 10.0.0.5:6379 or auto (default: RAY_ADDRESS, else a new local one).",
        ),
        click.option(
            "--num-cpus-per-worker",
            type=click.FloatRange(min=0, min_open=True),
            default=1.0,
            show_default=True,
            help="Ray: CPUs each actor reserves (a model translator gets as many threads).",
        ),
        click.option(
            "--num-gpus-per-worker",
            type=click.FloatRange(min=0),
            default=0.0,
            show_default=True,
            help="Ray: GPUs each actor reserves (for hf:/ct2: translators on CUDA; fractions share a GPU).",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def check_engine_options(engine: str, address: str | None, num_cpus: float, num_gpus: float) -> None:
    """The Ray options mean nothing to the local engine: a usage error rather than silently ignored."""
    if engine == "local" and (address or num_cpus != 1.0 or num_gpus):
        raise click.UsageError("--address and --num-*-per-worker are for --engine ray")


class _Progress:
    """A tqdm bar (rate, ETA) when stderr is a terminal, else a plain line every 10% or 30 s."""

    def __init__(self, label: str, *, quiet: bool) -> None:
        self.label = label
        self.quiet = quiet
        self.bar: Any = None
        self.todo = 0
        self.done = 0
        self.started = time.monotonic()
        self._last_log = self.started
        self._next_tenth = 1

    def start(self, summary: BatchSummary) -> None:
        self.todo = summary.total - summary.skipped
        if self.quiet:
            return
        if summary.repaired:
            click.echo(f"{self.label}: {summary.out}: {summary.repaired}", err=True)
        if sys.stderr.isatty():
            from tqdm import tqdm

            # the workers load their models before the first result: say so rather than sit at 0 %
            desc = f"{self.label} (loading models)" if self.todo else self.label
            self.bar = tqdm(total=self.todo, unit="pair", desc=desc, file=sys.stderr, dynamic_ncols=True)
        else:
            workers = f", {summary.workers} workers (loading models first)" if self.todo else ""
            click.echo(
                f"{self.label}: {self.todo} pairs to do, {summary.skipped} already in {summary.out}{workers}",
                err=True,
            )

    def __call__(self, summary: BatchSummary, result: PairResult) -> None:
        self.done += 1
        if self.quiet:
            return
        if self.bar is not None:
            if self.done == 1:
                self.bar.set_description(self.label, refresh=False)
            self.bar.update(1)
            if summary.failed:
                self.bar.set_postfix(failed=summary.failed, refresh=False)
            return
        now = time.monotonic()
        tenth = self.done * 10 // max(self.todo, 1)
        if tenth >= self._next_tenth or now - self._last_log >= _LOG_EVERY_S:
            self._next_tenth = tenth + 1
            self._last_log = now
            rate = self.done / max(now - self.started, 1e-9)
            eta = (self.todo - self.done) / rate if rate else 0.0
            click.echo(
                f"{self.label}: {self.done}/{self.todo} pairs ({100 * self.done // max(self.todo, 1)}%), "
                f"{rate:.1f} pairs/s, ETA {eta:.0f}s, {summary.failed} failed",
                err=True,
            )

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def run_corpus(
    mode: str,
    source: str,
    *,
    out: str,
    translator: str | None,
    workers: int | None,
    presegmented: bool,
    retry_failed: bool,
    quiet: bool,
    device: str,
    beams: int,
    engine: str = "local",
    address: str | None = None,
    num_cpus_per_worker: float = 1.0,
    num_gpus_per_worker: float = 0.0,
) -> None:
    """Run ``batch`` (mode ``compare``) or the corpus form of ``quotes`` and exit with its status."""
    from workbench.batch import format_summary, run_batch
    from workbench.translate.base import default_translator_name

    check_engine_options(engine, address, num_cpus_per_worker, num_gpus_per_worker)
    run: Callable[..., BatchSummary] = run_batch
    if engine == "ray":
        from workbench.batch_ray import run_batch_ray

        run = partial(
            run_batch_ray,
            address=address,
            num_cpus_per_worker=num_cpus_per_worker,
            num_gpus_per_worker=num_gpus_per_worker,
        )

    name = translator or default_translator_name()
    options = {} if name == "lexicon" else {"device": device, "beams": beams}
    label = "quotes" if mode == "quotes" else "batch"
    progress = _Progress(label, quiet=quiet)
    ctx = click.get_current_context()
    try:
        summary = run(
            source,
            out,
            translator=name,
            translator_options=options,
            workers=workers,
            mode=mode,
            presegmented=presegmented,
            retry_failed=retry_failed,
            progress=progress,
            on_start=progress.start,
        )
    except BatchInterrupted as stop:
        progress.close()
        s = stop.summary
        click.echo(
            f"workbench: interrupted; {s.ok + s.failed} pairs done this run are kept in {out}; "
            "run the same command again to resume",
            err=True,
        )
        ctx.exit(130)
    finally:
        progress.close()
    click.echo(format_summary(summary))
    ctx.exit(summary.exit_status)


@click.command()
@click.argument("source", metavar="MANIFEST_OR_DIR")
@corpus_options
@engine_options
@click.option(
    "--collection",
    "-c",
    default=None,
    metavar="DIR_OR_INDEX",
    help="SOURCE is a folder of English articles: find each one's Arabic sources in this collection "
    "(folder or index) and compare against them.",
)
def batch(source: str, collection: str | None = None, **kwargs: Any) -> None:
    """Compare every pair of a corpus; one JSON line per pair in --out, resumable.

    MANIFEST_OR_DIR is a folder of pair folders (<id>/ar.txt and <id>/en.txt) or a JSONL
    manifest of {"id": ..., "ar": PATH, "en": PATH} (paths relative to the manifest).
    Each line of --out is the `compare --format json` object plus "id", or {"id", "error"}
    for a pair that could not be read. Re-running with the same --out skips the pairs
    already there, so a killed or interrupted run is continued, never repeated.

    Exit status: 0 when every pair in --out succeeded, 1 when any pair failed (see its
    "error"), 2 for a usage error, 130 when interrupted. A summary is printed and written
    to RESULTS.summary.json beside --out.

    --engine ray runs the pairs on Ray actors (a local cluster, or --address of one started
    with `ray start`); --workers is then the number of actors (default: as many as the
    cluster's CPUs hold at --num-cpus-per-worker each). The output is the same.

    \b
    Example:
      workbench batch corpora --out results.jsonl --workers 2
      workbench batch corpora --out results.jsonl --engine ray --address HEAD_IP:6379
      workbench export results.jsonl --to html --out results-html
      workbench batch english/ --collection archive.sqlite --out results.jsonl
    """
    if collection is not None:
        run_sources_corpus(source, collection, **kwargs)
        return
    run_corpus("compare", source, **kwargs)


def run_sources_corpus(
    source: str,
    collection: str,
    *,
    out: str,
    translator: str | None,
    workers: int | None,
    presegmented: bool,
    retry_failed: bool,
    quiet: bool,
    device: str,
    beams: int,
    **_engine: Any,
) -> None:
    """``batch --collection``: the sources of each English article, then one comparison with them."""
    from workbench.batch_sources import run_sources_batch
    from workbench.cli_sources import BuildProgress, load_collection
    from workbench.translate.base import default_translator_name

    if workers not in (None, 1) or _engine.get("engine", "local") != "local":
        raise click.UsageError("--collection runs in this process; leave out --workers and --engine")
    name = translator or default_translator_name()
    progress = BuildProgress("batch", quiet=quiet)
    try:
        summary = run_sources_batch(
            source,
            out,
            collection=collection,
            translator=name,
            translator_options={} if name == "lexicon" else {"device": device, "beams": beams},
            presegmented=presegmented,
            retry_failed=retry_failed,
            load_index=lambda path: load_collection(path, quiet=quiet),
            on_total=progress.total,
            progress=progress,
        )
    except KeyboardInterrupt:
        progress.close()
        click.echo(
            f"workbench: interrupted; the articles done are kept in {out}; run the same command to resume", err=True
        )
        click.get_current_context().exit(130)
    finally:
        progress.close()
    click.echo(summary.line())
    click.get_current_context().exit(summary.exit_status)


def quotes_corpus(
    source: str,
    *,
    out: str | None,
    translator: str | None,
    workers: int | None,
    presegmented: bool,
    retry_failed: bool,
    quiet: bool,
) -> None:
    """The corpus form of ``workbench quotes``: one JSON line per quote of every pair, resumable."""
    path = Path(source)
    if not (path.is_dir() or path.suffix == ".jsonl"):
        raise click.UsageError(
            "give AR_FILE and EN_FILE, or one folder of pairs / .jsonl manifest with --out QUOTES.jsonl"
        )
    if not out or out == "-":
        raise click.UsageError("the corpus form of quotes needs --out QUOTES.jsonl (resumable JSON lines)")
    run_corpus(
        "quotes",
        source,
        out=out,
        translator=translator,
        workers=workers,
        presegmented=presegmented,
        retry_failed=retry_failed,
        quiet=quiet,
        device="auto",
        beams=1,
    )


@click.command()
@click.argument("results", metavar="RESULTS.jsonl", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--to",
    "fmt",
    type=click.Choice(["csv", "tmx", "html"]),
    required=True,
    help="csv: one row per finding (or quote); tmx: aligned sentence pairs; html: index + a page per pair.",
)
@click.option("--out", "-o", required=True, help="File to write (csv, tmx) or folder (html).")
@click.option("--exclude-major", is_flag=True, help="tmx: leave out aligned pairs that carry a major finding.")
def export(results: str, fmt: str, out: str, exclude_major: bool) -> None:
    """Turn a batch results file into a findings table, a translation memory or HTML reports.

    \b
    Example:
      workbench export results.jsonl --to csv --out findings.csv
      workbench export results.jsonl --to tmx --out aligned.tmx --exclude-major
      workbench export results.jsonl --to html --out report/   # open report/index.html
    """
    from workbench.batch import read_results
    from workbench.errors import WorkbenchError

    records = read_results(results)
    if fmt == "html":
        from workbench.report.index import HtmlExport

        html = HtmlExport(Path(out), title=f"Batch results: {Path(results).name}")
        for record in records:
            if "quotes_in_pair" in record:
                raise WorkbenchError(f"{results}: holds quotes, not comparisons; export it --to csv")
            html.add(record)
        index = html.finish()
        click.echo(f"{html.pages} pair reports, {html.failed} failed pairs listed; open {index}")
        return
    counts = {"rows": 0, "failed": 0}

    def comparisons() -> Any:
        for record in records:
            if "error" in record:
                counts["failed"] += 1
                continue
            yield record

    if fmt == "csv":
        from workbench.report.tables import FINDING_COLUMNS, QUOTE_COLUMNS, finding_rows, quote_row, write_csv

        ok = comparisons()
        first = next(ok, None)
        quotes = first is not None and "quotes_in_pair" in first

        def rows() -> Any:
            for record in itertools.chain([first] if first is not None else [], ok):
                if quotes:
                    yield quote_row(record)
                else:
                    yield from finding_rows(record)

        with _atomic_text(out) as fh:
            counts["rows"] = write_csv(rows(), fh, QUOTE_COLUMNS if quotes else FINDING_COLUMNS)
        what = "quotes" if quotes else "findings"
    else:
        from workbench.report.tmx import tmx_footer, tmx_header, tmx_units

        with _atomic_text(out) as fh:
            fh.write(tmx_header())
            for record in comparisons():
                if "quotes_in_pair" in record:
                    raise WorkbenchError(f"{results}: holds quotes, not comparisons; export it --to csv")
                for unit in tmx_units(record, exclude_major=exclude_major):
                    fh.write(unit)
                    counts["rows"] += 1
            fh.write(tmx_footer())
        what = "aligned pairs"
    click.echo(f"{counts['rows']} {what} written to {out} ({counts['failed']} failed pairs left out)")


def _atomic_text(out: str) -> Any:
    """Open ``out`` for writing text: a regular file is replaced only once everything is written."""
    from workbench.outfile import open_output

    return open_output(out, newline="")
