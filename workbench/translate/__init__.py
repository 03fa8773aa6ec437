"""Arabic→English translators, chosen by name (see base.get_translator)."""

from workbench.translate.base import Translator, available_translators, get_translator

__all__ = ["Translator", "available_translators", "get_translator"]
