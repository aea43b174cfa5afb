"""From counterpart-164's and -165's misses: a saying, however it opens ("Honestly? What doesn't
kill you makes you stronger.", "Everyone struggles in their first year. It gets easier, I
promise."), is a formula, not a question the move model reads into it nor a reflection for
the words it shares with what was said; "that was you going rogue" is a judgment."""

from __future__ import annotations

from coach.coder.skills import code_turn
from coach.models import Difficulty, LearnerRole, Move
from coach.practice.move_model import read_move
from coach.practice.persona import initial_state, step
from coach.scenarios.library import ScenarioLibrary
from tests.practice.updates import move_read


def test_a_saying_that_opens_like_a_question_is_a_formula() -> None:
    context = "Okay. That's a clean ask. So where do you want to start?"
    said = "Honestly? What doesn't kill you makes you stronger."
    assert move_read(said, LearnerRole.MENTEE, context) is Move.STOCK_PHRASE
    asked = "Honestly? What would make Thursday easier for you?"
    assert move_read(asked, LearnerRole.MENTEE, context) is not Move.STOCK_PHRASE


def test_a_saying_that_shares_their_words_is_still_a_formula() -> None:
    scenario = ScenarioLibrary().get("setting-boundaries")
    said = [
        scenario.opening_line,
        "Oh. Right. Okay! Totally fine. Sorry. I'll stop.",
        "Fine! Honestly. It's just first year, isn't it. Everyone says it's the hardest.",
    ]
    text = "It gets easier, I promise. Everyone's first year is like this."
    state = initial_state(scenario, Difficulty.HARD)
    update = step(scenario, Difficulty.HARD, state, code_turn(text, said[-1]), text, said)
    assert update.move is Move.STOCK_PHRASE
    heard = "So it's your first year, and you're wondering whether everyone finds it this hard."
    update = step(scenario, Difficulty.HARD, state, code_turn(heard, said[-1]), heard, said)
    assert update.move is not Move.STOCK_PHRASE


def test_going_rogue_is_a_judgment() -> None:
    context = "I did copy you in. I wasn't hiding anything from you."
    verdict = (
        "Even so, giving a client a new date without a word to me first: that was you going rogue."
    )
    coded = code_turn(verdict, context)
    assert read_move(verdict, LearnerRole.MENTOR, 3, Move.JUDGMENT, coded.confidence) is (
        Move.JUDGMENT
    )
    assert move_read(verdict, LearnerRole.MENTOR, context) is Move.JUDGMENT
