"""From expert-171's ordering miss and the goods flagged in expert-171, -172 and -174 (each
measured once unseen first): an answer waved away ("Broadly won't cut it.") and how they look
weighed ("Late nights look like you're struggling.") judge; a feeling pictured as "a weight you
need to set down" advises nothing; a short story of one's own that they take in by saying its
detail back ("Huh. A year. Yeah.") models openness; and "Second Tuesday works." agrees the
time."""

from __future__ import annotations

from coach.critique.detectors import next_step_agreed
from coach.critique.verdicts import verdict
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, session
from tests.critique.conversation import flaw_kinds as kinds

K = FlawKind


def test_an_answer_waved_away_and_a_look_weighed_are_verdicts() -> None:
    assert verdict("Broadly won't cut it.")
    assert verdict("Late nights look like you're struggling.")
    assert verdict("That won't wash with the panel.")
    assert not verdict("It looks like you're struggling with the rota.")  # said back
    assert not verdict("I know the draft won't cut it yet, and that's on me.")  # their own


def test_the_committee_member_who_waves_answers_away_judges() -> None:
    poor = expert_lines("expert-171", "addressing-power-imbalance-poor.json")
    assert poor[3].startswith("Broadly won't cut it.")
    assert K.JUDGMENT in kinds(*poor)


def test_a_feeling_pictured_as_a_weight_to_set_down_is_no_advice() -> None:
    good = expert_lines("expert-171", "setting-boundaries-good.json")
    assert "a weight you need to set down" in good[7]
    assert K.PREMATURE_ADVICE not in kinds(*good)
    # (telling them to set it down, before hearing them, still is)
    good[7] = "You need to stop sending them at night. What happens for you after you press send?"
    assert K.PREMATURE_ADVICE in kinds(*good)


def test_a_short_story_taken_in_by_its_detail_models_openness() -> None:
    good = expert_lines("expert-172", "building-trust-good.json")
    assert good[15].startswith("That sounds lonely.")
    assert good[16].startswith("Huh. A year. Yeah.")
    assert K.SELF_FOCUS not in kinds(*good)
    # (met with a shrug that picks nothing of it up, it is the learner's story still)
    good[16] = "Huh. Okay. Luis is fine. It's just different. Different's the word."
    assert K.SELF_FOCUS in kinds(*good)


def test_second_tuesday_works_agrees_the_time() -> None:
    lines = (
        "One thing. Ten minutes after every meeting may not be realistic. After the next two.",
        "Agreed: the next two, then we review. Shall we put that review in the diary now? "
        "Second Tuesday of next month?",
        "Second Tuesday works. Thank you. That was specific, which I needed.",
    )
    before = ("I've put three items on the agenda.", "That order suits me. Where are you?")
    assert next_step_agreed(session(*before, *lines)) == [3]
    declined = (*before, *lines[:2], "Second Tuesday is hard. Can we leave it?")
    assert next_step_agreed(session(*declined)) == []
