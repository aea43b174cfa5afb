"""A scriptable OpenAI-compatible HTTP server on 127.0.0.1 for tests of the real client path.

Tests queue behaviours (``reply``, ``tool_call``, ``status``, ``delay``, ``raw``, and the faults
``cut_off`` and ``stall``, or ``computed`` to decide from the request) that the next requests
consume in order; every request is recorded so a test can count calls and read prompts.
"""

from __future__ import annotations

import contextlib
import email.parser
import email.policy
import json
import socket
import struct
import sys
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal

from tests.openai_payloads import (
    completion,
    embeddings,
    error_body,
    speech_wav,
    stream_events,
    tool_call_completion,
    tool_call_stream_events,
    transcription,
)

Route = Literal["chat", "embeddings", "transcriptions", "speech"]
ROUTES: dict[str, Route] = {
    "/v1/chat/completions": "chat",
    "/v1/embeddings": "embeddings",
    "/v1/audio/transcriptions": "transcriptions",
    "/v1/audio/speech": "speech",
}


@dataclass(frozen=True)
class Behaviour:
    """What the stub does with one request."""

    kind: Literal["reply", "tool_call", "status", "delay", "raw", "cut", "stall", "computed"]
    text: str = ""
    code: int = 200
    retry_after: float | None = None
    seconds: float = 0.0
    body: str = ""
    cached_tokens: int = 0
    content_type: str = "application/json"
    then: Behaviour | None = None
    tool_name: str | None = None
    after: int = 0  # cut and stall: how many text pieces go out first
    reset: bool = False  # cut: abort the connection (TCP reset) instead of closing it
    decide: Callable[[dict[str, Any]], Behaviour] | None = None
    pauses: dict[int, float] | None = None  # transcriptions: silence (s) before word i


def heard(text: str, *, pauses: dict[int, float] | None = None) -> Behaviour:
    """Transcribe the next recording as ``text``, 0.4 s a word, with extra ``pauses``."""
    return Behaviour("reply", text=text, pauses=pauses)


def reply(text: str, *, cached_tokens: int = 0) -> Behaviour:
    """Answer normally with ``text`` (streamed token by token when the client streams)."""
    return Behaviour("reply", text=text, cached_tokens=cached_tokens)


def tool_call(arguments: str | dict[str, Any], *, name: str | None = None) -> Behaviour:
    """Answer with one call of a function tool, its ``arguments`` as JSON text.

    Without ``name`` the stub calls the function the request's ``tool_choice`` names (what
    structured output by function calling asks for), else the first tool offered.
    """
    text = arguments if isinstance(arguments, str) else json.dumps(arguments)
    return Behaviour("tool_call", text=text, tool_name=name)


def status(code: int, *, retry_after: float | None = None, message: str = "") -> Behaviour:
    """Answer with an HTTP error status and an OpenAI-style error body."""
    return Behaviour("status", code=code, retry_after=retry_after, text=message or f"HTTP {code}")


def delay(seconds: float, then: Behaviour | None = None) -> Behaviour:
    """Wait before answering (with ``then``, or the default reply), to provoke timeouts."""
    return Behaviour("delay", seconds=seconds, then=then)


def raw(body: str, *, code: int = 200, content_type: str = "application/json") -> Behaviour:
    """Send ``body`` verbatim as the response (for malformed-output tests)."""
    return Behaviour("raw", body=body, code=code, content_type=content_type)


def cut_off(text: str, *, after: int, reset: bool = False) -> Behaviour:
    """Start answering with ``text``, then drop the connection after ``after`` pieces.

    A streamed reply stops after ``after`` words with neither a finish reason nor [DONE]; a
    plain JSON answer stops after ``after`` bytes. The connection is closed, which over the
    stub's HTTP/1.0 looks like the end of the body, or with ``reset`` aborted (a TCP reset).
    """
    return Behaviour("cut", text=text, after=after, reset=reset)


def stall(text: str, *, after: int, seconds: float) -> Behaviour:
    """Stream the first ``after`` pieces of ``text``, go quiet for ``seconds``, then finish."""
    return Behaviour("stall", text=text, after=after, seconds=seconds)


