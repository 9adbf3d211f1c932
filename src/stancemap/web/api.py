"""The JSON API under /api/: read-only lists with filters and pagination, described at /docs.

Every list answers {"question", "total", "limit", "offset", "next", "items"}; each item is the
entity exactly as the JSON contract writes it (docs: ../shared/spec/analysis-json.md), with a few
joined fields beside it (`speaker_name`, `outlet`, `title` ...). Items are served from the stored
JSON text as is: no entity is parsed and re-serialised on the way out.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated, Any, Literal, get_args
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from sqlalchemy import Connection

from ..model import ActorKind, Stance, StatementKind
from . import queries as db
from .deps import NotFound, connection, question_id

router = APIRouter(prefix="/api", tags=["api"])

Limit = Annotated[int, Query(ge=1, le=500, description="Items per page (at most 500).")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip.")]
DateBound = Annotated[str | None, Query(pattern=db.DATE_BOUND,
                                        description="A date, month or year: 2025-11-04, 2025-11 or 2025.")]
ActorId = Annotated[str | None, Query(pattern=db.ACTOR_ID, description="An actor id, e.g. a12 (see /api/actors).")]
Search = Annotated[str | None, Query(min_length=1, max_length=200,
                                     description='Full-text search: words (all must match) and "quoted phrases". The newest '
                                                 '1,000 matches come first by relevance, then the older ones, newest first.')]
# The model's own names, so that a stance or kind added there is accepted here ("none": no stance).
if TYPE_CHECKING:
    StanceName = str
else:
    StanceName = Literal[(*get_args(Stance), "none")]
KindName = StatementKind
ActorKindName = ActorKind
PAGE_EXAMPLE: dict[str, Any] = {"question": 1, "total": 1, "limit": 50, "offset": 0, "next": None, "items": [{}]}
PAGE: dict[int | str, dict[str, Any]] = {
    200: {"description": "A page of items", "content": {"application/json": {"example": PAGE_EXAMPLE}}}}

Conn = Annotated[Connection, Depends(connection)]
QuestionId = Annotated[int, Depends(question_id)]


def merged(data: str, extra: dict[str, Any]) -> str:
    """A stored JSON object with more fields: spliced as text, not parsed."""
    return data[:-1] + "," + json.dumps(extra, ensure_ascii=False)[1:] if extra else data


def page(request: Request, question: int | None, total: int, limit: int, offset: int, items: list[str]) -> Response:
    following = None
    if offset + limit < total:
        params = dict(request.query_params)
        params["offset"] = str(offset + limit)
        following = f"{request.url.path}?{urlencode(params)}"
    head = json.dumps({"question": question, "total": total, "limit": limit, "offset": offset, "next": following})
    return Response(head[:-1] + ',"items":[' + ",".join(items) + "]}", media_type="application/json")


@router.get("/questions", summary="The questions the store follows", responses=PAGE)
async def api_questions(request: Request, conn: Conn) -> Response:
    items = []
    for row in db.question_list(conn):
        contract = json.loads(row.data) if row.data else None
        items.append(json.dumps({"id": row.id, "text": row.text, "proposed": bool(contract and contract["proposed"]),
                                 "terms": contract["terms"] if contract else [], "follows_proposal": bool(row.auto),
                                 "reduced_at": row.reduced_at.isoformat() if row.reduced_at else None,
                                 "counts": db.counts(conn, row.id)}, ensure_ascii=False))
    return page(request, None, len(items), max(len(items), 1), 0, items)


@router.get("/actors", summary="Actors, most quoted first", responses=PAGE)
async def api_actors(request: Request, conn: Conn, question: QuestionId, limit: Limit = 50, offset: Offset = 0,
               q: Annotated[str | None, Query(max_length=200, description="Part of the actor's name.")] = None,
               kind: ActorKindName | None = None) -> Response:
    total, rows = db.actors_page(conn, question, q, kind, limit, offset)
    return page(request, question, total, limit, offset, [merged(r.data, {"statement_count": r.statements}) for r in rows])


@router.get("/positions", summary="Each actor's position toward the question", responses=PAGE)
async def api_positions(request: Request, conn: Conn, question: QuestionId, limit: Limit = 50, offset: Offset = 0,
                  actor: ActorId = None, stance: StanceName | None = None) -> Response:
    total, rows = db.positions_page(conn, question, actor, stance, limit, offset)
    return page(request, question, total, limit, offset, [merged(r.data, {"actor_name": r.actor_name}) for r in rows])


@router.get("/statements", summary="Statements, filtered and searched", responses=PAGE)
async def api_statements(request: Request, conn: Conn, question: QuestionId, limit: Limit = 50, offset: Offset = 0,
                   actor: ActorId = None, outlet: Annotated[str | None, Query(max_length=300)] = None,
                   stance: StanceName | None = None, kind: KindName | None = None, q: Search = None,
                   since: DateBound = None, until: DateBound = None,
                   document: Annotated[str | None, Query(pattern=db.DOCUMENT_ID, description="A document id, e.g. d3.")] = None,
                   ) -> Response:
    f = db.StatementFilter(actor, outlet, stance, kind, q, since, until, document)
    total, rows = db.statements_page(conn, question, f, limit, offset)
    items = [merged(r.data, {"speaker_name": r.speaker_name, "outlet": r.outlet, "title": r.title,
                             "published": r.published}) for r in rows]
    return page(request, question, total, limit, offset, items)


@router.get("/events", summary="Dated events, in time order", responses=PAGE)
async def api_events(request: Request, conn: Conn, question: QuestionId, limit: Limit = 50, offset: Offset = 0,
               actor: ActorId = None, since: DateBound = None, until: DateBound = None) -> Response:
    total, rows = db.events_page(conn, question, actor, since, until, limit, offset)
    return page(request, question, total, limit, offset,
                [merged(r.data, {"title": r.title, "outlet": r.outlet}) for r in rows])


@router.get("/outlets", summary="Outlets: their documents, framing terms and whom they quote", responses=PAGE)
async def api_outlets(request: Request, conn: Conn, question: QuestionId, limit: Limit = 50, offset: Offset = 0) -> Response:
    total, rows = db.outlets_page(conn, question, limit, offset)
    return page(request, question, total, limit, offset, [r.data for r in rows])


@router.get("/articles", summary="Articles, filtered and searched", responses=PAGE)
async def api_articles(request: Request, conn: Conn, limit: Limit = 50, offset: Offset = 0, q: Search = None,
                 outlet: Annotated[str | None, Query(max_length=300)] = None, since: DateBound = None,
                 until: DateBound = None) -> Response:
    total, rows = db.articles_page(conn, q, outlet, since, until, limit, offset)
    items = [json.dumps({"id": r.doc, "source": r.path, "title": r.title, "outlet": r.outlet, "published": r.published,
                         "url": r.url, "opening": r.opening}, ensure_ascii=False) for r in rows]
    return page(request, None, total, limit, offset, items)


@router.get("/articles/{doc}", summary="One article: its cleaned text and the boilerplate removed from it")
async def api_article(conn: Conn, doc: str) -> Response:
    row = db.article(conn, doc)
    if row is None:
        raise NotFound(f"no article {doc}")
    document = {"id": row.doc, "source": row.path, "title": row.title, "outlet": row.outlet, "published": row.published,
                "body": row.body, "url": row.url, **json.loads(row.data or "{}")}
    return Response(json.dumps(document, ensure_ascii=False), media_type="application/json")
