"""The map on a real Dask cluster: a scheduler and two workers started as separate processes on
loopback (`dask scheduler`, `dask worker`), and the analysis equal to a local run."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from ..conftest import EXAMPLE_QUESTION, EXAMPLES

DASK = Path(sys.executable).parent / "dask"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not DASK.exists():
        pytest.skip("dask's command line is not installed (pip install 'stancemap[dask]')")
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    logs = tmp_path_factory.mktemp("dask")
    env = {**os.environ, "DASK_DISTRIBUTED__WORKER__DAEMON": "False"}
    procs = [subprocess.Popen([str(DASK), "scheduler", "--host", "127.0.0.1", "--port", str(port),
                               "--dashboard-address", ":0", "--no-show"],
                              stdout=(logs / "scheduler.log").open("w"), stderr=subprocess.STDOUT, env=env)]
    time.sleep(2)
    for k in range(2):
        procs.append(subprocess.Popen([str(DASK), "worker", address, "--nthreads", "1", "--nworkers", "1",
                                       "--host", "127.0.0.1", "--dashboard-address", ":0", "--no-nanny"],
                                      stdout=(logs / f"worker{k}.log").open("w"), stderr=subprocess.STDOUT, env=env))
    try:
        from distributed import Client

        with Client(address, timeout="30s") as client:
            client.wait_for_workers(2, timeout=60)
        yield address
    finally:
        for proc in reversed(procs):
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()


def test_dask_output_equals_a_local_run(scheduler: str, tmp_path: Path) -> None:
    cli = Path(sys.executable).parent / "stancemap"
    outputs = {}
    for name, extra in (("local", ["--jobs", "1"]), ("dask", ["--dask", scheduler])):
        out = tmp_path / f"{name}.json"
        done = subprocess.run([str(cli), "analyze", str(EXAMPLES), "--question", EXAMPLE_QUESTION, "--no-cache",
                               "--json", str(out), "--quiet", *extra], capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stderr
        outputs[name] = json.loads(out.read_text())
    assert outputs["dask"] == outputs["local"]
    assert len(outputs["dask"]["documents"]) >= 14


def test_dask_unreachable_scheduler_is_one_line(tmp_path: Path) -> None:
    cli = Path(sys.executable).parent / "stancemap"
    done = subprocess.run([str(cli), "analyze", str(EXAMPLES / "01_valdoria_applies.txt"), "--no-cache",
                           "--dask", f"tcp://127.0.0.1:{_free_port()}", "--quiet"], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 2 and "cannot reach the Dask scheduler" in done.stderr
    assert "Traceback" not in done.stderr
