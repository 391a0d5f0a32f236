"""German related-block data: labels of related-article blocks, inline cues, and lists that are not related.

Same constant names as ``lexicon/fr/related.py``; lower-case, compared after folding.
"""

from __future__ import annotations

#: headings of blocks listing articles related to the one being read
LABELS: frozenset[str] = frozenset(
    {
        "mehr zum thema", "mehr zu diesem thema", "lesen sie auch", "lesen sie mehr",
        "lesen sie dazu", "lesen sie dazu auch", "das könnte sie auch interessieren",
        "das könnte sie interessieren", "dies könnte sie auch interessieren", "auch interessant",
        "ebenfalls interessant", "passend zum thema", "dazu passend", "zum thema",
        "ähnliche artikel", "ähnliche beiträge", "verwandte artikel", "weitere artikel",
        "weitere beiträge", "weitere meldungen", "empfehlungen", "unsere empfehlungen",
        "empfohlene artikel", "empfehlungen der redaktion", "auch lesenswert", "lesenswert",
        "lesetipps", "lesetipp", "zum weiterlesen",
    }
)  # fmt: skip

#: phrases (whole words) that make a short heading a related label wherever they stand in it
LABEL_CORES: tuple[str, ...] = (
    "mehr zum thema",
    "lesen sie auch",
    "könnte sie auch interessieren",
    "könnte sie interessieren",
    "ähnliche artikel",
    "verwandte artikel",
)

#: words opening a short element that links ONE related article inside the body ("Lesen Sie auch: …")
INLINE_LABELS: tuple[str, ...] = (
    "lesen sie auch",
    "lesen sie mehr",
    "lesen sie dazu",
    "mehr zum thema",
    "mehr dazu",
    "auch interessant",
    "siehe auch",
    "lesetipp",
)

#: headings of link lists that are not related articles, even when shaped like them
NOT_RELATED_LABELS: frozenset[str] = frozenset(
    {
        "meistgelesen", "meistgelesene artikel", "meist gelesen", "am meisten gelesen",
        "die meistgelesenen artikel", "meistgeklickt", "meistkommentiert", "beliebte artikel",
        "beliebteste artikel", "top-artikel", "top-themen", "topthemen", "schlagzeilen",
        "neueste artikel", "neueste meldungen", "aktuelle meldungen", "aktuelle nachrichten",
        "schlagworte", "schlagwörter", "stichworte", "themen", "tags", "mehr vom autor",
    }
)  # fmt: skip

#: words in class/id names marking related-article blocks (compared as lower-case substrings)
CLASS_HINTS: tuple[str, ...] = ("related", "similar", "recommend", "verwandt", "aehnlich", "mehr-zum-thema")

#: words in class/id names that rule a block out even when a hint matches ("related-tags")
CLASS_VETOES: tuple[str, ...] = ("tag", "schlagwort", "meistgelesen", "popular", "share", "social", "comment")

#: link texts that are calls to action, not article titles
NOT_TITLES: frozenset[str] = frozenset({"weiterlesen", "mehr", "mehr lesen", "alle artikel", "zum artikel"})

#: URL path words of pages that are not articles (author pages, tag pages, shop)
NOT_ARTICLE_PATHS: frozenset[str] = frozenset(
    {"autor", "autoren", "author", "thema", "themen", "tag", "shop"}
)
