"""Stock phrases: formulas and platitudes in place of hearing what was said (pure).

Split from coach.critique.flaws, which lists it with the others.
"""

from __future__ import annotations

import re

from coach.coder.words import FEELINGS
from coach.critique import cues
from coach.critique.evidence import (
    CodedSession,
    first_sentences,
    names_particular,
    sentence_acts,
    sentences,
)
from coach.critique.flaw_base import Flaw, make_flaw
from coach.critique.listening import opened_up
from coach.critique.sayings import PLATITUDE
from coach.critique.sayings_given import (
    CATCHPHRASE_WORDS,
    HEARD_AS_FORMULA,
    NOT_A_CATCHPHRASE,
    SAYING_GIVEN,
)
from coach.critique.turns import turns_where
from coach.models import Act, LearnerRole
from coach.scenarios.models import FlawKind


def stock_phrases(session: CodedSession, role: LearnerRole) -> Flaw | None:
    """Formulas that answer nothing the counterpart said, nor ask an open question that opens
    them up, or sayings about how things go in general put where their story was: two or more
    turns of them (a turn of formulas and chat alone, "Perfect. No rush at all. Whenever feels
    right.", counts too when nothing in it picked up their words, unless it thanks them:
    courtesy, not a stand-in for listening)."""

    def formulas(t: int) -> bool:
        if session.coding(t).has(Act.OPEN_QUESTION) and opened_up(session.next_counterpart(t)):
            return False  # "Thank you for saying that so clearly. What's the rest of it?"
        if _only_time_given(session.text(t)) and opened_up(session.next_counterpart(t)):
            return False  # "Take whatever time you need." when they falter, and they go on
        asks_of_theirs = session.coding(t).has(Act.OPEN_QUESTION) and session.draws_on(t)
        if asks_of_theirs and not _FLAT.match(session.next_counterpart(t) or ""):
            return False  # "...What feels doable, with nights and your mum as they are?"
        if _answers_who_or_what(session, t):
            return False  # "Who's the email to?" "Their ops director. Helen Marsh."
        if _feeling_taken_up(session, t):
            return False  # "...And maybe a bit lonely, given it's your one hour." "Lonely is..."
        if (
            session.coding(t).has(Act.STOCK_PHRASE)
            and not _courtesy_beside(session, t)
            and not _reflects_without_formula(session.text(t))
        ):
            return True
        if role is not LearnerRole.MENTEE and _met_flatly(session, t):
            return True  # "The first stripe always itches." "Right. Sure. Crew's fine."
        return (
            _formulas_only(session.text(t))
            and not _THANKS.search(session.text(t))
            and not _courtesy_beside(session, t)
        )

    turns = turns_where(
        session,
        lambda t: (
            (not session.anchored(t) and formulas(t))
            or _platitudes(session, t)
            or bool(HEARD_AS_FORMULA.search(first_sentences(session.next_counterpart(t))))
            or _owned_as_glib(session, t)
        ),
    )
    return make_flaw(FlawKind.STOCK_PHRASES, turns, 1.5, 5.0) if len(turns) >= 2 else None


# (or glad to have been told: "But I'm really glad I know.")
_THANKS = re.compile(r"\b(?:thank|thanks|appreciate)\b|\bglad (?:i know|to know|you told)\b", re.I)
# A reply that takes a turn flatly, in a word: "Maybe.", "Perhaps.", "Right. Sure.", "Mm." (not
# "Okay.", which as often opens what they go on to tell)
_FLAT = re.compile(
    r"^\W*(?:(?i:yeah|yes)[.,!]?\s+)?(?:(?i:mm+|mm-hm|hm+|right|sure|maybe|perhaps)[.!]\s*){1,2}"
    r"(?:[A-Z]|$)"
    # or nothing but nods, "Okay." among them: "Okay. Understood.", "Yes. I suppose."
    r"|^\W*(?:(?i:okay|ok|yes|yeah|understood|fine|i suppose|i guess|sure|right|maybe)[.!,]?\s*)"
    r"{1,3}$"
)
# Help offered, which "Maybe." answers as an offer weighed, not as warmth that missed them.
_OFFERS_HELP = cues.phrases(
    r"i(?:'m| am|'d be| would be) (?:happy|glad) to (?:help|go through|look|read|sit down|talk)",
    r"i can help you",
)
FLAT_MET_WORDS = 30  # a turn longer than this tells something of the learner's own
_UNREMARKABLE = {Act.STOCK_PHRASE, Act.OTHER, Act.REFLECTION, Act.AFFIRMATION, Act.INFORMATION}


