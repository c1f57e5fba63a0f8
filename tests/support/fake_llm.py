"""A loopback OpenAI-compatible chat server that records what it was sent.

Cassettes replay a real model but cannot show a prompt we have not recorded yet; this
server answers every chat completion with a scripted brief (built by ``answer`` from the
request) and keeps each request body, so a test can assert what left the process.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class FakeLLM:
    answer: Callable[[dict[str, Any]], dict[str, Any]]
    bodies: list[str] = field(default_factory=list)
    base_url: str = ""


def _handler(fake: FakeLLM) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0"))).decode()
            fake.bodies.append(body)
            content = json.dumps(fake.answer(json.loads(body)))
            reply = {
                "id": "chatcmpl-fake",
                "object": "chat.completion",
                "created": 0,
                "model": "fake",
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": content},
                        "finish_reason": "stop",
                    }
                ],
                "usage": {"prompt_tokens": 100, "completion_tokens": 50, "total_tokens": 150},
            }
            data = json.dumps(reply).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            """Quiet: the test output is not the place for access logs."""

    return Handler


@contextmanager
def fake_llm(answer: Callable[[dict[str, Any]], dict[str, Any]]) -> Iterator[FakeLLM]:
    """The server on a free 127.0.0.1 port for the length of the block."""
    fake = FakeLLM(answer)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(fake))
    fake.base_url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield fake
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
