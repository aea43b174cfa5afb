"""How the offline persona tells the concerns a turn has just unlocked (pure)."""

from __future__ import annotations

from collections.abc import Sequence

from coach.models import PersonaUpdate, Reaction
from coach.practice.picker import Picker
from coach.scenarios.models import Scenario

BRIDGE_CHANCE = 0.5  # how often a disclosure without a lead-in gets a bridge ("Can I tell you...")


def disclosed(scenario: Scenario, update: PersonaUpdate) -> list[str | None]:
    """The concerns unlocked by this turn, told after the reply's own answer (no lead-in)."""
    return [scenario.disclosure(d).text for d in update.newly_unlocked]


def disclose(
    scenario: Scenario, update: PersonaUpdate, picker: Picker, bridges: Sequence[str]
) -> list[str | None]:
    """The concerns unlocked by this turn as the whole reply, after a lead-in that fits the
    reaction (a confirmation, an acknowledgement) or, now and then, a bridge."""
    texts = disclosed(scenario, update)
    material = scenario.material
    pool = {
        Reaction.CONFIRM: material.confirmations,
        Reaction.ACKNOWLEDGE: material.acknowledgements,
    }.get(update.reaction)
    lead = picker.pick([pool]) if pool else None
    if not lead and (picker.clashes(texts[0] or "") or picker.rng.random() < BRIDGE_CHANCE):
        lead = picker.pick([bridges])
    return [lead, *texts]
