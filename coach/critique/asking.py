"""Evidence detectors for a mentee asking for help (pure): the ask, the context, what was
tried, and whether the mentor's answer was heard. Listed in coach/critique/detectors.py.
"""

from __future__ import annotations

import re

from coach.critique import asking_cues, case_cues, cues, defending_cues
from coach.critique.evidence import CodedSession, names_particular, sentence_acts, sentences
from coach.critique.turns import says, turns_where
from coach.models import Act

LISTENING = (Act.REFLECTION, Act.SUMMARY)
CONTEXT_TURNS = 2  # a mentee explains the situation in the first turns, before the ask
CONTEXT_WORDS = 30
# A sentence saying what something is: "It's a ...", "This is the ...".
_SAYS_WHAT_IT_IS = re.compile(r"(?i:it|this|that)(?:'s| is) (?i:an?|the) (?:new )?[A-Z]")


def specific_ask(session: CodedSession) -> list[int]:
    """Turns whose ask itself is concrete: the sentence that asks names something to do
    (join the call, read the draft, introduce me) or when; not a plea ("Can you help?",
    "Can you just sort it out?") beside a sentence of facts that happens to name a day."""

    def asks(t: int) -> bool:
        coded = session.coding(t)
        said = sentences(session.text(t))
        before = session.previous_counterpart(t) or ""
        if case_cues.WHAT_IS_ASKED.search(before) or case_cues.ASK_AGAIN.search(before):
            # "What are you asking me for?" "A reference by Wednesday. And an introduction."
            # (not "I need a reference. Just say something nice.": what to say is left to them;
            # however short: "Help how?..." "Could you read the timeline?")
            vague = any(asking_cues.VAGUE_ASK.search(s) for s in said)
            return not vague and any(_concrete(s, asking_cues.ASKED_FOR) for s in said)
        # the asks after their announcement: "So I've come with two asks. A reference from you,
        # in by Wednesday. And... an introduction."
        announced = next((n for n, x in enumerate(said) if _ASKS_ANNOUNCED.search(x)), None)
        listed = said[announced + 1 :] if announced is not None else []
        if any(_concrete(x, asking_cues.ASKED_FOR) for x in listed):
            return True
        if coded.features.words < 6:
            return False
        if not coded.has(Act.REQUEST):  # "So my ask is two things: would you join..."
            # ("I was hoping you'd be a reference?", which the coder may read as a question)
            said = [s for s in said if asking_cues.ASK.search(s) or _hoped_for(s)]
        # (not one that names a day but leaves the help open: "...help me with Thursday,
        # generally.")
        return any(_concrete(s) for s in said if _asking(s) and not asking_cues.VAGUE_ASK.search(s))

    return turns_where(session, asks)


def _hoped_for(sentence: str) -> bool:
    return bool(_HOPED.search(sentence) and asking_cues.CONCRETE_ASK.search(sentence))


_ASKS_ANNOUNCED = re.compile(
    r"\bi(?:'ve| have)(?: got| come with| brought)? (?:one|two|three|a couple of|a few)"
    r" (?:specific |clear |concrete |small )?(?:asks|requests|things to ask)\b",
    re.I,
)
_HOPED = re.compile(r"\bi(?:'m| am| was) hoping (?:that )?you\b", re.I)


def _asking(sentence: str) -> bool:
    return sentence.endswith("?") or bool(
        asking_cues.ASK.search(sentence) or asking_cues.CONCRETE_ASK.search(sentence)
    )


def _concrete(sentence: str, named: re.Pattern[str] = cues.SPECIFIC) -> bool:
    """A concrete ask, not a plea: something asked of the other, or a ``named`` thing (a
    specific detail; in an answer to "What are you asking for?", a thing to do or give). Of
    two asks joined by "and", a concrete one is not undone by a plea beside it ("could you join
    the start of Thursday's call and tell me what to say about dates?")."""
    return any(
        not asking_cues.PLEA.search(ask)
        and not asking_cues.VAGUE_ASK.search(ask)
        and bool(asking_cues.CONCRETE_ASK.search(ask) or named.search(ask))
        for ask in _JOINED.split(sentence)
    )


