"""Bytes and HTML in, plain text out: encoding detection and article extraction.

Offsets in every later stage refer to the text returned here (for HTML, the
extracted article text).
"""

from __future__ import annotations

import codecs
import os
import re
import sys
import unicodedata
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import NoReturn

from workbench.errors import InputError
from workbench.text.arabic import ARABIC_LETTER, has_arabic, strip_diacritics

_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|article|p[\s>]|div)", re.I | re.S)


def read_input(path: str, *, lang: str) -> tuple[str, str]:
    """Read a file (or '-' for stdin) and return (label, decoded text).

    Raises InputError naming the file for anything a user can get wrong.
    """
    label = "standard input" if path == "-" else path
    data = _read_bytes(path, label)
    text = decode_text(data, label=label, lang=lang)
    check_text(text, label=label, lang=lang)
    return label, text


# Inputs are news articles (tens of KB; a saved web page a few MB). The cap keeps /dev/zero,
# a pipe that never ends or a mistaken multi-GB file from filling memory.
MAX_INPUT_ENV = "WORKBENCH_MAX_INPUT_MB"
DEFAULT_MAX_INPUT_MB = 10


def max_input_bytes() -> int:
    """The most bytes read from one input: ``$WORKBENCH_MAX_INPUT_MB`` megabytes, default 10."""
    raw = os.environ.get(MAX_INPUT_ENV, "").strip()
    try:
        mb = float(raw) if raw else DEFAULT_MAX_INPUT_MB
    except ValueError:
        raise InputError(f"{MAX_INPUT_ENV}={raw!r} is not a number of megabytes") from None
    if not 0 < mb < float("inf"):
        raise InputError(f"{MAX_INPUT_ENV}={raw!r} must be a positive number of megabytes")
    return int(mb * 1_000_000)


def _read_bytes(path: str, label: str) -> bytes:
    limit = max_input_bytes()
    if path == "-":
        data = sys.stdin.buffer.read(limit + 1)
    else:
        p = Path(path)
        if not p.exists():
            raise InputError(f"{label}: no such file")
        if p.is_dir():
            raise InputError(f"{label}: is a directory, not a text file")
        try:
            with p.open("rb") as fh:
                data = fh.read(limit + 1)
        except OSError as exc:
            raise InputError(f"{label}: cannot be read ({exc.strerror or exc})") from exc
    check_input_size(len(data), label=label)
    return data


def check_input_size(size: int, *, label: str) -> None:
    """Raise InputError naming the limit and how to raise it when ``size`` bytes exceed it."""
    limit = max_input_bytes()
    if size > limit:
        raise InputError(
            f"{label}: larger than the input limit of {limit / 1_000_000:g} MB; "
            f"set {MAX_INPUT_ENV} to raise it (e.g. {MAX_INPUT_ENV}={2 * limit / 1_000_000:g})"
        )


def decode_bytes(data: bytes, *, lang: str, label: str = "input", warn: Warn | None = None) -> str:
    """Decode bytes to text, or raise InputError when no encoding reads them cleanly.

    Order: a BOM; UTF-32/UTF-16 without a BOM (recognised by their NUL and low bytes); strict
    UTF-8; a charset the page declares; UTF-8 with a few bad bytes replaced (and a warning) when
    the file is overwhelmingly UTF-8; a legacy code page (Windows-1256, ISO-8859-6, Windows-1252 …)
    chosen by ``charset_normalizer`` only when it decodes the bytes without mess.
    """
    warn = warn or _warn_stderr
    for bom, enc in _BOMS:
        if data.startswith(bom):
            if enc == "utf-8":
                return _utf8_tolerant(data[len(bom) :], label, warn) or _refuse_undecodable(label)
            return _decode_counting(data[len(bom) :], enc, label, warn)
    wide = _wide_unicode(data)
    if wide is not None:
        return wide
    if _is_binary(data):
        raise InputError(f"{label}: looks like a binary file, not text or HTML")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _DECLARED_CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    text = _utf8_tolerant(data, label, warn)
    if text is not None:
        return text
    text = _legacy(data, lang)
    if text is None:
        _refuse_undecodable(label)
    return text


