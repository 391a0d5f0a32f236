"""French dates data: month and day names, ordinal suffixes, time marks, and the cues of date lines.

Every key is lower-case; code folds the text it reads to lower case (and strips a trailing dot from
abbreviations) before looking a word up here. The other languages' date words are in their own
packages (``lexicon/<lang>/dates.py``); ``lexicon.date_words`` reads them all, the French ones first.
"""

from __future__ import annotations

#: month name or abbreviation -> month number (accented and unaccented spellings both listed)
MONTHS: dict[str, int] = {
    "janvier": 1,
    "janv": 1,
    "jan": 1,
    "février": 2,
    "fevrier": 2,
    "févr": 2,
    "fevr": 2,
    "fév": 2,
    "fev": 2,
    "mars": 3,
    "mar": 3,
    "avril": 4,
    "avr": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "juil": 7,
    "août": 8,
    "aout": 8,
    "aoû": 8,
    "septembre": 9,
    "sept": 9,
    "sep": 9,
    "octobre": 10,
    "oct": 10,
    "novembre": 11,
    "nov": 11,
    "décembre": 12,
    "decembre": 12,
    "déc": 12,
    "dec": 12,
}

#: day names and their abbreviations (skipped in front of a date: "mardi 5 décembre 2023")
DAYS: frozenset[str] = frozenset(
    {
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "lun",
        "mar",
        "mer",
        "jeu",
        "ven",
        "sam",
        "dim",
    }
)

#: suffixes written after a day number ("1er mai", "1re", "2e")
ORDINAL_SUFFIXES: frozenset[str] = frozenset({"er", "re", "ère", "e"})

#: letters that separate hours from minutes ("11h20", "11 h 20"); ":" is always accepted
HOUR_MARKS: frozenset[str] = frozenset({"h"})

#: words that link a date to its time ("le 5 décembre à 11h20")
TIME_CONNECTORS: frozenset[str] = frozenset({"à", "a", "vers"})

#: cues opening a publication-date line, longest first ("Publié le mardi 5 décembre 2023 à 11h20")
PUBLISHED_CUES: tuple[str, ...] = (
    "publié aujourd'hui le",
    "publié le",
    "publiée le",
    "publié",
    "publiée",
    "mis en ligne le",
    "mise en ligne le",
    "mis en ligne",
    "mise en ligne",
    "paru le",
    "parution le",
    "posté le",
    "créé le",
    "rédigé le",
    "date de publication",
    "publication",
    "pub.",
)

#: labels written before a date, alone in their element ("Date :", "Mise en ligne")
DATE_LABELS: frozenset[str] = frozenset(
    {
        "date",
        "date de publication",
        "publication",
        "publié le",
        "publié",
        "mise en ligne",
        "mis en ligne",
        "mis en ligne le",
        "paru le",
        "parution",
    }
)

#: cues opening a modification-date line, longest first ("Mis à jour le 5 décembre 2023")
MODIFIED_CUES: tuple[str, ...] = (
    "dernière mise à jour le",
    "dernière mise à jour",
    "mis à jour le",
    "mise à jour le",
    "mis à jour",
    "mise à jour",
    "modifié le",
    "modifiée le",
    "modifié",
    "actualisé le",
    "actualisée le",
    "actualisé",
    "màj le",
    "màj",
    "maj le",
    "maj",
)

#: words around dates that carry no date information ("le", "à", "-", "|")
FILLER_WORDS: frozenset[str] = frozenset({"le", "du", "à", "a", "vers", "et", "depuis"})

# --- bylines: the line that carries the author(s), often beside the date ---------------------------
# Pages in other languages reach a French reader too, so the common English/German/Spanish/Italian
# byline words are listed beside the French ones.

