"""Cohort dashboard: completion, scores, metric trends, who needs attention, and a CSV export.

Everything shown comes from Cohorts.work and Cohorts.shared_transcript, which decide what a
trainer may see; this page only draws it.
"""

from __future__ import annotations

from datetime import UTC, datetime

import streamlit as st

from coach.models import Speaker
from coach.people import cohort_stats
from coach.people.cohort_models import AssignedWork, CohortRow, Status
from coach.people.cohorts import Cohorts
from coach.people.models import Viewer
from coach.ui import cohort_charts, routes, transcript
from coach.ui.resources import coach_services
from coach.ui.safe import md
from coach.ui.staff import attempt, pick_cohort, require_role

STATUS_ICONS = {Status.NOT_STARTED: "○", Status.IN_PROGRESS: "◐", Status.DONE: "●"}


def render() -> None:
    viewer = require_role()
    cohorts = coach_services().cohorts
    st.title("Cohort dashboard")
    st.caption("Scores and metrics of assigned work. Transcripts appear only when shared.")
    mine = cohorts.cohorts(viewer)
    if not mine:
        st.info("Create a cohort and assign it a scenario first.", icon=":material/info:")
        routes.link("cohorts", "Go to Cohorts")
        return
    cohort = pick_cohort(mine)
    work = cohorts.work(viewer, cohort.id)
    if not work:
        st.info("This cohort has no learners or no assignments yet.", icon=":material/info:")
        routes.link("cohorts", "Add learners and assign scenarios")
        return
    titles = {s.id: s.title for s in coach_services().scenarios.all()}
    _headline(work)
    _completion(work, titles)
    _scores_and_trends(work)
    _attention(work, titles)
    _table(viewer, cohorts, work, titles, cohort)


def _headline(work: list[AssignedWork]) -> None:
    done = sum(w.status == Status.DONE for w in work)
    means = cohort_stats.averages(work)
    cells = st.columns(4, border=True)
    cells[0].metric("Completed", f"{done} / {len(work)}")
    cells[1].metric("Average score", _number(means.overall, "{:.0f}"))
    cells[2].metric("Open questions", _number(means.percent_open_questions, "{:.0f}%"))
    cells[3].metric("Reflections / question", _number(means.reflection_to_question_ratio))


def _completion(work: list[AssignedWork], titles: dict[str, str]) -> None:
    st.subheader("Completion", anchor=False)
    for item in cohort_stats.completion(work):
        row = item.assignment
        due = f" · due {row.due_at:%d %b}" if row.due_at else ""
        label = (
            f"**{md(titles.get(row.scenario_id, row.scenario_id))}** ({row.difficulty.value}{due}) "
            f"· {item.done} of {item.total} done, {item.started} in progress"
        )
        st.progress(item.share, text=label)


def _scores_and_trends(work: list[AssignedWork]) -> None:
    scored = cohort_stats.finished(work)
    if not scored:
        st.caption("Charts appear once learners finish assigned sessions.")
        return
    left, right = st.columns(2, gap="large")
    with left:
        st.subheader("Score distribution", anchor=False)
        scores = [w.overall for w in scored if w.overall is not None]
        st.vega_lite_chart(spec=cohort_charts.score_histogram(scores))
    with right:
        st.subheader("Trend", anchor=False)
        metrics = cohort_charts.TREND_METRICS
        metric = st.segmented_control(
            "Metric", list(metrics), default="overall", format_func=lambda m: metrics[m][0]
        )
        chart = cohort_charts.trend_chart(cohort_stats.trend(work), metric or "overall")
        st.vega_lite_chart(spec=chart)


def _attention(work: list[AssignedWork], titles: dict[str, str]) -> None:
    st.subheader("Needs attention", anchor=False)
    found = cohort_stats.needs_attention(work, datetime.now(UTC), titles)
    if not found:
        st.caption("Nobody is overdue or struggling. :material/sentiment_satisfied:")
    reasons: dict[str, list[str]] = {}
    for item in found:
        reasons.setdefault(item.username, []).append(item.reason)
    for username, why in reasons.items():
        st.markdown(f":orange[:material/flag:] **{md(username)}** · " + md("; ".join(why)))


def _table(
    viewer: Viewer,
    cohorts: Cohorts,
    work: list[AssignedWork],
    titles: dict[str, str],
    cohort: CohortRow,
) -> None:
    header = st.container(horizontal=True, vertical_alignment="bottom")
    header.subheader("All assigned work", anchor=False)
    header.download_button(
        "Export CSV",
        cohort_stats.work_csv(work, titles),
        file_name=f"{cohort.name.replace(' ', '-').lower()}-work.csv",
        mime="text/csv",
        icon=":material/download:",
        on_click="ignore",
    )
    st.dataframe([_row(w, titles) for w in work], hide_index=True, placeholder="–")
    _shared_transcripts(viewer, cohorts, work, titles)


def _row(w: AssignedWork, titles: dict[str, str]) -> dict[str, object]:
    return {
        "Learner": w.username,
        "Scenario": titles.get(w.assignment.scenario_id, w.assignment.scenario_id),
        "Status": f"{STATUS_ICONS[w.status]} {w.status.value}",
        "Score": w.overall,
        "Open questions %": w.percent_open_questions,
        "Reflections per question": w.reflection_to_question_ratio,
        "Transcript": "shared" if w.shared else "private",
    }


def _shared_transcripts(
    viewer: Viewer, cohorts: Cohorts, work: list[AssignedWork], titles: dict[str, str]
) -> None:
    shared = [w for w in work if w.shared and w.session_id is not None]
    if not shared:
        st.caption("No learner has shared a transcript of assigned work with you yet.")
        return
    for w in shared:
        title = titles.get(w.assignment.scenario_id, w.assignment.scenario_id)
        with st.expander(f"{md(w.username)} · {md(title)} · transcript shared with you"):
            _transcript(viewer, cohorts, w.session_id or 0, w.username)


def _transcript(viewer: Viewer, cohorts: Cohorts, session_id: int, learner: str) -> None:
    services = coach_services()
    record = attempt(lambda: cohorts.shared_transcript(viewer, session_id, services.repository))
    if record is not None:
        name = attempt(lambda: services.scenarios.get(record.scenario_id).persona.name)
        for turn in record.turns:
            _turn(turn.speaker, turn.text, learner, name or "Counterpart")


def _turn(speaker: Speaker, text: str, learner: str, counterpart: str) -> None:
    """One turn, named from the trainer's side: the learner's username, not "You"."""
    is_learner = speaker == Speaker.LEARNER
    who = learner if is_learner else counterpart
    avatar = transcript.LEARNER_AVATAR if is_learner else transcript.COUNTERPART_AVATAR
    with st.chat_message(who, avatar=avatar):
        st.caption(md(who))
        st.markdown(md(text))


def _number(value: float | None, pattern: str = "{:.2f}") -> str:
    return "–" if value is None else pattern.format(value)


if __name__ == "__main__":
    render()
