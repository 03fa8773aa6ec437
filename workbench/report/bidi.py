"""Keeping Arabic spans intact where they meet Latin text (explanations, spans, ids).

Without isolation the Unicode bidi algorithm lets an Arabic run absorb the neutral characters
next to it (quote marks, brackets, digits), so "Arabic 'خمسة' (5) became 'seven'" displays with
its quote marks and number moved. Each Arabic run is wrapped in an isolate: FSI…PDI in plain
text and CSV, <bdi> in HTML.
"""

from __future__ import annotations

import re

FSI, PDI = "\u2068", "\u2069"

_AR = r"\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc"
# an Arabic run: from an Arabic character to the last Arabic character after it, taking in the
# spaces, digits and punctuation between (they belong to the right-to-left phrase)
_RUN = re.compile(rf"[{_AR}](?:[{_AR}\s\d.,:;!?%«»()\-–]*[{_AR}])?")


def isolate(text: str) -> str:
    """Wrap every Arabic run of plain ``text`` in FSI…PDI (idempotent)."""
    if FSI in text:
        return text
    return _RUN.sub(lambda m: f"{FSI}{m.group()}{PDI}", text)


def isolate_html(escaped: str) -> str:
    """Wrap every Arabic run of already-escaped HTML text in <bdi dir="rtl" lang="ar">."""
    return _RUN.sub(lambda m: f'<bdi dir="rtl" lang="ar">{m.group()}</bdi>', escaped)
