"""Full-text search over statements and articles: one interface, two implementations (SQLite's
FTS5 tables and PostgreSQL's `tsvector` columns, made by the first migration).

Ranking is bounded. Scoring every match of a common word (bm25 in FTS5, ts_rank in PostgreSQL)
cost 30-90 ms a request at 15,000 articles, and the relevance of ten thousand matches of one word
tells a reader little. So a search ranks only its newest matches (the last `RANKED_MATCHES` stored,
which a database finds without scoring the others: FTS5 walks its index from the newest row and
stops), by relevance; the older matches follow, newest first. A search with fewer matches than that
is ranked whole, as before. Its total is counted over every match.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Connection, column, func, literal_column, select, table

from ..store.schema import articles, statements

# How many of a search's newest matches are ranked by relevance (measured at 15,000 articles:
# ranking the newest 1,000 matches of "foreign" takes 2 ms, ranking all 11,000 took 28 ms).
RANKED_MATCHES = 1000

# FTS5 query syntax is a language of its own (a stray quote is an error): user words are quoted
# one by one; a "quoted phrase" stays a phrase; a trailing * searches by prefix.
TOKEN = re.compile(r'"([^"]*)"|(\S+)')
WORD = re.compile(r"\w+", re.UNICODE)


class BadQuery(ValueError):
    """A search or filter that cannot be run; the message says why (the API answers 400)."""


def fts5_query(q: str) -> str:
    parts = []
    for phrase, word in TOKEN.findall(q):
        if phrase:
            words = WORD.findall(phrase)
            if words:
                parts.append('"' + " ".join(words) + '"')
            continue
        prefix = word.endswith("*")
        parts.extend(f'"{w}"' for w in WORD.findall(word))
        if prefix and parts and WORD.findall(word):
            parts[-1] += "*"
    if not parts:
        raise BadQuery("q: nothing to search for (give words)")
    return " ".join(parts)


def _own(target: str) -> tuple[Any, Any]:
    own = statements if target == "statements" else articles
    return own, own.c.pk if target == "statements" else own.c.id


def matches(conn: Connection, target: str, q: str) -> Any:
    """Every row of `target` ("statements" or "articles") matching q: a subquery of (id)."""
    words = fts5_query(q)  # the same words on both databases: a query with none is refused on both
    if conn.dialect.name == "postgresql":
        _, key = _own(target)
        tsv: Any = literal_column(f"{target}.tsv")
        return select(key.label("id")).where(tsv.op("@@")(func.websearch_to_tsquery("english", q))).subquery()
    fts = table(f"{target}_fts", column("rowid"))
    return select(fts.c.rowid.label("id")).where(literal_column(f"{target}_fts").op("MATCH")(words)).subquery()


def newest_ranked(conn: Connection, target: str, q: str, count: int | None = None) -> Any:
    """The newest `count` (default RANKED_MATCHES) rows matching q (highest keys) with their
    relevance: a subquery of (id, score), lower scores first. Only these rows are scored."""
    words = fts5_query(q)
    count = RANKED_MATCHES if count is None else count
    if conn.dialect.name == "postgresql":
        _, key = _own(target)
        query = func.websearch_to_tsquery("english", q)
        tsv: Any = literal_column(f"{target}.tsv")
        newest = (select(key.label("id"), tsv.label("tsv")).where(tsv.op("@@")(query))
                  .order_by(key.desc()).limit(count).subquery())
        return select(newest.c.id, (-func.ts_rank(newest.c.tsv, query)).label("score")).subquery()
    fts = table(f"{target}_fts", column("rowid"), column("rank"))
    return (select(fts.c.rowid.label("id"), fts.c.rank.label("score"))
            .where(literal_column(f"{target}_fts").op("MATCH")(words))
            .order_by(fts.c.rowid.desc()).limit(count).subquery())


def match_count(conn: Connection, target: str, q: str) -> int | None:
    """How many rows match q, read from the full-text index alone (SQLite: no row is visited);
    None on PostgreSQL, where the caller counts."""
    if conn.dialect.name == "postgresql":
        return None
    sub = matches(conn, target, q)
    return int(conn.execute(select(func.count()).select_from(sub)).scalar() or 0)


def search_page(conn: Connection, target: str, q: str, filters: list[Any], limit: int, offset: int,
                total: int) -> list[int]:
    """The keys of one page of a search of `target` narrowed by `filters` (`total` rows match in
    all): the newest matches by relevance first, then the older ones, newest first."""
    own, key = _own(target)
    ranked = newest_ranked(conn, target, q)
    # Only as many ranked rows as this page reaches are fetched; the ranked set itself is sorted
    # in the database (at most RANKED_MATCHES rows).
    passing = [k for (k,) in conn.execute(select(key).select_from(own.join(ranked, ranked.c.id == key))
                                          .where(*filters).order_by(ranked.c.score, key).limit(offset + limit))]
    page = passing[offset:]
    if len(page) == limit or offset + len(page) >= total:
        return page  # the page is full, or no older match is left to list
    found, boundary = conn.execute(select(func.count(), func.min(ranked.c.id))).one()
    if found < RANKED_MATCHES:
        return page  # every match was ranked
    older = (select(key).where(*filters, key < boundary, key.in_(select(matches(conn, target, q).c.id)))
             .order_by(key.desc()).limit(limit - len(page)).offset(max(0, offset - len(passing))))
    return page + [k for (k,) in conn.execute(older)]


__all__ = ["RANKED_MATCHES", "BadQuery", "fts5_query", "match_count", "matches", "newest_ranked", "search_page"]
