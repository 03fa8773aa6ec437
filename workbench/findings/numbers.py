"""Numbers: quantities in digits of any script, number words and scale words, both languages.

What is left to other detectors or out on purpose: years and days of the month (the time
detector reads dates), and ordinals (47th, القرن العشرين) but one: an ordinal word the English puts in the
place of another (the sixth loan told as 'the fourth'), each side with one the other lacks. A score or short
range (2-0, 10-15) is compared as its two figures in either order, a clock time in digits (4:30, ١٦:٤٥) on a
12-hour dial; each is reported changed only where each side has one left unmatched. A trivial-change
filter treats different spellings of one value as equal: 3,000 = ثلاثة آلاف, 1.5 million =
1,500,000 = مليون ونصف, 360.000 (dot as a thousands separator) = 360,000.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from workbench.findings._dateline import english_dateline_end
from workbench.findings._durations import length_changes, paired_lengths
from workbench.findings._numbers import (
    AR_MONTHS,
    MONTHS_EN,
    Quantity,
    ar_ordinal_tokens,
    arabic_quantities,
    counts_a_unit,
    en_ordinal_value,
    english_quantities,
    unit_in_the_dual,
)
from workbench.findings._words import analyses, ar_tokens, gloss_stems
from workbench.findings.base import AlignedPair, FindingKind, make_finding
from workbench.lexicons import alternation, load, word_set
from workbench.morphology import Analysis
from workbench.records import Finding, Sentence
from workbench.text.arabic import normalize_ar, normalize_digits
from workbench.text.english import NUMBER_WORDS, stem
from workbench.text.names import names_match
from workbench.translate.romanize import romanize

KINDS = (
    FindingKind(
        type="number",
        subtypes=("changed", "dropped", "added"),
        colour="#11BB44",
        label="Number",
        description="a quantity changed, dropped or added: digits of any script, number words",
        lexicons=("numbers_ar",),
    ),
)


def _fmt(v: float) -> str:
    return f"{v:,.0f}" if v == int(v) else f"{v:,}"


def _same(q: Quantity, r: Quantity) -> bool:
    return q.vague == r.vague and any(abs(a - b) <= 1e-9 * max(1.0, a) for a in q.values for b in r.values)


def _same_first(q: Quantity, r: Quantity) -> bool:
    """The two figures' first readings are one value (3 and "three"; not the quarter's 0.25 and 'three months')."""
    a, b = q.values[0], r.values[0]
    return q.vague == r.vague and abs(a - b) <= 1e-9 * max(1.0, a)


# a figure rounded beside an approximation (نحو 1487 → "about 1,500"): within this share of the exact one,
# and at least this large (a count of a few is not rounded); never a percentage
_ROUNDING = 0.1
_ROUNDED_FROM = 100
_PERCENT = re.compile(r"%|٪|per ?cent|في الم[يا]ئ?ه|بالم[يا]ئ?ه", re.I)
_EN_APPROX = re.compile(rf"\b(?:{alternation(word_set('numbers_en.tsv', 'approximate'))})\s+(?:US\$|[$£€])?$", re.I)
_AR_APPROX = frozenset(r[0] for r in load("quantities_ar.tsv") if r[1] == "approximate")


def _significant(v: float) -> int:
    """How many significant digits a figure has (1,500 → 2, 1,487 → 4, 2.5 → 2)."""
    digits = f"{v:.6f}".replace(".", "").strip("0")
    return len(digits)


def _approximate_before(sentences: tuple[Sentence, ...], text: str, arabic: bool) -> bool:
    """An approximation word stands right before the figure ``text`` in one of the sentences (about 1,500,
    أكثر من 300 — the two words before it for Arabic, after a 'من' or 'ما'), or right after it (300 تقريبا)."""
    for s in sentences:
        at = s.text.find(text)
        if at < 0:
            continue
        if not arabic:
            if _EN_APPROX.search(s.text[:at]):
                return True
            continue
        before = normalize_ar(s.text[:at]).split()[-2:]
        after = normalize_ar(s.text[at + len(text) :]).split()[:2]
        if any(w in _AR_APPROX for w in before) or any(w.strip("،,.") in _AR_APPROX for w in after):
            return True
    return False


def _rounded(pair: AlignedPair, q: Quantity, r: Quantity) -> bool:
    """The English rounds the Arabic figure: within _ROUNDING of it, with fewer significant digits (1487 →
    1,500, never 300 → 320, which adds a precision the Arabic lacks), and an approximation word beside one
    of them."""
    close = [(a, b) for a in q.values for b in r.values if a > 0 and b > 0 and abs(a - b) <= _ROUNDING * max(a, b)]
    if not any(_significant(b) < _significant(a) and b >= _ROUNDED_FROM for a, b in close):
        return False
    if _PERCENT.search(r.text) or any(
        _PERCENT.match(normalize_ar(a.text[a.text.find(q.text) + len(q.text) :]).lstrip())
        for a in pair.ar
        if q.text in a.text
    ):
        return False  # 95 → 100 percent is no rounding but a claim made whole
    return _approximate_before(pair.en, r.text, False) or _approximate_before(pair.ar, q.text, True)


def _unit_counted_once(text: str, q: Quantity) -> tuple[str, str]:
    """The Arabic unit or currency noun a واحد "one" follows (متراً واحداً "one metre", دولار واحد), and the span of
    both as the sentence writes them; ('', '') where there is none."""
    if q.vague or not q.word or q.values != (1.0,):
        return "", ""
    at = text.find(q.text)
    before = ar_tokens(text[:at]) if at > 0 else []
    if not before or re.sub(r"[\u064b-\u065f\s]", "", text[before[-1].end : at]):
        return "", ""
    if not counts_a_unit(before[-1].norm):
        return "", ""
    end = at + len(q.text)
    while end < len(text) and "\u064b" <= text[end] <= "\u065f":
        end += 1  # the tanween of واحداً is the word's
    return before[-1].text, text[before[-1].start : end]


def _counts_in_words(en: Sequence[Sentence], r: Quantity, unit: str) -> bool:
    """An English count in words other than one ('two metres') of the noun that renders the Arabic unit."""
    if r.vague or not r.word or r.value == 1:
        return False
    units = _unit_keys(unit)
    for s in en:
        for said in re.finditer(rf"(?<![\w.,]){re.escape(r.text)}(?![\w])", s.text):
            m = re.match(r"[\s-]+([A-Za-z]+)", s.text[said.end() :])
            if m and _consonants(stem(m.group(1).lower())) in units:
                return True
    return False


def _one_of_the_unit_told(en: Sequence[Sentence], unit: str) -> bool:
    """The English says one of the Arabic unit ('a metre', 'one dollar')."""
    units = _unit_keys(unit)
    return any(
        _consonants(stem(m.group(1).lower())) in units
        for s in en
        for m in re.finditer(r"\b(?:a|an|one|single)[\s-]+([A-Za-z]+)", s.text, re.I)
    )


def _dual_of_the_unit(pair: AlignedPair, unit: str) -> bool:
    """The Arabic also gives the unit in the dual (مترين beside متراً واحداً): the English 'two' may be its."""
    units = _unit_keys(unit)
    return any(unit_in_the_dual(t.norm) and _unit_keys(t.text[:-2]) & units for s in pair.ar for t in ar_tokens(s.text))


def _unit_keys(unit: str) -> set[str]:
    """The consonants of an Arabic unit's English glosses (متر: mtr), to match its English name however spelt."""
    return {_consonants(g) for g in gloss_stems(unit)}


