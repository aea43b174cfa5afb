"""Flaws of listening: questions with nothing said back, and reflections of content only (pure).

Split from coach.critique.flaws, which lists them with the others.
"""

from __future__ import annotations

import re

from coach.coder.reflection_depth import reflection_depth
from coach.coder.words import feelings
from coach.critique.advice_cues import IMPERATIVE
from coach.critique.cues import (
    ACKNOWLEDGES,
    BOUNDARY,
    LIVES_ALONE,
    MATTERS_TO_ME,
    MEANING,
    MY_NEWS,
    QUOTATION,
    SECOND_PERSON,
)
from coach.critique.detectors import reflection
from coach.critique.evidence import CodedSession, first_sentences, sentences
from coach.critique.facts_cues import FACTS_ONLY
from coach.critique.flaw_base import REACTION_SENTENCES, Flaw
from coach.critique.plan_cues import PLAN
from coach.critique.saying_back import heard_sentences, own_view
from coach.critique.summaries import summaries
from coach.models import Act, LearnerRole
from coach.scenarios.models import FlawKind

MOSTLY_OWED = 4  # disclosures met without a reflection, with at most one reflection ...
OWED_SHARE = 0.8  # ... and this share of all of them
REFLECTIONS_OWED = 3  # long turns answered only with a question, when at most one was heard
BARE_QUESTIONS_RUN = 6  # turns of nothing but a question, one after another, that make it
OPENED_UP_WORDS = 30
TAKEN_IN_WORDS = 2  # words of theirs in a statement about them that answers what they told
FACTS_ONLY_REPLIES = 2  # reflections confirmed as facts only that make the flaw
LISTS_OF_FACTS = 3  # reflections listing facts, and nothing else, that make the flaw
LIST_CLAUSES = 2  # commas that make a reflection a list
# Facts said back, never what they mean: it costs what the listening is for.
CONTENT_ONLY_WEIGHT = 2.0
TOLD_BACK_MANY = 4  # turns said back, none worded, that make it once one is confirmed as facts
PLAIN_MANY = 4  # plain reflections of their own, none naming a feeling or meaning, that make it
ECHO_RUN = 3  # words in a row taken from their last turn that are their words said back
# A capitalised word inside a sentence names something ("service manager at the Trust"): not
# a feeling or a meaning, whatever word it is.
_MID_SENTENCE_NAME = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+\b")


def no_reflections(session: CodedSession, role: LearnerRole) -> Flaw | None:
    """Questions, but nothing of what the counterpart said ever said back; or at most once,
    while several things they opened up about were answered only with the next question."""
    asked = session.turns_with(Act.OPEN_QUESTION, Act.CLOSED_QUESTION)
    said_back = [
        t
        for t in reflection(session)
        if not _proposes(session, t) and not _grants(session, t) and not own_view(session, t)
    ]
    if role is LearnerRole.MENTEE or len(asked) < 4:
        return None
    if not said_back:
        return Flaw(FlawKind.NO_REFLECTIONS, tuple(asked), 3.0)
    owed = [t for t in asked if t not in said_back and opened_up(session.previous_counterpart(t))]
    if len(said_back) <= 1 and len(owed) >= REFLECTIONS_OWED:
        return Flaw(FlawKind.NO_REFLECTIONS, tuple(owed), 2.0)
    # Summaries gather, they do not answer each thing said: with at most one reflection of its
    # own, a conversation that met nearly every disclosure with the next question lacks them.
    opened = [t for t in session.learner_turns if opened_up(session.previous_counterpart(t))]
    unanswered = [t for t in opened if t not in said_back and not _takes_it_in(session, t)]
    gathered = set(summaries(session))
    own = [t for t in said_back if t not in gathered]
    if (
        len(own) <= 1
        and len(unanswered) >= MOSTLY_OWED
        and len(unanswered) >= OWED_SHARE * len(opened)
    ):
        return Flaw(FlawKind.NO_REFLECTIONS, tuple(unanswered), 2.0)
    # A fact-find: question after bare question, each answer met only by the next one.
    run = _longest_run(session, [t for t in asked if t not in said_back and _bare(session, t)])
    if len(run) >= BARE_QUESTIONS_RUN:
        return Flaw(FlawKind.NO_REFLECTIONS, tuple(run), 2.0)
    return None


