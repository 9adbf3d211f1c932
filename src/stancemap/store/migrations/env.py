"""Alembic's entry point for the store's migrations. stancemap runs them itself (store/engine.py
`upgrade`, on the connection it passes in `config.attributes`); a developer can also run
`alembic -x url=sqlite:///stancemap.db revision --autogenerate -m "..."` with a config naming this folder."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from stancemap.store.schema import metadata

config = context.config


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url") or ""
        with create_engine(url).begin() as conn:
            _migrate(conn)
        return
    _migrate(connection)


def _migrate(connection) -> None:  # type: ignore[no-untyped-def]
    # Batch mode: SQLite alters a table by copying it, which later migrations may need.
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


run()
