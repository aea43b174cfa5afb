"""Which place or month a summary puts something in (pure): split from
coach.practice.summary_check.

A summary may move what the persona told to another place or month: "when you were
twenty-six, in Columbus, you were put in-charge" after "I was twenty-six, at a Big Four office
in Cleveland. They made me in-charge"; "your mum had the stroke back in June" after "My mum
had a stroke in July". The place or month is a capitalised name after "in", "at", "from" or
"to" that the persona never said, where the persona's sentence about the same thing (two
content words shared) names another after the same word; or a room or spot of a building
("on the fourth-floor terrace" after "two coffees in the canteen").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from coach.practice.answers import in_my_words
from coach.practice.text import WORD, words_through
from coach.practice.word_stems import stems

# (or a river or a road by name: "on the Clark Fork", "on the Snake River"; or a saint's:
# "at St. Brendan's")
_PLACE = re.compile(
    r"\b(in|at|from|to|near|on the) (?!(?:North|South|East|West)\b)"
    r"(St\. [A-Z][a-z]+(?:'s)?|[A-Z][a-z]{2,}(?: (?:River|Fork|Road|Street))?)(?!\w)"
)
_TITLES = re.compile(r"(?:mr|mrs|ms|dr)s?", re.I)  # "Mr" before a name, no place
# (not after a title's point: "St. Columba's", "Mr. Pruitt")
_SENTENCE = re.compile(r"(?<=[.!?])(?<!\bSt\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bMrs\.)\s+")
SAME_THING = 2  # content words a sentence of the summary shares with the persona's
# A room or spot where something happened, after "in the", "at the", "on the".
ROOMS = frozenset(
    """canteen cafe café kitchen terrace office lab laboratory corridor reception lobby carpark
    staffroom library warehouse yard bar pub restaurant garden rooftop stairwell basement
    boardroom classroom hall studio ward clinic bench desk room park square""".split()  # fmt: skip  # noqa: SIM905
)
_BARE = frozenset({"room"})  # a room only with a word saying which: "the big room", not "the room"
# (or after a name's, "in St. Columba's church hall", or someone's, "at my desk")
_AT_THE = re.compile(
    r"\b(?:in|at|on|to) (?:the |(?:my|your|his|her|their|our) |(?-i:(?:St\. )?[A-Z][a-z]+'s) )",
    re.I,
)
# A room by its number: "in S12", "in room 4B", "at B204" (not a quarter, "in Q3").
_ROOM_CODE = re.compile(
    r"\b(?:in|at) (?:room \d{1,3}[A-Z]?|(?-i:(?!Q\d)[A-Z]{1,2}\d{1,3}[A-Z]?))\b(?![.,]\d)", re.I
)
ROOM_WORDS = 3  # the most words "in the" runs to before the room ("on the fourth-floor terrace")


def moved_place(claim: str, history: Sequence[str]) -> tuple[str, str] | None:
    """The place or month as the persona said it and as the summary says it ("in Cleveland",
    "in Columbus"), or None."""
    heard = " ".join(history)
    sentences_heard = _SENTENCE.split(heard)
    told = [
        (sentence, word, place)
        for sentence in sentences_heard
        for word, place in _PLACE.findall(sentence)
        if not _TITLES.fullmatch(place)
    ]
    # (a town told by its site is where it was: "Big Four, Cleveland office" is in Cleveland)
    told += [
        (sentence, "in", site[1])
        for sentence in sentences_heard
        for site in _SITE.finditer(sentence)
        if site[2] in _TOWN_SITES
    ]
    for sentence in _SENTENCE.split(claim):
        for word, place in _PLACE.findall(sentence):
            if place in heard or _TITLES.fullmatch(place):
                continue
            said = stems(sentence) - stems(place)
            for theirs, their_word, their_place in told:
                if their_word != word or their_place in claim:
                    continue
                if len(said & stems(theirs)) >= SAME_THING:
                    return f"{word} {their_place}", f"{word} {place}"
    return _moved_site(claim, heard) or _moved_room(claim, heard) or _moved_town(claim, heard)


# A named site of a kind: "the Louisville hub", "Memphis hub", "the Leeds office"; or a street
# by name, "Alder Street", "Ferry Lane" (said without "the").
_SITE = re.compile(
    r"\b([A-Z][a-z]{2,}) (hub|office|site|depot|plant|branch|centre|center|terminal|warehouse"
    r"|campus|clinic|store|factory|Street|Lane|Road|Avenue|Drive|Crescent|Square)\b"
)


_TOWN_SITES = frozenset("office branch campus depot".split())  # noqa: SIM905


def _moved_site(claim: str, heard: str) -> tuple[str, str] | None:
    """The site as the persona named it and as the summary names it ("Memphis hub", "Louisville
    hub"): a site of the same kind, never named by the persona, in a sentence about the same
    thing."""
    said_sentences = _SENTENCE.split(heard)
    # (with the sentences either side: "Memphis hub, 2022, the very same lock. Smaller table
    # there; scanners out eleven minutes.")
    told = [
        (_with_neighbours(said_sentences, n), m)
        for n, sentence in enumerate(said_sentences)
        for m in _SITE.finditer(sentence)
    ]
    for sentence in _SENTENCE.split(claim):
        for found in _SITE.finditer(sentence):
            if found[1] in heard or _TITLES.fullmatch(found[1]):
                continue
            said = stems(sentence) - stems(found[1])
            for theirs, site in told:
                # (of any kind: "the Toledo terminal" for "Memphis hub" moves it too)
                if site[1] not in claim and len(said & stems(theirs)) >= SAME_THING:
                    return _site(site), _site(found)
    return None


def _site(found: re.Match[str]) -> str:
    """A site as said: "the Memphis hub", but "Alder Street"."""
    return found[0] if found[2][0].isupper() else f"the {found[0]}"


def _with_neighbours(said: list[str], n: int) -> str:
    """Sentence ``n`` of ``said`` with the sentences either side of it."""
    return " ".join(said[max(0, n - 1) : n + 2])


def _moved_room(claim: str, heard: str) -> tuple[str, str] | None:
    """The room as the persona said it and as the summary says it ("in the canteen", "on the
    fourth-floor terrace"), where a sentence of each about the same thing names one."""
    said_sentences = _SENTENCE.split(heard)
    told = [(s, r) for s in said_sentences for r in _rooms(s)]
    # (a room a sentence opens on, with the sentences either side: "But the canteen at eleven
    # is very loud... Perhaps that's partly why it felt more like a chat than a session.")
    told += [
        (_with_neighbours(said_sentences, n), r)
        for n, s in enumerate(said_sentences)
        for r in _room_first(s)
    ]
    # (the one room the persona named is the room when a word ties the sentences: "the canteen
    # ... more like a chat than a session" and "upstairs in my office felt more like a chat")
    one = len({r.split()[-1].lower() for _, r in told}) == 1
    for sentence in _SENTENCE.split(claim):
        for room in _rooms(sentence):
            if room.split()[-1] in heard:
                continue
            said = stems(sentence) - stems(room)
            for theirs, their_room in told:
                shared = len(said & stems(theirs))
                if their_room.split()[-1] not in claim and (shared >= SAME_THING or one and shared):
                    return _alike(their_room, in_my_words(room))
    return None


# A room a sentence opens on: "But the canteen at eleven is very loud".
_OPENS_ON = re.compile(r"^\W*(?:(?:but|and|so|well|honestly)[,.]?\s+)?the (?=[a-z])", re.I)


def _room_first(sentence: str) -> list[str]:
    """The room a sentence of the persona's opens on ("the canteen"), if any."""
    opens = _OPENS_ON.match(sentence)
    words = words_through(sentence[opens.end() :], ROOMS, 1, WORD) if opens else []
    return [f"the {words[0]}"] if words and words[0].lower() not in _BARE else []


def _alike(told: str, given: str) -> tuple[str, str]:
    """The two rooms said alike: where the persona went "to" one, without the words before
    each ("to the library", "in the park" -> "the library", "the park")."""
    first, other = told.split(maxsplit=1), given.split(maxsplit=1)
    if len(first) == len(other) == 2 and first[0].lower() == "to" != other[0].lower():
        return first[1], other[1]
    return told, given


def _rooms(sentence: str) -> list[str]:
    """Each room named after "in the", "at the", "on the" or "to the" (or "at my"...), with
    those words, and each room named by its number ("in S12")."""
    found = [code[0] for code in _ROOM_CODE.finditer(sentence)]
    for at in _AT_THE.finditer(sentence):
        words = words_through(sentence[at.end() :], ROOMS, ROOM_WORDS, WORD)
        if words and not (len(words) == 1 and words[0].lower() in _BARE):
            found.append(at[0] + " ".join(words))
    return found


# A site of a kind with the town it is in: "the Trust office in Leamington", "Their office is
# in Leamington".
_SITE_IN = re.compile(
    r"\b(hub|office|site|depot|plant|branch|centre|center|warehouse|campus|clinic|store"
    r"|factory)(?: is| was|'s)? in ([A-Z][a-z]{2,})\b"
)


def _moved_town(claim: str, heard: str) -> tuple[str, str] | None:
    """The town the persona put a site in and the one the summary names it by ("in
    Leamington", "the Trust's Birmingham office", "their office in Birmingham"): a site of the
    same kind, its town never named by the persona, in a sentence about the same thing, or
    the one site of that kind the persona placed."""
    told = [(s, m) for s in _SENTENCE.split(heard) for m in _SITE_IN.finditer(s)]
    for sentence in _SENTENCE.split(claim):
        given = [(m[0], m[1], m[2]) for m in _SITE.finditer(sentence)]
        given += [(m[0], m[2], m[1]) for m in _SITE_IN.finditer(sentence)]
        for written, town, kind in given:
            if town in heard:
                continue
            said = stems(sentence) - stems(town)
            alike = [(theirs, site) for theirs, site in told if site[1] == kind]
            for theirs, site in alike:
                shared = len(said & stems(theirs))
                if site[2] not in claim and (shared >= SAME_THING or len(alike) == 1):
                    return f"in {site[2]}", f"the {written.removeprefix('the ')}"
    return None