Warn = Callable[[str], None]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_DECLARED_CHARSET = re.compile(rb"<(?:meta[^>]+charset|\?xml[^>]+encoding)=[\"']?([A-Za-z0-9_-]+)", re.I)
# characters a correctly decoded Arabic or English news text is made of
_EXPECTED = re.compile(
    "[\t\n\r\x20-\x7e\u00a0-\u024f\u0600-\u06ff\u0750-\u077f\u2000-\u206f\ufb50-\ufdff\ufe70-\ufeff]"
)
# legacy code pages worth considering for each side (charset_normalizer names)
_LEGACY = {
    "ar": ["cp1256", "iso8859_6", "cp720", "cp864", "mac_arabic", "cp1252", "latin_1"],
    "en": ["cp1252", "latin_1", "iso8859_15", "cp1250", "mac_roman", "cp437"],
}
_MAX_CHAOS = 0.1  # charset_normalizer's mess ratio above which a decoding is not "clean"


def _warn_stderr(message: str) -> None:
    print(f"workbench: warning: {_CONTROLS.sub('?', message)}", file=sys.stderr)


def _refuse_undecodable(label: str) -> NoReturn:
    raise InputError(
        f"{label}: cannot be decoded as text (not UTF-8, UTF-16 or a known Arabic or Western code page); "
        "save it as UTF-8 and try again"
    )


def _decode_counting(data: bytes, enc: str, label: str, warn: Warn) -> str:
    """Decode with bad sequences replaced, saying on stderr how many there were."""
    text = data.decode(enc, errors="replace")
    bad = text.count("\ufffd") - data.decode(enc, errors="ignore").count("\ufffd")
    if bad:
        warn(f"{label}: {bad} invalid {enc.upper()} sequence{'s' if bad != 1 else ''} replaced with \ufffd")
    return text


