"""Errors a user can cause; the CLI turns them into one line and exit status 2."""


class WorkbenchError(Exception):
    """A problem with the user's input or setup, reported as one sentence."""


class InputError(WorkbenchError):
    """A file that cannot be read or does not hold what it should."""


class TranslatorError(WorkbenchError):
    """A translator that cannot be found, loaded or run."""


class LexiconError(WorkbenchError):
    """The Buckwalter lexicon or a word list that cannot be found or read."""
