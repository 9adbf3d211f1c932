"""Lines an article says twice: its title repeated, a label repeated, a line repeated, and pull
quotes (a quotation the page set apart that repeats a sentence of the article)."""

from __future__ import annotations

import re

from .lines import QUOTED_LINE, LineShape, norm

QUOTE_MARKS = re.compile(r"[\"“”‘’'«»]")
# A pull quote repeats a sentence, not a word or two ("“No.”" may be said twice).
PULL_QUOTE_MIN_WORDS = 6


def mark_repeats(lines: list[str], shapes: list[LineShape], reasons: list[str | None], nonblank: list[int],
                  title: str | None, title_index: int | None, titles_only: bool = False) -> None:
    counts: dict[str, int] = {}
    for i in nonblank:
        counts[norm(lines[i])] = counts.get(norm(lines[i]), 0) + 1
    seen: set[str] = set()
    for i in nonblank:
        key = norm(lines[i])
        if reasons[i] is None and i != title_index:
            if title and key == norm(title):
                reasons[i] = "repeated title"
            elif titles_only:
                pass
            elif counts[key] > 1 and not shapes[i].sentence:
                reasons[i] = f"repeated label ({counts[key]} times in this article)"
            elif key in seen:
                reasons[i] = "repeated line"
        seen.add(key)


def mark_pull_quotes(lines: list[str], reasons: list[str | None], nonblank: list[int],
                      title_index: int | None) -> None:
    """A line that is only a quotation repeated inside a longer line of the article: a pull quote the
    page set apart for display ("“Every boat counts.”" beside "“Every boat counts,” Vask said."). A
    quotation said once, on its own line, is body (test_text_*_pull_quote_*)."""
    def bare(text: str) -> str:
        return norm(QUOTE_MARKS.sub("", text)).strip(" .,;:!?…")

    for i in nonblank:
        m = QUOTED_LINE.match(lines[i].strip())
        if reasons[i] is not None or i == title_index or m is None:
            continue
        inner = bare(m["inner"])
        if len(inner.split()) < PULL_QUOTE_MIN_WORDS:
            continue
        if any(j != i and reasons[j] is None and len(lines[j]) > len(lines[i]) and inner in bare(lines[j])
               for j in nonblank):
            reasons[i] = "pull quote (repeats a sentence of the article)"
