"""From expert-134's miss (measured once unseen first): the actions agreed, listed and put to
them ("So the actions are: agendas the day before..., and feedback given as a before-and-after
sentence. Anything to add?"), say back nothing they told, so a conversation that met their
disclosures with the next question still lacks reflections."""

from __future__ import annotations

from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines
from tests.critique.conversation import flaw_kinds as kinds


def test_the_actions_listed_and_put_to_them_are_no_reflection() -> None:
    near_miss = expert_lines("expert-134", "bridging-differences-near_miss.json")
    assert near_miss[19].startswith("Right. So the actions are:")
    assert FlawKind.NO_REFLECTIONS in kinds(*near_miss)
    # (their own experience said back where it was told is one)
    assert near_miss[13].startswith("Understood. I can make sure agendas go out.")
    near_miss[13] = (
        "So meetings cost you far more than they show: you're tracking the eyes, how long, the "
        "nodding, and by three o'clock you've nothing left. What else would help?"
    )
    assert FlawKind.NO_REFLECTIONS not in kinds(*near_miss)
