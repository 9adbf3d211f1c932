"""What every route needs: a read-only connection for the request, the question it is about, and
the errors routes raise (answered as JSON under /api/, as a page elsewhere: app.py)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Query, Request
from sqlalchemy import Connection, select

from ..store.schema import questions


class NotFound(Exception):
    """Something named in the URL is not in the store; the message says what."""


def connection(request: Request) -> Iterator[Connection]:
    with request.app.state.engine.connect() as conn:
        yield conn


def question_id(conn: Annotated[Connection, Depends(connection)],
                question: Annotated[int | None, Query(ge=1, description="A question id (see /api/questions); "
                                                                        "default: the first the store follows.")] = None,
                ) -> int:
    if question is None:
        found = conn.execute(select(questions.c.id).order_by(questions.c.id).limit(1)).scalar()
        if found is None:
            raise NotFound("the store follows no question yet")
        return int(found)
    if conn.execute(select(questions.c.id).where(questions.c.id == question)).scalar() is None:
        raise NotFound(f"no question {question} in this store (see /api/questions)")
    return question
