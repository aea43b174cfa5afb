"""The debrief's delivery section: the numbers of coach.voice.delivery, and for each one
outside its limit a note with the guidance that fits (pure; retrieval comes in as a port)."""

from __future__ import annotations

from coach.critique.growth import cite
from coach.critique.models import DeliveryNote, DeliveryReport
from coach.models import Transcript
from coach.ports import GuidanceSearch
from coach.scenarios.models import Scenario
from coach.voice import thresholds as limits
from coach.voice.delivery import Delivery, DeliveryFlag, measure_delivery

SKILL = "delivery"  # guidance/delivery.md


# title, detail (formatted with the measures), the guidance query
_NOTES: dict[DeliveryFlag, tuple[str, str, str]] = {
    DeliveryFlag.FAST: (
        "Slow down",
        "You spoke at {words_per_minute:.0f} words a minute; above {fast} a hard message "
        "sounds rushed and leaves no gap to come in.",
        "pace speaking too fast rushed slow down",
    ),
    DeliveryFlag.SLOW: (
        "Know your sentence before you start it",
        "You spoke at {words_per_minute:.0f} words a minute; below {slow} it can sound hesitant.",
        "pace speaking slowly hesitant",
    ),
    DeliveryFlag.FILLERS: (
        "Swap filler words for a breath",
        "{fillers} filler words ({heard}), {fillers_per_minute:.1f} a minute; more than "
        "{filler_limit:g} a minute is heard as a habit.",
        "filler words um uh you know habit silence",
    ),
    DeliveryFlag.PAUSES: (
        "Save your silences for after a question",
        "{pauses} pauses of {pause:g} seconds or more inside your own sentences.",
        "long pauses silence mid sentence lost the thread",
    ),
    DeliveryFlag.TALK_SHARE: (
        "Give them more of the air",
        "You did {share:.0%} of the talking{estimated}; in this conversation aim to stay "
        "under {limit:.0%}.",
        "who does the talking share of talk hand the conversation back",
    ),
}


def delivery_report(
    transcript: Transcript, scenario: Scenario, store: GuidanceSearch | None
) -> DeliveryReport | None:
    """The delivery section, or None when the learner spoke no turn."""
    measures = measure_delivery(transcript.turns, scenario.learner_role)
    if measures is None:
        return None
    notes = [_note(flag, measures, store) for flag in measures.flags]
    return DeliveryReport(measures=measures, notes=notes)


def _note(flag: DeliveryFlag, measures: Delivery, store: GuidanceSearch | None) -> DeliveryNote:
    title, detail, query = _NOTES[flag]
    values = {
        **measures.model_dump(),
        "fast": limits.FAST_WPM,
        "slow": limits.SLOW_WPM,
        "filler_limit": limits.MAX_FILLERS_PER_MINUTE,
        "heard": ", ".join(f'"{word}"' for word in measures.fillers_heard),
        "pauses": len(measures.long_pauses),
        "pause": limits.LONG_PAUSE_SECONDS,
        "share": measures.talk_share,
        "limit": measures.share_limit,
        "estimated": " (replies not read aloud were timed at a normal pace)"
        if measures.share_estimated
        else "",
    }
    return DeliveryNote(
        flag=flag,
        title=title,
        detail=detail.format(**values),
        guidance=cite(store, query, SKILL),
    )
