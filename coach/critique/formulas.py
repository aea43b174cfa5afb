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
from coach.critique.turns import turns_where
from coach.models import Act, LearnerRole
from coach.scenarios.models import FlawKind

# A saying about how things go in general, put where their own story was: "Busy hands, as
# they say.", "It all comes out in the wash eventually.", "Life does like to bunch things up",
# "These things have a way of washing out", "The safest hands always get handed the heaviest
# parcels.", "growth is never a straight line", "nobody learns the steps overnight", "Good
# things come from...", "yours will find its shape too", "Everyone's Part 3 is shaped
# differently".
PLATITUDE = re.compile(
    # A saying about every thing of a kind, about no one here: "Every pencil draws its own
    # line.", "Every deadline is a teacher." (not "every time", "every bit of it", nor one that
    # says you, I or we; "Each new chapter..." is left to how the counterpart takes it)
    r"^\W*(?:(?:well|and|but|so|remember|ah|after all|hey|the way i (?:look at|see) it)[,.]?\s+)*"
    r"every (?!(?:time"
    r"|day|week|month|morning|evening|night|year|session|other|one|single|few|bit|part|word"
    r"|of|step|hour|minute|fortnight|term|quarter|weekend|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|spring|summer|autumn|winter)\b)[a-z-]+"
    r"(?![^.!?]*\b(?:you|your|you're|yours|i|i'm|i've|me|my|we|our|us)\b)[^.!?]{0,60}[.!]?$"
    r"|\bas (?:they|people) say\b|\bas the saying goes\b|\bcomes? out in the wash\b"
    r"|\b(?:these|such) things (?:have a way of|tend to|happen for|find (?:their|a) way)\b"
    # a saying given as one: "I always say a missed obs isn't a missed patient", "that's what
    # my old sister used to say", "We all drop a stitch now and then"
    r"|\bi always say\b|\bwhat my (?:\w+ ){0,2}(?:used to|would always|always used to) say\b"
    r"|\bas my (?:\w+ ){0,2}(?:used to say|always said|would say)\b"
    r"|^\W*we all\b[^.!?]*\bnow and (?:then|again)\b"
    r"|\blife (?:does|has a way"
    r"|likes to|tends to)\b|\bit is what it is\b|\bthat's life\b|\bsuch is life\b"
    r"|^\W*the \w+est \w+ always\b|\b(?:is|are|isn't|aren't) never a straight line\b"
    r"|\b(?:nobody|no one|no-one) (?:learns|gets|masters|becomes|finds)\b[^.?!]* overnight\b"
    r"|\bgood things (?:come|happen|take time)\b"
    r"|\bwill find (?:its|their|your) (?:shape|way|feet)\b"
    r"|\b(?:everyone|everybody)(?:'s| is) (?:\w+ )?(?:different|shaped differently)\b"
    # "Change is never easy, but it's how we grow.", "that's half the battle", "everyone's
    # got their thing", "You've clearly got what it takes", "this room's a no-blame room"
    r"|\bis never (?:easy|simple)\b|\b(?:it's|that's|is|are) how (?:we|you|people) (?:grow"
    r"|learn)\b|\bhalf the battle\b|\b(?:everyone|everybody)(?:'s got| has got| has) (?:their"
    r"|a) (?:thing|things|own (?:thing|stuff|struggles))\b|\bgot what it takes\b"
    r"|\b(?:no-blame|blame-free|judge?ment-free|no-judge?ment) (?:room|zone|space)\b"
    # "good people have a way of landing on their feet", "Every question is a good question",
    # "no question too small"
    r"|\bland(?:s|ing|ed)? on (?:their|your) feet\b|\bevery question is a good question\b"
    r"|\bno question (?:is )?too (?:small|silly|stupid)\b"
    # "Every bit of feedback is a chance for me to grow", "It's all part of us growing
    # together", "Every conversation like this makes the relationship stronger"
    r"|\b(?:a |an )?(?:chance|opportunity) (?:for (?:me|us|you) )?to grow\b"
    r"|\bpart of (?:us |our |the )?(?:growing|growth)\b"
    r"|\bmakes? (?:the|our) relationship stronger\b"
    # "Every challenge is an opportunity in disguise", "nobody's expecting perfection", "We're
    # all still learning", "The door's always open", "that's such a human thing", "Please
    # don't let that keep you up at night"
    r"|\bevery (?:challenge|setback|problem|mistake|failure|obstacle) is (?:an? |just an? )?"
    r"(?:opportunity|chance|lesson|teacher)\b"
    r"|\b(?:nobody|no one|no-one)(?:'s| is) (?:expecting|asking for) perfection\b"
    r"|\bwe(?:'re| are) all (?:still )?learning\b|\b(?:my|the) door(?:'s| is) always open\b"
    r"|\bsuch a human thing\b|\bdon't let (?:it|that|this) keep you up at night\b"
    # "Please don't ever doubt yourself", "Family first, always", "Long nights make everything
    # look bigger", "You'll feel differently after a proper sleep"
    r"|\bdon't (?:ever )?doubt yourself\b|\bfamily (?:comes )?first\b"
    r"|\bmakes? everything (?:look|seem|feel) (?:bigger|worse|harder)\b"
    r"|\byou'll feel (?:differently|better|different) (?:after|once|in the morning|tomorrow)\b"
    # "Rite of passage for every new supervisor.", "the golden rule"
    r"|\brite of passage\b|\bthe golden rule\b"
    # a saying handed down: "as my old principal used to say", "As I always tell my juniors"
    r"|\bas (?:my|our) (?:old |late |first |dear )?\w+(?: \w+)? (?:used to|would always|always)"
    r" (?:say|tell (?:me|us))\b|\bas i always (?:tell|say)\b"
    # "it's what's in the box that counts", "One wet Tuesday never sank a career.", "Don't
    # give that a second thought."
    r"|\bwhat's (?:inside|underneath|on the inside|in the \w+) that counts\b"
    r"|^\W*one (?:\w+ ){0,2}(?:never|doesn't|does not|won't) \w+ (?:out )?(?:a|an|anyone|anybody)\b"
    r"|\bdon't give (?:it|that|this) (?:a )?second thought\b"
    # a thing of a kind said to be one thing and not another: "A logbook's a diary, not a
    # verdict", "Partnership is a staircase, not a lift" (not "It's a draft, not a plan")
    r"|^\W*(?:an? )?(?!(?:it|this|that|there|he|she|they|what|which|who|mine|yours)\b)[a-z-]+"
    r"(?:'s| is| are) (?:just |only )?an? [a-z-]+,? not an? [a-z-]+\b"
    # "you live and learn", "Different strokes.", "just be yourself", "Everything else tends to
    # fall into place", "part of the Part 3 journey", "that's what makes a team a team"
    r"|\byou live and learn\b|\bdifferent strokes\b|\bjust be yourself\b"
    r"|\b(?:everything|things|it all)(?: else)? (?:tends? to |will |always )?falls? into place\b"
    r"|\bpart of the (?:\w+ ){0,2}journey\b|\bwhat makes a (\w+) an? \1\b"
    # a kind likened to a thing, about no one here: "Good analysts are like good signals";
    # "The tram never comes any quicker for staring down the rails"; "...and the rest will
    # follow"; "Whatever's coming, every line finds its riders in the end."
    r"|^\W*(?:good|great|the best|real) [a-z-]+s are like (?:an? |good |great )?[a-z-]+"
    r"(?![^.!?]*\b(?:you|your|you're|i|i'm|me|my|we|our|us)\b)"
    r"|\bnever \w+ any (?:quicker|faster|sooner) for\b|\bthe rest (?:will|tends to) follow\b"
    r"|^\W*whatever(?:'s| is) (?:coming|ahead|next),\s+every [a-z-]+ \w+s (?:its|their)\b"
    # "a good plan is half the building", "It's the architect's lot.", "Onwards and upwards."
    r"|\b(?:a )?good [a-z-]+ is half the [a-z-]+\b"
    r"|\b(?:it's|that's) (?:the|our|an?) [a-z-]+'s lot\b|\bonwards? and upwards?\b"
    # "nobody ever planted a tree without getting mud on their boots", "Fear is just enthusiasm
    # without a planting plan", "Facts are just feelings with timestamps", "You'll grow into it."
    r"|\b(?:nobody|no one|no-one) ever \w+ [^.!?]{0,40}\bwithout\b"
    r"|^\W*(?!(?:it|this|that|there|he|she|they|what|which|who|mine|yours)\b)[a-z-]+ (?:is|are)"
    r" (?:just|only|simply|nothing but) (?:an? )?(?!(?:someone|somebody|one)\b)[a-z-]+"
    r" (?:without|with) (?:an? |its |their |the )?[a-z-]+"
    r"|\byou'll grow into (?:it|the role|the job)\b"
    # "as I tell my planners, ...", "my gran used to say what's meant for you won't pass you
    # by", "Good work always finds its way to the right desk.", "...and let the rest follow."
    r"|\bas i (?:always )?tell (?:my|our|the) \w+\b"
    r"|\b(?:my|our) (?:old |late )?(?:gran|granny|grandma|grandmother|nan|nana|grandad|grandpa"
    r"|grandfather) used to say\b|\bwhat's meant for you (?:won't|will not) (?:pass|miss)"
    r"|\balways finds? (?:its|their) way\b|\blet the rest follow\b",
    re.I,
)


