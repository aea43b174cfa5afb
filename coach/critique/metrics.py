"""Numbers about the learner's listening, computed from the coded transcript (pure).

Definitions (counts are of learner turns: a turn that asks two open questions counts once
as an open question, because the coder reads acts per turn):

- ``act_counts``: learner turns containing each act, for every act of the vocabulary.
- ``questions`` = open + closed; ``percent_open_questions`` = open / questions * 100.
- ``reflection_to_question_ratio`` = (reflections + summaries) / questions, banded as in
  MITI: >= 2 good, >= 1 fair, else poor; with no questions it is None and the band is good
  if there were reflections or summaries, n/a if there were neither.
- ``complex_reflection_share``: complex / (complex + simple) over reflection turns whose
  depth the heuristic in ``coach.coder.reflection_depth`` can tell; None if it can tell none.
- ``learner_talk_share``: learner words / all words; ``mean_learner_turn_words``.
- ``stacked_questions``: learner turns asking two or more questions.
- ``reflection_to_question_ratio`` counts only reflections and summaries that are not content-free
  formulas (coach/critique/evidence.py ``engaged``); ``stock_phrases`` counts formula turns that
  picked up nothing the counterpart said.
- ``premature_advice_turns`` and ``judgment_turns``: the turns of those flaws as
  coach/critique/flaws.py finds them (advice before the other's side was heard; judgments,
  including sarcasm that visibly stung).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from coach.coder.reflection_depth import Depth, reflection_depth
from coach.critique.evidence import CodedSession, carrying_sentences
from coach.critique.flaws import Flaw
from coach.critique.models import Metrics
from coach.models import Act, Transcript
from coach.scenarios.models import FlawKind

UNDERSTANDING_ACTS = (Act.OPEN_QUESTION, Act.REFLECTION, Act.SUMMARY)
GOOD_RATIO = 2.0
FAIR_RATIO = 1.0
_WORD = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*")


def compute_metrics(session: CodedSession, flaws: Sequence[Flaw] = ()) -> Metrics:
    """Every metric of the critique; premature advice and judgments are the turns of those
    flaws as coach/critique/flaws.py found them, so the numbers and the feedback agree."""
    turns_of = {flaw.kind: list(flaw.turns) for flaw in flaws}
    premature = turns_of.get(FlawKind.PREMATURE_ADVICE, [])
    judgments = turns_of.get(FlawKind.JUDGMENT, [])
    transcript = session.transcript
    counts = act_counts(session)
    open_q, closed_q = counts[Act.OPEN_QUESTION.value], counts[Act.CLOSED_QUESTION.value]
    listening = len(
        [t for t in session.learner_turns if session.engaged(t, Act.REFLECTION, Act.SUMMARY)]
    )
    ratio, band = reflection_ratio(listening, open_q + closed_q)
    formulas = [t for t in session.turns_with(Act.STOCK_PHRASE) if not session.anchored(t)]
    learner_words = [word_count(session.text(t)) for t in session.learner_turns]
    return Metrics(
        learner_turns=len(session.learner_turns),
        act_counts=counts,
        questions=open_q + closed_q,
        open_questions=open_q,
        closed_questions=closed_q,
        percent_open_questions=_percent(open_q, open_q + closed_q),
        reflections=counts[Act.REFLECTION.value],
        reflection_to_question_ratio=ratio,
        reflection_to_question_band=band,
        complex_reflection_share=complex_share(reflection_depths(session)),
        learner_talk_share=_share(sum(learner_words), _all_words(transcript)),
        mean_learner_turn_words=_mean(learner_words),
        stacked_questions=sum(
            session.coding(t).features.stacked_questions for t in session.learner_turns
        ),
        premature_advice=len(premature),
        premature_advice_turns=list(premature),
        judgments=len(judgments),
        judgment_turns=judgments,
        stock_phrases=len(formulas),
    )


def act_counts(session: CodedSession) -> dict[str, int]:
    """Learner turns containing each act, in vocabulary order (zeros included)."""
    return {act.value: len(session.turns_with(act)) for act in Act}


def reflection_ratio(listening: int, questions: int) -> tuple[float | None, str]:
    """(reflections + summaries) / questions and its MITI-style band."""
    if questions == 0:
        return None, "good" if listening else "n/a"
    ratio = round(listening / questions, 2)
    band = "good" if ratio >= GOOD_RATIO else "fair" if ratio >= FAIR_RATIO else "poor"
    return ratio, band


def reflection_depths(session: CodedSession) -> dict[int, Depth | None]:
    """Each reflection turn's depth, judged on its reflection sentences only."""
    depths: dict[int, Depth | None] = {}
    for turn in session.turns_with(Act.REFLECTION):
        carrying = carrying_sentences(session.text(turn), [Act.REFLECTION])
        text = " ".join(carrying) or session.text(turn)
        depths[turn] = reflection_depth(text, session.previous_counterpart(turn))
    return depths


def complex_share(depths: dict[int, Depth | None]) -> float | None:
    """Complex / (complex + simple) reflections, where the depth could be told."""
    told = [d for d in depths.values() if d is not None]
    return round(told.count("complex") / len(told), 2) if told else None


def word_count(text: str) -> int:
    """Words in ``text`` (contractions and hyphenated words count once)."""
    return len(_WORD.findall(text))


def _all_words(transcript: Transcript) -> int:
    return sum(word_count(t.text) for t in transcript.turns)


def _percent(part: int, whole: int) -> float | None:
    return round(part / whole * 100, 1) if whole else None


def _share(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else 0.0


def _mean(values: list[int]) -> float:
    return round(sum(values) / len(values), 1) if values else 0.0
