"""Written test articles (fictional places, people and outlets) and helpers to clean them."""

from __future__ import annotations

from stancemap.clean import clean_corpus
from stancemap.clean.text import CleanText, classify
from stancemap.model import Document, Source

TITLE = "Harrowgate Doubles Spending on Coastal Defence"
LEAD = ("PORTLEN (Daily Norther) – The parliament of Harrowgate on Tuesday approved a budget that doubles "
        "spending on coastal defence, the finance ministry said.")
PARA_BOATS = ("Finance Minister Edda Rusk told lawmakers that the money would pay for new patrol boats and radar "
              "stations along the northern coast.")
PARA_OPPOSITION = ("Opposition leader Tomas Vell said the plan had been rushed and that the ministry had not "
                   "explained how it would be paid for.")
PARA_END = "The budget now goes to the upper house, which is expected to vote on it next month."
BODY = [LEAD, PARA_BOATS, PARA_OPPOSITION, PARA_END]


def article(*, before: list[str] = (), middle: list[str] = (), after: list[str] = (),  # type: ignore[assignment]
            title: str | None = TITLE) -> list[str]:
    """Title, lines `before` the body, the body with `middle` between its 2nd and 3rd paragraphs, `after` it."""
    head = [title] if title else []
    return [*head, *before, LEAD, PARA_BOATS, *middle, PARA_OPPOSITION, PARA_END, *after]


def clean_lines(lines: list[str], **kwargs: object) -> CleanText:
    return classify(lines, **kwargs)  # type: ignore[arg-type]


def reasons(result: CleanText) -> dict[str, str]:
    return {r.text: r.reason for r in result.removed}


def body_lines(result: CleanText) -> set[str]:
    return {line for p in result.paragraphs for line in [p]}


def kept(result: CleanText, line: str) -> bool:
    """The line is in the body (whole or as part of a paragraph) and not removed."""
    return any(line in p for p in result.paragraphs) and line not in reasons(result)


def clean_texts(*texts: str, **source: str) -> list[Document]:
    """Clean plain-text articles as one corpus; `source` fields (outlet, title, published) go to all."""
    return clean_corpus([Source(f"doc{i}.txt", "text", text=t, **source) for i, t in enumerate(texts)])  # type: ignore[arg-type]
