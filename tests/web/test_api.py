"""The JSON API over a store, on SQLite and PostgreSQL: the contract's items, filters, search,
pagination, and a clear 4xx JSON error for every bad parameter."""

from __future__ import annotations

from typing import Any, get_args

import pytest

from stancemap.model import StatementKind

from ..conftest import EXAMPLE_QUESTION


def get(client: Any, path: str, **params: Any) -> Any:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/json")
    return response.json()


def test_api_questions_lists_the_followed_question(client: Any) -> None:
    (question,) = get(client, "/api/questions")["items"]
    assert question["text"] == EXAMPLE_QUESTION and question["counts"]["statements"] > 100


@pytest.mark.parametrize("path", ["/api/actors", "/api/positions", "/api/statements", "/api/events", "/api/outlets",
                                  "/api/articles"])
def test_api_lists_page_through_everything_once(client: Any, path: str) -> None:
    first = get(client, path, limit=7)
    seen: list[str] = []
    page: Any = first
    while True:
        seen += [repr(sorted(item.items())) for item in page["items"]]
        if page["next"] is None:
            break
        page = client.get(page["next"]).json()
    assert len(seen) == first["total"] == len(set(seen)) > 0


def test_api_statements_are_the_contract_with_names_beside(client: Any) -> None:
    item = get(client, "/api/statements", limit=1)["items"][0]
    assert {"id", "document", "speaker", "speaker_mention", "cue", "kind", "content", "start", "end", "stance",
            "conditions", "date"} <= set(item)
    assert {"speaker_name", "outlet", "title", "published"} <= set(item)


