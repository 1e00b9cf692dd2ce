"""A small news site served on 127.0.0.1 from a thread, for the tests that fetch; no test reaches any other address.

Routes answer in turn (the last answer repeats), so a test can script a host that fails before it answers,
one that is too slow, one that redirects in a loop, or a feed that changes between two fetches.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

PAGES = Path(__file__).parent / "site"
HTML = "text/html; charset=utf-8"


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    #: Seconds the host keeps the client waiting before it answers.
    delay: float = 0.0


Route = Callable[[Message], Reply]


@dataclass(frozen=True)
class Hit:
    path: str
    headers: Message
    at: float


class Site:
    """The site's routes by path, and every request it received."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: list[Hit] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self._server.server_address[1]}"
        threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True).start()

    def stop(self) -> None:
        """Take the site off the network (a second call does nothing)."""
        if self._server.socket.fileno() != -1:
            self._server.shutdown()
            self._server.server_close()

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, *replies: Reply) -> None:
        """Answer ``path`` with the replies in turn, the last one for ever after."""
        queue = list(replies)
        self.routes[path] = lambda headers: queue.pop(0) if len(queue) > 1 else queue[0]

    def page(self, path: str, name: str, content_type: str = HTML, etag: str | None = None) -> None:
        """Serve a file from ``site/`` (``{base}`` replaced by this site's address); with an ETag, a request
        that names it is answered 304."""
        self.routes[path] = lambda headers: conditional(self.file(name), content_type, etag, headers)

    def file(self, name: str) -> bytes:
        return (PAGES / name).read_text("utf-8").replace("{base}", self.base).encode("utf-8")

    def paths(self) -> list[str]:
        return [hit.path for hit in self.hits]

    def requests_for(self, path: str) -> list[Hit]:
        return [hit for hit in self.hits if hit.path == path]


def conditional(body: bytes, content_type: str, etag: str | None, headers: Message) -> Reply:
    if etag is not None and headers.get("If-None-Match") == etag:
        return Reply(304, headers={"ETag": etag})
    return Reply(200, body, {"Content-Type": content_type, **({"ETag": etag} if etag else {})})


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            site.hits.append(Hit(self.path, self.headers, time.monotonic()))
            route = site.routes.get(self.path)
            reply = route(self.headers) if route else Reply(404, b"not found", {"Content-Type": "text/plain"})
            time.sleep(reply.delay)
            try:
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                self.wfile.write(reply.body)
            except (BrokenPipeError, ConnectionResetError):  # the client gave up waiting, as it should
                pass

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


@pytest.fixture()
def site(monkeypatch: pytest.MonkeyPatch) -> Iterator[Site]:
    """The site, and no proxy a user's environment names: every request goes straight to 127.0.0.1."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    site = Site()
    yield site
    site.stop()
