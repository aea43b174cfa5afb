"""The first debrief's warm-up thread and a page's first imports, at once on a fresh process.

Each try is a new interpreter (imports happen once per process): the warm-up starts, and the
practice page is imported and a practice started straight away, as when someone signs in and
starts practising at once. Neither side may fail. Before numpy was imported ahead of the thread,
most tries failed with an ImportError from a half-made numpy in one thread or both.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

TRIES = 5
BOTH_AT_ONCE = """
import sys, threading
failures = []
threading.excepthook = lambda hook: failures.append(repr(hook.exc_value))
import coach.ui.library  # the page shown on signing in
from coach.people.models import Role
from coach.scenarios.models import Difficulty
from coach.services import CoachServices
from coach.ui.resources import start_debrief_preparation
services = CoachServices()
viewer = services.accounts.create_user("ada", "a long enough secret", Role.LEARNER)
warming = start_debrief_preparation(services)
import coach.ui.practice  # at once: the page's first import of the coder's model
run = services.practice.start(viewer, "giving-feedback", Difficulty.HARD)
warming.join()
print(len(run.history), failures)
sys.exit(1 if failures else 0)
"""


def test_a_page_imported_while_the_warm_up_starts_does_not_break(tmp_path: Path) -> None:
    for attempt in range(TRIES):
        env = {"COACH_DATA_DIR": str(tmp_path / f"data-{attempt}"), "PATH": "/usr/bin:/bin"}
        done = subprocess.run(
            [sys.executable, "-c", BOTH_AT_ONCE], capture_output=True, text=True, env=env
        )
        assert done.returncode == 0, done.stderr[-3000:] + done.stdout
        assert done.stdout.strip() == "1 []"
