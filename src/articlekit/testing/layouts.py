"""Page layouts for synthetic articles: the same story rendered as different kinds of real-world pages."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from ..model import Image, RelatedLink
from . import vocab_fr as V
from .story import Story, long_date, slug


@dataclass(frozen=True, slots=True)
class Chrome:
    """The boilerplate around an article: site name, menus, banners, tickers, footer."""

    site: str
    site_url: str
    nav: tuple[str, ...]
    cookie: str
    ticker_label: str
    ticker: tuple[str, ...]
    most_read_label: str
    most_read: tuple[tuple[str, str], ...]  # (title, url)
    share: tuple[str, ...]
    newsletter: str
    footer: str
    promo: str


@dataclass(frozen=True, slots=True)
class Parts:
    """Everything a layout renders: the story, its metadata, related links and the page chrome."""

    story: Story
    headline: str
    author: str
    published: dt.datetime
    modified: dt.datetime | None
    url: str
    section: str
    related_label: str
    related: tuple[tuple[RelatedLink, str], ...]  # (link, the date as shown)
    image: Image | None
    chrome: Chrome
    charset: str
    lead: str | None = None  # the standfirst (chapô), shown between the headline and the body
    insert: tuple[int, RelatedLink] | None = None  # a "Lire aussi" link placed after that body block
    tags: tuple[str, ...] = ()  # given in <meta property="article:tag"> and JSON-LD keywords
    comments: tuple[tuple[str, str], ...] = ()  # readers' (pseudonym, comment) under the article
    ad_after: int | None = None  # an ad slot after that body block


def _e(text: str) -> str:
    """Escape text for HTML content."""
    return escape(text, quote=False)


def _a(text: str) -> str:
    """Escape text for an HTML attribute value."""
    return escape(text, quote=True)


def head(
    p: Parts, *, dates: bool = True, jsonld: bool = True, canonical: bool = True, extra: str = ""
) -> str:
    """The <head>: charset, title with the site suffix, Open Graph, JSON-LD when asked."""
    out = [f'<meta charset="{p.charset}">', f"<title>{_e(p.headline)} | {_e(p.chrome.site)}</title>"]
    out.append(f'<meta property="og:title" content="{_a(p.headline)}">')
    if canonical:
        out.append(f'<link rel="canonical" href="{_a(p.url)}">')
        out.append(f'<meta property="og:site_name" content="{_a(p.chrome.site)}">')
        out.append(f'<meta property="article:section" content="{_a(p.section)}">')
        out += [f'<meta property="article:tag" content="{_a(tag)}">' for tag in p.tags]
    if dates:
        out.append(f'<meta property="article:published_time" content="{p.published.isoformat()}">')
    if jsonld:
        data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": p.headline,
                "author": {"@type": "Person", "name": p.author},
                "publisher": {"@type": "Organization", "name": p.chrome.site}}  # fmt: skip
        if canonical:
            data.update(articleSection=p.section, keywords=list(p.tags))
        if dates:
            data["datePublished"] = p.published.isoformat()
            if p.modified:
                data["dateModified"] = p.modified.isoformat()
        out.append(f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>')
    out.append("<script>window.dataLayer=window.dataLayer||[];dataLayer.push({'page':'article'});</script>")
    return "<head>\n" + "\n".join(out) + extra + "\n</head>"


def cookie(p: Parts, tag: str = "div") -> str:
    """A cookie consent banner."""
    buttons = " ".join(f"<button>{_e(b)}</button>" for b in V.COOKIE_BUTTONS)
    return f'<{tag} class="cookie-banner" id="consent"><p>{_e(p.chrome.cookie)}</p> {buttons}</{tag}>'


def nav(p: Parts) -> str:
    """The site menu."""
    items = "".join(f'<li><a href="/{i}/">{_e(name)}</a></li>' for i, name in enumerate(p.chrome.nav))
    return f'<nav class="main-nav"><ul>{items}</ul></nav>'


def share(p: Parts) -> str:
    """A share bar."""
    return '<div class="share-bar">' + " ".join(f'<a href="#">{_e(s)}</a>' for s in p.chrome.share) + "</div>"


def ticker(p: Parts) -> str:
    """The news ticker and the most-read list."""
    items = "".join(f"<li>{_e(t)}</li>" for t in p.chrome.ticker)
    read = "".join(f'<li><a href="{_a(u)}">{_e(t)}</a></li>' for t, u in p.chrome.most_read)
    return (
        f'<div class="ticker"><h3>{_e(p.chrome.ticker_label)}</h3><ul>{items}</ul></div>\n'
        f'<div class="most-read"><h3>{_e(p.chrome.most_read_label)}</h3><ol>{read}</ol></div>'
    )


def footer(p: Parts, tag: str = "footer") -> str:
    """The newsletter box and the page footer."""
    box = (
        f'<div class="newsletter"><form><label>{_e(p.chrome.newsletter)}</label> '
        f'<input type="email" placeholder="e-mail"> <button>{_e(V.NEWSLETTER_BUTTON)}</button></form></div>'
    )
    promo = f'<div class="promo"><a href="/specials/">{_e(p.chrome.promo)}</a></div>'
    return f'{box}\n{promo}\n<{tag} class="site-footer"><p>{_e(p.chrome.footer)}</p></{tag}>'


def byline(p: Parts) -> str:
    """The author and date line, with a machine-readable <time>."""
    day, time = long_date(p.published)
    shown = V.PUBLISHED_LINES[0].format(date=day, time=time)
    return (
        f'<p class="byline">{_e(V.BYLINE.format(author=""))}'
        f'<a rel="author" href="/authors/">{_e(p.author)}</a>'
        f' — <time datetime="{p.published.isoformat()}">{_e(shown)}</time></p>'
    )


def related(p: Parts, *, tag: str = "aside", date_first: bool = False, cls: str = "related") -> str:
    """The related-articles block, each link with its date as shown."""
    rows = []
    for link, shown in p.related:
        date = f'<span class="date">{_e(shown)}</span>'
        anchor = f'<a href="{_a(link.url or "")}">{_e(link.title)}</a>'
        rows.append(f"<li>{date} {anchor}</li>" if date_first else f"<li>{anchor} {date}</li>")
    return f'<{tag} class="{cls}"><h2>{_e(p.related_label)}</h2><ul>{"".join(rows)}</ul></{tag}>'


def blocks(p: Parts, *, amp_ad: bool = False) -> str:
    """The body as <p> and <h2> elements, with the "Lire aussi" insert and the ad slot where they stand."""
    out = []
    for i, para in enumerate(p.story.paras):
        if para.kind == "heading":
            out.append(f"<h{para.level}>{para.html()}</h{para.level}>")
        else:
            out.append(f"<p>{para.html()}</p>")
        if p.insert and p.insert[0] == i:
            out.append(insert(p.insert[1]))
        if p.ad_after == i:
            out.append(ad(amp_ad))
    return "\n".join(out)


def ad(amp_ad: bool) -> str:
    """An advertising slot inside the body."""
    if amp_ad:
        return (
            '<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/article">'
            f"<div placeholder>{_e(V.AD_LABEL)}</div></amp-ad>"
        )
    return f'<div class="ad-slot" data-position="inread"><span>{_e(V.AD_LABEL)}</span></div>'


def breadcrumb(p: Parts, tag: str = "nav", cls: str = "breadcrumb") -> str:
    """Home > section, above the headline."""
    home = f'<a href="/">{_e(V.HOME)}</a>'
    return f'<{tag} class="{cls}">{home} &gt; <a href="/{slug(p.section)}/">{_e(p.section)}</a></{tag}>'


def comments(p: Parts) -> str:
    """The readers' comments and the form to post one."""
    if not p.comments:
        return ""
    items = "".join(
        f'<div class="comment"><b class="pseudo">{_e(who)}</b><p>{_e(said)}</p></div>'
        for who, said in p.comments
    )
    form = (
        f'<form class="comment-form"><textarea placeholder="{_a(V.COMMENT_PROMPT)}"></textarea>'
        f"<button>{_e(V.COMMENT_BUTTON)}</button></form>"
    )
    label = f"{V.COMMENTS_LABEL} ({len(p.comments)})"
    return f'<section class="comments" id="comments"><h2>{_e(label)}</h2>{form}{items}</section>'


