"""Link: the corpus-level stages that see many articles at once (duplicates, storylines, entities)."""
