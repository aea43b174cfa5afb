"""A next step agreed: the evidence that a conversation closed on something concrete (pure)."""

from __future__ import annotations

import re

from coach.coder.questions import is_check
from coach.coder.words import content_words
from coach.critique import cues, plan_cues, reactions, step_reactions
from coach.critique.evidence import CodedSession, first_sentences, sentences
from coach.critique.summaries import summaries
from coach.critique.turns import says, turns_where

OWN_STEP_SENTENCES = 5  # "Evet. That is all of it. ... Thank you. You will have the plan Monday."
CONCRETE_BESIDE = 2  # sentences putting a step that make one vague item no vague plan
SAID_BACK_WORDS = 3  # words of the counterpart's own steps a learner's statement says back
# The pieces of a time: a clock time ("three o'clock", "4pm") and a small count of weeks or days.
_CLOCK = r"o'clock|\d{1,2}(?::\d\d)?\s*(?:am|pm)"
_FEW = r"(?:one|two|three|four|\d)"
_SPAN = rf"{_FEW} (?:weeks?|days?)"
# A time put to them as a question: "Two weeks, three o'clock?"
_WHEN = re.compile(rf"\b(?:{_CLOCK}|{_SPAN})[^.!?]*\?", re.I)
# When a step will happen, asked: "When would the Dan conversation happen?", "Which day suits?"
_ASKS_WHEN = re.compile(
    r"\bwhen (?:would|will|could|can|shall|should) (?:you|we|that|it|the|this)\b"
    r"|\bwhen (?:were|are) you (?:thinking|planning|hoping) (?:of|to|on)\b"
    r"|\b(?:which|what) (?:day|time|date)s? (?:suits?|works?|would suit|would work)\b",
    re.I,
)
# The counterpart asking when, so that no time was set: "Sorry, when would next time be?"
_STILL_WHEN = re.compile(
    r"\bwhen (?:would|will|could|can|shall|should|is|are|do) (?:you|we|that|it|the|this|next)\b",
    re.I,
)
# A summary's check in a word: "...so whatever help I get is before Friday. Right?"
_TAG_CHECK = re.compile(r"^\W*(?:right|yeah|yes|fair|okay|ok|correct|true)\W*\?$", re.I)
# More put to the plan agreed: "Could we check in after two sessions?" (not "But should I
# still do the outline?")
_ADDS_TO = re.compile(r"^\W*(?:and )?(?:could|can|shall) (?:we|i)\b", re.I)
# "Noted." before a step of its own: "Noted. Thank you. I'll reply by the end of the day."
_NOTED = re.compile(r"^\W*noted\b(?![^.!?]*\b(?:list|whatever|see)\b)", re.I)
# A meeting's time set ("Two weeks from today, three o'clock, this room.", "We meet down here
# after your shift, every two weeks") and a part of the step left to their choice ("You bring
# a report if you feel like it").
_SET_TIME = re.compile(
    rf"\b(?:{_CLOCK}|{_FEW} weeks? (?:from|on|today)|every (?:{_FEW}|other) weeks?"
    r"|(?:next|this|on) (?:monday|tuesday|wednesday|thursday|friday))\b",
    re.I,
)
_OPTIONAL = re.compile(r"\bif you (?:feel like it|want(?: to)?|like|'d like)\b", re.I)
# Asking them what the next step should be: "What would make the next one worth your forty
# minutes?", "What do you want to bring next time?"
_INVITES_PLAN = re.compile(
    r"\bwhat would (?:make|help|be (?:useful|helpful|worth))|what(?:,? if anything,?)? (?:do"
    r"|would) you (?:want|need|like) (?:from|out of|to (?:do|bring|cover|start with|begin with"
    r"|open with|send|prepare|write|share|work on|change)|(?:these|our|the next) (?:meetings?"
    r"|sessions?) to be)|what should (?:we|i|the next)"
    r"|what (?:would|could) (?:feel like|be) a (?:small|first|next|realistic|doable) step",
    re.I,
)
# A time the counterpart names for a step: "Here, after shift. Two weeks.", "by email the
# night before"
_NAMED_TIME = re.compile(
    rf"\b(?:{_SPAN}|after (?:shift|work|school|lunch)|o'clock|the (?:night|day|evening) before"
    rf"|tomorrow|next (?:week|time|month|session)|{plan_cues.AHEAD})\b",
    re.I,
)
# A thing to be sent by a day, the reply's first sentence: "..., by Tuesday evening."
_SENT_BY = re.compile(rf",? by {plan_cues.AHEAD}(?: morning| afternoon| evening| night)?\W*$", re.I)
_FAREWELL = re.compile(
    r"^\W*(?:see you|(?:speak|talk) (?:to you )?(?:soon|then|next)|bye|good luck)\b", re.I
)
# A reply that opens with when: "By Monday.", "Tomorrow, first thing.", "End of the week."
_WHEN_ANSWERED = re.compile(
    rf"^\W*(?:(?:by|before|on|first thing|end of|the end of) )?(?:{plan_cues.AHEAD}|tonight"
    r"|tomorrow|this week|next week|the weekend|the end of)\b",
    re.I,
)
# A reply that answers when with each step and its time, the time within its first words:
# "Margit tomorrow morning, before her bid meeting. The plan for the evening to you by Monday.",
# "I ask Margit for Wednesday, and I bring the model."
# (not "I can't do tomorrow.")
_STEP_THEN_TIME = re.compile(
    rf"^\W*(?:[\w'-]+\s+){{0,3}}?(?:(?:by|on|before|for) )?{plan_cues.AHEAD}\b", re.I
)
# The rest left until things calm down: "Let's touch base when things settle."
_LEFT_TO_SETTLE = re.compile(
    r"\b(?:when|once|after) things (?:settle|calm|quiet|ease)|\btouch base\b(?! (?:on|by|before"
    r"|next|tomorrow|monday|tuesday|wednesday|thursday|friday)\b)",
    re.I,
)
_REFUSING = re.compile(r"\b(?:can't|cannot|not|won't|no|never)\b", re.I)
# What they wanted, said back: "you wanted someone he rates to vouch for you"
_WANTED = re.compile(r"\byou(?:'d| had)? (?:wanted|were hoping|hoped|needed|were after)\b", re.I)
# A question about what has happened, which asks for no step: "When did the talk happen?"
_ASKS_PAST = re.compile(r"\b(?:did|was|were|had)\b", re.I)


