"""Known edits to the English side of an Arabic–English sentence pair, chosen without the code under test.

Used by bench/findings_quality.py. Nothing here comes from the workbench: no detector finder, no
detector lexicon, not the aligner's or the translator's transliteration. Where to edit is decided
by plain criteria and by the small word lists below, written for this bench:

- names: any run of capitalised English words that is not at the start of the sentence, with an
  Arabic counterpart found by this file's own letter mapping (``arabic_counterpart``);
- negation: any "not", "never", "n't" …, and the Arabic negation particles of ``AR_NEGATIONS``;
- hedges and reporting verbs: the lists below, not the detectors' ``hedges_*.tsv`` or
  ``reporting_verbs.tsv``;
- loaded wording: ``LOADED_SWAPS`` / ``LOADED_ADJECTIVES``, not ``loaded_terms.tsv``.

Every edit type has up to three branches: ``insert`` (words added), ``remove`` (words taken
away) and ``swap`` (words replaced). An edit returns an ``Edit`` with the edited English and the
exact characters it changed there (``start``/``end``; for a removal ``start == end``: the point
where the words were), plus the Arabic counterpart's characters where the bench found one.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Edit:
    """One known edit of an English sentence."""

    type: str  # the finding type the edit should raise
    branch: str  # insert | remove | swap
    en: str  # the edited English sentence
    start: int  # edited characters en[start:end]; start == end for a removal (where the words were)
    end: int
    removed: str  # the original characters taken out or replaced ("" for an insertion)
    ar_start: int = -1  # the Arabic counterpart ar[ar_start:ar_end], -1 where the bench found none
    ar_end: int = -1
    terms: tuple[str, ...] = ()  # the words the edit is about (for the "in a detector lexicon" split)
    what: str = ""  # a few words saying what was done
    # other finding types that are as right: a name swapped or dropped where it is the speaker of a
    # reporting verb is an attribution change as much as an entity change (SPEC: an outlet swapped)
    also: tuple[str, ...] = ()


EditFn = Callable[[str, str, random.Random], "Edit | None"]

# ---------------------------------------------------------------------------------------------
# the bench's own word lists

MONTHS = "January February March April May June July August September October November December".split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
NUMBER_WORDS = {"two": "four", "three": "five", "four": "seven", "five": "eight", "six": "ten", "seven": "three",
                "eight": "twelve", "nine": "six", "ten": "twenty", "eleven": "fifteen", "twelve": "thirty",
                "twenty": "forty", "fifty": "ninety", "hundreds": "thousands", "dozens": "hundreds",
                "thousands": "millions"}  # fmt: skip
# nouns people count, before which a number may be put ("the 40 soldiers")
COUNTED_NOUNS = ("people soldiers officers children students workers members residents civilians troops voters "
                 "passengers patients families victims players companies schools homes houses buildings vehicles "
                 "cars prisoners refugees migrants journalists employees fighters protesters").split()  # fmt: skip
# Arabic negation particles and words (matched as whole words, with و or ف allowed in front)
AR_NEGATIONS = ("لا", "لم", "لن", "ليس", "ليست", "ليسوا", "لسنا", "لست", "ما", "غير", "عدم", "دون", "بدون", "بلا",
                "لما", "كلا", "أبدا", "أبداً", "قط", "إطلاقا", "إطلاقاً", "ولا")  # fmt: skip
EN_NEGATION_SWAPS = {"never": "always", "nobody": "everybody", "nothing": "everything", "no one": "everyone",
                     "without": "with"}  # fmt: skip
EN_HEDGE_ADVERBS = ("reportedly", "allegedly", "apparently", "possibly", "probably", "perhaps", "maybe",
                    "likely", "seemingly", "supposedly", "purportedly")  # fmt: skip
EN_HEDGE_MODALS = ("may", "might", "could")
# Arabic hedges: a word or phrase, matched on whole words with و/ف/ب allowed in front
AR_HEDGES = ("ربما", "لعل", "يبدو", "بدا", "يعتقد", "يُعتقد", "يرجح", "يُرجح", "يُرجّح", "يحتمل", "يُحتمل", "محتمل",
             "المحتمل", "المرجح", "الأرجح", "يزعم", "يُزعم", "المزعوم", "المزعومة", "مزعوم", "التقارير", "تقارير",
             "أنباء", "يتوقع", "يُتوقع", "متوقع", "المتوقع", "يفترض", "يُفترض", "يمكن", "بحسب", "وفقا", "وفقاً",
             "حسب", "مصادر")  # fmt: skip
# قد before an imperfect verb (قد يكون "may be") hedges; before a past verb it does not
AR_QAD_HEDGE = re.compile(r"(?<![\u0600-\u06ff])[وف]?قد\s+[يتنأ][\u0600-\u06ff]+")
# reporting verbs: the English verb put in place of "said", and Arabic stems that already say as much
STRONGER_VERBS = {"claimed": ("زعم", "ادعى", "ادّعى"), "revealed": ("كشف",), "confirmed": ("أكد", "أكّد", "تأكيد"),
                  "admitted": ("اعترف", "أقر", "أقرّ"), "insisted": ("أصر", "أصرّ", "شدد", "شدّد")}  # fmt: skip
PRESENT = {"claimed": "claims", "revealed": "reveals", "confirmed": "confirms", "admitted": "admits",
           "insisted": "insists"}  # fmt: skip
WEAKENED_FROM = ("confirmed", "confirms", "stressed", "stresses", "insisted", "insists", "warned", "warns",
                 "revealed", "reveals", "admitted", "admits", "disclosed", "emphasised", "emphasized")  # fmt: skip
SPEECH_VERBS = ("said", "says", "told", "tells", "added", "stated", "explained", "noted", "wrote")
# last words of bodies and places, not people ("Avon and Somerset Police said")
BODY_WORDS = frozenset("Police Center Centre Council Ministry Committee Agency Office Party Department Company Union "
                       "Institute University Government Army Forces House Times News Press Service Court"
                       .split())  # fmt: skip
GENERIC_SPEAKERS = ("an official", "a source", "officials")
# neutral → loaded, written for this bench
LOADED_SWAPS = {"gunmen": "terrorists", "militants": "terrorists", "rebels": "terrorists", "protesters": "agitators",
                "demonstrators": "mobs", "refugees": "illegals", "migrants": "illegals", "government": "regime",
                "fighters": "jihadists", "killed": "massacred", "attack": "atrocity", "troops": "occupiers",
                "activists": "agitators", "critics": "enemies", "officials": "apparatchiks", "leaders": "bosses",
                "opposition": "saboteurs", "group": "gang", "camp": "ghetto", "settlers": "colonists"}  # fmt: skip
LOADED_ADJECTIVES = {"attack": "cowardly", "decision": "reckless", "plan": "shameful", "policy": "disastrous",
                     "strike": "brutal", "operation": "brutal", "law": "draconian", "move": "provocative",
                     "deal": "shady", "campaign": "vicious", "protest": "violent", "raid": "savage",
                     "proposal": "outrageous", "statement": "defiant"}  # fmt: skip
EMOTIVE_ADJECTIVES = ("brutal", "horrific", "heinous", "shocking", "devastating", "tragic", "deadly", "massive",
                      "huge", "terrible", "dramatic", "dire", "bloody", "fierce", "violent", "radical")  # fmt: skip
QUOTE_SWAP_WORDS = ("disaster", "betrayal", "outrage")
QUOTE_ADDITION = " and that is a scandal"
OTHER_NAMES_ONE = ("Lindqvist", "Okonjo", "Halvorsen", "Marchetti", "Tbilisi", "Ravensworth")
OTHER_NAMES_TWO = ("Tomas Lindqvist", "Grace Okonjo", "Erik Halvorsen", "Paola Marchetti")
# capitalised words that start sentences or clauses rather than names
NOT_NAMES = frozenset("The This That These Those They There He She It We I You In On At But And For A An If As Of To "
                      "By With From After Before When While His Her Its Their Our My Your Mr Mrs Ms Dr Prof Sir "
                      "What Who Why How Where Which Some Many Most All Both Each Every One Two Three Not No"
                      .split())  # fmt: skip
TITLES = frozenset("Mr Mrs Ms Dr Prof Sir Dame Lord Lady Judge Justice Sen Senator Rep Gov Governor President Minister "
                   "Father Coach Captain General Officer Saint St Prince King Queen Chancellor".split())  # fmt: skip

# ---------------------------------------------------------------------------------------------
# plain text helpers


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Quotations as (start, end) including their marks: “…”, «…», and straight "…" taken in pairs."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"“[^”]*”|«[^»]*»", text)]
    straight = [m.start() for m in re.finditer('"', text)]
    spans += [(straight[k], straight[k + 1] + 1) for k in range(0, len(straight) - 1, 2)]
    return sorted(spans)


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(s <= pos < e for s, e in spans)


def _outside_quotes(text: str, pattern: str, flags: int = 0) -> list[re.Match[str]]:
    spans = quote_spans(text)
    return [m for m in re.finditer(pattern, text, flags) if not _inside(spans, m.start())]


def _swap(en: str, start: int, end: int, new: str) -> tuple[str, int, int]:
    """en with en[start:end] replaced by new, and new's span in the result."""
    return en[:start] + new + en[end:], start, start + len(new)


