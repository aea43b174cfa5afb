"""The studio form's row sections: what the counterpart holds back, what moves its trust, the
rubric; each row is a bordered group, with buttons to add a row or remove the last one."""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from coach.models import Act, Difficulty
from coach.scenarios.form import (
    ConcernRow,
    DisclosureRow,
    LevelRow,
    RubricRow,
    ScenarioForm,
    TopicRow,
    TriggerRow,
)
from coach.scenarios.form_labels import FIELDS as F
from coach.scenarios.models import EvidenceKind, FlawKind
from coach.ui import form_widgets as w

ROW_KINDS = {
    "concerns": (ConcernRow, "hidden concern"),
    "disclosures": (DisclosureRow, "disclosure"),
    "triggers": (TriggerRow, "trust trigger"),
    "rubric": (RubricRow, "rubric item"),
    "topics": (TopicRow, "topic"),
}


@dataclass(frozen=True)
class RowChange:
    """Add a row to a section (``step`` 1) or remove its last row (``step`` -1)."""

    section: str
    step: int


def holding_back(f: ScenarioForm) -> tuple[ScenarioForm, RowChange | None]:
    st.caption(
        "What worries them but is not said at first, and what they reveal once the "
        "learner has earned it (trust, and any moves or topics you name)."
    )
    concerns = []
    for n, row in enumerate(f.concerns):
        with st.container(border=True):
            short, worry = st.columns([1, 3])
            with short:
                name = w.text("Short name", f"c{n}-name", row.name)
            with worry:
                text = w.text(f"Hidden concern {n + 1}: what worries them", f"c{n}-text", row.text)
            concerns.append(ConcernRow(name=name, text=text))
    change = row_buttons("concerns", len(f.concerns))
    names = [c.name for c in concerns if c.name]
    disclosures = [_disclosure(n, row, names, f.disclosures) for n, row in enumerate(f.disclosures)]
    change = row_buttons("disclosures", len(f.disclosures)) or change
    return f.model_copy(update={"concerns": concerns, "disclosures": disclosures}), change


def _disclosure(
    n: int, row: DisclosureRow, concerns: list[str], rows: list[DisclosureRow]
) -> DisclosureRow:
    others = [d.name for i, d in enumerate(rows) if i != n and d.name]
    with st.container(border=True):
        short, concern, trust = st.columns([1, 1, 2])
        with short:
            name = w.text("Short name", f"d{n}-name", row.name)
        with concern:
            uncovers = w.choose(
                F["concern"], f"d{n}-concern", row.concern, ["", *concerns], lambda c: c or "(none)"
            )
        with trust:
            needed = w.slider(
                F["min_trust"],
                f"d{n}-trust",
                row.min_trust,
                0,
                100,
                help="At standard difficulty; 0 is none, 100 is complete.",
            )
        return DisclosureRow(
            name=name,
            concern=uncovers,
            text=w.area(f"Disclosure {n + 1}: what they say", f"d{n}-text", row.text, height=90),
            keywords=w.text(
                F["keywords"],
                f"d{n}-keywords",
                row.keywords,
                help="Separated by commas; a learner's summary that uses one of "
                "them shows this was heard.",
            ),
            hint=w.text(
                "A hint, before they trust enough (optional)",
                f"d{n}-hint",
                row.hint,
                help="What they say when the learner comes near this too early: names the "
                "area, tells nothing of it.",
            ),
            min_trust=needed,
            acts=w.choose_many(
                F["acts"],
                f"d{n}-acts",
                row.acts,
                list(Act),
                w.words,
                help="Any one of them on the same turn; none means any move.",
            ),
            topics=w.text(F["topics"], f"d{n}-topics", row.topics, help="Separated by commas."),
            after=w.choose_many(F["after"], f"d{n}-after", row.after, others),
        )


