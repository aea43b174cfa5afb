"""Altair charts of the debrief and the progress page."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import altair as alt

from coach.critique.models import PersonaOutcome

# Where persona.openness draws its lines: guarded below 35, open from 60.
OPENNESS_BANDS = [
    {"from": 0, "to": 35, "openness": "guarded"},
    {"from": 35, "to": 60, "openness": "cautious"},
    {"from": 60, "to": 100, "openness": "open"},
]
BAND_COLOURS = alt.Scale(
    domain=["guarded", "cautious", "open"], range=["#f4e3e1", "#f6eedb", "#e2efe4"]
)
LINE_COLOUR = "#3b6ea5"


def trust_points(outcome: PersonaOutcome) -> list[dict[str, int]]:
    """Trust before the first learner turn, then after each of them."""
    start = {"turn": 0, "trust": outcome.trust_start}
    return [start, *({"turn": p["turn"], "trust": p["trust"]} for p in outcome.trust_trace)]


def trust_chart(outcome: PersonaOutcome) -> alt.LayerChart | alt.FacetChart:
    """The counterpart's trust turn by turn, over bands of how open that made them."""
    points = trust_points(outcome)
    last_turn = max(p["turn"] for p in points)
    bands = (
        alt.Chart(alt.Data(values=OPENNESS_BANDS))
        .mark_rect(opacity=0.8)
        .encode(
            y=alt.Y("from:Q", scale=alt.Scale(domain=[0, 100])),
            y2="to:Q",
            color=alt.Color(
                "openness:N", scale=BAND_COLOURS, legend=alt.Legend(title=None, orient="bottom")
            ),
        )
    )
    line = (
        alt.Chart(alt.Data(values=points))
        .mark_line(
            point=alt.OverlayMarkDef(size=60, filled=True), color=LINE_COLOUR, strokeWidth=2.5
        )
        .encode(
            x=alt.X(
                "turn:Q",
                title="Turn",
                scale=alt.Scale(domain=[0, max(last_turn, 1)]),
                axis=alt.Axis(tickMinStep=1),
            ),
            y=alt.Y("trust:Q", title="Trust (0-100)", scale=alt.Scale(domain=[0, 100])),
            tooltip=[alt.Tooltip("turn:Q", title="Turn"), alt.Tooltip("trust:Q", title="Trust")],
        )
    )
    return alt.layer(bands, line).properties(height=260)


def progress_chart(
    rows: Sequence[dict[str, Any]], metric: str, by_scenario: bool, *, legend: bool = True
) -> alt.Chart:
    """One metric over the learner's sessions, a line per scenario when ``by_scenario``."""
    data = [row for row in rows if row["metric"] == metric]
    return (
        alt.Chart(alt.Data(values=data), title=alt.Title(metric, anchor="start", fontSize=14))
        .mark_line(point=alt.OverlayMarkDef(size=50, filled=True), strokeWidth=2)
        .encode(
            x=alt.X("session:Q", title="Session", axis=alt.Axis(tickMinStep=1)),
            y=alt.Y("value:Q", title=None, scale=alt.Scale(zero=True)),
            color=_scenario_colour(by_scenario, legend),
            tooltip=[
                alt.Tooltip("session:Q", title="Session"),
                alt.Tooltip("date:N", title="Started"),
                alt.Tooltip("scenario:N", title="Scenario"),
                alt.Tooltip("value:Q", title=metric, format=".1f"),
            ],
        )
        # fit-x: the chart fills the column's width while the height stays the plot's own.
        .properties(height=200, autosize=alt.AutoSizeParams(type="fit-x", contains="padding"))
    )


def _scenario_colour(by_scenario: bool, legend: bool) -> Any:
    # A legend below or beside the plot takes its room from the plot; above, in one row, it
    # leaves the lines their height. The smaller charts share the first chart's legend.
    if not by_scenario:
        return alt.value(LINE_COLOUR)
    shown = (
        alt.Legend(orient="top", direction="horizontal", title=None, labelLimit=0)
        if legend
        else None
    )
    return alt.Color("scenario:N", legend=shown)
