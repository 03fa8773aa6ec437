"""Findings quality on NTREX with known edits, scored by span: what the detectors catch and what they invent.

    python bench/findings_quality.py [--half test|dev | --invented] [--docs N | --full] [--seed N] [-v N]
                                     [--show-false N] [--json PATH]

NTREX-128 documents (read at run time from ../shared/data/ntrex, CC BY-SA; nothing is copied
into the repository) of one half of the fixed split in bench/splits.py: ``test`` (odd document
numbers, the default and the half every reported figure comes from) or ``dev`` (even numbers,
for tuning; its figures are labelled dev). By default a sample of documents is drawn (--docs,
seeded); --full takes the whole half.

Each sentence pair is kept as a control or given one known edit of its English side, made by
bench/perturb.py, which chooses where to edit with its own lists and criteria and never with
the code under test. Edit kinds are balanced across (type, branch): insert / remove / swap.

An edit is caught only when a finding of its type points at it: the finding's English span,
found in its sentence, overlaps the edited characters (for a removal: touches the point where
the words were, or its Arabic span overlaps the Arabic counterpart the bench found; where the
bench found none, a finding on the edited sentence with no English span, which reports
something missing, counts). A name edited where it is a reporting verb's speaker may also be
caught as an attribution finding (an outlet or speaker swapped, SPEC). "Loose"
recall, any finding of the type on the edited sentence, is printed beside it to show the gap.
--invented runs the same suite on the tuning part of bench/faithful_invented (invented articles in NTREX's
style with faithful translations, written blind to the code; its held-out part is never read): a pool of
text for tuning twelve times the dev half's size, labelled "invented", where listings are allowed too.
For tuning on the dev half, -v N lists up to N missed edits per type and --show-false N up to N
findings per type that match no edit, with their sentences; both are refused on the test half.

Two runs over the same edits:
  1-1 links   every sentence pair handed to the detectors as a perfect 1-1 link, with the Arabic
              sentences before it as context, as pipeline.compare gives them;
  aligner     whole documents through ``pipeline.compare`` (real segmentation and alignment).
Per type: recall by branch and by whether the edited words are in a detector lexicon (the
lexicons are read only for this split, never to choose edits), precision (span-matched findings
of the type / all findings of the type), and major false alarms per 100 control sentences.

NTREX's Arabic is a human translation, and not a flawless one: some unedited sentences already differ
(a weekday or a figure misread, a name or a date left out). ``bench/ntrex_divergences.tsv`` lists those
differences, marked by annotators blind to the tool who read every sentence pair of both halves (its
header says how). Precision as above counts a finding on one as false; the column "+own" counts a finding
of the divergence's type whose span overlaps it as right, and a line under each table gives how many of
the divergences on the run's sentences a finding of their type points at, and the major false alarms
per 100 controls with them set aside. Both figures are printed; the first stays the headline.
After the aligner run: the ``workbench quotes`` verdicts of every English quote, split by whether a
known edit lies inside it, edited quotes rated faithful (with a negation edit: meaning reversed),
and faithful verdicts below their fidelity floor.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from perturb import EDITS, Edit  # noqa: E402
from splits import documents as half_documents  # noqa: E402
from splits import faithful_invented  # noqa: E402

from workbench.batch import quote_rows  # noqa: E402
from workbench.findings import KINDS, run_detectors  # noqa: E402
from workbench.findings.base import AlignedPair  # noqa: E402
from workbench.findings.quotes import FAITHFUL_MIN  # noqa: E402
from workbench.pipeline import CONTEXT_SENTENCES, compare  # noqa: E402
from workbench.records import Finding, Link, Sentence  # noqa: E402
from workbench.text.quotes import find_quotes  # noqa: E402
from workbench.translate.base import Translator, get_translator  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LEXICONS = ROOT / "workbench" / "lexicons"
DIVERGENCES = ROOT / "bench" / "ntrex_divergences.tsv"
# the detector lexicons that bear on each edit type (for the "in a detector lexicon / not" split only)
TYPE_LEXICONS = {kind.type: kind.lexicons for kind in KINDS if kind.lexicons}
BRANCHES = ("insert", "remove", "swap")


def shared_data() -> Path:
    """The shared data folder: ../shared/data from the repository or from one of its parents."""
    for parent in ROOT.parents:
        if (parent / "shared" / "data" / "ntrex").is_dir():
            return parent / "shared" / "data"
    return ROOT.parent / "shared" / "data"


Doc = tuple[str, list[str], list[str]]


def load_invented() -> list[Doc]:
    """(folder name, Arabic lines, English lines) of the tuning part of bench/faithful_invented: invented
    NTREX-style articles with faithful translations, never its held-out part (``splits.faithful_invented``).
    Read by faithful_quality's reader, so a document whose files do not pair up raises its BadDocument."""
    from faithful_quality import load_document  # imports this module: read here, not at import time

    docs = []
    for folder in faithful_invented("tuning"):
        items = load_document(folder)
        docs.append((folder.name, [it.ar for it in items], [it.en for it in items]))
    return docs


