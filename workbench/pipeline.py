"""The whole pipeline in one place: read → segment → translate → align → compare."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from workbench import __version__
from workbench.align import AlignOptions, align
from workbench.findings import run_detectors
from workbench.findings.base import AlignedPair
from workbench.lexicons import signature as lexicon_signature
from workbench.morphology import get_morphology
from workbench.records import Comparison, Document, Link
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
    progress: Progress | None = None,
) -> Comparison:
    """Translate, align and compare two segmented documents."""
    report = progress or (lambda stage, fraction: None)
    report("translating", 0.0)
    quote_inners = sorted({s.text[q.start + 1 : q.end - 1] for s in ar.sentences for q in find_quotes(s.text)})
    rendered = translator.translate([s.text for s in ar.sentences] + quote_inners)
    translations = tuple(rendered[: len(ar.sentences)])
    quote_renderings = dict(zip(quote_inners, rendered[len(ar.sentences) :]))
    report("aligning", 0.6)
    matching = translator.match_texts([s.text for s in ar.sentences])
    links = align(
        matching, [s.text for s in en.sentences], options=align_options, anchors=anchors,
        src_lengths=[len(s.text) for s in ar.sentences],
    )
    report("comparing", 0.8)
    pairs = [aligned_pair(link, ar, en, translations, quote_renderings) for link in links]
    findings = run_detectors(pairs)
    report("done", 1.0)
    return Comparison(
        ar=ar,
        en=en,
        translator=translator.name,
        translations=translations,
        links=links,
        findings=tuple(findings),
        meta={"workbench_version": __version__, "translator_signature": translator.signature}
        | {"buckwalter": get_morphology().signature, **lexicon_signature()},
    )


def compare(
    ar_text: str,
    en_text: str,
    translator: Translator,
    *,
    presegmented: bool = False,
    anchors: Sequence[tuple[Sequence[int], Sequence[int]]] = (),
    ar_source: str = "<arabic>",
    en_source: str = "<english>",
    progress: Progress | None = None,
) -> Comparison:
    """Compare an Arabic original with its English version."""
    ar = make_document(ar_text, "ar", source=ar_source, presegmented=presegmented)
    en = make_document(en_text, "en", source=en_source, presegmented=presegmented)
    return compare_documents(ar, en, translator, anchors=anchors, progress=progress)


# Arabic sentences before a link that detectors may consult (a speaker named once, then وأضاف)
_CONTEXT = 2


def aligned_pair(
    link: Link, ar: Document, en: Document, translations: tuple[str, ...], quote_renderings: dict[str, str]
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
    )