def next_step_agreed(session: CodedSession) -> list[int]:
    """In the second half of the conversation (an opening promise sets the agenda, it does not
    close anything): a concrete step the learner proposed or asked for, agreed at the start of
    the counterpart's reply (not a vague "whenever you're ready", not a reply that asks back);
    a reply that opens by taking on a step of the counterpart's own, asked for by any question
    ("Which of those feels like yours to do first?"); or the learner taking up
    a step the counterpart had just named for itself ("Deal.")."""
    learner = session.learner_turns
    closing = set(learner[len(learner) // 2 :])
    summed = summaries(session)
    checked_summaries = {
        t
        for t in summed
        if any(is_check(s) or _TAG_CHECK.match(s) for s in sentences(session.text(t)))
    }

    def last_said(t: int) -> str:  # the learner's turn before ``t``, or nothing
        before = session.previous_learner(t)
        return session.text(before) if before is not None else ""

    def taken_up(t: int) -> bool:  # "I'll bring my questions written down." "Deal. ..."
        said_before = last_said(t)
        if _DICTATES.search(said_before):
            return False  # "Fine. I'll tell Ines everything goes through you.": complying
        if said_before and _vague(said_before):
            return False  # "Keep me posted." "Right. I'll message you after, I suppose."
        if _LEFT_TO_SETTLE.search(session.text(t)):
            return False  # "Great, thank you so much. Let's touch base when things settle."
        before = session.previous_counterpart(t) or ""
        own = step_reactions.OWN_STEP.search(before) or step_reactions.NAMES_OWN_STEP.search(
            before
        )  # "I think I go on Thursday and ask..."
        proposed = step_reactions.PROPOSES_STEP.search(before)
        if proposed and not own and _vague(session.text(t)):
            return False  # "...could we agree how often?" "Absolutely. Let me look at my diary..."
        put = own or proposed
        return bool(put and step_reactions.TAKES_UP.match(session.text(t))) or said_back(before, t)

    def said_back(before: str, t: int) -> bool:
        """The counterpart's own steps said back as settled: "I think I go on Thursday and ask
        them... Sunday night, with the numbers." "Thursday with your own questions, Sunday
        night with Dan and the numbers." """
        # (or promised: "I'll bring last week's OEE report next time. Three o'clock, after
        # shift." "Three o'clock, here... Last week's OEE, line by line.", when nothing in
        # the turn asks; a checked summary of their promise is read as a summary)
        said = sentences(session.text(t))
        promised = step_reactions.OWN_STEP.search(before) and not any(s.endswith("?") for s in said)
        # or the step they named, with its time, when asked what would make the next one
        # worth it ("Bring last week's OEE report. Here, after shift. Two weeks.")
        invited = bool(_INVITES_PLAN.search(last_said(t)))
        named = invited and bool(_NAMED_TIME.search(before))
        if not (step_reactions.NAMES_OWN_STEP.search(before) or promised or named):
            return False
        if not said or said[0].endswith("?"):
            return False
        # "That's a good week's work, and it's yours. Ask the Trust your questions on
        # Thursday, Sunday with Dan and the numbers...": a statement that says them back
        told = [s for s in said if not s.endswith("?")]
        return any(len(content_words(s) & content_words(before)) >= SAID_BACK_WORDS for s in told)

    def agreed(t: int) -> bool:
        if t not in closing or _DICTATES.search(session.text(t)):
            return False  # (control taken, not a step agreed: "From now on, every word... from me")
        if taken_up(t):  # "Good. That's what we'll do. Same time next month...": the step is theirs
            return True
        answer = session.next_counterpart(t)
        # "What would you like to start with next month?" "The usability test."
        # (or answered with a step of its own and its time: "I'll bring last week's. Two weeks,
        # three o'clock.")
        # (or with the step, its time and place, and one of its own: "...bring me through
        # that OEE report. Line by line... here, after shift. Two weeks from now, quarter to
        # three. I'll bring last Monday's.")
        # (or what they will send, by when: "The Millbrook notebook and one page explaining the
        # method, by Tuesday evening.", "One page. Just the objectives... by next Friday.")
        answer_step = bool(_NAMED_TIME.search(answer or "")) and bool(
            step_reactions.OWN_STEP.search(answer or "")
            or any(_SENT_BY.search(x) for x in sentences(answer or "")[:2])
        )
        time_set = _NAMED_TIME.search(session.text(t)) or answer_step
        invites = _INVITES_PLAN.search(session.text(t)) and time_set
        if invites and (_names_it(answer) or (answer_step and _not_put_off(answer))):
            return True
        if _vague(session.text(t)) or _STILL_WHEN.search(answer or ""):
            return False  # "...pick it up next time." "Sorry, when would next time be?"
        reply = first_sentences(answer)
        # its own step, not one put off to "at some point" ("I need to talk to Dan at some point")
        takes_on = any(
            step_reactions.OWN_STEP.search(s) and not plan_cues.VAGUE_PLAN.search(s)
            for s in sentences(first_sentences(answer, OWN_STEP_SENTENCES))
        )
        if t in checked_summaries and not (says(session, t, plan_cues.FUTURE_STEP) or takes_on):
            return False  # "...a second interview on Thursday. Have I got that right?"
        # "Right, you've got it all. So what are you going to do?" confirms a summary, not a step.
        still_asked = step_reactions.ASKS_FOR_PLAN.search(answer or "")
        asked = step_reactions.ASKS_FOR_PLAN.search(session.previous_counterpart(t) or "")
        own_step = bool(asked) and bool(plan_cues.BARE_STEP.match(session.text(t)))
        # (a goodbye sets no step: "See you next month.")
        unsaid = [x for x in sentences(session.text(t)) if not _FAREWELL.match(x)]
        # (not what they wanted said back: "...you wanted someone he rates to vouch for you
        # before Thursday week.")
        proposed = any(plan_cues.PLAN.search(x) and not _WANTED.search(x) for x in unsaid)
        proposed = proposed or own_step
        # (or refused after a word of why: "I'm facilitating. I can't stand up for anyone...")
        brushed = any(reactions.REFUSE.match(x) for x in sentences(reply)[:2])
        brushed = brushed or bool(reactions.BRUSH_OFF.search(reply))
        # a step proposed, a time put or asked for, or a plan summed up and checked
        timed = _WHEN.search(session.text(t)) or _ASKS_WHEN.search(session.text(t))
        # "Which of those feels like yours to do first?"; not "When did it happen?"
        invited = any(
            q.endswith("?") and not _ASKS_PAST.search(q) for q in sentences(session.text(t))
        )
        put = proposed or bool(timed) or t in checked_summaries or invited
        if (
            put
            and says(session, t, cues.CHECKS_FOR_MISTAKES)
            and (
                step_reactions.NOTHING_WRONG.match(reply)
                or step_reactions.ONE_MORE.match(reply)
                or step_reactions.ONE_CHANGE.match(first_sentences(answer, OWN_STEP_SENTENCES))
            )
        ):
            return not still_asked  # "Anything I've got wrong?" "No, that is all of it."
        if put and takes_on:  # "I'll bring the OEE report.": its own step, after "Noted." too
            return not (still_asked or brushed and not _NOTED.match(reply))
        # "Two weeks from today, three o'clock, this room. That work?" (not "What moved it
        # three weeks?")
        meeting_set = bool(timed) and bool(_SET_TIME.search(session.text(t)))
        # "When could you send me a draft?" "By Monday. Thank you.": the time is the yes; and
        # the steps summed up, asked when, answered step by step with the time ("When would you
        # like to do each of those?" "Margit tomorrow morning... The plan to you by Monday.")
        answers_when = bool(_ASKS_WHEN.search(session.text(t))) and (
            bool(_WHEN_ANSWERED.match(reply))
            or (
                bool(_STEP_THEN_TIME.match(reply))
                and not _REFUSING.search(first_sentences(answer, 1))
            )
        )
        if not (proposed or meeting_set or (answers_when and t in summed)):
            return False
        # asking back, not adding to the plan ("That would work. Could we check in after two?")
        asks_back = any(s.endswith("?") and not _ADDS_TO.match(s) for s in sentences(reply))
        refused = brushed or asks_back or step_reactions.WORDING.search(reply)
        agrees = reactions.AGREE.search(reply) or reactions.THANKS.match(reply)
        time_works = step_reactions.TIME_WORKS.match(reply) or time_said_back(t, reply)
        accepted = bool(agrees or time_works) or answers_when
        return bool(accepted) and not refused and not still_asked

    def time_said_back(t: int, reply: str) -> bool:
        """The time the turn put said back alone: "Does Thursday at four still work?"
        "Thursday at four. Go home, sleep..." """
        said = step_reactions.TIME_SAID_BACK.match(reply)
        return said is not None and said.group(1).lower() in session.text(t).lower()

    return turns_where(session, agreed)


# Control taken over their work: "From now on, every word that goes to Ines comes from me."
# (not one's own promise: "from now on, feedback from me comes as the sentence and a better one")
_DICTATES = re.compile(
    r"\bfrom now on,? (?:every|all|everything|anything|any)\b[^.!?]*"
    r"\b(?:goes|go|comes|come|runs|run|gets|get|passes|pass)(?: \w+)?"
    r" (?:through|from|by|past) me\b",
    re.I,
)
NAMED_WORDS = 6  # a first sentence this short that names something answers "what would you..."
_UNSURE = re.compile(
    r"^\W*(?:i don't know|i'm not sure|not sure|no idea|dunno|nothing|maybe)\b", re.I
)


def _names_it(answer: str | None) -> bool:
    """Whether a reply opens by naming what it will be, in a few words: "The usability test."
    (not "I don't know.", nor a question back)."""
    return _not_put_off(answer) and len(sentences(answer or "")[0].split()) <= NAMED_WORDS


def _not_put_off(answer: str | None) -> bool:
    """Whether a reply opens without a question back, doubt or a brush-off."""
    said = sentences(answer or "")
    return bool(said) and not (
        said[0].endswith("?") or _UNSURE.match(said[0]) or reactions.BRUSH_OFF.search(said[0])
    )


def _vague(text: str) -> bool:
    """A step left vague; not a concrete step put to try out ("Will you send the first one
    tomorrow, before school, and we'll see how it feels?"), nor one item left open in a plan
    whose other sentences put CONCRETE_BESIDE steps or more ("...and the supervisor line,
    I'll think about it properly")."""
    untried = plan_cues.TRIAL.sub("", text)
    if plan_cues.PLAN.search(untried):  # a step besides the trial ("... next time" is its time)
        text = untried
    said = sentences(text)
    vague = [s for s in said if plan_cues.VAGUE_PLAN.search(s)]
    concrete = [s for s in said if s not in vague and (_puts_step(s) or _SET_TIME.search(s))]
    if concrete and all(_OPTIONAL.search(s) for s in vague):
        return False  # "Two weeks from today, three o'clock. You bring a report if you like."
    return bool(vague) and len(concrete) < CONCRETE_BESIDE


def _puts_step(sentence: str) -> bool:
    return bool(plan_cues.PLAN.search(sentence) or step_reactions.OWN_STEP.search(sentence))
