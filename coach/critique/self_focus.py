"""Self-focus (pure): turning the talk to one's own story, unasked. Split from
coach.critique.flaws, which lists it with the others.

Answering their question about oneself, owning one's part, naming one's power or a boundary is
not self-focus; nor is one story that hands the floor back, or one short story, said beside
what they told, that they welcome.
"""

from __future__ import annotations

import re

from coach.coder.words import content_words
from coach.critique import cues, story_cues
from coach.critique.detectors import reflection
from coach.critique.evidence import CodedSession, first_sentences, sentences
from coach.critique.flaw_base import Flaw, make_flaw
from coach.critique.listening import opened_up
from coach.critique.summaries import summaries
from coach.critique.turns import asked_about_me, turns_where
from coach.models import Act, LearnerRole
from coach.scenarios.models import FlawKind

LONG_SELF_STORY = 40  # words of sentences about oneself that make a turn about the speaker
STORY_SHARE = 0.6  # ... when they are also most of the turn
STORY_WITH_CUE = 20  # words about oneself after "that takes me back" or "when I was your age"
SHORT_SELF_STORY = 30  # words of a story of one's own past that make a turn about the speaker...
STORY_SHARE_HIGH = 0.8  # ... when it is nearly all of it
SAID_BACK_WORDS = 2  # content words of their last turn that make a sentence theirs said back


def self_focus(session: CodedSession, role: LearnerRole) -> Flaw | None:
    """Turning the talk to one's own story, unasked: "when I was your age", "that takes me
    back", or a long turn told mostly in the first person about one's own past. Answering their
    question about oneself, or saying how one will handle things, is not self-focus."""

    said_back = {*reflection(session), *summaries(session)}

    def about_me(t: int) -> bool:
        text = session.text(t)
        cued = story_cues.SELF_STORY.search(text)
        reply = first_sentences(session.next_counterpart(t), 3)
        # "That's a lovely story.", "That's your experience.", "That works for you."
        remarked = story_cues.STORY_REMARKED.search(reply)
        put_aside = story_cues.STORY_PUT_ASIDE.search(first_sentences(reply, 2))
        if (remarked or put_aside) and _told_of_self(text) >= STORY_WITH_CUE:
            return not asked_about_me(session.previous_counterpart(t))
        told, words = _told_of_self(text), len(text.split())
        if t in said_back and not cued and not _story_after(session, t):
            return False  # "...the one steady voice was mine": their story, said back
        apology = session.coding(t).has(Act.APOLOGY) and not cued  # "Sorry. That takes me back"
        # "Here's my side", "I was vague"; one's own limit (the boundary) or power: no story
        mine = cues.OWN_SIDE.search(text) or cues.BOUNDARY.search(text)
        told_mine = not cued and (cues.POWER.search(text) or cues.OWNERSHIP.search(text))
        owning = apology or bool(mine or told_mine)
        if asked_about_me(session.previous_counterpart(t)) or owning:
            return False  # answering them, or owning one's part, is not turning to oneself
        if cued:
            return told >= STORY_WITH_CUE
        story = _story_told(text)
        if story >= SHORT_SELF_STORY and story >= STORY_SHARE_HIGH * words:
            return True  # "When I went for my first planning post, my boss read... I was
            # furious, then I got the job. So I'm a great believer in honest red pen. What's..."
        return told >= LONG_SELF_STORY and told >= STORY_SHARE * words

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
    if text.rstrip().endswith("?") or (said and story_cues.WONDERS.match(said[-1])):
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
    short = brief or said_back or not story_cues.SELF_STORY.search(text)
    # (or one they answer by asking about the learner, not about the learner's story: "A month.
    # Huh. Lu's been going on three. So what's in this for you, anyway?", not "How did you
    # handle yours?")
    # (their brief story asked about too, "What'd you do about it?", when the learner answers
    # in a few words and hands the floor back: "Badly, for a while... I'd rather hear about
    # yours, though. ...what's been hardest?"; not a long one, which declining to go on with
    # does not undo, unless it first said back what they told)
    story_asked = bool(story_cues.ASKS_THEIR_STORY.search(reply))
    handed_back = (brief or said_back) and _handed_back(session, turn)
    asked = handed_back if story_asked else asked_about_me(reply)
    # (or one they take in by saying a detail of it back before going on: "Huh. A year. Yeah.")
    welcomed = opened_up(reply) or asked or _detail_taken_up(reply, text)
    return short and welcomed and not story_cues.STORY_PUT_ASIDE.search(first_sentences(reply, 2))


