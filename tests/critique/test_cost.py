"""Every cost of the critique grows linearly with the turns: counted in function calls, which
do not depend on the machine's speed (the timings themselves are in ``coach bench``)."""

from __future__ import annotations

import sys
from types import FrameType
from typing import Any

from coach.critique.offline import critique_offline
from coach.models import Speaker, Transcript, TranscriptTurn
from coach.scenarios.library import ScenarioLibrary

SCENARIO = ScenarioLibrary().get("giving-feedback")
LEARNER = [
    "What happened at the consultation evenings, from your side?",
    "So the residents heard 'already settled' as 'your view doesn't matter'.",
    "You should use simpler words next time. Did you? Was it hard?",
    "Let me check I've got it: the brief said keep it closed, and you said it too hard. Right?",
]
COUNTERPART = [
    "I told them the drainage was settled because Margit told me to keep it closed.",
    "I walked that site eleven times and I still got it wrong on the night.",
    "When a room is angry my English gets smaller, and I hold on to technical words.",
    "Yes. And I am afraid this lands on my registration in April.",
]


def _transcript(exchanges: int) -> Transcript:
    turns = [TranscriptTurn(speaker=Speaker.COUNTERPART, text=SCENARIO.opening_line)]
    for n in range(exchanges):
        turns.append(TranscriptTurn(speaker=Speaker.LEARNER, text=f"{LEARNER[n % 4]} ({n})"))
        turns.append(TranscriptTurn(speaker=Speaker.COUNTERPART, text=f"{COUNTERPART[n % 4]} {n}"))
    return Transcript(scenario=SCENARIO.id, turns=turns)


def _calls(exchanges: int) -> int:
    transcript = _transcript(exchanges)
    count = 0

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal count
        count += event == "call"

    sys.setprofile(profile)
    try:
        critique_offline(transcript, SCENARIO, None)
    finally:
        sys.setprofile(None)
    return count


def test_four_times_the_turns_cost_at_most_about_four_times_the_work() -> None:
    _calls(50)  # warm the caches, so both runs start alike
    small, large = _calls(90), _calls(360)
    assert large / small < 4.6, (small, large)  # linear is 4 (4.1 measured); n² is 16
