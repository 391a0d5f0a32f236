"""Dutch related-block data: headings of blocks listing related articles (lower-case, compared folded)."""

from __future__ import annotations

#: headings of blocks listing articles related to the one being read
LABELS: frozenset[str] = frozenset(
    {
        "lees ook", "lees meer", "gerelateerde artikelen", "gerelateerd", "meer over dit onderwerp",
        "ook interessant", "bekijk ook", "zie ook", "aanbevolen",
    }
)  # fmt: skip
