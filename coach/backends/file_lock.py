"""A lock that coach processes on one machine share through a file in the data folder.

The lock is the operating system's (flock on Unix, LockFileEx on Windows): it is released
when the process that holds it exits or dies, so a leftover lock file never blocks anyone.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from coach.errors import CoachError

WAIT_S = 120.0


@contextmanager
def file_lock(path: Path, what: str, timeout_s: float | None = None) -> Iterator[None]:
    """Hold the lock at ``path`` while the block runs; ``what`` names it in the error.

    Raises:
        CoachError: another process held the lock for ``timeout_s`` (default WAIT_S) seconds.
    """
    wait = WAIT_S if timeout_s is None else timeout_s
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(path, timeout=wait)
    try:
        lock.acquire()
    except Timeout:
        raise CoachError(
            f"Another coach process held the lock on {what} ({path}) for {wait:g} s; "
            "try again when it has finished."
        ) from None
    try:
        yield
    finally:
        lock.release()
