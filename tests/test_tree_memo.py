"""tree.Memo: the bounded memo gives what the function it memoises gives, computes each key once while kept,
and never holds more than its bound."""

from __future__ import annotations

import random

from articlekit.tree import Memo


def test_memo_gives_the_plain_results_and_stays_bounded() -> None:
    calls: list[str] = []

    def kind(word: str) -> str | None:
        """A pure function of one string, counting its calls."""
        calls.append(word)
        return word[:2] if len(word) % 3 else None

    memo = Memo(kind, 50)
    get = memo.__getitem__  # the drop-in for a memoised function's name
    rng = random.Random(7)
    words = ["".join(rng.choice("abcdé ") for _ in range(rng.randint(0, 8))) for _ in range(3000)]
    for word in words:
        expected = word[:2] if len(word) % 3 else None
        assert memo[word] == expected and get(word) == expected
        assert len(memo) <= 50
    assert len(calls) < len(words)
    calls.clear()
    memo.clear()
    assert [memo[w] for w in ("ab", "ab", "abc", "ab")] == ["ab", "ab", None, "ab"]
    assert calls == ["ab", "abc"]
