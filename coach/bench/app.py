"""Cold start of the web app: ``streamlit run app.py`` until its first page is served and drawn."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import coach

_PACKAGE = Path(coach.__file__).resolve().parent
APP_FILES = (_PACKAGE.parent / "app.py", _PACKAGE / "_bundled" / "app.py")
CHROMIUM = Path("/usr/bin/chromium")
TIMEOUT_S = 60.0
BROWSER_METHOD = "browser: until the sign-in form's Username field is visible (Playwright)"
HTTP_METHOD = "http: until /_stcore/health answers and the page's HTML is served (no browser)"


@dataclass(frozen=True)
class ColdStart:
    """Seconds from launch to the first page, and what "first page" meant; None if skipped."""

    seconds: float | None
    health_seconds: float | None
    method: str
    app_peak_rss_mb: float | None = None  # the Streamlit process, up to its first page


def cold_start(data_dir: Path) -> ColdStart:
    """Start the app headless on a free 127.0.0.1 port with an empty data dir and time it."""
    app = next((p for p in APP_FILES if p.is_file()), None)
    if app is None:
        return ColdStart(None, None, "skipped: app.py not found next to the package")
    if _browser_available():
        return _browser_cold_start(app, data_dir)
    with _served(app, data_dir) as server:
        health = _wait_for_health(server.url, server.started)
        _fetch(server.url)
        seconds = time.perf_counter() - server.started
        return ColdStart(seconds, health, HTTP_METHOD, server.peak_rss_mb())


def _browser_available() -> bool:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return False
    return CHROMIUM.is_file()


def _browser_cold_start(app: Path, data_dir: Path) -> ColdStart:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        # Launched before the clock starts: the browser is the learner's, not the app's cost.
        browser = driver.chromium.launch(executable_path=str(CHROMIUM), headless=True)
        try:
            page = browser.new_page()
            with _served(app, data_dir) as server:
                health = _wait_for_health(server.url, server.started)
                page.goto(server.url, timeout=TIMEOUT_S * 1000)
                page.get_by_label("Username").wait_for(state="visible", timeout=TIMEOUT_S * 1000)
                seconds = time.perf_counter() - server.started
                return ColdStart(seconds, health, BROWSER_METHOD, server.peak_rss_mb())
        finally:
            browser.close()


class _served:
    """Runs the app for the duration of a ``with`` block on a free port."""

    def __init__(self, app: Path, data_dir: Path) -> None:
        self._app, self._data_dir = app, data_dir
        self._process: subprocess.Popen[bytes] | None = None
        self.url, self.started = "", 0.0

    def __enter__(self) -> _served:
        port = free_port()
        env = {**os.environ, "COACH_DATA_DIR": str(self._data_dir), "COACH_LLM": "offline"}
        self.url, self.started = f"http://127.0.0.1:{port}/", time.perf_counter()
        self._process = subprocess.Popen(
            _command(self._app, port),
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd=tempfile.gettempdir(),  # no stray .env or .streamlit config from the caller
        )
        return self

    def peak_rss_mb(self) -> float | None:
        """The app process's RSS high-water mark so far (Linux only; None elsewhere)."""
        status = Path(f"/proc/{self._process.pid if self._process else 0}/status")
        try:
            lines = status.read_text().splitlines()
        except OSError:
            return None
        peak = next((line.split()[1] for line in lines if line.startswith("VmHWM:")), None)
        return int(peak) / 1024 if peak else None

    def __exit__(self, *exc: object) -> None:
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()


def _command(app: Path, port: int) -> list[str]:
    return [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(app),
        "--server.headless=true",
        f"--server.port={port}",
        "--server.address=127.0.0.1",
        "--browser.gatherUsageStats=false",
        "--server.fileWatcherType=none",
    ]


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_for_health(url: str, started: float) -> float:
    """Seconds from ``started`` until the server says it is healthy."""
    while time.perf_counter() - started < TIMEOUT_S:
        try:
            if _fetch(url + "_stcore/health").strip() == b"ok":
                return time.perf_counter() - started
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.05)
    raise TimeoutError(f"the app did not answer on {url} within {TIMEOUT_S:.0f} s")


def _fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310  (127.0.0.1 only)
        return bytes(response.read())
