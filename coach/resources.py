"""Where the shipped data (scenarios, prompts) lives, in a checkout or an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def shipped_dir(name: str) -> Path:
    """The folder of shipped data called ``name`` (``scenarios``, ``prompts``, ``guidance``)."""
    checkout = _PACKAGE.parent / name
    if checkout.is_dir():
        return checkout
    bundled = _PACKAGE / "_bundled" / name
    if bundled.is_dir():
        return bundled
    raise FileNotFoundError(f"shipped folder {name!r} not found next to {_PACKAGE}")