# A saying heard as one: "That's a saying.", "It isn't a 'different strokes' thing.", "You
# keep saying that."
HEARD_AS_FORMULA = cues.phrases(
    r"that's (?:just )?a (?:saying|slogan|platitude|cliche|cliché|fridge magnet|poster)",
    r"(?:it|this) (?:isn't|is not|wasn't) (?:a|an) ['\"\u2018\u201c][\w' -]{2,30}['\"\u2019\u201d]"
    r" thing",
    r"you keep saying that",
    # "I don't know what a drawing nobody's dimensioned is meant to tell me."
    r"is (?:meant|supposed) to tell me",
)


def stock_phrases(session: CodedSession, role: LearnerRole) -> Flaw | None:
    """Formulas that answer nothing the counterpart said, nor ask an open question that opens
    them up, or sayings about how things go in general put where their story was: two or more
    turns of them (a turn of formulas and chat alone, "Perfect. No rush at all. Whenever feels
    right.", counts too when nothing in it picked up their words, unless it thanks them:
    courtesy, not a stand-in for listening)."""

    def formulas(t: int) -> bool:
        if session.coding(t).has(Act.OPEN_QUESTION) and opened_up(session.next_counterpart(t)):
            return False  # "Thank you for saying that so clearly. What's the rest of it?"
        if _answers_who_or_what(session, t):
            return False  # "Who's the email to?" "Their ops director. Helen Marsh."
        if _feeling_taken_up(session, t):
            return False  # "...And maybe a bit lonely, given it's your one hour." "Lonely is..."
        if session.coding(t).has(Act.STOCK_PHRASE) and not _courtesy_beside(session, t):
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
        ),
    )
    return make_flaw(FlawKind.STOCK_PHRASES, turns, 1.5, 5.0) if len(turns) >= 2 else None


