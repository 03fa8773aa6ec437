"""Certainty: hedges (ربما، قد يؤدي، بحسب / may, reportedly) and boosters dropped, added or changed."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from workbench.findings._hedges import Marker, estimated_figure
from workbench.findings._hedges import en_words as _en_words
from workbench.findings._hedges import speech_zones as _speech_zones
from workbench.findings._negations import function_word, names_someone
from workbench.findings._quotes import ar_content, match_words, so_called_in_marks
from workbench.findings._words import ArToken, ar_span, ar_tokens, gloss_stems, is_name_word, without_clause
from workbench.findings.base import AlignedPair, FindingKind, make_finding
from workbench.lexicons import alternation, load, word_set
from workbench.records import Finding
from workbench.text.arabic import normalize_ar, strip_diacritics
from workbench.text.english import stem
from workbench.text.names import dictionary_spellings, names_match
from workbench.text.quotes import find_quotes, inside_quote
from workbench.translate.romanize import romanize

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
    # 'is projected to reach' for تشير التقديرات إلى أن … ستصل: a projection keeps the estimate's doubt
    "expectation": {"possibility", "belief", "expectation", "evidence"},
    "estimate": {"possibility", "belief", "estimate", "evidence"},
    "condition": {"possibility", "belief", "appearance"},
    "belief": {"belief", "possibility", "appearance"},
    "report": {"report", "source"},
    "source": {"source", "report", "evidence"},
    "appearance": {"appearance", "possibility", "belief", "evidence"},
    "allegation": {"allegation", "suspicion"},
    "suspicion": {"suspicion", "allegation"},
}
_MODAL_FAMILIES = {"possibility"}


# a speaker credited by role ("prosecutors said", "police say", "the union said", "its board said"): what
# وفقا لممثلي الادعاء or بحسب النقابة credits
_EN_ROLE_CREDIT = re.compile(
    r"\b(?:(?:[a-z]+(?:ors|ers|ists|ials|ants|ents|ives)|police|officials?|sources?)"
    r"|(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?!(?:he|she|they|it|we|i)\b)(?:[a-z]+\s+){0,2}[a-z]+)\s+"
    r"(?:said|say|says|told|added|stated|reported|report)\b"
)
_AR_SOURCE_CUES = word_set("credit_cues_ar.tsv", "certainty_source")
# boosters that answer an Arabic one but, added, are the English writer's emphasis rather than certainty
_MILD_BOOSTERS = frozenset(r[0] for r in load("hedges_en.tsv") if r[3:4] == ("mild",))


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
    # 'can' says what is possible, not what is likely: it answers قد, never يُرجّح (which can handle only part of …)
    return any(
        o.kind == "weak"
        and hedge.family in _WEAK_ANSWERS.get(o.family, set())
        and not (o.text.lower() == "can" and _likely(hedge))
        for o in others
    )


# weak markers that render their own twin on the other side, and so answer nothing else
_TWIN_FAMILIES = frozenset(("condition", "estimate"))


def _likely(m: Marker) -> bool:
    """The hedge is one of probability (يُرجّح، من المرجح، على الأرجح "likely"): dropped before 'will', the
    hedge is gone, where a dropped قد "may" is a possibility made firm (modality changed)."""
    return "رجح" in normalize_ar(m.text)


def _unpaired_weak(a: list[Marker], e: list[Marker]) -> tuple[list[Marker], list[Marker]]:
    """Both sides' markers less the conditions and estimates that render each other (إذا ↔ 'if', تقدر ↔
    'estimated'): an 'if' that renders the Arabic إذا cannot also stand for a dropped قد, nor an
    'estimated at' for a dropped من المرجح "likely"."""
    a_out, e_out = list(a), list(e)
    for m in a:
        if m.kind != "weak" or m.family not in _TWIN_FAMILIES:
            continue
        twin = next((o for o in e_out if o.kind == "weak" and o.family == m.family), None)
        if twin is not None:
            a_out.remove(m)
            e_out.remove(twin)
    return a_out, e_out


def _expectation_twins(
    pair: AlignedPair, a_hedges: list[Marker], a_free: list[Marker], e_free: list[Marker]
) -> tuple[list[Marker], list[Marker]]:
    """Both sides less an Arabic word of expectation (ويُتوقع) and the English one that renders it ('expected'),
    where the expectation stands in a clause of its own, apart from every Arabic hedge and not over one (قد يتحول
    … ويُتوقع أن تبدأ → 'will develop … expected to reach': 'expected' renders ويُتوقع, and answers no قد). An
    expectation over the hedge's clause (يُتوقع أن … قد) may be the one doubt the English tells once."""
    a_exp = [m for m in a_free if m.kind == "weak" and m.family == "expectation"]
    e_exp = [m for m in e_free if m.kind == "weak" and m.family == "expectation"]
    if len(a_exp) != 1 or len(e_exp) != 1 or not a_hedges:
        return a_free, e_free
    m = a_exp[0]
    if any(not _apart(pair, m, h) or _stacked(pair, m, h) or _stacked(pair, h, m) for h in a_hedges):
        return a_free, e_free
    return [x for x in a_free if x is not m], [x for x in e_free if x is not e_exp[0]]


_HEARSAY = frozenset(("report", "source", "allegation"))
# an accusation not proven, told either way: يُشتبه في أنه "suspected of being" ↔ 'an alleged smuggler'
_ACCUSATION = frozenset(("allegation", "suspicion"))


def _same_ground(a: str, b: str) -> bool:
    """Two hedges answer each other unless one credits hearsay ('according to', reportedly) and the other
    doubts the fact itself ('possibly', 'it is believed'): 'according to X … possibly' adds a doubt. An
    allegation and a suspicion both leave an accusation unproven, and answer each other."""
    return (a in _HEARSAY) == (b in _HEARSAY) or {a, b} <= _ACCUSATION


def _en_future(pair: AlignedPair, markers: list[Marker]) -> str:
    """'will cause' / 'would push': the firm modal the English uses instead of a hedge."""
    for m in markers:
        if m.kind == "future":
            s = pair.en[m.sentence].text
            nxt = re.match(r"\s+(?:not\s+)?[A-Za-z]+", s[m.start + len(m.text) :])
            return s[m.start : m.start + len(m.text) + (nxt.end() if nxt else 0)]
    return ""


def _hedge_removed(pair: AlignedPair, h: Marker, severity: str, score: float, english: str) -> Finding:
    """An Arabic hedge with no counterpart in the English, ``english`` saying what the English does instead."""
    why = f"Arabic hedge '{h.text}' ({_GLOSS.get(h.family, 'a hedge')}) has no counterpart in the English, {english}"
    return make_finding(
        pair, "certainty", "hedge_removed", ar_span=h.text, en_span="", severity=severity, score=score, explanation=why
    )


def detect(pair: AlignedPair) -> list[Finding]:
    """Hedge removed, hedge added, or a possibility turned firm (may → will), zone by zone.

    When both sides quote, hedges inside quotations are compared with hedges inside
    quotations and the narrative with the narrative; otherwise the whole pair is one zone.
    """
    if not pair.ar or not pair.en:
        return []
    ar_m = list(pair.view.ar_markers)
    en_m = list(pair.view.en_markers)
    role_credit = any(_EN_ROLE_CREDIT.search(s.text) for s in pair.en)
    ar_verbs = any(pair.view.ar_verbs) or bool(re.search(r"(?:^|\s)[وف]?(?:قال|وقال)", pair.ar_text))
    en_verbs = any(pair.view.en_verbs)
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
    findings = [
        f
        for f in findings
        if not (
            f.subtype == "hedge_added" and (_said_in_arabic(pair, f.en_span) or so_called_in_marks(pair, f.en_span))
        )
    ]
    if not findings:
        findings += _estimate_told_flat(pair, ar_m, en_m)
    if not findings:
        shift = _tense_shift(pair, ar_m, en_m) or _future_told_perfect(pair)
        if shift is not None:
            findings.append(shift)
    return findings + _conditions_left_out(pair)


# an English perfect: 'has contacted', 'have now been deployed', 'had already reached'
_EN_PERFECT = re.compile(
    r"\b(?:has|have|had)\s+(?:already\s+|now\s+|just\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|un|ht|de|ne|id)\b", re.I
)


def _future_told_perfect(pair: AlignedPair) -> Finding | None:
    """The Arabic tells one event in the future (ستتواصل 'will contact') and the English, which keeps nothing in
    the future and hedges nothing (no will, would, to be, expected, may …), tells an event as done in the perfect
    ('has contacted'), though the glosses cannot tie the two verbs: the future told as done (modality_changed,
    minor). Not where the future word also spells a name of the English (سينالوا Sinaloa)."""
    en_text = pair.en_text
    if _EN_ANY_FUTURE.search(en_text) or _EN_ANY_HEDGE.search(en_text) or _EN_EXPECTED_TO.search(en_text):
        return None
    done = _EN_PERFECT.search(en_text)
    futures = [(s.text, t) for s in pair.ar for t in _future_words(ar_tokens(s.text))]
    if done is None or len(futures) != 1:
        return None
    text, future = futures[0]
    toks = ar_tokens(text)
    k = next(i for i, t in enumerate(toks) if t.start == future.start)
    before = toks[k - 1] if k else None
    if (
        before is not None
        and not before.norm.startswith(("ال", "وال"))
        and not function_word(before)
        and (is_name_word(before.text) or bool(dictionary_spellings(before.text)))
    ):
        return None  # وايد سيمز "Wayde Sims": after a first name or a word no lexicon reads, a surname
    if before is not None and normalize_ar(before.text) in _AR_PLACE_PREPOSITIONS:
        return None  # متحدثاً في سيغو "speaking in Ségou": after a preposition of place, a place's name, no verb
    verb = future.norm.lstrip("وف")
    # the سـ prefix itself (not a present after لن), on a verb that is the event (not سيتم، سيكون)
    if not verb.startswith("س") or verb[1:] in _AR_LIGHT_VERBS or verb in _AR_LIGHT_VERBS:
        return None
    names = re.findall(r"\b[A-Z][a-z]+(?:-[a-z]+)?", en_text)
    if any(names_match(n.split("-")[-1], romanize(future.text)) for n in names) or names_someone(future.text, pair):
        return None  # سيمز Sims, سيوج Byeong-seug, سيغو Ségou: a name, not a future verb
    why = f"Arabic '{future.text}' (will, still to happen) is told as done: '{done.group(0)}'"
    return _certainty(pair, "modality_changed", future.text, done.group(0), "minor", 0.55, why)


# the words that make a figure approximate (numbers_en.tsv, as the number detector reads them): 'about 1.2
# million', 'some 300', 'an estimated', 'up to'
# … before a figure: 'about 60,000', 'around a million'; not 'the villages around it', 'some of them'
# (a number word of numbers_en.tsv, or the article or 'half' before one: 'around a million', 'about half')
_EN_FIGURE_WORDS = (
    word_set("numbers_en.tsv", "cardinal")
    | word_set("numbers_en.tsv", "scale")
    | word_set("numbers_en.tsv", "vague")
    | {"a", "an", "half"}
)
_EN_FIGURE_AHEAD = rf"(?=\s+(?:[$£€]\s?)?(?:\d|(?:{alternation(_EN_FIGURE_WORDS)})\b))"
_EN_APPROXIMATE = re.compile(
    rf"\b(?:{alternation(word_set('numbers_en.tsv', 'approximate'))})(?!\w){_EN_FIGURE_AHEAD}", re.I
)