def _consonants(word: str) -> str:
    """A word's consonants, each once in a row: 'metres' and 'meter' both mtr, 'tonnes' and 'ton' tn."""
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouy]", "", word))


def _reportable(q: Quantity) -> bool:
    """Whether a number missing on the other side is worth a finding: not vague, not a small number
    written in words (an Arabic dual or 'a' often carries 'one'/'two' instead)."""
    return not q.vague and not q.matching_only and q.value > 1 and not (q.word and q.value <= 2)


def _dual_rendered(pair: AlignedPair, r: Quantity) -> bool:
    """An English 'two'/'2' that renders an Arabic dual noun (عامين "2 years", هدفين "two goals", دولارين "$2"):
    the noun after the number (or the currency of a sign before it) is a gloss of an Arabic word that the
    dictionary reads as a dual; or, where the English counts a part ('2 of 9', 'two out of five') and names no
    noun after it, the Arabic has a noun read only as a dual (رميتين من أصل تسع)."""
    if r.vague or r.values != (2.0,):
        return False
    return bool(_dual_nouns(pair, r, only_dual=False)) or (_partitive(pair, r) and _sure_dual_noun(pair))


def _partitive(pair: AlignedPair, r: Quantity) -> bool:
    """The English number is followed by 'of' or 'out of' ('2 of 9 shots')."""
    return any(re.match(r"\s+(?:out\s+)?of\b", after) for s in pair.en for after in _after_figure(s.text, r.text))


def _after_figure(text: str, figure: str) -> list[str]:
    """The text after each place the figure stands on its own ('2' in '2 of 9', not in '27')."""
    return [text[m.end() :] for m in re.finditer(rf"(?<![\w.,]){re.escape(figure)}(?![\w]|[.,]\d)", text)]


def _sure_dual_noun(pair: AlignedPair) -> bool:
    """An Arabic word every reading of which is a dual noun (رميتين "two shots")."""
    for a in pair.ar:
        for word in re.findall(r"[\u0621-\u064a]+", a.text):
            readings = analyses(word)
            if readings and all(x.stem.pos == "NOUN" and "_DU_" in x.suffix_pos for x in readings):
                return True
    return False


# the currency a sign before a figure names, as the English noun an Arabic dual's gloss gives
_CURRENCY_SIGNS = {"$": "dollar", "£": "pound", "€": "euro", "¥": "yen"}


def _dual_nouns(pair: AlignedPair, r: Quantity, *, only_dual: bool) -> list[str]:
    """The Arabic words read as a dual (طفلان "two children", يومين "two days") whose gloss is the noun after the
    English number ``r`` ('four children'). ``only_dual``: every reading of the word in that sense is a dual,
    none a plural (مدنيين is "two civilians" or "civilians"), and the word is no part of a figure already read
    (عامين ونصف "two and a half years")."""
    out = []
    # the noun after the figure, or after the range it opens ('2 to 3 euros' for بين يوروين وثلاثة يوروهات)
    nouns = [
        m.group(1)
        for s in pair.en
        for after in _after_figure(s.text, r.text)
        if (m := re.match(r"(?:\s*(?:to|or|-|–)\s*\d+(?:\.\d+)?)?[\s-]+([A-Za-z]+)", after))
    ]
    # '$2' for دولارين: the currency a sign before the figure names is its noun
    nouns += [
        _CURRENCY_SIGNS[m.group(1)]
        for s in pair.en
        for m in re.finditer(rf"([$£€¥])\s?{re.escape(r.text)}(?![\w]|[.,]\d)", s.text)
    ]
    for noun in nouns:
        # 'kilometres' for the lexicon's 'kilometer(s)': the British -tre read as the American -ter
        want = stem(re.sub(r"(?<=[a-z])tre(s?)$", r"ter\1", noun))
        for a in pair.ar:
            for m in re.finditer(r"[\u0621-\u064a]+", a.text):
                word = m.group(0)
                if a.text[m.end() : m.end() + 1] == "\u064b":
                    continue  # جندياً: the accusative's tanween marks a singular, "a soldier", no dual
                sense = [x for x in analyses(word) if _glossed(x, want)]
                dual = [x for x in sense if "_DU_" in x.suffix_pos] or _unlisted_dual(word, want)
                if only_dual and any(word in q.text for found in pair.view.ar_numbers for q in found):
                    continue
                if dual and (not only_dual or len(dual) == len(sense) or not sense):
                    out.append(word)
    return out


