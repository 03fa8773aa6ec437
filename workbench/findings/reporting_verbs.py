"""Reporting verbs: the force with which a statement is attributed (said → revealed, confirmed → said)."""

from __future__ import annotations

import re

from workbench.findings._sources import source_kind
from workbench.findings._verbs import EN_REPORTING_STEMS, Verb
from workbench.findings._words import ar_tokens, gloss_stems, has_quote_marks
from workbench.findings.base import AlignedPair, FindingKind, make_finding
from workbench.lexicons import alternation, word_set
from workbench.records import Finding
from workbench.text.arabic import normalize_ar
from workbench.text.english import stem

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

_BE_BEFORE = re.compile(
    rf"\b(?:{alternation(word_set('function_words_en.tsv', 'reporting_be'))})\s+(?:\w+ly\s+)?$", re.I
)
# English verbs that mark a revelation or a confirmation on their own: with no Arabic verb for them
# they are reported (commissive verbs are not on the list: see its header)
_UNPAIRED_FORCE = word_set("reporting_frames_en.tsv", "unpaired_force")


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
    """Some English word of the pair is a sense of the Arabic verb (other than 'say') as a verb of saying: one
    of the English reporting verbs ('announcing' for أعلن), not a sense of another reading of its letters
    (أكد also reads كدّ 'toil', glossed 'work': 'work would start' keeps no confirmation)."""
    senses = (gloss_stems(a.text) - {"say"}) & EN_REPORTING_STEMS
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
    ar_v = [v for verbs in pair.view.ar_verbs for v in verbs]
    en_v = [v for verbs in pair.view.en_verbs for v in verbs]
    if not en_v:
        return []
    # أظهر "showed" rendered by a word outside the verb list ("the poll shows"): it renders no verb here
    en_words = {stem(w.lower()) for w in re.findall(r"[A-Za-z]+", pair.en_text)} - {
        stem(e.text.split()[0].lower()) for e in en_v
    }
    ar_v = [a for a in ar_v if a.cls != "any" or not (gloss_stems(a.text) & en_words)]
    negated = _negated_verbs(pair)
    findings: list[Finding] = []
    for a, e in pair_verbs(ar_v, en_v):
        if id(e) in negated or (a is not None and id(a) in negated):
            continue  # لم تعلن → "has not reported": a verb denied asserts nothing, its force is moot
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
        if a.cls == "revelatory" and stem(e.text.split()[0].lower()) == "report" and _outlet_subject(pair, a):
            continue  # كشفت صحيفة "a newspaper revealed" → 'reported': what a news outlet reveals it reports
        if e.text.lower().startswith("unveil") and _thing_announced(pair, a, e):
            continue  # أعلنت الشركة عن هاتف جديد → 'unveiled a new phone': a thing shown, no statement's force
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
            if _participle_as_saying(a, e):
                continue  # مؤكدةً أن … → "…, saying that": the stock rendering of a circumstantial participle
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


def _participle_as_saying(a: Verb, e: Verb) -> bool:
    """The Arabic verb is an active participle after the main clause (مؤكداً، مشددة: 'stressing') and the English
    renders it with the participle 'saying': translators write ", saying that" for every such participle, so the
    force it drops is the construction's, not the writer's choice (a finite 'said' for أكد stays weakened). A
    warning is no such stress (محذراً من أن "warning that" is what they write): 'saying' for it drops the warning."""
    return e.text.lower() == "saying" and normalize_ar(a.text).startswith("م") and not a.gloss.startswith("warn")


# the words after an Arabic verb searched for its subject (كشف عنها موقع "revealed by a site": a pronoun between)
_SUBJECT_REACH = 3


def _outlet_subject(pair: AlignedPair, a: Verb) -> bool:
    """A news outlet (صحيفة، موقع، قناة) is among the words right after the Arabic verb: its subject."""
    for s in pair.ar:
        if s.text[a.start : a.start + len(a.text)] != a.text:
            continue
        after = [t for t in ar_tokens(s.text) if t.start > a.start][:_SUBJECT_REACH]
        if any("outlet" in (source_kind(t.norm), source_kind(t.bare)) for t in after):
            return True
    return False


