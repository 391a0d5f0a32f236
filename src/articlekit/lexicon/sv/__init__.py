"""Swedish: date words only (lexicon/sv/dates.py), read beside every language's on any page."""