# the Arabic ordinals (numbers_ar.tsv ordinal: ثالث، ثالثه), as normalised
_ORDINAL_FORMS = frozenset(row[0] for row in load("numbers_ar.tsv") if row[2:3] == ("ordinal",))
# the largest English count a bare Arabic singular (جندياً "a soldier") is checked against: larger ones stand for
# a figure the Arabic gives elsewhere or leaves out, not for a one miscounted
_SINGULAR_MAX_COUNT = 10


def _singular_noun(pair: AlignedPair, r: Quantity) -> str:
    """The Arabic word that says one of what a small English count counts ('Two soldiers' for أن جندياً أصيب "that
    a soldier was wounded"), or '': a noun of that sense with no article, pronoun or figure, read only as a
    singular (or written with the accusative's tanween), where no other word of the Arabic says that thing in
    the plural or the dual and the Arabic has no figure of the count. Minor: the Arabic singular may be one of
    several the text counts elsewhere."""
    if r.vague or r.matching_only or not 2 <= r.value <= _SINGULAR_MAX_COUNT:
        return ""
    nouns = [
        m.group(1)
        for s in pair.en
        for after in _after_figure(s.text, r.text)
        if (m := re.match(r"[\s-]+([a-z]+s)\b", after))
    ]
    if len(set(nouns)) != 1 or stem(nouns[0]) in _UNITS:
        return ""  # a unit of time or measure (عام "a year" → 'two years') is a length's, read as one
    want = stem(nouns[0])
    words = [w for a in pair.ar for w in re.findall(r"[\u0621-\u064a\u064b-\u0652]+", a.text)]
    words = [w for w in words if re.search(r"[\u0621-\u064a]", w)]
    figures = {w for found in pair.view.ar_numbers for q in found for w in q.text.split()}
    singular = ""
    for k, word in enumerate(words):
        sense = [x for x in analyses(word) if _glossed(x, want)]
        if not sense:
            continue
        if any("_DU_" in x.suffix_pos or "_PL_" in x.suffix_pos for x in sense) and "\u064b" not in word:
            return ""  # a dual or a plural of it (جنديان، جنود) says how many
        if _plural_sense(word, want) or any(x.stem.gloss.lower().split(";")[0].endswith("s") for x in sense):
            return ""
        if any("Al/DET" in x.prefix_pos or "PRON" in x.suffix_pos for x in analyses(word)):
            continue  # الجندي "the soldier", جنديه "his soldier": no count of its own
        if set(words[max(0, k - 2) : k + 2]) & figures:
            continue  # 15 جندياً "15 soldiers": the figure counts it
        if k + 1 < len(words) and normalize_ar(words[k + 1]).removesuffix("ا") in _ORDINAL_FORMS:
            continue  # لاعباً ثالثاً "a third player": an ordinal ranks it
        if k + 1 < len(words) and normalize_ar(words[k + 1]).startswith("ال"):
            continue  # هدف الفوز "the winning goal": a construct, made definite by the noun after it
        if k and any("_DU_" in x.suffix_pos for x in analyses(words[k - 1])):
            continue  # حالتي وفاة "two cases of death": a dual before it counts it
        singular = singular or word
    return singular


def _unlisted_dual(word: str, want: str) -> list[str]:
    """A dual the dictionary does not list (يوروين "two euros": it reads no word there): the word less its dual
    ending (ين، ان) is a noun whose gloss is ``want``, the stem of the English noun after the figure."""
    if analyses(word) or len(word) < 5 or not word.endswith(("ين", "ان")):
        return []
    base = [x for x in analyses(word[:-2]) if x.stem.pos.startswith("NOUN") and not x.suffix_pos]
    return [word] if any(_glossed(x, want) for x in base) else []


def _glossed(reading: Analysis, want: str) -> bool:
    """A dictionary reading one of whose gloss words stems to ``want``."""
    return want in {stem(g) for g in re.findall(r"[a-z]+", reading.stem.gloss.lower())}


@lru_cache(maxsize=4096)
def _sentence_quantities(text: str, arabic: bool) -> tuple[Quantity, ...]:
    """The numbers of one sentence, read once however many links look at it."""
    return tuple(arabic_quantities(text) if arabic else english_quantities(text))


def _outside_count(sentences: tuple[Sentence, ...], own: tuple[Sentence, ...], says: Callable[[str], bool]) -> int:
    """How many sentences of a document outside a link's own ``says`` is true of. A link the pipeline cut in two (a
    1-2 link read as two 1-1 pairs, each piece keeping its sentence's id) has the rest of its cut sentence outside it
    too: the piece read with the other sentence of the other side."""
    pieces = {s.id: s for s in own}
    n = sum(says(s.text) for s in sentences if s.id not in pieces)
    for whole in sentences:
        piece = pieces.get(whole.id)
        if piece is not None and piece.text != whole.text and piece.text in whole.text:
            n += says(whole.text.replace(piece.text, " ", 1))
    return n


