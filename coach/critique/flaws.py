"""The flaws the critique can name, each found by code in the learner's turns (pure).

Every flaw returns the turns that show it and how much it weighs, or nothing when it is absent:
a growth area is named only for a flaw that is there. ``weight`` orders the growth areas and
says how much the flaw costs the rubric items that list it under ``against``.

Deliberately not flaws: a summary's check ("Have I got that right?") is not a stacked or
closed question; "take your time" is not advice; explaining confidentiality, owning one's part
or naming one's power is not talking about oneself. Judgment is in coach.critique.judging.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from coach.coder.questions import is_check
from coach.coder.words import content_words, stem
from coach.critique import defending_cues, reactions, step_reactions
from coach.critique.advising import premature_advice
from coach.critique.contradicting import contradicts
from coach.critique.evidence import CodedSession, first_sentences, sentences
from coach.critique.flaw_base import REACTION_SENTENCES, Flaw, make_flaw
from coach.critique.formulas import stock_phrases
from coach.critique.judging import judgment
from coach.critique.listening import content_only_reflections, no_reflections
from coach.critique.mentee_flaws import no_context, vague_ask
from coach.critique.next_step import next_step_agreed
from coach.critique.plan_cues import AHEAD, DECIDES_LATER, PLAN, VAGUE_PLAN
from coach.critique.questioning import closed_questions, stacked_questions
from coach.critique.self_focus import self_focus
from coach.critique.summaries import summaries
from coach.critique.turns import says, turns_where
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind

ENOUGH_TURNS = 5  # a conversation this long should have a summary and a next step
TERMS_SENTENCES, TERMS_WORDS = 3, 25  # a mentee's restatement of the terms, checked


Finder = Callable[[CodedSession, LearnerRole], Flaw | None]


def find_flaws(session: CodedSession, role: LearnerRole) -> list[Flaw]:
    """Every flaw present, heaviest first."""
    found = [flaw for finder in FINDERS if (flaw := finder(session, role)) is not None]
    return sorted(found, key=lambda f: -f.weight)


def no_summary(session: CodedSession, role: LearnerRole) -> Flaw | None:
    """No summary in a conversation long enough to need one. A mentee's summary is of what the
    mentor asked or offered, said back in a few sentences and checked ("So: a survey chapter
    begun this spring. A stop date... Have I got it?"), however few of their turns it draws on."""
    if len(session.learner_turns) < ENOUGH_TURNS or summaries(session):
        return None
    if role is LearnerRole.MENTEE and any(
        _terms_checked(session, t) or _terms_confirmed(session, t) for t in session.learner_turns
    ):
        return None
    return Flaw(FlawKind.NO_SUMMARY, (), 2.0)


_SO = re.compile(r"^\W*so\b", re.I)  # "So: a survey-data chapter begun this spring."
_ASKS_MORE = re.compile(r"^\W*(?:what|how|why|where|when|who)\b|\banything (?:else|more)\b", re.I)


def _terms_checked(session: CodedSession, turn: int) -> bool:
    text = session.text(turn)
    said = sentences(text)
    return (
        len(said) >= TERMS_SENTENCES
        and len(text.split()) >= TERMS_WORDS
        and said[-1].endswith("?")
        and is_check(said[-1])
        and not _ASKS_MORE.search(said[-1])  # "Have I got it?", not "Anything else I'm missing?"
        and any(_SO.match(s) for s in said[:-1])
        and session.anchored(turn)
    )


def _terms_confirmed(session: CodedSession, turn: int) -> bool:
    """A mentee's restatement of the terms that the mentor confirmed as exact ("So you'd back
    me with you managing, Monday check-ins... and I tell Linda myself before Thursday."
    "That's it."): checked by the reply, not by a question."""
    text = session.text(turn)
    return (
        bool(_SO.match(text))
        and "?" not in text
        and len(text.split()) >= TERMS_WORDS
        and bool(PLAN.search(text))  # terms, not their story said back
        and session.anchored(turn)
        and bool(reactions.HEARD_EXACTLY.match(session.next_counterpart(turn) or ""))
    )


def no_next_step(session: CodedSession, role: LearnerRole) -> Flaw | None:
    """No concrete step agreed in a conversation long enough to need one; the turns that
    offered only a vague one ("Let me see how the week goes") show it."""
    agreed = next_step_agreed(session)
    if len(session.learner_turns) < ENOUGH_TURNS or (agreed and not _put_off(session, agreed)):
        return None
    vague = turns_where(session, lambda t: any(map(vague_step, sentences(session.text(t)))))
    return Flaw(FlawKind.NO_NEXT_STEP, tuple(vague), 2.0)


# Inviting them to speak at their own pace: "I'd like to hear it, whenever you're ready."
_AT_THEIR_PACE = re.compile(r"\b(?:hear|tell|say|share|talk|begin|start|go ahead|read)\b", re.I)


def vague_step(sentence: str) -> bool:
    """A sentence that leaves the step vague ("Let's see how it feels next time.", "I'll think
    about the best way to approach her."), not one that lets them speak when they are ready."""
    vague = VAGUE_PLAN.search(sentence) or DECIDES_LATER.search(sentence)
    return bool(vague) and not _AT_THEIR_PACE.search(sentence)


# Words of when, which tie nothing left open to the step ("I'll come to you before I decide"
# after "I'll show you before you call him").
_WHEN_WORDS = {stem(w) for w in ("before", "after", "until", "since", "when", "then", "now")}
_BY_A_DAY = re.compile(rf"\b(?:by|before) (?:{AHEAD}|the end of)\b", re.I)
_KEPT_IN_MIND = re.compile(r"\bthink (?:about|of) (?:it|that|this|you) when (?:i'm|i am)\b", re.I)


def _put_off(session: CodedSession, agreed: list[int]) -> bool:
    """Whether, after the last step agreed, the learner put it off: told only "I'll think it
    through and come back to you" when the counterpart asked what they will do, or left a part
    of the step itself open ("Let me sit with the Linda part tonight... I'll let you know where
    I land" after agreeing to see Linda before Thursday): the step was not taken on."""
    last = max(agreed)
    step = _words(session.text(last)) - _WHEN_WORDS

    def leaves_open(sentence: str) -> bool:  # not "I'll tell you where I land before Wednesday"
        # (nor a story kept in mind: "I'll think about it when I'm counting pallets.")
        later = DECIDES_LATER.search(sentence) and not _KEPT_IN_MIND.search(sentence)
        return bool(later) and not _BY_A_DAY.search(sentence)

    def puts_off(t: int) -> bool:
        said = sentences(session.text(t))
        if any(leaves_open(s) and _words(s) & step for s in said):
            return True
        if step_reactions.STILL_UNDECIDED.search(session.next_counterpart(t) or ""):
            return True  # "...I don't know what I'm walking in with Thursday. I'd like to know"
        before = session.previous_counterpart(t) or ""
        asked = step_reactions.ASKS_FOR_PLAN.search(before)
        if before.rstrip().endswith("?") and not asked:
            # asked about the step in other words, and answered with nothing but a vague one:
            # "So, Thursday at four. Am I holding it?" "Can we play it by ear?"
            return _only_vague(said, before)
        # (or asked what they will do, and left it to think about how: "So what happens between
        # now and Thursday?" "I'll definitely think about how best to approach her.")
        return bool(asked) and (says(session, t, VAGUE_PLAN) or _only_vague(said, before))

    return any(puts_off(t) for t in session.learner_turns if t > last)


def _only_vague(said: list[str], question: str) -> bool:
    """Whether an answer to ``question`` puts its step only vaguely: some sentence leaves it
    vague, none puts a concrete one, and it does not open by taking up the question's own
    words ("Same time next month?" "Same time next month.")."""
    asked = _words(question)
    opening = _words(said[0]) if said else set()
    if opening and opening <= asked:
        return False
    steps = [s for s in said if PLAN.search(s) or step_reactions.OWN_STEP.search(s)]
    # (a step with its day is concrete beside a vague clause: "I'll send you the one-pager by
    # Wednesday lunchtime, and I'll let you know how it went.")
    concrete = [s for s in steps if not vague_step(s) or _BY_A_DAY.search(s)]
    return any(map(vague_step, said)) and not concrete


def _words(text: str) -> set[str]:
    """Content words, a possessive's own ("Linda's" is "linda")."""
    return {word.removesuffix("'") for word in content_words(text)}


def defensive(session: CodedSession, role: LearnerRole) -> Flaw | None:
    """Arguing with what the counterpart raised instead of hearing it, or a turn they take as a
    defence ("Nobody said you were."); not the first turn's answer to an opening question,
    which raised nothing yet ("Is it the email?" "It's connected, yes, but I'd rather start
    with you.")."""
    first = session.learner_turns[:1]
    asked = any((session.previous_counterpart(t) or "").rstrip().endswith("?") for t in first)
    answers = first if asked else []

    def defends(t: int) -> bool:
        heard = session.previous_counterpart(t) or ""
        if defending_cues.defends(session.text(t), heard) or contradicts(session.text(t), heard):
            return True
        reply = first_sentences(session.next_counterpart(t), REACTION_SENTENCES)
        return bool(defending_cues.HEARD_AS_DEFENCE.search(reply))  # "Nobody said you were."

    turns = turns_where(session, lambda t: t not in answers and defends(t))
    return make_flaw(FlawKind.DEFENSIVE, turns, 2.5, 5.0)


FINDERS: tuple[Finder, ...] = (
    judgment,
    premature_advice,
    stacked_questions,
    closed_questions,
    no_reflections,
    content_only_reflections,
    no_summary,
    no_next_step,
    self_focus,
    stock_phrases,
    vague_ask,
    no_context,
    defensive,
)
