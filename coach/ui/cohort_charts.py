"""Charts of the cohort dashboard, as Vega-Lite specs: the score distribution and trends."""

from __future__ import annotations

from typing import Any

from coach.people.cohort_stats import TrendPoint
from coach.ui.charts import Spec, field, line_mark

BAR_COLOUR = "#3b6ea5"
TREND_METRICS = {
    "overall": ("Score", [0, 100]),
    "percent_open_questions": ("Open questions %", [0, 100]),
    "reflection_to_question_ratio": ("Reflections / question", None),
}


def score_histogram(scores: list[int]) -> Spec:
    """How many finished sessions scored in each band of ten points."""
    count: dict[str, Any] = {"aggregate": "count", "type": "quantitative", "title": "Sessions"}
    bars = {
        "data": {"values": [{"overall": s} for s in scores]},
        "mark": {
            "type": "bar",
            "color": BAR_COLOUR,
            "cornerRadiusTopLeft": 3,
            "cornerRadiusTopRight": 3,
        },
        "encoding": {
            "x": field(
                "overall",
                bin={"extent": [0, 100], "step": 10},
                title="Overall score",
                scale={"domain": [0, 100]},
            ),
            "y": count | {"axis": {"tickMinStep": 1}},
            "tooltip": [count],
        },
    }
    return {"height": 220, "layer": [bars]}


def trend_chart(points: list[TrendPoint], metric: str) -> Spec:
    """The cohort's daily average of ``metric`` over time."""
    title, domain = TREND_METRICS[metric]
    values = [
        {"day": p.day.isoformat(), "value": getattr(p, metric)}
        for p in points
        if getattr(p, metric) is not None
    ]
    line = {
        "data": {"values": values},
        "mark": line_mark(60, BAR_COLOUR, 2),
        "encoding": {
            "x": field(
                "day", "temporal", title="Day", axis={"format": "%d %b", "tickCount": "day"}
            ),
            "y": field(
                "value", title=title, scale={"domain": domain} if domain else {"zero": True}
            ),
            "tooltip": [field("day", "temporal", title="Day"), field("value", title=title)],
        },
    }
    return {"height": 220, "layer": [line]}