def _cut(en: str, start: int, end: int) -> tuple[str, int]:
    """en without en[start:end] (and the space before it), tidied; the point where the words were."""
    before, after = en[:start], en[end:]
    if before.endswith(" ") and (after[:1] in (" ", ",", ".", ";", ":", "?", "!", "") or not after):
        before = before.rstrip(" ")
    if not before and after.startswith(" "):
        after = after.lstrip(" ")
    out = before + after
    point = len(before)
    if re.match(r",\s*,", out[max(0, point - 1) :]):  # an appositive's two commas meet: keep one
        out = out[:point] + out[point:].lstrip(" ,")
        out = out[:point] + (" " if out[point:] else "") + out[point:]
    return out, point


def _headline(en: str) -> bool:
    """A title-case headline: capitals are no evidence of a name, and it has no final punctuation."""
    words = re.findall(r"[A-Za-z]+", en)
    return not words or sum(w[0].isupper() for w in words) > 0.6 * len(words)


def _ar_words(ar: str) -> list[re.Match[str]]:
    return list(re.finditer(r"[\u0621-\u064a\u064b-\u0652\u0670]+", ar))


def _strip_marks(word: str) -> str:
    return re.sub(r"[\u064b-\u0652\u0670\u0640]", "", word)


def _find_ar(ar: str, words: tuple[str, ...]) -> tuple[int, int] | None:
    """The first of ``words`` in the Arabic as a whole word (و/ف/ب/ل allowed in front), as a span."""
    wanted = {_strip_marks(w) for w in words}
    for m in _ar_words(ar):
        w = _strip_marks(m.group(0))
        for lead in ("", "و", "ف", "ب", "ل", "وب", "فب"):
            if w.startswith(lead) and w[len(lead) :] in wanted:
                return m.start() + len(lead), m.end()
    return None


