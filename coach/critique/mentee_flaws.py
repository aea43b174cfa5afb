"""The flaws of a mentee asking for help (pure): an ask with nothing to act on, and an ask
without the situation behind it. Split from coach.critique.flaws, which lists every finder."""

from __future__ import annotations

import re

from coach.coder.words import content_words
from coach.critique import asking_cues, case_cues, cues
from coach.critique.asking import CONTEXT_WORDS, words_told
from coach.critique.detectors import context_given, specific_ask
from coach.critique.evidence import CodedSession, first_sentences, sentences
from coach.critique.flaw_base import REACTION_SENTENCES, Flaw, make_flaw
from coach.critique.turns import says, turns_where
from coach.models import Act, LearnerRole
from coach.scenarios.models import FlawKind

ACCOUNT_WORDS = 60  # this long, asking the mentor nothing and no words of asking: an account
TOLD_BEFORE_WORDS = 100  # words of their case told before an ask: the case is out


def vague_ask(session: CodedSession, role: LearnerRole) -> Flaw | None:
    """(Mentee) no specific ask at all, or an ask with nothing to act on ("help generally") that
    left the mentor asking what was wanted, even if a specific ask came later. Context the
    mentor answers with "So what do you need from me?" is no ask yet, so not a vague one."""
    if role is not LearnerRole.MENTEE:
        return None
    if not specific_ask(session):
        return Flaw(FlawKind.VAGUE_ASK, tuple(session.turns_with(Act.REQUEST)), 3.0)

    def unclear(t: int) -> bool:  # not context the mentor then asks the ask of
        if says(session, t, asking_cues.VAGUE_ASK):
            return True
        puzzled = case_cues.WHAT_IS_ASKED.search(session.next_counterpart(t) or "")
        # (nor the case told first, as announced: "...so let me give you the whole picture
        # first. St. Brendan's has a Community Care Coordinator opening...")
        told = _an_account(session, t) or says(session, t, asking_cues.EXPLAINS)
        return bool(puzzled) and _asks(session, t) and not told

    return make_flaw(FlawKind.VAGUE_ASK, turns_where(session, unclear), 1.5, 3.0)


def no_context(session: CodedSession, role: LearnerRole) -> Flaw | None:
    """(Mentee) no situation explained at the start; an ask the mentor answered by asking for
    the case behind it ("That's an ask. It isn't a case. Why Dunmore?"); or context held back
    when asked ("It's all in the doc, honestly")."""
    if role is not LearnerRole.MENTEE:
        return None
    if not context_given(session):
        return Flaw(FlawKind.NO_CONTEXT, (), 3.0)

    def unexplained(t: int) -> bool:  # an ask the mentor wants the case for; not an account
        if says(session, t, asking_cues.WITHHELD_CONTEXT):
            return True
        asked = _asks(session, t) or says(session, t, asking_cues.WANTS_HELP)
        reply = first_sentences(session.next_counterpart(t), REACTION_SENTENCES)
        # (a long account with no question is context, whatever the coder read in it)
        explains = says(session, t, asking_cues.EXPLAINS) or _an_account(session, t)
        explains = explains or _account_before_ask(session.text(t))
        # (or the ask among an account that tells this much: "...It's their first audit ever,
        # and they need statements for their bank by late October. I want to be the in-charge
        # on it... My inventory and payables sections were four days late, and that's on me.")
        told = 0 if explains else words_told(session, t)  # (read only when needed, once)
        explains = explains or told >= ACCOUNT_WORDS
        # (not a reply that first says yes: "Start it this week, yes. ... Wait. Back up. Did
        # you say Curtis Bell?")
        said_yes = _SAYS_YES.search(first_sentences(session.next_counterpart(t), 1))
        agreed = bool(said_yes) or _echoed(session.text(t), reply)  # "Back up. No CONCURRENTLY?"
        agreed = agreed or bool(_GRANTS_ACCOUNT.search(reply))  # "Okay. That's a clear start."
        # (or the support for it asked, "What's the support for it?", and not given next)
        answer = session.next_learner(t)
        supported = answer is not None and _an_account(session, answer)
        pressed_once = case_cues.CLAIM_UNSUPPORTED.search(reply) and not supported
        # (more wanted after the case was told at length: "Maybe. Tell me more first." after
        # the outage, its times and what was tried, is the mentor's way in, not a case missing)
        more = bool(case_cues.WANTS_CONTEXT.search(reply))
        earlier = [p for p in session.learner_turns if p < t] if more else []
        told_before = sum(words_told(session, p) for p in earlier) >= TOLD_BEFORE_WORDS
        wanted = (more and not told_before) or pressed_once
        if asked and not explains and not agreed and wanted:
            return True
        # a claim with nothing behind it, pressed for the case before and after: "That's a
        # conclusion. Where's the support?" ... "What have you actually changed?"
        # (or asked what is in place and answered "It's moving": "That's a wish, not a plan.")
        wants = (case_cues.CLAIM_UNSUPPORTED, case_cues.WANTS_CONTEXT)
        before = session.previous_counterpart(t) or ""
        pressed = any(w.search(before) for w in wants) and any(w.search(reply) for w in wants)
        # (not the account itself, given when asked: "Give me Tuesday first, your version."
        # "...The index locked load_events, scanners were down about two hours...")
        return pressed and not explains and told < CONTEXT_WORDS

    return make_flaw(FlawKind.NO_CONTEXT, turns_where(session, unexplained), 3.0, 3.0)


