"""The web app's reads: one function per list, shared by the JSON API and the pages.

Every list takes its filters and a limit/offset and returns (total, rows). Rows carry the entity's
`data` (the contract's JSON text, served as is) and the few joined fields a reader wants beside it
(a statement's speaker name, article and outlet). Search is one function with two implementations:
SQLite's FTS5 and PostgreSQL's `tsvector` (the columns and triggers the first migration made).
Totals are cached per question and filter until the question's results are rewritten.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import astuple, dataclass, replace
from typing import Any

from sqlalchemy import Connection, Select, and_, func, select, text

from ..store.schema import actors, articles, event_actors, events, outlets, positions, questions, statements
from ..store.totals import NO_STANCE
from ..store.totals import total as stored_total
from . import search
from .search import BadQuery
from .state import STATE


def date_after(bound: str) -> str:
    """The first day, month or year after `bound` ("2025-11-04" -> "2025-11-05", "2025-11" ->
    "2025-12", "2025" -> "2026"): the exclusive upper end of an `until`. Sortable dates compare as
    text, and an exclusive bound compares the same under any collation (a PostgreSQL server's
    locale may ignore the padding character an inclusive bound would need)."""
    parts = [int(p) for p in bound.split("-")]
    if parts[0] >= 9999:
        return "99999"  # after every date, the unknown ones ("9999") included
    try:
        if len(parts) == 3:
            return (dt.date(*parts) + dt.timedelta(days=1)).isoformat()
        if len(parts) == 2:
            year, month = parts
            dt.date(year, month, 1)
            return f"{year + month // 12:04d}-{month % 12 + 1:02d}"
        return f"{parts[0] + 1:04d}"
    except ValueError:
        raise BadQuery(f"until: no such date (got {bound!r})") from None


def real_date(name: str, bound: str) -> str:
    """`bound` when it names a real day, month or year; else a 400 naming the parameter: an
    impossible `since` ("2026-02-30", "2026-13") is refused as an impossible `until` is, not
    compared as text (test_api_impossible_since_is_a_400)."""
    parts = [int(p) for p in bound.split("-")]
    try:
        if parts[0] < 9999:
            dt.date(parts[0], *[*parts[1:], 1, 1][:2])
    except ValueError:
        raise BadQuery(f"{name}: no such date (got {bound!r})") from None
    return bound


# The shapes a query parameter must have, named once: the routes' `Query(pattern=...)` and the 400's words for each
# (app.SHAPES) read these (a page's form may send a field empty, hence the "or empty" forms).
DATE_BOUND = r"^\d{4}(-\d{2}(-\d{2})?)?$"
DATE_BOUND_OR_EMPTY = r"^(\d{4}(-\d{2}(-\d{2})?)?)?$"
ACTOR_ID = r"^a\d+$"
ACTOR_ID_OR_EMPTY = r"^(a\d+)?$"
DOCUMENT_ID = r"^d\d+$"


def _first_day(bound: str) -> str:
    """The first day of a day, month or year bound ("2021" -> "2021-01-01"): bounds of different precision compare."""
    return bound + "-01" * (2 - bound.count("-"))


def date_range(since: str | None, until: str | None) -> None:
    """Both bounds real dates, and the range not empty: a 400 for `since` after `until` (it was a 200 with no items, read
    as 'nothing then'; test_api_reversed_range_is_a_400)."""
    if since:
        real_date("since", since)
    if until and since and _first_day(since) >= _first_day(date_after(until)):
        raise BadQuery(f"since {since} is after until {until}: the range is empty")


@dataclass(frozen=True)
class StatementFilter:
    actor: str | None = None
    outlet: str | None = None
    stance: str | None = None
    kind: str | None = None
    q: str | None = None
    since: str | None = None
    until: str | None = None
    document: str | None = None  # a document id ("d12")


class Totals:
    """Counts of filtered lists, kept until the question's results change (a count over a large
    store costs more than the page it goes with)."""

    def __init__(self, size: int = 4096) -> None:
        self.size = size
        self.lock = threading.Lock()
        self.found: OrderedDict[tuple[Any, ...], int] = OrderedDict()

    def get(self, key: tuple[Any, ...], compute: Any) -> int:
        with self.lock:
            if key in self.found:
                self.found.move_to_end(key)
                return self.found[key]
        value = int(compute())
        with self.lock:
            self.found[key] = value
            if len(self.found) > self.size:
                self.found.popitem(last=False)
        return value


TOTALS = Totals()


def version(conn: Connection) -> Any:
    """What changes when the store's data changes (the key of cached totals)."""
    return STATE.get(conn.engine).token


