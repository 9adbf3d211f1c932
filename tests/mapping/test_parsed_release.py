"""The reduce's parse rows (`ParsedDoc`) freed as soon as an article is judged (session 21,
docs/performance.md): each token refers to its document, which holds every token, so a judged article's
tokens were cyclic garbage left to the collector (about 150 collections over 1,500 bench articles)."""

from __future__ import annotations

import gc

import pytest

from stancemap import article
from stancemap.judge.article import judge_record
from stancemap.judge.proposition import parse_proposition
from stancemap.model import Source
from stancemap.parsed import ParsedDoc, ParsedSpan, ParsedToken
from stancemap.question import make_question
from stancemap.record import ArticleRecord

TEXT = ("Ferry crews in Brackenholt split over the night timetable\n\n"
        "The Brackenholt ferry crews' union said on Tuesday it would oppose the night timetable unless the "
        "operator hired more deckhands. \"Nobody can work four crossings without sleep,\" said Mira Tolvane, "
        "the union's secretary. The operator's manager, Kes Ambridge, said the council would back the plan "
        "if the crossings stayed safe. Passengers in the harbour town have not said what they want.\n")
QUESTION = "Will the operator bring in the night ferry timetable?"


def _record() -> ArticleRecord:
    mapped = article.map_batch([Source(path="invented.txt", fmt="text", text=TEXT)])
    found = [m for m in mapped if isinstance(m, article.MappedArticle)]
    assert len(found) == 1
    return ArticleRecord.from_blobs(*found[0].to_blobs())


def _question():  # type: ignore[no-untyped-def]
    question = make_question(QUESTION)
    question.proposition = parse_proposition(QUESTION)
    return question


def test_parsed_judged_article_leaves_no_cyclic_garbage() -> None:
    """Judging on the rows leaves none of their tokens, spans or document for the collector (red before:
    every kept token of the article was found by it), and judges as before (the judgement twice the same)."""
    record, question = _record(), _question()
    first = judge_record(record, question)
    assert first.statements
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        again = judge_record(record, question)
        gc.collect()
        left = [o for o in gc.garbage if isinstance(o, ParsedDoc | ParsedToken | ParsedSpan)]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if enabled:
            gc.enable()
    assert again == first
    assert not left, f"{len(left)} parse objects left to the collector"


def test_parsed_released_document_fails_when_read() -> None:
    """A document, token or sentence read after `release` fails: never a silent empty token."""
    record = _record()
    pdoc = ParsedDoc(record.document.body, record.parse)
    sentence = pdoc.sents[1]
    token = next(iter(sentence))
    assert token.text and token.head.text and list(token.subtree)
    pdoc.release()
    with pytest.raises(AttributeError):
        token.head  # noqa: B018
    with pytest.raises(AttributeError):
        pdoc[token.i]
    with pytest.raises(AttributeError):
        list(sentence)
