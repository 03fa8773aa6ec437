"""How `compare` scales with input size: time and peak memory per size, and one long line.

Documents are built at run time from NTREX sentence pairs (the ``--half`` of the fixed split,
default test), repeated and shuffled with a fixed seed, four sentences to a paragraph, until
each side averages the target size in bytes. Each size runs `compare` (lexicon translator) in
its own process, which reports its wall time per stage and its peak resident memory
(``ru_maxrss``); memory above the process's baseline (after imports and the translator load)
is divided by sentence pairs, which should stay flat if memory grows linearly.

The long-line case is one line per side with all punctuation removed (the target is ~100 KB).

Targets (issue 18): memory per sentence pair flat; 2 MB per side under 2 GB peak; time at
most ~2.2x per doubling of the input; the 100 KB line under 10 s.

Each case also prints the CPU seconds of its process, per stage: on a machine shared with other
jobs, wall time swings with their load, CPU time much less.

Usage:
  python bench/scale.py                       # 25, 100, 400 KB and the long line
  python bench/scale.py --sizes 25,100,400,2000 --long-line 100
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

_PUNCT = re.compile(r"[.!?؟…,،;؛:\"“”«»()\[\]'‘’]")


def find_ntrex() -> Path:
    """The NTREX folder: $NTREX_DIR, else shared/data/ntrex in a folder above this checkout."""
    env = os.environ.get("NTREX_DIR")
    if env:
        return Path(env)
    for parent in Path(__file__).resolve().parents:
        if (parent / "shared" / "data" / "ntrex" / "eng.txt").is_file():
            return parent / "shared" / "data" / "ntrex"
    raise SystemExit("NTREX not found: set NTREX_DIR to the folder holding arb.txt and eng.txt")


def load_pairs(half: str) -> list[tuple[str, str]]:
    """(Arabic, English) sentence pairs of the NTREX documents in ``half``."""
    from splits import documents

    data = find_ntrex()
    wanted = documents(half, data)
    ids = (data / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines()
    ar = (data / "arb.txt").read_text(encoding="utf-8").splitlines()
    en = (data / "eng.txt").read_text(encoding="utf-8").splitlines()
    return [(a.strip(), e.strip()) for doc, a, e in zip(ids, ar, en, strict=True) if doc.strip() in wanted]


def build(pairs: list[tuple[str, str]], target: int, seed: int) -> tuple[str, str, int]:
    """Arabic and English documents averaging ``target`` bytes per side; also the pairs used."""
    rng = random.Random(seed)
    ar_par: list[str] = []
    en_par: list[str] = []
    ar_lines: list[str] = []
    en_lines: list[str] = []
    size = used = 0
    while size < 2 * target:
        order = list(range(len(pairs)))
        rng.shuffle(order)
        for k in order:
            a, e = pairs[k]
            ar_par.append(a)
            en_par.append(e)
            size += len(a.encode()) + len(e.encode()) + 2
            used += 1
            if len(ar_par) == 4:
                ar_lines.append(" ".join(ar_par))
                en_lines.append(" ".join(en_par))
                ar_par, en_par = [], []
            if size >= 2 * target:
                break
    if ar_par:
        ar_lines.append(" ".join(ar_par))
        en_lines.append(" ".join(en_par))
    return "\n".join(ar_lines) + "\n", "\n".join(en_lines) + "\n", used


def long_line(pairs: list[tuple[str, str]], target: int, seed: int) -> tuple[str, str, int]:
    """One line per side of about ``target`` bytes with no punctuation at all."""
    rng = random.Random(seed)
    ar_words: list[str] = []
    en_words: list[str] = []
    ar_size = en_size = used = 0
    while min(ar_size, en_size) < target:
        a, e = pairs[rng.randrange(len(pairs))]
        a, e = _PUNCT.sub(" ", a), _PUNCT.sub(" ", e)
        ar_words += a.split()
        en_words += e.split()
        ar_size += len(a.encode()) + 1
        en_size += len(e.encode()) + 1
        used += 1
    return " ".join(ar_words) + "\n", " ".join(en_words) + "\n", used


def child(ar_path: str, en_path: str) -> None:
    """Run one `compare` in this process and print its figures as JSON."""
    t0 = time.perf_counter()
    from workbench.pipeline import compare
    from workbench.reading import read_input
    from workbench.report import to_json
    from workbench.translate import get_translator

    translator = get_translator("lexicon")
    # one small comparison first, so lexicons and detector tables load before the baseline
    compare("قال الوزير إن العمل مستمر.", "The minister said work goes on.", translator)
    baseline_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t_loaded = time.perf_counter()
    _, ar_text = read_input(ar_path, lang="ar")
    _, en_text = read_input(en_path, lang="en")
    stages: dict[str, float] = {}
    cpu_stages: dict[str, float] = {}
    cpu_loaded = time.process_time()
    marks = [("segment", time.perf_counter())]
    cpu_marks = [time.process_time()]

    def progress(stage: str, _fraction: float) -> None:
        marks.append((stage, time.perf_counter()))
        cpu_marks.append(time.process_time())

    comparison = compare(ar_text, en_text, translator, progress=progress)
    to_json(comparison)
    marks.append(("end", time.perf_counter()))
    cpu_marks.append(time.process_time())
    # each mark starts a stage; the pipeline reports the stage it starts by name
    names = {"translating": "translate", "aligning": "align", "comparing": "detectors", "done": "json"}
    prev_name, prev_t, prev_cpu = "read", t_loaded, cpu_loaded
    for (name, t), cpu in zip(marks, cpu_marks, strict=True):
        stages[prev_name] = stages.get(prev_name, 0.0) + round(t - prev_t, 3)
        cpu_stages[prev_name] = cpu_stages.get(prev_name, 0.0) + round(cpu - prev_cpu, 3)
        prev_name, prev_t, prev_cpu = names.get(name, name), t, cpu
    print(
        json.dumps(
            {
                "seconds": round(marks[-1][1] - t_loaded, 3),
                "startup_s": round(t_loaded - t0, 3),
                "stages": stages,
                # CPU seconds of this process: on a shared machine, steadier than wall time
                "cpu_seconds": round(cpu_marks[-1] - cpu_loaded, 3),
                "cpu_stages": cpu_stages,
                "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                "baseline_rss_mb": round(baseline_kb / 1024, 1),
                "ar_sentences": len(comparison.ar.sentences),
                "en_sentences": len(comparison.en.sentences),
                "links": len(comparison.links),
                "findings": len(comparison.findings),
            }
        )
    )


def run_case(label: str, ar: str, en: str, folder: Path, timeout: float) -> dict | None:
    ar_path, en_path = folder / f"{label}.ar.txt", folder / f"{label}.en.txt"
    ar_path.write_text(ar, encoding="utf-8")
    en_path.write_text(en, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "WORKBENCH_MAX_INPUT_MB": "1000"}
    command = [sys.executable, __file__, "--child", str(ar_path), str(en_path)]
    try:
        proc = subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        print(f"{label:>10}: did not finish in {timeout:.0f} s", flush=True)
        return None
    if proc.returncode != 0:
        tail = (proc.stderr.strip().splitlines() or ["?"])[-1]
        print(f"{label:>10}: failed (exit {proc.returncode}): {tail}", flush=True)
        return None
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["ar_kb"] = len(ar.encode()) / 1000
    result["en_kb"] = len(en.encode()) / 1000
    pairs = max(result["ar_sentences"], result["en_sentences"])
    extra = result["peak_rss_mb"] - result["baseline_rss_mb"]
    stages = ", ".join(f"{k} {v:.1f}" for k, v in result["stages"].items())
    cpu = ", ".join(f"{k} {v:.1f}" for k, v in result["cpu_stages"].items())
    print(
        f"{label:>10}: ar {result['ar_kb']:.0f} KB / en {result['en_kb']:.0f} KB, "
        f"{result['ar_sentences']}/{result['en_sentences']} sentences | {result['seconds']:.2f} s "
        f"[{stages}] | cpu {result['cpu_seconds']:.2f} s [{cpu}] | "
        f"peak {result['peak_rss_mb']:.0f} MB (baseline {result['baseline_rss_mb']:.0f}, "
        f"{1024 * extra / pairs:.1f} KB per sentence pair above it)",
        flush=True,
    )
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="25,100,400", help="KB per side, comma-separated (e.g. 25,100,400,2000)")
    parser.add_argument("--long-line", type=float, default=100, help="KB of the unpunctuated line (0 to skip)")
    parser.add_argument("--half", choices=["dev", "test"], default="test", help="NTREX half to build from")
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--timeout", type=float, default=1800, help="seconds allowed per size")
    parser.add_argument("--child", nargs=2, metavar=("AR", "EN"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    pairs = load_pairs(args.half)
    print(f"NTREX {args.half} half: {len(pairs)} sentence pairs, seed {args.seed}; lexicon translator", flush=True)
    results: list[tuple[float, dict]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for kb in [float(x) for x in args.sizes.split(",") if x.strip()]:
            ar, en, _ = build(pairs, int(kb * 1000), args.seed)
            result = run_case(f"{kb:g} KB", ar, en, folder, args.timeout)
            if result:
                results.append((kb, result))
        for (kb1, r1), (kb2, r2) in zip(results, results[1:]):
            doublings = math.log2(kb2 / kb1)
            time_ratio = (r2["seconds"] / max(r1["seconds"], 1e-3)) ** (1 / doublings)
            cpu_ratio = (r2["cpu_seconds"] / max(r1["cpu_seconds"], 1e-3)) ** (1 / doublings)
            m1 = r1["peak_rss_mb"] - r1["baseline_rss_mb"]
            m2 = r2["peak_rss_mb"] - r2["baseline_rss_mb"]
            mem_ratio = (m2 / max(m1, 1.0)) ** (1 / doublings)
            print(
                f"{kb1:g} -> {kb2:g} KB: time x{time_ratio:.2f} per doubling (target <= 2.2; cpu x{cpu_ratio:.2f}), "
                f"memory above baseline x{mem_ratio:.2f} per doubling (linear = 2.0)",
                flush=True,
            )
        if args.long_line:
            ar, en, _ = long_line(pairs, int(args.long_line * 1000), args.seed)
            result = run_case(f"{args.long_line:g} KB line", ar, en, folder, args.timeout)
            if result:
                verdict = "under" if result["seconds"] < 10 else "OVER"
                print(
                    f"long line: {result['seconds']:.2f} s (cpu {result['cpu_seconds']:.2f} s), "
                    f"{verdict} the 10 s target",
                    flush=True,
                )


if __name__ == "__main__":
    main()