def _count(conn: Connection, question: int, kind: str, key: tuple[Any, ...], query: Select[Any],
           chosen: dict[str, str | None] | None = None, since: str | None = None, until: str | None = None,
           counted: Callable[[], int | None] | None = None) -> int:
    """The number of rows `query` selects: from the question's precomputed totals when the filter
    is one they hold (`chosen` facet values and a date range: store/totals.py), from `counted`
    when it can say (a search's matches counted in the index alone), else counted."""

    def compute() -> int:
        if counted is not None:
            known = counted()
            if known is not None:
                return known
        if chosen is not None:
            known = stored_total(conn, question, kind, chosen, since, date_after(until) if until else None)
            if known is not None:
                return known
        return int(conn.execute(select(func.count()).select_from(query.subquery())).scalar() or 0)

    return TOTALS.get((question, version(conn), kind, *key), compute)


def article_id(conn: Connection, doc: str) -> int | None:
    return conn.execute(select(articles.c.id).where(articles.c.doc == doc)).scalar()


def statements_page(conn: Connection, question: int, f: StatementFilter, limit: int, offset: int) -> tuple[int, Sequence[Any]]:
    s = statements
    date_range(f.since, f.until)
    where = [s.c.question_id == question]
    if f.actor:
        where.append(s.c.speaker == f.actor)
    if f.outlet:
        where.append(s.c.outlet == f.outlet)
    if f.stance:
        where.append(s.c.stance.is_(None) if f.stance == "none" else s.c.stance == f.stance)
    if f.kind:
        where.append(s.c.kind == f.kind)
    if f.since:
        where.append(s.c.date_key >= real_date("since", f.since))
    if f.until:
        # "2025-11" as an upper bound takes every day of November.
        where.append(s.c.date_key < date_after(f.until))
    if f.document:
        where.append(s.c.article_id == (article_id(conn, f.document) or -1))
    # In the analysis's order; in time order when a date range is asked for (the date index then
    # gives the page without sorting the whole range); a search's newest matches by relevance.
    order: list[Any] = [s.c.date_key, s.c.seq] if (f.since or f.until) else [s.c.seq]
    matched = [s.c.pk.in_(select(search.matches(conn, "statements", f.q).c.id))] if f.q else []
    base = select(s.c.pk).where(*where, *matched)
    if f.q:
        # Every statement in the search index is this question's when the store follows no other.
        alone = not any(astuple(replace(f, q=None))) and STATE.get(conn.engine).questions == (question,)
        total = _count(conn, question, "statements", astuple(f), base,
                       counted=(lambda: search.match_count(conn, "statements", f.q or "")) if alone else None)
        wanted = search.search_page(conn, "statements", f.q, where, limit, offset, total)
    else:
        # A blank outlet is no filter, as `where` reads it (test_api_an_empty_outlet_is_no_filter).
        chosen = None if f.document else {"speaker": f.actor, "outlet": f.outlet or None, "stance": f.stance,
                                          "kind": f.kind}
        total = _count(conn, question, "statements", astuple(f), base, chosen, f.since, f.until)
        # The page's keys first (an index walk, however far the offset), then its rows with their
        # article and speaker: joining every skipped row would make a far page cost its offset.
        keys = select(s.c.pk).where(*where).order_by(*order).limit(limit).offset(offset)
        wanted = [pk for (pk,) in conn.execute(keys)]
    if not wanted:
        return total, []
    query = (select(s.c.pk, s.c.data, actors.c.name.label("speaker_name"), articles.c.doc, articles.c.title,
                    articles.c.outlet, articles.c.published)
             .select_from(s.join(articles, articles.c.id == s.c.article_id)
                          .outerjoin(actors, and_(actors.c.question_id == s.c.question_id, actors.c.id == s.c.speaker)))
             .where(s.c.pk.in_(wanted)))
    rows = {row.pk: row for row in conn.execute(query)}
    return total, [rows[pk] for pk in wanted if pk in rows]


