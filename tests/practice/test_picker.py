"""The offline counterpart's memory of what it said: whole lines, runs of sentences."""

from __future__ import annotations

from coach.practice.picker import SaidText


def test_said_text_knows_whole_replies_and_runs_of_their_sentences() -> None:
    said = SaidText()
    said.add("Yes. I told her on Thursday. “It was fine,” she said. And then nothing!")
    for line in ("Yes.", "I told her on Thursday. “It was fine,” she said.", "And then nothing!"):
        assert line in said
    assert "Thursday." not in said  # a piece of a sentence is not a line that was said
    assert "No." not in said
    assert "on Thursday" in said  # not a whole sentence: searched for in the text


def test_said_text_reads_each_history_line_once_and_keeps_lines_after_an_undo() -> None:
    said = SaidText()
    said.add_history(["Hello.", "It's been a long week."])
    said.add_history(["Hello."])  # an undo took the last exchange away
    said.add_history(["Hello.", "Fine, thanks."])
    assert all(line in said for line in ("Hello.", "It's been a long week.", "Fine, thanks."))
