"""Tests for coach.practice.offline: a reply that answers the learner's move, from the right
material, never repeated, seeded."""

from __future__ import annotations

import random
import re
from itertools import pairwise

import pytest
from pydantic import ValidationError

from coach.models import Move, Phase
from coach.practice.offline import OfflineCounterpart
from coach.practice.offline_lines import OfflineLines, offline_lines
from coach.practice.reply_parts import aboutness, off_the_story
from coach.practice.word_stems import stems
from coach.scenarios.library import load_scenario
from coach.scenarios.material import PlanLines, TopicLines
from coach.scenarios.models import Scenario
from tests.paths import TEST_DATA
from tests.practice.updates import update

YES_OR_NO = re.compile(r"^(?:Yes|No|Yeah|Not really)\b")


@pytest.fixture
def scenario() -> Scenario:
    return load_scenario(TEST_DATA / "late-reports.yaml")


def reply(
    scenario: Scenario, move: Move, text: str, history: list[str] | None = None, **state: object
) -> str:
    counterpart = OfflineCounterpart(scenario, seed=3)
    return counterpart.reply(update(move, **state), text, history or [scenario.opening_line])  # type: ignore[arg-type]


def session(
    scenario: Scenario, moves: list[Move], text: str = "I see.", seed: int = 0
) -> list[str]:
    """The counterpart's replies to a run of turns, after the opening line."""
    counterpart = OfflineCounterpart(scenario, seed=seed)
    history = [scenario.opening_line]
    for move in moves:
        history.append(counterpart.reply(update(move), text, history))
    return history[1:]


def with_plan(scenario: Scenario, plan: PlanLines) -> Scenario:
    return scenario.model_copy(
        update={"material": scenario.material.model_copy(update={"plan": plan})}
    )


def with_lines(
    scenario: Scenario, *, short_answers: tuple[str, ...] = (), elaborations: tuple[str, ...] = ()
) -> Scenario:
    """The scenario with these lines added to its short answers and elaborations."""
    material = scenario.material
    more = material.model_copy(
        update={
            "short_answers": [*material.short_answers, *short_answers],
            "elaborations": [*material.elaborations, *elaborations],
        }
    )
    return scenario.model_copy(update={"material": more})


def topic_answers(scenario: Scenario, question: str, seeds: int = 6) -> list[str]:
    """The replies to ``question`` asked first, under several seeds."""
    return [
        OfflineCounterpart(scenario, seed=seed).reply(
            update(Move.TOPIC_QUESTION), question, [scenario.opening_line]
        )
        for seed in range(seeds)
    ]


def first_word(line: str) -> str:
    return line.split()[0].strip(".,!?").lower()


# --- the reply answers the move ------------------------------------------------------


def test_a_yes_no_question_is_answered_yes_or_no_first(scenario: Scenario) -> None:
    for question in (
        "Did you send the Friday report?",
        "Was your manager there?",
        "Is it the hours?",
    ):
        assert YES_OR_NO.match(reply(scenario, Move.YES_NO_QUESTION, question)), question


def test_a_yes_no_answer_is_in_the_questions_terms(scenario: Scenario) -> None:
    answer = reply(scenario, Move.YES_NO_QUESTION, "Did Priya sign it off?", trust=20)
    assert re.match(
        r"^(?:Yes, Priya (?:did|signed it off)|No, Priya didn't(?: sign it off)?)\.$", answer
    )


def test_a_yes_no_answer_keeps_to_what_the_persona_has_said(scenario: Scenario) -> None:
    """Without an authored answer, the answer follows its own words, whatever the toss."""
    denied = [scenario.opening_line, "I've never once missed a handover on the night shift."]
    said = [scenario.opening_line, "I've always covered the handover on the night shift."]
    question = "Have you ever missed a handover on the night shift?"
    for seed in range(6):
        counterpart = OfflineCounterpart(scenario, seed=seed)
        assert counterpart.reply(update(Move.YES_NO_QUESTION), question, denied).startswith("No")
        counterpart = OfflineCounterpart(scenario, seed=seed)
        assert counterpart.reply(update(Move.YES_NO_QUESTION), question, said).startswith("Yes")


def test_a_yes_no_question_gets_the_line_about_it_even_when_guarded(scenario: Scenario) -> None:
    answer = reply(scenario, Move.YES_NO_QUESTION, "Are the mornings hard too?", trust=20)
    assert YES_OR_NO.match(answer) and "Mornings are the worst." in answer
    bare = reply(scenario, Move.YES_NO_QUESTION, "Did Priya sign it off?", trust=20)
    assert len(bare.split(". ")) == 1  # nothing the persona could say is about Priya


