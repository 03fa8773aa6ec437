"""The whole pipeline in one place: read → segment → translate → align → compare."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace

import numpy as np

from workbench import __version__
from workbench.align import (
    AlignOptions,
    align,
    facing_gaps,
    join_by_clause,
    join_by_figures,
    join_by_words,
    joinable_gaps,
    link_moved,
    link_order,
    other_material,
    split_headlines,
    unlink_unrelated,
)
from workbench.encode import DEFAULT_ENCODER, Encoder, get_encoder
from workbench.encode.cache import CachedEncoder
from workbench.findings import match_words, run_detectors
from workbench.findings.base import AlignedPair
from workbench.lexicons import signature as lexicon_signature
from workbench.lexicons import word_set
from workbench.morphology import get_morphology
from workbench.records import Comparison, Document, Finding, Link, Sentence
from workbench.text.arabic import normalize_ar
from workbench.text.english import STOPWORDS, turns_to_another_story
from workbench.text.quotes import find_quotes
from workbench.text.segment import presegmented as split_lines
from workbench.text.segment import segment
from workbench.translate.base import Translator

Progress = Callable[[str, float], None]


def make_document(text: str, lang: str, *, source: str = "<text>", presegmented: bool = False) -> Document:
    """Segment ``text`` into a Document (every non-empty line one sentence when ``presegmented``)."""
    sentences = split_lines(text) if presegmented else segment(text, lang)
    return Document(lang=lang, text=text, sentences=sentences, source=source)


def compare_documents(
    ar: Document,
    en: Document,
    translator: Translator,
    *,
    anchors: Sequence[tuple[Sequence[int], Sequence[int]]] = (),
    align_options: AlignOptions | None = None,
    encoder: Encoder | str | None = DEFAULT_ENCODER,
    progress: Progress | None = None,
    calibrated: bool = True,
) -> Comparison:
    """Translate, align and compare two segmented documents.

    ``encoder``: the multilingual sentence encoder whose similarities join the aligner's lexical
    evidence (a loaded Encoder or its name); None aligns by words, numbers and names alone.
    ``calibrated``: as in ``findings.run_detectors`` (False only to measure the detectors' own severity).
    """
    report = progress or (lambda stage, fraction: None)
    report("translating", 0.0)
    quote_inners = sorted({s.text[q.start + 1 : q.end - 1] for s in ar.sentences for q in find_quotes(s.text)})
    rendered = translator.translate([s.text for s in ar.sentences] + quote_inners)
    translations = tuple(rendered[: len(ar.sentences)])
    quote_renderings = dict(zip(quote_inners, rendered[len(ar.sentences) :]))
    report("aligning", 0.6)
    matching = translator.match_texts([s.text for s in ar.sentences])
    enc = get_encoder(encoder) if isinstance(encoder, str) else encoder
    src_vectors, tgt_vectors = sentence_vectors(enc, ar, en) if enc is not None else (None, None)
    links = align(
        matching,
        [s.text for s in en.sentences],
        options=align_options,
        anchors=anchors,
        src_lengths=[len(s.text) for s in ar.sentences],
        src_vectors=src_vectors,
        tgt_vectors=tgt_vectors,
    )
    cut_memo: CutMemo = {}  # the vectors of the pieces best_cut tries, for this comparison only
    if enc is not None and src_vectors is not None and tgt_vectors is not None:
        fixed = {(tuple(a), tuple(e)) for a, e in anchors}
        links = join_by_cut(links, ar, en, enc, src_vectors, tgt_vectors, fixed=fixed, memo=cut_memo)
        texts = ([s.text for s in ar.sentences], [s.text for s in en.sentences])
        links = join_by_figures(links, *texts, src_vectors, tgt_vectors, fixed=fixed)
        links = unlink_unrelated(links, src_vectors, tgt_vectors, fixed=fixed)
        links = unlink_unread(links, ar, en, translations, src_vectors, tgt_vectors, fixed=fixed)
        links = split_headlines(links, *texts, src_vectors, tgt_vectors, fixed=fixed)
        links = join_by_words(links, matching, texts[1], src_vectors, tgt_vectors, fixed=fixed)
        links = link_moved(links, matching, texts[1], src_vectors, tgt_vectors, fixed=fixed)
        # clauses are one-off texts: encoded past the vector cache, which they would only crowd
        uncached = enc.inner if isinstance(enc, CachedEncoder) else enc
        links = join_by_clause(links, matching, texts[1], src_vectors, uncached.encode, fixed=fixed)
    ar_best, en_best = best_similarities(src_vectors, tgt_vectors)
    switches = [j for j, s in enumerate(en.sentences) if turns_to_another_story(s.text)]
    other = other_material(links, len(en.sentences), similarity=en_best, switches=switches)
    report("comparing", 0.8)
    enc_name = enc.name if enc is not None else None
    pairs = [aligned_pair(link, ar, en, translations, quote_renderings, enc_name) for link in links]
    joinable = None
    detected = pairs
    if enc is not None and src_vectors is not None and tgt_vectors is not None:
        joinable = joinable_gaps(links, src_vectors, tgt_vectors)
        detected = split_pairs(pairs, enc, src_vectors, tgt_vectors, translator, cut_memo)
    findings = settle_findings(
        run_detectors(detected, calibrated=calibrated),
        links,
        other,
        ar_best=ar_best,
        en_best=en_best,
        joinable=joinable,
    )
    report("done", 1.0)
    return Comparison(
        ar=ar,
        en=en,
        translator=translator.name,
        translations=translations,
        links=links,
        findings=tuple(findings),
        meta={
            "workbench_version": __version__,
            "translator_signature": translator.signature,
            "encoder": enc.signature if enc is not None else None,
            "buckwalter": get_morphology().signature,
            **lexicon_signature(),
        },
        other_material=other,
        quote_renderings=tuple(quote_renderings.items()),
        pairs=tuple(pairs),
    )


def sentence_vectors(encoder: Encoder, ar: Document, en: Document) -> tuple[np.ndarray, np.ndarray]:
    """Unit vectors of every Arabic and English sentence, encoded in one batch."""
    vectors = encoder.encode([s.text for s in ar.sentences] + [s.text for s in en.sentences])
    return vectors[: len(ar.sentences)], vectors[len(ar.sentences) :]


#: an unlinked sentence whose best cosine to any sentence of the other side reaches this probably has a
#: counterpart the aligner missed (a merge, a heavy rewording): its omission/addition is only minor.
#: Real additions and omissions in rewrites_dev and corpora/ stay below 0.5 (at most 0.48); translations
#: score 0.6-0.9, and pieces of merged sentences the aligner left unlinked in NTREX 0.36-0.63.
LIKELY_COUNTERPART = 0.50

#: a 1-1 link of two long sentences that share almost no words (UNREAD_WORDS of either side found in the
#: other, by the glosses, names and figures) and that the encoder does not find close (below UNREAD_COSINE)
#: is two leftovers the aligner paired: the Arabic's closing background and the English writer's own. On
#: the tuning pairs, 5 of 1,291 predicted 1-1 links were such pairings (cosine 0.25-0.48, words 0.06-0.22)
#: and no right link fell inside all three bars; on the NTREX dev half's 1,007 faithful line pairs, two long
#: sentences did (an idiomatic quote, a court formula) and on the faithful tuning documents' 1,670, one. So
#: the gaps it leaves are uncertain: their omission and addition are minor.
UNREAD_COSINE = 0.50
UNREAD_WORDS = 0.22
UNREAD_CHARS = 80
# … and only Arabic whose words are separated: a line whose words run together (eight letters a word or more on
# average; Arabic news averages about five) shares no word with anything, which says nothing
UNREAD_WORD_CHARS = 8


def unlink_unread(
    links: Sequence[Link],
    ar: Document,
    en: Document,
    translations: Sequence[str],
    src_vectors: np.ndarray,
    tgt_vectors: np.ndarray,
    *,
    fixed: Collection[tuple[tuple[int, ...], tuple[int, ...]]] = (),
) -> tuple[Link, ...]:
    """The links, each 1-1 link of two long sentences (UNREAD_CHARS or more) that neither the words nor the
    encoder tie together (see UNREAD_COSINE) broken into an uncertain omission and an uncertain addition.
    Being uncertain, the English gap is never taken for other material (align.other_material counts only
    the gaps the aligner is sure of): a sentence of another story the aligner had paired stays a minor
    addition. ``fixed`` links (anchors the caller gave) stay."""
    out: list[Link] = []
    for link in links:
        if len(link.ar) != 1 or len(link.en) != 1 or (link.ar, link.en) in fixed:
            out.append(link)
            continue
        a, e = link.ar[0], link.en[0]
        ar_text, en_text = ar.sentences[a].text, en.sentences[e].text
        cosine = float(src_vectors[a] @ tgt_vectors[e])
        if cosine >= UNREAD_COSINE or min(len(ar_text), len(en_text)) < UNREAD_CHARS:
            out.append(link)
            continue
        if len(ar_text.replace(" ", "")) > UNREAD_WORD_CHARS * len(ar_text.split()):
            out.append(link)  # words run together (a scrape that lost its spaces): no word can be matched
            continue
        words = match_words(en_text, ar_text, translations[a])
        if words.recall > UNREAD_WORDS or words.precision > UNREAD_WORDS:
            out.append(link)
            continue
        gap = round(1.0 - max(cosine, 0.0), 3)
        out += [Link((a,), (), gap, uncertain=True), Link((), (e,), gap, uncertain=True)]
    return tuple(sorted(out, key=link_order))


def best_similarities(
    src: np.ndarray | None, tgt: np.ndarray | None, *, block: int = 1024
) -> tuple[list[float] | None, list[float] | None]:
    """Each Arabic sentence's best cosine to any English sentence, and the reverse (None without vectors).

    Computed a block of rows at a time, so memory stays linear in sentences on huge inputs.
    """
    if src is None or tgt is None or not len(src) or not len(tgt):
        return None, None
    ar_best = np.empty(len(src), dtype=np.float32)
    en_best = np.full(len(tgt), -1.0, dtype=np.float32)
    for k in range(0, len(src), block):
        sims = src[k : k + block] @ tgt.T
        ar_best[k : k + block] = sims.max(axis=1)
        np.maximum(en_best, sims.max(axis=0), out=en_best)
    return ar_best.tolist(), en_best.tolist()


def settle_findings(
    findings: Sequence[Finding],
    links: Sequence[Link],
    other: Sequence[int],
    *,
    ar_best: Sequence[float] | None = None,
    en_best: Sequence[float] | None = None,
    joinable: tuple[Collection[int], Collection[int]] | None = None,
) -> list[Finding]:
    """What the alignment's confidence allows the detectors to say.

    English sentences from other material are not additions (SPEC §1: shown apart, not reported);
    a finding on a link the aligner is unsure of is downgraded to minor, and so is an omission or
    addition whose sentence closely resembles one on the other side (``ar_best``/``en_best``: best
    cosines) or faces an unlinked sentence there (between the same links: its counterpart may be that
    one, reworded), or whose meaning a neighbouring link already carries (``joinable``: Arabic and
    English ids, from ``align.joinable_gaps``), so an alignment error does not become a major false finding.
    """
    foreign = set(other)
    unsure_ar = {i for link in links if link.uncertain for i in link.ar}
    unsure_en = {j for link in links if link.uncertain for j in link.en}
    facing_ar, facing_en = facing_gaps(links, foreign)
    unsure_ar |= facing_ar | set(joinable[0] if joinable else ())
    unsure_en |= facing_en | set(joinable[1] if joinable else ())
    out: list[Finding] = []
    said: dict[tuple[str, str, int | None, str, int | None, str], int] = {}
    for f in findings:
        if f.type == "addition" and f.en_sentence in foreign:
            continue
        if f.severity == "major" and (f.ar_sentence in unsure_ar or f.en_sentence in unsure_en):
            f = replace(f, severity="minor")
        if f.severity == "major" and _counterpart_likely(f, ar_best, en_best):
            f = replace(f, severity="minor")
        key = (f.type, f.subtype, f.ar_sentence, f.ar_span, f.en_sentence, f.en_span)
        if key in said:  # the same difference read twice (a pair and a piece of it): one finding, the graver
            if f.severity == "major":
                out[said[key]] = f
            continue
        said[key] = len(out)
        out.append(f)
    return out


def _counterpart_likely(f: Finding, ar_best: Sequence[float] | None, en_best: Sequence[float] | None) -> bool:
    if f.type == "omission" and ar_best is not None and f.ar_sentence is not None:
        return ar_best[f.ar_sentence] >= LIKELY_COUNTERPART
    if f.type == "addition" and en_best is not None and f.en_sentence is not None:
        return en_best[f.en_sentence] >= LIKELY_COUNTERPART
    return False


def compare(
    ar_text: str,
    en_text: str,
    translator: Translator,
    *,
    presegmented: bool = False,
    anchors: Sequence[tuple[Sequence[int], Sequence[int]]] = (),
    ar_source: str = "<arabic>",
    en_source: str = "<english>",
    encoder: Encoder | str | None = DEFAULT_ENCODER,
    align_options: AlignOptions | None = None,
    progress: Progress | None = None,
    calibrated: bool = True,
) -> Comparison:
    """Compare an Arabic original with its English version (``encoder``, ``calibrated`` as in compare_documents)."""
    ar = make_document(ar_text, "ar", source=ar_source, presegmented=presegmented)
    en = make_document(en_text, "en", source=en_source, presegmented=presegmented)
    return compare_documents(
        ar,
        en,
        translator,
        anchors=anchors,
        align_options=align_options,
        encoder=encoder,
        progress=progress,
        calibrated=calibrated,
    )


#: a sentence linked to two sentences of the other side (one Arabic sentence that holds two English ones, as
#: where a sentence ends without a full stop, or the reverse) is handed to the detectors cut in two when a cut
#: makes each piece read like its own counterpart: each piece's cosine with it reaches SPLIT_SIMILARITY and
#: beats its cosine with the other counterpart by SPLIT_MARGIN. Otherwise the detectors compare the whole
#: link, where one sentence's words (a negation, a day) are matched against the other's.
SPLIT_SIMILARITY = 0.45
SPLIT_MARGIN = 0.15
# join_by_cut tries a neighbour only when the whole sentence's vector is this similar to it at least: one
# nearly orthogonal to it cannot hold its translation (every join on the dev sets scored 0.10 or more), and
# trying costs the encoding of every piece
JOIN_MIN_SIMILARITY = 0.1
_MIN_PIECE_WORDS = 3
# a text of more words is no two news sentences run together but unpunctuated text (a page without full
# stops, cut by the segmenter's length cap): it is compared whole, and trying its every cut would cost
# seconds of encoding
_MAX_CUT_WORDS = 100
_SNAP_WORDS = 2
_AR_FUNCTION = word_set("function_words_ar.tsv", "quote_stop")
_ENDS = re.compile(r"(?:[.!?؟…][\"”’»')]*|[\"”»])$")
# a cut next to a comma, colon or dash divides clauses the writer joined on purpose (a translator's 1-2 split,
# "…، مشيراً إلى أن" → "… . He pointed out that"): such links are compared whole. Only a sentence end the
# text did not mark (no punctuation, or one inside a quotation) is cut.
_CLAUSE = frozenset(",،;؛:-–—")
_SPACE = re.compile(r"\s+")


# the cuts best_cut tried on a text and their pieces' vectors, kept for one comparison (``CutMemo``)
Pieces = tuple[tuple[tuple[int, int], ...], np.ndarray]
CutMemo = dict[tuple[str, str], Pieces]


def best_cut(
    text: str,
    counterparts: np.ndarray,
    encoder: Encoder,
    lang: str,
    memo: CutMemo | None = None,
    *,
    clause: bool = False,
) -> int | None:
    """Where ``text`` (in ``lang``) divides into two pieces that read like ``counterparts`` (two unit vectors,
    in order): the offset the second piece starts at, or None when no cut makes each piece its own
    counterpart's, or the best one is no unmarked sentence end (``_unmarked_end``). ``memo``, shared by the
    calls of one comparison, keeps the pieces' vectors of each text tried (join_by_cut tries a sentence
    against both its neighbours, split_pairs may try it again). ``clause``: a cut at clause punctuation
    counts too (a translator's 1-2 split at '…، مشيراً إلى أن' → '… . He pointed out that'): join_by_cut
    grows a link by it, and the link is then compared whole."""
    if len(text.split()) > _MAX_CUT_WORDS:
        return None
    found = memo.get((text, lang)) if memo is not None else None
    if found is None:
        found = _cut_vectors(encoder, text, lang)
        if memo is not None:
            memo[(text, lang)] = found
    cuts, vectors = found
    if not cuts:
        return None
    heads, tails = vectors[: len(cuts)] @ counterparts.T, vectors[len(cuts) :] @ counterparts.T
    k = int(np.argmax(heads[:, 0] + tails[:, 1]))
    # a sentence end a mark shows (u. وذكرت، "…" West), or in English a capital after the cut, beats the
    # vectors' choice a word or two away: they barely tell such neighbouring cuts apart
    words = [len(text[:end].split()) for end, _ in cuts]
    near = [n for n in range(len(cuts)) if abs(words[n] - words[k]) <= _SNAP_WORDS]
    marked = [n for n in near if _ENDS.search(text, 0, cuts[n][0])]
    if not marked and lang == "en":
        marked = [n for n in near if text[cuts[n][1]].isupper()]
    if marked:
        k = min(marked, key=lambda n: abs(words[n] - words[k]))
    if not _unmarked_end(text, *cuts[k], lang) and not (clause and _at_clause(text, *cuts[k])):
        return None
    if min(heads[k, 0], tails[k, 1]) < SPLIT_SIMILARITY:
        return None
    if heads[k, 0] - heads[k, 1] < SPLIT_MARGIN or tails[k, 1] - tails[k, 0] < SPLIT_MARGIN:
        return None
    return cuts[k][1]


def _cut_vectors(encoder: Encoder, text: str, lang: str) -> Pieces:
    """The cuts of ``text`` that best_cut tries, as (end of the first piece, start of the second), and the
    vectors of every first piece then every second piece."""
    spaces = [m for m in _SPACE.finditer(text) if len(text[: m.start()].split()) >= _MIN_PIECE_WORDS]
    spaces = [m for m in spaces if len(text[m.end() :].split()) >= _MIN_PIECE_WORDS]
    # encoded: the places where a sentence may end unmarked, and those at clause punctuation, where the writer
    # joined clauses on purpose: the best cut falling there (or a word or two from it) leaves the link whole. A
    # cut after a function word, or in English before a small letter, can end no sentence and is not tried:
    # this keeps the encoder's work to a few pieces a sentence
    cuts = tuple(
        (m.start(), m.end())
        for m in spaces
        if _at_clause(text, m.start(), m.end()) or _unmarked_end(text, m.start(), m.end(), lang)
    )
    if not cuts:
        return (), np.zeros((0, 0))
    # the pieces are one-off texts: encoded past the vector cache, which they would only crowd
    uncached = encoder.inner if isinstance(encoder, CachedEncoder) else encoder
    return cuts, uncached.encode([text[:end] for end, _ in cuts] + [text[start:] for _, start in cuts])


def _at_clause(text: str, end: int, start: int) -> bool:
    """A cut right at clause punctuation: the word before it ends with one, or the next word is a dash."""
    before, after = text[:end].split()[-1:], text[start:].split()[:1]
    return any(w.rstrip("\"”’»'")[-1:] in _CLAUSE for w in before) or any(w in _CLAUSE for w in after)


def _clause_near(text: str, end: int, start: int) -> bool:
    """Clause punctuation in the two words on either side of a cut between ``end`` and ``start``."""
    around = text[:end].split()[-2:] + text[start:].split()[:2]
    return any(w.rstrip("\"”’»'")[-1:] in _CLAUSE or w in _CLAUSE for w in around)


def _unmarked_end(text: str, end: int, start: int, lang: str) -> bool:
    """Whether a sentence may end at ``end`` and the next begin at ``start`` though nothing marks it: no
    clause punctuation in the two words on either side (there the writer joined clauses on purpose), no
    function word just before it, and in English a capital or a quotation mark just after it."""
    if _clause_near(text, end, start):
        return False
    before = text[:end].split()[-2:]
    # no sentence ends on a function word ("… people in | Nineveh province"; "… قال إن | …")
    last = before[-1].strip("\"”’»'()") if before else ""
    function_word = last.lower() in STOPWORDS if lang == "en" else normalize_ar(last) in _AR_FUNCTION
    if function_word or last in _AR_FUNCTION:
        return False
    return lang != "en" or text[start].isupper() or text[start] in "\"“‘'«"


def join_by_cut(
    links: Sequence[Link],
    ar: Document,
    en: Document,
    encoder: Encoder,
    src_vectors: np.ndarray,
    tgt_vectors: np.ndarray,
    *,
    fixed: Collection[tuple[tuple[int, ...], tuple[int, ...]]] = (),
    memo: CutMemo | None = None,
) -> tuple[Link, ...]:
    """The links, with a 1-1 link grown by an unlinked neighbour of its English (or Arabic) sentence when its
    other sentence divides cleanly (``best_cut``) into a piece for each: one sentence that holds two, as
    where a full stop is missing, whose second half the search left unlinked, or one Arabic sentence a
    translator split in two at a clause ('…، مشيراً إلى أن "…"' → '… . He pointed out that “…”'). User
    anchors (``fixed``) stay."""
    free_ar = {k.ar[0] for k in links if k.ar and not k.en}
    free_en = {k.en[0] for k in links if k.en and not k.ar}
    out = list(links)
    for n, link in enumerate(links):
        if len(link.ar) != 1 or len(link.en) != 1 or (link.ar, link.en) in fixed:
            continue
        (i,), (j,) = link.ar, link.en
        grown = _grown(ar.sentences[i].text, src_vectors[i], j, free_en, tgt_vectors, encoder, "ar", memo, clause=True)
        if grown is not None:
            out[n] = replace(link, en=grown[0])
            free_en.discard(grown[1])
            continue
        grown = _grown(en.sentences[j].text, tgt_vectors[j], i, free_ar, src_vectors, encoder, "en", memo)
        if grown is not None:
            out[n] = replace(link, ar=grown[0])
            free_ar.discard(grown[1])
    return tuple(k for k in out if (k.ar and k.en) or (k.ar and k.ar[0] in free_ar) or (k.en and k.en[0] in free_en))


def _grown(
    text: str,
    own: np.ndarray,
    k: int,
    free: set[int],
    others: np.ndarray,
    encoder: Encoder,
    lang: str,
    memo: CutMemo | None,
    *,
    clause: bool = False,
) -> tuple[tuple[int, int], int] | None:
    """(the two sentences of the other side, the one added) where ``text``, linked to sentence ``k`` of the
    other side, divides into a piece for ``k`` and one for its unlinked (``free``) neighbour; else None."""
    for ids in ((k - 1, k), (k, k + 1)):
        extra = ids[0] if ids[1] == k else ids[1]
        if (
            extra in free
            and float(own @ others[extra]) >= JOIN_MIN_SIMILARITY
            and best_cut(text, others[list(ids)], encoder, lang, memo, clause=clause) is not None
        ):
            return ids, extra
    return None


def split_pairs(
    pairs: Sequence[AlignedPair],
    encoder: Encoder,
    src_vectors: np.ndarray,
    tgt_vectors: np.ndarray,
    translator: Translator,
    memo: CutMemo | None = None,
) -> list[AlignedPair]:
    """The pairs as detectors should read them: a 1-2 or 2-1 link whose single sentence divides cleanly
    (``best_cut``) becomes two 1-1 pairs, each piece a Sentence with the whole one's id and its own offsets,
    so that findings name the real sentence; never inside a quotation, which a cut would leave no piece
    whole. Arabic pieces are translated here, in one batch."""
    cuts: dict[int, tuple[str, int]] = {}
    for k, pair in enumerate(pairs):
        if len(pair.ar) == 1 and len(pair.en) == 2:
            side, whole, counterparts = "ar", pair.ar[0], tgt_vectors[list(pair.link.en)]
        elif len(pair.ar) == 2 and len(pair.en) == 1:
            side, whole, counterparts = "en", pair.en[0], src_vectors[list(pair.link.ar)]
        else:
            continue
        cut = best_cut(whole.text, counterparts, encoder, side, memo)
        # a cut inside a quotation would leave neither piece the whole quote to compare: the link stays whole
        if cut is not None and not any(q.start < cut < q.end for q in find_quotes(whole.text)):
            cuts[k] = (side, cut)
    if not cuts:
        return list(pairs)
    ar_pieces = [piece for k, (side, cut) in cuts.items() if side == "ar" for piece in _pieces(pairs[k].ar[0], cut)]
    rendered = iter(translator.translate([s.text for s in ar_pieces]) if ar_pieces else [])
    out: list[AlignedPair] = []
    for k, pair in enumerate(pairs):
        if k not in cuts:
            out.append(pair)
            continue
        side, cut = cuts[k]
        link = pair.link
        if side == "ar":
            first, second = _pieces(pair.ar[0], cut)
            for piece, en_s, j in ((first, pair.en[0], link.en[0]), (second, pair.en[1], link.en[1])):
                quotes = tuple((inner, r) for inner, r in pair.quote_renderings if inner in piece.text)
                out.append(
                    replace(
                        pair,
                        link=replace(link, en=(j,)),
                        ar=(piece,),
                        en=(en_s,),
                        renderings=(next(rendered),),
                        quote_renderings=quotes,
                        ar_before=pair.ar_before if piece is first else (*pair.ar_before[1:], first),
                    )
                )
        else:
            first, second = _pieces(pair.en[0], cut)
            for n, (ar_s, piece) in enumerate(zip(pair.ar, (first, second))):
                quotes = tuple((inner, r) for inner, r in pair.quote_renderings if inner in ar_s.text)
                out.append(
                    replace(
                        pair,
                        link=replace(link, ar=(link.ar[n],)),
                        ar=(ar_s,),
                        en=(piece,),
                        renderings=(pair.renderings[n],),
                        quote_renderings=quotes,
                        ar_before=pair.ar_before if n == 0 else (*pair.ar_before[1:], pair.ar[0]),
                    )
                )
    return out


def _pieces(whole: Sentence, cut: int) -> tuple[Sentence, Sentence]:
    """``whole`` cut at ``cut`` into two Sentences that keep its id (outer whitespace left out)."""
    head = whole.text[:cut].rstrip()
    return (
        replace(whole, text=head, end=whole.start + len(head)),
        replace(whole, text=whole.text[cut:], start=whole.start + cut),
    )


# Arabic sentences before a link that detectors may consult (a speaker named once, then وأضاف)
CONTEXT_SENTENCES = 2
# how much of the rest of the document, either way of a link, the detectors read (a name given in full
# further on, a credit in the next sentence): an agency story (the hand-written pairs here are under 1,500
# characters a side) is read whole, and in a long document each link costs a bounded read, ten or so
# sentences either way, not one of the whole document
DOCUMENT_CHARS = 2000


def _window(
    sentences: tuple[Sentence, ...], ids: Sequence[int], other: Sequence[int], n_other: int
) -> tuple[Sentence, ...]:
    """The sentences of ``ids`` and their neighbours up to DOCUMENT_CHARS characters on either side; for a
    link with none on this side, around the place its other side's ``other`` ids (of ``n_other``
    sentences) stand at in proportion. The whole tuple, shared by every link, when it all fits."""
    if not sentences:
        return ()
    if ids:
        lo, hi = min(ids), max(ids)
    else:
        at = round(min(other) * len(sentences) / max(1, n_other)) if other else 0
        lo = hi = min(at, len(sentences) - 1)
    start, budget = lo, DOCUMENT_CHARS
    while start > 0 and budget >= len(sentences[start - 1].text):
        start -= 1
        budget -= len(sentences[start].text)
    end, budget = hi + 1, DOCUMENT_CHARS
    while end < len(sentences) and budget >= len(sentences[end].text):
        budget -= len(sentences[end].text)
        end += 1
    return sentences if (start, end) == (0, len(sentences)) else sentences[start:end]


def aligned_pair(
    link: Link,
    ar: Document,
    en: Document,
    translations: tuple[str, ...],
    quote_renderings: dict[str, str],
    encoder: str | None = DEFAULT_ENCODER,
) -> AlignedPair:
    """The sentences, renderings and quote renderings of one link, as detectors see them."""
    ar_s = tuple(ar.sentences[i] for i in link.ar)
    quotes = tuple(
        (inner, quote_renderings[inner])
        for s in ar_s
        for q in find_quotes(s.text)
        if (inner := s.text[q.start + 1 : q.end - 1]) in quote_renderings
    )
    return AlignedPair(
        link=link,
        ar=ar_s,
        en=tuple(en.sentences[j] for j in link.en),
        renderings=tuple(translations[i] for i in link.ar),
        quote_renderings=quotes,
        ar_before=tuple(ar.sentences[max(0, link.ar[0] - CONTEXT_SENTENCES) : link.ar[0]]) if link.ar else (),
        encoder=encoder,
        ar_document=_window(ar.sentences, link.ar, link.en, len(en.sentences)),
        en_document=_window(en.sentences, link.en, link.ar, len(ar.sentences)),
    )


def aligned_pairs(c: Comparison, translator: Translator | None = None) -> list[AlignedPair]:
    """The aligned pairs the detectors saw, one per link: those the Comparison kept, else rebuilt
    without translating.

    ``translator`` is needed only for a comparison that did not keep its quote renderings (one
    rebuilt from JSON): it renders the Arabic quotations again.
    """
    if c.pairs is not None and tuple(p.link for p in c.pairs) == c.links:
        return list(c.pairs)
    if c.quote_renderings is not None:
        renderings = dict(c.quote_renderings)
    elif translator is not None:
        inners = sorted({q.inner(s.text) for s in c.ar.sentences for q in find_quotes(s.text)})
        renderings = dict(zip(inners, translator.translate(inners), strict=True)) if inners else {}
    else:
        raise ValueError("this comparison kept no quote renderings: pass the translator that made it")
    return [aligned_pair(link, c.ar, c.en, c.translations, renderings) for link in c.links]


def compare_sources(
    ar_texts: Sequence[tuple[str, str]],
    en_text: str,
    translator: Translator,
    *,
    presegmented: bool = False,
    anchors: Sequence[tuple[Sequence[int], Sequence[int]]] = (),
    en_source: str = "<english>",
    encoder: Encoder | str | None = DEFAULT_ENCODER,
    progress: Progress | None = None,
) -> Comparison:
    """Compare one English article with several Arabic sources ((label, text) each) at once.

    The sources become one Arabic document: texts joined by a blank line, sentence ids running on
    across them in the order given, each sentence keeping the index of its source.
    """
    parts = [make_document(text, "ar", source=label, presegmented=presegmented) for label, text in ar_texts]
    ar = join_documents(parts)
    en = make_document(en_text, "en", source=en_source, presegmented=presegmented)
    return compare_documents(ar, en, translator, anchors=anchors, encoder=encoder, progress=progress)


def join_documents(docs: Sequence[Document]) -> Document:
    """Documents of one language as one, each sentence carrying its document's index as ``source``."""
    sentences: list[Sentence] = []
    texts: list[str] = []
    parts: list[tuple[str, int]] = []
    offset = 0
    for k, doc in enumerate(docs):
        parts.append((doc.source, offset))
        for s in doc.sentences:
            sentences.append(Sentence(len(sentences), s.text, s.start + offset, s.end + offset, source=k))
        texts.append(doc.text)
        offset += len(doc.text) + 2  # the blank line between two sources
    lang = docs[0].lang if docs else "ar"
    label = " + ".join(doc.source for doc in docs)
    return Document(lang=lang, text="\n\n".join(texts), sentences=tuple(sentences), source=label, parts=tuple(parts))
