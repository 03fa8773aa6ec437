"""Reporting verbs: the force with which a statement is attributed (said → revealed, confirmed → said)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from workbench.findings._words import ar_tokens, gloss_stems, per_text
from workbench.findings.base import AlignedPair, FindingKind, make_finding
from workbench.lexicons import alternation, load, word_set
from workbench.records import Finding
from workbench.text.arabic import normalize_ar, normalize_with_map, original_span
from workbench.text.english import stem
from workbench.text.quotes import find_quotes, inside_quote

KINDS = (
    FindingKind(
        type="reporting_verb",
        subtypes=("strengthened", "weakened", "distancing"),
        colour="#FF6633",
        label="Reporting verb",
        description="the reporting verb's force changed: said → revealed, confirmed → said, said → claimed",
        lexicons=("reporting_verbs",),
    ),
)

# Strength order; denial stands apart and is compared only with denial; "any" (Arabic verbs
# rendered with verbs of every force, such as أظهر showed/revealed) is never reported.
RANK = {"distancing": 0, "neutral": 1, "assertive": 2, "revelatory": 3}
DESCRIBE = {
    "distancing": "keeps a distance from the claim",
    "neutral": "neutral attribution",
    "assertive": "presents it as confirmed or stressed",
    "revelatory": "presents it as a revelation",
}
# Arabic words that already keep a distance (a verb, its noun or participle): English
# "claimed" next to them is faithful. Matched at the start of a word without proclitics, so
# that تدعم "supports" and يدعو "calls for" do not count.
_AR_DISTANCING_STEMS = tuple(sorted(word_set("credit_cues_ar.tsv", "distancing_stem")))
# English words that keep a distance wherever they stand (claims, alleged, purported …)
_EN_DISTANCING = re.compile(r"\b(?:claim(?:s|ed|ing)?|alleg\w*|purport\w*|so-called)\b", re.I)

# English forms that are reporting verbs only in a reporting frame (never after an article:
# "the claims", "the alleged attacker"; "claimed responsibility" is not distancing).
_DETERMINERS = word_set("function_words_en.tsv", "reporting_determiner")
_NOT_AFTER = {
    "claimed": re.compile(
        r"\s+(?:the\s+)?(?:responsibility|credit|lives|life|victory|title|seats?|ownership|the\s+lives)\b", re.I
    ),
    "claim": re.compile(r"\s+(?:responsibility|credit|victory|the\s+title|ownership)\b", re.I),
    "exposed": re.compile(r"\s+to\b", re.I),
    "announced": re.compile(r"\s+(?:a|an|the|its|his|her|their|plans?)\b", re.I),
}
# -s forms and participles double as nouns or adjectives; count them only before a clause
_CLAUSE_STARTS = alternation(word_set("function_words_en.tsv", "reporting_clause_start"))
_CLAUSE_AFTER = re.compile(rf"""\s*(?:,|:|["“”‘'«]|(?:{_CLAUSE_STARTS})\b|\d)""", re.I)
# a capitalised word after "confirms" starts the clause's subject ("Seoul confirms Pyongyang …")
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
_NEEDS_CLAUSE = word_set("reporting_frames_en.tsv", "needs_clause")
_BE_BEFORE = re.compile(
    rf"\b(?:{alternation(word_set('function_words_en.tsv', 'reporting_be'))})\s+(?:\w+ly\s+)?$", re.I
)
# English verbs that mark a revelation or a confirmation on their own: with no Arabic verb for them
# they are reported (commissive verbs are not on the list: see its header)
_UNPAIRED_FORCE = word_set("reporting_frames_en.tsv", "unpaired_force")
_PRONOUN_BEFORE = re.compile(rf"\b(?:{alternation(word_set('function_words_en.tsv', 'reporting_pronoun'))})\s+$", re.I)


@dataclass(frozen=True)
class Verb:
    """A reporting verb found in a sentence."""

    text: str  # exact text in the sentence
    cls: str
    gloss: str
    start: int


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, tuple[str, str]], list[tuple[re.Pattern[str], str, str]]]:
    ar: dict[str, tuple[str, str]] = {}
    en: list[tuple[re.Pattern[str], str, str]] = []
    for lang, form, cls, *rest in load("reporting_verbs.tsv"):
        if lang == "ar":
            base = normalize_ar(form)
            gloss = rest[0] if rest else ""
            variants = {base}
            # perfect verbs take ت (she) and وا (they); تحدث، تابع، توعد are perfects too, so the
            # test is the gloss (past tense), not the first letter
            if " " not in base and _is_past(gloss):
                variants |= {base + "ت", base + "وا"}
                if base.endswith("ي"):  # ادعى → ادعت, ادعوا
                    variants |= {base[:-1] + "ت", base[:-1] + "وا"}
            for v in variants:
                for prefix in ("", "و", "ف"):
                    ar.setdefault(prefix + v, (cls, gloss))
        else:
            en.append((re.compile(rf"\b{re.escape(form)}\b", re.I), cls, form.lower()))
    return ar, en


