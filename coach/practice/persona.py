"""The counterpart's inner state: trust, earned disclosures and how it reacts (pure).

Implements the shared contract in notes/persona_rules.md: base deltas per act, scenario
trust triggers, difficulty gain, clamping, disclosure unlocking and the reaction.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from coach.models import Act, CodedTurn, Difficulty, PersonaState, PersonaUpdate, Reaction
from coach.scenarios.models import DifficultyLevel, Disclosure, Scenario, TrustTrigger

# Trust change per act present in a turn (each act counted once). Tune here.
# ADVICE is the value once the learner has shown understanding; before that it costs more.
BASE_DELTAS: dict[Act, int] = {
    Act.REFLECTION: 8,
    Act.SUMMARY: 7,
    Act.OPEN_QUESTION: 6,
    Act.AFFIRMATION: 4,
    Act.APOLOGY: 3,
    Act.SELF_DISCLOSURE: 2,
    Act.I_STATEMENT: 1,
    Act.CLOSED_QUESTION: -1,
    Act.REQUEST: 0,
    Act.INFORMATION: 0,
    Act.OTHER: 0,
    Act.STOCK_PHRASE: 0,  # a formula earns nothing
    Act.ADVICE: 1,
    Act.JUDGMENT: -14,
}
ADVICE_BEFORE_UNDERSTANDING = -8
STACKED_QUESTIONS = -3
MAX_RISE = 15
MAX_FALL = -25
UNDERSTANDING_ACTS = (Act.OPEN_QUESTION, Act.REFLECTION, Act.SUMMARY)
# A person who feels deeply heard volunteers what they have not been asked about: a
# topic-gated disclosure also unlocks on a reflection or summary once trust is this far
# past its threshold.
VOLUNTEER_MARGIN = 20
VOLUNTEER_ACTS = (Act.REFLECTION, Act.SUMMARY)

Delta = tuple[str, int]


def initial_state(scenario: Scenario, difficulty: Difficulty) -> PersonaState:
    """The persona before the learner's first turn."""
    return PersonaState(trust=scenario.difficulty[difficulty].starting_trust)


def step(
    scenario: Scenario,
    difficulty: Difficulty,
    state: PersonaState,
    coded: CodedTurn,
    text: str,
) -> PersonaUpdate:
    """Apply one coded learner turn to the persona's state."""
    level = scenario.difficulty[difficulty]
    change, reasons = _turn_change(scenario, level, state, coded, text)
    trust = _clamp(state.trust + change, 0, 100)
    newly = _unlock(scenario, difficulty, trust, state.unlocked, coded, text)
    if coded.has(Act.JUDGMENT):
        reasons.append("judgment: nothing is disclosed this turn")
    reasons.extend(f"disclosed {d!r}" for d in newly)
    return PersonaUpdate(
        state=_next_state(state, trust, newly, coded),
        reaction=_reaction(scenario, state, coded, text),
        trust_delta=trust - state.trust,
        reasons=reasons,
        newly_unlocked=newly,
    )


def _next_state(
    state: PersonaState, trust: int, newly: list[str], coded: CodedTurn
) -> PersonaState:
    unlocked = [*state.unlocked, *newly]
    understood = state.understood or coded.has(*UNDERSTANDING_ACTS) or bool(unlocked)
    return PersonaState(trust=trust, unlocked=unlocked, turn=state.turn + 1, understood=understood)


def effective_threshold(scenario: Scenario, difficulty: Difficulty, disclosure: Disclosure) -> int:
    """The trust a disclosure needs at this difficulty (min_trust shifted, kept in 0..100)."""
    shift = scenario.difficulty[difficulty].threshold_shift
    return _clamp(disclosure.unlock.min_trust + shift, 0, 100)


def openness(state: PersonaState) -> str:
    """A label for how open the persona is, for UIs."""
    if state.trust < 35:
        return "guarded"
    if state.trust < 60:
        return "cautious"
    return "open"


def mentions(text: str, keywords: Iterable[str]) -> bool:
    """Whether any keyword occurs in the text (case-insensitive substring)."""
    lowered = text.lower()
    return any(k.lower() in lowered for k in keywords)


def trigger_matches(trigger: TrustTrigger, coded: CodedTurn, text: str) -> bool:
    """Whether a scenario trust trigger fires; with both acts and keywords, both must match."""
    act_hit = coded.has(*trigger.acts)
    word_hit = mentions(text, trigger.keywords)
    if trigger.acts and trigger.keywords:
        return act_hit and word_hit
    return act_hit or word_hit


# --- trust --------------------------------------------------------------------


