"""First measurements: what the detectors found on text written after the code that measured it.

    PYTHONPATH=CHECKOUT python bench/first_measurements.py LABEL FOLDER ...

Every false finding of a development set was fixed one by one, so precision measured there overstates
what a detector does on text nobody has read. A first measurement does not: it runs the code of an
earlier commit (a clean checkout, ``git worktree add --detach CHECKOUT SHA``, put first on PYTHONPATH)
on pairs (``gold.json``) or faithful documents (``en.txt``/``ar.txt``) that commit did not hold, so
nothing in that code can have been tuned on them. It counts, per (type, subtype), the major findings at
each detector's own severity (``calibrated=False``) and how many were right: a pair's finding is right
when a gold change of its type sits on its sentence (SPEC §5, as ``bench/quality.py`` counts precision),
a faithful document's major findings are all wrong. The counts are appended to
``bench/first_measurements.tsv`` under LABEL with the commit read from the checkout (never given).

Refused, exit 2 (one line, nothing written): code with uncommitted changes; a folder that is not
committed here, or that the commit already held, or any of whose files' contents appears anywhere in the
commit's history (under another name too); a folder or a label already recorded. Each folder measured is
listed with its commit and a hash of its files in ``bench/first_measurements_folders.tsv``, so that the
checks can be rerun on every row (tests/test_findings_severity.py does). What the checks cannot see is a
person who read the data before writing the code; so a batch is recorded only once it has been measured
as held out and joins the tuning part (recording feeds the severity calibration: a held-out batch
recorded is no longer held out).

``bench/calibrate_severity.py`` reads the record: a finding stays major only where its first measurements
do not show its detector below the precision the dev sets claim.

This module imports only what every commit since the fifth session's start (120d11c) provides, so
that it can run against their code.
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterable
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import findings_quality as fq  # noqa: E402
from faithful_quality import load_document  # noqa: E402
from quality import PairScore  # noqa: E402
from scoring import load_gold  # noqa: E402

import workbench  # noqa: E402
from workbench.findings.severity import NO_SUBTYPE  # noqa: E402
from workbench.outfile import write_text  # noqa: E402
from workbench.pipeline import compare  # noqa: E402
from workbench.report import comparison_to_dict  # noqa: E402
from workbench.translate import get_translator  # noqa: E402
from workbench.translate.base import Translator  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RECORD = ROOT / "bench" / "first_measurements.tsv"
MANIFEST = ROOT / "bench" / "first_measurements_folders.tsv"
Tally = Counter[tuple[str, str]]


class NotAFirstMeasurement(ValueError):
    """A request the record must not hold: uncommitted code, a folder the code already had, a label twice."""


def pair_majors(translator: Translator, pairs: Iterable[Path]) -> tuple[Tally, Tally]:
    """(major findings, right major findings) per (type, subtype) on hand-annotated pairs against their gold."""
    majors: Tally = Counter()
    right: Tally = Counter()
    for pair in pairs:
        ar_text, en_text, gold = load_gold(pair)
        result = comparison_to_dict(compare(ar_text, en_text, translator, calibrated=False))
        ps = PairScore(pair.name, ar_text, en_text, gold, result)
        for i, f in enumerate(ps.findings):
            if f["severity"] == "major":
                majors[(f["type"], f["subtype"])] += 1
                right[(f["type"], f["subtype"])] += any(j == i for j, _ in ps.spec)
    return majors, right


def document_majors(translator: Translator, folders: Iterable[Path]) -> Tally:
    """Major findings per (type, subtype) on faithful documents, whole documents through pipeline.compare: all wrong."""
    majors: Tally = Counter()
    for folder in folders:
        doc = fq.join_doc(load_document(folder))
        result = compare(doc.ar, doc.en, translator, calibrated=False)
        majors.update((f.type, f.subtype) for f in result.findings if f.severity == "major")
    return majors


def read_record(path: Path = RECORD) -> tuple[Tally, Tally, list[str]]:
    """(major findings, right ones) per (type, subtype) summed over every first measurement, and their labels."""
    majors: Tally = Counter()
    right: Tally = Counter()
    labels: list[str] = []
    if not path.is_file():
        return majors, right, labels
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, _commit, t, sub, n, ok = line.split("\t")
        labels.append(label)
        if t == NO_SUBTYPE:  # a measurement that found no major finding
            continue
        key = (t, "" if sub == NO_SUBTYPE else sub)
        majors[key] += int(n)
        right[key] += int(ok)
    return majors, right, list(dict.fromkeys(labels))


def record_header() -> list[str]:
    """The record file's comment lines: what it is and how rows get there."""
    return [
        "# First measurements: major findings (at each detector's own severity) on text the measuring code had",
        "# never seen, written by `PYTHONPATH=CHECKOUT python bench/first_measurements.py LABEL FOLDER ...` (see its",
        "# docstring); a pair's finding is right when a gold change of its type sits on its sentence, a faithful",
        "# document's every major finding is wrong. Append only; never edit a row by hand.",
        "# label\tcommit\ttype\tsubtype\tmajor findings\tright",
    ]


