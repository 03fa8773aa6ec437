"""Severity calibration: which finding (type, subtype) may stay major, from the dev sets and first measurements.

    python bench/calibrate_severity.py            # print the table it would write
    python bench/calibrate_severity.py --write    # write workbench/lexicons/severity_major.tsv
    python bench/calibrate_severity.py --check    # exit 1 when that file is not what --write would write

Every finding is taken at the severity its detector gave (``pipeline.compare(..., calibrated=False)``)
on the two development sets, and never on a test half:

- the NTREX dev half (even documents, every one; seed 13 and edit share 0.6, the suite that
  ``bench/findings_quality.py --half dev --full`` builds) through ``pipeline.compare``, the real aligner.
  A finding is right when it points at the known edit of its sentence (findings_quality's span match);
  any other finding is counted false, as that bench counts precision;
- rewrites_dev and the tuning half of bench/rewrites_heldout (``splits.rewrites_heldout("tuning")``;
  never its held-out half) through ``pipeline.compare``: a finding is right when a gold change of its
  type sits on its Arabic or English sentence (SPEC §5, as ``bench/quality.py`` counts precision);
- the tuning part of bench/faithful_invented (``splits.faithful_invented("tuning")``; never its
  held-out part): faithful translations, so every major finding there is counted, and counted wrong.

Per (type, subtype), the major findings and how many were right. A pair stays major when its precision
reaches 0.90 and the low end of its one-sided 95% Wilson interval reaches 0.80, so that a handful of
right findings is not enough (``workbench.findings.severity.stays_major``); every other
major finding is reported as minor by ``run_detectors``. A pair with no major finding on the dev sets
is minor: nothing shows its detector is precise. Rerun with --write whenever a detector, the aligner
or a lexicon changes what is found; tests/test_findings_severity.py checks the table against its rule.

The dev sets overstate precision: their false findings were fixed one by one. So a pair is also demoted
where its **first measurements** refute the dev figure (``bench/first_measurements.py`` writes them to
``bench/first_measurements.tsv``: the major findings that the code of an earlier commit gave on pairs or
faithful documents written after it, counted the same way, gold for pairs and every major finding wrong on
faithful documents): when even the high end of their one-sided 95% Wilson interval is below 0.90. A pair
never first-measured major keeps its dev verdict. The script prints how many right major findings of the
dev sets the table keeps major, the price of its caution.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import findings_quality as fq  # noqa: E402
from first_measurements import document_majors, pair_majors, read_record  # noqa: E402
from splits import faithful_invented, rewrites_heldout  # noqa: E402

from workbench import __version__  # noqa: E402
from workbench.encode import DEFAULT_ENCODER  # noqa: E402
from workbench.findings import KINDS  # noqa: E402
from workbench.findings.severity import MIN_LOWER_BOUND, MIN_PRECISION, NO_SUBTYPE, TABLE, stays_major  # noqa: E402
from workbench.outfile import write_text  # noqa: E402
from workbench.pipeline import compare  # noqa: E402
from workbench.translate import get_translator  # noqa: E402
from workbench.translate.base import Translator  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "workbench" / "lexicons" / TABLE
SEED, EDIT_SHARE = 13, 0.6  # bench/findings_quality.py's defaults: the same suite
Tally = Counter[tuple[str, str]]


def ntrex_dev(translator: Translator, data: Path) -> tuple[Tally, Tally]:
    """(major findings, right major findings) per (type, subtype) on the NTREX dev half, real aligner."""
    docs = fq.load_half("dev", data)
    suite = fq.build_suite(docs, random.Random(SEED), EDIT_SHARE)
    majors, right = Counter(), Counter()
    for items in suite:
        doc = fq.join_doc(items)
        result = compare(doc.ar, doc.en, translator, calibrated=False)
        for loc in fq.locate(result.findings, doc, result.ar.sentences, result.en.sentences):
            if loc.finding.severity != "major":
                continue
            key = (loc.finding.type, loc.finding.subtype)
            majors[key] += 1
            right[key] += any(
                it.edit is not None and fq.matches(loc, it.edit, k, doc.en_at[k], doc.ar_at[k])
                for k, it in enumerate(items)
            )
    return majors, right


def table_rows(
    majors: Tally, right: Tally, first_majors: Tally | None = None, first_right: Tally | None = None
) -> list[str]:
    """One TSV row per declared (type, subtype): dev counts and precision, first-measured counts, verdict."""
    first_majors, first_right = first_majors or Counter(), first_right or Counter()
    kinds = [(k.type, sub) for k in KINDS for sub in (k.subtypes or ("",))]
    kinds += sorted((set(majors) | set(first_majors)) - set(kinds))  # a type another detector emits
    rows = []
    for t, sub in dict.fromkeys(kinds):
        n, ok = majors[(t, sub)], right[(t, sub)]
        fn, fok = first_majors[(t, sub)], first_right[(t, sub)]
        precision = f"{ok / n:.2f}" if n else "-"
        verdict = "major" if stays_major(n, ok, first_majors=fn, first_true=fok) else "minor"
        rows.append(f"{t}\t{sub or NO_SUBTYPE}\t{n}\t{ok}\t{precision}\t{fn}\t{fok}\t{verdict}")
    return rows


def header(translator: str, stamp: str) -> list[str]:
    return [
        "# Which finding (type, subtype) may stay major: measured on the development sets and first measurements.",
        "# Written by `python bench/calibrate_severity.py --write` (see its docstring); do not edit by hand.",
        f"# Made {stamp} by workbench {__version__}, translator {translator}, encoder {DEFAULT_ENCODER}.",
        f"# Source: the NTREX dev half (every even document, seed {SEED}, edit share {EDIT_SHARE}, real aligner) and",
        "# rewrites_dev with the tuning half of bench/rewrites_heldout, and the tuning part of",
        "# bench/faithful_invented (faithful text: every major finding there is wrong), every finding at its",
        "# detector's own severity. A pair stays major when its major findings' precision reaches",
        f"# {MIN_PRECISION:.2f} and the low end of its one-sided 95% Wilson interval reaches {MIN_LOWER_BOUND:.2f};",
        "# others are minor. A pair is also minor where its first measurements (bench/first_measurements.tsv: text",
        "# measured by code that had never seen it) refute that precision: the high end of their interval is below it.",
        "# Columns: type, subtype, major findings, right, precision, first-measured major findings, right, verdict",
        "# type\tsubtype\tmajor findings\tright\tprecision\tfirst majors\tfirst right\tverdict",
    ]


def _rows_of(lines: Iterable[str]) -> list[str]:
    return [line for line in lines if line.strip() and not line.startswith("#")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--write", action="store_true", help=f"write workbench/lexicons/{TABLE}")
    mode.add_argument("--check", action="store_true", help="exit 1 when the table differs from what --write writes")
    parser.add_argument("--translator", default="lexicon")
    parser.add_argument("--ntrex", type=Path, default=None, help="NTREX folder (default: ../shared/data/ntrex)")
    parser.add_argument("--dev", type=Path, default=None, help="rewrites_dev folder (default: ../shared/data)")
    args = parser.parse_args()
    started = time.time()
    translator = get_translator(args.translator)
    majors, right = ntrex_dev(translator, args.ntrex or fq.shared_data() / "ntrex")
    folder = args.dev or fq.shared_data() / "rewrites_dev"
    pairs = sorted(p for p in folder.iterdir() if (p / "gold.json").is_file()) + rewrites_heldout("tuning")
    dev_majors, dev_right = pair_majors(translator, pairs)
    majors.update(dev_majors)
    right.update(dev_right)
    majors.update(document_majors(translator, faithful_invented("tuning")))
    first_majors, first_right, _labels = read_record()
    rows = table_rows(majors, right, first_majors, first_right)
    kept = sum(right[(r.split("\t")[0], r.split("\t")[1].replace(NO_SUBTYPE, ""))] for r in rows if r.endswith("major"))
    print(f"right major findings on the dev sets that stay major: {kept} of {sum(right.values())}", file=sys.stderr)
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    text = "\n".join([*header(args.translator, stamp), *rows]) + "\n"
    if args.check:
        current = _rows_of(OUT.read_text(encoding="utf-8").splitlines()) if OUT.is_file() else []
        stale = [r for r in rows if r not in current] + [r for r in current if r not in rows]
        for r in stale:
            print(("now:   " if r in rows else "table: ") + r.replace("\t", " "))
        print(f"{OUT.name}: {'stale' if stale else 'up to date'} ({time.time() - started:.0f}s)")
        return 1 if stale else 0
    if args.write:
        write_text(OUT, text)
        print(f"wrote {OUT} ({time.time() - started:.0f}s)")
    print(text, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
