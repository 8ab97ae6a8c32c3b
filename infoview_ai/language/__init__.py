"""Shared text tools: counts and measures, sentences, names and greetings, pronouns, clichés, number words.

Used by the parsers, the trust checks and both engines; imports nothing above the ground floor.
"""
