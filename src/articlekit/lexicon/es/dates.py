"""Spanish dates data: not provided yet.

articlekit reads quotes, sources and dates with the lexicon of ``Options.lang`` (French by
default); this package only supplies boilerplate and related-block data, merged with the French
data on pages in this language (``lexicon.for_page``). The module exists so that the package has
the same layout as every language.
"""

from __future__ import annotations
