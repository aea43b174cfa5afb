"""From expert-249's misses (measured once unseen first): "Next sheet, fresh pencil.", "Good
buildings come out of a bit of friction." and "It's all grist for the Part 3 mill." are sayings
put where the counterpart's story was, and "The details are all in the posting; I can send it
over." holds back the context the mentor asked for."""

from __future__ import annotations

from coach.critique.asking_cues import WITHHELD_CONTEXT
from coach.critique.sayings import PLATITUDE
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import named_in_near_miss_and_good as named
from tests.critique.conversation import unmatched

K = FlawKind


def test_sayings_in_pairs_and_of_good_things_coming_are_stock_phrases() -> None:
    sayings = (
        "Next page, clean nib.",
        "Good harvests come out of a wet spring.",
        "Still, the best teams grow of a little strain.",
        "Well, it's all grist for the mill.",
        "It's grist to your Part 2 mill, really.",
    )
    assert unmatched(PLATITUDE, sayings) == []
    for plain in ("Next week, same time.", "Next Tuesday, fresh coffee?", "Good plans need time."):
        assert not PLATITUDE.search(plain), plain
    assert named("expert-249", "bridging-differences", K.STOCK_PHRASES) == (True, False)


def test_details_left_in_the_posting_hold_back_the_context() -> None:
    held = (
        "The details are all in the posting; I'll forward it.",
        "Honestly, details are in the job description.",
    )
    assert unmatched(WITHHELD_CONTEXT, held) == []
    assert not WITHHELD_CONTEXT.search("The details of the role matter more than the title.")
    found = named("expert-249", "asking-for-a-reference", K.NO_CONTEXT, LearnerRole.MENTEE)
    assert found == (True, False)
