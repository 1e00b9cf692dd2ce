"""Measuring Dateline against published benchmarks (Timeline17 for timeline summarization)."""
