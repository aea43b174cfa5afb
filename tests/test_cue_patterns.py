"""No cue pattern matches where there is nothing to match: a stray "|" at the head of a piece
of a pattern (an alternative with nothing in it) once made a counterpart's "Yeah. It is." read
as standing up for someone absent, and flagged judgments on good transcripts."""

from __future__ import annotations

import importlib
import pkgutil
import re

import coach.coder
import coach.critique
import coach.practice

# Leads that may be absent, used only to strip what is there.
MAY_BE_EMPTY = {("coach.coder.asking", "_LEAD"), ("coach.coder.features", "_LEAD")}


def _patterns() -> list[tuple[str, str, re.Pattern[str]]]:
    """Every compiled pattern at the top of the coder's, critique's and practice's modules."""
    found = []
    for package in (coach.coder, coach.critique, coach.practice):
        for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            module = importlib.import_module(info.name)
            found += [
                (info.name, name, value)
                for name, value in vars(module).items()
                if isinstance(value, re.Pattern)
            ]
    return found


def test_no_cue_pattern_matches_an_empty_text() -> None:
    patterns = _patterns()
    assert len(patterns) > 100  # the cue modules were all read
    empty = [
        (module, name)
        for module, name, pattern in patterns
        if pattern.search("") is not None and (module, name) not in MAY_BE_EMPTY
    ]
    assert empty == []
