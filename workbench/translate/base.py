"""The translator interface and the name → backend registry.

A backend is one module in this package exposing a Translator subclass; it is
registered by name prefix below, so adding one is adding one file and one line.
"""

from __future__ import annotations

import importlib
import os
from abc import ABC, abstractmethod
from collections.abc import Sequence
from typing import Any

from workbench.errors import TranslatorError

# name prefix -> (module, class). "lexicon" matches exactly; "hf:" / "ct2:" take a model argument.
_BACKENDS: dict[str, tuple[str, str]] = {
    "lexicon": ("workbench.translate.lexicon", "LexiconTranslator"),
    "hf": ("workbench.translate.hf", "HFTranslator"),
    "ct2": ("workbench.translate.ct2", "CT2Translator"),
}

_LOADED: dict[tuple[str, tuple[tuple[str, Any], ...]], Translator] = {}


class Translator(ABC):
    """Turns Arabic sentences into English, one output per input, order kept."""

    #: the name the user chose it by, recorded in every output ("lexicon", "hf:models/opus-mt-ar-en")
    name: str = ""

    @abstractmethod
    def translate(self, sentences: Sequence[str]) -> list[str]:
        """Return one English rendering per Arabic sentence."""

    def match_texts(self, sentences: Sequence[str]) -> list[str]:
        """English text used to align each Arabic sentence (default: its translation).

        A backend that knows several possible senses (the lexicon) may add them here; users
        only ever see ``translate``'s output.
        """
        return self.translate(sentences)

    @property
    def signature(self) -> str:
        """A readable description of how outputs were made (name plus version/fingerprint)."""
        return self.name


def available_translators() -> list[str]:
    """Backend name prefixes the registry knows."""
    return sorted(_BACKENDS)


def get_translator(name: str = "lexicon", **options: Any) -> Translator:
    """Load (once per process) and return the translator called ``name``.

    ``name`` is ``lexicon`` or ``<backend>:<model>`` such as ``hf:models/opus-mt-ar-en``.
    """
    key = (name, tuple(sorted(options.items())))
    if key in _LOADED:
        return _LOADED[key]
    backend, _, arg = name.partition(":")
    if backend not in _BACKENDS:
        raise TranslatorError(f"unknown translator '{name}': use one of lexicon, hf:<model>, ct2:<model>")
    if backend != "lexicon" and not arg:
        raise TranslatorError(f"translator '{name}' needs a model: write {backend}:<model name or path>")
    module_name, class_name = _BACKENDS[backend]
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise TranslatorError(f"translator '{name}' is not available: {exc}") from exc
    cls = getattr(module, class_name)
    translator: Translator = cls(arg, **options) if arg else cls(**options)
    translator.name = name
    _LOADED[key] = translator
    return translator


def default_translator_name() -> str:
    """The translator used when none is named: $WORKBENCH_TRANSLATOR, else the offline lexicon."""
    return os.environ.get("WORKBENCH_TRANSLATOR", "lexicon")