def _turn_change(
    scenario: Scenario, level: DifficultyLevel, state: PersonaState, coded: CodedTurn, text: str
) -> tuple[int, list[str]]:
    """The turn's trust change (scaled and clamped) and the reasons behind it."""
    deltas = _base_deltas(state, coded) + _trigger_deltas(scenario, coded, text)
    reasons = [f"{name} {delta:+d}" for name, delta in deltas if delta]
    total = sum(delta for _, delta in deltas)
    if total > 0 and level.gain != 1:
        scaled = _round_half_up(total * level.gain)
        reasons.append(f"difficulty gain x{level.gain:g}: {total:+d} -> {scaled:+d}")
        total = scaled
    clamped = _clamp(total, MAX_FALL, MAX_RISE)
    if clamped != total:
        reasons.append(f"change limited to {clamped:+d}")
    return clamped, reasons


def _base_deltas(state: PersonaState, coded: CodedTurn) -> list[Delta]:
    deltas: list[Delta] = []
    for act in dict.fromkeys(coded.acts):  # each act counts once per turn, in order
        if act is Act.ADVICE and not state.understood:
            deltas.append(("advice before understanding", ADVICE_BEFORE_UNDERSTANDING))
        else:
            deltas.append((act.value.replace("_", " "), BASE_DELTAS[act]))
    if coded.features.stacked_questions or coded.features.questions >= 2:
        deltas.append(("stacked questions", STACKED_QUESTIONS))
    return deltas


def _trigger_deltas(scenario: Scenario, coded: CodedTurn, text: str) -> list[Delta]:
    return [
        (f"trigger {t.description!r}", t.delta)
        for t in scenario.trust_triggers
        if trigger_matches(t, coded, text)
    ]


# --- disclosures and reaction ---------------------------------------------------


def _unlock(
    scenario: Scenario,
    difficulty: Difficulty,
    trust: int,
    unlocked: list[str],
    coded: CodedTurn,
    text: str,
) -> list[str]:
    """At most one disclosure: the first eligible in file order; none after a judgment."""
    if coded.has(Act.JUDGMENT):
        return []
    for disclosure in scenario.disclosures:
        if disclosure.id in unlocked:
            continue
        margin = trust - effective_threshold(scenario, difficulty, disclosure)
        if margin >= 0 and _conditions_hold(disclosure, unlocked, coded, text, margin):
            return [disclosure.id]
    return []


def _conditions_hold(
    disclosure: Disclosure, unlocked: list[str], coded: CodedTurn, text: str, margin: int
) -> bool:
    need = disclosure.unlock
    return (
        (not need.acts or coded.has(*need.acts))
        and (not need.topics or _topic_reached(need.topics, coded, text, margin))
        and all(earlier in unlocked for earlier in need.after)
    )


def _topic_reached(topics: list[str], coded: CodedTurn, text: str, margin: int) -> bool:
    """Asked about, or volunteered because the learner is listening that well."""
    volunteered = margin >= VOLUNTEER_MARGIN and coded.has(*VOLUNTEER_ACTS)
    return volunteered or mentions(text, topics)


def _reaction(scenario: Scenario, before: PersonaState, coded: CodedTurn, text: str) -> Reaction:
    """How the persona responds, judged against its state before this turn."""
    if coded.has(Act.JUDGMENT):
        return Reaction.WITHDRAW
    if coded.has(Act.ADVICE) and not before.understood:
        return Reaction.DEFLECT
    if coded.has(Act.SUMMARY):
        covered = _summary_covers(scenario, before.unlocked, text)
        return Reaction.CONFIRM if covered else Reaction.CORRECT
    if coded.has(Act.REFLECTION, Act.OPEN_QUESTION):
        return Reaction.ELABORATE
    if coded.has(Act.CLOSED_QUESTION):
        return Reaction.SHORT_ANSWER
    if coded.has(Act.AFFIRMATION, Act.APOLOGY):
        return Reaction.ACKNOWLEDGE
    return Reaction.NEUTRAL


def _summary_covers(scenario: Scenario, unlocked: list[str], text: str) -> bool:
    # Only what was disclosed before this turn: a summary cannot cover what is said after it.
    return all(mentions(text, scenario.disclosure(d).keywords) for d in unlocked)


def _round_half_up(value: float) -> int:
    # round() rounds halves to even (4.5 -> 4); people expect 4.5 -> 5. The epsilon absorbs
    # float noise such as 15 * 0.3 == 4.499999...
    return math.floor(value + 0.5 + 1e-9)


def _clamp(value: int, low: int, high: int) -> int:
    return max(low, min(high, value))
