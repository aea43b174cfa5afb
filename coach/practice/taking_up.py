"""The offline counterpart's replies to what asks it to take something up (pure).

An offer is taken up, asked about or turned down by trust (one put as a yes/no question, "Is it
okay if I send it as a shared doc?", answered yes or maybe first); a request agreed, negotiated or
refused (a mentor asks a mentee's vague request what they want first); a plan invitation gets
an idea, a first proposal an obstacle unless trust is high, a commitment invitation a step the
persona owns. Lines come from the scenario's material, else the shipped neutral lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from coach.models import LearnerRole, Move, PersonaUpdate, Phase
from coach.practice.disclosing import disclosed
from coach.practice.offered import IF_YOU, offered
from coach.practice.offline_lines import OfflineLines
from coach.practice.picker import Picker
from coach.practice.reply_parts import asks_yes_or_no, echo, specific
from coach.scenarios.models import Scenario

ACCEPT_TRUST, QUESTION_TRUST = 45, 30  # offers: taken up, asked about, or turned down
AGREE_TRUST, NEGOTIATE_TRUST = 40, 25  # requests
OBJECT_BELOW = 70  # the first proposal meets an obstacle unless trust is this high
GUARDED = 30  # below this, ideas come hesitantly


# A line's own yes or maybe, left out when the answer has gone first: "Yes, that would help."
_ANSWER = re.compile(r"^(?:yes|maybe|possibly)\W+", re.I)


def _without_answer(line: str | None) -> str | None:
    """The line without its leading yes or maybe ("Yes, that would help." -> "That would
    help."); None when nothing would be left."""
    rest = _ANSWER.sub("", line or "")
    return f"{rest[:1].upper()}{rest[1:]}" if rest else None


class About(Protocol):
    """The unused line most about a text, from the given pools (or the persona's own)."""

    def __call__(
        self, text: str, picker: Picker, pools: Sequence[Sequence[str]] | None = None
    ) -> str | None: ...


class TakingUp:
    """Offer, request and plan replies for one session (an obstacle is raised once)."""

    def __init__(self, scenario: Scenario, lines: OfflineLines, about: About):
        self.scenario = scenario
        self.lines = lines
        self._about = about
        self._objected = False

    def offer(self, trust: int, text: str, picker: Picker) -> list[str | None]:
        responses = self.lines.offer
        taken = responses.accept if trust >= ACCEPT_TRUST else responses.question
        pool = taken if trust >= QUESTION_TRUST else responses.decline
        said_back, line = offered(text) or echo(text), picker.pick([pool])
        # "Is it okay if I send it as a shared doc?": a yes or a maybe first, in its words
        asked = asks_yes_or_no(text) and trust >= QUESTION_TRUST  # (not turned down)
        if asked and said_back and said_back.startswith(f"{IF_YOU} "):
            answer = "Yes" if trust >= ACCEPT_TRUST else "Maybe"
            said_back = f"{answer}, {said_back[0].lower()}{said_back[1:-1]}."
            line = _without_answer(line)
        return [said_back, line, self._about(text, picker)]

    def request(self, update: PersonaUpdate, text: str, picker: Picker) -> list[str | None]:
        responses, trust = self.lines.request, update.state.trust
        mentee_side = self.scenario.learner_role is LearnerRole.MENTEE
        if mentee_side and not specific(text):
            return [picker.pick([self.lines.clarifying])]
        if trust >= AGREE_TRUST:  # once planning, agreeing to do something is a step of its own
            planning = update.state.phase is Phase.PLANNING
            more = self.commitment(text, picker) if planning else self._about(text, picker)
            reply = [picker.pick([responses.agree]), more]
        elif trust >= NEGOTIATE_TRUST:
            reply = [picker.pick([responses.negotiate])]
        else:
            reply = [picker.pick([responses.refuse])]
        return [echo(text), *reply, *disclosed(self.scenario, update)]

    def plan(self, update: PersonaUpdate, text: str, picker: Picker) -> list[str | None]:
        plan = self.scenario.material.plan or self.lines.plan
        generic = self.lines.plan
        if update.move is Move.COMMIT_INVITE:
            return [self.commitment(text, picker)]
        if update.move is Move.PLAN_INVITE:
            idea = self._about(text, picker, [plan.ideas]) or picker.pick(
                [plan.ideas, generic.ideas, plan.commitments]
            )
            hesitant = "Honestly, I'm not sure. " if update.state.trust < GUARDED else ""
            return [f"{hesitant}{idea}" if idea else None]
        if not self._objected and update.state.trust < OBJECT_BELOW:
            obstacle = picker.pick([plan.obstacles, generic.obstacles])
            if obstacle:
                self._objected = True
                return [f"Maybe. {obstacle}"]
        return [picker.pick([self.lines.plan_agree, generic.commitments])]

    def commitment(self, text: str, picker: Picker) -> str | None:
        plan, generic = self.scenario.material.plan or self.lines.plan, self.lines.plan
        chosen = self._about(text, picker, [plan.commitments])
        return chosen or picker.pick([plan.commitments, generic.commitments])
