"""Where validation failed, as the one-line errors word it."""

from __future__ import annotations

import pytest
from pydantic import BaseModel, ValidationError

from coach.validation import field_path, first_error, more_problems


class Turn(BaseModel):
    speaker: str
    words: int


class Talk(BaseModel):
    turns: list[Turn]


def _error(data: object) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        Talk.model_validate(data)
    return caught.value


def test_the_first_error_names_its_dotted_place() -> None:
    where, message = first_error(
        _error({"turns": [{"speaker": "a", "words": 1}, {"speaker": "b"}]})
    )
    assert where == "turns.1.words"
    assert message == "Field required"


def test_an_error_about_the_whole_uses_the_callers_word() -> None:
    assert first_error(_error([1]), top="file")[0] == "file"
    assert field_path(()) == "(top level)"


def test_more_problems_counts_the_rest() -> None:
    assert more_problems(_error({"turns": [{}]})) == " (and 1 more problems)"
    assert more_problems(_error({})) == ""
