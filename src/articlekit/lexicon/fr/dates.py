"""French dates data: month and day names, ordinal suffixes, time marks, and the cues of date lines.

Every key is lower-case; code folds the text it reads to lower case (and strips a trailing dot from
abbreviations) before looking a word up here.
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

#: day names of the other languages of OTHER_MONTHS, with their abbreviations (met beside dates)
OTHER_DAYS: frozenset[str] = frozenset(
    {
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"),
        *("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "sonnabend"),
        *("mo", "di", "mi", "do", "fr", "sa", "so"),
        *("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
        *("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    }
)

#: suffixes written after a day number ("1er mai", "1re"; "May 1st" on English pages)
ORDINAL_SUFFIXES: frozenset[str] = frozenset({"er", "re", "ère", "e", "st", "nd", "rd", "th"})

#: month names of the other languages a French reader's pages often carry (English, German, Spanish,
#: Italian, Portuguese, Dutch), read after MONTHS; only ever matched next to a day number and a year
OTHER_MONTHS: dict[str, int] = {
    **dict.fromkeys(("january", "januar", "jänner", "enero", "gennaio", "janeiro", "januari"), 1),
    **dict.fromkeys(
        ("february", "feb", "februar", "feber", "febrero", "febbraio", "fevereiro", "februari"), 2
    ),
    **dict.fromkeys(("march", "märz", "maerz", "marzo", "março", "marco", "maart", "mär", "mrz"), 3),
    **dict.fromkeys(("april", "apr", "abril", "aprile"), 4),
    **dict.fromkeys(("may", "mayo", "maggio", "maio", "mei"), 5),
    **dict.fromkeys(("june", "jun", "juni", "junio", "giugno", "junho"), 6),
    **dict.fromkeys(("july", "jul", "juli", "julio", "luglio", "julho"), 7),
    **dict.fromkeys(("august", "aug", "agosto", "augustus"), 8),
    **dict.fromkeys(("september", "septiembre", "settembre", "setembro", "setiembre"), 9),
    **dict.fromkeys(("october", "oktober", "okt", "octubre", "ottobre", "outubro"), 10),
    **dict.fromkeys(("november", "noviembre", "novembre", "novembro"), 11),
    **dict.fromkeys(("december", "dezember", "dez", "diciembre", "dicembre", "dezembro"), 12),
    # Dutch, Scandinavian, Indonesian spellings and abbreviations not listed above
    **dict.fromkeys(("januar", "jänner", "jan", "ene", "gen"), 1),
    **dict.fromkeys(("februar", "febr", "februari", "febrero", "fevereiro"), 2),
    **dict.fromkeys(("maart", "mars", "maret", "mrt"), 3),
    **dict.fromkeys(("maj", "mai", "mei", "mayo"), 5),
    **dict.fromkeys(("augusti", "agustus", "ago", "agu"), 8),
    **dict.fromkeys(("sept", "sep", "set", "setiembre"), 9),
    **dict.fromkeys(("okt", "oktober", "ott"), 10),
    **dict.fromkeys(("desember", "dic"), 12),
    # genitive month names of Polish, Czech and Russian dates ("15 kwietnia 2020", "5 мая 2020")
    **dict.fromkeys(("stycznia", "styczeń", "ledna", "leden", "января", "январь", "янв"), 1),
    **dict.fromkeys(("lutego", "luty", "února", "únor", "февраля", "февраль", "фев"), 2),
    **dict.fromkeys(("marca", "marzec", "března", "březen", "марта", "март", "мар"), 3),
    **dict.fromkeys(("kwietnia", "kwiecień", "dubna", "duben", "апреля", "апрель", "апр"), 4),
    **dict.fromkeys(("maja", "maj", "května", "květen", "мая", "май"), 5),
    **dict.fromkeys(("czerwca", "czerwiec", "června", "červen", "июня", "июнь", "июн"), 6),
    **dict.fromkeys(("lipca", "lipiec", "července", "červenec", "июля", "июль", "июл"), 7),
    **dict.fromkeys(("sierpnia", "sierpień", "srpna", "srpen", "августа", "август", "авг"), 8),
    **dict.fromkeys(("września", "wrzesień", "září", "сентября", "сентябрь", "сен", "сент"), 9),
    **dict.fromkeys(("października", "październik", "října", "říjen", "октября", "октябрь", "окт"), 10),
    **dict.fromkeys(("listopada", "listopad", "listopadu", "ноября", "ноябрь", "ноя"), 11),
    **dict.fromkeys(("grudnia", "grudzień", "prosince", "prosinec", "декабря", "декабрь", "дек"), 12),
    # Turkish
    **dict.fromkeys(("ocak",), 1),
    **dict.fromkeys(("şubat", "subat"), 2),
    **dict.fromkeys(("mart",), 3),
    **dict.fromkeys(("nisan",), 4),
    **dict.fromkeys(("mayıs", "mayis"), 5),
    **dict.fromkeys(("haziran",), 6),
    **dict.fromkeys(("temmuz",), 7),
    **dict.fromkeys(("ağustos", "agustos"), 8),
    **dict.fromkeys(("eylül", "eylul"), 9),
    **dict.fromkeys(("ekim",), 10),
    **dict.fromkeys(("kasım", "kasim"), 11),
    **dict.fromkeys(("aralık", "aralik"), 12),
    # Catalan, Romanian, Greek (genitive) and Ukrainian (genitive) month names
    **dict.fromkeys(("gener", "ianuarie", "ιανουαρίου", "січня"), 1),
    **dict.fromkeys(("febrer", "februarie", "φεβρουαρίου", "лютого"), 2),
    **dict.fromkeys(("març", "martie", "μαρτίου", "березня"), 3),
    **dict.fromkeys(("aprilie", "απριλίου", "квітня"), 4),
    **dict.fromkeys(("maig", "μαΐου", "травня"), 5),
    **dict.fromkeys(("juny", "iunie", "ιουνίου", "червня"), 6),
    **dict.fromkeys(("juliol", "iulie", "ιουλίου", "липня"), 7),
    **dict.fromkeys(("agost", "αυγούστου", "серпня"), 8),
    **dict.fromkeys(("setembre", "septembrie", "σεπτεμβρίου", "вересня"), 9),
    **dict.fromkeys(("octombrie", "οκτωβρίου", "жовтня"), 10),
    **dict.fromkeys(("noiembrie", "νοεμβρίου", "листопада"), 11),
    **dict.fromkeys(("desembre", "decembrie", "δεκεμβρίου", "грудня"), 12),
    # Arabic (Egyptian and Gulf spellings)
    **dict.fromkeys(("يناير",), 1),
    **dict.fromkeys(("فبراير",), 2),
    **dict.fromkeys(("مارس",), 3),
    **dict.fromkeys(("أبريل", "إبريل", "ابريل"), 4),
    **dict.fromkeys(("مايو",), 5),
    **dict.fromkeys(("يونيو", "يونيه"), 6),
    **dict.fromkeys(("يوليو", "يوليه"), 7),
    **dict.fromkeys(("أغسطس", "اغسطس"), 8),
    **dict.fromkeys(("سبتمبر",), 9),
    **dict.fromkeys(("أكتوبر", "اكتوبر"), 10),
    **dict.fromkeys(("نوفمبر",), 11),
    **dict.fromkeys(("ديسمبر",), 12),
}

#: words written between the day, the month and the year ("2 de abril de 2020", Spanish, Portuguese)
DATE_JOINERS: tuple[str, ...] = ("de", "del")

#: year, month and day marks of East Asian dates ("2019年3月8日", "2020년 3월 4일")
YMD_MARKS: tuple[tuple[str, str, str], ...] = (("年", "月", "日"), ("년", "월", "일"))

#: markers of afternoon hours on English pages ("1:30 PM")
PM_MARKS: frozenset[str] = frozenset({"pm", "p.m.", "p.m"})

#: letters that separate hours from minutes ("11h20", "11 h 20"); ":" is always accepted
HOUR_MARKS: frozenset[str] = frozenset({"h"})

#: words that link a date to its time ("le 5 décembre à 11h20")
TIME_CONNECTORS: frozenset[str] = frozenset({"à", "a", "vers", "at", "um", "às", "alle", "las"})

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

#: the same cues on pages in other common languages (English, German, Spanish, Italian)
OTHER_PUBLISHED_CUES: tuple[str, ...] = (
    "veröffentlicht am",
    "veröffentlicht",
    "erstellt am",
    "publiziert am",
    "datum:",
    "stand des artikels:",
    "stand:",
    "published on",
    "published",
    "posted on",
    "posted",
    "publicado el",
    "publicado",
    "pubblicato il",
    "pubblicato",
    "erschienen am",
    "publicado em",
    "publicada em",
    "gepubliceerd op",
    "gepubliceerd",
    "opublikowano",
    "data publikacji",
)
OTHER_MODIFIED_CUES: tuple[str, ...] = (
    "zuletzt aktualisiert am",
    "aktualisiert am",
    "aktualisiert",
    "last updated on",
    "last updated",
    "date of last revision",
    "last revised on",
    "last revised",
    "updated on",
    "updated",
    "actualizado el",
    "actualizado",
    "aggiornato il",
    "aggiornato",
    "letzte änderung",
    "zuletzt geändert am",
    "zuletzt geändert",
    "geändert am",
    "atualizado em",
    "bijgewerkt op",
    "bijgewerkt",
    "aktualizacja",
)

#: labels written before a date, alone in their element ("Date :", "Mise en ligne", "Datum", "Stand")
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
        "datum",
        "stand",
        "erstellt am",
        "veröffentlicht am",
        "veröffentlicht",
        "published",
        "published on",
        "posted on",
        "posted",
        "fecha",
        "data",
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