# English that gives a figure as someone's estimate: 'put the damage at', 'pegged losses at', 'placed the toll at'
_EN_PUT_AT = re.compile(r"\b(?:put|puts|putting|pegged|pegs|placed|places)\b[^.;]{0,60}?\bat\b", re.I)


def _estimate_told_flat(pair: AlignedPair, ar_m: list[Marker], en_m: list[Marker]) -> list[Finding]:
    """An Arabic estimate of a figure (يُقدَّر عدد الموظفين بنحو مليون "the number of employees is estimated at about
    a million") told as a plain figure: no English marker of any kind is left ('has 1.2 million'), where 'an
    estimated', 'about', 'some' or any hedge keeps it an estimate. Minor, 0.6: the figure stands, its status
    changed. 'Put the damage at', 'pegged losses at' keep it an estimate too."""
    if en_m or _EN_APPROXIMATE.search(pair.en_text) or _EN_PUT_AT.search(pair.en_text):
        return []
    for m in ar_m:
        if estimated_figure(m, pair.ar[m.sentence].text):
            why = (
                f"Arabic '{m.text}' (is estimated) has no counterpart in the English, which gives the figure as a fact"
            )
            return [_certainty(pair, "hedge_removed", m.text, "", "minor", 0.6, why)]
    return []


# a condition of fewer content words than this is a phrase (إذا لزم الأمر 'if need be')
CONDITION_MIN_WORDS = 2
# the share of the rest of the Arabic the English must render for the condition to count as left out of a
# rendering, not of a sentence the aligner linked wrongly (as the omission detector's REST_RENDERED)
CONDITION_REST_RENDERED = 0.4


def _quote_cut_before(pair: AlignedPair, text: str, clause: str) -> str:
    """The English quotation that renders the start of the Arabic quotation a condition ends (متوقعاً أن تعود
    الحركة "خلال أسبوعين إذا بقي الحاجز مفتوحاً" → expecting trade to recover “within two weeks”), with its marks,
    or '': the quote was cut before its condition. The Arabic words before the condition must all be rendered
    in that English quote."""
    at = text.find(clause)
    quote = next((q for q in find_quotes(text) if q.start < at and at + len(clause) <= q.end), None)
    if quote is None:
        return ""
    before = text[quote.start + 1 : at].strip(" ،,")
    if not before:
        return ""
    for s in pair.en:
        for q in find_quotes(s.text):
            english = s.text[q.start : q.end]
            if match_words(english, before).recall >= 1.0 and match_words(english, clause).recall == 0.0:
                return english
    return ""


def _conditions_left_out(pair: AlignedPair) -> list[Finding]:
    """A condition the English drops with no word of a condition left and none of its content rendered
    (dropped_conditions: إذا حصلت على التصريح 'if it obtains the permit', في حال توفر الفيول 'provided fuel is
    available'), from its conjunction to where its outcome opens: a minor omission however short, the type the
    development set gives it (what depends on it may also be reported as told certain). Not inside a quotation
    the English quotes (a quote cut short is the quote detector's), nor where the English renders too little
    of the rest of the Arabic to be its rendering."""
    quoted = [qp.ar_quote for qp in pair.view.quote_pairs if qp.ar_quote and qp.en_quote]
    found = []
    for k, start, _, end in dropped_conditions(pair, modals=False):
        s = pair.ar[k]
        toks = ar_tokens(s.text)
        clause = s.text[toks[start].start : toks[end - 1].end]
        if len(ar_content(toks[start + 1 : end])) < CONDITION_MIN_WORDS or clause == s.text.strip():
            continue
        if any(clause in q for q in quoted):
            continue
        if match_words(pair.en_text, without_clause(pair.ar_text, clause)).recall < CONDITION_REST_RENDERED:
            continue
        cut = _quote_cut_before(pair, s.text, clause)
        if cut:
            why = f'The English quote ("{cut}") stops before the condition the Arabic quote attaches: "{clause}"'
            found.append(
                make_finding(
                    pair,
                    "quote",
                    "truncated",
                    ar_span=clause,
                    en_span=cut,
                    severity="minor",
                    score=0.55,
                    explanation=why,
                )
            )
            continue
        found.append(
            make_finding(
                pair,
                "omission",
                "",
                ar_span=clause,
                en_span="",
                severity="minor",
                score=pair.link.score,
                explanation="The English leaves out the condition the Arabic attaches (it may stand in a sentence "
                f'the aligner did not link): "{clause}"',
            )
        )
    return found


# English auxiliaries and frames that keep an event in the future or merely expected
_EN_NOT_DONE = re.compile(rf"\b(?:{_en_words('not_done')})\b", re.I)
_EN_INCEPTIVE = re.compile(rf"\b(?:{_en_words('inceptive')})\b", re.I)
_EN_PERFECT_AUX = word_set("function_words_en.tsv", "certainty_perfect_aux")
_EN_IRREGULAR_PAST = word_set("irregular_forms_en.tsv", "certainty_past")
_EN_ED_BASE = word_set("irregular_forms_en.tsv", "ed_base")
_AR_LIGHT_VERBS = word_set("light_verbs_ar.tsv", "certainty")
# the English keeps some event in the future: a past verb elsewhere in it is another event
_EN_ANY_FUTURE = re.compile(rf"\b(?:{_en_words('future')})\b|'ll\b", re.I)
_AR_SAWFA = word_set("certainty_words_ar.tsv", "sawfa")
_AR_AGAIN = word_set("certainty_words_ar.tsv", "again")
_AR_AGAIN_ACTIVE = word_set("certainty_words_ar.tsv", "again_active")
_AR_INCEPTIVE = word_set("certainty_words_ar.tsv", "inceptive")
_AR_INCEPTIVE_VERB = word_set("certainty_words_ar.tsv", "inceptive_verb")
_AR_EXPECT = word_set("certainty_words_ar.tsv", "expect")
_AR_EXPECT_THAT = word_set("certainty_words_ar.tsv", "expect_that")
_AR_EXPECT_PASSIVE = word_set("certainty_words_ar.tsv", "expect_passive")
# the present verbs among them (يُتوقع): like a verb of planning, they take their event with no أن
_AR_EXPECT_VERBS = frozenset(("يتوقع", "ويتوقع", "تتوقع", "وتتوقع"))
_AR_PLANNED = word_set("certainty_words_ar.tsv", "planned")
# the planned cues that are no verbs (من المقرر، المزمع): their event follows أن, never the bare next words
_AR_PLANNED_NOUNS = frozenset(("المقرر", "مقرر", "المزمع"))
_EN_EXPECT = re.compile(rf"\b(?:{_en_words('expect')})\b", re.I)
_EN_WILL = re.compile(r"\b(?:will|'ll|shall)\s+(?:not\s+)?\w+", re.I)
_EN_WOULD = re.compile(r"\bwould\s+(?:not\s+)?(?:be\s+)?\w+", re.I)
# 'have already doubled', 'already fell': a past or perfect after 'already', read by _already_done
_EN_ALREADY = re.compile(
    rf"\b(?:(?:has|have|had)\s+already\s+\w+|already\s+(?:\w+ed|{alternation(_EN_IRREGULAR_PAST)}))\b", re.I
)
# "is expected to arrive" hedges a firm future (ستصل); "is set to arrive" states it as planned, no hedge
_EN_EXPECTED_TO = re.compile(r"\b(?:(?:is|are|was|were)\s+)?(?:expected|likely)\s+to\s+\w+", re.I)


def _only_present(word: str) -> bool:
    """Every reading of the word is an imperfect verb with no future prefix (وتبدأ 'and begins'), none a past, a
    noun or a future (تبدأ may only be 'begins'; تقدم is also 'progress', a noun)."""
    return _every_prefix(word, lambda p: "IV" in p and "FUT" not in p)


def _only_future(word: str) -> bool:
    """Every reading of the word is a future verb (ستنقل), none a past or a noun (سيطر 'dominated', سياحا)."""
    return _every_prefix(word, lambda p: "FUT" in p)


def _every_prefix(word: str, test: Callable[[str], bool]) -> bool:
    """The word has readings, and the prefixes of every one pass ``test``."""
    from workbench.findings._words import analyses

    readings = analyses(word)
    return bool(readings) and all(test(a.prefix_pos) for a in readings)


def _key5(word: str) -> str:
    """A forgiving stem key (vote/voted → vot, transfer/transferred → trans): no final e, five letters."""
    return word.rstrip("e")[:5]


# news verbs the dictionary's glosses lack → the gloss words of the Arabic verbs they render
_EN_RENDERS = {r[0]: tuple(r[1].split()) for r in load("certainty_words_en.tsv") if r[-1] == "renders"}


def _verb_keys(low: str, stem) -> set[str]:  # type: ignore[no-untyped-def]
    """Stem keys of an English verb form and of its base form less -ed/-d/-ing/-s: the stemmer cuts
    'cross' to 'cros' but 'crossed' to 'cross', so the past is also read through its base. A news verb
    the glosses lack ('deployed') also gives the keys of the glosses it renders ('send', 'spread')."""
    bases = {low}
    for end in ("ed", "d", "ing", "es", "s"):
        if low.endswith(end) and len(low) - len(end) >= 3:
            bases.add(low[: -len(end)])
    if low.endswith("ied"):
        bases.add(low[:-3] + "y")  # dried → dry, carried → carry
    near = {g for b in bases | {stem(low)} for g in _EN_RENDERS.get(b, ())}  # paid → pay → spend
    return {_key5(w) for w in bases} | {_key5(stem(w)) for w in bases | near}


# a rule or schedule told as already applied: 'has been in force', 'came into effect', 'took effect'
_EN_IN_FORCE = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:been|come|gone)\s+in(?:to)?|(?:was|were)\s+in|came\s+into|went\s+into)\s+"
    r"(?:force|effect)\b|\btook\s+effect\b",
    re.I,
)
# the stem keys of the Arabic glosses 'in force' renders (سيُطبق 'implement', تطبيق 'application')
_IN_FORCE_KEYS = frozenset(("imple", "appli", "execu", "enfor", "effec"))


def _in_force(en_text: str, keys: set[str]) -> str:
    """'has been in force', 'came into effect' where the event is the applying of a rule, with no
    auxiliary before it that keeps it in the future ('would have come into force'); '' when there is none."""
    if not keys & _IN_FORCE_KEYS:
        return ""
    for m in _EN_IN_FORCE.finditer(en_text):
        before = re.findall(r"[A-Za-z]+", en_text[: m.start()])[-1:]
        if not any(_EN_NOT_DONE.fullmatch(w) for w in before):
            return m.group(0)
    return ""