def actors_page(conn: Connection, question: int, q: str | None, kind: str | None, limit: int,
                offset: int) -> tuple[int, Sequence[Any]]:
    where = [actors.c.question_id == question]
    if q:
        where.append(func.lower(actors.c.name).contains(q.lower(), autoescape=True))
    if kind:
        where.append(actors.c.kind == kind)
    total = _count(conn, question, "actors", (q, kind), select(actors.c.pk).where(and_(*where)),
                   None if q else {"kind": kind})
    rows = conn.execute(select(actors.c.data, actors.c.statements).where(and_(*where))
                        .order_by(actors.c.statements.desc(), actors.c.seq).limit(limit).offset(offset)).all()
    return total, rows


def actor(conn: Connection, question: int, actor_id: str) -> Any:
    return conn.execute(select(actors.c.data, actors.c.statements)
                        .where(actors.c.question_id == question, actors.c.id == actor_id)).first()


def positions_page(conn: Connection, question: int, actor_id: str | None, stance: str | None, limit: int,
                   offset: int) -> tuple[int, Sequence[Any]]:
    where = [positions.c.question_id == question]
    if actor_id:
        where.append(positions.c.actor == actor_id)
    if stance:
        where.append(positions.c.stance.is_(None) if stance == NO_STANCE else positions.c.stance == stance)
    total = _count(conn, question, "positions", (actor_id, stance), select(positions.c.pk).where(and_(*where)),
                   {"actor": actor_id, "stance": stance})
    joined = positions.join(actors, and_(actors.c.question_id == positions.c.question_id, actors.c.id == positions.c.actor))
    # The page's keys first, then its rows: sorting with `data` beside would read every position's
    # JSON (an actor's position lists all its statements) to keep fifty.
    wanted = [k for (k,) in conn.execute(select(positions.c.pk).select_from(joined).where(and_(*where))
                                         .order_by(actors.c.statements.desc(), positions.c.seq).limit(limit).offset(offset))]
    found = {r.pk: r for r in conn.execute(
        select(positions.c.pk, positions.c.data, actors.c.name.label("actor_name"), actors.c.statements)
        .select_from(joined).where(positions.c.pk.in_(wanted)))} if wanted else {}
    return total, [found[k] for k in wanted if k in found]


def events_page(conn: Connection, question: int, actor_id: str | None, since: str | None, until: str | None,
                limit: int, offset: int) -> tuple[int, Sequence[Any]]:
    date_range(since, until)
    where = [events.c.question_id == question]
    if actor_id:
        where.append(events.c.seq.in_(select(event_actors.c.event_seq).where(
            event_actors.c.question_id == question, event_actors.c.actor == actor_id)))
    if since:
        where.append(events.c.date_key >= real_date("since", since))
    if until:
        where.append(events.c.date_key < date_after(until))
    total = _count(conn, question, "events", (actor_id, since, until), select(events.c.pk).where(and_(*where)),
                   {"actor": actor_id}, since, until)
    rows = conn.execute(select(events.c.data, articles.c.title, articles.c.outlet)
                        .select_from(events.join(articles, articles.c.id == events.c.article_id))
                        .where(and_(*where)).order_by(events.c.date_key, events.c.seq).limit(limit).offset(offset)).all()
    return total, rows


