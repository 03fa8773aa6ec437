"""Certainty markers of an aligned pair's sentences: hedges (ربما، قد يؤدي، بحسب مصادر / may, reportedly),
boosters and future markers, each with its family and whether it stands inside quoted speech: what the
certainty detector compares (the pair view holds them)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from workbench.findings._negations import negative_in_meaning
from workbench.findings._verbs import arabic_verbs
from workbench.findings._words import (
    ArToken,
    analyses,
    ar_span,
    ar_tokens,
    has_perfect_reading,
    match_phrases,
    opens_clause,
    quote_zones,
    strip_clitics,
)
from workbench.findings.base import AlignedPair
from workbench.lexicons import alternation, load, word_set
from workbench.text.arabic import normalize_ar
from workbench.text.english import STOPWORDS

_PERFECT_SUFFIX = ("ت", "وا", "تا")
_AR_NOT = word_set("negation_cues_ar.tsv", "certainty_not")
# prepositions (normalised: على، في، إلى، عن) that follow a verb, never 'according to' (وفق، حسب): a source word
# right before one is a verb written alike (ووفق على "was approved", from وافق على)
_AR_VERB_PREPOSITIONS = frozenset({"علي", "في", "الي", "عن"})
_AR_NEG_BOOST = word_set("negation_cues_ar.tsv", "certainty_neg_boost")
_AR_MODAL_BE = frozenset(normalize_ar(w) for w in word_set("light_verbs_ar.tsv", "modal_be"))


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


def qad_hedge(tokens: list[ArToken], i: int, text: str) -> str:
    """'hedge' for قد + imperfect verb ('may'); 'ambiguous' when the verb also reads as a perfect
    (قد تسبب 'may cause' or 'has caused'); 'weak' for قد تم; '' for قد + perfect (قد اندلعت 'has
    broken out'), كان قد, also a كان further back that heads the قد's clause. ``text``: the tokens' sentence."""
    if tokens[i].norm not in ("قد", "وقد", "فقد") or i + 1 >= len(tokens):
        return ""
    if any(_is_kana(t) for t in tokens[max(0, i - 5) : i]):
        return ""
    at = i + 1
    if tokens[at].norm == "لا" and i + 2 < len(tokens):
        at = i + 2  # قد لا يشمل "may not cover": the modal over a negated imperfect
    nxt = tokens[at].norm
    if any(t.bare in ("فعل", "فعلا") or t.norm == "بالفعل" for t in tokens[i + 2 : i + 4]):
        return ""  # قد تعترف بالفعل "has indeed recognised": قد + بالفعل is the perfect's emphasis
    # a "word" of more than 11 letters is run-together text (قد تعهدبهاترامب…), not one verb
    if nxt in ("تم", "تمت"):
        return "weak"  # قد تم "has been", yet also how a translator writes "may have been": it answers, never raises
    if len(nxt) < 3 or len(nxt) > 11 or nxt[0] not in "يت" or nxt.endswith(_PERFECT_SUFFIX):
        return ""
    if _only_a_noun(tokens[at]):
        return ""  # فريقه فقد تركيزه "his side lost its focus": فقد is the verb 'lost' before a noun, no قد
    if nxt in _AR_MODAL_BE:
        return "hedge"  # قد تكون "may be": the perfect تكوّن "was formed" is not what قد stands before here
    if has_perfect_reading(tokens[i + 1].text) and _kana_opens_clause(text, tokens, i):
        return ""
    return "ambiguous" if has_perfect_reading(tokens[i + 1].text) else "hedge"


def _is_kana(t: ArToken) -> bool:
    """The word is the past of كان, the auxiliary of the pluperfect (كان، وكانت، كانوا)."""
    return t.bare in ("كان", "كانت", "كانوا", "كانا") or t.norm in ("وكان", "وكانت")


def _kana_opens_clause(text: str, tokens: list[ArToken], i: int) -> bool:
    """A كان heads the clause of the قد at token ``i``, however long its subject (وكان الاتحاد الوطني للمزارعين في
    كينيا (KENAFF) قد تقدّم "had filed"): nothing between them opens another clause, and no verb stands between
    (وكانت الحكومة أقرت خطة قد تسبب …: that كان has its verb, and قد opens a relative clause, 'which may cause')."""
    for k in range(i, 0, -1):
        if opens_clause(text, tokens, k) or (k < i and _only_a_verb(tokens[k])):
            return False
        if _is_kana(tokens[k - 1]):
            return True
    return False


def _only_a_verb(t: ArToken) -> bool:
    """Every reading the lexicon gives the word is a verb (أقرت، يدرس)."""
    readings = analyses(t.text)
    return bool(readings) and all(a.stem.pos.startswith("VERB") for a in readings)


def _only_a_noun(t: ArToken) -> bool:
    """The lexicon reads the word, and never as a verb (تركيزه "its focus"): no verb for قد to stand before."""
    readings = analyses(t.text)
    return bool(readings) and not any(a.stem.pos.startswith("VERB") for a in readings)


def _on_someone(t: ArToken) -> bool:
    """على with a third person's pronoun (عليه، عليها، عليهم): after بدا/يبدو it says what shows on someone, not what
    seems so (على alone is left: علي is also the name Ali, and يبدو علي متعبًا "Ali seems tired" hedges; so is يبدو
    علينا أن ننتظر "it seems we must wait")."""
    return t.norm.startswith("علي") and len(t.norm) > 3 and t.norm[3:] in ("ه", "ها", "هم", "هما", "هن")


def _noun(word: str) -> bool:
    """Some reading of the Arabic word is a noun (قطعًا 'pieces', as well as the adverb 'absolutely')."""
    return any(a.stem.pos == "NOUN" for a in analyses(word))


def _set_apart(text: str, toks: list[ArToken], i: int, j: int) -> bool:
    """The phrase of tokens i..j stands apart: at its clause's start (a comma or nothing before it) or at its end (a
    comma, a stop or nothing after it): على ما يُذكر "reportedly" as an aside, not على governed by the word before
    (تعليقاً على ما يذكر في وسائل التواصل "commenting on what is said on social media")."""
    before, after = text[: toks[i].start], text[toks[j - 1].end :]
    if not before.strip() or re.search(r"[،,؛;:(«\"“]\s*$", before):
        return True
    return not after.strip() or bool(re.match(r"\s*[،,.؛;:)»\"”!؟?]", after))


def arabic_markers(pair: AlignedPair) -> list[Marker]:
    """Hedges, boosters and future markers in the Arabic sentences of a pair."""
    lex = _ar_lexicon()
    out: list[Marker] = []
    for k, s in enumerate(pair.ar):
        toks = ar_tokens(s.text)
        zones = _speech_zones(s.text)
        verbs = {v.start for v in pair.view.ar_verbs[k]}
        credit = _AR_HEADLINE_SOURCE.match(s.text)
        if credit:  # 'مصادر: الجيش ينتشر …': a headline credited to unnamed sources
            out.append(Marker(credit.group(1), "hedge", "source", k, False, credit.start(1)))
        out += [
            Marker(v.text, "weak", "allegation", k, _in(zones, v.start), v.start)
            for v in pair.view.ar_verbs[k]
            if v.cls == "distancing"
        ]
        qad_seen = False
        for i, t in enumerate(toks):
            kind = qad_hedge(toks, i, s.text)
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
        phrases = match_phrases(toks, lex)
        # لم تستبعد (بعدُ) احتمال أن "has not (yet) ruled out the possibility that": the possibility is the one the
        # phrase of ruling out names, one hedge with it, which 'has not ruled out' renders whole
        ruled_out = [j for _, j, value in phrases if value[0] == "weak" and "rule" in value[2]]
        for i, j, value in phrases:
            kind, family, _gloss = value
            if kind == "hedge" and family == "possibility" and any(0 <= i - end <= 1 for end in ruled_out):
                kind = "weak"
            if family == "source" and j < len(toks) and toks[j].bare in ("ذلك", "لذلك"):
                continue  # وفقا لذلك "accordingly"
            if family == "report" and toks[i].norm == "علي" and not _set_apart(s.text, toks, i, j):
                continue  # ردا على ما يقال "in response to what is said": على is the word before's, no 'reportedly'
            if family == "source" and j < len(toks) and toks[j].norm in _AR_VERB_PREPOSITIONS:
                continue  # إذا ووفق على الدواء "if the drug is approved": the verb وافق/وُفّق, and a preposition after it
            if family == "allegation" and any(t.bare in _AR_NOT for t in toks[max(0, i - 3) : i]):
                continue  # ليس هناك ما يسمى "there is no such thing as"
            if kind == "booster" and any(t.norm in _AR_NEG_BOOST for t in toks[max(0, i - 2) : i]):
                continue  # ليس من المؤكد "it is not certain": a negated booster is no booster
            if (
                kind == "hedge"
                and re.search(r"\bpossible\b", _gloss)
                and any(t.norm in _AR_NEG_BOOST or t.bare in _AR_NEG_BOOST for t in toks[max(0, i - 2) : i])
                and not (j < len(toks) and negative_in_meaning(toks[j].text))
            ):
                # ولم يكن من الممكن "it was not possible": a possibility denied is stated firmly, no hedge (but من غير
                # المرجح "it is unlikely" still hedges, and so does ليس من الممكن استبعاد "it cannot be ruled out")
                continue
            if kind == "booster" and j - i == 1 and j < len(toks) and toks[j].norm == "من" and _noun(toks[i].text):
                continue  # قطعًا من قشور "pieces of shell": the noun the booster's word also is, with its من "of"
            if kind == "hedge" and i > 0 and (toks[i - 1].bare in _AR_ANY_ALL or toks[i - 1].norm in _AR_ANY_ALL):
                continue  # لا نستبعد أي احتمال "we rule nothing out": possibilities in general, no claim hedged
            if toks[i].start in verbs and j - i == 1:
                # يزعم as the reporting verb: the reporting-verb detector's business; أفادت تقارير "reports
                # said", a verb with its impersonal subject, stays a hedge
                kind = "weak"
            if family == "appearance" and j < len(toks) and _on_someone(toks[j]):
                continue  # دون أن تبدو عليه أي ردة فعل "without any visible reaction": shown on him, no claim hedged
            if kind == "hedge" and family == "report" and _in_outlet_name(toks, i):
                continue  # وكالة الأنباء "the news agency": a word of an outlet's name, no reports hedged
            if family == "source" and j < len(toks) and is_rule(toks[j]):
                continue  # وفق قانون مكافحة الإرهاب "under the anti-terror law": a rule followed, no claim hedged
            if family == "source" and not _names_a_source(toks, j, frozenset(verbs)):
                clause = max(s.text.rfind(c, 0, toks[i].start) for c in "،,؛;")  # the verb in the same clause
                if any(varying(u) for u in toks[:i] if u.start > clause):
                    continue  # يتراوح السعر بين … بحسب الحجم "ranges … depending on size": no one's claim
                family = "report"  # وفق النتائج الأولية: according to results, not to a person
            elif family == "source" and kind == "hedge" and not _unnamed_source(toks, j):
                kind = "weak"  # بحسب المصدر، وفقا للمرصد: a named source dropped is the attribution detector's
            out.append(Marker(ar_span(s.text, toks, i, j), kind, family, k, _in(zones, toks[i].start), toks[i].start))
        taken = [(m.start, m.start + len(m.text)) for m in out if m.sentence == k and m.kind != "weak"]
        for i, j in _evidence_indicates(toks):
            if not any(a < toks[j - 1].end and toks[i].start < b for a, b in taken):
                span = ar_span(s.text, toks, i, j)
                # أشارت التقديرات إلى أن "the estimates indicate": the weak word is the hedge's own, not a second marker
                out = [
                    m
                    for m in out
                    if not (m.sentence == k and m.kind == "weak" and toks[i].start <= m.start < toks[j - 1].end)
                ]
                out.append(Marker(span, "hedge", "evidence", k, _in(zones, toks[i].start), toks[i].start))
    return sorted(out, key=lambda m: (m.sentence, m.start))


# بنحو، بحوالي، بقرابة، بما يقارب "at about", or ب before a figure: the figure an estimate puts a number at
_AR_AT_FIGURE = re.compile(r"^(?:ب(?:نحو|حوالي|حوالى|قرابه|ما|[\d٠-٩])|[\d٠-٩])")


def estimated_figure(m: Marker, text: str) -> bool:
    """A weak estimate (يُقدَّر، تقدر) that puts a figure at a number within eight words (يُقدَّر عدد الموظفين بنحو
    مليون "the number of employees is estimated at about a million"): a hedge on that figure. Not elsewhere
    (يقدّر الجهود "appreciates the efforts"), nor the noun تقديرات "estimates"."""
    if m.kind != "weak" or m.family != "estimate" or normalize_ar(m.text).startswith("تقديرات"):
        return False
    after = [t.norm for t in ar_tokens(text) if t.start > m.start][:8]
    return any(_AR_AT_FIGURE.match(w) for w in after)


# أي "any", كل/جميع/كافة "all" before a hedge noun: the possibilities named in general
_AR_ANY_ALL = word_set("function_words_ar.tsv", "general_quantifier")
_AR_INDICATE = word_set("certainty_words_ar.tsv", "indicate")
_AR_EVIDENCE = word_set("certainty_words_ar.tsv", "evidence")


def _evidence_indicates(toks: list[ArToken]) -> list[tuple[int, int]]:
    """Token ranges [i, j) where figures or evidence point to the claim: a verb of indicating with an evidence
    noun as subject, before it or after it (two words between at most: بيانات أولية، النتائج المخبرية), up to
    the إلى or أن it governs (وتشير بيانات أولية إلى أن، السجلات تشير إلى)."""
    out = []
    for v, t in enumerate(toks):
        if t.norm not in _AR_INDICATE and t.norm[1:] not in _AR_INDICATE:
            continue
        if v + 1 < len(toks) and _evidence(toks[v + 1]):
            start, rest = v, v + 2  # وتشير بيانات رسمية حديثة إلى أن: the adjectives may come before إلى
        elif t.norm in _AR_INDICATE and any(_evidence(toks[n]) for n in range(max(0, v - 3), v)):
            # الأرقام تشير إلى: the subject first, and the verb with no و (وأشار after a noun opens its own clause,
            # its subject after it), straight on to إلى
            start, rest = next(n for n in range(max(0, v - 3), v) if _evidence(toks[n])), v + 1
        else:
            continue
        reach = rest + 3 if start == v else rest + 1
        to = next((n for n in range(rest, min(len(toks), reach)) if toks[n].norm in _TO_THAT), None)
        if to is None:
            continue
        that = to + 1 < len(toks) and toks[to].norm == "الي" and toks[to + 1].norm in ("ان", "انه", "انها")
        out.append((start, to + 2 if that else to + 1))
    return out


_TO_THAT = frozenset(("الي", "ان", "بان"))


def _evidence(t: ArToken) -> bool:
    """An evidence noun, with or without the article and و (بيانات: its ب is no clitic)."""
    core = re.sub(r"^[وف]?(?:ال)?", "", t.norm)
    return t.bare in _AR_EVIDENCE or t.norm in _AR_EVIDENCE or core in _AR_EVIDENCE


_AR_RULES = word_set("certainty_words_ar.tsv", "rule")
_AR_VARYING = frozenset(normalize_ar(w) for w in word_set("credit_cues_ar.tsv", "varying"))


def varying(t: ArToken) -> bool:
    """A verb of varying or depending (تختلف، يتراوح، يعتمد): a source phrase after it says "depending on"."""
    return strip_clitics(t.norm) in _AR_VARYING


def is_rule(t: ArToken) -> bool:
    """A law, rule or plan (قانون، للمادة، الاتفاق): what وفق before it follows is no one's claim."""
    return t.bare in _AR_RULES or t.norm.removeprefix("ل").removeprefix("ل") in _AR_RULES


def _names_a_source(toks: list[ArToken], j: int, verbs: frozenset[int] = frozenset()) -> bool:
    """بحسب مصدر / وفقا لوزارة / بحسب الحيالي: the words after the cue name someone. بحسب ما أعلنت جمعية
    "as an association announced": a reporting verb (its start in ``verbs``) after ما has a speaker for its
    subject, unless that subject is reports (بحسب ما أفادت تقارير)."""
    from workbench.findings._words import is_name_word

    if j + 1 < len(toks) and toks[j].bare == "ما" and (toks[j + 1].start in verbs or _resumptive_verb(toks[j + 1])):
        lex = _ar_lexicon()
        return not any(lex.get((t.bare,), ("", ""))[1] == "report" for t in toks[j + 2 : j + 4])
    return any(_source_kind(t) or is_name_word(t.text) for t in toks[j : j + 3])


def _resumptive_verb(t: ArToken) -> bool:
    """A reporting verb with the pronoun that takes up ما after it (وفق ما ذكرته الوزارة "as the ministry
    stated it", بحسب ما نشرها): the verb reader knows the verb without that pronoun."""
    return any(t.norm.endswith(p) and bool(arabic_verbs(t.norm[: -len(p)])) for p in ("ها", "ه"))


def _in_outlet_name(toks: list[ArToken], i: int) -> bool:
    """The word at ``i`` is part of an outlet's name: right after an outlet word (وكالة الأنباء), or with لل
    up to three words after one (وكالة السودان للأنباء "the Sudan News Agency", وكالة تونس إفريقيا للأنباء
    "Tunis Afrique Presse", وكالة المغرب العربي للأنباء)."""
    back = 1 if not toks[i].norm.startswith("لل") else 3
    return any(_source_kind(u) == "outlet" for u in toks[max(0, i - back) : i])


def _source_kind(t: ArToken) -> str:
    """source_kind of a word, read with and without its proclitics: the و of وزارة "ministry" or وكالة
    "agency" is a letter of the word, not "and"."""
    from workbench.findings._sources import source_kind

    return source_kind(t.bare) or source_kind(t.norm.removeprefix("ال"))


def _unnamed_source(toks: list[ArToken], j: int) -> bool:
    """بحسب مصادر ميدانية، وفقا لمصدر: the source after the cue is indefinite and anonymous."""

    if j + 2 < len(toks) and toks[j].bare == "ما":
        j += 2  # بحسب ما أفادت مصادر "according to what sources reported": the source follows the verb
    if j >= len(toks):
        return False
    norm = toks[j].norm
    definite = norm.startswith(("ال", "لل")) or norm[1:].startswith("ال")  # المصدر، للمصدر، بالمصدر
    return (_source_kind(toks[j]) == "anonymous" and not definite) or unowned_figures(toks, j)


_AR_UNOWNED = word_set("certainty_words_ar.tsv", "unowned")


def unowned_figures(toks: Sequence[ArToken], j: int) -> bool:
    """Figures no one owns: an evidence noun (إحصاءات، تقديرات) with a qualifier that names no owner after it
    (إحصاءات غير رسمية "unofficial statistics", تقديرات أولية "early estimates"), and no owner after that (تقديرات
    أولية للمجلس "the council's early estimates", إحصاءات أولية نشرتها وزارة الصحة): credited to no one."""
    if not (
        j + 1 < len(toks)
        and toks[j].bare in _AR_EVIDENCE
        and not toks[j].norm.startswith(("ال", "وال", "بال", "لل"))
        and toks[j + 1].norm in _AR_UNOWNED
    ):
        return False
    # an owner after the qualifier: with ل, or named after a verb or participle (نشرتها وزارة الصحة، صادرة عن الوزارة)
    after = toks[j + 2 : j + 5]
    return not any((t.norm.startswith("ل") and len(t.norm) > 3) or _source_kind(t) for t in after)


def english_markers(pair: AlignedPair) -> list[Marker]:
    """Hedges, boosters and future markers in the English sentences of a pair."""
    out: list[Marker] = []
    for k, s in enumerate(pair.en):
        zones = _speech_zones(s.text)
        verbs = {v.start for v in pair.view.en_verbs[k]}
        out += [
            Marker(v.text, "weak", "allegation", k, _in(zones, v.start), v.start)
            for v in pair.view.en_verbs[k]
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
                if (
                    kind == "hedge"
                    and word.lower() in ("may", "might")
                    and _WH_BEFORE.search(before)
                    and not _relative_before(before)
                    and not (_relative_clause_before(before) and not _permits(pair))
                ):
                    kind = "weak"  # "how long the struggle may be": an indirect question, not a hedge
                if (
                    kind == "hedge"
                    and word.lower() == "may"
                    and (
                        (_MAY_ONLY.match(after) or _ONLY_BEFORE.search(before) or _NO_SUBJECT.search(before))
                        and _permits(pair)
                        or _entitles(pair)
                    )
                ):
                    # لا يُسمح … إلا بموافقة → "may only leave with approval", لا يُسمح إلا للصيادين المرخصين →
                    # "only licensed hunters may fire", معاهدة يُسمح بموجبها → "a treaty under which … may move":
                    # permission, not a hedge
                    kind = "weak"
                if kind == "hedge" and word.lower() in ("may", "might") and _YOU_MAY.search(before + "|" + after):
                    kind = "weak"  # "you may think I am sad": a concession to the listener, not a hedge on the claim
                if kind == "hedge" and family == "appearance" and _NOT_OR_DO_BEFORE.search(before):
                    kind = "weak"  # "did not appear to sit well", "does seem applicable": litotes or emphasis
                reported = any(v < m.start() for v in verbs) or re.search(r"\bthat\b", before)
                if word.lower() == "would" and not reported:
                    kind, family = "weak", "possibility"  # "some reporters would contest": hypothetical, like قد
                if word.lower() == "possible" and (
                    _AS_POSSIBLE.search(before) or _IF_POSSIBLE.search(before) and _POSSIBLE_ENDS.match(after)
                ):
                    continue  # 'as soon as possible', 'where possible': an idiom of manner, nothing said to be possible
                if kind == "booster" and _NOT_BEFORE.search(before):
                    continue  # "not certainly": a negated booster is no booster
                if kind == "booster" and (re.match(r"\s+or\b", after) or re.search(r"\bor\s+$", before)):
                    continue  # "definitely or probably believed": a scale of answers, not the writer's certainty
                if (
                    family == "source"
                    and word.lower() == "by"
                    and not _BY_CREDIT.search(before)
                    and not _BY_CREDIT_AFTER.match(after)
                ):
                    continue  # 'caused by a fault', 'cut by a quarter': an agent or a measure, no one credited
                if family == "source" and word.lower() in ("source", "sources") and _THING_SOURCE.search(before):
                    continue  # 'contaminated water sources', 'energy sources': a thing's origin, no one credited
                if family == "source" and word.lower() == "under" and _UNDER_A_STATE.search(before):
                    continue  # 'came under repeated incursions', 'is under way': a state, no one's figures
                if family == "source" and kind == "hedge" and not _hearsay_after(after):
                    kind = "weak"  # 'according to officials', '… to the ministry': a credit, the attribution detector's
                hearsay = word.lower().endswith(" to") and _BE_BEFORE.search(before)  # "is said to have been"
                if (m.start() in verbs and not hearsay) or re.match(r"\s+(?:that)\b", s.text[m.end() :]):
                    kind = "weak"  # "alleged that": a reporting verb, the reporting-verb detector's business
                taken.append((m.start(), m.end()))
                out.append(Marker(word, kind, family, k, _in(zones, m.start()), m.start()))
    return sorted(out, key=lambda m: (m.sentence, m.start))


_AR_PERMISSION = word_set("certainty_words_ar.tsv", "permission")
# 'as soon as possible', 'as far as possible', and 'where possible', 'if possible' closing their phrase (not 'where
# possible survivors are'): a manner, no possibility claimed
_AS_POSSIBLE = re.compile(r"\b(?:as\s+[a-z]+\s+as|as\s+(?:many|much)\s+(?:[a-z]+\s+)?as)\s+$", re.I)
_IF_POSSIBLE = re.compile(r"\b(?:if|where|wherever|whenever)\s+$", re.I)
_POSSIBLE_ENDS = re.compile(r"\s*(?:[,.;:)!?\"”’»]|$|(?:and|or|but)\b)", re.I)
# a form of 'be' before 'said to', 'thought to': the passive of hearsay, no verb crediting anyone
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$", re.I)
# 'may only', 'may not', a verb between ('may sail only when', لا يُسمح بإبحار … إلا عندما), or an 'only' after the
# verb's phrase ('may fish on the lake only when')
_MAY_ONLY = re.compile(r"\s+(?:(?:[a-z]+\s+)?(?:only|not|no longer|also)|(?:[\w'’-]+\s+){1,5}only)\b", re.I)
# 'no' opening the subject of 'may' ("no animal may be slaughtered", لن يُسمح بذبح أي أضحية): what is forbidden
_NO_SUBJECT = re.compile(r"(?:^|[^\w'’-])[Nn]o\s+(?:[\w'’-]+\s+){1,4}$")
# 'only' opening the subject of 'may' ("only licensed hunters may"), or 'under which' before it: what is permitted
_ONLY_BEFORE = re.compile(r"\b(?:only|under which|whereby)\s+(?:[\w'’-]+\s+){0,6}$", re.I)


def _permits(pair: AlignedPair) -> bool:
    """Whether the Arabic of the pair permits or forbids something (يسمح، يجوز، يحظر …)."""
    return any(
        t.norm.removeprefix("و").removeprefix("ف") in _AR_PERMISSION or t.bare in _AR_PERMISSION
        for s in pair.ar
        for t in ar_tokens(s.text)
    )


# يحق "is entitled", يجوز "may lawfully": the Arabic grants a right, which an English "may" renders
_AR_ENTITLED = word_set("certainty_words_ar.tsv", "entitlement")


def _entitles(pair: AlignedPair) -> bool:
    """Whether the Arabic of the pair grants a right (يحق للحكومة أن تنفق "the government is entitled to spend")."""
    return any(t.norm.removeprefix("و").removeprefix("ف") in _AR_ENTITLED for s in pair.ar for t in ar_tokens(s.text))


def _en_words(use: str) -> str:
    """An alternation of one list of certainty_words_en.tsv, its stems (the ``use``_stem list) taking any ending."""
    stems = word_set("certainty_words_en.tsv", f"{use}_stem")
    words = alternation(word_set("certainty_words_en.tsv", use))
    return f"(?:{alternation(stems)})\\w*|{words}" if stems else words


_WH_WORDS = alternation(word_set("function_words_en.tsv", "certainty_wh"))
_WH_BEFORE = re.compile(rf"\b(?:{_WH_WORDS})\s+(?:[\w'’-]+\s+){{0,4}}$", re.I)
_YOU_MAY = re.compile(rf"\byou\s+\|\s+(?:{_en_words('you_may')})\b", re.I)


# "colleagues who may be on hand", "a depression, which may then track north": who/which right before the
# modal (an adverb between) opens a relative clause on the noun before it, and the modal hedges its claim;
# after a verb of knowing or asking ("unclear who may be responsible") it is an indirect question
_RELATIVE = re.compile(
    r"(?:^|([A-Za-z]+)|[,;(—–-])\s*\b(?:who|which)\s+(?:[a-z]+ly\s+|then\s+|also\s+|still\s+)?$", re.I
)
_QUESTION_FRAMES = word_set("certainty_words_en.tsv", "question_frame")
# a noun, 'who' and a verb with up to three more words before the modal ('Residents who take part may')
_RELATIVE_CLAUSE = re.compile(r"\b([A-Za-z]+)\s+who\s+(?:[\w'’-]+\s+){1,4}$", re.I)


def _relative_before(before: str) -> bool:
    """The words before a modal end in a relative who/which on a noun, not in an indirect question."""
    m = _RELATIVE.search(before)
    if m is None:
        return False
    return m.group(1) is None or m.group(1).lower() not in _QUESTION_FRAMES


def _relative_clause_before(before: str) -> bool:
    """A relative clause on the modal's subject stands right before it: a noun, 'who' and a verb with up to three more
    words ('Residents who take part may receive'): the modal is the main clause's. Only 'who' (a 'which' before a noun
    asks which one: 'specify which areas may'), not after a word of function or a frame of asking, and not where the
    Arabic permits (the caller's: 'Residents who hold permits may enter' for يُسمح, a permission)."""
    m = _RELATIVE_CLAUSE.search(before)
    return m is not None and m.group(1).lower() not in STOPWORDS and m.group(1).lower() not in _QUESTION_FRAMES


def _hearsay_after(after: str) -> bool:
    """The words after 'according to' credit no one by name or post: sources, a source, reports, rumours."""
    from workbench.findings._sources import english_source_kind

    words = re.findall(r"[A-Za-z]+", re.split(r"[,.;:]", after, maxsplit=1)[0])[:4]
    return any(english_source_kind(w) == "anonymous" or w.lower() in _report_words() for w in words)


@lru_cache(maxsize=1)
def _report_words() -> frozenset[str]:
    return frozenset(r[0] for r in load("hedges_en.tsv") if r[2] == "report" and " " not in r[0])


_NOT_BEFORE = re.compile(r"(?:\b(?:not|never)|n't)\s+$", re.I)
_NOT_OR_DO_BEFORE = re.compile(r"(?:\b(?:not|never|do|does|did)|n't)\s+$", re.I)
_AR_HEADLINE_SOURCE = re.compile(r"^\s*((?:مصادر|مصدر)(?:\s+\S+){0,2}\s*:)")
_MAY_NAME_BEFORE = re.compile(r"\b(?:Theresa|Mrs|PM|Minister|Premier)\.?\s+$")
_HEADLINE_CREDIT = re.compile(r"\s[-–—]\s+((?:[A-Z][\w.'’]*\s*){1,5})$")
_MONTH_BEFORE = re.compile(rf"\b(?:{_en_words('month_before')})\s+$", re.I)
# 'by' credits a source only after a verb of reporting or a word for what is reported (by_credit), or before such a
# word within three ('by some accounts', 'by the ministry's count', 'by one estimate')
_BY_CREDIT = re.compile(rf"\b(?:{_en_words('by_credit')})\s+$", re.I)
_THING_SOURCE = re.compile(rf"\b(?:{_en_words('thing_source')})\s+$", re.I)
# a verb of coming or being right before 'under' ('came under fire', 'is under way', 'remain under siege'): a state
_UNDER_A_STATE = re.compile(rf"\b(?:{_en_words('under_state')})\s+$", re.I)
_BY_CREDIT_AFTER = re.compile(rf"\s+(?:[\w'’-]+\s+){{0,3}}(?:{_en_words('by_credit')})\b", re.I)


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


# the certainty detector reads this too (under its private name there)
speech_zones = _speech_zones
en_words = _en_words  # read by certainty.py too
