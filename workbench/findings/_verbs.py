"""Reporting verbs of one sentence (said, revealed, أكد، زعم …) with their force: what the reporting-verb,
attribution, certainty, entity and quote detectors all read (the pair view holds them per sentence)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from workbench.findings._words import per_text
from workbench.lexicons import alternation, load, word_set
from workbench.text.arabic import normalize_ar, normalize_with_map, original_span
from workbench.text.english import stem
from workbench.text.quotes import find_quotes, inside_quote

# English forms that are reporting verbs only in a reporting frame (never after an article:
# "the claims", "the alleged attacker"; "claimed responsibility" is not distancing).
_DETERMINERS = word_set("function_words_en.tsv", "reporting_determiner")
# verbs whose object is often a plural of a reporting verb: 'denied claims', 'dismissed reports'
_TAKES_A_NOUN = word_set("function_words_en.tsv", "reporting_object_verb")
# adjectives before a plural noun ('similar claims', 'previous reports'), and what opens a statement after one
_ADJECTIVES = word_set("function_words_en.tsv", "reporting_adjective")
_STATEMENT_AFTER = re.compile(r"""\s*(?:that\b|:|["“‘«])""", re.I)
_ADMITTED_IN = re.compile(
    r"\s+(?:(?:more\s+than|about|around|some|nearly|almost|over|at\s+least)\s+)?[\d,.]+\s|\s+(?:to|into)\s+(?:the\s+)?hospital\b",
    re.I,
)
_NOT_AFTER = {
    "claimed": re.compile(
        r"\s+(?:the\s+)?(?:responsibility|credit|lives|life|victory|title|seats?|ownership|the\s+lives)\b", re.I
    ),
    "claim": re.compile(r"\s+(?:responsibility|credit|victory|the\s+title|ownership)\b", re.I),
    "exposed": re.compile(r"\s+to\b", re.I),
    "announced": re.compile(r"\s+(?:a|an|the|its|his|her|their|plans?)\b", re.I),
    # 'admitted more than 1,200 people', 'admitted to hospital': patients taken in, no statement conceded
    "admitted": _ADMITTED_IN,
    "admits": _ADMITTED_IN,
    "admitting": _ADMITTED_IN,
}
# 'were claimed by Daesh' (responsibility claimed), unless a that-clause follows ('it was claimed by X that')
_CLAIMED_BY = re.compile(r"\s+by\b(?![^,;.]*\bthat\b)", re.I)
# the forms of be (and get) before a passive participle, as the reporting-verb detector reads them
_BE_FORMS = word_set("function_words_en.tsv", "reporting_be")
# -s forms and participles double as nouns or adjectives; count them only before a clause
_CLAUSE_STARTS = alternation(word_set("function_words_en.tsv", "reporting_clause_start"))
_CLAUSE_AFTER = re.compile(rf"""\s*(?:,|:|["“”‘'«]|(?:{_CLAUSE_STARTS})\b|\d)""", re.I)
# a capitalised word after "confirms" starts the clause's subject ("Seoul confirms Pyongyang …")
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
_NEEDS_CLAUSE = word_set("reporting_frames_en.tsv", "needs_clause")
_ADDRESSED = word_set("reporting_frames_en.tsv", "addressed")
# what says a passive verb of telling reports a statement: 'that' within six words ('were told by civil defence
# sources that …'), or right after it the one who told ('by'), a colon or a quotation mark
_TOLD_A_STATEMENT = re.compile(r"""\s+(?:[\w'’-]+\s+){0,6}?that\b|\s+by\b|\s*[:"“‘]""", re.I)
# what is said, then a comma, a closing quotation mark or a colon, then up to six words of its subject
_SUBJECT_AFTER_STATEMENT = re.compile(r"[,”\"’:]\s*(?:[\w'’-]+\s+){0,6}$")
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
_NOUN_BEFORE = word_set("credit_cues_ar.tsv", "noun_before")
_IRREGULAR_PAST = word_set("irregular_forms_en.tsv", "reporting_past")
_WORTH_MENTIONING = word_set("credit_cues_ar.tsv", "worth_mentioning")
_NEGATORS = frozenset(("لا", "ولا", "لم", "ولم", "بلا", "دون", "بدون", "ليس", "وليس"))
_NOT_NEGATED = frozenset(("يزال", "تزال", "سيما", "بد"))  # لا يزال "still", لا سيما "especially", لا بد "must"


def _after_negated_noun(before: list[str]) -> bool:
    """Whether the (normalised) words before a verb end in a noun that a negation or 'without' within three
    words before governs (بلا مدخرات، لم يحقق نتائج): not the negation right before the verb (لم يذكر "did not
    mention")."""
    if not before or before[-1] in _NEGATORS or before[-1] in _NOT_NEGATED:
        return False
    return any(
        w in _NEGATORS and (k + 1 >= len(before) or before[k + 1] not in _NOT_NEGATED)
        for k, w in enumerate(before[:-1])
    )


def _is_past(gloss: str) -> bool:
    first = gloss.split()[0] if gloss else ""
    return first.endswith("ed") or first in _IRREGULAR_PAST


def _passive_of_a_thing(text: str, index: list[int], m: re.Match[str], after: list[str]) -> bool:
    """The verb is written as a passive perfect (a damma on its first letter, or on the letter after its و/ف, which
    is no imperfect's prefix: كُشفت) and none of the three words after it (``after``, normalised) is عن, أن/إن or
    بأن: what was done to its subject (كُشفت سجلاتهم "their records were exposed"), not a report (كُشف عن "it was
    revealed", أُعلن أن "it was announced that", كُشف لاحقاً أن)."""
    word = text[index[m.start()] : index[m.end() - 1] + 1]
    letters = re.sub("^[وف](?=[\u0621-\u064a]\u064f)", "", word)
    if len(letters) < 2 or letters[1] != "\u064f" or letters[0] in "يتنأ":
        return False  # a damma on an imperfect's prefix (تُعلن "she announces") marks no passive
    # عن, أن or بأن within three words (كُشف لاحقاً أن, كُشف النقاب عن): a report, whatever stands between
    return not any(w in ("عن", "ان", "بان") for w in after)


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
        if key is not None and i > 0 and toks[i - 1].group(0) in _NOUN_BEFORE:
            key = None  # فضّل عدم ذكر اسمه: a verbal noun after عدم/دون, no verb of saying
        if key in _WORTH_MENTIONING and _after_negated_noun([t.group(0) for t in toks[max(0, i - 4) : i]]):
            key = None  # بلا مدخرات تذكر "with no savings worth mentioning": the idiom, no verb of saying
        if key is not None and _passive_of_a_thing(text, index, m, [t.group(0) for t in toks[i + used : i + used + 3]]):
            key = None  # كُشفت سجلاتهم "their records were exposed": a passive with its subject, no one's report
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
    if form.endswith("s") and form != "says" and before and before[-1].lower() in _TAKES_A_NOUN:
        return False  # 'denied claims that …', 'rejected reports': the plural noun the verb takes
    if (
        form.endswith("s")
        and form != "says"
        and before
        and before[-1].lower() in _ADJECTIVES
        and not _STATEMENT_AFTER.match(text, end)
    ):
        return False  # 'filed similar claims': a noun, where no statement follows it
    rule = _NOT_AFTER.get(form)
    if rule and rule.match(text, end):
        return False
    if form == "said" and text[start:end] == "Said" and before and not before[-1].endswith((".", ":", '"', "“", "‘")):
        return False  # 'Dr Said Ouazzani': the given name, written with its capital inside the sentence
    if form == "claimed" and _CLAIMED_BY.match(text, end) and before and before[-1].lower() in _BE_FORMS:
        return False  # 'attacks that were claimed by the group': responsibility taken, no statement reported
    if form in _ADDRESSED and _passive(before) and not _TOLD_A_STATEMENT.match(text, end):
        return False  # 'the shops had been warned', 'residents were told to leave': the one told, no statement
    if form in ("say", "says") and re.search(r"\bto\s+$", text[:start]) and not _CLAUSE_AFTER.match(text, end):
        return False  # "had more to say at the hearing": not a report
    if form in _NEEDS_CLAUSE:
        if text[start].isupper() and before and before[-1][:1].isupper():
            return False  # 'the United States', 'the Gulf States': a word of a name
        after = text[end:]
        # at the sentence's end, a verb only after what is said and its subject ('…, the report states.'), not
        # the last noun of a phrase ('traders from the Gulf states.')
        at_end = not after.strip(" .\"”’'") and bool(_SUBJECT_AFTER_STATEMENT.search(text[:start]))
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


def _passive(before: list[str]) -> bool:
    """The words before a participle end with a form of 'be' (or 'get'), perhaps with one adverb between ('had been
    repeatedly warned')."""
    words = [w.lower() for w in before[-2:]]
    return bool(words) and (
        words[-1] in _BE_FORMS or (len(words) == 2 and words[-1].endswith("ly") and words[0] in _BE_FORMS)
    )


def _opens_quote(before: str) -> bool:
    """The text just before a word ends with an opening quotation mark (a curly one, or a straight one
    that closes nothing: an even number of them before it)."""
    m = re.search(r"([\"“«])\s*$", before)
    if m is None:
        return False
    if m.group(1) == '"' and re.search(r"[,.!?]$", before[: m.start()]):
        return False  # 'a fine game," said a source': punctuation closes a quote opened in an earlier sentence
    return m.group(1) != '"' or before[: m.start()].count('"') % 2 == 0


# how many words a speaker's phrase may hold between the verb and the statement (أكد الأمين العام لغرفة المخابز
# بولاية البحر الأحمر صلاح الدين محمد حسن أن: eleven), its title and the place of his post with it
_SPEAKER_WORDS = 12
# what opens the statement after the speaker: أن/إن "that" (a colon or a quotation mark too)
_STATEMENT_OPENS = frozenset(normalize_ar(w) for w in ("أن", "إن", "بأن", "وأن", "لأن"))
_AR_WORD = re.compile(r"[\u0621-\u064a\u064b-\u065f\u0670]+")
_OPENS_QUOTE = re.compile('[:«»"“”]')


def speaker_phrase(text: str, start: int) -> tuple[int, int] | None:
    """Where the phrase lies (from its verb's start to the statement) when the words at ``start`` stand
    between an Arabic reporting verb and the statement it opens (وقال مدير ناحية باتيفا، سردار عبد الله محمد،
    إن …): the speaker, his title or the place of his post; None for words after a verb with no statement
    after them (أشار إلى ترشح كافانو "referred to Kavanaugh's nomination")."""
    for v in arabic_verbs(text):
        end = v.start + len(v.text)
        if end > start or _OPENS_QUOTE.search(text[end:start]):
            continue
        words = [normalize_ar(w) for w in _AR_WORD.findall(text[end:start])]
        if len(words) > _SPEAKER_WORDS or _STATEMENT_OPENS & set(words):
            continue
        after = _OPENS_QUOTE.split(text[start:], maxsplit=1)
        rest = list(_AR_WORD.finditer(after[0]))
        opens = next((i for i, w in enumerate(rest) if normalize_ar(w.group(0)) in _STATEMENT_OPENS), None)
        said = len(rest) if opens is None else opens
        if (opens is not None or len(after) > 1) and len(words) + said <= _SPEAKER_WORDS:
            return v.start, start + (len(after[0]) if opens is None else rest[opens].start())
    return None


# verbs of estimating (يقدّر "estimates", also "can", "appreciates"): credit_cues_ar.tsv, 'estimate'
_ESTIMATE = frozenset(normalize_ar(w) for w in word_set("credit_cues_ar.tsv", "estimate"))


def estimate_verb(word: str) -> bool:
    """يقدّر، وتقدّر: a verb of estimating, و/ف before it; ``word`` as written or normalised."""
    return normalize_ar(word).removeprefix("و").removeprefix("ف") in _ESTIMATE


_TALLY = frozenset(normalize_ar(w) for w in word_set("credit_cues_ar.tsv", "tally"))


def tally_verb(word: str) -> bool:
    """وثّق، وأحصت: a verb of keeping a tally, و/ف before it; ``word`` as written or normalised."""
    return normalize_ar(word).removeprefix("و").removeprefix("ف") in _TALLY


# the stems of the English verbs of saying (reporting_verbs.tsv), first words: confirm, stress, announc …; read by the
# reporting-verb detector and by the attribution detector (a headline credited in the English's own words)
EN_REPORTING_STEMS = frozenset(stem(row[1].split()[0].lower()) for row in load("reporting_verbs.tsv") if row[0] == "en")