def trust(f: ScenarioForm) -> tuple[ScenarioForm, RowChange | None]:
    st.caption(
        "Beyond the general rules (open questions and reflections build trust, judgement "
        "and early advice cost it), what moves this counterpart's trust."
    )
    triggers = []
    for n, row in enumerate(f.triggers):
        with st.container(border=True):
            what, delta = st.columns([3, 1])
            with what:
                description = w.text(
                    f"Trust trigger {n + 1}: what it is", f"t{n}-what", row.description
                )
            with delta:
                moved = w.slider(F["delta"], f"t{n}-delta", row.delta, -30, 30)
            acts, keywords, once = st.columns([2, 2, 1], vertical_alignment="bottom")
            with acts:
                chosen = w.choose_many(F["acts"], f"t{n}-acts", row.acts, list(Act), w.words)
            with keywords:
                said = w.text("Or words the learner says", f"t{n}-keywords", row.keywords)
            with once:
                first = w.check(F["once"], f"t{n}-once", row.once)
            triggers.append(
                TriggerRow(
                    description=description, delta=moved, acts=chosen, keywords=said, once=first
                )
            )
    change = row_buttons("triggers", len(f.triggers))
    st.markdown("**Difficulty**")
    levels = {}
    for level, column in zip(Difficulty, st.columns(3), strict=True):
        level_row = f.levels.get(level, LevelRow())
        with column:
            levels[level] = LevelRow(
                starting_trust=w.slider(
                    f"{F['starting_trust']} ({level.value})",
                    f"l-{level.value}-start",
                    level_row.starting_trust,
                    0,
                    100,
                ),
                threshold_shift=w.slider(
                    f"{F['threshold_shift']} ({level.value})",
                    f"l-{level.value}-shift",
                    level_row.threshold_shift,
                    -40,
                    40,
                ),
                gain=w.number(
                    f"{F['gain']} ({level.value})",
                    f"l-{level.value}-gain",
                    level_row.gain,
                    min_value=0.1,
                    max_value=3.0,
                    step=0.1,
                ),
            )
    return f.model_copy(update={"triggers": triggers, "levels": levels}), change


def rubric(f: ScenarioForm) -> tuple[ScenarioForm, RowChange | None]:
    st.caption(
        "What the learner is scored on. Evidence and flaws are found by the critique "
        "in the learner's own words."
    )
    items = []
    for n, row in enumerate(f.rubric):
        with st.container(border=True):
            title, weight = st.columns([3, 1])
            with title:
                named = w.text(f"Rubric item {n + 1}: title", f"r{n}-title", row.title)
            with weight:
                weighed = w.number(
                    F["weight"], f"r{n}-weight", row.weight, min_value=0.5, max_value=10.0, step=0.5
                )
            items.append(
                RubricRow(
                    name=row.name,
                    title=named,
                    weight=weighed,
                    good=w.area(F["good"], f"r{n}-good", row.good, height=80),
                    evidence=w.choose_many(
                        F["evidence"], f"r{n}-evidence", row.evidence, list(EvidenceKind), w.words
                    ),
                    against=w.choose_many(
                        F["against"], f"r{n}-against", row.against, list(FlawKind), w.words
                    ),
                )
            )
    return f.model_copy(update={"rubric": items}), row_buttons("rubric", len(f.rubric))


def row_buttons(section: str, count: int) -> RowChange | None:
    noun = ROW_KINDS[section][1]
    row = st.container(horizontal=True)
    if row.button(f"Add a {noun}", key=f"add-{section}", icon=":material/add:"):
        return RowChange(section, 1)
    if count and row.button(
        f"Remove the last {noun}", key=f"drop-{section}", icon=":material/remove:"
    ):
        return RowChange(section, -1)
    return None


def changed(form: ScenarioForm, change: RowChange) -> ScenarioForm:
    """The form with a row added to, or the last row removed from, a section."""
    rows = list(getattr(form, change.section))
    if change.step > 0:
        rows.append(ROW_KINDS[change.section][0]())
    else:
        rows = rows[:-1]
    return form.model_copy(update={change.section: rows})
