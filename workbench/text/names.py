"""Names across scripts: consonant skeletons of romanised names and how close two names are.

A name written in Arabic and romanised (الحيالي → alhiyali) rarely spells like the English
(al-Hayali); their consonant skeletons usually agree. Two skeletons are kept, as two callers
tuned to them: ``skeleton`` (the aligner's matching feature) and ``spelling_skeleton`` (the
detectors' name test, which also folds the spelling variants of transliteration: ph/f, x/ks,
z/d, v/f). Unifying them changes results on the benches, so they stay two, side by side here.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from rapidfuzz.distance import Levenshtein

_VOWELS = re.compile(r"[aeiouwy]+")


def skeleton(word: str) -> str:
    """Consonant skeleton of a transliterated name: Houran, Horan, Hawran → hrn."""
    w = word.lower()
    w = re.sub(r"^(al|el)[-']?", "", w) if len(w) > 5 else w
    w = w.replace("'", "").replace("’", "")
    w = w.replace("kh", "x").replace("sh", "c").replace("dh", "z").replace("th", "t").replace("gh", "g")
    w = w.replace("q", "k").replace("j", "g")
    w = _VOWELS.sub("", w)
    return re.sub(r"(.)\1+", r"\1", w)


def spelling_skeleton(word: str) -> str:
    """Consonant skeleton with transliteration's spelling variants folded too: Hayali, al-Hiyali → hl."""
    w = word.lower()
    w = re.sub(r"^(al|el)[-']?", "", w) if len(w) > 5 else w
    w = w.replace("'", "").replace("’", "").replace("-", "")
    w = w.replace("x", "ks").replace("ph", "f").replace("ck", "k").replace("c", "k")
    w = w.replace("kh", "x").replace("sh", "s").replace("dh", "d").replace("th", "t").replace("gh", "g")
    w = w.replace("q", "k").replace("j", "g").replace("z", "d").replace("v", "f")
    w = _VOWELS.sub("", w)
    return re.sub(r"(.)\1+", r"\1", w)


def names_match(a: str, b: str, *, strict: bool = False) -> bool:
    """Two romanised names agree: spelling skeletons equal or one a prefix of the other (three letters
    at least), or, unless ``strict``, one edit apart (two for skeletons of six letters or more)."""
    sa, sb = spelling_skeleton(a), spelling_skeleton(b)
    if len(sa) < 2 or len(sb) < 2:
        return a.lower() == b.lower()
    if sa == sb:
        return True
    short, long_ = sorted((sa, sb), key=len)
    if len(short) >= 3 and long_.startswith(short) and len(long_) - len(short) <= 1:
        return True
    # romanisation differs most in s/z/d/t and in guessed vowels (adamiz ~ Adams): one edit apart
    return not strict and len(short) >= 3 and Levenshtein.distance(sa, sb) <= (1 if len(short) < 6 else 2)


#: the share of letters two spelling skeletons must have in common to be loosely alike
LOOSE_RATIO = 0.5


def loosely_alike(a: str, b: str) -> bool:
    """Spelling skeletons that share most letters (zif ~ Zaev, sisnd ~ Sessions).

    Ratcliff/Obershelp (difflib), not rapidfuzz's LCS ratio: the LCS ratio is higher on about
    0.2 % of random name pairs (bmkbd ~ mbr: 0.5 against 0.25), which would pass them.
    """
    sa, sb = spelling_skeleton(a), spelling_skeleton(b)
    return bool(sa and sb) and SequenceMatcher(None, sa, sb).ratio() >= LOOSE_RATIO
