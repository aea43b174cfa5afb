"""A real Chroma server (``chroma run`` from the installed chromadb) on a free 127.0.0.1 port."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from types import TracebackType

START_TIMEOUT_S = 60.0


def chroma_executable() -> str | None:
    """The ``chroma`` command beside this Python, else on PATH; None if neither has one."""
    return shutil.which("chroma", path=str(Path(sys.executable).parent)) or shutil.which("chroma")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class ChromaServer:
    """``chroma run --path DIR --host 127.0.0.1 --port PORT``, up until the block ends."""

    def __init__(self, executable: str, path: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = path.with_suffix(".log")
        self._command = [executable, "run", "--path", str(path), "--host", "127.0.0.1"]
        self._command += ["--port", str(self.port)]
        self._process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> ChromaServer:
        with self.log.open("wb") as log:
            self._process = subprocess.Popen(self._command, stdout=log, stderr=subprocess.STDOUT)
        self._wait_until_up()
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait(timeout=15)

    def _wait_until_up(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            assert self._process is not None
            if self._process.poll() is not None:
                raise RuntimeError(f"chroma run exited: {self.log.read_text()[-2000:]}")
            try:
                with urllib.request.urlopen(f"{self.url}/api/v2/heartbeat", timeout=1):
                    return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"chroma run did not answer within {START_TIMEOUT_S:.0f} s")