def record_rows(label: str, commit: str, majors: Tally, right: Tally) -> list[str]:
    """The record's rows for one first measurement: one per (type, subtype) with a major finding.

    A measurement that found no major finding is a result too: it gets one row of type ``-`` with zero
    counts, so that its label is on the record (and cannot be recorded twice)."""
    rows = [
        f"{label}\t{commit[:12]}\t{t}\t{sub or NO_SUBTYPE}\t{majors[(t, sub)]}\t{right[(t, sub)]}"
        for t, sub in sorted(majors)
        if majors[(t, sub)]
    ]
    return rows or [f"{label}\t{commit[:12]}\t{NO_SUBTYPE}\t{NO_SUBTYPE}\t0\t0"]


def _git(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, check=False)


def code_commit() -> tuple[Path, str]:
    """The checkout the imported workbench comes from and its commit; refused when its code has local changes."""
    root = Path(workbench.__file__).resolve().parent.parent
    head = _git(root, "rev-parse", "HEAD")
    if head.returncode != 0:
        raise NotAFirstMeasurement(f"{root}: the workbench imported is not in a git checkout")
    changed = _git(root, "status", "--porcelain", "--ignored", "--", "workbench", "models").stdout.splitlines()
    if [line for line in changed if "__pycache__" not in line]:
        raise NotAFirstMeasurement(f"{root}: workbench/ or models/ has local changes; record only committed code")
    return root, head.stdout.strip()


def _relative(folder: Path) -> str:
    try:
        return folder.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        raise NotAFirstMeasurement(f"{folder}: not in this checkout ({ROOT})") from None


def _files(folder: Path) -> list[Path]:
    return sorted(f for f in folder.rglob("*") if f.is_file())


def folder_digest(folder: Path) -> str:
    """A sha256 of a folder's files, names and bytes, so that a recorded folder can be checked unchanged."""
    digest = hashlib.sha256()
    for f in _files(folder):
        digest.update(f.relative_to(folder).as_posix().encode() + b"\0" + f.read_bytes() + b"\0")
    return digest.hexdigest()


@cache
def _history_objects(commit: str) -> frozenset[str]:
    """Every object id reachable from ``commit``: the contents its history ever held, under any name."""
    listed = _git(ROOT, "rev-list", "--objects", commit)
    if listed.returncode != 0:
        raise NotAFirstMeasurement(f"{commit[:12]}: not a commit of this repository")
    return frozenset(line.split(" ", 1)[0] for line in listed.stdout.splitlines())


def check_committed(folders: Iterable[Path]) -> None:
    """NotAFirstMeasurement when a folder is not committed here as it is on disk (a record names committed data)."""
    for folder in folders:
        rel = _relative(folder)
        if (
            not _git(ROOT, "ls-files", "--", rel).stdout.strip()
            or _git(ROOT, "status", "--porcelain", "--", rel).stdout
        ):
            raise NotAFirstMeasurement(f"{rel}: not committed as it is on disk")


