"""The flaws the critique can name, each found by code in the learner's turns (pure).

Every flaw returns the turns that show it and how much it weighs, or nothing when it is absent:
a growth area is named only for a flaw that is there. ``weight`` orders the growth areas and
says how much the flaw costs the rubric items that list it under ``against``.

Deliberately not flaws: a summary's check ("Have I got that right?") is not a stacked or
closed question; "take your time" is not advice; explaining confidentiality, owning one's part
or naming one's power is not talking about oneself. Judgment is in coach.critique.judging.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from coach.coder.questions import is_check
from coach.coder.words import content_words, stem
from coach.critique import cues, defending_cues, reactions, step_reactions
from coach.critique.advising import premature_advice
from coach.critique.detectors import reflection
from coach.critique.evidence import CodedSession, first_sentences, sentences
from coach.critique.flaw_base import Flaw, make_flaw
from coach.critique.formulas import stock_phrases
from coach.critique.judging import judgment
from coach.critique.listening import content_only_reflections, no_reflections, opened_up
from coach.critique.mentee_flaws import no_context, vague_ask
from coach.critique.next_step import next_step_agreed
from coach.critique.plan_cues import AHEAD, DECIDES_LATER, PLAN, VAGUE_PLAN
from coach.critique.questioning import closed_questions, stacked_questions
from coach.critique.summaries import summaries
from coach.critique.turns import asked_about_me, says, turns_where
from coach.models import Act, LearnerRole
from coach.scenarios.models import FlawKind

ENOUGH_TURNS = 5  # a conversation this long should have a summary and a next step
TERMS_SENTENCES, TERMS_WORDS = 3, 25  # a mentee's restatement of the terms, checked
LONG_SELF_STORY = 40  # words of sentences about oneself that make a turn about the speaker
STORY_SHARE = 0.6  # ... when they are also most of the turn
STORY_WITH_CUE = 20  # words about oneself after "that takes me back" or "when I was your age"


Finder = Callable[[CodedSession, LearnerRole], Flaw | None]


def find_flaws(session: CodedSession, role: LearnerRole) -> list[Flaw]:
    """Every flaw present, heaviest first."""
    found = [flaw for finder in FINDERS if (flaw := finder(session, role)) is not None]
    return sorted(found, key=lambda f: -f.weight)


def no_summary(session: CodedSession, role: LearnerRole) -> Flaw | None:
    """No summary in a conversation long enough to need one. A mentee's summary is of what the
    mentor asked or offered, said back in a few sentences and checked ("So: a survey chapter
    begun this spring. A stop date... Have I got it?"), however few of their turns it draws on."""
    if len(session.learner_turns) < ENOUGH_TURNS or summaries(session):
        return None
    if role is LearnerRole.MENTEE and any(
        _terms_checked(session, t) or _terms_confirmed(session, t) for t in session.learner_turns
    ):
        return None
    return Flaw(FlawKind.NO_SUMMARY, (), 2.0)


_SO = re.compile(r"^\W*so\b", re.I)  # "So: a survey-data chapter begun this spring."
_ASKS_MORE = re.compile(r"^\W*(?:what|how|why|where|when|who)\b|\banything (?:else|more)\b", re.I)


def _terms_checked(session: CodedSession, turn: int) -> bool:
    text = session.text(turn)
    said = sentences(text)
    return (
        len(said) >= TERMS_SENTENCES
        and len(text.split()) >= TERMS_WORDS
        and said[-1].endswith("?")
        and is_check(said[-1])
        and not _ASKS_MORE.search(said[-1])  # "Have I got it?", not "Anything else I'm missing?"
        and any(_SO.match(s) for s in said[:-1])
        and session.anchored(turn)
    )


def _terms_confirmed(session: CodedSession, turn: int) -> bool:
    """A mentee's restatement of the terms that the mentor confirmed as exact ("So you'd back
    me with you managing, Monday check-ins... and I tell Linda myself before Thursday."
    "That's it."): checked by the reply, not by a question."""
    text = session.text(turn)
    return (
        bool(_SO.match(text))
        and "?" not in text
        and len(text.split()) >= TERMS_WORDS
        and bool(PLAN.search(text))  # terms, not their story said back
        and session.anchored(turn)
        and bool(reactions.HEARD_EXACTLY.match(session.next_counterpart(turn) or ""))
    )


def no_next_step(session: CodedSession, role: LearnerRole) -> Flaw | None:
    """No concrete step agreed in a conversation long enough to need one; the turns that
    offered only a vague one ("Let me see how the week goes") show it."""
    agreed = next_step_agreed(session)
    if len(session.learner_turns) < ENOUGH_TURNS or (agreed and not _put_off(session, agreed)):
        return None
    vague = turns_where(session, lambda t: any(map(vague_step, sentences(session.text(t)))))
    return Flaw(FlawKind.NO_NEXT_STEP, tuple(vague), 2.0)


# Inviting them to speak at their own pace: "I'd like to hear it, whenever you're ready."
_AT_THEIR_PACE = re.compile(r"\b(?:hear|tell|say|share|talk|begin|start|go ahead|read)\b", re.I)


def vague_step(sentence: str) -> bool:
    """A sentence that leaves the step vague ("Let's see how it feels next time."), not one
    that lets them speak when they are ready."""
    return bool(VAGUE_PLAN.search(sentence)) and not _AT_THEIR_PACE.search(sentence)


# Words of when, which tie nothing left open to the step ("I'll come to you before I decide"
# after "I'll show you before you call him").
_WHEN_WORDS = {stem(w) for w in ("before", "after", "until", "since", "when", "then", "now")}
_BY_A_DAY = re.compile(rf"\b(?:by|before) (?:{AHEAD}|the end of)\b", re.I)


def _put_off(session: CodedSession, agreed: list[int]) -> bool:
    """Whether, after the last step agreed, the learner put it off: told only "I'll think it
    through and come back to you" when the counterpart asked what they will do, or left a part
    of the step itself open ("Let me sit with the Linda part tonight... I'll let you know where
    I land" after agreeing to see Linda before Thursday): the step was not taken on."""
    last = max(agreed)
    step = _words(session.text(last)) - _WHEN_WORDS

    def leaves_open(sentence: str) -> bool:  # not "I'll tell you where I land before Wednesday"
        return bool(DECIDES_LATER.search(sentence)) and not _BY_A_DAY.search(sentence)

    def puts_off(t: int) -> bool:
        said = sentences(session.text(t))
        if any(leaves_open(s) and _words(s) & step for s in said):
            return True
        before = session.previous_counterpart(t) or ""
        asked = step_reactions.ASKS_FOR_PLAN.search(before)
        if before.rstrip().endswith("?") and not asked:
            # asked about the step in other words, and answered with nothing but a vague one:
            # "So, Thursday at four. Am I holding it?" "Can we play it by ear?"
            return _only_vague(said, before)
        return bool(asked) and says(session, t, VAGUE_PLAN)

    return any(puts_off(t) for t in session.learner_turns if t > last)


def _only_vague(said: list[str], question: str) -> bool:
    """Whether an answer to ``question`` puts its step only vaguely: some sentence leaves it
    vague, none puts a concrete one, and it does not open by taking up the question's own
    words ("Same time next month?" "Same time next month.")."""
    asked = _words(question)
    opening = _words(said[0]) if said else set()
    if opening and opening <= asked:
        return False
    steps = [s for s in said if PLAN.search(s) or step_reactions.OWN_STEP.search(s)]
    # (a step with its day is concrete beside a vague clause: "I'll send you the one-pager by
    # Wednesday lunchtime, and I'll let you know how it went.")
    concrete = [s for s in steps if not vague_step(s) or _BY_A_DAY.search(s)]
    return any(map(vague_step, said)) and not concrete


def _words(text: str) -> set[str]:
    """Content words, a possessive's own ("Linda's" is "linda")."""
    return {word.removesuffix("'") for word in content_words(text)}


def self_focus(session: CodedSession, role: LearnerRole) -> Flaw | None:
    """Turning the talk to one's own story, unasked: "when I was your age", "that takes me
    back", or a long turn told mostly in the first person about one's own past. Answering their
    question about oneself, or saying how one will handle things, is not self-focus."""

    said_back = {*reflection(session), *summaries(session)}

    def about_me(t: int) -> bool:
        text = session.text(t)
        cued = cues.SELF_STORY.search(text)
        if t in said_back and not cued:
            return False  # "...the one steady voice was mine": their story, said back
        apology = session.coding(t).has(Act.APOLOGY) and not cued  # "Sorry. That takes me back"
        # "Here's my side", "I was vague"; one's own limit (the boundary) or power: no story
        mine = cues.OWN_SIDE.search(text) or cues.BOUNDARY.search(text)
        told_mine = not cued and (cues.POWER.search(text) or cues.OWNERSHIP.search(text))
        owning = apology or bool(mine or told_mine)
        if asked_about_me(session.previous_counterpart(t)) or owning:
            return False  # answering them, or owning one's part, is not turning to oneself
        told = _told_of_self(text)
        if cued:
            return told >= STORY_WITH_CUE
        return told >= LONG_SELF_STORY and told >= STORY_SHARE * len(text.split())

    if role is LearnerRole.MENTEE:
        return None
    told = turns_where(session, about_me)
    if len(told) == 1 and _beside_them(session, told[0], told[0] in said_back):
        return None  # one story that hands the floor back ("...so I know the habit. What's it
        # been like for you?") or follows what they said, said back, is a disclosure that
        # models openness, not a habit of turning to oneself
    return make_flaw(FlawKind.SELF_FOCUS, told, 2.0, 4.0)


def _beside_them(session: CodedSession, turn: int, said_back: bool) -> bool:
    """Whether a turn's story of the learner's own ends by handing the floor back, is a short
    one after saying back what they said ("Eleven years next to Luis, and now you eat by
    yourself upstairs... For what it's worth, I went through something like it."), or is one
    they answer by telling more of their own ("I told nobody either... I'm glad you've told
    me." met with "Thank you. And since we're here..."); ``said_back``: the turn says back
    what they told."""
    text = session.text(turn)
    said = sentences(text)
    if text.rstrip().endswith("?") or (said and cues.WONDERS.match(said[-1])):
        return True
    brief = _told_of_self(text) < LONG_SELF_STORY
    if session.coding(turn).has(Act.REFLECTION) and brief:
        return True
    # one they answer by opening up, not by putting it aside ("That's your experience. Mine's
    # different."), and not a long one begun "that takes me back" unless it first said back
    # what they told ("That sounds lonely. You got the job and lost the room... For what it's
    # worth, when I took over..." met with "Huh. Six years. Yeah. Luis calls me..."): it
    # modelled openness
    reply = session.next_counterpart(turn) or ""
    short = brief or said_back or not cues.SELF_STORY.search(text)
    # (or one they answer by asking about the learner, not about the learner's story: "A month.
    # Huh. Lu's been going on three. So what's in this for you, anyway?", not "How did you
    # handle yours?")
    # (their brief story asked about too, "What'd you do about it?", when the learner answers
    # in a few words and hands the floor back: "Badly, for a while... I'd rather hear about
    # yours, though. ...what's been hardest?"; not a long one, which declining to go on with
    # does not undo)
    story_asked = bool(cues.ASKS_THEIR_STORY.search(reply))
    asked = (brief and _handed_back(session, turn)) if story_asked else asked_about_me(reply)
    welcomed = opened_up(reply) or asked
    return short and welcomed and not cues.STORY_PUT_ASIDE.search(first_sentences(reply, 2))


def _handed_back(session: CodedSession, turn: int) -> bool:
    """Whether the learner's next turn tells little of their own and ends on a question."""
    answer = next((t for t in session.learner_turns if t > turn), None)
    text = session.text(answer) if answer is not None else ""
    return text.rstrip().endswith("?") and _told_of_self(text) < STORY_WITH_CUE


def _told_of_self(text: str) -> int:
    """Words of the sentences about the learner alone."""
    return sum(len(s.split()) for s in sentences(text) if _my_story(s))


def _my_story(sentence: str) -> bool:
    """A sentence about the learner alone: in the first person, not addressing the other (the
    "your" of "When I was your age" addresses nobody)."""
    own = cues.SELF_STORY.sub(" ", sentence)
    if cues.SECOND_PERSON.search(own) or cues.NOT_A_STORY.search(sentence):
        return False
    return bool(cues.FIRST_PERSON.search(sentence))


def defensive(session: CodedSession, role: LearnerRole) -> Flaw | None:
    """Arguing with what the counterpart raised instead of hearing it; not the first turn's
    answer to an opening question, which raised nothing yet ("Is it the email?" "It's
    connected, yes, but I'd rather start with you.")."""
    first = session.learner_turns[:1]
    asked = any((session.previous_counterpart(t) or "").rstrip().endswith("?") for t in first)
    answers = first if asked else []
    turns = turns_where(
        session, lambda t: t not in answers and defending_cues.defends(session.text(t))
    )
    return make_flaw(FlawKind.DEFENSIVE, turns, 2.5, 5.0)


FINDERS: tuple[Finder, ...] = (
    judgment,
    premature_advice,
    stacked_questions,
    closed_questions,
    no_reflections,
    content_only_reflections,
    no_summary,
    no_next_step,
    self_focus,
    stock_phrases,
    vague_ask,
    no_context,
    defensive,
)
