"""Quantities of one sentence, Arabic or English: digits of any script, number words and scale words,
each with every value its text can be read as (360.000 is 360 or 360,000): what the number detector
compares (the pair view holds them per sentence).

Left out on purpose: years and days of the month (the time detector reads dates), ordinals (47th,
القرن العشرين), and clock times (04:00).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from workbench.findings._mentions import english_mentions, place_adjective
from workbench.findings._words import ArToken, ar_tokens, plural_noun
from workbench.lexicons import alternation, load
from workbench.text.arabic import normalize_ar, normalize_with_map, original_span
from workbench.text.english import NUMBER_WORDS, STOPWORDS


@dataclass(frozen=True, eq=False)
class Quantity:
    """A number found in a sentence (compared by identity: one figure stated twice is two quantities).

    ``values`` holds every reading of the text (360.000 is 360 or 360,000); ``vague`` marks an
    indefinite quantity ('dozens', عشرات); ``word`` a number written in words.
    """

    values: tuple[float, ...]
    vague: bool
    text: str
    word: bool = False
    # ordinals, decades, numbers glued to letters (44th, 80s, 6am, الثانية عشرة): used to match the
    # other side's numbers, never reported themselves
    matching_only: bool = False
    # a count with the article after its definite noun (السنوات الأربع "the four years"): a number the
    # reader has usually been given already
    definite: bool = False

    @property
    def value(self) -> float:
        return self.values[0]


def _en_numbers(use: str) -> dict[str, float]:
    """One list of numbers_en.tsv: word → value."""
    return {word: float(value) for word, value, lists in load("numbers_en.tsv") if use in lists.split()}


_EN_SCALE = _en_numbers("scale")
_EN_UNIT_WORDS_FRACTION = "two|three|four|five|six|seven|eight|nine"
_EN_VAGUE = _en_numbers("vague")
_EN_ORDINAL = re.compile(
    r"(?<![\w.,:/-])(\d+(?:\.\d+)?)(?:st|nd|rd|th|s|am|pm|trillion|billion|million|m|bn|tn|k)\b"
    r"|\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\b",
    re.I,
)
_EN_ORDINAL_WORDS = _en_numbers("ordinal")
# the English number words below a hundred, as alternations: the tens, the units and ten to nineteen
_EN_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_EN_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_EN_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_EN_NUM = re.compile(
    r"(?<![\w.,:/-])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w:]|[.,/-]\d)"
    r"(?:\s*(%|per ?cent|percent))?(?:\s*-?\s*(thousand|million|billion|trillion|bn|tn|m|k)\b)?"
    rf"|\b((?:(?:{_EN_TENS})[- ])?"
    rf"(?:{_EN_UNITS}|{_EN_TEENS}|{_EN_TENS}|a dozen|"
    r"a hundred|a thousand|a million|a billion|a trillion))"
    r"(?:\s+(hundred|thousand|million|billion|trillion))?\b(?![- ](?:th|st|nd|rd)\b)"
    r"|\b(dozens|tens|scores|hundreds|thousands|millions|billions)\b",
    re.I,
)
# month names and their abbreviations (time_en.tsv), the period optional: a number next to one is a date
# (Hijri months too: 1 Safar 1445, Ramadan 15)
_MONTHS_EN = re.compile(
    rf"\b({alternation({r[0].rstrip('.') for r in load('time_en.tsv') if r[1] in ('month', 'hijri')})})\b\.?"
)
# 1445 AH, 1445 Hijri: a Hijri year
_EN_HIJRI_YEAR = re.compile(r"\s*(?:A\.?H\b\.?|H\b|Hijri\b)")
# 3 p.m., 10 am, 6 o'clock: the hour of a clock
_EN_CLOCK = re.compile(r"\s*(?:[ap]\.?\s?m\b\.?|o'clock\b)", re.I)
# a currency sign or code right before a figure: £2.8bn, US$5m, AED 3bn
_CURRENCY_BEFORE = re.compile(r"(?:[$£€¥]|\b(?:US|USD|EUR|GBP|AED|SAR|IQD|JD|LBP)\s?\$?)\s?$")
# a count below a hundred in words (twenty, forty-five, a, one): the parts of a sum said in words
_EN_WORDS_BELOW_100 = rf"(?:(?:{_EN_TENS})(?:-(?:{_EN_UNITS}))?|a|{_EN_UNITS}|{_EN_TEENS})"
# 77 dollars and 80 cents, 1,240 rupees and 50 cents, a dollar and twenty cents, 2 dinars and 500 fils (a sub-unit of
# three figures is a thousandth): one sum, 77.80, 1,240.50, 1.20 and 2.50
# (as ٧٧ دولاراً و٨٠ سنتاً and دولار وعشرين سنتاً read); the currencies and sub-units are currencies_en.tsv's
_EN_CURRENCY, _EN_SUBUNIT = (
    alternation(r[0] for r in load("currencies_en.tsv") if r[1] == kind) for kind in ("currency", "subunit")
)
_EN_MONEY_AND_CENTS = re.compile(
    rf"(?<![\w.,])(\d{{1,3}}(?:,\d{{3}})+|\d+|{_EN_WORDS_BELOW_100}) (?:{_EN_CURRENCY})"
    rf"(?: and)? (\d{{1,3}}|{_EN_WORDS_BELOW_100}) (?:{_EN_SUBUNIT})\b",
    re.I,
)
# two-thirds, three quarters, a fifth: a fraction, read as its numerator (three quarters = ثلاثة أرباع), its share
# and its percentage (75 percent)
_EN_FRACTION = re.compile(
    rf"\b(a|one|{_EN_UNIT_WORDS_FRACTION}|\d+)[ -](thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?"
    r"|eighths?|ninths?|tenths?)\b",
    re.I,
)
# "a fourth meeting", "a third term": 'a' and an ordinal before a noun, no fraction ("a third of them")
_EN_NOUN_AFTER = re.compile(r"\s+(?!of\b)[A-Za-z]")


def _ordinal_before_noun(text: str, m: re.Match[str]) -> bool:
    """The fraction match is 'a' and an ordinal before a word other than 'of' (a fourth meeting)."""
    head, denominator = m.group(1).lower(), m.group(2).lower()
    ordinal = denominator not in ("quarter", "quarters") and not denominator.endswith("s")
    return head == "a" and ordinal and bool(_EN_NOUN_AFTER.match(text, m.end()))


_EN_DENOMINATORS = {"thi": 3, "qua": 4, "fou": 4, "fif": 5, "six": 6, "sev": 7, "eig": 8, "nin": 9, "ten": 10}
# month names (the first word of كانون الثاني): a number next to one is a day of the month
_AR_MONTHS = frozenset(normalize_ar(row[0].split()[0]) for row in load("time_ar.tsv") if row[1] == "month")
AR_MONTHS = _AR_MONTHS  # the first word of each Gregorian month's Arabic name, normalised
MONTHS_EN = _MONTHS_EN  # English month names (and Hijri ones), as a date's neighbours


def _clock_readings(hour: float) -> tuple[float, ...]:
    """An hour of the clock read both ways: 3 is 3 or 15, 15 is 15 or 3."""
    if hour < 12:
        return (hour, hour + 12)
    return (hour, hour - 12) if hour > 12 else (hour,)


def _fraction_readings(numerator: float, denominator: float) -> tuple[float, float]:
    """A fraction as a share and as a percentage, rounded as numbers_ar.tsv writes its fractions (ثلث 0.3333)."""
    share = round(numerator / denominator, 4)
    return share, share * 100


def _is_year(digits: str, decimals: str | None, scale: str | None) -> bool:
    return len(digits) == 4 and not decimals and not scale and is_year_value(int(digits))


def is_year_value(value: float) -> bool:
    """A whole number a report gives as a year (1900-2099)."""
    return float(value).is_integer() and 1900 <= value <= 2099


def _en_word_value(phrase: str) -> float:
    total = 0.0
    for part in re.split(r"[- ]", phrase.lower()):
        if part == "one" and total:
            total += 1.0  # thirty-one
        elif part in ("a", "one"):
            total = max(total, 1.0)
        elif part == "dozen":
            total = 12.0
        elif part in NUMBER_WORDS:
            v = NUMBER_WORDS[part]
            total = total * v if v >= 100 and total else total + v
    return total


# 6-foot-6: one height, read as feet and inches (6.5), as the decimal some translations write (6.6)
# or as the feet alone; the inches stay a figure of their own for matching
_EN_HEIGHT = re.compile(r"(?<![\w.,])(\d)[- ](?:foot|feet|ft)[- ](\d{1,2})\b(?:[- ](?:inch|inches|in)\b)?", re.I)
# digit groups joined by single spaces are one figure, a telephone number or code: 116 123, 0800 555 111
_DIGIT_RUN = re.compile(r"(?<![\w.,:/-])\d{3,5}(?: \d{3,5})+(?![\w.,:/-]?\d)")
# words that carry a number without being one: "tripled" for ضاعف ثلاث مرات, "a hat-trick" for ثلاثة أهداف,
# "a decade" for 10 سنوات, "a millennium" for ألف عام, "50 percent" for النصف, "fourballs" for أربع كرات,
# "twentyfold" for 20 ضعفاً; matching only
_EN_IMPLIED = re.compile(
    r"\b(?:(double[ds]?|doubling|twice|twofold)"
    r"|(tripled?|triples|tripling|thrice|threefold|hat[- ]tricks?|trios?|trebles?)"
    r"|(quadrupled?|fourfold|quartets?)|(decades?)|(half|halved)|(century)|(millennium)"
    r"|(two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand)"
    r"(?:fold|somes?|balls?))\b",
    re.I,
)
_EN_IMPLIED_VALUES: tuple[tuple[float, ...], ...] = ((2.0,), (3.0,), (4.0,), (10.0,), (0.5, 50.0), (100.0,), (1000.0,))
# "three decades" for ثلاثين عاما, "two centuries" for مئتي عام, "18 months" for عام ونصف: the count is
# also read in years
_EN_PER_UNIT = re.compile(r"[\s-]+(decades?|centur(?:y|ies)|months?)\b", re.I)
_YEARS_PER_UNIT = {"dec": 10.0, "cen": 100.0, "mon": 1 / 12}


def _in_years(text: str, end: int, value: float) -> tuple[float, ...]:
    """A count's readings: itself, and in years when 'decades', 'centuries' or 'months' follows it."""
    unit = _EN_PER_UNIT.match(text[end:])
    if not unit:
        return (value,)
    return (value, round(value * _YEARS_PER_UNIT[unit.group(1).lower()[:3]], 4))


