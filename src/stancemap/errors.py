"""The small exception hierarchy: every error keeps a reason a user can read."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model import Notice


class StancemapError(Exception):
    """Base class; the CLI prints `str(error)` in one line, never a traceback."""


class NoInputError(StancemapError):
    """Nothing in the given paths could be read as an article. `notices` says why, file by file:
    the CLI prints them before its one-line error (a missing folder named, not only counted)."""

    def __init__(self, message: str, notices: list[Notice] | None = None) -> None:
        super().__init__(message)
        self.notices = list(notices or [])


class ModelMissingError(StancemapError):
    """The spaCy English pipeline is not installed."""


class UnreadableFile(StancemapError):
    """One input file cannot be used; the message says why. Ingest turns it into a Notice."""
