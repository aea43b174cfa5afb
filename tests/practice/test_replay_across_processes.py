"""The offline counterpart says the same things in any process: a session rebuilt after a
restart replays as it was (Python orders sets differently from one process to the next)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.paths import TEST_DATA

SCRIPT = """
import json, sys
from pathlib import Path
from coach.models import Move, PersonaState, PersonaUpdate, Reaction
from coach.practice.offline import OfflineCounterpart
from coach.scenarios.library import load_scenario

scenario = load_scenario(Path(sys.argv[1]))
turns = [
    (Move.REFLECTION, "So the reports have been late for weeks, and every evening goes on them."),
    (Move.OPEN_QUESTION, "What has been getting in the way of the reports lately?"),
    (Move.TOPIC_QUESTION, "When is the next deadline, exactly?"),
    (Move.REFLECTION, "You tried reminders and they did not help."),
    (Move.YES_NO_QUESTION, "Did your manager see the last one?"),
    (Move.OPEN_QUESTION, "How does that leave you feeling about the evenings?"),
] * 3
counterpart = OfflineCounterpart(scenario, seed=5)
history = [scenario.opening_line]
for move, text in turns:
    update = PersonaUpdate(
        state=PersonaState(trust=40, unlocked=[], formulas=0), reaction=Reaction.NEUTRAL,
        move=move, trust_delta=0, reasons=[], newly_unlocked=[],
    )
    history.append(counterpart.reply(update, text, history))
print(json.dumps(history))
"""


def _replies(hash_seed: str) -> list[str]:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(TEST_DATA / "late-reports.yaml")],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    replies: list[str] = json.loads(done.stdout)
    return replies


def test_the_same_session_gives_the_same_replies_under_any_hash_seed() -> None:
    first = _replies("1")
    assert len(first) == 19 and len(set(first)) == 19
    for seed in ("2", "3", "17"):
        assert _replies(seed) == first, seed
