"""The HTML pages: a question's positions, changes and outlets; actors, outlets and articles;
search over statements and articles with filters and pages. Jinja templates in templates/ (with
autoescape: article text is always escaped)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any, Literal, get_args
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy import Connection, select

from ..model import Stance, StatementKind
from ..store.freshness import outdated, reason
from ..store.schema import actors, articles, questions
from . import queries as db
from .deps import NotFound, connection
from .views import change_key, needed_statements, pieces, position_view

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=str(Path(__file__).resolve().parent / "templates"))
PER_PAGE = 50
Conn = Annotated[Connection, Depends(connection)]
Page = Annotated[int, Query(ge=1, le=100_000)]
DateBound = Annotated[str | None, Query(pattern=db.DATE_BOUND_OR_EMPTY)]
STANCES = get_args(Stance)
KINDS = get_args(StatementKind)
# Pages may load their own stylesheet and nothing else: a script slipped into article text could not run.
HEADERS = {"Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'",
           "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status_code, headers=HEADERS)


def _question(conn: Connection, qid: int) -> dict[str, Any]:
    row = conn.execute(select(questions.c.id, questions.c.text, questions.c.auto, questions.c.data,
                              questions.c.reduced_at).where(questions.c.id == qid)).first()
    if row is None:
        raise NotFound(f"no question {qid} in this store")
    contract = json.loads(row.data) if row.data else None
    return {"id": row.id, "text": row.text or "(no question could be proposed yet)", "auto": row.auto,
            "proposed": bool(contract and contract["proposed"]), "reduced_at": row.reduced_at}


def _names(conn: Connection, qid: int, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    return dict(conn.execute(select(actors.c.id, actors.c.name).where(actors.c.question_id == qid,
                                                                      actors.c.id.in_(sorted(ids)))).all())


def _published(conn: Connection, docs: set[str]) -> dict[str, str | None]:
    if not docs:
        return {}
    return dict(conn.execute(select(articles.c.doc, articles.c.published).where(articles.c.doc.in_(sorted(docs)))).all())


def _pages(request: Request, total: int, page: int) -> dict[str, Any]:
    last = max((total + PER_PAGE - 1) // PER_PAGE, 1)
    params = {k: v for k, v in request.query_params.items() if k != "page" and v}

    def link(n: int) -> str:
        return f"{request.url.path}?{urlencode({**params, 'page': n})}"

    return {"page": page, "last": last, "total": total, "prev": link(page - 1) if page > 1 else None,
            "next": link(page + 1) if page < last else None}


@router.get("/favicon.ico")
async def favicon() -> Response:
    return Response(status_code=204)


@router.get("/", response_class=HTMLResponse)
async def index(request: Request, conn: Conn) -> Response:
    rows = db.question_list(conn)
    if len(rows) == 1:
        return RedirectResponse(f"/questions/{rows[0].id}", status_code=307)
    return render(request, "index.html", questions=rows)


@router.get("/questions/{qid}", response_class=HTMLResponse)
async def question_page(request: Request, conn: Conn, qid: int, page: Page = 1) -> Response:
    question = _question(conn, qid)
    total, rows = db.positions_page(conn, qid, None, None, PER_PAGE, (page - 1) * PER_PAGE)
    data = [json.loads(r.data) for r in rows]
    wanted = sorted({i for p in data for i in needed_statements(p)})
    statements = db.statements_by_id(conn, qid, wanted)
    published = _published(conn, {s["document"] for s in statements.values()})
    views = [position_view(p, r.actor_name, statements, published, r.statements) for p, r in zip(data, rows, strict=True)]
    changes = sorted(((v, c) for v in views for c in v.changes), key=lambda vc: change_key(vc[1]), reverse=True)
    _, outlet_rows = db.outlets_page(conn, qid, 6, 0)
    outlets = [json.loads(r.data) for r in outlet_rows if json.loads(r.data)["name"]]
    stances = db.outlet_stances(conn, qid, [o["name"] for o in outlets])
    quoted = {a for o in outlets for a in list(o["quoted"])[:5]}
    why = outdated(conn).get(qid)  # results another stancemap computed, or older than the last articles
    return render(request, "question.html", question=question, positions=views, changes=changes[:30],
                  outlets=outlets, outlet_stances=stances, names=_names(conn, qid, quoted), counts=db.counts(conn, qid),
                  pages=_pages(request, total, page), stale=reason(why) if why else None)


@router.get("/questions/{qid}/actors/{aid}", response_class=HTMLResponse)
async def actor_page(request: Request, conn: Conn, qid: int, aid: str, page: Page = 1) -> Response:
    question = _question(conn, qid)
    row = db.actor(conn, qid, aid)
    if row is None:
        raise NotFound(f"no actor {aid} in question {qid}")
    person = json.loads(row.data)
    _, prow = db.positions_page(conn, qid, aid, None, 1, 0)
    view = None
    if prow:
        position = json.loads(prow[0].data)
        statements = db.statements_by_id(conn, qid, needed_statements(position))
        view = position_view(position, person["name"], statements,
                             _published(conn, {s["document"] for s in statements.values()}), row.statements)
    total, said = db.statements_page(conn, qid, db.StatementFilter(actor=aid), PER_PAGE, (page - 1) * PER_PAGE)
    return render(request, "actor.html", question=question, actor=person, position=view,
                  statements=[(json.loads(r.data), r) for r in said], pages=_pages(request, total, page))


@router.get("/questions/{qid}/outlet", response_class=HTMLResponse)
async def outlet_page(request: Request, conn: Conn, qid: int, name: Annotated[str, Query(min_length=1, max_length=300)],
                page: Page = 1) -> Response:
    question = _question(conn, qid)
    found = next((json.loads(r.data) for r in db.outlets_page(conn, qid, 100_000, 0)[1]
                  if json.loads(r.data)["name"] == name), None)
    if found is None:
        raise NotFound(f"no outlet named {name!r} in question {qid}")
    total, said = db.statements_page(conn, qid, db.StatementFilter(outlet=name), PER_PAGE, (page - 1) * PER_PAGE)
    _, docs = db.articles_page(conn, None, name, None, None, 200, 0)
    return render(request, "outlet.html", question=question, outlet=found,
                  names=_names(conn, qid, set(list(found["quoted"])[:15])),
                  stances=db.outlet_stances(conn, qid, [name])[name], articles=docs,
                  statements=[(json.loads(r.data), r) for r in said], pages=_pages(request, total, page))


@router.get("/questions/{qid}/articles/{doc}", response_class=HTMLResponse)
async def article_page(request: Request, conn: Conn, qid: int, doc: str) -> Response:
    question = _question(conn, qid)
    row = db.article(conn, doc)
    if row is None:
        raise NotFound(f"no article {doc}")
    _, said = db.statements_page(conn, qid, db.StatementFilter(document=doc), 10_000, 0)
    items = [(json.loads(r.data), r) for r in said]
    extra = json.loads(row.data or "{}")
    return render(request, "article.html", question=question, article=row, removed=extra.get("removed") or [],
                  provenance=extra.get("provenance") or {}, pieces=pieces(row.body or "", [s for s, _ in items]),
                  statements=items)


@router.get("/questions/{qid}/statements", response_class=HTMLResponse)
async def statements_search(request: Request, conn: Conn, qid: int, page: Page = 1,
                      q: Annotated[str | None, Query(max_length=200)] = None,
                      actor: Annotated[str | None, Query(pattern=db.ACTOR_ID_OR_EMPTY)] = None,
                      outlet: Annotated[str | None, Query(max_length=300)] = None,
                      stance: Literal[("", *STANCES, "none")] | None = None,  # type: ignore[valid-type]
                      kind: Literal[("", *KINDS)] | None = None,  # type: ignore[valid-type]
                      since: DateBound = None, until: DateBound = None) -> Response:
    question = _question(conn, qid)
    f = db.StatementFilter(actor or None, outlet or None, stance or None, kind or None, (q or "").strip() or None,
                           since or None, until or None)
    total, rows = db.statements_page(conn, qid, f, PER_PAGE, (page - 1) * PER_PAGE)
    _, outlet_rows = db.outlets_page(conn, qid, 200, 0)
    outlet_names = sorted({n for n in (json.loads(r.data)["name"] for r in outlet_rows) if n})
    _, actor_rows = db.actors_page(conn, qid, None, None, 200, 0)
    speakers = [json.loads(r.data) for r in actor_rows if r.statements]
    if f.actor and all(a["id"] != f.actor for a in speakers):
        chosen = db.actor(conn, qid, f.actor)
        if chosen is not None:
            speakers.append(json.loads(chosen.data))
    return render(request, "statements.html", question=question, filters=f, stances=STANCES, kinds=KINDS,
                  outlets=outlet_names, speakers=speakers, statements=[(json.loads(r.data), r) for r in rows],
                  pages=_pages(request, total, page))


@router.get("/questions/{qid}/articles", response_class=HTMLResponse)
async def articles_search(request: Request, conn: Conn, qid: int, page: Page = 1,
                    q: Annotated[str | None, Query(max_length=200)] = None,
                    outlet: Annotated[str | None, Query(max_length=300)] = None,
                    since: DateBound = None, until: DateBound = None) -> Response:
    question = _question(conn, qid)
    total, rows = db.articles_page(conn, (q or "").strip() or None, outlet or None, since or None, until or None,
                                   PER_PAGE, (page - 1) * PER_PAGE)
    return render(request, "articles.html", question=question, q=q or "", outlet=outlet or "", since=since or "",
                  until=until or "", articles=rows, pages=_pages(request, total, page))
