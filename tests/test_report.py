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
    assert 'Arabic &#x27;<bdi dir="rtl" lang="ar">خمسة</bdi>&#x27; (5) became &#x27;seven&#x27; (7)</li>' in page
    assert '<td class="meta">ar 1<br>en 1<br>0.90</td>' in page
    assert '<td class="meta">ar 2<br>en –<br>0.00</td>' in page
    # the tooltip on the highlighted span carries the isolated explanation as plain text
    assert f'title="Arabic &#x27;{FSI}خمسة{PDI}&#x27; (5) became &#x27;seven&#x27; (7)"' in page


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


# ---------------------------------------------------------------- colours and moved rows

# Machado, Oliveira & Fernandes (2009) matrices at full severity, on linear RGB
_CVD = {
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.303900)),
}


def _linear(hex_colour: str) -> list[float]:
    rgb = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    return [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]


def _lab(lin: list[float]) -> tuple[float, float, float]:
    r, g, b = (min(max(c, 0.0), 1.0) for c in lin)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def test_every_finding_type_has_its_own_colour_also_for_colour_blind_readers() -> None:
    import itertools
    import math

    from workbench.report.html import COLOURS

    assert len(set(COLOURS.values())) == len(COLOURS) == 11
    views = {"normal": None, **_CVD}
    for view, matrix in views.items():
        labs = {}
        for t, c in COLOURS.items():
            lin = _linear(c)
            if matrix:
                lin = [sum(m * v for m, v in zip(row, lin)) for row in matrix]
            labs[t] = _lab(lin)
        closest = min(math.dist(labs[a], labs[b]) for a, b in itertools.combinations(labs, 2))
        assert closest >= (15 if view != "tritanopia" else 10.5), view
        # light enough for dark text on top
        assert min(lab[0] for lab in labs.values()) >= 60 or matrix


def test_one_moved_sentence_marks_one_row() -> None:
    from workbench.report.html import crossing_links, moved_links

    ar = _doc("ar", [f"جملة {i}." for i in range(6)])
    en = _doc("en", [f"Sentence {i}." for i in range(6)])
    # English sentence 0 tells what Arabic sentence 5 said; the rest keep their order
    links = tuple(Link((i,), (i + 1,), 0.9) for i in range(5)) + (Link((5,), (0,), 0.9),)
    c = Comparison(ar, en, "lexicon", tuple("x" * 6), links, ())
    assert moved_links(c) == {5}
    assert len(crossing_links(c)) == 6  # every row crosses the moved one
    in_order = Comparison(ar, en, "lexicon", tuple("x" * 6), tuple(Link((i,), (i,), 0.9) for i in range(6)), ())
    assert moved_links(in_order) == set()


def test_nothing_from_the_inputs_reaches_the_terminal_as_a_control() -> None:
    c = _comparison()
    hostile = Document("ar", c.ar.text, c.ar.sentences, source="ar\x1b]0;owned\x07\x1b[2J.txt")
    text = to_text(Comparison(hostile, c.en, c.translator, c.translations, c.links, c.findings), color=True)
    assert text.startswith("Arabic: ar]0;owned[2J.txt (3 sentences)")
    assert {m for m in __import__("re").findall(r"\x1b\[[0-9;]*m", text)} <= {"\x1b[1;31m", "\x1b[33m", "\x1b[2m",
                                                                             "\x1b[1m", "\x1b[0m"}  # fmt: skip
    assert "\x07" not in text and "\x1b]" not in text and "\x1b[2J" not in text