_AS_WHAT = word_set("credit_cues_ar.tsv", "as_what")
_IRREGULAR_PAST = word_set("irregular_forms_en.tsv", "reporting_past")


def _is_past(gloss: str) -> bool:
    first = gloss.split()[0] if gloss else ""
    return first.endswith("ed") or first in _IRREGULAR_PAST


@per_text
def arabic_verbs(text: str) -> list[Verb]:
    """Reporting verbs in an Arabic sentence, outside quotations, in order."""
    table, _ = _lexicon()
    quotes = find_quotes(text)
    norm, index = normalize_with_map(text)
    out: list[Verb] = []
    toks = list(re.finditer(r"[\u0621-\u064a]+", norm))
    i = 0
    while i < len(toks):
        m = toks[i]
        two = f"{m.group(0)} {toks[i + 1].group(0)}" if i + 1 < len(toks) else ""
        key, used = (two, 2) if two in table else ((m.group(0), 1) if m.group(0) in table else (None, 1))
        if key is not None:
            start = index[m.start()]
            if not inside_quote(quotes, start):
                cls, gloss = table[key]
                if i > 0 and toks[i - 1].group(0) in _AS_WHAT and cls == "assertive":
                    cls = "neutral"  # حسبما أعلن "as announced by": an attribution, not a stressed claim
                out.append(Verb(original_span(text, index, m.start(), toks[i + used - 1].end()), cls, gloss, start))
        i += used
    return out


@per_text
def english_verbs(text: str) -> list[Verb]:
    """Reporting verbs in an English sentence, outside quotations, in order."""
    _, patterns = _lexicon()
    quotes = find_quotes(text)
    found: dict[int, Verb] = {}
    for pattern, cls, form in patterns:
        for m in pattern.finditer(text):
            if inside_quote(quotes, m.start()) or not _reporting_use(text, m.start(), m.end(), form):
                continue
            if m.start() not in found or len(m.group(0)) > len(found[m.start()].text):
                found[m.start()] = Verb(m.group(0), cls, m.group(0).lower(), m.start())
    return sorted(found.values(), key=lambda v: v.start)


def _reporting_use(text: str, start: int, end: int, form: str) -> bool:
    """False where the word is a noun or adjective ('the claims', 'the alleged attacker'), or opens a quotation."""
    if _opens_quote(text[:start]):
        return False  # 'admitted: "Continued sunshine …': the quote's first word, even where the quote is never closed
    before = text[:start].split()
    if before and before[-1].lower().strip(",") in _DETERMINERS and form not in ("said", "told", "says"):
        return False
    rule = _NOT_AFTER.get(form)
    if rule and rule.match(text, end):
        return False
    if form in ("say", "says") and re.search(r"\bto\s+$", text[:start]) and not _CLAUSE_AFTER.match(text, end):
        return False  # "had more to say at the hearing": not a report
    if form in _NEEDS_CLAUSE:
        after = text[end:]
        at_end = not after.strip(" .\"”’'")
        after_comma = bool(re.search(r"[,”\"’]\s*(?:\w+\s+){0,4}$", text[:start]))
        if not (
            _CLAUSE_AFTER.match(after)
            or (_NAME_AFTER.match(after) and before and (before[-1][:1].isupper() or before[-1].endswith(",")))
            or at_end
            or (after_comma and re.match(r"\s*[.,]", after))
            or _PRONOUN_BEFORE.search(text[:start])
        ):
            return False
    return True


def _opens_quote(before: str) -> bool:
    """The text just before a word ends with an opening quotation mark (a curly one, or a straight one
    that closes nothing: an even number of them before it)."""
    m = re.search(r"([\"“«])\s*$", before)
    if m is None:
        return False
    if m.group(1) == '"' and re.search(r"[,.!?]$", before[: m.start()]):
        return False  # 'a fine game," said a source': punctuation closes a quote opened in an earlier sentence
    return m.group(1) != '"' or before[: m.start()].count('"') % 2 == 0


