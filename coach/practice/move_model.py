"""The trained move reader: which move a learner's turn makes, learned from labelled cases (pure).

The rules in ``moves.classify`` read a move from cue phrases; on cases written by someone
else they were right about three times in four. This model reads the turn's words and word
pairs (all of it, its last sentence and its opening), its letters four at a time (which
carry over to spellings and word forms the cases never used), the coder's confidence in each
act, how far into the conversation it comes, the learner's role and the rules' own answer.
It was trained on labelled cases by several writers (``coach eval counterpart
--retrain-moves``); the weights live in ``move_model.npz`` beside this module, one dense
matrix (features by moves), and scoring needs only numpy (imported on first use: a page that
merely imports this module must not race a warm-up thread's first import of numpy).

The cases never label a statement or an acknowledgement, so when the rules read one of those
the model overrules them only when it is sure of another move.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from coach.models import Act, CodedTurn, LearnerRole, Move
from coach.practice.answers import COMMON_VERBS
from coach.practice.blame_cues import ACCUSES_LISTENER, BLAMES, LABELLED
from coach.practice.move_cues import (
    GOODBYE,
    LEADING_CLAUSE,
    PLATITUDE,
    PLEASANTRY_QUESTION,
    SUMMARY_OPENER,
    TAGGED,
)
from coach.practice.moves import classify
from coach.practice.text import SENTENCE_END
from coach.practice.word_stems import stems

if TYPE_CHECKING:
    import numpy as np

MODEL_FILE = Path(__file__).with_name("move_model.npz")
UNLABELLED = (Move.STATEMENT, Move.ACKNOWLEDGE)  # moves the cases never teach
SURE = 0.6  # the probability at which the model overrules the rules' statement or acknowledgement
RULE_WEIGHT = 0.5  # the rules' answer weighs half a matching word (coach/evals/move_training.py)
CONFIDENCE_WEIGHT = 0.3  # each act's probability from the coder, scaled
LETTERS_WEIGHT = 0.5  # the length of the block of letter four-grams
EARLY, MIDDLE = 2, 5  # counterpart lines so far: up to 2 early, up to 5 the middle

_TOKEN = re.compile(r"[a-z']+|[?!.]")
_NOT_LETTER = re.compile(r"[^a-z' ?]+")
_SPACES = re.compile(r"\s+")


def move_features(
    text: str,
    role: LearnerRole,
    spoken: int,
    rule: Move,
    confidence: Mapping[Act, float] | None = None,
) -> dict[str, float]:
    """The turn's features in three blocks: words, context and the rules' answer at unit
    length; letter four-grams at length ``LETTERS_WEIGHT``; the coder's confidences.

    Args:
        text: The learner's turn.
        role: Whether the learner is the mentor or the mentee.
        spoken: How many lines the counterpart has said so far (its opening line included).
        rule: The move the rules read.
        confidence: The coder's probability for each act of the turn.
    """
    features = _unit(_words(text, role, spoken, rule))
    letters = _unit(Counter(f"c:{gram}" for gram in _letter_grams(text)))
    features.update({name: LETTERS_WEIGHT * value for name, value in letters.items()})
    for act, probability in (confidence or {}).items():
        features[f"conf:{act.value}"] = CONFIDENCE_WEIGHT * probability
    return features


def _words(text: str, role: LearnerRole, spoken: int, rule: Move) -> dict[str, float]:
    lowered = text.lower()
    tokens = _TOKEN.findall(lowered)
    last = SENTENCE_END.split(lowered.strip())[-1]
    found = _grams(tokens, "w:")
    found.update(_grams(_TOKEN.findall(last), "l:"))
    found.update(_grams(tokens[:4], "s:"))
    stage = "early" if spoken <= EARLY else "middle" if spoken <= MIDDLE else "late"
    features: dict[str, float] = {k: float(v) for k, v in found.items()}
    features[f"stage:{stage}"] = 1.0
    features[f"role:{role.value}"] = 1.0
    features[f"rule:{rule.value}"] = RULE_WEIGHT
    return features


def _grams(tokens: list[str], prefix: str) -> Counter[str]:
    found = Counter(prefix + t for t in tokens)
    found.update(f"{prefix}{a}_{b}" for a, b in zip(tokens, tokens[1:], strict=False))
    return found


def _letter_grams(text: str) -> list[str]:
    padded = " " + _SPACES.sub(" ", _NOT_LETTER.sub(" ", text.lower())).strip() + " "
    return [padded[i : i + 4] for i in range(len(padded) - 3)]


def _unit(counts: Mapping[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in counts.values())) or 1.0
    return {k: v / norm for k, v in counts.items()}


@dataclass(frozen=True)
class MoveModel:
    """Per-move intercepts and a dense matrix of weights (features by moves) of a
    multinomial logistic regression; ``names`` gives each row's feature."""

    moves: tuple[Move, ...]
    intercepts: tuple[float, ...]
    names: tuple[str, ...]
    matrix: np.ndarray = field(repr=False, compare=False)
    _rows: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_rows", {name: i for i, name in enumerate(self.names)})

    @classmethod
    def from_weights(
        cls,
        moves: Sequence[Move],
        intercepts: Sequence[float],
        weights: Mapping[str, Sequence[tuple[int, float]]],
    ) -> MoveModel:
        """A model from each feature's (move index, weight) pairs."""
        import numpy as np

        matrix = np.zeros((len(weights), len(moves)))
        for row, pairs in enumerate(weights.values()):
            for column, weight in pairs:
                matrix[row, column] = weight
        return cls(tuple(moves), tuple(intercepts), tuple(weights), matrix)

    def probabilities(self, features: Mapping[str, float]) -> dict[Move, float]:
        """Each move's probability for a turn with these features."""
        import numpy as np

        from coach.coder.model import weighted_sums  # imports numpy: on first use only

        sums = weighted_sums(features, self._rows, self.matrix, self.intercepts)
        shares = np.exp(sums - sums.max())
        shares /= shares.sum()
        return {move: float(p) for move, p in zip(self.moves, shares, strict=True)}

    def read(self, features: Mapping[str, float]) -> Move:
        """The most probable move for these features."""
        chances = self.probabilities(features)
        return max(chances, key=chances.__getitem__)

    def save(self, path: Path) -> None:
        """Write the model as compressed numpy arrays."""
        import numpy as np

        with path.open("wb") as out:
            np.savez_compressed(
                out,
                moves=np.array([m.value for m in self.moves]),
                intercepts=np.array(self.intercepts),
                names=np.array(self.names),
                matrix=self.matrix.astype(np.float32),
            )


