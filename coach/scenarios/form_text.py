"""How the scenario form writes lists as text: one item per line, or words between commas."""

from __future__ import annotations

import csv
import re


def slug(text: str, fallback: str) -> str:
    """A short id made from ``text`` ("Money worries!" -> "money-worries")."""
    words = re.findall(r"[a-z0-9]+", text.lower())[:5]
    return "-".join(words)[:60] or fallback


def lines_of(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def split_commas(text: str) -> list[str]:
    """Comma-separated words; one that holds a comma is written in quotes ("4,200")."""
    parts = next(csv.reader([text.replace("\n", " ")], skipinitialspace=True), [])
    return [part.strip() for part in parts if part.strip()]


def commas(items: list[str]) -> str:
    """Words as the form shows them, the inverse of reading them back."""
    return ", ".join(_quoted(item) if "," in item or '"' in item else item for item in items)


def _quoted(item: str) -> str:
    doubled = item.replace('"', '""')
    return f'"{doubled}"'


def joined(items: list[str]) -> str:
    return "\n".join(items)