_EN_UNIT_WORDS = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    r"|eighteen|nineteen)"
)
# compounds the plain pattern would cut in two: "one and a half million", "two hundred and fifty",
# "half a million", "one thousand five hundred", "two thousand three hundred and forty", "two hundred thousand"
# (a thousand's hundreds are one to nine: "between one thousand and fifteen hundred" is two figures)
_EN_COMPOUND = re.compile(
    rf"(?<![\d.,])\b(?:(?P<thousands>a|{_EN_UNIT_WORDS}) thousand(?: and)?"
    rf" (?P<hundreds>a|one|{_EN_UNIT_WORDS_FRACTION}) hundred"
    rf"(?:(?: and)?[ -](?P<rest>{_EN_UNIT_WORDS}))?\b"
    rf"|({_EN_UNIT_WORDS}|\d+) and a half"
    rf"|(a|{_EN_UNIT_WORDS}) hundred(?: and)?[ -]({_EN_UNIT_WORDS})|half an? "
    rf"|(?P<bare>a|{_EN_UNIT_WORDS}) hundred(?=[ -](?:thousand|million|billion)\b))"
    r"(?:[ -]?(?P<scale>thousand|million|billion)\b)?",
    re.I,
)


# 'a quarter of a million' (ربع مليون, 250,000): one figure, read with the scale alone too, so that an Arabic that
# writes the quarter and the scale apart (ربع المليون) still finds its scale
_EN_QUARTER_OF_SCALE = re.compile(r"\b(?:a|one)[ -]quarter\s+of\s+an?\s+(thousand|million|billion)\b", re.I)


def _en_compounds(text: str) -> list[tuple[Quantity, tuple[int, int]]]:
    out = []
    for m in _EN_QUARTER_OF_SCALE.finditer(text):
        whole = float(NUMBER_WORDS[m.group(1).lower()])
        out.append((Quantity((whole / 4, whole), False, m.group(0), word=True), m.span()))
    for m in _EN_COMPOUND.finditer(text):
        if m.group("thousands"):
            value = 1000 * (_en_word_value(m.group("thousands")) or 1.0) + 100 * (
                _en_word_value(m.group("hundreds")) or 1.0
            )
            value += _en_word_value(m.group("rest") or "")
            # 'one thousand five hundred million'
            scale = NUMBER_WORDS[m.group("scale").lower()] if m.group("scale") else 1.0
            out.append((Quantity((value * scale,), False, m.group(0).strip(), word=True), m.span()))
            continue
        scale = NUMBER_WORDS[m.group("scale").lower()] if m.group("scale") else 1.0
        if m.group("bare"):
            value = 100 * (_en_word_value(m.group("bare")) or 1.0)
        elif m.group(4):
            head = m.group(4)
            value = (float(head) if head.isdigit() else _en_word_value(head)) + 0.5
        elif m.group(5):
            value = 100 * (_en_word_value(m.group(5)) or 1.0) + _en_word_value(m.group(6))
        elif m.group("scale"):
            value = 0.5
        else:
            continue
        out.append((Quantity((value * scale,), False, m.group(0).strip(), word=True), m.span()))
    return out


# a capitalised word before, and one after: "Joris ten Brink", "Pieter ten Hove"
# the capitalised word before a lower-case particle of a name (Joris ten Brink); a function word written with its
# capital before a land's adjective ('HASBAYA – About eight Israeli soldiers') is no name's first word, but before
# a name it may be ('Under ten Hag, the team …')
_NAME_PARTICLE = re.compile(r"\b([A-Z][a-z]+)\s+$")
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]+")
# a capitalised number word inside a sentence, after 'the' or a capitalised word or before one, is part of a name
# (the Nine Network, Channel Four, Formula One): matched if the other side has it, never reported
_NAME_BEFORE_WORD = re.compile(r"(?:\bthe|\b[A-Z][a-z]+)\s+$")


def _number_word_in_name(text: str, start: int, end: int, word: str) -> bool:
    """Whether the number word ``word`` at ``start:end`` is capitalised inside the sentence next to a name."""
    if not word[0].isupper() or not any(c.isalpha() for c in text[:start]):
        return False
    # a sentence or quote opening inside the text ('… on Monday. Three Palestinians', 'said: "Three …'), a count
    # of a capitalised plural ('Five Americans', 'Kills Five Palestinians') or a title-case headline: a figure
    if re.search(r"(?:[.!?:;\u2014\u2013-]|[\"\u201c'])\s*$", text[:start]):
        return False
    if re.match(r"\s+[A-Z][a-z]*[a-rt-z]s\b", text[end:]):
        return False
    words = re.findall(r"\b[A-Za-z][a-z]{3,}\b", text)
    if words and sum(w[0].isupper() for w in words) > 0.6 * len(words):
        return False
    return bool(_NAME_AFTER.match(text[end:]) or _NAME_BEFORE_WORD.search(text[:start]))


def _land_adjective_at(text: str, start: int) -> bool:
    """The capitalised word after ``start`` is a land's adjective ('Israeli', 'Iraqi'), no name."""
    word = re.match(r"\s+([A-Z][a-z]+)", text[start:])
    return word is not None and any(not m.is_name and m.text == word.group(1) for m in english_mentions(word.group(1)))


