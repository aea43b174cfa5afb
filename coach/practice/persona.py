"""The counterpart's inner state: trust, earned disclosures and how it reacts (pure).

Implements the shared contract in notes/persona_rules.md: base deltas per act, scenario
trust triggers, difficulty gain, clamping, disclosure unlocking and the reaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

from coach.models import (
    Act,
    CodedTurn,
    Difficulty,
    LearnerRole,
    Move,
    PersonaState,
    PersonaUpdate,
    Phase,
    Reaction,
)
from coach.practice.move_cues import MY_OWN_STEP, OUR_MEETINGS, PLATITUDE, SMALL_TALK_TOPIC
from coach.practice.move_model import read_turn
from coach.practice.trust import clamp, mentions, says_word, turn_change
from coach.practice.word_stems import overlap, stems
from coach.scenarios.models import Disclosure, Scenario

UNDERSTANDING_ACTS = (Act.OPEN_QUESTION, Act.REFLECTION, Act.SUMMARY)
# A person who feels deeply heard volunteers what they were not asked: a topic-gated
# disclosure also unlocks on a reflection or summary once trust is this far past its threshold.
VOLUNTEER_MARGIN = 5
VOLUNTEER_ACTS = (Act.REFLECTION, Act.SUMMARY)
# Well past its threshold, a disclosure that waits for particular acts comes out on any of these.
LISTENING_ACTS = (Act.REFLECTION, Act.SUMMARY, Act.OPEN_QUESTION)

# Reflections, summaries and credit count only when they pick up what the persona said.
ANCHORED_ACTS = (Act.REFLECTION, Act.SUMMARY, Act.AFFIRMATION)
CLOSED_MOVES = (Move.JUDGMENT, Move.STOCK_PHRASE)  # nothing is disclosed in answer to these
PLANNING_MOVES = (Move.PLAN_INVITE, Move.PLAN_PROPOSAL, Move.COMMIT_INVITE)
COMMITTING_MOVES = (Move.COMMIT_INVITE,)  # the persona says the step it will take
INVITING_MOVES = (Move.PLAN_INVITE, Move.COMMIT_INVITE)  # "what would help?" opens the rest
AGREES_FROM = 60  # trust at which a proposed step is taken on as the persona's own
PHASES = list(Phase)
MAX_THRESHOLD = 85  # no disclosure needs more trust than this, at any difficulty
PICKED_UP = 2  # content words a turn must share with something the persona said
# Words any reassurance uses ("There's nothing wrong with feeling like that"): sharing them
# with the persona's lines is not picking up what it said.
GENERIC = frozenset(
    stems(
        "there nothing something anything everything feel feeling felt well talk talking "
        "really thing things think know doing going people time like just right good okay "
        "wrong hard sure way lot bit"
    )
)


def initial_state(scenario: Scenario, difficulty: Difficulty) -> PersonaState:
    """The persona before the learner's first turn."""
    return PersonaState(trust=scenario.difficulty[difficulty].starting_trust)


def step(
    scenario: Scenario,
    difficulty: Difficulty,
    state: PersonaState,
    coded: CodedTurn,
    text: str,
    said: Sequence[str] = (),
) -> PersonaUpdate:
    """Apply one coded learner turn to the persona's state.

    Args:
        said: what the persona has said so far (its opening line first): a reflection that
            picks up any of it counts as listening, not only one about its last line.
    """
    role = scenario.learner_role
    move = read_turn(text, coded, role, said)
    if move is Move.PLAN_PROPOSAL and not state.understood and not _no_advice(text, said, role):
        move = Move.ADVICE  # a plan before any attempt to understand is advice

    @cache
    def picked_up() -> bool:  # read every earlier line only for the turns that need it
        return _picks_up(text, said)

    if move is Move.STOCK_PHRASE and picked_up() and not PLATITUDE.search(text):
        move = Move.REFLECTION  # it picks up what they said: no formula (but a saying is one)
    heard = _heard(coded, lambda: picked_up() or _names_the_unsaid(scenario, state, text))
    level = scenario.difficulty[difficulty]
    change, reasons, fired = turn_change(scenario, level, state, heard, text, move)
    trust = clamp(state.trust + change, 0, 100)
    chat = move in (Move.SMALL_TALK, Move.YES_NO_QUESTION) and SMALL_TALK_TOPIC.search(text)
    newly = (
        []
        if move in CLOSED_MOVES or chat  # nor is anything told over a chat about lunch
        else _unlock(scenario, difficulty, trust, state, heard, text, move, said[-1:])
    )
    if move in CLOSED_MOVES:
        reasons.append(f"{move.value.replace('_', ' ')}: nothing is disclosed this turn")
    reasons.extend(f"disclosed {d!r}" for d in newly)
    following = _next_state(state, trust, newly, heard, move, fired)
    if following.phase is not state.phase:
        reasons.append(f"phase: {following.phase.value}")
    return PersonaUpdate(
        state=following,
        reaction=_reaction(scenario, state, heard, text, move),
        move=move,
        trust_delta=trust - state.trust,
        reasons=reasons,
        newly_unlocked=newly,
    )


