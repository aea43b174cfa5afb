"""Stand-in models for qualification tests: a well-behaved one and four that misbehave.

Each reads what the app sends (the counterpart's state note, or a critique request with its
function tool) and answers as such a model would, over real HTTP through the local stub.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from tests.openai_stub import Behaviour, computed, reply, tool_call

_MOVE = re.compile(r"What their last message asks of you: ([a-z ]+) \(")
_PUBLIC = re.compile(r"# Who you are\n(.*?)\n# What you want", re.S)
_CONCERNS = re.compile(r"# What weighs on you but you have not said\n.*?\n(.*?)\n\n#", re.S)
_WORD = re.compile(r"[A-Za-z][a-z]{3,}")

# What a model that follows the state note says, move by move (in character, short).
FITTING = {
    "yes_no_question": "Yes, I did. It has been on my mind since.",
    "summary": "Yes, that's it, pretty much.",
    "offer": "Yes, thanks, that would help.",
    "request": "Okay, I can do that.",
    "advice": "I've tried that already; it's not that simple.",
    "judgment": "Right.",
    "stock_phrase": "Okay.",
    "plan_invite": "Maybe I could talk to them first, before anything else.",
    "plan_proposal": "That works, as long as I can do it this week.",
    "commit_invite": "I'll write to them on Monday morning.",
    "small_talk": "Fine, thanks.",
    "closing": "Thanks, see you next week.",
    "acknowledge": "Thanks, that means a lot.",
}
SAYS_MORE = "Honestly, it has been harder than I let on, and I keep turning it over at home."
WANDERS = (
    " I should say that there is a lot of background to all of this. It started months ago."
    " Nobody really explained what was expected. I kept waiting for things to settle."
    " Then the team changed again and everything moved. I suppose I am still catching up."
    " Anyway, that is the long version of a short answer."
)


def _text(body: dict[str, Any]) -> str:
    return "\n".join(str(m.get("content", "")) for m in body.get("messages", []))


def _last_learner(body: dict[str, Any]) -> str:
    said = [m["content"] for m in body.get("messages", []) if m.get("role") == "user"]
    return str(said[-1]) if said else ""


def fitting_reply(body: dict[str, Any]) -> str:
    """What a well-behaved counterpart says to the learner's last turn.

    Like a capable model it reads the learner's words as well as the state note (closing
    when they close, yes or no to a yes/no question, accepting an offer, an idea when asked
    for one) and answers from what it knows of the persona's story.
    """
    said = _last_learner(body)
    lowered = said.lower()
    moves = _MOVE.findall(_text(body))
    move = moves[-1].replace(" ", "_") if moves else "statement"
    if any(w in lowered for w in ("bye", "see you", "thanks for", "right place to stop")):
        return FITTING["closing"]
    if move in ("judgment", "stock_phrase", "small_talk", "advice", "acknowledge"):
        return FITTING[move]
    fact = _known_fact(body, said)
    if _ADVICE.search(lowered):
        return FITTING["advice"]
    offered = _OFFERED.search(lowered)
    if offered:
        return f"Yes, thanks, that would help, if you {offered.group(1)}."
    for cue, lead in _LEADS:
        if cue.search(lowered):
            return f"{lead} {fact}"
    if _YES_NO.match(lowered) and lowered.rstrip().endswith("?"):
        return f"Yes, I did. {fact}"
    if move in FITTING:
        return f"{FITTING[move]} {fact}"
    return f"{SAYS_MORE} {fact}"


_ADVICE = re.compile(
    r"my (?:honest )?advice|you should|why don.t you|have you tried|\bjust (?:try|ask|tell|do|go)"
)
_OFFERED = re.compile(r"would it help if i ([^?.,]+)")
_LEADS = [
    (
        re.compile(r"what (?:are|will) you going to do|what will you do|so i've got it straight"),
        FITTING["commit_invite"],
    ),
    (
        re.compile(r"what would (?:you change|make|that look|help)|if you could"),
        FITTING["plan_invite"],
    ),
    (re.compile(r"let me check|have i got|did i get that|so you|so from"), FITTING["summary"]),
]


def _known_fact(body: dict[str, Any], said: str) -> str:
    """The sentence of the persona's story (system prompt) that shares most with the question."""
    system = " ".join(str(m["content"]) for m in body.get("messages", []) if m["role"] == "system")
    # Only what the persona may say: who they are and the situation, not what weighs on them.
    known = _PUBLIC.search(system)
    system = known.group(1) if known else ""
    asked = {w.lower() for w in _WORD.findall(said)} - _COMMON
    best = max(
        re.split(r"(?<=[.!?])\s+", system),
        key=lambda sentence: len(asked & {w.lower() for w in _WORD.findall(sentence)}),
    )
    return " ".join(best.split()[:30])


_YES_NO = re.compile(
    r"^\W*(?:so,? )?(?:is|are|was|were|did|do|does|have|has|had|can|could|would|will|should)\b"
)


_COMMON = {
    "that",
    "this",
    "what",
    "with",
    "have",
    "your",
    "about",
    "when",
    "would",
    "could",
    "there",
    "they",
    "them",
    "then",
    "just",
    "like",
    "really",
    "were",
    "been",
    "from",
    "will",
    "said",
    "sounds",
    "feel",
    "think",
    "know",
    "want",
    "make",
    "more",
    "some",
}


def critique_answer(body: dict[str, Any]) -> dict[str, Any]:
    """A draft that keeps the measured scores: no quotes, no rewrites, a plain overview."""
    return {
        "narrative": "You kept the conversation going and asked about what mattered to them.",
        "rubric": [],
        "strengths": [],
        "growth_areas": [],
    }


def standin(
    counterpart: Callable[[dict[str, Any]], str], critic: Callable[[dict[str, Any]], Behaviour]
) -> Behaviour:
    def decide(body: dict[str, Any]) -> Behaviour:
        if body.get("tools"):
            return critic(body)
        return reply(counterpart(body))

    return computed(decide)


def _valid_critic(body: dict[str, Any]) -> Behaviour:
    return tool_call(critique_answer(body))


def _leaky(body: dict[str, Any]) -> str:
    """Says what weighs on the persona (from the system prompt) whatever the state note says."""
    found = _CONCERNS.search(_text(body))
    worries = found.group(1).strip().lstrip("- ").splitlines() if found else []
    return fitting_reply(body) + (f" To be honest, {worries[0].lstrip('- ')}" if worries else "")


WELL_BEHAVED = standin(fitting_reply, _valid_critic)
LEAKS = standin(_leaky, _valid_critic)
BREAKS_CHARACTER = standin(
    lambda body: (
        "As an AI language model I don't have feelings, but in this role-play: "
        + fitting_reply(body)
    ),
    _valid_critic,
)
WRITES_PARAGRAPHS = standin(lambda body: fitting_reply(body) + WANDERS, _valid_critic)
MALFORMED_CRITIC = standin(fitting_reply, lambda body: tool_call('{"narrative": "cut off'))
