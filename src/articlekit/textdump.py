"""Plain-text dumps of pages: recognise headline, body, related blocks and boilerplate from lines."""

from __future__ import annotations

from .document import TextDocument
from .lexicon import Lexicon
from .model import Block
from .options import Options
from .parts import Body, Metadata, Structure


def read(doc: TextDocument, *, lex: Lexicon, options: Options) -> Structure:
    """Split a text dump into metadata, body blocks and related links."""
    # PROVISIONAL
    lines = [line for line in doc.lines if line.strip()]
    head = lines[0] if lines else None
    blocks = tuple(Block("paragraph", line) for line in lines[1:])
    return Structure(metadata=Metadata(headline=head), body=Body(blocks=blocks))
