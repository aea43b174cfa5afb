"""Cold start of the web app: ``streamlit run app.py`` until its first page is served and drawn."""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import coach
from coach.bench.stats import process_memory_mb

if TYPE_CHECKING:
    from playwright.sync_api import Browser

_PACKAGE = Path(coach.__file__).resolve().parent
APP_FILES = (_PACKAGE.parent / "app.py", _PACKAGE / "_bundled" / "app.py")
CHROMIUM = Path("/usr/bin/chromium")
TIMEOUT_S = 60.0
BROWSER_METHOD = "browser: until the sign-in form's Username field is visible (Playwright)"
# True once the page has finished its script run and is connected (Streamlit's own markers).
IDLE_SCRIPT = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  return app !== null
    && app.getAttribute('data-test-script-state') === 'notRunning'
    && app.getAttribute('data-test-connection-state') === 'CONNECTED'
    && document.querySelector('[data-testid="stStatusWidget"]') === null
    && document.querySelector('[data-stale="true"]') === null;
}"""
BASELINE_APP = 'import streamlit as st\n\nst.text_input("Username")\n'
HTTP_METHOD = "http: until /_stcore/health answers and the page's HTML is served (no browser)"


@dataclass(frozen=True)
class ColdStart:
    """Seconds from launch to the first page, and what "first page" meant; None if skipped."""

    seconds: float | None
    health_seconds: float | None
    method: str
    app_peak_rss_mb: float | None = None  # the Streamlit process, up to its first page
    baseline_seconds: float | None = None  # a one-widget Streamlit app, started the same way
    runs: int = 1  # seconds and baseline_seconds are medians of this many alternating starts

    @property
    def over_baseline(self) -> float | None:
        """How much longer than the one-widget app the coach took to its first page."""
        if self.seconds is None or self.baseline_seconds is None:
            return None
        return self.seconds - self.baseline_seconds


def cold_start(data_dir: Path, runs: int = 3) -> ColdStart:
    """Start the app headless on a free 127.0.0.1 port with an empty data dir and time it."""
    app = next((p for p in APP_FILES if p.is_file()), None)
    if app is None:
        return ColdStart(None, None, "skipped: app.py not found next to the package")
    if browser_available():
        return _browser_cold_start(app, data_dir, runs)
    with served(app, data_dir) as server:
        health = _wait_for_health(server.url, server.started)
        _fetch(server.url)
        seconds = time.perf_counter() - server.started
        return ColdStart(seconds, health, HTTP_METHOD, server.peak_rss_mb())


def browser_available() -> bool:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return False
    return CHROMIUM.is_file()


def _browser_cold_start(app: Path, data_dir: Path, runs: int) -> ColdStart:
    """Alternate starts of the coach (a fresh data dir each) and of a one-widget app.

    On a busy machine both slow down together, so the difference is the steadier figure.
    """
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver, tempfile.TemporaryDirectory() as scratch:
        baseline = Path(scratch) / "one_widget.py"
        baseline.write_text(BASELINE_APP, encoding="utf-8")
        # Launched before the clock starts: the browser is the learner's, not the app's cost.
        browser = driver.chromium.launch(executable_path=str(CHROMIUM), headless=True)
        try:
            coach_runs, baseline_runs = [], []
            for run in range(runs):
                baseline_runs.append(_first_page(browser, baseline, Path(scratch) / "none"))
                coach_runs.append(_first_page(browser, app, data_dir / f"start-{run}"))
        finally:
            browser.close()
    seconds, health, peak = (statistics.median(r[i] for r in coach_runs) for i in range(3))
    return ColdStart(
        seconds,
        health,
        BROWSER_METHOD,
        peak,
        baseline_seconds=statistics.median(r[0] for r in baseline_runs),
        runs=runs,
    )


def _first_page(browser: Browser, app: Path, data_dir: Path) -> tuple[float, float, float]:
    """Seconds to the visible Username field, to a healthy server, and the peak RSS in MB."""
    page = browser.new_page()
    try:
        with served(app, data_dir) as server:
            health = _wait_for_health(server.url, server.started)
            page.goto(server.url, timeout=TIMEOUT_S * 1000)
            page.get_by_label("Username").wait_for(state="visible", timeout=TIMEOUT_S * 1000)
            seconds = time.perf_counter() - server.started
            return seconds, health, server.peak_rss_mb() or 0.0
    finally:
        page.close()


class served:
    """Runs the app for the duration of a ``with`` block on a free port."""

    def __init__(self, app: Path, data_dir: Path) -> None:
        self._app, self._data_dir = app, data_dir
        self._process: subprocess.Popen[bytes] | None = None
        self.url, self.started = "", 0.0

    def __enter__(self) -> served:
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

    def wait_until_healthy(self) -> float:
        """Seconds from launch until the server answers its health check."""
        return _wait_for_health(self.url, self.started)

    def peak_rss_mb(self) -> float | None:
        """The app process's RSS high-water mark so far (Linux only; None elsewhere)."""
        return self._status_mb("VmHWM:")

    def rss_mb(self) -> float | None:
        """The app process's resident memory now (Linux only; None elsewhere)."""
        return self._status_mb("VmRSS:")

    def _status_mb(self, field: str) -> float | None:
        return process_memory_mb(field, self._process.pid) if self._process else None

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
