"""Spanish related-block data: the related labels are the related entries of es/boilerplate.py HEADINGS.

Same constant names as ``lexicon/fr/related.py``; lower-case, compared after folding.
"""

from __future__ import annotations

#: headings of blocks listing articles related to the one being read (boilerplate.HEADINGS has them)
LABELS: frozenset[str] = frozenset()
#: phrases (whole words) that make a short heading a related label wherever they stand in it
LABEL_CORES: tuple[str, ...] = ()
#: words opening a short element that links ONE related article inside the body
INLINE_LABELS: tuple[str, ...] = ()
#: headings of link lists that are not related articles, even when shaped like them
NOT_RELATED_LABELS: frozenset[str] = frozenset()
#: words in class/id names marking related-article blocks
CLASS_HINTS: tuple[str, ...] = ()
#: words in class/id names that rule a block out even when a hint matches
CLASS_VETOES: tuple[str, ...] = ()
#: link texts that are calls to action, not article titles
NOT_TITLES: frozenset[str] = frozenset()
#: URL path words of pages that are not articles
NOT_ARTICLE_PATHS: frozenset[str] = frozenset()
