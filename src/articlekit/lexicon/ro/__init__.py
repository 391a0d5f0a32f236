"""Romanian: date words only (lexicon/ro/dates.py), read beside every language's on any page."""
