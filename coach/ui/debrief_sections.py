"""The sections of the debrief page: scorecard, numbers, feedback, concerns, trust, transcript."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import streamlit as st

from coach.critique.debrief import metric_lines, trust_summary
from coach.critique.models import (
    Citation,
    Critique,
    Evidence,
    GrowthArea,
    Metrics,
    PersonaOutcome,
    RubricScore,
    Strength,
)
from coach.models import Speaker, TurnRecord
from coach.ui import charts, transcript
from coach.ui.safe import md

FULL, EMPTY = "\u25cf", "\u25cb"  # filled and empty dots of a 0-4 score


def turn_anchor(turn: int) -> str:
    return f"turn-{turn}"


def quotes(evidence: Sequence[Evidence]) -> None:
    """Each quote with a link to its turn in the transcript below."""
    for item in evidence:
        st.markdown(
            f"[Turn {item.turn}](#{turn_anchor(item.turn)}) \u00b7 *\u201c{md(item.quote)}\u201d*"
        )


def scorecard(critique: Critique, good: Mapping[str, str]) -> None:
    st.subheader("Rubric scorecard", anchor="scorecard", divider="gray")
    st.caption("Each item scored 0-4 against what good looks like in this scenario.")
    for item in critique.rubric:
        _rubric_item(item, good.get(item.id, ""))


def _rubric_item(item: RubricScore, good: str) -> None:
    with st.container(border=True):
        with st.container(
            horizontal=True, horizontal_alignment="distribute", vertical_alignment="center"
        ):
            st.markdown(f"**{md(item.title)}**")
            st.markdown(f":gray[{_dots(item.score)}] **{item.score}/4**", width="content")
        if good:
            st.caption(f"What good looks like: {md(good.strip())}")
        if item.rationale:
            st.markdown(md(item.rationale))
        quotes(item.evidence)


def _dots(score: int) -> str:
    return FULL * score + EMPTY * (4 - score)


def numbers(metrics: Metrics) -> None:
    st.subheader("Your numbers", anchor="numbers", divider="gray")
    st.caption(f"Counted by code over your {metrics.learner_turns} turns.")
    lines = metric_lines(metrics)
    for row in (lines[:3], lines[3:]):
        for column, line in zip(st.columns(3), row, strict=False):
            with column.container(border=True, height="stretch"):
                st.metric(line.label, line.value)
                st.caption(md(line.explanation))


def strengths(items: Sequence[Strength]) -> None:
    st.subheader("What went well", anchor="strengths", divider="gray")
    if not items:
        st.caption("Nothing stood out this time; the growth areas below are the place to start.")
    for item in items:
        st.markdown(f":material/check_circle: **{md(item.title)}**  \n{md(item.detail)}")
        quotes(item.evidence)


def growth(areas: Sequence[GrowthArea]) -> None:
    st.subheader("What to work on", anchor="growth", divider="gray")
    for area in areas:
        with st.container(border=True):
            st.markdown(f"**{md(area.title)}**")
            st.markdown(md(area.detail))
            quotes(area.evidence)
            if area.rewrite is not None:
                said, better = st.columns(2)
                turn = area.rewrite.turn
                said.markdown(f"**You said** ([turn {turn}](#{turn_anchor(turn)}))")
                said.info(md(area.rewrite.original), icon=":material/chat_bubble:")
                better.markdown("**Try instead**")
                better.success(md(area.rewrite.suggested), icon=":material/lightbulb:")
            if area.guidance:
                citations(area.guidance)


def citations(citations: Sequence[Citation]) -> None:
    with st.expander(f"Why: {len(citations)} guidance passages", icon=":material/menu_book:"):
        for citation in citations:
            heading = " \u203a ".join(p for p in (citation.title, citation.heading) if p)
            st.markdown(f"**{md(heading or citation.source)}**")
            st.markdown(_blockquote(citation.text))
            st.caption(f"From {md(citation.source)}")


def _blockquote(text: str) -> str:
    """The passage as a Markdown quote; its source's hard line wraps are joined up."""
    paragraphs = [md(" ".join(part.split())) for part in text.split("\n\n") if part.strip()]
    return "> " + "\n>\n> ".join(paragraphs)


def concerns(outcome: PersonaOutcome) -> None:
    st.subheader("What they were holding back", anchor="concerns", divider="gray")
    st.markdown(trust_summary(outcome))
    found, missed = st.columns(2)
    with found:
        st.markdown(f"**Uncovered** ({len(outcome.uncovered)})")
        for concern in outcome.uncovered:
            turn = (
                ""
                if concern.turn is None
                else f" [turn {concern.turn}](#{turn_anchor(concern.turn)})"
            )
            st.success(f"{md(concern.text)}{turn}", icon=":material/visibility:")
    with missed:
        st.markdown(f"**Missed** ({len(outcome.missed)})")
        for concern in outcome.missed:
            st.warning(md(concern.text), icon=":material/visibility_off:")


def trust(outcome: PersonaOutcome) -> None:
    st.markdown("**Trust, turn by turn**")
    st.vega_lite_chart(spec=charts.trust_chart(outcome), width="stretch")


def conversation(turns: Sequence[TurnRecord], counterpart: str) -> None:
    """The transcript with an anchor per turn, for the quotes above to link to."""
    st.subheader("Transcript", anchor="transcript", divider="gray")
    for turn in turns:
        learner = turn.speaker == Speaker.LEARNER
        avatar = transcript.LEARNER_AVATAR if learner else transcript.COUNTERPART_AVATAR
        with st.chat_message(transcript.speaker_name(turn.speaker, counterpart), avatar=avatar):
            who = transcript.speaker_name(turn.speaker, counterpart)
            # The anchor is built from an integer only; nobody's words go into HTML.
            st.html(f"<span id='{turn_anchor(int(turn.index))}'></span>")
            st.caption(f"Turn {turn.index} \u00b7 {md(who)}")
            st.markdown(md(turn.text))