def test_api_statements_filters_narrow_and_agree(client: Any) -> None:
    everything = get(client, "/api/statements", limit=500)
    total = everything["total"]
    speaker = next(s["speaker"] for s in everything["items"] if s["speaker"])
    by_actor = get(client, "/api/statements", actor=speaker, limit=500)
    assert 0 < by_actor["total"] < total and all(s["speaker"] == speaker for s in by_actor["items"])
    outlet = next(s["outlet"] for s in everything["items"] if s["outlet"])
    by_outlet = get(client, "/api/statements", outlet=outlet, limit=500)
    assert all(s["outlet"] == outlet for s in by_outlet["items"])
    stances = ("support", "oppose", "conditional", "neutral", "none")
    split = sum(get(client, "/api/statements", stance=s)["total"] for s in stances)
    assert split == total
    kinds = sum(get(client, "/api/statements", kind=k)["total"] for k in get_args(StatementKind))
    assert kinds == total
    dated = [s for s in everything["items"] if s["date"] and len(s["date"]) == 10 and s["date"][0] != "X"]
    day = sorted(s["date"] for s in dated)[len(dated) // 2]
    since, until = get(client, "/api/statements", since=day, limit=500), get(client, "/api/statements", until=day, limit=500)
    assert since["total"] < total and until["total"] < total
    assert all(s["id"] in {x["id"] for x in since["items"]} for s in dated if s["date"] > day)


def test_api_statements_full_text_search(client: Any) -> None:
    found = get(client, "/api/statements", q="referendum")
    assert found["total"] > 0 and all("referendum" in s["content"].lower() for s in found["items"])
    stemmed = get(client, "/api/statements", q="referendums")  # the same stem
    assert stemmed["total"] == found["total"]
    phrase = get(client, "/api/statements", q='"national referendum"')
    assert 0 < phrase["total"] <= found["total"]
    assert get(client, "/api/statements", q="xylophonequartz")["total"] == 0
    both = get(client, "/api/statements", q="referendum", stance="conditional")
    assert both["total"] <= found["total"] and all(s["stance"] == "conditional" for s in both["items"])


def test_api_events_by_actor_name_that_actor(client: Any) -> None:
    events = get(client, "/api/events", limit=500)["items"]
    actor = next(a for e in events for a in e["actors"])
    mine = get(client, "/api/events", actor=actor, limit=500)
    assert mine["total"] > 0 and all(actor in e["actors"] for e in mine["items"])


def test_api_positions_carry_every_contract_field(client: Any) -> None:
    position = get(client, "/api/positions", limit=1)["items"][0]
    assert {"actor", "statements", "latest_stance", "changed", "actor_name"} <= set(position)


@pytest.mark.parametrize(("path", "params", "said"), [
    ("/api/statements", {"limit": 9000}, "limit"),
    ("/api/statements", {"limit": "many"}, "limit"),
    ("/api/statements", {"offset": -1}, "offset"),
    ("/api/statements", {"since": "last week"}, "since"),
    ("/api/statements", {"stance": "maybe"}, "stance"),
    ("/api/statements", {"actor": "'; DROP TABLE statements;--"}, "actor"),
    ("/api/statements", {"q": '"'}, "q"),
    ("/api/statements", {"question": 0}, "question"),
    ("/api/actors", {"question": 999}, "no question 999"),
    ("/api/articles/d99999", {}, "no article"),
    ("/api/nothing", {}, "no such page"),
])
def test_api_bad_parameters_get_a_clear_json_error(client: Any, path: str, params: dict[str, Any], said: str) -> None:
    response = client.get(path, params=params)
    assert 400 <= response.status_code < 500
    body = response.json()
    assert said in body["error"] and "Traceback" not in response.text


def test_api_is_read_only(client: Any) -> None:
    for method in ("post", "put", "delete", "patch"):
        response = getattr(client, method)("/api/statements")
        assert response.status_code == 405 and "read-only" in response.json()["error"]


def test_api_openapi_at_docs_without_a_cdn(client: Any) -> None:
    spec = get(client, "/openapi.json")
    wanted = {"/api/questions", "/api/actors", "/api/positions", "/api/statements", "/api/events", "/api/outlets"}
    assert wanted <= set(spec["paths"])
    docs = client.get("/docs").text
    assert "swagger-ui-bundle.js" in docs and "cdn." not in docs


def test_api_article_keeps_its_text_as_data(client: Any, hostile_doc: str) -> None:
    article = get(client, f"/api/articles/{hostile_doc}")
    assert "<img src=x onerror=alert(1)>" in article["body"]  # data, not markup: JSON carries it as written
    assert {"removed", "provenance"} <= set(article)


def test_api_totals_are_the_rows_a_filter_gives(client: Any) -> None:
    """Totals read from the precomputed counts (store/totals.py) or counted: each is the number
    of items the same filter lists, for one facet, two, a date range, and both."""
    everything = get(client, "/api/statements", limit=500)
    assert everything["total"] == len(everything["items"])
    dates = sorted(s["published"][:10] for s in everything["items"] if s["published"])
    month, day = dates[len(dates) // 2][:7], dates[len(dates) // 3]
    speaker = next(s["speaker"] for s in everything["items"] if s["speaker"])
    outlet = next(s["outlet"] for s in everything["items"] if s["outlet"])
    filters: list[dict[str, Any]] = [
        {}, {"stance": "oppose"}, {"stance": "none"}, {"kind": "direct"}, {"kind": "direct", "stance": "support"},
        {"actor": speaker}, {"outlet": outlet}, {"since": month}, {"until": month}, {"since": day, "until": day},
        {"since": month[:4]}, {"stance": "neutral", "since": day}, {"kind": "indirect", "until": month},
        {"actor": speaker, "stance": "support"}, {"outlet": outlet, "since": month}]
    for wanted in filters:
        page = get(client, "/api/statements", limit=500, **wanted)
        assert page["total"] == len(page["items"]), wanted
    for path, wanted in [("/api/events", {}), ("/api/events", {"actor": speaker}), ("/api/events", {"since": month}),
                         ("/api/events", {"until": day}), ("/api/positions", {}), ("/api/positions", {"stance": "none"}),
                         ("/api/positions", {"stance": "conditional"}), ("/api/actors", {}),
                         ("/api/actors", {"kind": "person"}), ("/api/outlets", {})]:
        page = get(client, path, limit=500, **wanted)
        assert page["total"] == len(page["items"]), (path, wanted)


def test_api_until_takes_the_whole_day_month_or_year(client: Any) -> None:
    """`until` is inclusive however precise: a day, a month or a year; an impossible one is a 400."""
    items = get(client, "/api/statements", limit=500)["items"]
    keys = {s["id"]: s["date"] or s["published"] for s in items}
    day = sorted(k[:10] for k in keys.values() if k and len(k) >= 10)[len(keys) // 2]
    for until in (day, day[:7], day[:4]):
        found = {s["id"] for s in get(client, "/api/statements", until=until, limit=500)["items"]}
        assert {i for i, k in keys.items() if k and k[:len(until)] == until} <= found, until
    for until in ("2025-13", "2025-02-30"):
        bad = client.get("/api/statements", params={"until": until})
        assert bad.status_code == 400 and "until" in bad.json()["error"], until


def test_api_search_ranks_its_newest_matches_then_lists_the_older(client: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """With more matches than are ranked, every match is still listed exactly once across the
    pages, the total counts them all, and the older ones follow newest first."""
    from stancemap.web import search

    whole = get(client, "/api/statements", q="Valdoria", limit=499)
    assert whole["total"] == len(whole["items"]) > 6
    monkeypatch.setattr(search, "RANKED_MATCHES", 3)
    seen: list[str] = []
    page = get(client, "/api/statements", q="Valdoria", limit=4)
    assert page["total"] == whole["total"]
    while True:
        seen += [s["id"] for s in page["items"]]
        if page["next"] is None:
            break
        page = client.get(page["next"]).json()
    assert sorted(seen) == sorted(s["id"] for s in whole["items"]) and len(seen) == len(set(seen))
    number = [int(i[1:]) for i in seen]
    assert number[3:] == sorted(number[3:], reverse=True)  # past the ranked three, newest first
    assert set(number[:3]) == set(sorted(number, reverse=True)[:3])  # the three ranked are the newest
    articles = get(client, "/api/articles", q="Valdoria", limit=3)
    listed = [a["id"] for a in articles["items"]]
    while articles["next"]:
        articles = client.get(articles["next"]).json()
        listed += [a["id"] for a in articles["items"]]
    assert len(listed) == len(set(listed)) == get(client, "/api/articles", q="Valdoria", limit=498)["total"]


@pytest.mark.parametrize("path", ["/api/statements", "/api/events", "/api/articles"])
def test_api_impossible_since_is_a_400(client: Any, path: str) -> None:
    """An impossible `since` is refused as an impossible `until` is, never compared as text (it
    listed every statement after "2025-02-30" before)."""
    for since in ("2025-02-30", "2025-13", "0000"):
        bad = client.get(path, params={"since": since})
        assert bad.status_code == 400 and "since: no such date" in bad.json()["error"], (path, since)
    bad = client.get("/api/statements", params={"since": "2025-02-30", "until": "2025-03"})
    assert bad.status_code == 400 and "since" in bad.json()["error"]
    assert client.get(path, params={"since": "2024-02-29"}).status_code == 200


def test_api_bad_shape_says_what_is_wanted_not_a_pattern(client: Any) -> None:
    """A parameter of the wrong shape says what it takes, in words (it quoted the regular expression: "String should
    match pattern '^\\d{4}(-\\d{2}(-\\d{2})?)?$'")."""
    for path, params, said in (
            ("/api/statements", {"since": "26"}, "since: give a day, month or year: 2025-11-04, 2025-11 or 2025 (got '26')"),
            ("/api/events", {"until": "2026-1-5"}, "until: give a day, month or year"),
            ("/api/statements", {"actor": "Brok"}, "actor: give an actor id, such as a12 (see /api/actors) (got 'Brok')"),
            ("/api/statements", {"document": "7"}, "document: give a document id, such as d3")):
        bad = client.get(path, params=params)
        assert bad.status_code == 400 and bad.json()["error"].startswith(said), (path, params)
        assert "pattern" not in bad.json()["error"]


def test_api_an_empty_outlet_is_no_filter(client: Any) -> None:
    """`outlet=` (a form's blank choice, a script's empty variable) listed every statement but said total 0: the
    items ignored the blank filter, the precomputed total counted statements of the outlet "". Now both ignore it."""
    everything = get(client, "/api/statements", limit=500)
    blank = get(client, "/api/statements", limit=500, outlet="")
    assert blank["total"] == everything["total"] == len(blank["items"])
    assert get(client, "/api/articles", limit=500, outlet="")["total"] == get(client, "/api/articles", limit=500)["total"]


@pytest.mark.parametrize("path", ["/api/statements", "/api/events", "/api/articles"])
def test_api_reversed_range_is_a_400(client: Any, path: str) -> None:
    """A range that ends before it starts is a typo nothing can match: a 400 saying so (it was a 200 with no items,
    read by a script as 'nothing in those years'). Bounds of different precision compare as periods: 2021 starts
    after 2020-12 ends; one day, month or year given twice, or a year and a month inside it, is a range."""
    for since, until in (("2020", "2019"), ("2021", "2020-12"), ("2020-03-02", "2020-03-01")):
        bad = client.get(path, params={"since": since, "until": until})
        assert bad.status_code == 400, (path, since, until)
        assert bad.json()["error"] == f"since {since} is after until {until}: the range is empty", (path, since, until)
    for since, until in (("2020", "2020"), ("2020", "2020-01"), ("2020-12", "2020"), ("2020-03-01", "2020-03-01")):
        assert client.get(path, params={"since": since, "until": until}).status_code == 200, (path, since, until)


TWO_QUESTIONS_ARTICLE = """Quarnby Courier

Mayor Ilse Varkonen said on Tuesday that the town "will close the old ferry pier next spring".
"""


def test_api_without_question_on_a_store_of_two_says_which(tmp_path: Any) -> None:
    # A team's store follows two questions: a list asked for without `question` answered the first one's
    # items as if there were no other (export refuses the same); now a 400 naming both, ids to pick from.
    from fastapi.testclient import TestClient

    from stancemap.store import add, open_reader
    from stancemap.web.app import create_app

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "pier.txt").write_text(TWO_QUESTIONS_ARTICLE, encoding="utf-8")
    url = str(tmp_path / "store.db")
    add(url, [tmp_path / "in"], "Will Quarnby close the ferry pier?")
    add(url, [], "Will Quarnby sell the ferry pier?")
    engine, label = open_reader(url)
    with TestClient(create_app(engine, label)) as client:
        for path in ("/api/actors", "/api/positions", "/api/statements", "/api/events", "/api/outlets"):
            response = client.get(path)
            assert response.status_code == 400, (path, response.text)
            said = response.json()["error"]
            assert "question" in said and "1: Will Quarnby close" in said and "2: Will Quarnby sell" in said
            assert client.get(path, params={"question": 2}).json()["question"] == 2
        assert client.get("/api/articles").status_code == 200  # articles belong to no question
    engine.dispose()
