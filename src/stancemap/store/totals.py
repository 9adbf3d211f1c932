"""Each question's totals, counted once when its results are written (results.write_results) and
read by the web app instead of counting rows per request.

A row of `totals` is (question, entity, facet, value, n): "statements whose stance is oppose: 812",
"events dated 2025-11-04: 37". A list filtered by one facet, or by a date range alone, then has
its total in one indexed read (a date range sums one row per day); other combinations are counted
by the database and cached by the web app. At 15,000 articles counting a stance's statements took
50-220 ms; reading its total takes well under one.

The same counts are made from the stored rows by SQL (`backfill`), for a store whose results were
written before this table existed (migration 0003).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, func, select

from .schema import totals

NO_STANCE = "none"  # the API's name for "no stance" (a stance is never called that)
# Facets counted per statement; two facets are counted together ("kind+stance", named in
# alphabetical order, values in the same order) where each alone is too broad for an index to count
# fast; a joined facet's date comes last.
STATEMENT_FACETS = ("speaker", "outlet", "stance", "kind", "kind+stance", "date", "stance+date", "kind+date")
JOIN = "/"  # between the values of a joined facet: stances, kinds and dates never hold one


def statement_facets(speaker: str | None, outlet: str | None, stance: str | None, kind: str | None,
                     date_key: str) -> list[tuple[str, str, str]]:
    st, kd = stance or NO_STANCE, kind or ""
    found = [("statements", "", ""), ("statements", "stance", st), ("statements", "kind", kd),
             ("statements", "kind+stance", kd + JOIN + st), ("statements", "date", date_key),
             ("statements", "stance+date", st + JOIN + date_key), ("statements", "kind+date", kd + JOIN + date_key)]
    if speaker:
        found.append(("statements", "speaker", speaker))
    if outlet:
        found.append(("statements", "outlet", outlet))
    return found


def event_facets(date_key: str, actor_ids: list[str]) -> list[tuple[str, str, str]]:
    return [("events", "", ""), ("events", "date", date_key), *(("events", "actor", a) for a in set(actor_ids))]


def actor_facets(kind: str | None) -> list[tuple[str, str, str]]:
    return [("actors", "", ""), ("actors", "kind", kind or "")]


def position_facets(stance: str | None) -> list[tuple[str, str, str]]:
    return [("positions", "", ""), ("positions", "stance", stance or NO_STANCE)]


def total(conn: Connection, question: int, entity: str, chosen: dict[str, str | None],
          since: str | None = None, before: str | None = None) -> int | None:
    """The number of `entity` rows of the question with the chosen facet values (None values are
    ignored) dated in [since, before), when `totals` can say it; None when it cannot (the caller
    counts the rows). `before` is exclusive: the day, month or year after the asked `until`."""
    names = sorted(k for k, v in chosen.items() if v is not None)
    values = [str(chosen[k]) for k in names]
    dated = since is not None or before is not None
    if len(names) > 2 or (dated and len(names) > 1):
        return None
    facet = "+".join([*names, "date"] if dated else names)
    if facet and facet not in FACETS[entity]:
        return None
    where = [totals.c.question_id == question, totals.c.entity == entity, totals.c.facet == facet]
    prefix = "".join(v + JOIN for v in values)
    if not dated:
        where.append(totals.c.value == JOIN.join(values))
        return int(conn.execute(select(totals.c.n).where(*where)).scalar() or 0)
    where.append(totals.c.value >= prefix + (since or ""))
    if before is not None:
        where.append(totals.c.value < prefix + before)
    elif values:
        where.append(totals.c.value.startswith(prefix, autoescape=True))
    return int(conn.execute(select(func.coalesce(func.sum(totals.c.n), 0)).where(*where)).scalar() or 0)


FACETS: dict[str, tuple[str, ...]] = {
    "statements": STATEMENT_FACETS, "events": ("date", "actor"), "actors": ("kind",), "positions": ("stance",),
    "outlets": (),
}


def backfill_sql(dialect: str) -> list[str]:
    """INSERT ... SELECT statements that count every question's stored results into `totals`
    (the same counts write_results makes), for a store written before the table existed."""
    cat = "||"
    st = f"COALESCE(stance, '{NO_STANCE}')"
    kd = "COALESCE(kind, '')"
    groups: list[tuple[str, str, str, str, str]] = [  # entity, facet, value expression, source, condition
        ("statements", "", "''", "statements", "1=1"),
        ("statements", "speaker", "speaker", "statements", "speaker IS NOT NULL"),
        ("statements", "outlet", "outlet", "statements", "outlet IS NOT NULL AND outlet <> ''"),
        ("statements", "stance", st, "statements", "1=1"),
        ("statements", "kind", kd, "statements", "1=1"),
        ("statements", "kind+stance", f"{kd} {cat} '{JOIN}' {cat} {st}", "statements", "1=1"),
        ("statements", "date", "date_key", "statements", "1=1"),
        ("statements", "stance+date", f"{st} {cat} '{JOIN}' {cat} date_key", "statements", "1=1"),
        ("statements", "kind+date", f"{kd} {cat} '{JOIN}' {cat} date_key", "statements", "1=1"),
        ("events", "", "''", "events", "1=1"),
        ("events", "date", "date_key", "events", "1=1"),
        ("events", "actor", "actor", "(SELECT DISTINCT question_id, actor, event_seq FROM event_actors) ea", "1=1"),
        ("actors", "", "''", "actors", "1=1"),
        ("actors", "kind", "COALESCE(kind, '')", "actors", "1=1"),
        ("positions", "", "''", "positions", "1=1"),
        ("positions", "stance", st, "positions", "1=1"),
        ("outlets", "", "''", "outlets", "1=1"),
    ]
    del dialect  # the same SQL on SQLite and PostgreSQL
    # PostgreSQL refuses a constant in GROUP BY: the whole-list rows group by question alone.
    return [f"INSERT INTO totals (question_id, entity, facet, value, n) SELECT question_id, '{entity}', '{facet}', "
            f"{value}, COUNT(*) FROM {source} WHERE {condition} GROUP BY question_id"
            + ("" if value == "''" else f", {value}")
            for entity, facet, value, source, condition in groups]


__all__: list[Any] = ["backfill_sql", "event_facets", "position_facets", "statement_facets", "total"]
