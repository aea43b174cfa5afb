"""Flaws of questioning: questions stacked, and closed questions where open ones were needed."""

from __future__ import annotations

import re

from coach.coder.questions import QuestionKind, questions, stacked, yes_no
from coach.critique import asking_cues, cues, reactions
from coach.critique.evidence import CodedSession, first_sentences
from coach.critique.flaw_base import Flaw, make_flaw
from coach.critique.listening import opened_up
from coach.models import Act, LearnerRole
from coach.scenarios.models import FlawKind

_MINE = re.compile(r"\b(?:my|mine)\b", re.I)  # "Did you see my email?"
# A mentee asking the mentor to choose for them ("Should I open with an apology?"), where
# "How should I open it?" would draw out their thinking: closed, not a proposal.
_SHOULD_I = re.compile(r"^\W*(?:\w+,? )?should i\b", re.I)
PILED = 3  # questions in one turn that pile up on their own
JOINED_ANSWER_WORDS = 30  # a reply this short took one of two questions joined by ", and"
NARROWED_HABIT = 2  # turns narrowing an open question with a closed one that make a habit
SHUT_DOWN = 2  # closed questions answered with a bare yes or no that make the flaw
MOSTLY_CLOSED = 3
FEW_CLOSED = 2  # ... or this many, not summaries' checks, with fewer open ones beside them
MENTEE_ALL_CLOSED = 3  # a mentee's yes/no questions, and not one open, that make the flaw
CLOSED_STRETCH = 2  # yes/no questions in this many turns running are a closed stretch
CLIPPED_WORDS = 8  # a reply this short is a bare answer whatever its first word
BARE_FIRST_WORDS = 3  # ... and one that starts "Yes. I do.", a first sentence this short,
BARE_WITH_MORE = 12  # ... when the whole reply is no longer than this (no story followed),
HEDGED_WORDS = 24  # ... or than this when all that follows only hedges ("I just wasn't sure.")
_FIRST_SENTENCE = re.compile(r"[^.!?]*[.!?]")
# What a mentee should do, put as a statement: "So I shouldn't give them a date at all?"
_WHAT_I_SHOULD = re.compile(
    r"^\W*(?:(?:right|so|okay|ok|and|but)[.,]?\s+)*i (?:should|shouldn't|can|can't|mustn't"
    r"|needn't|don't need to)\b[^?]*\?$",
    re.I,
)
# A yes/no question after a lead-in: "So the other three, were they not useful?"
_YES_NO_AFTER_COMMA = re.compile(
    r"(?:[,:;]|^\W*(?:so|and|but|okay|ok|right|well))\s*(?:did|do|does|was|were|is|are|have|has"
    r"|had|can|could|will|would) (?:i|you|he|she|they|we|it|that|there|this|everything|anything"
    r"|anyone|things)\b[^?]*\?$",
    re.I,
)


def stacked_questions(session: CodedSession, role: LearnerRole) -> Flaw | None:
    """Several questions at once, or an open one narrowed by a closed one; a proposal ("How
    about we meet on Friday? When suits you?") is not a question about them. An open question
    narrowed once ("When you left, how did it go? Did anybody make it hard?") is how people
    talk: it takes three questions in a turn, or the narrowing as a habit, to make the flaw;
    or questions the counterpart answered as too many ("That's three questions.")."""

    asked = {
        t: [
            q
            for q in questions(session.text(t))
            if not _proposes(q.text) or _should_i(q.text, role)  # "Should I send it first?"
        ]
        for t in session.learner_turns
        if session.coding(t).features.stacked_questions
    }
    turns = [t for t, own in asked.items() if stacked(own)]
    heard_as_piled = [t for t in session.learner_turns if _heard_as_piled(session, t)]
    added = [t for t in session.learner_turns if _adds_another(session, t)]
    if len(added) >= NARROWED_HABIT:
        turns += added  # "When did you first notice that? And is it the same with Owen?"
    turns = sorted(set(turns) | set(heard_as_piled))
    piled = bool(heard_as_piled) or any(len(asked.get(t, [])) >= PILED for t in turns)
    if not piled and len(turns) < NARROWED_HABIT:
        return None
    return make_flaw(FlawKind.STACKED_QUESTIONS, turns, 2.0, 4.0)


