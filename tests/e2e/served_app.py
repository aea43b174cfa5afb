"""The web app served by a real ``streamlit run`` on a free local port, with its own data folder."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from coach.cli.serve import app_file, streamlit_command
from coach.people.models import Role
from tests.openai_stub import OpenAIStub

REPO = Path(__file__).resolve().parents[2]
HOST = "127.0.0.1"
# Two CI cores start Python, Streamlit and the app's imports; 60 s leaves room for a slow start.
STARTUP_TIMEOUT = 60.0


@dataclass(frozen=True)
class ServedApp:
    """A running app: where to reach it and where its server writes its log."""

    url: str
    log: Path


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


def offline_environment(data_dir: Path) -> dict[str, str]:
    """This process's environment, pointed at ``data_dir`` and kept away from any LLM."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "COACH_"))}
    env.update(COACH_DATA_DIR=str(data_dir), COACH_LLM="offline", PYTHONUNBUFFERED="1")
    return env


def add_users(env: dict[str, str], people: dict[str, Role], password: str) -> None:
    """Create sign-in accounts with the real ``coach users add`` command."""
    first, *others = people.items()
    _wait_for(_add_user(env, *first), password)  # the first also creates the database
    # The rest start together: each spends seconds importing before it reads its password.
    adding = [_add_user(env, name, role) for name, role in others]
    try:
        for command in adding:
            _wait_for(command, password)
    finally:
        for command in adding:
            command.kill()  # only those still waiting after a failure; the rest have exited


def _add_user(env: dict[str, str], name: str, role: Role) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "coach", "users", "add", name, "--role", role.value]
    return subprocess.Popen(
        [*command, "--password-stdin"],
        env=env,
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def _wait_for(adding: subprocess.Popen[str], password: str) -> None:
    output, _ = adding.communicate(password + "\n", timeout=120)
    if adding.returncode != 0:
        raise RuntimeError(f"{adding.args!r} failed with {adding.returncode}: {output}")


def start(env: dict[str, str], log: Path) -> tuple[subprocess.Popen[bytes], ServedApp]:
    """Start the app as ``coach serve`` would and wait until Streamlit says it is healthy."""
    port = free_port()
    return _launch(streamlit_command(app_file(), port, HOST), env, log, port)


def serve(env: dict[str, str], log: Path) -> tuple[subprocess.Popen[bytes], ServedApp]:
    """Start the app with the README's ``coach serve`` and wait until it is healthy."""
    port = free_port()
    command = [sys.executable, "-m", "coach", "serve", f"--port={port}", f"--address={HOST}"]
    return _launch(command, env, log, port)


def _launch(
    command: list[str], env: dict[str, str], log: Path, port: int
) -> tuple[subprocess.Popen[bytes], ServedApp]:
    with log.open("wb") as sink:
        process = subprocess.Popen(
            command,
            env=env,
            cwd=REPO,
            stdout=sink,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, so stop() reaches every child
        )
    served = ServedApp(url=f"http://{HOST}:{port}", log=log)
    try:
        _wait_until_healthy(process, served)
    except BaseException:
        stop(process)
        raise
    return process, served


@contextlib.contextmanager
def with_model(
    data_dir: Path, people: dict[str, Role], password: str, log: Path, **settings: str
) -> Iterator[tuple[str, OpenAIStub]]:
    """The app served with a local OpenAI-compatible stand-in configured (its default answer
    is no critique, so the debrief falls back offline), and the stand-in; ``settings`` adds
    environment variables."""
    with OpenAIStub(default_reply="not a critique") as model:
        env = offline_environment(data_dir)
        env.update(COACH_LLM="openai", OPENAI_BASE_URL=model.base_url, NO_PROXY=HOST, **settings)
        add_users(env, people, password)
        process, served = start(env, log)
        try:
            yield served.url, model
        finally:
            stop(process)


def stop(process: subprocess.Popen[bytes]) -> None:
    """Stop the server (and anything it started): politely, then firmly."""
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=15)


def _wait_until_healthy(process: subprocess.Popen[bytes], served: ServedApp) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited with {process.returncode}; see {served.log}")
        if _healthy(served.url):
            return
        time.sleep(0.25)
    raise RuntimeError(f"streamlit not healthy after {STARTUP_TIMEOUT:.0f} s; see {served.log}")


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False
