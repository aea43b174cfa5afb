"""What a learner's turn asks of the counterpart: its move (pure).

The coder says which acts a turn performs; the move says what a reply must answer. A turn
that ends "...Would it help if I introduced you to Sinéad?" is an offer whatever came before
it, and "Was Margit there?" wants a yes or a no. The first rule that holds wins, most
demanding first: a put-down is heard before anything else in the turn, a closing ends the
talk, plan moves come before the questions they are phrased as and before a judgment only
the coder's model reads ("Will you bring one? Whichever's been the worst").
"""

from __future__ import annotations

import re

from coach.coder.questions import Question, QuestionKind, is_check, questions, yes_no
from coach.models import Act, CodedTurn, LearnerRole, Move
from coach.practice.blame_cues import BLAME_ABSENT, PUT_DOWN
from coach.practice.move_cues import (
    ADVICE,
    ANNOUNCED_ASIDE,
    ASKS_FAVOUR,
    CLOSING,
    COMMIT_INVITE,
    FACT_WORDS,
    FAREWELL,
    FORMULA,
    LEADING_CLAUSE,
    OFFER,
    OPEN_ASKS,
    PLAN_INVITE,
    PLAN_OR_OFFER,
    PLATITUDE,
    PROPOSES,
    REQUEST,
    SAYS_BACK,
    SMALL_TALK,
    SMALL_TALK_TOPIC,
    SUMMARY_OPENER,
    TAG_ONLY,
    TAGGED,
    THANKS_BY_NAME,
    YES_NO_INSIDE,
)
from coach.practice.text import sentences

UNDERSTANDING = (Act.REFLECTION, Act.SUMMARY)
# A reflection's opening, whatever "you should" follows it: "It sounds like you felt you should..."
REFLECTS = re.compile(
    r"^\W*(?:so,? )?(?:it sounds|sounds like|you sound|you felt|it seems like)\b", re.I
)
SMALL_TALK_WORDS = 35
REAL_QUESTION_WORDS = 4
NARROWING_WORDS = 5  # "Is there anyone?" after "Who do you go to?" only narrows it
GATHERING_WORDS = 30  # a reflection this long, in two sentences or more, reads as a summary
LISTED_THINGS = 3  # "So on Sunday you planned..., got... done after that, and sent...": a summary
# A sentence that opens on "So" and tells them what they did or said, one clause after another
_SO_YOU = re.compile(r"^\W*so,? (?:[^,?]{0,30} )?you(?:'ve|'d|'re)?\b", re.I)


def classify(text: str, coded: CodedTurn, role: LearnerRole = LearnerRole.MENTOR) -> Move:
    """The move the learner's turn makes (see the module docstring for the order)."""
    text = _HEDGE_TAIL.sub("?", text)  # "How long has it been building up, would you say?"
    asked = questions(text)
    last = asked[-1] if asked else None
    final = _final_sentence(text)
    if PUT_DOWN.search(text.lower()):
        return Move.JUDGMENT
    closing = CLOSING.search(text) or (THANKS_BY_NAME.search(text) and FAREWELL.search(text))
    if closing and (last is None or len(text.split()) < 40):
        return Move.CLOSING
    if _platitude(text, coded):
        return Move.STOCK_PHRASE  # "Everything happens for a reason, doesn't it?" blames nobody
    if COMMIT_INVITE.search(text):
        return Move.COMMIT_INVITE  # "Will you bring one? Whichever's been the worst."
    if PLAN_INVITE.search(text):
        return Move.PLAN_INVITE
    if coded.has(Act.JUDGMENT) and not ADVICE.search(text):
        return Move.JUDGMENT  # "you should just..." the coder may read as blame is advice
    if BLAME_ABSENT.search(text) and not asked:
        return Move.JUDGMENT  # a mentee's "He just doesn't care" the mentor has to get past
    said = sentences(text)
    plan_cue, offers = PLAN_OR_OFFER.search(text), OFFER.search(text)
    proposes = any(PROPOSES.search(s) for s in said)
    opens_summary = SUMMARY_OPENER.search(text)
    reflects = REFLECTS.search(final)
    if _small_talk(text, last) and not (plan_cue or offers or proposes):
        return Move.SMALL_TALK
    if plan_cue and not opens_summary:
        return Move.OFFER if offers else Move.PLAN_PROPOSAL
    if ADVICE.search(final) and not opens_summary and not reflects:
        return Move.ADVICE  # "Have you tried just blocking out an hour?" after saying it back
    if _summarises(text, coded):
        return Move.SUMMARY
    if proposes:
        return Move.PLAN_PROPOSAL  # "Here's what I'd like to do: I'll ask Linda..." is a plan
    if offers:
        return Move.OFFER
    if last is not None and LEADING_CLAUSE.search(last.text):
        return Move.YES_NO_QUESTION  # "When I said take the lead, did you take that to...?"
    if last is not None and FACT_WORDS.search(last.text) and not REQUEST.search(last.text):
        return Move.TOPIC_QUESTION  # "When is the bank deadline, actually?", whoever asks
    # "Could I ask you a favour? Next time, could you bring...", "Can I ask one thing of you?
    # Stop apologising.": the ask follows the favour asked for.
    favour = any(REQUEST.search(s) for s in said) or any(ASKS_FAVOUR.search(s) for s in said[:-1])
    favour = favour and ASKS_FAVOUR.search(text) is not None
    asks_more = OPEN_ASKS.search(final)  # "Can you tell me a bit more...?" invites, not asks
    if (
        (REQUEST.search(final) and not asks_more)
        or favour
        or (coded.has(Act.REQUEST) and role is LearnerRole.MENTEE)
    ):
        return Move.REQUEST
    if coded.has(Act.ADVICE) or (ADVICE.search(text) and not reflects):
        return Move.ADVICE
    if coded.has(Act.STOCK_PHRASE) and not coded.anchor.words and not _real_question(asked):
        return Move.STOCK_PHRASE
    embedded = any(YES_NO_INSIDE.search(s) or TAGGED.search(s) for s in said if s.endswith("?"))
    if asks_more:
        return Move.OPEN_QUESTION
    if last is not None:
        move = _question_move(_main_question(asked))
        return Move.YES_NO_QUESTION if embedded and move is Move.TOPIC_QUESTION else move
    if embedded:
        return Move.YES_NO_QUESTION  # "Sorry, before anything else, did it close?"
    if coded.has(*UNDERSTANDING):
        return Move.REFLECTION
    if SMALL_TALK.search(text) or (coded.has(Act.OTHER) and len(text.split()) <= 8):
        return Move.SMALL_TALK
    if coded.has(Act.AFFIRMATION, Act.APOLOGY):
        return Move.ACKNOWLEDGE
    if coded.has(Act.REQUEST):
        return Move.REQUEST
    if SAYS_BACK.search(text) and re.search(r"\byou(?:'re|'ve|'d)?\b", text, re.I):
        return Move.REFLECTION  # "So when you hear it, you're back at Ashford."
    return Move.STATEMENT