# Time offered to someone who falters: "Take whatever time you need. I'd rather hear it than not."
# (wherever it stands in the sentence, unlike cues.TIME_TO_SAY_IT, which must end it)
_TIME_OFFERED = re.compile(
    r"\btake (?:all |whatever )?(?:the |your )?time(?: you need)?\b|\bwhenever you're ready\b",
    re.I,
)


def _only_time_given(text: str) -> bool:
    """Whether the turn gives time and says nothing else the coder reads as a formula (not
    "Take your time. ... This is exactly how work gets better.")."""
    said = sentences(text)
    others = [s for s in said if not _TIME_OFFERED.search(s)]
    return len(others) < len(said) and not any(Act.STOCK_PHRASE in sentence_acts(s) for s in others)


def _met_flatly(session: CodedSession, turn: int) -> bool:
    """A turn of statements naming nothing particular (their name aside) that the counterpart
    took flatly, in a word ("Every new chapter deserves a clean page." "Maybe. You don't know
    this place yet."): warmth that engaged with nothing they said."""
    text = session.text(turn)
    if "?" in text or not set(session.coding(turn).acts) <= _UNREMARKABLE:
        return False
    if len(text.split()) > FLAT_MET_WORDS or _THANKS.search(text) or cues.CONFIDENTIAL.search(text):
        return False  # an account of their own, thanks or the rules of the room, not a formula
    if _OFFERS_HELP.search(text):
        return False  # "...I'm happy to help you work out how." "Maybe.": an offer weighed
    named = any(names_particular(s, session.names) for s in sentences(text))
    return not named and bool(_FLAT.match(session.next_counterpart(turn) or ""))


def _feeling_taken_up(session: CodedSession, turn: int) -> bool:
    """Whether the counterpart's reply opens on a feeling the turn put to them in a sentence of
    its own, not a formula, and one they had not named ("And maybe a bit lonely, given it's
    your one hour." "Lonely is... yeah, maybe."): the guess was heard as theirs."""
    reply = sentences(session.next_counterpart(turn) or "")
    if not reply:
        return False
    before = set(_WORD.findall((session.previous_counterpart(turn) or "").lower()))
    offered = {
        word
        for s in sentences(session.text(turn))
        if Act.STOCK_PHRASE not in sentence_acts(s)
        for word in _WORD.findall(s.lower())
        if word in FEELINGS and word not in before
    }
    opening = _WORD.findall(reply[0].lower())[:FEELING_OPENS]
    return bool(offered & set(opening))


FEELING_OPENS = 3  # words a reply opens with in which the feeling put to them comes back
_WORD = re.compile(r"[a-z']+")


def _formulas_only(text: str) -> bool:
    acts = [sentence_acts(s) for s in sentences(text)]
    formula_or_chat = {Act.STOCK_PHRASE, Act.OTHER}
    return any(Act.STOCK_PHRASE in a for a in acts) and all(a & formula_or_chat for a in acts)


COURTESY_WORDS = 6  # a thank-you this short is courtesy, not a stand-in for listening


def _courtesy_beside(session: CodedSession, turn: int) -> bool:
    """A turn read as a formula whose formulas only give them time to say it ("Take your
    time."), whose formulas only thank them in the goodbye, or whose only formula is a short
    thank-you beside sentences of its own that name a particular ("Thank you for telling me.
    That's a lot to carry on top of board week... I'll make sure Thursday doesn't depend on
    you") or ask openly: courtesy, not a formula put where listening was."""
    said = [(s, sentence_acts(s)) for s in sentences(session.text(turn))]
    stock = [s for s, a in said if Act.STOCK_PHRASE in a]
    rest = [(s, a) for s, a in said if s not in stock]
    if stock and all(cues.TIME_TO_SAY_IT.search(s) for s in stock):
        return True  # "Take your time. What's on the note?", "No rush. Say it however it comes"
    thanks = bool(stock) and all(_THANKS.search(s) for s in stock)
    last = turn == session.learner_turns[-1]
    if thanks and last:
        return True  # the goodbye's thanks: "Go, don't keep the autosampler waiting. And thank..."
    if last and _THANKS.search(first_sentences(session.previous_counterpart(turn), 2) or ""):
        # their thanks answered in the goodbye: "...thanks for not being angry with me."
        # "Nothing to be cross about. Go and get some sleep, Deepa."
        return len(session.text(turn).split()) <= GOODBYE_WORDS
    courteous = thanks and all(len(s.split()) <= COURTESY_WORDS for s in stock)
    # (or beside a long reflection of its own about them: "So something you told him in good
    # faith got turned into a mark against you, and it cost you years."; or an open question
    # of its own: "Thank you for telling me. ... What do you think the next step on it is?")
    return courteous and any(
        names_particular(s, session.names) or _reflects_at_length(s, a) or Act.OPEN_QUESTION in a
        for s, a in rest
    )


