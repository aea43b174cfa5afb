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

from coach.coder.questions import is_check, questions
from coach.critique import cues, reactions
from coach.critique.asking import answer_heard, context_given, specific_ask, tried_already
from coach.critique.evidence import CodedSession, first_sentences, sentence_acts, sentences
from coach.critique.turns import says, turns_where
from coach.models import Act

Finder = Callable[[CodedSession], list[int]]
LISTENING = (Act.REFLECTION, Act.SUMMARY)
BRIEF_SELF_WORDS = 40  # a word about oneself this short is warmth, not a story
SUMMARY_WORDS = 25  # a summarising sentence counts in a turn at least this long
UNCHECKED_SUMMARY_WORDS = 45  # without an opener or a check, a summary is at least this long
SUMMARY_GATHERS = 2  # counterpart turns a summary draws on
ACKNOWLEDGEMENT_WORDS = 2


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
        asks = session.engaged(t, Act.OPEN_QUESTION) and real and not _asks_only_what_to_do(t)
        return asks or (session.anchored(t) and session.engaged(t, *LISTENING))

    def _asks_only_what_to_do(t: int) -> bool:
        asked = questions(session.text(t))
        return bool(asked) and all(cues.PLEA.search(q.text) for q in asked)

    return turns_where(session, explores)


def reflection(session: CodedSession) -> list[int]:
    return turns_where(session, lambda t: session.anchored(t) and session.engaged(t, *LISTENING))


def perspective_sought(session: CodedSession) -> list[int]:
    return turns_where(
        session,
        lambda t: session.engaged(t, Act.OPEN_QUESTION) and says(session, t, cues.PERSPECTIVE),
    )


def summaries(session: CodedSession) -> list[int]:
    """Turns that gather what the counterpart said across several of their turns: opening like
    a summary ("Let me check I've got it") and drawing on two or more, or read as a summary by
    the coder (the turn, or a sentence of a long one) and drawing on three or more."""

    def gathers(t: int) -> bool:
        text = session.text(t)
        if cues.SUMMARY_OPENER.search(text):
            return session.draws_on(t) >= SUMMARY_GATHERS
        coded = session.coding(t)
        lead = _first_statement(text)
        if cues.IMPERATIVE.match(lead) or cues.PROPOSES.match(lead):
            return False  # a plan or an instruction, not a summary
        if _speaks_for_self(text):
            return False  # the learner's own position or offer, however much it picks up
        sums = coded.has(Act.SUMMARY) or (
            coded.features.words >= SUMMARY_WORDS
            and any(Act.SUMMARY in sentence_acts(s) for s in sentences(text))
        )
        checked = any(is_check(s) for s in sentences(text))
        if not checked and coded.features.words < UNCHECKED_SUMMARY_WORDS:
            return False  # "No wonder you can't tell if this is towards or away": a reflection
        return sums and session.draws_on(t) > SUMMARY_GATHERS

    return turns_where(session, gathers)


def _speaks_for_self(text: str) -> bool:
    """Whether most of the turn's statements have the speaker as their subject ("I can't
    promise...", "What I can do is..."): a summary is about the other person."""
    said = [s for s in sentences(text) if len(s.split()) > ACKNOWLEDGEMENT_WORDS]
    own = sum(bool(cues.FIRST_PERSON_SUBJECT.match(s)) for s in said)
    return own * 2 > len(said)


def _first_statement(text: str) -> str:
    """The first sentence that is more than an acknowledgement ("Good.", "Right, okay.")."""
    said = sentences(text)
    return next((s for s in said if len(s.split()) > ACKNOWLEDGEMENT_WORDS), "")


def summary_checked(session: CodedSession) -> list[int]:
    """A summary that ends by checking it, or that the counterpart confirms."""

    def checked(t: int) -> bool:
        text = session.text(t)
        own = any(is_check(s) for s in sentences(text)) or bool(cues.CHECK_FIRST.match(text))
        return own or bool(reactions.CONFIRMED.search(first_sentences(session.next_counterpart(t))))

    return [t for t in summaries(session) if checked(t)]


def feedback_specific(session: CodedSession) -> list[int]:
    def specific(t: int) -> bool:
        coded = session.coding(t)
        if coded.has(Act.JUDGMENT):
            return False
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
    return turns_where(
        session,
        lambda t: (
            session.coding(t).has(Act.OPEN_QUESTION, Act.CLOSED_QUESTION)
            and says(session, t, cues.EXPECTATIONS)
        ),
    )


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
        asked = "?" in (session.previous_counterpart(t) or "")
        return coded.features.words <= BRIEF_SELF_WORDS * 2 and (session.anchored(t) or asked)

    return turns_where(session, shares)


def next_step_agreed(session: CodedSession) -> list[int]:
    """A concrete step the learner proposed or asked for in the second half of the
    conversation (an opening promise sets the agenda, it does not close anything), agreed at
    the start of the counterpart's reply (not a vague "whenever you're ready", not a reply
    that asks back)."""
    learner = session.learner_turns
    closing = set(learner[len(learner) // 2 :])
    checked_summaries = {
        t for t in summaries(session) if any(is_check(s) for s in sentences(session.text(t)))
    }

    def agreed(t: int) -> bool:
        answer = session.next_counterpart(t)
        reply = first_sentences(answer)
        if t in checked_summaries:
            return False  # "...a second interview on Thursday. Have I got that right?"
        asked = reactions.ASKS_FOR_PLAN.search(session.previous_counterpart(t) or "")
        own_step = bool(asked) and bool(cues.BARE_STEP.match(session.text(t)))
        planned = says(session, t, cues.PLAN) or own_step
        if t not in closing or not planned or says(session, t, cues.VAGUE_PLAN):
            return False
        refused = reactions.REFUSE.match(reply) or reactions.BRUSH_OFF.search(reply) or "?" in reply
        # "Right, you've got it all. So what are you going to do?" confirms a summary, not a step.
        still_asked = reactions.ASKS_FOR_PLAN.search(answer or "")
        return bool(reactions.AGREE.search(reply)) and not refused and not still_asked

    return turns_where(session, agreed)


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
