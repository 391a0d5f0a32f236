"""Chinese: date words only (lexicon/zh/dates.py), read beside every language's on any page."""