def _no_advice(text: str, said: Sequence[str], role: LearnerRole) -> bool:
    """Whether a plan takes up what the persona has just said it wants, past its opening line
    ("I want to answer the questions." "Then you present and take them"), is about how the two
    meet ("Shall we keep the next one short?") or is a mentee's own step ("What if I...?")."""
    own = role is LearnerRole.MENTEE and bool(MY_OWN_STEP.search(text))
    return len(said) >= 2 and _picks_up(text, said[-1:]) or bool(OUR_MEETINGS.search(text)) or own


def _picks_up(text: str, lines: Sequence[str]) -> bool:
    """Whether the turn takes up PICKED_UP or more of the words of any of ``lines``."""
    own = stems(text) - GENERIC
    return any(len(own & stems(line)) >= PICKED_UP for line in lines)


def plan_agreed(state: PersonaState) -> bool:
    """Whether the persona has committed to a concrete step of its own."""
    return state.committed


def _heard(coded: CodedTurn, listened: Callable[[], bool]) -> CodedTurn:
    """The turn as the persona takes it: a reflection, summary or affirmation that picks up
    nothing it said (``listened``: nothing of its earlier lines, and nothing it has not said
    yet but is true) is a formula, and earns what a formula earns."""
    if coded.anchor.words or not coded.has(*ANCHORED_ACTS) or listened():
        return coded
    kept = [a for a in coded.acts if a not in ANCHORED_ACTS]
    return coded.model_copy(update={"acts": kept or [Act.OTHER]})


def _names_the_unsaid(scenario: Scenario, state: PersonaState, text: str) -> bool:
    """Whether the turn names a disclosure not yet made: a right guess at what is unsaid."""
    hidden = [d for d in scenario.disclosures if d.id not in state.unlocked]
    telling = [[k for k in d.keywords if not stems(k) <= GENERIC] for d in hidden]
    return any(says_word(text, keywords) for keywords in telling)


def _next_state(
    state: PersonaState,
    trust: int,
    newly: list[str],
    coded: CodedTurn,
    move: Move,
    fired: list[int],
) -> PersonaState:
    unlocked = [*state.unlocked, *newly]
    understood = state.understood or coded.has(*UNDERSTANDING_ACTS) or bool(unlocked)
    return PersonaState(
        trust=trust,
        unlocked=unlocked,
        turn=state.turn + 1,
        understood=understood,
        phase=_phase(state.phase, move),
        formulas=state.formulas + (move is Move.STOCK_PHRASE),
        committed=state.committed
        or move in COMMITTING_MOVES
        or (move is Move.PLAN_PROPOSAL and trust >= AGREES_FROM)
        or (move is Move.OFFER and state.phase is Phase.PLANNING and trust >= AGREES_FROM),
        fired=[*state.fired, *fired],
    )


def _phase(phase: Phase, move: Move) -> Phase:
    """Forward only: opening, exploring once the talk has begun, planning once a plan is on
    the table, closing once the learner wraps up."""
    reached = phase
    if move is Move.CLOSING:
        reached = Phase.CLOSING
    elif move in PLANNING_MOVES:
        reached = Phase.PLANNING
    elif move is not Move.SMALL_TALK:
        reached = Phase.EXPLORING
    return max(phase, reached, key=PHASES.index)


