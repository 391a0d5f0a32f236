"""Portuguese boilerplate data: block headings, inline insert cues, banner phrases and leftover lines.

Same constant names as ``lexicon/fr/boilerplate.py``; entries are written as they appear on pages
and folded by the code. On a Portuguese page these are merged with the French data (``lexicon.for_page``).
"""

from __future__ import annotations

#: a block whose heading (or label) is exactly one of these is boilerplate, with the given data-ak label
HEADINGS: dict[str, str] = {
    "Leia também": "related",
    "Leia mais": "related",
    "Veja também": "related",
    "Notícias relacionadas": "related",
    "Artigos relacionados": "related",
    "Conteúdo relacionado": "related",
    "Relacionados": "related",
    "Você pode gostar": "related",
    "Recomendados": "related",
    "Mais lidas": "ticker",
    "Mais lidos": "ticker",
    "Mais vistos": "ticker",
    "Últimas notícias": "ticker",
    "Comentários": "comments",
    "Deixe um comentário": "comments",
    "Compartilhe": "share",
    "Compartilhar": "share",
    "Partilhe": "share",
    "Partilhar": "share",
    "Newsletter": "newsletter",
    "Tópicos": "nav",
    "Tags": "nav",
}

#: a short paragraph opening with one of these (then a separator) links another article
INSERT_PREFIXES: tuple[str, ...] = (
    "Leia também",
    "Leia mais",
    "Leia ainda",
    "Ler também",
    "Veja também",
    "Veja mais",
    "Saiba mais",
)

#: phrases that mark a short block as a banner or box wherever they appear in it
BANNER_PHRASES: dict[str, str] = {
    "Utilizamos cookies": "cookie",
    "Usamos cookies": "cookie",
    "utiliza cookies": "cookie",
    "uso de cookies": "cookie",
    "Aceitar todos": "cookie",
    "Assine nossa newsletter": "newsletter",
    "Inscreva-se na nossa newsletter": "newsletter",
    "Compartilhar no Facebook": "share",
    "Partilhar no Facebook": "share",
    "Siga-nos": "share",
    "Todos os direitos reservados": "promo",
}

#: a body line starting with one of these (and short) is a byline, date line, credit or reading time
LINE_PREFIXES: tuple[str, ...] = (
    "Publicado em",
    "Atualizado em",
    "Actualizado em",
    "Foto:",
    "Fotos:",
    "Imagem:",
    "Crédito:",
    "Tempo de leitura",
)

#: a short block whose whole text is one of these is a leftover label or button, not article text
EXACT_LINES: tuple[str, ...] = (
    "Publicidade",
    "Compartilhar",
    "Partilhar",
    "Comentários",
    "Leia mais",
    "Imprimir",
)

#: a short line starting with one of these and then a capitalised name is a byline
BYLINE_PREFIXES: tuple[str, ...] = ("Por", "Escrito por")

#: longest such line, in characters: past it, the line is prose that happens to start the same way
LINE_MAX_CHARS: int = 120

#: words of reading-time lines ("3 min de leitura")
READING_TIME_SUFFIXES: tuple[str, ...] = ("min de leitura", "minutos de leitura")

#: frequent short words of the language: a page whose text has many of them is in this language
STOPWORDS: frozenset[str] = frozenset(
    {
        "não", "uma", "os", "das", "dos", "ao", "pelo", "pela", "também", "são", "foi", "está",
        "em", "na", "no", "à", "isso", "já", "você", "muito", "ele", "ela", "seu", "sua", "nos",
        "num", "numa", "pelos", "até", "ainda", "quando", "onde", "mesmo", "depois", "só",
    }
)  # fmt: skip

#: words opening the heading of a list of links to other pages: labelled related only over links
MORE_HEADING_PREFIXES: tuple[str, ...] = (
    "Mais de",
    "Mais sobre",
    "Mais notícias",
    "Outras notícias",
    "Últimas",
)