def arabic_hedge(ar: str) -> tuple[int, int] | None:
    """The first Arabic hedge of the bench's list (or قد before an imperfect verb), as a span."""
    found = [span for span in (_find_ar(ar, AR_HEDGES),) if span]
    qad = AR_QAD_HEDGE.search(ar)
    if qad:
        found.append((qad.start(), qad.end()))
    return min(found) if found else None


# ---------------------------------------------------------------------------------------------
# the bench's own transliteration check: a consonant skeleton of each side

_AR_LETTERS = {"ب": "b", "ت": "t", "ث": "t", "ج": "j", "خ": "k", "د": "d", "ذ": "d", "ر": "r", "ز": "s", "س": "s",
               "ش": "s", "ص": "s", "ض": "d", "ط": "t", "ظ": "d", "غ": "j", "ف": "f", "ق": "k", "ك": "k", "ل": "l",
               "م": "m", "ن": "n", "پ": "b", "ڤ": "f", "چ": "j", "گ": "j"}  # fmt: skip
_AR_PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "لل", "فال", "كال", "ولل", "وب", "ول")
_EN_DIGRAPHS = (("sch", "s"), ("tch", "s"), ("ch", "s"), ("sh", "s"), ("th", "t"), ("ph", "f"), ("kh", "k"),
                ("gh", ""), ("dh", "d"), ("ck", "k"), ("qu", "k"), ("x", "ks"))  # fmt: skip
_EN_LETTERS = {"c": "k", "q": "k", "v": "f", "p": "b", "z": "s", "g": "j"}


def _collapse(s: str) -> str:
    return re.sub(r"(.)\1+", r"\1", s)


def en_skeleton(word: str) -> str:
    """The consonants of an English word as an Arabic writer would spell them (vowels, h, w, y dropped)."""
    w = word.lower()
    w = re.sub(r"c(?=[eiy])", "s", w)
    for old, new in _EN_DIGRAPHS:
        w = w.replace(old, new)
    w = "".join(_EN_LETTERS.get(c, c) for c in w if c.isalpha())
    return _collapse(re.sub(r"[aeiouyhw]", "", w))


def ar_skeletons(word: str) -> set[str]:
    """The consonant skeletons of an Arabic word, one per clitic reading (و، ب، ال … in front or not)."""
    w = _strip_marks(word).replace("تش", "ش")
    out = set()
    for lead in _AR_PREFIXES:
        if w.startswith(lead) and len(w) - len(lead) >= 2:
            out.add(_collapse("".join(_AR_LETTERS.get(c, "") for c in w[len(lead) :])))
    return out


def arabic_counterpart(ar: str, name_words: list[str]) -> tuple[int, int] | None:
    """Where the Arabic spells one of the name's words (skeletons of 3+ consonants equal), as a span.

    Several matched words within four Arabic words of each other make one span (a first name and
    a surname); otherwise the first match alone.
    """
    skels = {en_skeleton(w) for w in name_words}
    skels = {s for s in skels if len(s) >= 3}
    if not skels:
        return None
    words = _ar_words(ar)
    hits = [k for k, m in enumerate(words) if ar_skeletons(m.group(0)) & skels]
    if not hits:
        return None
    last = hits[0]
    for k in hits[1:]:
        if k - last <= 4:
            last = k
    return words[hits[0]].start(), words[last].end()


_CAP_WORD = r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*"
_NAME_RUN = rf"{_CAP_WORD}(?: (?:al-|bin |de |van |von |of )?{_CAP_WORD})*"


def name_runs(ar: str, en: str) -> list[tuple[int, int, list[str], tuple[int, int]]]:
    """Capitalised-word runs the Arabic also spells: (start, end, words, Arabic span), outside quotes.

    Not at the start of the sentence or after a colon or quote mark; a title word in front is left
    out of the run (the name alone goes); never in a title-case headline.
    """
    if _headline(en):
        return []
    quotes = quote_spans(en)
    out = []
    for m in re.finditer(_NAME_RUN, en):
        start, words = m.start(), m.group(0).split()
        while words and (words[0] in TITLES or words[0] in NOT_NAMES):
            start += len(words[0]) + 1
            words = words[1:]
        if not words or start == 0 or re.search(r"[.!?:\"“‘]\s*$", en[:start]) or _inside(quotes, start):
            continue
        if words[0] in WEEKDAYS or words[0] in MONTHS or words[-1] in ("of", "de", "van", "von"):
            continue
        # a lone nationality adjective before a noun ('American servicemen', 'Iraqi forces') is no name
        if len(words) == 1 and re.search(r"(?:an|ese|ish|i)$", words[0]) and re.match(r" [a-z]", en[m.end() :]):
            continue
        parts = [p for w in words for p in re.split(r"[-'’]", w) if p[:1].isupper()]
        span = arabic_counterpart(ar, parts)
        if span:
            out.append((start, m.end(), parts, span))
    return out


# ---------------------------------------------------------------------------------------------
# entity


def _speaker_position(en: str, start: int, end: int) -> bool:
    """The words at en[start:end] are the speaker of a reporting verb ('X said', 'said X', 'according to X')."""
    verbs = "|".join(SPEECH_VERBS + ("reported", "reports", "announced"))
    return bool(
        re.match(rf"(?:['’]s)?(?:,[^,]{{0,60}},)? (?:{verbs})\b", en[end:])
        or re.search(rf"\b(?:{verbs}|according to)(?: the)? $", en[:start])
    )