def _adds_another(session: CodedSession, turn: int) -> bool:
    """A question and then another put on with "And" ("When did you first notice that? And is
    it the same at work with Owen?"), not a proposal nor a summary's check: two questions
    asked at once, of which they will answer one."""
    if session.coding(turn).has(Act.SUMMARY):
        return False
    asked = [q.text for q in questions(session.text(turn)) if not _proposes(q.text)]
    # or joined in one sentence and answered in a few words: "What happened, and how did it
    # affect things for you afterwards?" "He wrote stuff up he had no business writing..."
    joined = _AND_JOINED.search(session.text(turn))
    short = len((session.next_counterpart(turn) or "").split()) < JOINED_ANSWER_WORDS
    return len(asked) >= 2 and (
        bool(joined and short) or any(_AND_ANOTHER.match(q) for q in asked[1:])
    )


_AND_ANOTHER = re.compile(r"^\W*and\b", re.I)
# A second question joined to the first in one sentence by ", and".
_AND_JOINED = re.compile(
    r",\s+and\s+(?:what|how|why|where|when|who|which|is|are|was|were|do|does|did|has|have|can"
    r"|could|would|will)\b[^.!?]*\?",
    re.I,
)


def _heard_as_piled(session: CodedSession, turn: int) -> bool:
    """Questions the counterpart answered as too many at once ("That's three questions. I'll
    take the middle one."), however few the parser counted in one long sentence."""
    reply = first_sentences(session.next_counterpart(turn))
    return bool(reactions.QUESTIONS_PILED.search(reply)) and bool(questions(session.text(turn)))


# A question asking what, why, where, who or which ("And what would you do differently on
# Thursday?") is not a proposal, whatever words of one it holds; but choices offered are
# ("What would you like to happen with all this?").
_WH_FIRST = re.compile(
    r"^\W*(?:(?:and|but|so),? )?(?:what|why|where|who|which)\b(?! would you like\b| do you want\b)",
    re.I,
)


def _proposes(question: str) -> bool:
    if _WH_FIRST.match(question):
        return False
    return bool(
        cues.PROPOSAL.search(question)
        or cues.PROPOSES.match(question)
        or _ASKS_A_TASK.match(question)
    )


# A task asked of them, however its list is parsed: "Would you put together a note of the last
# two calls, with dates, who was on and what was said, and bring it to me by next Wednesday?"
_ASKS_A_TASK = re.compile(
    r"^\W*(?:and |so )?(?:would|could|can|will) you (?:\w+ )?(?:put together|draft|write up"
    r"|write|send|bring|email|pull together|jot down|note down)\b",
    re.I,
)


