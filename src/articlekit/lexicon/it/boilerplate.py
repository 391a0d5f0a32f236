"""Italian boilerplate data: block headings, inline insert cues, banner phrases and leftover lines.

Same constant names as ``lexicon/fr/boilerplate.py``; entries are written as they appear on pages
and folded by the code. On an Italian page these are merged with the French data (``lexicon.for_page``).
"""

from __future__ import annotations

#: a block whose heading (or label) is exactly one of these is boilerplate, with the given data-ak label
HEADINGS: dict[str, str] = {
    "Articoli correlati": "related",
    "Notizie correlate": "related",
    "Contenuti correlati": "related",
    "Leggi anche": "related",
    "Potrebbe interessarti": "related",
    "Ti potrebbe interessare": "related",
    "Potrebbero interessarti anche": "related",
    "Altri articoli": "related",
    "Vedi anche": "related",
    "I più letti": "ticker",
    "Più letti": "ticker",
    "Le più lette": "ticker",
    "I più visti": "ticker",
    "Ultime notizie": "ticker",
    "Ultim'ora": "ticker",
    "Commenti": "comments",
    "Lascia un commento": "comments",
    "Condividi": "share",
    "Condividi su": "share",
    "Condividi questo articolo": "share",
    "Newsletter": "newsletter",
    "Iscriviti alla newsletter": "newsletter",
    "Argomenti": "nav",
    "Tag": "nav",
}

#: a short paragraph opening with one of these (then a separator) links another article
INSERT_PREFIXES: tuple[str, ...] = (
    "Leggi anche",
    "Leggi pure",
    "Vedi anche",
    "Guarda anche",
    "Potrebbe interessarti",
    "Approfondisci",
)

#: phrases that mark a short block as a banner or box wherever they appear in it
BANNER_PHRASES: dict[str, str] = {
    "Utilizziamo i cookie": "cookie",
    "utilizza i cookie": "cookie",
    "utilizza cookie": "cookie",
    "uso dei cookie": "cookie",
    "Accetta tutti": "cookie",
    "Iscriviti alla nostra newsletter": "newsletter",
    "Condividi su Facebook": "share",
    "Condividi su Twitter": "share",
    "Seguici su": "share",
    "Tutti i diritti riservati": "promo",
    "Riproduzione riservata": "promo",
}

#: a body line starting with one of these (and short) is a byline, date line, credit or reading time
LINE_PREFIXES: tuple[str, ...] = (
    "Pubblicato il",
    "Aggiornato il",
    "Ultimo aggiornamento",
    "Foto:",
    "Fonte foto",
    "Tempo di lettura",
)

#: a short block whose whole text is one of these is a leftover label or button, not article text
EXACT_LINES: tuple[str, ...] = (
    "Pubblicità",
    "Condividi",
    "Commenti",
    "Leggi tutto",
    "Stampa",
    "Riproduzione riservata",
)

#: a short line starting with one of these and then a capitalised name is a byline
BYLINE_PREFIXES: tuple[str, ...] = ("A cura di", "Scritto da")

#: longest such line, in characters: past it, the line is prose that happens to start the same way
LINE_MAX_CHARS: int = 120

#: words of reading-time lines ("3 min di lettura")
READING_TIME_SUFFIXES: tuple[str, ...] = ("min di lettura", "minuti di lettura")

#: frequent short words of the language: a page whose text has many of them is in this language
STOPWORDS: frozenset[str] = frozenset(
    {
        "il", "della", "che", "non", "sono", "gli", "nel", "nella", "alla", "anche", "più", "questo",
        "questa", "dei", "delle", "degli", "perché", "essere", "stato", "hanno", "molto", "dopo",
        "di", "per", "è", "ci", "tra", "quando", "loro", "suo", "sua", "ancora", "già", "dalla",
    }
)  # fmt: skip

#: words opening the heading of a list of links to other pages: labelled related only over links
MORE_HEADING_PREFIXES: tuple[str, ...] = ("Altro da", "Altri articoli", "Altre notizie", "Ultime")