def load_model(path: Path) -> MoveModel:
    """A model written by ``MoveModel.save``."""
    import numpy as np

    with np.load(path, allow_pickle=False) as arrays:
        return MoveModel(
            moves=tuple(Move(str(m)) for m in arrays["moves"]),
            intercepts=tuple(float(b) for b in arrays["intercepts"]),
            names=tuple(arrays["names"].tolist()),
            matrix=np.asarray(arrays["matrix"], dtype=np.float32),
        )


@cache
def shipped_model(path: Path = MODEL_FILE) -> MoveModel | None:
    """The trained model, or None when none has been trained (the rules then decide alone)."""
    return load_model(path) if path.is_file() else None


_READABLE = re.compile(r"[^\W\d_]{2,}")
# A question that opens with a question word ("When did the eight weeks come in?"): about a
# topic, whatever yes/no question follows it.
_ASKS_WH = re.compile(r"(?:^|[.?!]\s+)\W*(?:when|what|who|where|which|why|how)\b", re.I)


# A put-down or blame the rules read for certain ("thin-skinned", "Why didn't you say so?").
_QUESTIONS = (Move.OPEN_QUESTION, Move.TOPIC_QUESTION, Move.YES_NO_QUESTION)
_SURE_JUDGMENT = re.compile(f"{LABELLED}|{BLAMES}|{ACCUSES_LISTENER}", re.I)


_OFFERS_AND_PLANS = frozenset({Move.PLAN_PROPOSAL, Move.OFFER})
# A turn that ends on a farewell: "Take care.", "See you Thursday.", "Have a good weekend!"
_ENDS_ON_FAREWELL = re.compile(rf"\b(?:{GOODBYE}|bye|see you(?: \w+){{0,3}})\W*$", re.I)


