"""Benchmarks of the conversation: offline turns, the offline critique, the LLM path's overhead."""

from __future__ import annotations

import time
from dataclasses import dataclass
from itertools import cycle, islice
from pathlib import Path

from coach.bench.server import InstantChatServer
from coach.bench.stats import (
    PrefixShare,
    Stat,
    overall_share,
    prompt_text,
    stable_prefix,
    windows,
)
from coach.bench.stats import summarise as summarise_stats
from coach.models import ChatMessage, Mode, Speaker, Transcript, TranscriptTurn
from coach.services import CoachServices
from coach.settings import LLMMode, Settings

SCENARIO = "giving-feedback"
OFFLINE_WINDOWS = (10, 40, 160)  # offline turn cost is compared at these turns
LLM_WINDOWS = (10, 80, 160)
BENCH_USER = "bench"
MS = 1000.0

# What learners and counterparts typically say, repeated to make sessions of any length.
LEARNER_LINES = (
    "Thanks for making time today. How have the last few weeks felt for you?",
    "It sounds like the deadlines have been piling up faster than you can clear them.",
    "What would help you most right now?",
    "I noticed the last two reports came in late. Can you tell me more about what happened?",
    "You stayed late twice last week to help the new starter; that really helped the team.",
    "So on one hand you want to do the work well, and on the other there just isn't time.",
    "Have you thought about asking for an extension?",
    "What do you think is getting in the way?",
    "You should probably prioritise the client work first.",
    "Let me check I have this right: the handover notes were missing and you had to rebuild them.",
    "How would you like us to handle it if this happens again?",
    "I appreciate you being so open about this.",
)
COUNTERPART_LINES = (
    "Honestly, it's been a lot. I keep falling behind and I don't know how to catch up.",
    "I guess. I didn't want to make a fuss about it.",
    "The handover notes were a mess, so I spent days working out what had been done.",
    "I'm not sure. Maybe a clearer picture of what matters most this month.",
    "Yes, that's it. I didn't think anyone had noticed.",
    "I suppose I could have asked sooner. I just didn't want to look like I couldn't cope.",
)


def transcript_of(turns: int) -> Transcript:
    """A transcript of ``turns`` turns: counterpart and learner alternate, counterpart first."""
    counterpart, learner = cycle(COUNTERPART_LINES), cycle(LEARNER_LINES)
    rows = [
        TranscriptTurn(speaker=Speaker.COUNTERPART, text=next(counterpart))
        if i % 2 == 0
        else TranscriptTurn(speaker=Speaker.LEARNER, text=next(learner))
        for i in range(turns)
    ]
    return Transcript(scenario=SCENARIO, turns=rows)


def learner_lines(count: int) -> list[str]:
    return list(islice(cycle(LEARNER_LINES), count))


def offline_turns(data_dir: Path, turns: int) -> list[float]:
    """Seconds per offline learner turn: coder, persona, both turns stored, reply produced."""
    services = CoachServices(Settings(data_dir=data_dir, llm=LLMMode.OFFLINE))
    viewer = services.local_viewer(BENCH_USER)
    run = services.practice.start(viewer, SCENARIO, mode=Mode.OFFLINE, seed=7)
    "".join(run.say(LEARNER_LINES[0]))  # warm-up: first-use caches and connections
    timings = []
    for line in learner_lines(turns):
        started = time.perf_counter()
        "".join(run.say(line))
        timings.append(time.perf_counter() - started)
    services.practice.end(viewer, run.session_id)
    return timings


def critiques(data_dir: Path, sizes: tuple[int, ...], repeats: int) -> dict[int, Stat]:
    """Milliseconds per offline critique of a transcript of each size (guidance search included)."""
    services = CoachServices(Settings(data_dir=data_dir, llm=LLMMode.OFFLINE))
    services.critique(transcript_of(4), offline=True)  # warm-up: ingests the shipped guidance
    result = {}
    for size in sizes:
        transcript = transcript_of(size)
        timings = []
        for _ in range(repeats):
            started = time.perf_counter()
            services.critique(transcript, offline=True)
            timings.append(time.perf_counter() - started)
        result[size] = summarise_stats(timings, MS)
    return result


@dataclass(frozen=True)
class LLMBench:
    """The LLM path against an instant server: what the program adds, and the prompt's shape."""

    overhead_ms: Stat
    overhead_windows_ms: dict[int, Stat]  # turns 1-10, 71-80, 151-160: flat or growing
    prompt_tokens: Stat
    token_source: str
    stable_prefix_tokens: float
    stable_prefix_chars: float
    lowest_prefix_tokens: float


def llm_turns(data_dir: Path, turns: int) -> LLMBench:
    """Play ``turns`` learner turns through the real chat client against the instant server."""
    with InstantChatServer() as server:
        settings = Settings(data_dir=data_dir, llm=LLMMode.OPENAI, openai_base_url=server.base_url)
        services = CoachServices(settings)
        viewer = services.local_viewer(BENCH_USER)
        run = services.practice.start(viewer, SCENARIO)
        "".join(run.say(LEARNER_LINES[0]))  # warm-up: client, connection, prompt templates
        overheads, tokens = [], []
        for line in learner_lines(turns):
            served_before = len(server.served)
            started = time.perf_counter()
            "".join(run.say(line))
            total = time.perf_counter() - started
            overheads.append(total - sum(r.seconds for r in server.served[served_before:]))
            usage = run.counterpart.last_usage
            tokens.append(float(usage.prompt_tokens) if usage else 0.0)
        services.practice.end(viewer, run.session_id)
        prompts = [prompt_text([ChatMessage(**m) for m in r.messages]) for r in server.served]
    return _llm_result(overheads, tokens, prompts)


def _llm_result(overheads: list[float], tokens: list[float], prompts: list[str]) -> LLMBench:
    shares: list[PrefixShare] = [
        stable_prefix(a, b) for a, b in zip(prompts, prompts[1:], strict=False)
    ]
    return LLMBench(
        overhead_ms=summarise_stats(overheads, MS),
        overhead_windows_ms=windows(overheads, LLM_WINDOWS, MS),
        prompt_tokens=summarise_stats(tokens),
        token_source="usage reported by the bench server, counted as words plus punctuation "
        "(an estimate, not a model tokenizer)",
        stable_prefix_tokens=overall_share(shares, tokens=True),
        stable_prefix_chars=overall_share(shares, tokens=False),
        lowest_prefix_tokens=min(s.prefix_tokens / s.total_tokens for s in shares),
    )