def _says(figure: Quantity, *, arabic: bool, counted: bool = False) -> Callable[[str], bool]:
    """Whether a sentence states ``figure``; ``counted``: on the English side not as a date, a time or an ordinal
    ('March 3', 'its third year') nor in a dateline ('AMMAN, Nov 12'), which count nothing a figure left out of
    another sentence could be."""

    def says(text: str) -> bool:
        if counted:
            text = text[english_dateline_end(text) :]
        return any(_same(r, figure) and not (counted and r.matching_only) for r in _sentence_quantities(text, arabic))

    return says


def _said_elsewhere(pair: AlignedPair, r: Quantity) -> bool:
    """The English figure is in an Arabic sentence of the document outside this link, more often than the
    English outside this link says it: a lead that merged two sentences carries it from the other one, so it
    is not a number the English put in. Where each such Arabic mention has its own English one, this one is
    new."""
    arabic = _outside_count(pair.ar_document, pair.ar, _says(r, arabic=True))
    return arabic > _outside_count(pair.en_document, pair.en, _says(r, arabic=False))


def _moved_elsewhere(pair: AlignedPair, q: Quantity) -> bool:
    """The Arabic figure is in an English sentence of the document outside this link, more often than the
    Arabic outside this link says it: the English gave it in another sentence (a 1-2 link cut where the
    English split the Arabic sentence in another order, a clause moved up into the lead), so it is not a
    number the English dropped. Where each such English mention has its own Arabic one, this one is lost."""
    english = _outside_count(pair.en_document, pair.en, _says(q, arabic=False, counted=True))
    return english > _outside_count(pair.ar_document, pair.ar, _says(q, arabic=True))


def detect(pair: AlignedPair) -> list[Finding]:
    """Report numbers changed, dropped or added between the linked sentences."""
    if not pair.ar or not pair.en:
        return []
    ar_sentence_q = [(k, q) for k, found in enumerate(pair.view.ar_numbers) for q in found]
    ar_q = [q for _, q in ar_sentence_q]
    en_q = [q for found in pair.view.en_numbers for q in found]
    ar_left = list(ar_q)
    en_left = [r for r in en_q if not _dual_rendered(pair, r)]
    # figures that say the same first, then those that match on another reading: "three months" may be the
    # quarter (الربع, 0.25 of a year) only when الأشهر الثلاثة is not there to take it
    for same in (_same_first, _same):
        for q in list(ar_left):
            for r in en_left:
                if same(q, r):
                    en_left.remove(r)
                    ar_left.remove(q)
                    break
    findings: list[Finding] = []
    # one of a unit (متراً واحداً "one metre") and an English count in words of the same unit ('two metres'): small
    # counts written in words, each firm where it counts a unit both sides name
    for k, q in [(k, q) for k, q in ar_sentence_q if q in ar_left]:
        unit, span = _unit_counted_once(pair.ar[k].text, q)
        told = next((r for r in en_left if unit and _counts_in_words(pair.en, r, unit)), None)
        if told is not None and (_one_of_the_unit_told(pair.en, unit) or _dual_of_the_unit(pair, unit)):
            told = None  # 'a metre' says the one, and 'two metres' may be an Arabic dual's (مترين)
        if told is not None:
            ar_left.remove(q)
            en_left.remove(told)
            findings.append(_one_changed(pair, span, told))
    # pair what is left in order, each side's kind with the same kind (precise with precise, vague with vague)
    for vague in (False, True):
        a_side = [q for q in ar_left if q.vague == vague and (vague or _reportable(q))]
        e_side = [r for r in en_left if r.vague == vague and (vague or _reportable(r))]
        while a_side and e_side:
            q, r = a_side.pop(0), e_side.pop(0)
            ar_left.remove(q)
            en_left.remove(r)
            rounded = not vague and _rounded(pair, q, r)
            findings.append(
                make_finding(
                    pair,
                    "number",
                    "changed",
                    ar_span=q.text,
                    en_span=r.text,
                    severity="minor" if rounded else "major",
                    score=0.5 if rounded else 0.85 if not vague else 0.7,
                    explanation=f"Arabic '{q.text}' ({_fmt(q.value)}) became '{r.text}'"
                    + (f" ({_fmt(r.value)})" if not r.vague else "")
                    + (", a rounding beside 'about', 'nearly' or the like" if rounded else ""),
                )
            )
    # a headline and its body linked together state one figure twice (41 percent in both): the second
    # is no drop when the English matched the first
    matched_ar = [(k, q) for k, q in ar_sentence_q if q not in ar_left]
    repeated = [q for k, q in ar_sentence_q if q in ar_left and any(j != k and _same(q, m) for j, m in matched_ar)]
    # a count of a definite noun with an English number left over (الأيام العشرة "the ten days" as 'two
    # weeks') was converted, not dropped
    converted = any(not r.vague and not r.matching_only for r in en_left)
    for q in ar_left:
        if (
            _reportable(q)
            and q not in repeated
            and not (q.definite and converted)
            and not _in_a_name(pair, q)
            and not _counts_a_rendered_length(pair, q)
            and not _moved_elsewhere(pair, q)
        ):
            findings.append(
                make_finding(
                    pair,
                    "number",
                    "dropped",
                    ar_span=q.text,
                    en_span="",
                    # the count of a definite noun (السنوات الأربع "the four years") is mostly one given before
                    severity="minor" if q.definite else "major",
                    score=0.55 if q.definite else 0.7,
                    explanation=f"Arabic number '{q.text}' ({_fmt(q.value)}) is missing from the English",
                )
            )
    findings += [_dual_dropped(pair, word, noun) for word, noun in _bare_duals(pair)]
    findings += _score_or_clock_changed(pair, findings)
    findings += _ordinal_changed(pair, findings)
    # an Arabic two in a word (اثنين من المشتبه بهم "two of the suspects"), which the pairing above leaves alone (a
    # small count in words is often carried by a dual or an article), beside the one English figure left over
    # ('three of the suspects'): that count told as another (minor)
    twos = [q for q in ar_left if q.word and not q.vague and not q.matching_only and q.values == (2.0,)]
    left_over = [r for r in en_left if _reportable(r) and not _singular_noun(pair, r)]
    for r in en_left:
        one = _singular_noun(pair, r)
        if one:
            findings.append(_count_changed(pair, one, "one", r, 0.6, severity="minor"))
            continue
        if not _reportable(r):
            continue
        dual = _dual_nouns(pair, r, only_dual=True)
        if dual:
            findings.append(_dual_changed(pair, dual[0], r))
        elif len(twos) == 1 and left_over == [r]:
            findings.append(_count_changed(pair, twos[0].text, "two", r, 0.6, severity="minor"))
        elif not _said_elsewhere(pair, r) and not _counts_a_changed_length(pair, r):
            findings.append(
                make_finding(
                    pair,
                    "number",
                    "added",
                    ar_span="",
                    en_span=r.text,
                    severity="minor",
                    score=0.6,
                    explanation=f"English number '{r.text}' ({_fmt(r.value)}) has no counterpart in the Arabic",
                )
            )
    return findings + length_changes(pair, findings, same_unit=True)


