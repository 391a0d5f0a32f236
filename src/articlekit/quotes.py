"""Quotations in French text: direct and partial quotes, their speakers and cues."""

from __future__ import annotations

from .lexicon import Lexicon
from .model import Block, Quote


def find_quotes(blocks: tuple[Block, ...], *, lex: Lexicon) -> tuple[Quote, ...]:
    """Find the quotations in the body blocks and attribute each to its speaker."""
    # PROVISIONAL
    return ()
