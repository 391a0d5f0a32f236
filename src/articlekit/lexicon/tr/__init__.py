"""Turkish: date words only (lexicon/tr/dates.py), read beside every language's on any page."""
