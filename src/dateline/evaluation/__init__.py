"""Measuring Dateline against published benchmarks: TempEval-3 (time expressions), Timeline17 (publication
dates, timeline summarization) and PolNeAR (attribution); ``dateline eval`` runs each (:mod:`.cli`)."""
