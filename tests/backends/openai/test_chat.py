"""OpenAIChatModel over real HTTP against the local OpenAI-compatible stub."""

from __future__ import annotations

import json
import socket

import pytest

from coach.backends.openai.chat import PLACEHOLDER_API_KEY, OpenAIChatModel
from coach.errors import LLMError, ReplyInterrupted
from coach.models import ChatMessage
from coach.settings import Settings
from tests.openai_stub import OpenAIStub, cut_off, delay, raw, reply, stall, status

MESSAGES = [
    ChatMessage(role="system", content="You are Priya."),
    ChatMessage(role="assistant", content="Hi. You wanted to see me?"),
    ChatMessage(role="user", content="How have the last weeks been?"),
]


def _settings(base_url: str, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "openai_base_url": base_url,
        "openai_api_key": None,
        "model": "stub-model",
        "request_timeout": 5.0,
        "max_retries": 3,
        "retry_base_delay": 0.2,
        "max_retry_delay": 2.0,
    }
    return Settings(_env_file=None, **{**values, **overrides})  # type: ignore[arg-type]


class SleepRecorder:
    """Stands in for time.sleep so retries are instant and their waits inspectable."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


def _model(server: OpenAIStub, **overrides: object) -> tuple[OpenAIChatModel, SleepRecorder]:
    sleep = SleepRecorder()
    return OpenAIChatModel(_settings(server.base_url, **overrides), sleep=sleep), sleep


def test_streams_tokens_in_order_and_records_usage(openai_server):
    openai_server.enqueue(reply("Honestly, it has been a rough month.", cached_tokens=5))
    model, sleep = _model(openai_server)
    pieces = list(model.stream(MESSAGES))
    assert pieces == ["Honestly,", " it", " has", " been", " a", " rough", " month."]
    prompt_words = sum(len(m.content.split()) for m in MESSAGES)
    assert model.last_usage is not None
    assert model.last_usage.model_dump() == {
        "prompt_tokens": prompt_words,
        "completion_tokens": len(pieces),
        "cached_tokens": 5,
    }
    assert sleep.waits == []


def test_sends_the_messages_as_one_streaming_request(openai_server):
    model, _ = _model(openai_server, temperature=0.3)
    list(model.stream(MESSAGES))
    [body] = openai_server.chat_requests
    assert body["messages"] == [{"role": m.role, "content": m.content} for m in MESSAGES]
    assert body["stream"] is True and body["stream_options"] == {"include_usage": True}
    assert body["model"] == "stub-model" and body["temperature"] == 0.3


def test_exactly_one_request_per_call(openai_server):
    model, _ = _model(openai_server)
    for n in range(1, 4):
        openai_server.enqueue(reply(f"Answer {n}."))
        assert "".join(model.stream(MESSAGES)) == f"Answer {n}."
        assert len(openai_server.chat_requests) == n


def test_rate_limit_then_success_honours_retry_after(openai_server):
    openai_server.enqueue(status(429, retry_after=0.75), reply("Fine, I guess."))
    model, sleep = _model(openai_server, retry_base_delay=0.01)
    assert "".join(model.stream(MESSAGES)) == "Fine, I guess."
    assert len(sleep.waits) == 1 and sleep.waits[0] >= 0.75
    assert len(openai_server.chat_requests) == 2


def test_server_error_then_success_backs_off_with_jitter(openai_server):
    openai_server.enqueue(status(500), reply("Okay then."))
    model, sleep = _model(openai_server, retry_base_delay=0.4)
    assert "".join(model.stream(MESSAGES)) == "Okay then."
    [wait] = sleep.waits
    assert 0.2 <= wait <= 0.4
    assert len(openai_server.chat_requests) == 2


def test_gives_up_after_max_retries_with_one_sentence(openai_server):
    openai_server.enqueue(*[status(503)] * 4)
    model, sleep = _model(openai_server, max_retries=3, retry_base_delay=1.0, max_retry_delay=1.5)
    with pytest.raises(LLMError) as caught:
        list(model.stream(MESSAGES))
    message = str(caught.value)
    assert "after 4 attempts" in message and "HTTP 503" in message
    assert "\n" not in message
    assert len(openai_server.chat_requests) == 4
    # backoff 1, 2, 4 s capped at 1.5 s, each with half of it random
    assert 0.5 <= sleep.waits[0] <= 1.0
    assert all(0.75 <= wait <= 1.5 for wait in sleep.waits[1:]) and len(sleep.waits) == 3


def test_timeouts_are_retried_then_reported(openai_server):
    openai_server.enqueue(delay(3), delay(3))
    model, sleep = _model(openai_server, request_timeout=0.2, max_retries=1)
    with pytest.raises(LLMError) as caught:
        list(model.stream(MESSAGES))
    message = str(caught.value)
    assert "after 2 attempts" in message and "0.2 seconds" in message and "\n" not in message
    assert len(openai_server.chat_requests) == 2 and len(sleep.waits) == 1


def test_retry_after_longer_than_allowed_stops_at_once(openai_server):
    openai_server.enqueue(status(429, retry_after=120))
    model, sleep = _model(openai_server, max_retry_delay=30)
    with pytest.raises(LLMError, match="wait 120 seconds"):
        list(model.stream(MESSAGES))
    assert sleep.waits == [] and len(openai_server.chat_requests) == 1


def test_rejected_key_is_not_retried_and_not_echoed(openai_server):
    openai_server.enqueue(status(401))
    model, sleep = _model(openai_server, openai_api_key="sk-test-secret-123")
    with pytest.raises(LLMError, match="rejected the API key") as caught:
        list(model.stream(MESSAGES))
    assert "sk-test-secret-123" not in str(caught.value)
    assert "sk-test-secret-123" not in repr(model)
    assert openai_server.requests[0].headers["authorization"] == "Bearer sk-test-secret-123"
    assert sleep.waits == [] and len(openai_server.chat_requests) == 1


def test_base_url_without_key_sends_a_placeholder(openai_server):
    model, _ = _model(openai_server)
    list(model.stream(MESSAGES))
    assert openai_server.requests[0].headers["authorization"] == f"Bearer {PLACEHOLDER_API_KEY}"


def test_failure_after_the_first_token_is_not_retried(openai_server):
    events = [
        {"id": "c", "object": "chat.completion.chunk", "created": 0, "model": "m",
         "choices": [{"index": 0, "delta": {"content": "Well"}, "finish_reason": None}]},
        {"error": {"message": "The server is overloaded."}},
    ]  # fmt: skip
    stream = "".join(f"data: {json.dumps(e)}\n\n" for e in events)
    openai_server.enqueue(raw(stream, content_type="text/event-stream"))
    model, sleep = _model(openai_server)
    received: list[str] = []
    with pytest.raises(ReplyInterrupted, match="in the middle of its reply"):
        for piece in model.stream(MESSAGES):
            received.append(piece)
    assert received == ["Well"]
    assert len(openai_server.chat_requests) == 1 and sleep.waits == []


def test_unreachable_server_is_reported_as_connection_failure():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    sleep = SleepRecorder()
    model = OpenAIChatModel(_settings(f"http://127.0.0.1:{port}/v1", max_retries=1), sleep=sleep)
    with pytest.raises(LLMError, match="could not connect") as caught:
        list(model.stream(MESSAGES))
    assert f"127.0.0.1:{port}" in str(caught.value) and len(sleep.waits) == 1


def test_no_key_and_no_server_is_a_clear_error():
    with pytest.raises(LLMError, match="OPENAI_API_KEY"):
        OpenAIChatModel(Settings(_env_file=None, openai_api_key=None, openai_base_url=None))


def test_a_stream_that_just_ends_mid_reply_is_interrupted_not_finished(openai_server):
    # Over HTTP/1.0 a dropped connection looks like the end of the body: only the missing
    # finish reason tells it apart from a reply that was complete.
    openai_server.enqueue(cut_off("I hear you, and I think that the plan", after=2))
    model, sleep = _model(openai_server)
    received: list[str] = []
    with pytest.raises(ReplyInterrupted, match="closed before the reply was finished") as caught:
        received.extend(model.stream(MESSAGES))
    assert received == ["I", " hear"]
    assert "\n" not in str(caught.value)
    assert len(openai_server.chat_requests) == 1 and sleep.waits == []


def test_a_reset_connection_mid_reply_is_interrupted(openai_server):
    openai_server.enqueue(cut_off("I hear you, and I think that the plan", after=3, reset=True))
    model, _ = _model(openai_server)
    with pytest.raises(ReplyInterrupted, match="the connection was lost"):
        list(model.stream(MESSAGES))
    assert len(openai_server.chat_requests) == 1


def test_a_stall_mid_reply_is_interrupted_after_the_timeout(openai_server):
    openai_server.enqueue(stall("Well, it is like this, you see.", after=2, seconds=3))
    model, sleep = _model(openai_server, request_timeout=0.3)
    with pytest.raises(ReplyInterrupted, match="nothing more came for 0.3 seconds"):
        list(model.stream(MESSAGES))
    assert len(openai_server.chat_requests) == 1 and sleep.waits == []


def test_a_stream_that_ends_before_any_text_is_retried(openai_server):
    openai_server.enqueue(cut_off("Never sent.", after=0), reply("Second time lucky."))
    model, sleep = _model(openai_server)
    assert "".join(model.stream(MESSAGES)) == "Second time lucky."
    assert len(openai_server.chat_requests) == 2 and len(sleep.waits) == 1


def test_streams_that_keep_ending_early_give_up_in_one_sentence(openai_server):
    openai_server.enqueue(*[cut_off("Never sent.", after=0)] * 2)
    model, _ = _model(openai_server, max_retries=1)
    with pytest.raises(LLMError, match="after 2 attempts .the connection closed before any reply"):
        list(model.stream(MESSAGES))


def test_a_reply_with_usage_but_no_finish_reason_counts_as_finished(openai_server):
    # Some compatible servers leave the finish reason out; the usage comes only at the end.
    chunk = {"id": "c", "object": "chat.completion.chunk", "created": 0, "model": "m"}
    events = [
        {**chunk, "choices": [{"index": 0, "delta": {"content": "Fine."}, "finish_reason": None}]},
        {**chunk, "choices": [], "usage": {"prompt_tokens": 3, "completion_tokens": 1,
                                           "total_tokens": 4}},
    ]  # fmt: skip
    stream = "".join(f"data: {json.dumps(e)}\n\n" for e in events) + "data: [DONE]\n\n"
    openai_server.enqueue(raw(stream, content_type="text/event-stream"))
    model, _ = _model(openai_server)
    assert "".join(model.stream(MESSAGES)) == "Fine."


def test_a_streamed_request_skips_the_sdks_per_message_walk(openai_server, monkeypatch):
    """The body LangChain builds goes out as it is: the SDK's typed walk over every message
    (most of a long conversation's per-turn cost) is never run for a streamed reply."""
    import openai.resources.chat.completions.completions as sdk

    def refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("the SDK transformed the request body")

    monkeypatch.setattr(sdk, "maybe_transform", refuse)
    openai_server.enqueue(reply("Fine, thanks."))
    model, _ = _model(openai_server)
    assert "".join(model.stream(MESSAGES)) == "Fine, thanks."
    sent = openai_server.chat_requests[-1]
    assert sent["messages"] == [m.model_dump() for m in MESSAGES]
    assert sent["model"] == "stub-model" and sent["stream"] is True
    assert sent["stream_options"] == {"include_usage": True}


def test_requests_with_sdk_options_still_go_through_the_sdk(openai_server):
    from coach.backends.openai.chat import DirectCompletions

    openai_server.enqueue(reply("Through the SDK."))
    model, _ = _model(openai_server)
    direct = model._chat.client
    assert isinstance(direct, DirectCompletions)
    stream = direct.create(
        model="stub-model",
        messages=[m.model_dump() for m in MESSAGES],
        stream=True,
        extra_body={"top_k": 3},
    )
    text = "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
    assert text == "Through the SDK."
    assert openai_server.chat_requests[-1]["top_k"] == 3
