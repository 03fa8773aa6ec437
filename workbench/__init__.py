"""Arabic–English comparison workbench: align an English article with its Arabic original and mark what changed."""

__version__ = "0.1.0"
