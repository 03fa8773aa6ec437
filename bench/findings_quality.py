"""Findings quality: a perturbation suite built at run time, plus the hand-annotated corpora gold.

    python bench/findings_quality.py [--ntrex DIR] [--corpora DIR] [--seed N] [--limit N]

1. Perturbation suite. Aligned Arabic–English sentence pairs come from NTREX-128 (read at
   run time from ../shared/data/ntrex, CC BY-SA; nothing is copied into the repository) and
   from the 1-1 groups of corpora/*/gold.json that carry no gold change. Each pair is either
   kept as a control or given one known edit of its English side (bench/perturb.py), chosen
   among the edits that apply to it. The lexicon translator renders the Arabic, every
   registered detector runs on the pair, and per type:
     recall    = edited-for-T pairs with a T finding / edited-for-T pairs
     precision = edited-for-T pairs with a T finding / all pairs with a T finding
   (a T finding on a control or on a pair edited for another type is a false alarm), plus
   major findings of any type per 100 controls.
2. Corpora gold. ``pipeline.compare`` on each corpora/*/ar.txt + en.txt (the real
   segmentation and alignment); a finding matches a gold change when the types are equal and
   it names the same Arabic or the same English sentence (SPEC §5). Predicted sentences are
   mapped to gold sentences by character overlap.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from perturb import EDITS  # noqa: E402
from scoring import finding_matches, load_gold, map_sentences  # noqa: E402

from workbench.findings import DETECTORS, run_detectors  # noqa: E402
from workbench.findings.base import AlignedPair  # noqa: E402
from workbench.pipeline import compare  # noqa: E402
from workbench.records import Link, Sentence  # noqa: E402
from workbench.report import comparison_to_dict  # noqa: E402
from workbench.text.quotes import find_quotes  # noqa: E402
from workbench.translate.base import get_translator  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TARGET_P, TARGET_R = 0.90, 0.80
GOLD_P, GOLD_R = 0.85, 0.75
MAX_MAJOR_FA = 2.0
# which detector module must be registered for a type to be scored on the suite
TYPE_DETECTOR = {
    "reporting_verb": "reporting_verbs", "certainty": "certainty", "number": "numbers", "entity": "entities",
    "time": "time", "quote": "quotes", "negation": "negation", "attribution": "attribution", "wording": "wording",
}  # fmt: skip


def ntrex_pairs(folder: Path) -> list[tuple[str, str, str]]:
    """(source label, Arabic, English) for every NTREX line pair."""
    ar = (folder / "arb.txt").read_text(encoding="utf-8").splitlines()
    en = (folder / "eng.txt").read_text(encoding="utf-8").splitlines()
    pairs = enumerate(zip(ar, en, strict=True))
    return [(f"ntrex:{i}", a.strip(), e.strip()) for i, (a, e) in pairs if a.strip() and e.strip()]


def corpora_pairs(folder: Path) -> list[tuple[str, str, str]]:
    """(source label, Arabic, English) for 1-1 gold groups that no gold change touches."""
    out = []
    for gold_path in sorted(folder.glob("*/gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        touched_ar = {c["ar_sentence"] for c in gold["changes"]}
        touched_en = {c["en_sentence"] for c in gold["changes"]}
        for ar_ids, en_ids in gold["alignment"]:
            if len(ar_ids) == 1 and len(en_ids) == 1 and ar_ids[0] not in touched_ar and en_ids[0] not in touched_en:
                out.append(
                    (
                        f"{gold_path.parent.name}:{ar_ids[0]}",
                        gold["ar_sentences"][ar_ids[0]],
                        gold["en_sentences"][en_ids[0]],
                    )
                )
    return out


def build_suite(
    pairs: list[tuple[str, str, str]], rng: random.Random, types: list[str], cap: int, control_share: float
) -> list[tuple[str, str, str, str | None]]:
    """(label, Arabic, English, edit type or None for a control), each pair edited at most once."""
    counts: Counter[str] = Counter()
    suite = []
    order = list(pairs)
    rng.shuffle(order)
    for label, ar, en in order:
        if rng.random() < control_share:
            suite.append((label, ar, en, None))
            continue
        edited = None
        for t in sorted(types, key=lambda t: (counts[t], rng.random())):
            if counts[t] >= cap:
                continue
            new = EDITS[t](ar, en, rng)
            if new is not None and new != en:
                edited = (label, ar, new, t)
                counts[t] += 1
                break
        suite.append(edited or (label, ar, en, None))
    return suite


def aligned_pairs(suite: list[tuple[str, str, str, str | None]], translator) -> list[AlignedPair]:
    """One AlignedPair per suite item (a 1-1 link), with the translator's renderings of sentence and quotes."""
    ar_texts = [ar for _, ar, _, _ in suite]
    quote_inners = sorted({ar[q.start + 1 : q.end - 1] for ar in ar_texts for q in find_quotes(ar)})
    rendered = translator.translate(ar_texts + quote_inners)
    quote_map = dict(zip(quote_inners, rendered[len(ar_texts) :], strict=True))
    out = []
    for i, (_, ar, en, _) in enumerate(suite):
        quotes = tuple((inner, quote_map[inner]) for q in find_quotes(ar) if (inner := ar[q.start + 1 : q.end - 1]))
        out.append(
            AlignedPair(
                link=Link((i,), (i,), 1.0),
                ar=(Sentence(i, ar, 0, len(ar)),),
                en=(Sentence(i, en, 0, len(en)),),
                renderings=(rendered[i],),
                quote_renderings=quotes,
            )
        )
    return out


