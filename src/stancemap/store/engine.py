"""Opening a store: its URL, the SQLAlchemy engine, the schema's migrations and the writer's lock.

One URL picks the database: a SQLite file (the default, `stancemap.db` in the working folder, or
any path or `sqlite:///PATH`) or a PostgreSQL server (`postgresql://user@host/db`, driven by
psycopg 3). The schema is the same on both and is versioned by Alembic (migrations/ in this
package); `add` upgrades a store to the newest schema, every other command only reads it and
asks for an `add` when the store is older than this stancemap.
"""

from __future__ import annotations

import fcntl
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from ..errors import StancemapError

DEFAULT_STORE = "stancemap.db"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# Any number: the key of PostgreSQL's advisory lock that one `add` at a time holds on a store.
PG_LOCK_KEY = 0x5354414E


class StoreError(StancemapError):
    """The store cannot be opened, read or written; the message says why."""


def normalise_url(url: str | None) -> str:
    """A store URL as SQLAlchemy wants it: a bare path is a SQLite file, `postgresql://` and
    `postgres://` use psycopg 3."""
    url = (url or DEFAULT_STORE).strip()
    if "://" not in url:
        # A URL typed with one slash or none ('postgresql:/db', 'postgres:me@host/db') made a SQLite file under a
        # folder named 'postgresql:' (tests/store/test_cli_store.py::test_cli_store_mistyped_url_creates_nothing).
        if re.match(r"[A-Za-z][A-Za-z0-9+.-]+:", url):
            raise StoreError(f"--store {shown(url)!r} is no store URL (no '://'): use a file path, sqlite:///FILE or "
                             "postgresql://USER@HOST/DB (a file whose name has a ':': ./NAME)")
        path = Path(url).expanduser().resolve()
        if path.is_dir():
            raise StoreError(f"--store {url} is a folder: give a file in it, such as {path / DEFAULT_STORE}")
        return f"sqlite:///{path}"
    scheme, rest = url.split("://", 1)
    if scheme in {"postgresql", "postgres", "postgresql+psycopg"}:
        return f"postgresql+psycopg://{rest}"
    if scheme == "sqlite":
        return url
    raise StoreError(f"unsupported store URL {shown(url)!r}: use a file path, sqlite:///FILE or postgresql://USER@HOST/DB")


def shown(url: str) -> str:
    """A URL fit to print: the password hidden."""
    try:
        return make_url(url).render_as_string(hide_password=True).replace("postgresql+psycopg://", "postgresql://", 1)
    except ArgumentError:
        return url


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite store URL; None for another database or an in-memory one."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def make_engine(url: str, readonly: bool = False, pool_size: int = 8) -> Engine:
    """The engine for a normalised URL. SQLite runs in WAL mode (readers never wait for the
    writer) with real transactions around DDL too, so a killed `add` leaves no half-made table."""
    path = sqlite_path(url)
    if url.startswith("sqlite"):
        if readonly and path is not None:
            if not path.is_file():
                raise StoreError(f"no store at {path}: run `stancemap add PATH --store {path}` first")
            url = f"sqlite:///file:{path}?mode=ro&uri=true"
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False},
                               pool_size=pool_size, max_overflow=pool_size * 4)
        _sqlite_events(engine, readonly)
        return engine
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise StoreError("a PostgreSQL store needs psycopg: pip install 'stancemap[postgres]'") from None
    options = "-c default_transaction_read_only=on" if readonly else ""
    engine = create_engine(url, pool_size=pool_size, max_overflow=pool_size * 4, pool_pre_ping=True,
                           connect_args={"options": options, "connect_timeout": 10})
    return engine


def _sqlite_events(engine: Engine, readonly: bool) -> None:
    # SQLAlchemy's recipe for SQLite: leave transactions to SQLAlchemy (pysqlite would otherwise
    # commit before DDL), and begin them ourselves.
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        if not readonly:
            cursor.execute("PRAGMA journal_mode=WAL")
        # NORMAL in WAL mode: a killed process loses nothing committed; only a power cut may
        # lose the last commits, never consistency.
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA cache_size=-32000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")


def alembic_config(connection: Any) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(None)).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Bring the store's schema to this stancemap's newest revision, in one transaction."""
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")


def check_revision(engine: Engine, url: str) -> None:
    """For the commands that only read: the store must have been made or upgraded by this stancemap."""
    try:
        current = current_revision(engine)
    except SQLAlchemyError as error:
        raise StoreError(f"cannot read the store {shown(url)}: {first_line(error)}") from None
    if current is None:
        raise StoreError(f"{shown(url)} is not a stancemap store yet: run `stancemap add PATH --store {shown(url)}` first")
    if current != head_revision():
        raise StoreError(f"the store {shown(url)} has schema {current}, this stancemap expects {head_revision()}: "
                         f"run `stancemap add --store {shown(url)}` to upgrade it")


def first_line(error: BaseException) -> str:
    """A database error in one line, without SQLAlchemy's background link."""
    message = str(getattr(error, "orig", None) or error).strip()
    return message.splitlines()[0] if message else type(error).__name__


@contextmanager
def writer_lock(engine: Engine, url: str) -> Iterator[None]:
    """One `add` at a time per store. The lock dies with its process (an advisory lock on the
    PostgreSQL session; flock on a file beside the SQLite store), so a killed run never leaves a
    stale lock behind."""
    path = sqlite_path(url)
    if path is not None:
        handle = os.open(f"{path}.lock", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise StoreError(f"another `stancemap add` is writing to {path}; wait for it to finish") from None
            yield
        finally:
            os.close(handle)
        return
    if engine.dialect.name != "postgresql":
        yield
        return
    with engine.connect() as conn:
        got = conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": PG_LOCK_KEY}).scalar()
        conn.commit()
        if not got:
            raise StoreError(f"another `stancemap add` is writing to {shown(url)}; wait for it to finish")
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": PG_LOCK_KEY})
            conn.commit()


def open_engine(url: str | None, readonly: bool) -> tuple[Engine, str]:
    """The engine for a store URL (normalised), checked to answer."""
    normal = normalise_url(url)
    path = sqlite_path(normal)
    if path is not None and not readonly:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(f"cannot create the store's folder {path.parent}: {error.strerror or error}") from None
    engine = make_engine(normal, readonly=readonly)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except SQLAlchemyError as error:
        engine.dispose()
        raise StoreError(f"cannot open the store {shown(normal)}: {first_line(error)}") from None
    return engine, normal


__all__ = ["DEFAULT_STORE", "StoreError", "check_revision", "current_revision", "head_revision",
           "make_engine", "normalise_url", "open_engine", "shown", "upgrade", "writer_lock"]
