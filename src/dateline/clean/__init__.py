"""Clean: strip what scrapers and copy-paste leave around a story, keeping an audit of every removed line."""

from dateline.clean.boilerplate import CleanedText, clean_text

__all__ = ["CleanedText", "clean_text"]
