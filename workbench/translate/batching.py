"""Batching for model translators: split over-long sentences, group by a token budget, keep order.

Pure functions: the model backends pass in a token counter and a function that translates
one list of pieces, and get back one output per input sentence in the input order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

# Clause boundaries, strongest first: Arabic semicolon, Arabic/Latin comma, then a word-initial
# و ("and") — the split goes before the و so it stays with the clause it opens.
_BOUNDARIES: tuple[re.Pattern[str], ...] = (
    re.compile(r"(?<=[؛;])\s+"),
    re.compile(r"(?<=[،,])\s+"),
    re.compile(r"\s+(?=و\S)"),
    re.compile(r"\s+"),  # last resort: any word boundary, never a cut inside a word
)


def split_long(sentence: str, max_tokens: int, count_tokens: Callable[[str], int]) -> list[str]:
    """Split ``sentence`` into pieces of at most ``max_tokens`` tokens at clause boundaries.

    Tries ؛ then ، then a word-initial و, then any space; consecutive clauses are packed back
    together while they fit. A single word longer than the budget is left whole.
    """
    if count_tokens(sentence) <= max_tokens:
        return [sentence]
    for boundary in _BOUNDARIES:
        clauses = [c for c in boundary.split(sentence) if c]
        if len(clauses) > 1:
            return [
                piece
                for packed in _pack(clauses, max_tokens, count_tokens)
                for piece in split_long(packed, max_tokens, count_tokens)
            ]
    return [sentence]


def _pack(clauses: list[str], max_tokens: int, count_tokens: Callable[[str], int]) -> list[str]:
    """Join neighbouring clauses with a space while the result stays within the budget."""
    packed = [clauses[0]]
    for clause in clauses[1:]:
        joined = f"{packed[-1]} {clause}"
        if count_tokens(joined) <= max_tokens:
            packed[-1] = joined
        else:
            packed.append(clause)
    return packed


def plan_batches(lengths: Sequence[int], *, max_tokens: int, max_size: int = 256) -> list[list[int]]:
    """Group indices into batches, longest first, so that size × longest length ≤ ``max_tokens``.

    Sorting by length keeps padding small; a sentence longer than the budget gets a batch alone.
    """
    order = sorted(range(len(lengths)), key=lambda i: (-lengths[i], i))
    batches: list[list[int]] = []
    for index in order:
        if batches:
            batch = batches[-1]
            longest = lengths[batch[0]]  # sorted descending, so the first is the longest
            if len(batch) < max_size and (len(batch) + 1) * max(longest, 1) <= max_tokens:
                batch.append(index)
                continue
        batches.append([index])
    return batches


def run_batched(
    items: Sequence[str],
    lengths: Sequence[int],
    translate_batch: Callable[[list[int]], list[str]],
    *,
    max_tokens: int,
    max_size: int = 256,
) -> list[str]:
    """Translate ``items`` batch by batch (``translate_batch`` gets indices) and restore input order."""
    outputs: list[str] = [""] * len(items)
    for batch in plan_batches(lengths, max_tokens=max_tokens, max_size=max_size):
        for index, text in zip(batch, translate_batch(batch), strict=True):
            outputs[index] = text
    return outputs


def translate_split(
    sentences: Sequence[str],
    translate_pieces: Callable[[list[str]], list[str]],
    *,
    count_tokens: Callable[[str], int],
    max_input_tokens: int,
) -> list[str]:
    """Translate sentences, splitting over-long ones and joining their pieces' outputs.

    Empty sentences give empty outputs without reaching the model.
    """
    pieces: list[str] = []
    owners: list[int] = []
    for i, sentence in enumerate(sentences):
        text = " ".join(sentence.split())
        if not text:
            continue
        for piece in split_long(text, max_input_tokens, count_tokens):
            pieces.append(piece)
            owners.append(i)
    parts: list[list[str]] = [[] for _ in sentences]
    for owner, output in zip(owners, translate_pieces(pieces) if pieces else [], strict=True):
        parts[owner].append(output.strip())
    return [" ".join(p for p in part if p) for part in parts]


class SplittingEngine:
    """What the model engines share: token counts from their tokenizer, long sentences split
    before translation (never truncated), the pieces' outputs joined back."""

    tokenizer: Any
    max_input_tokens: int

    def count_tokens(self, text: str) -> int:
        """Source tokens for ``text`` including special tokens."""
        return len(self.tokenizer(text)["input_ids"])

    def translate(self, sentences: Sequence[str]) -> list[str]:
        """Translate sentences (split when too long), in order, without a cache."""
        return translate_split(
            sentences, self._translate_pieces, count_tokens=self.count_tokens, max_input_tokens=self.max_input_tokens
        )

    def _translate_pieces(self, pieces: list[str]) -> list[str]:
        raise NotImplementedError
