"""Timeline summarization: from dated candidate sentences to the days that matter and what happened on each."""
