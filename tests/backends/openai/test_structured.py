"""OpenAIStructuredModel over real HTTP against the local OpenAI-compatible stub."""

from __future__ import annotations

import json

import pytest
from pydantic import BaseModel, Field

from coach.backends.openai.structured import JSON_MODE_INSTRUCTION, OpenAIStructuredModel
from coach.critique.llm import MalformedOutput
from coach.errors import LLMError
from coach.models import ChatMessage
from coach.settings import Settings
from tests.openai_stub import OpenAIStub, delay, reply, status, tool_call

MESSAGES = [
    ChatMessage(role="system", content="You grade listening."),
    ChatMessage(role="user", content="Grade this."),
]


class Grade(BaseModel):
    """A grade with its reason."""

    score: int = Field(ge=0, le=4)
    reason: str


class SleepRecorder:
    """Stands in for time.sleep so retries are instant and their waits inspectable."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


def _model(
    server: OpenAIStub, method: str = "function_calling", **overrides: object
) -> tuple[OpenAIStructuredModel, SleepRecorder]:
    values: dict[str, object] = {
        "openai_base_url": server.base_url,
        "openai_api_key": None,
        "model": "stub-model",
        "request_timeout": 5.0,
        "max_retries": 2,
        "retry_base_delay": 0.2,
        "max_retry_delay": 2.0,
    }
    settings = Settings(_env_file=None, **{**values, **overrides})  # type: ignore[arg-type]
    sleep = SleepRecorder()
    return OpenAIStructuredModel(settings, method=method, sleep=sleep), sleep  # type: ignore[arg-type]


def test_function_calling_forces_the_schema_tool_and_records_usage(openai_server):
    openai_server.enqueue(tool_call({"score": 3, "reason": "Asked openly."}))
    model, _ = _model(openai_server)
    assert model.generate(MESSAGES, Grade) == Grade(score=3, reason="Asked openly.")
    [body] = openai_server.chat_requests
    assert body["tool_choice"] == {"type": "function", "function": {"name": "Grade"}}
    assert body["tools"][0]["function"]["parameters"]["properties"]["score"]["maximum"] == 4
    assert body["messages"] == [{"role": m.role, "content": m.content} for m in MESSAGES]
    assert body["stream"] is False and body["temperature"] == 0.2
    prompt_words = sum(len(m.content.split()) for m in MESSAGES)
    assert model.last_usage is not None and model.last_usage.prompt_tokens == prompt_words


def test_invalid_answer_raises_malformed_output_with_the_raw_text(openai_server):
    openai_server.enqueue(tool_call('{"score": 9, "reason": "Perfect."}'), tool_call("{broken"))
    model, sleep = _model(openai_server)
    with pytest.raises(MalformedOutput) as out_of_range:
        model.generate(MESSAGES, Grade)
    assert "score" in out_of_range.value.problem and "4" in out_of_range.value.problem
    assert json.loads(out_of_range.value.raw) == {"score": 9, "reason": "Perfect."}
    with pytest.raises(MalformedOutput) as broken:
        model.generate(MESSAGES, Grade)
    assert broken.value.raw == "{broken" and "JSON" in broken.value.problem
    assert "{broken" not in broken.value.problem  # the model's text is not echoed back to it
    assert sleep.waits == [] and len(openai_server.chat_requests) == 2  # not retried


def test_plain_text_instead_of_a_tool_call(openai_server):
    openai_server.enqueue(reply('{"score": 2, "reason": "Mixed."}'), reply("I'd say a 3."))
    model, _ = _model(openai_server)
    # A server that ignores the forced tool but writes the JSON is still understood.
    assert model.generate(MESSAGES, Grade) == Grade(score=2, reason="Mixed.")
    with pytest.raises(MalformedOutput) as caught:
        model.generate(MESSAGES, Grade)
    assert caught.value.raw == "I'd say a 3."


def test_json_mode_asks_for_a_json_object_and_spells_out_the_schema(openai_server):
    openai_server.enqueue(reply('{"score": 4, "reason": "Reflective."}'))
    model, _ = _model(openai_server, method="json_mode")
    assert model.generate(MESSAGES, Grade) == Grade(score=4, reason="Reflective.")
    [body] = openai_server.chat_requests
    assert body["response_format"] == {"type": "json_object"} and "tools" not in body
    instruction = body["messages"][-1]
    assert instruction["role"] == "system" and instruction["content"].startswith(
        JSON_MODE_INSTRUCTION
    )
    assert json.loads(instruction["content"].split("\n", 1)[1]) == Grade.model_json_schema()


def test_json_schema_mode_reports_unparseable_text_as_malformed(openai_server):
    openai_server.enqueue(reply("not json at all"))
    model, _ = _model(openai_server, method="json_schema")
    with pytest.raises(MalformedOutput) as caught:
        model.generate(MESSAGES, Grade)
    assert caught.value.raw == "not json at all"
    assert openai_server.chat_requests[0]["response_format"]["type"] == "json_schema"


def test_rate_limit_and_server_error_are_retried(openai_server):
    good = tool_call({"score": 1, "reason": "Closed questions."})
    openai_server.enqueue(status(429, retry_after=0.5), status(502), good)
    model, sleep = _model(openai_server)
    assert model.generate(MESSAGES, Grade).score == 1
    assert len(openai_server.chat_requests) == 3
    assert sleep.waits[0] == 0.5 and 0.2 <= sleep.waits[1] <= 0.4


def test_timeouts_are_retried_then_reported_in_one_sentence(openai_server):
    openai_server.enqueue(delay(3), delay(3))
    model, sleep = _model(openai_server, request_timeout=0.2, max_retries=1)
    with pytest.raises(LLMError) as caught:
        model.generate(MESSAGES, Grade)
    message = str(caught.value)
    assert "after 2 attempts" in message and "0.2 seconds" in message and "\n" not in message
    assert len(openai_server.chat_requests) == 2 and len(sleep.waits) == 1


def test_client_errors_are_not_retried(openai_server):
    openai_server.enqueue(status(400, message="tool_choice is not supported"))
    model, sleep = _model(openai_server)
    with pytest.raises(LLMError, match="tool_choice is not supported"):
        model.generate(MESSAGES, Grade)
    assert sleep.waits == [] and len(openai_server.chat_requests) == 1
