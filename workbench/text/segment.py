"""Sentence segmentation for Arabic and English news text.

Rules: every line break ends a sentence (news text is one paragraph per line);
inside a line a sentence ends at . ! ? ؟ … (plus any closing quotes/brackets)
followed by whitespace and a plausible sentence start. No split inside decimals,
abbreviations (Mr., U.S., Jan., د. for Dr., م. for AD), initials, or inside a
quotation that its attribution follows (“…. …,” he added.) or precedes (He said: "A. B.")
stays one sentence. A quotation of several sentences that stands alone ('"A. B."', a
paragraph of quoted speech) is split like any text: each of its sentences is one, as a
translator renders them.
"""

from __future__ import annotations

import re

from workbench.lexicons import load, word_set
from workbench.records import Sentence
from workbench.text.arabic import normalize_ar
from workbench.text.english import ABBREVIATIONS
from workbench.text.quotes import CLOSERS, Quote, find_quotes, inside_quote

_DATELINE_WORDS = 4  # an Arabic line that opens with at most this many words and ".." opens with a dateline
_AR_ABBREV = word_set("abbreviations_ar.tsv", "abbreviation")
_AR_LETTERS = word_set("abbreviations_ar.tsv", "letter")
_END_CANDIDATE = re.compile(r"(?:\.{3}|[.!?؟…]+)[”»’\"')\]}›]*(?=\s)")
_ENGLISH_STARTERS = word_set("capitalised_words_en.tsv", "sentence_starter")
# Arabic verbs of saying and source words (حسبما "as … said"): a short clause opening with one after a
# quotation closed on a full stop is its attribution ("…." حسبما أفاد الوزير), not a new sentence
_AR_ATTRIBUTION = frozenset(
    normalize_ar(w)
    for w in [row[1] for row in load("reporting_verbs.tsv") if row[0] == "ar"]
    + [w for use in ("speech", "source", "certainty_source") for w in word_set("credit_cues_ar.tsv", use)]
)
_ATTRIBUTION_WORDS = 4  # at most this many words in such a clause
_COMPLEMENTISERS = frozenset(("ان", "انه", "انها", "انهم"))


# No news sentence comes near this (the longest in NTREX and the dev set is under 450 characters);
# a longer one is a page without punctuation, split so that detectors, which compare the words
# of a sentence pair with each other, never see a sentence of unbounded length.
MAX_SENTENCE_CHARS = 1000
_CLAUSE_END = re.compile(r"[,،;؛:]\s|\s[-–—]\s")


def segment(text: str, lang: str) -> tuple[Sentence, ...]:
    """Split ``text`` into sentences with offsets into ``text``.

    A sentence longer than MAX_SENTENCE_CHARS is cut into pieces at clause boundaries (else at
    spaces) so that no sentence is longer than that.
    """
    sentences: list[Sentence] = []
    pos = 0
    for line in text.split("\n"):
        for span in _split_line(line, lang):
            for start, end in _cap_length(line, *span):
                sentences.append(Sentence(len(sentences), line[start:end], pos + start, pos + end))
        pos += len(line) + 1
    return tuple(sentences)


