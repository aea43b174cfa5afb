"""Pydantic models of the domain: scenarios, personas, coded turns, transcripts.

Everything people edit (scenario YAML) is validated here with ``extra="forbid"`` so a
typo in a field name is an error that names the field, not a silently ignored key.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

SLUG_PATTERN, SLUG_MAX = r"^[a-z0-9][a-z0-9-]*$", 64  # ids: "giving-feedback"
Slug = Annotated[str, Field(pattern=SLUG_PATTERN, max_length=SLUG_MAX)]
Trust = Annotated[int, Field(ge=0, le=100)]


class Strict(BaseModel):
    """Base for data people author: unknown fields are errors, values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Act(StrEnum):
    """What a learner's utterance does; each act is defined in evaluation/coder/CODEBOOK.md."""

    OPEN_QUESTION = "open_question"
    CLOSED_QUESTION = "closed_question"
    REFLECTION = "reflection"
    SUMMARY = "summary"
    AFFIRMATION = "affirmation"
    ADVICE = "advice"
    INFORMATION = "information"
    SELF_DISCLOSURE = "self_disclosure"
    JUDGMENT = "judgment"
    I_STATEMENT = "i_statement"
    REQUEST = "request"
    APOLOGY = "apology"
    STOCK_PHRASE = "stock_phrase"
    OTHER = "other"


class Mode(StrEnum):
    """Who plays the counterpart and words the critique: the built-in engine or an LLM."""

    OFFLINE = "offline"
    LLM = "llm"


class Speaker(StrEnum):
    LEARNER = "learner"
    COUNTERPART = "counterpart"


class TurnStatus(StrEnum):
    """Whether a stored turn was said in full or broken off by the language model."""

    COMPLETE = "complete"
    INTERRUPTED = "interrupted"  # kept for the record, never part of the conversation


class LearnerRole(StrEnum):
    MENTOR = "mentor"
    MENTEE = "mentee"


class Difficulty(StrEnum):
    EASY = "easy"
    STANDARD = "standard"
    HARD = "hard"


class Reaction(StrEnum):
    """How the counterpart responds to the learner's last move."""

    ELABORATE = "elaborate"  # open question or reflection: says more
    SHORT_ANSWER = "short_answer"  # closed question: answers briefly
    DEFLECT = "deflect"  # advice before understanding: brushes it off
    WITHDRAW = "withdraw"  # judgment: closes down
    CONFIRM = "confirm"  # accurate summary: agrees
    CORRECT = "correct"  # summary that misses something: corrects it
    ACKNOWLEDGE = "acknowledge"  # affirmation or apology: accepts it
    NEUTRAL = "neutral"  # anything else: keeps the conversation going


class Move(StrEnum):
    """What the learner's turn asks of the counterpart (coach.practice.moves reads it)."""

    SMALL_TALK = "small_talk"  # a greeting, pleasantry or logistics: a short natural reply
    YES_NO_QUESTION = "yes_no_question"  # answered yes or no first
    TOPIC_QUESTION = "topic_question"  # who/what/when/where: content about that topic
    OPEN_QUESTION = "open_question"  # a broad invitation: says more
    REFLECTION = "reflection"  # says back what they said: says more
    SUMMARY = "summary"  # pulls it together: confirmed or corrected
    OFFER = "offer"  # the learner offers something: accepted, declined or questioned
    REQUEST = "request"  # asks them to do something: agreed, refused or negotiated
    ADVICE = "advice"  # tells them what to do: not simply adopted
    JUDGMENT = "judgment"  # criticism, blame, sarcasm: withdrawal
    STOCK_PHRASE = "stock_phrase"  # a formula: nothing new in return
    PLAN_INVITE = "plan_invite"  # what could we do?: an idea of theirs
    PLAN_PROPOSAL = "plan_proposal"  # a concrete step proposed: agreed, adjusted or questioned
    COMMIT_INVITE = "commit_invite"  # what will you do?: a step they will take
    CLOSING = "closing"  # wraps up: closes naturally
    ACKNOWLEDGE = "acknowledge"  # credit, thanks or an apology: accepted
    STATEMENT = "statement"  # the learner tells something: taken in (a mentor asks back)


class Phase(StrEnum):
    """Where the conversation is: it moves forward only."""

    OPENING = "opening"
    EXPLORING = "exploring"
    PLANNING = "planning"
    CLOSING = "closing"