def _bare(session: CodedSession, turn: int) -> bool:
    """A turn that is questions and nothing else ("What's the role?"), after a word of
    acknowledgement or an invitation at most ("All right. Tell me about today's shift.")."""
    return all(s.endswith("?") or ACKNOWLEDGES.match(s) for s in sentences(session.text(turn)))


def _longest_run(session: CodedSession, turns: list[int]) -> list[int]:
    """The longest stretch of ``turns`` that are the learner's turns one after another."""
    order = {t: i for i, t in enumerate(session.learner_turns)}
    best: list[int] = []
    run: list[int] = []
    for t in sorted(turns):
        run = run + [t] if run and order[t] == order[run[-1]] + 1 else [t]
        best = run if len(run) > len(best) else best
    return best


def _takes_it_in(session: CodedSession, turn: int) -> bool:
    """A turn that asks nothing and answers what they opened up about in a sentence about them
    in their words ("There's a sticky note on your monitor that outlives our sessions..."):
    not met with the next question, even where the coder reads no reflection in it."""
    if session.coding(turn).has(Act.OPEN_QUESTION, Act.CLOSED_QUESTION):
        return False
    return any(heard >= TAKEN_IN_WORDS for _, heard in heard_sentences(session, turn))


def opened_up(said: str | None) -> bool:
    """A long counterpart turn: they told something that asked to be heard."""
    return len((said or "").split()) >= OPENED_UP_WORDS


def content_only_reflections(session: CodedSession, role: LearnerRole) -> Flaw | None:
    """Several reflections, every one only repeating content, none naming feeling or meaning;
    or two or more the counterpart confirmed as facts only, or answered by reaching past them
    for what they meant ("Yes. That is what happened.", "That's the mechanics of it. The bit
    I'm trying to get at is...")."""
    if role is LearnerRole.MENTEE:
        return None  # a mentee saying back what the mentor offered is checking it, not listening
    said_back = reflection(session)
    # a summary says back facts too, and so does a turn the coder reads as saying back that
    # the counterpart answers "Those are the facts." though it picks up earlier words
    coded = session.turns_with(Act.REFLECTION, Act.SUMMARY)
    told_back = sorted({*said_back, *summaries(session), *coded})
    # (or any turn in their words they confirm as facts only: "So at the crit in May I used the
    # example of a researcher whose PM ignores her findings..." "Yes. That's what happened.")
    in_their_words = [t for t in session.learner_turns if session.anchored(t)]
    # (not a reflection that named a feeling, whatever the reply reached past)
    facts_only = [
        t
        for t in sorted({*told_back, *in_their_words})
        if _facts_only(session.next_counterpart(t))
        and not feelings(session.text(t).lower())
        and not _proposes(session, t)  # (a plan listed and put to them: "That's correct.")
    ]
    if len(facts_only) >= FACTS_ONLY_REPLIES:
        return Flaw(FlawKind.CONTENT_ONLY_REFLECTIONS, tuple(facts_only), CONTENT_ONLY_WEIGHT)
    depth = {t: _depth(session, t) for t in said_back}
    # Reflections of their own, not summaries (which gather rather than go deeper): three or
    # more, each only repeating content.
    gathered = set(summaries(session))
    own = [t for t in said_back if t not in gathered]
    worded_any = any(_worded(session, t) for t in own)  # (a meaning named in words of its own)
    if len(own) >= 3 and all(depth[t] == "simple" for t in own) and not worded_any:
        return Flaw(FlawKind.CONTENT_ONLY_REFLECTIONS, tuple(own), CONTENT_ONLY_WEIGHT)
    # Reflections of their own that list back what was said, clause after clause, with none
    # adding a feeling or what it means to them.
    listed = [t for t in own if session.text(t).count(",") >= LIST_CLAUSES]
    adds = worded_any or any(depth[t] == "complex" for t in own)
    if len(listed) >= LISTS_OF_FACTS and len(listed) == len(own) and not adds:
        return Flaw(FlawKind.CONTENT_ONLY_REFLECTIONS, tuple(listed), CONTENT_ONLY_WEIGHT)
    # (Mentor) many reflections of their own, listed or not, all but one plain, and not one
    # with a feeling or a meaning in its words; once the counterpart has confirmed one as
    # facts only ("Yes. Those are the facts."), one plain reflection fewer and one deeper more.
    plain = [t for t in own if depth[t] != "complex"]
    # (and once they have, their own feeling words said straight back do not go deeper)
    worded = any(_worded(session, t, echoes_count=not facts_only) for t in own)
    many, deeper = (PLAIN_MANY - 1, 2) if facts_only else (PLAIN_MANY, 1)
    if len(plain) >= many and len(own) - len(plain) <= deeper and not worded:
        return Flaw(FlawKind.CONTENT_ONLY_REFLECTIONS, tuple(plain), CONTENT_ONLY_WEIGHT)
    # Once they have confirmed one as facts only, many turns said back with not one naming a
    # feeling or what something means to them: the facts were all that was ever heard.
    if (
        facts_only
        and len(told_back) >= TOLD_BACK_MANY
        and not any(_worded(session, t, echoes_count=False) for t in told_back)
    ):
        return Flaw(FlawKind.CONTENT_ONLY_REFLECTIONS, tuple(told_back), CONTENT_ONLY_WEIGHT)
    return None


