"""Signals: the facts in a profile worth a question (docs/domain.md, the signal table), and the roles they
come from."""