def english_quantities(text: str) -> list[Quantity]:
    """Numbers in an English sentence (not years, days of the month, ordinals or clock times)."""
    # SR4.5 billion, QR5m: a currency code written onto the figure is blanked, offsets kept, so the figure reads
    text = _GLUED_CURRENCY.sub(lambda m: " " * len(m.group(0)), text)
    out = []
    taken: list[tuple[int, int]] = []
    for q, span in _en_compounds(text):
        out.append(q)
        taken.append(span)
    for m in _EN_HEIGHT.finditer(text):
        feet, inches = int(m.group(1)), int(m.group(2))
        heights = (feet + inches / 12, float(f"{feet}.{inches}"), float(feet))
        out.append(Quantity(heights, False, m.group(0)))
        out.append(Quantity((float(inches),), False, m.group(2), matching_only=True))
        taken.append(m.span())
    for m in _DIGIT_RUN.finditer(text):
        groups = m.group(0).split()
        if not all(_is_year(g, None, None) for g in groups):
            out.append(Quantity((float("".join(groups)),), False, m.group(0)))
            taken.append(m.span())
    for m in _EN_FOUR_DIGIT_CLOCK.finditer(text):
        # 0940 GMT: the 09:40 of a clock, its hour and minutes as the Arabic reader gives them
        out += [Quantity((float(m.group(g)),), False, m.group(g), matching_only=True) for g in (1, 2)]
        taken.append(m.span())
    for m in _EN_HYPHEN_RANGE.finditer(text):
        low, high = float(m.group(1)), float(m.group(2))
        if low >= high:
            continue
        scale = _EN_SCALE[m.group(3).lower()]
        out.append(Quantity((low, low * scale), False, m.group(1)))
        out.append(Quantity((high * scale,), False, text[m.start(2) : m.end()]))
        taken.append(m.span())
    for m in _EN_MONEY_AND_CENTS.finditer(text):
        units, cents = (float(g.replace(",", "")) if g[0].isdigit() else _en_word_value(g) for g in m.group(1, 2))
        value = units + cents / (1000 if cents >= 100 else 100)  # 500 fils: a thousandth of a dinar
        out.append(Quantity((value,), False, m.group(0)))
        taken.append(m.span())
    for m in _EN_FRACTION.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken) or _ordinal_before_noun(text, m):
            continue
        head = m.group(1).lower()
        n = float(head) if head.isdigit() else 1.0 if head in ("a", "one") else float(NUMBER_WORDS[head])
        readings = (n, *_fraction_readings(n, _EN_DENOMINATORS[m.group(2).lower()[:3]]))
        out.append(Quantity(readings, False, m.group(0), word=not head.isdigit()))
        taken.append(m.span())
    for m in _EN_NUM.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        if m.group(1):
            if _is_year(m.group(1), m.group(2), m.group(4)) or _next_to_month(text, m.start(), m.end()):
                continue
            if len(m.group(1)) == 4 and 1300 <= int(m.group(1)) <= 1499 and _EN_HIJRI_YEAR.match(text[m.end() :]):
                continue
            # 3 p.m., and 10.40 p.m. (the clock's minutes after a point, as British style writes 10:40): the hour
            minutes = not m.group(2) or len(m.group(2)) == 3 and int(m.group(2)[1:]) < 60
            if minutes and not m.group(3) and not m.group(4) and _EN_CLOCK.match(text[m.end() :]):
                if int(m.group(1)) <= 24:
                    out.append(Quantity(_clock_readings(float(m.group(1))), False, m.group(1), matching_only=True))
                    if m.group(2):  # the 40 of 10.40, which the Arabic may write in words (وأربعين دقيقة)
                        out.append(Quantity((float(m.group(2)[1:]),), False, m.group(2)[1:], matching_only=True))
                    taken.append(m.span())
                continue
            value = float(m.group(1).replace(",", "") + (m.group(2) or ""))
            if m.group(4):
                value *= _EN_SCALE[m.group(4).lower()]
            shared = _en_shared_scale(text, m.end(), value) if not m.group(3) and not m.group(4) else ()
            out.append(Quantity(_in_years(text, m.end(), value) + shared, False, m.group(0).strip()))
        elif m.group(5):
            before = _NAME_PARTICLE.search(text[: m.start()])
            opening = before is not None and before.group(1).lower() in STOPWORDS and _land_adjective_at(text, m.end())
            if before is not None and not opening and _NAME_AFTER.match(text[m.end() :]) and m.group(5).islower():
                continue  # Joris ten Brink: a lower-case word between two names is a particle of the name
            value = _en_word_value(m.group(5))
            if m.group(6):
                value *= NUMBER_WORDS[m.group(6).lower()]
            shared = _en_shared_scale(text, m.end(), value) if not m.group(6) else ()
            in_name = _number_word_in_name(text, m.start(5), m.end(5), m.group(5))
            said = _in_years(text, m.end(), value) + shared
            out.append(Quantity(said, False, m.group(0).strip(), word=True, matching_only=in_name))
        else:
            out.append(Quantity((float(_EN_VAGUE[m.group(7).lower()]),), True, m.group(0), word=True))
        taken.append(m.span())
    values: tuple[float, ...]
    for m in _EN_ORDINAL.finditer(text):
        money = False
        if m.group(1):
            tail = m.group(0)[len(m.group(1)) :].lower()
            value = float(m.group(1)) * _EN_SCALE.get(tail, 1.0)
            # £2.8bn, $5m: a sum of money, a figure like any other; 828m, 5k alone: a million or metres, a
            # thousand or kilometres: both readings are kept, for matching only
            money = tail in ("m", "bn", "tn", "k", "million", "billion", "trillion") and bool(
                _CURRENCY_BEFORE.search(text[: m.start()])
            )
            values = (value,) if money else (value, float(m.group(1))) if tail in ("m", "k") else (value,)
        else:
            values = (float(_EN_ORDINAL_WORDS[m.group(2).lower()]),)
        out.append(Quantity(values, False, m.group(0), matching_only=not money))
        taken.append(m.span())
    for m in _EN_IMPLIED.finditer(text):
        group = next(i for i, g in enumerate(m.groups()) if g)
        values = (
            _EN_IMPLIED_VALUES[group]
            if group < len(_EN_IMPLIED_VALUES)
            else (float(NUMBER_WORDS[m.group(len(_EN_IMPLIED_VALUES) + 1).lower()]),)
        )
        out.append(Quantity(values, False, m.group(0), word=True, matching_only=True))
    return out + _other_digits(text, taken) + _roman_numerals(text)


# the letter codes of currencies that English news writes onto the figure (SR3bn, QR500, Dh10, LE50, Rs200, RM500,
# Rp20,000) (and a sign of one to three capitals before a sum in millions or more: R87 million rand, K5bn kwacha,
# N10 billion naira, RM45 million ringgit)
_GLUED_CURRENCY = re.compile(
    r"\b(?:SR|QR|AED|Dhs?|LE|JD|KD|BD|OMR|RO|SAR|QAR|EGP|Rs|RM|Rp"
    r"|[A-Z]{1,3}(?=\d[\d.,]*\s?(?:million|billion|trillion|bn|tn|m)\b))(?=\d)"
)
# a clock time in four digits before a time zone: '0940 GMT', '0600 local time'
_EN_FOUR_DIGIT_CLOCK = re.compile(
    r"(?<![\w.,:/-])([01]\d|2[0-3])([0-5]\d)\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|Zulu|hrs\b|local\s+time)", re.I
)
# a range written with a dash and one scale word: '12-15 million', '$3–4bn'
_EN_HYPHEN_RANGE = re.compile(
    r"(?<![\w.,:/-])(\d+(?:\.\d+)?)\s?[-–]\s?(?:US\$|[$£€])?(\d+(?:\.\d+)?)\s*(thousand|million|billion|trillion|bn|tn)\b",
    re.I,
)
# the second figure of a range or list and its scale word: 'and $15 million', 'to 15bn', 'or fifteen thousand'
_EN_RANGE_TAIL = re.compile(
    r"\s*(?:and|to|or|-|–)\s*(?:US\$|[$£€])?\s?(\d+(?:\.\d+)?|"
    + _EN_UNIT_WORDS
    + r")\s*-?\s*(thousand|million|billion|trillion|bn|tn)\b",
    re.I,
)


def _en_shared_scale(text: str, end: int, value: float) -> tuple[float, ...]:
    """The figure read with the scale word of the next one, where it stands first in a range or list ('between 12
    and 15 million', '3 to 4 billion'): one scale word serves both. () when no larger figure with a scale follows."""
    tail = _EN_RANGE_TAIL.match(text, end)
    if not tail:
        return ()
    head = tail.group(1)
    count = float(head) if head[0].isdigit() else _en_word_value(head)
    return (value * _EN_SCALE[tail.group(2).lower()],) if value < count < 1000 else ()


_ANY_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


