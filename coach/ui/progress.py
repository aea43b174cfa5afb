"""Progress page: the learner's debriefed sessions and their skill metrics over time."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import streamlit as st

from coach.critique.progress import (
    CHARTED,
    DELIVERY_CHARTED,
    ProgressPoint,
    chart_rows,
    for_scenario,
    practised_scenarios,
    summarise,
)
from coach.errors import ScenarioError
from coach.people.models import Viewer
from coach.ui import charts, routes, state
from coach.ui.resources import account_service, coach_services, learner_data
from coach.voice import thresholds as limits

ALL = "All scenarios"


def render() -> None:
    viewer = state.require_viewer()
    st.title("Progress")
    st.caption("How your listening and questioning change from one debriefed session to the next.")
    points = learner_data().progress(viewer)
    _undebriefed_note(viewer, {p.session_id for p in points})
    if not points:
        st.info(
            "Finish a practice session and read its debrief to start your progress.",
            icon=":material/info:",
        )
        routes.link("library", "Go to the scenario library")
        return
    titles = {sid: _title(sid) for sid in practised_scenarios(points)}
    choice = st.selectbox("Scenario", [ALL, *titles], format_func=lambda s: titles.get(s, s))
    chosen = for_scenario(points, None if choice == ALL else choice)
    _summary(chosen)
    _charts(chosen, titles, by_scenario=choice == ALL and len(titles) > 1)
    _history(chosen, titles)


def _title(scenario_id: str) -> str:
    try:
        return coach_services().scenarios.get(scenario_id).title
    except ScenarioError:
        return scenario_id


def _undebriefed_note(viewer: Viewer, debriefed: set[int]) -> None:
    ended = [r for r in account_service().sessions_of(viewer) if r.ended_at is not None]
    waiting = [r for r in ended if r.id not in debriefed]
    if waiting:
        st.caption(
            f"{len(waiting)} ended session(s) have no debrief yet; open them under My sessions."
        )


def _summary(points: Sequence[ProgressPoint]) -> None:
    summary = summarise(points)
    change = None if summary.change is None else f"{summary.change:+d} since your first"
    with st.container(horizontal=True, gap="medium"):
        st.metric("Sessions", summary.sessions, border=True)
        st.metric("Latest score", f"{summary.latest_overall}/100", change, border=True)
        st.metric("Best score", f"{summary.best_overall}/100", border=True)


def _charts(points: Sequence[ProgressPoint], titles: dict[str, str], *, by_scenario: bool) -> None:
    rows = chart_rows(points, titles)
    overall, open_questions, reflections = CHARTED.values()
    st.vega_lite_chart(spec=charts.progress_chart(rows, overall, by_scenario), width="stretch")
    left, right = st.columns(2)
    for column, metric in ((left, open_questions), (right, reflections)):
        chart = charts.progress_chart(rows, metric, by_scenario, legend=False)
        column.vega_lite_chart(spec=chart, width="stretch")
    st.caption("Aim for most questions open, and two or more reflections for every question.")
    if any(p.words_per_minute is not None for p in points):
        _delivery_charts(rows, by_scenario=by_scenario)


def _delivery_charts(rows: list[dict[str, Any]], *, by_scenario: bool) -> None:
    st.subheader("How you sounded", anchor=False)
    for column, metric in zip(st.columns(2), DELIVERY_CHARTED.values(), strict=True):
        chart = charts.progress_chart(rows, metric, by_scenario, legend=False)
        column.vega_lite_chart(spec=chart, width="stretch")
    st.caption(
        f"Sessions you spoke in. A comfortable pace is {limits.SLOW_WPM}-{limits.FAST_WPM} "
        f"words a minute; more than {limits.MAX_FILLERS_PER_MINUTE:g} filler words a minute "
        "is heard as a habit."
    )


def _history(points: Sequence[ProgressPoint], titles: dict[str, str]) -> None:
    st.subheader("History", anchor=False)
    rows = [
        {
            "Date": p.started_at.strftime("%d %b %Y"),
            "Scenario": titles.get(p.scenario_id, p.scenario_id),
            "Score": p.overall,
            "Open": p.percent_open_questions,
            "Reflections": p.reflection_to_question_ratio,
        }
        for p in reversed(points)
    ]
    st.caption("Select a row to open that session's debrief.")
    table = st.dataframe(
        rows,
        hide_index=True,
        width="stretch",
        key="progress-history",
        on_select="rerun",
        selection_mode="single-row",
        column_config={
            "Date": st.column_config.TextColumn(width="small"),
            "Scenario": st.column_config.TextColumn(width="medium"),
            "Score": st.column_config.ProgressColumn(
                min_value=0, max_value=100, format="%d", color="blue", width="small"
            ),
            "Open": st.column_config.NumberColumn(
                format="%.0f%%", width="small", help="Share of your questions that were open."
            ),
            "Reflections": st.column_config.NumberColumn(
                format="%.1f", width="small", help="Reflections and summaries per question."
            ),
        },
    )
    picked = table.selection.rows
    if picked:
        session_id = list(reversed(points))[picked[0]].session_id
        routes.go("debrief", {"session": str(session_id)})


if __name__ == "__main__":
    render()
