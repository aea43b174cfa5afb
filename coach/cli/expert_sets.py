"""The expert-scored critique sets ``coach eval critique --set`` can measure, newest last.

"expert" was held out first; expert-2 to expert-NEWEST were each written by new writers and
measured once unseen before their misses were looked at (who wrote each, and with what code it
was measured, is in its own README under evaluation/critique); "expert-dev" is the development
set the critique was tuned on. A new set is added by raising NEWEST.
"""

from __future__ import annotations

from typing import Annotated

import typer

NEWEST = 291  # the newest set: measured once unseen
EXPERT_SETS = ("expert", *(f"expert-{n}" for n in range(2, NEWEST + 1)), "expert-dev")


def known_set(name: str) -> str:
    """The set's name, or a usage error that says which names there are."""
    if name not in EXPERT_SETS:
        raise typer.BadParameter(
            f"no expert set {name!r}; the sets are expert, expert-2 to expert-{NEWEST} and "
            "expert-dev."
        )
    return name


SetOption = Annotated[
    str,
    typer.Option(
        "--set",
        callback=known_set,
        help=f"Which expert-scored set: expert, expert-2 to expert-{NEWEST} (the newest) or "
        "expert-dev.",
    ),
]