def _en_done(en_text: str, senses: frozenset[str], in_force: bool = False) -> str:
    """An English verb in the past or perfect rendering one of ``senses``, with nothing before it
    that keeps it in the future ('had transferred', 'withdrew'); '' when there is none. ``in_force``:
    for a future event, 'has been in force' tells the applying of a rule as done as well (not for a
    start: بدأ تطبيق "began to be applied" is what 'came into force' says)."""
    from workbench.text.english import stem

    keys = {_key5(g) for g in senses if len(g) >= 4}
    words = list(re.finditer(r"[A-Za-z]+", en_text))
    for k, m in enumerate(words):
        low = m.group(0).lower()
        if low.endswith("ly") or not _verb_keys(low, stem) & keys:
            continue  # 'were seriously considering': an adverb after the auxiliary is no verb told as done
        before = [w.group(0).lower() for w in words[max(0, k - 3) : k]]
        # 'did not arrive', 'didn't arrive': the past of a negated event (لن تصل 'will not arrive')
        did_not = before[-2:] in (["did", "not"], ["didn", "t"])
        aux = bool(before) and before[-1] in _EN_PERFECT_AUX
        # 'need', 'exceed': a base form in -ed is no past
        past = (low.endswith("ed") and low not in _EN_ED_BASE) or low in _EN_IRREGULAR_PAST or aux or did_not
        if not past or any(_EN_NOT_DONE.fullmatch(w) for w in before) or _backshifted(en_text[: m.start()]):
            continue
        if _shares_a_passive_future(en_text[: m.start()]):
            continue
        # the auxiliary goes with the verb: 'did not sign', 'has not arrived', 'had transferred'
        not_aux = before[-2:-1] != [] and before[-1] == "not" and before[-2] in _EN_PERFECT_AUX
        start = words[k - 2].start() if did_not or not_aux else words[k - 1].start() if aux else m.start()
        return en_text[start : m.end()]
    return _in_force(en_text, keys) if in_force else ""


# 'would watch whether the talks affected': a conditional, then a subordinator a few words before the verb
_BACKSHIFT = re.compile(
    r"\b(?:would|could|might)\b[^.;:!?]*\b(?:whether|if|when|once|until|unless|before|after)\b(?:\s+[\w'’-]+){0,5}\s+$",
    re.I,
)


# 'would be delivered between 2030 and 2034 and used on long-haul routes': a participle after 'and' that goes
# on a passive under a modal or 'to' earlier in the clause shares its 'be'
_PASSIVE_FUTURE_AND = re.compile(
    r"\b(?:will|would|shall|may|might|could|can|must|should|to)\s+(?:not\s+)?(?:also\s+)?be\s+[a-z]+(?:ed|en|wn|t)\b"
    r"[^.;:!?]*\b(?:and|or)\s+$",
    re.I,
)


def _shares_a_passive_future(before: str) -> bool:
    """The English verb is a participle joined by 'and' to a passive that a modal or 'to' keeps in the
    future ('would be delivered … and used'): it is no past event."""
    return bool(_PASSIVE_FUTURE_AND.search(before))


def _backshifted(before: str) -> bool:
    """The English verb stands in a clause that a reported future governs ('said it would watch whether
    the talks affected its security'): its past is the sequence of tenses, no event told as done."""
    return bool(_BACKSHIFT.search(before))


def _began(word: str) -> bool:
    """An inceptive verb as written: بدا without its hamza is 'seemed' (بدا الجيش مصمما "the army appeared
    determined"), which the normalised form shares with بدأ 'began'; only بدأ with the hamza written begins."""
    bare = strip_diacritics(word)
    return not re.fullmatch(r"[وف]?بدا", bare)


# words between a future auxiliary and its verb ('will not be completed', 'is due to be opened')
_EN_FUTURE_FILLER = frozenset(
    ("be", "been", "being", "have", "has", "not", "to", "also", "then", "soon", "now", "still", "only", "later", "all")
)


def _future_kept(en_text: str, event: set[str], others: set[str], other_futures: int = 0) -> bool:
    """The English keeps in the future this event, or an event no other Arabic word accounts for: each
    future auxiliary's verb ('will be completed' → completed) is read; one whose keys are ``event``'s, or
    are none of ``others`` (the keys of the Arabic's other words), keeps a past verb of the English from
    telling the event as done. A future that renders another Arabic verb (على أن تُستكمل 'to be completed')
    says nothing of this one, and nor do as many unmatched futures as the Arabic has other future verbs
    (``other_futures``: لن تتهاون "would not tolerate", which the glosses miss, is that one's rendering)."""
    from workbench.text.english import stem

    unmatched = 0
    for m in _EN_ANY_FUTURE.finditer(en_text):
        rest = re.findall(r"[A-Za-z]+", en_text[m.end() :])[:5]
        verb = next((w.lower() for w in rest if w.lower() not in _EN_FUTURE_FILLER), "")
        keys = _verb_keys(verb, stem) if verb else set()
        if not keys or keys & event:
            return True
        unmatched += not keys & others
    return unmatched > other_futures


def _again(toks: list[ArToken], i: int) -> bool:
    """The future verb at ``i`` is أعاد "do again" with its event after it: the passive (سيُعاد فتحه), or the active
    before a verbal noun in construct (ستعيد فحص القطعان; not ستعيد الأموال "will return the money")."""
    verb = toks[i].norm.lstrip("وف")[1:]
    if verb in _AR_AGAIN:
        return True
    return verb in _AR_AGAIN_ACTIVE and i + 1 < len(toks) and not toks[i + 1].norm.lstrip("وف").startswith("ال")


def _event_senses(event: ArToken, again: bool) -> frozenset[str]:
    """The glosses of the future's event; after يُعاد "be done again" also each with English re- ('open' →
    'reopen'), the one word English makes of the two."""
    from workbench.findings._words import gloss_stems

    senses = gloss_stems(event.text)
    return frozenset(senses | {"re" + g for g in senses}) if again else frozenset(senses)


def _already_unrendered(pair: AlignedPair, en_text: str, others: set[str], own: tuple[object, ...]) -> str:
    """'had already been handed over', 'has already reopened': 'already' with a past or perfect whose verb
    renders no other word of the Arabic (``others``: their stem keys) and no past event of it, where the
    Arabic tells a future event: worded freely, that event told as done; '' when there is none."""
    from workbench.text.english import stem

    for m in _EN_ALREADY.finditer(en_text):
        told = m.group(0)
        if told.split()[-1].lower() == "been":  # the passive: its participle is the verb
            participle = re.match(r"\s+[A-Za-z]+", en_text[m.end() :])
            told += participle.group(0) if participle else ""
        if _verb_keys(told.split()[-1].lower(), stem) & others or _told_past(pair, told, own):
            continue
        return told
    return ""


# the particles after which an imperfect verb of starting tells a start still to come (على أن يبدأ، سوف تبدأ)
_AR_TO_COME = frozenset(("ان", "بان", "سوف", "وسوف"))


def _start_to_come(toks: list[ArToken], i: int) -> bool:
    """The verb of starting at ``i`` is an imperfect (يبدأ، تبدأ) after أن or a future particle: the start
    is planned or promised, not begun (على أن يبدأ تطبيقها "to start being applied")."""
    return bool(re.match(r"^[وف]?[يت]", toks[i].norm)) and i > 0 and toks[i - 1].norm in _AR_TO_COME


def _future_words(toks: list[ArToken]) -> list[ArToken]:
    """The Arabic verbs told in the future: سـ on a verb that reads only as a future (ستعلن), and a present
    verb after سوف or لن (سوف تصل، لن تسمح)."""
    return [
        t
        for i, t in enumerate(toks)
        if re.match(r"^[وف]?س[يتن]..", t.norm)
        and t.norm not in _NOT_FUTURE
        and _only_future(t.text)
        or i > 0
        and (toks[i - 1].norm in _AR_SAWFA or toks[i - 1].norm.lstrip("وف") == "لن")
        and bool(re.match(r"^[يتن]..", t.norm))
    ]


def _poses(word: str) -> set[str]:
    """The parts of speech the lexicon gives the Arabic word's readings (a closed-class reading carries its
    vocalised form before a slash: Eabora/PREP, baEoda/PREP)."""
    from workbench.findings._words import analyses

    return {str(getattr(a.stem, "pos", "")) for a in analyses(word)}


def _perfect_verb(word: str) -> bool:
    """The Arabic word can read as a past verb and never as a function word (عبر 'via', بعد 'after' can)."""
    poses = _poses(word)
    return "VERB_PERFECT" in poses and not any("/" in p or p == "FUNC_WORD" for p in poses)


def _told_past(pair: AlignedPair, done: str, own: tuple[object, ...]) -> bool:
    """The English past ``done`` ('crossed') renders a past verb of the Arabic (عبرت), some word of the
    pair other than ``own`` (the cue and the event): that event did happen, the English tells no other."""
    from workbench.text.english import stem

    # tokens are frozen records: equal when the same word stands at the same offset
    past = []
    for s in pair.ar:
        toks = ar_tokens(s.text)
        for k, u in enumerate(toks):
            # لم يفوّت أحد "no one has missed": after لم the present form tells the past
            if _perfect_verb(u.text) or (k > 0 and toks[k - 1].norm in _AR_LAM):
                past.append(u)
            # تم افتتاح المتجر الأول "the first store was opened": the verbal noun after a past light verb
            if u.norm.lstrip("وف") in _PAST_LIGHT and k + 1 < len(toks):
                past.append(toks[k + 1])
    told = _keys_of(u for u in past if u not in own)
    return bool(_verb_keys(done.split()[-1].lower(), stem) & told)


_PAST_LIGHT = frozenset(("تم", "تمت", "جري", "جرت"))
# لم with its conjunctions (function_words_ar.tsv: past_negation)
_AR_LAM = word_set("function_words_ar.tsv", "past_negation")


def _keys_of(words: object) -> set[str]:
    """The stem keys (five letters, four at least) of every gloss of the Arabic ``words``."""
    from workbench.findings._words import gloss_stems

    return {_key5(g) for t in words for g in gloss_stems(t.text) if len(g) >= 4}  # type: ignore[attr-defined]


