"""From the misses of expert-180 and -181 (each measured once unseen first): an instruction after
when it is for ("For the fourteenth, cut it to six", "Then next time someone raises Alder
Street, try: ...") is advice; fresh sayings in the old shapes ("Ah, well, mentoring's a garden,
not a timetable", "Cream rises", "Paper tigers, most of them", "a good mentee is just a good
question with legs") are formulas; "what has this quarter been like for you?" asks, whatever
comes before it; and "anyone would have lost those ponds" and "I don't think it's the same
risk" argue with what was raised."""

from __future__ import annotations

from coach.critique.advice_cues import IMPERATIVE
from coach.critique.defending_cues import defends
from coach.critique.sayings import PLATITUDE
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, unmatched
from tests.critique.conversation import flaw_kinds as kinds

K = FlawKind


def test_an_instruction_after_when_it_is_for_is_advice() -> None:
    told = (
        "For the fourteenth, cut it to six, and put a one-page glossary on every chair.",
        "Then next time someone raises Alder Street, try: 'That's a fair question.'",
    )
    assert unmatched(IMPERATIVE, told) == []
    assert not IMPERATIVE.search("For the fourteenth, what would you want to be different?")
    near_miss = expert_lines("expert-180", "giving-feedback-near_miss.json")
    assert K.PREMATURE_ADVICE in kinds(*near_miss)


def test_fresh_sayings_in_old_shapes_are_formulas() -> None:
    sayings = (
        "Ah, well, mentoring's a garden, not a timetable.",
        "Well, cream rises, Joaquín.",
        "Good work finds its own audience.",
        "Paper tigers, most of them.",
        "Don't borrow trouble from March.",
        "Well, the tram didn't reach Eastgate in one go either.",
        "Remember, a good mentee is just a good question with legs.",
    )
    assert unmatched(PLATITUDE, sayings) == []
    assert not PLATITUDE.search("This is mentoring, not assessment.")
    near_miss = expert_lines("expert-180", "clarifying-expectations-near_miss.json")
    assert K.STOCK_PHRASES in kinds(*near_miss)


def test_asking_how_it_has_been_is_no_judgment() -> None:
    good = expert_lines("expert-180", "addressing-power-imbalance-good.json")
    assert good[5].startswith("With the committee hat off for a minute: what has this quarter")
    assert K.JUDGMENT not in kinds(*good)


def test_arguing_a_risk_away_is_defensive() -> None:
    assert defends("It was a drought year, and anyone would have lost those ponds.")
    assert defends("Honestly, last summer wasn't a failure of the design.")
    assert defends("But my design's different. I don't think it's the same risk.")
    assert not defends("I don't think it's the same for everyone, and that's fine.")
    near_miss = expert_lines("expert-181", "disagreeing-with-advice-near_miss.json")
    assert K.DEFENSIVE in kinds(*near_miss, role=LearnerRole.MENTEE)
