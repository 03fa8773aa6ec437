"""English normalisation for matching: tokens, light stemming, stopwords, number words."""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.lexicons import word_set

WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|\d+(?:[.,]\d+)*")

STOPWORDS = word_set("function_words_en.tsv", "stopword")

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


# ---------------------------------------------------------------------------- inflection
# The lexicon gives verbs and nouns in their dictionary form; a gloss for a perfect verb or a
# plural noun is inflected with these.

_IRREGULAR_PAST = {
    "arise": "arose", "be": "was", "bear": "bore", "beat": "beat", "become": "became",
    "begin": "began", "bend": "bent", "bet": "bet", "bind": "bound", "bite": "bit",
    "bleed": "bled", "blow": "blew", "break": "broke", "breed": "bred", "bring": "brought",
    "build": "built", "burn": "burned", "burst": "burst", "buy": "bought", "cast": "cast",
    "catch": "caught", "choose": "chose", "cling": "clung", "come": "came", "cost": "cost",
    "creep": "crept", "cut": "cut", "deal": "dealt", "dig": "dug", "do": "did",
    "draw": "drew", "drink": "drank", "drive": "drove", "eat": "ate", "fall": "fell",
    "feed": "fed", "feel": "felt", "fight": "fought", "find": "found", "flee": "fled",
    "fling": "flung", "fly": "flew", "forbid": "forbade", "forget": "forgot",
    "forgive": "forgave", "freeze": "froze", "get": "got", "give": "gave", "go": "went",
    "grind": "ground", "grow": "grew", "hang": "hung", "have": "had", "hear": "heard",
    "hide": "hid", "hit": "hit", "hold": "held", "hurt": "hurt", "keep": "kept",
    "kneel": "knelt", "know": "knew", "lay": "laid", "lead": "led", "lean": "leaned",
    "leap": "leapt", "learn": "learned", "leave": "left", "lend": "lent", "let": "let",
    "lie": "lay", "light": "lit", "lose": "lost", "make": "made", "mean": "meant",
    "meet": "met", "mislead": "misled", "overcome": "overcame", "pay": "paid", "put": "put",
    "quit": "quit", "read": "read", "rid": "rid", "ride": "rode", "ring": "rang",
    "rise": "rose", "run": "ran", "say": "said", "see": "saw", "seek": "sought",
    "sell": "sold", "send": "sent", "set": "set", "shake": "shook", "shed": "shed",
    "shine": "shone", "shoot": "shot", "show": "showed", "shrink": "shrank", "shut": "shut",
    "sing": "sang", "sink": "sank", "sit": "sat", "sleep": "slept", "slide": "slid",
    "speak": "spoke", "spend": "spent", "spin": "spun", "split": "split", "spread": "spread",
    "spring": "sprang", "stand": "stood", "steal": "stole", "stick": "stuck", "sting": "stung",
    "strike": "struck", "strive": "strove", "swear": "swore", "sweep": "swept", "swim": "swam",
    "swing": "swung", "take": "took", "teach": "taught", "tear": "tore", "tell": "told",
    "think": "thought", "throw": "threw", "thrust": "thrust", "undergo": "underwent",
    "understand": "understood", "undertake": "undertook", "upset": "upset", "wake": "woke",
    "wear": "wore", "weep": "wept", "win": "won", "wind": "wound", "withdraw": "withdrew",
    "write": "wrote",
}  # fmt: skip
_IRREGULAR_PLURAL = {
    "man": "men", "woman": "women", "child": "children", "person": "people", "foot": "feet",
    "tooth": "teeth", "mouse": "mice", "life": "lives", "wife": "wives", "knife": "knives",
    "leaf": "leaves", "half": "halves", "thief": "thieves", "crisis": "crises",
    "analysis": "analyses", "criterion": "criteria", "phenomenon": "phenomena",
}  # fmt: skip
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