# 'claimed they …', 'claims that the …': a clause follows, so the verb reports a statement
# ('claimed that title' is no clause: after 'that' a clause opens with its subject)
_CLAUSE_NEXT = re.compile(
    r"\s+(?:(?:that\s+)?(?:he|she|it|they|we|there|I)\b|that\s+(?:(?:the|a|an|his|her|its|their|this|these|those|some"
    r"|no)\b|\d|[A-Z]))"
)


def _reports_clause(pair: AlignedPair, e: Verb) -> bool:
    """The English verb is followed by a that-clause or a subject pronoun: it reports what someone said."""
    for s in pair.en:
        if s.text[e.start : e.start + len(e.text)] == e.text:
            return bool(_CLAUSE_NEXT.match(s.text, e.start + len(e.text)))
    return False


def _ar_distances(pair: AlignedPair) -> bool:
    toks = ar_tokens(pair.ar_text)
    for i, t in enumerate(toks):
        if t.bare.startswith(_AR_DISTANCING_STEMS) or t.norm.startswith(_AR_DISTANCING_STEMS):
            if t.bare.startswith("ادعا") and (
                i + 1 < len(toks) and toks[i + 1].bare == "عام" or re.search(r"\bprosecut", pair.en_text, re.I)
            ):
                continue  # الادعاء العام, قرار الادعاء: the prosecution
            return True
    return False


def _sense_of(a: Verb, e: Verb) -> bool:
    """The English verb is one of the senses the lexicon lists for the Arabic verb (صرح → announced)."""
    return stem(e.text.split()[0].lower()) in gloss_stems(a.text)


def _en_has_sense(pair: AlignedPair, a: Verb) -> bool:
    """Some English word of the pair is a sense of the Arabic verb (other than 'say')."""
    senses = gloss_stems(a.text) - {"say"}
    return any(stem(w.lower()) in senses for w in re.findall(r"[A-Za-z]+", pair.en_text))


def _passive(pair: AlignedPair, e: Verb) -> bool:
    """'is confirmed to the court', 'has been underlined by': not a speaker's report."""
    for s in pair.en:
        if s.text[e.start : e.start + len(e.text)] == e.text:
            return bool(_BE_BEFORE.search(s.text[: e.start]))
    return False


def _ar_has_sense(pair: AlignedPair, e: Verb) -> bool:
    """Some Arabic word of the pair has the English verb among its senses (تأكيد → confirmed)."""
    key = stem(e.text.split()[0].lower())
    return any(key in gloss_stems(t.text) for t in ar_tokens(pair.ar_text))


def pair_verbs(ar_v: list[Verb], en_v: list[Verb]) -> list[tuple[Verb | None, Verb]]:
    """Pair each English verb with the Arabic verb it renders: a dictionary sense first (اعترف ↔
    admitted), then the same force, then in order.

    Verbs paired by sense or force are never reported; an Arabic verb of class "any" absorbs
    the next English verb. What remains pairs in order; an English verb left over pairs with None.
    """
    ar_left = list(ar_v)
    pairs: list[tuple[Verb | None, Verb]] = []
    en_left: list[Verb] = []
    for e in en_v:
        sense = next((a for a in ar_left if _sense_of(a, e)), None)
        if sense is not None:
            ar_left.remove(sense)
            pairs.append((sense, e))
        else:
            en_left.append(e)
    rest, en_left = en_left, []
    for e in rest:
        same = next((a for a in ar_left if a.cls == e.cls), None)
        if same is not None:
            ar_left.remove(same)
            pairs.append((same, e))
        else:
            en_left.append(e)
    for e in en_left:
        a = ar_left.pop(0) if ar_left else None
        pairs.append((a, e))
    return pairs


