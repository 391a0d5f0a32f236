"""Cited sources: entities named as the origin of information ("selon X", "a déclaré X", "une étude de X")."""

from __future__ import annotations

from .lexicon import Lexicon
from .model import Block, Link, Quote, Source


def find_sources(
    blocks: tuple[Block, ...], quotes: tuple[Quote, ...], links: tuple[Link, ...], *, lex: Lexicon
) -> tuple[Source, ...]:
    """Find the sources the article cites, typed, with aliases merged and every citing mention."""
    # PROVISIONAL
    return ()
