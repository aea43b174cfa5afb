"""Small helpers the detectors and flaw finders share: which learner turns match (pure)."""

from __future__ import annotations

import re
from collections.abc import Callable

from coach.critique.evidence import CodedSession


def turns_where(session: CodedSession, keep: Callable[[int], bool]) -> list[int]:
    """The learner turns for which ``keep`` holds, in order."""
    return [t for t in session.learner_turns if keep(t)]


def says(session: CodedSession, turn: int, pattern: re.Pattern[str]) -> bool:
    """Whether the learner turn's words match ``pattern``."""
    return bool(pattern.search(session.text(turn)))
