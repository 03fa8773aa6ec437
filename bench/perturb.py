"""Known edits to the English side of an aligned sentence pair, one function per finding type.

Each edit takes (arabic, english, rng) and returns the edited English, or None where the edit
does not apply (no number to change, no quote to cut …). Used by bench/findings_quality.py.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from workbench.align import _skeleton
from workbench.text.quotes import find_quotes, inside_quote
from workbench.translate.romanize import romanize

Edit = Callable[[str, str, random.Random], "str | None"]

_MONTHS = "January February March April June July August September October November December".split()
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_NUMBER_WORDS = {"two": "three", "three": "five", "four": "six", "five": "seven", "six": "nine", "seven": "four",
                 "eight": "eleven", "nine": "twelve", "ten": "fifteen", "twelve": "twenty", "twenty": "thirty",
                 "hundreds": "thousands", "dozens": "hundreds", "thousands": "millions"}  # fmt: skip
_LOADED = {"gunmen": "terrorists", "militants": "terrorists", "protesters": "rioters", "demonstrators": "rioters",
           "killed": "slaughtered", "camps": "squalid camps", "government": "regime", "fighters": "militias",
           "attackers": "terrorists", "protests": "riots", "demonstrations": "riots"}  # fmt: skip
_AUX = r"\b(is|was|are|were|will|would|can|could|should|has|have|had|does|did)\b"
_NAME_RUN = r"[A-Z][a-z]+(?:[-'][A-Za-z]+)?(?: (?:al-|bin |de |van )?[A-Z][a-z]+(?:[-'][A-Za-z]+)?)+"
_NOT_NAMES = frozenset("The This That These They There He She It We In On At But And For A An If As".split())


def _outside_quotes(text: str, pattern: str, flags: int = 0) -> list[re.Match[str]]:
    quotes = find_quotes(text)
    return [m for m in re.finditer(pattern, text, flags) if not inside_quote(quotes, m.start())]


def _replace(text: str, m: re.Match[str], new: str, group: int = 0) -> str:
    return text[: m.start(group)] + new + text[m.end(group) :]


def reporting_verb(ar: str, en: str, rng: random.Random) -> str | None:
    """said → claimed / revealed / confirmed (says → claims …).

    Only a swap that makes a difference counts: no "confirmed" where the Arabic already confirms
    (أكد، تأكيد), no "revealed" where it reveals (كشف), no "claimed" where it keeps a distance
    (زعم، ادعى). "is said to" is a hedge, not a speaker's verb, and is left to the certainty edit.
    """
    from workbench.findings._words import ar_tokens, gloss_stems
    from workbench.findings.reporting_verbs import arabic_verbs

    hits = [
        m
        for m in _outside_quotes(en, r"\b(said|says)\b")
        if not re.search(r"\b(?:is|are|was|were|be|been|being)\s+$|[-–—,]\s*$", en[: m.start()])
        or not re.match(r"\s+to\b", en[m.end() :])
    ]
    if not hits:
        return None
    m = hits[0]
    ar_classes = {v.cls for v in arabic_verbs(ar)}
    ar_senses = set().union(*(gloss_stems(t.text) for t in ar_tokens(ar)))
    targets = [
        (past, present)
        for past, present, cls, sense in (
            ("claimed", "claims", "distancing", "claim"),
            ("revealed", "reveals", "revelatory", "reveal"),
            ("confirmed", "confirms", "assertive", "confirm"),
        )
        if cls not in ar_classes and sense not in ar_senses and not (cls == "distancing" and "alleg" in ar_senses)
    ]
    if not targets:
        return None
    past, present = rng.choice(targets)
    return _replace(en, m, past if m.group(1) == "said" else present)


def certainty(ar: str, en: str, rng: random.Random) -> str | None:
    """Drop a hedge (reportedly, may → will) or add one (was → was reportedly).

    Only edits that make the English differ from the Arabic count: a hedge is dropped only where
    the Arabic holds a hedge the detector's lexicon knows (otherwise the English hedge was the
    translator's own and dropping it brings the English closer to the source), and one is added
    only where the Arabic holds no hedge, report or source cue ("reportedly" next to بحسب or
    وفقا ل restates the source's hedge).
    """
    from workbench.findings.base import AlignedPair
    from workbench.findings.certainty import arabic_markers
    from workbench.records import Link, Sentence

    report_families = {"report", "source", "allegation", "belief", "appearance", "suspicion"}

    probe = AlignedPair(Link((0,), (0,), 1.0), (Sentence(0, ar, 0, len(ar)),), (Sentence(0, en, 0, len(en)),), ("",))
    ar_marks = [mk for mk in arabic_markers(probe) if mk.kind not in ("future", "booster")]
    hedges = _outside_quotes(en, r"\b(reportedly |allegedly |apparently |probably |possibly )|\b(may|might|could)\b")
    if hedges:
        if not any(mk.kind in ("hedge", "ambiguous") for mk in ar_marks):
            return None
        m = hedges[0]
        return _replace(en, m, "") if m.group(1) else _replace(en, m, "will")
    if any(mk.kind != "weak" or mk.family in report_families for mk in ar_marks):
        return None
    # "is reportedly that …" does not read; the adverb goes before a participle, adjective or noun phrase
    aux = _outside_quotes(en, r"\b(is|was|are|were|has|have|had) (?!not\b|that\b|to\b|also\b)[a-z]+")
    if not aux:
        return None
    m = aux[0]
    return en[: m.end(1)] + " reportedly" + en[m.end(1) :]


def number(ar: str, en: str, rng: random.Random) -> str | None:
    """Change one quantity (not a year, not a day of the month): 12 → 15, 1,500 → 3,000, five → seven."""
    months = "|".join(_MONTHS + ["May"])
    cands = []
    for m in _outside_quotes(en, r"(?<![\w.,$-])(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w]|,\d|\.\d)"):
        value = int(m.group(1).replace(",", ""))
        near = en[max(0, m.start() - 12) : m.end() + 12]
        if 1900 <= value <= 2099 and "," not in m.group(1) or re.search(months, near) or value == 0:
            continue
        cands.append(("d", m, value))
    for m in _outside_quotes(en, r"\b(" + "|".join(_NUMBER_WORDS) + r")\b", re.I):
        cands.append(("w", m, 0))
    if not cands:
        return None
    kind, m, value = rng.choice(cands)
    if kind == "w":
        word = m.group(1)
        new = _NUMBER_WORDS[word.lower()]
        return _replace(en, m, new.capitalize() if word[0].isupper() else new)
    new_value = value + rng.choice([1, 2, 3, 5]) if value < 100 else value * rng.choice([2, 3]) // 1
    text = f"{new_value:,}" if "," in m.group(1) else str(new_value)
    return _replace(en, m, text, 1)


# a run of capitalised words, hyphen and apostrophe parts included ("Baden-Wuerttemberg-class")
_CAP_WORD = r"[A-Z][A-Za-z]*(?:[-'’][A-Za-z]+)*"
_CAP_RUN = rf"{_CAP_WORD}(?: (?:al-|bin |de |van |von |of )?{_CAP_WORD})*"
_NAME_TITLES = frozenset(
    "Mr Mrs Ms Dr Prof Rev Sir Dame Lord Lady Judge Justice Sen Senator Rep Gov Governor President Minister "
    "Father Coach Captain General Officer Saint St".split()
)


def _names_with_arabic_evidence(ar: str, en: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """Runs of capitalised words one of which sounds like an Arabic word: (start, end, the name's words).

    The run is taken whole, so a drop never leaves half a name behind ("Baden" of "Baden-Wuerttemberg",
    "Andres Manuel" of "Andres Manuel Lopez Obrador"); a sentence's first word, or any word of a
    title-case headline, is no evidence of a name.
    """
    words_en = re.findall(r"[A-Za-z]+", en)
    if sum(w[0].isupper() for w in words_en) > 0.6 * len(words_en):
        return []  # a title-case headline: capitals are no evidence of a name
    ar_skels = {_skeleton(romanize(w)) for w in re.findall(r"[\u0621-\u064a\u064b-\u065f]+", ar)}
    out = []
    for m in re.finditer(_CAP_RUN, en):
        if m.start() == 0 or re.search(r"[.!?:\"“‘]\s*$", en[: m.start()]):
            continue
        # the capitalised parts: "Baden", "Wuerttemberg" of "Baden-Wuerttemberg-class", "Johnson" of "Johnson's"
        words = [w for w in re.findall(r"[A-Z][A-Za-z]+", m.group(0)) if w not in _NAME_TITLES]
        if not words or words[0] in _NOT_NAMES or words[0] in _WEEKDAYS or words[0] in _MONTHS:
            continue
        if any(len(w) >= 4 and len(skel := _skeleton(w)) >= 3 and skel in ar_skels for w in words):
            out.append((m.start(), m.end(), tuple(words)))
    return out


def _drop_span(en: str, start: int, end: int) -> str:
    """The English without en[start:end] (and its possessive 's, and a preposition or 'and' before it)."""
    tail = en[end:]
    tail = re.sub(r"^['’]s?(?=\W|$)", "", tail)
    before = en[:start]
    prep = re.search(r"\b(in|at|from|of|by|to|the|and|with|for)\s+$", before)
    if prep:
        before = before[: prep.start()]
    out = (before.rstrip() + " " + tail.lstrip()).strip()
    out = re.sub(r"\s+([,.;:!?])", r"\1", out)
    return re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", out)


def entity(ar: str, en: str, rng: random.Random) -> str | None:
    """Drop a name the Arabic also names (with its preposition), or swap a well-known place for another.

    Only a real omission counts: the Arabic must give the entity as a name (not only as an adjective,
    الأمريكي "American"); the name goes whole; nothing inside an English quotation is touched (the
    quote edit's); and nothing is dropped that the English still names afterwards — the same name
    again, its adjective ("British" for the UK) or a word standing for it ("Brexit").
    """
    from workbench.findings.entities import _implied, arabic_mentions, english_mentions

    quotes = find_quotes(en)

    def still_named(text: str, key: object) -> bool:
        if any(m.entity == key for m in english_mentions(text)):
            return True
        return any(key_ == getattr(key, "key", None) for word, keys in _implied().items()
                   if re.search(rf"\b{re.escape(word)}", text) for key_ in keys)  # fmt: skip

    ar_entities = {m.entity for m in arabic_mentions(ar) if m.entity is not None and m.is_name}
    gaz = [
        m for m in english_mentions(en)
        if m.is_name and m.entity in ar_entities and not inside_quote(quotes, m.start)
    ]  # fmt: skip
    places = [m for m in gaz if m.entity is not None and m.entity.kind == "place"]
    if places and rng.random() < 0.3:
        m = rng.choice(places)
        swap = rng.choice([p for p in ("Kirkuk", "Basra", "Aleppo", "Beirut", "Cairo", "Paris") if p not in en])
        out = en[: m.start] + swap + en[m.start + len(m.text) :]
        return None if still_named(out, m.entity) else out
    cands: list[tuple[int, int, object]] = [(m.start, m.start + len(m.text), m.entity) for m in gaz]
    covered = [(s, e) for s, e, _ in cands]
    for s, e, words in _names_with_arabic_evidence(ar, en):
        if not inside_quote(quotes, s) and not any(cs < e and s < ce for cs, ce in covered):
            cands.append((s, e, words))
    if not cands:
        return None
    start, end, what = rng.choice(cands)
    out = _drop_span(en, start, end)
    if isinstance(what, tuple):
        if any(re.search(rf"\b{re.escape(w)}\b", out) for w in what):
            return None  # the same name again (Johnson … Father Johnson's son)
    elif still_named(out, what):
        return None
    return out


def time(ar: str, en: str, rng: random.Random) -> str | None:
    """Change a weekday, a month or a year."""
    days = _outside_quotes(en, r"\b(" + "|".join(_WEEKDAYS) + r")\b")
    months = _outside_quotes(en, r"\b(" + "|".join(_MONTHS) + r")\b")
    years = _outside_quotes(en, r"(?<![\d,.$])(19\d\d|20\d\d)(?![\d,\w])")
    choices = [(days, _WEEKDAYS), (months, _MONTHS), (years, None)]
    choices = [c for c in choices if c[0]]
    if not choices:
        return None
    hits, names = rng.choice(choices)
    m = hits[0]
    if names is None:
        return _replace(en, m, str(int(m.group(1)) - rng.choice([1, 2])))
    return _replace(en, m, rng.choice([n for n in names if n != m.group(1)]))


def _hedge_spans(text: str) -> list[tuple[int, int]]:
    """Where the English hedges of hedges_en.tsv (kind 'hedge') occur in text."""
    from workbench.findings.certainty import _en_lexicon

    return [(m.start(), m.end()) for pat, kind, _ in _en_lexicon() if kind == "hedge" for m in pat.finditer(text)]


def _nested(inner: str) -> bool:
    """A quote holds quotation marks of its own (a quote within the quote)."""
    return bool(re.search(r"[\"“”«»‘]|(?:^|\s)['’]\w", inner))


def quote(ar: str, en: str, rng: random.Random) -> str | None:
    """Cut the second half of a quote, or change three of its words (punctuation kept).

    Fair to the other types: no quote holding a quote of its own; nothing cut or swapped that is a
    hedge (that would be a real certainty change too); "never" never takes a name's place.
    """
    if not find_quotes(ar):
        return None
    quotes = [q for q in find_quotes(en) if len(q.inner(en).split()) >= 6 and not _nested(q.inner(en))]
    if not quotes:
        return None
    q = quotes[0]
    text = q.inner(en)
    hedges = _hedge_spans(text)
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    words = [text[s:e] for s, e in spans]
    if rng.random() < 0.5:
        keep = max(2, len(words) // 3)
        if any(e > spans[keep][0] for _, e in hedges):
            return None
        inner = " ".join(words[:keep])
    else:
        idx = sorted(range(len(words)), key=lambda i: -len(words[i].strip(".,;:!?\"'“”‘’")))[:3]
        if any(hs < spans[i][1] and spans[i][0] < he for i in idx for hs, he in hedges):
            return None
        # "never" goes on a lower-case word: in a name's place it would read as a name swap
        lower = [i for i in idx if not words[i].lstrip("\"'“‘(")[:1].isupper()]
        if not lower:
            return None
        idx = [i for i in idx if i != lower[0]] + [lower[0]]
        for i, new in zip(idx, ("catastrophe", "betrayal", "never"), strict=False):
            # keep the word's punctuation and capital ('Woods,' → 'Betrayal,'), so the sentence still reads
            m = re.fullmatch(r"([\"'“‘(]*)(.*?)([.,;:!?\"'”’)]*)", words[i])
            lead, core, trail = m.groups() if m else ("", words[i], "")
            words[i] = lead + (new.capitalize() if core[:1].isupper() else new) + trail
        inner = " ".join(words)
    return en[: q.start + 1] + inner + en[q.end - 1 :]


def negation(ar: str, en: str, rng: random.Random) -> str | None:
    """Remove a 'not' (where the Arabic negates), or put one after the first auxiliary that governs a verb.

    "not" goes only where the result reads as English: after a modal or do/did before a bare verb
    ("will not affect"), after be before a participle or an adjective ("was not protected"), after
    have before a past participle ("have not plagued"); never before "to", a determiner or an
    adverb ("had not to", "there are not choices", "will not then be").
    """
    from workbench.findings.base import AlignedPair
    from workbench.findings.negation import arabic_negations
    from workbench.records import Link, Sentence

    nots = _outside_quotes(en, r"\b(not |never )|\b(can't|won't|[A-Za-z]+n't)\b")
    if nots:
        # dropping the English "not" reverses the source only where the Arabic negates: where it
        # has no negation the lexicon knows ("Don't forget" for تذكر "remember"), the "not" was the
        # translator's wording and dropping it is no reversal of the Arabic
        probe = AlignedPair(
            Link((0,), (0,), 1.0), (Sentence(0, ar, 0, len(ar)),), (Sentence(0, en, 0, len(en)),), ("",)
        )
        if not arabic_negations(probe):
            return None
        m = nots[0]
        if m.group(1):
            return _replace(en, m, "")
        word = m.group(2)
        return _replace(en, m, {"can't": "can", "won't": "will"}.get(word.lower(), word[:-3]))
    skip = (
        r"(?!(?:not|to|the|a|an|this|that|these|those|his|her|its|their|our|my|your|some|any|no|all|one|more|"
        r"also|then|now|still|already|just|only|even|ever|always|often|at|in|on|of|by|for|with|as|so|very|too|"
        # "will not certainly" would be a certainty change, not only a negation
        r"certainly|definitely|absolutely|clearly|surely|"
        r"there|here|been|being|it|he|she|they|we|you|i)\b)"
    )
    patterns = (
        r"\b(will|would|can|could|should|does|did|do)\b " + skip + r"[a-z]+\b",
        r"\b(is|was|are|were)\b " + skip + r"[a-z]+(?:ed|en|ing|ble|ful|ous|ive|al|ic|ant|ent|y)\b",
        r"\b(has|have|had)\b " + skip + r"[a-z]+(?:ed|en|wn|ne|ught|un|ept|ft|lt|nt|ld|ck|ng|ad|id)\b",
    )
    aux = sorted(
        (
            m
            for pattern in patterns
            for m in _outside_quotes(en, pattern)
            # "would be no more" → "would not be no more", "was unable" → "was not unable", "no one can"
            # → "no one can not" are double negatives
            if not re.match(r"(?:\s+\S+){0,2}?\s+(?:no|nothing|none|nobody|never|neither)\b", en[m.end(1) + 1 :])
            and not re.match(r"\s+(?:un|non)[a-z]{3,}", en[m.end(1) :])
            and not re.search(r"\b(?:no one|nobody|nothing|none|neither|never|no)\b[^,;.]*$", en[: m.start()], re.I)
        ),
        key=lambda m: m.start(),
    )
    if not aux:
        return None
    m = aux[0]
    return en[: m.end(1)] + " not" + en[m.end(1) :]


_SPEECH_VERBS = r"(?:said|says|told|tells|added|adds|stated|explained|noted|wrote)"
_TITLE = r"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.? )"
# a person's name: a title and one name, or a run of capitalised words (al-/bin allowed inside)
_PERSON = rf"(?:{_TITLE}[A-Z][a-z]+(?:[-'][A-Za-z]+)?|{_NAME_RUN}|[A-Z][a-z]{{3,}})"
_GENERIC_SPEAKERS = ("an official", "a source", "one official")
# words that end a clause rather than start a title ("…, though Furyk said" keeps "though")
_CLAUSE_WORDS = "and|but|though|although|while|when|as|that|which|who|so|because|then|where|after|before|if|since|also"
# last words of bodies and places, not people ("Avon and Somerset Police said", "North Korea says")
_BODY_WORDS = frozenset(
    "Police Center Centre Council Ministry Committee Agency Office Party Department Company Association Union "
    "Institute University Government Army Forces House Times News Press Service Court Commission Korea".split()
)


def _arabic_names_it(ar: str, name: str) -> bool:
    """Some word of an English name has a romanised counterpart in the Arabic (the Arabic names the person)."""
    from workbench.findings._words import names_match

    ar_words = [romanize(w) for w in re.findall(r"[\u0621-\u064a]{3,}", ar)]
    words = [w for w in re.findall(r"[A-Za-z]+", name) if w not in ("Mr", "Mrs", "Ms", "Dr", "Prof", "al", "bin")]
    return any(len(w) >= 3 and names_match(w, a, strict=True) for w in words for a in ar_words)


def _is_place(name: str) -> bool:
    from workbench.findings.entities import english_mentions

    return any(m.entity is not None and m.entity.kind != "person" for m in english_mentions(name))


def attribution(ar: str, en: str, rng: random.Random) -> str | None:
    """Generalise a named speaker the Arabic also names: 'Nelson Mandela said' → 'An official said'.

    The whole speaker phrase goes, title and appositive included ('LSU basketball coach Will Wade
    said' → 'an official said'; 'said Marvin Cooke, Toyota's managing director.' → 'said an
    official.'), so the result reads as a sentence; organisations ('the National Hurricane Center')
    and names the Arabic does not have are left alone.
    """
    generic = rng.choice(_GENERIC_SPEAKERS)
    # subject before the verb, from the clause start: optional lower-case or capitalised title words,
    # the name, an optional appositive between commas
    subject = (
        rf"(?:^|(?<=[,;:\"“”] )|(?<=[,;:] [\"“]))"
        rf"(?P<title>(?:(?!(?:The|the|A|An|a|an|{_CLAUSE_WORDS})\b)[A-Za-z][\w'’-]* ){{0,4}}?)"
        rf"(?P<name>{_PERSON})(?P<app>, (?:a|an|the)? ?[^,\"“”]{{3,90}},)? (?={_SPEECH_VERBS}\b)"
    )
    after = rf"\b{_SPEECH_VERBS} (?P<name>{_PERSON})(?P<app>, [^,.;\"“”]{{3,90}})?(?=[,.;]|$| on\b| in\b| at\b)"
    according = rf"\baccording to (?P<name>{_PERSON})(?P<app>)(?=[,.;]|$)"
    for pattern in (subject, after, according):
        for m in _outside_quotes(en, pattern):
            name = m.group("name")
            first = name.split()[0]
            if first in _NOT_NAMES or first in _WEEKDAYS or first in _MONTHS or name.split()[-1] in _BODY_WORDS:
                continue
            if _is_place(name) or not _arabic_names_it(ar, name):
                continue
            start = m.start("title") if "title" in m.groupdict() else m.start("name")
            end = m.end("app") if m.group("app") else m.end("name")
            new = generic.capitalize() if start == 0 else generic
            return en[:start] + new + en[end:]
    return None


def wording(ar: str, en: str, rng: random.Random) -> str | None:
    """Replace a neutral term with a loaded one: gunmen → terrorists, protesters → rioters."""
    hits = _outside_quotes(en, r"\b(" + "|".join(_LOADED) + r")\b", re.I)
    if not hits:
        return None
    m = hits[0]
    word = m.group(1)
    new = _LOADED[word.lower()]
    return _replace(en, m, new.capitalize() if word[0].isupper() else new)


EDITS: dict[str, Edit] = {
    "reporting_verb": reporting_verb,
    "certainty": certainty,
    "number": number,
    "entity": entity,
    "time": time,
    "quote": quote,
    "negation": negation,
    "attribution": attribution,
    "wording": wording,
}
