"""Quality on hand-annotated gold (SPEC §5): alignment, findings per type and subtype, false alarms.

    python bench/quality.py [PAIRS_DIR ...] [--translator NAME] [-v] [--top N] [--json PATH]

Each PAIRS_DIR holds pair folders with ar.txt, en.txt and gold.json, or is one; default corpora/. The
development set is scored with ``bench/quality.py ../shared/data/rewrites_dev``. Every pair goes
through ``pipeline.compare`` (real segmentation, translation, alignment, detectors). Printed:

- alignment strict F1 (SPEC §4) overall and by the gold ``kind``;
- findings precision/recall per type (SPEC §5: same type, and the same Arabic or the same English
  sentence), per type/subtype (same subtype as well), and a stricter "span" column: SPEC §5 plus
  the finding's span overlapping the gold span on the English or the Arabic side (as characters
  of the text);
- major findings per 100 Arabic sentences of the ``faithful`` pairs (every one is a false alarm);
- ``summary.other_material`` against ``foreign_en`` on partial pairs (a missing key is an empty list);
- the ten most common false and missed findings by type/subtype, and with -v every one of them
  with its sentences, spans and explanation or gold note;
- ``workbench quotes`` verdicts (``batch.quote_rows``) against the gold changes whose span lies
  inside each English or Arabic quote: per verdict, quotes with and without such a change; changed
  quotes rated faithful (and how many of them have a negation changed inside: reversed meaning);
  verdicts that contradict their fidelity (faithful below ``quotes.FAITHFUL_MIN``).
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

from scoring import (  # noqa: E402
    f1,
    load_gold,
    map_links,
    map_sentences,
    overlaps,
    sentence_offsets,
    span_ranges,
    strict_counts,
)
from splits import rewrites_heldout  # noqa: E402

from workbench.batch import quote_rows  # noqa: E402
from workbench.findings.quotes import FAITHFUL_MIN  # noqa: E402
from workbench.pipeline import compare  # noqa: E402
from workbench.report import comparison_to_dict  # noqa: E402
from workbench.translate import get_translator  # noqa: E402


def _label(item: dict[str, Any]) -> str:
    return f"{item['type']}/{item['subtype']}" if item.get("subtype") else item["type"]


class PairScore:
    """One pair's comparison against its gold: which findings match which changes, under three criteria."""

    def __init__(self, name: str, ar_text: str, en_text: str, gold: dict[str, Any], result: dict[str, Any]) -> None:
        self.name, self.gold, self.result = name, gold, result
        self.ar_map = map_sentences(result["ar"]["sentences"], ar_text, gold["ar_sentences"])
        self.en_map = map_sentences(result["en"]["sentences"], en_text, gold["en_sentences"])
        ar_at = sentence_offsets(ar_text, gold["ar_sentences"])
        en_at = sentence_offsets(en_text, gold["en_sentences"])
        self.findings: list[dict[str, Any]] = result["findings"]
        self.changes: list[dict[str, Any]] = gold["changes"]
        # character ranges of every span, in the texts
        self.f_ranges = [self._finding_ranges(f) for f in self.findings]
        self.c_ranges = [
            (
                span_ranges(c["ar_span"], gold["ar_sentences"][c["ar_sentence"]], ar_at[c["ar_sentence"]])
                if c["ar_sentence"] is not None
                else [],
                span_ranges(c["en_span"], gold["en_sentences"][c["en_sentence"]], en_at[c["en_sentence"]])
                if c["en_sentence"] is not None
                else [],
            )
            for c in self.changes
        ]
        self.spec = {(i, k) for i in range(len(self.findings)) for k in range(len(self.changes)) if self._same(i, k)}
        self.subtype = {(i, k) for i, k in self.spec if self.findings[i]["subtype"] == self.changes[k]["subtype"]}
        self.span = {(i, k) for i, k in self.spec if self._span(i, k)}

    def _finding_ranges(self, f: dict[str, Any]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        out: list[list[tuple[int, int]]] = []
        for side in ("ar", "en"):
            sid = f[f"{side}_sentence"]
            s = self.result[side]["sentences"][sid] if sid is not None else None
            out.append(span_ranges(f[f"{side}_span"], s["text"], s["start"]) if s else [])
        return out[0], out[1]

    def _same(self, i: int, k: int) -> bool:
        f, c = self.findings[i], self.changes[k]
        if f["type"] != c["type"]:
            return False
        f_ar = self.ar_map[f["ar_sentence"]] if f["ar_sentence"] is not None else None
        f_en = self.en_map[f["en_sentence"]] if f["en_sentence"] is not None else None
        return (f_ar is not None and f_ar == c["ar_sentence"]) or (f_en is not None and f_en == c["en_sentence"])

    def _span(self, i: int, k: int) -> bool:
        (f_ar, f_en), (c_ar, c_en) = self.f_ranges[i], self.c_ranges[k]
        return overlaps(f_ar, c_ar) or overlaps(f_en, c_en)

    def gold_sentence(self, side: str, f: dict[str, Any]) -> int | None:
        sid = f[f"{side}_sentence"]
        return None if sid is None else (self.ar_map if side == "ar" else self.en_map)[sid]


# gold change types that can lie inside a quote and change what the speaker said (SPEC §5: the most
# specific type wins inside a quote)
QUOTE_CHANGE_TYPES = ("quote", "negation", "number", "entity", "certainty", "time", "wording")


def changes_in_quote(row: dict[str, Any], ps: PairScore) -> list[dict[str, Any]]:
    """The gold changes of the pair whose span lies inside a ``workbench quotes`` row's English or Arabic quote."""
    en_id = ps.en_map[row["en_sentence"]] if row["en_sentence"] is not None else None
    ar_ids = {ps.ar_map[a] for a in row["ar_sentences"] if a is not None} - {None}
    out = []
    for c in ps.changes:
        if c["type"] not in QUOTE_CHANGE_TYPES or c["subtype"] == "quote_as_paraphrase":
            continue
        in_en = c["en_sentence"] == en_id and c["en_span"] and c["en_span"] in row["en_quote"]
        ar_span = c["ar_span"].strip('"«»“”')
        in_ar = c["ar_sentence"] in ar_ids and ar_span and row["ar_quote"] and ar_span in row["ar_quote"]
        if in_en or in_ar:
            out.append(c)
    return out


def tally_quotes(rows: list[dict[str, Any]], ps: PairScore, tally: Counter[str], details: list[str]) -> None:
    """Add one pair's quote verdicts to ``tally``: (verdict, changed or not), changed quotes rated
    faithful, those with a negation inside (reversed), and verdicts contradicting their fidelity."""
    for row in rows:
        if not row["en_quote"]:
            continue  # an Arabic quote the English turned into reported speech: a finding, not a verdict
        inside = changes_in_quote(row, ps)
        verdict = row["verdict"]
        tally[f"{verdict}|{'changed' if inside else 'unchanged'}"] += 1
        if verdict == "faithful" and inside:
            tally["changed rated faithful"] += 1
            tally["reversed rated faithful"] += any(c["type"] == "negation" for c in inside)
            labels = ", ".join(_label(c) for c in inside)
            details.append(f"  FAITHFUL?  [{ps.name}] {labels}: en={_short(row['en_quote'], 80)!r}")
        fidelity = row["fidelity"]
        if verdict == "faithful" and fidelity is not None and fidelity < FAITHFUL_MIN:
            tally["contradicting"] += 1
            details.append(
                f"  CONTRADICT [{ps.name}] faithful at fidelity {fidelity:.2f}: {_short(row['en_quote'], 80)!r}"
            )


def _pr(tp: int, pred: int, rec: int, gold: int) -> str:
    p = f"{tp / pred:6.2f}" if pred else "     -"
    r = f"{rec / gold:6.2f}" if gold else "     -"
    return p + r


def _short(text: str, n: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dirs", nargs="*", default=["corpora"])
    parser.add_argument("--translator", default="lexicon")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every missed and false finding")
    parser.add_argument("--top", type=int, default=10, help="how many of the most common false/missed to show")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures as JSON here")
    args = parser.parse_args()
    translator = get_translator(args.translator)
    # a folder of pair folders, or a pair folder itself (bench/rewrites_heldout/2[1-8]_*: one half of a set)
    pairs = sorted(
        p
        for d in map(Path, args.dirs)
        for p in ([d] if (d / "gold.json").is_file() else d.iterdir())
        if (p / "gold.json").is_file()
    )
    if not pairs:
        print("no pair folders with gold.json found", file=sys.stderr)
        return 2
    held = {p.resolve() for p in rewrites_heldout("held")}
    if args.verbose and any(p.resolve() in held for p in pairs):
        print(
            "-v lists sentences: refused on the held-out half of bench/rewrites_heldout (aggregate figures only)",
            file=sys.stderr,
        )
        return 2
    align_totals: dict[str, list[int]] = {"all": [0, 0, 0]}
    # per type: findings that match a change (tp) and changes matched (rec), SPEC §5 and with spans;
    # per type/subtype (the *_s counters) the subtype must agree as well
    tp = {c: Counter[str]() for c in ("spec", "span")}
    rec = {c: Counter[str]() for c in ("spec", "span")}
    tp_s = {c: Counter[str]() for c in ("subtype", "span")}
    rec_s = {c: Counter[str]() for c in ("subtype", "span")}
    n_pred, n_gold, n_pred_s, n_gold_s = Counter[str](), Counter[str](), Counter[str](), Counter[str]()
    false_list, missed_list = Counter[str](), Counter[str]()
    faithful_sents, faithful_major = 0, Counter[str]()
    all_sents, unmatched_major = 0, 0  # over every pair: major findings that match no gold change
    other = {"tp": 0, "pred": 0, "gold": 0, "pred_elsewhere": 0}
    quotes: Counter[str] = Counter()
    details: list[str] = []
    started = time.perf_counter()
    print(f"{'pair':32} {'kind':14} {'align F1':>8} {'P':>5} {'R':>5} {'R span':>6} {'major':>5}")
    for pair in pairs:
        ar_text, en_text, gold = load_gold(pair)
        comparison = compare(ar_text, en_text, translator)
        result = comparison_to_dict(comparison)
        gold_links = [(tuple(a), tuple(e)) for a, e in gold["alignment"]]
        pred_links = map_links(result, ar_text, en_text, gold)
        counts = strict_counts(pred_links, gold_links)
        for key in ("all", gold["kind"]):
            tally = align_totals.setdefault(key, [0, 0, 0])
            for k in range(3):
                tally[k] += counts[k]
        ps = PairScore(pair.name, ar_text, en_text, gold, result)
        tally_quotes(quote_rows(comparison, translator), ps, quotes, details)
        for i, f in enumerate(ps.findings):
            n_pred[f["type"]] += 1
            n_pred_s[_label(f)] += 1
            tp["spec"][f["type"]] += any(j == i for j, _ in ps.spec)
            tp["span"][f["type"]] += any(j == i for j, _ in ps.span)
            tp_s["subtype"][_label(f)] += any(j == i for j, _ in ps.subtype)
            tp_s["span"][_label(f)] += any(j == i for j, _ in ps.span & ps.subtype)
            if not any(j == i for j, _ in ps.spec):
                false_list[_label(f)] += 1
                details.append(
                    f"  FALSE  [{pair.name}] {_label(f)} ({f['severity']}) ar#{ps.gold_sentence('ar', f)} "
                    f"en#{ps.gold_sentence('en', f)}: en={_short(f['en_span'], 60)!r} ar={_short(f['ar_span'], 60)!r}\n"
                    f"         {_short(f['explanation'], 160)}"
                    + "".join(
                        f"\n         {side}: {_short(result[side]['sentences'][f[side + '_sentence']]['text'])}"
                        for side in ("ar", "en")
                        if f[f"{side}_sentence"] is not None
                    )
                )
        for k, c in enumerate(ps.changes):
            n_gold[c["type"]] += 1
            n_gold_s[_label(c)] += 1
            rec["spec"][c["type"]] += any(kk == k for _, kk in ps.spec)
            rec["span"][c["type"]] += any(kk == k for _, kk in ps.span)
            rec_s["subtype"][_label(c)] += any(kk == k for _, kk in ps.subtype)
            rec_s["span"][_label(c)] += any(kk == k for _, kk in ps.span & ps.subtype)
            if not any(kk == k for _, kk in ps.spec):
                missed_list[_label(c)] += 1
                ar_s = gold["ar_sentences"][c["ar_sentence"]] if c["ar_sentence"] is not None else ""
                en_s = gold["en_sentences"][c["en_sentence"]] if c["en_sentence"] is not None else ""
                details.append(
                    f"  MISSED [{pair.name}] {_label(c)} ar#{c['ar_sentence']} en#{c['en_sentence']}: "
                    f"en={_short(c['en_span'], 60)!r} ar={_short(c['ar_span'], 60)!r}\n"
                    f"         note: {_short(c.get('note', ''), 150)}\n"
                    f"         ar: {_short(ar_s)}\n         en: {_short(en_s)}"
                )
        majors = [f for f in ps.findings if f["severity"] == "major"]
        all_sents += len(gold["ar_sentences"])
        unmatched_major += sum(
            1 for i, f in enumerate(ps.findings) if f["severity"] == "major" and not any(j == i for j, _ in ps.spec)
        )
        if gold["kind"] == "faithful":
            faithful_sents += len(gold["ar_sentences"])
            faithful_major.update(_label(f) for f in majors)
        predicted_other = {ps.en_map[j] for j in result.get("summary", {}).get("other_material", []) or []}
        predicted_other.discard(None)
        if gold["kind"] == "partial":
            foreign = set(gold.get("foreign_en", []))
            other["tp"] += len(predicted_other & foreign)
            other["pred"] += len(predicted_other)
            other["gold"] += len(foreign)
        else:
            other["pred_elsewhere"] += len(predicted_other)
        n_f, n_c = len(ps.findings), len(ps.changes)
        p = len({i for i, _ in ps.spec}) / n_f if n_f else float("nan")
        r = len({k for _, k in ps.spec}) / n_c if n_c else float("nan")
        r_span = len({k for _, k in ps.span}) / n_c if n_c else float("nan")
        print(
            f"{pair.name:32} {gold['kind']:14} {f1(*counts)[2]:8.3f} {p:5.2f} {r:5.2f} {r_span:6.2f} {len(majors):5d}"
        )
    elapsed = time.perf_counter() - started
    figures: dict[str, Any] = {"pairs": len(pairs), "alignment": {}, "findings": {}}

    print("\nAlignment strict F1 (SPEC §4):")
    for key, (a_tp, a_pred, a_gold) in align_totals.items():
        p, r, f = f1(a_tp, a_pred, a_gold)
        figures["alignment"][key] = {"P": round(p, 3), "R": round(r, 3), "F1": round(f, 3)}
        print(f"  {key:14} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  ({a_tp}/{a_pred} predicted, {a_gold} gold)")

    types = sorted(n_pred | n_gold)
    print("\nFindings vs gold changes: SPEC §5 (type + sentence) and span (SPEC §5 + overlapping span)")
    print(f"  {'type':16} {'pred':>5} {'gold':>5} {'P':>6}{'R':>6} {'P span':>7}{'R span':>7}")
    for t in [*types, "overall"]:
        if t == "overall":
            row = [sum(tp[c][x] for x in types) for c in ("spec", "span")]
            rr = [sum(rec[c][x] for x in types) for c in ("spec", "span")]
            n_p, n_g = sum(n_pred[x] for x in types), sum(n_gold[x] for x in types)
        else:
            row, rr, n_p, n_g = [tp["spec"][t], tp["span"][t]], [rec["spec"][t], rec["span"][t]], n_pred[t], n_gold[t]
        print(f"  {t:16} {n_p:5d} {n_g:5d} {_pr(row[0], n_p, rr[0], n_g)} {_pr(row[1], n_p, rr[1], n_g)}")
        figures["findings"][t] = {"pred": n_p, "gold": n_g, "tp": row[0], "recalled": rr[0], "tp_span": row[1],
                                  "recalled_span": rr[1]}  # fmt: skip

    labels = sorted(n_pred_s | n_gold_s)
    print("\nPer subtype (same type and subtype + sentence; span column as above):")
    print(f"  {'type/subtype':34} {'pred':>5} {'gold':>5} {'P':>6}{'R':>6} {'P span':>7}{'R span':>7}")
    figures["subtypes"] = {}
    for lab in labels:
        row = (tp_s["subtype"][lab], tp_s["span"][lab])
        rr = (rec_s["subtype"][lab], rec_s["span"][lab])
        n_p, n_g = n_pred_s[lab], n_gold_s[lab]
        print(f"  {lab:34} {n_p:5d} {n_g:5d} {_pr(row[0], n_p, rr[0], n_g)} {_pr(row[1], n_p, rr[1], n_g)}")
        figures["subtypes"][lab] = {"pred": n_p, "gold": n_g, "tp": row[0], "recalled": rr[0], "tp_span": row[1],
                                    "recalled_span": rr[1]}  # fmt: skip

    per100 = 100.0 * sum(faithful_major.values()) / faithful_sents if faithful_sents else float("nan")
    print(
        f"\nMajor false alarms per 100 Arabic sentences of faithful pairs: {per100:.1f} "
        f"({sum(faithful_major.values())} on {faithful_sents} sentences)"
        + (": " + ", ".join(f"{k} {n}" for k, n in faithful_major.most_common()) if faithful_major else "")
    )
    print(
        f"Major findings matching no gold change, per 100 Arabic sentences of all pairs: "
        f"{100.0 * unmatched_major / max(1, all_sents):.1f} ({unmatched_major} on {all_sents})"
    )
    figures["faithful_major_per_100"] = round(per100, 2)
    figures["unmatched_major_per_100_all"] = round(100.0 * unmatched_major / max(1, all_sents), 2)
    figures["faithful_major_by_label"] = dict(faithful_major)

    p_o = f"{other['tp'] / other['pred']:.2f}" if other["pred"] else "-"
    r_o = f"{other['tp'] / other['gold']:.2f}" if other["gold"] else "-"
    print(
        f"summary.other_material vs foreign_en (partial pairs): P {p_o} R {r_o} "
        f"({other['tp']} right of {other['pred']} listed, {other['gold']} foreign); "
        f"{other['pred_elsewhere']} listed on other kinds of pair"
    )
    figures["other_material"] = other

    verdicts = sorted({key.split("|")[0] for key in quotes if "|" in key})
    print("\nQuote verdicts (workbench quotes) vs gold changes inside the quote:")
    print(f"  {'verdict':20} {'quotes':>6} {'changed':>8} {'unchanged':>9}")
    for v in verdicts:
        ch, un = quotes[f"{v}|changed"], quotes[f"{v}|unchanged"]
        print(f"  {v:20} {ch + un:6d} {ch:8d} {un:9d}")
    print(
        f"  changed quotes rated faithful: {quotes['changed rated faithful']} (a negation changed inside: "
        f"{quotes['reversed rated faithful']}); faithful below fidelity {FAITHFUL_MIN}: {quotes['contradicting']}"
    )
    figures["quote_verdicts"] = dict(quotes)

    print(f"\nMost common false findings (type/subtype, of {sum(false_list.values())}):")
    for lab, n in false_list.most_common(args.top):
        print(f"  {n:3d}  {lab}")
    print(f"Most common missed changes (type/subtype, of {sum(missed_list.values())}):")
    for lab, n in missed_list.most_common(args.top):
        print(f"  {n:3d}  {lab}")
    figures["false"], figures["missed"] = dict(false_list), dict(missed_list)
    if args.verbose:
        print("\nEvery false and missed finding (sentence ids are gold ids):")
        print("\n".join(details))

    f_all = f1(*align_totals["all"])[2]
    print(f"\nAlignment F1 {f_all:.3f}; {len(pairs)} pairs in {elapsed:.1f} s with translator {args.translator}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