def _thing_announced(pair: AlignedPair, a: Verb, e: Verb) -> bool:
    """The Arabic verb takes عن and a noun (أعلنت الشركة عن هاتف "the company announced a phone", its subject
    between) or a noun with no clause or quote anywhere after it (تعلن خطتها "announces its plan", أعلنت
    القيادة إغلاق الطرق "announced the closure of the roads"), and the English verb a noun phrase, no clause
    ('unveiled its new phone', not 'revealed that …'): a product or plan presented."""
    rests = [s.text[a.start + len(a.text) :] for s in pair.ar if s.text[a.start : a.start + len(a.text)] == a.text]
    ar_after = [t.norm for rest in rests for t in ar_tokens(rest)[: _SUBJECT_REACH + 1]]
    plain = bool(rests) and not any(
        has_quote_marks(rest) or ":" in rest or any(t.norm in _AR_CLAUSE_OPENERS for t in ar_tokens(rest))
        for rest in rests
    )
    en_after = [
        m.group(1).lower()
        for s in pair.en
        if s.text[e.start : e.start + len(e.text)] == e.text
        for m in [re.match(r"\s+([A-Za-z]+)", s.text[e.start + len(e.text) :])]
        if m
    ]
    return ("عن" in ar_after or plain) and bool(en_after) and en_after[0] not in _EN_CLAUSE_OPENERS


# أن، إن، بأن (normalised): a statement follows the Arabic verb, not a thing
_AR_CLAUSE_OPENERS = word_set("function_words_ar.tsv", "statement_opener")
# words that open a clause after a verb: what follows is a statement, not a thing
_EN_CLAUSE_OPENERS = frozenset(("that", "what", "how", "why", "when", "where", "whether", "who", "details", "plans"))


_AR_NEGATED = re.compile(r"(?:^|\s)[وف]?(?:لم|لن|لا)\s+$")  # not ما: هذا ما قاله "this is what he said"
_EN_NEGATED = re.compile(
    r"(?:\b(?:not|never|no longer)|n't)\s+(?:(?:yet|so far|also|ever|even)\s+)?(?:been\s+)?$", re.I
)


def _negated_verbs(pair: AlignedPair) -> set[int]:
    """The ids of the reporting verbs a negation governs (ولم تعلن، "has not reported", "did not say")."""
    out: set[int] = set()
    for sentences, verbs, pattern, read in (
        (pair.ar, pair.view.ar_verbs, _AR_NEGATED, normalize_ar),  # لَمْ with its vowels is لم
        (pair.en, pair.view.en_verbs, _EN_NEGATED, str),
    ):
        for sentence, found in zip(sentences, verbs, strict=True):
            out.update(id(v) for v in found if pattern.search(read(sentence.text[: v.start])))
    return out


_AR_ATTRIBUTION = re.compile(rf"(?:^|\s)[وف]?(?:{alternation(word_set('credit_cues_ar.tsv', 'source'))})(?:\s|$)")


def _ar_attributes(pair: AlignedPair) -> bool:
    """The Arabic credits the statement to someone (a reporting verb or بحسب/وفقا ل)."""
    return bool(_AR_ATTRIBUTION.search(normalize_ar(pair.ar_text)))


def _ar_asserts(pair: AlignedPair, e: Verb) -> bool:
    """The Arabic carries the same force in another word (تأكيد، مؤكدا، الكشف عن) for an unpaired English verb, a
    confirmation also in a check made (بعد التثبت من، عقب التأكد من "after confirming that"; not دون التأكد "without
    making sure", nor تسعى إلى التثبت "seeks to verify"); a revelation also renders a discovery (اكتشف علماء مقبرة
    'uncovered a tomb', عثر على، العثور)."""
    norm = normalize_ar(pair.ar_text)
    if e.cls == "assertive":
        return bool(
            re.search(r"(?:^|\s)[وفب]?(?:ال)?(?:تاكيد|مؤكد|اكد|يؤكد|تؤكد|اعلان|تحذير|شدد)", norm)
            or re.search(r"(?:^|\s)[و]?(?:بعد|عقب|اثر)\s+(?:ال)?(?:تاكد|تثبت)", norm)
        )
    return bool(re.search(r"(?:^|\s)[وفب]?(?:ال)?(?:كشف|الكشف|اكتشف|يكتشف|تكتشف|اكتشاف|عثر|يعثر|تعثر|عثور)", norm))
