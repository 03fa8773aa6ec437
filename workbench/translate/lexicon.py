"""The offline default translator: a morphology-aware Arabic→English word glosser.

Each Arabic word is segmented into prefix + stem + suffix with the Buckwalter Arabic
Morphological Analyzer lexicon (the shared morphology service, ``workbench.morphology``), one
analysis is chosen, and its gloss is cleaned into the plain English word a news report would
use. Words the lexicon lacks are romanised so names still match their English spelling fuzzily.
Multi-word phrases of the news override list are glossed as one.

The output is a rough word-by-word rendering meant for fuzzy alignment, not a translation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from pathlib import Path

from workbench.morphology import (
    CLITIC_WORDS,
    FORMAT_VERSION,
    Morphology,
    get_morphology,
    load_index,
    load_overrides,
)
from workbench.text.arabic import normalize_ar, normalize_digits, strip_diacritics
from workbench.translate.base import Translator
from workbench.translate.romanize import NAMES_SIGNATURE, NameSpotter

_ARABIC_WORD = r"[\u0621-\u063A\u0641-\u064A\u066E-\u06D3\u06FA-\u06FF]+"
_TOKEN = re.compile(rf"(?P<ar>{_ARABIC_WORD})|(?P<num>\d+(?:[.,]\d+)*)|(?P<lat>[A-Za-z][A-Za-z'’\-]*)|(?P<punct>\S)")
_PUNCT = {"،": ",", "؛": ";", "؟": "?", "٪": "%", "«": "“", "»": "”", "٭": "*", "۔": "."}
_ATTACH_LEFT = set(",.;:?!)]}%”’…")
_ATTACH_RIGHT = set("([{“‘$")


class LexiconTranslator(Translator):
    """Word-by-word Arabic→English glosses from the Buckwalter lexicon plus a news override list."""

    name = "lexicon"

    def __init__(
        self,
        *,
        morphology: Morphology | None = None,
        cache_dir: str | Path | None = None,
        overrides: str | Path | None = None,
    ) -> None:
        """``morphology``: the service to gloss with (default: the process's shared one); ``cache_dir``
        and ``overrides`` load a separate index cache or override list instead."""
        if morphology is None and cache_dir is None and overrides is None:
            morphology = get_morphology()
        elif morphology is None:
            index = load_index(Path(cache_dir)) if cache_dir else get_morphology().index
            morphology = Morphology(index, load_overrides(Path(overrides)) if overrides else load_overrides())
        self.morphology = morphology
        self._overrides = morphology.overrides
        self._max_phrase = max((len(k) for k in self._overrides), default=1)
        self._names = NameSpotter()  # people's names spelled as names, not glossed as words

    @property
    def signature(self) -> str:
        """Name plus lexicon format version and override count."""
        return f"{self.name} (buckwalter v{FORMAT_VERSION}, {len(self._overrides)} overrides, {NAMES_SIGNATURE})"

    def translate(self, sentences: Sequence[str]) -> list[str]:
        """Return one English rendering per Arabic sentence; an empty sentence gives ''."""
        return [self._sentence(s) for s in sentences]

    def match_texts(self, sentences: Sequence[str]) -> list[str]:
        """Matching form for the aligner: each word's chosen gloss plus the other senses of its
        likeliest analyses (Buckwalter's first sense is often not the one a journalist used)."""
        out = []
        for sentence in sentences:
            words = [
                self.senses_of(m.group())
                for m in _TOKEN.finditer(normalize_digits(strip_diacritics(sentence)))
                if m.lastgroup == "ar"
            ]
            out.append(self._sentence(sentence) + " " + " ".join(w for w in words if w))
        return out

    def senses_of(self, word: str, *, analyses: int = 3, senses: int = 3) -> str:
        """Alternative English senses of one Arabic word (memoised), space-separated."""
        return self.morphology.senses_of(word, analyses=analyses, senses=senses)

    def gloss_word(self, word: str) -> str:
        """English for one Arabic word (memoised)."""
        return self.morphology.gloss_word(word)

    # -- internals

    def _sentence(self, sentence: str) -> str:
        text = normalize_digits(strip_diacritics(sentence))
        tokens = [(m.lastgroup or "punct", m.group()) for m in _TOKEN.finditer(text)]
        names = self._names.runs([tok if kind == "ar" else "" for kind, tok in tokens])
        out: list[str] = []
        i = 0
        while i < len(tokens):
            kind, tok = tokens[i]
            if i in names:
                n, spelled = names[i]
                out.append(spelled)
                i += n
                continue
            if kind == "ar":
                phrase, used = self._phrase(tokens, i)
                if used:
                    out.append(phrase)
                    i += used
                    continue
                out.append(self.gloss_word(tok))
            elif kind == "punct":
                out.append(_PUNCT.get(tok, tok))
            else:
                out.append(tok)
            i += 1
        return _join(_drop_repeated_the([w for w in out if w]))

    def _phrase(self, tokens: list[tuple[str, str]], i: int) -> tuple[str, int]:
        """Longest multi-word override starting at token i (a leading clitic allowed on its first word)."""
        for n in range(min(self._max_phrase, len(tokens) - i), 1, -1):
            window = tokens[i : i + n]
            if any(kind != "ar" for kind, _ in window):
                continue
            words = [normalize_ar(tok) for _, tok in window]
            hit = self._overrides.get(tuple(words))
            if hit is not None:
                return hit, n
            for clitic in ("و", "ب", "ف", "ل", "في"):
                if words[0].startswith(clitic) and len(words[0]) > len(clitic) + 1:
                    hit = self._overrides.get((words[0][len(clitic) :], *words[1:]))
                    if hit is not None:
                        return f"{CLITIC_WORDS.get(clitic, 'in')} {hit}", n
        return "", 0


def _drop_repeated_the(words: list[str]) -> list[str]:
    """'the forces the American' → 'the forces American': Arabic repeats al- on adjectives and in idafa."""
    out: list[str] = []
    for w in words:
        if w.startswith("the ") and out and out[-1].startswith("the "):
            w = w[4:]
        out.append(w)
    return out


def _join(words: Iterator[str] | Sequence[str]) -> str:
    """Join words with spaces, attaching punctuation to the word it belongs to."""
    out = ""
    glue = False
    for w in words:
        closing = w == '"' and out.count('"') % 2 == 1
        if not out or glue or w in _ATTACH_LEFT or closing:
            out += w
        else:
            out += " " + w
        glue = w in _ATTACH_RIGHT or (w == '"' and not closing)
    return out