def score_suite(args: argparse.Namespace, translator) -> list[tuple[str, bool]]:
    """Run the perturbation suite; print per-type figures; return (target name, passed)."""
    pairs = []
    if args.ntrex.is_dir():
        pairs += ntrex_pairs(args.ntrex)
    if args.corpora.is_dir():
        pairs += corpora_pairs(args.corpora)
    if args.limit:
        pairs = pairs[: args.limit]
    rng = random.Random(args.seed)
    types = [t for t, d in TYPE_DETECTOR.items() if d in DETECTORS]
    skipped = [t for t in TYPE_DETECTOR if t not in types]
    suite = build_suite(pairs, rng, types, args.cap, args.control_share)
    aligned = aligned_pairs(suite, translator)
    flagged: dict[str, set[int]] = defaultdict(set)
    major_on_controls = 0
    for i, pair in enumerate(aligned):
        for f in run_detectors([pair]):
            flagged[f.type].add(i)
            if suite[i][3] is None and f.severity == "major":
                major_on_controls += 1
    controls = [i for i, item in enumerate(suite) if item[3] is None]
    print(f"Perturbation suite: {len(suite)} pairs ({len(controls)} controls), seed {args.seed}")
    if skipped:
        print(f"  not scored (detector not registered yet): {', '.join(skipped)}")
    print(f"  {'type':<15} {'edited':>6} {'found':>6} {'flagged':>7} {'precision':>9} {'recall':>7}")
    results = []
    for t in types:
        edited = {i for i, item in enumerate(suite) if item[3] == t}
        hit = edited & flagged[t]
        precision = len(hit) / len(flagged[t]) if flagged[t] else 0.0
        recall = len(hit) / len(edited) if edited else 0.0
        ok_p, ok_r = precision >= TARGET_P, recall >= TARGET_R
        print(
            f"  {t:<15} {len(edited):>6} {len(hit):>6} {len(flagged[t]):>7} {precision:>9.3f} {recall:>7.3f}"
            f"   precision {'PASS' if ok_p else 'FAIL'}, recall {'PASS' if ok_r else 'FAIL'}"
        )
        results += [(f"suite {t} precision", ok_p), (f"suite {t} recall", ok_r)]
        if args.verbose:
            for i in sorted(flagged[t] - edited)[: args.verbose]:
                print(f"      false alarm [{suite[i][0]} edit={suite[i][3]}] {suite[i][2][:150]}")
                for f in run_detectors([aligned[i]]):
                    if f.type == t:
                        print(f"         {f.subtype}: {f.explanation[:160]}")
            for i in sorted(edited - flagged[t])[: args.verbose]:
                print(f"      missed [{suite[i][0]}] {suite[i][2][:150]}")
    per100 = 100.0 * major_on_controls / max(1, len(controls))
    ok = per100 <= MAX_MAJOR_FA
    print(f"  major false alarms per 100 controls: {per100:.2f}   {'PASS' if ok else 'FAIL'} (target ≤ {MAX_MAJOR_FA})")
    if args.verbose:
        by_type = Counter(f.type for i in controls for f in run_detectors([aligned[i]]) if f.severity == "major")
        print(f"      by type: {dict(by_type)}")
    results.append(("suite major false alarms", ok))
    return results


