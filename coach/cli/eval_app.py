"""The ``coach eval`` command group and the options its commands share."""

from __future__ import annotations

from typing import Annotated

import typer

from coach.cli.app import app

eval_app = typer.Typer(help="Evaluate the coach against labelled data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]