# --- coded turns and persona state -------------------------------------------


class TurnFeatures(BaseModel):
    words: int
    questions: int
    stacked_questions: bool


class Anchor(BaseModel):
    """How much a turn picks up of what the counterpart had just said, and which words."""

    score: float = Field(default=0.0, ge=0, le=1)  # share of the turn's content words
    words: list[str] = Field(default_factory=list)  # the learner's words that picked it up


class CodedTurn(BaseModel):
    """The coder's reading of one learner utterance."""

    acts: list[Act]
    features: TurnFeatures
    anchor: Anchor = Field(default_factory=Anchor)
    confidence: dict[Act, float] = Field(default_factory=dict)  # the model's probability

    def has(self, *acts: Act) -> bool:
        return any(a in self.acts for a in acts)


class PersonaState(BaseModel):
    """The counterpart's inner state after a number of learner turns."""

    trust: Trust
    unlocked: list[str] = Field(default_factory=list)
    turn: int = 0
    understood: bool = Field(
        default=False, description="The learner has shown they are trying to understand."
    )
    phase: Phase = Phase.OPENING
    formulas: int = Field(default=0, description="Stock phrases the learner has said so far.")
    committed: bool = Field(default=False, description="The persona has committed to a step.")
    fired: list[int] = Field(
        default_factory=list, description="Trust triggers marked once that have fired."
    )


class PersonaUpdate(BaseModel):
    """What one learner turn did to the persona."""

    state: PersonaState
    reaction: Reaction
    move: Move = Move.STATEMENT
    trust_delta: int
    reasons: list[str]
    newly_unlocked: list[str]


class Usage(BaseModel):
    """Token usage of one LLM call."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_tokens: int = 0


class ChatMessage(BaseModel):
    role: str = Field(pattern=r"^(system|user|assistant)$")
    content: str


class WordTiming(BaseModel):
    """One word of a spoken turn and when it was said, in seconds from the recording's start."""

    word: str
    start: float = Field(ge=0)
    end: float = Field(ge=0)


class Speech(BaseModel):
    """How a turn sounded: its audio's length and, for a learner's turn, each word's timing.

    A counterpart reply read aloud by the server has ``duration`` only.
    """

    duration: float = Field(ge=0, description="Seconds of audio.")
    words: list[WordTiming] = Field(default_factory=list)


class Recording(BaseModel):
    """A learner's recording of a turn, kept only when they choose to keep it."""

    audio: bytes
    media_type: str = "audio/wav"


class TranscriptTurn(BaseModel):
    speaker: Speaker
    text: str = Field(max_length=8_000)  # coach.inputs.MAX_REPLY_CHARS
    acts: list[Act] | None = None
    speech: Speech | None = None  # a spoken turn's timings (coach.voice.delivery)


class Transcript(BaseModel):
    """A conversation as the critique and the CLI exchange it."""

    model_config = ConfigDict(extra="forbid")

    scenario: str
    difficulty: Difficulty = Difficulty.STANDARD
    turns: list[TranscriptTurn] = Field(max_length=800)  # coach.inputs.MAX_TURNS


# --- stored records ----------------------------------------------------------


class TurnRecord(BaseModel):
    """One stored turn of a practice session.

    ``index`` is the turn's 0-based place in the conversation; an interrupted reply carries
    the place its reply would have taken (the retried reply that follows takes it again).
    """

    index: int
    speaker: Speaker
    text: str
    acts: list[Act] | None = None
    persona_state: PersonaState | None = None
    reaction: Reaction | None = None
    usage: Usage | None = None
    created_at: datetime
    status: TurnStatus = TurnStatus.COMPLETE
    speech: Speech | None = None


class SessionRecord(BaseModel):
    """A stored practice session with its turns in order.

    ``turns`` is the conversation: complete turns only, which is all the counterpart, the
    persona, the critique and every export see. Replies the language model broke off are
    kept apart in ``interrupted``.
    """

    id: int
    user_id: int
    scenario_id: str
    difficulty: Difficulty
    mode: Mode
    started_at: datetime
    ended_at: datetime | None = None
    turns: list[TurnRecord] = Field(default_factory=list)
    interrupted: list[TurnRecord] = Field(default_factory=list)