_THANKS = re.compile(r"\b(?:thank|thanks|appreciate)\b", re.I)
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
    time."), or whose only formula is a short thank-you beside sentences of its own that name
    a particular ("Thank you for telling me. That's a lot to carry on top of
    board week... I'll make sure Thursday doesn't depend on you"): courtesy, not a formula put
    where listening was."""
    said = [(s, sentence_acts(s)) for s in sentences(session.text(turn))]
    stock = [s for s, a in said if Act.STOCK_PHRASE in a]
    rest = [(s, a) for s, a in said if s not in stock]
    if stock and all(cues.TIME_TO_SAY_IT.search(s) for s in stock):
        return True  # "Take your time. What's on the note?", "No rush. Say it however it comes"
    courteous = all(_THANKS.search(s) and len(s.split()) <= COURTESY_WORDS for s in stock)
    # (or beside a long reflection of its own about them: "So something you told him in good
    # faith got turned into a mark against you, and it cost you years.")
    return (
        bool(stock)
        and courteous
        and any(names_particular(s, session.names) or _reflects_at_length(s, a) for s, a in rest)
    )


LONG_REFLECTION = 15  # words of a reflection about them that is listening in its own right


def _reflects_at_length(sentence: str, acts: frozenset[Act]) -> bool:
    return (
        Act.REFLECTION in acts
        and bool(cues.SECOND_PERSON.search(sentence))
        and len(sentence.split()) >= LONG_REFLECTION
    )


def _platitudes(session: CodedSession, turn: int) -> bool:
    """A turn that offers a saying in place of what they told, whatever words of theirs it
    borrows, and asks them nothing."""
    text = session.text(turn)
    return any(PLATITUDE.search(s) for s in sentences(text)) and not session.coding(turn).has(
        Act.OPEN_QUESTION
    )


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
