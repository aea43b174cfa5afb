"""``coach serve`` finds app.py and runs Streamlit headless on the port asked for."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from coach.cli.serve import app_file, streamlit_command
from tests.paths import REPO


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_app_file_is_the_router_next_to_the_package() -> None:
    found = app_file()
    assert found == REPO / "app.py"
    assert "st.navigation" in found.read_text(encoding="utf-8")


def test_command_is_headless_on_the_port() -> None:
    command = streamlit_command(Path("app.py"), 8123, "127.0.0.1")
    assert command[1:5] == ["-m", "streamlit", "run", "app.py"]
    assert "--server.headless=true" in command
    assert "--server.port=8123" in command


def test_the_served_app_answers_its_health_check(tmp_path: Path) -> None:
    port = _free_port()
    command = streamlit_command(app_file(), port, "127.0.0.1")
    env = {"COACH_DATA_DIR": str(tmp_path), "COACH_LLM": "offline", "PATH": "/usr/bin:/bin"}
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        assert _healthy(port), "streamlit did not answer on /_stcore/health within 30 s"
    finally:
        server.terminate()
        server.wait(timeout=10)


def _healthy(port: int, deadline: float = 60) -> bool:
    stop = time.monotonic() + deadline
    while time.monotonic() < stop:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as r:
                return r.read().strip() == b"ok"
        except OSError:
            time.sleep(0.3)
    return False


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")


def _served_output(env: dict[str, str]) -> tuple[int, str]:
    """The port ``coach serve`` used and everything it printed until it was healthy."""
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "coach", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert _healthy(port)
    finally:
        server.terminate()
        output, _ = server.communicate(timeout=10)
    return port, output


def test_serve_prints_the_one_time_setup_link_while_nobody_can_sign_in(tmp_path: Path) -> None:
    env = {**os.environ, "COACH_DATA_DIR": str(tmp_path), "COACH_LLM": "offline"}
    port, output = _served_output(env)
    link = re.search(rf"http://127\.0\.0\.1:{port}/\?setup=([\w-]+)", output)
    assert link and len(link.group(1)) >= 32, output
    assert f"Serving on http://127.0.0.1:{port}" in output


def test_serve_prints_no_setup_link_once_an_account_exists(tmp_path: Path) -> None:
    env = {**os.environ, "COACH_DATA_DIR": str(tmp_path), "COACH_LLM": "offline"}
    add = [sys.executable, "-m", "coach", "users", "add", "root", "--role", "admin"]
    subprocess.run(
        [*add, "--password-stdin"], env=env, input="long enough secret\n", check=True, text=True
    )
    _, output = _served_output(env)
    assert "setup=" not in output and "No one can sign in yet" not in output