# a Roman numeral of two letters or more after a capitalised word: Punatsangchhu II, Phase III, Louis XIV
_EN_ROMAN = re.compile(r"\b[A-Z][a-z]+\s+(X{0,3}(?:IX|IV|V?I{0,3}))\b")
_ROMAN_ONES = {"": 0, "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9}


def _roman_numerals(text: str) -> list[Quantity]:
    """Roman numerals in names ('Punatsangchhu II' for بوناتسانغتشو 2): matching only, so that the figure the
    Arabic writes for it is not reported as dropped."""
    out = []
    for m in _EN_ROMAN.finditer(text):
        numeral = m.group(1)
        if len(numeral) < 2:
            continue  # 'I', 'V', 'X' alone: a pronoun or a letter as often as a numeral
        tens = len(numeral) - len(numeral.lstrip("X"))
        out.append(Quantity((float(10 * tens + _ROMAN_ONES[numeral[tens:]]),), False, numeral, matching_only=True))
    return out


def _other_digits(text: str, taken: list[tuple[int, int]]) -> list[Quantity]:
    """Digits not read as a quantity (scores 2&1, 04:00, SS19, the year in 'since 2014'): matching only,
    so that the same figure on the other side is not reported as dropped."""
    out = []
    for m in _ANY_DIGITS.finditer(text):
        if not any(s <= m.start() and m.end() <= e for s, e in taken):
            values = _digit_values(m.group(0)) or (0.0,)
            out.append(Quantity(values, False, m.group(0), matching_only=True))
            head = m.group(0).split(":")[0]
            if head != m.group(0):
                out.append(Quantity((float(head),), False, head, matching_only=True))
    return out


def _beside_month(text: str, start: int, end: int) -> bool:
    """A month name right before or after the figure (October 3, 3 October)."""
    before = text[max(0, start - 12) : start]
    after = text[end : end + 12]
    return bool(_MONTHS_EN.search(before) and re.search(r"[A-Za-z]+\.?,?\s*$", before)) or bool(
        _MONTHS_EN.match(after.lstrip())
    )


# the other day of a pair or range: "3 and 4 October", "from 3 to 5 October", "October 3 and 4"
_DAY_PAIR_AFTER = re.compile(r"\s*(?:and|to|-|–|&)\s*(\d{1,2})\b")
_DAY_PAIR_BEFORE = re.compile(r"\b(\d{1,2})\s*(?:and|to|-|–|&)\s*$")


def _next_to_month(text: str, start: int, end: int) -> bool:
    """The figure is a day of the month: beside a month name, or paired with a day that is."""
    if _beside_month(text, start, end):
        return True
    if not text[start:end].isdigit() or int(text[start:end]) > 31:
        return False
    after = _DAY_PAIR_AFTER.match(text, end)
    before = _DAY_PAIR_BEFORE.search(text[:start])
    return bool(after and _beside_month(text, after.start(1), after.end(1))) or bool(
        before and _beside_month(text, before.start(1), before.end(1))
    )


@lru_cache(maxsize=1)
def _ar_words() -> dict[str, tuple[float, str]]:
    # forms normalised as the text is (مئة → ميه), so that hamza spellings match
    return {normalize_ar(row[0]): (float(row[1]), row[2]) for row in load("numbers_ar.tsv")}


_AR_TOKEN = re.compile(r"(?<![A-Za-z\d.,:/-])\d+(?:[.,]\d+)*+(?![A-Za-z\d:]|[/-]\d)|[\u0621-\u064a]+")


def _quantities(kind: str) -> dict[str, tuple[float, ...]]:
    """The words of one kind in quantities_ar.tsv, with their values."""
    return {r[0]: tuple(float(v) for v in " ".join(r[2:]).split()) for r in load("quantities_ar.tsv") if r[1] == kind}


_TEENS_AR = {word: int(values[0]) for word, values in _quantities("teen").items()}


def _word(tok: str) -> tuple[str, bool]:
    """A number-word candidate without its clitics, and whether it carried the article."""
    words = _ar_words()
    if tok in words or tok in _TEENS_AR:
        return tok, False
    # no ك: كمية "quantity" would read as ك + مئة once hamza is folded (مئة → ميه)
    for conj in ("", "و", "ف"):
        for prep in ("", "ب", "ل"):
            for art in ("", "ال"):
                prefix = conj + prep + art
                if prep == "ل" and art:
                    prefix = conj + "لل"
                if prefix and tok.startswith(prefix) and len(tok) - len(prefix) >= 2:
                    rest = tok[len(prefix) :]
                    if rest in words or rest in _TEENS_AR or rest in _AR_MONTHS:
                        return rest, bool(art)
    return tok, False


def _digit_values(tok: str) -> tuple[float, ...]:
    """Readings of a digit string: 1,500 → 1500; 360.000 → 360000 (or 360.0); 2.5 → 2.5."""
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", tok):
        return (float(tok.replace(",", "")),)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", tok):
        as_thousands = float(tok.replace(".", ""))
        return (as_thousands,) if tok.count(".") > 1 else (float(tok), as_thousands)
    try:
        return (
            (float(tok.replace(",", ".")),)
            if tok.count(",") == 1 and tok.count(".") == 0 and len(tok.split(",")[1]) != 3
            else (float(tok.replace(",", "")),)
        )
    except ValueError:
        return ()


# tanween ends a word (ٍ ٌ always, ً unless an alef or a final letter carries it): a letter right after
# it starts the next word that lost its space (الثانٍالذي)
_TANWEEN_BREAK = re.compile("[\u064c\u064d](?=[\u0621-\u064a])|\u064b(?=[\u0621-\u064a])(?![\u0627\u0649\u0621\u0629])")


def _split_at_tanween(text: str, index: list[int], toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Tokens split where the original text has a word-final tanween followed by a letter."""
    breaks = {m.end() for m in _TANWEEN_BREAK.finditer(text)}
    if not breaks:
        return toks
    out = []
    for tok, s, e in toks:
        cut = s
        for j in range(s + 1, e):
            if index[j] in breaks:
                out.append((tok[cut - s : j - s], cut, j))
                cut = j
        out.append((tok[cut - s :], cut, e))
    return out


_HUNDRED_WORDS = frozenset(_quantities("hundred"))
# ثلاثة أرباع "three quarters": the plural of a fraction after a unit, with its denominator
_FRACTION_PLURALS = {w: v[0] for w, v in _quantities("fraction").items()}
# الساعة 3: the figure after one is an hour, 3 or 15 (matched, never reported)
_CLOCK_WORDS = frozenset(_quantities("clock"))
_HOUR_WORDS = _quantities("hour")
# ١٤٤٥ هـ، 1445 للهجرة: a Hijri year, like a Gregorian one the time detector's
_HIJRI_MARKS = frozenset(_quantities("hijri"))
# Hijri month names as token tuples (ربيع الاول): a figure beside one is a day or a year of a Hijri date
_HIJRI_MONTHS = frozenset(tuple(normalize_ar(row[0]).split()) for row in load("time_ar.tsv") if row[1] == "hijri")


# لست "for six" spells ليس "I am not" too
_LOOKALIKES = frozenset(_quantities("lookalike"))


def _lookalike(toks: list[tuple[str, int, int]], i: int) -> bool:
    """Token ``i`` is a number word that spells another word too (لست "I am not"), and no plural noun
    follows for it to count (لست سنوات "for six years"): matched, never reported."""
    return toks[i][0] in _LOOKALIKES and not (i + 1 < len(toks) and plural_noun(toks[i + 1][0]))


# 10 الجاري، 10 من الشهر الجاري "the 10th of this month"
_THIS_MONTH = frozenset(_quantities("this_month"))


def _day_of_month(toks: list[tuple[str, int, int]], i: int) -> bool:
    """The figure at token ``i`` is a day of the month: the first of a pair or range whose second day stands
    next to a month (يومي 3 و4 أكتوبر، بين 3 و5 أكتوبر، من 3 إلى 5 أكتوبر), or a day of the current month
    (10 الجاري، 10 من الشهر الجاري)."""
    tok = toks[i][0]
    if not tok.isdigit() or int(tok) > 31:
        return False
    words = [t[0] for t in toks[i + 1 : i + 4]]
    if words[:1] and words[0] in _THIS_MONTH or words[:2] == ["من", "الشهر"]:
        return True
    return (
        len(words) == 3
        and words[0] in ("و", "الي", "حتي", "-")
        and words[1].isdigit()
        and int(words[1]) <= 31
        and (_word(words[2])[0] in _AR_MONTHS or words[2] in _THIS_MONTH)
    )


def _hijri_date(toks: list[tuple[str, int, int]], i: int) -> bool:
    """The figure at token ``i`` is part of a Hijri date: a Hijri month name right before or after it
    (15 رمضان، رمضان 1445), or a Hijri year (1300-1499) marked as one (١٤٤٥هـ، 1445 للهجرة)."""
    tok = toks[i][0]
    nxt = toks[i + 1][0] if i + 1 < len(toks) else ""
    if tok.isdigit() and 1300 <= int(tok) <= 1499 and nxt in _HIJRI_MARKS:
        return True
    words = [t[0] for t in toks]
    return any(
        tuple(words[i + 1 : i + 1 + len(m)]) == m or (i >= len(m) and tuple(words[i - len(m) : i]) == m)
        for m in _HIJRI_MONTHS
    )


# في المئة، بالمئة، بالمائة: 'percent', not a hundred
_PERCENT_WORDS = frozenset(_quantities("percent"))
# currencies and their sub-units (how many make the unit), normalised stems
_CURRENCIES = frozenset(_quantities("currency"))
# a word after a currency that says which it is (إسترلينياً "sterling"), read as a country's adjective is
_CURRENCY_NAMES = frozenset(_quantities("currency_name"))


def _names_the_currency(tok: str) -> bool:
    """The word after a currency says which it is: a gazetteer place's adjective (دولارات كندية، أمريكية) or a
    currency's own name (جنيهاً إسترلينياً "pounds sterling")."""
    return place_adjective(tok) or _stem(tok, _CURRENCY_NAMES) is not None


_SUBUNITS = _quantities("subunit")
# a sub-unit worth another share after one currency (روبية … بيسة: a paisa, a hundredth; after ريال a thousandth)
_SUBUNIT_OF = {(r[0], r[2]): float(r[3]) for r in load("quantities_ar.tsv") if r[1] == "subunit_of"}
# a unit of measure → its family; each family's parts → how many make its unit (متر in كيلومترات و٢٠٠ متر, 1000)
_MEASURES = {word: values[0] for word, values in _quantities("measure").items()}
_MEASURE_PARTS: dict[float, dict[str, tuple[float, ...]]] = {
    family: {word: (values[0],) for word, values in _quantities("measure_part").items() if values[1] == family}
    for family in set(_MEASURES.values())
}


def _stem(tok: str, stems) -> str | None:
    """``tok`` without a clitic و/ب and an accusative or plural ending, when that leaves one of ``stems``."""
    for pre in ("", "و", "ب"):
        if pre and not tok.startswith(pre):
            continue
        body = tok[len(pre) :]
        for suf in ("", "ا", "ات", "اً"):
            if suf and not body.endswith(suf):
                continue
            core = body[: len(body) - len(suf)] if suf else body
            if core in stems:
                return core
    return None


def counts_a_unit(word: str) -> bool:
    """The Arabic word (normalised, as a token) is a unit of measure or a currency a figure counts (متراً، طن،
    دولار): a four-digit figure before it is an amount, no year (2042 متراً)."""
    return bool(_stem(word, _MEASURES) or _stem(word, _CURRENCIES))


def unit_in_the_dual(word: str) -> bool:
    """The Arabic word (normalised, as a token) is the dual of a unit or currency a figure counts (كيلومترين، يوروين
    "two euros"), one the lexicon does not list."""
    return word.endswith(("ين", "ان")) and counts_a_unit(word[:-2])


@dataclass
class _Group:
    values: tuple[float, ...]
    vague: bool
    word: bool
    matching_only: bool
    end: int  # index of the last token read
    scale: float  # the scale word that closed the group (ثلاثة آلاف: 1000), 1 when none
    part: tuple[float, ...] = ()  # a measure's parts as counted (the 60 of ١٤ متراً و٦٠ سنتيمتراً), to match only


def _below_thousand(
    toks: list[tuple[str, int, int]], i: int, waw: bool, *, rest: bool = True
) -> tuple[float, int] | None:
    """A cardinal under 1000 written in words from token ``i``: (value, index of its last token).

    ``waw``: the first token must carry the conjunction و (the tail of a compound); otherwise it may. Reads units, teens
    (ثلاث عشرة), tens, unit-and-tens (خمسة وعشرين), hundreds (ثلاثمائة, ثلاث مئة, مئتين) and
    hundreds-and-rest (مئتين وخمسين; ``rest`` False: the hundreds alone). 'Eight and ten' (ثماني وعشر) is no
    compound: the part after و of a unit must be a ten.
    """
    words = _ar_words()
    if i >= len(toks):
        return None
    tok = toks[i][0]
    if (waw and not tok.startswith("و")) or tok[0].isdigit():
        return None
    bare, article = _word(tok)
    if article or bare not in words or words[bare][1] != "unit" or words[bare][0] >= 1000:
        return None
    value, j = words[bare][0], i
    after = toks[j + 1][0] if j + 1 < len(toks) else ""
    # ثلاث مئة (300), but not واحد بالمئة (one percent): the hundred carries no clitic or article
    if value < 10 and after in _HUNDRED_WORDS:
        value, j = value * 100, j + 1
    elif value < 10 and after and not after.startswith("و") and _word(after)[0] in ("عشر", "عشره"):
        return value + 10, j + 1
    if value < 10 and j + 1 < len(toks) and toks[j + 1][0].startswith("و"):
        nxt, art = _word(toks[j + 1][0])
        if not art and nxt in words and words[nxt][1] == "unit" and words[nxt][0] in _TENS:
            return value + words[nxt][0], j + 1
    if rest and value >= 100 and value % 100 == 0:
        tail = _below_thousand(toks, j + 1, True)
        if tail and tail[0] < 100:
            return value + tail[0], tail[1]
    return value, j


_TENS = frozenset({20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0})


def _ten_after_waw(toks: list[tuple[str, int, int]], k: int, article: bool) -> float:
    """The ten at token ``k`` when it opens with و and carries the article as the unit before it does
    (الثماني والأربعين, ثامن وأربعين): the second part of a compound number; 0 when none stands there
    (الثلاثة وعشرون آخرون "the three and twenty others" is two figures)."""
    if k >= len(toks) or not toks[k][0].startswith("و"):
        return 0.0
    bare, ten_article = _word(toks[k][0])
    value, kind = _ar_words().get(bare, (0.0, ""))
    return value if kind == "unit" and value in _TENS and ten_article == article else 0.0


# a definite word: the article, after و/ف and a preposition (والسنوات، بالمباريات، للدول)
_DEFINITE = re.compile(r"^(?:[وف]?[بك]?ال|[وف]?لل)..")


def _counts_noun_before(prev: str, value: float, kind: str) -> bool:
    """A cardinal from three to ten with the article, right after a definite word that is no number, counts it
    (السنوات الأربع "the four years", الضحايا الثماني "the eight victims"): the ordinals of three to ten
    have forms of their own (الرابعة "the fourth"), and the tens (القرن العشرين "the 20th century") and
    the days (الاثنين "Monday") are left out."""
    return kind == "unit" and 3 <= value <= 10 and bool(_DEFINITE.match(prev)) and _word(prev)[0] not in _ar_words()


# a scale word in -ا opening a figure, written without tanween: the accusative singular (ألفاً، مليوناً)
# or the dual before its noun (ألفا جندي "two thousand soldiers"); both readings are kept
_ONE_OR_TWO = frozenset({"الفا", "مليونا", "مليارا", "تريليونا"})


def _read_group(toks: list[tuple[str, int, int]], i: int, waw: bool = False) -> _Group | None:
    """One number group from token ``i``: a figure or number words, then a scale word (٣ ملايين).

    ``waw``: the group is the tail of a compound and opens with و (a separate token before digits).
    """
    words = _ar_words()
    tok = toks[i][0]
    if waw:
        if tok == "و" and i + 1 < len(toks) and toks[i + 1][0][0].isdigit():
            i += 1
            tok = toks[i][0]
        elif not tok.startswith("و") or tok[0].isdigit():
            return None
    vague = word = matching_only = fraction = False
    if tok[0].isdigit():
        digits = tok.replace(",", "").replace(".", "")
        values = _digit_values(tok) if digits else ()
        j = i
    else:
        bare, article = _word(tok)
        if waw and tok == "وميتا":
            values, word, j = (200.0,), True, i  # ألف ومئتا "1,200": مئتا folds to ميتا "dead", read after و only
        elif bare in _TEENS_AR and i + 1 < len(toks) and _word(toks[i + 1][0])[0] in ("عشر", "عشره"):
            values, word, j = (float(_TEENS_AR[bare] + 10),), True, i + 1
        elif bare in words and words[bare][1] == "unit" and words[bare][0] < 1000 and not article:
            read = _below_thousand(toks, i, waw)
            if read is None:
                return None
            values, word, j = (read[0],), True, read[1]
            # الثانية عشرة (twelfth): the ten of an ordinal; لست "I am not" (for six): a lookalike
            matching_only = bare in ("عشر", "عشره") and i > 0 and _word(toks[i - 1][0])[1] or _lookalike(toks, i)
        elif tok in _PERCENT_WORDS and (tok.startswith("ب") or (i > 0 and toks[i - 1][0] == "في")):
            return None
        elif bare in words:
            value, kind = words[bare]
            values, vague, word, j = (value,), kind == "vague", True, i
            # الثالثة عشرة, الثمانية عشر: an ordinal or an age in the teens, one figure
            after = _word(toks[i + 1][0])[0] if i + 1 < len(toks) else ""
            if value < 10 and after in ("عشر", "عشره") and not toks[i + 1][0].startswith("و"):
                values, j = (value + 10,), i + 1
            elif value < 10 and kind in ("unit", "ordinal") and (ten := _ten_after_waw(toks, i + 1, article)):
                # الثماني والأربعين (48), الخامسة والعشرين (25th): a definite unit or ordinal with its ten
                values, j = (value + ten,), i + 1
            elif article and kind == "unit" and 100 <= value < 1000 and (ten := _ten_after_waw(toks, i + 1, True)):
                values, j = (value + ten,), i + 1  # أعضاؤها الثلاثمئة والأربعون "its 340 members"
            # الأربعة (the four), السادسة (sixth), الثانية عشرة (twelfth): match, never report; but السنوات
            # الأربع "the four years" counts its noun (see _counts_noun_before)
            prev = toks[i - 1][0] if i > 0 else ""
            counted = article and j == i and _counts_noun_before(prev, value, kind)
            matching_only = (
                (article and not counted) or kind == "ordinal" or (bare in ("عشر", "عشره") and _word(prev)[1])
            )
            # النصف "half" is also "50 percent"; matched, never reported unless a scale follows (نصف مليون)
            fraction = kind == "fraction"
            if fraction:
                values, matching_only = (value, value * 100), True
                if after in _HOUR_WORDS:  # ربع ساعة "a quarter of an hour": 15 minutes
                    values += (value * _HOUR_WORDS[after][0],)
        else:
            return None
    if not values:
        return None
    scale = values[0] if word and not vague and words.get(_word(tok)[0], (0, ""))[1] == "scale" else 1.0
    if word and not vague and values[0] >= 1000 and words.get(_word(tok)[0], (0, ""))[1] == "unit":
        scale = values[0] / 2  # a dual scale word (مليارين و300 مليون): a tail below its scale joins it
    # a scale word alone takes a following "ونصف": مليون ونصف = 1.5 million (and مليون ونصف المليون); after a
    # dual the half is of one unit of the scale: مليونين ونصف = 2.5 million
    if word and not vague and values[0] >= 1000 and j + 1 < len(toks) and toks[j + 1][0] == "ونصف":
        values, j = (values[0] + scale / 2,), j + 1
        j = _skip_scale_with_article(toks, j)
    # a following scale word multiplies: ٣٫٥ مليون, ثلاثة آلاف, ١٠٥ ملايين; "ونصف" adds a half of it
    elif j + 1 < len(toks) and not vague:
        nxt, article = _word(toks[j + 1][0])
        if not article and not toks[j + 1][0].startswith("و") and nxt in words and words[nxt][1] in ("scale", "vague"):
            scale = words[nxt][0]
            values = (values[0] * scale,) if fraction else tuple(v * scale for v in values)
            matching_only = matching_only and not fraction
            j += 1
            if j + 1 < len(toks) and toks[j + 1][0] == "ونصف":
                values, j = tuple(v + scale / 2 for v in values), j + 1
                j = _skip_scale_with_article(toks, j)
    return _Group(values, vague, word, matching_only, j, scale)


def _half_after_its_noun(toks: list[tuple[str, int, int]], g: _Group) -> bool:
    """A figure of a scale (ملياري، ثلاثة ملايين) then one counted word (دولار) then ونصف and the same scale word
    again with the article (المليار): half of the scale belongs to the figure, as in مليار ونصف المليار."""
    if not g.word or g.scale < 1000 or g.end + 3 >= len(toks) or toks[g.end + 2][0] != "ونصف":
        return False
    noun = _word(toks[g.end + 1][0])[0]
    scale, article = _word(toks[g.end + 3][0])
    words = _ar_words()
    # with the article only: مليون دولار ونصف مليون يورو is a million dollars and half a million euros
    return article and noun not in words and words.get(scale, (0, ""))[1] == "scale" and words[scale][0] == g.scale


def _skip_scale_with_article(toks: list[tuple[str, int, int]], j: int) -> int:
    """After ونصف, the scale word repeated, with the article or without (مليون ونصف المليون, مليوناً ونصف مليون),
    belongs to the figure: half a million more, not a second million."""
    if j + 1 < len(toks):
        bare, _ = _word(toks[j + 1][0])
        if not toks[j + 1][0].startswith("و") and _ar_words().get(bare, (0, ""))[1] == "scale":
            return j + 1
    return j


def _join(toks: list[tuple[str, int, int]], g: _Group, *, currency_before: bool = False) -> _Group:
    """Compounds across scales and currency sub-units, each tail opening with و:
    ١٠٥ ملايين و٤٠٠ ألف (105.4 million), مليوناً و500 ألف (1.5 million), ملياراً و٢٠٠ مليون,
    ثلاثة آلاف وخمسمائة, ملياري بيزو و300 مليون بيزو (the currency said twice: 2.3 billion); ٧٧ دولاراً و٨٠ سنتاً
    (77.80), and with the currency before the figure (``currency_before``)
    دولار واحد و٢٠ سنتاً (1.20). A range (بين ٣٠ و٤٠, بين مليون ومليون ونصف) is two figures: a tail joins only
    when it is smaller than the scale that closed the group before it; a tail whose rest opens a larger
    figure joins with its hundreds alone (بين ألفين وخمسمئة وأربعة آلاف: 2,500 and 4,000), as long as the range
    still rises (بين مئة ألف ومئة وستين ألف: 100,000 and 160,000)."""
    while not g.vague and not g.matching_only and g.end + 1 < len(toks):
        nxt = g.end + 1
        at_currency = bool(_stem(toks[nxt][0], _CURRENCIES)) and nxt + 1 < len(toks)
        unit = None if at_currency or nxt + 1 >= len(toks) else _stem(toks[nxt][0], _MEASURES)
        if unit is not None:
            # ١٤ متراً و٦٠ سنتيمتراً: 14.60 metres; but ٢٠٠ متر و٤٠٠ متر are two lengths, a metre no part of a metre
            parts = _subunit_tail(toks, nxt + 1, _MEASURE_PARTS[_MEASURES[unit]])
            if parts is not None:
                # 14.6, or 14 where the English keeps both units ('14 metres and 60 centimetres'), its 60 matched apart
                counted = _read_group(toks, nxt + 1, waw=True)
                joined = tuple(v + c for v in g.values for c in parts[0])
                return _Group(joined + g.values, False, False, False, parts[1], 1.0, counted.values if counted else ())
        if at_currency or currency_before:
            # ٣ دولارات كندية و٤٠ سنتاً: the currency's country between it and its sub-units (a gazetteer place's
            # adjective, not an adverb of time: ٥ دولارات يومياً و٣٠ سنتاً is two sums)
            country = at_currency and nxt + 2 < len(toks) and _names_the_currency(toks[nxt + 1][0])
            currency = _stem(toks[nxt][0], _CURRENCIES) if at_currency else None
            cents = _subunit_tail(toks, nxt + 2 if country else nxt + 1 if at_currency else nxt, currency=currency)
            if cents is not None:
                values = tuple(v + c for v in g.values for c in cents[0])
                # a price to the cent is exact however it is written: no dual or 'a' stands for its 'one'
                return _Group(values, False, g.word and at_currency, False, cents[1], 1.0)
            if at_currency:
                # ملياري بيزو و300 مليون بيزو: the same currency closes a smaller scale after و, one sum (2.3 billion)
                tail = _read_group(toks, nxt + 1, waw=True) if g.scale > 1 else None
                if (
                    tail is not None
                    and not tail.vague
                    and not tail.matching_only
                    and tail.values[0] < g.scale
                    and tail.end + 1 < len(toks)
                    and _stem(toks[tail.end + 1][0], _CURRENCIES) == currency
                ):
                    return _Group(
                        tuple(v + tail.values[0] for v in g.values), False, False, False, tail.end, tail.scale
                    )
                return g
        if g.scale <= 1:
            return g
        tail = _read_group(toks, nxt, waw=True)
        if tail is not None and not tail.vague and not tail.matching_only and tail.values[0] >= g.scale:
            tail = _hundreds_tail(toks, nxt, g.scale)
            # the range must rise: بين مئة ألف ومئة وستين ألف is 100,000 to 160,000, not 100,100 to 60,000
            rest = _read_group(toks, tail.end + 1, waw=True) if tail is not None else None
            if tail is not None and (rest is None or rest.values[0] <= g.values[0] + tail.values[0]):
                return g
        if tail is None or tail.vague or tail.matching_only or tail.values[0] >= g.scale:
            return g
        total = tuple(v + tail.values[0] for v in g.values)
        g = _Group(total, False, g.word and tail.word, False, tail.end, tail.scale)
    return g


def _subunit_tail(
    toks: list[tuple[str, int, int]],
    i: int,
    table: dict[str, tuple[float, ...]] | None = None,
    currency: str | None = None,
) -> tuple[tuple[float, ...], int] | None:
    """A currency's sub-units from token ``i`` (و٨٠ سنتاً): their value in the unit (0.8) for each reading of
    the sub-unit word, and the index of that word; None when no sub-unit count stands there. ``table``: the
    sub-unit words and how many make the unit (a currency's by default; a measure's parts). ``currency``: the
    currency named before them, whose own share of a sub-unit (``_SUBUNIT_OF``) replaces the table's."""
    table = _SUBUNITS if table is None else table
    if i >= len(toks):
        return None
    tail = _read_group(toks, i, waw=True)
    if not tail or tail.vague or tail.end + 1 >= len(toks):
        return None
    sub = _stem(toks[tail.end + 1][0], table)
    if not sub:
        return None
    key = (sub, currency or "")
    shares = (_SUBUNIT_OF[key],) if key in _SUBUNIT_OF else table[sub]
    if tail.values[0] >= max(shares):
        return None
    return tuple(tail.values[0] / d for d in shares), tail.end + 1


def _bare_currency_and_subunits(toks: list[tuple[str, int, int]], i: int) -> tuple[tuple[float, ...], int] | None:
    """A currency named alone, its one unsaid (or its dual), then its sub-units: دينار و٢٠ قرشاً "1.20 dinars", ريال
    و٥٠ هللة (1.50), بدينارين و٥٠ قرشاً (2.50), ليرتين و50 قرشاً (2.50): the sum and the index of the sub-unit word;
    None elsewhere (٧٧ دولاراً و٨٠ سنتاً is read with its figure, الدينار و٢٠ قرشاً names no sum)."""
    tok = toks[i][0]
    # بدينارين و٥٠ قرشاً: 2.50; a feminine currency's dual too (ليرتين و50 قرشاً, of ليرة)
    dual = tok.endswith("ين") and bool(
        _stem(tok[:-2], _CURRENCIES) or tok.endswith("تين") and _stem(tok[:-3] + "ه", _CURRENCIES)
    )
    if not (dual or _stem(tok, _CURRENCIES)) or tok.endswith("ات"):
        return None
    if i > 0 and (toks[i - 1][0][0].isdigit() or _word(toks[i - 1][0])[0] in _ar_words()):
        return None  # the currency of a figure before it
    cents = _subunit_tail(toks, i + 1)
    if cents is None or not toks[i + 1][0].startswith("و"):
        return None
    return tuple((2 if dual else 1) + c for c in cents[0]), cents[1]


def _bare_measure_and_parts(toks: list[tuple[str, int, int]], i: int) -> tuple[tuple[float, ...], int] | None:
    """A unit of measure named alone, its one unsaid (or its dual), then its parts after و: متراً و70 سنتيمتراً
    "1.70 metres", مترين و30 سنتيمتراً (2.30), كيلوغراماً و500 غرام (1.5): the sum and the index of the part's word;
    None elsewhere (١٤ متراً و٦٠ سنتيمتراً is read with its figure, المتر و٦٠ سنتيمتراً names no sum)."""
    tok = toks[i][0]
    dual = tok.endswith("ين") and bool(_stem(tok[:-2], _MEASURES))
    unit = _stem(tok[:-2], _MEASURES) if dual else _stem(tok, _MEASURES)
    # a plural (أمتار، كيلومترات) counts several: بضعة أمتار و20 سنتيمتراً names no sum
    plural = unit is not None and (tok.endswith("ات") or normalize_ar(_word(tok)[0]).startswith("ا"))
    if unit is None or plural or i + 1 >= len(toks) or not toks[i + 1][0].startswith("و"):
        return None
    if i > 0 and (toks[i - 1][0][0].isdigit() or _word(toks[i - 1][0])[0] in _ar_words()):
        return None  # the unit of a figure before it
    parts = _subunit_tail(toks, i + 1, _MEASURE_PARTS[_MEASURES[unit]])
    if parts is None:
        return None
    # the whole units alone too, for an English that keeps both units ('a metre and 40 centimetres')
    whole = 2.0 if dual else 1.0
    return (*(whole + c for c in parts[0]), whole), parts[1]


def _hundreds_tail(toks: list[tuple[str, int, int]], i: int, scale: float) -> _Group | None:
    """The hundreds alone of a tail whose whole reading outgrows the group before it (وخمسمئة وأربعة آلاف
    after ألفين), when the rest opens a figure of its own with و; None otherwise."""
    read = _below_thousand(toks, i, True, rest=False)
    if read is None or not 100 <= read[0] < scale or read[1] + 1 >= len(toks):
        return None
    if not toks[read[1] + 1][0].startswith("و"):
        return None
    return _Group((read[0],), False, True, False, read[1], 1.0)


# a figure with one comma and three digits after it, the last not 0: a price a decimal comma may write (1,899)
_DECIMAL_PRICE = re.compile(r"\d{1,3},\d{2}[1-9]")


# the nouns a figure after them names rather than counts: a military unit, an article of a law, a resolution
_LABEL_BEFORE = re.compile(r"^(?:[وبل]|لل)?(?:ال)?(?:لواء|فرقه|فوج|كتيبه|ماده|قرار|رقم)$")


# the words before اثنين that make it the day, Monday: كل اثنين "every Monday", يوم اثنين
_DAY_BEFORE = frozenset(("كل", "وكل", "يوم", "ويوم"))


_FOLDED_TWO_HUNDRED = frozenset(("ميتا", "ميتي", "ميتين", "ميتان"))


def _two_hundred_or_dead(tok: str, hamza: bool) -> str:
    """A token as the number reader takes it: مئتا (folded to ميتا) as the lexicon's مائتا when its hamza is written,
    ميتي/ميتين/ميتان without a hamza as the word ميت "dead"."""
    bare = tok.removeprefix("و")
    if bare not in _FOLDED_TWO_HUNDRED:
        return tok
    if hamza:
        return tok.replace("ميتا", "مايتا")
    return tok if bare == "ميتا" else tok[: len(tok) - len(bare)] + "ميت"


def arabic_quantities(text: str) -> list[Quantity]:
    """Numbers in an Arabic sentence: digits (any script), number words, compounds, scale and vague words."""
    words = _ar_words()
    norm, index = normalize_with_map(text)
    toks = _split_at_tanween(text, index, [(m.group(0), m.start(), m.end()) for m in _AR_TOKEN.finditer(norm)])
    # مئتا/مئتي/مئتين "two hundred" fold to ميتا/ميتي/ميتين, "dead" or a name (ميتي, Mite): the hamza written in
    # the text tells them apart; without it the word is read as ميت, no number
    toks = [(_two_hundred_or_dead(tok, "ئ" in text[index[s] : index[e - 1] + 1]), s, e) for tok, s, e in toks]
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    # a telephone number in digit groups; Arabic text often shows the groups in reverse (111 555 0800)
    for m in _DIGIT_RUN.finditer(norm):
        groups = m.group(0).split()
        if not all(_is_year(g, None, None) for g in groups):
            readings = (float("".join(groups)), float("".join(reversed(groups))))
            out.append(Quantity(readings, False, original_span(text, index, m.start(), m.end())))
            taken.append(m.span())
    i = 0
    while i < len(toks):
        tok, s, _ = toks[i]
        if any(a <= s < b for a, b in taken):
            i += 1
            continue
        if tok[0].isdigit():
            nxt = _word(toks[i + 1][0])[0] if i + 1 < len(toks) else ""
            prev = _word(toks[i - 1][0])[0] if i > 0 else ""
            year = len(tok) == 4 and tok.isdigit() and 1900 <= int(tok) <= 2099
            # 2 ألف "2 thousand" multiplies, but not across a comma: عام 1965، ألفاً وعشرين is a year, then 1,020
            scale_next = nxt in words and words[nxt][1] == "scale" and not norm[toks[i][2] : toks[i + 1][1]].strip()
            # but 2042 متراً "2,042 metres" is an amount of its unit, no year
            unit_next = i + 1 < len(toks) and counts_a_unit(toks[i + 1][0])
            # a figure after a month is its day or year (سبتمبر 2024، رمضان 15), but one other than a year is not
            # with a scale or a unit after it: أواخر سبتمبر/أيلول 61 ألف طن is 61,000 tonnes
            after_month = prev in _AR_MONTHS and (year or not scale_next and not unit_next)
            if nxt in _AR_MONTHS or after_month or year and not scale_next and not unit_next:
                i += 1
                continue
            if _hijri_date(toks, i) or _day_of_month(toks, i):
                i += 1
                continue
            if i > 0 and toks[i - 1][0] in _CLOCK_WORDS and tok.isdigit() and int(tok) <= 24:
                hour = float(tok)
                out.append(
                    Quantity(
                        _clock_readings(hour), False, original_span(text, index, s, toks[i][2]), matching_only=True
                    )
                )
                taken.append((s, toks[i][2]))
                i += 1
                continue
        if (
            _word(tok)[0] == "اثنين"
            and i > 0
            and toks[i - 1][0] in _DAY_BEFORE
            and not (i + 1 < len(toks) and toks[i + 1][0] == "من")
        ):
            # كل اثنين "every Monday", يوم اثنين "on a Monday": the day, no two (nor 2,000 with آلاف after); but كل
            # اثنين من الموظفين is "every two of the staff"
            i += 1
            continue
        measure = _bare_measure_and_parts(toks, i)
        bare = _bare_currency_and_subunits(toks, i) or measure
        if bare is not None:
            # بدينار، بدينارين: the preposition is no part of the sum
            s += 1 if tok[0] in "وب" and (_stem(tok[1:], _CURRENCIES) or _stem(tok[1:-2], _CURRENCIES)) else 0
            span = original_span(text, index, s, toks[bare[1]][2])
            # a measure's sum with its one unsaid matches only: 'a metre and 40 centimetres' gives no figure for it
            out.append(Quantity(bare[0], False, span, matching_only=measure is not None))
            if measure is not None:
                # the parts as counted (the 40 of متراً و40 سنتيمتراً), to match only
                counted = _read_group(toks, i + 1, waw=True)
                if counted is not None:
                    out.append(Quantity(counted.values, False, span, matching_only=True))
            taken.append((s, toks[bare[1]][2]))
            i = bare[1] + 1
            continue
        g = _read_group(toks, i)
        if g is None:
            i += 1
            continue
        g = _join(toks, g, currency_before=i > 0 and bool(_stem(toks[i - 1][0], _CURRENCIES)))
        if g.word and not g.vague and g.values[0] < 10 and g.end + 1 < len(toks):
            denominator = _FRACTION_PLURALS.get(toks[g.end + 1][0])
            if denominator:  # ثلاثة أرباع: three quarters, 0.75 or 75 percent
                g = replace(g, values=(g.values[0], *_fraction_readings(g.values[0], denominator)))
                g.end += 1
        if _DECIMAL_PRICE.fullmatch(tok) and g.end == i and i + 1 < len(toks) and _stem(toks[i + 1][0], _CURRENCIES):
            # 1,899 يورو: a price to the tenth of a cent in a decimal comma ('EUR 1.899') as well as 1,899 euros; a
            # round figure (4,300 دولار) or one before a scale word (2,500 مليون) stays thousands
            g = replace(g, values=g.values + (float(tok.replace(",", ".")),))
        shared = _shared_scale(toks, g)
        if shared > 1:  # بين 40 و45 مليون "between 40 and 45 million": the first is 40 million too
            g = replace(g, values=g.values + tuple(v * shared for v in g.values))
        if _half_after_its_noun(toks, g):
            # ملياري دولار ونصف المليار "2.5 billion dollars": the half comes after the currency, its scale repeated
            g = replace(g, values=tuple(v + g.scale / 2 for v in g.values), end=g.end + 3)
        e = toks[g.end][2]
        # ثلاث ساعات ونصف "three and a half hours", 8 أعوام ونصف "eight and a half years": a half after the
        # counted noun adds to the count, in words or in figures
        # (and after the currency's country: خمسة دولارات أمريكية ونصف الدولار "five and a half US dollars")
        named = int(
            g.end + 3 < len(toks)
            and _stem(toks[g.end + 1][0], _CURRENCIES) is not None
            and _names_the_currency(toks[g.end + 2][0])
        )
        if g.values[0] < 1000 and g.end + 2 + named < len(toks) and toks[g.end + 2 + named][0] == "ونصف":
            g = replace(g, values=g.values + tuple(v + 0.5 for v in g.values))
        head = _word(tok)[0]
        if head in _ONE_OR_TWO and "\u064b" not in text[index[toks[i][1]] : index[toks[i][2] - 1] + 2]:
            # ألفا with no tanween: ألفاً "a thousand" or the dual ألفا لاجئ "two thousand refugees"
            g = replace(g, values=g.values + tuple(v + words[head][0] for v in g.values))
        if g.word and tok.startswith("و") and _word(tok)[0] != tok:
            s += 1  # the conjunction before a compound (ومليون ونصف) is not part of the figure
        # اللواء ١٤١ "the 141st Brigade", المادة ١٤٠ "Article 140": a figure that names, matched but never reported
        if tok[0].isdigit() and i > 0 and _LABEL_BEFORE.match(toks[i - 1][0]):
            g = replace(g, matching_only=True)
        span = original_span(text, index, s, e)
        definite = g.word and not g.matching_only and _word(tok)[1]
        out.append(Quantity(g.values, g.vague, span, word=g.word, matching_only=g.matching_only, definite=definite))
        if g.part:
            out.append(Quantity(g.part, False, span, matching_only=True))
        taken.append((s, e))
        i = g.end + 1
    return out + _glued_words(toks) + _latin_words(text) + _other_digits(norm, taken) + _noun_and_half(toks, taken)


# the words that join the two figures of a range or list besides و: إلى، حتى "to", أو "or"
_RANGE_WORDS = frozenset(("الي", "حتي", "او"))


def _shared_scale(toks: list[tuple[str, int, int]], g: _Group) -> float:
    """The scale word of the next figure when the figure ``g`` has none and stands first in a range or list
    (بين 40 و45 مليون، من 3 إلى 4 آلاف، 20 أو 30 ألفا): one scale word serves both; 1 when there is none.
    The second figure must be larger than the first (a range goes up) and carry a count before its scale."""
    nxt = g.end + 1
    if g.vague or g.matching_only or g.scale > 1 or g.values[0] >= 1000 or nxt >= len(toks):
        return 1.0
    if toks[nxt][0] in _RANGE_WORDS:
        tail = _read_group(toks, nxt + 1) if nxt + 1 < len(toks) else None
    else:
        tail = _read_group(toks, nxt, waw=True)
    if tail is None or tail.vague or tail.matching_only or tail.scale <= 1:
        return 1.0
    count = tail.values[0] / tail.scale
    return tail.scale if g.values[0] < count < 1000 else 1.0


def _noun_and_half(toks: list[tuple[str, int, int]], taken: list[tuple[int, int]]) -> list[Quantity]:
    """A counted noun with no number before it, then ونصف: عام ونصف 'a year and a half' (1.5), a dual
    عامين ونصف 'two and a half years' (2.5); matching only."""
    from workbench.findings._words import analyses

    out = []
    for k in range(1, len(toks)):
        tok, s, _ = toks[k - 1]
        if toks[k][0] != "ونصف" or tok[0].isdigit() or _word(tok)[0] in _ar_words():
            continue
        if any(a <= s < b for a, b in taken):
            continue
        readings = analyses(tok)
        dual = [a for a in readings if "_DU_" in a.suffix_pos]
        # عاما: the accusative singular or the dual construct; both are kept
        values = (2.5,) if dual and len(dual) == len(readings) else (1.5, 2.5) if dual else (1.5,)
        if not dual and unit_in_the_dual(tok):
            values = (2.5,)  # كيلومترين ونصف الكيلومتر: a unit the lexicon does not know, in the dual
        out.append(Quantity(values, False, tok, word=True, matching_only=True))
    return out


# Scraped Arabic sometimes loses its spaces (زارثلاثمرات); a number word inside such a run is kept
# for matching only. Short forms (ست، خمس) are left out: they hide inside too many other words.
_GLUED_MIN = 12


def _glued_words(toks: list[tuple[str, int, int]]) -> list[Quantity]:
    forms = [
        (w, v)
        for w, (v, kind) in _ar_words().items()
        if kind in ("unit", "scale") and len(w) >= 4 and not w.startswith("ال")
    ]
    out = []
    for tok, _, _ in toks:
        if len(tok) >= _GLUED_MIN and not tok[0].isdigit():
            out += [Quantity((v,), False, w, word=True, matching_only=True) for w, v in forms if w in tok]
    return out


def _latin_words(text: str) -> list[Quantity]:
    """Number words in English left inside the Arabic (a book title kept in the original): 'Five Lives'."""
    out = []
    for m in re.finditer(r"[A-Za-z][A-Za-z0-9'’ ,.:-]*", text):
        out += [q for q in english_quantities(m.group(0)) if q.word and not q.matching_only]
    return out


# ordinals from 'second' up: أول / 'first' also say 'early', 'top', 'former', and are left out
_AR_ORDINALS = {normalize_ar(form): float(value) for form, value, kind in load("numbers_ar.tsv") if kind == "ordinal"}
_EN_ORDINALS = {form: float(value) for form, value, lists in load("numbers_en.tsv") if "ordinal" in lists.split()}
# months named with an ordinal (كانون الثاني "January", تشرين الثاني "November", ربيع الثاني, جمادى الثانية)
_AR_ORDINAL_MONTHS = frozenset(("كانون", "تشرين", "ربيع", "جمادي"))


def ar_ordinal_tokens(text: str) -> list[tuple[ArToken, float]]:
    """The ordinal words (second and up) of an Arabic text with their values (الثاني، والثالثة، الرابعة عشرة
    "fourteenth", الحادية والعشرين "twenty-first"), less those of a month's name (كانون الثاني "January")."""
    toks = ar_tokens(text)
    out = []
    for k, t in enumerate(toks):
        value = _AR_ORDINALS.get(t.bare, 0.0)
        if value and k + 1 < len(toks) and toks[k + 1].norm in ("عشر", "عشره"):
            value += 10  # the ten of a teen ordinal (الحادي عشر counts too, from أول's other form)
        elif value and k + 1 < len(toks) and toks[k + 1].norm.startswith("وال"):
            ten = _ar_words().get(toks[k + 1].bare, (0.0, ""))
            value += ten[0] if ten[1] == "unit" and ten[0] in _TENS else 0.0  # الخامسة والعشرين (25th)
        if value >= 2 and not (k and toks[k - 1].norm.removeprefix("و") in _AR_ORDINAL_MONTHS):
            out.append((t, value))
    return out


def ar_ordinals(text: str) -> set[float]:
    """The ordinal numbers (second and up) an Arabic text says (see ``ar_ordinal_tokens``)."""
    return {v for _, v in ar_ordinal_tokens(text)}


def en_ordinals(text: str) -> set[float]:
    """The ordinal numbers (second and up) an English text says in words."""
    return {v for w in re.findall(r"[a-z]+", text.lower()) if (v := _EN_ORDINALS.get(w, 0.0)) >= 2}


def en_ordinal_value(word: str) -> float:
    """The value of an English ordinal word from 'second' up (Seventh → 7), else 0."""
    value = _EN_ORDINALS.get(word.lower(), 0.0)
    return value if value >= 2 else 0.0


_FIGURE = re.compile(r"[\d٠-٩]")
_AR_LETTER = re.compile(r"[\u0621-\u064a]")
# what stands right before an outlet credited by name: a word for its kind (موقع، شبكة، قناة …) or لـ "(told) to"
_AR_CREDIT_BEFORE = re.compile(
    r"(?:(?:^|\s)[وب]?(?:ل|لل)?(?:موقع|شبك[ةه]|قنا[ةه]|صحيف[ةه]|وكال[ةه]|اذاع[ةه]|إذاع[ةه])|لـ|(?:^|\s)ل)\s*[\"«]?\s*$"
)
# … and in English: 'told', 'to', 'according to' before it, or a verb of reporting or a kind after it
_EN_CREDIT_BEFORE = re.compile(r"\b(?:to|told|by|according to)\s+(?:the\s+)?$", re.I)
_EN_CREDIT_AFTER = re.compile(r"^(?:\s*,|\s+(?:said|says|reported|reports|quoted|TV|News|channel|website)\b)")


def arabic_name_spans(
    text: str, outlets: list[tuple[int, int]], quotes: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Where a figure in an Arabic sentence belongs to an outlet's name credited there, not a count: a known outlet
    (``outlets``: كوردستان 24) or a quotation of a word or two and a figure (لموقع "اليوم 24"), right after a word for
    an outlet's kind or لـ; a figure after a place alone (في السويداء 24 شخصاً) is a count."""
    spans = [(a, b) for a, b in outlets if _FIGURE.search(text[a:b]) and _AR_CREDIT_BEFORE.search(text[:a])]
    for a, b in quotes:
        inner = text[a + 1 : b - 1].split()
        short = 2 <= len(inner) <= 3 and _FIGURE.search(inner[-1]) and all(_AR_LETTER.search(w) for w in inner[:-1])
        if short and _AR_CREDIT_BEFORE.search(text[:a]):
            spans.append((a, b))
    return spans


def english_name_spans(text: str, outlets: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where a figure in an English sentence belongs to a known outlet's name credited there ('Speaking to Lebanon 24,',
    'France 24 reported'); 'in Lebanon 24 people died' is a count."""
    return [
        (a, b)
        for a, b in outlets
        if _FIGURE.search(text[a:b]) and (_EN_CREDIT_BEFORE.search(text[:a]) or _EN_CREDIT_AFTER.search(text[b:]))
    ]


def in_names(found: list[Quantity], text: str, spans: list[tuple[int, int]], dateline: int) -> list[Quantity]:
    """The quantities of a sentence less those of its dateline (the report's date: جزيرة فيلكا - ٢٤ - ١١ (كونا) --),
    those inside a name made matching only: a part of a name is no count the other side must give, though it may
    still match one. Quantities come in the order of the text, so the k-th with a text stands at its k-th
    occurrence."""
    out = []
    seen: dict[str, int] = {}
    for q in found:
        k = seen.get(q.text, 0)
        seen[q.text] = k + 1
        at = [m.start() for m in re.finditer(rf"(?<![\d٠-٩]){re.escape(q.text)}(?![\d٠-٩])", text)]
        i = at[k] if k < len(at) else None
        if i is not None and i < dateline:
            continue
        if i is not None and any(a <= i and i + len(q.text) <= b for a, b in spans):
            q = replace(q, matching_only=True)
        out.append(q)
    return out
