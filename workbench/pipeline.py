"""The whole pipeline in one place: read → segment → translate → align → compare."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import replace

import numpy as np

from workbench import __version__
from workbench.align import AlignOptions, align, facing_gaps, joinable_gaps, other_material
from workbench.encode import DEFAULT_ENCODER, Encoder, get_encoder
from workbench.findings import run_detectors
from workbench.findings.base import AlignedPair
from workbench.lexicons import signature as lexicon_signature
from workbench.morphology import get_morphology
from workbench.records import Comparison, Document, Finding, Link, Sentence
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
    ar_best, en_best = best_similarities(src_vectors, tgt_vectors)
    other = other_material(links, len(en.sentences), similarity=en_best)
    report("comparing", 0.8)
    enc_name = enc.name if enc is not None else None
    pairs = [aligned_pair(link, ar, en, translations, quote_renderings, enc_name) for link in links]
    joinable = None
    if src_vectors is not None and tgt_vectors is not None:
        joinable = joinable_gaps(links, src_vectors, tgt_vectors)
    findings = settle_findings(
        run_detectors(pairs, calibrated=calibrated), links, other, ar_best=ar_best, en_best=en_best, joinable=joinable
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
    out = []
    for f in findings:
        if f.type == "addition" and f.en_sentence in foreign:
            continue
        if f.severity == "major" and (f.ar_sentence in unsure_ar or f.en_sentence in unsure_en):
            f = replace(f, severity="minor")
        if f.severity == "major" and _counterpart_likely(f, ar_best, en_best):
            f = replace(f, severity="minor")
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


# Arabic sentences before a link that detectors may consult (a speaker named once, then وأضاف)
_CONTEXT = 2


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
        ar_before=tuple(ar.sentences[max(0, link.ar[0] - _CONTEXT) : link.ar[0]]) if link.ar else (),
        encoder=encoder,
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
