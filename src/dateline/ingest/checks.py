"""Checks that turn bad input into a clear skip instead of a crash or a silent wrong result."""

from __future__ import annotations

import re
from functools import lru_cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

from dateline.errors import SkippedInput, SkipReason

MAX_TEXT_BYTES = 5 * 1024 * 1024
# Language detection needs only a sample; the head of an article is representative and cheap.
LANGUAGE_SAMPLE_CHARS = 1000
# Short snippets ("Most Popular") cannot be identified reliably, so they are not judged.
MIN_CHARS_FOR_LANGUAGE = 40
# Fewer words than this is markup debris or an empty page, not an article.
MIN_WORDS = 3
_WORD = re.compile(r"[^\W\d_]{2,}")


def decode_text(data: bytes, charset: str | None = None) -> str:
    """Decode bytes as text, refusing what is huge, binary or not in its encoding: UTF-8, unless the
    source declares another ``charset`` (a codec name as :func:`codecs.lookup` gives it, from a web
    server's Content-Type header, say)."""
    if len(data) > MAX_TEXT_BYTES:
        raise SkippedInput(SkipReason.HUGE, f"{len(data) / 1_048_576:.1f} MB")
    if b"\x00" in data[:8192]:
        raise SkippedInput(SkipReason.BINARY)
    encoding = charset if charset not in (None, "utf-8") else "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        where = f"byte 0x{data[error.start]:02x} at offset {error.start}"
        if encoding == "utf-8-sig":
            raise SkippedInput(SkipReason.NOT_UTF8, where) from None
        raise SkippedInput(SkipReason.MALFORMED, f"not {charset} as declared ({where})") from None
    return text


def check_article_text(text: str) -> None:
    """Refuse text that is empty, too large or not English; every later stage assumes English."""
    if len(_WORD.findall(text[:LANGUAGE_SAMPLE_CHARS])) < MIN_WORDS:
        raise SkippedInput(SkipReason.EMPTY)
    size = len(text.encode("utf-8"))
    if size > MAX_TEXT_BYTES:
        raise SkippedInput(SkipReason.HUGE, f"{size / 1_048_576:.1f} MB")
    language = detect_language(text)
    if language is not None and language != Language.ENGLISH:
        raise SkippedInput(SkipReason.NOT_ENGLISH, language.name.title())


def detect_language(text: str) -> Language | None:
    """The text's language, or None when the sample is too short to tell."""
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    if len(sample.strip()) < MIN_CHARS_FOR_LANGUAGE:
        return None
    return _language_detector().detect_language_of(sample)


@lru_cache(maxsize=1)
def _language_detector() -> LanguageDetector:
    # Low-accuracy mode is plenty for paragraphs of news and keeps memory near 100 MB.
    return LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()
