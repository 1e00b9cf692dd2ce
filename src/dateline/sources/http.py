"""Polite HTTP: robots.txt obeyed, a pace per host, timeouts, retries with backoff, a User-Agent naming Dateline.

Every answer received (redirects and errors included) is handed to a recorder, which keeps it in a WARC
archive; what a fetch cannot get is raised as a :class:`~dateline.errors.SkippedInput` with its code.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import version
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx2

from dateline.errors import SkippedInput, SkipReason

AGENT_NAME = "Dateline"
USER_AGENT = f"{AGENT_NAME}/{version('dateline')} (builds news timelines from public articles; httpx2)"
#: Answers worth asking again after a pause: rate limiting and a server's passing trouble.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
#: A page is at most 5 MB of text; a sitemap may be 50 MB by its protocol.
MAX_BODY_BYTES = 50 * 1024 * 1024
#: How long a host's robots.txt is trusted (RFC 9309 suggests at most a day), and how soon one that could
#: not be read is asked again (meanwhile the host is not crawled).
ROBOTS_MAX_AGE = 24 * 3600.0
ROBOTS_RETRY_AFTER = 600.0
#: Seconds between two requests to one host unless told otherwise: one page a second at most.
DEFAULT_DELAY = 1.0


@dataclass(frozen=True, slots=True)
class Politeness:
    """How hard Dateline may press a server; the defaults suit a news site and a story followed live."""

    #: Seconds between two requests to one host (a longer Crawl-delay in its robots.txt wins).
    delay: float = DEFAULT_DELAY
    #: Seconds to wait to connect, or for the next bytes of an answer.
    timeout: float = 20.0
    #: Tries after the first for a timeout, a refused connection or a status in RETRY_STATUSES.
    retries: int = 3
    #: Seconds before the first retry, doubled for each one after (a longer Retry-After wins).
    backoff: float = 2.0
    max_redirects: int = 5
    #: The longest pause a Retry-After or a Crawl-delay can impose.
    max_wait: float = 120.0


@dataclass(frozen=True, slots=True)
class Response:
    """One answer as received, with the request that asked for it (both go into the WARC archive)."""

    url: str
    status: int
    reason: str
    headers: tuple[tuple[str, str], ...]
    body: bytes
    request_headers: tuple[tuple[str, str], ...]
    http_version: str

    def header(self, name: str) -> str | None:
        wanted = name.lower()
        return next((value for key, value in self.headers if key.lower() == wanted), None)


Recorder = Callable[[Response], None]
#: The conditional headers (If-None-Match, If-Modified-Since) to send for a URL.
Conditions = Callable[[str], dict[str, str]]


def unconditional(url: str) -> dict[str, str]:
    return {}


class PoliteClient:
    """An HTTP client that keeps each host's robots.txt and pace for as long as it lives (a watch's rounds)."""

    def __init__(self, politeness: Politeness = Politeness(), sleep: Callable[[float], None] = time.sleep) -> None:
        self.politeness = politeness
        self._sleep = sleep
        self._http = httpx2.Client(headers={"User-Agent": USER_AGENT}, timeout=politeness.timeout,
                                   follow_redirects=False)
        self._robots: dict[str, tuple[float, RobotFileParser | SkippedInput]] = {}
        self._next_turn: dict[str, float] = {}

    def __enter__(self) -> PoliteClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._http.close()

    def get(self, url: str, conditions: Conditions, record: Recorder, obey_robots: bool = True) -> list[Response]:
        """The answers from ``url`` to the last of its redirects, each checked against its host's robots.txt."""
        chain: list[Response] = []
        for _ in range(self.politeness.max_redirects + 1):
            if obey_robots:
                self._check_robots(url, record)
            chain.append(self._request(url, conditions(url), record))
            target = redirect_target(chain[-1])
            if target is None:
                return chain
            if any(answer.url == target for answer in chain):
                raise SkippedInput(SkipReason.HTTP_ERROR, "redirect loop: " + " -> ".join(
                    [answer.url for answer in chain] + [target]))
            url = target
        raise SkippedInput(SkipReason.HTTP_ERROR, f"more than {self.politeness.max_redirects} redirects")

    def _request(self, url: str, headers: dict[str, str], record: Recorder) -> Response:
        """One answer, asked again with backoff while the server is overloaded, failing or silent."""
        tries = self.politeness.retries + 1
        for attempt in range(tries):
            self._wait_turn(url)
            response = None
            try:
                response = self._send(url, headers)
            except httpx2.TransportError as error:  # timeouts, refused connections, broken answers
                failure = _describe(error, self.politeness.timeout)
            else:
                record(response)
                if response.status not in RETRY_STATUSES:
                    return response
                failure = f"{response.status} {response.reason}"
            if attempt + 1 < tries:
                self._sleep(self._backoff(attempt, response))
        reason = SkipReason.UNREACHABLE if response is None else SkipReason.HTTP_ERROR
        raise SkippedInput(reason, f"{failure}, {tries} tries")

    def _send(self, url: str, headers: dict[str, str]) -> Response:
        try:
            with self._http.stream("GET", url, headers=headers) as answer:
                body = bytearray()
                for chunk in answer.iter_bytes():
                    body += chunk
                    if len(body) > MAX_BODY_BYTES:
                        raise SkippedInput(SkipReason.HTTP_ERROR, f"answer larger than {MAX_BODY_BYTES >> 20} MB")
                return Response(str(answer.url), answer.status_code, answer.reason_phrase,
                                tuple(answer.headers.multi_items()), bytes(body),
                                tuple(answer.request.headers.multi_items()), answer.http_version)
        except httpx2.InvalidURL as error:
            raise SkippedInput(SkipReason.MALFORMED, f"invalid URL ({error})") from None

    def _wait_turn(self, url: str) -> None:
        """Keep the host's pace: at most one request per ``delay`` (or its Crawl-delay) to one host."""
        host = urlsplit(url).hostname or ""
        wait = self._next_turn.get(host, 0.0) - time.monotonic()
        if wait > 0:
            self._sleep(wait)
        self._next_turn[host] = time.monotonic() + self._delay_for(url)

    def _delay_for(self, url: str) -> float:
        rules = self._robots.get(_origin(url), (0.0, None))[1]
        crawl_delay = rules.crawl_delay(USER_AGENT) if isinstance(rules, RobotFileParser) else None
        return min(max(self.politeness.delay, float(crawl_delay or 0)), self.politeness.max_wait)

    def _backoff(self, attempt: int, response: Response | None) -> float:
        wait: float = self.politeness.backoff * 2**attempt
        retry_after = (response.header("Retry-After") or "").strip() if response else ""
        if retry_after.isdigit():
            wait = max(wait, float(retry_after))
        return min(wait, self.politeness.max_wait)

    def _check_robots(self, url: str, record: Recorder) -> None:
        rules = self._robots_for(_origin(url), record)
        if isinstance(rules, SkippedInput):
            raise SkippedInput(SkipReason.ROBOTS, f"robots.txt could not be read ({rules})")
        if not rules.can_fetch(USER_AGENT, url):
            raise SkippedInput(SkipReason.ROBOTS, f"{AGENT_NAME} may not fetch {urlsplit(url).path or '/'}")

    def _robots_for(self, origin: str, record: Recorder) -> RobotFileParser | SkippedInput:
        expires, rules = self._robots.get(origin, (0.0, None))
        if rules is not None and expires > time.monotonic():
            return rules
        try:
            rules = robots_rules(self.get(f"{origin}/robots.txt", unconditional, record, obey_robots=False)[-1])
            max_age = ROBOTS_MAX_AGE
        except SkippedInput as failure:
            rules, max_age = failure, ROBOTS_RETRY_AFTER
        self._robots[origin] = (time.monotonic() + max_age, rules)
        return rules


def robots_rules(answer: Response) -> RobotFileParser:
    """A host's rules from its robots.txt answer, read as RFC 9309 says: a missing file allows everything, an
    unauthorised one forbids everything, and a server error is no answer (the host is not crawled)."""
    rules = RobotFileParser()
    if answer.status == 200:
        rules.parse(answer.body.decode("utf-8", "replace").splitlines())
    elif answer.status in (401, 403):
        rules.disallow_all = True  # type: ignore[attr-defined]  # set by RobotFileParser itself; typeshed omits it
    elif 400 <= answer.status < 500:
        rules.allow_all = True  # type: ignore[attr-defined]  # as disallow_all above
    else:
        raise SkippedInput(SkipReason.HTTP_ERROR, f"{answer.status} {answer.reason}")
    return rules


def redirect_target(answer: Response) -> str | None:
    location = answer.header("Location")
    return urljoin(answer.url, location) if answer.status in REDIRECT_STATUSES and location else None


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _describe(error: httpx2.TransportError, timeout: float) -> str:
    if isinstance(error, httpx2.TimeoutException):
        return f"timed out after {timeout:g} s"
    return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
