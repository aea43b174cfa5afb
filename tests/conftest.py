"""Shared fixtures, and two guards every test runs under.

- No network: a test may connect only to this machine (127.0.0.1, ::1, Unix sockets).
- Fast password hashing: argon2 with the production settings costs about a second per hash
  on two cores, so tests that are not about hashing get cheap parameters; mark a test
  ``real_hashing`` to keep the production ones.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from argon2 import PasswordHasher

from coach.people import accounts
from coach.services import CoachServices
from tests.openai_stub import OpenAIStub

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Playwright

LOOPBACK = {"127.0.0.1", "::1", "localhost"}
CHROMIUM = Path("/usr/bin/chromium")
# Flags that keep Chromium quiet and working as root in a container without a GPU.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


class NetworkUse(RuntimeError):
    """A test tried to reach another machine."""


def _guarded(real: Any) -> Any:
    def connect(sock: socket.socket, address: Any) -> Any:
        if sock.family in (socket.AF_INET, socket.AF_INET6) and address[0] not in LOOPBACK:
            raise NetworkUse(f"tests may not open connections beyond this machine: {address!r}")
        return real(sock, address)

    return connect


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Refuse any connection that leaves this machine."""
    monkeypatch.setattr(socket.socket, "connect", _guarded(_real_connect))
    monkeypatch.setattr(socket.socket, "connect_ex", _guarded(_real_connect_ex))


@pytest.fixture(autouse=True)
def fast_password_hashing(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Cheap argon2 parameters unless the test is marked ``real_hashing``."""
    if request.node.get_closest_marker("real_hashing") is None:
        cheap = PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)
        monkeypatch.setattr(accounts, "production_hasher", lambda: cheap)


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    """One Playwright driver for the whole run (a second one cannot start in the same process)."""
    from playwright.sync_api import expect, sync_playwright

    from tests.e2e.browser_steps import TIMEOUT_MS

    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing; install it with: apt-get install -y chromium")
    expect.set_options(timeout=TIMEOUT_MS)  # assertions wait as long as actions do
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    """Debian's Chromium driven by Playwright (never a browser Playwright downloads)."""
    launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    yield launched
    launched.close()


@pytest.fixture
def openai_server() -> Iterator[OpenAIStub]:
    """A running OpenAI-compatible stub on 127.0.0.1; ``.base_url`` ends in /v1."""
    with OpenAIStub() as stub:
        yield stub


@pytest.fixture
def offline_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data folder and offline mode, whatever the developer's environment says."""
    data = tmp_path / "data"
    monkeypatch.setenv("COACH_DATA_DIR", str(data))
    monkeypatch.setenv("COACH_LLM", "offline")
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    return data


@pytest.fixture
def services(offline_data_dir: Path) -> CoachServices:
    """Services over ``offline_data_dir``."""
    return CoachServices()


def pytest_sessionstart(session: pytest.Session) -> None:
    """Start the run without figures from an earlier one."""
    from tests.reliability import figures

    figures.clear()


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Print what the reliability suite tried and found, summed by kind, at the end of the run."""
    from tests.reliability import figures

    groups = figures.summed(figures.collected())
    if not groups:
        return
    terminalreporter.section("reliability figures")
    for group, values in groups.items():
        line = ", ".join(f"{key.replace('_', ' ')} {value:g}" for key, value in values.items())
        terminalreporter.write_line(f"{group}: {line}")