_JOINED = re.compile(r",? and (?=(?:tell|help|let|give|show|send|say|talk|get)\b)", re.I)


def context_given(session: CodedSession) -> list[int]:
    """The first two turns, when they explain the situation: CONTEXT_WORDS or more words of
    statements that are not the ask itself, a question or a judgment of someone; or, when the
    mentor asked for the story first ("Tell me what happened first."), the turn after them if
    it tells that much on its own."""

    opening = {t: words_told(session, t) for t in session.learner_turns[:CONTEXT_TURNS]}
    if sum(opening.values()) >= CONTEXT_WORDS:
        return [t for t, words in opening.items() if words]
    after = session.learner_turns[CONTEXT_TURNS : CONTEXT_TURNS + 1]
    asked = after and case_cues.WANTS_CONTEXT.search(session.previous_counterpart(after[0]) or "")
    return after if asked and words_told(session, after[0]) >= CONTEXT_WORDS else []


def words_told(session: CodedSession, turn: int) -> int:
    """How many words of the turn's sentences tell the situation (see _tells)."""
    return sum(len(s.split()) for s in sentences(session.text(turn)) if _tells(s, session.names))


def _tells(sentence: str, names: frozenset[str] = frozenset()) -> bool:
    """A sentence of the situation: not a question or the ask, and not a judgment, a formula
    or chat; though a formula or chat never names particulars, so one the coder read as such
    that names one ("I'd be leading four CHWs.", "References are due Wednesday.") tells, the
    counterpart's own name ("Thank you for the slot, Claudette.") aside. Nor is a sentence
    saying what a named thing is ("It's a Community Care Coordinator job, on a program called
    Home Bridge.") a judgment, however the coder read it."""
    asks = sentence.endswith("?") and not _account_asking_a_nod(sentence)
    if asks or asking_cues.ASK.search(sentence):
        return False
    acts = sentence_acts(sentence)
    if Act.JUDGMENT in acts:  # (nor is owning what one did: "It was my migration.")
        return _names_what_it_is(sentence) or bool(_OWN_DOING.match(sentence))
    return not acts & {Act.STOCK_PHRASE, Act.OTHER} or names_particular(sentence, names)


# The mentee's own part owned: "It was my migration.", "That was me."
_OWN_DOING = re.compile(r"^\W*(?:it|that|this) (?:was|is) (?:all )?(?:my|me)\b", re.I)


def _names_what_it_is(sentence: str) -> bool:
    """Whether a sentence says what a named thing is ("It's a Community Care Coordinator job,
    on a program called Home Bridge."), with no clause after it that judges ("It's a Lakeshore
    thing, everyone here is lazy.")."""
    if not _SAYS_WHAT_IT_IS.match(sentence):
        return False
    rest = sentence.split(",")[1:]
    return not any(Act.JUDGMENT in sentence_acts(clause.strip()) for clause in rest if clause)


def _account_asking_a_nod(sentence: str) -> bool:
    """An account of particulars that ends by asking for a nod ("I saw a posting at St.
    Brendan's..., and I just thought, I have to at least try, right?"); not a question, nor a
    feeling with nothing particular in it ("I'm ready for something bigger, you know?")."""
    if not asking_cues.TAG_ENDING.search(sentence) or asking_cues.OPENS_A_QUESTION.match(sentence):
        return False
    return names_particular(sentence)


def tried_already(session: CodedSession) -> list[int]:
    return turns_where(session, lambda t: says(session, t, asking_cues.TRIED))


def answer_heard(session: CodedSession) -> list[int]:
    def heard(t: int) -> bool:
        coded = session.coding(t)
        if coded.has(Act.JUDGMENT) or defending_cues.defends(session.text(t)):
            return False
        return session.anchored(t) and coded.has(*LISTENING, Act.OPEN_QUESTION)

    return turns_where(session, heard)