def test_a_yes_no_question_about_nothing_of_the_story_gets_the_answer_alone(
    scenario: Scenario,
) -> None:
    chat = "Has your kettle been making that odd rattling noise as well?"
    answer = reply(scenario, Move.YES_NO_QUESTION, chat, trust=60)
    assert YES_OR_NO.match(answer) and len(answer.split(". ")) == 1, answer
    story = reply(scenario, Move.YES_NO_QUESTION, "Are the mornings hard too?", trust=60)
    assert "Mornings are the worst." in story
    # a pleasantry, however few of its words are off the story
    rain = reply(scenario, Move.YES_NO_QUESTION, "Still raining?", trust=60)
    assert YES_OR_NO.match(rain) and len(rain.split(". ")) == 1, rain


def test_a_yes_no_question_with_one_word_of_the_story_is_still_chat(scenario: Scenario) -> None:
    # "week" is the story's; nothing else asked is, nor in the talk so far
    chat = "Are they finally knocking down the old annex this week?"
    answer = reply(scenario, Move.YES_NO_QUESTION, chat, trust=60)
    assert YES_OR_NO.match(answer) and len(answer.split(". ")) == 1, answer
    assert off_the_story(chat, {"week", "report"}, [])
    # the annex talked of already, and something of the learner's handed over, are no chat
    assert not off_the_story(chat, {"week"}, ["They're knocking the old annex down."])
    sent = "Did you get a chance to look at the version I emailed you on Sunday?"
    assert not off_the_story(sent, {"week", *stems("my version")}, [])


def test_a_question_about_a_topic_gets_a_line_about_it(scenario: Scenario) -> None:
    answer = reply(scenario, Move.TOPIC_QUESTION, "When is the deadline, exactly?")
    assert "deadline" in answer.lower() or "friday" in answer.lower()


def test_a_topic_is_named_by_its_keywords_words_in_any_form_and_order(scenario: Scenario) -> None:
    line = "That's when it all piles up on me."
    topic = TopicLines(keywords=["quarter close"], lines=[line])
    material = scenario.material.model_copy(update={"topics": [*scenario.material.topics, topic]})
    with_topic = scenario.model_copy(update={"material": material})
    assert line in reply(with_topic, Move.TOPIC_QUESTION, "What happens when you close a quarter?")
    assert line not in reply(with_topic, Move.TOPIC_QUESTION, "What happens when you close up?")


def test_a_fact_the_persona_has_no_line_for_is_said_to_be_unknown(scenario: Scenario) -> None:
    answer = reply(scenario, Move.TOPIC_QUESTION, "How many spreadsheets does Leon keep?")
    assert answer.startswith("The spreadsheets?") or answer.startswith("Leon?")
    assert any(line in answer for line in offline_lines().unsure)


def test_an_unsure_line_is_kept_for_when_it_is_said(scenario: Scenario) -> None:
    """A when-question answered from the persona's own line does not use up an unsure line."""
    only = "No idea, honestly."
    lines = offline_lines().model_copy(update={"unsure": (only,)})
    counterpart = OfflineCounterpart(scenario, seed=3, lines=lines)
    history = [scenario.opening_line, "It started back in May, with one late report."]
    asked = update(Move.TOPIC_QUESTION)
    history.append(counterpart.reply(asked, "When was that?", history))
    assert history[-1] == "Back in May.", history[-1]
    answer = counterpart.reply(asked, "How many spreadsheets does Leon keep?", history)
    assert only in answer, answer


def test_a_question_about_a_detail_already_told_is_answered_from_it(scenario: Scenario) -> None:
    told = scenario.disclosure("family").text  # "...ill since spring and I'm the one who drives"
    history = [scenario.opening_line, told]
    answer = reply(scenario, Move.TOPIC_QUESTION, "Since when has she been ill?", history)
    leads = offline_lines().restating
    assert any(answer == f"{lead} {told}" for lead in leads), answer  # said again, marked so
    # Told in other words (a session rebuilt from a transcript), the sentence itself answers.
    other = [scenario.opening_line, "It's my mum. She's not well, and I'm her driver."]
    answer = reply(scenario, Move.TOPIC_QUESTION, "Since when?", other, unlocked=("family",))
    assert answer == told
    answer = reply(
        scenario, Move.YES_NO_QUESTION, "Is it every appointment?", other, unlocked=("family",)
    )
    assert YES_OR_NO.match(answer) and told in answer, answer