# A first sentence that grants the ask: "Start it this week, yes.", "Of course."
_SAYS_YES = re.compile(r"\b(?:yes|of course|happy to|i'll do it)\b(?![,.]? but\b)", re.I)
# The account itself granted before more is asked: "Okay. That's a clear start. Before I say
# yes to anything, I want your version of the morning."
_GRANTS_ACCOUNT = re.compile(
    r"\bthat's (?:a )?(?:clear|good|useful|straight|honest|plain) (?:start|account|version"
    r"|picture|rundown)\b",
    re.I,
)


def _an_account(session: CodedSession, turn: int) -> bool:
    """A long turn with no question to the mentor and no words of asking: context, whatever
    the coder read in it ("...emailed the district three times... my committee's in six
    weeks."; a research question put in it, "do the dams help frogs come back?", asks nothing
    of them)."""
    text = session.text(turn)
    asks_them = any(s.endswith("?") and cues.SECOND_PERSON.search(s) for s in sentences(text))
    if session.coding(turn).features.words < ACCOUNT_WORDS or asks_them:
        return False
    return not (says(session, turn, asking_cues.ASK) or says(session, turn, asking_cues.WANTS_HELP))


def _account_before_ask(text: str) -> bool:
    """A turn that tells ACCOUNT_WORDS words of its case before it asks anything ("...I know
    last summer was bad: three of ten structures in... My committee meets in six weeks. I'm
    asking for help making the plan survivable."): context, and then the ask."""
    told = 0
    for s in sentences(text):
        if s.endswith("?") or asking_cues.ASK.search(s) or asking_cues.WANTS_HELP.search(s):
            break
        told += len(s.split())
    return told >= ACCOUNT_WORDS


def _asks(session: CodedSession, turn: int) -> bool:
    """Whether the turn makes an ask: a request, or "my ask is", "could you join...?"."""
    return session.coding(turn).has(Act.REQUEST) or says(session, turn, asking_cues.ASK)


ECHO_WORDS = 2  # content words of the learner's turn a surprised question of theirs repeats


def _echoed(text: str, reply: str) -> bool:
    """Whether the reply asks back, in surprise and not with a question word, about something
    the turn said ("Hold on. Back up. An index on load_events with no CONCURRENTLY?"): it
    recognises the story, it does not want one."""
    said = content_words(text.lower())
    return any(
        s.endswith("?")
        and not _ASKS_WH.match(s)  # "Who asked for this call?" wants the story
        and (len(content_words(s.lower()) & said) >= ECHO_WORDS or _DID_YOU_SAY.match(s))
        for s in sentences(reply)
    )


# A name or a thing they heard, checked: "Hang on. Back up. Did you say Curtis Bell?"
_DID_YOU_SAY = re.compile(r"^\W*did (?:you|i hear you) (?:just )?say\b", re.I)


_ASKS_WH = re.compile(r"^\W*(?:\w+ )?(?:who|what|what's|why|how|when|where|which)\b", re.I)
