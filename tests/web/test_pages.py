"""The pages of `stancemap serve`: what a reader sees, every piece of article text escaped."""

from __future__ import annotations

import re
from typing import Any

import pytest

from stancemap.web.views import pieces, position_view

from ..conftest import EXAMPLE_QUESTION


def page(client: Any, path: str, **params: Any) -> str:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in response.headers["content-security-policy"]
    return str(response.text)


def test_pages_question_shows_positions_changes_and_outlets(client: Any) -> None:
    response = client.get("/", follow_redirects=False)
    assert response.status_code == 307
    html = page(client, response.headers["location"])
    assert EXAMPLE_QUESTION in html
    for section in ('id="positions"', 'id="changes"', 'id="outlets"'):
        assert section in html
    rows = re.findall(r'<tr>\s*<th scope="row">', html)
    positions = client.get("/api/positions", params={"limit": 50}).json()
    assert len(rows) == min(positions["total"], 50)
    assert re.search(r'class="stance stance-(support|oppose|conditional|neutral)">(support|oppose|conditional|neutral)<', html)


def test_pages_actor_outlet_and_article(client: Any) -> None:
    position = client.get("/api/positions", params={"limit": 1}).json()["items"][0]
    html = page(client, f"/questions/1/actors/{position['actor']}")
    assert position["actor_name"] in html and "Now:" in html
    outlet = next(o for o in client.get("/api/outlets").json()["items"] if o["name"])
    html = page(client, "/questions/1/outlet", name=outlet["name"])
    assert "Framing terms" in html and "Statements it reports" in html
    statement = client.get("/api/statements", params={"limit": 1}).json()["items"][0]
    html = page(client, f"/questions/1/articles/{statement['document']}")
    assert f'<mark id="{statement["id"]}"' in html and "Removed as boilerplate" in html


def test_pages_escape_article_text_everywhere(client: Any, hostile_doc: str) -> None:
    pages = [page(client, f"/questions/1/articles/{hostile_doc}"),
             page(client, "/questions/1/statements", q="fair hearing"),
             page(client, "/questions/1/articles", q="fair hearing")]
    said = client.get("/api/statements", params={"document": hostile_doc}).json()["items"]
    pages += [page(client, f"/questions/1/actors/{s['speaker']}") for s in said if s["speaker"]]
    for html in pages:
        assert "<img src=x" not in html and "<script>alert" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in pages[0]
    assert "&amp; an answer" in pages[1]


def test_pages_search_and_filters_count_what_they_show(client: Any) -> None:
    html = page(client, "/questions/1/statements", q="referendum", stance="conditional")
    total = client.get("/api/statements", params={"q": "referendum", "stance": "conditional"}).json()["total"]
    assert f"{total} statement" in html
    assert html.count('class="statement"') == min(total, 50)


@pytest.mark.parametrize(("path", "status"), [
    ("/questions/1/actors/a99999", 404), ("/questions/77", 404), ("/questions/1/statements?since=yesterday", 400),
    ("/questions/1/statements?page=0", 400), ("/questions/1/articles/d0", 404), ("/no/such/page", 404),
    ("/questions/1/statements?since=2020&until=2019", 400), ("/questions/1/articles?since=2021&until=2020-12", 400)])
def test_pages_errors_are_pages_not_tracebacks(client: Any, path: str, status: int) -> None:
    response = client.get(path)
    assert response.status_code == status and response.headers["content-type"].startswith("text/html")
    assert "Traceback" not in response.text and 'class="error"' in response.text


def test_views_pieces_cover_the_text_once() -> None:
    body = "Intro. Said one thing. Then another. End."
    statements = [{"id": "s1", "start": 7, "end": 22, "stance": "support"},
                  {"id": "s2", "start": 10, "end": 15, "stance": None},  # overlaps s1: s1 wins
                  {"id": "s3", "start": 23, "end": 36, "stance": "oppose"}]
    found = pieces(body, statements)
    assert "".join(p.text for p in found) == body
    assert [p.statement["id"] for p in found if p.statement] == ["s1", "s3"]


def test_views_position_reads_relates_current_when_given_else_the_latest_run() -> None:
    said = {"s1": {"id": "s1", "stance": "oppose", "date": "2025-01-02", "document": "d1", "conditions": []},
            "s2": {"id": "s2", "stance": "conditional", "date": "2025-03-04", "document": "d2", "conditions": ["a vote"]},
            "s3": {"id": "s3", "stance": "conditional", "date": None, "document": "d3", "conditions": []}}
    older = position_view({"actor": "a1", "statements": ["s1", "s2", "s3"], "latest_stance": "conditional",
                           "changed": True}, "A", said, {"d3": "2025-05-06"})
    assert (older.stance, older.since, older.conditions) == ("conditional", "2025-03-04", ["a vote"])
    assert [(c.from_stance, c.to_stance, c.date) for c in older.changes] == [("oppose", "conditional", "2025-03-04")]
    given = position_view({"actor": "a1", "statements": ["s1", "s2", "s3"], "latest_stance": "conditional", "changed": True,
                           "current": {"stance": "conditional", "conditions": ["a vote"], "since": "2025-03-04",
                                       "statements": [{"id": "s2", "basis": "stated"}, {"id": "s3", "basis": "carried"}]},
                           "changes": [{"from_stance": "oppose", "to_stance": "conditional", "date": "2025-03-04",
                                        "statement": "s2"}]}, "A", said, {})
    assert [(e.id, e.basis) for e in given.evidence] == [("s2", "stated"), ("s3", "carried")]
    assert given.changes[0].statement == "s2"
