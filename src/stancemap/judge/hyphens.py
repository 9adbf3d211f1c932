"""Words written with a hyphen that the tokenizer splits into three tokens ("phase", "-", "out" of "phase-out";
"car", "-", "free"): joined again where the question's words hold the hyphened form, as stance.topical reads a
passage's words (session 35; tests/judge/test_stance_deadline.py, test_stance_hyphened.py; read by stance._relevant)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

Token = Any  # spaCy Token or parsed.ParsedToken


def hyphened(tokens: list[Token], words: frozenset[str] | set[str]) -> dict[int, str]:
    """For each of the three tokens of a hyphened word in `words` ("phase - out" -> "phase-out"), its index and the
    joined word (lower case); the three must stand side by side with no space between them."""
    found: dict[int, str] = {}
    if isinstance(words, frozenset) and not _any_hyphened(words):
        return found  # no word of them is hyphened: nothing to join (most questions; stance._relevant asks per piece)
    for a, dash, b in zip(tokens, tokens[1:], tokens[2:], strict=False):
        if dash.text == "-" and dash.i == a.i + 1 == b.i - 1 and not a.whitespace_ and not dash.whitespace_:
            word = f"{a.lower_}-{b.lower_}"
            if word in words:
                found.update({a.i: word, dash.i: word, b.i: word})
    return found


@lru_cache(maxsize=64)
def _any_hyphened(words: frozenset[str]) -> bool:
    """A word of `words` holds a hyphen between two others ("phase-out"): asked once per question's words."""
    return any("-" in w for w in words)
