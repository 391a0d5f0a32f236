"""Portuguese related-block data: headings of blocks listing related articles (compared folded)."""

from __future__ import annotations

#: headings of blocks listing articles related to the one being read
LABELS: frozenset[str] = frozenset(
    {
        "leia também", "leia mais", "veja também", "veja mais", "notícias relacionadas",
        "artigos relacionados", "conteúdo relacionado", "relacionados", "você pode gostar",
        "recomendados", "saiba mais",
    }
)  # fmt: skip