def test_a_told_detail_is_said_again_under_each_lead_once_then_not_at_all(
    scenario: Scenario,
) -> None:
    counterpart = OfflineCounterpart(scenario, seed=3)
    history = [scenario.opening_line, scenario.disclosure("family").text]
    told = update(Move.TOPIC_QUESTION, unlocked=("family",))
    for _ in offline_lines().restating:
        history.append(counterpart.reply(told, "Since when has your mother been ill?", history))
    assert all("since spring" in line for line in history[2:])
    again = counterpart.reply(told, "Since when has your mother been ill?", history)
    assert again not in history and "since spring" not in again


def test_of_two_lines_equally_about_a_question_the_focused_one_answers(scenario: Scenario) -> None:
    shifts = with_lines(
        scenario,
        short_answers=("Day shift. Six till two.",),
        elaborations=(
            "I'm fine with the people on my shift. The spreadsheets are what slow me down.",
        ),
    )
    for answer in topic_answers(shifts, "Which shift are you on?"):
        assert answer.startswith("Day shift."), answer


def test_a_question_for_a_time_is_answered_by_the_line_that_gives_one(
    scenario: Scenario,
) -> None:
    """A line that shares the question's words but holds no time does not answer "when"."""
    dated = with_lines(
        scenario,
        short_answers=("The review? Thursday.",),
        elaborations=(
            "For the next review I was going to bring the whole spreadsheet, printed bigger.",
        ),
    )
    for answer in topic_answers(dated, "When's the next review, exactly?"):
        assert answer.startswith("The review? Thursday."), answer


def test_a_question_for_a_number_is_answered_by_the_line_that_gives_one(
    scenario: Scenario,
) -> None:
    counted = with_lines(
        scenario,
        short_answers=("Fourteen spreadsheets, one per client.", "Spreadsheets slow me down."),
    )
    for answer in topic_answers(counted, "How many spreadsheets are there?"):
        assert answer.startswith("Fourteen spreadsheets"), answer


def replies_to_a_reflection(scenario: Scenario, newly: tuple[str, ...] = ()) -> list[str]:
    """The replies, under four seeds, to "That sounds exhausting, honestly." said back to the
    persona's line about driving to the hospital every evening."""
    said = "My mother's been in hospital since March, so most evenings I'm driving there and back."
    return [
        OfflineCounterpart(scenario, seed=seed).reply(
            update(Move.REFLECTION, newly=newly),
            "That sounds exhausting, honestly.",
            [scenario.opening_line, said],
        )
        for seed in range(4)
    ]


def test_a_reflection_that_unlocks_a_concern_is_answered_on_its_thread_first(
    scenario: Scenario,
) -> None:
    doubt = scenario.disclosure("doubt").text
    for answer in replies_to_a_reflection(scenario, newly=("doubt",)):
        assert answer.startswith("Friday deadlines land right when I'm at the hospital."), answer
        assert answer.endswith(doubt), answer


def test_a_reflection_carries_on_from_what_the_persona_said_last(scenario: Scenario) -> None:
    """A reflection says back the persona's last line in other words, so the reply goes on
    from that line rather than from a word the reflection happens to share with another."""
    for answer in replies_to_a_reflection(scenario):
        assert answer.startswith("Friday deadlines land right when I'm at the hospital."), answer


def test_an_open_question_gets_more_than_a_sentence(scenario: Scenario) -> None:
    answer = reply(scenario, Move.OPEN_QUESTION, "What have the evenings been like?")
    assert len(re.findall(r"[.!?…](?:\s|$)", answer)) >= 2


def test_an_accurate_summary_is_confirmed_and_an_invented_one_corrected(scenario: Scenario) -> None:
    history = [
        scenario.opening_line,
        "I work most evenings and still fall behind. "
        "The Friday deadline lands when I'm at the hospital.",
    ]
    accurate = (
        "So you work most evenings, still fall behind, and Friday lands on the hospital "
        "visits. Right?"
    )
    invented = "So basically you're bored of the job and want a promotion somewhere else. Right?"
    confirmed = reply(scenario, Move.SUMMARY, accurate, history)
    corrected = reply(scenario, Move.SUMMARY, invented, history)
    assert any(confirmed.startswith(c) for c in scenario.material.confirmations)
    assert corrected in scenario.material.corrections


