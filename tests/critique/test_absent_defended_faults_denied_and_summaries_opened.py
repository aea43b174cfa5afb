"""From expert-166's and -167's misses: someone absent called reckless or out of order, a thing
called playground gossip, a trait put on someone ("she can be prickly") that the counterpart
clears ("She's not prickly.", not a feeling feared for them: "He's not angry."), and a rival
run down ("I don't build a case for one person by tearing down another.") mark a judgment;
"it's hardly my fault" denies a fault and owns none; "Let me summarise." opens a summary."""

from __future__ import annotations

from coach.critique import cues, defending_cues
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds as kinds

K = FlawKind
OPENING = "Thanks for making time. I've brought my notes."
MENTEE = LearnerRole.MENTEE


def test_someone_absent_called_reckless_and_defended_is_a_judgment() -> None:
    said = "So you came with something real. And honestly, a PM who cuts testing is being reckless."
    defended = "Um. He's under a lot of pressure, to be fair to him."
    assert kinds(OPENING, said, defended)[K.JUDGMENT] == (1,)
    assert K.JUDGMENT not in kinds(OPENING, said, "Yes. That's how it felt. What else?")
    gossip = "And whoever carried it back to him was out of order. That's playground gossip."
    assert kinds(OPENING, gossip, "They're my colleagues. I don't really want to blame them.")[
        K.JUDGMENT
    ] == (1,)


def test_a_word_cleared_or_a_rival_kept_out_marks_a_mentees_judgment() -> None:
    prickly = "I'll go see Linda, though she can be prickly with staff, so I'll keep it short."
    found = kinds(
        OPENING, prickly, "She's not prickly. She's busy, and she signs things.", role=MENTEE
    )
    assert found[K.JUDGMENT] == (1,)
    kept_out = "And compared with Tyler, who's fine if you want someone to coast, I'd bring more."
    reply = (
        "Hm. Leave Tyler out of it. I don't build a case for one person by tearing down another."
    )
    assert kinds(OPENING, kept_out, reply, role=MENTEE)[K.JUDGMENT] == (1,)
    assert K.JUDGMENT not in kinds(OPENING, prickly, "Good. Short and factual works.", role=MENTEE)
    feared = "I'm dreading seeing Owen. I think he's angry with me, and he's right to be."
    assert K.JUDGMENT not in kinds(OPENING, feared, "He's not angry. He's waiting.", role=MENTEE)


def test_a_fault_hardly_ones_own_is_denied_not_owned() -> None:
    denied = "And I did everything right with Dale; it's hardly my fault he retired."
    assert defending_cues.defends(denied)
    assert not defending_cues.defends("That part's my fault, and I'll put it right.")


def test_let_me_summarise_opens_a_summary() -> None:
    assert cues.SUMMARY_OPENER.search("Let me summarise. You were told to finish on time.")
    assert cues.SUMMARY_OPENER.search("To summarize, the plan is yours.")
    assert not cues.SUMMARY_OPENER.search("The summary of the consultation is in the pack.")