def entity_remove(ar: str, en: str, rng: random.Random) -> Edit | None:
    """Drop a name the Arabic also spells, with a preposition or article before it and a possessive 's."""
    runs = name_runs(ar, en)
    if not runs:
        return None
    start, end, words, ar_span = rng.choice(runs)
    if re.match(r"['’]s\b", en[end:]):
        end += 2
    prep = re.search(r"\b(?:in|at|from|of|by|to|the|and|with|for|including|such as)\s+$", en[:start])
    if prep:
        start = prep.start()
    new, point = _cut(en, start, end)
    if any(re.search(rf"\b{re.escape(w)}\b", new) for w in words) or len(new.split()) < 3:
        return None  # the name is still there, or nothing much is left
    also = ("attribution",) if _speaker_position(en, start, end) else ()
    return Edit("entity", "remove", new, point, point, en[start:end], *ar_span, tuple(words), "name dropped", also)


def entity_swap(ar: str, en: str, rng: random.Random) -> Edit | None:
    """Put an unrelated name in place of a name the Arabic spells."""
    runs = name_runs(ar, en)
    if not runs:
        return None
    start, end, words, ar_span = rng.choice(runs)
    pool = OTHER_NAMES_TWO if len(en[start:end].split()) >= 2 else OTHER_NAMES_ONE
    new_name = rng.choice([n for n in pool if n not in en])
    new, s, e = _swap(en, start, end, new_name)
    also = ("attribution",) if _speaker_position(en, start, end) else ()
    return Edit("entity", "swap", new, s, e, en[start:end], *ar_span, tuple(words), f"name → {new_name}", also)


def entity_insert(ar: str, en: str, rng: random.Random) -> Edit | None:
    """Name a second party next to a name the Arabic spells ('Smith' → 'Smith and Grace Okonjo')."""
    runs = [r for r in name_runs(ar, en) if not re.match(r"['’]s\b", en[r[1] :])]
    if not runs:
        return None
    start, end, words, _ = rng.choice(runs)
    other = rng.choice([n for n in OTHER_NAMES_TWO if n not in en])
    new, s, e = _swap(en, end, end, f" and {other}")
    return Edit("entity", "insert", new, s, e, "", terms=(other,), what=f"added {other}")


# ---------------------------------------------------------------------------------------------
# number

_DIGITS = r"(?<![\w.,$£€-])(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w]|,\d|\.\d)"


def _ar_number(ar: str, value: int) -> tuple[int, int] | None:
    """Where the Arabic writes value in Western or Arabic-Indic digits."""
    indic = str(value).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    for form in {str(value), f"{value:,}", f"{value:,}".replace(",", "."), indic}:
        m = re.search(rf"(?<![\d٠-٩]){re.escape(form)}(?![\d٠-٩])", ar)
        if m:
            return m.start(), m.end()
    return None


def _quantities(en: str) -> list[tuple[re.Match[str], int | None]]:
    """Numbers that count something: digits (not years, not days of a month) and number words."""
    months = "|".join(MONTHS)
    out: list[tuple[re.Match[str], int | None]] = []
    for m in _outside_quotes(en, _DIGITS):
        value = int(m.group(1).replace(",", ""))
        near = en[max(0, m.start() - 12) : m.end() + 12]
        if value == 0 or (1500 <= value <= 2099 and "," not in m.group(1)) or re.search(months, near):
            continue
        out.append((m, value))
    out += [(m, None) for m in _outside_quotes(en, r"\b(" + "|".join(NUMBER_WORDS) + r")\b", re.I)]
    return out


def number_swap(ar: str, en: str, rng: random.Random) -> Edit | None:
    """Change a quantity: 12 → 15, 1,500 → 3,000, five → eight."""
    cands = _quantities(en)
    if not cands:
        return None
    m, value = rng.choice(cands)
    if value is None:
        word = m.group(1)
        new_text = NUMBER_WORDS[word.lower()]
        new_text = new_text.capitalize() if word[0].isupper() else new_text
        ar_span = None
    else:
        new_value = value + rng.choice([1, 2, 3, 5]) if value < 100 else value * rng.choice([2, 3])
        new_text = f"{new_value:,}" if "," in m.group(1) else str(new_value)
        ar_span = _ar_number(ar, value)
    new, s, e = _swap(en, m.start(1), m.end(1), new_text)
    return Edit("number", "swap", new, s, e, m.group(1), *(ar_span or (-1, -1)), (m.group(1),), f"→ {new_text}")


def number_remove(ar: str, en: str, rng: random.Random) -> Edit | None:
    """Drop a quantity before a plural noun ('12 soldiers were' → 'soldiers were'), not after 'than'/'about'."""
    cands = [
        (m, v)
        for m, v in _quantities(en)
        if re.match(r" [a-z]+s\b", en[m.end() :])
        and not re.search(
            r"\b(?:than|about|around|nearly|some|over|under|almost|least|to|of|and|or)\s+$", en[: m.start()]
        )
        and not re.search(r"[$£€\d]\s*$", en[: m.start()])
    ]
    if not cands:
        return None
    m, value = rng.choice(cands)
    new, point = _cut(en, m.start(), m.end() + 1)
    if point == 0:
        new = new[:1].upper() + new[1:]
    ar_span = _ar_number(ar, value) if value is not None else None
    return Edit("number", "remove", new, point, point, m.group(0), *(ar_span or (-1, -1)), (m.group(0),), "dropped")


def number_insert(ar: str, en: str, rng: random.Random) -> Edit | None:
    """Put a number before a counted noun that has none ('the soldiers' → 'the 40 soldiers')."""
    cands = _outside_quotes(en, r"\b(?:the|The) (" + "|".join(COUNTED_NOUNS) + r")\b")
    if not cands:
        return None
    m = rng.choice(cands)
    text = f"{rng.choice([7, 12, 18, 23, 36, 40, 57, 85, 140, 300])} "
    new, s, e = _swap(en, m.start(1), m.start(1), text)
    return Edit("number", "insert", new, s, e, "", terms=(text.strip(),), what=f"added {text.strip()}")