def test_a_reflection_that_moves_a_day_is_corrected_and_one_that_keeps_it_is_not(
    scenario: Scenario,
) -> None:
    history = [scenario.opening_line, "The review is two weeks on Friday, and I'm dreading it."]
    moved = reply(
        scenario, Move.REFLECTION, "So the review's this Friday, and you dread it.", history
    )
    kept = reply(
        scenario, Move.REFLECTION, "So the review's two weeks on Friday, and you dread it.", history
    )
    assert "two weeks on Friday" in moved and "this Friday" in moved, moved
    assert moved.split()[0].strip(",:.") in ("Not", "No", "Close"), moved
    assert kept not in scenario.material.corrections, kept
    assert kept.split()[0].strip(",:.") not in ("Not", "No", "Close"), kept


def test_a_summary_with_a_wrong_count_is_put_right_in_the_persona_words(
    scenario: Scenario,
) -> None:
    history = [scenario.opening_line, "I've been late with the report three weeks running now."]
    wrong = "So you've been late with it five weeks running. Right?"
    corrected = reply(scenario, Move.SUMMARY, wrong, history)
    assert "three weeks" in corrected and "not five weeks" in corrected.lower(), corrected
    assert corrected.split()[0].strip(",:.") in ("Not", "No", "Close"), corrected


def test_an_offer_is_taken_up_when_trusted_and_declined_when_not(scenario: Scenario) -> None:
    offer = "Would it help if I introduced you to Sinead from finance?"
    taken = reply(scenario, Move.OFFER, offer, trust=70)
    declined = reply(scenario, Move.OFFER, offer, trust=10)
    # asked as a yes/no question, it is answered yes first, in its own words, and once
    assert taken.startswith("Yes, if you introduced me to Sinead from finance.")
    assert taken.count("Yes") == 1
    accept = offline_lines().offer.accept
    assert any(line.removeprefix("Yes, ").rstrip(".").lower() in taken.lower() for line in accept)
    assert any(line in declined for line in offline_lines().offer.decline)


def test_an_offer_is_answered_with_a_word_on_the_thing_offered(scenario: Scenario) -> None:
    """Taken up or turned down, the reply goes on to say something about what was offered."""
    said = "Finance have never once answered my emails about the month-end figures."
    finance = with_lines(scenario, elaborations=(said,))
    offer = "Would it help if I introduced you to Sinead from finance?"
    for trust in (70, 10):
        answer = reply(finance, Move.OFFER, offer, trust=trust)
        assert answer.endswith(said), answer


def test_a_request_is_agreed_negotiated_or_refused_by_trust(scenario: Scenario) -> None:
    ask = "Could you send me the draft by Thursday?"
    lines = offline_lines().request
    assert any(line in reply(scenario, Move.REQUEST, ask, trust=60) for line in lines.agree)
    assert any(line in reply(scenario, Move.REQUEST, ask, trust=30) for line in lines.negotiate)
    assert any(line in reply(scenario, Move.REQUEST, ask, trust=10) for line in lines.refuse)


def test_a_request_agreed_once_planning_has_begun_comes_with_a_step_of_its_own(
    scenario: Scenario,
) -> None:
    plan = PlanLines(
        ideas=["Maybe a draft first."],
        obstacles=["Thursday is busy."],
        commitments=["I'll send the draft on Thursday."],
    )
    planned = with_plan(scenario, plan)
    ask, opening = "Could you send me the draft by Thursday?", [scenario.opening_line]
    agreed = update(Move.REQUEST, trust=60)
    planning = agreed.model_copy(
        update={"state": agreed.state.model_copy(update={"phase": Phase.PLANNING})}
    )
    assert plan.commitments[0] in OfflineCounterpart(planned, 3).reply(planning, ask, opening)
    assert plan.commitments[0] not in OfflineCounterpart(planned, 3).reply(agreed, ask, opening)


def test_a_plan_gets_ideas_an_obstacle_then_agreement_and_a_commitment(scenario: Scenario) -> None:
    plan = PlanLines(
        ideas=["Maybe I could start the report on Wednesday."],
        obstacles=["The trouble is Wednesday is clinic day."],
        commitments=["I'll draft it on Wednesday night and send it Thursday."],
    )
    planned = with_plan(scenario, plan)
    counterpart = OfflineCounterpart(planned, seed=1)
    history = [planned.opening_line]
    for move, text in [
        (Move.PLAN_INVITE, "What could help?"),
        (Move.PLAN_PROPOSAL, "How about we move the deadline to Monday?"),
        (Move.PLAN_PROPOSAL, "Let's try Monday for a month."),
        (Move.COMMIT_INVITE, "What will you do first?"),
    ]:
        history.append(counterpart.reply(update(move), text, history))
    idea, obstacle, agreed, committed = history[1:]
    assert idea == plan.ideas[0]
    assert obstacle == f"Maybe. {plan.obstacles[0]}"
    assert agreed in offline_lines().plan_agree
    assert committed == plan.commitments[0]


