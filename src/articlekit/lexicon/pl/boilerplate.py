"""Polish boilerplate data: block headings, inline insert cues, banner phrases and leftover lines.

Same constant names as ``lexicon/fr/boilerplate.py``; entries are written as they appear on pages
and folded by the code. On a Polish page these are merged with the French data (``lexicon.for_page``).
"""

from __future__ import annotations

#: a block whose heading (or label) is exactly one of these is boilerplate, with the given data-ak label
HEADINGS: dict[str, str] = {
    "Czytaj także": "related",
    "Czytaj też": "related",
    "Czytaj więcej": "related",
    "Zobacz także": "related",
    "Zobacz też": "related",
    "Polecamy": "related",
    "Polecane": "related",
    "Powiązane artykuły": "related",
    "Podobne artykuły": "related",
    "Najczęściej czytane": "ticker",
    "Najpopularniejsze": "ticker",
    "Najnowsze": "ticker",
    "Najnowsze artykuły": "ticker",
    "Komentarze": "comments",
    "Dodaj komentarz": "comments",
    "Udostępnij": "share",
    "Newsletter": "newsletter",
    "Tagi": "nav",
}

#: a short element whose text starts with one of these, followed by a separator, is an insert
#: pointing elsewhere ("Czytaj także: Tytuł innego artykułu"): data-ak="related"
INSERT_PREFIXES: tuple[str, ...] = (
    "Czytaj także",
    "Czytaj też",
    "Czytaj więcej",
    "Zobacz także",
    "Zobacz też",
    "Polecamy",
)

#: phrases that mark a short block as a banner or box wherever they appear in it
BANNER_PHRASES: dict[str, str] = {
    "korzystamy z cookies": "cookie",
    "korzysta z plików cookie": "cookie",
    "używa plików cookie": "cookie",
    "wykorzystujemy pliki cookie": "cookie",
    "Wszelkie prawa zastrzeżone": "promo",
    "Materiał chroniony prawem autorskim": "promo",
    "Zapraszamy do subskrypcji": "promo",
    "Zapraszamy też do subskrypcji": "promo",
    "Wesprzyj nas darowizną": "promo",
}

#: a body line starting with one of these (and short) is a byline, date line, credit or reading time
LINE_PREFIXES: tuple[str, ...] = ("Opublikowano", "Aktualizacja:", "Fot.", "Foto:", "Źródło zdjęć")

#: a short block whose whole text is one of these is a leftover label or button, not article text
EXACT_LINES: tuple[str, ...] = ("Reklama", "Udostępnij", "Komentarze")

#: a short line starting with one of these and then a capitalised name is a byline
BYLINE_PREFIXES: tuple[str, ...] = ("Autor:",)

#: longest such line, in characters: past it, the line is prose that happens to start the same way
LINE_MAX_CHARS: int = 120

#: words of reading-time lines ("3 min czytania")
READING_TIME_SUFFIXES: tuple[str, ...] = ("min czytania", "minut czytania")

#: frequent short words of the language: a page whose text has many of them is in this language
STOPWORDS: frozenset[str] = frozenset(
    {
        "i", "w", "na", "z", "się", "nie", "do", "to", "że", "jest", "jak", "po", "co", "ale", "od",
        "za", "przez", "dla", "jego", "są", "tak", "już", "oraz", "czy", "jej", "też", "może",
        "tylko", "przy", "był", "była", "być", "który", "która", "które", "ich",
    }
)  # fmt: skip

#: words opening the heading of a list of links to other pages ("Więcej z kraju"): the block is
#: labelled related only when what the heading introduces is mostly links
MORE_HEADING_PREFIXES: tuple[str, ...] = ("Więcej", "Inne artykuły", "Najnowsze")
