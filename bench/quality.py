"""Quality on hand-annotated gold: alignment strict F1 and findings precision/recall per type.

Usage: python bench/quality.py [CORPORA_DIR ...] [--translator NAME]
Each CORPORA_DIR holds pair folders with ar.txt, en.txt and gold.json (SPEC §5);
default: corpora/. A held-out set is scored the same way by passing its folder.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scoring import f1, load_gold, map_links, map_sentences, match_findings, strict_counts  # noqa: E402

from workbench.pipeline import compare  # noqa: E402
from workbench.report import comparison_to_dict  # noqa: E402
from workbench.translate import get_translator  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", default=["corpora"])
    parser.add_argument("--translator", default="lexicon")
    parser.add_argument("--verbose", "-v", action="store_true", help="list missed and false findings")
    args = parser.parse_args()
    translator = get_translator(args.translator)
    pairs = sorted(p for d in args.dirs for p in Path(d).iterdir() if (p / "gold.json").is_file())
    if not pairs:
        print("no pair folders with gold.json found", file=sys.stderr)
        return 2
    totals = {"all": [0, 0, 0]}
    f_tp, f_pred, f_rec, f_gold = Counter(), Counter(), Counter(), Counter()
    started = time.perf_counter()
    print(f"{'pair':34} {'kind':14} {'align F1':>8} {'find P':>7} {'find R':>7}")
    for pair in pairs:
        ar_text, en_text, gold = load_gold(pair)
        result = comparison_to_dict(compare(ar_text, en_text, translator))
        gold_links = [(tuple(a), tuple(e)) for a, e in gold["alignment"]]
        pred_links = map_links(result, ar_text, en_text, gold)
        counts = strict_counts(pred_links, gold_links)
        for key in ("all", gold["kind"]):
            t = totals.setdefault(key, [0, 0, 0])
            for k in range(3):
                t[k] += counts[k]
        ar_map = map_sentences(result["ar"]["sentences"], ar_text, gold["ar_sentences"])
        en_map = map_sentences(result["en"]["sentences"], en_text, gold["en_sentences"])
        tp, pred, rec = match_findings(result["findings"], gold["changes"], ar_map, en_map)
        f_tp.update(tp)
        f_pred.update(pred)
        f_rec.update(rec)
        f_gold.update(c["type"] for c in gold["changes"])
        p = sum(tp.values()) / max(1, sum(pred.values()))
        r = sum(rec.values()) / max(1, len(gold["changes"]))
        print(f"{pair.name:34} {gold['kind']:14} {f1(*counts)[2]:8.3f} {p:7.2f} {r:7.2f}")
        if args.verbose:
            gold_set = set(gold_links)
            for g in pred_links:
                if g not in gold_set:
                    print(f"    wrong link {g}")
            for g in gold_links:
                if g not in set(pred_links):
                    print(f"    missed link {g}")
    elapsed = time.perf_counter() - started
    print()
    print("Alignment strict F1 (SPEC §4):")
    for key, (tp, n_pred, n_gold) in totals.items():
        p, r, f = f1(tp, n_pred, n_gold)
        print(f"  {key:14} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  ({tp}/{n_pred} predicted, {n_gold} gold)")
    print()
    print("Findings vs gold changes (SPEC §5 matching):")
    print(f"  {'type':16} {'P':>6} {'R':>6} {'pred':>5} {'gold':>5}")
    for t in sorted(set(f_pred) | set(f_gold)):
        p = f_tp[t] / f_pred[t] if f_pred[t] else float("nan")
        r = f_rec[t] / f_gold[t] if f_gold[t] else float("nan")
        print(f"  {t:16} {p:6.2f} {r:6.2f} {f_pred[t]:5d} {f_gold[t]:5d}")
    p_all = sum(f_tp.values()) / max(1, sum(f_pred.values()))
    r_all = sum(f_rec.values()) / max(1, sum(f_gold.values()))
    print(f"  {'overall':16} {p_all:6.2f} {r_all:6.2f} {sum(f_pred.values()):5d} {sum(f_gold.values()):5d}")
    f_all = f1(*totals["all"])[2]
    print()
    print(f"Target alignment F1 >= 0.85: {'PASS' if f_all >= 0.85 else 'FAIL'} ({f_all:.3f})")
    print(f"{len(pairs)} pairs in {elapsed:.1f} s with translator {args.translator}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