def _counts_a_changed_length(pair: AlignedPair, r: Quantity) -> bool:
    """The English figure counts a length of time the Arabic says with no figure: the same length (ساعتين "two
    hours" as '120 minutes'), or one in another unit that the time detector reports (خلال أسبوع "within a week"
    as 'within ten days'); either way no number was put in. Every place the figure stands in the English must
    be inside such a length."""
    same, changed = paired_lengths(pair.ar_text, pair.en_text)
    lengths = [e.text for a, e in same if not a.counted] + [
        e.text for a, e in changed if not a.counted and a.unit != e.unit
    ]
    pattern = rf"(?<![\w.,]){re.escape(r.text)}(?![\w]|[.,]\d)"
    inside = sum(len(re.findall(pattern, text)) for text in lengths)
    return inside > 0 and inside == len(re.findall(pattern, pair.en_text))


def _counts_a_rendered_length(pair: AlignedPair, q: Quantity) -> bool:
    """The Arabic figure counts a length of time the English says in other words, with no figure (خلال 18 شهرا
    "within a year and a half"): the same length, no number dropped. Every place the figure stands in the
    Arabic must be inside such a length."""
    same, _ = paired_lengths(pair.ar_text, pair.en_text)
    lengths = [a.text for a, e in same if a.counted and not e.counted]
    pattern = rf"(?<![\w.,]){re.escape(q.text)}(?![\w]|[.,]\d)"
    inside = sum(len(re.findall(pattern, text)) for text in lengths)
    return inside > 0 and inside == len(re.findall(pattern, pair.ar_text))


def _in_a_name(pair: AlignedPair, q: Quantity) -> bool:
    """A number word that ends or opens a two-word name the English spells out (كريات أربع "Kiryat Arba", ستون تاون
    "Stone Town", not sixty): the word before or after it and itself match two capitalised English words in a row,
    sound for sound."""
    if not q.word:
        return False
    pairs = [
        pair_
        for s in pair.ar
        for toks in [ar_tokens(s.text)]
        for i, t in enumerate(toks)
        if t.text == q.text
        for pair_ in [
            *([(toks[i - 1].norm, t.norm)] if i > 0 else []),
            *([(t.norm, toks[i + 1].norm)] if i + 1 < len(toks) else []),
        ]
    ]
    names = [m.groups() for s in pair.en for m in re.finditer(r"\b([A-Z][a-z]+)[\s-]([A-Z][a-z]+)\b", s.text)]
    return any(
        names_match(first, romanize(a), strict=True) and names_match(second, romanize(b), strict=True)
        for a, b in pairs
        for first, second in names
    )


def _one_changed(pair: AlignedPair, span: str, r: Quantity) -> Finding:
    """One of an Arabic unit (متراً واحداً "one metre") whose English counts another number in words ('two metres')."""
    return _count_changed(pair, span, "one", r, 0.8)


def _dual_changed(pair: AlignedPair, word: str, r: Quantity) -> Finding:
    """An Arabic dual noun (طفلان "two children") whose English counts another number ('four children')."""
    return _count_changed(pair, word, "a dual: 2", r, 0.75)


def _count_changed(
    pair: AlignedPair, ar_span: str, said: str, r: Quantity, score: float, severity: str = "major"
) -> Finding:
    """A count the Arabic says in a word (``said``: one, two, a dual) that the English gives as another number."""
    return make_finding(
        pair,
        "number",
        "changed",
        ar_span=ar_span,
        en_span=r.text,
        severity=severity,
        score=score,
        explanation=f"Arabic '{ar_span}' ({said}) became '{r.text}' ({_fmt(r.value)})",
    )


# the words that carry a dual's 'two' without the number (both countries, a couple of days)
_EN_PAIR = word_set("numbers_en.tsv", "pair")


def _carried(before: list[str]) -> bool:
    """The words before an English noun carry a dual's 'two' without the number: 'both' or 'twin' right
    before it, or 'a couple of', 'a pair of' ('both chains years ago' gives no pair of years)."""
    return bool(before) and (before[-1] in _EN_PAIR or before[-2:] in (["couple", "of"], ["pair", "of"]))


