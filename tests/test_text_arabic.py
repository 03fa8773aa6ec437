"""Tests for the Arabic matching helpers (workbench.text.arabic): each with a case it changes and one it leaves."""

from __future__ import annotations

from workbench.text.arabic import (
    has_arabic,
    normalize_ar,
    normalize_digits,
    normalize_with_map,
    original_span,
    strip_diacritics,
)


def test_has_arabic() -> None:
    assert has_arabic("Baghdad بغداد")
    assert not has_arabic("Baghdad 2023, ?!")
    assert not has_arabic("٢٠٢٣")  # digits are not letters


def test_strip_diacritics_removes_harakat_shadda_and_tatweel_only() -> None:
    assert strip_diacritics("قـالَ مُحَمَّدٌ") == "قال محمد"
    assert strip_diacritics("قال محمد") == "قال محمد"
    assert strip_diacritics("أإآ ة ى") == "أإآ ة ى"  # letters are left to normalize_ar


def test_normalize_digits() -> None:
    assert normalize_digits("٢٠٢٣ و۱۲ و٣٫٥ و١٬٠٠٠") == "2023 و12 و3.5 و1,000"
    assert normalize_digits("2023 بغداد") == "2023 بغداد"


def test_normalize_ar_folds_letters_digits_and_punctuation() -> None:
    assert normalize_ar("أَحْمَدُ إلى المدرسةِ ١٢٣٫٥، ؟") == "احمد الي المدرسه 123.5, ?"
    assert normalize_ar("ی ک ؤ ئ ٱ") == "ي ك و ي ا"
    assert normalize_ar("احمد الي المدرسه") == "احمد الي المدرسه"


def test_normalize_with_map_keeps_the_original_offsets() -> None:
    text = "قـالَ أحمد"
    norm, index = normalize_with_map(text)
    assert norm == normalize_ar(text) == "قال احمد"
    assert index == [0, 2, 3, 5, 6, 7, 8, 9]
    assert original_span(text, index, 4, 8) == "أحمد"
    assert original_span(text, index, 0, 3) == "قـال"  # tatweel inside kept, the final fatha outside


def test_normalize_with_map_of_plain_text_is_the_identity() -> None:
    norm, index = normalize_with_map("abc")
    assert (norm, index) == ("abc", [0, 1, 2])


def test_original_span_of_an_empty_range() -> None:
    assert original_span("قال", [0, 1, 2], 1, 1) == ""
    assert original_span("قال", [0, 1, 2], 1, 2) == "ا"


def test_normalize_with_map_matches_its_character_by_character_definition() -> None:
    # harakat, tatweel, hamza and alef forms, Persian yeh and keheh, both digit sets, Arabic punctuation
    text = "أَعلنَ الـوزيرُ إنّ ١٢٫٥٪ من ۳۴ مدينة؛ لماذا؟ ی ک «آمن»، ٱلله"
    norm, index = normalize_with_map(text)
    kept = [i for i, ch in enumerate(text) if strip_diacritics(ch)]
    assert index == kept
    assert norm == "".join(normalize_ar(text[i]) for i in kept) == normalize_ar(text)


def test_normalize_with_map_memo_hands_back_the_same_answer() -> None:
    first = normalize_with_map("قَالَ")
    assert normalize_with_map("قَالَ") == first == ("قال", [0, 2, 3])
    assert normalize_with_map("قال") == ("قال", [0, 1, 2])
