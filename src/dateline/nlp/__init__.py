"""spaCy annotation: the model, the Doc extensions Dateline's components share, and the pipeline."""