_EN_WORD = re.compile(r"[A-Za-z]+|\d+")
# how many words before its noun the English may carry the number (the past two days, two more years)
_BEFORE_NOUN = 3


# units of time and measure ('days', 'years', 'kilometres'), by stem
_UNITS = frozenset(stem(w) for w in word_set("numbers_en.tsv", "unit"))


def _bare_plurals(pair: AlignedPair) -> dict[str, str]:
    """The English plural units of time or measure with no number in the words before them, by stem: 'days'
    in 'for days'. Only units: a bare plural of a unit leaves the amount open ('for days', 'years ago'),
    where one of things may refer to things the sentence names ('following raids on the airport and the
    port')."""
    words = [m.group(0) for s in pair.en for m in _EN_WORD.finditer(s.text)]
    out: dict[str, str] = {}
    for k, word in enumerate(words):
        key = stem(word)
        if key not in _UNITS or not word.endswith("s") or key == word:
            continue
        before = [w.lower() for w in words[max(0, k - _BEFORE_NOUN) : k]]
        if any(w.isdigit() or w in NUMBER_WORDS for w in before) or _carried(before):
            continue
        out.setdefault(key, word)
    return out


@lru_cache(maxsize=20_000)
def _sense(word: str, key: str) -> tuple[Analysis, ...]:
    """The readings of the Arabic ``word`` whose gloss holds the English stem ``key`` (memoised: each Arabic
    word of a pair is asked once for every bare English plural)."""
    return tuple(a for a in analyses(word) if key in {stem(g) for g in re.findall(r"[a-z]+", a.stem.gloss.lower())})


def _dual_sense(word: str, key: str) -> bool:
    """Every reading of the Arabic ``word`` in the sense ``key`` is a dual, and one a noun (عامين "two years"
    for 'year'; not مدنيين, "civilians" as often as "two civilians")."""
    sense = _sense(word, key)
    return any(a.stem.pos == "NOUN" for a in sense) and all("_DU_" in a.suffix_pos for a in sense)


def _plural_sense(word: str, key: str) -> bool:
    """A reading of the Arabic ``word`` in the sense ``key`` is a plural (سنوات "years", أيام "days")."""
    return any(
        "_PL_" in a.suffix_pos or any(g != key and g.endswith("s") for g in re.findall(r"[a-z]+", a.stem.gloss.lower()))
        for a in _sense(word, key)
    )


def _bare(word: str) -> bool:
    """No reading of the Arabic ``word`` takes the article or a pronoun (يومين, not اليومين or حسابيهما)."""
    return not any("Al/DET" in a.prefix_pos or "PRON" in a.suffix_pos for a in analyses(word))


_SPAN_GLOSSES = word_set("numbers_en.tsv", "span")


def _span_adjective(word: str) -> bool:
    """A reading of the Arabic ``word`` is a dual adjective of a span or an order (الماضيين "past", المقبلين
    "next")."""
    return any(
        "_DU_" in a.suffix_pos
        and a.stem.pos.endswith("ADJ")
        and _SPAN_GLOSSES & set(re.findall(r"[a-z]+", a.stem.gloss))
        for a in analyses(word)
    )


def _bare_duals(pair: AlignedPair) -> list[tuple[str, str]]:
    """Arabic dual nouns the English renders as a bare plural: (the Arabic word, the English noun).

    يومين "two days" → 'for days', قبل عامين "two years ago" → 'years ago': the dual is the only 'two' of
    the Arabic, and the English plural with no number keeps the noun and loses the count. Only a dual
    with neither the article nor a pronoun, or a definite one with a dual adjective of a span or an order
    after it (اليومين الماضيين "the past two days"): a definite dual alone is often rendered as a plural
    (الفريقين 'the sides', اللاعبان الوحيدان 'the only players', حسابيهما 'their accounts'). No other Arabic
    word renders the English plural (أيام "days"), and the English has no 'two' and nothing that carries it
    (both, a couple of).
    """
    # any 'two' or '2' of the English (not 'second', 'the 2nd'), used or not, may be the dual's
    two = any(2.0 in r.values and not r.matching_only for found in pair.view.en_numbers for r in found)
    if two:
        return []
    plurals = _bare_plurals(pair)
    figures = [q.text for found in pair.view.ar_numbers for q in found]
    tokens = [t for s in pair.ar for t in ar_tokens(s.text)]
    out = []
    for k, t in enumerate(tokens):
        if any(t.text in f for f in figures):
            continue  # عامين ونصف "two and a half years": a figure the matching has read
        key = next((key for key in plurals if _dual_sense(t.text, key)), None)
        if key is None or any(_plural_sense(o.text, key) for o in tokens if o is not t):
            continue
        if not _bare(t.text) and not (k + 1 < len(tokens) and _span_adjective(tokens[k + 1].text)):
            continue
        out.append((t.text, plurals[key]))
    return out


def _dual_dropped(pair: AlignedPair, word: str, noun: str) -> Finding:
    """An Arabic dual noun (يومين "two days") the English renders as a bare plural ('days')."""
    return make_finding(
        pair,
        "number",
        "dropped",
        ar_span=word,
        en_span=noun,
        severity="minor",
        score=0.55,
        explanation=f"Arabic '{word}' is a dual (two); the English says '{noun}' without the number",
    )


