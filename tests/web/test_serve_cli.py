"""`stancemap serve` refuses in one line what it cannot do: a missing store, a taken port."""

from __future__ import annotations

import socket
from pathlib import Path

from typer.testing import CliRunner

from stancemap.cli import app

runner = CliRunner()


def test_serve_missing_store_is_one_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["serve", "--store", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "no store at" in result.output and "Traceback" not in result.output


def test_serve_taken_port_is_one_line(web_store: str) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = runner.invoke(app, ["serve", "--store", web_store, "--port", str(port)])
    assert result.exit_code == 2 and f"cannot listen on 127.0.0.1:{port}" in result.output