# ---------------------------------------------------------------------------------------------
# time

_YEAR = r"(?<![\d,.$])(19\d\d|20\d\d)(?![\d,\w])"


def time_swap(ar: str, en: str, rng: random.Random) -> Edit | None:
    """Change a weekday, a month or a year."""
    choices = [
        (hits, names)
        for hits, names in (
            (_outside_quotes(en, r"\b(" + "|".join(WEEKDAYS) + r")\b"), WEEKDAYS),
            (_outside_quotes(en, r"\b(" + "|".join(m for m in MONTHS if m != "May") + r")\b"), MONTHS),
            (_outside_quotes(en, _YEAR), None),
        )
        if hits
    ]
    if not choices:
        return None
    hits, names = rng.choice(choices)
    m = rng.choice(hits)
    old = m.group(1)
    new_text = str(int(old) - rng.choice([1, 2])) if names is None else rng.choice([n for n in names if n != old])
    new, s, e = _swap(en, m.start(1), m.end(1), new_text)
    return Edit("time", "swap", new, s, e, old, terms=(old,), what=f"{old} → {new_text}")


def time_remove(ar: str, en: str, rng: random.Random) -> Edit | None:
    """Drop a time phrase: 'on Monday (night)', 'in March', 'last week', 'in 2018'."""
    day = r"(?:" + "|".join(WEEKDAYS) + r")"
    month = r"(?:" + "|".join(m for m in MONTHS if m != "May") + r")"
    pattern = (
        rf" (?:(?:on|last|next|this|by|since|until) {day}(?: (?:morning|afternoon|evening|night))?"
        rf"|(?:in|since|by|until|last|next) {month}(?: \d{{1,2}})?(?:,? (?:19|20)\d\d)?"
        rf"|(?:in|since|by|until) (?:19|20)\d\d|(?:last|next|this) (?:week|month|year))\b"
    )
    cands = _outside_quotes(en, pattern)
    if not cands:
        return None
    m = rng.choice(cands)
    new, point = _cut(en, m.start(), m.end())
    return Edit("time", "remove", new, point, point, m.group(0).strip(), terms=tuple(m.group(0).split()[1:2]),
                what="dropped")  # fmt: skip


def time_insert(ar: str, en: str, rng: random.Random) -> Edit | None:
    """Date a sentence that has no date: ' on Tuesday' before its final full stop."""
    if _headline(en) or not en.endswith(".") or en[-2:-1] in "\"”'’)":
        return None
    if re.search(r"\b(?:" + "|".join(WEEKDAYS + MONTHS) + r")\b|" + _YEAR + r"|\b(?:today|yesterday|tomorrow)\b", en):
        return None
    day = rng.choice(WEEKDAYS)
    new, s, e = _swap(en, len(en) - 1, len(en) - 1, f" on {day}")
    return Edit("time", "insert", new, s, e, "", terms=(day,), what=f"added on {day}")


# ---------------------------------------------------------------------------------------------
# negation

_NOT_SKIP = (
    r"(?!(?:not|to|the|a|an|this|that|these|those|his|her|its|their|our|my|your|some|any|no|all|one|more|also|then|"
    r"now|still|already|just|only|even|ever|always|often|at|in|on|of|by|for|with|as|so|very|too|certainly|definitely|"
    r"absolutely|clearly|surely|there|here|been|being|it|he|she|they|we|you|i)\b)"
)
_AUX_PATTERNS = (
    r"\b(will|would|can|could|should|does|did|do)\b " + _NOT_SKIP + r"[a-z]+\b",
    r"\b(is|was|are|were)\b " + _NOT_SKIP + r"[a-z]+(?:ed|en|ing|ble|ful|ous|ive|al|ic|ant|ent)\b",
    r"\b(has|have|had)\b " + _NOT_SKIP + r"[a-z]+(?:ed|en|wn|ne|ught|ept|ft|lt|nt|ld)\b",
)
_EN_NEGATIVE = r"\b(?:not|no|never|nobody|nothing|none|neither|nor|without|cannot)\b|n't\b"


def negation_insert(ar: str, en: str, rng: random.Random) -> Edit | None:
    """Put 'not' after an auxiliary that governs a verb ('will affect' → 'will not affect')."""
    if re.search(_EN_NEGATIVE, en, re.I):
        return None  # a second negation could cancel the first
    cands = [
        m
        for p in _AUX_PATTERNS
        for m in _outside_quotes(en, p)
        if not re.match(r"\s+(?:un|non)[a-z]{3}", en[m.end(1) :])
    ]
    if not cands:
        return None
    m = rng.choice(cands)
    new, s, e = _swap(en, m.end(1), m.end(1), " not")
    return Edit("negation", "insert", new, s, e, "", terms=("not",), what=f"{m.group(1)} not")


def _ar_negation(ar: str) -> tuple[int, int] | None:
    return _find_ar(ar, AR_NEGATIONS)


def negation_remove(ar: str, en: str, rng: random.Random) -> Edit | None:
    """Take out a 'not'/'never'/'n't' where the Arabic has a negation particle of the bench's list."""
    ar_span = _ar_negation(ar)
    if ar_span is None:
        return None
    cands = _outside_quotes(en, r"\b(not|never) |\b(can't|won't|cannot|[A-Za-z]+n't)\b")
    if not cands:
        return None
    m = rng.choice(cands)
    if m.group(1):
        new, point = _cut(en, m.start(), m.end() - 1)
        removed = m.group(1)
        return Edit("negation", "remove", new, point, point, removed, *ar_span, (removed.lower(),), "dropped")
    word = m.group(2)
    positive = {"can't": "can", "won't": "will", "cannot": "can"}.get(word.lower(), word[:-3])
    new, s, e = _swap(en, m.start(2), m.end(2), positive)
    return Edit("negation", "remove", new, e, e, word, *ar_span, (word.lower(),), f"{word} → {positive}")


