"""Use-cases: what acts on one message or one tick."""
