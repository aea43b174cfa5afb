"""From the goods of expert-75 and expert-76 falsely flagged: a short thank-you beside
sentences of one's own is courtesy, not a formula; a story told when the counterpart asked
("You ever work a line?") or ending "So I wonder what it's been like..." hands the floor back;
"I'd email you my question the evening before" puts a step that "Yes to all three" takes up;
one's own end of a limit ("Neither's good for me") met with "Sorry, I'll stop" is no put-down;
and "Lonely is a big word. But yes." grants the word."""

from __future__ import annotations

from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds as kinds

K = FlawKind


def test_a_short_thank_you_beside_sentences_of_ones_own_is_no_formula() -> None:
    lines = [
        "Product's going to be restructured. I might not be in this job come the summer.",
        "Thank you for telling me. I'll make sure Thursday doesn't depend on you.",
        "Good.",
        "Thank you for telling me. Everything happens for a reason.",
        "Hm.",
        "Thanks. Every cloud has a silver lining.",
        "Right.",
    ]
    assert K.STOCK_PHRASES in kinds(*lines)
    assert kinds(*lines)[K.STOCK_PHRASES] == (3, 5)


def test_a_story_asked_for_or_ending_in_a_wondering_is_no_self_focus() -> None:
    asked = [
        "Nozzle thermocouple. It's lying. You ever work a line?",
        "Never. Closest I got was picking orders on nights my first year at the depot, and when "
        "they made me manager I spent months hiding in the office doing rotas, because I didn't "
        "know how to walk past people I used to eat lunch with.",
        "Hm. Yeah.",
    ]
    assert K.SELF_FOCUS not in kinds(*asked)
    unasked = [asked[0].replace(" You ever work a line?", ""), *asked[1:]]
    assert K.SELF_FOCUS in kinds(*unasked)
    wondered = [
        "Uneasy is fair. Yes.",
        "In my own partnership year my mentor also sat on the panel, and I never once told him "
        "my father was in and out of hospital that spring. I brought him the highlights every "
        "month. So I wonder what it's been like, these eighteen months, bringing things to me.",
        "Ha. I never know which of you I'm talking to.",
    ]
    assert K.SELF_FOCUS not in kinds(*wondered)


def test_yes_to_the_step_they_would_take_agrees_a_step() -> None:
    lines = [
        "Hi. I wanted to talk about how the sessions go.",
        "Please, go ahead. I'm listening.",
        "The hour keeps turning into your stories.",
        "That's fair. What else?",
        "You jump in with answers before I've finished.",
        "So the hour becomes mine, and my answers crowd yours out.",
        "Yes.",
        "What would you like to be different from next month?",
        "Could the first half be mine? I'd email you my question the evening before.",
        "Yes to that. The first half is yours and your question comes the evening before.",
        "Thank you. I'll send the topic on Monday.",
    ]
    assert K.NO_NEXT_STEP not in kinds(*lines)


def test_a_limit_of_ones_own_and_a_word_granted_are_no_put_downs() -> None:
    limit = [
        "I'm usually still at the desk at one, and I hit send when it's done.",
        "Can I be honest about my end too? When my phone goes at half eleven I lie awake "
        "thinking about your lesson. Neither's good for me.",
        "No, totally! God, I'm so sorry. I'll stop.",
    ]
    assert K.JUDGMENT not in kinds(*limit)
    granted = [
        "I opened a document, typed a title, and stared at the screen.",
        "That sounds like a lonely place to be stuck, a title and nobody to check it with.",
        "Lonely is a big word. But yes.",
    ]
    assert K.JUDGMENT not in kinds(*granted)