def negation_swap(ar: str, en: str, rng: random.Random) -> Edit | None:
    """Reverse a negative word ('never' → 'always', 'nothing' → 'everything') where the Arabic negates."""
    ar_span = _ar_negation(ar)
    if ar_span is None:
        return None
    cands = _outside_quotes(en, r"\b(" + "|".join(EN_NEGATION_SWAPS) + r")\b", re.I)
    if not cands:
        return None
    m = rng.choice(cands)
    old = m.group(1)
    new_text = EN_NEGATION_SWAPS[old.lower()]
    new_text = new_text.capitalize() if old[0].isupper() else new_text
    new, s, e = _swap(en, m.start(1), m.end(1), new_text)
    return Edit("negation", "swap", new, s, e, old, *ar_span, (old.lower(),), f"{old} → {new_text}")


# ---------------------------------------------------------------------------------------------
# certainty


def _en_hedged(en: str) -> bool:
    words = "|".join(EN_HEDGE_ADVERBS + EN_HEDGE_MODALS)
    return bool(re.search(rf"\b(?:{words})\b|\b(?:is|are|was|were) (?:believed|thought|expected|said) to\b", en))


def certainty_insert(ar: str, en: str, rng: random.Random) -> Edit | None:
    """Add a hedge adverb after be/have ('was killed' → 'was reportedly killed') where neither side hedges."""
    if arabic_hedge(ar) or _en_hedged(en.replace("May", "")):
        return None
    cands = _outside_quotes(en, r"\b(is|was|are|were|has|have|had) (?!not\b|that\b|to\b|also\b|no\b)[a-z]{3,}")
    if not cands:
        return None
    m = rng.choice(cands)
    word = rng.choice(("reportedly", "allegedly", "apparently", "possibly"))
    new, s, e = _swap(en, m.end(1), m.end(1), f" {word}")
    return Edit("certainty", "insert", new, s, e, "", terms=(word,), what=f"added {word}")


def certainty_remove(ar: str, en: str, rng: random.Random) -> Edit | None:
    """Drop an English hedge adverb where the Arabic hedges too (bench list): 'reportedly killed' → 'killed'."""
    ar_span = arabic_hedge(ar)
    if ar_span is None:
        return None
    cands = _outside_quotes(en, r"\b(" + "|".join(EN_HEDGE_ADVERBS) + r") ", re.I)
    cands = [m for m in cands if m.start() > 0]  # a sentence-initial 'Perhaps' leaves a lower-case start
    if not cands:
        return None
    m = rng.choice(cands)
    new, point = _cut(en, m.start(), m.end() - 1)
    word = m.group(1)
    return Edit("certainty", "remove", new, point, point, word, *ar_span, (word.lower(),), f"dropped {word}")


def certainty_swap(ar: str, en: str, rng: random.Random) -> Edit | None:
    """'may/might/could' → 'will' where the Arabic hedges, or 'will' → 'may' where it does not."""
    ar_span = arabic_hedge(ar)
    if ar_span is not None:
        cands = _outside_quotes(en, r"\b(may|might|could) (?!not\b|have\b|be able\b)[a-z]+")
        new_word = "will"
    else:
        cands = [] if _en_hedged(en.replace("May", "")) else _outside_quotes(en, r"\b(will) (?!not\b)[a-z]+")
        new_word = "may"
    if not cands:
        return None
    m = rng.choice(cands)
    new, s, e = _swap(en, m.start(1), m.end(1), new_word)
    span = ar_span or (-1, -1)
    return Edit("certainty", "swap", new, s, e, m.group(1), *span, (m.group(1), new_word), f"{m.group(1)} → {new_word}")


# ---------------------------------------------------------------------------------------------
# reporting verb


def _speech_said(en: str) -> list[re.Match[str]]:
    """'said'/'says' as a speaker's verb (not 'is said to', not inside a quote)."""
    return [
        m
        for m in _outside_quotes(en, r"\b(said|says)\b")
        if not (
            re.search(r"\b(?:is|are|was|were|be|been|being)\s+$", en[: m.start()])
            and re.match(r"\s+to\b", en[m.end() :])
        )
    ]


def reporting_verb_swap(ar: str, en: str, rng: random.Random) -> Edit | None:
    """'said' → claimed / revealed / confirmed / admitted / insisted (one the Arabic verb does not say),
    or a strong verb → 'said'."""
    said = _speech_said(en)
    strong = _outside_quotes(en, r"\b(" + "|".join(WEAKENED_FROM) + r")\b")
    if said and (not strong or rng.random() < 0.6):
        m = rng.choice(said)
        targets = [
            v for v, stems in STRONGER_VERBS.items() if _find_ar(ar, stems) is None and not _starts_any(ar, stems)
        ]
        if not targets:
            return None
        verb = rng.choice(targets)
        new_text = verb if m.group(1) == "said" else PRESENT[verb]
    elif strong:
        m = rng.choice(strong)
        new_text = "says" if m.group(1).endswith("s") and not m.group(1).endswith("ss") else "said"
    else:
        return None
    new, s, e = _swap(en, m.start(1), m.end(1), new_text)
    return Edit("reporting_verb", "swap", new, s, e, m.group(1), terms=(m.group(1), new_text),
                what=f"{m.group(1)} → {new_text}")  # fmt: skip


