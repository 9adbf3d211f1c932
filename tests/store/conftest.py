"""The store's tests run on SQLite always and on PostgreSQL when a server is reachable.

The PostgreSQL server is STANCEMAP_TEST_POSTGRES (a URL to a database of a user who may create
databases; default postgresql://postgres@127.0.0.1:5432/postgres). Each test gets a database of
its own, dropped afterwards. Without a server the PostgreSQL runs skip with the reason, unless
STANCEMAP_REQUIRE_POSTGRES=1 (as CI sets it, after starting a server: .ci/run), when they fail.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

DEFAULT_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres"


def postgres_server() -> tuple[str | None, str]:
    """(the admin URL, or None with the reason it cannot be used)."""
    url = os.environ.get("STANCEMAP_TEST_POSTGRES", DEFAULT_SERVER)
    try:
        import psycopg
    except ImportError:
        return None, "psycopg is not installed (pip install -e '.[postgres]')"
    try:
        with psycopg.connect(url, connect_timeout=3, autocommit=True) as conn:
            conn.execute("SELECT 1")
    except psycopg.Error as error:
        first = (str(error).strip().splitlines() or ["no answer"])[0]
        return None, f"no PostgreSQL server reachable at {url} ({first}); set STANCEMAP_TEST_POSTGRES to one"
    return url, ""


@pytest.fixture(scope="session")
def postgres_admin() -> str:
    url, reason = postgres_server()
    if url is None:
        if os.environ.get("STANCEMAP_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"STANCEMAP_REQUIRE_POSTGRES=1 but {reason}")
        pytest.skip(reason)
    return url


def fresh_postgres(admin: str) -> Iterator[str]:
    """A new empty database on the server, dropped at the end."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    name = f"stancemap_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    info = conninfo_to_dict(admin)
    info["dbname"] = name
    user = info.get("user", "")
    host = info.get("host", "127.0.0.1")
    port = info.get("port", "5432")
    password = f":{info['password']}" if info.get("password") else ""
    try:
        yield f"postgresql://{user}{password}@{host}:{port}/{name}"
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty store: a SQLite file, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield str(tmp_path / "store.db")
        return
    yield from fresh_postgres(request.getfixturevalue("postgres_admin"))