def _cap_length(line: str, start: int, end: int, limit: int = MAX_SENTENCE_CHARS) -> list[tuple[int, int]]:
    """Cut ``line[start:end]`` into stripped pieces of at most ``limit`` characters.

    Each cut is at the last clause boundary (comma, semicolon, colon, dash) in the second half of
    the window, else at its last space, else (one unbroken word) at the limit itself.
    """
    pieces: list[tuple[int, int]] = []
    while end - start > limit:
        window = line[start : start + limit]
        cut = 0
        for m in _CLAUSE_END.finditer(window, limit // 2):
            cut = m.start() + 1
        if not cut:
            space = max(window.rfind(" ", limit // 2), window.rfind("\t", limit // 2))
            cut = space if space > 0 else limit
        piece = line[start : start + cut].rstrip()
        pieces.append((start, start + len(piece)))
        start += cut
        while start < end and line[start].isspace():
            start += 1
    if end > start:
        pieces.append((start, end))
    return pieces


def presegmented(text: str) -> tuple[Sentence, ...]:
    """Every non-empty line is one sentence, taken as is (outer whitespace trimmed)."""
    sentences: list[Sentence] = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = pos + line.index(stripped)
            sentences.append(Sentence(len(sentences), stripped, start, start + len(stripped)))
        pos += len(line) + 1
    return tuple(sentences)


def _split_line(line: str, lang: str) -> list[tuple[int, int]]:
    quotes = find_quotes(line)
    cuts = [0]
    for m in _END_CANDIDATE.finditer(line):
        # inside a quotation the mark ends a sentence only when the quotation stands alone: it opens its
        # sentence and nothing attributes it after it. A quotation framed by its speaker (He said: "A. B.")
        # stays whole, so that the quote detectors read it whole
        if inside_quote(quotes, m.end() - 1) and (
            _attributed_after(line, quotes, m.end() - 1, lang) or _framed(line, quotes, m.end() - 1, cuts[-1])
        ):
            continue
        if _is_boundary(line, m.start(), m.end(), lang):
            cuts.append(m.end())
    cuts.append(len(line))
    spans = []
    for a, b in zip(cuts, cuts[1:]):
        seg = line[a:b]
        stripped = seg.strip()
        if stripped:
            s = a + seg.index(stripped)
            spans.append((s, s + len(stripped)))
    return spans


def _framed(line: str, quotes: list[Quote], pos: int, sentence_start: int) -> bool:
    """Whether words of its sentence stand before the quotation around ``pos`` (its speaker, a verb of saying)."""
    q = next(q for q in quotes if q.start < pos < q.end - 1)
    return bool(line[sentence_start : q.start].strip())


def _attributed_after(line: str, quotes: list[Quote], pos: int, lang: str) -> bool:
    """Whether the quotation around ``pos`` runs on into its sentence: it closes on a comma (“…,” he
    said), or words follow its closing mark in the same clause (“…” he said; «…»، مضيفاً; "…" كما ذكر)."""
    q = next(q for q in quotes if q.start < pos < q.end - 1)
    last = line[q.end - 2]
    if last in ",،":
        return True
    rest = line[q.end :].lstrip()
    if not rest:
        return False
    if rest[0] in ",،;؛":
        return True
    if _is_arabic_char(rest[0]):
        # Arabic has no capitals: after a quotation closed on a full stop a new sentence begins
        return last not in ".!?؟…"
    return rest[0].islower()


def _is_boundary(line: str, punct_start: int, end: int, lang: str) -> bool:
    rest = line[end:].lstrip()
    if not rest:
        return True
    nxt = rest[0]
    mark = line[punct_start:end]
    if lang == "ar" and mark == ".." and len(line[:punct_start].split()) <= _DATELINE_WORDS:
        return False  # a dateline (المعلومة/ بغداد.. or بغداد..) belongs to the sentence it opens
    if lang == "ar" and mark[-1] in CLOSERS and _arabic_attribution(rest):
        return False  # "…." حسبما أفاد الوزير: the quotation's attribution follows it
    if mark[0] == "." and not mark.startswith("..."):
        word = _word_before(line, punct_start)
        if _is_abbreviation(word, rest, lang) or (lang == "ar" and _in_initials(line, punct_start, word, rest)):
            return False
    if lang == "en" or not _is_arabic_char(nxt):
        if nxt.islower():
            return False
        if mark.startswith(("...", "…")) and not (nxt.isupper() or nxt in '“"«'):
            return False
    return True


def _arabic_attribution(rest: str) -> bool:
    """Whether ``rest`` opens with a short clause that credits what precedes it (تساءلت، حسبما أفاد الوزير)."""
    clause = re.split(r"[.!?؟…]", rest, maxsplit=1)[0].split()
    if not clause or len(clause) > _ATTRIBUTION_WORDS:
        return False
    # وقال إن …: a verb of saying with its own complement opens a sentence of its own
    if any(normalize_ar(w).lstrip("وفب") in _COMPLEMENTISERS for w in clause):
        return False
    word = normalize_ar(clause[0])
    if word[:1] in "وف" and len(word) > 3:
        word = word[1:]
    return any(form in _AR_ATTRIBUTION for form in (word, word.removesuffix("ت"), word.removesuffix("وا")))


def _word_before(line: str, pos: int) -> str:
    i = pos
    while i > 0 and not line[i - 1].isspace() and line[i - 1] not in "(\"“«'‘":
        i -= 1
    return line[i:pos]


def _in_initials(line: str, pos: int, word: str, rest: str) -> bool:
    """A Latin letter's name written as an initial (دبليو. إم. سونيل "W.M. Sunil") in a run of them: another one
    with its period right after it or right before it. Alone (الفيتامين دي. "vitamin D.") it may end a sentence."""
    if word not in _AR_LETTERS:
        return False
    after = rest.split(maxsplit=1)[0] if rest else ""
    before = line[: pos - len(word)].split()[-1:] if pos > len(word) else []
    return (after.endswith(".") and after[:-1] in _AR_LETTERS) or (
        bool(before) and before[0].endswith(".") and before[0][:-1] in _AR_LETTERS
    )


def _is_abbreviation(word: str, rest: str, lang: str) -> bool:
    if not word:
        return False
    low = word.lower().rstrip(".")
    if _is_arabic_char(word[-1]):
        # د. (doctor), م. (AD), single-letter abbreviations and initials
        return word in _AR_ABBREV or len(word) == 1
    # "in the U.S. The ...", "enlisting on Sept. He ...", "the letter u. The ..." end a sentence:
    # a title, a month or an initial is followed by a name or a number, never by a sentence starter
    nxt_word = rest.split(maxsplit=1)[0].strip('"“«') if rest else ""
    if lang == "ar" and nxt_word and _is_arabic_char(nxt_word[0]):
        return False  # a Latin letter or abbreviation (لحرف u.) before an Arabic word ends its sentence
    if len(word) == 1 and word.isalpha():
        return nxt_word not in _ENGLISH_STARTERS  # an initial: J. Smith
    if low in ABBREVIATIONS:
        return nxt_word not in _ENGLISH_STARTERS
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):
        nxt_word = rest.split(maxsplit=1)[0] if rest else ""
        return nxt_word not in _ENGLISH_STARTERS
    return False


def _is_arabic_char(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f"
