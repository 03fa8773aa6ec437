"""A sentence linked to two sentences of the other side reaches the detectors cut in two where a sentence
end was left unmarked (pipeline.best_cut, split_pairs); a writer's own clause split stays whole."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from workbench.encode.base import Encoder
from workbench.findings.base import AlignedPair
from workbench.pipeline import best_cut, join_by_cut, make_document, split_pairs
from workbench.records import Link, Sentence
from workbench.translate import get_translator

# the test encoder's two topics, in both languages; every other word is neutral
RAIN = {"هطلت", "الأمطار", "الغزيرة", "المدينة", "الليل", "الليل.", "heavy", "rain", "fell", "city", "night."}
POLICE = {"اعتقلت", "الشرطة", "ثلاثة", "رجال", "السوق.", "police", "arrested", "three", "men", "market."}


class Topics(Encoder):
    """Vectors over (rain, police, anything else): enough to say which sentence a piece belongs to."""

    name = "topics"

    def __init__(self, rain: set[str] = RAIN) -> None:
        self.rain = rain

    def encode(self, sentences: Sequence[str]) -> np.ndarray:
        rows = []
        for s in sentences:
            words = [w.strip(",،").lower() for w in s.split()]
            v = np.array(
                [sum(w in self.rain for w in words), sum(w in POLICE for w in words), 0.1 * len(words)], dtype=float
            )
            rows.append(v / (np.linalg.norm(v) or 1.0))
        return np.array(rows)


class Counting(Topics):
    """The topic encoder, counting its calls."""

    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def encode(self, sentences: Sequence[str]) -> np.ndarray:
        self.calls += 1
        return super().encode(sentences)


EN = ["Heavy rain fell on the city all night.", "Police arrested three men at the market."]
AR_RUN_ON = "هطلت الأمطار الغزيرة على المدينة طوال الليل اعتقلت الشرطة ثلاثة رجال في السوق."


def test_an_unmarked_sentence_end_is_cut_where_each_piece_reads_like_its_counterpart() -> None:
    enc = Topics()
    cut = best_cut(AR_RUN_ON, enc.encode(EN), enc, "ar")
    assert cut == AR_RUN_ON.index("اعتقلت")


def test_a_comma_marks_clauses_the_writer_joined_so_nothing_is_cut() -> None:
    enc = Topics()
    text = AR_RUN_ON.replace("الليل ", "الليل، ")
    assert best_cut(text, enc.encode(EN), enc, "ar") is None
    # its twin without the comma is cut (above); so is one whose pieces do not read like their counterparts
    assert best_cut(AR_RUN_ON, enc.encode(EN[::-1]), enc, "ar") is None


def test_english_is_cut_only_before_a_capital() -> None:
    enc = Topics()
    ar = enc.encode(["هطلت الأمطار الغزيرة على المدينة", "اعتقلت الشرطة ثلاثة رجال في السوق."])
    run_on = "Heavy rain fell on the city all night Police arrested three men at the market."
    assert best_cut(run_on, ar, enc, "en") == run_on.index("Police")
    assert best_cut(run_on.replace("Police", "police"), ar, enc, "en") is None
    # nor after a function word: "… all night in | Police …" reads as a name after "in"
    assert best_cut(run_on.replace("night Police", "night in Police"), ar, enc, "en") is None


def test_a_cut_a_word_from_a_full_stop_moves_to_the_full_stop() -> None:
    # the neutral-looking "وذكرت" reads as rain to this encoder: the vectors alone would cut after it
    enc = Topics(RAIN | {"وذكرت"})
    text = "هطلت الأمطار الغزيرة على المدينة طوال الليل. وذكرت الشرطة أنها اعتقلت ثلاثة رجال في السوق."
    assert best_cut(text, enc.encode(EN), enc, "ar") == text.index("وذكرت")


def test_a_split_link_reaches_the_detectors_as_two_pairs_naming_the_real_sentence() -> None:
    doc_ar = "عنوان.\n" + AR_RUN_ON
    whole = Sentence(1, AR_RUN_ON, 7, 7 + len(AR_RUN_ON))
    en = (Sentence(1, EN[0], 10, 10 + len(EN[0])), Sentence(2, EN[1], 11 + len(EN[0]), 11 + len(EN[0]) + len(EN[1])))
    tr = get_translator("lexicon")
    headline = (Sentence(0, "عنوان.", 0, 6), whole), (Sentence(0, "Headline.", 0, 9), *en)
    pair = AlignedPair(
        Link((1,), (1, 2), 0.9),
        (whole,),
        en,
        tuple(tr.translate([AR_RUN_ON])),
        ar_document=headline[0],
        en_document=headline[1],
    )
    enc = Topics()
    ar_vectors = enc.encode(["عنوان.", AR_RUN_ON])
    en_vectors = enc.encode(["Headline.", *EN])
    first, second = split_pairs([pair], enc, ar_vectors, en_vectors, tr)
    assert [(p.link.ar, p.link.en) for p in (first, second)] == [((1,), (1,)), ((1,), (2,))]
    for p in (first, second):
        (s,) = p.ar
        assert s.id == 1 and doc_ar[s.start : s.end] == s.text
        assert p.renderings == tuple(tr.translate([s.text]))
    assert first.ar[0].text + " " + second.ar[0].text == AR_RUN_ON
    assert second.ar_before == (first.ar[0],)
    # each piece reads the same window of the documents as the link it comes from
    assert all(p.ar_document is headline[0] and p.en_document is headline[1] for p in (first, second))
    # a link the cut does not fit is handed on whole
    assert split_pairs([pair], enc, ar_vectors, en_vectors[::-1], tr) == [pair]


def test_a_link_grows_by_the_unlinked_sentence_its_other_half_reads_like() -> None:
    enc = Topics()
    ar = make_document(AR_RUN_ON, "ar")
    en = make_document(" ".join(EN), "en")
    links = (Link((0,), (0,), 0.9), Link((), (1,), 0.8))
    grown = join_by_cut(links, ar, en, enc, enc.encode([AR_RUN_ON]), enc.encode(EN))
    assert grown == (Link((0,), (0, 1), 0.9),)
    # its twins: a neighbour that none of the Arabic reads like stays unlinked, and so does one next to an anchor
    unrelated = make_document(EN[0] + " The weather office published its figures on Monday.", "en")
    vectors = enc.encode([s.text for s in unrelated.sentences])
    assert join_by_cut(links, ar, unrelated, enc, enc.encode([AR_RUN_ON]), vectors) == links
    fixed = {((0,), (0,))}
    assert join_by_cut(links, ar, en, enc, enc.encode([AR_RUN_ON]), enc.encode(EN), fixed=fixed) == links


def test_a_text_too_long_for_two_sentences_run_together_is_not_cut() -> None:
    enc = Topics()
    filler = " ".join(["الأمطار"] * 100)
    long_text = AR_RUN_ON.replace("طوال الليل", f"طوال الليل {filler}")
    assert len(long_text.split()) > 100
    assert best_cut(long_text, enc.encode(EN), enc, "ar") is None
    # its twin under the cap is cut (above)
    assert best_cut(AR_RUN_ON, enc.encode(EN), enc, "ar") == AR_RUN_ON.index("اعتقلت")


def test_one_comparison_encodes_the_pieces_of_a_text_once() -> None:
    enc = Counting()
    counterparts = Topics().encode(EN)
    memo: dict = {}
    first = best_cut(AR_RUN_ON, counterparts, enc, "ar", memo)
    assert best_cut(AR_RUN_ON, counterparts[::-1], enc, "ar", memo) is None
    assert (first, enc.calls, list(memo)) == (AR_RUN_ON.index("اعتقلت"), 1, [(AR_RUN_ON, "ar")])
    # without a memo each call encodes again
    best_cut(AR_RUN_ON, counterparts, enc, "ar")
    assert enc.calls == 2


def test_a_neighbour_orthogonal_to_the_sentence_is_not_tried() -> None:
    enc = Counting()
    ar = make_document(AR_RUN_ON, "ar")
    en = make_document(" ".join(EN), "en")
    links = (Link((0,), (0,), 0.9), Link((), (1,), 0.8))
    src = Topics().encode([AR_RUN_ON])
    # the neighbour's vector made orthogonal to the Arabic sentence's: no piece is encoded, nothing joined
    orthogonal = Topics().encode(EN)
    orthogonal[1] = np.cross(src[0], orthogonal[0])
    orthogonal[1] /= np.linalg.norm(orthogonal[1])
    assert join_by_cut(links, ar, en, enc, src, orthogonal) == links and enc.calls == 0
    # its twin, the neighbour's own vector, is tried and joined
    assert join_by_cut(links, ar, en, enc, src, Topics().encode(EN)) == (Link((0,), (0, 1), 0.9),)
    assert enc.calls == 1


def test_a_translator_split_at_a_comma_grows_the_link_but_is_compared_whole() -> None:
    # '…الليل، اعتقلت الشرطة…' rendered as two English sentences: the link takes the second one (no addition),
    # and split_pairs leaves the pair whole (the writer joined the clauses on purpose)
    enc = Topics()
    text = AR_RUN_ON.replace("الليل ", "الليل، ")
    assert best_cut(text, enc.encode(EN), enc, "ar", clause=True) == text.index("اعتقلت")
    assert best_cut(text, enc.encode(EN), enc, "ar") is None  # split_pairs's call: no cut at the comma
    ar = make_document(text, "ar")
    en = make_document(" ".join(EN), "en")
    links = (Link((0,), (0,), 0.9), Link((), (1,), 0.8))
    assert join_by_cut(links, ar, en, enc, enc.encode([text]), enc.encode(EN)) == (Link((0,), (0, 1), 0.9),)
    # its twin: an English sentence none of the Arabic clauses reads like stays an addition
    unrelated = make_document(EN[0] + " The weather office published its figures on Monday.", "en")
    vectors = enc.encode([s.text for s in unrelated.sentences])
    assert join_by_cut(links, ar, unrelated, enc, enc.encode([text]), vectors) == links


def test_a_cut_inside_a_quotation_leaves_the_link_whole() -> None:
    # the quotation runs over the unmarked sentence end: cut there, no piece would hold the whole quote
    quoted = 'وقال: "' + AR_RUN_ON[:-1] + '".'
    whole = Sentence(0, quoted, 0, len(quoted))
    en = (Sentence(0, EN[0], 0, len(EN[0])), Sentence(1, EN[1], len(EN[0]) + 1, len(EN[0]) + 1 + len(EN[1])))
    tr = get_translator("lexicon")
    pair = AlignedPair(Link((0,), (0, 1), 0.9), (whole,), en, tuple(tr.translate([quoted])))
    enc = Topics()
    ar_vectors, en_vectors = enc.encode([quoted]), enc.encode(EN)
    assert best_cut(quoted, en_vectors, enc, "ar") is not None
    assert split_pairs([pair], enc, ar_vectors, en_vectors, tr) == [pair]
    # the twin: the same run-on outside quotation marks is cut
    plain = Sentence(0, AR_RUN_ON, 0, len(AR_RUN_ON))
    plain_pair = AlignedPair(Link((0,), (0, 1), 0.9), (plain,), en, tuple(tr.translate([AR_RUN_ON])))
    assert len(split_pairs([plain_pair], enc, enc.encode([AR_RUN_ON]), en_vectors, tr)) == 2
