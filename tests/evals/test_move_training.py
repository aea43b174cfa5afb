"""Training the move reader: deterministic, and it learns the labelled moves."""

from __future__ import annotations

from pathlib import Path

from coach.evals.counterpart import Case
from coach.evals.move_training import accuracy, label, train, write_model
from coach.models import Move

OPENING = {"speaker": "counterpart", "text": "You wanted to see me?"}
TURNS = [
    ("Would it help if I came along on Thursday?", "offer"),
    ("Would it help if I rang her for you?", "offer"),
    ("Could you send me the draft by Friday, please?", "request"),
    ("Can you please send the figures to Ines today?", "request"),
    ("Let me check I've got it: the move was late. Is that right?", "summary_check"),
    ("So you were left out of the decision. Have I got that right?", "summary_check"),
]


def _cases() -> list[Case]:
    return [
        Case.model_validate(
            {
                "id": f"giving-feedback-t{n}",
                "scenario": "giving-feedback",
                "history": [OPENING],
                "learner": text,
                "move": move,
                "expect": {"brief": True},
            }
        )
        for n, (text, move) in enumerate(TURNS)
    ]


def test_training_learns_the_labels_and_is_deterministic(tmp_path: Path) -> None:
    cases = _cases()
    model = train(cases)
    assert set(model.moves) == {Move.OFFER, Move.REQUEST, Move.SUMMARY}
    assert label(cases[-1]) is Move.SUMMARY  # a summary with a check is a summary
    assert accuracy(model, cases) == 1.0
    first = write_model(model, tmp_path / "a.npz").read_bytes()
    assert write_model(train(cases), tmp_path / "b.npz").read_bytes() == first
