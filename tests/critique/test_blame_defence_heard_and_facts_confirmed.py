"""From expert-225 to -227's misses (each measured once unseen first): a put-down of someone
absent the counterpart will not join ("that was a poor call on Margit's part" met with "I would
rather not talk about Margit like that"), a verdict taken stiffly as an order ("Understood. I
will be more professional."), a mentee's turn heard as a defence ("Nobody said you were."), an
ask met with "what's the job?", questions whose replies say they were not heard ("That's an
answer about permission. I was telling you what meetings cost."), and turns in their words
confirmed as facts only ("Yes. That's what happened.") are named; gentleness asked for someone
else ("Go easy on her, though."), a proposal pulled together and checked ("Let me try to pull
together what we might agree") and a meeting set "two weeks from today" are not flaws."""

from __future__ import annotations

from coach.critique import (
    absent_cues,
    absent_defended,
    case_cues,
    cues,
    defending_cues,
    facts_cues,
    reactions,
)
from coach.critique.plan_cues import FUTURE_STEP
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines
from tests.critique.conversation import flaw_kinds as kinds
from tests.critique.conversation import named_in_near_miss_and_good as named

K = FlawKind
MENTEE = LearnerRole.MENTEE


def test_blame_of_someone_absent_refused_and_a_verdict_taken_stiffly_are_judgment() -> None:
    assert absent_cues.BLAME_ABSENT.search("Honestly, that was a poor call on Margit's part.")
    assert absent_cues.BLAME_ABSENT.search("She sounds like someone looking for a fight.")
    assert absent_defended.DEFENDS_ABSENT.search(
        "With respect, I would rather not talk about Margit like that."
    )
    assert absent_defended.DEFENDS_ABSENT.search("I don't think so. She had water in her basement.")
    assert reactions.STUNG.search("Understood. I will be more professional.")
    assert not reactions.STUNG.search("Go easy on her, though.")
    assert reactions.STUNG.search("Go easy on me.")
    assert named("expert-226", "giving-feedback", K.JUDGMENT) == (True, False)
    good = kinds(*expert_lines("expert-227", "disagreeing-with-advice-good.json"))
    assert K.JUDGMENT not in good


def test_a_turn_heard_as_a_defence_is_defensive() -> None:
    assert defending_cues.HEARD_AS_DEFENCE.search("Nobody said you were.")
    assert defending_cues.HEARD_AS_DEFENCE.search("Hm. Arguing with me isn't how you get a letter.")
    assert not defending_cues.HEARD_AS_DEFENCE.search("Nobody knows yet.")
    thanks = "Good. And thank you for arguing with me properly."
    assert not defending_cues.HEARD_AS_DEFENCE.search(thanks)
    assert named("expert-226", "asking-for-a-reference", K.DEFENSIVE, MENTEE) == (True, False)


def test_an_ask_met_with_what_the_job_is_wants_context() -> None:
    assert case_cues.WANTS_CONTEXT.search("Hold on. Before I agree to anything, what's the job?")
    assert case_cues.WANTS_CONTEXT.search("I can't write to a job nobody's described to me.")
    assert named("expert-227", "asking-for-a-reference", K.NO_CONTEXT, MENTEE) == (True, False)


def test_questions_answered_as_unheard_have_no_reflections() -> None:
    assert named("expert-227", "bridging-differences", K.NO_REFLECTIONS) == (True, False)


def test_turns_confirmed_as_facts_only_are_content_only() -> None:
    assert facts_cues.FACTS_ONLY.search("Yes. That's, yes, that's what happens.")
    assert named("expert-226", "receiving-feedback", K.CONTENT_ONLY_REFLECTIONS) == (True, False)


def test_a_proposal_pulled_together_and_a_meeting_two_weeks_away_count() -> None:
    opener = "Let me try to pull together what we might agree, and you tell me where it's wrong."
    assert cues.SUMMARY_OPENER.search(opener)
    good = kinds(*expert_lines("expert-227", "clarifying-expectations-good.json"))
    assert K.NO_SUMMARY not in good
    assert FUTURE_STEP.search("So: two weeks from today, three o'clock, this room.")
    assert not FUTURE_STEP.search("It was two weeks ago today.")
    good = kinds(*expert_lines("expert-225", "building-trust-good.json"))
    assert K.NO_NEXT_STEP not in good
    assert K.NO_NEXT_STEP in kinds(*expert_lines("expert-225", "building-trust-near_miss.json"))
