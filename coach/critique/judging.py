"""Judgment, found by code in the learner's turns (pure): blunt, polite, kindly meant, a
put-down of their idea or of someone absent, and turns that visibly stung the counterpart.

Split from coach.critique.flaws. Deliberately not judgments: "You sound worried" reflects a
feeling, "It doesn't sound like an excuse" denies one, "That was careless of me" owns the
learner's part, and "That was a one-off" defends (coach.critique.flaws.defensive).
"""

from __future__ import annotations

import re

from coach.coder.words import content_words
from coach.critique import (
    absent_cues,
    cues,
    defending_cues,
    judgment_cues,
    reactions,
    reflected_cues,
    verdicts,
)
from coach.critique.absent_defended import DEFENDS_ABSENT
from coach.critique.contradicting import reframes
from coach.critique.disputes import names_blame, rejects_label
from coach.critique.evidence import (
    CodedSession,
    carrying_sentences,
    first_sentences,
    sentences,
)
from coach.critique.flaw_base import REACTION_SENTENCES, Flaw, make_flaw
from coach.critique.stung import stung
from coach.critique.summaries import summaries
from coach.critique.turns import turns_where
from coach.critique.unjudged import not_a_judgment
from coach.models import Act, LearnerRole, Speaker
from coach.scenarios.models import FlawKind

OPENS_UP_WORDS = 40  # a reply this long, unhurt, took the turn before it as no judgment
ECHO_WORDS = 4  # words a sentence said back must have to be more than "Not at all."
NARRATED_WORDS = 2  # their words a sentence telling back what they did must use

QUOTED_WORDS = 2  # words of theirs a quotation must hold to be theirs held up
_WORDS = re.compile(r"[a-z]+")


def judgment(session: CodedSession, role: LearnerRole) -> Flaw | None:
    return make_flaw(FlawKind.JUDGMENT, judged(session, role), 3.0, 6.0)


def judged(session: CodedSession, role: LearnerRole) -> list[int]:
    """Turns the coder reads as judging, unless every sentence that judges on its own is a
    reassurance denying the judgment ("It doesn't sound like an excuse to me") or follows the
    learner owning their part ("That's on me. It was a lazy instruction."), or the counterpart
    took the turn as heard ("Yes. Exactly that."), took it well ("Thank you.", "That's fair",
    a laugh) or opened up after it; judgments of character or (from a mentor) of the mentee's
    choices said kindly; and turns that visibly stung the counterpart."""

    def judges(t: int) -> bool:
        said = sentences(session.text(t))
        carrying = carrying_sentences(session.text(t), [Act.JUDGMENT])
        pairs = list(zip(said, said[1:], strict=False))  # (and the effect wondered at after it)
        owned = {b for a, b in pairs if judgment_cues.OWNS.search(a)}
        owned |= {a for a, b in pairs if judgment_cues.OWN_EFFECT.search(b)}
        owned |= {a for a, b in pairs if _VALUES_IT.match(b)}  # "...I'd rather have that."
        reply = session.next_counterpart(t) or ""
        if reactions.HEARD_RIGHT.match(reply) or _taken_well(reply) or _no_agreed(said, reply):
            return False  # "Yes. Exactly that.", "That's fair": taken well, not as a verdict
        if _summary_confirmed(session, t, reply):
            return False  # "...How close is that?" "...yeah, that's most of it."
        mine = {s for s in carrying if judgment_cues.OWNS.search(s)}  # "That was careless of me."
        defended = {s for s in carrying if defending_cues.defends(s)}  # "That was a one-off."
        theirs = " ".join(_WORDS.findall((session.previous_counterpart(t) or "").lower()))
        echoed = {s for s in carrying if _echoes(s, theirs) or _narrates(s, theirs)}
        echoed |= {s for s in carrying if _quotes_them(s, session, t) or reframes(s, theirs)}
        return bool(carrying) and not all(
            not_a_judgment(s) or s in owned | mine | defended | echoed for s in carrying
        )

    coded = [
        t for t in session.turns_with(Act.JUDGMENT) if judges(t) and not met_openly(session, t)
    ]
    labelled = turns_where(session, lambda t: _labels_their_idea(session.text(t)))
    blamed = turns_where(session, lambda t: _blames_absent(session, t))
    accused = turns_where(session, lambda t: undenied(session.text(t), judgment_cues.ACCUSES))
    kindly = turns_where(
        session,
        lambda t: (
            undenied(session.text(t), judgment_cues.SOFT_LABEL)
            or (
                undenied(session.text(t), judgment_cues.POLITE_JUDGMENT)
                and not _praised_in_thanks(session, t)
            )
            or (
                role is LearnerRole.MENTOR
                and any(verdicts.verdict(x) for x in sentences(session.text(t)))
            )
            or (undenied(session.text(t), judgment_cues.GRADES_THEM) and not met_openly(session, t))
        ),
    )
    disputed = turns_where(
        session,
        lambda t: (
            rejects_label(session.next_counterpart(t) or "", session.text(t))
            or names_blame(first_sentences(session.next_counterpart(t), REACTION_SENTENCES))
        ),
    )
    found = set(coded) | set(labelled) | set(blamed) | set(accused) | set(kindly) | set(disputed)
    return sorted(found | set(stung(session)))


