"""Every page of the web app through Streamlit's AppTest, signed in as real stored users."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from coach.models import Mode, Speaker
from coach.services import CoachServices
from tests.openai_stub import OpenAIStub, reply, status
from tests.paths import REPO
from tests.ui_session import shown

APP = REPO / "app.py"
PASSWORD = "a long enough secret"
SCENARIO = "giving-feedback"


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("COACH_LLM", "offline")
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)


@pytest.fixture
def services() -> CoachServices:
    return CoachServices()


def _user(services: CoachServices, name: str) -> int:
    return services.accounts.create_user(name, PASSWORD).id


def _app() -> AppTest:
    return AppTest.from_file(str(APP), default_timeout=30).run()


def _sign_in(at: AppTest, name: str, password: str = PASSWORD) -> AppTest:
    fields = {field.label: field for field in at.text_input}
    fields["Username"].input(name)
    fields["Password"].input(password)
    return _button(at, "Sign in").click().run()


def _signed_in(services: CoachServices, name: str = "ada") -> AppTest:
    _user(services, name)
    return _sign_in(_app(), name)


def _button(at: AppTest, label: str):  # type: ignore[no-untyped-def]
    return next(b for b in at.button if b.label == label)


def _titles(at: AppTest) -> list[str]:
    return [shown(t.value) for t in at.title]


def _texts(at: AppTest) -> str:
    return "\n".join(shown(m.value) for m in at.markdown)


def _select(at: AppTest, label: str, value: str) -> AppTest:
    next(box for box in at.selectbox if box.label == label).set_value(value)
    return at


def _card_titles(at: AppTest) -> set[str]:
    return {
        shown(m.value.removeprefix("#### ")) for m in at.markdown if m.value.startswith("#### ")
    }


def _start(at: AppTest, scenario: str = SCENARIO) -> AppTest:
    at.button(key=f"brief-{scenario}").click().run()
    return _button(at, "Start practice").click().run()


def test_first_start_shows_how_the_admin_creates_an_account() -> None:
    at = _app()
    assert not at.exception
    assert any("coach users add NAME --role admin" in c.value for c in at.code)


def test_sign_in_with_the_labelled_fields(services: CoachServices) -> None:
    _user(services, "ada")
    at = _sign_in(_app(), "ada", "wrong password")
    assert _titles(at) == ["Mentoring practice coach"]
    assert "Wrong username or password" in at.error[0].value
    assert not at.code  # an account exists, so no first-start hint
    at = _sign_in(at, "ada")
    assert _titles(at) == ["Scenario library"]
    assert "Signed in as **ada**" in at.sidebar.caption[0].value


def test_sign_out_and_idle_expiry_return_to_sign_in(services: CoachServices) -> None:
    at = _signed_in(services)
    _button(at, "Sign out").click().run()
    assert _titles(at) == ["Mentoring practice coach"]
    at = _sign_in(at, "ada")
    at.session_state["last_seen"] = datetime.now(UTC) - timedelta(hours=9)
    at.run()
    assert _titles(at) == ["Mentoring practice coach"]
    assert "without activity" in at.info[0].value


def test_library_renders_every_scenario_and_filters(services: CoachServices) -> None:
    at = _signed_in(services)
    scenarios = services.scenarios.all()
    cards = [b for b in at.button if (b.key or "").startswith("brief-")]
    assert len(cards) == len(scenarios) == 15
    assert _card_titles(at) == {s.title for s in scenarios}
    _select(at, "Skill", "boundaries").run()
    expected = {s.title for s in scenarios if "boundaries" in s.skills}
    assert _card_titles(at) == expected
    _select(at, "Skill", "Any")
    _select(at, "Your role", "mentee").run()
    expected = {s.title for s in scenarios if s.learner_role == "mentee"}
    assert len(expected) == 5 and len(expected) < len(scenarios)
    assert _card_titles(at) == expected


def test_brief_shows_situation_goals_full_rubric_and_start(services: CoachServices) -> None:
    at = _signed_in(services)
    at.button(key=f"brief-{SCENARIO}").click().run()
    scenario = services.scenarios.get(SCENARIO)
    assert _titles(at) == [scenario.title]
    shown = _texts(at)
    assert scenario.brief.strip() in shown
    for objective in scenario.learning_objectives:
        assert objective in shown
    for item in scenario.rubric:
        assert item.title in shown and item.good.strip() in shown
    assert [r.label for r in at.radio] == ["Difficulty"]
    assert _button(at, "Start practice").proto.type == "primary"


def test_practice_turn_reply_undo_and_end(services: CoachServices) -> None:
    at = _start(_signed_in(services))
    assert not at.exception
    assert "OFFLINE mode" in _texts(at)
    assert len(at.chat_message) == 1  # the opening line
    assert _button(at, "Undo last exchange").disabled
    at.chat_input[0].set_value("What happened at the consultation evenings, from your side?").run()
    assert len(at.chat_message) == 3
    session = services.repository.list_sessions(services.repository.ensure_user("ada"))[0]
    stored = services.repository.get_session(session.id).turns
    assert [t.speaker for t in stored] == [
        Speaker.COUNTERPART,
        Speaker.LEARNER,
        Speaker.COUNTERPART,
    ]
    assert shown(at.chat_message[2].markdown[0].value) == stored[2].text
    _button(at, "Undo last exchange").click().run()
    assert len(at.chat_message) == 1
    assert len(services.repository.get_session(session.id).turns) == 1
    at.chat_input[0].set_value("How are you feeling about the third evening?").run()
    _button(at, "End session").click().run()
    assert _titles(at) == [services.scenarios.get(SCENARIO).title]  # the debrief
    assert at.metric[0].label == "Overall score"
    assert "Session saved with 3 turns" in at.success[0].value
    assert services.repository.get_session(session.id).ended_at is not None
    assert "How are you feeling about the third evening?" in _texts(at)


def test_practice_without_a_session_points_to_the_library(services: CoachServices) -> None:
    at = _signed_in(services)
    at.switch_page("coach/ui/practice.py").run()
    assert _titles(at) == ["Practice"]
    assert not at.chat_input


def test_another_learner_cannot_open_someone_elses_session(services: CoachServices) -> None:
    _user(services, "ada")
    run = services.practice.start(services.local_viewer("ada"), SCENARIO, mode=Mode.OFFLINE)
    at = _signed_in(services, "bob")
    at.query_params["session"] = str(run.session_id)
    at.switch_page("coach/ui/practice.py").run()
    assert "does not exist" in at.error[0].value
    assert not at.chat_message and not at.chat_input
    at.switch_page("coach/ui/history.py").run()
    assert not at.expander  # ada's session is not in bob's history


def test_the_owner_can_reopen_her_session_by_id(services: CoachServices) -> None:
    at = _signed_in(services, "ada")
    run = services.practice.start(services.local_viewer("ada"), SCENARIO, mode=Mode.OFFLINE)
    at.query_params["session"] = str(run.session_id)
    at.switch_page("coach/ui/practice.py").run()
    assert not at.error
    assert shown(at.chat_message[0].markdown[0].value) == run.scenario.opening_line


def test_my_sessions_lists_only_own_sessions_with_transcripts(services: CoachServices) -> None:
    _user(services, "bob")
    services.practice.start(services.local_viewer("bob"), "setting-boundaries", mode=Mode.OFFLINE)
    at = _signed_in(services, "ada")
    at.switch_page("coach/ui/history.py").run()
    assert "You have not practised yet" in at.info[0].value
    mine = services.practice.start(services.local_viewer("ada"), SCENARIO, mode=Mode.OFFLINE)
    at.run()
    assert len(at.expander) == 1
    assert mine.scenario.title in at.expander[0].label
    assert mine.scenario.opening_line in _texts(at)


def test_llm_mode_is_labelled_and_streams_the_reply(
    services: CoachServices, monkeypatch: pytest.MonkeyPatch, openai_server: OpenAIStub
) -> None:
    monkeypatch.setenv("COACH_LLM", "openai")
    monkeypatch.setenv("OPENAI_BASE_URL", openai_server.base_url)
    monkeypatch.setenv("COACH_MAX_RETRIES", "0")
    openai_server.enqueue(reply("Honestly, the second evening was a blur."), status(500))
    at = _start(_signed_in(services))
    assert "LLM mode" in _texts(at) and "OFFLINE" not in _texts(at)
    at.chat_input[0].set_value("How did the evenings feel for you?").run()
    assert shown(at.chat_message[2].markdown[0].value) == "Honestly, the second evening was a blur."
    at.chat_input[0].set_value("What would help before the third one?").run()
    assert "Your turn is saved" in at.warning[0].value
    assert _button(at, "Retry").proto.type == "primary"
    assert "What would help before the third one?" in _texts(at)


def test_library_cards_use_each_personas_pronouns(services: CoachServices) -> None:
    at = _signed_in(services)
    captions = " ".join(shown(c.value) for c in at.caption)
    assert "At standard difficulty he starts" in captions  # Emre, giving feedback
    assert "At standard difficulty she starts" in captions  # Niamh, setting boundaries
    assert "they start" not in captions
