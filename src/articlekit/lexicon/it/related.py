"""Italian related-block data: headings of blocks listing related articles (lower-case, compared folded)."""

from __future__ import annotations

#: headings of blocks listing articles related to the one being read
LABELS: frozenset[str] = frozenset(
    {
        "articoli correlati", "notizie correlate", "contenuti correlati", "leggi anche",
        "potrebbe interessarti", "ti potrebbe interessare", "potrebbero interessarti anche",
        "altri articoli", "vedi anche", "correlati",
    }
)  # fmt: skip
