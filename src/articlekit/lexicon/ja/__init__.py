"""Japanese: date words only (lexicon/ja/dates.py), read beside every language's on any page."""
