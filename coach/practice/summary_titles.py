"""A title a summary gives someone other than the one the persona gave (pure): "Margit, as the
council's project officer" after "Margit is the project lead"; "a senior adviser role" after
"Midlands Money Advice Trust, service manager". Read by coach.practice.detail_fix, which both
decides that a summary is corrected for it and says the right title back.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from coach.practice.summary_roles import PERSON
from coach.practice.text import sentences, words_through
from coach.practice.word_stems import stems

# What a job is called by its last word, beyond the people of summary_roles.
TITLES = PERSON | frozenset("adviser advisor specialist technician practitioner".split())  # noqa: SIM905
# A person named, then what they are: "Margit is the", "Margit, as the", "Margit, our",
# "Priya, as project architect".
_NAMED_AS = re.compile(
    r"\b([A-Z][a-z]+)(?:,? (?:as|who is|who's|is|was)|'s|,)"
    r" (?:(the|a|an|our|your|their|his|her|my) |(?<=as ))",
)
_POST = re.compile(r"\b(?:a|an|the) ((?:[a-z-]+ ){0,2}?([a-z]+)) (?:role|post|job|position)\b")
TITLE_WORDS = 4  # the most words a title runs to after its determiner
# A rank said on its own as what someone is: "Tyler's a senior, third year on Linda's jobs."
_RANK = re.compile(r"(senior|junior)(?=\s*[,.;:!?]|\s+(?:on|in|at|with|for|and|now)\b)", re.I)
SAME_POST = 2  # longer words the summary's sentence shares with the persona's about the post
_NOT_BEFORE_A_TITLE = frozenset("a an the and of as for to in at with is was".split())  # noqa: SIM905


# A title the persona gives itself and one the summary gives it: "I'm a data analyst",
# "you're a senior analyst".
_MY_TITLE = re.compile(r"\bI(?:'m| am) (?:a|an|the) ", re.I)
_YOUR_TITLE = re.compile(r"\byou(?:'re| are) (?:a|an|the) ", re.I)
_WORD = re.compile(r"[A-Za-z'-]+")
_PRAISE = frozenset("good great brilliant real natural born excellent strong fine proper".split())  # noqa: SIM905


def retitled(claim: str, history: Sequence[str]) -> tuple[str, str] | None:
    """The title the persona gave and the one the summary gives instead, or None."""
    heard = " ".join(history)
    mine = [title for _, title in _titles_after(_MY_TITLE, heard)]
    for _, given in _titles_after(_YOUR_TITLE, claim) if mine else ():
        unheard = {w for w in given.lower().split() if w not in heard.lower()}
        if unheard and not unheard & _PRAISE:
            return mine[-1], given  # "data analyst", not "senior analyst"
    said = dict(_named_titles(heard))
    for name, title in _named_titles(claim):
        theirs = said.get(name)
        if theirs and _head(theirs) != _head(title) and _head(title) not in heard.lower():
            return theirs, title
    if owned := _owned_retitled(claim, heard) or _yours_retitled(claim, history):
        return owned
    for sentence in sentences(claim):
        for found in _POST.finditer(sentence):
            head_said = re.search(rf"\b{found[2]}\b", heard, re.I) is not None
            if found[2] not in TITLES or (head_said and _said_or_plain(found[1], heard)):
                continue  # (a title whose last word was said, and the rest too or no title)
            own = {w for w in stems(sentence) if len(w) > 3}
            for line in history:
                for theirs in sentences(line):
                    if len(own & stems(theirs)) >= SAME_POST and (post := _title_in(theirs)):
                        return post, found[1]
    return None


# Someone's title by whose they are: "their operations director", "Meridian's finance director".
_OWNED_TITLE = re.compile(r"\b(their|his|her|our|[A-Z][a-z]+'s) ([a-z-]+) ([a-z]+)\b", re.I)


def _owned_retitled(claim: str, heard: str) -> tuple[str, str] | None:
    """Another kind of the same post, of the same owner, than the persona named ("their
    finance director" after "Their operations director"), whose kind nobody said."""
    said = [
        (m[1].lower(), m[2].lower(), m[3].lower())
        for m in _OWNED_TITLE.finditer(heard)
        if m[3].lower() in TITLES
    ]
    for found in _OWNED_TITLE.finditer(claim) if said else ():
        owner, kind, head = found[1].lower(), found[2].lower(), found[3].lower()
        if head not in TITLES or kind in _PLAIN | _PRAISE or re.search(rf"\b{kind}\b", heard, re.I):
            continue
        theirs = next((t for t in said if t[0] == owner and t[2] == head and t[1] != kind), None)
        if theirs:
            return f"{theirs[1]} {head}", f"{kind} {head}"
    return None


# Someone of the persona's at work, by what they are to it: "my PM", "your design lead".
_MINE = re.compile(r"\bmy ([a-z-]+)(?: ([a-z]+))?", re.I)
_YOURS = re.compile(r"\byour ([a-z-]+)(?: ([a-z]+))?", re.I)
_KIN = frozenset(
    """mother father sister brother husband wife mum dad son daughter grandmother grandfather
    aunt uncle cousin friend flatmate neighbour buddy mate pal student""".split()  # noqa: SIM905
)
_AT_WORK = (TITLES - _KIN) | {"pm"}


def _at_work(found: re.Match[str]) -> str | None:
    """The title after "my" or "your", of one word or two ("PM", "design lead"), if any."""
    if found[1].lower() in _AT_WORK:
        return found[1]
    if found[2] and found[2].lower() in _AT_WORK:
        return f"{found[1]} {found[2]}"
    return None


def _yours_retitled(claim: str, history: Sequence[str]) -> tuple[str, str] | None:
    """Someone the persona called by what they are to it at work ("Within a week my PM knew")
    given a title nobody said ("it got back to your design lead within a week"), where the
    summary's sentence shares SAME_POST longer words with the persona's."""
    heard = " ".join(history).lower()
    mine = [
        (title, stems(sentence))
        for line in history
        for sentence in sentences(line)
        for m in _MINE.finditer(sentence)
        if (title := _at_work(m))
    ]
    for sentence in sentences(claim) if mine else ():
        own = {w for w in stems(sentence) if len(w) > 3}
        for title in filter(None, map(_at_work, _YOURS.finditer(sentence))):
            if re.search(rf"\b{_head(title)}\b", heard):
                continue  # (a title the persona said, of whomever)
            for theirs, words in mine:
                if _head(theirs) != _head(title) and len(own & words) >= SAME_POST:
                    return theirs, title
    return None


def _said_or_plain(title: str, heard: str) -> bool:
    """Whether a title ("operations manager") was said whole, or what comes before its last word
    names no other kind of it ("a new manager job", "a senior manager post")."""
    before = title.lower().split()[:-1]
    if not before or re.search(rf"\b{re.escape(title)}\b", heard, re.I):
        return True
    return any(word in heard.lower() or word in _PRAISE | _PLAIN for word in before)


_PLAIN = frozenset("new senior junior permanent temporary full-time part-time proper".split())  # noqa: SIM905


def _titles_after(opening: re.Pattern[str], text: str) -> Iterator[tuple[re.Match[str], str]]:
    """Each ``opening`` with the title, up to TITLE_WORDS words, after it ("I'm a", "data
    analyst")."""
    for found in opening.finditer(text):
        words = words_through(text[found.end() :], TITLES, TITLE_WORDS, _WORD)
        rank = _RANK.match(text[found.end() :])
        if words:
            yield found, " ".join(words)
        elif rank:
            yield found, rank[1]


def _named_titles(text: str) -> Iterator[tuple[str, str]]:
    """Each person named with what they are: ("Margit", "the project lead")."""
    for found, title in _titles_after(_NAMED_AS, text):
        yield found[1], f"{found[2]} {title}" if found[2] else title


def _title_in(sentence: str) -> str | None:
    """A title in the persona's sentence, with the word before it ("service manager")."""
    words = re.findall(r"[a-z'-]+", sentence.lower())
    for i, word in enumerate(words):
        if word in TITLES:
            before = words[i - 1] if i and words[i - 1] not in _NOT_BEFORE_A_TITLE else ""
            return f"{before} {word}".strip()
    return None


def _head(title: str) -> str:
    return title.lower().split()[-1]
