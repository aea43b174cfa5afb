"""From the misses of expert-187 (measured once unseen first): sayings opened with "Mind you,"
or "And honestly," ("every scheme collects a bit of red pen before it's built", "every good
building has a few snags on the punch list") and "It all squares up at practical completion" are
formulas; and a feeling said back that they weigh ("Mm. Lonely's a strong word. Although.")
did not sting them."""

from __future__ import annotations

from coach.critique.judging import stung
from coach.critique.sayings import PLATITUDE
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, session, unmatched
from tests.critique.conversation import flaw_kinds as kinds

K = FlawKind


def test_sayings_after_mind_you_and_honestly_are_formulas() -> None:
    sayings = (
        "Mind you, every scheme collects a bit of red pen before it's built.",
        "And honestly, every good building has a few snags on the punch list.",
        "That's fine. It all squares up at practical completion.",
    )
    assert unmatched(PLATITUDE, sayings) == []
    assert not PLATITUDE.search("Mind you, every slide you showed had the flood map on it.")
    near_miss = expert_lines("expert-187", "bridging-differences-near_miss.json")
    assert K.STOCK_PHRASES in kinds(*near_miss)


def test_a_feeling_weighed_is_no_sting() -> None:
    good = expert_lines("expert-187", "addressing-power-imbalance-good.json")
    assert good[8].startswith("Mm. Lonely's a strong word.")
    assert K.JUDGMENT not in kinds(*good)
    # (a label weighed the same way still stung)
    opening = "I keep the numbers tidy. The training isn't on the sheet."
    labelled = "Honestly, that sounds a bit lazy about the time sheets."
    assert stung(session(opening, labelled, "Mm. Lazy's a strong word. Although, yes.")) == [1]
    assert (
        stung(
            session(
                opening,
                labelled.replace("lazy", "lonely"),
                "Mm. Lonely's a strong word. Although, yes.",
            )
        )
        == []
    )