def test_judgment_advice_and_formulas_get_nothing_new(scenario: Scenario) -> None:
    material = scenario.material
    assert reply(scenario, Move.JUDGMENT, "You're lazy.") in material.withdrawals
    assert reply(scenario, Move.ADVICE, "You should use a planner.") in material.deflections
    first = reply(scenario, Move.STOCK_PHRASE, "I hear you.")
    again = reply(scenario, Move.STOCK_PHRASE, "I hear you.", formulas=3)
    assert first in [*material.fillers, *material.acknowledgements]
    assert again in offline_lines().repeated_formula


def test_small_talk_and_goodbyes_are_short_and_fitting(scenario: Scenario) -> None:
    lines = offline_lines()
    assert reply(scenario, Move.SMALL_TALK, "Sorry I'm late!") in lines.small_talk["sorry"]
    warm = reply(scenario, Move.SMALL_TALK, "Is it always this warm in here?")
    assert warm in lines.small_talk["weather"]
    game = "Sorry, unrelated, but did you see the Mud Hens game last night?"
    assert reply(scenario, Move.SMALL_TALK, game) in lines.small_talk["sport"]
    # cold water is no weather
    assert (
        reply(scenario, Move.SMALL_TALK, "There's cold water in the fridge.")
        not in (lines.small_talk["weather"])
    )
    assert reply(scenario, Move.CLOSING, "Thanks for your time. See you Friday.") in lines.closings


def test_an_earned_disclosure_is_said_verbatim(scenario: Scenario) -> None:
    answer = reply(scenario, Move.OPEN_QUESTION, "What's going on at home?", newly=("family",))
    assert scenario.disclosure("family").text in answer


def test_what_a_goodbye_brings_out_is_said_before_the_goodbye(scenario: Scenario) -> None:
    lines = offline_lines()
    answer = reply(scenario, Move.CLOSING, "Thanks. See you Friday.", newly=("family",))
    told = scenario.disclosure("family").text
    opener = next(line for line in lines.doorknob if answer.startswith(line))
    goodbye = answer[len(opener) :].replace(told, "", 1).strip()
    assert told in answer and goodbye in lines.closings


# --- never repeated --------------------------------------------------------------------


def test_a_disclosure_the_history_already_holds_is_not_told_again(scenario: Scenario) -> None:
    told = scenario.disclosure("family").text
    history = [scenario.opening_line, f"Can I be honest? {told}"]
    for move in (Move.OPEN_QUESTION, Move.REFLECTION, Move.YES_NO_QUESTION):
        answer = reply(scenario, move, "What's going on at home?", history, newly=("family",))
        assert told not in answer and answer, (move, answer)


def test_two_hundred_turns_of_mixed_moves_never_repeat_a_reply(scenario: Scenario) -> None:
    moves = random.Random(7).choices(list(Move), k=200)
    texts = ["Did you finish it?", "What's the deadline like?", "I hear you.", "So, the hours?"]
    counterpart = OfflineCounterpart(scenario, seed=2)
    history = [scenario.opening_line]
    for i, move in enumerate(moves):
        history.append(counterpart.reply(update(move), texts[i % len(texts)], history))
    assert len(set(history)) == len(history)


@pytest.mark.parametrize("move", list(Move))
def test_sixty_turns_of_one_move_never_repeat(scenario: Scenario, move: Move) -> None:
    replies = session(scenario, [move] * 60)
    assert len(set(replies)) == 60
    assert scenario.opening_line not in replies


def test_lines_already_in_history_are_not_used(scenario: Scenario) -> None:
    withdrawals = scenario.material.withdrawals
    counterpart = OfflineCounterpart(scenario)
    history = [scenario.opening_line, *withdrawals[:-1]]
    assert counterpart.reply(update(Move.JUDGMENT), "x", history) == withdrawals[-1]


# --- variety and determinism ----------------------------------------------------------


def test_same_seed_same_session(scenario: Scenario) -> None:
    moves = random.Random(1).choices(list(Move), k=30)
    assert session(scenario, moves, seed=5) == session(scenario, moves, seed=5)


