"""A name a summary writes another way than the persona's (pure): a titled surname ("Mrs.
Okafor" where only "Mrs. Okonkwo" was said), a surname after the same first name ("Tomás
Ramírez" for "Tomás Reyes") or a first name before the same surname ("Grace Dunmore" for "Gail
Dunmore"). Split from coach.practice.summary_names; coach.practice.summary_check corrects a
summary or a reflection for it and coach.practice.detail_fix says the right name back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from coach.coder.words import FUNCTION_WORDS
from coach.practice.calendar_words import DAYS_AND_MONTHS

_DATED = re.compile(DAYS_AND_MONTHS, re.I)  # a day or a month, no name

# A surname after a title, which NAME takes for a sentence start: "Mrs. Okonkwo", "Dr Shah".
TITLED = re.compile(r"\b(Mr|Mrs|Ms|Dr|Miss)\.? ([A-Z][a-z]{2,})\b")


def renamed(claim: str, history: Sequence[str], known: str = "") -> tuple[str, str] | None:
    """The one titled name the persona's lines or ``known`` (the scenario) hold and the
    unheard one the summary puts under the same title in its place ("Mrs. Okafor" where only
    "Mrs. Okonkwo" was ever said), under the same first name ("Tomás Ramírez" where only
    "Tomás Reyes" was), or with another first name ("Grace Dunmore" where only "Gail Dunmore"
    was), as each was written; or None."""
    heard = " ".join([*history, known])
    for named in (TITLED, FULL_NAME):
        said = list(named.finditer(heard))
        heard_names = {m.group(2) for m in said}
        for wrong in named.finditer(claim):
            if wrong.group(2) in heard_names or _no_name(wrong, heard):
                continue
            right = {_written(m) for m in said if m.group(1) == wrong.group(1)}
            if len({name.split()[-1] for name in right}) == 1:
                return min(right, key=len), _written(wrong)
    # or another first name before the same surname, not opening a sentence: "Grace Dunmore"
    # where only "Gail Dunmore" was said
    for wrong in FULL_NAME.finditer(claim):
        first, surname = wrong.groups()
        if (
            re.search(rf"\b{first}\b", heard)
            or _opens_sentence(claim, wrong)
            or _no_name(wrong, heard)
        ):
            continue
        found = [m for m in FULL_NAME.finditer(heard) if m.group(2) == surname]
        # (one opening a sentence only when no other is found: "Explains Dunmore" is no name)
        inside = {_written(m) for m in found if not _opens_sentence(heard, m)}
        right = inside or {_written(m) for m in found}
        if len(right) == 1:
            return next(iter(right)), _written(wrong)
    return None


def _no_name(found: re.Match[str], heard: str) -> bool:
    """Whether two capitalised words are no one's name: a word that opens a clause ("And Owen",
    "Since Graham"), one ``heard`` also holds in lower case, or a day or a month ("Curtis
    Monday")."""
    first = found.group(1)
    return (
        first.lower() in FUNCTION_WORDS
        or re.search(rf"\b{first.lower()}\b", heard) is not None
        or any(_DATED.fullmatch(word) for word in found.groups())
    )


def _opens_sentence(text: str, name: re.Match[str]) -> bool:
    """Whether a name found in ``text`` opens a sentence, where any word has a capital."""
    return re.search(r"(?:^|[.!?:\"]\s*)$", text[: name.start()]) is not None


def _written(name: re.Match[str]) -> str:
    """A name as written (a FULL_NAME match, being a lookahead, holds it only in its groups)."""
    return name.group(0) or f"{name.group(1)} {name.group(2)}"


# A first name and a surname ("Tomás Reyes"), read at every capitalised word so that "So"
# or "And" before a name does not hide it; the first name stands where a title does above
# ("Tomás Ramírez" where only "Tomás Reyes" was ever said).
FULL_NAME = re.compile(r"(?=\b([A-Z][^\W\d_]{2,}) ([A-Z][^\W\d_]{2,})\b)")
