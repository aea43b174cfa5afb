"""The trained move reader: its features, its arithmetic, and the shipped weights at work."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from coach.coder.skills import code_turn
from coach.models import Act, LearnerRole, Move
from coach.practice.move_model import (
    CONFIDENCE_WEIGHT,
    LETTERS_WEIGHT,
    RULE_WEIGHT,
    SURE,
    UNLABELLED,
    MoveModel,
    load_model,
    move_features,
    read_move,
    shipped_model,
)
from coach.practice.moves import classify

MENTOR = LearnerRole.MENTOR


def _length(features: dict[str, float], prefixes: tuple[str, ...]) -> float:
    return math.sqrt(sum(v * v for k, v in features.items() if k.startswith(prefixes)))


def test_features_come_in_blocks_of_words_letters_and_the_coders_confidence() -> None:
    found = move_features(
        "Was Margit there? Did she agree?", MENTOR, 7, Move.YES_NO_QUESTION, {Act.OTHER: 0.5}
    )
    words = ("w:", "l:", "s:", "stage:", "role:", "rule:")
    assert math.isclose(_length(found, words), 1.0)
    assert math.isclose(_length(found, ("c:",)), LETTERS_WEIGHT)
    assert {"stage:late", "role:mentor", "rule:yes_no_question"} <= set(found)
    assert "l:did_she" in found and "s:was_margit" in found and "w:?" in found
    assert "c:marg" in found and "c: did" in found  # letters four at a time, words padded
    assert found["rule:yes_no_question"] == pytest.approx(RULE_WEIGHT * found["stage:late"])
    assert found["conf:other"] == pytest.approx(CONFIDENCE_WEIGHT * 0.5)


def _toy() -> MoveModel:
    return MoveModel.from_weights(
        moves=(Move.OFFER, Move.REQUEST),
        intercepts=(0.0, 0.1),
        weights={"w:help": ((0, 2.0),), "w:please": ((1, 2.0),), "rule:statement": ((0, 9.0),)},
    )


def test_the_most_probable_move_wins_and_the_file_round_trips(tmp_path: Path) -> None:
    model = _toy()
    assert model.read({"w:help": 1.0}) is Move.OFFER
    assert model.read({"w:please": 1.0}) is Move.REQUEST
    assert model.read({}) is Move.REQUEST  # the intercepts alone
    chances = model.probabilities({"w:help": 1.0})
    assert math.isclose(sum(chances.values()), 1.0)
    assert chances[Move.OFFER] == pytest.approx(1 / (1 + math.exp(0.1 - 2.0)))
    model.save(tmp_path / "moves.npz")
    again = load_model(tmp_path / "moves.npz")
    assert again.moves == model.moves and again.names == model.names
    assert again.probabilities({"w:help": 0.7}) == pytest.approx(
        model.probabilities({"w:help": 0.7})
    )


def test_a_formula_with_no_word_of_its_own_stays_a_formula() -> None:
    """A model sure of an open question cannot make "Tell me more." one; with a word of the
    matter in it ("Tell me more about the audit."), it can."""
    asking = MoveModel.from_weights(
        moves=(Move.OPEN_QUESTION, Move.STOCK_PHRASE),
        intercepts=(5.0, 0.0),
        weights={},
    )
    bare = read_move("Tell me more.", LearnerRole.MENTOR, 3, Move.STOCK_PHRASE, model=asking)
    about = "Tell me more about the audit."
    assert bare is Move.STOCK_PHRASE
    assert read_move(about, LearnerRole.MENTOR, 3, Move.STOCK_PHRASE, model=asking) is (
        Move.OPEN_QUESTION
    )


@pytest.mark.parametrize("rule", UNLABELLED)
def test_moves_the_cases_never_teach_stay_with_the_rules_unless_the_model_is_sure(
    rule: Move,
) -> None:
    assert read_move("I finished the report yesterday.", MENTOR, 3, rule) is rule
    toy = _toy()  # sure that what the rules call a statement is an offer; unsure otherwise
    sure = toy.probabilities(move_features("okay", MENTOR, 3, rule))[Move.OFFER] >= SURE
    assert sure is (rule is Move.STATEMENT)
    assert read_move("okay", MENTOR, 3, rule, model=toy) is (Move.OFFER if sure else rule)


def test_the_shipped_model_reads_what_the_rules_missed() -> None:
    assert shipped_model() is not None
    # The rules read a yes/no question; it asks them to do something (a training case).
    text = "Could you write down, for next time, how you'd want feedback from me? Like a format."
    assert read_move(text, MENTOR, 5, Move.YES_NO_QUESTION) is Move.REQUEST
    assert read_move("Was Margit there?", MENTOR, 3, Move.YES_NO_QUESTION) is Move.YES_NO_QUESTION


def test_no_goodbye_is_read_in_the_learners_first_turn() -> None:
    toy = MoveModel.from_weights(
        moves=(Move.CLOSING, Move.OFFER), intercepts=(5.0, 0.0), weights={}
    )  # reads a goodbye in anything
    assert read_move("Thanks for coming.", MENTOR, 1, Move.SMALL_TALK, model=toy) is Move.SMALL_TALK
    assert read_move("Thanks for coming.", MENTOR, 6, Move.SMALL_TALK, model=toy) is Move.CLOSING


def test_a_yes_no_question_the_model_takes_for_a_topic_is_still_answered_yes_or_no() -> None:
    toy = MoveModel.from_weights(
        moves=(Move.TOPIC_QUESTION, Move.YES_NO_QUESTION), intercepts=(5.0, 0.0), weights={}
    )  # reads a question about a topic in anything
    asked = "Was it Denise who put your name down for this programme?"
    assert read_move(asked, MENTOR, 3, Move.YES_NO_QUESTION, model=toy) is Move.YES_NO_QUESTION
    # ... but not where a question opens with a question word, nor where it is a pleasantry
    when = "When did the eight weeks come in? Was that part of the January shake-up?"
    weekend = "How was your weekend? Do anything nice?"
    assert read_move(when, MENTOR, 3, Move.YES_NO_QUESTION, model=toy) is Move.TOPIC_QUESTION
    assert read_move(weekend, MENTOR, 3, Move.YES_NO_QUESTION, model=toy) is Move.TOPIC_QUESTION


def test_a_label_on_someone_stays_the_judgment_the_rules_read() -> None:
    text = (
        "Right. Item three. I'll be blunt: you were rude to the head teacher, and asking for "
        "written agendas makes you look difficult."
    )
    coded = code_turn(text, "Item three. You said it came across as rude.")
    rule = classify(text, coded)
    assert rule is Move.JUDGMENT
    assert all(read_move(text, MENTOR, n, rule, coded.confidence) is rule for n in range(1, 8))


def test_importing_the_persona_does_not_import_numpy() -> None:
    """A page that imports the persona must not race a warm-up thread's first import of numpy
    (a partly initialised numpy broke the first page of a fresh app)."""
    import subprocess
    import sys

    code = "import sys, coach.practice.persona; print('numpy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_a_turn_with_no_word_to_read_keeps_the_rules_move() -> None:
    for text in ("x", "?", "k.", "..."):
        assert read_move(text, LearnerRole.MENTOR, 3, Move.REFLECTION, {}) is Move.REFLECTION


def test_blame_put_as_a_question_or_a_motive_stays_a_judgment_however_sure_the_model() -> None:
    asking = MoveModel.from_weights(
        moves=(Move.OPEN_QUESTION, Move.JUDGMENT), intercepts=(5.0, 0.0), weights={}
    )
    for blame in (
        "Why didn't you say something at the time, rather than saving it all up?",
        "Honestly, it sounds like you're just protecting yourself.",
    ):
        assert classify(blame, code_turn(blame, "It's been like this a while.")) is Move.JUDGMENT
        assert read_move(blame, MENTOR, 3, Move.JUDGMENT, model=asking) is Move.JUDGMENT
    asked = "Why didn't you say something?"
    assert read_move(asked, MENTOR, 3, Move.JUDGMENT, model=asking) is Move.OPEN_QUESTION


def test_a_recap_by_its_opener_stays_a_summary_however_like_a_plan_it_reads() -> None:
    """ "So here's where we are: ..." gathers what was agreed; a model that reads the plan in
    it cannot make it a proposal to answer "That works for me." (a toy sure of a proposal)."""
    toy = MoveModel.from_weights(
        moves=(Move.PLAN_PROPOSAL, Move.SUMMARY), intercepts=(5.0, 0.0), weights={}
    )
    recap = (
        "So here's where we are: in May we agreed you'd draft the outline, neither has "
        "happened yet, and you called off our July meeting."
    )
    assert classify(recap, code_turn(recap)) is Move.SUMMARY
    assert read_move(recap, MENTOR, 5, Move.SUMMARY, model=toy) is Move.SUMMARY
    deal = "So the deal is: I start a survey chapter this spring, and we set a stop date today."
    assert classify(deal, code_turn(deal)) is Move.SUMMARY
    # a proposal the rules read as one is still the model's to read
    offer = "Here's a thought: I could send you the draft by Friday."
    assert read_move(offer, MENTOR, 5, Move.SUMMARY, model=toy) is Move.PLAN_PROPOSAL


def test_an_accusation_at_the_listener_is_a_judgment_whatever_the_model_reads() -> None:
    """From counterpart-193 (measured once unseen first): "You're still holding Harlow over
    me." and "it sounds like you're more worried about your grant numbers than about me" put
    the blame on the listener, however like a reflection they open (a toy sure of one)."""
    toy = MoveModel.from_weights(
        moves=(Move.REFLECTION, Move.JUDGMENT), intercepts=(5.0, 0.0), weights={}
    )
    for text in (
        "You're still holding Harlow over me. Jess was on leave, and it wasn't my fault.",
        "To be honest, it sounds like you're more worried about your grant numbers than about me.",
        # (from counterpart-197, measured once unseen first)
        "See, this is what I was afraid of. You're guilt-tripping me with my own patients.",
        "Sounds like you've got a bit of a chip on your shoulder about not being asked.",
    ):
        rule = classify(text, code_turn(text), LearnerRole.MENTEE)
        assert rule is Move.JUDGMENT
        assert read_move(text, LearnerRole.MENTEE, 5, rule, model=toy) is Move.JUDGMENT
    said_back = "So you're more worried about the audit than about the panel."
    assert classify(said_back, code_turn(said_back)) is not Move.JUDGMENT
