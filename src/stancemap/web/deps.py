"""What every route needs: a read-only connection for the request, the question it is about, and
the errors routes raise (answered as JSON under /api/, as a page elsewhere: app.py).

Routes are coroutines that query the store directly: a query takes a millisecond or two, less
than handing each request (and each dependency) to a worker thread and back costs, so a server
process answers one request at a time, without threads; `serve --workers N` runs N processes."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Query, Request
from sqlalchemy import Connection

from ..store import followed_questions
from .search import BadQuery
from .state import STATE


class NotFound(Exception):
    """Something named in the URL is not in the store; the message says what."""


async def connection(request: Request) -> AsyncIterator[Connection]:
    with request.app.state.engine.connect() as conn:
        yield conn


async def question_id(conn: Annotated[Connection, Depends(connection)],
                question: Annotated[int | None, Query(ge=1, description="A question id (see /api/questions); "
                                                                        "needed when the store follows several.")] = None,
                ) -> int:
    followed = STATE.get(conn.engine).questions
    if question is None:
        if not followed:
            raise NotFound("the store follows no question yet")
        # Several questions: never the first one's answer in silence (as `export` refuses);
        # test_api_without_question_on_a_store_of_two_says_which
        if len(followed) > 1:
            raise BadQuery(f"question: the store follows {len(followed)} questions, say which with ?question=ID "
                           f"({followed_questions(conn)})")
        return followed[0]
    if question not in followed:
        raise NotFound(f"no question {question} in this store (see /api/questions)")
    return question