def closed_questions(session: CodedSession, role: LearnerRole) -> Flaw | None:
    """Yes/no questions where open ones were needed: two or more that got a bare yes or no, or
    mostly such questions (three or more, fewer than two open for every three; or two or more
    that are not a summary's check, with fewer open questions than those). Proposals
    ("Shall we...?", "Could you send...?") are not counted, nor a mentee's asks ("Would you
    read the revised timeline before committee?"): a mentee's yes/no questions count when they
    try to draw the mentor out ("Is that why you felt so strongly about it?")."""
    closed, opened = [], []
    for t in session.learner_turns:
        asked = [
            q
            for q in questions(session.text(t))
            if not (cues.PROPOSAL.search(q.text) and not _should_i(q.text, role))
            and not (role is LearnerRole.MENTEE and _not_drawing_out(q.text))
        ]
        if any(q.kind is QuestionKind.OPEN for q in asked):
            opened.append(t)
        elif any(yes_no(q) or _YES_NO_AFTER_COMMA.search(q.text) for q in asked):
            closed.append(t)
        elif (
            role is LearnerRole.MENTEE
            and any(_WHAT_I_SHOULD.match(q.text) for q in asked)
            and bare_answer(session.next_counterpart(t))
        ):
            closed.append(t)  # what they should do put as a statement, answered "No.": "So I
            # shouldn't give them a date at all, even a rough one?"
    shut = [t for t in closed if bare_answer(session.next_counterpart(t))]
    checking = {t for t in closed if _checks_or_gathers(session, t)}
    guessing = [t for t in closed if t not in checking]  # "Is it that...?", "Do you mean...?"
    if role is LearnerRole.MENTEE:  # a mentee's: when they shut the mentor down, or are all
        # closed (not those the mentor answered at length: they drew the mentor out)
        unopened = [t for t in closed if not opened_up(session.next_counterpart(t))]
        only_closed = len(unopened) >= MENTEE_ALL_CLOSED and not opened
        turns = closed if only_closed else shut if len(shut) >= SHUT_DOWN else []
        return make_flaw(FlawKind.CLOSED_QUESTIONS, turns, 1.0, 4.0)
    mostly = (len(closed) >= MOSTLY_CLOSED and len(opened) * 3 < len(closed) * 2) or (
        len(guessing) >= FEW_CLOSED and len(opened) < len(guessing)
    )
    stretch = _closed_stretch(session.learner_turns, set(closed) - checking)
    if len(shut) < SHUT_DOWN and not mostly and not stretch:
        return None
    turns = closed if mostly else shut if len(shut) >= SHUT_DOWN else stretch
    return Flaw(FlawKind.CLOSED_QUESTIONS, tuple(turns), min(4.0, 1.0 * len(turns)))


def _should_i(question: str, role: LearnerRole) -> bool:
    return role is LearnerRole.MENTEE and bool(_SHOULD_I.match(question))


def _not_drawing_out(question: str) -> bool:
    """A mentee's ask, or a question about their own things ("Did you see my email?"): not an
    attempt to draw the mentor out."""
    if _MINE.search(question):
        return True
    return any(
        p.search(question) for p in (asking_cues.ASK, asking_cues.CONCRETE_ASK, asking_cues.PLEA)
    )


def _checks_or_gathers(session: CodedSession, turn: int) -> bool:
    """A summary that ends in a yes/no check is checking, not interrogating."""
    coded = session.coding(turn)
    return coded.has(Act.SUMMARY) or bool(cues.SUMMARY_OPENER.search(session.text(turn)))


def _closed_stretch(learner_turns: list[int], closed: set[int]) -> list[int]:
    """Learner turns in a row that ask only yes/no questions, CLOSED_STRETCH or more of them."""
    run: list[int] = []
    for t in learner_turns:
        run = [*run, t] if t in closed else []
        if len(run) >= CLOSED_STRETCH:
            return run
    return []


def bare_answer(reply: str | None) -> bool:
    """A reply of a few words ("Once. Didn't go great."), one that declines to go there ("I'd
    rather leave that one today"), or one whose first sentence is a bare yes or no before a
    deflection ("Probably, yes. I'm not sure it's my place to say.") or only hedges
    ("Probably, yes. I mean, I'm not unhappy with it. I just wasn't sure."): the question
    closed the talk down. Stage directions ("(pause)") are not words."""
    if not reply:
        return False
    said = reactions.STAGE_DIRECTION.sub(" ", reply).strip()
    words = len(said.split())
    if words <= CLIPPED_WORDS or reactions.DECLINES_TOPIC.search(said):
        return True
    if words > HEDGED_WORDS or not reactions.BARE_ANSWER.match(said):
        return False
    first = _FIRST_SENTENCE.match(said)
    if first is None or len(first.group(0).split()) > BARE_FIRST_WORDS:
        return False
    rest = _FIRST_SENTENCE.findall(said[first.end() :])
    return words <= BARE_WITH_MORE or all(reactions.HEDGE.match(s.strip()) for s in rest)
