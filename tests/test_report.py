"""Report writers for people: bidi isolation of Arabic runs, 1-based sentence numbers, terminal options."""

from __future__ import annotations

from workbench.records import Comparison, Document, Finding, Link, Sentence
from workbench.report import to_html, to_text
from workbench.report.bidi import FSI, PDI, isolate, isolate_html


def _doc(lang: str, texts: list[str]) -> Document:
    sentences, start = [], 0
    for i, t in enumerate(texts):
        sentences.append(Sentence(i, t, start, start + len(t)))
        start += len(t) + 1
    return Document(lang, " ".join(texts), tuple(sentences), source=f"{lang}.txt")


def _finding(severity: str, explanation: str, **kw) -> Finding:
    base = dict(type="number", subtype="changed", ar_sentence=0, en_sentence=0, ar_span="خمسة", en_span="seven",
                severity=severity, score=0.9, explanation=explanation)  # fmt: skip
    return Finding(**{**base, **kw})


def _comparison() -> Comparison:
    ar = _doc("ar", ["أصيب خمسة آخرون.", "وانتهى الاجتماع.", "وقال المصدر ذلك."])
    en = _doc("en", ["Seven others were wounded.", "The source said so."])
    links = (Link((0,), (0,), 0.9), Link((1,), (), 0.0), Link((2,), (1,), 0.8))
    findings = (
        _finding("major", "Arabic 'خمسة' (5) became 'seven' (7)"),
        _finding("minor", "Arabic sentence not carried over", type="omission", subtype="", ar_sentence=1,
                 en_sentence=None, ar_span="", en_span=""),
    )  # fmt: skip
    return Comparison(ar, en, "lexicon", ("five others were hit.", "the meeting ended.", "the source said that."),
                      links, findings)  # fmt: skip


def test_isolate_wraps_each_arabic_run_with_its_inner_digits_and_spaces() -> None:
    assert isolate("Arabic 'خمسة' (5) became 'seven'") == f"Arabic '{FSI}خمسة{PDI}' (5) became 'seven'"
    assert isolate("'على بعد ٤٠ كيلومتراً' vs '40 km'") == f"'{FSI}على بعد ٤٠ كيلومتراً{PDI}' vs '40 km'"
    assert isolate("two: قال and أكد.") == f"two: {FSI}قال{PDI} and {FSI}أكد{PDI}."
    assert isolate(isolate("قال")) == f"{FSI}قال{PDI}"


def test_isolate_leaves_text_without_arabic_alone() -> None:
    assert isolate("became 'seven' (7)") == "became 'seven' (7)"
    assert isolate_html("a &lt;b&gt; c") == "a &lt;b&gt; c"


def test_isolate_html_wraps_arabic_in_bdi() -> None:
    assert isolate_html("Arabic &#x27;خمسة&#x27; (5)") == 'Arabic &#x27;<bdi dir="rtl" lang="ar">خمسة</bdi>&#x27; (5)'


def test_html_report_isolates_arabic_in_explanations_and_numbers_sentences_from_one() -> None:
    page = to_html(_comparison())
    assert "Arabic &#x27;<bdi dir=\"rtl\" lang=\"ar\">خمسة</bdi>&#x27; (5) became &#x27;seven&#x27; (7)</li>" in page
    assert '<td class="meta">ar 1<br>en 1<br>0.90</td>' in page
    assert '<td class="meta">ar 2<br>en –<br>0.00</td>' in page
    # the tooltip on the highlighted span carries the isolated explanation as plain text
    assert f"title=\"Arabic &#x27;{FSI}خمسة{PDI}&#x27; (5) became &#x27;seven&#x27; (7)\"" in page


def test_text_report_numbers_from_one_and_isolates_arabic() -> None:
    text = to_text(_comparison())
    assert "[ar 1 ↔ en 1]  1-1  confidence 0.90\n" in text
    assert "[ar 2 ↔ en -]  omitted  confidence 0.00\n" in text
    assert f"  !! MAJOR number/changed: Arabic '{FSI}خمسة{PDI}' (5) became 'seven' (7)\n" in text
    assert f"       AR «{FSI}خمسة{PDI}»  →  EN “seven”\n" in text
    assert "\x1b" not in text


def test_text_report_only_findings_and_min_severity() -> None:
    c = _comparison()
    only = to_text(c, only_findings=True)
    assert "[ar 1 ↔ en 1]" in only and "[ar 2 ↔ en -]" in only and "[ar 3 ↔ en 2]" not in only
    major = to_text(c, only_findings=True, min_severity="major")
    assert "[ar 1 ↔ en 1]" in major and "[ar 2 ↔ en -]" not in major and "omission" not in major
    assert "Findings: 2   Shown: 1 (major and above)" in major


def test_text_report_wraps_at_the_width_and_colours_on_request() -> None:
    c = _comparison()
    narrow = to_text(c, width=50)
    assert max(len(line) for line in narrow.splitlines()[2:]) == 50
    coloured = to_text(c, color=True)
    assert f"\x1b[1;31m  !! MAJOR number/changed: Arabic '{FSI}خمسة{PDI}' (5) became 'seven' (7)\x1b[0m" in coloured
    assert "\x1b[33m  !! MINOR omission: Arabic sentence not carried over\x1b[0m" in coloured
    assert "\x1b[1m[ar 1 ↔ en 1]" in coloured
