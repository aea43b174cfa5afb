"""Everything the critique knows about a conversation before it judges it (pure).

``analyse`` codes the learner's turns (each with the counterpart's turn before it), runs the
evidence detectors the rubric names and every flaw detector, reads what came out from the
counterpart's own lines, replays the persona for the trust trace, and computes the metrics,
once; the rubric, strengths, growth areas and narrative (and a later LLM critique) all read the
same facts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from coach.critique.evidence import CodedSession
from coach.critique.flaws import Flaw, find_flaws
from coach.critique.metrics import compute_metrics
from coach.critique.models import Metrics, PersonaOutcome
from coach.critique.outcome import outcome_from_transcript
from coach.critique.replay import PersonaReplay, replay_persona
from coach.critique.rubric import TALK_SHARE_LIMIT, OverallTerms, find_evidence, overall_terms
from coach.critique.wording import turn_list
from coach.errors import CoachError
from coach.models import LearnerRole, Speaker, Transcript
from coach.scenarios.models import EvidenceKind, Scenario


@dataclass(frozen=True)
class CritiqueFacts:
    """A coded conversation, the persona's replay, the metrics and what was uncovered."""

    scenario: Scenario
    session: CodedSession
    replay: PersonaReplay
    metrics: Metrics
    outcome: PersonaOutcome
    found: dict[EvidenceKind, list[int]]
    flaws: list[Flaw]

    @property
    def role(self) -> LearnerRole:
        return self.scenario.learner_role

    @property
    def name(self) -> str:
        """The counterpart's first name, as the feedback speaks of them."""
        return self.scenario.persona.name.split()[0]

    @cached_property
    def terms(self) -> OverallTerms:
        """What the overall weighs besides the rubric items (coach.critique.rubric)."""
        return overall_terms(
            self.scenario, self.outcome, self.flaws, self.metrics.learner_talk_share
        )

    def values(self, turns: Sequence[int] = ()) -> dict[str, object]:
        """Template values: the metrics and outcome, and ``turns`` as $count and $turn_list."""
        m, o = self.metrics, self.outcome
        ratio = m.reflection_to_question_ratio
        return {
            "name": self.name,
            "turns": m.learner_turns,
            "count": len(turns),
            "turn_list": turn_list(turns),
            "open": m.open_questions,
            "questions": m.questions,
            "percent": round(m.percent_open_questions or 0),
            "listening": m.reflections + m.act_counts.get("summary", 0),
            "ratio": "n/a" if ratio is None else f"{ratio:.1f}",
            "band": m.reflection_to_question_band,
            "complex_percent": round((m.complex_reflection_share or 0) * 100),
            "uncovered": len(o.uncovered),
            "missed": len(o.missed),
            "total": len(o.uncovered) + len(o.missed),
            "first_turn": min((c.turn for c in o.uncovered if c.turn is not None), default="-"),
            "trust_start": o.trust_start,
            "trust_end": o.trust_end,
            "talk_percent": round(m.learner_talk_share * 100),
            "talk_limit": round(TALK_SHARE_LIMIT * 100),
            "talk_points": self.terms.talked_over,
        }


def analyse(transcript: Transcript, scenario: Scenario) -> CritiqueFacts:
    """Code, replay and measure a transcript of ``scenario`` at the transcript's difficulty."""
    if transcript.scenario != scenario.id:
        raise CoachError(
            f"The transcript is of scenario {transcript.scenario!r}, not {scenario.id!r}; "
            "critique it against its own scenario."
        )
    _check_learner_turns(transcript)
    session = CodedSession.of(transcript, scenario.persona.name)
    replay = replay_persona(scenario, transcript.difficulty, transcript, session.coded)
    flaws = find_flaws(session, scenario.learner_role)
    return CritiqueFacts(
        scenario=scenario,
        session=session,
        replay=replay,
        metrics=compute_metrics(session, flaws),
        outcome=outcome_from_transcript(scenario, transcript.difficulty, transcript, replay),
        found=find_evidence(scenario, session),
        flaws=flaws,
    )


def _check_learner_turns(transcript: Transcript) -> None:
    learner = [i for i, t in enumerate(transcript.turns) if t.speaker is Speaker.LEARNER]
    if not learner:
        raise CoachError("The transcript has no learner turns; there is nothing to critique.")
    blank = [i for i in learner if not any(ch.isalnum() for ch in transcript.turns[i].text)]
    if blank:
        raise CoachError(f"Learner turn {blank[0]} has no words; remove it or write what was said.")
