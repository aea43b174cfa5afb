"""The trained move reader: which move a learner's turn makes, learned from labelled cases (pure).

The rules in ``moves.classify`` read a move from cue phrases; on cases written by someone
else they were right about three times in four. This model reads the turn's words and word
pairs (all of it, its last sentence and its opening), how far into the conversation it comes,
the learner's role and the rules' own answer, and was trained on labelled cases by several
writers (``coach eval counterpart --retrain-moves``). The weights live in ``move_model.json``
beside this module; scoring needs no library: the weights of the features present are summed
per move and the highest sum wins.

The cases never label a statement or an acknowledgement, so when the rules read one of
those the model is not asked.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from coach.models import LearnerRole, Move

MODEL_FILE = Path(__file__).with_name("move_model.json")
UNLABELLED = (Move.STATEMENT, Move.ACKNOWLEDGE)  # moves the cases never teach
RULE_WEIGHT = 3.0  # the rules' answer counts as much as three matching words
EARLY, MIDDLE = 2, 5  # counterpart lines so far: up to 2 early, up to 5 the middle

_TOKEN = re.compile(r"[a-z']+|[?!.]")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def move_features(text: str, role: LearnerRole, spoken: int, rule: Move) -> dict[str, float]:
    """The turn's features, scaled to unit length.

    Args:
        text: The learner's turn.
        role: Whether the learner is the mentor or the mentee.
        spoken: How many lines the counterpart has said so far (its opening line included).
        rule: The move the rules read.
    """
    lowered = text.lower()
    tokens = _TOKEN.findall(lowered)
    last = _SENTENCE_END.split(lowered.strip())[-1]
    found = _grams(tokens, "w:")
    found.update(_grams(_TOKEN.findall(last), "l:"))
    found.update(_grams(tokens[:4], "s:"))
    stage = "early" if spoken <= EARLY else "middle" if spoken <= MIDDLE else "late"
    features: dict[str, float] = {k: float(v) for k, v in found.items()}
    features[f"stage:{stage}"] = 1.0
    features[f"role:{role.value}"] = 1.0
    features[f"rule:{rule.value}"] = RULE_WEIGHT
    norm = math.sqrt(sum(v * v for v in features.values()))
    return {k: v / norm for k, v in features.items()}


def _grams(tokens: list[str], prefix: str) -> Counter[str]:
    found = Counter(prefix + t for t in tokens)
    found.update(f"{prefix}{a}_{b}" for a, b in zip(tokens, tokens[1:], strict=False))
    return found


@dataclass(frozen=True)
class MoveModel:
    """Per-move intercepts and sparse weights of a multinomial logistic regression."""

    moves: tuple[Move, ...]
    intercepts: tuple[float, ...]
    weights: dict[str, tuple[tuple[int, float], ...]]

    def read(self, features: dict[str, float]) -> Move:
        """The move whose weights and intercept sum highest for these features."""
        sums = list(self.intercepts)
        for name, value in features.items():
            for index, weight in self.weights.get(name, ()):
                sums[index] += weight * value
        return self.moves[max(range(len(sums)), key=sums.__getitem__)]

    def to_json(self) -> dict[str, object]:
        return {
            "moves": [m.value for m in self.moves],
            "intercepts": list(self.intercepts),
            "weights": {name: [list(p) for p in pairs] for name, pairs in self.weights.items()},
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> MoveModel:
        weights = data["weights"]
        assert isinstance(weights, dict)
        return cls(
            moves=tuple(Move(m) for m in data["moves"]),  # type: ignore[attr-defined]
            intercepts=tuple(float(b) for b in data["intercepts"]),  # type: ignore[attr-defined]
            weights={n: tuple((int(i), float(w)) for i, w in p) for n, p in weights.items()},
        )


@cache
def shipped_model(path: Path = MODEL_FILE) -> MoveModel | None:
    """The trained model, or None when none has been trained (the rules then decide alone)."""
    if not path.is_file():
        return None
    return MoveModel.from_json(json.loads(path.read_text(encoding="utf-8")))


def read_move(
    text: str, role: LearnerRole, spoken: int, rule: Move, model: MoveModel | None = None
) -> Move:
    """The move of the learner's turn: the model's reading (the shipped one unless ``model``
    is given), or the rules' where there is no model or it was never taught their move."""
    model = model or shipped_model()
    if model is None or rule in UNLABELLED:
        return rule
    return model.read(move_features(text, role, spoken, rule))