def detect(pair: AlignedPair) -> list[Finding]:
    """Compare the force of the reporting verbs on both sides, verb by verb."""
    if not pair.ar or not pair.en:
        return []
    ar_v = [v for s in pair.ar for v in arabic_verbs(s.text)]
    en_v = [v for s in pair.en for v in english_verbs(s.text)]
    if not en_v:
        return []
    # أظهر "showed" rendered by a word outside the verb list ("the poll shows"): it renders no verb here
    en_words = {stem(w.lower()) for w in re.findall(r"[A-Za-z]+", pair.en_text)} - {
        stem(e.text.split()[0].lower()) for e in en_v
    }
    ar_v = [a for a in ar_v if a.cls != "any" or not (gloss_stems(a.text) & en_words)]
    findings: list[Finding] = []
    for a, e in pair_verbs(ar_v, en_v):
        if a is None:
            # an English verb with no Arabic verb left: distancing is clear on its own, and so is a
            # revelation or a confirmation that no Arabic word expresses
            if e.text.lower() in _UNPAIRED_FORCE and not _passive(pair, e) and not any(v.cls == "any" for v in ar_v):
                if _ar_has_sense(pair, e) or _ar_asserts(pair, e):
                    continue
                findings.append(
                    make_finding(
                        pair,
                        "reporting_verb",
                        "strengthened",
                        ar_span="",
                        en_span=e.text,
                        severity="major" if e.cls == "revelatory" else "minor",
                        score=0.6,
                        explanation=f"English '{e.text}' ({DESCRIBE[e.cls]}); the Arabic has no such verb",
                    )
                )
                continue
            if e.cls != "distancing" or _ar_distances(pair):
                continue
            if not ar_v and not _ar_attributes(pair) and not _reports_clause(pair, e):
                continue
            findings.append(
                make_finding(
                    pair,
                    "reporting_verb",
                    "distancing",
                    ar_span="",
                    en_span=e.text,
                    severity="major",
                    score=0.6,
                    explanation=f"English '{e.text}' keeps a distance from the statement; the Arabic uses no such word",
                )
            )
            continue
        if a.cls == e.cls or "denial" in (a.cls, e.cls) or a.cls == "any" or _sense_of(a, e):
            continue
        if RANK[a.cls] > RANK[e.cls] and _en_has_sense(pair, a):
            continue  # أعلن → "Announcing the change …, he wrote": the force is kept in another word
        if a.cls == "distancing" and _EN_DISTANCING.search(pair.en_text):
            continue  # زعم → "alleged" or "claims" elsewhere in the sentence: the distance is kept
        if e.cls == "distancing":
            if _ar_distances(pair):
                continue
            subtype = "distancing"
        elif a.cls == "distancing":
            subtype = "strengthened"  # زعم "claimed" → said: the distance is gone
        elif RANK[e.cls] > RANK[a.cls]:
            subtype = "strengthened"
        else:
            subtype = "weakened"
        gap = abs(RANK[e.cls] - RANK[a.cls])
        major = (
            subtype == "distancing" or a.cls == "distancing" or (subtype == "strengthened" and e.cls == "revelatory")
        )
        major = major or (subtype == "weakened" and a.cls == "revelatory")
        score = (0.85 if len(ar_v) == 1 and len(en_v) == 1 else 0.7) - (0.1 if gap == 1 and not major else 0.0)
        findings.append(
            make_finding(
                pair,
                "reporting_verb",
                subtype,
                ar_span=a.text,
                en_span=e.text,
                severity="major" if major else "minor",
                score=score,
                explanation=f"Arabic '{a.text}' ({a.gloss}: {DESCRIBE[a.cls]}) became '{e.text}' ({DESCRIBE[e.cls]})",
            )
        )
    return findings


_AR_ATTRIBUTION = re.compile(rf"(?:^|\s)[وف]?(?:{alternation(word_set('credit_cues_ar.tsv', 'source'))})(?:\s|$)")


def _ar_attributes(pair: AlignedPair) -> bool:
    """The Arabic credits the statement to someone (a reporting verb or بحسب/وفقا ل)."""
    return bool(_AR_ATTRIBUTION.search(normalize_ar(pair.ar_text)))


def _ar_asserts(pair: AlignedPair, e: Verb) -> bool:
    """The Arabic carries the same force in another word (تأكيد، مؤكدا، الكشف عن) for an unpaired English verb."""
    norm = normalize_ar(pair.ar_text)
    if e.cls == "assertive":
        return bool(re.search(r"(?:^|\s)[وفب]?(?:ال)?(?:تاكيد|مؤكد|اكد|يؤكد|تؤكد|اعلان|تحذير|شدد)", norm))
    return bool(re.search(r"(?:^|\s)[وفب]?(?:ال)?(?:كشف|الكشف)", norm))