def _depth(session: CodedSession, turn: int) -> str | None:
    """A reflection's depth, read from the turn without what it tells them to do, a limit it
    sets or the learner's own news ("I've got a four-year-old and Year 11 mocks coming.")."""
    said = sentences(session.text(turn))
    kept = [
        s
        for s in said
        if not (s.endswith("?") or IMPERATIVE.match(s) or BOUNDARY.search(s) or MY_NEWS.match(s))
    ]
    if not any(SECOND_PERSON.search(s) for s in kept):
        kept = said  # nothing of theirs left to read ("My message arrived after the email...")
    return reflection_depth(" ".join(kept), session.previous_counterpart(turn))


def _proposes(session: CodedSession, turn: int) -> bool:
    """Whether every statement about them puts a plan, or lists the actions, and the turn ends
    by asking if it will do ("So: we meet every two weeks... and next time you bring whichever
    report is giving you grief. Does that work?", "So the actions are: ... Anything to add?",
    "So the plan is: tables instead of rows... Does that work?"), or
    opens by saying it lists what was agreed ("So here's what we've agreed. ..."):
    a proposal, not a reflection (their own step said back is one)."""
    about_them = [s for s, _ in heard_sentences(session, turn)]
    if not about_them or not _PUT_TO_THEM.search(session.text(turn)):
        return False
    said = sentences(session.text(turn))
    if len(said) > 1 and _NOD.match(said[0]):
        said = said[1:]  # ("Good. Then the plan is training time on the sheet from Monday...")
    if _ACTIONS.match(said[0]):
        return True  # "So here's what we've agreed. No messages after eight... Does that work?"
    return all(PLAN.search(s) or _ACTIONS.search(s) for s in about_them)


def _grants(session: CodedSession, turn: int) -> bool:
    """Whether the turn grants what they asked for and says only the steps that meet it
    ("Done. I'll ask Hannah to send Bramley agendas a day ahead, and I'll give feedback as the
    sentence and a better one. Anything else?"): their asks taken on, not said back."""
    said = sentences(session.text(turn))
    if said and _TAKEN_AS_PUT.match(said[0]):  # "That order works. Item one, then. Where...?"
        return all(len(s.split()) <= NOD_WORDS or s.endswith("?") for s in said[1:])
    if not said or not _GRANTED.match(said[0]):
        return False
    steps = [s for s in said[1:] if not s.endswith("?")]
    return bool(steps) and all(PLAN.search(s) for s in steps)


