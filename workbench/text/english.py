"""English normalisation for matching: tokens, light stemming, stopwords, number words."""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.lexicons import alternation, load, word_set

WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|\d+(?:[.,]\d+)*")

STOPWORDS = word_set("function_words_en.tsv", "stopword")

# Abbreviations that end with a period but not a sentence (lower-cased, without the final dot).
ABBREVIATIONS = word_set("abbreviations_en.tsv")


def _irregular(use: str, *, from_base: bool) -> dict[str, str]:
    """One list of irregular_forms_en.tsv as a mapping: form → base, or base → form."""
    rows = [r for r in load("irregular_forms_en.tsv") if use in r[2].split()]
    return {base: form for form, base, _ in rows} if from_base else {form: base for form, base, _ in rows}


_IRREGULAR = _irregular("stem", from_base=False)  # form → what stem() gives for it
NUMBER_WORDS = {word: int(value) for word, value, lists in load("numbers_en.tsv") if "cardinal" in lists.split()}


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light, deterministic English stem (lower-case): enough to match said/says, forces/force, killed/kill,
    press/presses, exceed/exceeded, sold/sell."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) <= 3 or w.isdigit():
        return w
    for suffix, repl in (
        ("ies", "y"),
        ("ied", "y"),
        ("ing", ""),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
        ("ly", ""),
    ):
        if suffix == "s" and w.endswith("ss"):
            break  # press, loss, access: the s is the word's own (presses → press below)
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            base = w[: -len(suffix)] + repl
            if suffix in ("ing", "ed") and len(base) > 3 and base[-1] == base[-2] and base[-1] not in "ls":
                base = base[:-1]  # stopped → stop, planning → plan
            if suffix == "es" and not base.endswith(("s", "x", "z", "ch", "sh")):
                base = base + "e"  # estimates → estimate, but taxes → tax
            return base.rstrip("e") if suffix in ("ed", "ing") else base.rstrip("e")
    return w.rstrip("e") if len(w) > 4 else w


def tokens(text: str) -> list[str]:
    """Word and number tokens of an English text, as written."""
    return WORD.findall(text)


def content_stems(text: str) -> list[str]:
    """Stemmed, lower-cased content words (stopwords dropped), in order."""
    out = []
    for tok in tokens(text):
        low = tok.lower()
        if low in STOPWORDS:
            continue
        out.append(stem(low))
    return out


# ---------------------------------------------------------------------------- inflection
# The lexicon gives verbs and nouns in their dictionary form; a gloss for a perfect verb or a
# plural noun is inflected with these.

_IRREGULAR_PAST = _irregular("past", from_base=True)
_IRREGULAR_PLURAL = _irregular("plural", from_base=True)
_VOWELS = "aeiou"


def past_tense(verb: str) -> str:
    """Simple past of an English verb phrase (its first word inflected): 'take part' → 'took part'."""
    head, sep, rest = verb.partition(" ")
    low = head.lower()
    if not low.isalpha() or low.endswith("ed"):
        return verb
    if low in _IRREGULAR_PAST:
        past = _IRREGULAR_PAST[low]
    elif low.endswith("e"):
        past = low + "d"
    elif low.endswith("y") and len(low) > 1 and low[-2] not in _VOWELS:
        past = low[:-1] + "ied"
    elif (
        len(low) <= 4
        and len(low) >= 3
        and low[-1] not in _VOWELS + "wxy"
        and low[-2] in _VOWELS
        and low[-3] not in _VOWELS
    ):
        past = low + low[-1] + "ed"  # stop → stopped, ban → banned
    else:
        past = low + "ed"
    return past + sep + rest


def plural(noun: str) -> str:
    """Plural of an English noun phrase (its last word inflected)."""
    head, sep, last = noun.rpartition(" ")
    low = last.lower()
    if not low.isalpha() or low.endswith(("ed", "ing")) or low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return noun
    if low in _IRREGULAR_PLURAL:
        word = _IRREGULAR_PLURAL[low]
    elif low.endswith(("s", "x", "z", "ch", "sh")):
        word = low + "es"
    elif low.endswith("y") and len(low) > 1 and low[-2] not in _VOWELS:
        word = low[:-1] + "ies"
    else:
        word = low + "s"
    return head + sep + word


_STORY_SWITCH = re.compile(rf"^\s*(?:{alternation(word_set('story_switches_en.tsv'))})\b", re.IGNORECASE)


def turns_to_another_story(sentence: str) -> bool:
    """Whether the sentence opens by turning to another news item ('Separately, …', 'In neighbouring Oman, …')."""
    return _STORY_SWITCH.match(sentence) is not None


@lru_cache(maxsize=1)
def _phrasal_verbs() -> dict[tuple[str, str], str]:
    # keyed by the verb's stem, as the words of a sentence are looked up ('closed down', 'leaves out')
    return {(stem(verb), particle): sense for verb, particle, sense in load("phrasal_verbs_en.tsv")}


@lru_cache(maxsize=4096)
def phrasal_senses(text: str) -> tuple[tuple[int, int, str], ...]:
    """The phrasal verbs of ``text`` with the one verb each says (phrasal_verbs_en.tsv): (start, end, sense)
    for "turned down" in "had turned down the request" (reject). The particle must follow the verb at once
    ("turned the request down" is not read). Cached: the negation rules ask of one sentence many times."""
    words = list(re.finditer(r"[A-Za-z]+", text))
    out = []
    for first, second in zip(words, words[1:], strict=False):
        if text[first.end() : second.start()].isspace():
            sense = _phrasal_verbs().get((stem(first.group(0).lower()), second.group(0)))
            if sense:
                out.append((first.start(), second.end(), sense))
    return tuple(out)
