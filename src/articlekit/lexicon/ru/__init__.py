"""Russian: date words only (lexicon/ru/dates.py), read beside every language's on any page."""
