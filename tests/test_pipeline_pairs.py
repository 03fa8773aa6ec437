"""A Comparison keeps the aligned pairs and quote renderings its detectors saw, so batch quotes, review
and `workbench quotes` neither rebuild the pairs nor translate again; one rebuilt from JSON renders them anew."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import pytest

from workbench.batch import quote_rows
from workbench.pipeline import aligned_pairs, compare
from workbench.review import quote_checks
from workbench.translate import get_translator
from workbench.translate.base import Translator

AR = "وقال الوزير: «لن نسمح بنقص الأدوية في المستشفيات».\nوأضاف أن العمل مستمر في البصرة.\n"
EN = 'The minister said: "We will allow no shortage of medicines in hospitals."\nHe added that work goes on in Basra.\n'
INNER = "لن نسمح بنقص الأدوية في المستشفيات"


class Counting(Translator):
    """The lexicon translator, recording every batch it is asked to translate."""

    name = "counting"

    def __init__(self) -> None:
        self.inner = get_translator("lexicon")
        self.calls: list[list[str]] = []

    def translate(self, sentences: Sequence[str]) -> list[str]:
        self.calls.append(list(sentences))
        return self.inner.translate(sentences)


def test_the_comparison_keeps_the_renderings_its_detectors_saw() -> None:
    tr = Counting()
    c = compare(AR, EN, tr, encoder=None)
    assert c.quote_renderings == ((INNER, tr.inner.translate([INNER])[0]),)
    assert tr.calls[0] == [*AR.splitlines(), INNER]  # sentences and quotes in one batch
    assert [INNER] not in tr.calls


def test_pairs_quotes_and_rows_are_rebuilt_without_translating() -> None:
    tr = Counting()
    c = compare(AR, EN, tr, encoder=None)
    tr.calls.clear()
    pairs = aligned_pairs(c)
    assert [(p.link, p.quote_renderings) for p in pairs][0] == (c.links[0], c.quote_renderings)
    checks = quote_checks(c, tr)
    rows = quote_rows(c, tr)
    assert tr.calls == []
    quoted = ('"We will allow no shortage of medicines in hospitals."', f"«{INNER}»")
    assert [(q.en_quote, q.ar_quote) for q in checks] == [quoted]
    assert [(r["en_quote"], r["ar_quote"]) for r in rows] == [quoted]


def test_a_comparison_without_renderings_translates_its_quotes_again() -> None:
    tr = Counting()
    kept = compare(AR, EN, tr, encoder=None)
    rebuilt = replace(kept, quote_renderings=None, pairs=None)  # as from JSON, which carries neither
    tr.calls.clear()
    assert quote_checks(rebuilt, tr) == quote_checks(kept)
    assert tr.calls == [[INNER]]
    with pytest.raises(ValueError, match="kept no quote renderings"):
        aligned_pairs(rebuilt)


def test_the_comparison_keeps_the_pairs_its_detectors_read() -> None:
    c = compare(AR, EN, get_translator("lexicon"), encoder=None)
    assert c.pairs is not None
    assert [p.link for p in c.pairs] == list(c.links)
    pairs = aligned_pairs(c)
    assert all(a is b for a, b in zip(pairs, c.pairs, strict=True))
    # the quote detector already paired the quotes: the review reads that pairing, not a new one
    assert "quote_pairs" in pairs[0].view.__dict__
    assert quote_checks(c) == pairs[0].view.quote_pairs


def test_pairs_that_no_longer_match_the_links_are_rebuilt() -> None:
    c = compare(AR, EN, get_translator("lexicon"), encoder=None)
    assert c.pairs is not None
    moved = replace(c, links=c.links[1:])
    pairs = aligned_pairs(moved)
    assert [p.link for p in pairs] == list(c.links[1:])
    assert not any(p is q for p in pairs for q in c.pairs)


def test_detectors_read_a_bounded_window_of_a_long_document() -> None:
    from workbench.pipeline import DOCUMENT_CHARS, _window
    from workbench.records import Sentence

    def doc(n: int, size: int) -> tuple[Sentence, ...]:
        return tuple(Sentence(k, "x" * size, k * (size + 1), k * (size + 1) + size) for k in range(n))

    n = DOCUMENT_CHARS // 200  # an agency story no longer than the budget: read whole, one tuple every link shares
    story = doc(n, 200)
    assert _window(story, (n // 2,), (n // 2,), n) is story
    assert _window(story, (), (n - 1,), n) is story
    long = doc(400, 200)  # a long document: the link and its neighbours up to the budget either way
    around = _window(long, (200,), (200,), 400)
    assert around[0].id == 200 - DOCUMENT_CHARS // 200 and around[-1].id == 200 + DOCUMENT_CHARS // 200
    # a link with no Arabic sentence reads around the place its English stands at
    assert 190 <= _window(long, (), (100,), 200)[len(_window(long, (), (100,), 200)) // 2].id <= 210
