"""How much one learner turn moves the persona's trust (pure).

Base deltas per act (a mentee's context and asks count like a mentor's listening), scenario
triggers matched on whole words (some once only, none where a word just before it in its clause
denies it: "you're not too much"), formulas that earn nothing and, repeated,
cost, judgments that never win trust, the difficulty's gain and the per-turn limits.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from functools import lru_cache

from coach.models import Act, CodedTurn, LearnerRole, Move, PersonaState
from coach.scenarios.models import DifficultyLevel, Scenario, TrustTrigger

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
# A mentor warms to a mentee who explains the situation, says what they tried and asks
# clearly: for a mentee, those acts earn what listening earns a mentor.
MENTEE_DELTAS: dict[Act, int] = {
    Act.INFORMATION: 4,
    Act.REQUEST: 5,
    Act.SELF_DISCLOSURE: 3,
    Act.CLOSED_QUESTION: 1,
}
ADVICE_BEFORE_UNDERSTANDING = -8
STACKED_QUESTIONS = -3
MAX_RISE = 15
MAX_FALL = -25
# A stock phrase earns nothing; once FREE_FORMULAS have been said, each costs FORMULA_COST.
FREE_FORMULAS = 2
FORMULA_COST = 3

Delta = tuple[str, int]


def mentions(text: str, keywords: Iterable[str]) -> bool:
    """Whether any keyword occurs in the text (case-insensitive substring)."""
    lowered = text.lower()
    return any(k.lower() in lowered for k in keywords)


def says_word(text: str, keywords: Iterable[str]) -> bool:
    """Whether any keyword occurs in the text as whole words ("rude" is not in "prudence")."""
    return any(_whole(keyword).search(text) for keyword in keywords)


@lru_cache(maxsize=4096)
def _whole(keyword: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w'])" + re.escape(keyword.strip()) + r"(?![\w'])", re.I)


# A word that denies what follows it in the same clause: "you're not too much", "I don't
# think you're needy", "I'd never call it an excuse" say the opposite of their keyword.
_DENIES = re.compile(r"\b(?:not|no|never|nobody|nothing|hardly)\b|n't\b", re.I)
_CLAUSE_END = re.compile(r"[.,;:!?\u2014]|\s-\s")
NEGATION_REACH = 4  # words before a keyword a denial reaches across


def says_undenied(text: str, keywords: Iterable[str]) -> bool:
    """Whether any keyword occurs as whole words without a denial a few words before it in
    its clause (a trigger fires on what the turn says, not on what it says is not so)."""
    for keyword in keywords:
        for found in _whole(keyword).finditer(text):
            before = _CLAUSE_END.split(text[: found.start()])[-1].split()[-NEGATION_REACH:]
            if not _DENIES.search(" ".join(before)):
                return True
    return False


def trigger_matches(trigger: TrustTrigger, coded: CodedTurn, text: str) -> bool:
    """Whether a scenario trust trigger fires; with both acts and keywords, both must match."""
    act_hit = coded.has(*trigger.acts)
    word_hit = says_undenied(text, trigger.keywords)
    if trigger.acts and trigger.keywords:
        return act_hit and word_hit
    return act_hit or word_hit


def turn_change(
    scenario: Scenario,
    level: DifficultyLevel,
    state: PersonaState,
    coded: CodedTurn,
    text: str,
    move: Move,
) -> tuple[int, list[str], list[int]]:
    """The turn's trust change (scaled and clamped), the reasons behind it and the once-only
    triggers that fired."""
    fired = _fired_triggers(scenario, state, coded, text)
    deltas = _base_deltas(state, coded, move, scenario.learner_role) + [
        (f"trigger {scenario.trust_triggers[i].description!r}", scenario.trust_triggers[i].delta)
        for i in fired
    ]
    if move is Move.JUDGMENT:  # whatever else it says, a judgment never wins trust
        deltas = [(name, delta) for name, delta in deltas if delta < 0] or [("judgment", -1)]
    reasons = [f"{name} {delta:+d}" for name, delta in deltas if delta]
    total = sum(delta for _, delta in deltas)
    if total > 0 and level.gain != 1:
        scaled = _round_half_up(total * level.gain)
        reasons.append(f"difficulty gain x{level.gain:g}: {total:+d} -> {scaled:+d}")
        total = scaled
    clamped = clamp(total, MAX_FALL, MAX_RISE)
    if clamped != total:
        reasons.append(f"change limited to {clamped:+d}")
    return clamped, reasons, [i for i in fired if scenario.trust_triggers[i].once]


def _base_deltas(
    state: PersonaState, coded: CodedTurn, move: Move, role: LearnerRole
) -> list[Delta]:
    if move is Move.STOCK_PHRASE:  # a formula earns nothing; what harms in it still costs
        harm = [d for d in _act_deltas(state, coded, role) if d[1] < 0]
        again = state.formulas >= FREE_FORMULAS
        return [*harm, ("a formula again", -FORMULA_COST)] if again else harm
    return _act_deltas(state, coded, role)


def _act_deltas(state: PersonaState, coded: CodedTurn, role: LearnerRole) -> list[Delta]:
    table = {**BASE_DELTAS, **MENTEE_DELTAS} if role is LearnerRole.MENTEE else BASE_DELTAS
    deltas: list[Delta] = []
    for act in dict.fromkeys(coded.acts):  # each act counts once per turn, in order
        if act is Act.ADVICE and not state.understood:
            deltas.append(("advice before understanding", ADVICE_BEFORE_UNDERSTANDING))
        else:
            deltas.append((act.value.replace("_", " "), table[act]))
    if coded.features.stacked_questions or coded.features.questions >= 2:
        deltas.append(("stacked questions", STACKED_QUESTIONS))
    return deltas


def _fired_triggers(
    scenario: Scenario, state: PersonaState, coded: CodedTurn, text: str
) -> list[int]:
    """The triggers that fire on this turn (a once-only trigger that fired before does not)."""
    return [
        i
        for i, trigger in enumerate(scenario.trust_triggers)
        if not (trigger.once and i in state.fired) and trigger_matches(trigger, coded, text)
    ]


def _round_half_up(value: float) -> int:
    # round() rounds halves to even (4.5 -> 4); people expect 4.5 -> 5. The epsilon absorbs
    # float noise such as 15 * 0.3 == 4.499999...
    return math.floor(value + 0.5 + 1e-9)


def clamp(value: int, low: int, high: int) -> int:
    return max(low, min(high, value))