def insert(link: RelatedLink) -> str:
    """An inline "Lire aussi : <a>…</a>" insert inside the body."""
    return (
        f'<p class="read-also"><strong>{_e(link.label or "")} :</strong> '
        f'<a href="{_a(link.url or "")}">{_e(link.title)}</a></p>'
    )


def lead(p: Parts, tag: str = "p") -> str:
    """The standfirst, when the article has one."""
    return f'<{tag} class="chapo">{_e(p.lead)}</{tag}>' if p.lead else ""


def figure(p: Parts, img_tag: str = "img") -> str:
    """The article's picture with its caption and credit."""
    if p.image is None:
        return ""
    img = p.image
    close = "></amp-img>" if img_tag == "amp-img" else ">"
    media = f'<{img_tag} src="{_a(img.url)}" alt="{_a(img.alt or "")}" width="800" height="450"{close}'
    return (
        f"<figure>{media}<figcaption>{_e(img.caption or '')} "
        f'<span class="credit">{_e(img.credit or "")}</span></figcaption></figure>'
    )


def page(p: Parts, head_html: str, body: str, html_attrs: str = 'lang="fr"') -> str:
    """Wrap a head and a body into a document."""
    return f"<!DOCTYPE html>\n<html {html_attrs}>\n{head_html}\n<body>\n{body}\n</body>\n</html>\n"