def effective_threshold(scenario: Scenario, difficulty: Difficulty, disclosure: Disclosure) -> int:
    """The trust a disclosure needs at this difficulty (min_trust shifted, kept in 0..85)."""
    shift = scenario.difficulty[difficulty].threshold_shift
    return clamp(disclosure.unlock.min_trust + shift, 0, MAX_THRESHOLD)


def openness(state: PersonaState) -> str:
    """A label for how open the persona is, for UIs."""
    if state.trust < 35:
        return "guarded"
    if state.trust < 60:
        return "cautious"
    return "open"


# --- disclosures and reaction ---------------------------------------------------


def _unlock(
    scenario: Scenario,
    difficulty: Difficulty,
    trust: int,
    state: PersonaState,
    coded: CodedTurn,
    text: str,
    move: Move = Move.STATEMENT,
    before: Sequence[str] = (),
) -> list[str]:
    """At most one disclosure: of those eligible, the one closest to the turn's words with the
    persona's line ``before`` it (a reflection says back what was just said), then to the
    turn's words alone, then the first in file order; none after a judgment. Asked what would
    help, or what it will do, or told goodbye once it has committed to a step, a persona that
    trusts enough says what is really in the way, asked about or not."""
    unlocked = state.unlocked
    if coded.has(Act.JUDGMENT):
        return []
    eligible = [
        disclosure
        for disclosure in scenario.disclosures
        if disclosure.id not in unlocked
        and (margin := trust - effective_threshold(scenario, difficulty, disclosure)) >= 0
        and (
            _conditions_hold(disclosure, unlocked, coded, text, margin)
            or (
                _tells_the_rest(move, state) and all(e in unlocked for e in disclosure.unlock.after)
            )
        )
    ]
    if not eligible:
        return []

    def closeness(disclosure: Disclosure) -> tuple[int, int]:
        told = " ".join([disclosure.text, *disclosure.keywords])
        heard = " ".join([text, *before])
        return overlap(heard, told), overlap(text, told)

    closest = max(eligible, key=closeness)  # file order breaks ties
    return [closest.id]


def _tells_the_rest(move: Move, state: PersonaState) -> bool:
    """Asked what would help or what it will do; or told goodbye once committed to a step of
    its own, when the hardest thing is often said with a hand on the door ("Before you go, one
    more thing."); a goodbye before any plan ends a conversation that never got there."""
    if move is Move.CLOSING:
        return state.committed
    return move in INVITING_MOVES


def _conditions_hold(
    disclosure: Disclosure, unlocked: list[str], coded: CodedTurn, text: str, margin: int
) -> bool:
    need = disclosure.unlock
    listened = margin >= VOLUNTEER_MARGIN and coded.has(*LISTENING_ACTS)
    listened = listened and set(need.acts) != {Act.REQUEST}  # an answer to an ask waits for it
    reflected = Act.REFLECTION in need.acts and coded.has(Act.SUMMARY)  # a summary says back too
    return (
        (not need.acts or coded.has(*need.acts) or reflected or listened)
        and (not need.topics or _topic_reached(need.topics, coded, text, margin))
        and all(earlier in unlocked for earlier in need.after)
    )


def _topic_reached(topics: list[str], coded: CodedTurn, text: str, margin: int) -> bool:
    """Asked about, or volunteered because the learner is listening that well."""
    volunteered = margin >= VOLUNTEER_MARGIN and coded.has(*VOLUNTEER_ACTS)
    return volunteered or mentions(text, topics)


def _reaction(
    scenario: Scenario, before: PersonaState, coded: CodedTurn, text: str, move: Move
) -> Reaction:
    """How the persona responds, judged against its state before this turn."""
    if move is Move.JUDGMENT or coded.has(Act.JUDGMENT):
        return Reaction.WITHDRAW
    if coded.has(Act.ADVICE) and not before.understood:
        return Reaction.DEFLECT
    if move is Move.SUMMARY or coded.has(Act.SUMMARY):
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