def outlets_page(conn: Connection, question: int, limit: int, offset: int) -> tuple[int, Sequence[Any]]:
    where = outlets.c.question_id == question
    total = _count(conn, question, "outlets", (), select(outlets.c.pk).where(where), {})
    wanted = [k for (k,) in conn.execute(select(outlets.c.pk).where(where).order_by(outlets.c.documents.desc(), outlets.c.seq)
                                         .limit(limit).offset(offset))]  # keys first, as for positions
    found = {r.pk: r for r in conn.execute(select(outlets.c.pk, outlets.c.data)
                                           .where(outlets.c.pk.in_(wanted)))} if wanted else {}
    return total, [found[k] for k in wanted if k in found]


def outlet_stances(conn: Connection, question: int, names: list[str]) -> dict[str, dict[str, int]]:
    """Per outlet, how many statements it reports take each stance."""
    found: dict[str, dict[str, int]] = {n: {} for n in names}
    if not names:
        return found
    for name, stance, n in conn.execute(
            select(statements.c.outlet, statements.c.stance, func.count())
            .where(statements.c.question_id == question, statements.c.outlet.in_(names))
            .group_by(statements.c.outlet, statements.c.stance)):
        found[name][stance or "none"] = int(n)
    return found


def articles_page(conn: Connection, q: str | None, outlet: str | None, since: str | None, until: str | None,
                  limit: int, offset: int) -> tuple[int, Sequence[Any]]:
    date_range(since, until)
    where: list[Any] = [articles.c.doc.is_not(None)]
    if outlet:
        where.append(articles.c.outlet == outlet)
    if since:
        where.append(articles.c.published >= real_date("since", since))
    if until:
        where.append(articles.c.published < date_after(until))
    matched = [articles.c.id.in_(select(search.matches(conn, "articles", q).c.id))] if q else []
    # Every article in the search index has its document id unless an `add` is writing.
    alone = bool(q) and not (outlet or since or until) and conn.execute(
        select(articles.c.id).where(articles.c.doc.is_(None), articles.c.body.is_not(None)).limit(1)).first() is None
    total = _count(conn, 0, "articles", (q, outlet, since, until), select(articles.c.id).where(*where, *matched),
                   counted=(lambda: search.match_count(conn, "articles", q or "")) if alone else None)
    if q:
        wanted = search.search_page(conn, "articles", q, where, limit, offset, total)
    else:
        wanted = [k for (k,) in conn.execute(select(articles.c.id).where(*where).order_by(articles.c.id)
                                             .limit(limit).offset(offset))]
    if not wanted:
        return total, []
    found = {row.id: row for row in conn.execute(
        select(articles.c.id, articles.c.doc, articles.c.path, articles.c.title, articles.c.outlet,
               articles.c.published, articles.c.url, func.substr(articles.c.body, 1, 280).label("opening"))
        .where(articles.c.id.in_(wanted)))}
    return total, [found[k] for k in wanted if k in found]


def article(conn: Connection, doc: str) -> Any:
    return conn.execute(select(articles.c.id, articles.c.doc, articles.c.path, articles.c.title, articles.c.outlet,
                               articles.c.published, articles.c.url, articles.c.body, articles.c.data)
                        .where(articles.c.doc == doc)).first()


def question_list(conn: Connection) -> Sequence[Any]:
    return conn.execute(select(questions.c.id, questions.c.text, questions.c.auto, questions.c.data,
                               questions.c.reduced_at).order_by(questions.c.id)).all()


def counts(conn: Connection, question: int) -> dict[str, int]:
    return {t.name: _count(conn, question, t.name, ("all",), select(t.c.pk).where(t.c.question_id == question), {})
            for t in (statements, actors, events, outlets, positions)}


def statements_by_id(conn: Connection, question: int, ids: list[str]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for i in range(0, len(ids), 500):
        for (data,) in conn.execute(select(statements.c.data).where(statements.c.question_id == question,
                                                                    statements.c.id.in_(ids[i:i + 500]))):
            item = json.loads(data)
            found[item["id"]] = item
    return found


def ping(conn: Connection) -> None:
    conn.execute(text("SELECT 1"))
