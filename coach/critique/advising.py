"""Advice (pure): the turns that tell the counterpart what to do, and advice given before
they were understood or ready for it. Split from coach.critique.flaws, which lists every
finder."""

from __future__ import annotations

import re
from collections.abc import Collection

from coach.critique import advice_cues, cues, reactions, step_reactions
from coach.critique.detectors import reflection
from coach.critique.evidence import CodedSession, first_sentences, sentences
from coach.critique.flaw_base import Flaw, make_flaw
from coach.critique.plan_cues import PLAN
from coach.critique.summaries import summaries
from coach.critique.turns import says, turns_where
from coach.models import Act, LearnerRole
from coach.scenarios.models import FlawKind

HEARD_BEFORE_ADVICE = 2  # turns that said back what was said before advice is not premature
OWNED_WITHIN = 2  # learner turns after a fix in which owning up to it ("I jumped ahead") counts

_YOU_NEED = re.compile(r"\byou (need|have|want) to (\w+)", re.I)
# An instruction followed by another in the same sentence: "Get the hours up, take a visible
# role on a pitch, and stop carrying it alone." (however the coder read the turn)
_INSTRUCTIONS = re.compile(
    r"[,;] (?:and |then )?(?:take|get|stop|start|put|make|keep|cut|drop|send|book|ask|tell|write"
    r"|push|go|use|try)\b(?! (?:you|your time|it easy|care)\b)",
    re.I,
)


def advised(session: CodedSession) -> list[int]:
    """Turns telling the counterpart what to do: a sentence in the words of advice ("you
    should", "my advice is", "have you thought about"), or an instruction ("Try...", "Use...")
    in a turn the coder reads as advice. Offers ("I'll watch the clock"), "take your time",
    their own need said back ("I need to think out loud" heard as "You need to think out loud")
    and an instruction quoted ('"Read the room" wasn't.') are not advice."""

    def advises(t: int) -> bool:
        coded_advice = session.coding(t).has(Act.ADVICE)
        said = sentences(session.text(t))
        theirs = (session.previous_counterpart(t) or "").lower()
        for sentence, after in zip(said, [*said[1:], ""], strict=True):
            if advice_cues.TIME_GIVEN.search(sentence) or advice_cues.PARKED.match(after):
                continue
            if advice_cues.GUESSED_NEED.search(sentence) or advice_cues.ASKS_THEIR_NEED.match(
                sentence
            ):
                continue  # "I'd guess you just need...", "What would you need to see from me?"
            need = _YOU_NEED.search(sentence)
            if need and f"i {need.group(1).lower()} to {need.group(2).lower()}" in theirs:
                continue
            instructs = advice_cues.IMPERATIVE.match(sentence)
            if instructs and advice_cues.QUOTE_TAIL.match(sentence):
                continue  # '"Read the room" wasn't.': the words of a quotation, mentioned
            if advice_cues.ADVICE.search(sentence) or (coded_advice and instructs):
                return True
            if instructs and _INSTRUCTIONS.search(sentence):
                return True  # "Get the hours up, take a visible role on a pitch, and stop..."
        return False

    return turns_where(session, advises)


def _leave_given(session: CodedSession, turn: int) -> bool:
    """Whether the learner's turn before asked leave to offer something ("Would an example
    help?") and they said yes ("Yes."): what the learner offers next was asked for."""
    before = session.previous_learner(turn)
    if before is None:
        return False
    asked = [s for s in sentences(session.text(before)) if s.endswith("?")]
    granted = advice_cues.LEAVE_GIVEN.match(session.previous_counterpart(turn) or "")
    return bool(granted) and any(advice_cues.LEAVE_ASKED.search(s) for s in asked)


def _suggests(session: CodedSession, turn: int, advice: Collection[int]) -> bool:
    """Whether the turn puts forward a fix in any form: advice (``advice``: the turns that
    give it), a plan, a proposal, "what if"."""
    if session.coding(turn).has(Act.ADVICE) or turn in advice:
        return True
    return says(session, turn, PLAN) or says(session, turn, cues.PROPOSES)


def premature_advice(session: CodedSession, role: LearnerRole) -> Flaw | None:
    """Advice before the counterpart's side was understood: before two turns that said back
    what they said (open questions alone are not understanding), unless they asked for it; or,
    later, advice they answer as not ready for it ("That's easy to say", "Sure. I'll put it on
    the list.") or as missing what they asked; or a fix the learner then owns up to ("Fair
    enough, I jumped ahead.")."""
    if role is LearnerRole.MENTEE:
        return None
    heard = sorted(set(reflection(session)) | set(summaries(session)))

    def early(t: int) -> bool:
        asked = reactions.ASKS_ADVICE.search(session.previous_counterpart(t) or "")
        whole = session.next_counterpart(t) or ""
        if asked or reactions.HEARD_EXACTLY.match(whole) or _leave_given(session, t):
            return False  # asked for, or taken as rightly heard: "Yes. That's it."
        reply = first_sentences(whole)
        unready = reactions.NOT_READY.search(reply) or reactions.BRUSH_OFF.search(reply)
        unready = unready or reactions.NOT_WHAT_I_ASKED.search(whole)  # anywhere in the reply
        return bool(unready) or sum(h < t for h in heard) < HEARD_BEFORE_ADVICE

    def fixed_too_soon(t: int) -> bool:  # a fix they answer with "Can I finish first?"
        reply, text = first_sentences(session.next_counterpart(t)), session.text(t)
        fixes = PLAN.search(text) or any(cues.PROPOSES.search(s) for s in sentences(text))
        # not "I'll think about that one. For now, I'll bring my questions written down."
        takes_on = step_reactions.OWN_STEP.search(first_sentences(session.next_counterpart(t), 3))
        return fixes and bool(reactions.NOT_READY.search(reply)) and not takes_on

    def owned_up(t: int) -> bool:  # a next turn of the learner's: "Fair enough, I jumped ahead."
        later = [n for n in session.learner_turns if n > t][:OWNED_WITHIN]
        return any(says(session, n, advice_cues.CAUGHT_FIXING) for n in later)

    advice = advised(session)
    caught = [t for t in turns_where(session, owned_up) if _suggests(session, t, advice)]
    turns = set(t for t in advice if early(t)) | set(turns_where(session, fixed_too_soon))
    turns |= set(caught)
    return make_flaw(FlawKind.PREMATURE_ADVICE, sorted(turns), 2.5, 5.0)
