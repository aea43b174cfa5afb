"""Saying back what the counterpart said (pure): the reading behind the reflection detector.

Split from coach.critique.detectors. A turn says back when it picks up their words and the
coder reads it, or one sentence of it about them, as a reflection or summary, or it opens "So
you...", or it tells back in the learner's own person what they said the learner does; not
when it opens by reassuring them or by answering the yes/no question they just asked, nor
when it holds only formulas and questions ("Take your time. What else?").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from coach.coder.words import content_words
from coach.critique import cues, defending_cues, reactions
from coach.critique.evidence import CodedSession, first_sentences, sentence_acts, sentences
from coach.models import Act

LISTENING = (Act.REFLECTION, Act.SUMMARY)


def said_back(session: CodedSession, turn: int) -> bool:
    """Whether the turn says back what the counterpart said: coded a reflection or summary,
    or opening with a statement that tells them what they said ("So the last time you
    trusted a manager with this, it quietly cost you the client work"), picking up their
    words."""
    anchored = session.anchored(turn) or _says_their_meaning(session, turn)
    if not anchored or _opens_elsewhere(session.text(turn)):
        return False
    if _answers_first(session.text(turn), session.previous_counterpart(turn) or ""):
        return False  # "Is it the messages?" "It's partly the messages, and I'm not cross."
    if _formulas_and_questions(session.text(turn)):
        return False  # "Take your time. What else?", "'Sticky note' it is. Anything else?"
    if _concedes_only(session.text(turn)):
        return False  # "First, you were right about the acoustic figure, and I should have..."
    return (
        session.engaged(turn, *LISTENING)
        or _tells_them_back(session, turn)
        or _their_point_owned(session, turn)
        or _a_sentence_says_back(session, turn)
    )


# Their word taken up as agreed: "'Sticky note' it is.", "Tuesday it is."
_TAKEN_UP = re.compile(r"^\W*[\w' -]{1,40}?['\u2019\u201d\"]? it is\W*$")
_FORMULA_ONLY = {Act.STOCK_PHRASE, Act.OTHER}


def _formulas_and_questions(text: str) -> bool:
    """A turn whose every statement is a formula, their word taken up as agreed or the floor
    handed to them, the rest questions: nothing of theirs said back, whatever words it shares
    with them."""
    said = [(s, sentence_acts(s)) for s in sentences(text) if not s.endswith("?")]
    formulas = [s for s, acts in said if _held_open(s) or Act.STOCK_PHRASE in acts]
    if formulas:
        return all(_held_open(s) or acts <= _FORMULA_ONLY for s, acts in said)
    # or a courtesy, then an open question in their words ("Please do. How do you see the
    # way we use the hour?"): asking about what they said is not saying it back
    asked = [sentence_acts(s) for s in sentences(text) if s.endswith("?")]
    chat = bool(said) and all(acts <= {Act.OTHER} for _, acts in said)
    return chat and bool(asked) and all(Act.OPEN_QUESTION in acts for acts in asked)


# Conceding their point: "you were right about the acoustic figure", "you're right to push".
_CONCEDES = re.compile(
    r"\byou(?:'re| are| were) (?:quite |completely |absolutely |entirely )?right (?:about|to|on)\b"
    # or reassuring them on how they told it: "You explained it clearly."
    r"|^\W*you (?:explained|said|put|described) (?:it|that|this) (?:really |very |perfectly"
    r" |quite )?(?:clearly|well|fine|perfectly)\W*$",
    re.I,
)


def _concedes_only(text: str) -> bool:
    """A turn whose only sentences read as saying back concede that they were right or
    reassure them on how they told it: the learner's own verdict, not what they said handed
    back."""
    carrying = [s for s in sentences(text) if sentence_acts(s) & set(LISTENING)]
    return bool(carrying) and all(_CONCEDES.search(s) for s in carrying)


def _held_open(sentence: str) -> bool:
    """Their word taken up as agreed ("Every two weeks is possible."), or the floor handed to
    them ("Read from your notes as much as you want."): nothing of theirs said back."""
    return bool(
        _TAKEN_UP.match(sentence) or _ASK_GRANTED.match(sentence) or _INVITES.match(sentence)
    )


# What they asked for, granted in their words: "Every two weeks is possible.", "Thursdays are
# fine by me."
_ASK_GRANTED = re.compile(
    r"^\W*[\w' -]{1,40}? (?:is|are) (?:perfectly |entirely |quite |very )?(?:possible|doable"
    r"|workable|manageable|fine(?: by me)?|no problem)\W*$",
    re.I,
)


HEARD_WORDS = 2  # content words of theirs a sentence saying back must pick up
MEANING_WORDS = 12  # words of a sentence that says back what they meant in its own words
TOLD_MORE_WORDS = 40  # a reply this long, unhurt, took a reflection in other words as heard


def _says_their_meaning(session: CodedSession, turn: int) -> bool:
    """A long sentence about them, read as a reflection, that picks up a word of theirs and
    says the rest in its own: what they meant, not what they said ("From where you sit it
    feels like the people part of the job has gone and the letters have taken over." after
    "It's not how it looks from where I sit."); not a summary, which gathers more than one
    turn and is anchored by what it picks up."""
    if session.coding(turn).has(Act.SUMMARY):
        return False
    # (or none of their last words, when they took it as heard by telling much more: "It
    # sounds like that sentence felt like being seen after four years..." "Fine. It's
    # mortifying, but fine. I heard it as the first rung...")
    reply = session.next_counterpart(turn) or ""
    taken = len(reply.split()) >= TOLD_MORE_WORDS and not reactions.STUNG.search(reply)
    return any(
        (heard >= 1 or (taken and _ABOUT_THEM.match(s)))
        and len(s.split()) >= MEANING_WORDS
        and Act.STOCK_PHRASE not in acts
        for s, acts, heard in _reflecting_sentences(session, turn)
    )


# A sentence that opens on them, as a reflection does: "It sounds like...", "So you'd...", "So
# from your side you..." (not "So what this is for is your call").
_ABOUT_THEM = re.compile(
    r"^\W*(?:so,? |and )?(?:it sounds|sounds like|it feels|it seems|from your side"
    r"|you(?:'re|'d|'ve| are| were| feel| felt| had| did)\b)",
    re.I,
)


def heard_sentences(session: CodedSession, turn: int) -> Iterator[tuple[str, int]]:
    """The turn's statements about them (not questions), each with how many content words of
    their last turn it picks up."""
    theirs = content_words(session.previous_counterpart(turn) or "")
    for s in sentences(session.text(turn)):
        if not s.endswith("?") and cues.SECOND_PERSON.search(s):
            yield s, len(content_words(s) & theirs)


def _reflecting_sentences(
    session: CodedSession, turn: int
) -> Iterator[tuple[str, frozenset[Act], int]]:
    """The turn's statements about them that the coder reads as a reflection, not judging or
    advising, each with its acts and how many content words of their last turn it picks up."""
    for s, heard in heard_sentences(session, turn):
        acts = sentence_acts(s)
        if acts >= {Act.REFLECTION} and not acts & {Act.JUDGMENT, Act.ADVICE}:
            yield s, acts, heard


# An invitation, not a saying-back: "Read from your notes as much as you want."
_INVITES = re.compile(
    r"^\W*(?:please )?(?:read|take|tell|go|say|start|begin|share|bring|keep|carry on)\b", re.I
)


def _a_sentence_says_back(session: CodedSession, turn: int) -> bool:
    """A sentence the coder reads as a reflection, about them, picking up their words, in a
    turn it reads as something else ("Thank you for telling me that. You've been sitting
    through my tram stories with March at the back of your head...")."""
    return any(
        (heard >= HEARD_WORDS or (heard and _in_their_meaning(s))) and not _INVITES.match(s)
        for s, _, heard in _reflecting_sentences(session, turn)
    )


def _in_their_meaning(sentence: str) -> bool:
    """A long sentence that opens on them ("You were protecting whether children could hear
    in that hall, and what you got from me was a correction without any content."): what they
    meant, said back in the learner's own words, however few of theirs it picks up."""
    return len(sentence.split()) >= MEANING_WORDS and bool(_ABOUT_THEM.match(sentence))


# What they said the learner does ("you usually have the answer before I've finished").
_YOU_DO = re.compile(r"\byou(?:'ve|'d)? (?:\w+ly )?(?!know\b|mean\b|see\b|think\b)\w+", re.I)
# The learner's own part, told as a fact about themselves: "I finish your sentences with my
# answer", "I took something you'd trusted me with" (not "I think", "I'm sorry", "I'll...",
# nor the learner's own side: "I meant the calls", "I never said the second half").
_I_DID = re.compile(
    r"^\W*i (?!(?:think|thought|feel|know|want|wanted|wonder|hope|hear|understand|appreciate"
    r"|guess|mean|meant|intended|assumed|expected|said|say|told|tell|asked|ask|never|didn't"
    r"|don't|did|do|can|could|would|will|should|just|really|am|was|have)\b)\w+",
    re.I,
)
OTHERS_HEARD = 4  # words of theirs a sentence saying back what they told of another picks up
OWNED_WORDS = 2  # content words of theirs a sentence owning their point must pick up


def _their_point_owned(session: CodedSession, turn: int) -> bool:
    """A sentence telling back, in the learner's own person, what the counterpart said the
    learner does, and not arguing with it: "you usually have the answer before I've finished"
    heard as "I finish your sentences with my answer"."""
    said = session.previous_counterpart(turn) or ""
    if not _YOU_DO.search(said) or defending_cues.defends(session.text(turn)):
        return False
    return any(
        _I_DID.match(s) and heard >= OWNED_WORDS for s, heard in heard_sentences(session, turn)
    )


# Opening by denying what they fear: "This isn't going in your logbook as a mark against you."
_DENIES_THE_FEAR = re.compile(
    r"^\W*(?:this|it|that|none of (?:this|it))(?:'s| is| isn't| is not| won't| will not|'s not)"
    r" (?:not )?(?:going (?:in|on|to go|anywhere|into)|go (?:in|on|into|anywhere)|a mark|on your"
    r"|in your)"  # "This won't go in your logbook."
    # the learner's own mind, in answer to their fear: "I haven't had second thoughts."
    r"|^\W*i (?:haven't|have not|didn't|did not|never|don't|do not) (?:had |have |changed |think"
    r" |thought )?(?:any )?(?:second thoughts|my mind|less of you|any less of you)",
    re.I,
)


# A turn that opens on what the learner knows from elsewhere, not on what they said ("Here's
# what I know."; not "Here's what I've heard from you").
_TELLS_WHAT_I_KNOW = re.compile(
    r"^\W*here(?:'s| is) what i (?:know|was told|'ve been told|have been told|'ve heard"
    r"|have heard|understand)\b(?! (?:from )?you\b)",
    re.I,
)


def _opens_elsewhere(text: str) -> bool:
    """A turn that opens by reassuring them ("This won't go in your logbook.") or on what the
    learner knows from elsewhere ("Here's what I know. At both evenings, residents were
    told..."), not by saying back what they said."""
    first = next(iter(sentences(text)), "")
    return bool(_DENIES_THE_FEAR.search(first) or _TELLS_WHAT_I_KNOW.match(text))


# Their yes/no question about what this is ("Is it the messages?"), and an answer to it.
_ASKED_YES_NO = re.compile(
    r"(?:^|[.!?]\s+)(?:is|was|are|were|am|do|did|does|have|has) (?:it|this|that|i|you|we)\b"
    r"[^.!?]*\?"
    # (or asked without its verb: "You sure there's no notebook?")
    r"|(?:^|[.!?]\s+)(?:are )?you(?:'re)? (?:sure|certain|serious)\b[^.!?]*\?",
    re.I,
)
_ANSWER = re.compile(
    r"^\W*(?:yes|no|yeah|nope|partly|not really|(?:it|that|this)(?:'s| is| was)(?: not| partly"
    r"| only| just| mostly)?|i(?:'m| am) (?:sure|certain|serious))\b",
    re.I,
)


def _answers_first(text: str, said: str) -> bool:
    """A turn that opens by answering the yes/no question they just asked ("Is it the
    messages?" "It's partly the messages."), not by saying back what they said."""
    first = next(iter(sentences(text)), "")
    return bool(_ASKED_YES_NO.search(said)) and bool(_ANSWER.match(first))


def _tells_them_back(session: CodedSession, turn: int) -> bool:
    """A first sentence "So you..." that is a statement, in a turn that gives no advice, makes
    no request and passes no verdict, and is not a question."""
    first = next(iter(sentences(session.text(turn))), "")
    told = not first.endswith("?") and not cues.TELLS_TO.search(first)
    told = told and bool(cues.SAYS_BACK.search(first) or _of_others(session, turn, first))
    return told and not session.coding(turn).has(Act.JUDGMENT, Act.ADVICE, Act.REQUEST)


def _of_others(session: CodedSession, turn: int, first: str) -> bool:
    """A first sentence "So he..." picking up OTHERS_HEARD words of what they said of another."""
    theirs = session.previous_counterpart(turn) or ""
    return bool(cues.SAYS_BACK_OF_OTHERS.search(first)) and (
        len(content_words(first) & content_words(theirs)) >= OTHERS_HEARD
    )


def own_view(session: CodedSession, turn: int) -> bool:
    """Whether the turn opens by saying it tells what the learner has seen, is worried by or
    meant ("Let me tell you what's worrying me, specifically. On two occasions... you told the
    room it had already been settled.", "Here's specifically what I meant."), or the
    counterpart answers it as having missed what they said ("I'm not sure you took in the part
    about the 1.8 seconds.", "That's an answer about permission. I was telling you what
    meetings cost."): the learner's own view, not their words said back."""
    if _MISSED_THEM.search(first_sentences(session.next_counterpart(turn), 3)):
        return True
    said = sentences(session.text(turn))
    return bool(said) and bool(_OWN_VIEW.match(said[0]))


_OWN_VIEW = re.compile(
    r"^\W*(?:(?:so|okay|ok|right)[,.]?\s+)?(?:let me (?:tell you|share|say)|i (?:want|'d like|would"
    r" like) to (?:tell you|share|say)|here's) what(?:'s| is| has been| i've| i have)"
    r" (?:been )?(?:worrying|bothering|concerning|noticed|seen)\b"
    r"|^\W*here's (?:specifically |exactly |just )?what i meant\b"
    # their reading of the learner put right: "I hadn't gone off the idea. I just forgot."
    r"|^\W*(?:no[,.]?\s+)?i (?:hadn't|had not|haven't|have not|didn't|did not|wasn't|was not)"
    r" (?!(?:realise|realize|know|see|notice|understand|appreciate|think)\b)",
    re.I,
)
_MISSED_THEM = re.compile(
    r"\bnot sure you (?:took in|heard|caught|got)\b|\bi was telling you (?:what|about|how|that)\b"
    r"|\bthat's an answer (?:about|to) \w+",
    re.I,
)
