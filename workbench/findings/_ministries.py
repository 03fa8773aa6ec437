"""Ministries named by their portfolio on both sides (وزارة التشغيل والتكوين المهني, "the Ministry of Social
Affairs", "the Interior Ministry"), and whether one side's portfolio is said on the other: an organisation
matched through the senses of its parts, where no gazetteer can list every government's ministries."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache

from workbench.findings._words import ArToken, ar_tokens, gloss_stems
from workbench.lexicons import load, word_set
from workbench.text.arabic import normalize_ar
from workbench.text.english import stem
from workbench.text.names import names_match
from workbench.translate.romanize import romanize

# وزارة، الوزارة، بوزارة، لوزارة، وبوزارة …: the word with its proclitics and article
_AR_MINISTRY = re.compile(r"^[وف]?(?:[بل]|لل)?(?:ال)?وزار(?:ه|ات|تي|تا)$")
_AR_NAMED = re.compile(r"^[وف]?[بل]?وزاره$")  # وزارة followed by its portfolio: the construct state, no article
# English words that name a ministry or stand for one ('the department', 'the Pentagon'): how many the English has
_EN_MINISTRY_WORDS = re.compile(r"\b(?:ministry|ministries|department|office|pentagon|ministers?)\b", re.I)
_EN_CAP = r"[A-Z][\w'’-]*"
_EN_LINK = r"(?:and|of|for|the|&)"
# 'Ministry of Employment and Vocational Training', 'the Interior Ministry', 'Social Affairs Ministry'
_EN_NAMED = (
    re.compile(rf"\bMinistry of (?:the )?({_EN_CAP}(?:\s+(?:{_EN_LINK}\s+)*{_EN_CAP})*)"),
    re.compile(rf"\b((?:(?!The\b){_EN_CAP}\s+){{1,4}})Ministry\b"),
)
_EN_FUNCTION = word_set("function_words_en.tsv", "attribution_function")
# the words that open a portfolio without the article (وزارة شؤون البلديات "the Ministry of Municipal Affairs"):
# entity_cues_ar.tsv, kind portfolio
_PORTFOLIO_LEADS = frozenset(normalize_ar(row[0]) for row in load("entity_cues_ar.tsv") if row[1:2] == ("portfolio",))


@lru_cache(maxsize=1)
def _time_words() -> frozenset[str]:
    """Single Arabic words of the time lexicon (اليوم، الاثنين): definite like a portfolio, but no part of one."""
    return frozenset(f for f in (normalize_ar(r[0]) for r in load("time_ar.tsv")) if " " not in f)


@dataclass(frozen=True)
class Ministry:
    """A ministry as written (exact text in its sentence), where it starts, and its portfolio's words
    (empty for 'the ministry' alone)."""

    text: str
    start: int
    portfolio: tuple[str, ...]


def arabic_ministries(text: str) -> list[Ministry]:
    """Every وزارة of an Arabic sentence: with its portfolio, the definite words after it joined by و
    (وزارة التشغيل والتكوين المهني), or alone (الوزارة)."""
    toks = ar_tokens(text)
    out = []
    for i, t in enumerate(toks):
        if not _AR_MINISTRY.match(t.norm):
            continue
        words: list[ArToken] = []
        if _AR_NAMED.match(t.norm):
            for u in toks[i + 1 : i + 6]:
                # definite words with only a space between: a comma or a bracket ends the name
                gap = text[(words or [t])[-1].end : u.start]
                lead = not words and u.norm in _PORTFOLIO_LEADS
                if not (lead or re.match("^و?ال", u.norm)) or u.norm in _time_words() or gap.strip():
                    break
                words.append(u)
        end = words[-1].end if words else t.end
        out.append(Ministry(text[t.start : end], t.start, tuple(w.text for w in words)))
    return out


def english_ministries(text: str) -> list[Ministry]:
    """The ministries an English sentence names by their portfolio ('the Ministry of Social Affairs', 'the
    Interior Ministry'), with the portfolio's words (function words left out)."""
    out = []
    for m in sorted((m for pattern in _EN_NAMED for m in pattern.finditer(text)), key=lambda m: m.start()):
        words = m.group(1).split()
        words = [w for w in words if w.lower() not in _EN_FUNCTION and w.lower() != "the"]
        if words:
            out.append(Ministry(m.group(0).strip(), m.start(), tuple(words)))
    return out


def english_ministry_count(text: str) -> int:
    """How many words of the English name or stand for a ministry (the ministry, the department, the minister)."""
    return len(_EN_MINISTRY_WORDS.findall(text))


def _alike(gloss: str, word: str) -> bool:
    """A gloss stem and an English word stem of one sense: the same, or one the other's start (four letters
    at least: municipality, municipal)."""
    short, long_ = sorted((gloss, word), key=len)
    shared = len(os.path.commonprefix((short, long_)))
    return short == long_ or (len(short) >= 4 and shared >= max(4, len(short) - 2))


@lru_cache(maxsize=1)
def _portfolios() -> tuple[tuple[tuple[str, ...], str], ...]:
    """(Arabic form's words, key), longest form first: تعليم عالي before تعليم."""
    rows = [(tuple(f.split()), key) for key, ar, *_ in load("entity_ministries.tsv") for f in ar.split("|")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@lru_cache(maxsize=1)
def _english_portfolios() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(a whole-word pattern of an English form, key), longest form first: 'higher education' before 'education'."""
    rows = [(f, key) for key, _, en, *_ in load("entity_ministries.tsv") for f in en.split("|")]
    return tuple((re.compile(rf"\b{re.escape(f)}\b", re.I), key) for f, key in sorted(rows, key=lambda r: -len(r[0])))


def arabic_portfolio(m: Ministry) -> str:
    """The portfolio key of an Arabic ministry (entity_ministries.tsv), '' when unknown or none."""
    words = tuple(strip_article(w) for w in m.portfolio)
    key = next((key for form, key in _portfolios() if words[: len(form)] == form), "")
    if not key and words[:1] and words[0] in _PORTFOLIO_LEADS:
        # شؤون البلديات "municipal affairs": the portfolio is the word after the lead where none starts with it
        return next((key for form, key in _portfolios() if words[1 : 1 + len(form)] == form), "")
    return key


def english_portfolio(m: Ministry) -> str:
    """The portfolio key of an English ministry, '' when unknown."""
    return next((key for p, key in _english_portfolios() if p.search(m.text)), "")


def said_in_english(m: Ministry, en_text: str) -> bool:
    """Whether the English gives an Arabic ministry's portfolio: a sense of one of its words (or its sound,
    Awqaf for الأوقاف), or a name of its portfolio (entity_ministries.tsv) anywhere in the text."""
    en_words = re.findall(r"[A-Za-z]+", en_text)
    stems = {stem(w.lower()) for w in en_words}
    for word in m.portfolio:
        if any(_alike(g, s) for g in gloss_stems(word, verbs=False) for s in stems):
            return True
        roman = romanize(strip_article(word))
        if any(w[:1].isupper() and names_match(roman, w, strict=True) for w in en_words):
            return True
    key = arabic_portfolio(m)
    return bool(key) and any(k == key and p.search(en_text) for p, k in _english_portfolios())


def said_in_arabic(m: Ministry, ar: list[Ministry], ar_words: list[str]) -> bool:
    """Whether the Arabic gives an English ministry's portfolio: one of its ministries has that portfolio, or
    an Arabic word has the sense (or the sound) of one of its words."""
    key = english_portfolio(m)
    if key and any(arabic_portfolio(a) == key for a in ar):
        return True
    return any(
        any(_alike(g, stem(word.lower())) for g in gloss_stems(w, verbs=False))
        or names_match(romanize(strip_article(w)), word, strict=True)
        for word in m.portfolio
        for w in ar_words
    )


# what ends a clause around a ministry: punctuation (a quotation may go on with it: مطالباً وزارة النفط بـ"تخصيص …")
_CLAUSE_END = re.compile(r"[،,.؛;()!?؟]")


def clause_words(text: str, m: Ministry) -> list[str]:
    """The other words of the clause a ministry stands in (between punctuation marks), longer than two letters."""
    before = _CLAUSE_END.split(text[: m.start])[-1]
    after = _CLAUSE_END.split(text[m.start + len(m.text) :])[0]
    return [t.text for t in ar_tokens(f"{before} {after}") if len(t.bare) > 2]


def said_words(words: list[str], en_text: str) -> int:
    """How many of the Arabic words have a sense among the English words."""
    stems = {stem(w.lower()) for w in re.findall(r"[A-Za-z]+", en_text)}
    return sum(any(_alike(g, s) for g in gloss_stems(w, verbs=False) for s in stems) for w in words)


def strip_article(word: str) -> str:
    """The word without و and the article (والتكوين → تكوين)."""
    norm = normalize_ar(word)
    return re.sub("^و?ال", "", norm) if len(norm) > 4 else norm
