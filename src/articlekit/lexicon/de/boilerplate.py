"""German boilerplate data: block headings, inline insert cues, banner phrases and leftover lines.

Same constant names as ``lexicon/fr/boilerplate.py``; entries are written as they appear on pages
and folded by the code (casefold, umlauts and accents removed, punctuation trimmed at both ends). On
a German page these are merged with the French data (``lexicon.for_page``).
"""

from __future__ import annotations

#: a block whose heading (or label) is exactly one of these is boilerplate, with the given data-ak label
HEADINGS: dict[str, str] = {
    # related-article blocks
    "Mehr zum Thema": "related",
    "Mehr zu diesem Thema": "related",
    "Mehr zu den Themen": "related",
    "Mehr zum Thema lesen": "related",
    "Lesen Sie auch": "related",
    "Lesen Sie mehr": "related",
    "Lesen Sie dazu": "related",
    "Lesen Sie dazu auch": "related",
    "Das könnte Sie auch interessieren": "related",
    "Das könnte Sie interessieren": "related",
    "Dies könnte Sie auch interessieren": "related",
    "Auch interessant": "related",
    "Ebenfalls interessant": "related",
    "Passend zum Thema": "related",
    "Dazu passend": "related",
    "Zum Thema": "related",
    "Ähnliche Artikel": "related",
    "Ähnliche Beiträge": "related",
    "Ähnliche Themen": "related",
    "Verwandte Artikel": "related",
    "Verwandte Themen": "related",
    "Weitere Artikel": "related",
    "Weitere Beiträge": "related",
    "Weitere Meldungen": "related",
    "Weitere Nachrichten": "related",
    "Weitere Themen": "related",
    "Mehr Artikel": "related",
    "Mehr Nachrichten": "related",
    "Mehr aus dem Ressort": "related",
    "Mehr aus dieser Rubrik": "related",
    "Empfehlungen": "related",
    "Unsere Empfehlungen": "related",
    "Empfohlene Artikel": "related",
    "Empfehlungen der Redaktion": "related",
    "Auch lesenswert": "related",
    "Lesenswert": "related",
    "Lesetipps": "related",
    "Lesetipp": "related",
    "Weiterlesen": "related",
    "Zum Weiterlesen": "related",
    "Schon gelesen": "related",
    "Empfohlene Beiträge": "related",
    "Weitere Artikel zum Thema": "related",
    "Weiterführende Links": "related",
    "Weiterführender Link": "related",
    "Weiterführende Informationen": "related",
    # tickers and rankings
    "Meistgelesen": "ticker",
    "Meistgelesene Artikel": "ticker",
    "Meist gelesen": "ticker",
    "Am meisten gelesen": "ticker",
    "Die meistgelesenen Artikel": "ticker",
    "Meistgeklickt": "ticker",
    "Meistkommentiert": "ticker",
    "Kommentierte Artikel": "ticker",
    "Meistkommentierte Artikel": "ticker",
    "Meistgeteilt": "ticker",
    "Beliebte Artikel": "ticker",
    "Beliebteste Artikel": "ticker",
    "Top-Artikel": "ticker",
    "Top-Themen": "ticker",
    "Topthemen": "ticker",
    "Top-Meldungen": "ticker",
    "Schlagzeilen": "ticker",
    "Neueste Artikel": "ticker",
    "Neueste Meldungen": "ticker",
    "Aktuelle Meldungen": "ticker",
    "Aktuelle Nachrichten": "ticker",
    "Aktuelles": "ticker",
    "Aktuell": "ticker",
    "Aktuelle News": "ticker",
    "Newsticker": "ticker",
    "Neueste Beiträge": "ticker",
    "Nachrichten aus der Region": "ticker",
    # promotions (a lone "Anzeige" is an EXACT_LINES entry: as a heading it would take in the article)
    "Jetzt abonnieren": "promo",
    "Abonnieren": "promo",
    "Angebote": "promo",
    "Externer Inhalt": "promo",
    # share, comments, newsletter, tags
    "Teilen": "share",
    "Artikel teilen": "share",
    "Diesen Artikel teilen": "share",
    "Beitrag teilen": "share",
    "Seite teilen": "share",
    "Teilen Sie diesen Artikel": "share",
    "Möchten Sie den Artikel teilen": "share",
    "News teilen": "share",
    "Teilen mit": "share",
    "Gefällt mir": "share",
    "Kommentare": "comments",
    "Leserkommentare": "comments",
    "Kommentar schreiben": "comments",
    "Kommentar verfassen": "comments",
    "Kommentieren": "comments",
    "Diskutieren Sie mit": "comments",
    "Diskutieren Sie mit uns": "comments",
    "Diskussion": "comments",
    "Ihre Meinung": "comments",
    "Schreiben Sie einen Kommentar": "comments",
    "Newsletter": "newsletter",
    "Newsletter abonnieren": "newsletter",
    "Jetzt Newsletter abonnieren": "newsletter",
    "Schlagworte": "nav",
    "Schlagwörter": "nav",
    "Stichworte": "nav",
    "Stichwörter": "nav",
    "Themen": "nav",
    "Tags": "nav",
}