def _starts_any(ar: str, stems: tuple[str, ...]) -> bool:
    """Some Arabic word holds one of the stems (أكد in وأكدت، مؤكدا …)."""
    return any(s in _strip_marks(m.group(0)) for m in _ar_words(ar) for s in stems)


# ---------------------------------------------------------------------------------------------
# attribution

_PERSON = rf"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.? )?{_CAP_WORD}(?: (?:al-|bin )?{_CAP_WORD}){{0,3}}"


def _named_speakers(ar: str, en: str) -> list[tuple[int, int, tuple[int, int], str]]:
    """Named speakers of a speech verb the Arabic also spells: (start, end, Arabic span, where)."""
    verbs = "|".join(SPEECH_VERBS)
    out = []
    for where, pattern in (
        ("before", rf"(?P<name>{_PERSON})(?=,? (?:{verbs})\b)"),
        ("after", rf"(?<=\b(?:said|says) )(?P<name>{_PERSON})(?=[,.;]|$)"),
        ("according", rf"(?<=\baccording to )(?P<name>{_PERSON})(?=[,.;]|$)"),
    ):
        for m in _outside_quotes(en, pattern):
            words = m.group("name").split()
            if words[0] in NOT_NAMES and words[0] not in ("Mr", "Mrs", "Ms", "Dr", "Prof"):
                continue
            if words[0] in WEEKDAYS or words[0] in MONTHS:
                continue
            # a subject starts a clause (or follows capitalised titles, 'Lifeguard Capt. X'); after
            # 'the …' or a lower-case title it is a body's name or the speaker is described more fully
            before = re.sub(r"(?:[A-Z][a-z]*\.? )+$", "", en[: m.start("name")])
            if where == "before" and not re.search(r"(?:^|[,;:\"“”]\s|\b(?:and|but|while|as|when) )$", before):
                continue
            # the end of a longer name ('Avon and Somerset Police', 'Bethesda, Maryland') or a body
            if re.search(r"[A-Z][a-z]+(?:,| and) $", before) or words[-1] in BODY_WORDS:
                continue
            parts = [p for w in words if w.rstrip(".") not in TITLES for p in re.split(r"[-'’]", w) if p[:1].isupper()]
            span = arabic_counterpart(ar, parts)
            if span:
                out.append((m.start("name"), m.end("name"), span, where))
    return out


def attribution_swap(ar: str, en: str, rng: random.Random) -> Edit | None:
    """Generalise a named speaker the Arabic also names: 'Nelson Mandela said' → 'an official said'."""
    speakers = _named_speakers(ar, en)
    if not speakers:
        return None
    start, end, ar_span, _ = rng.choice(speakers)
    # the title words in front go too ('Lifeguard Capt. Larry Giles' → 'an official')
    while (title := re.search(r"(?:^|(?<= ))([A-Z][a-z]*\.?) $", en[:start])) and title.group(1).rstrip(
        "."
    ) not in NOT_NAMES:
        start = title.start(1)
    generic = rng.choice(GENERIC_SPEAKERS[:2])
    generic = generic.capitalize() if start == 0 or re.search(r"[.!?][\"”]?\s*$", en[:start]) else generic
    removed = en[start:end]
    new, s, e = _swap(en, start, end, generic)
    return Edit("attribution", "swap", new, s, e, removed, *ar_span, tuple(removed.split()), f"→ {generic}")


def attribution_remove(ar: str, en: str, rng: random.Random) -> Edit | None:
    """Drop the credit: ', according to X.' / ', X said.' / ', said X.' at the end of the sentence."""
    verbs = "|".join(SPEECH_VERBS[:2])
    cands = _outside_quotes(
        en,
        rf",? according to [^,.;\"“”]{{2,60}}(?=[.]$)"
        rf"|, (?:{_PERSON}|he|she|they|it|officials|police) (?:{verbs})(?=[.]$)"
        rf"|, (?:{verbs}) (?:{_PERSON}|the [a-z ]{{2,40}})(?=[.]$)",
    )
    if not cands:
        return None
    m = rng.choice(cands)
    new, point = _cut(en, m.start(), m.end())
    if len(new.split()) < 4:
        return None
    words = tuple(w for w in re.findall(r"[A-Z][a-z]+", m.group(0)))
    span = arabic_counterpart(ar, list(words)) or (-1, -1)
    return Edit("attribution", "remove", new, point, point, m.group(0), *span, words, "credit dropped")


def attribution_insert(ar: str, en: str, rng: random.Random) -> Edit | None:
    """Credit an unattributed statement: ', officials said' before the final full stop."""
    if _headline(en) or not en.endswith(".") or en[-2:-1] in "\"”'’)" or quote_spans(en):
        return None
    if re.search(r"\b(?:" + "|".join(SPEECH_VERBS) + r"|according|told|reported|announced)\b", en):
        return None
    credit = rng.choice((", officials said", ", sources said", ", according to officials"))
    new, s, e = _swap(en, len(en) - 1, len(en) - 1, credit)
    return Edit("attribution", "insert", new, s, e, "", terms=tuple(credit.split()[-2:]), what=f"added{credit}")


# ---------------------------------------------------------------------------------------------
# quote


def _long_quotes(ar: str, en: str) -> list[tuple[int, int]]:
    """English quotations of six words or more, without quotes inside, where the Arabic quotes too."""
    if not quote_spans(ar):
        return []
    return [(s, e) for s, e in quote_spans(en) if len(en[s + 1 : e - 1].split()) >= 6]


def _ar_quote(ar: str) -> tuple[int, int]:
    spans = quote_spans(ar)
    return spans[0] if len(spans) == 1 else (-1, -1)


