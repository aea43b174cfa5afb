"""The lock coach processes share through a file: exclusion, a clear timeout, release on exit."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from coach.backends.file_lock import file_lock
from coach.errors import CoachError

HOLD_UNTIL_KILLED = """
import sys, time
from filelock import FileLock
lock = FileLock(sys.argv[1])
lock.acquire()
print("held", flush=True)
time.sleep(60)
"""


def test_a_second_holder_waits_and_is_told_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "store.lock"
    with (
        file_lock(path, "the store"),
        pytest.raises(CoachError) as refused,
        file_lock(path, "the store", timeout_s=0.2),
    ):
        pass
    message = str(refused.value)
    assert "the store" in message and str(path) in message and "try again" in message


def test_the_lock_is_free_again_after_the_block(tmp_path: Path) -> None:
    path = tmp_path / "store.lock"
    with file_lock(path, "the store"):
        pass
    with file_lock(path, "the store", timeout_s=0.2):
        pass


def test_a_killed_holder_leaves_no_stale_lock(tmp_path: Path) -> None:
    path = tmp_path / "store.lock"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_UNTIL_KILLED, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    with pytest.raises(CoachError), file_lock(path, "the store", timeout_s=0.2):
        pass
    holder.kill()
    holder.wait(timeout=10)
    started = time.monotonic()
    with file_lock(path, "the store", timeout_s=5):
        assert time.monotonic() - started < 1
