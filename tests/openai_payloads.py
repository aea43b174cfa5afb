"""Response bodies in the OpenAI wire format, built for the test stub (tests/openai_stub.py)."""

from __future__ import annotations

import base64
import hashlib
import json
import math
import re
import struct
from typing import Any


def split_tokens(text: str) -> list[str]:
    """Split text into word-sized stream chunks that join back to exactly ``text``."""
    return re.findall(r"\s*\S+|\s+$", text)


def hashed_embedding(text: str, dim: int) -> list[float]:
    """A deterministic unit vector from hashed words: shared words make vectors closer."""
    vector = [0.0] * dim
    for word in re.findall(r"[a-z0-9']+", text.lower()):
        digest = hashlib.sha256(word.encode()).digest()
        vector[int.from_bytes(digest[:4], "big") % dim] += 1.0 if digest[4] & 1 else -1.0
    norm = math.sqrt(sum(v * v for v in vector))
    return [v / norm for v in vector] if norm else [1.0] + [0.0] * (dim - 1)


def error_body(code: int, message: str) -> dict[str, Any]:
    kind = (
        "rate_limit_error" if code == 429 else "server_error" if code >= 500 else "invalid_request"
    )
    return {"error": {"message": message, "type": kind, "code": str(code), "param": None}}


def _usage(text: str, cached_tokens: int, body: dict[str, Any]) -> dict[str, Any]:
    """Token counts as whitespace-separated words, so tests can predict them."""
    prompt = sum(len(str(m.get("content", "")).split()) for m in body.get("messages", []))
    answer = len(split_tokens(text))
    return {
        "prompt_tokens": prompt,
        "completion_tokens": answer,
        "total_tokens": prompt + answer,
        "prompt_tokens_details": {"cached_tokens": cached_tokens},
    }


def _chunk(body: dict[str, Any], delta: dict[str, Any], finish: str | None) -> dict[str, Any]:
    choice = {"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}
    return _envelope(body, "chat.completion.chunk", [choice])


def _envelope(body: dict[str, Any], kind: str, choices: list[Any]) -> dict[str, Any]:
    model = body.get("model", "stub-model")
    return {"id": "chatcmpl-stub", "object": kind, "created": 0, "model": model, "choices": choices}


def stream_events(text: str, cached_tokens: int, body: dict[str, Any]) -> list[str]:
    chunks = [_chunk(body, {"role": "assistant", "content": ""}, None)]
    chunks += [_chunk(body, {"content": token}, None) for token in split_tokens(text)]
    chunks.append(_chunk(body, {}, "stop"))
    return _events(chunks, text, cached_tokens, body)


def _events(
    chunks: list[dict[str, Any]], text: str, cached_tokens: int, body: dict[str, Any]
) -> list[str]:
    """Server-sent event payloads, with a usage chunk last when the client asked for one."""
    if (body.get("stream_options") or {}).get("include_usage"):
        for chunk in chunks:
            chunk["usage"] = None
        usage = _usage(text, cached_tokens, body)
        chunks.append({**_envelope(body, "chat.completion.chunk", []), "usage": usage})
    return [json.dumps(c) for c in chunks] + ["[DONE]"]


def completion(text: str, cached_tokens: int, body: dict[str, Any]) -> dict[str, Any]:
    message = {"role": "assistant", "content": text, "refusal": None}
    choice = {"index": 0, "message": message, "finish_reason": "stop", "logprobs": None}
    return {
        **_envelope(body, "chat.completion", [choice]),
        "usage": _usage(text, cached_tokens, body),
    }


def tool_call_completion(
    arguments: str, name: str, cached_tokens: int, body: dict[str, Any]
) -> dict[str, Any]:
    """A non-streamed reply whose message calls the function ``name`` with ``arguments``."""
    call = {
        "id": "call_stub",
        "type": "function",
        "function": {"name": name, "arguments": arguments},
    }
    message = {"role": "assistant", "content": None, "refusal": None, "tool_calls": [call]}
    choice = {"index": 0, "message": message, "finish_reason": "tool_calls", "logprobs": None}
    return {
        **_envelope(body, "chat.completion", [choice]),
        "usage": _usage(arguments, cached_tokens, body),
    }


def tool_call_stream_events(
    arguments: str, name: str, cached_tokens: int, body: dict[str, Any]
) -> list[str]:
    """The same tool call streamed: the call's header first, then its arguments in pieces."""
    header = {"index": 0, "id": "call_stub", "type": "function"}
    opening = [{**header, "function": {"name": name, "arguments": ""}}]
    chunks = [_chunk(body, {"role": "assistant", "content": None, "tool_calls": opening}, None)]
    chunks += [
        _chunk(body, {"tool_calls": [{"index": 0, "function": {"arguments": piece}}]}, None)
        for piece in split_tokens(arguments)
    ]
    chunks.append(_chunk(body, {}, "tool_calls"))
    return _events(chunks, arguments, cached_tokens, body)


def embeddings(body: dict[str, Any], default_dim: int) -> dict[str, Any]:
    texts = body.get("input", [])
    texts = [texts] if isinstance(texts, str) else [str(t) for t in texts]
    dim = int(body.get("dimensions") or default_dim)
    vectors = [hashed_embedding(t, dim) for t in texts]
    as_base64 = body.get("encoding_format") == "base64"  # the openai client asks for base64
    data = [
        {"object": "embedding", "index": i, "embedding": _encode(v) if as_base64 else v}
        for i, v in enumerate(vectors)
    ]
    tokens = sum(len(t.split()) for t in texts)
    usage = {"prompt_tokens": tokens, "total_tokens": tokens}
    return {"object": "list", "data": data, "model": body.get("model", ""), "usage": usage}


def _encode(vector: list[float]) -> str:
    return base64.b64encode(struct.pack(f"<{len(vector)}f", *vector)).decode()


WORD_SECONDS = 0.4  # each word of a stub transcription: 0.3 s said, 0.1 s before the next
SPEECH_RATE = 8_000  # samples a second in the stub's speech audio


def transcription(text: str, pauses: dict[int, float] | None = None) -> dict[str, Any]:
    """A ``verbose_json`` transcription of ``text``; ``pauses`` adds silence before word i."""
    words, clock = [], 0.5
    for position, word in enumerate(text.split()):
        clock += (pauses or {}).get(position, 0.0)
        words.append({"word": word.strip(".,!?"), "start": clock, "end": clock + 0.3})
        clock += WORD_SECONDS
    return {
        "task": "transcribe",
        "language": "english",
        "duration": round(clock + 0.5, 2),
        "text": text,
        "words": words,
        "segments": [],
    }


def speech_wav(text: str) -> bytes:
    """Quiet WAV audio as long as ``text`` would take at 150 words a minute."""
    frames = int(SPEECH_RATE * len(text.split()) * 0.4)
    header = struct.pack(
        "<4sI4s4sIHHIIHH4sI",
        b"RIFF", 36 + frames * 2, b"WAVE", b"fmt ", 16, 1, 1,
        SPEECH_RATE, SPEECH_RATE * 2, 2, 16, b"data", frames * 2,
    )  # fmt: skip
    return header + b"\x00\x00" * frames
