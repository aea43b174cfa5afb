"""Charts of the debrief and the progress page, as Vega-Lite specs Streamlit draws.

Plain specs rather than Altair objects: Altair (and the Arrow conversion of top-level chart
data) costs the web app about 27 MB and most of a second on the first debrief. Each layer
carries its data inline, which Streamlit passes to the browser as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from coach.critique.models import PersonaOutcome

Spec = dict[str, Any]

# Where persona.openness draws its lines: guarded below 35, open from 60.
OPENNESS_BANDS = [
    {"from": 0, "to": 35, "openness": "guarded"},
    {"from": 35, "to": 60, "openness": "cautious"},
    {"from": 60, "to": 100, "openness": "open"},
]
BAND_COLOURS = {
    "domain": ["guarded", "cautious", "open"],
    "range": ["#f4e3e1", "#f6eedb", "#e2efe4"],
}
LINE_COLOUR = "#3b6ea5"


def trust_points(outcome: PersonaOutcome) -> list[dict[str, int]]:
    """Trust before the first learner turn, then after each of them."""
    start = {"turn": 0, "trust": outcome.trust_start}
    return [start, *({"turn": p["turn"], "trust": p["trust"]} for p in outcome.trust_trace)]


def trust_chart(outcome: PersonaOutcome) -> Spec:
    """The counterpart's trust turn by turn, over bands of how open that made them."""
    points = trust_points(outcome)
    last_turn = max(p["turn"] for p in points)
    bands = {
        "data": {"values": OPENNESS_BANDS},
        "mark": {"type": "rect", "opacity": 0.8},
        "encoding": {
            "y": field("from", scale={"domain": [0, 100]}),
            "y2": {"field": "to"},
            "color": {
                "field": "openness",
                "type": "nominal",
                "scale": BAND_COLOURS,
                "legend": {"title": None, "orient": "bottom"},
            },
        },
    }
    line = {
        "data": {"values": points},
        "mark": line_mark(60, LINE_COLOUR, 2.5),
        "encoding": {
            "x": field(
                "turn",
                title="Turn",
                scale={"domain": [0, max(last_turn, 1)]},
                axis={"tickMinStep": 1},
            ),
            "y": field("trust", title="Trust (0-100)", scale={"domain": [0, 100]}),
            "tooltip": [field("turn", title="Turn"), field("trust", title="Trust")],
        },
    }
    return {"height": 260, "layer": [bands, line]}


def progress_chart(
    rows: Sequence[dict[str, Any]], metric: str, by_scenario: bool, *, legend: bool = True
) -> Spec:
    """One metric over the learner's sessions, a line per scenario when ``by_scenario``."""
    data = [row for row in rows if row["metric"] == metric]
    layer = {
        "data": {"values": data},
        "mark": line_mark(50, None, 2),
        "encoding": {
            "x": field("session", title="Session", axis={"tickMinStep": 1}),
            "y": field("value", title=None, scale={"zero": True}),
            "color": _scenario_colour(by_scenario, legend),
            "tooltip": [
                field("session", title="Session"),
                field("date", "nominal", title="Started"),
                field("scenario", "nominal", title="Scenario"),
                field("value", title=metric, format=".1f"),
            ],
        },
    }
    return {
        "title": {"text": metric, "anchor": "start", "fontSize": 14},
        # fit-x: the chart fills the column's width while the height stays the plot's own.
        "height": 200,
        "autosize": {"type": "fit-x", "contains": "padding"},
        "layer": [layer],
    }


def field(name: str, kind: str = "quantitative", **options: Any) -> dict[str, Any]:
    """An encoding channel on ``name`` (quantitative unless told), with Vega-Lite options."""
    return {"field": name, "type": kind, **options}


def line_mark(point_size: int, colour: str | None, width: float) -> dict[str, Any]:
    """A line with filled points on it."""
    mark: dict[str, Any] = {
        "type": "line",
        "point": {"size": point_size, "filled": True},
        "strokeWidth": width,
    }
    return mark | ({"color": colour} if colour else {})


def _scenario_colour(by_scenario: bool, legend: bool) -> dict[str, Any]:
    # A legend below or beside the plot takes its room from the plot; above, in one row, it
    # leaves the lines their height. The smaller charts share the first chart's legend.
    if not by_scenario:
        return {"value": LINE_COLOUR}
    shown = (
        {"orient": "top", "direction": "horizontal", "title": None, "labelLimit": 0}
        if legend
        else None
    )
    return {"field": "scenario", "type": "nominal", "legend": shown}
