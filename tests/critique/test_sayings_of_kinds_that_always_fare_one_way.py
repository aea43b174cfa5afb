"""From expert-255's misses (measured once unseen first): "Well, safe hands always get handed
the heavy boxes.", "No one crosses April without a wet March." and an "every" saying with a
clause after a semicolon ("Every big deal has a difficult counterparty; it's the toll on the
bridge.") are sayings put where the counterpart's story was."""

from __future__ import annotations

from coach.critique.sayings import PLATITUDE
from coach.scenarios.models import FlawKind
from tests.critique.conversation import named_in_near_miss_and_good as named
from tests.critique.conversation import unmatched


def test_kinds_that_always_or_never_fare_one_way_are_sayings() -> None:
    sayings = (
        "Ah, willing horses always get the heaviest carts.",
        "Deadlines never land one at a time.",
        "Well, nobody reaches the summit without blisters.",
        "Every hard winter has a thaw somewhere in it; that's the river's toll on the valley.",
    )
    assert unmatched(PLATITUDE, sayings) == []
    plain = (
        "The juniors always get the late files.",  # someone in particular
        "Her emails always arrive at midnight.",
        "Partners always ask me that.",  # about the speaker
        "No one gets promoted without your sign-off.",  # about the listener
        "Every Tuesday the committee meets at nine.",
    )
    for sentence in plain:
        assert not PLATITUDE.search(sentence), sentence


def test_the_sayings_name_stock_phrases_in_the_near_miss() -> None:
    found = named("expert-255", "addressing-power-imbalance", FlawKind.STOCK_PHRASES)
    assert found == (True, False)
