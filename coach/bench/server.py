"""An OpenAI-compatible chat server on 127.0.0.1 that answers at once, for the benchmark.

It measures its own time per request (reading the body to sending the last byte), so the
benchmark can subtract it and keep only the time the program itself adds.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from coach.bench.stats import estimate_tokens

REPLY = "I hear you. It has been a hard few weeks, and I am not sure where to start."


@dataclass(frozen=True)
class ServedRequest:
    """One chat request: its messages and how long the server spent on it."""

    messages: list[dict[str, Any]]
    seconds: float


class InstantChatServer:
    """Start it, point a client at ``base_url``, then read ``served``."""

    def __init__(self, reply: str = REPLY) -> None:
        self.reply = reply
        self.served: list[ServedRequest] = []
        self._lock = threading.Lock()
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.owner = self
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_port}/v1"

    def __enter__(self) -> InstantChatServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def record(self, request: ServedRequest) -> None:
        with self._lock:
            self.served.append(request)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: InstantChatServer


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"  # keep-alive, as a real provider offers

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        """Keep the benchmark's output clean."""

    def do_POST(self) -> None:
        started = time.perf_counter()
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
        if self.path.rstrip("/") != "/v1/chat/completions":
            return self._send(404, "application/json", b'{"error": {"message": "not found"}}')
        reply = self.server.owner.reply
        if body.get("stream"):
            self._send_stream(stream_events(reply, body))
        else:
            self._send(200, "application/json", json.dumps(completion(reply, body)).encode())
        seconds = time.perf_counter() - started
        self.server.owner.record(ServedRequest(body.get("messages", []), seconds))

    def _send_stream(self, events: list[str]) -> None:
        data = "".join(f"data: {event}\n\n" for event in events).encode()
        self._send(200, "text/event-stream", data)

    def _send(self, code: int, content_type: str, data: bytes) -> None:
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
        self.wfile.flush()


def usage(reply: str, body: dict[str, Any]) -> dict[str, int]:
    """Token counts by the benchmark's estimate (words and punctuation), not a model's tokenizer."""
    prompt = sum(estimate_tokens(str(m.get("content", ""))) for m in body.get("messages", []))
    answer = estimate_tokens(reply)
    return {"prompt_tokens": prompt, "completion_tokens": answer, "total_tokens": prompt + answer}


def stream_events(reply: str, body: dict[str, Any]) -> list[str]:
    """The server-sent events of a streamed reply, usage last when the client asks for it."""
    deltas = [{"role": "assistant", "content": ""}, {"content": reply}, {}]
    chunks = [_chunk(body, d, "stop" if not d else None) for d in deltas]
    if (body.get("stream_options") or {}).get("include_usage"):
        chunks.append({**_envelope(body, "chat.completion.chunk", []), "usage": usage(reply, body)})
    return [json.dumps(c) for c in chunks] + ["[DONE]"]


def completion(reply: str, body: dict[str, Any]) -> dict[str, Any]:
    """A whole (not streamed) chat completion."""
    message = {"role": "assistant", "content": reply}
    choice = {"index": 0, "message": message, "finish_reason": "stop", "logprobs": None}
    return {**_envelope(body, "chat.completion", [choice]), "usage": usage(reply, body)}


def _chunk(body: dict[str, Any], delta: dict[str, Any], finish: str | None) -> dict[str, Any]:
    choice = {"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}
    return _envelope(body, "chat.completion.chunk", [choice])


def _envelope(body: dict[str, Any], kind: str, choices: list[Any]) -> dict[str, Any]:
    model = body.get("model", "bench-model")
    return {
        "id": "chatcmpl-bench",
        "object": kind,
        "created": 0,
        "model": model,
        "choices": choices,
    }
