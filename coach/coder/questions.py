"""The questions a turn asks, one by one, and whether they were stacked (pure).

A question sentence can hold several questions ("And is that why you went to Ines, and did you
think of checking, or how the client would take it?"), and some question marks ask nothing
new: asking permission ("Can I ask about the floor?"), the check at the end of a summary
("Have I got that right?"), a tag ("Right?") or a short echo of the other's words ("She thanked
you?"). Only real questions count. Questions are stacked when a turn asks three or more, or
narrows an open question with a closed one ("How did it go? Was it awful?"): either way the
other person cannot answer them all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from coach.coder.features import normalise, sentences

ECHO_WORDS = 4  # a question this short that does not start like a question is an echo

_TAG = re.compile(r"^(?:right|yeah|yes|no|ok|okay|eh|innit|hm+|isn't it|fair|agreed|deal)\W*$")
_PERMISSION = re.compile(
    r"^(?:\w+, )?(?:so,? |and |but )?(?:can|could|may|might) i (?:just )?(?:ask|check|say|offer"
    r"|suggest|share|tell|put|be honest|come back|push|name|notice|try|add|play|read|start"
    r"|take|have a go|think out loud|pick up|go back|mention|be straight)\b"
)
_CHECK = re.compile(
    r"(?:have|did) i (?:got|get|understood|understand|missed|miss|heard|hear|left out)"
    r"|is (?:that|this) (?:right|fair|it|about right|everything|the (?:whole|full) picture"
    r"|how you see it"
    r"|a fair)|anything (?:i(?:'ve)? (?:missed|left out|got wrong)|else|to add|you'd add)"
    r"|does that (?:sound|fit|match|capture|cover)|am i (?:right|close|missing|on track)"
    r"|what (?:have|did) i (?:miss|get wrong|leave out)"
    r"|(?:did|have) i (?:get|got) (?:it|that) right"
    r"|is that a fair|would you add|fair summary|^i (?:missed|left out) (?:something|anything)"
)
_OPENERS = [
    "what",
    "how",
    "why",
    "where",
    "who",
    "which",
    "when",
    "whose",
    "whom",
    "is",
    "are",
    "was",
    "were",
    "do",
    "does",
    "did",
    "have",
    "has",
    "had",
    "can",
    "could",
    "would",
    "will",
    "should",
    "shall",
    "may",
    "might",
    "isn't",
    "aren't",
    "wasn't",
    "weren't",
    "don't",
    "doesn't",
    "didn't",
    "haven't",
    "hasn't",
    "can't",
    "couldn't",
    "won't",
    "wouldn't",
    "shouldn't",
]
_INVITATION = re.compile(
    r"\bis there (?:anything|more|something|any more|a part|a bit)|\banything else\b"
    r"|(?:do|would) you (?:want|like) to (?:say|add|tell|talk)"
)
_ABBREVIATION = re.compile(r"\b(mr|mrs|ms|mx|dr|prof|st)\.")  # "Mr. Dunleavy" is one sentence
_AUXILIARIES = frozenset(_OPENERS[_OPENERS.index("is") :])
_DASH = re.compile(r"\s[-\u2013\u2014]\s")
_LEAD = re.compile(r"^(?:and|but|so|then|or|okay|ok|right|well|wait|oh)\b,? *")
_OPEN_WORD = re.compile(r"\b(?:what|how|why|where)\b(?! (?:long|many|much|often|old|soon)\b)")
_FOLLOW_ON = re.compile(
    r",? (and|or) (?=(?:did|is|was|were|do|does|have|has|are|would|could|can|will|how|what|why"
    r"|when|where|who)\b)"
)


class QuestionKind(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


@dataclass(frozen=True)
class Question:
    text: str
    kind: QuestionKind


# A question quoted, not asked: "I'll ask 'ideas or thinking time?' before I offer anything."
_QUOTED_QUESTION = re.compile(
    r"(?<!\w)'[^'?.!]{1,80}\?'(?!\w)|\"[^\"?.!]{1,80}\?\"|\u2018[^\u2019?.!]{1,80}\?\u2019"
    r"|\u201c[^\u201d?.!]{1,80}\?\u201d"
)


def questions(text: str) -> list[Question]:
    """The real questions of a turn, in order (permission, checks, tags and echoes left out)."""
    found: list[Question] = []
    unquoted = _QUOTED_QUESTION.sub("that", normalise(text))
    for sentence in sentences(_ABBREVIATION.sub(r"\1", unquoted)):
        # "Can I check something first: were you expecting...?" asks what follows the colon,
        # and "Before I go on - is it still Friday?" what follows the dash, when a question
        # starts there.
        sentence = sentence.rsplit(": ", 1)[-1]
        parts = _DASH.split(sentence)
        if len(parts) > 1 and parts[-1].split(" ", 1)[0].lower() in _OPENERS:
            sentence = parts[-1]
        sentence = _after_leave_to_ask(sentence)
        if not sentence.endswith("?") or _asks_nothing_new(sentence):
            continue
        for part in _follow_ons(sentence):
            part = part.strip(" ,")
            if part:
                found.append(Question(part, _kind(part)))
    # "What about the outline? Does it still make sense?" names what the next one asks about.
    return [q for i, q in enumerate(found) if not (_TOPIC_LEAD.match(q.text) and found[i + 1 :])]


_TOPIC_LEAD = re.compile(r"^(?:and |so |but )?(?:what|and) about (?:\S+ ?){1,4}\?$")


def _follow_ons(sentence: str) -> list[str]:
    """The questions a sentence chains with "and" or "or"; not the end of a span of time
    ("what would help between now and when we next meet?" asks one thing), and not question
    words joined ("Where and when works for you?")."""
    parts: list[str] = []
    for joint, part in _joints(sentence):
        if parts and (_SPAN_OPEN.search(parts[-1]) or parts[-1].strip().lower() in _WH_WORDS):
            parts[-1] = f"{parts[-1]} {joint} {part}"
        else:
            parts.append(part)
    return parts


def _joints(sentence: str) -> list[tuple[str, str]]:
    """The sentence's pieces between "and"/"or" before a question word, each with the word
    that joined it to the piece before ("" for the first); and questions listed with commas
    ("Would you be willing, do you know anyone over there, and is Wednesday too tight?")."""
    pieces = _FOLLOW_ON.split(sentence)
    joined = [("", pieces[0]), *zip(pieces[1::2], pieces[2::2], strict=True)]
    return [
        (joint if n == 0 else ",", part)
        for joint, piece in joined
        for n, part in enumerate(_listed(piece))
    ]


# A question's own start: an auxiliary and its subject ("would you", "is Wednesday"), or a
# question word and an auxiliary ("what do", "how are"); not "when you left", a clause.
_ASKS_AT_START = re.compile(
    r"^(?:(?:and|but|so|or),? )?(?:(?:is|are|was|were|do|does|did|have|has|can|could|would|will"
    r"|should|shall)\b \w+|(?:what|how|why|where|who|which)(?:'s|'re| (?:is|are|was|were|do|does"
    r"|did|would|will|could|can|should|have|has)\b))",
    re.I,
)
_LISTED = re.compile(
    r",\s+(?=(?:is|are|do|does|did|have|has|can|could|would|will|what|how|why|who)\b)", re.I
)


def _listed(piece: str) -> list[str]:
    """A piece split where, after a question of its own, a comma starts another."""
    parts = _LISTED.split(piece)
    if len(parts) == 1 or any(_ASIDE.match(p.strip(" ?,")) for p in parts):
        return [piece]  # "Is it okay, do you think?", "What do you think, is it worth it?"
    if not all(_ASKS_AT_START.match(p.strip()) for p in parts):
        return [piece]
    first = _LEAD.sub("", parts[0].strip().lower()).split(" ", 1)[0].split("'")[0]
    if first in _WH_WORDS and _RECALL.match(parts[1].strip()):
        return [piece]  # "And who was she, do you know her name?" asks one thing twice
    return parts


_RECALL = re.compile(r"^(?:do|did|would|can|could) you (?:know|remember|recall)\b", re.I)


# A question's aside, no question of its own: "do you think", "would you say", "what do you
# reckon".
_ASIDE = re.compile(
    r"^(?:and |so )?(?:(?:what|how) )?(?:do|would|did) you (?:think|reckon|say|feel|suppose)$", re.I
)


_WH_WORDS = frozenset(_OPENERS[: _OPENERS.index("is")])


_SPAN_OPEN = re.compile(r"\bbetween (?:(?!\band\b)[^,])*$", re.I)  # "between now", no "and" yet


def _after_leave_to_ask(sentence: str) -> str:
    """The question after leave to ask it, when a comma sets it off: "Can I ask, has the third
    quarter been harder?" asks whether it has ("Can I ask why?" is left to _PERMISSION)."""
    leave = _PERMISSION.match(sentence.lower())
    if leave is None:
        return sentence
    rest = sentence[leave.end() :].split(", ", 1)[1:]
    if rest and rest[0].split(" ", 1)[0].lower() in _OPENERS:
        return rest[0]
    return sentence