# The learner owning that what they said was a formula: "Sorry, that was glib of me."
_OWNED_GLIB = re.compile(
    r"\b(?:that|this|it) (?:was|sounded|came out) (?:a bit |rather |pretty |too )?(?:glib|trite"
    r"|flippant|pat|a cliché|a cliche|a platitude)\b"
    # "Sorry, I skated over that."
    r"|^\W*sorry[,.]? i (?:skated|glossed|rushed) (?:over|past) (?:that|it)\b",
    re.I,
)
GOODBYE_WORDS = 15  # a last turn this short answers their thanks, no formula put for listening


def _owned_as_glib(session: CodedSession, turn: int) -> bool:
    """Whether the learner's next turn opens by owning this one as glib or skated over."""
    after = session.next_learner(turn)
    return after is not None and bool(_OWNED_GLIB.search(first_sentences(session.text(after), 2)))


def _reflects_without_formula(text: str) -> bool:
    """A turn read whole as a formula in which no sentence is one and one says back what they
    meant ("It sounds like whatever's underneath this matters more to you than the hub or the
    money. If you want to go there, I'm listening.")."""
    acts = [sentence_acts(s) for s in sentences(text)]
    return any(Act.REFLECTION in a for a in acts) and not any(Act.STOCK_PHRASE in a for a in acts)


LONG_REFLECTION = 15  # words of a reflection about them that is listening in its own right


def _reflects_at_length(sentence: str, acts: frozenset[Act]) -> bool:
    return (
        Act.REFLECTION in acts
        and bool(cues.SECOND_PERSON.search(sentence))
        and len(sentence.split()) >= LONG_REFLECTION
    )


def _platitudes(session: CodedSession, turn: int) -> bool:
    """A turn that offers a saying in place of what they told, whatever words of theirs it
    borrows, and asks them nothing they answer more than flatly; or announces one as a saying
    ("That's my rule of thumb with any reorganisation: ...", "as I tell my surveyors"),
    whatever it asks after it."""
    said = sentences(session.text(turn))
    if any(SAYING_GIVEN.search(s) for s in said) or _said_again(session, turn, said):
        return True
    # (with an open question, only when they took it flatly: "Money's money. ... What else is
    # in the mix?" "Yeah. Maybe. Not much else, I suppose.")
    asked = session.coding(turn).has(Act.OPEN_QUESTION)
    return any(PLATITUDE.search(s) for s in said) and not (
        asked and not _FLAT.match(session.next_counterpart(turn) or "")
    )


def _said_again(session: CodedSession, turn: int, said: list[str]) -> bool:
    """Whether a sentence of the turn, no question and naming no day, number or person, says
    again a run of CATCHPHRASE_WORDS words or more that makes up most of it from one of the
    learner's earlier turns ("But nobody marks the teacher at midnight, remember." after "...
    and, well, nobody marks the teacher at midnight, do they?")."""
    earlier = " ".join(
        " ".join(_WORD.findall(session.text(t).lower())) for t in session.learner_turns if t < turn
    )
    for sentence in said:
        if "?" in sentence or NOT_A_CATCHPHRASE.search(sentence):
            continue
        words = _WORD.findall(sentence.lower())
        run = _longest_run_in(words, f" {earlier} ")
        if run >= CATCHPHRASE_WORDS and run * 2 > len(words):
            return True
    return False


def _longest_run_in(words: list[str], text: str) -> int:
    """The most consecutive ``words`` found together in ``text`` (words spaced, padded)."""
    best = 0
    for start in range(len(words)):
        for end in range(len(words), start + best, -1):
            if f" {' '.join(words[start:end])} " in text:
                best = end - start
                break
    return best


ANSWER_WORDS = 12  # a turn this short after their question about who or what answers it
_WH_QUESTION = re.compile(r"\b(?:who|what|which|where|when)\b[^.!?]*\?\W*$", re.I)


def _answers_who_or_what(session: CodedSession, turn: int) -> bool:
    """A short turn naming someone or something (a name, a number) after the counterpart
    asked who, what, which, where or when: an answer, whatever the coder makes of so few
    words ("Their ops director. Helen Marsh."; not "Just support, really.")."""
    text = session.text(turn)
    asked = _WH_QUESTION.search(session.previous_counterpart(turn) or "")
    return bool(asked) and len(text.split()) <= ANSWER_WORDS and bool(_NAMED.search(text))


_NAMED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+|\d")
