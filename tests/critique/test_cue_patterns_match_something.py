"""Every cue the critique reads text with needs words to match: a stray empty alternative
(a pattern line that begins "|" after a comma ends the one before) would make the cue match
everything, so every reply would, say, stand up for someone absent."""

from __future__ import annotations

import importlib
import pkgutil
import re

import coach.critique

PLAIN = ("", "Plain words here.", "Seven green apples.")


def _public_cues() -> list[tuple[str, re.Pattern[str]]]:
    found = []
    for info in pkgutil.iter_modules(coach.critique.__path__):
        module = importlib.import_module(f"coach.critique.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and name.isupper() and not name.startswith("_"):
                found.append((f"{info.name}.{name}", value))
    return found


def test_no_public_cue_matches_plain_text() -> None:
    cues = _public_cues()
    assert len(cues) > 50  # the cue modules were found
    matched = [name for name, cue in cues if any(cue.search(text) for text in PLAIN)]
    assert matched == []