# A word of assent before the turn goes on: "Good.", "Right.", "Okay then."
_NOD = re.compile(r"^\W*(?:good|great|right|okay|ok|fine|lovely)(?: then)?[.!]\s*$", re.I)
# Their ask granted before the steps that meet it: "Done.", "Agreed.", "Deal."
_GRANTED = re.compile(r"^\W*(?:done|agreed|deal|consider it done|will do)[.!]\s*$", re.I)
# Their order or plan taken as they put it: "That order works.", "Your agenda suits me."
_TAKEN_AS_PUT = re.compile(
    r"^\W*(?:that|this|your) (?:order|plan|agenda|running order) (?:works|suits me|is fine)"
    r"(?: for me)?[.!]\s*$",
    re.I,
)
NOD_WORDS = 4  # a sentence this short beside it ("Item one, then.") says nothing back


_PUT_TO_THEM = re.compile(
    r"(?:(?:does|would|will) (?:that|this|next \w+|\w+day) (?:work|suit|do)(?: for you)?"
    r"|how does (?:that|this)"
    r" sound|anything to add|anything (?:missing|wrong)(?: or (?:missing|wrong))?)\?\s*$",
    re.I,
)
# The steps agreed, listed: "So the actions are: agendas the day before..., and feedback..."
_ACTIONS = re.compile(
    r"^\W*(?:(?:so|right|okay|ok|good)[,.:]?\s+)*(?:here's )?what we(?:'ve| have) agreed\b"
    # (or opens by putting one: "Then here's a proposal: two weeks from today, here...")
    r"|^\W*(?:(?:so|then|right|okay|ok|good)[,.:]?\s+)*here's (?:a|my) (?:proposal|suggestion)\b"
    r"|\b(?:the|our) (?:actions|action points|next steps) are\b|\b(?:the|our) plan is:"
    r"|^\W*(?:so|then),? the plan is\b"
    r"|\bwe've got the same list\b",
    re.I,
)


def _worded(session: CodedSession, turn: int, *, echoes_count: bool = True) -> bool:
    """Whether a reflection names a feeling or what something means to them, in words of its
    own: not inside a quotation of theirs (a title "Why the numbers matter"), not what
    matters to the learner ("It matters to me"), not where they live ("you live alone now"),
    not a name ("the Trust"), and, unless ``echoes_count``, neither their own words said
    straight back ("You love the bedside work" after "I love the bedside") nor a question
    ("What's the hardest part of that?"): once they have called it the facts, what counts is
    what the reflections said."""
    said = sentences(session.text(turn))
    own = " ".join(s for s in said if echoes_count or not s.endswith("?"))
    own = LIVES_ALONE.sub(" ", MATTERS_TO_ME.sub(" ", QUOTATION.sub(" ", own)))
    own = _MID_SENTENCE_NAME.sub(" ", own)
    if re.search(r"\bmine\b", session.previous_counterpart(turn) or "", re.I):
        own = re.sub(r"\byours\b", " ", own, flags=re.I)  # "It was mine." said back: no meaning
    theirs: set[str] = set()
    if not echoes_count:  # (nor a feeling word of theirs: "got stuck" after "I got a bit stuck")
        own = _without_echoes(own, session.previous_counterpart(turn) or "")
        theirs = feelings((session.previous_counterpart(turn) or "").lower())
    return bool(feelings(own.lower()) - theirs or MEANING.search(own))


def _without_echoes(text: str, said: str) -> str:
    """``text`` with every run of ECHO_RUN or more words taken straight from ``said`` cut."""
    words, theirs = text.split(), _plain(said)
    runs = {tuple(theirs[i : i + ECHO_RUN]) for i in range(len(theirs) - ECHO_RUN + 1)}
    plain = _plain(text)
    cut: set[int] = set()
    for i in range(len(plain) - ECHO_RUN + 1):
        if tuple(plain[i : i + ECHO_RUN]) in runs:
            cut.update(range(i, i + ECHO_RUN))
    return " ".join(w for i, w in enumerate(words) if i not in cut)


def _plain(text: str) -> list[str]:
    """The words of ``text``, lower case, without their punctuation (one per word of it)."""
    return [w.strip(".,;:!?\"'()").lower() for w in text.split()]


def _facts_only(reply: str | None) -> bool:
    return bool(FACTS_ONLY.search(first_sentences(reply, REACTION_SENTENCES)))
