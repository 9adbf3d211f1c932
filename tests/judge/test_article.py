"""The judging code's fingerprint: what a cached judgement is keyed by besides record and question."""

from __future__ import annotations

from pathlib import Path

import stancemap
from stancemap.judge.article import judge_fingerprint, judge_sources

PACKAGE = Path(stancemap.__file__).resolve().parent


def test_article_fingerprint_covers_every_module_the_judge_imports() -> None:
    """A word list the judge reads from extract/ (lexicon.py) changes judgements as an edit under
    judge/ does: a judgement cached by one user must not outlive either (a store's records keep
    their old keys when the map's code changes, so the record's key alone would not catch it)."""
    files, packages = judge_sources()
    names = {f.relative_to(PACKAGE).as_posix() for f in files}
    assert {"judge/stance.py", "judge/conditions.py", "question.py", "parsed.py", "extract/lexicon.py",
            "model.py"} <= names
    assert {"vaderSentiment", "wn", "spacy"} <= set(packages)
    assert "re" not in packages and "stancemap" not in packages
    assert len(judge_fingerprint()) == 16