def computed(decide: Callable[[dict[str, Any]], Behaviour]) -> Behaviour:
    """Answer with whatever ``decide`` makes of the request's body (a model that reads it)."""
    return Behaviour("computed", decide=decide)


@dataclass
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]
    body: dict[str, Any] = field(default_factory=dict)


class OpenAIStub:
    """The server: start it, queue behaviours, point a client at ``base_url``, read ``requests``."""

    def __init__(
        self,
        *,
        embedding_dim: int = 64,
        default_reply: str = "Okay.",
        otherwise: Behaviour | None = None,
    ) -> None:
        self.embedding_dim = embedding_dim
        self.default_reply = default_reply
        self.otherwise = otherwise  # what a chat request gets when nothing is queued
        self.requests: list[RecordedRequest] = []
        self._queues: dict[Route, deque[Behaviour]] = {route: deque() for route in ROUTES.values()}
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.stub = self
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_port}/v1"

    def start(self) -> OpenAIStub:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # wakes handlers that are still delaying
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> OpenAIStub:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def enqueue(self, *behaviours: Behaviour, route: Route = "chat") -> None:
        """Queue behaviours for the next requests to ``route``, consumed first in, first out."""
        with self._lock:
            self._queues[route].extend(behaviours)

    def clear(self) -> None:
        """Forget queued behaviours and recorded requests (for tests that share one stub)."""
        with self._lock:
            self.requests.clear()
            for queue in self._queues.values():
                queue.clear()

    @property
    def chat_requests(self) -> list[dict[str, Any]]:
        """Bodies of the chat completion requests received, in order."""
        return [r.body for r in self.requests if r.path.endswith("/chat/completions")]

    @property
    def embedding_requests(self) -> list[dict[str, Any]]:
        return [r.body for r in self.requests if r.path.endswith("/embeddings")]

    @property
    def transcription_requests(self) -> list[dict[str, Any]]:
        """Form fields of the transcription requests, with the file's size as ``file_bytes``."""
        return [r.body for r in self.requests if r.path.endswith("/audio/transcriptions")]

    @property
    def speech_requests(self) -> list[dict[str, Any]]:
        return [r.body for r in self.requests if r.path.endswith("/audio/speech")]

    def record(self, request: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(request)

    def next_behaviour(self, route: Route) -> Behaviour:
        with self._lock:
            queue = self._queues[route]
            if queue:
                return queue.popleft()
            if route == "chat" and self.otherwise is not None:
                return self.otherwise
            return reply(self.default_reply)

    def wait(self, seconds: float) -> bool:
        """Sleep ``seconds`` unless the stub stops first; True if it was stopped."""
        return self._stopping.wait(seconds)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    stub: OpenAIStub

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Stay quiet about connections a fault closed on purpose; report anything else."""
        if not isinstance(sys.exc_info()[1], OSError | ValueError):
            super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        """Keep test output quiet."""

    def do_GET(self) -> None:
        self.server.stub.record(RecordedRequest("GET", self.path, _headers(self)))
        if self.path.rstrip("/") != "/v1/models":
            return self._send_json(404, error_body(404, "Not found"))
        models = [{"id": "stub-model", "object": "model", "created": 0, "owned_by": "stub"}]
        self._send_json(200, {"object": "list", "data": models})

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        data = self.rfile.read(length)
        content_type = self.headers.get("Content-Type", "")
        if content_type.startswith("multipart/form-data"):
            body = _form_fields(content_type, data)
        else:
            body = json.loads(data or b"{}")
        self.server.stub.record(RecordedRequest("POST", self.path, _headers(self), body))
        route = ROUTES.get(self.path.rstrip("/"))
        if route is None:
            return self._send_json(404, error_body(404, "Not found"))
        # A client that gave up (a timeout test) leaves nothing to answer.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self._perform(self.server.stub.next_behaviour(route), route, body)

    def _perform(self, behaviour: Behaviour, route: Route, body: dict[str, Any]) -> None:
        if behaviour.kind == "computed" and behaviour.decide is not None:
            return self._perform(behaviour.decide(body), route, body)
        if behaviour.kind in ("cut", "stall"):
            return self._fault(behaviour, body)
        if behaviour.kind == "delay":
            if self.server.stub.wait(behaviour.seconds):
                return
            then = behaviour.then or reply(self.server.stub.default_reply)
            return self._perform(then, route, body)
        if behaviour.kind == "status":
            retry_after = behaviour.retry_after
            headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
            return self._send_json(
                behaviour.code, error_body(behaviour.code, behaviour.text), headers
            )
        if behaviour.kind == "raw":
            return self._send(behaviour.code, behaviour.content_type, behaviour.body.encode())
        if route == "embeddings":
            return self._send_json(200, embeddings(body, self.server.stub.embedding_dim))
        if route == "transcriptions":
            said = behaviour.text if behaviour.kind == "reply" else "Okay."
            return self._send_json(200, transcription(said, behaviour.pauses))
        if route == "speech":
            return self._send(200, "audio/wav", speech_wav(str(body.get("input", ""))))
        if behaviour.kind == "tool_call":
            return self._tool_call(behaviour, body)
        if body.get("stream"):
            return self._stream(stream_events(behaviour.text, behaviour.cached_tokens, body))
        self._send_json(200, completion(behaviour.text, behaviour.cached_tokens, body))

    def _tool_call(self, behaviour: Behaviour, body: dict[str, Any]) -> None:
        name = behaviour.tool_name or _requested_tool(body)
        args = (behaviour.text, name, behaviour.cached_tokens, body)
        if body.get("stream"):
            return self._stream(tool_call_stream_events(*args))
        self._send_json(200, tool_call_completion(*args))

    def _fault(self, behaviour: Behaviour, body: dict[str, Any]) -> None:
        """Begin the answer, then drop the connection or go quiet part way through."""
        text = behaviour.text
        if not body.get("stream"):
            data = json.dumps(completion(text, 0, body)).encode()
            self._send(200, "application/json", data[: behaviour.after], length=len(data))
            return self._drop(behaviour.reset)
        events = stream_events(text, 0, body)
        first = events[: behaviour.after + 1]  # the role chunk, then ``after`` pieces
        self._stream(first)
        if behaviour.kind == "cut":
            return self._drop(behaviour.reset)
        if not self.server.stub.wait(behaviour.seconds):
            self._stream(events[len(first) :], headers=False)

    def _drop(self, reset: bool) -> None:
        self.wfile.flush()
        if reset:  # linger 0: closing sends a reset instead of an orderly end
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True

    def _stream(self, events: list[str], *, headers: bool = True) -> None:
        if headers:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
        for event in events:
            self.wfile.write(f"data: {event}\n\n".encode())
            self.wfile.flush()

    def _send_json(self, code: int, payload: object, headers: dict[str, str] | None = None) -> None:
        self._send(code, "application/json", json.dumps(payload).encode(), headers)

    def _send(
        self,
        code: int,
        content_type: str,
        data: bytes,
        headers: dict[str, str] | None = None,
        *,
        length: int | None = None,
    ) -> None:
        """Send a whole response; ``length`` announces more than ``data`` (a body cut short)."""
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data) if length is None else length))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)


def _requested_tool(body: dict[str, Any]) -> str:
    """The function a request forces with ``tool_choice``, else the first tool it offers."""
    choice = body.get("tool_choice")
    if isinstance(choice, dict):
        return str(choice.get("function", {}).get("name", "tool"))
    tools = body.get("tools") or [{}]
    return str(tools[0].get("function", {}).get("name", "tool"))


def _form_fields(content_type: str, data: bytes) -> dict[str, Any]:
    """A multipart form's text fields, and its file's size as ``file_bytes``."""
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + data
    )
    fields: dict[str, Any] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True) or b""
        if part.get_filename():
            fields["file_bytes"] = len(payload)
            fields["file_name"] = part.get_filename()
        elif isinstance(name, str):
            fields.setdefault(name, []).append(payload.decode())
    return {k: v[0] if isinstance(v, list) and len(v) == 1 else v for k, v in fields.items()}


def _headers(handler: BaseHTTPRequestHandler) -> dict[str, str]:
    """Request headers with lower-case names, as HTTP treats them case-insensitively."""
    return {name.lower(): value for name, value in handler.headers.items()}
