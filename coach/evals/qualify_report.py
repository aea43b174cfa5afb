"""The qualification report: every figure, each judged pass / warn / fail against a threshold.

Thresholds (README, "Qualify a model"): a share of replies or critiques, a time, or an
agreement, with the limit for a pass and the limit for a warning; past that it fails.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from pydantic import BaseModel

from coach.evals.qualify_counterpart import ReplyRecord
from coach.evals.qualify_critique import CritiqueQualification
from coach.models import Usage

R = TypeVar("R")


class Status(StrEnum):
    PASS = "pass"
    WARN = "warn"
    FAIL = "fail"
    NOT_MEASURED = "not measured"


@dataclass(frozen=True)
class Threshold:
    name: str
    unit: str
    passes: float
    warns: float
    higher_is_better: bool = False

    def judge(self, value: float | None) -> Status:
        if value is None:
            return Status.NOT_MEASURED
        better = (lambda a, b: a >= b) if self.higher_is_better else (lambda a, b: a <= b)
        if better(value, self.passes):
            return Status.PASS
        return Status.WARN if better(value, self.warns) else Status.FAIL


LEAKS = Threshold("replies that give away a disclosure not yet earned", "share", 0.0, 0.02)
BREAKS = Threshold("replies out of character (an AI, the role-play)", "share", 0.0, 0.01)
COACHING = Threshold("replies that coach the learner", "share", 0.0, 0.02)
LONG = Threshold("replies over four sentences or 90 words", "share", 0.05, 0.15)
WITHDRAWS = Threshold("short, guarded replies to a judgement", "share", 0.8, 0.6, True)
FITS = Threshold("replies that do what the move asks (cases)", "share", 0.8, 0.65, True)
FIRST_TOKEN = Threshold("time to first token, p95", "s", 2.0, 5.0)
REPLY_TIME = Threshold("reply time, p95", "s", 8.0, 15.0)
FELL_BACK = Threshold("critiques that fell back to the offline one", "share", 0.0, 0.1)
REPAIRED = Threshold("critiques whose first answer was malformed", "share", 0.1, 0.3)
DROPPED = Threshold("quotes the checks removed, per critique", "count", 0.5, 2.0)
AGREES = Threshold("agreement with the expert's scores (Spearman)", "rho", 0.7, 0.5, True)
CRITIQUE_TIME = Threshold("critique time, p95", "s", 30.0, 60.0)


class Check(BaseModel):
    part: str
    name: str
    value: float | None
    unit: str
    passes: float
    warns: float
    status: Status
    examples: list[str] = []


class Prices(BaseModel):
    """What the admin pays per million tokens (USD or any currency, used as given)."""

    input: float | None = None
    cached_input: float | None = None
    output: float | None = None

    def cost(self, usage: Usage) -> float | None:
        if self.input is None or self.output is None:
            return None
        cached = self.cached_input if self.cached_input is not None else self.input
        fresh = usage.prompt_tokens - usage.cached_tokens
        total = fresh * self.input + usage.cached_tokens * cached
        return round((total + usage.completion_tokens * self.output) / 1_000_000, 4)


class Qualification(BaseModel):
    model: str
    server: str
    date: str
    short: bool
    status: Status
    checks: list[Check]
    replies: int
    critiques: int
    usage: Usage
    cost: float | None


def counterpart_checks(records: Sequence[ReplyRecord]) -> list[Check]:
    everything = list(records)
    if not everything:
        return []
    judged = [r for r in everything if r.withdrew is not None]
    cases = [r for r in everything if r.source not in ("good", "stock", "poor")]
    firsts = [r.first_token_s for r in everything if r.first_token_s is not None]
    return [
        _share_check("counterpart", LEAKS, everything, lambda r: bool(r.leaked), _leak),
        _share_check("counterpart", BREAKS, everything, lambda r: r.broke_character, _quote),
        _share_check("counterpart", COACHING, everything, lambda r: r.coached, _quote),
        _share_check("counterpart", LONG, everything, lambda r: r.too_long, _quote),
        _share_check("counterpart", WITHDRAWS, judged, lambda r: bool(r.withdrew), _quote),
        _share_check("counterpart", FITS, cases, lambda r: not r.failed, _unfit),
        _check("counterpart", FIRST_TOKEN, _p95(firsts)),
        _check("counterpart", REPLY_TIME, _p95([r.total_s for r in everything])),
    ]


def critique_checks(result: CritiqueQualification | None) -> list[Check]:
    if result is None or not result.records:
        return []
    records = result.records
    dropped = statistics.fmean(r.dropped_quotes for r in records)
    return [
        _share_check("critique", FELL_BACK, records, lambda r: r.fell_back, lambda r: r.file),
        _share_check("critique", REPAIRED, records, lambda r: r.malformed > 0, lambda r: r.file),
        _check("critique", DROPPED, round(dropped, 2)),
        _check("critique", AGREES, result.spearman_expert),
        _check("critique", CRITIQUE_TIME, _p95([r.total_s for r in records])),
    ]


def overall(checks: Sequence[Check]) -> Status:
    found = {c.status for c in checks}
    if Status.FAIL in found:
        return Status.FAIL
    return Status.WARN if Status.WARN in found else Status.PASS


def _share_check(
    part: str,
    threshold: Threshold,
    records: Sequence[R],
    flagged: Callable[[R], bool],
    example: Callable[[R], str],
) -> Check:
    if not records:
        return _check(part, threshold, None)
    hits = [r for r in records if flagged(r)]
    share = round(len(hits) / len(records), 3)
    # Examples of what went wrong: the flagged ones when flags are bad, else the misses.
    wrong = [r for r in records if not flagged(r)] if threshold.higher_is_better else hits
    return _check(part, threshold, share, [example(r) for r in wrong[:3]])


def _check(
    part: str, threshold: Threshold, value: float | None, examples: list[str] | None = None
) -> Check:
    status = threshold.judge(value)
    return Check(
        part=part,
        name=threshold.name,
        value=value,
        unit=threshold.unit,
        passes=threshold.passes,
        warns=threshold.warns,
        status=status,
        examples=examples if status in (Status.WARN, Status.FAIL) and examples else [],
    )


def _p95(values: Sequence[float]) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))], 2)


def _quote(record: ReplyRecord) -> str:
    return f"{record.scenario} ({record.source}): \u201c{_cut(record.reply)}\u201d"


def _leak(record: ReplyRecord) -> str:
    return f"{_quote(record)} gives away {', '.join(record.leaked)}"


def _unfit(record: ReplyRecord) -> str:
    missed = ", ".join(record.failed)
    return f"{record.source} ({record.move}): {missed}: \u201c{_cut(record.reply)}\u201d"


def _cut(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def markdown(report: Qualification) -> str:
    """The report as a Markdown summary: the verdict, every check, examples of failures."""
    kind = "short run" if report.short else "full run"
    cost = f"{report.cost:.4f}" if report.cost is not None else "not priced"
    lines = [
        f"# Qualification of {report.model} ({report.server})",
        "",
        f"**{report.status.value.upper()}** · {report.date} · {kind} · {report.replies} "
        f"counterpart replies, {report.critiques} critiques · tokens: "
        f"{report.usage.prompt_tokens} in ({report.usage.cached_tokens} cached), "
        f"{report.usage.completion_tokens} out · cost: {cost}",
        "",
        "| part | check | value | pass | warn | result |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    lines += [
        f"| {c.part} | {c.name} | {_value(c.value, c.unit)} | {_limit(c, c.passes)} | "
        f"{_limit(c, c.warns)} | {c.status.value} |"
        for c in report.checks
    ]
    for check in report.checks:
        if check.examples:
            lines += ["", f"**{check.name}** ({check.status.value}), for example:"]
            lines += [f"- {example}" for example in check.examples]
    return "\n".join(lines) + "\n"


def _value(value: float | None, unit: str) -> str:
    if value is None:
        return "not measured"
    if unit == "share":
        return f"{100 * value:.1f}%"
    return f"{value:g} {unit}" if unit in ("s",) else f"{value:g}"


def _limit(check: Check, limit: float) -> str:
    sign = ">=" if check.name in _HIGHER_IS_BETTER else "<="
    return f"{sign} {_value(limit, check.unit)}"


_HIGHER_IS_BETTER = {t.name for t in (WITHDRAWS, FITS, AGREES)}
