"""The library of evidence detectors a rubric item can name (pure).

A detector reads each learner turn with its context (the coder's acts and anchor, the words
themselves, and what the counterpart said before and after) and returns the learner turns
that are evidence of one thing. A scenario's rubric item lists the detectors whose evidence
counts for it (``evidence:`` in the YAML); its score and its quotes come only from the turns
they return. ``target`` is how many such turns earn full marks for that detector.

| detector | evidence |
| --- | --- |
| exploration | open questions and anchored reflections that invite more (not formulas) |
| reflection | reflections and summaries that pick up what the counterpart said |
| perspective_sought | questions asking for the other's view or experience |
| summary_checked | a summary that ends by checking it (or the counterpart confirms it) |
| feedback_specific | a concrete observation: what was said or done, when or where |
| impact_named | the effect of what happened, on people or on the speaker |
| boundary_stated | a limit said plainly ("not after nine", "what I can offer is...") |
| boundary_held | the limit said again after the counterpart pushed back, without giving in |
| ownership | the learner owns their own part (an apology or "that's on me") |
| power_named | the learner names the power in the relationship (two hats, the committee) |
| confidentiality | the learner says what stays between them |
| expectations_explored | questions about what the other hopes for or needs |
| affirmation | credit for a specific strength or effort of the other (not flattery) |
| warmth | empathy or credit that picks up what the counterpart said |
| self_shared | a brief word about oneself that relates to what the counterpart said or asked |
| next_step_agreed | a concrete next step proposed or asked for, which the counterpart agrees to |
| specific_ask | (mentee) an explicit, concrete ask: who, what, when |
| context_given | (mentee) the situation explained in the first two turns, not only the ask |
| tried_already | (mentee) what they have already tried |
| answer_heard | (mentee) the mentor's answer said back or checked, not argued with |
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from coach.coder.questions import questions
from coach.critique import asking_cues, cues, defending_cues, reactions, story_cues
from coach.critique.asking import answer_heard, context_given, specific_ask, tried_already
from coach.critique.evidence import CodedSession, sentences
from coach.critique.next_step import next_step_agreed
from coach.critique.saying_back import LISTENING, said_back
from coach.critique.summaries import summary_checked
from coach.critique.turns import asked_about_me, says, turns_where
from coach.models import Act

Finder = Callable[[CodedSession], list[int]]
BRIEF_SELF_WORDS = 40  # a word about oneself this short is warmth, not a story


@dataclass(frozen=True)
class Detector:
    find: Finder
    target: int  # turns of evidence that earn full marks


def exploration(session: CodedSession) -> list[int]:
    """Open questions and reflections that invite the other to say more; not a question that
    only asks to be told what to do ("What should I say? Just tell me."), which hands the
    problem over rather than drawing the other out."""

    def explores(t: int) -> bool:
        real = bool(questions(session.text(t)))  # not a tag: "...you speak up. Deal?"
        if defending_cues.defends(session.text(t)):  # an argument draws nobody out
            return False
        asks = session.engaged(t, Act.OPEN_QUESTION) and real and not _asks_only_what_to_do(t)
        return asks or (session.anchored(t) and session.engaged(t, *LISTENING))

    def _asks_only_what_to_do(t: int) -> bool:
        asked = questions(session.text(t))
        return bool(asked) and all(asking_cues.PLEA.search(q.text) for q in asked)

    return turns_where(session, explores)


def reflection(session: CodedSession) -> list[int]:
    """Turns that say back what the counterpart said (coach.critique.saying_back)."""
    return turns_where(session, lambda t: said_back(session, t))


def perspective_sought(session: CodedSession) -> list[int]:
    return turns_where(
        session,
        lambda t: session.engaged(t, Act.OPEN_QUESTION) and says(session, t, cues.PERSPECTIVE),
    )


def feedback_specific(session: CodedSession) -> list[int]:
    def specific(t: int) -> bool:
        coded = session.coding(t)
        if coded.has(Act.JUDGMENT):
            return False
        if coded.has(Act.STOCK_PHRASE) and not session.anchored(t):
            return False  # a formula, however particular its words
        if says(session, t, story_cues.SELF_STORY) and not says(session, t, cues.SPECIFIC):
            return False  # "When I was your age I had to learn all this the hard way too."
        return coded.has(Act.I_STATEMENT) or says(session, t, cues.SPECIFIC)

    return turns_where(session, specific)


def impact_named(session: CodedSession) -> list[int]:
    return turns_where(
        session,
        lambda t: (
            not session.coding(t).has(Act.JUDGMENT)
            and (session.coding(t).has(Act.I_STATEMENT) or says(session, t, cues.IMPACT))
        ),
    )


def boundary_stated(session: CodedSession) -> list[int]:
    return turns_where(
        session,
        lambda t: (
            not session.coding(t).has(Act.JUDGMENT)
            and says(session, t, cues.BOUNDARY)
            and not says(session, t, cues.CAPITULATE)
        ),
    )


def boundary_held(session: CodedSession) -> list[int]:
    stated = boundary_stated(session)
    if not stated:
        return []
    first = stated[0]

    def held(t: int) -> bool:
        pushed = reactions.PUSHBACK.search(session.previous_counterpart(t) or "")
        return t > first and bool(pushed) and t in stated

    return turns_where(session, held)


def ownership(session: CodedSession) -> list[int]:
    return turns_where(
        session,
        lambda t: session.coding(t).has(Act.APOLOGY) or says(session, t, cues.OWNERSHIP),
    )


def power_named(session: CodedSession) -> list[int]:
    return turns_where(session, lambda t: says(session, t, cues.POWER))


def confidentiality(session: CodedSession) -> list[int]:
    return turns_where(session, lambda t: says(session, t, cues.CONFIDENTIAL))


def expectations_explored(session: CodedSession) -> list[int]:
    """Turns asking what they hope for: read as a question, or with a question that asks it
    ("...Before we fix the rhythm, though, what are you hoping those thirty minutes would do
    for you?")."""

    def asks(t: int) -> bool:
        if session.coding(t).has(Act.OPEN_QUESTION, Act.CLOSED_QUESTION):
            return says(session, t, cues.EXPECTATIONS)
        asked = [s for s in sentences(session.text(t)) if s.rstrip().endswith("?")]
        return any(cues.EXPECTATIONS.search(s) for s in asked)

    return turns_where(session, asks)


def affirmation(session: CodedSession) -> list[int]:
    return turns_where(
        session, lambda t: session.anchored(t) and session.engaged(t, Act.AFFIRMATION)
    )


def warmth(session: CodedSession) -> list[int]:
    def warm(t: int) -> bool:
        if session.coding(t).has(Act.JUDGMENT):
            return False
        return session.anchored(t) and session.engaged(t, Act.AFFIRMATION, Act.REFLECTION)

    return turns_where(session, warm)


def self_shared(session: CodedSession) -> list[int]:
    """A brief word about oneself that relates to what the counterpart said: it picks up their
    words, or answers their question about the learner."""

    def shares(t: int) -> bool:
        coded = session.coding(t)
        if coded.has(Act.JUDGMENT, Act.ADVICE) or not coded.has(Act.SELF_DISCLOSURE):
            return False
        said = session.previous_counterpart(t) or ""
        asked = "?" in said
        # (longer when they asked about the learner: "What do you actually get out of this?")
        about_me = asked_about_me(said)
        limit = BRIEF_SELF_WORDS * (3 if about_me else 2)
        return coded.features.words <= limit and (session.anchored(t) or asked)

    return turns_where(session, shares)


DETECTORS: dict[str, Detector] = {
    "exploration": Detector(exploration, 3),
    "reflection": Detector(reflection, 2),
    "perspective_sought": Detector(perspective_sought, 2),
    "summary_checked": Detector(summary_checked, 1),
    "feedback_specific": Detector(feedback_specific, 1),
    "impact_named": Detector(impact_named, 1),
    "boundary_stated": Detector(boundary_stated, 1),
    "boundary_held": Detector(boundary_held, 1),
    "ownership": Detector(ownership, 1),
    "power_named": Detector(power_named, 1),
    "confidentiality": Detector(confidentiality, 1),
    "expectations_explored": Detector(expectations_explored, 1),
    "affirmation": Detector(affirmation, 1),
    "warmth": Detector(warmth, 2),
    "self_shared": Detector(self_shared, 1),
    "next_step_agreed": Detector(next_step_agreed, 1),
    "specific_ask": Detector(specific_ask, 1),
    "context_given": Detector(context_given, 1),
    "tried_already": Detector(tried_already, 1),
    "answer_heard": Detector(answer_heard, 2),
}
DETECTOR_NAMES = tuple(DETECTORS)
