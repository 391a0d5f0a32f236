"""Greek: date words only (lexicon/el/dates.py), read beside every language's on any page."""