# two figures joined by a dash: a score (3-0, ٢-١) or a short range (10-15); not a date (2-1-2020), a year
# span (2019-20), a name (F-35, Covid-19) or a clock time (4:30)
_FIGURE_PAIR = re.compile(r"(?<![\w:/\-–])(?<!\d[.,])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\w:/\-–]|[.,]\d|\s?%|\s?٪)")
# a clock time in digits, 4:30 or ٤:٣٠ or 16:45 (a match clock too); not part of a longer run (1:2:3)
_CLOCK = re.compile(r"(?<![\d:.])(\d{1,2}):(\d{2})(?![\d:])")
# a time zone named: the translator may have given the time in another one (بتوقيت مكة for GMT)
_TIME_ZONE = re.compile(r"توقيت|\b(?:GMT|UTC|BST|CET|EST|EDT|PST|local time|[A-Z]{2,4}T)\b")
Reading = tuple[tuple[int, int], str]  # a value that compares, and the text that says it


def _figure_pairs(sentences: tuple[Sentence, ...]) -> list[Reading]:
    """Every dash-joined figure pair of the sentences: its two figures in ascending order (a translator may
    flip a score's order: 0-1 for 1-0), and its text."""
    out = []
    for s in sentences:
        for m in _FIGURE_PAIR.finditer(s.text):
            a, b = int(m.group(1)), int(m.group(2))
            out.append(((min(a, b), max(a, b)), m.group(0)))
    return out


def _clock_times(sentences: tuple[Sentence, ...]) -> list[Reading]:
    """Every clock time of the sentences: (hour on a 12-hour dial, minutes), so 16:30 and 4:30 agree, and its
    text."""
    out = []
    for s in sentences:
        for m in _CLOCK.finditer(s.text):
            hour, minute = int(m.group(1)), int(m.group(2))
            if hour <= 24 and minute < 60:
                out.append(((hour % 12, minute), m.group(0)))
    return out


def _lone_difference(ar: list[Reading], en: list[Reading]) -> tuple[str, str] | None:
    """(Arabic text, English text) when, the equal values matched, each side has exactly one reading left:
    that one was changed. With more left on a side, which became which is not known: None."""
    ar, en = list(ar), list(en)
    for reading in list(en):
        same = next((a for a in ar if a[0] == reading[0]), None)
        if same is not None:
            ar.remove(same)
            en.remove(reading)
    return (ar[0][1], en[0][1]) if len(ar) == 1 and len(en) == 1 else None


def _score_or_clock_changed(pair: AlignedPair, found: list[Finding]) -> list[Finding]:
    """A score or range whose figures differ between the sides (a 2-0 win told as 3-0), and a clock time in
    digits (a shooting 'at about 3:30' told as 4:30). A figure pair another number finding already names is
    left to it."""
    out = []
    figures = _lone_difference(_figure_pairs(pair.ar), _figure_pairs(pair.en))
    if figures and not any(f.en_span and (f.en_span in figures[1] or figures[1] in f.en_span) for f in found):
        out.append(_changed(pair, *figures, "the figures of a score or range differ"))
    clock = _lone_difference(_clock_times(pair.ar), _clock_times(pair.en))
    if clock and not any(_TIME_ZONE.search(s.text) for s in (*pair.ar, *pair.en)):
        out.append(_changed(pair, *clock, "a clock time differs"))
    return out


# a month named beside an ordinal (the third of October, October the third): a date's day, the time detector's
_EN_MONTH = MONTHS_EN.pattern
_EN_ORDINAL_WORD = re.compile(r"\b[a-z]+(?:-[a-z]+)?\b")
_EN_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}


def _en_ordinal(word: str) -> float:
    """The value of an English ordinal word, second and up (sixth 6, twenty-first 21), else 0."""
    tens, _, unit = word.rpartition("-")
    if not tens:
        return en_ordinal_value(word)
    return _EN_TENS.get(tens, 0) + en_ordinal_value(unit) if tens in _EN_TENS and unit != "first" else 0.0


def _en_ordinals(text: str) -> list[tuple[str, float]]:
    """The English ordinal words (second and up, lower case: a capitalised one opens a name, the Seventh
    Division, the entity detector's) with their values, less a date's day (the third of October) and 'second'
    as a unit of time (a second, seconds later)."""
    out = []
    for m in _EN_ORDINAL_WORD.finditer(text):
        value = _en_ordinal(m.group(0))
        if value < 2:
            continue
        after, before = text[m.end() : m.end() + 16], text[max(0, m.start() - 14) : m.start()]
        if re.match(rf"\s+of\s+{_EN_MONTH}", after) or re.search(rf"{_EN_MONTH}\.?\s+(?:the\s+)?$", before):
            continue
        if re.match(r"\s+of\b", after) and re.search(r"\b(?:a|one|two|three|four|five)\s+$", before):
            continue  # a third of its needs: a fraction
        if m.group(0) == "second" and (not re.match(r"\s+[a-z]{3,}", after) or re.match(r"\s+(?:later|ago)\b", after)):
            continue
        out.append((m.group(0), value))
    # '3rd', '15th' (not a date's day) and a name's number in Roman figures (World War II, Abdullah II): what
    # they say is said, so an Arabic ordinal of that value is answered
    for m in _EN_FIGURE_ORDINAL.finditer(text):
        around = text[max(0, m.start() - 14) : m.end() + 14]
        if not re.search(_EN_MONTH, around):
            out.append((m.group(0), float(m.group(1))))
    out += [(m.group(1), float(_ROMAN[m.group(1)])) for m in _EN_ROMAN.finditer(text)]
    return out


