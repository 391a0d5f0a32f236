"""Korean: date words only (lexicon/ko/dates.py), read beside every language's on any page."""
