"""What the LLM fault tests count, and where they write it for a later summary.

Each test writes ``test-artifacts/reliability/<test name>.json``: the faults it made the
stub commit, the turns stored (finished and interrupted), the learner turns lost (sent but
not in the conversation: always 0) and the partial replies stored as finished (always 0).
"""

from __future__ import annotations

import json
import re
import socket
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from coach.models import SessionRecord, Speaker
from coach.settings import Settings
from tests.paths import REPO

ARTIFACTS = REPO / "test-artifacts" / "reliability"


@dataclass
class Figures:
    """One fault test's numbers, as written to its JSON file."""

    test: str
    fault: str
    outcome: str = ""
    faults_tried: int = 0
    requests: int = 0
    learner_turns_sent: int = 0
    turns_stored: int = 0
    replies_finished: int = 0
    replies_interrupted: int = 0
    turns_lost: int = 0
    learner_turns_duplicated: int = 0
    partial_replies_stored_as_finished: int = 0
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)

    def count(self, record: SessionRecord, sent: Iterable[str], full: Iterable[str]) -> None:
        """Count a stored session against what the learner sent and the whole replies given."""
        sent, whole = Counter(sent), set(full)
        said = Counter(t.text for t in record.turns if t.speaker is Speaker.LEARNER)
        replies = [t.text for t in record.turns[1:] if t.speaker is Speaker.COUNTERPART]
        self.learner_turns_sent = sum(sent.values())
        self.turns_stored = len(record.turns) + len(record.interrupted)
        self.replies_finished = len(replies)
        self.replies_interrupted = len(record.interrupted)
        self.turns_lost = sum((sent - said).values())
        self.learner_turns_duplicated = sum((said - sent).values())
        self.partial_replies_stored_as_finished = sum(1 for text in replies if text not in whole)

    def write(self) -> Path:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"{re.sub(r'[^A-Za-z0-9_.-]+', '-', self.test).strip('-')}.json"
        path.write_text(json.dumps(asdict(self), indent=2) + "\n", encoding="utf-8")
        return path


def llm_settings(data_dir: Path, base_url: str) -> Settings:
    """An LLM configuration for the fault tests: quick timeouts, short backoff, two retries."""
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        llm="openai",
        data_dir=data_dir,
        openai_base_url=base_url,
        openai_api_key=None,
        model="stub-model",
        request_timeout=0.5,
        max_retries=2,
        retry_base_delay=0.01,
        max_retry_delay=1.0,
    )


def unused_port() -> int:
    """A local port nothing listens on (bound, read and released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
