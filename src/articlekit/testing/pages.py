"""`make_page`: seeded, deterministic synthetic French news pages together with their expected Article."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..model import Article, Block, Image, Link, RelatedLink, Source
from . import vocab_fr as V
from . import writers as W
from .layouts import LAYOUTS, Chrome, Parts
from .story import Person, Story, date_slots, long_date, paris_datetime, slug

#: the layouts `make_page` can render, in the order a seed cycles through them
LAYOUT_NAMES = tuple(LAYOUTS)
#: layouts whose <head> carries canonical URL, site name and JSON-LD dates (modified included)
_RICH_HEAD = frozenset({"semantic", "amp", "related_first"})
#: layouts that render subheadings and a picture
_WITH_HEADINGS = frozenset({"semantic", "amp", "related_first", "visible_date"})
_WITH_IMAGE = frozenset({"semantic", "amp"})
#: layouts whose body may hold an inline "Lire aussi" link (in the others it would be body text)
_WITH_INSERT = ("semantic", "amp", "related_first", "visible_date")
_WITH_COMMENTS = frozenset({"semantic", "related_first", "visible_date"})


@dataclass(frozen=True, slots=True)
class SyntheticPage:
    """A generated page and what articlekit (or any scraper) should extract from it."""

    content: str | bytes
    article: Article  # the expected result
    url: str
    layout: str
    seed: int
    not_quotes: tuple[str, ...]  # strings in quote marks that are names, not quotations
    boilerplate: tuple[str, ...]  # texts on the page that must not end up in the body

    @property
    def filename(self) -> str:
        """A file name for the page: ``synthetic-<seed>-<layout>.html`` (``.txt`` for a text dump)."""
        ext = "txt" if self.layout == "text_dump" else "html"
        return f"synthetic-{self.seed}-{self.layout}.{ext}"

    def save(self, folder: Path, *, golden: bool = True) -> Path:
        """Write the page (and its expected Article as a golden) into `folder`; return the page's path."""
        from .goldens import golden_path, write_golden

        folder.mkdir(parents=True, exist_ok=True)
        path = folder / self.filename
        data = self.content if isinstance(self.content, bytes) else self.content.encode("utf-8")
        path.write_bytes(data)
        if golden:
            write_golden(golden_path(path), self.article)
        return path

    def extract(self, **kwargs: Any) -> Article:
        """Run articlekit on the page, with its URL."""
        from ..pipeline import extract

        return extract(self.content, url=self.url, **kwargs)


def _chrome(rng: random.Random, story: Story, site: str, site_url: str, year: int) -> Chrome:
    """Invent the boilerplate of the page: menus, banners, ticker, most read, footer."""
    others = _other_headlines(rng, story)
    times = sorted((f"{rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}" for _ in range(4)), reverse=True)
    return Chrome(
        site=site,
        site_url=site_url,
        nav=tuple(rng.sample(V.NAV_ITEMS, rng.randint(6, 9))),
        cookie=rng.choice(V.COOKIE_TEXTS),
        ticker_label=rng.choice(V.TICKER_LABELS),
        ticker=tuple(f"{t} {h}" for t, h in zip(times, others[:4], strict=True)),
        most_read_label=rng.choice(V.MOST_READ_LABELS),
        most_read=tuple((h, f"{site_url}/{slug(h)[:50]}_{rng.randint(100, 999)}.html") for h in others[4:7]),
        share=tuple(rng.sample(V.SHARE_ITEMS, 4)),
        newsletter=rng.choice(V.NEWSLETTER_TEXTS),
        footer=" · ".join(rng.sample(V.FOOTER_ITEMS, 4)) + f" · © {year} {site}",
        promo=rng.choice(V.PROMO_TEXTS),
    )


def _other_headlines(rng: random.Random, story: Story) -> list[str]:
    """Headlines of other articles of the site (never one of this story's), shuffled."""
    own = set(story.topic["headlines"])
    titles = [story.fill(h) for t in V.TOPICS.values() for h in t["headlines"] if h not in own]
    rng.shuffle(titles)
    return titles


