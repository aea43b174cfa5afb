"""Numbers the benchmark reports: timing summaries, a token estimate, stable prompt prefixes."""

from __future__ import annotations

import re
import resource
import statistics
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from coach.models import ChatMessage

# Words and single punctuation marks: close enough to a BPE count for ratios and trends.
_TOKEN = re.compile(r"\w+|[^\w\s]")


@dataclass(frozen=True)
class Stat:
    """Median and 95th percentile of repeated measurements, and how many there were."""

    median: float
    p95: float
    count: int


WINDOW = 10  # turns per window when cost is compared along a conversation


def summarise(samples: Sequence[float], scale: float = 1.0) -> Stat:
    """The median and p95 of ``samples`` multiplied by ``scale`` (1000 turns seconds into ms)."""
    if not samples:
        raise ValueError("no samples to summarise")
    ordered = sorted(s * scale for s in samples)
    return Stat(statistics.median(ordered), percentile(ordered, 95), len(ordered))


def windows(samples: Sequence[float], ends: Sequence[int], scale: float = 1.0) -> dict[int, Stat]:
    """Stats of the ten samples up to each turn in ``ends`` (turns 1-10, 31-40, 151-160...).

    Turns the run did not reach are left out.
    """
    return {
        end: summarise(samples[end - WINDOW : end], scale)
        for end in ends
        if WINDOW <= end <= len(samples)
    }


def percentile(ordered: Sequence[float], pct: float) -> float:
    """The ``pct`` percentile of sorted values, interpolating between neighbours."""
    if len(ordered) == 1:
        return ordered[0]
    position = (len(ordered) - 1) * pct / 100
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def estimate_tokens(text: str) -> int:
    """A tokenizer-free estimate of tokens: words plus punctuation marks."""
    return len(_TOKEN.findall(text))


def prompt_text(messages: Sequence[ChatMessage]) -> str:
    """The messages as one string, role markers included, in the order a provider reads them."""
    return "".join(f"<{m.role}>\n{m.content}\n" for m in messages)


@dataclass(frozen=True)
class PrefixShare:
    """How much of a request repeats the previous request exactly, from its start."""

    prefix_chars: int
    total_chars: int
    prefix_tokens: int
    total_tokens: int


def stable_prefix(previous: str, current: str) -> PrefixShare:
    """The longest common prefix of two consecutive prompts, in characters and tokens."""
    length = 0
    for a, b in zip(previous, current, strict=False):
        if a != b:
            break
        length += 1
    return PrefixShare(
        prefix_chars=length,
        total_chars=len(current),
        prefix_tokens=estimate_tokens(current[:length]),
        total_tokens=estimate_tokens(current),
    )


def overall_share(shares: Sequence[PrefixShare], *, tokens: bool) -> float:
    """Prefix over total summed across requests: the share a prompt cache could reuse."""
    if tokens:
        prefix, total = sum(s.prefix_tokens for s in shares), sum(s.total_tokens for s in shares)
    else:
        prefix, total = sum(s.prefix_chars for s in shares), sum(s.total_chars for s in shares)
    return prefix / total if total else 0.0


def process_memory_mb(field: str, pid: int | str = "self") -> float | None:
    """A memory line of a process's /proc status in MiB ("VmRSS:" now, "VmHWM:" its peak);
    None where there is no /proc (not Linux) or no such process."""
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:
        return None
    value = next((line.split()[1] for line in lines if line.startswith(field)), None)
    return int(value) / 1024 if value else None


def peak_rss_mb() -> float:
    """This process's RSS high-water mark so far, in MiB (getrusage's ru_maxrss)."""
    # Linux reports ru_maxrss in kilobytes, macOS in bytes.
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 2**20
