"""Bytes and HTML in, plain text out: encoding detection and article extraction.

Offsets in every later stage refer to the text returned here (for HTML, the
extracted article text).
"""

from __future__ import annotations

import codecs
import os
import re
import sys
from pathlib import Path

from workbench.errors import InputError
from workbench.text.arabic import has_arabic

_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|article|p[\s>]|div)", re.I | re.S)
_HTML_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_-]+)", re.I)
_CP1256_ONLY = re.compile("[\u0621-\u064a]")


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


def decode_bytes(data: bytes, *, lang: str) -> str:
    """Decode bytes: BOMs first, then UTF-8, then the legacy code page for the language."""
    for bom, enc in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(enc)
    if _looks_utf16_without_bom(data):
        enc = "utf-16-le" if data[1:2] == b"\x00" or data[1::2].count(0) > data[0::2].count(0) else "utf-16-be"
        return data.decode(enc, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _HTML_CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    # Windows-1256 maps almost every byte, so pick it only when it yields Arabic letters;
    # English legacy files are CP1252 (a superset of Latin-1 for printable text).
    as_1256 = data.decode("cp1256", errors="replace")
    if lang == "ar" or len(_CP1256_ONLY.findall(as_1256)) > len(as_1256) // 10:
        return as_1256
    return data.decode("cp1252", errors="replace")


def _looks_utf16_without_bom(data: bytes) -> bool:
    sample = data[:2000]
    return len(sample) >= 4 and sample.count(0) > len(sample) // 4


def is_html(data_or_text: str) -> bool:
    """True when the text is an HTML page or fragment rather than plain text."""
    return _HTML_START.match(data_or_text[:2000].encode("utf-8", "ignore")) is not None


def decode_text(data: bytes, *, label: str, lang: str) -> str:
    """Bytes → normalised text: decode, reduce HTML to its article, unify line ends."""
    if not data.strip():
        raise InputError(f"{label}: file is empty")
    if _is_binary(data):
        raise InputError(f"{label}: looks like a binary file, not text or HTML")
    text = decode_bytes(data, lang=lang)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    if is_html(text):
        text = html_to_text(text)
    return text


def _is_binary(data: bytes) -> bool:
    head = data[:4096]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _looks_utf16_without_bom(head):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > len(head) // 20


def check_text(text: str, *, label: str, lang: str) -> None:
    """Reject text that cannot be the side it was passed as."""
    if not text.strip():
        raise InputError(f"{label}: no text found (the file or page is empty)")
    if lang == "ar" and not has_arabic(text):
        raise InputError(f"{label}: contains no Arabic letters; pass the Arabic original as AR_FILE")
    if lang == "en" and not re.search(r"[A-Za-z]{2}", text):
        raise InputError(f"{label}: contains no English words; pass the English version as EN_FILE")


_DROP_TAGS = (
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button", "template",
)
_BLOCK_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "blockquote", "li", "pre")


def html_to_text(html: str) -> str:
    """Reduce an HTML page to its article paragraphs, one paragraph per line."""
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
