"""Term matching shared by the lexicon-driven detectors (entities, time, wording).

Arabic forms are matched on the normalised text with the clitics و ف ب ل ك and the article
allowed in front, and cut back out of the original sentence, so spans stay exact substrings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from workbench.findings._words import analyses
from workbench.text.arabic import normalize_ar, normalize_with_map, original_span

T = TypeVar("T")

_AR_LETTER = "\u0621-\u064a"
_AR_CONJ = rf"(?<![{_AR_LETTER}])(?:[وف](?=[{_AR_LETTER}]{{3}}))?"
_AR_PREFIX = "(?:بال|كال|لل|ال|[بلك])?"
_AR_SUFFIX = rf"(?![{_AR_LETTER}])"
_NISBA_SUFFIX = "(?:ه|ين|ون|ان|ا)?"


@dataclass(frozen=True)
class Hit(Generic[T]):
    """One matched term: the value it stands for, its exact text and where it starts."""

    value: T
    text: str
    start: int
    end: int


def core_form(form: str, keep_article: bool = False) -> str:
    """Normalised form without a leading article (the prefix pattern supplies it)."""
    norm = " ".join(normalize_ar(form).split())
    return norm[2:] if norm.startswith("ال") and len(norm) > 4 and not keep_article else norm


class ArabicTerms(Generic[T]):
    """A compiled set of Arabic forms, each standing for a value."""

    def __init__(self, forms: Iterable[tuple[str, T]], *, nisba: bool = False, keep_article: bool = False) -> None:
        """``nisba``: allow adjective endings (عراقي → عراقية، عراقيين); ``keep_article``: a form written
        with ال must be written with it (الأحد Sunday, but أحد "one")."""
        self._values: dict[str, T] = {}
        for form, value in forms:
            core = core_form(form, keep_article)
            if core:
                self._values.setdefault(core, value)
        alternation = _alternation(self._values)
        suffix = _NISBA_SUFFIX if nisba else ""
        prefix = "(?:[بلك])?" if keep_article else _AR_PREFIX
        # ل before the article takes its alef: للمملكة المتحدة "for the United Kingdom"
        self._after_lam = {"ل" + c[2:]: v for c, v in self._values.items() if keep_article and c.startswith("ال")}
        body = f"{prefix}({alternation})" + (f"|ل({_alternation(self._after_lam)})" if self._after_lam else "")
        self._pattern = re.compile(f"{_AR_CONJ}((?:{body}){suffix}){_AR_SUFFIX}") if self._values else None

    def find(self, text: str) -> list[Hit[T]]:
        """Every non-overlapping match in ``text``, in order, with exact original spans."""
        if self._pattern is None:
            return []
        norm, index = normalize_with_map(text)
        return [
            Hit(
                self._values[m.group(2)] if m.group(2) else self._after_lam[m.group(3)],
                original_span(text, index, m.start(1), m.end(1)),
                index[m.start(1)],
                index[m.end(1) - 1] + 1,
            )
            for m in self._pattern.finditer(norm)
            if not _a_word_of_its_own(m, text, index)
        ]


def _a_word_of_its_own(m: re.Match[str], text: str, index: list[int]) -> bool:
    """A one-word match read with the preposition ك 'like' in front that the lexicon reads whole as another word
    and never as ك and the term's word (كرومًا 'vines', not 'like Rome'; but كبيروت 'like Beirut')."""
    whole, core = m.group(1), m.group(2)
    if not core or not whole.startswith("ك") or core.startswith("ك") or " " in whole or whole.startswith("كال"):
        return False
    word = text[index[m.start(1)] : index[m.end(1) - 1] + 1]
    readings = analyses(word)
    return bool(readings) and any("ka/PREP" not in a.prefix_pos and a.stem.pos != "NOUN_PROP" for a in readings)


def _alternation(forms: Iterable[str]) -> str:
    return "|".join(re.escape(c).replace(r"\ ", " ") for c in sorted(forms, key=len, reverse=True))


class EnglishTerms(Generic[T]):
    """A compiled set of English forms (whole words), each standing for a value."""

    def __init__(self, forms: Iterable[tuple[str, T]], *, ignore_case: bool = False) -> None:
        self._values: dict[str, T] = {}
        for form, value in forms:
            self._values.setdefault(form.lower() if ignore_case else form, value)
        self._ignore_case = ignore_case
        alternation = "|".join(re.escape(f) for f in sorted(self._values, key=len, reverse=True))
        flags = re.I if ignore_case else 0
        self._pattern = re.compile(rf"(?<![\w])({alternation})(?![\w])", flags) if self._values else None

    def find(self, text: str) -> list[Hit[T]]:
        """Every non-overlapping match in ``text``, in order."""
        if self._pattern is None:
            return []
        out = []
        for m in self._pattern.finditer(text):
            key = m.group(1).lower() if self._ignore_case else m.group(1)
            out.append(Hit(self._values[key], m.group(1), m.start(1), m.end(1)))
        return out


def split_forms(cell: str) -> list[str]:
    """A '|'-separated lexicon cell as a list of forms (empty cell → [])."""
    return [f.strip() for f in cell.split("|") if f.strip()]
