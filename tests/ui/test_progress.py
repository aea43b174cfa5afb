"""The progress page through AppTest: history, charts per scenario and overall."""

from __future__ import annotations

import pytest

from coach.models import Mode
from coach.services import CoachServices
from tests.critique_samples import sample_critique
from tests.ui_session import chart_values, create_user, ended_session, open_page, sign_in

SECOND = "setting-boundaries"


pytestmark = pytest.mark.usefixtures("offline_data_dir")


def _critiqued(services: CoachServices, overall: int, scenario: str = "giving-feedback") -> int:
    ada = services.local_viewer("ada")
    run = services.practice.start(ada, scenario, mode=Mode.OFFLINE, seed=3)
    list(run.say("What happened?"))
    session_id = services.practice.end(ada, run.session_id).id
    body = sample_critique(overall=overall, percent_open=float(overall)).model_dump(mode="json")
    services.repository.save_critique(session_id, "offline", overall, body)
    return session_id


def test_without_debriefs_it_points_to_the_library(services: CoachServices) -> None:
    create_user(services, "ada")
    ended_session(services, "ada", "Did you finish?")
    at = open_page(sign_in("ada"), "progress.py")
    assert not at.exception
    assert "start your progress" in at.info[0].value
    assert "1 ended session(s) have no debrief yet" in "\n".join(c.value for c in at.caption)


def test_history_and_charts_overall_and_per_scenario(services: CoachServices) -> None:
    create_user(services, "ada")
    _critiqued(services, 20)
    _critiqued(services, 45)
    _critiqued(services, 60, SECOND)
    at = open_page(sign_in("ada"), "progress.py")
    assert not at.exception
    assert [m.value for m in at.metric] == ["3", "60/100", "60/100"]
    charts = chart_values(at)
    assert len(charts) == 3
    assert [row["value"] for row in charts[0]] == [20.0, 45.0, 60.0]  # overall score
    table = at.dataframe[0].value
    assert list(table["Score"]) == [60, 45, 20]  # newest first
    at.selectbox[0].set_value("giving-feedback").run()
    assert [m.value for m in at.metric] == ["2", "45/100", "45/100"]
    assert "+25" in at.metric[1].delta
    assert [row["value"] for row in chart_values(at)[1]] == [20.0, 45.0]  # open questions
    assert len(at.dataframe[0].value) == 2


def test_progress_shows_only_own_sessions(services: CoachServices) -> None:
    create_user(services, "ada")
    _critiqued(services, 50)
    create_user(services, "bob")
    at = open_page(sign_in("bob"), "progress.py")
    assert not at.metric and not at.dataframe


def test_spoken_sessions_add_pace_and_filler_charts(services: CoachServices) -> None:
    from coach.critique.models import DeliveryReport
    from coach.voice.delivery import Delivery

    create_user(services, "ada")
    _critiqued(services, 40)  # typed: no delivery
    for session_id, pace in ((_critiqued(services, 50), 182.0), (_critiqued(services, 55), 151.0)):
        critique = sample_critique(overall=50)
        measures = Delivery(
            spoken_turns=3,
            speaking_seconds=40,
            words_per_minute=pace,
            fillers=4,
            fillers_per_minute=6.0,
            talk_share=0.4,
        )
        critique.delivery = DeliveryReport(measures=measures)
        services.repository.save_critique(
            session_id, "offline", 50, critique.model_dump(mode="json")
        )
    at = open_page(sign_in("ada"), "progress.py")
    assert not at.exception
    charts = chart_values(at)
    assert len(charts) == 5
    assert [row["value"] for row in charts[3]] == [182.0, 151.0]  # only the spoken sessions
    assert "How you sounded" in [h.value for h in at.subheader]
