"""The document in memory: one owner (DocumentSession) and the typed operations that change it."""