#: words opening a byline ("Par Jean Dupont", "By Jane Doe"), longest first, lower-case
BYLINE_PREFIXES: tuple[str, ...] = (
    "propos recueillis par",
    "à propos de l'auteur",
    "about the author",
    "über den autor",
    "über die autorin",
    "post author by",
    "post author",
    "alles von",
    "mehr von",
    "more from",
    "vom",
    "more stories by",
    "eingestellt von",
    "geschrieben von",
    "verfasst von",
    "erstellt von",
    "artikel von",
    "ein beitrag von",
    "interview :",
    "interview:",
    "redaktion :",
    "redaktion:",
    "autoren :",
    "autoren:",
    "autoren",
    "autorin :",
    "autorin:",
    "autor :",
    "autor:",
    "written by :",
    "written by:",
    "escrito por",
    "publicado por",
    "a cura di",
    "scritto da",
    "pubblicato da",
    "geplaatst door",
    "text von",
    "text :",
    "text:",
    "tekst :",
    "tekst:",
    "texto :",
    "texto:",
    "testo di",
    "autorka:",
    "autora:",
    "texte et photos",
    "une chronique de",
    "un article de",
    "écrit par",
    "rédigé par",
    "publié par",
    "posted by",
    "written by",
    "reported by",
    "story by",
    "words by",
    "texte :",
    "texte",
    "auteur :",
    "auteurs :",
    "auteur",
    "author:",
    "authors:",
    "author",
    "par :",
    "par",
    "by:",
    "by",
    "von",
    "por",
    "door",
    "di",
    "af",
    "av",
)

#: words after which a byline no longer names anyone ("Jean Dupont le 5 mai", "Max Muster am Montag")
BYLINE_END_WORDS: frozenset[str] = frozenset(
    {
        "le",
        "publié",
        "publiée",
        "mis",
        "mise",
        "am",
        "um",
        "vor",
        "stand",
        "publiziert",
        "veröffentlicht",
        "aktualisiert",
        "geändert",
        "zuletzt",
        "last",
        "on",
        "updated",
        "published",
        "posted",
        "hace",
        "kontakt",
        "contact",
        "powered",
        "follow",
        "publicado",
        "publicada",
        "actualizado",
        "pubblicato",
        "aggiornato",
        "publicat",
        "—",
        "–",
        "·",
        "•",
    }
)

#: words opening a picture credit, never an author ("Photo : Jean Dupont", "Foto: dpa")
CREDIT_WORDS: frozenset[str] = frozenset(
    {
        "photo",
        "photos",
        "crédit",
        "crédits",
        "credit",
        "illustration",
        "illustrations",
        "image",
        "images",
        "beeld",
        "photograph",
        "photographs",
        "photography",
        "fotografie",
        "fotografía",
        "video",
        "grafik",
        "graphic",
        "graphics",
        "foto",
        "fotos",
        "bild",
        "quelle",
    }
)

#: words joining two author names ("Jean Dupont et Marie Curie")
AUTHOR_JOINERS: tuple[str, ...] = ("et", "and", "und", "y", "e", "en", "och", "og", "ve", "és", "и", "&")

#: lower-case words that belong inside a person's name ("Ludwig van Beethoven", "Michiel de Jong")
BYLINE_NAME_PARTICLES: frozenset[str] = frozenset(
    {
        "de",
        "du",
        "des",
        "d'",
        "la",
        "le",
        "van",
        "von",
        "der",
        "den",
        "ter",
        "ten",
        "da",
        "das",
        "do",
        "dos",
        "di",
        "del",
        "della",
        "y",
        "e",
        "bin",
        "ibn",
        "al",
        "el",
        "zu",
        "af",
    }
)

#: job titles and roles written beside a name, dropped from authors ("journaliste", "envoyé spécial")
ROLE_WORDS: frozenset[str] = frozenset(
    {
        "journaliste",
        "journalistes",
        "auteur",
        "auteure",
        "autrice",
        "rédacteur",
        "rédactrice",
        "rédaction",
        "ligne",  # "Rédaction en ligne"
        "correspondant",
        "correspondante",
        "envoyé",
        "envoyée",
        "spécial",
        "spéciale",
        "chroniqueur",
        "chroniqueuse",
        "éditorialiste",
        "photographe",
        "photos",
        "photo",
        "reporter",
        "reporters",
        "staff",
        "writer",
        "editor",
        "editors",
        "correspondent",
        "contributor",
        "columnist",
        "senior",
        "redakteur",
        "redakteurin",
        "redaktion",
        "autor",
        "autorin",
        "agence",
        "agency",
        "기자",  # Korean bylines: "신현주 기자"
    }
)