def _tense_shift(pair: AlignedPair, ar_m: list[Marker], en_m: list[Marker]) -> Finding | None:
    """Future, just-started or expected events the English tells as done or as certain.

    ستنقل اليوم 'will transfer today' → 'had transferred'; بدء انسحاب 'the start of the withdrawal' →
    'had withdrawn'; يُتوقع أن تعقد 'is expected to hold' → 'will hold'; and the reverse, a firm future
    (ستدخل 'will enter') hedged as 'are expected to enter'.
    """
    from workbench.findings._words import gloss_stems

    en_text = pair.en_text
    every = [t for s in pair.ar for t in ar_tokens(s.text)]
    for s in pair.ar:
        toks = ar_tokens(s.text)
        # a plain present states only in a sentence that marks no hedge, expectation or plan of any kind
        plain = not ar_m and not _expected_or_planned(toks)
        quotes = find_quotes(s.text) if plain else []
        for i, t in enumerate(toks):
            future = bool(re.match(r"^[وف]?س[يتن]..", t.norm)) and t.norm not in _NOT_FUTURE and _only_future(t.text)
            # سوف تصل "will arrive": the future particle before an imperfect verb
            future = future or (i > 0 and toks[i - 1].norm in _AR_SAWFA and bool(re.match(r"^[يتن]..", t.norm)))
            # بدء انسحاب: the event is the next word; بدأت القوات الانسحاب: one of the three after the verb
            reach = 1 if t.norm in _AR_INCEPTIVE else 3 if t.norm in _AR_INCEPTIVE_VERB and _began(t.text) else 0
            inceptive = reach > 0 and i + 1 < len(toks)
            # سيُعاد فتحه "will be reopened": the event is the next word, done again
            again = future and _again(toks, i)
            # سيتم، سيكون، سوف يتم: the event is the next word
            light = again or t.norm.lstrip("وف")[1:] in _AR_LIGHT_VERBS or t.norm in _AR_LIGHT_VERBS
            # سيتم افتتاح "will be opened": after a light future the event is the verbal noun after it
            event = (toks[i + 1] if light and i + 1 < len(toks) else None if light else t) if future else None
            senses = _event_senses(event, again) if event is not None else frozenset()
            others = _keys_of(u for u in every if u not in (event, t)) if event is not None else set()
            futures = sum(1 for u in _future_words(every) if u not in (event, t))
            event_keys = {_key5(g) for g in senses if len(g) >= 4}
            if event is not None and not _future_kept(en_text, event_keys, others, futures):
                done = _en_done(en_text, senses, in_force=True)
                if done and _told_past(pair, done, (t, event)):
                    done = ""  # وصلت … وستصل: the English past renders the Arabic's own past of that verb
                freely = "" if done else _already_unrendered(pair, en_text, others, (t, event))
                if freely:
                    span = t.text if event is t else ar_span(s.text, toks, i, i + 2)
                    why = f"Arabic '{span}' (will, still to happen) is told as already done: '{freely}'"
                    return _certainty(pair, "modality_changed", span, freely, "minor", 0.6, why)
                if done:
                    span = t.text if event is t else ar_span(s.text, toks, i, i + 2)
                    return _certainty(
                        pair,
                        "modality_changed",
                        span,
                        done,
                        "major",
                        0.7,
                        f"Arabic '{span}' (will, still to happen) is told as done: '{done}'",
                    )
            # وتبدأ يوم الجمعة 'begins on Friday': a present opening its sentence or a clause joined by و/ف, outside
            # any quotation, states a scheduled event as firm as a future does, where nothing in the sentence hedges,
            # expects or plans it (not تبدأ الأمطار …، بحسب الأرصاد: a forecast credited)
            present = (
                plain
                and not (future or light)
                and (i == 0 or t.norm[:1] in "وف")
                and not inside_quote(quotes, t.start)
                and _only_present(t.text)
            )
            if (future or present) and not light:
                expected = _EN_EXPECTED_TO.search(en_text)
                if (
                    expected
                    and not any(m.family in ("expectation", "possibility") for m in ar_m)
                    and any(_key5(g) == _key5(expected.group(0).split()[-1].lower()) for g in gloss_stems(t.text))
                ):
                    return _certainty(
                        pair,
                        "hedge_added",
                        t.text,
                        expected.group(0),
                        "minor",
                        0.6,
                        f"Arabic '{t.text}' ({'will' if future else 'a plain present'}) is hedged as "
                        f"'{expected.group(0)}'",
                    )
            # على أن يبدأ تطبيقها "to start being applied": a start still to come, which 'came into force'
            # tells as done, and which an English 'start of this month' (a date) does not render
            to_come = inceptive and _start_to_come(toks, i)
            for k in range(i + 1, min(len(toks), i + 1 + reach)) if inceptive else ():
                if _EN_INCEPTIVE.search(en_text) and not to_come:
                    break
                if to_come and _EN_ANY_FUTURE.search(en_text):
                    break
                done = _en_done(en_text, gloss_stems(toks[k].text), in_force=to_come)
                if done and not _told_past(pair, done, (t, toks[k])):
                    span = ar_span(s.text, toks, i, k + 1)
                    what = "to start, still to come" if to_come else "the start of it"
                    return _certainty(
                        pair,
                        "modality_changed",
                        span,
                        done,
                        "major",
                        0.7,
                        f"Arabic '{span}' ({what}) is told as complete: '{done}'",
                    )
        may = _may_made_will(pair, s.text, toks, en_text)
        if may is not None:
            return may
        if any(_expect_cue(toks, k) for k in range(len(toks))) and not _EN_EXPECT.search(en_text):
            will = _EN_WILL.search(en_text)
            cue = next(t for k, t in enumerate(toks) if _expect_cue(toks, k))
            already = _already_done(s.text, toks, toks.index(cue), en_text)
            if not will and already and not _EN_ANY_FUTURE.search(en_text):
                # يُرجح أن تتراجع "is likely to fall" → 'has already fallen': 'already' with a past or perfect
                # of the very verb after أن tells the expected event as done
                return _certainty(
                    pair,
                    "modality_changed",
                    cue.text,
                    already.group(0),
                    "minor",
                    0.6,
                    f"Arabic '{cue.text}' (expected) is told as done: '{already.group(0)}'",
                )
            if will:
                return _certainty(
                    pair,
                    "modality_changed",
                    cue.text,
                    will.group(0),
                    "major",
                    0.7,
                    f"Arabic '{cue.text}' (expected) became the firm '{will.group(0)}'",
                )
            would = _EN_WOULD.search(en_text) if _expecting(cue, toks) else None
            if would:
                # متوقعة الإفراج "expecting the release" → 'said they would be freed': the future of reported
                # speech, a smaller step than 'will', so minor
                return _certainty(
                    pair,
                    "modality_changed",
                    cue.text,
                    would.group(0),
                    "minor",
                    0.6,
                    f"Arabic '{cue.text}' (expected) became the plain '{would.group(0)}'",
                )
        elif any(_expect_cue(toks, k) for k in range(len(toks))):
            told = _one_expectation_told_firm(pair, toks, en_text)
            if told is not None:
                return told
        # the expected event told as done with no 'already' and no 'will', or a planned one ('had signed')
        planned = (
            _planned_told_done(pair, s.text, toks, en_text)
            or _considered_told_done(pair, s.text, toks, en_text)
            or _threatened_told_done(pair, s.text, toks, en_text)
        )
        if planned is not None:
            return planned
    return _done_told_future(pair) or _condition_dropped(pair)


# an English future or expectation and its verb: 'will arrive', 'is expected to be opened', 'plans to visit'
_EN_FUTURE_OF = re.compile(
    r"\b(?:will|'ll|shall|(?:is|are|was|were)\s+(?:expected|due|set|scheduled|going|likely)\s+to|"
    r"(?:plans?|intends?)\s+to)\s+(?:not\s+)?(?:be\s+)?([A-Za-z]+)",
    re.I,
)
# before a past verb, these make it a condition, which Arabic tells with the past (إذا وافق 'if it agrees')
_AR_CONDITION = word_set("certainty_words_ar.tsv", "condition")


# what keeps a condition in English: the conjunctions and the modals of a consequence that may not come
# English words of a condition: 'if', 'unless', 'once', 'provided', 'should' (inverted) …
_EN_CONDITION_WORDS = (
    r"if|unless|whether|should|once|when|whenever|provided|providing|as long as|in case|in the event|"
    r"otherwise|depend\w*|condition\w*|subject to|only after|until"
)
_EN_CONDITION_WORD = re.compile(rf"\b(?:{_EN_CONDITION_WORDS})\b", re.I)
# … and the modals that keep an outcome conditional ('would', 'could'): enough to keep it uncertain
_EN_CONDITION = re.compile(rf"\b(?:{_EN_CONDITION_WORDS}|would|could|might|may)\b", re.I)
_AR_IF = word_set("certainty_words_ar.tsv", "if")
# إذا and لو take a verb within three words (إذا ما تم، لو أن الحكومة وافقت); في حال may take a verbal noun
_AR_IF_VERB = frozenset(("اذا", "واذا", "فاذا", "لو", "ولو", "فلو"))


def _condition_dropped(pair: AlignedPair) -> Finding | None:
    """إذا وافق البرلمان 'if parliament approves', في حال 'in case', شرط أن 'provided that': an Arabic condition
    the English tells with nothing of a condition left (no if, unless, once, when, would …): what was to
    happen only on that condition is told as certain. فإذا بـ 'and suddenly' is no condition."""
    dropped = next(iter(dropped_conditions(pair)), None)
    if dropped is None:
        return None
    k, start, i, end = dropped
    s = pair.ar[k]
    toks = ar_tokens(s.text)
    # the outcome before the condition (تتضاعف أعدادها صيفاً إذا …) or, opening the sentence, after it: where the
    # English renders none of it, nothing is told as certain (the clause is left out, an omission)
    outcome, clause = _clause_before(s.text, toks, start)
    if not outcome:
        outcome, clause = _clause_after(s.text, toks, end)
    if (
        len(outcome) >= 2
        and _none_rendered(pair, outcome, clause)
        and _fits_the_rest(pair, end - start + len(clause.split()))
    ):
        return None
    span = ar_span(s.text, toks, start, i + 1)
    return _certainty(
        pair,
        "modality_changed",
        span,
        "",
        "minor",
        0.55,
        f"Arabic '{span}' (if) sets a condition the English drops: what depends on it is told as certain",
    )


def dropped_conditions(pair: AlignedPair, *, modals: bool = True) -> list[tuple[int, int, int, int]]:
    """The Arabic conditions (إذا، لو، في حال، شرط أن) that the English tells with nothing of a condition left
    and none of their content rendered: for each, the sentence (within the pair), the token where its opening
    starts (في of في حال), the token of its conjunction and the token after its last word (its outcome, a
    stop or eight words on). No condition: كما لو 'as if', ما/عما إذا 'whether', فإذا بـ 'and suddenly', لو before
    a name, حال without في 'state', شرط without أن 'a condition'. With ``modals`` an English 'would', 'could',
    'might' or 'may' keeps the condition too (its outcome stays uncertain); without, only a word of a condition
    does (the condition's words may still be gone: 'the ship would unload on Thursday')."""
    if (_EN_CONDITION if modals else _EN_CONDITION_WORD).search(pair.en_text):
        return []
    out = []
    for k, s in enumerate(pair.ar):
        toks = ar_tokens(s.text)
        for i, t in enumerate(toks):
            if t.norm not in _AR_IF or i + 1 >= len(toks):
                continue
            if t.norm == "فاذا" and toks[i + 1].norm.startswith("ب"):
                continue  # فإذا به 'and there he was'
            if i > 0 and toks[i - 1].norm in ("كما", "وكما"):
                continue  # كما لو 'as if': a comparison
            if i > 0 and toks[i - 1].norm in ("ما", "عما", "فيما", "وما", "بما", "مما"):
                continue  # ما إذا / عما إذا 'whether': an open question, no condition
            if t.norm in _AR_IF_VERB and not any(_verb_reading(u.text) for u in toks[i + 1 : i + 4]):
                continue  # a condition has its verb close after it; لو جولف is a name ('Le Golf')
            if t.norm in ("حال", "وحال") and not (i > 0 and toks[i - 1].norm in ("في", "وفي")):
                continue  # حال alone is 'state', only في حال is 'in case'
            if t.norm in ("شرط", "بشرط", "وبشرط", "شريطه") and toks[i + 1].norm != "ان":
                continue  # شرط alone is the noun 'a condition'; شرط أن 'provided that' sets one
            end, clause = _condition_words(s.text, toks, i)
            # a word the sentence said before the condition (بنود الاتفاق … إذا لم تنفذ بقية البنود) shows nothing
            said = {form for u in toks[:i] for form in (u.norm, u.bare)}
            fresh = [u for u in clause if u.bare not in said and u.norm.removeprefix("ال") not in said]
            if _condition_rendered(pair, fresh):
                continue  # the English words the condition another way ('any party that violates the truce')
            start = i - 1 if t.norm in ("حال", "وحال") else i
            out.append((k, start, i, end))
    return out


