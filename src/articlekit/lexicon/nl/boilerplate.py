"""Dutch boilerplate data: block headings, inline insert cues, banner phrases and leftover lines.

Same constant names as ``lexicon/fr/boilerplate.py``; entries are written as they appear on pages
and folded by the code. On a Dutch page these are merged with the French data (``lexicon.for_page``).
"""

from __future__ import annotations

#: a block whose heading (or label) is exactly one of these is boilerplate, with the given data-ak label
HEADINGS: dict[str, str] = {
    "Lees ook": "related",
    "Lees meer": "related",
    "Gerelateerde artikelen": "related",
    "Gerelateerd": "related",
    "Meer over dit onderwerp": "related",
    "Ook interessant": "related",
    "Aanbevolen": "related",
    "Meest gelezen": "ticker",
    "Populair": "ticker",
    "Laatste nieuws": "ticker",
    "Reacties": "comments",
    "Plaats een reactie": "comments",
    "Delen": "share",
    "Deel dit artikel": "share",
    "Nieuwsbrief": "newsletter",
    "Onderwerpen": "nav",
    "Tags": "nav",
}

#: a short paragraph opening with one of these (then a separator) links another article
INSERT_PREFIXES: tuple[str, ...] = ("Lees ook", "Lees meer", "Bekijk ook", "Zie ook")

#: phrases that mark a short block as a banner or box wherever they appear in it
BANNER_PHRASES: dict[str, str] = {
    "Wij gebruiken cookies": "cookie",
    "We gebruiken cookies": "cookie",
    "maakt gebruik van cookies": "cookie",
    "gebruik van cookies": "cookie",
    "Alles accepteren": "cookie",
    "Schrijf je in voor onze nieuwsbrief": "newsletter",
    "Meld je aan voor onze nieuwsbrief": "newsletter",
    "Deel op Facebook": "share",
    "Delen op Facebook": "share",
    "Volg ons op": "share",
    "Alle rechten voorbehouden": "promo",
}

#: a body line starting with one of these (and short) is a byline, date line, credit or reading time
LINE_PREFIXES: tuple[str, ...] = (
    "Gepubliceerd op",
    "Bijgewerkt op",
    "Laatst bijgewerkt",
    "Foto:",
    "Beeld:",
    "Leestijd",
)

#: a short block whose whole text is one of these is a leftover label or button, not article text
EXACT_LINES: tuple[str, ...] = ("Advertentie", "Delen", "Reacties", "Lees meer", "Printen")

#: a short line starting with one of these and then a capitalised name is a byline ("Door Jan Jansen")
BYLINE_PREFIXES: tuple[str, ...] = ("Door", "Geschreven door")

#: longest such line, in characters: past it, the line is prose that happens to start the same way
LINE_MAX_CHARS: int = 120

#: words of reading-time lines ("3 min leestijd")
READING_TIME_SUFFIXES: tuple[str, ...] = ("min leestijd", "minuten leestijd")

#: frequent short words of the language: a page whose text has many of them is in this language
STOPWORDS: frozenset[str] = frozenset(
    {
        "het", "een", "van", "niet", "zijn", "ook", "maar", "wordt", "naar", "bij", "heeft", "nog",
        "dit", "worden", "door", "deze", "werd", "hij", "wel", "dat", "voor", "met", "op", "zij",
        "hebben", "kan", "moet", "meer", "omdat", "wat", "die", "als", "geen", "tot", "uit",
    }
)  # fmt: skip

#: words opening the heading of a list of links to other pages: labelled related only over links
MORE_HEADING_PREFIXES: tuple[str, ...] = ("Meer over", "Meer nieuws", "Meer van", "Ander nieuws")
