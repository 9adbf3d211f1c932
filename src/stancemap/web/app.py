"""The web app: pages (pages.py), the JSON API (api.py) and OpenAPI at /docs, over a read-only
store. Errors never show a stack trace: under /api/ a JSON {"error": ...} with a 4xx or 500 status,
elsewhere a page saying the same."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from sqlalchemy import Engine
from starlette.exceptions import HTTPException

from .. import __version__
from . import queries as db
from .deps import NotFound
from .queries import BadQuery
from .state import ApiCache

STATIC = Path(__file__).resolve().parent / "static"


def create_app(engine: Engine, label: str = "") -> FastAPI:
    """The app over an engine opened read-only on a store (store.open_reader)."""
    from . import api, pages

    # FastAPIOffline: FastAPI whose /docs page loads Swagger UI from this server, not from a CDN.
    app = FastAPIOffline(title="stancemap", version=__version__, docs_url="/docs", redoc_url=None,
                  description="Read-only API over a stancemap store: who said what about a question, when, on what "
                              "condition, and how outlets framed it. Items follow the analysis JSON contract.")
    app.state.engine = engine
    app.state.label = label
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    app.add_middleware(ApiCache, engine=engine)

    def answer(request: Request, status: int, message: str) -> Response:
        if request.url.path.startswith("/api/") or request.url.path == "/api":
            return JSONResponse({"error": message}, status_code=status)
        return pages.render(request, "error.html", status_code=status, status=status, message=message)

    @app.exception_handler(RequestValidationError)
    async def bad_parameters(request: Request, error: RequestValidationError) -> Response:
        return answer(request, 400, "; ".join(_said(e) for e in error.errors()))

    @app.exception_handler(NotFound)
    async def not_found(request: Request, error: NotFound) -> Response:
        return answer(request, 404, str(error))

    @app.exception_handler(BadQuery)
    async def bad_query(request: Request, error: BadQuery) -> Response:
        return answer(request, 400, str(error))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, error: HTTPException) -> Response:
        message = {404: "no such page", 405: "this server is read-only: GET only"}.get(error.status_code, str(error.detail))
        return answer(request, error.status_code, message)

    @app.exception_handler(Exception)
    async def failure(request: Request, error: Exception) -> Response:
        return answer(request, 500, f"internal error ({type(error).__name__}); the server's log has the details")

    return app


# What a parameter of each shape takes, said instead of its regular expression
# (tests/web/test_api.py::test_api_bad_shape_says_what_is_wanted_not_a_pattern).
SHAPES = {db.DATE_BOUND: "give a day, month or year: 2025-11-04, 2025-11 or 2025",
          db.DATE_BOUND_OR_EMPTY: "give a day, month or year: 2025-11-04, 2025-11 or 2025",
          db.ACTOR_ID: "give an actor id, such as a12 (see /api/actors)", db.ACTOR_ID_OR_EMPTY: "give an actor id, such as a12",
          db.DOCUMENT_ID: "give a document id, such as d3"}


def _said(error: dict[str, Any]) -> str:
    """One validation error in words: 'limit: Input should be less than or equal to 500 (got 9000)'."""
    where = ".".join(str(p) for p in error.get("loc", ()) if p not in ("query", "path"))
    got = error.get("input")
    shown = f" (got {got!r})" if got is not None and not isinstance(got, dict) else ""
    pattern = (error.get("ctx") or {}).get("pattern") if error.get("type") == "string_pattern_mismatch" else None
    return f"{where or 'request'}: {SHAPES.get(str(pattern), error.get('msg', 'invalid'))}{shown}"
