"""The offline counterpart: replies composed from a scenario's authored material (pure).

A reply answers the learner's move (coach.practice.moves): a yes/no question gets a yes or a
no first, a question about something the line most about it, a summary is confirmed or
corrected, an offer or request is taken up, turned down or questioned (an offer then talked
about), a plan the persona's ideas, objections and commitment, a goodbye a goodbye. Given a seed,
replies are deterministic. No line is said twice in a session: pools fall back to other
suitable pools, then to the shipped scenario-neutral lines, then to combinations of those.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence

from coach.models import LearnerRole, Move, PersonaUpdate
from coach.practice.answers import yes_no_answers
from coach.practice.detail_fix import fix_lines
from coach.practice.disclosing import disclose, disclosed
from coach.practice.near_concerns import hint_to_give
from coach.practice.offline_lines import OfflineLines, offline_lines
from coach.practice.picker import Picker as _Picker
from coach.practice.picker import SaidText
from coach.practice.picker import first_word as _first_word
from coach.practice.reply_parts import (
    YES_NO_LEAD,
    aboutness,
    all_lines,
    chat,
    focus,
    last_question,
    names_topic,
    off_the_story,
    polarity,
    small_talk,
    told_answer,
    too_short,
    without_check,
    yes_no_question,
)
from coach.practice.reply_times import gives_fact, time_told, timed_about, timed_instead
from coach.practice.summary_check import changes_a_fact, corrects
from coach.practice.taking_up import TakingUp
from coach.practice.told import RECENT_LINES, as_told, restated, told_sentences
from coach.practice.word_stems import rarity, stems
from coach.scenarios.models import Scenario

CONTENT_TRUST = 35  # a yes/no answer carries a line of content from here


class OfflineCounterpart:
    """Plays a scenario's persona without a language model, one session per instance."""

    def __init__(self, scenario: Scenario, seed: int = 0, lines: OfflineLines | None = None):
        self.scenario = scenario
        self.seed = seed
        self.lines = lines or offline_lines()
        self._said: list[str] = []
        self._said_text = SaidText()  # the lines of _said and of every history seen
        self._used: set[str] = set()
        self._combinations: dict[tuple[str, ...], Iterator[str]] = {}
        self._taking_up = TakingUp(scenario, self.lines, self._about)
        self._known = scenario.model_dump_json()  # who is a person, for the summary checks
        # each topic's keywords of two or more content words, for _names, worked out once
        self._topic_words = [
            [words for words in map(stems, t.keywords) if len(words) >= 2]
            for t in scenario.material.topics
        ]
        self._thread = ""  # what the persona said last: a reply may carry on from it
        self._heard: Sequence[str] = ()  # the learner's earlier turns, for the turn in hand
        self._told: list[str] = []  # the sentences of the concerns told so far
        self._weights = rarity(all_lines(scenario))

    def reply(
        self,
        update: PersonaUpdate,
        text: str,
        history: Sequence[str],
        heard: Sequence[str] = (),
    ) -> str:
        """The persona's next line answering the learner's turn; never one said earlier.

        Args:
            update: What the learner's turn did to the persona (its move, state, reaction).
            text: The learner's words.
            history: The counterpart's lines so far this session, opening line included.
            heard: The learner's earlier turns (not ``text``).
        """
        self._heard = heard
        picker = self._picker(history)
        self._thread = history[-1] if history else ""
        # A concern the history already tells (a rebuilt session) is not a thing to tell again.
        update = as_told(self.scenario, update, history, picker.is_used)
        before = set(self._used)

        def said_before(line: str) -> bool:
            return line in before or line in picker.said

        # Only a question is answered from what was told: looked up for those alone.
        asks = update.move in (Move.TOPIC_QUESTION, Move.YES_NO_QUESTION)
        told = told_sentences(self.scenario, update, history, text) if asks else []
        self._told = [restated(s, picker.is_used, self.lines.restating) for s in told]
        parts = [p for p in self._answer(update, text, picker, history) if p]
        line = " ".join(parts)
        if (not line or said_before(line)) and len(parts) > 1:
            line = " ".join(parts[1:])  # the lead-in was said before; the rest is new
        if not line or said_before(line):
            line = picker.fallback(self.lines.fallbacks)
        self._said.append(line)
        self._said_text.add(line)
        picker.used.add(line)
        return line

    # --- one reply per move ---------------------------------------------------------------

    def _answer(
        self, update: PersonaUpdate, text: str, picker: _Picker, history: Sequence[str]
    ) -> list[str | None]:
        move, material = update.move, self.scenario.material
        trust = update.state.trust
        if move is Move.JUDGMENT:
            return [picker.pick([material.withdrawals, material.fillers])]
        if move is Move.STOCK_PHRASE:
            if update.state.formulas >= 2:
                return [picker.pick([self.lines.repeated_formula, material.fillers])]
            return [picker.pick([material.fillers, material.acknowledgements])]
        if move is Move.ADVICE:
            return [picker.pick([material.deflections, material.fillers])]
        if move is Move.SMALL_TALK:
            chat = self.lines.small_talk
            return [picker.pick([small_talk(chat, text), chat["other"]])]
        if move is Move.CLOSING:
            goodbye = picker.pick([material.closings, self.lines.closings])
            if update.newly_unlocked:  # said with a hand on the door, then the goodbye
                return [
                    picker.pick([self.lines.doorknob]),
                    *disclosed(self.scenario, update),
                    goodbye,
                ]
            return [goodbye]
        if move is Move.YES_NO_QUESTION:
            return self._yes_no(update, text, picker, history)
        if move is Move.SUMMARY:
            return self._summary(update, text, picker, history)
        if move is Move.OFFER:
            return self._taking_up.offer(trust, text, picker) + disclosed(self.scenario, update)
        if move is Move.REQUEST:
            return self._taking_up.request(update, text, picker)
        if move in (Move.PLAN_INVITE, Move.PLAN_PROPOSAL, Move.COMMIT_INVITE):
            return self._taking_up.plan(update, text, picker) + disclosed(self.scenario, update)
        if move is Move.REFLECTION and changes_a_fact(text, history, self._known, self._heard):
            return [self._correction(text, picker, history)]
        if move is Move.ACKNOWLEDGE:
            lead = picker.pick([material.acknowledgements])
            return [lead, *disclosed(self.scenario, update)] if update.newly_unlocked else [lead]
        return self._content(update, text, picker)

    def _content(self, update: PersonaUpdate, text: str, picker: _Picker) -> list[str | None]:
        """Says more: an earned disclosure (after the answer to a question about something),
        else the line most about what was said."""
        material = self.scenario.material
        asked = update.move is Move.TOPIC_QUESTION
        # A question about a detail of something told is answered by saying it again.
        facts = [material.short_answers, self._told] if asked else []
        says_more = [material.elaborations, self._topic_lines(), *facts]
        # A question or a reflection (which says back the last line: those words count too) is
        # answered by a line looked up before any disclosure: a line taken is a line used.
        answers = asked or update.move is Move.REFLECTION
        heard = f"{text} {self._thread}" if update.move is Move.REFLECTION else text
        answer = self._about(heard, picker, says_more, thread=False) if answers else None
        if update.newly_unlocked:
            if answer:
                return [answer, *disclosed(self.scenario, update)]
            return disclose(self.scenario, update, picker, self.lines.bridges)
        found = answer if answers else self._about(text, picker, says_more)
        if found and asked and (timed := timed_instead(last_question(text), found)):
            found = picker.best(material.short_answers, timed, focused=True) or found
        hint = self._hint(update, text, picker)
        if found is None and asked:
            question, known = last_question(text), [d.text for d in self.scenario.disclosures]
            # "When does the site visit finish?": a line of theirs on the site visit, not the
            # time the last line gave, when a line of their plan names it and gives a time
            when = picker.best(self._plan_lines(), timed_about(question, 2), focused=True)
            when = when or time_told(question, [self._thread, *reversed(self._told)], known)
            when = when or picker.best(material.short_answers, gives_fact(question), focused=True)
            when = when or picker.best(self._plan_lines(), timed_about(question), focused=True)
            if when:
                return [when, hint]
            # Picked only when said: a line picked is a line used for the session.
            return [focus(question), picker.pick([self.lines.unsure]), hint]
        found = found or picker.pick([*says_more, material.short_answers, material.fillers])
        if not hint and update.move in (Move.OPEN_QUESTION, Move.REFLECTION) and too_short(found):
            found = " ".join(p for p in (found, self._more(text, picker)) if p)
        if self._mentee_side() and update.move is Move.STATEMENT:
            return [found, picker.pick([self.lines.clarifying])]
        return [found, hint]

    def _hint(self, update: PersonaUpdate, text: str, picker: _Picker) -> str | None:
        """Near an untold concern, the persona names the area once (near_concerns)."""
        hint = hint_to_give(self.scenario, update, text, picker.is_used)
        return picker.take(hint) if hint else None

    def _more(self, text: str, picker: _Picker) -> str | None:
        """A second line, so that an invitation to say more gets more than a sentence."""
        pools = [self.scenario.material.elaborations, self._topic_lines()]
        return self._about(text, picker, pools) or picker.pick(pools)

    def _yes_no(
        self, update: PersonaUpdate, text: str, picker: _Picker, history: Sequence[str]
    ) -> list[str | None]:
        question = yes_no_question(text)
        authored = self._about(
            question, picker, [self.scenario.material.short_answers], thread=False
        )
        if authored and YES_NO_LEAD.match(authored):
            answer: str | None = authored
        else:
            # what its own lines already say, else a toss (two in three yes)
            said = [*history[-RECENT_LINES:], *self._topic_lines()]  # a turn costs the same late
            told = told_answer(question, said, self._weights)
            yes = polarity(self.seed, question) if told is None else told
            answer = picker.first(yes_no_answers(question, yes))
        if update.newly_unlocked:
            return [answer, *disclosed(self.scenario, update)]
        story = self._weights.keys() | stems(self._thread)
        if chat(question) or off_the_story(question, story, history):
            return [answer]  # "Has yours started giving out hot water and a noise?": chat
        pools = [*self._pools(), self._told]  # "Is that ticket still open?": a detail told
        if update.state.trust >= CONTENT_TRUST:
            return [answer, self._about(text, picker, pools)]
        return [answer, self._about(question, picker, pools, thread=False)]

    def _summary(
        self, update: PersonaUpdate, text: str, picker: _Picker, history: Sequence[str]
    ) -> list[str | None]:
        material = self.scenario.material
        if corrects(without_check(text), history, self.scenario, self._heard):
            return [self._correction(text, picker, history)]
        lead = picker.pick([material.confirmations, material.acknowledgements])
        if update.newly_unlocked:
            return [lead, *disclosed(self.scenario, update)]
        return [lead, self._about(text, picker, [material.elaborations, self._topic_lines()])]

    def _correction(self, text: str, picker: _Picker, history: Sequence[str]) -> str | None:
        """The detail put right when it can be told (coach.practice.detail_fix.fix_lines), else
        a correction line of the scenario's."""
        claim = without_check(text)
        fixes = fix_lines(claim, history, self.lines, self._known, self._heard)
        return picker.pick([fixes, self.scenario.material.corrections, self.lines.fallbacks])

    # --- pieces ---------------------------------------------------------------------------

    def _about(
        self,
        text: str,
        picker: _Picker,
        pools: Sequence[Sequence[str]] | None = None,
        *,
        thread: bool = True,
    ) -> str | None:
        """The unused line most about ``text`` (None when nothing is shared); see
        reply_parts.aboutness for how lines are scored. Without the ``thread`` the line
        answers a question, and of lines equally about it the shortest is the most focused."""
        material = self.scenario.material
        said = stems(text)
        named = {
            line
            for t, worded in zip(material.topics, self._topic_words, strict=True)
            if names_topic(text, said, t.keywords, worded)
            for line in t.lines
        }
        candidates = pools or self._pools()
        question = "" if thread else last_question(text)
        score = aboutness(text, self._thread if thread else "", named, self._weights, question)
        lines = [line for pool in candidates for line in dict.fromkeys(pool)]
        return picker.best(lines, score, focused=not thread)

    def _pools(self) -> list[list[str]]:
        material = self.scenario.material
        return [material.elaborations, self._topic_lines(), material.short_answers]

    def _plan_lines(self) -> list[str]:
        plan = self.scenario.material.plan
        return [*plan.obstacles, *plan.ideas, *plan.commitments] if plan else []

    def _topic_lines(self) -> list[str]:
        return [line for t in self.scenario.material.topics for line in t.lines]

    def _mentee_side(self) -> bool:
        return self.scenario.learner_role is LearnerRole.MENTEE

    def _picker(self, history: Sequence[str]) -> _Picker:
        # Seeded by position too, so a session rebuilt from its history replays the same way.
        rng = random.Random(f"{self.seed}:{len(history)}:{len(self._said)}")
        latest = [*history[-1:]] or self._said[-1:]
        previous = _first_word(latest[0]) if latest else ""
        self._said_text.add_history(history)
        return _Picker(rng, self._said_text, self._used, previous, self._combinations)
