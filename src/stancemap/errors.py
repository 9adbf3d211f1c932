"""The small exception hierarchy: every error keeps a reason a user can read."""


class StancemapError(Exception):
    """Base class; the CLI prints `str(error)` in one line, never a traceback."""


class NoInputError(StancemapError):
    """Nothing in the given paths could be read as an article."""


class ModelMissingError(StancemapError):
    """The spaCy English pipeline is not installed."""


class UnreadableFile(StancemapError):
    """One input file cannot be used; the message says why. Ingest turns it into a Notice."""
