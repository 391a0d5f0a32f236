"""Ukrainian: date words only (lexicon/uk/dates.py), read beside every language's on any page."""
