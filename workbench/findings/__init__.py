"""Detectors: one module each, all with ``detect(pair: AlignedPair) -> list[Finding]`` and ``KINDS``.

Adding a detector is adding one module (its ``detect`` and the ``FindingKind`` of each type it owns)
and its name to DETECTORS. The report's colours, the app's type filter, the tests' type tables and
the findings bench all read KINDS.

A detector reads the pair through ``pair.view`` (``view.py``: tokens, quotations and quote pairs,
reporting verbs, negations, mentions, glosses, each worked out once per link) and the private helper
modules behind it (``_words``, ``_verbs``, ``_negations``, ``_quotes``, ``_mentions``, ``_sources``,
``_loaded``, ``_dateline``); it never imports another detector (tests/test_imports.py checks it). Which
type owns a span two detectors report is decided once, in ``arbitrate``.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable
from functools import cache
from types import ModuleType

from workbench.findings._dateline import arabic_dateline_end
from workbench.findings._quotes import match_words as match_words  # what the aligner reads too
from workbench.findings._verbs import speaker_phrase
from workbench.findings.base import AlignedPair, FindingKind
from workbench.findings.severity import demote
from workbench.records import Finding

# in the order they run: findings on the same sentence keep this order in the output
DETECTORS: tuple[str, ...] = (
    "gaps",
    "numbers",
    "reporting_verbs",
    "quotes",
    "entities",
    "time",
    "wording",
    "attribution",
    "certainty",
    "negation",
)

Detector = Callable[[AlignedPair], list[Finding]]


@cache
def _module(name: str) -> ModuleType:
    return importlib.import_module(f"workbench.findings.{name}")


def _detector(name: str) -> Detector:
    return _module(name).detect  # type: ignore[no-any-return]


# Every finding type, as the detector that owns it declares it (a detector may also emit a type
# another module owns: attribution reports a dropped hedge as certainty). The colours are one hue
# per type, every pair apart (CIELAB ΔE ≥ 15) for normal vision and as simulated for deuteranopia,
# protanopia and tritanopia (Machado et al. 2009), all light enough for dark text on top; the
# report's tests check the distances (tests/test_report.py).
KINDS: tuple[FindingKind, ...] = tuple(kind for name in DETECTORS for kind in _module(name).KINDS)


def run_detectors(
    pairs: Iterable[AlignedPair], names: Iterable[str] = DETECTORS, *, calibrated: bool = True
) -> list[Finding]:
    """Run every named detector over every aligned pair, findings in document order.

    ``calibrated``: a major finding whose (type, subtype) was not precise on the development sets is
    reported as minor (``severity.demote``); False gives every finding the severity its detector chose
    (what ``bench/calibrate_severity.py`` measures).
    """
    detectors = [_detector(n) for n in names]
    findings = [f for pair in pairs for f in arbitrate([f for detect in detectors for f in detect(pair)], pair)]
    if calibrated:
        findings = demote(findings)
    return sorted(
        findings,
        key=lambda f: (f.ar_sentence if f.ar_sentence is not None else f.en_sentence or 0, f.en_sentence or 0),
    )


# an attribution finding that names a speaker (left out, generalised or swapped) owns that name:
# the same person is not also an entity dropped or changed
_SPEAKER_SUBTYPES = frozenset({"source_dropped", "generalized", "speaker_changed"})


def arbitrate(findings: list[Finding], pair: AlignedPair | None = None) -> list[Finding]:
    """Decide which type owns a span when two detectors report it on one sentence pair."""
    credited = [
        (f.ar_sentence, f.ar_span)
        for f in findings
        if f.type == "attribution" and f.subtype in _SPEAKER_SUBTYPES and f.ar_span
    ]
    return [
        f
        for f in findings
        if not (
            f.type == "entity"
            and f.subtype in ("dropped", "changed")
            and f.ar_span
            and any(
                f.ar_sentence == sentence and (f.ar_span in span or _in_speaker_phrase(f, span, pair))
                for sentence, span in credited
            )
        )
        and not _credit_owns_cue(f, findings)
        and not _owned_by_reversal(f, findings)
        and not _inside_same_hedge(f, findings)
        and not _in_left_out_clause(f, findings, pair)
        and not _credit_clause(f, findings)
        and not _in_cut_quote(f, findings, pair)
        and not (pair is not None and _named_by_a_label(f, findings, pair))
        and not _told_by_a_wider_time(f, findings)
    ]


def _told_by_a_wider_time(f: Finding, findings: list[Finding]) -> bool:
    """A time change on one word (أشهر 'months' swapped inside a quote) that another time finding of the
    sentence reports with its number ('ستة أشهر' became 'a year'): one change, told once."""
    return (
        f.type == "time"
        and bool(f.ar_span)
        and any(
            o.type == "time"
            and o.ar_sentence == f.ar_sentence
            and o.ar_span != f.ar_span
            and _whole_words_in(f.ar_span, o.ar_span) > 0
            for o in findings
        )
    )


def _in_speaker_phrase(f: Finding, credit: str, pair: AlignedPair | None) -> bool:
    """Whether an entity finding's Arabic name stands in the speaker's phrase that an attribution finding's
    span opens (وقال مدير ناحية باتيفا، سردار عبد الله محمد، إن …: the credit reported from its verb, the
    speaker's name and post with it): the speaker the attribution detector reports, not a name of its own."""
    sentence = next((s for s in pair.ar if s.id == f.ar_sentence), None) if pair is not None else None
    if sentence is None:
        return False
    text = sentence.text
    at, credited = text.find(f.ar_span), text.find(credit)
    phrase = speaker_phrase(text, at) if at >= 0 and credited >= 0 else None
    return phrase is not None and phrase[0] <= credited + len(credit) and credited <= at < phrase[1]


def _named_by_a_label(f: Finding, findings: list[Finding], pair: AlignedPair) -> bool:
    """A name the English adds as part of a loaded label the wording detector reports ('the Assad
    regime', 'the Assad regime's ministry', 'Assad-regime forces') is that label: the name is how the
    label is made, not a second change."""
    if f.type != "entity" or f.subtype != "added" or not f.en_span:
        return False
    text = pair.en_text
    return any(
        w.type == "wording"
        and w.subtype == "loaded"
        and w.en_sentence == f.en_sentence
        and w.en_span
        and any(f"{f.en_span}{joint}{w.en_span}" in text for joint in (" ", "-", "'s "))
        for w in findings
    )


# what a clause left out takes with it: a finding of one of these that names no English words
_LOST_WITH_CLAUSE = frozenset(
    {
        ("certainty", "hedge_removed"),
        ("certainty", "modality_changed"),
        ("negation", "flipped"),
        ("quote", "quote_as_paraphrase"),
    }
)


def _in_left_out_clause(f: Finding, findings: list[Finding], pair: AlignedPair | None = None) -> bool:
    """A name, number or date the English drops with the whole clause that holds it is that clause's
    omission, not also a finding of its own (as nothing inside an omitted sentence is listed again); so is
    a hedge, a 'may' or a negation of that clause that no English word answers, and a quotation in it
    (left out, not retold)."""
    dropped = f.subtype == "dropped" and f.type in ("entity", "number", "time")
    if not f.ar_span or not (dropped or ((f.type, f.subtype) in _LOST_WITH_CLAUSE and not f.en_span)):
        return False
    return any(
        o.type == "omission"
        and o.ar_sentence == f.ar_sentence
        and o.en_sentence is not None
        and _whole_words_in(f.ar_span, o.ar_span) > 0
        and not _credit_clause(o, [f])
        # and nowhere else in the pair: a name also in the kept part of the sentence is dropped there
        and (pair is None or _whole_words_in(f.ar_span, pair.ar_text) == _whole_words_in(f.ar_span, o.ar_span))
        for o in findings
    )


# what opens reported words or another clause inside an Arabic span: إن/أن/فإن/بأن, a quotation mark, a colon
_OPENS_CONTENT = re.compile(r"(?<![\w])(?:[وف]?[إا]ن|بأن|بان|فإن|أنه|إنه|أنها|إنها)(?![\w])|[\"«“:]")


def _credit_clause(f: Finding, findings: list[Finding]) -> bool:
    """A clause the English leaves out that is only a credit (بحسب مصادر في وزارة المالية، بحسب مسؤول محلي طلب
    عدم الكشف عن هويته), where the credit's own finding (a source dropped, a hedge removed) opens it: that
    finding says what was lost, the omission would say it twice."""
    if f.type != "omission" or f.en_sentence is None or not f.ar_span or _OPENS_CONTENT.search(f.ar_span):
        return False
    clause = f.ar_span[arabic_dateline_end(f.ar_span) :].lstrip()  # العريش - أفادت مصادر …: past the dateline
    return any(
        (g.type, g.subtype) in (("attribution", "source_dropped"), ("certainty", "hedge_removed"))
        and g.ar_sentence == f.ar_sentence
        and len(g.ar_span) >= 4
        and clause.startswith(g.ar_span)
        for g in findings
    )


def _in_cut_quote(f: Finding, findings: list[Finding], pair: AlignedPair | None = None) -> bool:
    """A number or a time the English drops inside an Arabic quote it reports as truncated ("it will be" for "it
    will be more than a minute and less than 48 minutes"; هذا العام "this year" after the cut) is part of what the
    cut left out, listed there, not a finding of its own; one also said outside the quote is dropped there. So is
    a condition (إذا) the cut leaves out, which the certainty detector reports as dropped with no English words
    ('"will be opened before the end of the year"' for … قبل نهاية العام إذا استمر توريد المواد). The whole Arabic
    quote is read, not only its cut part: a time dropped from the part the English kept is listed by the truncation."""
    condition = f.type == "certainty" and f.subtype == "modality_changed" and not f.en_span
    if not (f.type in ("number", "time") and f.subtype == "dropped" or condition) or not f.ar_span:
        return False
    return any(
        o.type == "quote"
        and o.subtype == "truncated"
        and o.ar_sentence == f.ar_sentence
        and _whole_words_in(f.ar_span, o.ar_span) > 0
        and (pair is None or _whole_words_in(f.ar_span, pair.ar_text) == _whole_words_in(f.ar_span, o.ar_span))
        for o in findings
    )


def _whole_words_in(span: str, text: str) -> int:
    """How often ``span`` stands in ``text`` as whole words ('3' is not in '30'); an Arabic span with the article
    may have a conjunction or preposition written onto it (الأمم المتحدة in مطالباً الدولة والأمم المتحدة; a bare word's
    first letter may be its root's: علي in فعلي)."""
    clitic = "[وفبك]?" if span.startswith("ال") else ""
    return len(re.findall(rf"(?<![\w]){clitic}{re.escape(span)}(?![\w])", text))


def _owned_by_reversal(f: Finding, findings: list[Finding]) -> bool:
    """Where the negation detector reports a reversal on the same English words, it is the more specific
    finding: a quote reported altered around the flipped words (the quote's verdict still reads it as
    altered, quotes.findings_inside), or a reporting verb whose force changed where the verb itself is
    the reversal (نفى "denied" → "confirmed": the sense flipped, which says more than the force)."""
    if not f.en_span or not ((f.type, f.subtype) == ("quote", "altered") or f.type == "reporting_verb"):
        return False
    return any(
        n.type == "negation"
        and n.en_sentence == f.en_sentence
        and bool(n.en_span)
        and (
            _whole_words_in(n.en_span, f.en_span) > 0
            if f.type == "quote"
            else _whole_words_in(f.en_span, n.en_span) > 0
        )
        for n in findings
    )


def _inside_same_hedge(f: Finding, findings: list[Finding]) -> bool:
    """A dropped hedge reported twice on one sentence pair, once by its cue (بحسب, the certainty detector) and
    once with its source (بحسب مصدر, the attribution detector): the shorter span gives way to the longer."""
    if f.type != "certainty" or f.subtype != "hedge_removed" or not f.ar_span:
        return False
    return any(
        o.type == f.type
        and o.subtype == f.subtype
        and (o.ar_sentence, o.en_sentence) == (f.ar_sentence, f.en_sentence)
        and len(o.ar_span) > len(f.ar_span)
        and f.ar_span in o.ar_span
        for o in findings
    )


def _credit_owns_cue(f: Finding, findings: list[Finding]) -> bool:
    """A source cue (وفقا ل، بحسب / according to) whose source the attribution detector reports dropped or
    added is that credit, not also a hedge: the certainty finding on the same cue gives way."""
    if f.type != "certainty" or f.subtype not in ("hedge_removed", "hedge_added"):
        return False
    for a in findings:
        if a.type != "attribution":
            continue
        if f.subtype == "hedge_removed" and a.subtype == "source_dropped" and a.ar_sentence == f.ar_sentence:
            if f.ar_span and a.ar_span and (f.ar_span in a.ar_span or a.ar_span in f.ar_span):
                return True
        if f.subtype == "hedge_added" and a.subtype == "source_added" and a.en_sentence == f.en_sentence:
            if f.en_span.lower() == "according to":
                return True
    return False
