"""Indonesian: date words only (lexicon/id/dates.py), read beside every language's on any page."""
