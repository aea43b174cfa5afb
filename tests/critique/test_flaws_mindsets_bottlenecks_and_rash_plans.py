"""From expert-156's and expert-157's judgment near-misses: someone absent put down ("brought a
debt-collection mindset over", "pretty shambolic on the management side", "a bit hysterical",
"a bit of a bottleneck") and stood up for ("He's not a bad man.", "slagging Graham off", "This
one isn't, actually.", "She isn't hysterical.", "I won't gang up on someone who can't answer
back.", "He's protective, not a bottleneck.") is a judgment; so is their plan weighed
("...does sound a bit rash") and a word of theirs disputed ("'panicking' isn't the word I'd
use"). Tried and dropped: "It's easy to say that from..." as a sting (a scenario answers early
advice so)."""

from __future__ import annotations

from coach.critique import absent_cues, absent_defended, reactions, verdicts
from coach.critique.disputes import rejects_label
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, unmatched
from tests.critique.conversation import flaw_kinds as kinds

K = FlawKind


def test_someone_absent_put_down_and_stood_up_for() -> None:
    assert not unmatched(
        absent_cues.BLAME_ABSENT,
        [
            "Graham's brought a debt-collection mindset over from Birmingham and it shows.",
            "Money advice charities can be pretty shambolic on the management side.",
            "She's been a bit hysterical in her last two messages.",
            "It's just that Gareth's a bit of a bottleneck by nature.",
        ],
    )
    assert not unmatched(
        absent_defended.DEFENDS_ABSENT,
        [
            "He's not a bad man. He's a numbers person.",
            "I don't really want this to turn into slagging Graham off.",
            "This one isn't, actually.",
            "She isn't hysterical. She hates surprises.",
            "Mm. I won't gang up on someone who can't answer back.",
            "He's protective, not a bottleneck.",
        ],
    )
    assert not absent_cues.BLAME_ABSENT.search("The bottleneck is the test rig, not anyone.")
    near_miss = expert_lines("expert-156", "asking-for-help-near_miss.json")
    assert K.JUDGMENT in kinds(*near_miss, role=LearnerRole.MENTEE)


def test_their_plan_weighed_and_their_word_disputed() -> None:
    said = "Taking a four-thousand-pound cut with a mortgage does sound a bit rash, if I'm honest."
    assert verdicts.verdict(said)
    assert not verdicts.verdict("Taking the job sounds exciting, and a bit scary.")
    # (a scenario's own answer to early advice, "That's easy to say from an office.", is no sting)
    assert not reactions.STUNG.search("That's easy to say from an office.")
    panicking = "It slipped, which, honestly, was Marcus panicking."
    assert rejects_label("So 'panicking' isn't the word I'd use.", panicking)
    near_miss = expert_lines("expert-157", "thinking-of-leaving-near_miss.json")
    assert K.JUDGMENT in kinds(*near_miss)
