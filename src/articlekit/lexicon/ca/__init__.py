"""Catalan: date words only (lexicon/ca/dates.py), read beside every language's on any page."""
