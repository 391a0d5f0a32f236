"""The shortcuts quotes and sources take over tokens give what the plain computation gives.

Sources reads a block's tokens with the words in quotes blanked out by filtering the tokens of the
block (which quotes made and the tokenizer remembers) instead of tokenising the blanked text, and
quotes finds the quoted tokens of a range from the union of the block's spans; both must agree with
the direct computation on any text, including dialogue answers, open and unbalanced quotes.
"""

from __future__ import annotations

import random

from articlekit import entities, quotes, sources
from articlekit.lexicon import get
from articlekit.model import Block

LEX = get("fr")
PIECES = (
    "a", "Paul", "l'", "d’", "qu'", "-", "— ", "« ", " »", "«", "»", "“", "”", '"', " ", " ", ".", ",",
    "?", "R : ", "Réponse. ", "x-y", "'", "’", "\u00a0", "(", ")", "é", "5", "İ", "dit", "selon",
)  # fmt: skip


def _blocks(rng: random.Random) -> tuple[Block, ...]:
    """A few random paragraphs made of quote marks, dashes, labels, apostrophes and words."""
    return tuple(
        Block("paragraph", "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 14))))
        for _ in range(rng.randint(1, 4))
    )


def test_tokenize_splits_elisions_and_keeps_offsets() -> None:
    text = "L’homme qu'aujourd'hui l'AFP a-t-il cité : « Oui »."
    toks = entities.tokenize(text)
    assert [t.text for t in toks][:6] == ["L’", "homme", "qu'", "aujourd'hui", "l'", "AFP"]
    for t in toks:
        assert text[t.start : t.end] == t.text
        assert t.low == entities.fold(text)[t.start : t.end]
        assert t.is_cap == t.text[0].isupper() and t.is_word == t.text[0].isalnum()


def test_unquoted_tokens_equal_tokens_of_the_blanked_text() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        blocks = _blocks(rng)
        for block, masked in zip(blocks, sources._mask_quotes(blocks, LEX), strict=True):
            assert sources._unquoted_tokens(block.text, masked) == entities.tokenize(masked), block.text


def test_quoted_tokens_agree_with_in_quote() -> None:
    rng = random.Random(11)
    many = (
        Block("paragraph", "« a b », dit Paul, « c » d. " * 12 + "« e"),
    )  # past in_quote's bisection bound
    for blocks in (many, *(_blocks(rng) for _ in range(1500))):
        st = quotes._State(reg=entities.Registry())
        for span in quotes.find_spans(blocks, LEX):
            st.quoted.setdefault(span.block, []).append((span.start, span.end))
        for b, block in enumerate(blocks):
            ctx = quotes._context(st.ctxs, blocks, b)
            n = len(ctx.tokens)
            for lo, hi in ((0, n), (n // 3, n), (0, n // 2)):
                want = {k for k in range(lo, hi) if st.in_quote(b, ctx.tokens[k].start)}
                assert st.quoted_tokens(ctx, b, lo, hi) == want, block.text
