"""English normalisation for matching: tokens, light stemming, stopwords, number words."""

from __future__ import annotations

import re
from functools import lru_cache

WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|\d+(?:[.,]\d+)*")

STOPWORDS = frozenset(
    """a an the and or but if of to in on at by for from with without into onto over under about as
    is are was were be been being am do does did has have had having it its this that these those
    there here he she they we you i him her them us me his their our your my who whom whose which
    what when where while than then so such not no nor also very just only both each other any all
    some more most can could would should will shall may might must said says say told tells according
    after before since until during against between through up down out off again further once new
    one s t al el""".split()
)

# Abbreviations that end with a period but not a sentence (lower-cased, without the final dot).
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen col lt sgt capt maj cmdr adm st jr sr rev hon gov sen rep pres
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    no nos vs etc e.g i.e u.s u.k u.n u.a.e a.m p.m inc co corp ltd dept est approx fig
    mt ft vol art para""".split()
)

_IRREGULAR = {
    "said": "say", "says": "say", "told": "tell", "went": "go", "gone": "go", "took": "take", "taken": "take",
    "made": "make", "held": "hold", "killed": "kill", "men": "man", "women": "woman", "people": "people",
    "children": "child", "was": "be", "were": "be", "been": "be", "is": "be", "are": "be", "had": "have",
    "has": "have", "did": "do", "does": "do", "began": "begin", "begun": "begin", "came": "come",
    "fell": "fall", "fallen": "fall", "found": "find", "gave": "give", "given": "give", "kept": "keep",
    "left": "leave", "lost": "lose", "met": "meet", "paid": "pay", "ran": "run", "saw": "see", "seen": "see",
    "sent": "send", "set": "set", "spoke": "speak", "spoken": "speak", "stood": "stand", "struck": "strike",
    "thought": "think", "won": "win", "wrote": "write", "written": "write", "led": "lead", "fled": "flee",
    "built": "build", "brought": "bring", "caught": "catch", "fought": "fight", "sought": "seek",
    "shot": "shoot", "hit": "hit", "cut": "cut", "put": "put", "let": "let", "rose": "rise", "risen": "rise",
    "chose": "choose", "chosen": "choose", "drove": "drive", "driven": "drive", "knew": "know", "known": "know",
    "grew": "grow", "grown": "grow", "threw": "throw", "thrown": "throw", "became": "become", "forces": "force",
}

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000, "dozen": 12, "dozens": 12,
}


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light, deterministic English stem (lower-case): enough to match said/says, forces/force, killed/kill."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) <= 3 or w.isdigit():
        return w
    for suffix, repl in (
        ("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("ly", ""),
    ):
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
