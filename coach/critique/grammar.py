"""A check for the slips a generated sentence can make (pure).

Rewrites are assembled from the counterpart's words in the learner's voice, and a person
shift can leave "you was", "the notes has", "you raised it and was told" or a clause that
stops mid-way. ``problems`` names every such slip it finds; a rewrite with any problem is not
shown (the plain wording is used instead), and the tests run it over every rewrite the
evaluation transcripts produce.
"""

from __future__ import annotations

import re

_CHECKS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "'you' with a singular verb",
        re.compile(
            r"\byou (?:just |really |never |always |still |only |even )?(?:was|wasn't|is|isn't|has"
            r"|hasn't|does|doesn't|am)\b",
            re.I,
        ),
    ),
    (
        "'I' with a verb for another person",
        re.compile(r"\bI (?:are|aren't|is|isn't|has|hasn't|does|doesn't)\b"),
    ),
    (
        "a plural subject with a singular verb",
        re.compile(
            r"\b(?:the|these|those|my|your|our|their) [a-z]+[^su\W]s "
            r"(?:has|hasn't|is|isn't|was|wasn't|does|doesn't)\b",
            re.I,
        ),
    ),
    (
        "'you' then a singular verb after 'and'",
        re.compile(r"\byou [^.?!,;]*?\b(?:and|but) (?:was|is|has|does)\b", re.I),
    ),
    (
        "'you' doing something to 'you'",
        re.compile(
            r"\byou(?:'re| are|'ve| have|'ll|'d)? (?:\w+ )?(?:told|gave|sent|showed|asked|telling"
            r"|giving|sending|showing|asking) you\b",
            re.I,
        ),
    ),
    ("a doubled word", re.compile(r"\b([a-z]+) \1\b", re.I)),
    (
        "a clause that stops mid-way",
        re.compile(
            r"\b(?:the|a|an|and|but|or|my|your|their|our|if|because|than)\s*[.?!,;:]"
            r"|\b(?:thing|point|problem|issue|question|bit|part) (?:is|was)\s*[.?!,;:]",
            re.I,
        ),
    ),
    (
        "'whether' followed by another question word",
        re.compile(r"\bwhether (?:about|of|how|what|why|when|where|who)\b", re.I),
    ),
    ("a filler word", re.compile(r"\b(?:um|uh|erm|er)\b", re.I)),
    ("a hedge moved to the wrong person", re.compile(r"\byou (?:suppose|guess)\b", re.I)),
    ("a lower-case 'I'", re.compile(r"(?<![\w'])i(?![\w'])")),
    ("a placeholder left in", re.compile(r"\$\w")),
    ("punctuation without words", re.compile(r"(?:^|[.?!]\s*)[,.;:]|\s[,.;:?!]")),
)
_SENTENCE_START = re.compile(r"(?:^|[.?!]\s+)([a-z])")


def problems(text: str) -> list[str]:
    """Every slip found in ``text`` (empty when it reads as a well-formed sentence)."""
    found = [name for name, pattern in _CHECKS if pattern.search(text)]
    if _SENTENCE_START.search(text.strip()):
        found.append("a sentence that starts in lower case")
    if not text.strip() or text.strip()[-1] not in ".?!":
        found.append("no full stop or question mark at the end")
    return found
