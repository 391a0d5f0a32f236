"""English related-block data: labels of related-article blocks, inline cues, and lists that are not related.

Same constant names as ``lexicon/fr/related.py``; lower-case, compared after folding.
"""

from __future__ import annotations

#: headings of blocks listing articles related to the one being read
LABELS: frozenset[str] = frozenset(
    {
        "related", "related articles", "related stories", "related content", "related posts",
        "related news", "related coverage", "related links", "related reading", "more on this story",
        "more on this topic", "more on this", "more stories", "read more", "read next",
        "recommended", "recommended for you", "recommended stories", "recommended articles",
        "you may also like", "you might also like", "you may be interested in",
        "you might be interested in", "see also", "also read", "further reading",
        "what to read next", "keep reading",
    }
)  # fmt: skip

#: phrases (whole words) that make a short heading a related label wherever they stand in it
LABEL_CORES: tuple[str, ...] = (
    "related articles",
    "related stories",
    "related content",
    "related posts",
    "more on this",
    "you may also like",
    "you might also like",
    "read more about",
    "recommended",  # "Recommended from Editorial", "Recommended videos"
)

#: words opening a short element that links ONE related article inside the body ("Read more: …")
INLINE_LABELS: tuple[str, ...] = ("read more", "read also", "also read", "see also", "related", "read next")

#: headings of link lists that are not related articles, even when shaped like them
NOT_RELATED_LABELS: frozenset[str] = frozenset(
    {
        "most read", "most popular", "most viewed", "most shared", "most commented", "popular",
        "trending", "trending now", "top stories", "latest news", "latest stories", "latest",
        "recent posts", "recent articles", "tags", "topics", "more from the author",
    }
)  # fmt: skip

#: words in class/id names marking related-article blocks (compared as lower-case substrings)
CLASS_HINTS: tuple[str, ...] = ("related", "similar", "recommend", "you-might", "youmight", "read-next")

#: words in class/id names that rule a block out even when a hint matches ("related-tags")
CLASS_VETOES: tuple[str, ...] = (
    "tag",
    "keyword",
    "most",
    "popular",
    "trending",
    "share",
    "social",
    "comment",
)

#: link texts that are calls to action, not article titles
NOT_TITLES: frozenset[str] = frozenset(
    {"read more", "more", "continue reading", "see all", "view all", "report error", "report an error"}
)

#: URL path words of pages that are not articles (author pages, tag pages, shop)
NOT_ARTICLE_PATHS: frozenset[str] = frozenset(
    {"author", "authors", "profile", "tag", "tags", "topic", "shop"}
)