def score_gold(args: argparse.Namespace, translator) -> list[tuple[str, bool]]:
    """Score ``compare`` on every corpora/*/gold.json; print overall and per-type figures."""
    gold_files = sorted(args.corpora.glob("*/gold.json"))
    if not gold_files:
        print("Corpora gold: none found")
        return []
    tp_pred: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    tp_gold: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    for path in gold_files:
        ar_text, en_text, gold = load_gold(path.parent)
        result = comparison_to_dict(compare(ar_text, en_text, translator))
        ar_map = map_sentences(result["ar"]["sentences"], ar_text, gold["ar_sentences"])
        en_map = map_sentences(result["en"]["sentences"], en_text, gold["en_sentences"])
        changes = gold["changes"]
        matched_gold: set[int] = set()
        for f in result["findings"]:
            hits = [k for k, c in enumerate(changes) if finding_matches(f, c, ar_map, en_map)]
            n_pred[f["type"]] += 1
            if hits:
                tp_pred[f["type"]] += 1
                matched_gold.update(hits)
            elif args.verbose:
                label = f"{f['type']}/{f['subtype']}"
                print(f"      gold false alarm [{path.parent.name}] {label}: {f['explanation'][:140]}")
        for k, c in enumerate(changes):
            n_gold[c["type"]] += 1
            if k in matched_gold:
                tp_gold[c["type"]] += 1
            elif args.verbose:
                print(f"      gold missed [{path.parent.name}] {c['type']}/{c['subtype']}: {c.get('note', '')[:100]}")
    print(
        f"Corpora gold: {len(gold_files)} pairs, {sum(n_gold.values())} gold changes, {sum(n_pred.values())} findings"
    )
    print(f"  {'type':<15} {'gold':>5} {'found':>6} {'findings':>8} {'correct':>7} {'precision':>9} {'recall':>7}")
    for t in sorted(set(n_gold) | set(n_pred)):
        p = tp_pred[t] / n_pred[t] if n_pred[t] else float("nan")
        r = tp_gold[t] / n_gold[t] if n_gold[t] else float("nan")
        print(f"  {t:<15} {n_gold[t]:>5} {tp_gold[t]:>6} {n_pred[t]:>8} {tp_pred[t]:>7} {p:>9.3f} {r:>7.3f}")
    precision = sum(tp_pred.values()) / max(1, sum(n_pred.values()))
    recall = sum(tp_gold.values()) / max(1, sum(n_gold.values()))
    ok_p, ok_r = precision >= GOLD_P, recall >= GOLD_R
    print(
        f"  overall precision {precision:.3f} {'PASS' if ok_p else 'FAIL'} (target ≥ {GOLD_P}), "
        f"recall {recall:.3f} {'PASS' if ok_r else 'FAIL'} (target ≥ {GOLD_R})"
    )
    return [("gold precision", ok_p), ("gold recall", ok_r)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ntrex", type=Path, default=ROOT.parent / "shared" / "data" / "ntrex")
    parser.add_argument("--corpora", type=Path, default=ROOT / "corpora")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--limit", type=int, default=0, help="use only the first N sentence pairs")
    parser.add_argument("--cap", type=int, default=150, help="at most this many pairs edited per type")
    parser.add_argument("--control-share", type=float, default=0.35)
    parser.add_argument("-v", "--verbose", type=int, default=0, help="show up to N false alarms and misses per type")
    args = parser.parse_args()
    started = time.time()
    translator = get_translator("lexicon")
    results = score_suite(args, translator)
    print()
    results += score_gold(args, translator)
    failed = [name for name, ok in results if not ok]
    print()
    print(
        f"{len(results) - len(failed)}/{len(results)} targets met in {time.time() - started:.0f}s"
        + (f"; FAIL: {', '.join(failed)}" if failed else "")
    )


if __name__ == "__main__":
    main()
