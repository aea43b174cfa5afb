"""From expert-132's and expert-133's misses and flagged good (measured once unseen first):
"That's a big change." acknowledges, it is no verdict; a disclosure's one-word keywords are
found by their stem ("started" in "I did start it"); "Tell me what happened first." asks for
the story, and the account given to it is context; "'Worth the risk' is a feeling.", "I'd
need more than that to go on" and "I'm working half blind here" press for the case; "So it
was never that you didn't care." denies a verdict and "That's partly my doing too." owns one's
part."""

from __future__ import annotations

from coach.critique import case_cues, judgment_cues
from coach.critique.asking import context_given
from coach.critique.evidence import CodedSession
from coach.critique.outcome import says
from coach.models import LearnerRole
from coach.scenarios.library import ScenarioLibrary
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, expert_transcript, unmatched
from tests.critique.conversation import flaw_kinds as kinds

MENTEE = LearnerRole.MENTEE


def test_a_big_change_acknowledged_is_no_verdict() -> None:
    assert judgment_cues.NOT_A_JUDGMENT.search("That's a big change.")
    assert not judgment_cues.NOT_A_JUDGMENT.search("That's a big mistake.")
    middle = expert_lines("expert-132", "mutual-accountability-middle.json")
    assert middle[7].startswith("That's a big change.")
    assert FlawKind.JUDGMENT not in kinds(*middle)


def test_a_keyword_is_found_by_its_stem() -> None:
    froze = ScenarioLibrary().get("mutual-accountability").disclosure("froze-on-outline")
    assert "started" in froze.keywords
    assert says("I did start it, honestly. Then I got stuck, and... sorry.", froze)
    assert not says("I got a bit stuck in traffic.", froze)


def test_the_account_asked_for_first_is_context() -> None:
    assert not unmatched(
        case_cues.WANTS_CONTEXT,
        ["Maybe. Tell me what happened first. Times.", "Start with what happened."],
    )
    middle = CodedSession.of(expert_transcript("expert-133", "help-after-a-mistake-middle.json"))
    assert middle.text(5).startswith("It was my migration.")
    assert 5 in context_given(middle)
    # (the first two turns alone hold too little of the situation)
    assert not context_given(
        CodedSession.of(expert_transcript("expert-133", "help-after-a-mistake-stock.json"))
    )


def test_a_feeling_for_a_case_and_working_half_blind_press_for_context() -> None:
    assert case_cues.CLAIM_UNSUPPORTED.search("'Worth the risk' is a feeling. What's set up?")
    assert not case_cues.CLAIM_UNSUPPORTED.search("It is a feeling I know well.")
    assert not unmatched(
        case_cues.WANTS_CONTEXT,
        ["I might know somebody, but I'd need more than that to go on.", "I'm working half blind."],
    )
    near_miss = expert_lines("expert-132", "disagreeing-with-advice-near_miss.json")
    assert FlawKind.NO_CONTEXT in kinds(*near_miss, role=MENTEE)


def test_a_verdict_denied_and_ones_own_doing_owned_are_no_judgment() -> None:
    assert judgment_cues.NOT_A_JUDGMENT.search("So it was never that you didn't care.")
    assert not judgment_cues.NOT_A_JUDGMENT.search("So you never cared.")
    assert judgment_cues.OWNS.search("That's partly my doing too.")
    good = expert_lines("expert-133", "mutual-accountability-good.json")
    assert FlawKind.JUDGMENT not in kinds(*good)