def _related(
    rng: random.Random, story: Story, published: dt.date, site_url: str, count: int, linked: bool
) -> tuple[str, tuple[tuple[RelatedLink, str], ...]]:
    """Invent a related block: its label and dated links, newest first, all older than the article."""
    label = rng.choice(V.RELATED_LABELS)
    shape = rng.choice(V.RELATED_DATE_FORMATS)
    titles = _other_headlines(rng, story)
    day, out = published, []
    for title in titles[:count]:
        day -= dt.timedelta(days=rng.randint(1, 9))
        url = f"{site_url}/{slug(title)[:60]}_a{rng.randint(1000, 9999)}.html" if linked else None
        link = RelatedLink(title=title, url=url, date=day, label=label)
        out.append((link, shape.format(**date_slots(day))))
    return label, tuple(out)


def _plan(rng: random.Random, count: int, headings: bool) -> list[str]:
    """Choose the sequence of paragraph kinds: a narrative opening, then a varied mix."""
    must = ["sourced", "direct", "partial", "direct"][: max(0, count - 1)]
    pool = ["narrative", "narrative", "sourced", "direct", "organisation_quote", "programme", "partial"]
    rest = must + [rng.choice(pool) for _ in range(count - 1 - len(must))]
    rng.shuffle(rest)
    plan = ["narrative", *rest]
    if headings and count >= 6:
        plan.insert(rng.randint(2, len(plan) - 2), "heading")
    return plan


def _write(story: Story, plan: list[str], people: list[Person]) -> None:
    """Write the story's body following `plan`."""
    rng = story.rng
    for planned in plan:
        kind = planned
        # a story never repeats a quotation: when the topic runs out of them, plain prose takes their place
        if kind == "partial" and not story.has_fresh(story.topic["partials"]):
            kind = "direct"
        if kind in ("direct", "organisation_quote") and not story.has_fresh(story.topic["quotes"]):
            kind = "narrative"
        if kind in ("direct", "partial"):
            again = story.last_speaker in people and rng.random() < 0.5
            person = story.last_speaker if again and story.last_speaker else rng.choice(people)
            (W.direct if kind == "direct" else W.partial)(story, person)
        else:
            getattr(W, kind)(story)


def _boilerplate(parts: Parts, layout: str) -> tuple[str, ...]:
    """The page's texts that must stay out of the body."""
    c = parts.chrome
    day, time = long_date(parts.published)
    if layout == "text_dump":
        dateline = V.PUBLISHED_LINES[0].format(date=day, time=time)
        most_read = tuple(t for t, _ in c.most_read)
        return (dateline, parts.related_label, c.ticker_label, c.most_read_label, *most_read, c.footer)
    texts = [c.cookie, c.ticker_label, *c.ticker, c.most_read_label, *(t for t, _ in c.most_read)]
    texts += [*c.share, c.newsletter, c.footer, c.promo, parts.related_label]
    texts += [link.title for link, _ in parts.related]
    if parts.insert:
        texts.append(parts.insert[1].title)
    texts += [said for _, said in parts.comments]
    texts += [V.AD_LABEL] if parts.ad_after is not None else []
    return tuple(texts)


def ws(text: str) -> str:
    """Collapse whitespace as articlekit's text does: no-break and narrow spaces become plain spaces."""
    return " ".join(text.split())


def _ws_source(source: Source, shift: int) -> Source:
    """A source whose mention sentences follow articlekit's whitespace, paragraphs moved by `shift`."""
    mentions = tuple(
        dataclasses.replace(m, sentence=ws(m.sentence), paragraph=m.paragraph + shift)
        for m in source.mentions
    )
    return dataclasses.replace(source, mentions=mentions)


def _shifted(link: Link, shift: int) -> Link:
    """A body link whose paragraph index is moved by `shift` (blocks before it: the lead)."""
    return link if link.paragraph is None else dataclasses.replace(link, paragraph=link.paragraph + shift)


def _related_in_page_order(parts: Parts, layout: str) -> tuple[RelatedLink, ...]:
    """The related links in the order the page shows them: the block and the inline insert."""
    block = tuple(link for link, _ in parts.related)
    if parts.insert is None:
        return block
    return (*block, parts.insert[1]) if layout == "related_first" else (parts.insert[1], *block)