# closing a condition: its outcome opens with فـ (فإن، فسوف، فستنخفض) or, after لو, with لـ (لأنقذت)
_AR_CONDITION_END = re.compile(r"[،,.;:!?؟؛]")
# words of a condition that say nothing of its content: the copula, the light verbs, ما after إذا
_AR_CONDITION_FILLER = frozenset(("ما", "ان", "كان", "كانت", "تم", "جرى", "قد", "اي", "احد"))
# a closed-class reading carries its vocalised form before a slash: EalaY/PREP, hunA/ADV, >ay~/REL_PRON
_CLOSED_CLASS = ("/PREP", "/CONJ", "_PART", "PRON", "/ADV")


def _condition_words(text: str, toks: list, i: int) -> tuple[int, list]:  # type: ignore[type-arg]
    """The condition opened at ``i``: the token after its last word (where its outcome opens: فإن، فسيواجه،
    لقال, a future verb once it has said something; a stop; or eight words on) and its content words (no
    function words: على 'on', في، من، هنا)."""
    from workbench.findings._words import analyses

    end = next((m.start() for m in _AR_CONDITION_END.finditer(text) if m.start() > toks[i].end), len(text))
    clause: list = []  # type: ignore[type-arg]
    for j in range(i + 1, min(len(toks), i + 9)):
        u = toks[j]
        if u.start >= end or _outcome_opens(u, toks[i].norm in _AR_IF_VERB and "لو" in toks[i].norm):
            return j, clause  # فإن، فسيواجه، لقال: the outcome begins
        if clause and (re.match(r"^[وف]?س[يتن]..", u.norm) or u.norm in _AR_SAWFA):
            return j, clause  # ستصرف الرواتب: an outcome in the future, with no فـ before it
        poses = {str(getattr(a.stem, "pos", "")) for a in analyses(u.text)}
        if u.norm in _AR_CONDITION_FILLER or any(p == "FUNC_WORD" or p.endswith(_CLOSED_CLASS) for p in poses):
            continue
        clause.append(u)
    return min(len(toks), i + 9), clause


def _condition_rendered(pair: AlignedPair, clause: list) -> bool:  # type: ignore[type-arg]
    """A content word of the condition is rendered in the English: the condition is told some other way, with
    a relative clause ('any party that violates the truce will face sanctions'), a noun ('late payment will
    bring a fine'), 'after' ('leave after a year of service') or an imperative ('ask any resident and …'), not
    dropped. Only a condition the English carries none of is one whose outcome it tells as certain."""
    from workbench.findings._words import gloss_stems
    from workbench.text.english import stem

    en_keys = {k for w in re.findall(r"[A-Za-z]+", pair.en_text) for k in _verb_keys(w.lower(), stem)}
    # glosses of three letters too: سأل 'ask'
    return any({_key5(g) for g in gloss_stems(u.text) if len(g) >= 3} & en_keys for u in clause)


def _outcome_opens(u: object, after_law: bool) -> bool:
    """The word opens a condition's outcome: فـ before إن or a verb (فإن، فسيواجه، فعليك), or, after لو, لـ
    before a verb (لقال، لأنقذت); not a word that merely starts with those letters (فلسطين، لبنان)."""
    norm, text = u.norm, u.text  # type: ignore[attr-defined]
    if norm.startswith("ف") and (norm[1:3] in ("ان", "سو", "قد", "عل") or _verb_reading(text[1:])):
        return True
    return after_law and norm.startswith("ل") and norm not in ("لم", "لا", "لن") and _verb_reading(text[1:])


def _verb_reading(word: str) -> bool:
    """The Arabic word can read as a verb, past or present (وافق، تمت، يفشل), and never as a preposition
    (قرب 'near' is one)."""
    poses = _poses(word)
    return bool(poses & {"VERB_PERFECT", "VERB_IMPERFECT"}) and not any(p.endswith("/PREP") for p in poses)


def _only_perfect(word: str) -> bool:
    """Every reading of the Arabic word is a past verb (وصلت، انسحبوا): no noun, no imperfect."""
    from workbench.findings._words import analyses

    readings = analyses(word)
    return bool(readings) and all(a.stem.pos == "VERB_PERFECT" for a in readings)


def _done_told_future(pair: AlignedPair) -> Finding | None:
    """The reverse shift: an Arabic past verb (وصلت القافلة 'the convoy arrived') the English tells as still to
    come or expected ('will arrive', 'is expected to arrive'). Not when the past follows a conditional
    (إذا وصلت 'if it arrives'), when the English also tells that verb in the past (one event each), or when
    the Arabic also has it in the future or present (وصلت الأولى وستصل الثانية)."""
    from workbench.findings._words import analyses, gloss_stems
    from workbench.text.english import stem

    en_text = pair.en_text
    futures = list(_EN_FUTURE_OF.finditer(en_text))
    if not futures:
        return None
    every = [t for s in pair.ar for t in ar_tokens(s.text)]
    for s in pair.ar:
        toks = ar_tokens(s.text)
        for i, t in enumerate(toks):
            if not _only_perfect(t.text) or names_someone(t.text, pair):
                continue  # سلين is Selin, whom the English names, not a verb
            if any(u.norm in _AR_CONDITION for u in toks[max(0, i - 2) : i]) or (
                i > 0 and toks[i - 1].norm in ("ان", "وان", "فان")
            ):
                continue
            keys = {_key5(g) for g in gloss_stems(t.text) if len(g) >= 4}
            told = next((m for m in futures if _verb_keys(m.group(1).lower(), stem) & keys), None)
            if told is None or _en_done(en_text, gloss_stems(t.text)):
                continue
            if any(
                u != t and _keys_of([u]) & keys and any(a.stem.pos == "VERB_IMPERFECT" for a in analyses(u.text))
                for u in every
            ):
                continue
            return _certainty(
                pair,
                "modality_changed",
                t.text,
                told.group(0),
                "minor",
                0.6,
                f"Arabic '{t.text}' (done) is told as still to come: '{told.group(0)}'",
            )
    return None


# English words that keep an event planned or expected, wherever they stand in the sentence
_EN_PLANNED = re.compile(
    r"\b(?:scheduled|due|plans?|planned|planning|intends?|intended|intention|aims?|set to|expected|expects?|"
    r"is to|are to|going to|would|will|shall)\b",
    re.I,
)


# توقّع is the past "expected" (تَوَقَّع) and also the present "signs" (تُوقِّع, of وقّع): after a particle
# that takes the present (لن توقع "will not sign") it can only sign
_AR_BEFORE_PRESENT = frozenset(("لن", "لم", "لا", "ان", "الا", "كي", "لكي", "حتي", "سوف", "لما"))


def _signs(toks: list, i: int) -> bool:  # type: ignore[type-arg]
    """The word at ``i`` is توقّع "signs", not "expected": a particle that takes the present stands before it."""
    return toks[i].norm == "توقع" and i > 0 and toks[i - 1].norm.removeprefix("و") in _AR_BEFORE_PRESENT


def _expected_or_planned(toks: list[ArToken]) -> bool:
    """The sentence expects or plans an event (يُتوقع، من المنتظر أن، من المقرر، يعتزم): its verbs are that
    expectation's or plan's, no plain statement."""
    return any(t.norm in _AR_PLANNED or _expect_cue(toks, i) for i, t in enumerate(toks))


def _expect_cue(toks: list, i: int) -> bool:  # type: ignore[type-arg]
    """The word at ``i`` says the event is expected: يُتوقع، من المتوقع, or من المنتظر أن / من المرتقب أن
    (those two only with من before and أن after them), or يُنتظر أن (only with أن right after it); not
    توقّع where it signs (see ``_signs``)."""
    t = toks[i]
    if t.norm in _AR_EXPECT:
        return not _signs(toks, i)
    if t.norm in _AR_EXPECT_PASSIVE:
        return i + 2 < len(toks) and toks[i + 1].norm == "ان"
    return (
        t.norm in _AR_EXPECT_THAT and i > 0 and toks[i - 1].norm in ("من", "ومن") and _that_after(toks, i) is not None
    )


# the participle "expecting" (متوقعة الإفراج), which reported speech renders with 'would'
_AR_EXPECTING = frozenset(("متوقعا", "متوقعه"))


def _expecting(cue: ArToken, toks: list[ArToken]) -> bool:
    """The cue is the participle متوقعا/متوقعة "expecting" in a sentence with no future verb and no لو "if" of
    its own: an English 'would' there can only render the expectation ('said they would be freed'). After
    يتوقع / من المتوقع أن, or beside سـ / لن / لو, a 'would' renders some other verb ('a visit that would last',
    'said the delegation would carry' for سيحمل, 'would fall if' for لو)."""
    return (
        cue.norm.lstrip("و") in _AR_EXPECTING
        and not _future_words(toks)
        and not any(t.norm.lstrip("و") in ("لو", "لولا") for t in toks)
    )


def _one_expectation_told_firm(pair: AlignedPair, toks: list[ArToken], en_text: str) -> Finding | None:
    """More Arabic words of expecting than English ones (ومن المتوقع أن تستمر العاصفة … التي توقعت تحسناً), where
    the English says 'will' with the verb after one cue's أن ('The storm will continue …, with conditions expected
    to improve'): that expectation told firm, the other rendered (minor: the count, not the clause, decides)."""
    ar_expect = [m for m in pair.view.ar_markers if m.family == "expectation"]
    if len(ar_expect) <= sum(1 for m in pair.view.en_markers if m.family == "expectation"):
        return None
    for k, cue in enumerate(toks):
        that = _that_after(toks, k) if _expect_cue(toks, k) else None
        if that is None:
            continue
        keys = {_key5(g) for g in gloss_stems(toks[that + 1].text) if len(g) >= 4}
        will = next((m for m in _EN_WILL.finditer(en_text) if _key5(m.group(0).split()[-1].lower()) in keys), None)
        if will is not None:
            why = f"Arabic '{cue.text}' (expected) became the firm '{will.group(0)}'"
            return _certainty(pair, "modality_changed", cue.text, will.group(0), "minor", 0.6, why)
    return None


def _that_after(toks: list, i: int) -> int | None:  # type: ignore[type-arg]
    """The أن/بأن within two words after the cue at ``i`` that opens the expected or planned event (the
    event is the word after it), or None."""
    that = next((k for k in range(i + 1, min(len(toks), i + 3)) if toks[k].norm in ("ان", "بان")), None)
    return that if that is not None and that + 1 < len(toks) else None


def _already_done(text: str, toks: list, i: int, en_text: str) -> re.Match[str] | None:  # type: ignore[type-arg]
    """'already' with a past or perfect in the English that tells the expectation's event as done: the verb
    renders the verb after أن (gloss match), or, worded freely, no word of the Arabic while the Arabic tells
    no past event at all. A verb that renders a past verb of the Arabic is that event, which did happen
    ('…; another convoy already arrived', 'floods that have already hit …')."""
    from workbench.findings._words import analyses, gloss_stems
    from workbench.text.english import stem

    that = _that_after(toks, i)
    if that is None:
        return None

    def keys(t: object) -> set[str]:
        return {_key5(g) for g in gloss_stems(t.text) if len(g) >= 4}  # type: ignore[attr-defined]

    def poses(t: object) -> set[str]:
        return {str(getattr(a.stem, "pos", "")).split("/")[-1] for a in analyses(t.text)}  # type: ignore[attr-defined]

    others = [t for k, t in enumerate(toks) if k != that + 1 and not t.norm.startswith("ال")]
    perfect = [t for t in others if "VERB_PERFECT" in poses(t) and "FUNC_WORD" not in poses(t)]
    only_perfect = any(poses(t) == {"VERB_PERFECT"} for t in perfect)
    event = keys(toks[that + 1])
    rendered = set().union(*(keys(t) for k, t in enumerate(toks) if k != that + 1))
    told = set().union(*(keys(t) for t in perfect))
    for m in _EN_ALREADY.finditer(en_text):
        verb = m.group(0).split()[-1].lower()
        forms = {_key5(stem(verb)), _key5(verb)}
        if forms & told:
            continue  # the English renders a past event of the Arabic
        if forms & event or not (forms & rendered or only_perfect):
            return m
    return None


