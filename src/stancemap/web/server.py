"""`stancemap serve`: uvicorn running the app over a store opened read-only."""

from __future__ import annotations

import ipaddress
import os
import socket
from typing import Any

from ..errors import StancemapError

ENV_STORE = "STANCEMAP_SERVE_STORE"


def app_from_env() -> Any:
    """The app factory uvicorn's worker processes call (--workers > 1)."""
    from ..store import open_reader
    from .app import create_app

    engine, label = open_reader(os.environ.get(ENV_STORE), pool_size=16)
    return create_app(engine, label)


def serve(url: str | None, host: str, port: int, workers: int, err: Any) -> None:
    import uvicorn

    from ..store import normalise_url, open_reader, reader_notes

    engine, label = open_reader(url)  # fails here, in one line, when the store is missing or foreign
    try:
        with engine.connect() as conn:
            for line in reader_notes(conn):  # results another stancemap made, records it mapped
                err.print(f"note: {line}", highlight=False, soft_wrap=True)
    finally:
        engine.dispose()
    _check_free(host, port)
    if not _loopback(host):
        err.print(f"note: listening on {host}: anyone who can reach this machine can read the store", highlight=False)
    err.print(f"serving {label} on http://{host if ':' not in host else f'[{host}]'}:{port}/ (API: /api/, docs: /docs); "
              "Ctrl-C stops", highlight=False, soft_wrap=True)
    os.environ[ENV_STORE] = normalise_url(url)
    try:
        uvicorn.run("stancemap.web.server:app_from_env", factory=True, host=host, port=port, workers=workers,
                    log_level="warning", access_log=False, server_header=False)
    except OSError as error:
        raise StancemapError(f"cannot listen on {host}:{port}: {error.strerror or error}") from None


def _check_free(host: str, port: int) -> None:
    """Say in one line that the address is taken, before uvicorn logs it its own way."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        raise StancemapError(f"cannot listen on {host}:{port}: {error.strerror or error}") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as error:
            raise StancemapError(f"cannot listen on {host}:{port}: {error.strerror or error}") from None


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
