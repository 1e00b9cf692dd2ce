"""The WARC archive of one fetch run: every answer received, with the request that asked for it.

Bodies are kept as the page's bytes, after the transfer's chunking and compression were undone (the
headers that named them are dropped, the length set to match), so any WARC reader replays them as they are.
Each record is flushed as written: a run killed midway leaves every whole record readable.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dateline.sources.http import USER_AGENT, Response

#: Headers that describe the transfer rather than the page, no longer true of the body as kept.
_TRANSFER_HEADERS = frozenset({"content-encoding", "transfer-encoding", "content-length"})


class WarcArchive:
    """A new ``.warc.gz`` file in ``folder``, made on the first answer recorded (a run that receives
    nothing new leaves no file)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path: Path | None = None
        self._file: BinaryIO | None = None
        self._writer: WARCWriter | None = None

    def __enter__(self) -> WarcArchive:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._file is not None:
            self._file.close()

    def record(self, answer: Response) -> None:
        """Keep an answer and its request; a 304 is not kept (it holds nothing the archive lacks)."""
        if answer.status == 304:
            return
        writer = self._writer or self._open()
        parts = urlsplit(answer.url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        request = writer.create_warc_record(answer.url, "request", payload=BytesIO(b""), http_headers=StatusAndHeaders(
            f"GET {target} {answer.http_version}", list(answer.request_headers), is_http_request=True))
        headers = [(k, v) for k, v in answer.headers if k.lower() not in _TRANSFER_HEADERS]
        response = writer.create_warc_record(answer.url, "response", payload=BytesIO(answer.body),
                                             http_headers=StatusAndHeaders(
                                                 f"{answer.status} {answer.reason}",
                                                 [*headers, ("Content-Length", str(len(answer.body)))],
                                                 protocol=answer.http_version))
        writer.write_request_response_pair(request, response)
        if self._file is not None:  # opened with the writer
            self._file.flush()

    def _open(self) -> WARCWriter:
        self.folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        self.path = self.folder / f"dateline-{stamp}-{os.getpid()}.warc.gz"
        self._file = self.path.open("xb")
        self._writer = WARCWriter(self._file, gzip=True)
        self._writer.write_record(self._writer.create_warcinfo_record(self.path.name, {"software": USER_AGENT}))
        return self._writer