def _certainty(
    pair: AlignedPair, subtype: str, ar_span: str, en_span: str, severity: str, score: float, why: str
) -> Finding:
    """A certainty finding of ``subtype`` with its spans, severity, score and explanation."""
    return make_finding(
        pair, "certainty", subtype, ar_span=ar_span, en_span=en_span, severity=severity, score=score, explanation=why
    )


def _said_in_arabic(pair: AlignedPair, english: str) -> bool:
    """An English hedge word that an Arabic word of the pair glosses (مشتبه بها 'suspected' cholera cases)
    renders that word: no hedge added."""
    from workbench.findings._words import gloss_stems
    from workbench.text.english import stem

    words = [stem(w.lower()) for w in re.findall(r"[A-Za-z]+", english)]
    if len(words) != 1:
        return False
    return any(words[0] in gloss_stems(t.text) | gloss_stems(t.bare) for s in pair.ar for t in ar_tokens(s.text))


def _planned_told_done(pair: AlignedPair, text: str, toks: list, en_text: str) -> Finding | None:  # type: ignore[type-arg]
    """من المقرر أن يوقع 'is scheduled to sign', يعتزم أن 'intends to', يُتوقع أن تصل 'is expected to
    arrive': the event after أن is still to come; an English past or perfect of that verb ('had signed',
    'has arrived'), with nothing keeping it planned, expected or in the future, tells it as done. A past
    that renders a past verb of the Arabic (وصلت) is that event, which did happen."""
    from workbench.findings._words import gloss_stems

    for i, t in enumerate(toks):
        expect = _expect_cue(toks, i)
        if t.norm not in _AR_PLANNED and not expect:
            continue
        if t.norm == "مقرر" and not (i > 0 and toks[i - 1].norm in ("من", "ومن")):
            continue  # مقرر alone is also a rapporteur
        that = _that_after(toks, i)
        if that is not None:
            events = [that + 1]
        elif t.norm in _AR_EXPECT_VERBS or (not expect and t.norm not in _AR_PLANNED_NOUNS):
            # تعتزم الحكومة إنشاء، يتوقع وصول: a verb of planning or expecting takes its event with no أن
            events = list(range(i + 1, min(len(toks), i + 4)))
        else:
            continue
        done, event = "", toks[events[0]]
        for k in events:
            done, event = _en_done(en_text, gloss_stems(toks[k].text)), toks[k]
            if done:
                break
        if not done or _EN_ANY_FUTURE.search(en_text) or _EN_PLANNED.search(en_text):
            continue  # the English keeps a plan ('is due to sign'): its past is another event
        if expect and _EN_EXPECT.search(en_text):
            continue  # 'likely', 'forecast': the expectation is kept
        if _told_past(pair, done, (t, event)):
            continue  # يتوقع أن تصل … بعد أن وصلت: 'arrived' is the Arabic's own past event
        start = i - 1 if i > 0 and toks[i - 1].norm in ("من", "ومن") else i
        span = ar_span(text, toks, start, toks.index(event) + 1)
        what = "expected" if expect else "planned"
        return _certainty(
            pair,
            "modality_changed",
            span,
            done,
            "minor",
            0.6,
            f"Arabic '{span}' ({what}, still to happen) is told as done: '{done}'",
        )
    return None


_AR_CONSIDER = word_set("certainty_words_ar.tsv", "consider")
_EN_CONSIDER = re.compile(rf"\b(?:{_en_words('consider')})\b", re.I)
# the frames between a verb of studying and its step (تدرس إمكانية رفع "is studying the possibility of raising")
_AR_STEP_FRAMES = frozenset(("امكانيه", "احتمال", "فكره", "مساله"))
# words before an English form in -s or -ed that make it a noun or a participle, no finite verb ('the raises')
_EN_NOT_FINITE = frozenset(("the", "a", "an", "its", "their", "his", "her", "this", "these", "of", "any", "no"))


def _considered_told_done(pair: AlignedPair, text: str, toks: list, en_text: str) -> Finding | None:  # type: ignore[type-arg]
    """تدرس رفع التعرفة "is studying raising the tariff": the step after a verb of studying (the verbal noun,
    past إمكانية "the possibility of") is not decided. An English finite verb that renders it, present or
    past ('raises', 'raised'), in an English with no word of study, plan or possibility (consider, weigh,
    proposal, could, expected), tells it as decided (minor, 0.6). A past that renders a past verb of the
    Arabic is that event, which did happen."""
    from workbench.findings._words import gloss_stems
    from workbench.text.english import stem

    if _EN_CONSIDER.search(en_text) or _EN_EXPECT.search(en_text):
        return None
    for i, t in enumerate(toks[:-1]):
        if t.norm not in _AR_CONSIDER:
            continue
        k = i + 2 if toks[i + 1].norm.lstrip("و") in _AR_STEP_FRAMES and i + 2 < len(toks) else i + 1
        step = toks[k]
        if "NOUN" not in _poses(step.text):
            continue  # تبحث عن "searches for", تدرس في "studies at": no step named
        keys = {_key5(g) for g in gloss_stems(step.text) if len(g) >= 4}
        words = list(re.finditer(r"[A-Za-z]+", en_text))
        for j, m in enumerate(words):
            low = m.group(0).lower()
            finite = (low.endswith("s") and not low.endswith("ss")) or low.endswith("ed") or low in _EN_IRREGULAR_PAST
            before = words[j - 1].group(0).lower() if j else ""
            if not finite or before in _EN_NOT_FINITE or _EN_NOT_DONE.fullmatch(before or "-"):
                continue
            if not _verb_keys(low, stem) & keys or _told_past(pair, m.group(0), (t, step)):
                continue
            span = ar_span(text, toks, i, k + 1)
            why = f"Arabic '{span}' (under study, not decided) is told as decided: '{m.group(0)}'"
            return _certainty(pair, "modality_changed", span, m.group(0), "minor", 0.6, why)
    return None


_AR_THREATENED = word_set("certainty_words_ar.tsv", "threatened")
_EN_AT_RISK = re.compile(rf"\b(?:{_en_words('at_risk')})\b", re.I)


def _threatened_told_done(pair: AlignedPair, text: str, toks: list, en_text: str) -> Finding | None:  # type: ignore[type-arg]
    """مهددة بالجفاف "threatened with drying up": the event after بـ is a risk. An English past or perfect of
    it ('have dried up'), in an English with no word of threat or risk, tells the risk as done (minor, 0.6).
    A past that renders a past verb of the Arabic is that event, which did happen."""
    from workbench.findings._words import gloss_stems

    if _EN_AT_RISK.search(en_text):
        return None
    for i, t in enumerate(toks[:-1]):
        event = toks[i + 1]
        if t.norm.lstrip("و") not in _AR_THREATENED or not event.norm.startswith("ب"):
            continue
        done = _en_done(en_text, gloss_stems(event.text))
        if done and not _told_past(pair, done, (t, event)):
            span = ar_span(text, toks, i, i + 2)
            why = f"Arabic '{span}' (threatened with, still a risk) is told as done: '{done}'"
            return _certainty(pair, "modality_changed", span, done, "minor", 0.6, why)
    return None


_EN_MAY_BEFORE = re.compile(r"\b(?:may|might|could|can)(?:\s+(?:not|be|have|been|also|well|even))*\s+$", re.I)


def _only_imperfect(word: str) -> bool:
    """The word reads as an imperfect verb (يُحال) and never as a past one (تسلمت، تقدم)."""
    from workbench.findings._words import analyses

    readings = analyses(word)
    return any(a.stem.pos == "VERB_IMPERFECT" for a in readings) and not any(
        a.stem.pos == "VERB_PERFECT" for a in readings
    )


# 'will be referred', 'will then', and 'will have to move' / 'will be forced to close' for قد نضطر إلى نقل
_EN_WILL_BEFORE = re.compile(
    r"\b(?:will|shall)(?:\s+(?:not|be|have|been|also|then|soon|forced|obliged|compelled|need|to))*\s+$", re.I
)


_FORCED = frozenset(("forc", "oblig", "compel"))


def _forced_to(toks: list[ArToken], i: int) -> frozenset[str]:
    """After a verb of being forced (قد نضطر بعدها إلى إيقاف "we may then be forced to stop"), the glosses of
    the verbal noun after إلى, within three words: the English may render that act alone ('will be halted')."""
    from workbench.findings._words import gloss_stems

    if not gloss_stems(toks[i].text) & _FORCED:
        return frozenset()
    to = next((k for k in range(i + 1, min(len(toks) - 1, i + 4)) if toks[k].norm in ("الي", "الى")), None)
    return gloss_stems(toks[to + 1].text) if to is not None else frozenset()


def _may_made_will(pair: AlignedPair, text: str, toks: list, en_text: str) -> Finding | None:  # type: ignore[type-arg]
    """قد before an imperfect verb is 'may'; the English verb that renders that very verb, with 'will'
    right before it ('will be referred'), makes it firm, even where another 'can' in the sentence
    renders something else (قابل للطعن 'can be appealed')."""
    from workbench.findings._words import gloss_stems
    from workbench.text.english import stem

    for i, t in enumerate(toks[:-1]):
        verb = toks[i + 1]
        if t.norm not in ("قد", "وقد", "فقد") or not _only_imperfect(verb.text):
            continue  # قد before a past verb is 'has (already)', no hedge
        senses = {g for g in gloss_stems(verb.text) | _forced_to(toks, i + 1) if len(g) >= 4}
        renderings = [m for m in re.finditer(r"[A-Za-z]+", en_text) if stem(m.group(0).lower()) in senses]
        if any(_EN_MAY_BEFORE.search(en_text[max(0, m.start() - 30) : m.start()]) for m in renderings):
            continue  # 'will hold … and may hold another': the hedge is kept where it belongs
        for m in renderings:
            will = _EN_WILL_BEFORE.search(en_text[max(0, m.start() - 30) : m.start()])
            if will is None:
                continue
            span = ar_span(text, toks, i, i + 2)
            firm = f"{will.group(0)}{m.group(0)}"
            return _certainty(
                pair,
                "modality_changed",
                span,
                firm,
                "minor",
                0.7,
                f"Arabic '{span}' (may) became the firm '{firm}'",
            )
        lone = _lone_will(en_text) if not renderings and not _future_words(toks) else None
        # … whose verb renders no other Arabic word of the sentence (يزور الوزير باريس الأسبوع المقبل وقد يلتقي …
        # 'will visit … may meet': a present verb telling the future, 'will' its own)
        if lone is not None:
            verb_stem = stem(lone.split()[-1].lower())
            if any(verb_stem in gloss_stems(u.text) for k, u in enumerate(toks) if k not in (i, i + 1)):
                lone = None
        if lone is not None:
            # قد يتكرر "may recur" → 'will recur': the verb's English is no gloss of it, but the sentence's one
            # 'will' and no hedge anywhere leave nothing else for it to render
            span = ar_span(text, toks, i, i + 2)
            return _certainty(
                pair, "modality_changed", span, lone, "minor", 0.6, f"Arabic '{span}' (may) became the firm '{lone}'"
            )
    return None