def _utf8_tolerant(data: bytes, label: str, warn: Warn) -> str | None:
    """UTF-8 with bad bytes replaced, when valid multi-byte sequences far outnumber the bad ones.

    A legacy-code-page file almost never forms valid UTF-8 sequences by chance, so a file with
    hundreds of valid ones and a stray byte or two is UTF-8 that got damaged, not Windows-1256.
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    valid = len(text) - len(text.encode("ascii", "ignore")) - text.count("\ufffd")  # valid non-ASCII characters
    if valid < 3 * bad:
        return None
    warn(
        f"{label}: {bad} invalid UTF-8 byte sequence{'s' if bad != 1 else ''} replaced with \ufffd "
        f"(the rest of the file is valid UTF-8)"
    )
    return text


def _expected_share(text: str) -> float:
    sample = text[:100_000]
    return _count(_EXPECTED, sample) / len(sample) if sample else 0.0


def _wide_unicode(data: bytes) -> str | None:
    """UTF-32 or UTF-16 without a BOM: the decoding that reads as Arabic or English text, if any.

    Only tried when low bytes (NUL and other controls) are frequent, which no 8-bit text has.
    """
    sample = data[:4096]
    lows = sum(1 for b in sample if b < 9 or 13 < b < 32)
    if lows < len(sample) // 10:
        return None
    best, best_share = None, 0.0
    for enc, width in (("utf-32-le", 4), ("utf-32-be", 4), ("utf-16-le", 2), ("utf-16-be", 2)):
        if len(data) % width:
            continue
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        share = _expected_share(text.replace("\x00", ""))
        if share > best_share:
            best, best_share = text, share
    return best if best_share >= 0.95 else None


def _legacy(data: bytes, lang: str) -> str | None:
    """The legacy code page charset_normalizer finds for the bytes, when its decoding is clean."""
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_LEGACY.get(lang, _LEGACY["en"])).best()
    if best is None or best.chaos > _MAX_CHAOS:
        return None
    try:
        return data.decode(best.encoding)
    except (LookupError, UnicodeDecodeError):
        return None


def is_html(data_or_text: str) -> bool:
    """True when the text is an HTML page or fragment rather than plain text."""
    return _HTML_START.match(data_or_text[:2000].encode("utf-8", "ignore")) is not None


# Control characters stripped from every input: C0 controls but tab/newline/CR/form feed (NUL
# included), DEL and C1 controls, and bidi embeddings, overrides, isolates and marks, which can
# reorder what a report shows; a terminal escape sequence goes whole.
_ESCAPE_SEQUENCE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])?")
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_PRESENTATION_FORMS = re.compile(r"[\ufb50-\ufdff\ufe70-\ufefe]+")
# Latin-1 symbols and accented letters (not the no-break space, « », °): what a wrong code page yields
_LATIN1_NOISE = re.compile(r"[\u0080-\u009f\u00a1-\u00aa\u00ac-\u00af\u00b1-\u00ba\u00bc-\u00ff]")


def clean_text(text: str) -> str:
    """Strip control characters and terminal escapes; Arabic presentation forms become letters (NFKC).

    Text copied from a PDF often holds presentation forms (ﻻ for لا, ﷲ for الله) that no word list matches.
    """
    text = _ESCAPE_SEQUENCE.sub("", text)
    text = _CONTROLS.sub("", text.replace("\x0c", "\n"))
    return _PRESENTATION_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


def decode_text(data: bytes, *, label: str, lang: str, warn: Warn | None = None) -> str:
    """Bytes → normalised text: decode, clean, reduce HTML to its article, unify line ends.

    ``warn`` receives a one-line message for a problem that was repaired (bad bytes replaced);
    by default it goes to standard error.
    """
    if not data.strip():
        raise InputError(f"{label}: file is empty")
    text = decode_bytes(data, lang=lang, label=label, warn=warn)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = clean_text(text)
    _refuse_noise(text, label=label, lang=lang)
    if is_html(text):
        text = html_to_text(text)
    return text


def _count(pattern: re.Pattern[str], text: str) -> int:
    """How many times ``pattern`` matches, counted in C without a list of the matches (inputs can be large)."""
    return pattern.subn("", text)[1]


def _refuse_noise(text: str, *, label: str, lang: str) -> None:
    """Refuse text that decoded to mostly replacement characters or Latin-1 symbols and accents.

    A long text is judged on three slices of it (start, middle, end): the shares are what count.
    """
    if len(text) > 200_000:
        middle = len(text) // 2
        text = text[:100_000] + text[middle : middle + 50_000] + text[-50_000:]
    visible = _count(_VISIBLE, text)
    if not visible:
        return
    if text.count("\ufffd") > visible // 10:
        raise InputError(f"{label}: mostly undecodable bytes; save it as UTF-8 and try again")
    letters = _count(_LETTER, text)
    noise = _count(_LATIN1_NOISE, text)
    arabic = _count(ARABIC_LETTER, text)
    if noise > max(letters, 1) * 3 // 10 and (lang != "ar" or arabic < noise):
        raise InputError(f"{label}: decodes to accented Latin noise, not {_LANGUAGE[lang]} text; save it as UTF-8")


_LANGUAGE = {"ar": "Arabic", "en": "English"}
_VISIBLE = re.compile(r"\S")
_LETTER = re.compile(r"[^\W\d_]")


def _is_binary(data: bytes) -> bool:
    head = data[:4096]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > len(head) // 20


_WHERE_CLI = {"ar": "pass the Arabic original as AR_FILE", "en": "pass the English version as EN_FILE"}


def check_text(text: str, *, label: str, lang: str, hint: str | None = None) -> None:
    """Reject text that cannot be the side it was passed as.

    ``hint`` ends the message with where the right text goes (default: the CLI's argument names).
    """
    hint = hint or _WHERE_CLI[lang]
    if not text.strip():
        raise InputError(f"{label}: no text found (the file or page is empty)")
    if lang == "ar" and not has_arabic(text):
        raise InputError(f"{label}: contains no Arabic letters; {hint}")
    if lang == "en" and not re.search(r"[A-Za-z]{2}", text):
        raise InputError(f"{label}: contains no English words; {hint}")


_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "iframe",
    "svg",
    "button",
    "template",
)
_BLOCK_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "blockquote", "li", "pre")


def html_to_text(html: str) -> str:
    """Reduce an HTML page to its article paragraphs, one paragraph per line, blank lines between.

    The article is found by trafilatura (favouring precision: share bars, "read also" boxes,
    tags and copyright lines left out); a page it cannot read (a fragment, a bare list of
    paragraphs) goes through the simpler block extractor. Short paragraphs that are page
    furniture (lexicons/page_clutter.tsv) are dropped either way.
    """
    fallback = _blocks_to_text(html)
    article = _trafilatura(html)
    if article is None or len(article) < 0.3 * len(fallback):
        return _without_clutter(fallback)
    return _without_clutter(article)


def _trafilatura(html: str) -> str | None:
    """The article text trafilatura extracts, headline first, or None when it finds none."""
    import logging

    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    try:
        doc = trafilatura.bare_extraction(
            html, favor_precision=True, include_comments=False, include_tables=False, include_images=False,
            include_links=False, deduplicate=False, with_metadata=True,
        )  # fmt: skip
    except Exception:  # noqa: BLE001 - a page trafilatura chokes on goes to the fallback extractor
        return None
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not body.strip():
        return None
    paragraphs = [" ".join(line.split()) for line in body.split("\n")]
    paragraphs = [p for p in paragraphs if p]
    title = " ".join((getattr(doc, "title", None) or "").split())
    if title and not any(title in p for p in paragraphs[:2]):
        paragraphs.insert(0, title)
    return "\n\n".join(paragraphs)


def _blocks_to_text(html: str) -> str:
    """The fallback extractor: block elements of <article>, <main> or <body>, navigation dropped."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(_DROP_TAGS):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    blocks = [b for b in root.find_all(_BLOCK_TAGS) if not b.find_parent(_BLOCK_TAGS)]
    if not blocks:
        lines = [line.strip() for line in root.get_text("\n").split("\n")]
        return "\n".join(line for line in lines if line)
    paragraphs = [" ".join(b.get_text(" ").split()) for b in blocks]
    return "\n\n".join(p for p in paragraphs if p)


_CLUTTER_MAX_WORDS = 25
_HAMZA_ALEF = str.maketrans("أإآ", "ااا")


def _fold(text: str) -> str:
    return strip_diacritics(text).translate(_HAMZA_ALEF).casefold()


@cache
def _clutter() -> tuple[tuple[str, ...], tuple[str, ...]]:
    from workbench.lexicons import load

    rows = load("page_clutter.tsv")
    return (
        tuple(_fold(r[0]) for r in rows if r[1] == "start"),
        tuple(_fold(r[0]) for r in rows if r[1] == "contains"),
    )


def is_clutter(paragraph: str) -> bool:
    """True for a short paragraph that is page furniture ("اقرأ أيضاً: …", "Tags: …", "© 2024 …")."""
    if len(paragraph.split()) > _CLUTTER_MAX_WORDS:
        return False
    folded = _fold(paragraph.strip())
    starts, contains = _clutter()
    for phrase in starts:
        if folded.startswith(phrase) and not folded[len(phrase) : len(phrase) + 1].isalpha():
            return True
    return any(phrase in folded for phrase in contains)


def _without_clutter(text: str) -> str:
    sep = "\n\n" if "\n\n" in text else "\n"
    return sep.join(p for p in text.split(sep) if not is_clutter(p))
