"""A record's parse rows in a zlib stream of their own after the rest of its body (session 23, docs/performance.md):
pass 2 of a run whose judgements were made ahead reads the sentence bounds without decoding the rows, and a
record read either way, or written before, is the same record."""

from __future__ import annotations

import zlib

import orjson

from stancemap import article
from stancemap.judge.article import judge_record
from stancemap.judge.proposition import parse_proposition
from stancemap.model import Source
from stancemap.question import make_question
from stancemap.record import ArticleRecord

TEXT = ("Lantern makers in Orvel weigh the market's new hours\n\n"
        "The Orvel lantern makers' guild said on Monday it would accept the market's longer hours if the "
        "stalls kept their lamps lit by oil. \"We cannot sell in the dark,\" said Sabeth Brisk, the guild's "
        "treasurer. The market warden, Oswin Tarle, said the town board would decide in spring.\n")
QUESTION = "Will the Orvel market keep its longer hours?"


def _blobs() -> tuple[bytes, bytes]:
    mapped = article.map_batch([Source(path="invented.txt", fmt="text", text=TEXT)])
    found = [m for m in mapped if isinstance(m, article.MappedArticle)]
    assert len(found) == 1
    return found[0].to_blobs()


def test_rows_left_compressed_until_asked_give_the_same_record() -> None:
    head, body = _blobs()
    whole = ArticleRecord.from_blobs(head, body)
    assert whole.parse["runs"] and whole.unread_rows is None
    lazy = ArticleRecord.from_blobs(head, body, rows=False)
    assert "runs" not in lazy.parse and lazy.unread_rows is not None
    assert lazy.parse["sents"] == whole.parse["sents"]  # what pass 2 reads
    assert lazy.rows() == whole.parse and list(lazy.parse) == list(whole.parse)
    assert lazy == whole and lazy.to_blobs() == (head, body)


def test_a_body_written_in_one_stream_is_read_as_before() -> None:
    head, body = _blobs()
    whole = ArticleRecord.from_blobs(head, body)
    unzip = zlib.decompressobj()
    raw = orjson.loads(unzip.decompress(body))
    raw["parse"]["runs"] = orjson.loads(zlib.decompress(unzip.unused_data))
    before = zlib.compress(orjson.dumps(raw), 3)  # the body as records written before session 23 hold it
    for rows in (True, False):
        old = ArticleRecord.from_blobs(head, before, rows=rows)
        assert old == whole and old.parse == whole.parse and old.unread_rows is None


def test_an_article_judged_on_rows_read_late_is_judged_the_same() -> None:
    head, body = _blobs()
    question = make_question(QUESTION)
    question.proposition = parse_proposition(QUESTION)
    first = judge_record(ArticleRecord.from_blobs(head, body), question)
    assert first.statements
    assert judge_record(ArticleRecord.from_blobs(head, body, rows=False), question).to_bytes() == first.to_bytes()
