"""Quotation marks of every style: find quoted spans in a sentence or paragraph."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from workbench.text.arabic import TEXT_MEMO

OPENERS = {"“": "”", "«": "»", "„": "“", "‘": "’", "‹": "›", '"': '"', "'": "'", "”": "”"}
CLOSERS = set("”»“’›\"'")
ALL_QUOTE_CHARS = set(OPENERS) | CLOSERS


@dataclass(frozen=True)
class Quote:
    """A quoted span: offsets of the marks (start at the opening mark, end after the closing one)."""

    start: int
    end: int

    def inner(self, text: str) -> str:
        """The quoted words without the marks."""
        return text[self.start + 1 : self.end - 1]


def _can_open(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if text[i] in "«‹" and prev.isalpha():
        return True  # a mark that only opens, typed against the verb before it (قال«…»)
    return (prev.isspace() or prev in "([{:،,—–-" or prev in ALL_QUOTE_CHARS) and not nxt.isspace()


def _glued_opener(text: str, i: int) -> bool:
    """A straight double mark typed against the Arabic word before it (وقال" إننا …".) opens a quote when the
    straight marks before it on its line are even (none is left open) and it has a partner after it:
    marks so placed cannot close anything, so an even count is what tells an opener from a closer.
    Only on a line with no curly double marks, which sloppy text pairs with straight ones."""
    if text[i] != '"' or i == 0 or not "\u0600" <= text[i - 1] <= "\u06ff" or not text[i - 1].isalpha():
        return False  # Arabic text only: in English a mark after a word (the Lakers" official) is an apostrophe
    line_start = text.rfind("\n", 0, i) + 1
    line_end = text.find("\n", i)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    if any(ch in line for ch in "“”„"):
        return False  # curly double marks as well: a straight mark may be the partner of one (”السلبية")
    before, after = text.count('"', line_start, i), text.count('"', i + 1, line_end)
    return before % 2 == 0 and after % 2 == 1


def _can_close(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return not prev.isspace() and (nxt.isspace() or not nxt.isalnum())


def find_quotes(text: str) -> list[Quote]:
    """Balanced quotations in ``text``, outermost only, in order.

    Straight quotes open after a space and close before one; an apostrophe inside a
    word ("don't", "al-Ma'aloumeh") is never a quote. Unclosed marks are ignored. A mark
    typed against the word before it opens where nothing else can (``_glued_opener``).
    """
    return list(_find_quotes(text))


@lru_cache(maxsize=TEXT_MEMO)
def _find_quotes(text: str) -> tuple[Quote, ...]:
    # memoised: several detectors look for the quotations of the same sentence
    quotes: list[Quote] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in OPENERS and (_can_open(text, i) or _glued_opener(text, i)):
            closer = OPENERS[ch]
            # “…” is standard, but some Arabic texts write ”…” or “…“; accept either curly mark.
            closers = {closer} | ({"”", "“"} if ch in "“”„" else set())
            j = i + 1
            found = -1
            while j < n:
                if text[j] in closers and _can_close(text, j) and j > i + 1:
                    found = j
                    break
                if text[j] == "\n":
                    break
                j += 1
            if found > 0 and (ch != "'" or found - i > 3):
                quotes.append(Quote(i, found + 1))
                i = found + 1
                continue
        i += 1
    return tuple(quotes)


def inside_quote(quotes: list[Quote], pos: int) -> bool:
    """True when ``pos`` lies strictly inside one of the quotes."""
    return any(q.start < pos < q.end - 1 for q in quotes)
