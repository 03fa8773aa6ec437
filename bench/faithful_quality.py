"""False alarms on faithful translations nobody tuned on: every finding there is wrong.

    python bench/faithful_quality.py [FOLDER ...] [--part held|tuning] [--no-aligner] [--show N] [--json PATH]

Each FOLDER (default: the documents of one part of bench/faithful_invented, ``bench/splits.py``: the
held-out part unless --part tuning) holds ``en.txt`` and ``ar.txt``,
one sentence per line, line k of the Arabic a faithful translation of line k of the English
(bench/faithful_invented/README.md says how they were written: blind to the code under test).
Nothing in them is a change, so each finding the detectors report is a false alarm, and the
bench prints how many per 100 sentences, by type and subtype, and how many of them are major
(the issue's bar: at most 1 major false alarm per 100 sentences of faithful text).

Two runs, as bench/findings_quality.py makes them:
  1-1 links   every sentence pair handed to the detectors as a perfect 1-1 link;
  aligner     whole documents through ``pipeline.compare`` (real segmentation and alignment),
              with the ``workbench quotes`` verdict of every English quote (on faithful text
              anything but faithful or uncertain is wrong).
--show N lists up to N false findings per run with their sentences; it is refused on a held-out
document.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import findings_quality as fq  # noqa: E402
from splits import faithful_invented  # noqa: E402

from workbench.batch import quote_rows  # noqa: E402
from workbench.pipeline import compare  # noqa: E402
from workbench.translate.base import Translator, get_translator  # noqa: E402


class BadDocument(ValueError):
    """A document folder that cannot be read as line-aligned en.txt / ar.txt."""


def load_document(folder: Path) -> list[fq.Item]:
    """A document's sentence pairs as suite items with no edit; BadDocument when its files do not pair up."""
    try:
        en = (folder / "en.txt").read_text(encoding="utf-8").splitlines()
        ar = (folder / "ar.txt").read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise BadDocument(f"{folder}: {err}") from None
    if len(en) != len(ar):
        raise BadDocument(f"{folder}: en.txt has {len(en)} lines, ar.txt {len(ar)}")
    if any(not a.strip() or not e.strip() for a, e in zip(ar, en, strict=True)):
        raise BadDocument(f"{folder}: an empty line")
    return [fq.Item(folder.name, k, a.strip(), e.strip(), None) for k, (a, e) in enumerate(zip(ar, en, strict=True))]


def document_folders(args: list[Path], part: str) -> list[Path]:
    """The folders named, or the document folders of one part of bench/faithful_invented."""
    return args or faithful_invented(part)


def run_aligner(suite: list[list[fq.Item]], translator: Translator, verdicts: Counter[str]) -> list[Any]:
    """Whole documents through pipeline.compare; every English quote's verdict is counted into ``verdicts``."""
    out = []
    for items in suite:
        doc = fq.join_doc(items)
        result = compare(doc.ar, doc.en, translator)
        out.append((doc, fq.locate(result.findings, doc, result.ar.sentences, result.en.sentences)))
        verdicts.update(row["verdict"] for row in quote_rows(result, translator))
    return out


def report(name: str, runs: list[Any], sentences: int, show: int) -> dict[str, Any]:
    """Print the false alarms of one run per type/subtype and per 100 sentences; return the figures."""
    found: Counter[str] = Counter()
    major: Counter[str] = Counter()
    listing = []
    for doc, located in runs:
        for loc in located:
            f = loc.finding
            kind = f"{f.type}/{f.subtype}" if f.subtype else f.type
            found[kind] += 1
            major[kind] += f.severity == "major"
            where = sorted(loc.items)
            en = " | ".join(doc.items[k].en for k in where)[:160]
            listing.append(f"    {kind} ({f.severity}) en={f.en_span[:60]!r} ar={f.ar_span[:60]!r}\n        en: {en}")
    total, majors = sum(found.values()), sum(major.values())
    print(f"\n{name}: {sentences} faithful sentence pairs")
    print(
        f"  false alarms per 100 sentences: {100 * total / sentences:.1f} ({total}); major: "
        f"{100 * majors / sentences:.2f} ({majors})"
    )
    for kind, n in found.most_common():
        print(f"    {kind:32} {n:4}  major {major[kind]}")
    for line in listing[:show]:
        print(line)
    return {
        "sentences": sentences,
        "false": total,
        "major": majors,
        "by_kind": dict(found),
        "major_by_kind": {k: v for k, v in major.items() if v},
    }


def main() -> None:
    """Run the bench; a folder that does not pair up is one line on stderr and exit 2."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, help="document folders (default: bench/faithful_invented)")
    parser.add_argument("--part", choices=("held", "tuning"), default="held", help="which part of the set")
    parser.add_argument("--translator", default="lexicon")
    parser.add_argument("--no-aligner", action="store_true", help="only the 1-1 link run")
    parser.add_argument("--show", type=int, default=0, help="list up to N false findings per run (tuning sets only)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    started = time.time()
    try:
        folders = document_folders(args.folders, args.part)
        held = {p.resolve() for p in faithful_invented("held")}
    except OSError as err:
        print(f"faithful_quality: {err}", file=sys.stderr)
        sys.exit(2)
    if args.show and any(folder.resolve() in held for folder in folders):
        print("faithful_quality: --show is refused on held-out documents (bench/splits.py)", file=sys.stderr)
        sys.exit(2)
    try:
        suite = [load_document(folder) for folder in folders]
    except (BadDocument, OSError) as err:
        print(f"faithful_quality: {err}", file=sys.stderr)
        sys.exit(2)
    if not suite:
        print("faithful_quality: no document folders found", file=sys.stderr)
        sys.exit(2)
    translator = get_translator(args.translator)
    sentences = sum(len(items) for items in suite)
    print(f"faithful documents: {len(suite)}, {sentences} sentence pairs, translator {args.translator}")
    figures = {
        "documents": len(suite),
        "links_1_1": report("perfect 1-1 links", fq.run_links(suite, translator), sentences, args.show),
    }
    if not args.no_aligner:
        verdicts: Counter[str] = Counter()
        figures["aligner"] = report(
            "real aligner (pipeline.compare)", run_aligner(suite, translator, verdicts), sentences, args.show
        )
        wrong = sum(n for verdict, n in verdicts.items() if verdict not in ("faithful", "uncertain"))
        print(f"  workbench quotes verdicts: {dict(verdicts.most_common())}; not faithful or uncertain: {wrong}")
        figures["quote_verdicts"] = dict(verdicts)
    print(f"\n{time.time() - started:.0f}s")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