_EN_FIGURE_ORDINAL = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\b")
_ROMAN = {"II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
_EN_ROMAN = re.compile(rf"(?<=[A-Z][a-z] )({'|'.join(sorted(_ROMAN, key=len, reverse=True))})\b")


def _ar_ordinals(text: str) -> list[tuple[str, float, bool]]:
    """The Arabic ordinals of a text (see ``ar_ordinal_tokens``; and in figures, الـ3) with their values, less a
    date's day (الثالث من أكتوبر "the third of October") and a time of day (الساعة الثانية، الرابعة فجرا), and
    whether each may be reported as changed: a word with its article after a definite noun or هو (الهجوم الثالث),
    not one in a construct (ثاني أكبر "second-largest"), an indefinite one (لمحاولة خامسة), a name's (عبدالله
    الثاني) or one in figures, which only answer an English ordinal of their value."""
    toks = ar_tokens(text)
    out = []
    for t, value in ar_ordinal_tokens(text):
        k = next(i for i, u in enumerate(toks) if u.start == t.start)
        rest = [u.norm for u in toks[k + 1 : k + 4]]
        if k and toks[k - 1].norm.removeprefix("و") in ("الساعه", "الساعة", "ساعه"):
            continue  # الساعة الثانية "two o'clock": a time of day
        if rest[:1] == ["من"] and len(rest) > 1 and (rest[1] in AR_MONTHS or rest[1] == "الشهر"):
            continue
        if rest and rest[0] in _AR_TIMES_OF_DAY:
            continue  # الرابعة فجرا "four in the morning"
        before = toks[k - 1].norm if k else ""
        reportable = (
            bool(_DEFINITE.match(t.norm))
            and (bool(_DEFINITE.match(before)) or before in _AR_BEFORE_ORDINAL)
            and before not in _AR_NAMED_ORDINAL
        )
        # a teen or a compound ordinal is said with its ten (الرابع عشر، الخامسة والعشرين): the span holds both words
        ten = k + 1 < len(toks) and (toks[k + 1].norm in ("عشر", "عشره") or toks[k + 1].norm.startswith("وال"))
        words = text[t.start : toks[k + 1].end] if value > 10 and ten else t.text
        out.append((words, value, reportable))
    # الـ3، للمرة الـ15: an ordinal in figures, which says its value as well as a word does
    out += [(m.group(0), float(normalize_digits(m.group(1))), False) for m in _AR_FIGURE_ORDINAL.finditer(text)]
    return out


_DEFINITE = re.compile(r"^(?:[وفب]?ال|لل|[وف]لل)")
_AR_BEFORE_ORDINAL = frozenset(("هو", "هي", "وهو", "وهي", "مره", "للمره"))
_AR_NAMED_ORDINAL = frozenset(("العالميه",))  # الحرب العالمية الثانية: World War II
_AR_TIMES_OF_DAY = frozenset(
    normalize_ar(w) for w in ("فجرا", "صباحا", "ظهرا", "عصرا", "مساء", "ليلا", "والنصف", "والربع")
)
_AR_FIGURE_ORDINAL = re.compile(r"(?<![\u0621-\u064a])(?:[وفب]?ال|لل)\s*ـ?\s*([\d٠-٩]{1,3})(?![\d٠-٩])")


def _ordinal_changed(pair: AlignedPair, found: list[Finding]) -> list[Finding]:
    """An ordinal word put in the place of another: the Arabic and the English each give one ordinal (second and
    up) the other side does not, and only one (هذا القرض هو السادس "this loan is the sixth" told as 'the
    fourth'; الطابق الرابع عشر as 'the 12th floor'): changed, minor (an ordinal may also count what the other side
    counts another way)."""
    ar = [o for s in pair.ar for o in _ar_ordinals(s.text)]
    en = [o for s in pair.en for o in _en_ordinals(s.text)]
    ar_values, en_values = {v for _, v, _ in ar}, {v for _, v in en}
    # an ordinal in figures or Roman figures (الـ3، 52nd, World War II) answers one of its value, but is never
    # reported itself: a figure may count what the other side gives as a number ('the 52nd minute', الدقيقة 52)
    ar_left = [(w, v) for w, v, reportable in ar if v not in en_values and reportable]
    # an English ordinal in figures ('the 12th floor' for الطابق الرابع عشر) is left over only where no number of
    # the Arabic says its value (الطابق 12 "floor 12" counts what '12th' orders)
    ar_counts = {v for s in pair.ar for q in _sentence_quantities(s.text, True) for v in q.values}
    en_left = [
        (w, v)
        for w, v in en
        if v not in ar_values
        and (w.isalpha() and w.islower() or _EN_FIGURE_ORDINAL.fullmatch(w) and v not in ar_counts)
    ]
    if len([1 for _, v, _ in ar if v not in en_values]) != len(ar_left):
        return []  # an Arabic ordinal not to be reported is left over too: the English one may render it
    if len(ar_left) != 1 or len(en_left) != 1:
        return []
    (ar_word, ar_value), (en_word, en_value) = ar_left[0], en_left[0]
    if any(f.type == "number" and f.en_span and en_word in f.en_span for f in found):
        return []
    return [
        make_finding(
            pair,
            "number",
            "changed",
            ar_span=ar_word,
            en_span=en_word,
            severity="minor",
            score=0.6,
            explanation=f"Arabic ordinal '{ar_word}' (number {_fmt(ar_value)} in order) became '{en_word}' "
            f"(number {_fmt(en_value)})",
        )
    ]


def _changed(pair: AlignedPair, ar_text: str, en_text: str, what: str) -> Finding:
    """A major number/changed finding between two figure texts, saying ``what`` differs."""
    return make_finding(
        pair,
        "number",
        "changed",
        ar_span=ar_text,
        en_span=en_text,
        severity="major",
        score=0.8,
        explanation=f"Arabic '{ar_text}' became '{en_text}': {what}",
    )
