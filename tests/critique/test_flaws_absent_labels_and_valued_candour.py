"""From expert-158's and expert-159's misses: a mentee's put-downs of people the counterpart
answers "I'm not going to tear Tyler down to build you up.", "She's not a nightmare, she's a
client." or "Let's not put Harlow on Jess." judged them; a reflection of the counterpart's
candour that the learner then values ("...rather than nodding along. I'd rather have that.")
is praise, not a verdict."""

from __future__ import annotations

from coach.critique.disputes import names_blame, rejects_label
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines
from tests.critique.conversation import flaw_kinds as kinds

K = FlawKind
MENTEE = LearnerRole.MENTEE

_OPENING = [
    "Come on in. Your note said you wanted twenty minutes before Thursday. What's up?",
    "I want to run the Dunmore audit as in-charge, and I'm asking you to back me at the panel.",
    "Clear ask. Four of us on the panel, and the signing partner already has someone in mind.",
]


def test_someone_absent_defended_from_a_word_is_judged() -> None:
    lines = [
        *_OPENING,
        "And an owner who thinks an audit's a rubber stamp sounds like she's going to be a "
        "nightmare.",
        "She's run that business thirty years on handshakes. She's not a nightmare, she's a "
        "client.",
    ]
    assert K.JUDGMENT in kinds(*lines, role=MENTEE)
    said = "Honestly, she sounds like she's going to be a nightmare."
    assert rejects_label("She's not a nightmare, she's a client.", said)
    assert not rejects_label("She's not a nightmare, she's a client.", "Is she a client?")


def test_refusing_to_run_someone_down_names_the_blame() -> None:
    assert names_blame("Jess had a baby. Let's not put Harlow on Jess.")
    assert names_blame("Hm. I'm not going to tear Tyler down to build you up.")
    assert not names_blame("Don't put pressure on yourself.")
    assert not names_blame("Let's not put the date on Thursday yet.")
    assert not names_blame("Let's not run ourselves down.")
    near_miss = expert_lines("expert-159", "asking-for-stretch-near_miss.json")
    assert K.JUDGMENT in kinds(*near_miss, role=MENTEE)


def test_candour_said_back_and_valued_is_no_judgment() -> None:
    lines = [
        "This wasn't my idea. Denise wrote my name on the list. I'm just telling you where the "
        "line starts.",
        "So you've been sent to a meeting you didn't ask for, with a stranger from another "
        "site, and you're being straight about it rather than nodding along. I'd rather have "
        "that.",
        "Last time they gave me one of these, it didn't go so great. Let's leave it there.",
    ]
    assert K.JUDGMENT not in kinds(*lines)
    good = expert_lines("expert-158", "building-trust-good.json")
    assert K.JUDGMENT not in kinds(*good)