#: a layout turns the parts of an article into a page's text
Layout = Callable[[Parts], str]


def semantic(p: Parts) -> str:
    """HTML5 with <header>, <nav>, <main>, <article>, <aside>, <footer>, JSON-LD and <time>."""
    body = f"""{cookie(p)}
<header class="site-header"><a class="logo" href="/">{_e(p.chrome.site)}</a>
{nav(p)}</header>
<main>
{breadcrumb(p)}
<article>
<header><h1>{_e(p.headline)}</h1>
{byline(p)}</header>
{lead(p)}
{share(p)}
{figure(p)}
<div class="article-body">
{blocks(p)}
</div>
{related(p)}
</article>
{comments(p)}
<aside class="sidebar">
{ticker(p)}
</aside>
</main>
{footer(p)}"""
    return page(p, head(p), body)


def div_soup(p: Parts) -> str:
    """Nothing but <div>s, the body one text run cut by <br><br>, dates in <meta> and in visible text."""
    menu = " | ".join(f'<a href="/{i}/">{_e(n)}</a>' for i, n in enumerate(p.chrome.nav))
    day = p.published.strftime("%d/%m/%Y")
    shown = V.PUBLISHED_LINES[0].format(date=day, time=f"{p.published.hour}h{p.published.minute:02d}")
    author = V.BYLINE.format(author=p.author)
    text = "<br><br>\n".join(para.html() for para in p.story.paras)
    rows = "".join(
        f'<div class="item"><span class="d">{_e(shown_date)}</span><br><a href="{_a(link.url or "")}">'
        f"{_e(link.title)}</a></div>"
        for link, shown_date in p.related
    )
    body = f"""<div id="wrap"><div class="top">{cookie(p)}<div class="menu">{menu}</div></div>
<div class="col-left">
{breadcrumb(p, tag="div")}
<div class="h-wrap"><h1>{_e(p.headline)}</h1></div>
<div class="meta">{_e(author)} - {_e(shown)}</div>
{lead(p, "div")}
{share(p)}
<div class="txt">
{text}
</div>
<div class="box box-3"><div class="box-head">{_e(p.related_label)}</div>{rows}</div>
</div>
<div class="col-right">{ticker(p)}</div>
{footer(p, tag="div")}
</div>"""
    return page(p, head(p, jsonld=False, canonical=False), body)


