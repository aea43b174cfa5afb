"""Which person a summary says what of (pure): split from coach.practice.summary_check.

A summary may give one person what the persona said of another, either between two people the
persona named ("Jamal out on leave" after "Tanya's on leave") or to someone the persona never
named in this conversation ("Shanice has been signed off" after "Marcus on my team has been
signed off"), or have someone tell another listener ("Shanice told Graham" after "Shanice said
to me").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from coach.practice.calendar_words import DAYS_AND_MONTHS
from coach.practice.summary_told import told_another
from coach.practice.text import sentences
from coach.practice.word_stems import stems

# A name: capitalised, not the first word of a sentence, not a quoted word of theirs (its
# letters may carry accents: "Ramírez").
_LOWER = "a-zà-öø-ÿ"
NAME = re.compile(rf"(?<![.!?:]\s)(?<![.!?:])(?<!^)\b([A-Z][{_LOWER}]{{2,}})\b")
NOT_NAMES = re.compile(rf"(?:mr|mrs|ms|dr|{DAYS_AND_MONTHS})s?", re.I)
CLAUSE_BREAK = re.compile(r"[,.;:!?()]|\s(?:and|but|while|whereas|so|because)\s", re.I)
# Content words a clause about one person shares with what was said of another that make
# it what was said of that other.
SAID_OF_ANOTHER = 2


def swaps_names(claim: str, history: Sequence[str]) -> bool:
    """Whether the summary gives one person what the persona said of another ("Jamal out on
    leave and Tanya's spot frozen" after "Tanya's on leave, Jamal's post is frozen"): a name
    whose clause in the summary shares words with another name's clauses, none with its own."""
    return swapped_name(claim, history) is not None


def swapped_name(claim: str, history: Sequence[str]) -> tuple[str, str] | None:
    """The one the persona said it of and the one the summary gives it to, or None; or who
    someone told, where the summary has them tell another ("to me", "to Graham")."""
    told = told_another(claim, history)
    if told:
        return told
    heard = " ".join(history)
    names = [n for n in dict.fromkeys(NAME.findall(claim)) if n in heard]
    names = [n for n in names if not NOT_NAMES.fullmatch(n)]
    if len(names) < 2:
        return None
    for a in names:
        other = _deed_of_another(claim, heard, a, [b for b in names if b != a], _said_of(heard, a))
        if other:
            return other, a
    said = {n: _around(heard, n, names) for n in names}
    claimed = {n: _around(claim, n, names) for n in names}
    return next(
        (
            (b, a)
            for a in names
            for b in names
            if a != b and said[a] and claimed[a] & said[b] and not claimed[a] & said[a]
        ),
        None,
    )


def _deed_of_another(
    claim: str, heard: str, name: str, others: Sequence[str], said_of: set[str]
) -> str | None:
    """The one of ``others`` the persona said did what a clause of the summary's own gives
    ``name``, when nothing said of ``name`` (``said_of``) is in it: "Owen, who rolled it back,
    thinks..." after "you paged Bea, who rolled it back. And Owen, who approved your PR,
    thinks..." gives Bea."""
    deed = _who_did(claim, name) - _WHEN_WORDS
    if not deed or deed & said_of:
        return None
    people = [*others, name]
    return next(
        (
            o
            for o in others
            if len(deed & (_around(heard, o, people) | _who_did(heard, o))) >= SAID_OF_ANOTHER
        ),
        None,
    )


def _put_in_their_place(claim: str, heard: str, name: str, others: Sequence[str]) -> str | None:
    """The one of ``others`` whose place in what the persona said the summary gives ``name``,
    whom the persona never named, beside the same people ("Jess Amadi is the one Linda's
    already pencilled in" after "Linda already has Tyler Gant pencilled in")."""
    if not _a_person_by_use(claim, name):
        return None
    everyone = {*NAME.findall(claim), *NAME.findall(heard)}
    dropped = set().union(*(stems(n) for n in everyone)) | _WHEN_WORDS
    claimed = set().union(*(stems(c) for c in _clauses(claim) if name in c)) - dropped
    return next(
        (
            o
            for o in others
            if len(claimed & _theirs(heard, o, name, dropped)) >= SAID_OF_ANOTHER
            and _a_person_by_use(heard, o)
        ),
        None,
    )


# A name used as a person's: with a surname, a title, or doing something ("Linda already has",
# "Curtis worked"), not a place or a firm ("on 4 West", "for Dunmore").
_DOES = (
    r"(?:'s|'d|'ll| is| was| has| had| said| told| asked| wants| wanted| thinks| thought| put"
    r"| gave| got| worked| runs| ran| knows| knew| called| rang| sent| came| went| did| does"
    r"| will| would| can| could| may| might)\b"
)


def _a_person_by_use(text: str, name: str) -> bool:
    """Whether ``text`` uses ``name`` as a person's: with a surname after it, a title before
    it, or a verb (after an adverb at most) of their own."""
    said = re.escape(name)
    surname_or_deed = (
        rf"(?: (?!{DAYS_AND_MONTHS}\b)(?-i:[A-Z][a-z]+)\b"
        rf"| (?:\w+ly |already |just |still |never )?{_DOES})"
    )
    return bool(
        re.search(rf"\b{said}{surname_or_deed}", text)
        or re.search(rf"\b(?:Mr|Mrs|Ms|Dr|Miss)\.? {said}\b", text)
    )


def _theirs(heard: str, other: str, name: str, dropped: set[str]) -> set[str]:
    """The content words of the clauses that name ``other`` and not ``name``."""
    clauses = [c for c in _clauses(heard) if other in c and name not in c]
    return set().union(*(stems(c) for c in clauses)) - dropped


def _around(text: str, name: str, names: Sequence[str]) -> set[str]:
    """The content words of the clauses that name ``name`` and no other of ``names``."""
    clauses = [c for c in _clauses(text) if name in c]
    alone = [c for c in clauses if not any(other in c for other in names if other != name)]
    return set().union(*(stems(c) for c in alone)) - {n.lower() for n in names}


@lru_cache(maxsize=64)
def _clauses(text: str) -> tuple[str, ...]:
    """``text`` split at its clause breaks, once for the many names a check asks about."""
    return tuple(CLAUSE_BREAK.split(text))


def gives_to_another(claim: str, history: Sequence[str], known: str) -> bool:
    """Whether the summary gives someone what the persona said of a person it named (one
    ``known`` to the scenario) whom the summary leaves out, and nothing the persona said of
    the one it names in any sentence that names them ("Shanice has been signed off" after
    "Marcus on my team has been signed off", whoever Shanice is)."""
    return given_to_another(claim, history, known) is not None


def given_to_another(claim: str, history: Sequence[str], known: str) -> tuple[str, str] | None:
    """The one the persona said it of and the one the summary gives it to, or None."""
    heard = " ".join(history)
    known_names, _ = _known_words(known)
    written_low = written_in_lower_case(heard, known)
    opening = [
        w for w in _OPENING_WORD.findall(claim) if w in known_names and w.lower() not in written_low
    ]
    named = [
        n for n in dict.fromkeys([*NAME.findall(claim), *opening]) if not NOT_NAMES.fullmatch(n)
    ]
    text = f"{known} {heard}"
    others = [
        n
        for n in known_names
        if n in heard and n not in claim and _a_person(n, named, text, written_low)
    ]
    for name in named if others else []:
        people = [*others, name]
        said_of = _said_of(heard, name)
        other = _deed_of_another(claim, heard, name, others, said_of)
        other = other or (None if said_of else _put_in_their_place(claim, heard, name, others))
        if other:
            return other, name
        claimed = _around(claim, name, named) - _WHEN_WORDS
        # (what was said of them in a clause of their own: "Tanya's out on medical leave,
        # Jamal's old position is still frozen" says nothing of Jamal's leave)
        shared = _shares_sentence(heard, name, people)
        if claimed & (_around(heard, name, people) - stems(name) if shared else said_of):
            continue
        given = (o for o in others if len(claimed & _around(heard, o, people)) >= SAID_OF_ANOTHER)
        other = next(given, None)
        if other:
            return other, name
    return None


def _shares_sentence(heard: str, name: str, people: Sequence[str]) -> bool:
    """Whether every sentence that names ``name`` names another of ``people`` too."""
    said = [sentence for sentence in sentences(heard) if name in sentence]
    return bool(said) and all(any(p in s for p in people if p != name) for s in said)


def _said_of(heard: str, name: str) -> set[str]:
    """The content words of every sentence that names ``name``, whoever else it names."""
    said = [sentence for sentence in sentences(heard) if name in sentence]
    return set().union(*(stems(sentence) for sentence in said)) - stems(name)


def _who_did(text: str, name: str) -> set[str]:
    """The content words of the relative clauses that follow ``name`` ("Bea, who rolled it
    back")."""
    found = re.findall(rf"\b{re.escape(name)},? (?:who|whom) ([^,.;:!?]+)", text)
    return set().union(*(stems(clause) for clause in found))


_WHEN_WORDS = stems(f"{DAYS_AND_MONTHS.replace('|', ' ')} before after since first then today")


_LOWER_WORD = re.compile(r"\b[a-z][a-z'-]*\b")
# A capitalised word opening a sentence: a name only if the scenario writes it as one.
_OPENING_WORD = re.compile(r"(?:^|[.!?:]\s+)([A-Z][a-z]{2,})\b")


def _a_person(
    word: str, named: Sequence[str], text: str, written_low: frozenset[str] | set[str]
) -> bool:
    """Whether a capitalised word of ``text`` is someone other than those ``named``: never
    written in lower case (``written_low``: "Let", "Home"), and not a name said beside theirs
    ("Curtis Bell")."""
    if NOT_NAMES.fullmatch(word) or not stems(word) or word.lower() in written_low:
        return False
    return not any(f"{name} {word}" in text or f"{word} {name}" in text for name in named)


def written_in_lower_case(heard: str, known: str) -> frozenset[str]:
    """The words the persona's lines (``heard``) or the scenario's prose (``known``) write in
    lower case: a capitalised one of these opening a sentence is no name ("Let", "The")."""
    return _known_words(known)[1].union(_LOWER_WORD.findall(heard))


@lru_cache(maxsize=64)
def _known_words(known: str) -> tuple[list[str], frozenset[str]]:
    """The capitalised words of a scenario's text, and the words its prose writes in lower
    case (not its keyword lists, which write every name in lower case: "linda")."""
    prose = _KEYWORD_LIST.sub(" ", known)
    return list(dict.fromkeys(NAME.findall(known))), frozenset(_LOWER_WORD.findall(prose))


# Not prose: keyword and topic lists, and the ids that tie material together ("halloran-strain").
_KEYWORD_LIST = re.compile(
    r'"(?:keywords|topics)":\[[^\]]*\]|"(?:id|concern|after)":(?:"[^"]*"|\[[^\]]*\])'
)


def holds_word(text: str, name: str) -> bool:
    """Whether ``text`` has ``name`` as a word of its own ("Sam" is not in "Same time")."""
    return re.search(rf"(?<![A-Za-z]){re.escape(name)}(?![a-z])", text) is not None


# A sentence opening with a first name and a surname: "Hannah Siddiqui's team hires in January."
_OPENING_FULL_NAME = re.compile(r"(?:^|[.!?:]\s+)([A-Z][a-z]{2,}) [A-Z][a-z]{2,}\b")


def opening_names(text: str, heard: str, known: str) -> list[str]:
    """First names opening a sentence before a surname, which NAME skips as sentence starts;
    not a word written in lower case anywhere ("The Halloran team")."""
    lower = written_in_lower_case(heard, known)
    return [w for w in _OPENING_FULL_NAME.findall(text) if w.lower() not in lower]
