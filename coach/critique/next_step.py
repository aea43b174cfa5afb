"""A next step agreed: the evidence that a conversation closed on something concrete (pure)."""

from __future__ import annotations

from coach.coder.questions import is_check
from coach.critique import cues, reactions
from coach.critique.evidence import CodedSession, first_sentences, sentences
from coach.critique.summaries import summaries
from coach.critique.turns import says, turns_where


def next_step_agreed(session: CodedSession) -> list[int]:
    """A concrete step the learner proposed or asked for in the second half of the
    conversation (an opening promise sets the agenda, it does not close anything), agreed at
    the start of the counterpart's reply (not a vague "whenever you're ready", not a reply
    that asks back)."""
    learner = session.learner_turns
    closing = set(learner[len(learner) // 2 :])
    checked_summaries = {
        t for t in summaries(session) if any(is_check(s) for s in sentences(session.text(t)))
    }

    def agreed(t: int) -> bool:
        answer = session.next_counterpart(t)
        reply = first_sentences(answer)
        if t in checked_summaries:
            return False  # "...a second interview on Thursday. Have I got that right?"
        asked = reactions.ASKS_FOR_PLAN.search(session.previous_counterpart(t) or "")
        own_step = bool(asked) and bool(cues.BARE_STEP.match(session.text(t)))
        planned = says(session, t, cues.PLAN) or own_step
        if t not in closing or not planned or says(session, t, cues.VAGUE_PLAN):
            return False
        refused = reactions.REFUSE.match(reply) or reactions.BRUSH_OFF.search(reply) or "?" in reply
        # "Right, you've got it all. So what are you going to do?" confirms a summary, not a step.
        still_asked = reactions.ASKS_FOR_PLAN.search(answer or "")
        return bool(reactions.AGREE.search(reply)) and not refused and not still_asked

    return turns_where(session, agreed)
