"""What the scenario form calls each field, so a problem names the box to fix, not a path."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

FIELDS = {
    "id": "Short id",
    "title": "Title",
    "summary": "One-line summary",
    "learner_role": "The learner plays",
    "skills": "Skills practised",
    "brief": "Brief the learner reads",
    "learning_objectives": "Learning objectives",
    "opening_line": "Opening line",
    "goals": "What they want from this talk",
    "name": "Name",
    "role": "Who they are",
    "age": "Age",
    "pronouns": "Pronouns",
    "background": "Background",
    "personality": "Personality",
    "speaking_style": "Speaking style",
    "voice": "Voice for reading replies aloud",
    "text": "What they say",
    "concern": "Uncovers concern",
    "keywords": "Words that show it was heard",
    "min_trust": "Trust needed",
    "acts": "Learner moves that help",
    "topics": "Topics that invite it",
    "after": "Only after",
    "description": "What it is",
    "delta": "Trust change",
    "once": "First time only",
    "starting_trust": "Starting trust",
    "threshold_shift": "Extra trust needed",
    "gain": "Trust gain",
    "good": "What good looks like",
    "weight": "Weight",
    "evidence": "Counts as evidence",
    "against": "Counts against",
    "lines": "Lines",
}
POOL_LABELS = {
    "elaborations": "When they open up",
    "short_answers": "Short answers",
    "deflections": "Pushing back on early advice",
    "withdrawals": "Closing down after judgement",
    "confirmations": "Confirming a good summary",
    "corrections": "Correcting a wrong summary",
    "acknowledgements": "Acknowledging",
    "fillers": "Small talk",
    "ideas": "Ideas they offer for a plan",
    "obstacles": "A catch they raise",
    "commitments": "A step they will own",
    "closings": "How they say goodbye",
}
ROWS = {
    "hidden_concerns": "Hidden concern",
    "disclosures": "Disclosure",
    "trust_triggers": "Trust trigger",
    "rubric": "Rubric item",
    "topics": "Topic",
}
SECTIONS = {"persona": "Counterpart", "difficulty": "Difficulty", "plan": "Plan"}


def place_of(location: Sequence[int | str]) -> str:
    """Where in the form a validation error belongs ("Disclosure 2: Trust needed")."""
    parts: list[str] = []
    items = [part for part in location if part not in ("material", "unlock")]
    for index, part in enumerate(items):
        following = items[index + 1] if index + 1 < len(items) else None
        if isinstance(part, int):
            continue
        if part in ROWS:
            number = f" {following + 1}" if isinstance(following, int) else "s"
            parts.append(ROWS[part] + number)
        elif part in SECTIONS:
            parts.append(SECTIONS[part])
        elif index > 0 and items[index - 1] == "difficulty":
            parts.append(f"{parts.pop()} ({part})")
        elif part == "text" and items[0] == "hidden_concerns":
            parts.append("What worries them")
        else:
            parts.append(POOL_LABELS.get(part) or FIELDS.get(part, part))
    return ": ".join(parts) or "Scenario"


def message_of(error: Mapping[str, Any]) -> str:
    """A validation error's message in the form's words ("needs at least 4 lines, has 1")."""
    kind, context = error["type"], error.get("ctx") or {}
    if kind in ("too_short", "string_too_short") and context.get("min_length") == 1:
        return "is required"
    if kind == "too_short":
        return f"needs at least {context['min_length']} entries, has {context['actual_length']}"
    if kind == "string_too_short":
        return f"needs at least {context['min_length']} characters"
    if kind == "string_pattern_mismatch":
        return "use lower-case letters, digits and hyphens only (for example money-worries)"
    message: str = error["msg"]
    return message.removeprefix("Value error, ")
