"""Arabic: date words only (lexicon/ar/dates.py), read beside every language's on any page."""