def _detail_taken_up(reply: str, text: str) -> bool:
    """A span of time from the learner's story said back on its own early in the reply ("Huh.
    A year. Yeah.")."""
    said = sentences(first_sentences(reply, 3))
    return any(_SPAN.fullmatch(s) and content_words(s) <= content_words(text) for s in said)


# "you know" or "you see" said in passing, addressing nobody.
_FILLER_YOU = re.compile(r"\byou (?:know|see)\b(?=\W*$|[,.!?])", re.I)
_SPAN = re.compile(
    r"\W*(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)"
    r" (?:years?|months?|weeks?|days?)[.!?]*",
    re.I,
)


def _handed_back(session: CodedSession, turn: int) -> bool:
    """Whether the learner's next turn tells little of their own and ends on a question, or
    hands the floor back in so many words ("Eventually... But this is yours, not mine.")."""
    answer = session.next_learner(turn)
    text = session.text(answer) if answer is not None else ""
    back = text.rstrip().endswith("?") or story_cues.HANDS_BACK.search(text)
    return bool(back) and _told_of_self(text) < STORY_WITH_CUE


def _story_after(session: CodedSession, turn: int) -> bool:
    """Whether a turn that says back what they told goes on to a long story of one's own, in
    words not theirs, and hands nothing back ("So the time sheet looks neater than the quarter
    felt. I recognise that one. In 2012 I did exactly the same... My wife still teases me about
    the spreadsheet...")."""
    text = session.text(turn)
    told = _told_of_self(text, session.previous_counterpart(turn) or "")
    long = told >= LONG_SELF_STORY and told >= STORY_SHARE * len(text.split())
    return long and not text.rstrip().endswith("?")


def _told_of_self(text: str, theirs: str = "") -> int:
    """Words of the sentences about the learner alone (that share fewer than SAID_BACK_WORDS
    content words with ``theirs``, when given: not their story said back with oneself in it,
    "The flat went quiet when Shona left, and... the one steady voice was mine.")."""
    heard = content_words(theirs)
    told = [s for s in sentences(text) if my_story(s)]
    return sum(len(s.split()) for s in told if len(content_words(s) & heard) < SAID_BACK_WORDS)


def _story_told(text: str) -> int:
    """Words of a story of the learner's own past: from a sentence that begins one ("When I
    went for...", "I had..."), with the sentences after it about them or naming no one ("I
    had a fixed-term post myself in my twenties... Horrible feeling. It worked out.")."""
    told, going_on = 0, False
    for sentence in sentences(text):
        if my_story(sentence) and (going_on or _STORY_OPENS.search(sentence)):
            told, going_on = told + len(sentence.split()), True
        elif going_on and _goes_on(sentence):
            told += len(sentence.split())
        else:
            going_on = False
    return told


# A story of one's own past begun: "When I went for my first planning post...", "I had a
# fixed-term post myself in my twenties", "Back when I started..."
_STORY_OPENS = re.compile(
    r"^\W*(?:(?:so|and|but|well|funny|honestly|actually)[,.]?\s+)*(?:(?:back )?when i\b"
    r"|i (?:was|had|did|went|got|took|joined|started|spent|worked|used to|once|remember)\b"
    r"|in my (?:first|twenties|thirties|last|old)\b|at my (?:first|last|old)\b)",
    re.I,
)


def _goes_on(sentence: str) -> bool:
    """A sentence that names no one and asks nothing, which goes on with the story before it."""
    return "?" not in sentence and not (
        cues.FIRST_PERSON.search(sentence)
        or cues.SECOND_PERSON.search(sentence)
        or _SOMEONE.search(sentence)
    )


_SOMEONE = re.compile(r"\b(?:we|us|our|they|them|their|he|him|his|she|her)\b", re.I)


def my_story(sentence: str) -> bool:
    """A sentence about the learner alone: in the first person, not addressing the other (the
    "your" of "When I was your age" addresses nobody)."""
    own = story_cues.SELF_STORY.sub(" ", sentence)
    own = _FILLER_YOU.sub(" ", own)  # "I nearly went into modelling myself, you know."
    if cues.SECOND_PERSON.search(own) or story_cues.NOT_A_STORY.search(sentence):
        return False
    return bool(cues.FIRST_PERSON.search(sentence))