def _summary_confirmed(session: CodedSession, turn: int, reply: str) -> bool:
    """Whether the turn is a summary the counterpart's first sentence confirms ("Hearing it
    back like that, yeah, that's most of it."): their own story said back, whatever a clause
    of it sounds like on its own ("something older that you're not ready to open yet")."""
    if not reactions.CONFIRMED.search(first_sentences(reply, 1)):
        return False  # (checked first: the summaries are found only for a confirmed turn)
    return session.coding(turn).has(Act.SUMMARY) or turn in summaries(session)


# What was just said of them, valued by the learner: "...and you're being straight about it
# rather than nodding along. I'd rather have that." (praise of how they are, not a verdict)
_VALUES_IT = re.compile(
    r"^\W*(?:and )?(?:i'd (?:much )?rather (?:have )?(?:that|this)|i (?:really )?(?:respect"
    r"|appreciate|value|admire) (?:that|this)|thank you for (?:that|this|saying (?:so|that|it)))"
    r"\W*$",
    re.I,
)


# What they will not do, or what it was not, said back: "...and you don't want to sign that
# form again." met with "No. I don't.", "It wasn't about my question at all." with "No. It
# wasn't." (a no that agrees).
_NOT = r"(?:don't|do not|won't|will not|didn't|did not|wasn't|was not|isn't|is not)"
_YOU_WONT = re.compile(rf"\b(?:you|it|that) {_NOT}\b[^.!?]*[.!]?$", re.I)
_NO_AGREED = re.compile(rf"^\W*no[.,!]?\s+(?:i|we|it|that) {_NOT}\b", re.I)


def _no_agreed(said: list[str], reply: str) -> bool:
    """Whether the turn ended on what they will not do, or what it was not, and the reply
    agreed with a no."""
    return bool(said) and bool(_YOU_WONT.search(said[-1])) and bool(_NO_AGREED.match(reply))


def undenied(text: str, *said: re.Pattern[str]) -> bool:
    """Whether a sentence of ``text`` says one of ``said`` and does not deny it ("I don't
    think it's just you")."""
    return any(
        any(p.search(x) for p in said) and not judgment_cues.DENIED.search(x)
        for x in sentences(text)
    )


def _praised_in_thanks(session: CodedSession, turn: int) -> bool:
    """Whether the turn opens by thanking them and its polite verdict only says it is like
    them ("[pause] Thank you for telling me... That's very like you."): what is like them is
    what they are thanked for (not "Thank you. I'll say this kindly: ...a perfectionism")."""
    text = session.text(turn)
    found = [m.group(0).lower() for m in judgment_cues.POLITE_JUDGMENT.finditer(text)]
    thanked = reactions.THANKS.match(reactions.STAGE_DIRECTION.sub("", text))
    return bool(thanked) and all(f.endswith("you") for f in found)


