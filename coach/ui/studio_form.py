"""The studio's form: every part of a scenario as boxes, rows and lists, no YAML.

``draw`` shows the form and returns what it now holds, plus a row to add or remove when the
trainer asked for one (applied by the page, which then redraws the form from the result).
"""

from __future__ import annotations

import streamlit as st

from coach.models import LearnerRole
from coach.scenarios.form import ScenarioForm, TopicRow
from coach.scenarios.form_labels import FIELDS as F
from coach.scenarios.form_labels import POOL_LABELS
from coach.scenarios.models import Pronouns
from coach.ui import form_widgets as w
from coach.ui.studio_rows import RowChange, holding_back, row_buttons, rubric, trust

ONE_PER_LINE = "One per line."
VOICE_HELP = "Optional. A voice the speech server knows (OpenAI: alloy, verse, coral...)."
POOL_MINIMUM = {"elaborations": 4, "short_answers": 4, "deflections": 3, "withdrawals": 3}


def draw(form: ScenarioForm) -> tuple[ScenarioForm, RowChange | None]:
    """Show the form; return its current values and any row change asked for."""
    tabs = st.tabs(["Basics", "Counterpart", "Holding back", "Trust", "Rubric", "Lines"])
    changes: list[RowChange | None] = []
    with tabs[0]:
        form = _basics(form)
    with tabs[1]:
        form = _counterpart(form)
    with tabs[2]:
        form, change = holding_back(form)
        changes.append(change)
    with tabs[3]:
        form, change = trust(form)
        changes.append(change)
    with tabs[4]:
        form, change = rubric(form)
        changes.append(change)
    with tabs[5]:
        form, change = _lines(form)
        changes.append(change)
    return form, next((c for c in changes if c), None)


def _basics(f: ScenarioForm) -> ScenarioForm:
    return f.model_copy(
        update={
            "title": w.text(F["title"], "title", f.title),
            "id": w.text(
                F["id"],
                "id",
                f.id,
                help="Lower-case words and hyphens; left empty, it is made from the title.",
            ),
            "learner_role": w.choose(
                F["learner_role"],
                "learner_role",
                f.learner_role,
                list(LearnerRole),
                lambda r: f"The {r.value}",
            ),
            "summary": w.text(F["summary"], "summary", f.summary),
            "skills": w.text(F["skills"], "skills", f.skills, help="Separated by commas."),
            "brief": w.area(F["brief"], "brief", f.brief, height=180),
            "learning_objectives": w.area(
                F["learning_objectives"], "objectives", f.learning_objectives, help=ONE_PER_LINE
            ),
            "opening_line": w.text(
                F["opening_line"], "opening", f.opening_line, help="The counterpart's first words."
            ),
        }
    )


def _counterpart(f: ScenarioForm) -> ScenarioForm:
    name, role, age, pronouns = st.columns([3, 3, 1, 1])
    with name:
        new_name = w.text(F["name"], "name", f.name)
    with role:
        new_role = w.text(F["role"], "role", f.role)
    with age:
        new_age = w.number(F["age"], "age", f.age, min_value=16, max_value=99, step=1)
    with pronouns:
        new_pronouns = w.choose(F["pronouns"], "pronouns", f.pronouns, list(Pronouns))
    return f.model_copy(
        update={
            "name": new_name,
            "role": new_role,
            "age": int(new_age) if new_age is not None else None,
            "pronouns": new_pronouns,
            "background": w.area(F["background"], "background", f.background, height=140),
            "personality": w.area(F["personality"], "personality", f.personality),
            "speaking_style": w.area(F["speaking_style"], "style", f.speaking_style),
            "voice": w.text(F["voice"], "voice", f.voice, help=VOICE_HELP),
            "goals": w.area(F["goals"], "goals", f.goals, help=ONE_PER_LINE),
        }
    )


def _lines(f: ScenarioForm) -> tuple[ScenarioForm, RowChange | None]:
    st.caption(
        "What the counterpart says when no language model plays it. One line per row "
        "of each box, in their voice, one to three sentences each."
    )
    pools = {}
    for pool, column in zip(f.pools, st.columns(2) * 4, strict=True):
        with column:
            least = POOL_MINIMUM.get(pool, 2 if pool != "fillers" else 3)
            pools[pool] = w.area(
                POOL_LABELS[pool],
                f"p-{pool}",
                f.pools[pool],
                help=f"{ONE_PER_LINE} At least {least}.",
            )
    st.markdown("**Facts by topic**")
    topics = []
    for n, row in enumerate(f.topics):
        keywords, lines = st.columns([1, 2])
        with keywords:
            asked = w.text(f"Topic {n + 1}: keywords", f"k{n}-keywords", row.keywords)
        with lines:
            said = w.area(F["lines"], f"k{n}-lines", row.lines, height=80, help=ONE_PER_LINE)
        topics.append(TopicRow(keywords=asked, lines=said))
    change = row_buttons("topics", len(f.topics))
    st.markdown("**Making a plan, and goodbye**")
    plan = {
        pool: w.area(POOL_LABELS[pool], f"plan-{pool}", f.plan[pool], help=ONE_PER_LINE)
        for pool in f.plan
    }
    closings = w.area(POOL_LABELS["closings"], "closings", f.closings, help=ONE_PER_LINE)
    update = {"pools": pools, "topics": topics, "plan": plan, "closings": closings}
    return f.model_copy(update=update), change
