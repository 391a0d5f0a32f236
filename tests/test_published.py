"""Tests of articlekit.meta.published: which of a page's dates is its publication date."""

from __future__ import annotations

import datetime as dt

from lxml import html as lxml_html

from articlekit.lexicon import get
from articlekit.meta import extract_metadata
from articlekit.options import Options
from articlekit.parts import Metadata

LEX = get("fr")


def _meta(page: str, url: str | None = "https://www.journal.example/politique/article-1.html") -> Metadata:
    """Run extract_metadata on an HTML string."""
    tree = lxml_html.document_fromstring(page)
    return extract_metadata(tree, url=url, lex=LEX, options=Options())


def _day(value: dt.date | dt.datetime | None) -> dt.date | None:
    """The calendar day of a date or datetime."""
    return value.date() if isinstance(value, dt.datetime) else value


def test_meta_date_confirmed_by_the_date_line_wins_over_json_ld() -> None:
    """JSON-LD and article:published_time disagree: the one the page shows (and named as often) wins."""
    page = """<html><head>
    <meta property="article:published_time" content="2023-11-06T14:25:00+00:00">
    <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Titre",
      "datePublished": "2023-11-03T10:25:56+00:00"}</script>
    </head><body><article><h1>Titre</h1>
    <p class="byline"><time class="entry-date">6. November 2023</time></p>
    <p>Texte.</p></article></body></html>"""
    assert _day(_meta(page).published) == dt.date(2023, 11, 6)


def test_json_ld_kept_when_more_sources_name_its_day() -> None:
    """Two structured sources against one: the shown day does not overturn the majority."""
    page = """<html><head>
    <meta property="article:published_time" content="2024-08-05T19:49:50+00:00">
    <meta itemprop="datePublished" content="2024-08-04T13:23:00+00:00">
    <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Titre",
      "datePublished": "2024-08-04T13:23:00+00:00"}</script>
    </head><body><article><h1>Titre</h1>
    <p class="date">5 août 2024</p><p>Texte.</p></article></body></html>"""
    assert _day(_meta(page).published) == dt.date(2024, 8, 4)


def test_generic_date_meta_gives_way_to_the_date_under_the_headline() -> None:
    """<meta name="date"> alone (often the last change) loses to the date line beside the <h1>."""
    filler = "<p>" + "Un long paragraphe sans date. " * 40 + "</p>"
    page = f"""<html><head><meta name="date" content="2020-02-12"></head><body>
    <div class="article"><h1>Titre</h1><div class="news-date">05.02.2020</div></div>
    {filler}{filler}</body></html>"""
    assert _meta(page).published == dt.date(2020, 2, 5)


def test_generic_date_meta_kept_against_a_far_away_date() -> None:
    """A date far from the headline (the edition's day in the page header) does not replace it."""
    filler = "<p>" + "Un long paragraphe sans date. " * 40 + "</p>"
    page = f"""<html><head><meta name="date" content="2017-05-01T17:05:00+02:00"></head><body>
    <div class="top"><span class="today-date">Mittwoch, 26.02.2020</span></div>
    <div class="main"><h1>Titre</h1>{filler}{filler}</div></body></html>"""
    assert _day(_meta(page).published) == dt.date(2017, 5, 1)


def test_utc_time_element_read_on_the_day_it_shows() -> None:
    """<time datetime="…23:01Z">02 Novembre 2023</time>: the page's local day is the one shown."""
    page = """<html><head>
    <meta property="article:published_time" content="2023-11-01T23:01:00Z">
    </head><body><article><h1>Titre</h1>
    <time class="story__date" datetime="2023-11-01T23:01:00Z">02 Novembre 2023</time>
    <p>Texte.</p></article></body></html>"""
    assert _day(_meta(page).published) == dt.date(2023, 11, 2)


def test_published_cue_after_a_modified_one_in_the_same_line() -> None:
    """ "Letzte Änderung: … <br>Erschienen am: …": each date goes with its own cue."""
    page = """<html><body><h1>Titre</h1><p>Texte.</p>
    <p class="footer-line">Letzte Änderung: 31.10.2023 - 14:49:39<br>Erschienen am: 01.11.2023</p>
    </body></html>"""
    md = _meta(page)
    assert md.published == dt.date(2023, 11, 1)
    assert _day(md.modified) == dt.date(2023, 10, 31)


def test_aside_inside_the_article_is_its_own_facts_box() -> None:
    """<article>…<aside><dl><dt>Datum</dt><dd>12.01.2017</dd>: the article's date, not a sidebar's."""
    page = """<html><body><h1>Titre</h1><article><p>Texte de l'article.</p>
    <aside class="blogData"><dl><dt>Datum</dt><dd>12.01.2017</dd></dl></aside></article>
    <aside class="sidebar"><p class="date">03.03.2016</p></aside></body></html>"""
    assert _meta(page).published == dt.date(2017, 1, 12)


def test_site_sidebar_dates_are_still_skipped() -> None:
    """An <aside> outside any <article> is the site's: its dates are other pages'."""
    page = """<html><body><aside class="sidebar"><p class="date">03.03.2016</p></aside>
    <div><h1>Titre</h1><p>Texte sans date.</p></div></body></html>"""
    assert _meta(page).published is None


def test_dateline_opening_the_first_paragraph() -> None:
    """ "(21. November 2022) Energieverbraucher …": the dateline dates a page showing no other date."""
    body = "Energieverbraucher erhalten eine Preiserhöhung nach der nächsten, Grundversorger lehnen ab."
    page = f"<html><body><h1>Titre</h1><p>(21. November 2022) {body}</p><p>{body}</p></body></html>"
    assert _meta(page).published == dt.date(2022, 11, 21)


