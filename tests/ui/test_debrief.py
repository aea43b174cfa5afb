"""The debrief page through AppTest: reached from End session, computed once, owner only."""

from __future__ import annotations

import pytest

from coach.models import Mode
from coach.services import CoachServices
from tests.critique_samples import sample_critique
from tests.ui_session import (
    button,
    chart_values,
    create_user,
    ended_session,
    open_page,
    shown,
    sign_in,
    signed_in,
    texts,
)

LINES = [
    "Did you finish the report?",
    "What happened at the consultation evenings, from your side?",
    "You should prepare better next time.",
]


pytestmark = pytest.mark.usefixtures("offline_data_dir")


def test_end_session_opens_the_computed_debrief(services: CoachServices) -> None:
    at = signed_in(services)
    at.button(key="brief-giving-feedback").click().run()
    at = button(at, "Start practice").click().run()
    for line in LINES:
        at.chat_input[0].set_value(line).run()
    at = button(at, "End session").click().run()
    assert not at.exception
    scenario = services.scenarios.get("giving-feedback")
    assert [shown(t.value) for t in at.title] == [scenario.title]
    assert "Session saved with 7 turns" in at.success[0].value
    session_id = int(at.query_params["session"][0])
    stored = services.repository.latest_critique(session_id)
    assert stored is not None  # computed and kept with the session
    assert at.metric[0].label == "Overall score"
    assert at.metric[0].value == f"{stored['overall']}/100"
    page_text = texts(at)
    for item in scenario.rubric:
        assert f"**{item.title}**" in page_text
    assert any(c.value.startswith("What good looks like:") for c in at.caption)
    cited = [c for g in stored["growth_areas"] for c in g["guidance"]]
    captions = "\n".join(shown(c.value) for c in at.caption)
    assert cited and f"From {cited[0]['source']}" in captions
    assert cited[0]["chunk_id"] not in captions  # people read the source, not our ids
    quoted = next(e for r in stored["rubric"] for e in r["evidence"])
    number = quoted["turn"]
    assert f"[Turn {number}](#turn-{number}) · *“{quoted['quote']}”*" in page_text
    assert any(shown(c.value) == f"Turn {number} · You" for c in at.caption)
    assert any(f"id='turn-{number}'" in h.proto.body for h in at.get("html"))  # link target


def test_trust_chart_plots_the_trust_trace(services: CoachServices) -> None:
    create_user(services, "ada")
    session_id = ended_session(services, "ada", "How did it go?")
    critique = sample_critique(overall=44)
    body = critique.model_dump(mode="json")
    services.repository.save_critique(session_id, "offline", 44, body)
    at = open_page(sign_in("ada"), "debrief.py", session_id)
    charts = chart_values(at)
    assert len(charts) == 1
    values = [row for row in charts[0] if "trust" in row]
    expected = [{"turn": 0, "trust": 30}, *critique.persona_outcome.trust_trace]
    assert values == expected


def test_a_stored_critique_is_shown_not_recomputed(services: CoachServices) -> None:
    create_user(services, "ada")
    session_id = ended_session(services, "ada", "How did it go?")
    body = sample_critique(overall=77).model_dump(mode="json")
    services.repository.save_critique(session_id, "offline", 77, body)
    at = open_page(sign_in("ada"), "debrief.py", session_id)
    assert at.metric[0].value == "77/100"
    assert "From pitfall-advice.md" in "\n".join(shown(c.value) for c in at.caption)
    labels = [b.label for b in at.get("download_button")]
    assert labels == ["Download Markdown", "Download PDF"]


def test_another_learner_cannot_read_the_debrief(services: CoachServices) -> None:
    create_user(services, "ada")
    session_id = ended_session(services, "ada", "How did it go?")
    at = open_page(signed_in(services, "bob"), "debrief.py", session_id)
    assert "does not exist" in at.error[0].value
    assert not at.metric
    assert services.repository.latest_critique(session_id) is None


def test_a_session_in_progress_has_no_debrief_yet(services: CoachServices) -> None:
    at = signed_in(services)
    run = services.practice.start(
        services.local_viewer("ada"), "giving-feedback", mode=Mode.OFFLINE
    )
    at = open_page(at, "debrief.py", run.session_id)
    assert "still in progress" in at.info[0].value
    assert not at.metric


def test_a_session_ended_before_any_reply_has_nothing_to_debrief(services: CoachServices) -> None:
    create_user(services, "ada")
    session_id = ended_session(services, "ada")
    at = open_page(sign_in("ada"), "debrief.py", session_id)
    assert not at.exception and not at.error
    assert "nothing to debrief" in at.info[0].value
    assert services.repository.latest_critique(session_id) is None
