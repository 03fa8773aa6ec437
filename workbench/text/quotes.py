"""Quotation marks of every style: find quoted spans in a sentence or paragraph."""

from __future__ import annotations

import re
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


def _arabic_straight_pairs(text: str) -> dict[int, int]:
    """Straight double marks of the Arabic lines of ``text`` paired by where their spaces fall: opening
    index → closing index, outermost quotes only. Arabic text types them loosely: a space inside the mark
    (قال: " إننا سنواصل "), a mark against the next word ("…السلام"وأضاف), a quoted word inside a quote
    ("إن الحديث عن "الهزيمة" مبالغ فيه"). A mark with a space (or the line's edge, or punctuation) before it
    and a word after opens, one the other way round closes, and a mark the spaces do not tell closes a
    quote left open or else opens one; nested quotes close inside out. A line whose marks do not all pair
    so (an odd count, a closer with nothing open) is left to the general rules; so is a line with curly
    double marks (a straight mark may be the partner of one) or more Latin letters than Arabic."""
    out: dict[int, int] = {}
    line_start = 0
    for line in text.split("\n"):
        marks = [line_start + m.start() for m in re.finditer('"', line)]
        arabic = len(re.findall(r"[\u0621-\u064a]", line))
        if marks and not any(ch in line for ch in "“”„") and arabic > len(re.findall(r"[A-Za-z]", line)):
            out.update(_pair_by_spacing(text, marks) or {})
        line_start += len(line) + 1
    return out


def _pair_by_spacing(text: str, marks: list[int]) -> dict[int, int] | None:
    stack: list[int] = []
    pairs: dict[int, int] = {}
    for i in marks:
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        open_before = prev.isspace() or prev in "([{:،,—–-"
        open_after = nxt.isspace() or not nxt.isalnum()
        if open_before and not open_after:
            stack.append(i)
        elif open_after and not open_before or stack:
            if not stack:
                return None  # a closer with nothing open
            start = stack.pop()
            if not stack:
                pairs[start] = i
        else:
            stack.append(i)
    if stack or any(not text[a + 1 : b].strip() for a, b in pairs.items()):
        return None
    return pairs


def _matching_guillemet(text: str, i: int) -> int:
    """The » that closes the « at ``i`` on its line, counting the «…» nested inside; -1 if none. Guillemets
    only open or only close, so a space inside them (« نحن هنا ») or a word against them (»ثم) misleads nothing."""
    depth = 0
    for j in range(i + 1, len(text)):
        ch = text[j]
        if ch == "\n":
            return -1
        if ch == "«":
            depth += 1
        elif ch == "»":
            if depth == 0:
                return j if text[i + 1 : j].strip() else -1
            depth -= 1
    return -1


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
    straight = _arabic_straight_pairs(text) if '"' in text else {}
    paired_lines = {text.rfind("\n", 0, a) for a in straight}  # lines whose straight marks all paired
    while i < n:
        ch = text[i]
        if ch == '"' and text.rfind("\n", 0, i) in paired_lines:
            if i in straight:
                quotes.append(Quote(i, straight[i] + 1))
                i = straight[i] + 1
                continue
            i += 1
            continue
        if ch == "«":
            j = _matching_guillemet(text, i)
            if j > 0:
                quotes.append(Quote(i, j + 1))
                i = j + 1
                continue
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
