"""From expert-140's and -141's misses (each measured once unseen first): a kind likened to
another thing ("a difficult client is tuition you don't have to pay for", "family is the one
client you never bill", "partnership is a long climb") is a saying; "When were you thinking of
calling Curtis?" asks when, and "Thursday works. Nine works." agrees the times put; "Lonely is
a strong word. [laughs] Maybe not the wrong one." grants the word; "You sound quite bothered by
it." hears a feeling; "I'm not going to build your case by knocking Tyler down." and "Gail's not
a nightmare." stand up for someone put down; "So the plan is: ... Does that work?" and "Let me
tell you what's worrying me, specifically. ..." say nothing of theirs back."""

from __future__ import annotations

from coach.critique import absent_cues, absent_defended, judgment_cues, reactions
from coach.critique.next_step import next_step_agreed
from coach.critique.sayings import PLATITUDE
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, session, unmatched
from tests.critique.conversation import flaw_kinds as kinds

OPENING = "Thanks for making the time. Where do you want to start?"


def test_a_kind_likened_to_another_thing_is_a_saying() -> None:
    assert not unmatched(
        PLATITUDE,
        [
            "But a difficult client is tuition you don't have to pay for.",
            "Well, family is the one client you never bill, and it always comes first.",
            "Well, partnership is a long climb with a good view at the top.",
        ],
    )
    for said in [
        "Halloran is the client you never refuse.",
        "This is the one thing you never said.",
        "The deadline is the one we never hit.",
    ]:
        assert not PLATITUDE.search(said), said
    near_miss = expert_lines("expert-140", "addressing-power-imbalance-near_miss.json")
    assert FlawKind.STOCK_PHRASES in kinds(*near_miss)


def test_asked_when_and_times_said_to_work_agree_a_step() -> None:
    asked = session(
        OPENING,
        "I'll send the posting and my numbers tonight. When were you thinking of calling Curtis?",
        "Monday morning. You'll have the letter Tuesday night.",
    )
    assert next_step_agreed(asked) == [1]
    put = session(
        OPENING,
        "I'll come with you to QA at nine tomorrow. You draft the note by Thursday. Does that "
        "work?",
        "Thursday works. Nine works. Thanks.",
    )
    assert next_step_agreed(put) == [1]
    unsure = session(
        OPENING,
        "I'll come with you to QA at nine tomorrow. You draft the note by Thursday. Does that "
        "work?",
        "Hm. I don't know about Thursday.",
    )
    assert next_step_agreed(unsure) == []
    for name in (
        ("expert-140", "asking-for-a-reference-good.json"),
        (
            "expert-141",
            "resolving-misunderstanding-good.json",
        ),
    ):
        assert FlawKind.NO_NEXT_STEP not in kinds(*expert_lines(*name))


def test_a_word_granted_after_a_stage_direction_and_a_feeling_heard_are_no_verdicts() -> None:
    granted = "Lonely is a strong word. [laughs] Maybe not the wrong one."
    assert reactions.STUNG.search(granted) and reactions.CONCEDED.search(granted)
    assert not reactions.CONCEDED.search("Lonely is a strong word. [frowns] I am fine.")
    assert judgment_cues.NOT_A_JUDGMENT.search("You sound quite bothered by it.")
    assert not judgment_cues.NOT_A_JUDGMENT.search("You sound quite defensive about it.")
    for name in (
        ("expert-140", "mutual-accountability-good.json"),
        (
            "expert-141",
            "addressing-power-imbalance-good.json",
        ),
    ):
        assert FlawKind.JUDGMENT not in kinds(*expert_lines(*name))


def test_someone_put_down_and_stood_up_for_is_judged() -> None:
    assert absent_cues.BLAME_ABSENT.search(
        "Honestly, an owner who thinks an audit's a formality sounds like a nightmare."
    )
    assert not absent_cues.BLAME_ABSENT.search("Thirty patients on a Sunday? Sounds a nightmare.")
    assert not unmatched(
        absent_defended.DEFENDS_ABSENT,
        [
            "Hm. I'm not going to build your case by knocking Tyler down.",
            "Gail's not a nightmare. She's run that place thirty years on handshakes.",
        ],
    )
    near_miss = expert_lines("expert-141", "asking-for-stretch-near_miss.json")
    assert FlawKind.JUDGMENT in kinds(*near_miss, role=LearnerRole.MENTEE)


def test_a_plan_listed_and_a_concern_told_say_nothing_back() -> None:
    near_miss = expert_lines("expert-141", "giving-feedback-near_miss.json")
    assert FlawKind.NO_REFLECTIONS in kinds(*near_miss)
