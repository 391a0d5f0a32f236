"""Norwegian: date words only (lexicon/no/dates.py), read beside every language's on any page."""
