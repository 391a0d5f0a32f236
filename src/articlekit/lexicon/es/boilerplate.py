"""Spanish boilerplate data: block headings, inline insert cues, banner phrases and leftover lines.

Same constant names as ``lexicon/fr/boilerplate.py``; entries are written as they appear on pages
and folded by the code. On a Spanish page these are merged with the French data (``lexicon.for_page``).
"""

from __future__ import annotations

#: a block whose heading (or label) is exactly one of these is boilerplate, with the given data-ak label
HEADINGS: dict[str, str] = {
    "Notas relacionadas": "related",
    "Noticias relacionadas": "related",
    "Artículos relacionados": "related",
    "Contenido relacionado": "related",
    "Relacionado": "related",
    "Relacionados": "related",
    "Te puede interesar": "related",
    "También te puede interesar": "related",
    "Le puede interesar": "related",
    "Te recomendamos": "related",
    "Lee también": "related",
    "Lea también": "related",
    "Leer más": "related",
    "Más noticias": "related",
    "Más sobre este tema": "related",
    "Lo más leído": "ticker",
    "Lo más visto": "ticker",
    "Más leídas": "ticker",
    "Más leídos": "ticker",
    "Más vistas": "ticker",
    "Últimas noticias": "ticker",
    "Lo último": "ticker",
    "Tendencias": "ticker",
    "Comentarios": "comments",
    "Deja un comentario": "comments",
    "Compartir": "share",
    "Compartir en": "share",
    "Comparte esta noticia": "share",
    "Comparte este artículo": "share",
    "Boletín": "newsletter",
    "Newsletter": "newsletter",
    "Suscríbete": "promo",
    "Etiquetas": "nav",
    "Temas": "nav",
}

#: a short element whose text starts with one of these, followed by a separator, is an insert
#: pointing elsewhere ("Lee también: El título de otro artículo"): data-ak="related"
INSERT_PREFIXES: tuple[str, ...] = (
    "Lee también",
    "Lea también",
    "Lee además",
    "Lea además",
    "Vea también",
    "Ver también",
    "Mira también",
    "Mire también",
    "Mira",
    "Mire",
    "Te puede interesar",
    "Le puede interesar",
    "Relacionado",
    "Leer más",
)

#: phrases that mark a short block as a banner or box wherever they appear in it
BANNER_PHRASES: dict[str, str] = {
    "Utilizamos cookies": "cookie",
    "usamos cookies": "cookie",
    "utiliza cookies": "cookie",
    "uso de cookies": "cookie",
    "política de cookies": "cookie",
    "Síguenos en": "share",
    "Compartir en Facebook": "share",
    "Compartir en Twitter": "share",
    "Suscríbete a nuestro boletín": "newsletter",
    "Suscríbete a nuestro newsletter": "newsletter",
    "Todos los derechos reservados": "promo",
    "nuestro canal de YouTube": "share",
    "nuestro canal de Telegram": "share",
    "nuestro canal de WhatsApp": "share",
    "enlaces de afiliados": "promo",
    "Cancela cuando quieras": "promo",
}

#: a body line starting with one of these (and short) is a byline, date line, credit or reading time
LINE_PREFIXES: tuple[str, ...] = (
    "Publicado el",
    "Publicado:",
    "Actualizado el",
    "Actualizado:",
    "Última actualización",
    "Foto:",
    "Fotos:",
    "Imagen:",
    "Crédito:",
    "Tiempo de lectura",
)

#: a short block whose whole text is one of these is a leftover label or button, not article text
EXACT_LINES: tuple[str, ...] = ("Publicidad", "Compartir", "Comentarios", "Leer más", "Imprimir")

#: a short line starting with one of these and then a capitalised name is a byline ("Por Ana López")
BYLINE_PREFIXES: tuple[str, ...] = ("Por", "Escrito por")

#: longest such line, in characters: past it, the line is prose that happens to start the same way
LINE_MAX_CHARS: int = 120

#: words of reading-time lines ("3 min de lectura")
READING_TIME_SUFFIXES: tuple[str, ...] = ("min de lectura", "minutos de lectura")

#: frequent short words of the language: a page whose text has many of them is in this language
STOPWORDS: frozenset[str] = frozenset(
    {
        "el", "los", "las", "y", "del", "se", "con", "para", "una", "su", "al", "es", "lo", "como",
        "más", "pero", "sus", "ya", "fue", "este", "ha", "porque", "esta", "son", "entre", "cuando",
        "muy", "sin", "sobre", "también", "hasta", "hay", "donde", "desde", "todo", "nos", "ese",
    }
)  # fmt: skip

#: words opening the heading of a list of links to other pages ("Más noticias de Deportes"): the
#: block is labelled related only when what the heading introduces is mostly links
MORE_HEADING_PREFIXES: tuple[str, ...] = ("Más noticias", "Más sobre", "Más de", "Otras noticias", "Últimas")
