"""Settings, "Qualify this model": run the short qualification and compare the kept reports."""

from __future__ import annotations

import streamlit as st

from coach.people.models import Viewer
from coach.people.qualification_runs import ReportSummary
from coach.ui.resources import coach_services
from coach.ui.safe import md
from coach.ui.staff import attempt

ICONS = {
    "pass": ":material/check_circle:",
    "warn": ":material/warning:",
    "fail": ":material/cancel:",
}


def section(viewer: Viewer) -> None:
    st.subheader("Qualify this model", anchor=False)
    st.caption(
        "Before learners meet a model, try it on the evaluation sets: as the counterpart (does "
        "it give away what the persona holds back, break character, coach, ramble, answer the "
        "move?) and as the critic (structured output, removed quotes, agreement with an expert). "
        "The short run takes a few minutes; `coach eval qualify` runs the full one. Thresholds "
        "are in the README."
    )
    services = coach_services()
    runs = services.qualification_runs
    progress = attempt(lambda: runs.progress(viewer))
    if progress is not None and progress.running:
        _running(viewer)
    elif st.button(
        "Qualify this model",
        icon=":material/fact_check:",
        disabled=not services.settings.use_llm,
        help=None if services.settings.use_llm else "Set a language model connection first.",
    ):
        started = attempt(lambda: runs.start(viewer, services.settings))
        if started is not None:
            st.rerun()  # draws the progress bar
    if progress is not None and progress.error:
        st.error(f"The last run stopped without a report: {md(progress.error)}")
    reports = attempt(lambda: runs.reports(viewer)) or []
    if reports:
        _report(reports[0])
        _history(reports)


@st.fragment(run_every=1.0)
def _running(viewer: Viewer) -> None:
    progress = coach_services().qualification_runs.progress(viewer)
    if not progress.running:
        st.rerun()  # the whole page, to show the new report
    share = progress.done / progress.total if progress.total else 0.0
    st.progress(share, text=md(progress.message or "Starting…"))


def _report(report: ReportSummary) -> None:
    kind = "short run" if report.short else "full run"
    st.markdown(
        f"**{report.status.upper()}** · {md(report.model)} at {md(report.server)} · "
        f"{md(report.date)} · {kind}"
    )
    rows = ["| | check | value | result |", "| --- | --- | --- | --- |"]
    for check in report.checks:
        rows.append(
            f"| {check['part']} | {md(check['name'])} | {_value(check)} | {check['status']} |"
        )
    st.markdown("\n".join(rows))
    for check in report.checks:
        if check.get("examples"):
            with st.expander(f"{check['name']}: examples", icon=ICONS.get(check["status"])):
                for example in check["examples"]:
                    st.markdown(f"- {md(example)}")


def _history(reports: list[ReportSummary]) -> None:
    if len(reports) < 2:
        return
    with st.expander(f"Earlier runs ({len(reports) - 1})", icon=":material/history:"):
        for report in reports[1:]:
            st.markdown(
                f"{report.status.upper()} · {md(report.model)} at {md(report.server)} · "
                f"{md(report.date)}"
            )


def _value(check: dict[str, object]) -> str:
    value = check.get("value")
    if value is None:
        return "not measured"
    if check.get("unit") == "share" and isinstance(value, int | float):
        return f"{100 * value:.1f}%"
    return f"{value} {check.get('unit') if check.get('unit') == 's' else ''}".strip()