def test_a_date_later_in_a_paragraph_is_no_dateline() -> None:
    """A date inside the prose of a paragraph is what the article reports on, not its date."""
    body = "Energieverbraucher erhalten eine Preiserhöhung nach der nächsten, seit dem 1. Oktober 2022."
    page = f"<html><body><h1>Titre</h1><p>{body}</p></body></html>"
    assert _meta(page).published is None


def test_date_in_the_headline_is_not_the_publication_date() -> None:
    """A meta block holding the <h1> ("…, Aalen, 19.5.2007") is read without the headline's date."""
    page = """<html><body><div class="post_meta_wrapper"><h1>Ergebnisse: Aalen, 19.5.2007</h1>
    <p class="post-meta">von Marc | 20. Mai 2007 | Ergebnisse</p></div><p>Texte.</p></body></html>"""
    assert _meta(page).published == dt.date(2007, 5, 20)


def test_date_list_with_a_date_class() -> None:
    """<dl class="date"><dt>2019.03.08</dt>: a definition list can be the date line."""
    page = """<html><body><h1>Titre</h1><dl class="date"><dt>2019.03.08</dt><dd>News</dd></dl>
    <p>Texte.</p></body></html>"""
    assert _meta(page).published == dt.date(2019, 3, 8)


def test_related_aside_inside_the_article_is_still_skipped() -> None:
    """<article>…<aside class="related">: other articles' dates, even nested in the article."""
    page = """<html><body><h1>Titre</h1><article><p>Texte de l'article.</p>
    <aside class="related"><p class="date">03.03.2016</p></aside></article></body></html>"""
    assert _meta(page).published is None


def test_a_yearless_date_opening_a_paragraph_is_no_dateline() -> None:
    """ "Am 5. Mai hat …" tells the day of the news: a dateline needs its year."""
    body = "Am 5. Mai hat die Polizei die Straße gesperrt, nachdem ein Lastwagen umgekippt war, sagte sie."
    page = f"<html><body><h1>Titre</h1><p>{body}</p></body></html>"
    assert _meta(page).published is None


def test_us_english_page_reads_numeric_dates_month_first() -> None:
    """<html lang="en-US">, or "en" with og:locale en_US: "3/09/15" is March 9; en-GB keeps 3 September."""
    body = '<body><h1>T</h1><p class="date">Posted 3/09/15 8:00am</p><p>Text.</p></body></html>'
    assert _day(_meta(f'<html lang="en-US">{body}').published) == dt.date(2015, 3, 9)
    us_locale = '<html lang="en"><head><meta property="og:locale" content="en_US"></head>'
    assert _day(_meta(us_locale + body).published) == dt.date(2015, 3, 9)
    assert _day(_meta(f'<html lang="en-GB">{body}').published) == dt.date(2015, 9, 3)
    # a page whose own language is not English keeps day first whatever its og:locale says
    de_page = '<html lang="de"><head><meta property="og:locale" content="en_US"></head>'
    assert _day(_meta(de_page + body).published) == dt.date(2015, 9, 3)


def test_en_us_under_another_country_domain_stays_day_first() -> None:
    """A CMS's default "en-US" under a ".com.au" domain: "3/09/15" stays 3 September."""
    body = '<body><h1>T</h1><p class="date">Posted 3/09/15 8:00am</p><p>Text.</p></body></html>'
    page = f'<html lang="en-US">{body}'
    assert _day(_meta(page, url="https://www.news.example.com.au/a/1").published) == dt.date(2015, 9, 3)
    assert _day(_meta(page, url="https://www.news.example.com/a/1").published) == dt.date(2015, 3, 9)


def test_calendar_widget_pieces_are_read_apart() -> None:
    """A date shown as day, month and year in separate elements ("Feb" "18" "2009") is read whole."""
    page = """<html><body><div class="datum"><span class="monat">Feb</span> <span class="tag">18</span><span
      class="jahr">2009</span></div><h1>T</h1><p>Text.</p></body></html>"""
    assert _meta(page).published == dt.date(2009, 2, 18)


def test_json_ld_followed_by_stray_characters_is_read() -> None:
    """A JSON-LD object followed by a stray brace or semicolon still gives its datePublished."""
    page = """<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "T",
      "datePublished": "2020-10-26T18:10:00+01:00"}
    }</script></head><body><h1>T</h1><div class="date">09.08.2020</div><p>Text.</p></body></html>"""
    assert _day(_meta(page).published) == dt.date(2020, 10, 26)


def test_label_before_a_date_gives_its_kind() -> None:
    """A cue-only label before a date gives its kind, and a cue-only element the date after it.

    "<h4>Zuletzt geändert am:</h4><ul><li>15.10.2021</li></ul>" is the modified date;
    "<span>Erschienen am:</span> <h2>13.10.2021</h2>" in a long block is the published one.
    """
    long_text = "Die Delegiertenversammlung hat gewählt. " * 8
    page = f"""<html><body><h1>T</h1><div class="info"><h4>Zuletzt geändert am:</h4>
      <ul class="timestamp-list"><li class="timestamp-list__item">15.10.2021</li></ul></div>
      <p>{long_text}</p><div class="box"><span class="sub">Erschienen am:</span> <h2>13.10.2021</h2>
      <strong>Herausgeber:</strong> <p>{long_text}</p></div></body></html>"""
    md = _meta(page)
    assert md.published == dt.date(2021, 10, 13)
    assert md.modified == dt.date(2021, 10, 15)
