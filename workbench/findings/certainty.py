"""Certainty: hedges (ربما، قد يؤدي، بحسب / may, reportedly) and boosters dropped, added or changed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from workbench.findings._words import ArToken, ar_span, ar_tokens, has_perfect_reading, match_phrases, quote_zones
from workbench.findings.base import AlignedPair, FindingKind, make_finding
from workbench.findings.reporting_verbs import arabic_verbs, english_verbs
from workbench.lexicons import alternation, load, word_set
from workbench.records import Finding
from workbench.text.arabic import normalize_ar

KINDS = (
    FindingKind(
        type="certainty",
        subtypes=("hedge_removed", "hedge_added", "modality_changed"),
        colour="#BBDD00",
        label="Certainty",
        description="a hedge (reportedly, may; بحسب، ربما) dropped or added, or the modality changed (may → will)",
        lexicons=("hedges_",),
    ),
)

# Families a weak marker can stand in for: "could" answers "ربما", but "reports" answers only بحسب.
_WEAK_ANSWERS = {
    "possibility": {"possibility", "appearance", "belief", "suspicion", "expectation"},
    "expectation": {"possibility", "belief", "expectation"},
    "estimate": {"possibility", "belief", "estimate"},
    "condition": {"possibility", "belief", "appearance"},
    "belief": {"belief", "possibility", "appearance"},
    "report": {"report", "source"},
    "source": {"source", "report"},
    "appearance": {"appearance", "possibility", "belief"},
    "allegation": {"allegation"},
    "suspicion": {"suspicion", "allegation"},
}
_MODAL_FAMILIES = {"possibility"}
_PERFECT_SUFFIX = ("ت", "وا", "تا")
_AR_NOT = word_set("negation_cues_ar.tsv", "certainty_not")
_AR_NEG_BOOST = word_set("negation_cues_ar.tsv", "certainty_neg_boost")


@dataclass(frozen=True)
class Marker:
    """A hedge, booster or future marker found in a sentence."""

    text: str  # exact text in the sentence
    kind: str  # hedge | weak | booster | future
    family: str
    sentence: int  # index of the sentence within the pair's side
    quoted: bool
    start: int


@lru_cache(maxsize=1)
def _ar_lexicon() -> dict[tuple[str, ...], tuple[str, str, str]]:
    return {tuple(normalize_ar(r[0]).split()): (r[1], r[2], r[3] if len(r) > 3 else "") for r in load("hedges_ar.tsv")}


@lru_cache(maxsize=1)
def _en_lexicon() -> list[tuple[re.Pattern[str], str, str]]:
    rows = sorted(load("hedges_en.tsv"), key=lambda r: -len(r[0]))
    return [(re.compile(rf"(?<![\w-]){re.escape(r[0])}(?![\w-])", re.I), r[1], r[2]) for r in rows]


def _qad_hedge(tokens: list[ArToken], i: int) -> str:
    """'hedge' for قد + imperfect verb ('may'); 'ambiguous' when the verb also reads as a perfect
    (قد تسبب 'may cause' or 'has caused'); 'weak' for قد تم; '' for قد + perfect (قد اندلعت 'has
    broken out'), كان قد."""
    if tokens[i].norm not in ("قد", "وقد", "فقد") or i + 1 >= len(tokens):
        return ""
    if any(
        t.bare in ("كان", "كانت", "كانوا", "كانا") or t.norm in ("وكان", "وكانت") for t in tokens[max(0, i - 5) : i]
    ):
        return ""
    nxt = tokens[i + 1].norm
    if nxt == "لا" and i + 2 < len(tokens):
        nxt = tokens[i + 2].norm  # قد لا يشمل "may not cover": the modal over a negated imperfect
    if any(t.bare in ("فعل", "فعلا") or t.norm == "بالفعل" for t in tokens[i + 2 : i + 4]):
        return ""  # قد تعترف بالفعل "has indeed recognised": قد + بالفعل is the perfect's emphasis
    # a "word" of more than 11 letters is run-together text (قد تعهدبهاترامب…), not one verb
    if nxt in ("تم", "تمت"):
        return "weak"  # قد تم "has been", yet also how a translator writes "may have been": it answers, never raises
    if len(nxt) < 3 or len(nxt) > 11 or nxt[0] not in "يت" or nxt.endswith(_PERFECT_SUFFIX):
        return ""
    return "ambiguous" if has_perfect_reading(tokens[i + 1].text) else "hedge"


def arabic_markers(pair: AlignedPair) -> list[Marker]:
    """Hedges, boosters and future markers in the Arabic sentences of a pair."""
    lex = _ar_lexicon()
    out: list[Marker] = []
    for k, s in enumerate(pair.ar):
        toks = ar_tokens(s.text)
        zones = _speech_zones(s.text)
        verbs = {v.start for v in arabic_verbs(s.text)}
        credit = _AR_HEADLINE_SOURCE.match(s.text)
        if credit:  # 'مصادر: الجيش ينتشر …': a headline credited to unnamed sources
            out.append(Marker(credit.group(1), "hedge", "source", k, False, credit.start(1)))
        out += [
            Marker(v.text, "weak", "allegation", k, _in(zones, v.start), v.start)
            for v in arabic_verbs(s.text)
            if v.cls == "distancing"
        ]
        qad_seen = False
        for i, t in enumerate(toks):
            kind = _qad_hedge(toks, i)
            if kind in ("hedge", "ambiguous") and qad_seen and t.norm == "وقد":
                kind = "weak"  # قد يجلب … وقد يستقطب "could bring … and draw": one modal covers both verbs
            qad_seen = qad_seen or kind in ("hedge", "ambiguous")
            if kind:
                out.append(
                    Marker(ar_span(s.text, toks, i, i + 2), kind, "possibility", k, _in(zones, t.start), t.start)
                )
        for t in toks:
            # يُزعمأن، يعتقدأن: run-together text, a one-word hedge glued to أن "that"
            glued = (t.norm[:-2],) if t.norm.endswith("ان") and len(t.norm) > 5 else ()
            if glued in lex and lex[glued][0] == "hedge":
                kind, family, _gloss = lex[glued]
                out.append(Marker(t.text, kind, family, k, _in(zones, t.start), t.start))
        for i, j, value in match_phrases(toks, lex):
            kind, family, _gloss = value
            if family == "source" and j < len(toks) and toks[j].bare in ("ذلك", "لذلك"):
                continue  # وفقا لذلك "accordingly"
            if family == "allegation" and any(t.bare in _AR_NOT for t in toks[max(0, i - 3) : i]):
                continue  # ليس هناك ما يسمى "there is no such thing as"
            if kind == "booster" and any(t.norm in _AR_NEG_BOOST for t in toks[max(0, i - 2) : i]):
                continue  # ليس من المؤكد "it is not certain": a negated booster is no booster
            if toks[i].start in verbs and j - i == 1:
                # يزعم as the reporting verb: the reporting-verb detector's business; أفادت تقارير "reports
                # said", a verb with its impersonal subject, stays a hedge
                kind = "weak"
            if family == "source" and not _names_a_source(toks, j):
                family = "report"  # وفق النتائج الأولية: according to results, not to a person
            elif family == "source" and kind == "hedge" and not _unnamed_source(toks, j):
                kind = "weak"  # بحسب المصدر، وفقا للمرصد: a named source dropped is the attribution detector's
            out.append(Marker(ar_span(s.text, toks, i, j), kind, family, k, _in(zones, toks[i].start), toks[i].start))
    return sorted(out, key=lambda m: (m.sentence, m.start))


def _names_a_source(toks: list[ArToken], j: int) -> bool:
    """بحسب مصدر / وفقا لوزارة / بحسب الحيالي: the words after the cue name someone."""
    from workbench.findings._words import is_name_word
    from workbench.findings.attribution import source_kind

    return any(source_kind(t.bare) or is_name_word(t.text) for t in toks[j : j + 3])


def _unnamed_source(toks: list[ArToken], j: int) -> bool:
    """بحسب مصادر ميدانية، وفقا لمصدر: the source after the cue is indefinite and anonymous."""
    from workbench.findings.attribution import source_kind

    if j >= len(toks):
        return False
    norm = toks[j].norm
    definite = norm.startswith(("ال", "لل")) or norm[1:].startswith("ال")  # المصدر، للمصدر، بالمصدر
    return source_kind(toks[j].bare) == "anonymous" and not definite


def english_markers(pair: AlignedPair) -> list[Marker]:
    """Hedges, boosters and future markers in the English sentences of a pair."""
    out: list[Marker] = []
    for k, s in enumerate(pair.en):
        zones = _speech_zones(s.text)
        verbs = {v.start for v in english_verbs(s.text)}
        out += [
            Marker(v.text, "weak", "allegation", k, _in(zones, v.start), v.start)
            for v in english_verbs(s.text)
            if v.cls == "distancing"
        ]
        taken: list[tuple[int, int]] = []
        credit = _HEADLINE_CREDIT.search(s.text)
        if credit:  # "US could use Navy for blockade - Interior Secretary": a headline's source
            out.append(Marker(credit.group(1), "weak", "source", k, False, credit.start(1)))
        for pattern, kind, family in _en_lexicon():
            for m in pattern.finditer(s.text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                word = m.group(0)
                if word.lower() == "may" and _is_month(s.text, m.start(), m.end()):
                    if (
                        word != "May"
                        or re.match(r"\s*\d", s.text[m.end() :])
                        or _MONTH_BEFORE.search(s.text[: m.start()])
                    ):
                        continue
                    kind = "weak"  # "PM May accuses": the name, or the modal in a headline — it answers قد
                before, after = s.text[: m.start()], s.text[m.end() :]
                if kind == "hedge" and word.lower() in ("may", "might") and _WH_BEFORE.search(before):
                    kind = "weak"  # "how long the struggle may be": an indirect question, not a hedge
                if kind == "hedge" and word.lower() in ("may", "might") and _YOU_MAY.search(before + "|" + after):
                    kind = "weak"  # "you may think I am sad": a concession to the listener, not a hedge on the claim
                if kind == "hedge" and family == "appearance" and _NOT_OR_DO_BEFORE.search(before):
                    kind = "weak"  # "did not appear to sit well", "does seem applicable": litotes or emphasis
                reported = any(v < m.start() for v in verbs) or re.search(r"\bthat\b", before)
                if word.lower() == "would" and not reported:
                    kind, family = "weak", "possibility"  # "some reporters would contest": hypothetical, like قد
                if kind == "booster" and _NOT_BEFORE.search(before):
                    continue  # "not certainly": a negated booster is no booster
                if kind == "booster" and (re.match(r"\s+or\b", after) or re.search(r"\bor\s+$", before)):
                    continue  # "definitely or probably believed": a scale of answers, not the writer's certainty
                if family == "source" and kind == "hedge" and not _hearsay_after(after):
                    kind = "weak"  # 'according to officials', '… to the ministry': a credit, the attribution detector's
                if m.start() in verbs or re.match(r"\s+(?:that)\b", s.text[m.end() :]):
                    kind = "weak"  # "alleged that": a reporting verb, the reporting-verb detector's business
                taken.append((m.start(), m.end()))
                out.append(Marker(word, kind, family, k, _in(zones, m.start()), m.start()))
    return sorted(out, key=lambda m: (m.sentence, m.start))


def _en_words(use: str) -> str:
    """An alternation of one list of certainty_words_en.tsv, its stems (the ``use``_stem list) taking any ending."""
    stems = word_set("certainty_words_en.tsv", f"{use}_stem")
    words = alternation(word_set("certainty_words_en.tsv", use))
    return f"(?:{alternation(stems)})\\w*|{words}" if stems else words


_WH_WORDS = alternation(word_set("function_words_en.tsv", "certainty_wh"))
_WH_BEFORE = re.compile(rf"\b(?:{_WH_WORDS})\s+(?:[\w'’-]+\s+){{0,4}}$", re.I)
_YOU_MAY = re.compile(rf"\byou\s+\|\s+(?:{_en_words('you_may')})\b", re.I)


def _hearsay_after(after: str) -> bool:
    """The words after 'according to' credit no one by name or post: sources, a source, reports, rumours."""
    from workbench.findings.attribution import english_source_kind

    words = re.findall(r"[A-Za-z]+", re.split(r"[,.;:]", after, maxsplit=1)[0])[:4]
    return any(english_source_kind(w) == "anonymous" or w.lower() in _report_words() for w in words)


@lru_cache(maxsize=1)
def _report_words() -> frozenset[str]:
    return frozenset(r[0] for r in load("hedges_en.tsv") if r[2] == "report" and " " not in r[0])


_NOT_BEFORE = re.compile(r"(?:\b(?:not|never)|n't)\s+$", re.I)
_NOT_OR_DO_BEFORE = re.compile(r"(?:\b(?:not|never|do|does|did)|n't)\s+$", re.I)
# a speaker credited by role ("prosecutors said", "police say"): what وفقا لممثلي الادعاء credits
_EN_ROLE_CREDIT = re.compile(
    r"\b(?:[a-z]+(?:ors|ers|ists|ials|ants|ents|ives)|police|officials?|sources?)\s+"
    r"(?:said|say|says|told|added|stated|reported|report)\b"
)
_AR_HEADLINE_SOURCE = re.compile(r"^\s*((?:مصادر|مصدر)(?:\s+\S+){0,2}\s*:)")
_AR_SOURCE_CUES = word_set("credit_cues_ar.tsv", "certainty_source")
# boosters that answer an Arabic one but, added, are the English writer's emphasis rather than certainty
_MILD_BOOSTERS = frozenset(r[0] for r in load("hedges_en.tsv") if r[3:4] == ("mild",))
_MAY_NAME_BEFORE = re.compile(r"\b(?:Theresa|Mrs|PM|Minister|Premier)\.?\s+$")
_HEADLINE_CREDIT = re.compile(r"\s[-–—]\s+((?:[A-Z][\w.'’]*\s*){1,5})$")
_MONTH_BEFORE = re.compile(rf"\b(?:{_en_words('month_before')})\s+$", re.I)


def _is_month(text: str, start: int, end: int) -> bool:
    """'May' the month or the name: before a day or year, after 'in'/'since', or capitalised inside a
    running sentence (Mrs May); in a title-case headline, before a verb in -s/-ed or after a title."""
    after = text[end:]
    if re.match(r"\s*\d", after):
        return True
    if text[start] != "M":
        return False  # "and may be delayed": the month is written with a capital
    if _MONTH_BEFORE.search(text[:start]):
        return True
    if start == 0 or re.search(r"[.!?:;\"“‘'(]\s*$", text[:start]):
        return False  # "May" opening a sentence or a quote is the modal
    if not text[:start].istitle():
        return True
    # a title-case headline capitalises every word: "PM May Accuses Critics" (the name, before a verb
    # in -s/-ed) against "Drought Areas May Benefit" (the modal)
    nxt = re.match(r"\s+([A-Za-z]+)", after)
    return not nxt or nxt.group(1).lower().endswith(("s", "ed")) or bool(_MAY_NAME_BEFORE.search(text[:start]))


def _speech_zones(text: str) -> list[tuple[int, int]]:
    """Quotations of four words or more: a quoted name or title ("Pawn Stars") is no speech to compare."""
    return [(a, b) for a, b in quote_zones(text) if len(re.findall(r"\w+", text[a:b])) >= 4]


def _in(zones: list[tuple[int, int]], pos: int) -> bool:
    return any(a <= pos < b for a, b in zones)


def _answered(hedge: Marker, others: list[Marker], has_reporting_verb: bool, role_credit: bool = False) -> bool:
    """The other side has a hedge that covers this one (any strong hedge, or a weak one of a close family).

    role_credit: the other side credits a speaker by role ("prosecutors said"), which answers a source
    cue whose source the Arabic lexicon does not know as one (وفقا لممثلي الادعاء).
    """
    if any(o.kind in ("hedge", "ambiguous") and _same_ground(hedge.family, o.family) for o in others):
        return True
    cue = normalize_ar(hedge.text).split()[0]
    if role_credit and any(cue.endswith(c) and len(cue) - len(c) <= 2 for c in _AR_SOURCE_CUES):
        return True
    if hedge.family == "source" and (has_reporting_verb or any(o.family == "source" for o in others)):
        return True  # بحسب المصدر ↔ "the source said"
    return any(o.kind == "weak" and hedge.family in _WEAK_ANSWERS.get(o.family, set()) for o in others)


def _unpaired_weak(a: list[Marker], e: list[Marker]) -> tuple[list[Marker], list[Marker]]:
    """Both sides' markers less the conditions that render each other (إذا ↔ 'if'): an 'if' that
    renders the Arabic إذا cannot also stand for a dropped قد."""
    a_out, e_out = list(a), list(e)
    for m in a:
        if m.kind != "weak" or m.family != "condition":
            continue
        twin = next((o for o in e_out if o.kind == "weak" and o.family == m.family), None)
        if twin is not None:
            a_out.remove(m)
            e_out.remove(twin)
    return a_out, e_out


_HEARSAY = frozenset(("report", "source", "allegation"))


def _same_ground(a: str, b: str) -> bool:
    """Two hedges answer each other unless one credits hearsay ('according to', reportedly) and the other
    doubts the fact itself ('possibly', 'it is believed'): 'according to X … possibly' adds a doubt."""
    return (a in _HEARSAY) == (b in _HEARSAY)


def _en_future(pair: AlignedPair, markers: list[Marker]) -> str:
    """'will cause' / 'would push': the firm modal the English uses instead of a hedge."""
    for m in markers:
        if m.kind == "future":
            s = pair.en[m.sentence].text
            nxt = re.match(r"\s+(?:not\s+)?[A-Za-z]+", s[m.start + len(m.text) :])
            return s[m.start : m.start + len(m.text) + (nxt.end() if nxt else 0)]
    return ""


def detect(pair: AlignedPair) -> list[Finding]:
    """Hedge removed, hedge added, or a possibility turned firm (may → will), zone by zone.

    When both sides quote, hedges inside quotations are compared with hedges inside
    quotations and the narrative with the narrative; otherwise the whole pair is one zone.
    """
    if not pair.ar or not pair.en:
        return []
    ar_m = arabic_markers(pair)
    en_m = english_markers(pair)
    role_credit = any(_EN_ROLE_CREDIT.search(s.text) for s in pair.en)
    ar_verbs = any(arabic_verbs(s.text) for s in pair.ar) or bool(re.search(r"(?:^|\s)[وف]?(?:قال|وقال)", pair.ar_text))
    en_verbs = any(english_verbs(s.text) for s in pair.en)
    split = (
        any(m.quoted for m in ar_m)
        and any(_speech_zones(s.text) for s in pair.en)
        or (any(m.quoted for m in en_m) and any(_speech_zones(s.text) for s in pair.ar))
    )
    zones = (True, False) if split else (None,)
    findings: list[Finding] = []
    for zone in zones:
        a = [m for m in ar_m if zone is None or m.quoted == zone]
        e = [m for m in en_m if zone is None or m.quoted == zone]
        findings += _compare(pair, a, e, ar_verbs, en_verbs, role_credit)
    if not findings:
        shift = _tense_shift(pair, ar_m, en_m)
        if shift is not None:
            findings.append(shift)
    return findings


# English auxiliaries and frames that keep an event in the future or merely expected
_EN_NOT_DONE = re.compile(rf"\b(?:{_en_words('not_done')})\b", re.I)
_EN_INCEPTIVE = re.compile(rf"\b(?:{_en_words('inceptive')})\b", re.I)
_EN_PERFECT_AUX = word_set("function_words_en.tsv", "certainty_perfect_aux")
_EN_IRREGULAR_PAST = word_set("irregular_forms_en.tsv", "certainty_past")
_AR_LIGHT_VERBS = word_set("light_verbs_ar.tsv", "certainty")
# the English keeps some event in the future: a past verb elsewhere in it is another event
_EN_ANY_FUTURE = re.compile(rf"\b(?:{_en_words('future')})\b|'ll\b", re.I)
_AR_SAWFA = word_set("certainty_words_ar.tsv", "sawfa")
_AR_INCEPTIVE = word_set("certainty_words_ar.tsv", "inceptive")
_AR_EXPECT = word_set("certainty_words_ar.tsv", "expect")
_EN_EXPECT = re.compile(rf"\b(?:{_en_words('expect')})\b", re.I)
_EN_WILL = re.compile(r"\b(?:will|'ll|shall)\s+(?:not\s+)?\w+", re.I)
_EN_EXPECTED_TO = re.compile(r"\b(?:(?:is|are|was|were)\s+)?(?:expected|likely|set)\s+to\s+\w+", re.I)


def _only_future(word: str) -> bool:
    """Every reading of the word is a future verb (ستنقل), none a past or a noun (سيطر 'dominated', سياحا)."""
    from workbench.findings._words import analyses

    readings = analyses(word)
    return bool(readings) and all("FUT" in a.prefix_pos for a in readings)


def _key5(word: str) -> str:
    """A forgiving stem key (vote/voted → vot, transfer/transferred → trans): no final e, five letters."""
    return word.rstrip("e")[:5]


def _en_done(en_text: str, senses: frozenset[str]) -> str:
    """An English verb in the past or perfect rendering one of ``senses``, with nothing before it
    that keeps it in the future ('had transferred', 'withdrew'); '' when there is none."""
    from workbench.text.english import stem

    keys = {_key5(g) for g in senses if len(g) >= 4}
    words = list(re.finditer(r"[A-Za-z]+", en_text))
    for k, m in enumerate(words):
        low = m.group(0).lower()
        if _key5(stem(low)) not in keys and _key5(low) not in keys:
            continue
        before = [w.group(0).lower() for w in words[max(0, k - 3) : k]]
        past = low.endswith("ed") or low in _EN_IRREGULAR_PAST or (before and before[-1] in _EN_PERFECT_AUX)
        if not past or any(_EN_NOT_DONE.fullmatch(w) for w in before):
            continue
        start = words[k - 1].start() if before and before[-1] in _EN_PERFECT_AUX else m.start()
        return en_text[start : m.end()]
    return ""


def _tense_shift(pair: AlignedPair, ar_m: list[Marker], en_m: list[Marker]) -> Finding | None:
    """Future, just-started or expected events the English tells as done or as certain.

    ستنقل اليوم 'will transfer today' → 'had transferred'; بدء انسحاب 'the start of the withdrawal' →
    'had withdrawn'; يُتوقع أن تعقد 'is expected to hold' → 'will hold'; and the reverse, a firm future
    (ستدخل 'will enter') hedged as 'are expected to enter'.
    """
    from workbench.findings._words import gloss_stems

    en_text = pair.en_text
    for s in pair.ar:
        toks = ar_tokens(s.text)
        for i, t in enumerate(toks):
            future = bool(re.match(r"^[وف]?س[يتن]..", t.norm)) and t.norm not in _NOT_FUTURE and _only_future(t.text)
            # سوف تصل "will arrive": the future particle before an imperfect verb
            future = future or (i > 0 and toks[i - 1].norm in _AR_SAWFA and bool(re.match(r"^[يتن]..", t.norm)))
            inceptive = t.norm in _AR_INCEPTIVE and i + 1 < len(toks)
            # سيتم، سيكون، سوف يتم: the event is the next word
            light = t.norm.lstrip("وف")[1:] in _AR_LIGHT_VERBS or t.norm in _AR_LIGHT_VERBS
            if future and not light and not _EN_ANY_FUTURE.search(en_text):
                done = _en_done(en_text, gloss_stems(t.text))
                if done:
                    return make_finding(
                        pair, "certainty", "modality_changed", ar_span=t.text, en_span=done, severity="major",
                        score=0.7, explanation=f"Arabic '{t.text}' (will, still to happen) is told as done: '{done}'",
                    )
            if future and not light:
                expected = _EN_EXPECTED_TO.search(en_text)
                if expected and not any(m.family in ("expectation", "possibility") for m in ar_m) and any(
                    _key5(g) == _key5(expected.group(0).split()[-1].lower()) for g in gloss_stems(t.text)
                ):
                    return make_finding(
                        pair, "certainty", "hedge_added", ar_span=t.text, en_span=expected.group(0), severity="minor",
                        score=0.6, explanation=f"Arabic '{t.text}' (will) is hedged as '{expected.group(0)}'",
                    )
            if inceptive and not _EN_INCEPTIVE.search(en_text):
                done = _en_done(en_text, gloss_stems(toks[i + 1].text))
                if done:
                    span = ar_span(s.text, toks, i, i + 2)
                    return make_finding(
                        pair, "certainty", "modality_changed", ar_span=span, en_span=done, severity="major", score=0.7,
                        explanation=f"Arabic '{span}' (the start of it) is told as complete: '{done}'",
                    )
        if any(t.norm in _AR_EXPECT for t in toks) and not _EN_EXPECT.search(en_text):
            will = _EN_WILL.search(en_text)
            cue = next(t for t in toks if t.norm in _AR_EXPECT)
            if will:
                return make_finding(
                    pair, "certainty", "modality_changed", ar_span=cue.text, en_span=will.group(0), severity="major",
                    score=0.7, explanation=f"Arabic '{cue.text}' (expected) became the firm '{will.group(0)}'",
                )
    return None


def _compare(
    pair: AlignedPair, a: list[Marker], e: list[Marker], ar_verbs: bool, en_verbs: bool, role_credit: bool
) -> list[Finding]:
    out: list[Finding] = []
    a_hedges = [m for m in a if m.kind in ("hedge", "ambiguous")]
    e_hedges = [m for m in e if m.kind == "hedge"]
    a_free, e_free = _unpaired_weak(a, e)
    unanswered_a = [m for m in a_hedges if not _answered(m, e_free, en_verbs, role_credit)]
    unanswered_e = [m for m in e_hedges if not _answered(m, a_free, ar_verbs)]
    if any(m.kind == "hedge" for m in unanswered_a) or _en_future(pair, e):
        h = next((m for m in unanswered_a if m.kind == "hedge"), unanswered_a[0] if unanswered_a else None)
    else:
        h = None
    if h is not None:
        firm = _en_future(pair, e) if h.family in _MODAL_FAMILIES else ""
        if firm:
            out.append(
                make_finding(
                    pair,
                    "certainty",
                    "modality_changed",
                    ar_span=h.text,
                    en_span=firm,
                    # "would" is conditional: may → would is a smaller step than may → will
                    severity="minor" if firm.lower().startswith("would") else "major",
                    score=0.75,
                    explanation=f"Arabic '{h.text}' ({_GLOSS.get(h.family, 'a hedge')}) became the firm '{firm}'",
                )
            )
        elif h.kind == "hedge":
            out.append(
                make_finding(
                    pair,
                    "certainty",
                    "hedge_removed",
                    ar_span=h.text,
                    en_span="",
                    # "according to the results" or "it seems" dropped is a weaker change than "perhaps"
                    severity="minor" if h.family in ("report", "appearance") else "major",
                    score=0.6 if h.family in ("report", "appearance") else 0.7,
                    explanation=f"Arabic hedge '{h.text}' ({_GLOSS.get(h.family, 'a hedge')}) has no counterpart in "
                    "the English, which states it as fact",
                )
            )
    if unanswered_e:
        h = unanswered_e[0]
        future = [m for m in a if m.kind == "future"] or _ar_future(pair)
        if future and h.family in _MODAL_FAMILIES:
            out.append(
                make_finding(
                    pair,
                    "certainty",
                    "modality_changed",
                    ar_span=future[0].text,
                    en_span=h.text,
                    severity="minor",
                    score=0.6,
                    explanation=f"Arabic '{future[0].text}' (will) became the hedged '{h.text}'",
                )
            )
        else:
            out.append(
                make_finding(
                    pair,
                    "certainty",
                    "hedge_added",
                    ar_span="",
                    en_span=h.text,
                    severity="major" if h.family in ("allegation", "report", "source", "possibility") else "minor",
                    score=0.7,
                    explanation=f"English adds the hedge '{h.text}'; the Arabic states it without one",
                )
            )
    if not out and not any(m.family in _MODAL_FAMILIES for m in e):
        # يمكن أن "could" with nothing of possibility left in the English, which has a firm "will": the
        # possibility became a certainty; a weak marker, so the finding is minor
        can = next((m for m in a if m.kind == "weak" and m.family in _MODAL_FAMILIES and _is_can(m)), None)
        firm = _en_future(pair, e)
        if can is not None and firm and not firm.lower().startswith("would"):
            out.append(
                make_finding(
                    pair, "certainty", "modality_changed", ar_span=can.text, en_span=firm, severity="minor",
                    score=0.55, explanation=f"Arabic '{can.text}' (could) became the firm '{firm}'",
                )  # fmt: skip
            )
    a_boost = [m for m in a if m.kind == "booster"]
    e_boost = [m for m in e if m.kind == "booster"]
    if e_boost and not a_boost and not a_hedges and e_boost[0].text.lower() not in _MILD_BOOSTERS:
        out.append(
            make_finding(
                pair,
                "certainty",
                "modality_changed",
                ar_span="",
                en_span=e_boost[0].text,
                severity="minor",
                score=0.55,
                explanation=f"English adds the booster '{e_boost[0].text}'; the Arabic has no such word",
            )
        )
    elif a_boost and not e_boost and not e_hedges:
        out.append(
            make_finding(
                pair,
                "certainty",
                "modality_changed",
                ar_span=a_boost[0].text,
                en_span="",
                severity="minor",
                score=0.55,
                explanation=f"Arabic booster '{a_boost[0].text}' (certainly) has no counterpart in the English",
            )
        )
    return out


def _is_can(m: Marker) -> bool:
    """The marker is يمكن "can, could" (يُمكن، ويمكن), not another weak word of possibility (محتمل، إمكانية)."""
    return normalize_ar(m.text).lstrip("وف").startswith("يمكن")


def _ar_future(pair: AlignedPair) -> list[Marker]:
    """Arabic future verbs (سيؤدي): the translator renders the سـ prefix as 'will'."""
    for k, s in enumerate(pair.ar):
        for t in ar_tokens(s.text):
            if re.match(r"^[وف]?س[يتن]..", t.norm) and t.norm not in _NOT_FUTURE:
                rendering = pair.renderings[k] if k < len(pair.renderings) else ""
                if re.search(r"\bwill\b", rendering):
                    return [Marker(t.text, "future", "future", k, False, t.start)]
    return []


_NOT_FUTURE = word_set("certainty_words_ar.tsv", "not_future")
_GLOSS = {
    "possibility": "may/perhaps",
    "appearance": "apparently",
    "belief": "it is believed",
    "suspicion": "suspected",
    "report": "reportedly",
    "source": "according to",
    "allegation": "alleged/so-called",
}
