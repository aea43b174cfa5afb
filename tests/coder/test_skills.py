"""The skill coder on turns written for these tests (not from its corpus), in context."""

from __future__ import annotations

import pytest

from coach.coder.skills import _consistent, code_turn, code_turns
from coach.models import Act

CASES = [
    ("What was the meeting like for you?", "It was a long meeting.", {Act.OPEN_QUESTION}),
    ("Did you send the minutes to Priya?", "I wrote up the minutes.", {Act.CLOSED_QUESTION}),
    (
        "So you stayed late every night to get the tender out on time.",
        "I stayed late every night that week so the tender went out on time.",
        {Act.REFLECTION},
    ),
    ("I hear you. That must be so hard.", "They moved my shift again.", {Act.STOCK_PHRASE}),
    (
        "You should have told me before the client did.",
        "The client rang you first.",
        {Act.JUDGMENT},
    ),
    (
        "Could you send me the revised budget by Friday?",
        "I'm still working on the budget.",
        {Act.REQUEST},
    ),
    ("I'm so sorry, that was my mistake.", "You went over my head.", {Act.APOLOGY}),
]


@pytest.mark.parametrize(("text", "context", "acts"), CASES, ids=[c[0][:30] for c in CASES])
def test_clear_turns_are_coded_as_the_codebook_says(
    text: str, context: str, acts: set[Act]
) -> None:
    assert set(code_turn(text, context).acts) == acts


def test_the_anchor_names_what_the_turn_picked_up() -> None:
    context = "I argued in the meeting because I wanted to protect the design."
    anchored = code_turn("You were protecting a design you care about.", context)
    formula = code_turn("It sounds like there's a lot going on for you.", context)
    assert anchored.anchor.words == ["protecting", "design"] and anchored.anchor.score > 0.5
    assert formula.anchor.words == [] and formula.anchor.score == 0.0
    assert Act.REFLECTION in anchored.acts


def test_a_summary_with_its_check_is_not_stacked_questions() -> None:
    summary = code_turn(
        "So the deadline moved, Tom went quiet and you ended up doing both jobs. "
        "Have I got that right?",
        "The deadline moved, Tom stopped answering, and I did his part and mine.",
    )
    stacked = code_turn("What happened? Who did you tell? Why not Tom?", "It went wrong.")
    assert not summary.features.stacked_questions
    assert stacked.features.stacked_questions and stacked.features.questions == 3


def test_the_codebook_conventions_hold_whatever_the_model_says() -> None:
    p = dict.fromkeys(Act, 0.1) | {Act.OTHER: 0.9}
    assert _consistent([Act.SUMMARY, Act.REFLECTION], p) == [Act.SUMMARY]
    assert _consistent([Act.OTHER, Act.ADVICE], p) == [Act.ADVICE]
    assert _consistent([], p) == [Act.OTHER]  # never empty: the likeliest act


def test_a_turn_falls_back_on_a_judgment_only_when_the_model_leans_to_it() -> None:
    faint = dict.fromkeys(Act, 0.01) | {Act.JUDGMENT: 0.12, Act.INFORMATION: 0.08}
    leaning = faint | {Act.JUDGMENT: 0.35}
    assert _consistent([], faint) == [Act.INFORMATION]
    assert _consistent([], leaning) == [Act.JUDGMENT]


def test_a_check_on_a_detail_is_not_read_as_a_judgment() -> None:
    # No act passes its threshold here, and the model leans faintly towards judgment.
    coded = code_turn("Perfect. And Alder Street, this is closed, yes? So we don't open it again.")
    assert Act.JUDGMENT not in coded.acts


def test_code_turns_pairs_each_turn_with_its_context() -> None:
    coded = code_turns(
        ["You were protecting the design."] * 2, ["I wanted to protect the design.", None]
    )
    assert coded[0].anchor.words and not coded[1].anchor.words
    with pytest.raises(ValueError):
        code_turns(["one", "two"], ["only one context"])


@pytest.mark.parametrize(
    "text",
    [
        "I appreciate the effort, but you always leave it to the last minute.",
        "Thanks for coming. Did you ever stop and think how that sounds to her?",
        "It's always 'just banter' with you lot, isn't it.",
    ],
)
def test_a_blaming_form_is_a_judgment_whatever_warm_words_surround_it(text: str) -> None:
    acts = code_turn(text, "I didn't think it would matter this much.").acts
    assert Act.JUDGMENT in acts
    assert Act.AFFIRMATION not in acts


@pytest.mark.parametrize(
    "text",
    [
        "Honestly, it kind of sounds like you're trying to guilt me into staying.",
        "I think you saw a chance to grab the Halvorsen account and took it.",
        "Sounds like you don't really trust your guys to do it without you.",
        "Hm. That sounds like covering yourself, to be honest.",
    ],
)
def test_a_motive_imputed_to_the_listener_is_a_judgment(text: str) -> None:
    assert Act.JUDGMENT in code_turn(text, "We'd be two down in June if you went.").acts


def test_a_good_motive_said_back_is_not_a_judgment() -> None:
    acts = code_turn("So you saw a chance to help and took it.", "I covered her patients.").acts
    assert Act.JUDGMENT not in acts


def test_distrust_they_told_said_back_is_not_a_judgment() -> None:
    said = "Last time I told a mentor things, they ended up in my file."
    acts = code_turn("Sounds like you don't really trust where this goes.", said).acts
    assert Act.JUDGMENT not in acts


@pytest.mark.parametrize(
    "text",
    [
        "And on top of that, Marcus, who you feel you should have looked out for better.",
        "So part of the weight is Marcus, and a sense that you feel you should have noticed.",
    ],
)
def test_their_own_regret_said_back_is_not_a_judgment(text: str) -> None:
    said = "Marcus has been off since April and I keep thinking I should have spotted it."
    assert Act.JUDGMENT not in code_turn(text, said).acts


def test_a_regret_put_on_them_is_still_a_judgment() -> None:
    said = "Marcus has been off since April."
    assert Act.JUDGMENT in code_turn("You should have spotted it sooner.", said).acts


def test_a_clause_after_being_is_not_a_trait_put_on_them() -> None:
    said = "I'll be retired in two years. I'm not saying it to keep you."
    heard = "I can hear how careful you're being that it isn't a lever."
    assert Act.JUDGMENT not in code_turn(heard, said).acts
    assert Act.JUDGMENT in code_turn("You're being stubborn about it.", said).acts


def test_sulking_put_on_them_is_a_judgment() -> None:
    said = "I've had lunch at my desk this week."
    put = "People in the studio have noticed you've been sulking since that meeting."
    assert Act.JUDGMENT in code_turn(put, said).acts
    assert Act.JUDGMENT not in code_turn("Nobody thinks you've been sulking.", said).acts
