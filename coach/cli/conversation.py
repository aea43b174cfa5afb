"""The conversation in the terminal: turns read and printed, replies streamed and retried.

A reply that breaks off is marked where it stopped and is not part of the conversation. In an
interactive session the learner can ask for it again at once; a scripted one stops there,
and either way the session stays open for ``coach practice --resume``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial

import typer

from coach.errors import LLMError
from coach.models import Mode, Speaker
from coach.practice.run import PracticeRun

END_WORDS = {"/end", "/quit", "/exit"}
CUT_OFF_MARK = " [cut off: not part of the conversation]"


class Stopped(LLMError):
    """The learner stopped while their last turn still needed its reply."""


def resume_hint(run: PracticeRun) -> str:
    return f"Your turns so far are saved; continue with: coach practice --resume {run.session_id}."


def converse(run: PracticeRun, say: Printer, lines: list[str] | None) -> None:
    """Answer a waiting turn first, then take turns until the learner ends.

    Raises:
        LLMError: a reply failed and the learner stopped (or the script cannot retry).
    """
    turns = iter(lines) if lines is not None else None
    if run.awaiting_reply:
        say.line(f"({run.failure} Asking again.)")
        _answer(run, say, run.retry, scripted=turns is not None)
    while True:
        text = next(turns, None) if turns is not None else ask(say.quiet)
        if text is None or text.strip().lower() in END_WORDS or not text.strip():
            return
        if turns is not None:
            say.line(f"You: {text}")
        _answer(run, say, partial(run.say, text.strip()), scripted=turns is not None)


def _answer(
    run: PracticeRun, say: Printer, reply: Callable[[], Iterator[str]], *, scripted: bool
) -> None:
    """Stream a reply; after a failure, ask again as often as the learner wants to."""
    while True:
        try:
            say.stream(run.scenario.persona.name, reply())
            return
        except LLMError as exc:
            if scripted:
                raise LLMError(f"{exc} {resume_hint(run)}") from None
            _offer_retry(run, str(exc))
            reply = run.retry


def _offer_retry(run: PracticeRun, problem: str) -> None:
    """Ask whether to try again; raise Stopped if the learner would rather stop."""
    typer.echo(f"{problem} Press Enter to retry, or type /end to stop here.", err=True)
    while True:
        answer = ask(to_stderr=True, prompt="Retry? ")
        if answer is None or answer.strip().lower() in END_WORDS:
            raise Stopped(f"{problem} {resume_hint(run)}")
        if not answer.strip():
            return
        name = run.scenario.persona.name
        typer.echo(f"{name} still owes you a reply: press Enter to retry, or type /end.", err=True)


def ask(to_stderr: bool, prompt: str = "You: ") -> str | None:
    """Read one line; the prompt goes to stderr when stdout carries JSON."""
    typer.echo(prompt, nl=False, err=to_stderr)
    try:
        return input()
    except (EOFError, KeyboardInterrupt):
        return None


class Printer:
    """Conversation output for a person; silent when the caller wants JSON only."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet

    def line(self, text: str) -> None:
        if not self.quiet:
            typer.echo(text)

    def header(self, run: PracticeRun) -> None:
        s = run.scenario
        mode = (
            "OFFLINE MODE: the counterpart is played by the built-in engine (no language model)."
            if run.mode is Mode.OFFLINE
            else "LLM MODE: the counterpart is played by a language model."
        )
        self.line(f"{s.title} ({run.difficulty.value}) — {mode}")
        self.line(f"\n{s.brief}\n\nType /end or an empty line to finish.\n")
        for speaker, text in run.history:
            self.line(f"{'You' if speaker is Speaker.LEARNER else s.persona.name}: {text}")

    def stream(self, name: str, pieces: Iterator[str]) -> None:
        """Print the reply as it arrives; the name only once the first words are in.

        A reply that breaks off is marked as cut off before the error goes on.
        """
        started = False
        try:
            for piece in pieces:
                if not self.quiet:
                    typer.echo(piece if started else f"{name}: {piece}", nl=False)
                started = True
        except LLMError:
            if started:
                self.line(CUT_OFF_MARK)
            raise
        if started:
            self.line("")
