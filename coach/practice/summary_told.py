"""Who someone said a thing to, changed in a summary (pure).

"Shanice told Graham she feels like a debt collector" after "Shanice said to me last week she
feels like a debt collector" gives the words to the wrong listener: the persona puts it right
("to me, not to Graham"). Read by coach.practice.summary_names with the names a summary swaps.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from coach.practice.calendar_words import DAYS_AND_MONTHS
from coach.practice.text import sentences
from coach.practice.word_stems import stems

# Someone named telling someone: "Shanice told Graham", "Margit spoke to me", "Shanice,
# my most experienced, said to me", "Dan asked you", "I told Rocco in maintenance", "Denise
# Pruitt, who runs our Gary terminal, called me".
_TOLD = re.compile(
    r"\b(?:(?:Mrs|Mr|Ms|Dr)\.? )?"
    r"(?!(?:And|But|So|Then|Well|Yes|Now|Also|When|If|Before|After|Since|Once|On|At|In)\b)"
    r"(I|you|[A-Z][a-z]{2,})\b(?: [A-Z][a-z]+)?"
    r"(?:, (?:who|whose|my|our) [^,.;!?]{1,40},)?"
    r"[^.;!?A-Z]{0,40}?\b(?:told|telling|tells|said (?:it |that |this )?to|asked|texted"
    r"|emailed|messaged|rang|phoned|called|spoke to|spoke with|talked to)"
    r"\s+(?:(?:Mrs|Mr|Ms|Dr)\.? )?(me|you|us|[A-Z][a-z]{2,})\b"
)
# The persona's listener as the learner would name them: the persona's "me" is "you".
_IN_THE_LEARNERS_WORDS = {"me": "you", "us": "you", "you": "me"}
# Who tells, as the learner would name them: the persona's "I" is "you"; the learner's own "I"
# is "me".
_TELLER_AS_HEARD = {"I": "you", "you": "me"}
_TELLER_AS_SAID = {"I": "me"}
_NOT_LISTENERS = frozenset({"I", "It", "That", "This", "There", "Then"})


def told_another(claim: str, history: Sequence[str]) -> tuple[str, str] | None:
    """Who the persona said someone told and whom the summary says they told instead ("to
    me", "to Graham"), when both sentences tell the same thing (a content word besides the
    names in common); None when nothing was given to another listener."""
    heard = [
        (
            _TELLER_AS_HEARD.get(speaker, speaker),
            _IN_THE_LEARNERS_WORDS.get(listener, listener),
            _words(sentence),
        )
        for line in history
        for sentence in sentences(line)
        for speaker, listener in _TOLD.findall(sentence)
    ]
    for sentence in sentences(claim):
        for teller, listener in _TOLD.findall(sentence):
            teller = "you" if teller == "You" else teller  # (at the start of a sentence)
            speaker = _TELLER_AS_SAID.get(teller, teller)
            if listener in _NOT_LISTENERS or speaker == listener:
                continue
            words = _words(sentence)
            for theirs, to, said in heard:
                if theirs == speaker and to != listener and words & said:
                    return _to(to), _to(listener)
            if _turned_round(speaker, listener, words, heard):
                return f"{listener} to me", f"me to {listener}"
    return None


def _turned_round(
    speaker: str, listener: str, words: set[str], heard: Sequence[tuple[str, str, set[str]]]
) -> bool:
    """Whether the summary has the persona ("you") tell someone who, the persona said, told it
    the same thing, and the persona never told them anything ("you emailed Mrs Okafor the
    next morning to thank her" after "Mrs Okafor emailed me the next morning, thanking
    me")."""
    if speaker != "you":
        return False
    told_them = any(theirs == "you" and to == listener for theirs, to, _ in heard)
    return not told_them and any(
        theirs == listener and to == "you" and words & said for theirs, to, said in heard
    )


_TELLING = stems(
    "told telling tells said asked texted emailed messaged rang phoned called spoke talked"
)


def _words(sentence: str) -> set[str]:
    """The content words of a sentence besides its names and its verb of telling."""
    names = " ".join(" ".join(pair) for pair in _TOLD.findall(sentence))
    return stems(sentence) - stems(names) - _TELLING


def _to(listener: str) -> str:
    """The listener (in the learner's words) as the persona says it: "you" is "me"."""
    return f"to {_IN_THE_LEARNERS_WORDS.get(listener, listener)}"


# The learner telling the persona something ("you'd told me it would be straightforward"), and a
# summary giving that saying to someone else ("the programme lead had told you it would be
# straightforward").
_YOU_TOLD_ME = re.compile(
    r"\byou(?:'d| had| have|'ve)? (?:told me|said(?: to me)?)\b(?: that)?([^.!?;]*)", re.I
)
_ANOTHER_TOLD_YOU = re.compile(
    r"\b((?:the|your|a|an|his|her|their) (?-i:[a-z]+)(?: (?-i:[a-z]+))?|(?-i:[A-Z][a-z]{2,})"
    r"|he|she|they|someone|somebody)(?:'d| had| has|'s)? (?:told you|said to you)\b(?: that)?"
    r"([^.!?;]*)",
    re.I,
)


def saying_given_to_another(claim: str, history: Sequence[str]) -> tuple[str, str] | None:
    """Who told the persona a thing (the learner: "you") and whom the summary says told it,
    when the summary's words of the saying are the persona's, and the persona never said that
    one told it anything ("...because the programme lead had told you it would be
    straightforward" after "...because you'd told me it would be straightforward")."""
    heard = " ".join(history)
    yours = [_words(m.group(1)) for m in _YOU_TOLD_ME.finditer(heard)]
    for m in _ANOTHER_TOLD_YOU.finditer(claim):
        teller, said = m.group(1), _words(m.group(2))
        if not said or re.search(rf"\b{re.escape(teller)}\b", heard, re.I):
            continue  # (the persona said that one told it something too)
        if any(theirs and len(said & theirs) * 2 >= len(theirs) for theirs in yours):
            return "you", teller
    return None


# Someone named telling the persona a thing, in a summary: "Linda told you I'd pulled more than
# my weight on Harlow".
_NOT_A_NAME = r"(?!(?:She|He|They|It|This|That|There|Then|And|But|So)\b)"
_NAMED_TOLD_YOU = re.compile(
    rf"\b{_NOT_A_NAME}([A-Z][a-z]{{2,}})(?:'d| had| has)? (?:told|said to) you\b(?: that)?"
    r"([^.!?;,]*)"
)
_A_NAME = re.compile(rf"\b{_NOT_A_NAME}[A-Z][a-z]{{2,}}\b")
SAID_OF_IT = 2  # content words the summary's saying shares with the persona's sentence of it


def another_teller(claim: str, history: Sequence[str]) -> tuple[str, str] | None:
    """Who the persona said told it a thing and whom the summary says told it ("Jess",
    "Linda"), or None: the persona's sentence that has the saying (SAID_OF_IT words), with
    the one before it, names someone else telling and not the summary's teller ("Jess came by my
    office last week, actually. Said you pulled more than your weight on Harlow." summed up
    as "Linda told you I'd pulled more than my weight on Harlow")."""
    said = [sentence for line in history for sentence in sentences(line)]
    for found in _NAMED_TOLD_YOU.finditer(claim):
        teller, words = found[1], stems(found[2])
        for n, sentence in enumerate(said):
            if len(words & stems(sentence)) < SAID_OF_IT:
                continue
            around = " ".join(said[max(0, n - 1) : n + 1])
            names = dict.fromkeys(_A_NAME.findall(around))
            people = [m for m in names if re.search(rf"\b{m} (?:came|said|told|was|is)\b", around)]
            # (the summary's teller may be in it as the one told of: "Marcus said something
            # to me. Your notes to Gareth have got a bit pointed lately...")
            if teller not in people and people:
                return people[0], teller
    return None


# The persona naming its own part in a meeting ("I'm the facilitator on Friday", "I'm chairing
# it"), and a summary giving that part to someone named ("on Friday Jasmine is the one
# facilitating").
_MY_PART = re.compile(r"\bI(?:'m| am) (?:the )?(facilitat|chair|referee|host)\w*", re.I)
_THEIR_PART = re.compile(
    r"\b(?!(?:She|He|They|It|This|That|There|Then|And|But|So)\b)([A-Z][a-z]{2,})"
    r" (?:is|will be|'s) (?:the one )?(?:the )?(facilitat|chair|referee|host)\w*"
)


def part_given_to_another(claim: str, history: Sequence[str]) -> tuple[str, str] | None:
    """The persona's own part in a meeting, said as "me", and whom the summary gives it to
    ("me", "Jasmine"), when the persona never said that one had a part, or None."""
    heard = " ".join(history)
    mine = {m[1].lower() for m in _MY_PART.finditer(heard)}
    for found in _THEIR_PART.finditer(claim) if mine else ():
        if found[2].lower() in mine and not re.search(rf"\b{found[1]} (?:is|'s)\b", heard):
            return "me", found[1]
    return None


_DAY_OR_MONTH = re.compile(DAYS_AND_MONTHS, re.I)
# Who made a call, as the persona tells it ("Marcus made that call after March") and as a
# summary gives it ("putting the engine first was Gareth's decision").
_MADE_THE_CALL = re.compile(
    rf"\b{_NOT_A_NAME}([A-Z][a-z]{{2,}}) (?:made (?:that|the|this) (?:call|decision)|decided"
    r"|chose)\b"
)
_GIVEN_THE_CALL = re.compile(
    # ("was Gareth's call", not "Thursday's call", a meeting)
    rf"\b(?:was|is|were|it's|that's|been) {_NOT_A_NAME}([A-Z][a-z]{{2,}})'s call\b"
    rf"|\b{_NOT_A_NAME}([A-Z][a-z]{{2,}})(?:'s (?:decision|choice)| made (?:that|the|this)"
    r" (?:call|decision)| decided)\b"
)


def another_decider(claim: str, history: Sequence[str]) -> tuple[str, str] | None:
    """Who the persona said made a call and whom the summary says made it ("Marcus",
    "Gareth"), or None: the summary's clause that gives the call to someone shares SAID_OF_IT
    content words with the persona's sentence (and the one before it) in which someone else
    made it, and the persona never gave a call to the summary's one ("...and putting the engine
    first was Gareth's decision after March" after "The engine comes first; Marcus made that
    call after March and I agreed.")."""
    said = [sentence for line in history for sentence in sentences(line)]
    deciders = {m[1] for m in _MADE_THE_CALL.finditer(" ".join(said))}
    for clause in re.split(r"[,;:.!?]", claim):
        found = _GIVEN_THE_CALL.search(clause)
        if found is None:
            continue
        decider, words = found[1] or found[2], stems(_GIVEN_THE_CALL.sub(" ", clause))
        if decider in deciders or _DAY_OR_MONTH.fullmatch(decider):
            continue  # (a call the persona gave them too; "Thursday's call" is a meeting)
        for n, sentence in enumerate(said):
            made = _MADE_THE_CALL.search(sentence)
            around = " ".join(said[max(0, n - 1) : n + 1])
            if made is not None and len(words & stems(around)) >= SAID_OF_IT:
                return made[1], decider
    return None