def read_move(
    text: str,
    role: LearnerRole,
    spoken: int,
    rule: Move,
    confidence: Mapping[Act, float] | None = None,
    model: MoveModel | None = None,
) -> Move:
    """The move of the learner's turn: the model's reading (the shipped one unless ``model``
    is given), or the rules' where there is no model, where the turn has no word of two
    letters or more for the model to read, where the rules read a move the model was never
    taught and the model is not sure (``SURE``) of another, where the rules read a pleasantry
    ("How was your weekend, anyway? Get up to much?") however like a question it reads, where
    the rules read a saying, or a formula asking only for a nod ("..., right?"), and the model
    a question, where the model reads a goodbye in the learner's first turn, or where the rules
    read a yes/no question and the model a question about a topic and no question of the turn
    opens with a question word (an answer that says yes or no first, then the content, fits
    either)."""
    if not _READABLE.search(text):
        return rule  # "x", "?", "k": nothing for the words or letters to weigh
    pleasantry = bool(PLEASANTRY_QUESTION.search(text))
    if rule is Move.SMALL_TALK and pleasantry:
        return rule
    if rule is Move.YES_NO_QUESTION and LEADING_CLAUSE.search(text):
        return rule  # "When you told me to switch, did you mean...?": the when is no question
    if rule is Move.JUDGMENT and _SURE_JUDGMENT.search(text):
        return rule  # "Your PM sounds pretty thin-skinned" is no reflection, however it opens
    if rule is Move.STOCK_PHRASE and not stems(text) - COMMON_VERBS:
        return rule  # "Tell me more.", "I hear you.": nothing in it to ask or say back
    model = model or shipped_model()
    if model is None:
        return rule
    chances = model.probabilities(move_features(text, role, spoken, rule, confidence))
    best = max(chances, key=chances.__getitem__)
    if rule in UNLABELLED and chances[best] < SURE:
        return rule
    if best is Move.CLOSING and spoken <= 1:
        return rule  # no goodbye before the conversation has begun
    if rule is Move.CLOSING and _ENDS_ON_FAREWELL.search(text):
        return rule  # "...Wednesday at ten, then, and bring whatever you'd like. Take care."
    saying = TAGGED.search(text.strip()) or PLATITUDE.search(text)
    if rule is Move.STOCK_PHRASE and best in _QUESTIONS and saying:
        return rule  # "What doesn't kill you makes you stronger, right?" asks nothing
    if rule is Move.SUMMARY and best in _OFFERS_AND_PLANS and SUMMARY_OPENER.search(text):
        return rule  # "So here's where we are: you'll join for fifteen minutes...": a recap
        # (and "So, to pull it together: ... but I'll help you prepare for both.")
    yes_no_first = rule is Move.YES_NO_QUESTION and not pleasantry and not _ASKS_WH.search(text)
    if yes_no_first and best is Move.TOPIC_QUESTION:
        return rule  # a yes or no first, then the content, answers either reading
    return best


GATHERED_WORDS = 3  # content words from one earlier line, beyond the last's, that make a summary
GATHERING_TURN = 35  # words a turn runs to before it can gather (a reflection is shorter)


def read_turn(text: str, coded: CodedTurn, role: LearnerRole, said: Sequence[str]) -> Move:
    """The move of a learner's turn, after the persona's lines ``said`` (its opening first):
    the rules' reading, weighed by the shipped model (read_move), and a summary by the rules
    that the model reads as a reflection stays one when it runs to GATHERING_TURN words and
    gathers GATHERED_WORDS content words from an earlier line that the last one does not hold
    ("So you know that site better than almost anyone, eleven walks before any drawing, and at
    both evenings...")."""
    rule = classify(text, coded, role)
    move = read_move(text, role, len(said), rule, coded.confidence)
    long_enough = len(text.split()) >= GATHERING_TURN
    if move is Move.REFLECTION and rule is Move.SUMMARY and said and long_enough:
        beyond_last = stems(text) - stems(said[-1])
        if any(len(beyond_last & stems(line)) >= GATHERED_WORDS for line in said[:-1]):
            return Move.SUMMARY
    return move
