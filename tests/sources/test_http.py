"""The polite client against a local site: robots.txt, pace, timeouts, retries, redirects, User-Agent."""

from __future__ import annotations

from importlib.metadata import version

import pytest

from dateline.errors import SkippedInput, SkipReason
from dateline.sources.http import PoliteClient, Politeness, Response, unconditional

from .conftest import HTML, Reply, Site

#: No pause between requests and short timeouts and backoffs, so the tests run in a blink.
QUICK = Politeness(delay=0, timeout=0.3, retries=2, backoff=0.01)
ROBOTS = b"User-agent: *\nDisallow: /drafts/\n\nUser-agent: Dateline\nDisallow: /private/\nCrawl-delay: 5\n"


def fetch(site: Site, path: str, politeness: Politeness = QUICK, waits: list[float] | None = None
          ) -> tuple[list[Response], list[Response]]:
    """The answers to ``path`` and everything recorded meanwhile; pauses are noted in ``waits``, not slept."""
    recorded: list[Response] = []
    with PoliteClient(politeness, sleep=(waits if waits is not None else []).append) as client:
        return client.get(site.url(path), unconditional, recorded.append), recorded


def skip_for(site: Site, path: str, politeness: Politeness = QUICK) -> SkippedInput:
    with pytest.raises(SkippedInput) as raised:
        fetch(site, path, politeness)
    return raised.value


def test_every_request_names_dateline_and_its_version_and_robots_txt_comes_first(site: Site) -> None:
    site.page("/news/flood-rises", "flood-rises.html")
    (answer,), recorded = fetch(site, "/news/flood-rises")
    assert answer.status == 200 and b"River Alder bursts its banks" in answer.body
    assert site.paths() == ["/robots.txt", "/news/flood-rises"]
    assert {hit.headers["User-Agent"] for hit in site.hits} == {
        f"Dateline/{version('dateline')} (builds news timelines from public articles; httpx2)"}
    assert [r.status for r in recorded] == [404, 200]


def test_robots_txt_rules_for_dateline_are_obeyed_and_the_page_never_asked(site: Site) -> None:
    site.add("/robots.txt", Reply(200, ROBOTS, {"Content-Type": "text/plain"}))
    site.page("/private/memo", "flood-rises.html")
    skip = skip_for(site, "/private/memo")
    assert skip.reason is SkipReason.ROBOTS
    assert str(skip) == "D010 disallowed by robots.txt: Dateline may not fetch /private/memo"
    assert "/private/memo" not in site.paths()


def test_a_host_whose_robots_txt_fails_is_not_crawled(site: Site) -> None:
    site.add("/robots.txt", Reply(503))
    site.page("/news/flood-rises", "flood-rises.html")
    skip = skip_for(site, "/news/flood-rises")
    assert skip.reason is SkipReason.ROBOTS and "503 Service Unavailable, 3 tries" in str(skip)
    assert "/news/flood-rises" not in site.paths()


def test_a_slow_host_times_out_and_is_tried_again_then_given_up(site: Site) -> None:
    site.add("/slow", Reply(200, b"<p>late</p>", {"Content-Type": HTML}, delay=1.0))
    skip = skip_for(site, "/slow", Politeness(delay=0, timeout=0.2, retries=1, backoff=0.01))
    assert str(skip) == "D012 no answer: timed out after 0.2 s, 2 tries"
    assert site.paths() == ["/robots.txt", "/slow", "/slow"]


def test_a_failing_host_is_retried_with_backoff_and_retry_after_until_it_answers(site: Site) -> None:
    site.add("/flaky", Reply(503), Reply(429, headers={"Retry-After": "7"}), Reply(200, b"<p>ok</p>",
                                                                                  {"Content-Type": HTML}))
    waits: list[float] = []
    chain, recorded = fetch(site, "/flaky", waits=waits)
    assert [a.status for a in chain] == [200]
    assert [r.status for r in recorded] == [404, 503, 429, 200]
    assert waits == [0.01, 7.0]  # doubling backoff, then the longer wait the server asked for


def test_a_host_that_keeps_failing_is_given_up_with_its_status(site: Site) -> None:
    site.add("/broken", Reply(500))
    assert str(skip_for(site, "/broken")) == "D011 HTTP error: 500 Internal Server Error, 3 tries"
    assert site.paths().count("/broken") == 3


def test_a_redirect_is_followed_and_each_hop_kept(site: Site) -> None:
    site.add("/old", Reply(301, headers={"Location": "/news/flood-rises"}))
    site.page("/news/flood-rises", "flood-rises.html")
    chain, recorded = fetch(site, "/old")
    assert [(a.url, a.status) for a in chain] == [(site.url("/old"), 301), (site.url("/news/flood-rises"), 200)]
    assert [r.status for r in recorded] == [404, 301, 200]


def test_a_redirect_loop_is_reported_not_followed_for_ever(site: Site) -> None:
    site.add("/a", Reply(302, headers={"Location": "/b"}))
    site.add("/b", Reply(302, headers={"Location": site.url("/a")}))
    skip = skip_for(site, "/a")
    assert str(skip) == f"D011 HTTP error: redirect loop: {site.url('/a')} -> {site.url('/b')} -> {site.url('/a')}"
    assert site.paths() == ["/robots.txt", "/a", "/b"]


def test_requests_to_one_host_keep_its_pace_and_its_crawl_delay(site: Site) -> None:
    site.page("/news/flood-rises", "flood-rises.html")
    waits: list[float] = []
    with PoliteClient(Politeness(delay=0.5), sleep=waits.append) as client:
        client.get(site.url("/news/flood-rises"), unconditional, lambda answer: None)
        assert len(waits) == 1 and 0.4 < waits[0] <= 0.5  # robots.txt, then the page half a second later
        site.add("/robots.txt", Reply(200, ROBOTS))
    waits.clear()
    with PoliteClient(Politeness(delay=0.5), sleep=waits.append) as client:
        client.get(site.url("/news/flood-rises"), unconditional, lambda answer: None)
        client.get(site.url("/news/flood-rises"), unconditional, lambda answer: None)
    assert len(waits) == 2 and 0.4 < waits[0] <= 0.5 and 4.9 < waits[1] <= 5.0  # Crawl-delay: 5 once read