def test_seeds_vary_the_choice(scenario: Scenario) -> None:
    firsts = {session(scenario, [Move.REFLECTION], text="x", seed=s)[0] for s in range(20)}
    assert len(firsts) > 3


def test_consecutive_replies_alternate_first_words_when_they_can(scenario: Scenario) -> None:
    tail = "and it has been like that for weeks now, every single evening, whatever I try."
    starts = ["I tried.", "I waited.", "I asked.", "You know.", "You see.", "You guessed."]
    lines = [f"{start} It never changes, {tail}" for start in starts]
    material = scenario.material.model_copy(update={"elaborations": lines, "topics": []})
    varied = scenario.model_copy(update={"material": material})
    for seed in range(10):
        replies = session(varied, [Move.REFLECTION] * 6, text="x", seed=seed)
        assert sorted(replies) == sorted(lines)
        assert all(first_word(a) != first_word(b) for a, b in pairwise(replies))


# --- shipped lines ----------------------------------------------------------------------


def test_shipped_fallbacks_are_many_and_distinct() -> None:
    lines = offline_lines()
    assert len(set(lines.fallbacks)) == len(lines.fallbacks) >= 12
    assert len(set(lines.bridges)) == len(lines.bridges)


def test_fallback_lines_need_twelve() -> None:
    shipped = offline_lines().model_dump()
    with pytest.raises(ValidationError):
        OfflineLines.model_validate({**shipped, "fallbacks": ["Hm."] * 11})


def test_a_question_about_something_is_answered_before_what_it_unlocked(scenario: Scenario) -> None:
    answer = reply(
        scenario, Move.TOPIC_QUESTION, "When is the deadline, exactly?", newly=("family",)
    )
    family = scenario.disclosure("family").text
    assert family in answer and not answer.startswith(family)
    assert "deadline" in answer.lower().split(family.lower())[0]


def test_how_long_is_answered_by_a_time_not_by_the_word_long() -> None:
    # "long" in "How long...?" is the kind of fact asked for, not a word of the thing asked about
    score = aboutness("How long have you been at Northvale?", "", set(), {})
    assert score("Long term, I'd like to lead a modelling team.") == 0
    assert score("About three years at Northvale. Since the grant started.") > 0


def test_a_question_no_line_shares_a_word_with_is_answered_by_the_fact_it_asks_for(
    scenario: Scenario,
) -> None:
    # nothing authored names the Thornbury account; of the short answers, one gives a time
    answers = topic_answers(scenario, "How long have you been on the Thornbury account?")
    assert set(answers) == {"About six weeks."}
    # not a time for someone else, nor a count: "Twice, I think." would be made up
    for other in ("How long has Leon kept the spreadsheets?", "How many spreadsheets do you keep?"):
        assert not {"About six weeks.", "Twice, I think."} & set(topic_answers(scenario, other))


def test_how_long_they_have_been_somewhere_is_answered_by_a_span_of_time(
    scenario: Scenario,
) -> None:
    # from counterpart-103: "How long have you been in the ... team?" was answered by the line
    # sharing most of its words ("I'm an analyst in the reporting team."), which gives no span
    team = with_lines(
        scenario,
        short_answers=("I'm an analyst in the client reporting team.", "About four years now."),
    )
    for answer in topic_answers(team, "How long have you been in the client reporting team?"):
        assert answer.startswith(("About four years", "About six weeks")), answer
    # not how long something takes: that is no question of how long they have been anywhere
    for answer in topic_answers(team, "How long does the client reporting take you?"):
        assert not answer.startswith(("About four years", "About six weeks")), answer


def test_how_much_later_something_is_is_answered_by_the_gap(scenario: Scenario) -> None:
    # from counterpart-120: "How much later is the new date than the one Halvorsen had?" was
    # answered by the line most about Halvorsen and the new date, which gives no gap
    dated = with_lines(
        scenario,
        short_answers=("The new date for the Halvorsen report is the ninth.", "Three weeks."),
    )
    later = "How much later is the new date than the one Halvorsen had?"
    for answer in topic_answers(dated, later):
        assert answer.startswith(("Three weeks", "About six weeks")), answer
    # a line found that gives a span already answers it
    spanned = with_lines(scenario, short_answers=("The Halvorsen date moved by three weeks.",))
    for answer in topic_answers(spanned, "How much later is the Halvorsen date?"):
        assert answer.startswith("The Halvorsen date moved"), answer