def related_first(p: Parts) -> str:
    """A left column holding the related block comes before the article body in source order."""
    body = f"""{cookie(p)}
<div class="header">{nav(p)}</div>
<div class="layout">
<div class="col-aside">{related(p, tag="div", date_first=True, cls="col-box")}</div>
<div class="col-main">
<h1>{_e(p.headline)}</h1>
{byline(p)}
{lead(p)}
{share(p)}
<div class="content">
{blocks(p)}
</div>
{comments(p)}
</div>
</div>
{ticker(p)}
{footer(p)}"""
    return page(p, head(p), body)


def amp(p: Parts) -> str:
    """An AMP page: ⚡ attribute, amp-img, amp-social-share, amp-sidebar, a consent notification."""
    extra = (
        '\n<script async src="https://cdn.ampproject.org/v0.js"></script>'
        "\n<style amp-boilerplate>body{visibility:hidden}</style>"
        '\n<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>'
    )
    kinds = zip(("facebook", "twitter", "linkedin", "email"), p.chrome.share, strict=True)
    social = "".join(f'<amp-social-share type="{k}" title="{_a(s)}"></amp-social-share>' for k, s in kinds)
    body = f"""<amp-user-notification id="consent" layout="nodisplay">{_e(p.chrome.cookie)}
<button on="tap:consent.dismiss">{_e(V.COOKIE_BUTTONS[0])}</button></amp-user-notification>
<amp-sidebar id="menu" layout="nodisplay" side="left">{nav(p)}</amp-sidebar>
<header class="amp-header"><a href="/">{_e(p.chrome.site)}</a></header>
<article class="amp-article">
<h1>{_e(p.headline)}</h1>
{byline(p)}
{lead(p)}
<div class="social">{social}</div>
{figure(p, img_tag="amp-img")}
<div class="article-body">
{blocks(p, amp_ad=True)}
</div>
{related(p, tag="section")}
</article>
{ticker(p)}
{footer(p)}"""
    return page(p, head(p, extra=extra), body, html_attrs='⚡ lang="fr"')


def visible_date(p: Parts) -> str:
    """No machine-readable date anywhere: only the "Publié le …" and "Mis à jour le …" lines."""
    day, time = long_date(p.published)
    lines = [V.PUBLISHED_LINES[1].format(date=day, time=time)]
    if p.modified:
        mday, mtime = long_date(p.modified)
        lines.append(V.MODIFIED_LINE.format(date=mday, time=mtime))
    dates = "".join(f"<span>{_e(x)}</span> " for x in lines)
    body = f"""{cookie(p)}
<div class="header">{nav(p)}</div>
<div class="main">
{breadcrumb(p)}
<h1>{_e(p.headline)}</h1>
<div class="signature">{_e(V.BYLINE.format(author=p.author))}</div>
<div class="dates">{dates}</div>
{lead(p)}
{share(p)}
<section class="content">
{blocks(p)}
</section>
{related(p, tag="div", date_first=True)}
{comments(p)}
</div>
{ticker(p)}
{footer(p, tag="div")}"""
    return page(p, head(p, dates=False), body)


def text_dump(p: Parts) -> str:
    """A plain-text copy of the page, as a browser's "select all, copy" gives it (like the seed page)."""
    day, time = long_date(p.published)
    lines = [p.headline, "", p.headline, ""] if p.story.rng.random() < 0.5 else [p.headline, ""]
    lines += [V.PUBLISHED_LINES[0].format(date=day, time=time), ""]
    for para in p.story.paras:
        lines += [para.text, " ", ""] if p.story.rng.random() < 0.2 else [para.text, ""]
    lines += [" ", "", p.related_label, ""]
    for link, shown in p.related:
        lines += [shown, "", link.title, ""]
    lines += [p.chrome.ticker_label, "", p.chrome.most_read_label, ""]
    lines += [line for title, _ in p.chrome.most_read for line in (title, "")]
    lines += [p.chrome.promo, "", p.chrome.footer]
    return "\n".join(lines)


LAYOUTS: dict[str, Layout] = {
    "semantic": semantic,
    "div_soup": div_soup,
    "related_first": related_first,
    "amp": amp,
    "visible_date": visible_date,
    "text_dump": text_dump,
}
