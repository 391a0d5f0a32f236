"""Czech: date words only (lexicon/cs/dates.py), read beside every language's on any page."""
