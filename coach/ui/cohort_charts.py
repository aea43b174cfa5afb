"""Altair charts of the cohort dashboard: the score distribution and metric trends."""

from __future__ import annotations

import altair as alt

from coach.people.cohort_stats import TrendPoint

BAR_COLOUR = "#3b6ea5"
TREND_METRICS = {
    "overall": ("Score", [0, 100]),
    "percent_open_questions": ("Open questions %", [0, 100]),
    "reflection_to_question_ratio": ("Reflections / question", None),
}


def score_histogram(scores: list[int]) -> alt.Chart:
    """How many finished sessions scored in each band of ten points."""
    return (
        alt.Chart(alt.Data(values=[{"overall": s} for s in scores]))
        .mark_bar(color=BAR_COLOUR, cornerRadiusTopLeft=3, cornerRadiusTopRight=3)
        .encode(
            x=alt.X(
                "overall:Q",
                bin=alt.Bin(extent=[0, 100], step=10),
                title="Overall score",
                scale=alt.Scale(domain=[0, 100]),
            ),
            y=alt.Y("count():Q", title="Sessions", axis=alt.Axis(tickMinStep=1)),
            tooltip=[alt.Tooltip("count():Q", title="Sessions")],
        )
        .properties(height=220)
    )


def trend_chart(points: list[TrendPoint], metric: str) -> alt.Chart:
    """The cohort's daily average of ``metric`` over time."""
    title, domain = TREND_METRICS[metric]
    values = [
        {"day": p.day.isoformat(), "value": getattr(p, metric)}
        for p in points
        if getattr(p, metric) is not None
    ]
    scale = alt.Scale(domain=domain) if domain else alt.Scale(zero=True)
    return (
        alt.Chart(alt.Data(values=values))
        .mark_line(point=alt.OverlayMarkDef(size=60, filled=True), color=BAR_COLOUR, strokeWidth=2)
        .encode(
            x=alt.X("day:T", title="Day", axis=alt.Axis(format="%d %b", tickCount="day")),
            y=alt.Y("value:Q", title=title, scale=scale),
            tooltip=[alt.Tooltip("day:T", title="Day"), alt.Tooltip("value:Q", title=title)],
        )
        .properties(height=220)
    )
