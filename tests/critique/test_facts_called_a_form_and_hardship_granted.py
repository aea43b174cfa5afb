"""From expert-229's misses (measured once unseen first): reflections that say back the facts in
new words ("So Denise enrolled you, and you didn't request a mentor.") are content-only once the
counterpart calls the summary of them a form ("Sure. Reads like a form, though. There's stuff in
there you skipped."), and a noun's "family matters" names no meaning that would make one deeper.
Granted and turned back to them, "Plenty of people find the first year brutal, and it's still
not all right for you..." is no defence."""

from __future__ import annotations

from coach.critique.defending_cues import DEFENSIVE
from coach.critique.facts_cues import FACTS_ONLY
from coach.critique.listening import MEANING
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines
from tests.critique.conversation import flaw_kinds as kinds
from tests.critique.conversation import named_in_near_miss_and_good as named

K = FlawKind


def test_facts_said_back_and_called_a_form_are_content_only() -> None:
    assert FACTS_ONLY.search("Sure. Reads like a form, though. There's stuff in there you skipped.")
    assert named("expert-229", "building-trust", K.CONTENT_ONLY_REFLECTIONS) == (True, False)


def test_a_noun_matters_is_no_meaning() -> None:
    assert not MEANING.search("So family matters are off limits for these meetings.")
    assert MEANING.search("So it matters to you that the crew sees it.")


def test_a_hardship_granted_and_turned_back_is_no_defence() -> None:
    granted = (
        "Plenty of people find the first year brutal, and it's still not all right for you to"
        " be running on five hours."
    )
    assert not DEFENSIVE.search(granted)
    assert DEFENSIVE.search("Plenty of people manage with less, honestly.")
    good = kinds(*expert_lines("expert-229", "setting-boundaries-good.json"))
    assert K.DEFENSIVE not in good