def quote_remove(ar: str, en: str, rng: random.Random) -> Edit | None:
    """Cut a quotation after its first third of words."""
    quotes = _long_quotes(ar, en)
    if not quotes:
        return None
    qs, qe = rng.choice(quotes)
    words = list(re.finditer(r"\S+", en[qs + 1 : qe - 1]))
    keep = max(2, len(words) // 3)
    cut_from = qs + 1 + words[keep - 1].end()
    new, point = _cut(en, cut_from, qe - 1)
    return Edit("quote", "remove", new, point, point, en[cut_from : qe - 1], *_ar_quote(ar),
                (words[keep - 1].group(0).strip(".,;:!?").lower(),), "quote cut")  # fmt: skip


def quote_swap(ar: str, en: str, rng: random.Random) -> Edit | None:
    """Change one lower-case word of a quotation (one of its three longest) for a loaded one."""
    quotes = _long_quotes(ar, en)
    if not quotes:
        return None
    qs, qe = rng.choice(quotes)
    # not a hedge or a negation: changing one would be a certainty or negation change as well
    keep = set(EN_HEDGE_ADVERBS + EN_HEDGE_MODALS + tuple(EN_NEGATION_SWAPS) + ("never", "would", "should"))
    words = [m for m in re.finditer(r"\b[a-z]{5,}\b", en[qs + 1 : qe - 1]) if m.group(0) not in keep]
    words = sorted(words, key=lambda m: -len(m.group(0)))[:3]
    if not words:
        return None
    m = rng.choice(words)
    word = rng.choice(QUOTE_SWAP_WORDS)
    new, s, e = _swap(en, qs + 1 + m.start(), qs + 1 + m.end(), word)
    return Edit("quote", "swap", new, s, e, m.group(0), *_ar_quote(ar), (m.group(0),), f"{m.group(0)} → {word}")


def quote_insert(ar: str, en: str, rng: random.Random) -> Edit | None:
    """Add words of the writer's own at the end of a quotation ('… and that is a scandal')."""
    quotes = _long_quotes(ar, en)
    if not quotes:
        return None
    qs, qe = rng.choice(quotes)
    inner_end = qe - 1
    while inner_end > qs + 1 and en[inner_end - 1] in ".,;:!?":
        inner_end -= 1
    new, s, e = _swap(en, inner_end, inner_end, QUOTE_ADDITION)
    return Edit("quote", "insert", new, s, e, "", *_ar_quote(ar), ("scandal",), "words added in the quote")


# ---------------------------------------------------------------------------------------------
# wording


def wording_swap(ar: str, en: str, rng: random.Random) -> Edit | None:
    """Replace a neutral word with a loaded one (the bench's list): gunmen → terrorists."""
    cands = _outside_quotes(en, r"\b(" + "|".join(LOADED_SWAPS) + r")\b", re.I)
    if not cands:
        return None
    m = rng.choice(cands)
    word = m.group(1)
    new_text = LOADED_SWAPS[word.lower()]
    new_text = new_text.capitalize() if word[0].isupper() else new_text
    new, s, e = _swap(en, m.start(1), m.end(1), new_text)
    return Edit("wording", "swap", new, s, e, word, terms=(word.lower(), new_text.lower()), what=f"{word} → {new_text}")


def wording_insert(ar: str, en: str, rng: random.Random) -> Edit | None:
    """Put a loaded adjective before a plain noun: 'the attack' → 'the cowardly attack'."""
    cands = _outside_quotes(en, r"\b(?:the|a|an|this|its|his|her|their) (" + "|".join(LOADED_ADJECTIVES) + r")\b")
    if not cands:
        return None
    m = rng.choice(cands)
    adjective = LOADED_ADJECTIVES[m.group(1)]
    if (
        m.group(0).startswith("a ")
        and adjective[0] in "aeiou"
        or m.group(0).startswith("an ")
        and adjective[0] not in "aeiou"
    ):
        return None
    new, s, e = _swap(en, m.start(1), m.start(1), adjective + " ")
    return Edit("wording", "insert", new, s, e, "", terms=(adjective,), what=f"added {adjective}")


def wording_remove(ar: str, en: str, rng: random.Random) -> Edit | None:
    """Drop an emotive adjective before a noun: 'the brutal attack' → 'the attack'."""
    # not after 'a'/'an', which would have to change with the next word
    cands = _outside_quotes(en, r"(?<!\b[aA] )(?<!\b[aA]n )\b(" + "|".join(EMOTIVE_ADJECTIVES) + r") (?=[a-z]+)")
    if not cands:
        return None
    m = rng.choice(cands)
    new, point = _cut(en, m.start(1), m.end(1))
    return Edit("wording", "remove", new, point, point, m.group(1), terms=(m.group(1),), what=f"dropped {m.group(1)}")


EDITS: dict[str, dict[str, EditFn]] = {
    "entity": {"insert": entity_insert, "remove": entity_remove, "swap": entity_swap},
    "number": {"insert": number_insert, "remove": number_remove, "swap": number_swap},
    "time": {"insert": time_insert, "remove": time_remove, "swap": time_swap},
    "negation": {"insert": negation_insert, "remove": negation_remove, "swap": negation_swap},
    "certainty": {"insert": certainty_insert, "remove": certainty_remove, "swap": certainty_swap},
    "reporting_verb": {"swap": reporting_verb_swap},
    "attribution": {"insert": attribution_insert, "remove": attribution_remove, "swap": attribution_swap},
    "quote": {"insert": quote_insert, "remove": quote_remove, "swap": quote_swap},
    "wording": {"insert": wording_insert, "remove": wording_remove, "swap": wording_swap},
}
