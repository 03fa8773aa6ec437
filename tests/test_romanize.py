"""Romanisation: the plain scheme for unknown words, and names spelled as names instead of glossed."""

from __future__ import annotations

import pickle

import pytest

from workbench.translate import get_translator
from workbench.translate.romanize import NameSpotter, romanize


def test_ghain_is_gh() -> None:
    assert romanize("غالب") == "ghalib"
    assert romanize("الغانم") == "al-ghanim"


@pytest.fixture(scope="module")
def spotter() -> NameSpotter:
    return NameSpotter()


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("قال عمر الدليمي إن", {1: (2, "Omar al-Dulaimi")}),  # before a family name
        ("صرح خالد عبد الغفار للصحفيين", {1: (3, "Khalid Abdel Ghaffar")}),  # with a compound
        ("قال الوزير عمر حسين", {2: (2, "Omar Hussein")}),  # after a title
        ("قال الرئيس بشار الأسد", {2: (2, "Bashar al-Assad")}),
    ],
)
def test_names_are_spotted_and_spelled_the_usual_way(spotter, sentence, expected) -> None:
    assert spotter.runs(sentence.split()) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "قال المتحدث باسم الوزارة",  # باسم is also the name Bassem, but alone after a title
        "قال عمر حسين",  # two given names and no title: not enough
        "الجيش العراقي",  # an adjective with the article after an ordinary word
        "قال عمر 45 الدليمي",  # a number breaks the name
    ],
)
def test_ordinary_words_stay_words(spotter, sentence) -> None:
    words = ["" if w.isdigit() else w for w in sentence.split()]
    assert spotter.runs(words) == {}


def test_the_lexicon_translator_spells_names_instead_of_glossing_them() -> None:
    translator = get_translator("lexicon")
    [rendering] = translator.translate(["قال عمر الدليمي إن القوات وصلت."])
    assert rendering.startswith("said Omar al-Dulaimi ") and "age" not in rendering
    [plain] = translator.translate(["قال عمر حسين إن القوات وصلت."])
    assert "Omar" not in plain


def test_a_spotter_survives_pickling_for_worker_processes(spotter) -> None:
    assert spotter.runs(["عمر", "الدليمي"])
    copy = pickle.loads(pickle.dumps(spotter))
    assert copy.runs(["عمر", "الدليمي"]) == {0: (2, "Omar al-Dulaimi")}
