"""The judgements run on whole small articles, through the same fixture as the extraction tests."""

from __future__ import annotations

from ..extract.conftest import run, speaker_name, statement_with

__all__ = ["run", "speaker_name", "statement_with"]