# English that keeps a hedge anywhere in the sentence (may, might, could, possibly, likely, expected …)
_EN_ANY_HEDGE = re.compile(
    r"\b(?:may|might|could|can|perhaps|possibly|possible|likely|unlikely|probably|expected|expects|risk|risks|"
    r"potentially|would|chance|feared|fears|believe|believes|believed|think|thinks|warn|warns|warned|"
    r"ruled out|excluded|on the cards)\b",
    re.I,
)
_EN_ONE_WILL = re.compile(r"\b(?:will|’ll|'ll)\s+(?:be\s+)?([a-z]+)", re.I)


def _lone_will(en_text: str) -> str | None:
    """The sentence's only 'will' and the verb after it ('will recur'), where nothing in the sentence hedges."""
    wills = list(_EN_ONE_WILL.finditer(en_text))
    if len(wills) != 1 or _EN_ANY_HEDGE.search(en_text):
        return None
    return wills[0].group(0)


_QAD = frozenset(("قد", "وقد", "فقد"))
# English auxiliaries kept with the verb that renders the Arabic one: 'is linked', 'have joined', 'was not'
_EN_AUX = frozenset(
    ("is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "does", "do", "did", "not")
)


def _word_rendered(pair: AlignedPair, m: Marker) -> bool:
    """A one-word hedge of possibility the English renders by its own gloss (احتمال → 'the possibility
    of'): a noun, which the English lexicon of hedges does not hold, kept as a noun. Glosses of six
    letters at least ('possibility', 'likelihood'), not 'more' or 'think'."""
    from workbench.findings._words import gloss_stems
    from workbench.text.english import stem

    if m.family != "possibility" or len(m.text.split()) != 1:
        return False
    senses = {g for g in gloss_stems(m.text) if len(g) >= 6}
    return any(stem(w.lower()) in senses for w in re.findall(r"[A-Za-z]+", pair.en_text))


def _is_qad(m: Marker) -> bool:
    """The marker is قد before an imperfect verb ('may'), as _hedges reads it, not a hedge word (ربما)."""
    return m.family == "possibility" and normalize_ar(m.text).split()[0] in _QAD and len(m.text.split()) == 2


def _en_rendering(pair: AlignedPair, word: str) -> str:
    """The English verb that renders the Arabic ``word`` (a gloss of it), with the auxiliaries right before
    it ('is linked', 'have been cut'); '' when no English word renders it."""
    from workbench.findings._words import gloss_stems
    from workbench.text.english import stem

    # three letters at least: the stemmer cuts 'exceed' to 'exc'; the span only shows, it decides nothing
    keys = {_key5(g) for g in gloss_stems(word) if len(g) >= 3}
    for s in pair.en:
        words = list(re.finditer(r"[A-Za-z]+", s.text))
        for k, m in enumerate(words):
            if not _verb_keys(m.group(0).lower(), stem) & keys:
                continue
            first = k
            while first > 0 and words[first - 1].group(0).lower() in _EN_AUX and k - first < 3:
                first -= 1
            return s.text[words[first].start() : m.end()]
    return ""


def _hedged_clause_left_out(pair: AlignedPair, may: Marker) -> bool:
    """قد + imperfect whose clause the English leaves out whole (وقد ترتفع الكميات لاحقاً "and the quantities may
    rise later", of which no word is rendered): nothing is told as fact, the clause is omitted. The verb after قد
    and the next two content words of its clause: no gloss of any is an English word of the pair."""
    text = pair.ar[may.sentence].text
    toks = ar_tokens(text)
    i = next(k for k, t in enumerate(toks) if t.start == may.start)
    words, clause = _clause_after(text, toks, i + 1)
    # … and no later content word of the clause rendered either (قد يُبقي جزءاً كبيراً من المحصول عالقاً "may leave
    # much of the crop stranded": 'crop' renders المحصول, fourth of the clause), save one whose sense the sentence says
    # outside the clause too (وقد يفقد العمال في المصنع وظائفهم after المصنع سيغلق: 'factory' is the main clause's)
    end = toks[i + 1].start + len(clause) if i + 1 < len(toks) else len(text)
    outside = {g for t in toks if t.end <= toks[i].start or t.start >= end for g in gloss_stems(t.text)}
    rest = [t for t in ar_tokens(clause) if not function_word(t) and not gloss_stems(t.text) & outside][:_CLAUSE_WORDS]
    # the words left out: قد and its clause
    return (
        len(words) >= 2
        and _none_rendered(pair, words, clause)
        and _none_rendered(pair, rest, clause)
        and _fits_the_rest(pair, 1 + len(clause.split()))
    )


# content words of a clause after قد whose glosses are read for a rendering before the clause counts as left out
_CLAUSE_WORDS = 8


# English words per Arabic word a rendering of the rest of the Arabic may run to (articles, auxiliaries, 'of'):
# an English longer than that says more than the rest, likely the clause in words the glosses miss
_REST_RATIO = 1.4
# the punctuation that ends a clause
_CLAUSE_STOP = re.compile(r"[،,.؛;:]")


def _fits_the_rest(pair: AlignedPair, left_out: int) -> bool:
    """The English is no longer than a rendering of the Arabic less ``left_out`` words may be (``_REST_RATIO``)."""
    rest = sum(len(s.text.split()) for s in pair.ar) - left_out
    return len(pair.en_text.split()) <= _REST_RATIO * rest


def _clause_after(text: str, toks: list[ArToken], i: int) -> tuple[list[ArToken], str]:
    """Up to three content words from token ``i`` on, to the clause's punctuation, and the clause's text."""
    out: list[ArToken] = []
    end = len(text)
    for k in range(i, len(toks)):
        if k > i and _CLAUSE_STOP.search(text[toks[k - 1].end : toks[k].start]):
            end = toks[k - 1].end
            break
        if len(out) < 3 and not function_word(toks[k]):
            out.append(toks[k])
    return out, text[toks[i].start : end] if i < len(toks) else ""


def _clause_before(text: str, toks: list[ArToken], i: int) -> tuple[list[ArToken], str]:
    """Up to three content words right before token ``i``, back to the clause's punctuation, and the clause's text."""
    out: list[ArToken] = []
    start = 0
    for k in range(i - 1, -1, -1):
        if _CLAUSE_STOP.search(text[toks[k].end : toks[k + 1].start]):
            start = toks[k + 1].start
            break
        if len(out) < 3 and not function_word(toks[k]):
            out.append(toks[k])
    return out, text[start : toks[i].start] if out else ""


def _none_rendered(pair: AlignedPair, words: list[ArToken], clause: str) -> bool:
    """No gloss (three letters or more) of any of the Arabic ``words`` is an English word of the pair, and no figure
    of the ``clause`` they stand in an English figure (قد تصل إلى 40 في المائة 'will rise by 40 percent')."""
    if set(re.findall(r"\d+", normalize_ar(clause))) & set(re.findall(r"\d+", pair.en_text)):
        return False
    en_keys = {_key5(stem(w.lower())) for w in re.findall(r"[A-Za-z]+", pair.en_text)}
    return not any(_key5(g) in en_keys for t in words for g in gloss_stems(t.text) if len(g) >= 3)


def _may_told_firm(pair: AlignedPair, may: Marker, will: str) -> Finding:
    """قد + imperfect ('may') with no possibility left in the English: 'will …' when the English has a
    firm future (minor for the conditional 'would'), else the verb that renders it, told as fact."""
    if will:
        # "would" is conditional: may → would is a smaller step than may → will
        minor = will.lower().startswith("would")
        why = f"Arabic '{may.text}' (may/perhaps) became the firm '{will}'"
        return _certainty(pair, "modality_changed", may.text, will, "minor" if minor else "major", 0.75, why)
    toks = ar_tokens(pair.ar[may.sentence].text)
    i = next(k for k, t in enumerate(toks) if t.start == may.start)
    verbs = [t for t in toks[i + 1 : i + 4] if t.norm != "لا"]
    # قد يكون مرتبطا 'may be linked': after a light verb the event is the word after it, or the verb of a
    # second قد (قد تكون الحكومة قد أخطأت "the government may have erred")
    light = verbs and (verbs[0].norm in _AR_LIGHT_VERBS or verbs[0].norm[1:] in _AR_LIGHT_VERBS)
    event = verbs[0] if verbs else None
    if light and len(verbs) > 1:
        # قد يكون الحادث مرتبطا: a definite noun after the light verb is its subject, the predicate follows
        event = next((t for t in verbs[1:] if not t.norm.startswith("ال")), verbs[1])
    if light:
        perfect = next((k for k in range(i + 2, min(i + 6, len(toks) - 1)) if toks[k].norm in _QAD), None)
        event = toks[perfect + 1] if perfect is not None else event
    told = _en_rendering(pair, event.text) if event is not None else ""
    if told:
        why = f"Arabic '{may.text}' (may) is told as fact: '{told}'"
    else:
        why = f"Arabic '{may.text}' (may) is told as fact: the English keeps no possibility"
    return _certainty(pair, "modality_changed", may.text, told, "major", 0.7, why)


def _compare(
    pair: AlignedPair, a: list[Marker], e: list[Marker], ar_verbs: bool, en_verbs: bool, role_credit: bool
) -> list[Finding]:
    out: list[Finding] = []
    a_hedges = [m for m in a if m.kind in ("hedge", "ambiguous")]
    e_hedges = [m for m in e if m.kind == "hedge"]
    a_free, e_free = _unpaired_weak(a, e)
    a_free, e_free = _expectation_twins(pair, a_hedges, a_free, e_free)
    # حذرت من أن … سيؤدي "warned that … will lead": the warning's clause says its own 'will', so the warning answers
    # no English hedge there ('is likely to cause')
    futures = [m for m in a if m.kind == "future"] or _ar_future(pair)
    a_free = [m for m in a_free if not (_warning(m) and any(_in_its_clause(pair, m, f) for f in futures))]
    # a weak English marker that renders an Arabic word of its own ('indicate' for تشير) answers no hedge;
    # what is found in the clause of that word is minor, since the English still says something of the kind
    own = _renders_a_plain_word(pair, a, e_free)
    e_free = [o for o in e_free if id(o) not in own]
    unanswered_a = [
        m for m in a_hedges if not _answered(m, e_free, en_verbs, role_credit) and not _word_rendered(pair, m)
    ]
    unanswered_e = [m for m in e_hedges if not _answered(m, a_free, ar_verbs)]
    outnumbered = _outnumbered(pair, a_hedges, e_free, en_verbs, role_credit)
    will = _en_future(pair, e)
    # قد + imperfect 'may' lost is the modal told firm ('will cause', 'is linked', 'exceeded'), reported
    # beside any other hedge the English dropped (ويُعتقد أن … قد تمهد → 'will pave': two changes)
    may = next((m for m in unanswered_a if _is_qad(m) and (m.kind == "hedge" or will)), None)
    if may is not None and _hedged_clause_left_out(pair, may):
        unanswered_a = [m for m in unanswered_a if m is not may]  # the clause is gone with its 'may': an omission
        may = None
    if may is not None:
        out.append(_may_told_firm(pair, may, will))
    rest = [m for m in unanswered_a if m is not may]
    if any(m.kind == "hedge" for m in rest) or (will and may is None):
        h = next((m for m in rest if m.kind == "hedge"), rest[0] if rest else None)
    else:
        h = None
    if h is not None:
        firm = will if h.family in _MODAL_FAMILIES and may is None and not _likely(h) else ""
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
            # "according to the results" or "it seems" dropped is a weaker change than "perhaps"
            weak = h.family in ("report", "appearance", "evidence")
            told = f"which states it as certain: '{will}'" if will and _likely(h) else "which states it as fact"
            out.append(_hedge_removed(pair, h, "minor" if weak else "major", 0.6 if weak else 0.7, told))
    elif outnumbered is not None and may is None:
        h, taker = outnumbered
        # the English hedge may stand for both: unsure, so minor
        why = f"whose one hedge answers '{taker.text}' in another clause"
        out.append(_hedge_removed(pair, h, "minor", 0.55, why))
    if unanswered_e:
        h = unanswered_e[0]
        future = [m for m in a if m.kind == "future"] or _ar_future(pair)
        if future and h.family in _MODAL_FAMILIES:
            out.append(
                _certainty(
                    pair,
                    "modality_changed",
                    future[0].text,
                    h.text,
                    "minor",
                    0.6,
                    f"Arabic '{future[0].text}' (will) became the hedged '{h.text}'",
                )
            )
        else:
            out.append(
                _certainty(
                    pair,
                    "hedge_added",
                    "",
                    h.text,
                    "major" if h.family in ("allegation", "report", "source", "possibility") else "minor",
                    0.7,
                    f"English adds the hedge '{h.text}'; the Arabic states it without one",
                )
            )
    if not out and not any(m.family in _MODAL_FAMILIES for m in e):
        # يمكن أن "could" with nothing of possibility left in the English, which has a firm "will": the
        # possibility became a certainty; a weak marker, so the finding is minor
        can = next((m for m in a if m.kind == "weak" and m.family in _MODAL_FAMILIES and _is_can(m)), None)
        firm = _en_future(pair, e)
        if can is not None and firm and not firm.lower().startswith("would"):
            out.append(
                _certainty(
                    pair,
                    "modality_changed",
                    can.text,
                    firm,
                    "minor",
                    0.55,
                    f"Arabic '{can.text}' (could) became the firm '{firm}'",
                )  # fmt: skip
            )
    a_boost = [m for m in a if m.kind == "booster"]
    e_boost = [m for m in e if m.kind == "booster"]
    if e_boost and not a_boost and not a_hedges and e_boost[0].text.lower() not in _MILD_BOOSTERS:
        out.append(
            _certainty(
                pair,
                "modality_changed",
                "",
                e_boost[0].text,
                "minor",
                0.55,
                f"English adds the booster '{e_boost[0].text}'; the Arabic has no such word",
            )
        )
    elif a_boost and not e_boost and not e_hedges:
        out.append(
            _certainty(
                pair,
                "modality_changed",
                a_boost[0].text,
                "",
                "minor",
                0.55,
                f"Arabic booster '{a_boost[0].text}' (certainly) has no counterpart in the English",
            )
        )
    return [replace(f, severity="minor") if _under_rendered_word(pair, f, own) else f for f in out]


def _renders_a_plain_word(pair: AlignedPair, a: list[Marker], e: list[Marker]) -> dict[int, tuple[int, int]]:
    """The weak English markers of appearance that render, by its gloss, an Arabic word no Arabic marker holds
    ('indicate' for تشير in الفحوص تشير إلى أن التسرب قد يكون مرتبطاً 'the tests indicate that the leak is
    linked'): by the marker's id, the Arabic word's (sentence, start)."""
    weak = [o for o in e if o.kind == "weak" and o.family == "appearance" and " " not in o.text]
    if not weak:
        return {}
    held = {(m.sentence, k) for m in a for k in range(m.start, m.start + len(m.text))}
    plain: dict[str, tuple[int, int]] = {}
    for i, s in enumerate(pair.ar):
        for t in ar_tokens(s.text):
            if (i, t.start) not in held:
                for g in gloss_stems(t.text):
                    if len(g) >= 4:
                        plain.setdefault(g, (i, t.start))
    return {id(o): plain[stem(o.text.lower())] for o in weak if stem(o.text.lower()) in plain}


def _under_rendered_word(pair: AlignedPair, f: Finding, own: dict[int, tuple[int, int]]) -> bool:
    """The finding's Arabic span stands after the word an English marker of appearance renders, in its sentence
    and its clause (no comma or full stop between them): what the English still says 'indicates' of."""
    for i, start in own.values():
        text = pair.ar[i].text
        at = text.find(f.ar_span, start) if f.ar_span and f.ar_sentence == pair.ar[i].id else -1
        if at > start and not re.search(r"[،,.؛;]", text[start:at]):
            return True
    return False


# Arabic hedges this many words apart or more stand in different clauses: one English hedge
# rarely renders both ("قد يكون … على ما يبدو" → "could … apparently")
_CLAUSE_APART = 5


def _outnumbered(
    pair: AlignedPair, a_hedges: list[Marker], e_free: list[Marker], en_verbs: bool, role_credit: bool
) -> tuple[Marker, Marker] | None:
    """An Arabic hedge answered only by an English marker that an earlier Arabic hedge, in another clause,
    already took: (that hedge, the one that took its answer). Each English marker answers one Arabic
    hedge; a source answered by a reporting verb or a credit by role takes no marker."""
    taken: dict[int, Marker] = {}
    # 'it is possible the fire could spread': the modal restates the hedge over it and answers nothing more
    e_free = [o for o in e_free if not any(_en_stacked(pair, first, o) for first in e_free)]
    for h in a_hedges:
        if not _answered(h, e_free, en_verbs, role_credit) or _answered(h, [], en_verbs, role_credit):
            continue
        answers = [o for o in e_free if _answered(h, [o], False)]
        free = sorted(
            (o for o in answers if id(o) not in taken), key=lambda o: (o.family != h.family, o.kind != "hedge")
        )
        if free:
            taken[id(free[0])] = h
            continue
        taker = taken[id(answers[0])]
        if h.kind == "hedge" and _apart(pair, taker, h) and not _stacked(pair, taker, h) and not _compared(pair, h):
            return h, taker
    return None


# a comparative and من right before a hedge: احتمال تأخره بسبب الأمطار أكبر من احتمال تأخره … "more likely to be
# delayed by rain than by …", the two sides of one comparison, which one English hedge and 'than' render
_AR_COMPARED = re.compile(r"(?:اكبر|اكثر|اقل|اعلى|ادنى|ادني|ارجح|اضعف|اقوى|اقوي)\s+من\s+$")


def _compared(pair: AlignedPair, h: Marker) -> bool:
    """The hedge is the second side of a comparison (``_AR_COMPARED``), whose first the English hedge answers."""
    return bool(_AR_COMPARED.search(normalize_ar(pair.ar[h.sentence].text[: h.start])))


def _apart(pair: AlignedPair, a: Marker, b: Marker) -> bool:
    """Two Arabic markers in different sentences, or _CLAUSE_APART words apart or more in one."""
    if a.sentence != b.sentence:
        return True
    lo, hi = sorted((a.start, b.start))
    return len(ar_tokens(pair.ar[a.sentence].text[lo:hi])) >= _CLAUSE_APART


def _stacked(pair: AlignedPair, first: Marker, second: Marker) -> bool:
    """The second hedge stands in the أن clause the first opens, with no punctuation between them (من
    المرجح أن بعض الأمطار قد تكون مفيدة "some of the rain will likely be useful"): two hedges on one
    statement, which one English hedge renders."""
    if first.sentence != second.sentence or first.start >= second.start:
        return False
    text = pair.ar[first.sentence].text
    between = text[first.start + len(first.text) : second.start]
    opener = ar_tokens(between)[:1]
    return bool(opener) and opener[0].norm in ("ان", "بان") and not _AR_CONDITION_END.search(between)


# English hedges that open a clause as a predicate ('it is possible (that) …', 'it is likely …')
_EN_CLAUSE_HEDGES = frozenset(("possible", "likely", "probable", "conceivable"))
_EN_CLAUSE_END = re.compile(r"[,.;:!?]|\b(?:and|but|or|while|whereas|although)\b", re.I)


def _en_stacked(pair: AlignedPair, first: Marker, second: Marker) -> bool:
    """The English ``second`` marker stands in the clause the hedge ``first`` opens ('it is possible the
    storm could …'), with no punctuation or conjunction between them: the two state one doubt."""
    if first.sentence != second.sentence or first.start >= second.start:
        return False
    if first.text.lower() not in _EN_CLAUSE_HEDGES:
        return False
    text = pair.en[first.sentence].text
    return not _EN_CLAUSE_END.search(text[first.start + len(first.text) : second.start])


def _is_can(m: Marker) -> bool:
    """The marker is يمكن "can, could" (يُمكن، ويمكن), not another weak word of possibility (محتمل، إمكانية)."""
    return normalize_ar(m.text).lstrip("وف").startswith("يمكن")


def _in_its_clause(pair: AlignedPair, m: Marker, f: Marker) -> bool:
    """The future marker ``f`` stands after ``m`` in its sentence with no comma, stop or colon between: the clause
    the warning opens (حذرت من أن تكديس النفايات … سيؤدي; not …، وقالت إن الحكومة ستتحرك)."""
    if f.sentence != m.sentence or f.start <= m.start:
        return False
    return not re.search(r"[،,.؛;:]", pair.ar[m.sentence].text[m.start : f.start])


def _warning(m: Marker) -> bool:
    """An Arabic verb of warning (حذر، وحذرت، يحذر), which introduces a possibility."""
    return normalize_ar(m.text).removeprefix("و").removeprefix("ف") in _AR_WARNING


# the verbs of warning of hedges_ar.tsv (glossed 'warned', 'warns')
_AR_WARNING = frozenset(normalize_ar(r[0]) for r in load("hedges_ar.tsv") if r[3:4] and r[3].startswith("warn"))


def _ar_future(pair: AlignedPair) -> list[Marker]:
    """Arabic future verbs (سيؤدي): the translator renders the سـ prefix as 'will'. A word the English spells
    as a name (سيداما Sidama) is no verb."""
    for k, s in enumerate(pair.ar):
        for t in ar_tokens(s.text):
            if re.match(r"^[وف]?س[يتن]..", t.norm) and t.norm not in _NOT_FUTURE:
                rendering = pair.renderings[k] if k < len(pair.renderings) else ""
                if re.search(r"\bwill\b", rendering) and not names_someone(t.text, pair):
                    return [Marker(t.text, "future", "future", k, False, t.start)]
    return []


_NOT_FUTURE = word_set("certainty_words_ar.tsv", "not_future")
# prepositions of place (في، إلى …), after which a word is a noun, never a verb told in the future (not من, also "who")
_AR_PLACE_PREPOSITIONS = frozenset(
    normalize_ar(w) for w in word_set("function_words_ar.tsv", "place_preposition") if normalize_ar(w) != "من"
)
_GLOSS = {
    "possibility": "may/perhaps",
    "appearance": "apparently",
    "belief": "it is believed",
    "suspicion": "suspected",
    "report": "reportedly",
    "source": "according to",
    "allegation": "alleged/so-called",
    "evidence": "the figures or evidence indicate",
}