#: a short element whose text starts with one of these, followed by a separator, is an insert
#: pointing elsewhere ("Lesen Sie auch: Der Titel eines anderen Artikels"): data-ak="related"
INSERT_PREFIXES: tuple[str, ...] = (
    "Lesen Sie auch",
    "Lesen Sie mehr",
    "Lesen Sie dazu",
    "Lesen Sie dazu auch",
    "Lesen Sie hier",
    "Mehr zum Thema",
    "Mehr dazu",
    "Auch interessant",
    "Ebenfalls interessant",
    "Passend zum Thema",
    "Zum Thema",
    "Siehe auch",
    "Lesetipp",
    "Weiterlesen",
)

#: phrases that mark a short block as a banner or box wherever they appear in it
BANNER_PHRASES: dict[str, str] = {
    "Wir verwenden Cookies": "cookie",
    "Wir nutzen Cookies": "cookie",
    "verwendet Cookies": "cookie",
    "nutzt Cookies": "cookie",
    "Verwendung von Cookies": "cookie",
    "Einsatz von Cookies": "cookie",
    "Cookie-Einstellungen": "cookie",
    "Cookies akzeptieren": "cookie",
    "Alle akzeptieren": "cookie",
    "Newsletter abonnieren": "newsletter",
    "Jetzt zum Newsletter anmelden": "newsletter",
    "Melden Sie sich für unseren Newsletter": "newsletter",
    "Auf Facebook teilen": "share",
    "Auf Twitter teilen": "share",
    "Bei Facebook teilen": "share",
    "Bei Twitter teilen": "share",
    "Per E-Mail teilen": "share",
    "Per Mail versenden": "share",
    "Link kopieren": "share",
    "Nur für Abonnenten": "promo",
    "Bereits Abonnent": "promo",
    "Jetzt weiterlesen": "promo",
    "Jetzt abonnieren": "promo",
    "nicht eingeloggt": "promo",
    "Alle Rechte vorbehalten": "promo",
    "unserem Newsletter": "newsletter",
    "respektieren deine Privatsphäre": "cookie",
    "respektieren Ihre Privatsphäre": "cookie",
    "Folgen Sie uns auf": "share",
    "Affiliate-Links": "promo",
    "Affiliate-Link": "promo",
    "externen Inhalt": "cookie",
    "externer Inhalt": "cookie",
    "externe Inhalte": "cookie",
    "Ich bin damit einverstanden, dass mir": "cookie",
    "Unterstützen Sie unabhängigen Journalismus": "promo",
    "Unterstützen Sie unsere Arbeit": "promo",
    "Wenn Ihnen unser Artikel gefallen hat": "promo",
    "Wenn Ihnen dieser Artikel gefallen hat": "promo",
    "halten Sie sich an unsere Netiquette": "comments",
    "Besucher sind online": "promo",
}

#: a body line starting with one of these (and short) is a byline, date line, credit or reading time
LINE_PREFIXES: tuple[str, ...] = (
    "Veröffentlicht am",
    "Veröffentlicht:",
    "Aktualisiert am",
    "Aktualisiert:",
    "Zuletzt aktualisiert",
    "Erstellt am",
    "Erschienen am",
    "Stand:",
    "Foto:",
    "Fotos:",
    "Bild:",
    "Bilder:",
    "Bildquelle:",
    "Bildnachweis",
    "Grafik:",
    "Titelbild:",
    "Beitragsbild:",
    "Dieser Eintrag wurde veröffentlicht",
    "Lesezeit",
    "Lesedauer",
    "Artikel anhören",
    "Artikel vorlesen",
)

#: a short block whose whole text is one of these is a leftover label or button, not article text
EXACT_LINES: tuple[str, ...] = (
    "Anzeige",
    "Werbung",
    "Teilen",
    "Drucken",
    "Versenden",
    "Merken",
    "Kommentare",
    "Weiterlesen",
    "Mehr",
    "Nach oben",
    "Zur Startseite",
    "Artikel teilen",
    "Artikel merken",
    "Bild anzeigen",
    "Beitragsbild",
    "Gefällt mir",
    "Gefällt mir Wird geladen",
)

#: a short line starting with one of these and then a capitalised name is a byline ("Von Anna Weber")
BYLINE_PREFIXES: tuple[str, ...] = (
    "Von",
    "Ein Beitrag von",
    "Ein Kommentar von",
    "Eine Analyse von",
    "Text von",
)

#: longest such line, in characters: past it, the line is prose that happens to start the same way
LINE_MAX_CHARS: int = 120

#: words of reading-time lines ("3 Min. Lesezeit")
READING_TIME_SUFFIXES: tuple[str, ...] = ("min lesezeit", "min. lesezeit", "minuten lesezeit")

#: frequent short words of the language: a page whose text has many of them is in this language
STOPWORDS: frozenset[str] = frozenset(
    {
        "der", "die", "und", "in", "den", "von", "zu", "das", "mit", "sich", "des", "auf", "für",
        "ist", "im", "dem", "nicht", "ein", "eine", "als", "auch", "es", "an", "werden", "aus", "er",
        "hat", "dass", "sie", "nach", "wird", "bei", "einer", "um", "am", "sind", "noch", "wie",
    }
)  # fmt: skip

#: words opening the heading of a list of links to other pages ("Weitere Artikel aus der Region"):
#: the block is labelled related only when what the heading introduces is mostly links
MORE_HEADING_PREFIXES: tuple[str, ...] = (
    "Weitere",
    "Mehr zu",
    "Mehr zum",
    "Mehr aus",
    "Mehr von",
    "Noch mehr",
    "Aktuelle",
    "Neueste",
    "Interessantes aus",
    "Alle Artikel",
)
