"""Summaries: turns that gather what the counterpart said across several turns, and those
that are checked (pure). Read by the detectors, the flaws and the next-step reading."""

from __future__ import annotations

import re

from coach.coder.questions import is_check
from coach.critique import advice_cues, cues, reactions
from coach.critique.evidence import CodedSession, first_sentences, sentence_acts, sentences
from coach.critique.turns import turns_where
from coach.models import Act

SUMMARY_WORDS = 25  # a summarising sentence counts in a turn at least this long
UNCHECKED_SUMMARY_WORDS = 45  # without an opener or a check, a summary is at least this long
SUMMARY_GATHERS = 2  # counterpart turns a summary draws on
SPREAD_OVER = 3  # counterpart turns a checked summary picks a word or more from
ACKNOWLEDGEMENT_WORDS = 2
CONFIRMED_WITHIN = 3  # sentences of the reply in which a summary is confirmed


def summaries(session: CodedSession) -> list[int]:
    """Turns that gather what the counterpart said across several of their turns: opening like
    a summary ("Let me check I've got it") and drawing on two or more, or read as a summary by
    the coder (the turn, or a sentence of a long one) and drawing on three or more."""

    def gathers(t: int) -> bool:
        text = session.text(t)
        if cues.SUMMARY_OPENER.search(text) or _given_leave(t):
            # (or in words of its own, checked and confirmed: "Let me check I've got it. You're
            # planning till one because you start every lesson from nothing... Is that fair?"
            # "Yeah, that's it.")
            confirmed = any(is_check(s) for s in sentences(text)) and reactions.HEARD_RIGHT.match(
                session.next_counterpart(t) or ""
            )
            # (or, long, checked and confirmed, in words all its own: "Let me check I've heard
            # you right: you didn't ask for this, the last mentor cost you, ... Is that it?"
            # "Yeah. That's about it.")
            own_words = confirmed and session.coding(t).features.words >= UNCHECKED_SUMMARY_WORDS
            # (or checked, a word or more from each of three of their turns: "Let me check I've
            # got this. You'd been told to keep drainage shut... And registration is weighing
            # on you. Is that a fair picture?" "Partly.")
            spread = is_check(sentences(text)[-1]) and session.draws_on(t, 1) >= SPREAD_OVER
            own_words = own_words or (spread and session.coding(t).features.words >= SUMMARY_WORDS)
            return own_words or session.draws_on(t) >= (1 if confirmed else SUMMARY_GATHERS)
        coded = session.coding(t)
        lead = _first_statement(text)
        if advice_cues.IMPERATIVE.match(lead) or cues.PROPOSES.match(lead):
            return False  # a plan or an instruction, not a summary
        if _speaks_for_self(text) or _OWN_TERMS.search(text):
            return False  # the learner's own position or offer, however much it picks up
        sums = coded.has(Act.SUMMARY) or (
            coded.features.words >= SUMMARY_WORDS
            and any(Act.SUMMARY in sentence_acts(s) for s in sentences(text))
        )
        checked = any(is_check(s) for s in sentences(text))
        if not checked and coded.features.words < UNCHECKED_SUMMARY_WORDS:
            return False  # "No wonder you can't tell if this is towards or away": a reflection
        return sums and session.draws_on(t) > SUMMARY_GATHERS

    learner = session.learner_turns
    previous = dict(zip(learner[1:], learner, strict=False))  # each learner turn's one before

    def _given_leave(t: int) -> bool:
        """The turn after asking leave to sum up ("Can I try to put the whole of it back to
        you?" "Go on."), when that turn asked it last ("...Can I play the plan back to check
        I've got it?") or did not sum up itself."""
        if t not in previous:
            return False
        asked = session.text(previous[t]).rstrip()
        if not (asked.endswith("?") and cues.SUMMARY_OPENER.search(asked)):
            return False
        asked_last = bool(cues.SUMMARY_OPENER.search(sentences(asked)[-1]))
        return asked_last or session.draws_on(previous[t]) < SUMMARY_GATHERS

    return turns_where(session, gathers)


# The learner's own terms announced: "Here's what I need. ... So: no replies from me after
# eight at night..."
_OWN_TERMS = re.compile(r"\bhere's what i (?:need|can|can't|will|won't|want)\b", re.I)


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
        own = own or bool(cues.CHECKS_FOR_MISTAKES.search(text))  # "Stop me if any of that's off."
        # (confirmed in its first three sentences: "Huh. You were actually listening. Yeah,
        # that's it.")
        reply = first_sentences(session.next_counterpart(t), CONFIRMED_WITHIN)
        return own or bool(reactions.CONFIRMED.search(reply))

    return [t for t in summaries(session) if checked(t)]