def load_half(half: str, data: Path) -> list[Doc]:
    """(doc id, Arabic lines, English lines) of the NTREX documents of one half, and of no other."""
    wanted = half_documents(half, data)
    ids = (data / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines()
    ar = (data / "arb.txt").read_text(encoding="utf-8").splitlines()
    en = (data / "eng.txt").read_text(encoding="utf-8").splitlines()
    docs: dict[str, tuple[list[str], list[str]]] = {}
    for doc_id, a, e in zip(ids, ar, en, strict=True):
        doc_id = doc_id.strip()
        if doc_id in wanted and a.strip() and e.strip():
            docs.setdefault(doc_id, ([], []))
            docs[doc_id][0].append(a.strip())
            docs[doc_id][1].append(e.strip())
    return [(k, v[0], v[1]) for k, v in docs.items()]


@dataclass(frozen=True)
class Divergence:
    """A difference NTREX's own translation already has: the characters of one unedited sentence pair
    (as ``load_half`` strips it) where the Arabic does not say what the English says; -1 where a side has
    nothing there (the other side's words are missing from it)."""

    doc: str
    index: int
    type: str
    en_start: int
    en_end: int
    ar_start: int
    ar_end: int


def load_divergences(path: Path = DIVERGENCES) -> dict[tuple[str, int], list[Divergence]]:
    """The divergences of bench/ntrex_divergences.tsv by (document, sentence index); none without the file."""
    out: dict[tuple[str, int], list[Divergence]] = defaultdict(list)
    if not path.is_file():
        return out
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        try:
            doc, index, type_, en_s, en_e, ar_s, ar_e = cells[:7]
            d = Divergence(doc, int(index), type_, int(en_s), int(en_e), int(ar_s), int(ar_e))
        except ValueError as err:
            raise ValueError(f"{path.name} line {n}: not doc, index, type and four offsets ({err})") from None
        out[(d.doc, d.index)].append(d)
    return out


@dataclass(frozen=True)
class Item:
    """One sentence pair of the suite: a control (edit None) or an edited pair."""

    doc: str
    index: int
    ar: str
    en: str
    edit: Edit | None
    original_en: str = ""  # the English before the edit (where NTREX's own divergences are placed)


def build_suite(docs: Sequence[Doc], rng: random.Random, edit_share: float) -> list[list[Item]]:
    """Per document, its sentence pairs, a share of them edited once, edit kinds balanced by (type, branch)."""
    counts: Counter[tuple[str, str]] = Counter()
    kinds = [(t, b) for t, branches in EDITS.items() for b in branches]
    out = []
    for doc, ar_lines, en_lines in docs:
        items = []
        for k, (ar, en) in enumerate(zip(ar_lines, en_lines, strict=True)):
            edit = None
            if rng.random() < edit_share:
                for t, b in sorted(kinds, key=lambda kind: (counts[kind], rng.random())):
                    edit = EDITS[t][b](ar, en, rng)
                    if edit is not None and edit.en != en:
                        counts[(t, b)] += 1
                        break
                    edit = None
            items.append(Item(doc, k, ar, edit.en if edit else en, edit, en))
        out.append(items)
    return out


# ---------------------------------------------------------------------------------------------
# documents as text, and findings located in them


@dataclass
class DocText:
    """A suite document joined into text: headline, then paragraphs of three sentences."""

    items: list[Item]
    ar: str = ""
    en: str = ""
    ar_at: list[int] = field(default_factory=list)  # offset of each item's Arabic in ``ar``
    en_at: list[int] = field(default_factory=list)


def join_doc(items: list[Item]) -> DocText:
    """The suite document as two texts, with every sentence's offset."""
    doc = DocText(items)
    for side in ("ar", "en"):
        text, offsets = "", []
        for k, item in enumerate(items):
            if k:
                text += "\n\n" if k == 1 or (k - 1) % 3 == 0 else " "
            offsets.append(len(text))
            text += getattr(item, side)
        setattr(doc, side, text)
        setattr(doc, f"{side}_at", offsets)
    return doc


@dataclass(frozen=True)
class Located:
    """A finding with its spans as character ranges of the document texts, and the suite items it names."""

    finding: Finding
    en_ranges: tuple[tuple[int, int], ...]
    ar_ranges: tuple[tuple[int, int], ...]
    items: frozenset[int]


def _occurrences(span: str, text: str, offset: int) -> list[tuple[int, int]]:
    if not span:
        return []
    return [(offset + m.start(), offset + m.start() + len(span)) for m in re.finditer(re.escape(span), text)]


def _item_of(start: int, end: int, offsets: list[int], texts: list[str]) -> int | None:
    """The suite item a sentence (start, end) of the document overlaps most."""
    best, best_overlap = None, 0
    for k, (at, text) in enumerate(zip(offsets, texts, strict=True)):
        overlap = min(end, at + len(text)) - max(start, at)
        if overlap > best_overlap:
            best, best_overlap = k, overlap
    return best


def locate(
    findings: Iterable[Finding], doc: DocText, ar_sents: Sequence[Sentence], en_sents: Sequence[Sentence]
) -> list[Located]:
    """Each finding's spans as document ranges, and the suite items its sentences fall on."""
    ar_texts, en_texts = [i.ar for i in doc.items], [i.en for i in doc.items]
    out = []
    for f in findings:
        items, en_r, ar_r = set(), [], []
        if f.en_sentence is not None:
            s = en_sents[f.en_sentence]
            en_r = _occurrences(f.en_span, s.text, s.start)
            k = _item_of(s.start, s.end, doc.en_at, en_texts)
            if k is not None:
                items.add(k)
        if f.ar_sentence is not None:
            s = ar_sents[f.ar_sentence]
            ar_r = _occurrences(f.ar_span, s.text, s.start)
            k = _item_of(s.start, s.end, doc.ar_at, ar_texts)
            if k is not None:
                items.add(k)
        out.append(Located(f, tuple(en_r), tuple(ar_r), frozenset(items)))
    return out


def matches(loc: Located, edit: Edit, item: int, en_at: int, ar_at: int) -> bool:
    """The finding is of the edit's type and its span overlaps the edited characters (see module doc)."""
    if loc.finding.type != edit.type and loc.finding.type not in edit.also:
        return False
    start, end = en_at + edit.start, en_at + edit.end
    if start < end:
        return any(s < end and start < e for s, e in loc.en_ranges)
    if any(s - 1 <= start <= e + 1 for s, e in loc.en_ranges):
        return True
    if edit.ar_start >= 0:
        a, b = ar_at + edit.ar_start, ar_at + edit.ar_end
        return any(s < b and a < e for s, e in loc.ar_ranges)
    # a removal with no Arabic counterpart the bench knows: a finding that reports something missing
    # (no English span) on the edited sentence
    return not loc.finding.en_span and item in loc.items


# ---------------------------------------------------------------------------------------------
# the two runs


def run_links(suite: list[list[Item]], translator: Translator) -> list[tuple[DocText, list[Located]]]:
    """Every sentence pair as a perfect 1-1 link."""
    flat = [item for doc in suite for item in doc]
    quote_inners = sorted({it.ar[q.start + 1 : q.end - 1] for it in flat for q in find_quotes(it.ar)})
    rendered = translator.translate([it.ar for it in flat] + quote_inners)
    quote_map = dict(zip(quote_inners, rendered[len(flat) :], strict=True))
    out, n = [], 0
    for items in suite:
        doc = join_doc(items)
        ar_sents = [Sentence(k, it.ar, doc.ar_at[k], doc.ar_at[k] + len(it.ar)) for k, it in enumerate(items)]
        en_sents = [Sentence(k, it.en, doc.en_at[k], doc.en_at[k] + len(it.en)) for k, it in enumerate(items)]
        findings = []
        for k, it in enumerate(items):
            quotes = tuple(
                (inner, quote_map[inner]) for q in find_quotes(it.ar) if (inner := it.ar[q.start + 1 : q.end - 1])
            )
            # the Arabic sentences before it, as pipeline.compare gives them (who 'he' in وأضاف is)
            before = tuple(ar_sents[max(0, k - CONTEXT_SENTENCES) : k])
            pair = AlignedPair(
                Link((k,), (k,), 1.0),
                (ar_sents[k],),
                (en_sents[k],),
                (rendered[n + k],),
                quote_renderings=quotes,
                ar_before=before,
            )
            findings += run_detectors([pair])
        n += len(items)
        out.append((doc, locate(findings, doc, ar_sents, en_sents)))
    return out


def run_aligner(
    suite: list[list[Item]],
    translator: Translator,
    quotes: Counter[str] | None = None,
    details: list[str] | None = None,
) -> list[tuple[DocText, list[Located]]]:
    """Whole documents through pipeline.compare: real segmentation, alignment and context; with
    ``quotes``, each document's ``workbench quotes`` verdicts are tallied into it (tally_quote_verdicts)."""
    out = []
    for items in suite:
        doc = join_doc(items)
        result = compare(doc.ar, doc.en, translator)
        out.append((doc, locate(result.findings, doc, result.ar.sentences, result.en.sentences)))
        if quotes is not None:
            tally_quote_verdicts(doc, quote_rows(result, translator), result.en.sentences, quotes, details)
    return out


# edit types that, inside a quote, change what the speaker is quoted as saying
QUOTE_EDIT_TYPES = ("quote", "negation", "number", "entity", "certainty", "time", "wording")


def tally_quote_verdicts(
    doc: DocText,
    rows: list[dict[str, Any]],
    en_sentences: Sequence[Sentence],
    tally: Counter[str],
    details: list[str] | None = None,
) -> None:
    """Tally ``workbench quotes`` rows by verdict and by whether a known edit lies inside the English
    quote; count edited quotes rated faithful, those whose edit is a negation (meaning reversed), and
    faithful verdicts below their fidelity floor (a verdict contradicting its score); with ``details``,
    add a line there for each edited quote rated faithful."""
    for row in rows:
        if not row["en_quote"]:
            continue
        s = en_sentences[row["en_sentence"]]
        at = s.text.find(row["en_quote"])
        if at < 0:
            continue
        q0, q1 = s.start + at, s.start + at + len(row["en_quote"])
        edits = []
        for k, it in enumerate(doc.items):
            e = it.edit
            if e is None or e.type not in QUOTE_EDIT_TYPES:
                continue
            lo, hi = doc.en_at[k] + e.start, doc.en_at[k] + e.end
            if (lo < q1 and hi > q0) if hi > lo else q0 < lo < q1:
                edits.append(e)
        verdict = row["verdict"]
        tally[f"{verdict}|{'edited' if edits else 'unedited'}"] += 1
        if verdict == "faithful" and edits:
            tally["edited rated faithful"] += 1
            tally["reversed rated faithful"] += any(e.type == "negation" for e in edits)
            if details is not None:
                what = ", ".join(f"{e.type}/{e.branch} {e.what}" for e in edits)
                details.append(f"    edited quote rated faithful ({what}): {row['en_quote'][:100]}")
        if verdict == "faithful" and row["fidelity"] is not None and row["fidelity"] < FAITHFUL_MIN:
            tally["contradicting"] += 1


def report_quote_verdicts(half: str, tally: Counter[str], details: Sequence[str] = ()) -> dict[str, int]:
    """Print the quote-verdict table of the real-aligner run; return its counts."""
    print(f"\n[{half} half] workbench quotes verdicts (real aligner) vs known edits inside the English quote:")
    print(f"  {'verdict':20} {'quotes':>6} {'edited':>7} {'unedited':>9}")
    for v in sorted({key.split("|")[0] for key in tally if "|" in key}):
        ed, un = tally[f"{v}|edited"], tally[f"{v}|unedited"]
        print(f"  {v:20} {ed + un:6d} {ed:7d} {un:9d}")
    print(
        f"  edited quotes rated faithful: {tally['edited rated faithful']} (a negation edit inside: "
        f"{tally['reversed rated faithful']}); faithful below fidelity {FAITHFUL_MIN}: {tally['contradicting']}"
    )
    for line in details:
        print(line)
    return dict(tally)


# ---------------------------------------------------------------------------------------------
# scoring


def _norm(word: str) -> str:
    word = re.sub(r"[\u064b-\u0652\u0670\u0640]", "", word.strip().lower())
    return word.translate(str.maketrans("أإآةى", "اااهي"))


def lexicon_words() -> dict[str, set[str]]:
    """Per edit type, every entry of the detector lexicons that bear on it (normalised)."""
    cells: dict[str, set[str]] = {}
    for path in sorted(LEXICONS.glob("*.tsv")):
        words = set()
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                words.update(_norm(c) for cell in line.split("\t") for c in cell.split("|") if c.strip())
        cells[path.stem] = words
    return {
        t: set().union(*(w for stem, w in cells.items() if stem.startswith(pres))) for t, pres in TYPE_LEXICONS.items()
    }


def in_lexicon(edit: Edit, ar: str, words: dict[str, set[str]]) -> bool:
    """Whether the edit's words, or its Arabic counterpart, are entries of a detector lexicon for its type."""
    known = words.get(edit.type, set())
    terms = [_norm(t) for t in edit.terms] + [_norm(" ".join(edit.terms))]
    if edit.ar_start >= 0:
        for w in ar[edit.ar_start : edit.ar_end].split() + [ar[edit.ar_start : edit.ar_end]]:
            w = _norm(w)
            terms += [w] + [w[len(p) :] for p in ("و", "ف", "ب", "ل", "ال", "وال", "بال", "لل") if w.startswith(p)]
    return any(t in known for t in terms if t)


# a name differing where it is a speaker is an entity and an attribution difference at once (as the edits' ``also``)
Range = tuple[int, int]
_NEAR = 2  # characters an edit's cut may move what follows it by beyond its own length (a space or comma trimmed)


def own_ranges(d: Divergence, item: Item, en_at: int, ar_at: int) -> tuple[Range | None, Range | None]:
    """The divergence's English and Arabic characters in the document texts (None where it has none there), the
    English found again in the edited sentence where the edit left it, as whole words; ``None, None`` when the edit
    touched its English words or they are no longer where they stood."""
    en_range = ar_range = None
    if d.ar_start >= 0:
        ar_range = (ar_at + d.ar_start, ar_at + d.ar_end)
    if d.en_start >= 0:
        words = (item.original_en or item.en)[d.en_start : d.en_end]
        shift = 0
        e = item.edit
        if e is not None:
            # the edit's characters in the original sentence overlap the divergence's, or words go inside it
            overlap = e.start < d.en_end and d.en_start < e.start + len(e.removed)
            if overlap or (not e.removed and d.en_start < e.start < d.en_end):
                return None, None
            if e.start <= d.en_start:
                shift = (e.end - e.start) - len(e.removed)
        pattern = (r"\b" if words[:1].isalnum() else "") + re.escape(words) + (r"\b" if words[-1:].isalnum() else "")
        expected = d.en_start + shift
        found = [m.start() for m in re.finditer(pattern, item.en) if abs(m.start() - expected) <= _NEAR]
        if not words or not found:
            return None, None
        at = min(found, key=lambda pos: abs(pos - expected))
        en_range = (en_at + at, en_at + at + len(words))
    return en_range, ar_range


def points_at(loc: Located, d: Divergence, k: int, en_range: Range | None, ar_range: Range | None) -> bool:
    """A finding of the divergence's type on its sentence (suite item ``k``) whose span overlaps it: by its English
    where both give English words, else by its Arabic."""
    if loc.finding.type != d.type or k not in loc.items:
        return False
    if en_range and loc.en_ranges:
        return any(s < en_range[1] and en_range[0] < e for s, e in loc.en_ranges)
    return bool(ar_range) and any(s < ar_range[1] and ar_range[0] < e for s, e in loc.ar_ranges)


@dataclass
class Score:
    """Tallies of one run."""

    caught: Counter[tuple[str, ...]] = field(default_factory=Counter)
    edits: Counter[tuple[str, ...]] = field(default_factory=Counter)
    findings: Counter[str] = field(default_factory=Counter)
    true_findings: Counter[str] = field(default_factory=Counter)
    major_on_controls: Counter[str] = field(default_factory=Counter)
    # NTREX's own divergences (bench/ntrex_divergences.tsv): findings of no edit that point at one,
    # the divergences on the run's sentences and those a finding points at, majors on controls aside them
    own_findings: Counter[str] = field(default_factory=Counter)
    own: Counter[str] = field(default_factory=Counter)
    own_caught: Counter[str] = field(default_factory=Counter)
    major_on_controls_own: Counter[str] = field(default_factory=Counter)
    own_false: set[int] = field(default_factory=set)  # id() of the listed false findings that point at one
    controls: int = 0
    misses: dict[str, list[tuple[Item, list[Located]]]] = field(default_factory=lambda: defaultdict(list))
    false: dict[str, list[tuple[list[Item], Located]]] = field(default_factory=lambda: defaultdict(list))


def score(
    runs: list[tuple[DocText, list[Located]]],
    words: dict[str, set[str]],
    divergences: dict[tuple[str, int], list[Divergence]] | None = None,
) -> Score:
    """Tally caught edits (span and loose), precision and major false alarms on controls; with
    ``divergences`` (NTREX's own, bench/ntrex_divergences.tsv), the findings of no edit that point at one,
    how many of them a finding points at, and the majors on controls that point at none."""
    sc = Score()
    for doc, located in runs:
        controls = {k for k, it in enumerate(doc.items) if it.edit is None}
        sc.controls += len(controls)
        matched: set[int] = set()
        for k, it in enumerate(doc.items):
            e = it.edit
            if e is None:
                continue
            hits = [j for j, loc in enumerate(located) if matches(loc, e, k, doc.en_at[k], doc.ar_at[k])]
            loose = bool(hits) or any(loc.finding.type in (e.type, *e.also) and k in loc.items for loc in located)
            matched.update(hits)
            lex = "in lexicon" if in_lexicon(e, it.ar, words) else "not in lexicon"
            for key in ((e.type,), (e.type, e.branch), (e.type, lex), ("all",), ("all", e.branch), ("all", lex)):
                sc.edits[key] += 1
                sc.caught[key] += bool(hits)
                sc.caught[("loose", *key)] += loose
            if not hits:
                sc.misses[e.type].append((it, [loc for loc in located if k in loc.items]))
        # NTREX's own divergences: pointed at by a finding that matches no edit
        own_hit: set[int] = set()
        for k, it in enumerate(doc.items):
            for d in (divergences or {}).get((it.doc, it.index), []):
                en_range, ar_range = own_ranges(d, it, doc.en_at[k], doc.ar_at[k])
                if en_range is None and ar_range is None:
                    continue
                hits = {
                    j for j, loc in enumerate(located) if j not in matched and points_at(loc, d, k, en_range, ar_range)
                }
                sc.own[d.type] += 1
                sc.own_caught[d.type] += bool(hits)
                own_hit |= hits
        for j, loc in enumerate(located):
            sc.findings[loc.finding.type] += 1
            sc.true_findings[loc.finding.type] += j in matched
            if j not in matched:
                sc.own_findings[loc.finding.type] += j in own_hit
                if j in own_hit:
                    sc.own_false.add(id(loc))
                sc.false[loc.finding.type].append(([doc.items[k] for k in sorted(loc.items)], loc))
            if loc.finding.severity == "major" and loc.items and loc.items <= controls:
                sc.major_on_controls[loc.finding.type] += 1
                sc.major_on_controls_own[loc.finding.type] += j not in own_hit
    return sc


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "  - "


# the listings of -v and --show-false quote the sentences they are about: they are for tuning, on the dev half only
LISTING_REFUSED = (
    "-v and --show-false list sentences for tuning: only with --half dev (nothing is tuned on the test half)"
)


def report(name: str, half: str, sc: Score, verbose: int, show_false: int = 0) -> dict[str, Any]:
    """Print one run's table; return its figures. Missed edits (``verbose``) and false findings (``show_false``)
    are listed with their sentences only for the dev half (ValueError otherwise)."""
    if half not in ("dev", "invented") and (verbose or show_false):
        raise ValueError(LISTING_REFUSED)
    types = list(EDITS)
    print(f"\n[{half} half] {name}: {sc.edits[('all',)]} edits, {sc.controls} control sentences")
    head = f"  {'type':15} {'edits':>5} {'recall':>6} {'loose':>6}"
    head += "".join(f" {b:>12}" for b in BRANCHES) + f" {'in lexicon':>12} {'not in lex.':>12}"
    own = bool(sc.own)
    print(head + f" {'findings':>8} {'precision':>9}" + (f" {'+own':>5}" if own else ""))
    figures: dict[str, Any] = {"half": half, "controls": sc.controls, "types": {}}
    for t in [*types, "all"]:
        n = sc.edits[(t,)]
        row = f"  {t:15} {n:5d} {_ratio(sc.caught[(t,)], n):>6} {_ratio(sc.caught[('loose', t)], n):>6}"
        cells = {}
        for key in (*BRANCHES, "in lexicon", "not in lexicon"):
            k_n, k_c = sc.edits[(t, key)], sc.caught[(t, key)]
            cells[key] = {"edits": k_n, "caught": k_c}
            row += f" {_ratio(k_c, k_n):>5} ({k_n:4d})"
        n_f = sum(sc.findings.values()) if t == "all" else sc.findings[t]
        n_tf = sum(sc.true_findings.values()) if t == "all" else sc.true_findings[t]
        n_own = sum(sc.own_findings.values()) if t == "all" else sc.own_findings[t]
        print(row + f" {n_f:8d} {_ratio(n_tf, n_f):>9}" + (f" {_ratio(n_tf + n_own, n_f):>5}" if own else ""))
        figures["types"][t] = {
            "edits": n, "caught": sc.caught[(t,)], "caught_loose": sc.caught[("loose", t)], "findings": n_f,
            "span_matched_findings": n_tf, "findings_on_own_divergences": n_own, **cells,
        }  # fmt: skip
    majors = sum(sc.major_on_controls.values())
    per100 = 100.0 * majors / max(1, sc.controls)
    print(f"  major false alarms per 100 control sentences: {per100:.2f} ({majors} on {sc.controls})")
    if majors:
        print("    by type: " + ", ".join(f"{t} {n}" for t, n in sc.major_on_controls.most_common()))
    figures["major_false_alarms_per_100_controls"] = round(per100, 2)
    figures["major_false_alarms_by_type"] = dict(sc.major_on_controls)
    if own:
        n_own, n_caught = sum(sc.own.values()), sum(sc.own_caught.values())
        majors_own = sum(sc.major_on_controls_own.values())
        per100_own = 100.0 * majors_own / max(1, sc.controls)
        by_type = ", ".join(f"{t} {sc.own_caught[t]}/{n}" for t, n in sorted(sc.own.items(), key=lambda kv: -kv[1]))
        print(
            f"  NTREX's own divergences on these sentences: {n_own}, a finding of their type points at "
            f"{n_caught} ({_ratio(n_caught, n_own)}): {by_type}"
        )
        print(
            f"  '+own': a finding of no edit that points at one counts right; major false alarms per 100 control "
            f"sentences, those on one set aside: {per100_own:.2f} ({majors_own} on {sc.controls})"
        )
        figures["own_divergences"] = {"on_sentences": dict(sc.own), "pointed_at": dict(sc.own_caught)}
        figures["major_false_alarms_per_100_controls_own_aside"] = round(per100_own, 2)
    if verbose:
        for t in types:
            for it, locs in sc.misses[t][:verbose]:
                e = it.edit
                assert e is not None
                print(
                    f"    missed {t}/{e.branch} [{it.doc}:{it.index}] {e.what}: "
                    f"…{e.en[max(0, e.start - 50) : e.end + 50]}…"
                )
                for loc in locs:
                    f = loc.finding
                    print(f"        got {f.type}/{f.subtype} en={f.en_span[:40]!r} ar={f.ar_span[:30]!r}")
    for t in types if show_false else ():
        for items, loc in sc.false[t][:show_false]:
            f = loc.finding
            where = ", ".join(f"{it.doc}:{it.index}" + (f" edited {it.edit.type}" if it.edit else "") for it in items)
            own = " (NTREX's own divergence)" if id(loc) in sc.own_false else ""
            print(f"    false {t}/{f.subtype} {f.severity} [{where}]{own} en={f.en_span[:50]!r} ar={f.ar_span[:40]!r}")
            for it in items:
                print(f"        en: {it.en[:160]}")
                print(f"        ar: {it.ar[:160]}")
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ntrex", type=Path, default=None, help="NTREX folder (default: ../shared/data/ntrex)")
    parser.add_argument("--half", choices=("test", "dev"), default="test", help="which half to score (default test)")
    parser.add_argument("--docs", type=int, default=30, help="documents sampled from the half (default 30)")
    parser.add_argument("--full", action="store_true", help="every document of the half")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--edit-share", type=float, default=0.6, help="share of sentences given an edit")
    parser.add_argument(
        "--invented",
        action="store_true",
        help="the same suite on bench/faithful_invented's tuning documents instead of NTREX (for tuning: "
        "NTREX-style text, a larger pool than the dev half; listings allowed)",
    )
    parser.add_argument("--translator", default="lexicon")
    parser.add_argument("--no-aligner", action="store_true", help="only the 1-1 link run")
    parser.add_argument("-v", "--verbose", type=int, default=0, help="show up to N missed edits per type")
    parser.add_argument("--show-false", type=int, default=0, help="show up to N false findings per type")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures as JSON here")
    args = parser.parse_args()
    if args.invented:
        args.half = "invented"
    if args.half not in ("dev", "invented") and (args.verbose or args.show_false):
        parser.error(LISTING_REFUSED)
    started = time.time()
    data = args.ntrex or shared_data() / "ntrex"
    try:
        docs = load_invented() if args.invented else load_half(args.half, data)
    except ValueError as err:  # faithful_quality.BadDocument: a document whose files do not pair up
        print(f"findings_quality.py: {err}", file=sys.stderr)
        sys.exit(2)
    rng = random.Random(args.seed)
    if not args.full and args.docs < len(docs):
        docs = sorted(rng.sample(docs, args.docs))
    suite = build_suite(docs, rng, args.edit_share)
    translator = get_translator(args.translator)
    words = lexicon_words()
    try:
        divergences = {} if args.invented else load_divergences()
    except ValueError as err:
        print(f"findings_quality.py: {err}", file=sys.stderr)
        sys.exit(2)
    n_sent = sum(len(d) for d in suite)
    print(
        ("faithful_invented tuning" if args.invented else f"NTREX {args.half} half")
        + f": {len(docs)} documents, {n_sent} sentence pairs, seed {args.seed}, "
        f"translator {args.translator}"
    )
    figures = {"half": args.half, "documents": len(docs), "sentences": n_sent, "seed": args.seed}
    links = score(run_links(suite, translator), words, divergences)
    figures["links_1_1"] = report("perfect 1-1 links", args.half, links, args.verbose, args.show_false)
    if not args.no_aligner:
        quotes: Counter[str] = Counter()
        details: list[str] = []
        runs = run_aligner(suite, translator, quotes, details)
        figures["aligner"] = report(
            "real aligner (pipeline.compare)", args.half, score(runs, words, divergences), args.verbose, args.show_false
        )
        figures["quote_verdicts"] = report_quote_verdicts(args.half, quotes, details if args.verbose else ())
    print(f"\n{time.time() - started:.0f}s")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
