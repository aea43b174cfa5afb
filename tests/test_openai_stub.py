"""The test stub itself, driven by the real openai client, so other tests can rely on it."""

from __future__ import annotations

import json
import math
import time
from typing import Any

import openai
import pytest

from tests.openai_payloads import hashed_embedding, split_tokens
from tests.openai_stub import computed, cut_off, raw, reply, stall, tool_call


@pytest.fixture
def client(openai_server) -> openai.OpenAI:
    return openai.OpenAI(base_url=openai_server.base_url, api_key="test", max_retries=0)


def test_split_tokens_joins_back_exactly():
    text = "  Well, I  suppose so. "
    assert "".join(split_tokens(text)) == text
    assert len(split_tokens(text)) == 5


def test_non_streaming_reply_and_usage(openai_server, client):
    openai_server.enqueue(reply("Not today, thanks.", cached_tokens=2))
    result = client.chat.completions.create(
        model="m", messages=[{"role": "user", "content": "Coffee later?"}]
    )
    assert result.choices[0].message.content == "Not today, thanks."
    assert result.usage is not None and result.usage.prompt_tokens == 2
    assert result.usage.prompt_tokens_details.cached_tokens == 2


def test_default_reply_when_nothing_is_queued(openai_server, client):
    openai_server.default_reply = "Sure."
    result = client.chat.completions.create(model="m", messages=[{"role": "user", "content": "?"}])
    assert result.choices[0].message.content == "Sure."


def test_embeddings_are_deterministic_unit_vectors(openai_server, client):
    texts = ["listening to the mentee", "listening to the mentee", "quarterly budget figures"]
    first = [d.embedding for d in client.embeddings.create(model="e", input=texts).data]
    floats = client.embeddings.create(model="e", input=texts[0], encoding_format="float")
    assert len(first[0]) == openai_server.embedding_dim
    assert first[0] == first[1]
    assert first[0] == pytest.approx(floats.data[0].embedding)
    assert math.isclose(sum(v * v for v in first[2]), 1.0, rel_tol=1e-5)
    assert first[0] == pytest.approx(hashed_embedding(texts[0], openai_server.embedding_dim))
    assert len(openai_server.embedding_requests) == 2


def test_embedding_dimensions_follow_the_request(client):
    result = client.embeddings.create(model="e", input="hello", dimensions=8)
    assert len(result.data[0].embedding) == 8


def test_models_and_unknown_paths(client):
    assert [m.id for m in client.models.list()] == ["stub-model"]
    with pytest.raises(openai.NotFoundError):
        client.completions.create(model="m", prompt="legacy endpoint")


def test_raw_body_reaches_the_client_verbatim(openai_server, client):
    openai_server.enqueue(raw("{not json"))
    response = client.chat.completions.with_raw_response.create(
        model="m", messages=[{"role": "user", "content": "hi"}]
    )
    assert response.http_response.text == "{not json"


TOOLS = [
    {"type": "function", "function": {"name": "first", "parameters": {"type": "object"}}},
    {"type": "function", "function": {"name": "second", "parameters": {"type": "object"}}},
]


def test_tool_call_names_the_function_the_request_forces(openai_server, client):
    openai_server.enqueue(tool_call({"score": 3}))
    forced = {"type": "function", "function": {"name": "second"}}
    result = client.chat.completions.create(
        model="m", messages=[{"role": "user", "content": "?"}], tools=TOOLS, tool_choice=forced
    )
    [call] = result.choices[0].message.tool_calls or []
    assert call.function.name == "second"
    assert json.loads(call.function.arguments) == {"score": 3}
    assert result.choices[0].finish_reason == "tool_calls"


def test_tool_call_defaults_to_the_first_tool_and_keeps_raw_arguments(openai_server, client):
    openai_server.enqueue(tool_call("{broken", name="custom"), tool_call("{}"))
    messages = [{"role": "user", "content": "?"}]
    named = client.chat.completions.create(model="m", messages=messages, tools=TOOLS)
    first = client.chat.completions.create(model="m", messages=messages, tools=TOOLS)
    assert (named.choices[0].message.tool_calls or [])[0].function.arguments == "{broken"
    assert (named.choices[0].message.tool_calls or [])[0].function.name == "custom"
    assert (first.choices[0].message.tool_calls or [])[0].function.name == "first"


def test_streamed_tool_call_arguments_join_back(openai_server, client):
    arguments = json.dumps({"narrative": "You asked open questions early on."})
    openai_server.enqueue(tool_call(arguments))
    stream = client.chat.completions.create(
        model="m",
        messages=[{"role": "user", "content": "?"}],
        tools=TOOLS,
        stream=True,
        stream_options={"include_usage": True},
    )
    chunks = list(stream)
    calls = [
        c for chunk in chunks if chunk.choices for c in chunk.choices[0].delta.tool_calls or []
    ]
    functions = [c.function for c in calls if c.function]
    assert "".join(f.arguments or "" for f in functions) == arguments
    assert [f.name for f in functions if f.name] == ["first"]
    usage = chunks[-1].usage
    assert usage is not None and usage.completion_tokens == len(split_tokens(arguments))


def _stream(client: openai.OpenAI) -> list[Any]:
    messages = [{"role": "user", "content": "?"}]
    return list(client.chat.completions.create(model="m", messages=messages, stream=True))


def test_cut_off_stream_ends_without_a_finish_reason(openai_server, client):
    openai_server.enqueue(cut_off("One two three four", after=2))
    chunks = _stream(client)
    pieces = [c.choices[0].delta.content for c in chunks if c.choices]
    assert pieces == ["", "One", " two"]
    assert all(c.choices[0].finish_reason is None for c in chunks if c.choices)


def test_cut_off_with_reset_aborts_the_connection(openai_server, client):
    openai_server.enqueue(cut_off("One two three four", after=2, reset=True))
    with pytest.raises(openai.APIConnectionError):
        _stream(client)


def test_cut_off_plain_answer_stops_short_of_its_length(openai_server, client):
    openai_server.enqueue(cut_off("A whole answer.", after=20))
    with pytest.raises(openai.APIConnectionError):
        client.chat.completions.create(model="m", messages=[{"role": "user", "content": "?"}])


def test_stall_goes_quiet_then_finishes(openai_server):
    patient = openai.OpenAI(base_url=openai_server.base_url, api_key="t", max_retries=0)
    openai_server.enqueue(stall("One two three", after=1, seconds=0.3))
    started = time.monotonic()
    chunks = _stream(patient)
    assert time.monotonic() - started >= 0.3
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == "One two three"
    impatient = openai.OpenAI(
        base_url=openai_server.base_url, api_key="t", max_retries=0, timeout=0.1
    )
    openai_server.enqueue(stall("One two three", after=1, seconds=2))
    with pytest.raises(openai.APITimeoutError):
        _stream(impatient)


def test_computed_answers_from_the_request(openai_server, client):
    openai_server.enqueue(computed(lambda body: reply(body["messages"][-1]["content"].upper())))
    result = client.chat.completions.create(
        model="m", messages=[{"role": "user", "content": "echo me"}]
    )
    assert result.choices[0].message.content == "ECHO ME"