def _expected(parts: Parts, layout: str) -> Article:
    """The Article a perfect extractor returns for this page (text with articlekit's whitespace)."""
    story, rich, html = parts.story, layout in _RICH_HEAD, layout != "text_dump"
    # the visible standfirst opens the body as a "lead" block: every later index moves by one
    lead = (Block("lead", ws(parts.lead)),) if parts.lead and html else ()
    return Article(
        url=parts.url,
        canonical_url=parts.url if rich or layout == "visible_date" else None,
        lang="fr",  # a text dump has no lang attribute, but its words are French all the same
        site_name=parts.chrome.site if rich or layout == "visible_date" else None,
        headline=parts.headline,
        lead=ws(parts.lead) if parts.lead else None,
        authors=(parts.author,) if html else (),
        published=parts.published,
        modified=parts.modified if rich or layout == "visible_date" else None,
        section=parts.section if html else None,  # from the head, or the breadcrumb's last step
        tags=parts.tags if rich or layout == "visible_date" else (),
        paragraphs=(*lead, *(Block(p.kind, ws(p.text), p.level) for p in story.paras)),
        quotes=tuple(
            dataclasses.replace(q, text=ws(q.text), paragraph=q.paragraph + len(lead)) for q in story.quotes
        ),
        sources=tuple(_ws_source(s, len(lead)) for s in story.sources()),
        related=_related_in_page_order(parts, layout),
        links=tuple(_shifted(link, len(lead)) for link in story.links) if html else (),
        images=(parts.image,) if parts.image else (),
    )


def _encode(text: str, layout: str, encoding: str | None) -> str | bytes:
    """Return the page as text, or as bytes in `encoding` (characters it lacks become HTML references)."""
    if encoding is None:
        return text
    try:
        if layout == "text_dump":
            return text.encode(encoding)
        return text.encode(encoding, "xmlcharrefreplace")
    except (LookupError, UnicodeEncodeError) as exc:
        raise InputError(f"cannot write a {layout} page in {encoding!r}: {exc}") from exc


@dataclass(frozen=True, slots=True)
class _Request:
    """What the caller asked `make_page` for (None: the seed decides)."""

    layout: str
    topic: str | None = None
    paragraphs: int | None = None
    related: int | None = None
    encoding: str | None = None
    lead: bool | None = None
    insert: bool | None = None


def _check(req: _Request) -> None:
    """Refuse arguments make_page cannot honour, with an InputError naming the choices."""
    if req.layout not in LAYOUTS:
        raise InputError(f"unknown layout {req.layout!r}; choose one of {', '.join(LAYOUT_NAMES)}")
    if req.topic is not None and req.topic not in V.TOPICS:
        raise InputError(f"unknown topic {req.topic!r}; choose one of {', '.join(V.TOPICS)}")
    if (req.paragraphs is not None and req.paragraphs < 1) or (req.related is not None and req.related < 0):
        raise InputError("paragraphs must be at least 1 and related at least 0")
    if req.insert and req.layout not in _WITH_INSERT:
        raise InputError(
            f"the {req.layout} layout has no inline insert; use one of {', '.join(_WITH_INSERT)}"
        )
    if req.lead and req.layout == "text_dump":
        raise InputError("a text dump has no standfirst (lead)")


def make_page(
    seed: int = 0,
    layout: str | None = None,
    *,
    topic: str | None = None,
    paragraphs: int | None = None,
    related: int | None = None,
    encoding: str | None = None,
    lead: bool | None = None,
    insert: bool | None = None,
) -> SyntheticPage:
    """Generate a French news page and its expected Article; the same arguments give the same page.

    `layout` is one of `LAYOUT_NAMES` (by default the seed picks one); `topic` one of the
    vocabulary's topics; `paragraphs` the number of paragraphs (5-9 by default; some layouts add
    a subheading); `related` the
    number of related links (2-5); `encoding` returns bytes in that charset instead of text;
    `lead` adds a standfirst and `insert` an inline "Lire aussi" link (by default the seed decides).
    """
    req = _Request(
        LAYOUT_NAMES[seed % len(LAYOUT_NAMES)] if layout is None else layout,
        topic, paragraphs, related, encoding, lead, insert,
    )  # fmt: skip
    _check(req)
    rng = random.Random(seed)
    parts = _parts(rng, req)
    text = LAYOUTS[req.layout](parts)
    return SyntheticPage(
        content=_encode(text, req.layout, encoding),
        article=_expected(parts, req.layout),
        url=parts.url,
        layout=req.layout,
        seed=seed,
        not_quotes=tuple(parts.story.not_quotes),
        boilerplate=_boilerplate(parts, req.layout),
    )


