"""A store for the web tests: the example corpus and an article whose text is hostile markup, on
SQLite and (when a server is reachable) PostgreSQL, built once per module."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from stancemap.store import add, open_reader
from stancemap.web.app import create_app

from ..conftest import EXAMPLE_QUESTION, EXAMPLES
from ..store.conftest import fresh_postgres, postgres_server

HOSTILE = """<script>alert('stored')</script> Harbor Ledger Review

By Ana Petrescu-Lind

Foreign Minister Tomas Reval said on Monday that Valdoria "will join the Northern Compact \
<img src=x onerror=alert(1)> as soon as the alliance agrees".

"We ask for nothing but a fair hearing & an answer," Reval told reporters in Vodna.
"""


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def web_store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    if request.param == "sqlite":
        url = str(tmp_path_factory.mktemp("web") / "store.db")
        add(url, [EXAMPLES, folder], EXAMPLE_QUESTION)
        yield url
        return
    admin, reason = postgres_server()
    if admin is None:
        import os

        if os.environ.get("STANCEMAP_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"STANCEMAP_REQUIRE_POSTGRES=1 but {reason}")
        pytest.skip(reason)
    for url in fresh_postgres(admin):
        add(url, [EXAMPLES, folder], EXAMPLE_QUESTION)
        yield url


@pytest.fixture(scope="module")
def client(web_store: str) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    engine, label = open_reader(web_store)
    with TestClient(create_app(engine, label)) as test_client:
        yield test_client
    engine.dispose()


@pytest.fixture(scope="module")
def hostile_doc(client: Any) -> str:
    found = client.get("/api/articles", params={"q": "fair hearing"}).json()["items"]
    assert found, "the hostile article is stored and searchable"
    return str(found[0]["id"])