def check_unseen(root: Path, commit: str, folders: Iterable[Path]) -> None:
    """NotAFirstMeasurement when ``commit`` already held a folder, or any of its files' contents, at any time."""
    for folder in folders:
        rel = _relative(folder)
        if _git(root, "cat-file", "-e", f"{commit}:{rel}").returncode == 0:
            raise NotAFirstMeasurement(f"{rel}: already in commit {commit[:12]}, so not a first measurement")
        seen = contents_seen(commit, _files(folder))
        if seen:
            raise NotAFirstMeasurement(f"{rel}: {seen[0].name} was in the history of {commit[:12]} (perhaps renamed)")


def contents_seen(commit: str, files: list[Path]) -> list[Path]:
    """The files whose exact contents ``commit``'s history held at some time, under whatever name."""
    if not files:
        return []
    blobs = _git(ROOT, "hash-object", "--", *map(str, files)).stdout.split()
    return [f for f, blob in zip(files, blobs, strict=True) if blob in _history_objects(commit)]


def read_manifest(path: Path = MANIFEST) -> list[tuple[str, str, str, str]]:
    """(label, commit, folder relative to the repository, folder digest) for every folder recorded."""
    if not path.is_file():
        return []
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
    return [(r[0], r[1], r[2], r[3]) for r in rows if r and r[0] and not r[0].startswith("#")]


MANIFEST_HEADER = [
    "# The folders behind each first measurement of first_measurements.tsv: label, commit, folder, sha256 of its",
    "# files (bench/first_measurements.py folder_digest). Written with the record; never edit by hand.",
]


def record(label: str, folders: list[Path], translator: Translator, path: Path = RECORD) -> list[str]:
    """Measure ``folders`` with the imported code and append the counts to the record under ``label``."""
    if "\t" in label or not label.strip():
        raise NotAFirstMeasurement(f"bad label {label!r}")
    if label in read_record(path)[2]:
        raise NotAFirstMeasurement(f"{path.name}: {label!r} is recorded already")
    pairs = [f for f in folders if (f / "gold.json").is_file()]
    docs = [f for f in folders if (f / "en.txt").is_file() and f not in pairs]
    if not folders or len(pairs) + len(docs) != len(folders):
        raise NotAFirstMeasurement("every folder must be a gold pair (gold.json) or a faithful document (en.txt)")
    manifest_path = path.with_name(path.stem + "_folders.tsv")
    recorded = {row[2] for row in read_manifest(manifest_path)}
    again = [_relative(f) for f in folders if _relative(f) in recorded]
    if again:
        raise NotAFirstMeasurement(f"{again[0]}: recorded already")
    check_committed(folders)
    root, commit = code_commit()
    check_unseen(root, commit, folders)
    majors, right = pair_majors(translator, pairs)
    majors.update(document_majors(translator, docs))
    rows = record_rows(label, commit, majors, right)
    _append(path, record_header(), rows)
    _append(manifest_path, MANIFEST_HEADER, [f"{label}\t{commit}\t{_relative(f)}\t{folder_digest(f)}" for f in folders])
    return rows


def _append(path: Path, header: list[str], rows: list[str]) -> None:
    old = path.read_text(encoding="utf-8") if path.is_file() else "\n".join(header) + "\n"
    write_text(path, old + "".join(row + "\n" for row in rows))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("label", help="what was measured, e.g. 'rewrites_heldout 149-160' (a batch no longer held out)")
    parser.add_argument("folders", nargs="+", type=Path, help="the pairs or faithful documents measured")
    parser.add_argument("--translator", default="lexicon")
    args = parser.parse_args()
    started = time.time()
    try:
        rows = record(args.label, args.folders, get_translator(args.translator))
    except NotAFirstMeasurement as err:
        print(f"first_measurements: {err}", file=sys.stderr)
        return 2
    print("\n".join(rows) + f"\nrecorded {len(rows)} rows in {RECORD} ({time.time() - started:.0f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