def _extras(
    rng: random.Random, story: Story, req: _Request, site_url: str, taken: set[str]
) -> dict[str, Any]:
    """Decide the optional parts: standfirst, "Lire aussi" insert, tags, comments, ad slot."""
    html, blocks = req.layout != "text_dump", len(story.paras)
    want_lead = rng.random() < 0.5 if req.lead is None else req.lead
    extras: dict[str, Any] = {
        "lead": f"{story.sentence()}. {story.sentence()}." if want_lead and html else None,
        "tags": tuple(rng.sample(story.topic["tags"], rng.randint(2, 3))),
        "comments": tuple(rng.sample(V.COMMENTS, rng.randint(0, 3))),
        "ad_after": rng.randint(1, blocks - 2) if blocks >= 3 and rng.random() < 0.6 else None,
    }
    if req.layout not in _WITH_COMMENTS:
        extras["comments"] = ()
    if req.layout not in _WITH_INSERT:  # ads, like inserts, sit between the blocks of a block layout
        extras["ad_after"] = None
    want_insert = rng.random() < 0.5 if req.insert is None else req.insert
    if want_insert and req.layout in _WITH_INSERT and blocks >= 3:
        title = next(t for t in _other_headlines(rng, story) if t not in taken)
        url = f"{site_url}/{slug(title)[:60]}_a{rng.randint(1000, 9999)}.html"
        link = RelatedLink(title=title, url=url, date=None, label=rng.choice(V.INSERT_LABELS))
        extras["insert"] = (rng.randint(1, blocks - 2), link)
    return extras


def _parts(rng: random.Random, req: _Request) -> Parts:
    """Write the story and invent everything around it."""
    site = rng.choice(V.SITE_NAMES)
    site_url = f"https://www.{slug(site)}.example"
    html = req.layout != "text_dump"
    story = Story(rng, req.topic or rng.choice(tuple(V.TOPICS)), site_url, linked=html)
    headline = story.fill(story.pick(story.topic["headlines"]))
    people = [story.person() for _ in range(rng.randint(1, 3))]
    _write(story, _plan(rng, req.paragraphs or rng.randint(5, 9), req.layout in _WITH_HEADINGS), people)
    published = paris_datetime(rng)
    modified = published + dt.timedelta(hours=rng.randint(1, 30)) if rng.random() < 0.5 else None
    section = story.topic["section"][0]
    count = rng.randint(2, 5) if req.related is None else req.related
    label, links = _related(rng, story, published.date(), site_url, count, html)
    image = None
    if req.layout in _WITH_IMAGE:
        caption = story.sentence() + "."
        img_url = f"{site_url}/images/{slug(headline)[:40]}.jpg"
        image = Image(url=img_url, caption=caption, credit=rng.choice(V.CAPTION_CREDITS), alt=caption)
    author = f"{rng.choice(V.FIRST_NAMES_F + V.FIRST_NAMES_M)} {rng.choice(V.LAST_NAMES)}"
    extras = _extras(rng, story, req, site_url, {link.title for link, _ in links})
    return Parts(
        story=story,
        headline=headline,
        author=author,
        published=published,
        modified=modified,
        url=f"{site_url}/{slug(section)}/{slug(headline)[:70]}_{rng.randint(10000, 99999)}.html",
        section=section,
        related_label=label,
        related=links,
        image=image,
        chrome=_chrome(rng, story, site, site_url, published.year),
        charset=req.encoding or "utf-8",
        **extras,
    )