def stacked(asked: list[Question]) -> bool:
    """Three or more questions at once, or an open question narrowed by a closed one."""
    if len(asked) >= 3:
        return True
    if len(asked) == 2:
        return asked[0].kind is QuestionKind.OPEN and asked[1].kind is QuestionKind.CLOSED
    return False


def yes_no(question: Question) -> bool:
    """Whether a question is answered with yes or no (it starts like "Did you..."); an
    invitation to say more ("Is there anything else?") is not."""
    lowered = _LEAD.sub("", question.text)
    first = lowered.split(" ", 1)[0].strip(",")
    return first in _AUXILIARIES and not _INVITATION.search(lowered)


def is_check(sentence: str) -> bool:
    """Whether a sentence checks a summary or understanding ("Have I got that right?")."""
    return bool(_CHECK.search(normalise(sentence)))


def _asks_nothing_new(sentence: str) -> bool:
    lowered = sentence.lower()
    if _TAG.match(lowered) or _PERMISSION.match(lowered) or _CHECK.search(lowered):
        return True
    words = _LEAD.sub("", lowered).rstrip("?").split()  # "Well, what happened then?" asks
    first = words[0].strip(",").split("'")[0] if words else ""  # "what's" starts like "what"
    return len(words) <= ECHO_WORDS and first not in _OPENERS


def _kind(question: str) -> QuestionKind:
    """Closed when it starts like a yes/no question; open when it asks what, how, why or where,
    not when its "what" starts a clause inside a statement put as a question ("The count, the
    opening balances, what I'd ask Gail for first?", "You told him what you thought?")."""
    lowered = _LEAD.sub("", question.lower())
    first = lowered.split(" ", 1)[0].strip(",")
    if first in _AUXILIARIES:
        return QuestionKind.CLOSED
    asking = [
        found
        for found in _OPEN_WORD.finditer(lowered)
        if found.start() == 0 or not _EMBEDDED.match(lowered, found.end())
    ]
    return QuestionKind.OPEN if asking else QuestionKind.CLOSED


# A question word's clause with its own subject, inside a statement: "what I'd ask", "how you".
_EMBEDDED = re.compile(r" (?:i|i'd|i'm|i've|i'll|you|you'd|you're|you've|we|we'd|they|they'd)\b")
