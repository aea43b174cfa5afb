"""Small helpers the detectors and flaw finders share: which learner turns match (pure)."""

from __future__ import annotations

import re
from collections.abc import Callable

from coach.critique import cues, reactions
from coach.critique.evidence import CodedSession, sentences


def turns_where(session: CodedSession, keep: Callable[[int], bool]) -> list[int]:
    """The learner turns for which ``keep`` holds, in order."""
    return [t for t in session.learner_turns if keep(t)]


def says(session: CodedSession, turn: int, pattern: re.Pattern[str]) -> bool:
    """Whether the learner turn's words match ``pattern``."""
    return bool(pattern.search(session.text(turn)))


def asked_about_me(said: str | None) -> bool:
    """Whether the counterpart had just asked the learner about themselves ("What do you
    actually get out of this?")."""
    asked = [s for s in sentences(said or "") if s.endswith("?")]
    return any(cues.SECOND_PERSON.search(s) and reactions.ABOUT_YOU.search(s) for s in asked)
