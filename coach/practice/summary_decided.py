"""A summary that settles what the persona left open (pure): split from
coach.practice.summary_check.

The persona may float a step and say it has not decided ("I might ask Marcus whether Gareth
could give a rough window. Might. I haven't decided that's wise yet.") or has ruled it out ("I
did wonder about asking to meet in person, and I decided against it."), or tell of something
it nearly did and did not ("I nearly told Shanice last week... So I didn't."). A summary that
says the step was decided or wanted ("you're going to ask Marcus for a rough window", "you'd
like us to switch to meeting in person") or the thing done ("you told her last week") puts
words in its mouth.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from coach.practice.text import sentences
from coach.practice.word_stems import stems

# The persona saying a step is still open, or not to be taken: "I haven't made up my mind",
# "I'm not there yet", "Might.", "I'm not promising I'll do it", "I keep going back and forth
# on...", "I'm turning over whether..."
_NOT_SETTLED = re.compile(
    r"\bi(?:'ve| have)(?:n't| not) (?:made up my mind|decided)\b|\bi'm not (?:there yet"
    r"|promising|committing)\b|^\W*might\W*$|\bi keep going back and forth\b"
    r"|\bi'm (?:still )?(?:turning over|weighing(?: up)?|in two minds about) whether\b"
    r"|\bnot decided\b"
    # or ruled out: "I did wonder about asking to meet in person, and I decided against it.",
    # "I walked in half meaning to ask you to hold off... I'm not going to."
    r"|\bdecided (?:against (?:it|that)|not to)\b|\bi(?:'m| am) not going to\W*$|\bi won't\W*$"
    # or turned down when someone else wanted it: "Denise wanted us in her office upstairs. I
    # said no."
    r"|^\W*i said no\W*$|\bi turned (?:it|that) down\b",
    re.I,
)
# The rest of a clause, over a title's full stop ("you're going to have a word with Dr. Hollis").
_CLAUSE = r"((?:\b(?:dr|mr|mrs|ms|prof|st)\.|[^,.;:?])*)"
# The summary settling it: "you've decided to...", "you've booked yourself onto...", "you're
# going to...", "you'd like us to...", "we'll..."
_DECIDED = re.compile(
    r"\byou(?:'ve| have) (?:decided to|booked|signed up|put yourself down)\b" + _CLAUSE, re.I
)
_GOING_TO = re.compile(
    rf"\byou(?:'re| are) going to\b{_CLAUSE}|\byou(?:'d| would) like (?:me|us) to\b{_CLAUSE}"
    rf"|\byou want (?:me|us) to\b{_CLAUSE}|\bwe(?:'ll| will)\b{_CLAUSE}",
    re.I,
)
Unsettled = Literal["open", "ruled_out", "nearly"]
# The persona ruling the step out rather than leaving it open: "I decided against it.", "I'm
# not going to.", "I said no."
_RULED_OUT = re.compile(
    r"\bdecided (?:against|not to)\b|\bi(?:'m| am) not going to\b|\bi won't\b|\bi said no\b"
    r"|\bi turned (?:it|that) down\b",
    re.I,
)
BEFORE_OPEN = 2  # sentences before the persona's "I haven't decided" that hold the step
# A refusal that names no step of its own, which the persona's line before holds: "I did wonder
# about having a quiet word with Graham... he'll want to know why." then "Yeah. So I'm not
# going to."
_BARE_REFUSAL = re.compile(
    r"^\W*(?:(?:so|and|but|no)\W+)?i(?:(?:'m| am) not going to|won't)\W*$", re.I
)
SAME_STEP = 2  # content words a "you're going to" clause shares with the step left open
# A step someone else put to the persona, refused in the sentence after it: "Somebody in the
# cohort said to ask the group chat for a sample plan. I'm not doing that.", and a summary
# that makes it the persona's plan: "...and you'll ask in the cohort group chat as well".
_NOT_DOING = re.compile(r"^\W*(?:(?:so|and|but|no)\W+)?i(?:'m| am) not doing (?:that|it)\b", re.I)
_YOU_WILL = re.compile(r"\byou(?:'ll| will)\b" + _CLAUSE, re.I)
# Something the persona nearly did and did not: "I nearly told Shanice last week. ... So I
# didn't." (the verb and what follows it, and the not doing it later in the line).
_NEARLY = re.compile(
    r"\bi (?:nearly|almost) ([a-z]+ed|told|sent|went|quit|rang|wrote|said|left|gave|took)\b"
    r"([^,.;:!?]*)",
    re.I,
)
# Or a step it weighed and ruled out: "I also thought about asking Priya directly for the
# agendas. I decided not to." (the verb's stem and what follows it).
_WEIGHED = re.compile(
    r"\bi (?:also |even )?(?:thought about|considered|wondered about|toyed with) ([a-z]{2,})ing\b"
    r"([^,.;:!?]*)",
    re.I,
)
_DID_NOT = re.compile(r"^\W*(?:so |and |but )?i didn't\W*$|\bdecided (?:not to|against)\b", re.I)
_NAME = re.compile(r"(?-i:\b[A-Z][a-zà-ÿ]+\b)")


def settles_what_was_open(claim: str, history: Sequence[str], heard: Sequence[str] = ()) -> bool:
    """Whether the summary says the persona decided a step it said was still open, or did
    what it said it nearly did and then did not."""
    return unsettled(claim, history, heard) is not None


def unsettled(claim: str, history: Sequence[str], heard: Sequence[str] = ()) -> Unsettled | None:
    """How the summary settled what the persona left unsettled: a step still ``open`` said
    back as decided, one ``ruled_out`` said back as its plan or done, or one it ``nearly``
    took said back as taken; None when it settled nothing (``heard``: the learner's earlier
    turns, each answered by the persona's line after it)."""
    found = _decided_for_them(claim, history) or _done_for_them(claim, history)
    return found or _refused_proposal(claim, history, heard)


# A step the learner put as a question ("Should we wait until after my committee on March
# 18th...?"), and the persona's answer refusing it at once ("No. Scratch that. ...").
_PROPOSED = re.compile(
    r"^\W*(?:(?:so|and|then|okay)\W+)?(?:should|shall|could|can) (?:we|i)\b", re.I
)
_REFUSED = re.compile(r"^\W*(?:no|nope)\b(?![,-]? (?:wait|problem|worries)\b)", re.I)


def _refused_proposal(claim: str, history: Sequence[str], heard: Sequence[str]) -> Unsettled | None:
    """A step the learner proposed and the persona refused in its next line, said back as the
    plan ("we'll hold off on the email until after the committee", SAME_STEP words)."""
    for n, asked in enumerate(heard[: len(history) - 1]):
        question = sentences(asked)[-1] if asked.strip() else ""
        if not (_PROPOSED.match(question) and _REFUSED.match(history[n + 1])):
            continue
        step = stems(question)
        for found in [*_GOING_TO.finditer(claim), *_YOU_WILL.finditer(claim)]:
            if len(stems(" ".join(part for part in found.groups() if part)) & step) >= SAME_STEP:
                return "ruled_out"
    return None


def _decided_for_them(claim: str, history: Sequence[str]) -> Unsettled | None:
    """A step the persona left open or ruled out (the sentences up to its "I haven't decided",
    and its line before when it refuses with no step of its own: "So I'm not going to."), said
    back as decided ("you've decided to", one word of it) or wanted ("you'd like us to",
    SAME_STEP words); or one put to it that it refused ("I'm not doing that."), said back as
    its plan ("you'll", SAME_STEP words)."""
    open_steps: list[tuple[set[str], Unsettled]] = []
    refused: list[tuple[set[str], Unsettled]] = []
    for at, line in enumerate(history):
        said = sentences(line)
        for n, sentence in enumerate(said):
            if n and _NOT_DOING.search(sentence):
                refused.append((stems(said[n - 1]), "ruled_out"))
            if _NOT_SETTLED.search(sentence):
                kind: Unsettled = "ruled_out" if _RULED_OUT.search(sentence) else "open"
                open_steps.append((stems(" ".join(said[max(0, n - BEFORE_OPEN) : n + 1])), kind))
                if at and _BARE_REFUSAL.search(sentence):
                    open_steps.append((stems(history[at - 1]), "ruled_out"))
    checks = ((_DECIDED, 1, open_steps), (_GOING_TO, SAME_STEP, open_steps))
    for pattern, needed, steps in (*checks, (_YOU_WILL, SAME_STEP, refused)):
        for found in pattern.finditer(claim) if steps else ():
            step = stems(" ".join(part for part in found.groups() if part))
            for words, how in steps:
                if len(step & words) >= needed:
                    return how
    return None


def _done_for_them(claim: str, history: Sequence[str]) -> Unsettled | None:
    """A thing the persona nearly did, or weighed, and then did not, said back as done ("you
    told her", "you've asked Priya"), with whoever it was to be done to, when it was named."""
    for line in history:
        for found in [*_NEARLY.finditer(line), *_WEIGHED.finditer(line)]:
            if not any(_DID_NOT.search(s) for s in sentences(line[found.end() :])):
                continue
            verb, names = found.group(1).lower(), _NAME.findall(found.group(2))
            if found.re is _WEIGHED:  # "asking" said back as done: "you've asked"
                verb = rf"{verb}(?:ed|d)?"
            done = re.search(
                rf"\byou(?:'ve)? (?:(?!(?:nearly|almost|never|didn't)\b)\w+ )?{verb}\b", claim, re.I
            )
            if done and (not names or any(name in claim for name in names)):
                return "ruled_out" if found.re is _WEIGHED else "nearly"
    return None