# A hedge at a question's end, which leaves it the question it was: "..., would you say?"
_HEDGE_TAIL = re.compile(
    r",\s*(?:would|do|did|wouldn't|don't) you (?:say|think|reckon|guess|imagine)\s*\?\s*$", re.I
)


def _small_talk(text: str, last: Question | None) -> bool:
    """A greeting or pleasantry, even one phrased as a question ("Did you get a coffee?")."""
    if len(text.split()) > SMALL_TALK_WORDS:
        return False
    if ANNOUNCED_ASIDE.search(text):
        return True  # "Random thing before we start: is the curry still on Fridays?"
    pleasantry = SMALL_TALK.search(text) or SMALL_TALK_TOPIC.search(text)
    asks = [last.text, _final_sentence(text)] if last else []
    return bool(pleasantry) and (not asks or any(SMALL_TALK_TOPIC.search(a) for a in asks))


def _platitude(text: str, coded: CodedTurn) -> bool:
    """A saying that fits anyone's story, asking at most for a nod ("...isn't it?"): one of
    PLATITUDE, or a formula the coder read that asks for a nod and holds nothing of theirs
    ("What doesn't kill you makes you stronger, right?")."""
    said = sentences(text)
    nod = [s for s in said if s.endswith("?")]
    if not all(TAG_ONLY.search(s) for s in nod) or len(said) > 3:
        return False
    formula = coded.has(Act.STOCK_PHRASE) and not coded.anchor.words and bool(nod)
    return bool(PLATITUDE.search(text)) or formula


def checks_summary(text: str) -> bool:
    """Whether the turn ends by checking what it said ("Have I got that right?")."""
    return any(is_check(s.strip()) for s in sentences(text)[-2:])


def _summarises(text: str, coded: CodedTurn) -> bool:
    """A summary by the coder or by its opener, or a reflection long enough to gather several
    things (or checked at its end)."""
    if coded.has(Act.SUMMARY) or SUMMARY_OPENER.search(text) or _lists_back(text):
        return True
    words, said = len(text.split()), len(sentences(text))
    gathers = words >= GATHERING_WORDS and said >= 2
    return coded.has(Act.REFLECTION) and (gathers or (checks_summary(text) and words >= 20))


def _lists_back(text: str) -> bool:
    """Whether the turn is one sentence, no question, that opens "So ... you" and lists
    LISTED_THINGS clauses or more ("So on Sunday you planned the whole week first, got the Year
    10 marking done after that, and sent each plan off as you finished it."), whatever acts the
    coder read in it."""
    said = sentences(text)
    if len(said) != 1 or "?" in text or not _SO_YOU.search(text):
        return False
    clauses = re.split(r",\s*(?:and\s+)?|;\s*|\s+and\s+", text)
    return sum(len(c.split()) >= 3 for c in clauses) >= LISTED_THINGS


def _main_question(asked: list[Question]) -> Question:
    """The question a reply must answer: the last, unless it only narrows an earlier yes/no
    question ("Did you agree with Marcus? Putting the engine first?") or offers answers to an
    earlier question about something ("Who decided? Was that Gareth, or higher up?")."""
    last = asked[-1]
    facts = [q for q in asked[:-1] if FACT_WORDS.search(q.text)]
    narrows = " or " in last.text or len(last.text.split()) <= NARROWING_WORDS
    if facts and yes_no(last) and narrows:
        return facts[-1]
    if last.kind is QuestionKind.OPEN or FACT_WORDS.search(last.text) or yes_no(last):
        return last
    return next((q for q in reversed(asked) if yes_no(q)), last)


def _question_move(question: Question) -> Move:
    if question.kind is QuestionKind.CLOSED and yes_no(question):
        return Move.YES_NO_QUESTION
    if FACT_WORDS.search(question.text):
        return Move.TOPIC_QUESTION
    if question.kind is QuestionKind.CLOSED:
        return Move.TOPIC_QUESTION  # one fact or a choice
    return Move.OPEN_QUESTION


def _real_question(asked: list[Question]) -> bool:
    """A question with something in it ("What else is on your notes?"), not a formula."""
    return any(
        len(q.text.split()) >= REAL_QUESTION_WORDS and not FORMULA.search(q.text) for q in asked
    )


def _final_sentence(text: str) -> str:
    said = sentences(text)
    return said[-1] if said else ""
