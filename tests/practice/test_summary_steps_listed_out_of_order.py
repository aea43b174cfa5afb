"""From counterpart-267's misses (measured once unseen first): the steps of a line the persona
told "then" after "then" ("Porter for a while. Then driver, that's where I learned the
routes. Then shift lead. Now this.") said back in another order ("then porter, then shift
lead, then driver") are corrected."""

from __future__ import annotations

from coach.practice.summary_order import reversed_steps

STEPS = [
    "Porter for a while. Then driver, that's where I learned the routes. Then shift lead. Now this."
]


def test_steps_listed_in_another_order_are_corrected() -> None:
    claim = "So: porter first, then shift lead, then driver, where you learned the routes."
    assert reversed_steps(claim, STEPS)


def test_steps_said_back_in_their_order_are_left_alone() -> None:
    right = "So: porter first, then driver, where you learned the routes, then shift lead."
    assert not reversed_steps(right, STEPS)
    assert not reversed_steps("So you were a driver and a shift lead, then this.", STEPS)
