"""The chat messages that let an LLM play the persona, laid out for provider prompt caching.

Order: one stable system message (persona, situation, rules: identical all session), the
conversation itself, then a short volatile state note (trust, disclosures, last reaction).
Each call therefore repeats the previous call's prefix exactly, which providers cache.
The learner's words only ever travel as user messages, never inside a template.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from coach.models import ChatMessage, Difficulty, Move, PersonaUpdate, Phase, Speaker
from coach.practice.near_concerns import hint_to_give
from coach.practice.told import told_in
from coach.prompts import PromptLibrary
from coach.scenarios.models import Scenario

SYSTEM_TEMPLATE = "counterpart_system.md"
STATE_TEMPLATE = "counterpart_state.md"

_ROLES = {Speaker.COUNTERPART: "assistant", Speaker.LEARNER: "user"}
_TRUST_LABELS = (
    (20, "closed and guarded"),
    (40, "wary"),
    (60, "cautiously open"),
    (80, "fairly open"),
    (101, "open and trusting"),
)


def build_messages(
    scenario: Scenario,
    difficulty: Difficulty,
    update: PersonaUpdate,
    history: Sequence[tuple[Speaker, str]],
    prompts: PromptLibrary,
) -> list[ChatMessage]:
    """Stable system prompt, the conversation (opening line first), then the state note.

    Args:
        history: the conversation so far, ending with the learner's latest turn; the
            persona's opening line is added in front unless it is already the first turn.
    """
    latest = history[-1][1] if history and history[-1][0] is Speaker.LEARNER else ""
    said = [text for speaker, text in history if speaker is Speaker.COUNTERPART]
    return [
        ChatMessage(role="system", content=stable_system_prompt(scenario, difficulty, prompts)),
        *conversation_messages(scenario, history),
        ChatMessage(role="system", content=state_note(scenario, update, prompts, latest, said)),
    ]


def stable_system_prompt(scenario: Scenario, difficulty: Difficulty, prompts: PromptLibrary) -> str:
    """The part of the prompt that stays the same for the whole session."""
    persona = scenario.persona
    return prompts.render(
        SYSTEM_TEMPLATE,
        persona_name=persona.name,
        persona_role=persona.role,
        persona_age=persona.age if persona.age is not None else "not stated",
        persona_background=persona.background.strip(),
        persona_personality=persona.personality.strip(),
        persona_speaking_style=persona.speaking_style.strip(),
        learner_role=scenario.learner_role.value,
        scenario_summary=scenario.summary.strip(),
        brief=scenario.brief.strip(),
        goals=_bullets(scenario.goals, empty="(none)"),
        hidden_concerns=_bullets((c.text for c in scenario.hidden_concerns), empty="(none)"),
        difficulty=difficulty.value,
    )


def conversation_messages(
    scenario: Scenario, history: Sequence[tuple[Speaker, str]]
) -> list[ChatMessage]:
    """The turns as chat messages: the persona speaks as assistant, the learner as user."""
    turns = list(history)
    if not turns or turns[0] != (Speaker.COUNTERPART, scenario.opening_line):
        turns.insert(0, (Speaker.COUNTERPART, scenario.opening_line))
    return [ChatMessage(role=_ROLES[speaker], content=text) for speaker, text in turns]


def state_note(
    scenario: Scenario,
    update: PersonaUpdate,
    prompts: PromptLibrary,
    latest: str = "",
    said: Sequence[str] = (),
) -> str:
    """The volatile part: how the persona stands after the learner's latest turn (``latest``,
    which may come near a concern still private, or be a reflection that lands: then the note
    carries the hint the offline engine would give, unless the persona's lines so far
    (``said``) have given it already)."""
    newly = [i for i in update.newly_unlocked if _known(scenario, i)]
    shared = [i for i in update.state.unlocked if i not in newly and _known(scenario, i)]
    revealed = set(newly) | set(shared)
    # Locked disclosures are named by their id only: their text must not reach the model.
    private = [d.id.replace("-", " ") for d in scenario.disclosures if d.id not in revealed]
    return prompts.render(
        STATE_TEMPLATE,
        persona_name=scenario.persona.name,
        trust=update.state.trust,
        trust_label=trust_label(update.state.trust),
        reaction=update.reaction.value,
        move=update.move.value.replace("_", " "),
        move_guide=MOVE_GUIDE[update.move],
        phase=update.state.phase.value,
        phase_guide=PHASE_GUIDE[update.state.phase],
        shared=_bullets(_texts(scenario, shared), empty="- nothing yet"),
        newly_unlocked=_bullets(_texts(scenario, newly), empty="- nothing new this time"),
        still_private=_bullets(private, empty="- nothing; you have shared everything"),
        near=_near(scenario, update, latest, said),
    )


def _near(scenario: Scenario, update: PersonaUpdate, latest: str, said: Sequence[str]) -> str:
    """The hint to give, as the offline engine gives it (near_concerns.hint_to_give), unless
    something is being told this turn anyway."""
    if update.newly_unlocked:
        return "- nothing: give no hint"
    hint = hint_to_give(scenario, update, latest, lambda line: told_in(said, line))
    return f'- "{hint}"' if hint else "- nothing: give no hint"


MOVE_GUIDE: dict[Move, str] = {
    Move.SMALL_TALK: "a short, natural reply",
    Move.YES_NO_QUESTION: "say yes or no first, then as much as your trust allows",
    Move.TOPIC_QUESTION: "answer about exactly what was asked",
    Move.OPEN_QUESTION: "say more, in your own words",
    Move.REFLECTION: "say more about what they picked up",
    Move.SUMMARY: "confirm it if it is right; if it is wrong or missing something, correct it",
    Move.OFFER: "accept it, decline it or ask about it",
    Move.REQUEST: "agree, refuse or negotiate",
    Move.ADVICE: "do not simply adopt it; say why it is not that simple",
    Move.JUDGMENT: "a short, guarded reply; share nothing new",
    Move.STOCK_PHRASE: "it is a formula: answer briefly and share nothing new",
    Move.PLAN_INVITE: "offer an idea of your own for what could help",
    Move.PLAN_PROPOSAL: "agree, adjust it, or raise a realistic obstacle",
    Move.COMMIT_INVITE: "say one concrete step you will take",
    Move.CLOSING: "close naturally",
    Move.ACKNOWLEDGE: "accept it simply",
    Move.STATEMENT: "take it in and respond as yourself",
}
PHASE_GUIDE: dict[Phase, str] = {
    Phase.OPENING: "you are just starting",
    Phase.EXPLORING: "they are trying to understand you",
    Phase.PLANNING: "you are working out what to do; contribute and commit if trust allows",
    Phase.CLOSING: "the conversation is ending",
}


def trust_label(trust: int) -> str:
    """A few words for a trust level, easier for a model to act on than a bare number."""
    return next(label for upper, label in _TRUST_LABELS if trust < upper)


def _known(scenario: Scenario, disclosure_id: str) -> bool:
    return any(d.id == disclosure_id for d in scenario.disclosures)


def _texts(scenario: Scenario, disclosure_ids: Iterable[str]) -> list[str]:
    return [scenario.disclosure(i).text.strip() for i in disclosure_ids]


def _bullets(items: Iterable[str], *, empty: str) -> str:
    lines = [f"- {item.strip()}" for item in items]
    return "\n".join(lines) if lines else empty
