"""The memos of block texts serve one page: the pipeline empties them once quotes and sources are read."""

from __future__ import annotations

from articlekit import entities, extract
from articlekit.options import Options

PAGE = (
    "<html lang='fr'><head><title>Le maire parle</title></head><body><article><h1>Le maire parle</h1>"
    "<p>« Nous irons jusqu'au bout », a déclaré le maire, Jean Dupont, selon l'AFP.</p>"
    "<p>Selon Le Monde, la ville doit encore voter le budget.</p></article></body></html>"
)


def test_the_token_memos_are_empty_after_a_page() -> None:
    for options in (Options(deadline=None), Options()):
        article = extract(PAGE, options=options)
        assert article.quotes and article.sources
        assert entities._tokens.cache_info().currsize == 0
        assert entities._sentence_bounds.cache_info().currsize == 0


def test_a_page_read_again_gives_the_same_article() -> None:
    first = extract(PAGE, options=Options(deadline=None))
    entities.tokenize("Un texte lu entre deux pages.")
    assert extract(PAGE, options=Options(deadline=None)) == first
