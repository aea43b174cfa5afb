"""From counterpart-232's and -233's misses (each measured once unseen first): an offer put as
a yes/no question ("Is it okay if I send it as a shared doc...?") is answered yes or maybe
first, in its own words ("Yes, if you send it as a shared doc instead of a PDF."), where the
offer was said back as a question before; a named site of another kind ("the Toledo terminal"
for "Memphis hub") moves what happened as one of the same kind does; a turn that ends on a
farewell ("...Take care.") is a goodbye whatever the move model reads; "Changing the subject
completely for a second:" announces an aside; and "you" after "while" or "before" is said back
as the subject of its clause ("...while I read", where "while me read" was said before)."""

from __future__ import annotations

from coach.coder.skills import code_turn
from coach.evals.counterpart import answer_case, load_cases
from coach.models import LearnerRole, Move
from coach.practice.answers import in_my_words
from coach.practice.detail_fix import wrong_detail
from coach.practice.move_model import read_move
from coach.practice.moves import classify
from coach.practice.summary_places import moved_place
from coach.scenarios.library import ScenarioLibrary
from tests.paths import REPO


def _frozen_case(set_name: str, case_id: str):  # type: ignore[no-untyped-def]
    cases = load_cases(REPO / "evaluation" / set_name)
    return next(case for case in cases if case.id == case_id)


def test_an_offer_asked_as_a_yes_no_question_is_answered_first() -> None:
    case = _frozen_case("counterpart-233", "help-after-a-mistake-03")
    assert case.learner.startswith("Is it okay if I send it as a shared doc")
    reply = answer_case(case, ScenarioLibrary().get(case.scenario)).reply
    assert reply.startswith("Yes, if you send it as a shared doc instead of a PDF.")
    assert "Yes, that would help." not in reply  # the line's own yes is not said twice


def test_an_offer_made_as_a_statement_is_still_said_back() -> None:
    case = _frozen_case("counterpart-232", "setting-boundaries-16")
    assert not case.learner.rstrip().endswith("?")
    reply = answer_case(case, ScenarioLibrary().get(case.scenario)).reply
    assert not reply.startswith(("Yes, if", "Maybe, if"))


MEMPHIS = [
    "Wait. Say that again. An index without CONCURRENTLY? Memphis hub, 2022, same thing: a"
    " smaller table, and they were down eleven minutes."
]


def test_a_site_of_another_kind_is_corrected() -> None:
    claim = "So a lock just like it took down the Toledo terminal in 2022, down eleven minutes."
    assert moved_place(claim, MEMPHIS) == ("the Memphis hub", "the Toledo terminal")
    assert wrong_detail(claim, MEMPHIS) == ("the Memphis hub", "the Toledo terminal")
    right = "So the same lock took down the Memphis hub in 2022, down eleven minutes."
    assert moved_place(right, MEMPHIS) is None
    # a site in a sentence about something else is no move
    assert moved_place("So you started at the Toledo office, years ago.", MEMPHIS) is None


def _read(text: str, context: str, spoken: int = 5) -> Move:
    coded = code_turn(text, context)
    rule = classify(text, coded, LearnerRole.MENTOR)
    return read_move(text, LearnerRole.MENTOR, spoken, rule, coded.confidence)


def test_a_turn_ending_on_a_farewell_is_a_goodbye() -> None:
    context = "Of course. Wednesday is fine. Thank you for not just... brushing it off."
    goodbye = (
        "Not at all. Wednesday at ten, then, and bring whatever you'd like to cover. Take care."
    )
    assert _read(goodbye, context, spoken=2) is Move.CLOSING
    # a farewell wished mid-turn, before a question, closes nothing by itself
    assert _read("Take care of yourself this week. What's on Wednesday?", context, 2) is not (
        Move.CLOSING
    )


def test_changing_the_subject_announces_an_aside() -> None:
    context = "Appreciated. I did find that one useful, the checklist idea."
    aside = (
        "Changing the subject completely for a second: did you manage to get to that Hockney"
        " exhibition you mentioned last month?"
    )
    assert _read(aside, context) is Move.SMALL_TALK
    on_topic = "Did you manage to get the checklist to the client you mentioned last month?"
    assert _read(on_topic, context) is not Move.SMALL_TALK


def test_you_after_while_or_before_is_the_subject_said_back() -> None:
    assert in_my_words("turn my camera off while you read") == "turn your camera off while I read"
    assert in_my_words("call you before you go") == "call me before I go"
    assert in_my_words("tell you the plan") == "tell me the plan"