def _taken_well(reply: str) -> bool:
    """Whether the counterpart answered with thanks, "That's fair" or a laugh, and nothing
    hurt: what the coder read as judging was not heard as a verdict."""
    hurt = reactions.STUNG.search(first_sentences(reply, REACTION_SENTENCES))
    taken = reactions.TAKEN_WELL.match(reply) or reactions.LAUGHS_FIRST.match(reply)
    return bool(taken) and not hurt


def _echoes(sentence: str, theirs: str) -> bool:
    """Whether a sentence says back, word for word, what the counterpart just said ("That's
    not in any dashboard." after "...That's not in any dashboard."): their verdict, repeated
    to show it landed, not the learner's."""
    said = _WORDS.findall(sentence.lower())
    return len(said) >= ECHO_WORDS and f" {' '.join(said)} " in f" {theirs} "


def _quotes_them(sentence: str, session: CodedSession, turn: int) -> bool:
    """Whether a sentence holds up, in quotation marks, words of two or more the counterpart
    said before ``turn`` ("That was a very fast 'totally fine'."): what they said noticed, not
    a verdict. Their earlier lines are read only for a sentence that quotes something."""
    quoted = [" ".join(_WORDS.findall(q.lower())) for q in cues.QUOTATION.findall(sentence)]
    quoted = [q for q in quoted if len(q.split()) >= QUOTED_WORDS]
    if not quoted:
        return False
    earlier = session.transcript.turns[:turn]
    said = " ".join(t.text for t in earlier if t.speaker is Speaker.COUNTERPART)
    said_so_far = f" {' '.join(_WORDS.findall(said.lower()))} "
    return any(f" {q} " in said_so_far for q in quoted)


def _narrates(sentence: str, theirs: str) -> bool:
    """Whether a sentence tells back what they did, in the words they told it with (two or
    more of them), weighing nothing: "...and then you had to explain it to your team." after
    "...I had to stand in front of my team and explain"."""
    if not reflected_cues.NARRATES_THEM.search(sentence) or reflected_cues.WEIGHS_IT.search(
        sentence
    ):
        return False
    shared = content_words(sentence) & content_words(theirs)
    return len(shared) >= NARRATED_WORDS


def met_openly(session: CodedSession, turn: int) -> bool:
    """The counterpart answered the turn by saying much more, unhurt: people close down at a
    judgment, so a turn met like this was not heard as one, whatever the coder read in it.
    (listening.OPENED_UP_WORDS is a lower bar for a different question: whether a turn told
    enough to be owed a reflection.)"""
    reply = session.next_counterpart(turn) or ""
    hurt = reactions.STUNG.search(first_sentences(reply, REACTION_SENTENCES))
    return len(reply.split()) >= OPENS_UP_WORDS and not hurt


def _blames_absent(session: CodedSession, turn: int) -> bool:
    """A put-down of someone not in the room that the counterpart stands up against: not a
    judgment of the listener, but the same habit, and it costs the conversation."""
    reply = first_sentences(session.next_counterpart(turn), REACTION_SENTENCES)
    return bool(absent_cues.BLAME_ABSENT.search(session.text(turn))) and bool(
        DEFENDS_ABSENT.search(reply)
    )


# What something made them feel: "...and it made a hard task feel pointless." (an effect on
# them, said back, not a label for their idea)
_MADE_IT = re.compile(r"\b(?:made|makes|make|making) (?:[\w'-]+ ){1,4}$", re.I)


def _labels_their_idea(text: str) -> bool:
    """A put-down of their idea or work in some sentence that does not deny it ("It doesn't
    sound silly" is reassurance) or own it as the learner's ("That was careless of me"), nor
    say what something made them feel."""
    return any(
        (label := judgment_cues.LABELS_THEIR_IDEA.search(s))
        and not (label[0].lower().startswith("feel") and _MADE_IT.search(s[: label.start()]))
        and not judgment_cues.DENIED.search(s)
        and not judgment_cues.NOT_A_JUDGMENT.search(s)  # "tell me where it sounds like an excuse"
        and not judgment_cues.OWNS.search(s)  # "That was careless of me."
        and not reflected_cues.THEIR_FEAR.search(s)  # "You're worried it'll sound like an excuse"
        for s in sentences(text)
    )
