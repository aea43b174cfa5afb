"""The coder's labelled sets in context: the training corpus and the blind test set.

Both are JSON lines of ``{"id", "situation", "voice", "context", "text", "acts"}`` written and
labelled twice by independent writers from evaluation/coder/CODEBOOK.md (with the two
labellers' own sets kept as ``labeller_1`` and ``labeller_2``). The blind set was written by
people who never saw the corpus, the rules or the model, and was frozen before the model was
last trained.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from coach.evals.coder_data import EvaluationDataError
from coach.models import Act, LearnerRole
from coach.resources import shipped_dir
from coach.validation import first_error

SETS = {
    "corpus": "coder/corpus/utterances.jsonl",
    "blind": "coder/blind/utterances.jsonl",  # measured once, now training data too
    "blind-2": "coder/blind-2/utterances.jsonl",  # measured once, now training data too
    "blind-3": "coder/blind-3/utterances.jsonl",  # measured once, now training data too
    "blind-4": "coder/blind-4/utterances.jsonl",  # measured once, now training data too
    "blind-5": "coder/blind-5/utterances.jsonl",  # measured once, now training data too
    "blind-6": "coder/blind-6/utterances.jsonl",  # measured once unseen
    "blind-7": "coder/blind-7/utterances.jsonl",  # the independent test set
}


class InContext(BaseModel):
    """One learner turn, the counterpart's turn before it, and its agreed acts."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    id: str
    situation: str
    voice: LearnerRole
    context: str
    text: str
    acts: list[Act]


def set_path(name: str) -> Path:
    """Where the shipped set called ``name`` (corpus or a blind set) lives."""
    return shipped_dir("evaluation") / SETS[name]


def load_in_context(path: Path) -> list[InContext]:
    """Every item of a JSON-lines set; errors name the file, the line and the field."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        raise EvaluationDataError(f"{path}: cannot be read; check the path.") from None
    return [_item(line, f"{path} line {n}") for n, line in enumerate(lines, 1) if line.strip()]


def _item(line: str, where: str) -> InContext:
    try:
        return InContext.model_validate(json.loads(line))
    except json.JSONDecodeError as exc:
        raise EvaluationDataError(f"{where}: not valid JSON ({exc.msg}).") from None
    except ValidationError as exc:
        field, message = first_error(exc)
        raise EvaluationDataError(f"{where}: {field}: {message}.") from None
