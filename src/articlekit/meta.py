"""Metadata: headline, lead, authors, dates, section, tags, images, language, site name, canonical URL.

Read from the whole page before cleaning. Every field has an ordered list of places it may come
from (JSON-LD, <meta>, microdata, visible bylines and date lines); docs/metadata.md lists them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml import html as lxml_html

from . import dates
from .lexicon import Lexicon
from .model import DateValue, Image
from .options import Options
from .parts import Metadata

_JSONLD = etree.XPath(
    "//script[contains(translate(@type, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'),"
    " 'ld+json')]"
)
_META = etree.XPath("//meta[@content or @value]")
_TITLE = etree.XPath("(//title)[1]")
_H1 = etree.XPath("//h1")
_LINKS = etree.XPath("//link[@rel][@href]")
_HTML_LANG = etree.XPath(
    "(//html/@lang | //html/@xml:lang)[1]", namespaces={"xml": "http://www.w3.org/XML/1998/namespace"}
)
_ITEMPROP = etree.XPath("//*[@itemprop]")
_REL_AUTHOR = etree.XPath("//a[contains(concat(' ', normalize-space(@rel), ' '), ' author ')]")
_TIMES = etree.XPath("//time[@datetime]")

# Generic class/id hints (not any one site's names).
_BYLINE_HINT = re.compile(
    r"author|byline|by-line|signature|auteur|writer|creator|journalist|contributor|autor|(?<![a-z])by(?![a-z])",
    re.I,
)
_DATE_HINT = re.compile(
    r"date|time|publi|posted|byline|meta|info|dateline|timestamp|datum|fecha|updated|modified|created|"
    r"(?<![a-z])maj(?![a-z])",
    re.I,
)
_MODIFIED_HINT = re.compile(r"updat|modif|(?<![a-z])maj(?![a-z])|lastmod", re.I)
_LEAD_HINT = re.compile(
    r"chap[oô]|standfirst|(?<![a-z])lead|intro|summary|sumario|description|(?<![a-z])dek|excerpt|"
    r"subtitle|sub-title|subheadline|sub-headline|teaser|deck|abstract|header__desc",
    re.I,
)
_KICKER_HINT = re.compile(r"kicker|surtitle|overline|eyebrow|overtitle|supertitle|rubri|category|label", re.I)
_SKIP_HINT = re.compile(
    r"(?:^|[\s_-])(?:comments?|commentlist|related|footer|sidebar|widget|promo|newsletter|share|sharing|"
    r"nav|navigation|navbar|menu|teaser-list|recommended|most-read|popular)(?:$|[\s_-])",
    re.I,
)

_SKIP_NOT_FOOTER = re.compile(
    r"(?:^|[\s_-])(?:comments?|commentlist|related|sidebar|widget|promo|newsletter|share|sharing|"
    r"nav|navigation|navbar|menu|teaser-list|recommended|most-read|popular)(?:$|[\s_-])",
    re.I,
)
_BRANDING_HINT = re.compile(r"site[-_]|tagline|slogan|brand|logo|masthead", re.I)
_ARTICLE_HINT = re.compile(
    r"(?:^|[\s_-])(?:meta|byline|author|info|details|post-?meta|entry-?meta)(?:$|[\s_-])", re.I
)
_LOGO_HINT = re.compile(r"logo|brand|site-?title|site-?name|blog-?title|masthead", re.I)
_HIDDEN_HINT = re.compile(r"screen-?reader|sr-only|visually-?hidden|hidden|offscreen", re.I)


class _Hint:
    """A case-insensitive class/id pattern that matches ASCII text (nearly all class names) fast.

    Python's `re.I` makes alternations of words several times slower; on ASCII text matching the
    lower-cased text case-sensitively gives the same answer (the patterns are lower-case ASCII).
    """

    __slots__ = ("_any", "_ascii")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        """Keep the re.I pattern for non-ASCII text and a case-sensitive copy for lower-cased ASCII."""
        self._any = pattern
        self._ascii = re.compile(pattern.pattern)

    def search(self, text: str) -> re.Match[str] | None:
        """Like `re.Pattern.search` with re.I (on ASCII text the match is over the lower-cased text)."""
        return self._ascii.search(text.lower()) if text.isascii() else self._any.search(text)


_BYLINE_HINT, _DATE_HINT, _MODIFIED_HINT, _LEAD_HINT, _KICKER_HINT = map(
    _Hint, (_BYLINE_HINT, _DATE_HINT, _MODIFIED_HINT, _LEAD_HINT, _KICKER_HINT)
)
_SKIP_HINT, _SKIP_NOT_FOOTER, _BRANDING_HINT, _ARTICLE_HINT, _LOGO_HINT, _HIDDEN_HINT = map(
    _Hint, (_SKIP_HINT, _SKIP_NOT_FOOTER, _BRANDING_HINT, _ARTICLE_HINT, _LOGO_HINT, _HIDDEN_HINT)
)
_PHRASE_TAGS = frozenset({"span", "div", "p", "strong", "b", "em", "i", "small", "mark", "a"})
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
_SEPARATOR_START = re.compile(r"\s+[|\-–—:·•»/]\s+")
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:·•»/]\s+|\s+::\s+|\s*\|\s*")
_P_COUNT = etree.XPath("count(.//p)")
_TEXT_LENGTH = etree.XPath("string-length(.)")
_SCRIPTS = etree.XPath("//script | //style | //noscript")
_VISIBLE_TEXTS = etree.XPath(
    "descendant::text()[not(ancestor::script or ancestor::style or ancestor::template or ancestor::iframe)]"
)
_SPACES = re.compile(r"\s+")
_WORDS = re.compile(r"\w+")
_PARAGRAPHS = etree.XPath("//p")
_URLISH = re.compile(r"^(?:https?:|www\.|/)|\.(?:com|fr|org|net|de)\b", re.I)
_EMAIL = re.compile(r"\S+@\S+\.\w+")
_HANDLE_ANY = re.compile(r"@\w+")
_WORD_DIGIT = re.compile(r"(?<![^\W_])\d")
_URL_DMY = re.compile(r"/(0?[1-9]|[12]\d|3[01])-(0?[1-9]|1[0-2])-((?:19|20)\d{2})(?:/|[-_.]|$)")
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|[-_]|$)")
_LABEL_PUNCT = " \t\n|·•-–—"  # separators around a byline label ("| By ")
_LANG = re.compile(r"^([a-zA-Z]{2,3})(?:[-_].*)?$")

_ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "blogposting",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "backgroundnewsarticle",
        "reviewnewsarticle",
        "askpublicnewsarticle",
        "liveblogposting",
        "techarticle",
        "scholarlyarticle",
        "satiricalarticle",
        "advertisercontentarticle",
        "report",
        "socialmediaposting",
        "posting",
        "review",
    }
)
_PAGE_TYPES = frozenset(
    {"webpage", "itempage", "aboutpage", "profilepage", "qapage", "mediaobject", "videoobject"}
)
_ORG_TYPES = frozenset({"organization", "newsmediaorganization", "corporation", "website"})

MAX_AUTHORS = 8
MAX_TWITTER_LABELS = 4
MAX_SIGNATURE_WORDS = 4
_EMPHASIS = frozenset({"b", "strong", "i", "em", "font"})
DECLARED, MARKED, CUED = "declared", "marked", "cued"  # how an author source names people
MAX_NAME_WORDS = 5
MAX_BYLINE_TRIES = 10  # hinted author/byline elements read before giving up
MAX_TAGS = 30
MAX_AUTHOR_CHARS = 60
MAX_BYLINE_CHARS = 200
MAX_HEADLINE_CHARS = 400
SHORT_H1_WORDS = 2
MAX_SUFFIX_WORDS = 4
MIN_LEAD_CHARS = 40
LEAD_OVERLAP = 0.8  # share of a description's words found in one paragraph that makes it an excerpt
MAX_PARAGRAPHS_CHECKED = 40
MAX_LEAD_CHARS = 1000


@dataclass(frozen=True, slots=True)
class _Page:
    """What the metadata readers share: the tree, <meta> values, JSON-LD objects, the chosen article."""

    tree: lxml_html.HtmlElement
    url: str | None
    meta: dict[str, tuple[str, ...]]
    ld: tuple[dict[str, Any], ...]
    article: dict[str, Any] | None
    lex: Lexicon
    tz: str
    #: the article's <h1> and its ancestors: regions holding it are layout wrappers, never sidebars
    main: tuple[Any, ...] = ()
    #: paragraphs in the page, and a memo of the paragraphs of hinted regions (this call only)
    size: tuple[int, int] = (0, 0)
    sizes: dict[Any, tuple[int, int]] = dataclasses.field(default_factory=dict)


def extract_metadata(
    tree: lxml_html.HtmlElement, *, url: str | None, lex: Lexicon, options: Options
) -> Metadata:
    """Read what the page says about itself (JSON-LD, <meta>, <title>, visible bylines and dates)."""
    ld = tuple(_ld_objects(tree))
    page = _Page(tree, url, _meta_values(tree), ld, _pick_article(ld), lex, options.default_timezone)
    page = dataclasses.replace(page, main=_main_heading_path(page), size=_page_size(tree))
    site = _site_name(page)
    published, modified = _dates(page)
    return Metadata(
        headline=_headline(page, site),
        lead=_lead(page),
        authors=_authors(page, site),
        published=published,
        modified=modified,
        section=_section(page),
        tags=_tags(page),
        lang=_lang(page),
        site_name=site,
        canonical_url=_canonical(page),
        images=_images(page),
    )


# --------------------------------------------------------------------------------------------------
# raw material: <meta>, JSON-LD, text


def _text(el: Any) -> str:
    """Visible-ish text of an element (or a string), soft hyphens dropped, whitespace collapsed."""
    if el is None:
        return ""
    raw = el if isinstance(el, str) else _visible_text(el)
    return _SPACES.sub(" ", raw.translate(_INVISIBLE)).strip()


def _visible_text(el: Any) -> str:
    """text_content() without what scripts, styles, templates and iframes hold (<h1><script>… is no title)."""
    # an <iframe>'s content is raw text that browsers never show
    if next(el.iter("script", "style", "template", "iframe"), None) is None:
        return el.text_content()  # type: ignore[no-any-return]
    return "".join(_VISIBLE_TEXTS(el))


def _meta_values(tree: lxml_html.HtmlElement) -> dict[str, tuple[str, ...]]:
    """Map each <meta> key (property, name, itemprop or http-equiv, lower-case) to its contents in order."""
    found: dict[str, list[str]] = {}
    for el in _META(tree):
        content = _text(el.get("content") or el.get("value"))
        if not content:
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = el.get(attr)
            if key:
                found.setdefault(key.strip().lower(), []).append(content)
    return {k: tuple(v) for k, v in found.items()}


def _first_meta(page: _Page, *keys: str) -> str | None:
    """The first non-empty <meta> content among `keys`, in the order given."""
    for key in keys:
        values = page.meta.get(key)
        if values:
            return values[0]
    return None


def _load_json(raw: str) -> Any:
    """Parse a JSON-LD script leniently (comments, CDATA, trailing commas); None when hopeless."""
    raw = raw.strip()
    if not raw:
        return None
    try:
        return json.loads(raw, strict=False)
    except RecursionError:
        return None  # "[[[[…" nested past the interpreter's limit: hostile, not metadata
    except ValueError:
        pass
    fixed = re.sub(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$|^\s*<!--|-->\s*$", "", raw)
    fixed = re.sub(r",\s*([}\]])", r"\1", fixed)
    try:
        return json.loads(fixed, strict=False)
    except (ValueError, RecursionError):
        return None


def _ld_objects(tree: lxml_html.HtmlElement) -> Iterator[dict[str, Any]]:
    """Every JSON object of the page's ld+json scripts, @graph and mainEntity unfolded."""
    for script in _JSONLD(tree):
        yield from _flatten(_load_json(script.text or ""), 0)


def _flatten(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    """Yield the objects of a JSON-LD value: lists, @graph members, mainEntity (bounded depth)."""
    if depth > 5:
        return
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity"):
            if key in data:
                yield from _flatten(data[key], depth + 1)


def _types(obj: Any) -> set[str]:
    """The schema.org types of an object, lower-case, without "schema:" or URL prefixes."""
    if not isinstance(obj, dict):
        return set()
    raw = obj.get("@type")
    values = raw if isinstance(raw, list) else [raw]
    return {str(v).rsplit("/", 1)[-1].rsplit(":", 1)[-1].lower() for v in values if v}


def _pick_article(objects: Iterable[dict[str, Any]]) -> dict[str, Any] | None:
    """The JSON-LD object describing the article: an Article type, the richest if several."""
    best: dict[str, Any] | None = None
    best_score = -1
    for obj in objects:
        if not _types(obj) & _ARTICLE_TYPES:
            continue
        score = sum(k in obj for k in ("headline", "datePublished", "author", "articleBody", "image"))
        if score > best_score:
            best, best_score = obj, score
    return best


def _ld_text(value: Any) -> str | None:
    """A JSON-LD value as one string (first of a list, "name" or "@value" of an object)."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    if isinstance(value, (str, int, float)):
        text = (
            _SPACES.sub(" ", lxml_html.fromstring(f"<p>{value}</p>").text_content())
            if "<" in str(value)
            else str(value)
        )
        return _SPACES.sub(" ", text).strip() or None
    return None


def _ld_field(page: _Page, key: str, types: frozenset[str] | None = None) -> Any:
    """A field of the article object, else of the first object of `types` that has it."""
    if page.article is not None and page.article.get(key):
        return page.article[key]
    if types is None:
        return None
    for obj in page.ld:
        if _types(obj) & types and obj.get(key):
            return obj[key]
    return None


def _hints(el: Any) -> str:
    """The class, id and itemprop of an element in one string (for generic hint matching)."""
    return " ".join(filter(None, (el.get("class"), el.get("id"), el.get("itemprop"))))


def _norm(text: str | None) -> str:
    """Fold a text for comparisons: NFKC, case-folded, letters and digits only."""
    if not text:
        return ""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(c for c in folded if c.isalnum())


# --------------------------------------------------------------------------------------------------
# site name, headline


def _site_name(page: _Page) -> str | None:
    """og:site_name, the JSON-LD publisher's name, or the application name."""
    found = _first_meta(page, "og:site_name", "og:sitename")
    if found:
        return found
    publisher = _ld_field(page, "publisher")
    name = _ld_text(publisher) if publisher is not None else None
    if name:
        return name
    for obj in page.ld:
        if _types(obj) & _ORG_TYPES and _ld_text(obj.get("name")):
            return _ld_text(obj.get("name"))
    return _first_meta(page, "application-name", "apple-mobile-web-app-title")


def _h1_texts(page: _Page) -> tuple[list[str], list[str]]:
    """Texts of the page's <h1>s, kickers left out: (article headings, site-name headings)."""
    heads: list[str] = []
    sites: list[str] = []
    for h1 in _H1(page.tree):
        if _HIDDEN_HINT.search(_hints(h1)) or any(
            a.tag in ("nav", "footer", "aside") for a in h1.iterancestors()
        ):
            continue
        text = _h1_text(h1)
        if text and len(text) <= MAX_HEADLINE_CHARS and text not in heads:
            (sites if _is_site_heading(h1, page) else heads).append(text)
    return heads, sites


def _h1_text(h1: Any) -> str:
    """An <h1>'s text without its kicker: a hinted kicker child, or all but the last of its text spans."""
    children = [c for c in h1 if isinstance(c.tag, str) and _text(c)]
    bare = not _text(h1.text or "") and not any(_text(c.tail or "") for c in h1)
    if len(children) >= 2 and bare and all(c.tag in _PHRASE_TAGS for c in children):
        return _text(children[-1])
    parts = [h1.text or ""]
    for child in h1:
        if isinstance(child.tag, str) and not _KICKER_HINT.search(_hints(child)):
            parts.append(_text(child))
        parts.append(child.tail or "")
    return _text(" ".join(parts))


def _is_site_heading(h1: Any, page: _Page) -> bool:
    """Tell whether an <h1> holds the site's name (a logo, a link to the home page) rather than a headline."""
    for el in (h1, *list(h1.iterancestors())[:2]):
        if _LOGO_HINT.search(_hints(el)):
            return True
    for a in h1.iter("a"):
        href = (a.get("href") or "").strip()
        full = urljoin(page.url, href) if page.url else href
        if href and urlsplit(full).path in ("", "/") and not urlsplit(full).query:
            return True
    site = _first_meta(page, "og:site_name")
    return bool(site) and _norm(_text(h1)) == _norm(site)


def _title_parts(title: str) -> list[str]:
    """Split a <title> on its separators ("Headline - Site | Section")."""
    return [p.strip() for p in _TITLE_SEPARATORS.split(title) if p.strip()]


def _strip_site(text: str, site_keys: set[str]) -> str:
    """Drop leading or trailing title parts that name the site ("Headline | Le Monde")."""
    if not site_keys:
        return text
    parts = _TITLE_SEPARATORS.split(text)
    seps = _TITLE_SEPARATORS.findall(text)
    if len(parts) < 2:
        return text
    while len(parts) > 1 and _is_site(parts[-1], site_keys):
        parts.pop()
        seps.pop()
    while len(parts) > 1 and _is_site(parts[0], site_keys):
        parts.pop(0)
        seps.pop(0)
    out = parts[0]
    for sep, part in zip(seps, parts[1:], strict=False):
        out += sep + part
    return out.strip()


def _is_site(part: str, site_keys: set[str]) -> bool:
    """Tell whether a title part names the site (its name or its domain)."""
    key = _norm(part)
    for k in site_keys:
        short, long_ = sorted((key, k), key=len)
        if short and short in long_ and len(short) * 5 >= len(long_) * 3:
            return True
    return False


def _site_keys(page: _Page, site: str | None) -> set[str]:
    """Folded names the site goes by: site name and the host's main label ("lemonde" of lemonde.fr)."""
    keys = {_norm(site)} if site else set()
    for url in (page.url, _first_meta(page, "og:url")):
        host = urlsplit(url).hostname if url else None
        if host:
            labels = [p for p in host.split(".") if p not in ("www", "m", "amp")]
            if len(labels) >= 2:
                keys.add(_norm(labels[-2]))
    keys.discard("")
    return keys


def _headline(page: _Page, site: str | None) -> str | None:
    """The headline the sources agree on: h1, JSON-LD headline, og:title, <title> without the site."""
    h1s, site_h1s = _h1_texts(page)
    keys = _site_keys(page, site) | {_norm(h) for h in site_h1s}
    h1s = [h for h in h1s if _norm(h) not in keys]
    title_el = _TITLE(page.tree)
    title = _strip_site(_text(title_el[0]), keys) if title_el else ""
    raw = [
        _ld_text(_ld_field(page, "headline")) or _ld_text(_ld_field(page, "name")),
        _first_meta(page, "og:title"),
        _first_meta(page, "twitter:title"),
    ]
    metas = [_strip_site(t, keys) for t in raw if t and len(t) <= MAX_HEADLINE_CHARS]
    metas = [m for m in metas if _norm(m) and _norm(m) not in keys]
    parts = [p for p in _title_parts(title) if _norm(p) not in keys]
    agreed = _agreeing(h1s, [*metas, title]) or next((h for h in h1s if h in parts), None)
    if agreed:
        return agreed
    confirmed = _agreed_meta([*metas, title])
    if len(h1s) == 1 and not (confirmed and _unrelated_short(h1s[0], confirmed)):
        return h1s[0]
    if confirmed or metas:
        return _drop_pipe_suffix(confirmed or metas[0])
    if len(parts) >= 2:
        return max(parts, key=len)
    return title or (h1s[0] if h1s else None)


def _unrelated_short(h1: str, title: str) -> bool:
    """Tell whether an h1 is a short label sharing no word with the agreed title (a section: "Cronaca")."""
    words = set(_WORDS.findall(h1.casefold()))
    return len(h1.split()) <= SHORT_H1_WORDS and not words & set(_WORDS.findall(title.casefold()))


def _agreed_meta(titles: list[str]) -> str | None:
    """The first metadata title another one repeats (letters and digits compared)."""
    for i, a in enumerate(titles):
        if a and any(_norm(a) == _norm(b) for b in titles[i + 1 :]):
            return a
    return None


def _drop_pipe_suffix(title: str) -> str:
    """Drop a short " | Name" ending from a metadata title (a site or section name the site keys missed)."""
    head, sep, tail = title.rpartition(" | ")
    if sep and head and len(tail.split()) <= MAX_SUFFIX_WORDS and len(tail) < len(head):
        return head.strip()
    return title


def _agreeing(h1s: list[str], metas: list[str]) -> str | None:
    """The first h1 a metadata title confirms: equal, cut short, or the h1 minus a leading kicker."""
    for h in h1s:
        nh = _norm(h)
        if len(nh) < 3:
            continue
        for m in metas:
            nm = _norm(m)
            if not nm:
                continue
            if nh == nm:
                return m
            if nh.startswith(nm) and _SEPARATOR_START.match(h[len(_head(h, len(nm))) :]):
                return m  # the h1 carries the site after a separator ("Headline | SITE.NET")
            if (nm.startswith(nh) and len(nh) * 2 >= len(nm)) or nh.startswith(nm):
                return h
            if nm.endswith(nh) and len(nh) * 2 >= len(nm):
                # "Kicker: Headline" in the metadata, the kicker set apart in the page: the full title
                return m if m[len(_head(m, len(nm) - len(nh))) :].startswith(":") else h
            if nh.endswith(nm) and len(nm) >= 10 and len(nm) * 2 >= len(nh):
                return _tail(h, len(nm))
    return None


def _head(text: str, n_alnum: int) -> str:
    """The start of `text` holding its first `n_alnum` letters and digits."""
    count = 0
    for i, c in enumerate(text):
        if c.isalnum():
            count += len(unicodedata.normalize("NFKC", c).casefold())
            if count >= n_alnum:
                return text[: i + 1]
    return text


def _tail(text: str, n_alnum: int) -> str:
    """The end of `text` holding its last `n_alnum` letters and digits (the h1 without its kicker)."""
    count = 0
    for i in range(len(text) - 1, -1, -1):
        if text[i].isalnum():
            count += len(unicodedata.normalize("NFKC", text[i]).casefold())
            if count >= n_alnum:
                return text[i:].strip()
    return text


# --------------------------------------------------------------------------------------------------
# lead

_LEAD_CANDIDATES = etree.XPath(
    "//*[self::p or self::div or self::h2 or self::h3 or self::span or self::section or self::strong"
    " or self::header][@class or @id or @itemprop]"
)


def _lead(page: _Page) -> str | None:
    """A visible chapeau/standfirst near the headline, else the page's description."""
    for el in _LEAD_CANDIDATES(page.tree):
        hints = _hints(el)
        if el.get("itemprop") not in (None, "description") or not _LEAD_HINT.search(hints):
            continue
        parent = el.getparent()
        if _BRANDING_HINT.search(hints) or (parent is not None and _BRANDING_HINT.search(_hints(parent))):
            continue  # the site's tagline ("site-description"), not the article's chapeau
        text = _text(el)
        if (
            MIN_LEAD_CHARS <= len(text) <= MAX_LEAD_CHARS
            and not _in_skipped(el, page)
            and _few_links(el, text)
        ):
            return text
    for found in (
        _first_meta(page, "og:description"),
        _first_meta(page, "description"),
        _first_meta(page, "twitter:description"),
        _ld_text(_ld_field(page, "description")),
    ):
        if found and len(found) >= MIN_LEAD_CHARS // 2:
            # an excerpt cut from the body ("…", or a body sentence reworded) is not a chapeau
            return None if _repeats_body(found, page) else found
    return None


def _repeats_body(description: str, page: _Page) -> bool:
    """Tell whether a description is an excerpt of the body: cut with "…", or mostly one paragraph's words."""
    if description.rstrip().endswith(("...", "…")):
        return True
    words = set(_WORDS.findall(description.casefold()))
    if len(words) < 4:
        return False
    for p in _PARAGRAPHS(page.tree)[:MAX_PARAGRAPHS_CHECKED]:
        if len(words & set(_WORDS.findall(_text(p).casefold()))) >= len(words) * LEAD_OVERLAP:
            return True
    return False


def _in_skipped(el: Any, page: _Page, *, footers: bool = True) -> bool:
    """Tell whether an element sits in a comment, related, sidebar or menu region (or a footer, if asked).

    A hinted region that holds the article's <h1> is a layout wrapper ("page-with-sidebar"), not one.
    """
    skip = _SKIP_HINT if footers else _SKIP_NOT_FOOTER
    tags = ("nav", "footer", "aside") if footers else ("nav", "aside")
    for anc in el.iterancestors():
        if anc.tag in ("body", "html") or anc in page.main:
            return False
        if anc.tag == "aside" and not footers and _ARTICLE_HINT.search(_hints(anc)):
            continue  # <aside class="meta">: an article's own byline/date box
        if (anc.tag in tags or skip.search(_hints(anc))) and not _is_wrapper(anc, page):
            return True
    return False


def _is_wrapper(el: Any, page: _Page) -> bool:
    """Tell whether a hinted region holds most of the page's paragraphs or text ("main sidebar-right")."""
    if el not in page.sizes:
        page.sizes[el] = _size(el)
    paragraphs, chars = page.sizes[el]
    return paragraphs * 2 > page.size[0] or chars * 2 > page.size[1]


def _size(el: Any) -> tuple[int, int]:
    """How many <p> and characters an element holds (cheap measures of its share of the page)."""
    return int(_P_COUNT(el)), int(_TEXT_LENGTH(el))


def _page_size(tree: Any) -> tuple[int, int]:
    """How many <p> and characters of readable text the page holds (scripts and styles left out)."""
    paragraphs, chars = _size(tree)
    return paragraphs, chars - sum(len(s.text or "") for s in _SCRIPTS(tree))


def _main_heading_path(page: _Page) -> tuple[Any, ...]:
    """The article's <h1> (the first that is shown and is no site name) and its ancestors."""
    for h1 in _H1(page.tree):
        if _HIDDEN_HINT.search(_hints(h1)) or any(
            a.tag in ("nav", "footer", "aside") for a in h1.iterancestors()
        ):
            continue
        if not _is_site_heading(h1, page):
            return (h1, *h1.iterancestors())
    return ()


def _few_links(el: Any, text: str) -> bool:
    """Tell whether most of an element's text is not link text (a teaser list is not a lead)."""
    linked = sum(len(_text(a)) for a in el.iter("a"))
    return linked * 2 < len(text)


# --------------------------------------------------------------------------------------------------
# section, tags, language, canonical URL, images

_SECTION_CANDIDATES = etree.XPath("//*[@class or @id][.//a]")
_CRUMB_HINT = re.compile(r"breadcrumb|ariane|(?<![a-z])fil(?![a-z])", re.I)
_SECTION_HINT = re.compile(
    r"breadcrumb|ariane|(?<![a-z])fil(?![a-z])|cat-links|(?<![a-z])(?:post-)?cat(?![a-z])|categor|rubri|"
    r"section-name|section-link",
    re.I,
)
_CRUMB_HINT, _SECTION_HINT = _Hint(_CRUMB_HINT), _Hint(_SECTION_HINT)
MAX_SECTION_LINKS = 2


def _section(page: _Page) -> str | None:
    """JSON-LD articleSection, article:section, else the last breadcrumb step before the article."""
    found = _ld_text(_ld_field(page, "articleSection"))
    if found:
        return found
    found = _first_meta(page, "article:section", "og:article:section", "section", "parsely-section")
    if found:
        return found
    for obj in page.ld:
        if "breadcrumblist" in _types(obj):
            names = _breadcrumb_names(obj.get("itemListElement"))
            if len(names) >= 2:
                return names[-2] if len(names) > 2 else names[-1]
    return _visible_section(page)


def _visible_section(page: _Page) -> str | None:
    """The last step of a breadcrumb ("Accueil / Énergie"), or a category link beside the headline."""
    for el in _SECTION_CANDIDATES(page.tree):
        hints = _hints(el)
        if not _SECTION_HINT.search(hints):
            continue
        names = [_text(a) for a in el.iter("a") if _text(a)]
        crumb = bool(_CRUMB_HINT.search(hints))
        if crumb and len(names) >= 2:
            return names[-1]
        if not crumb and 1 <= len(names) <= MAX_SECTION_LINKS and not _in_skipped(el, page):
            return names[0]
    return None


def _breadcrumb_names(items: Any) -> list[str]:
    """Names of a BreadcrumbList's items, in position order."""
    if not isinstance(items, list):
        return []
    named: list[tuple[float, str]] = []
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            continue
        name = _ld_text(item.get("name")) or _ld_text(item.get("item"))
        pos = item.get("position")
        if name:
            named.append((float(pos) if isinstance(pos, (int, float)) else float(i), name))
    return [n for _, n in sorted(named)]


def _tags(page: _Page) -> tuple[str, ...]:
    """article:tag, news_keywords, keywords and JSON-LD keywords, split on commas, deduplicated."""
    raw: list[str] = [*page.meta.get("article:tag", ()), *page.meta.get("og:article:tag", ())]
    for key in ("news_keywords", "keywords", "parsely-tags"):
        raw.extend(page.meta.get(key, ()))
    keywords = _ld_field(page, "keywords")
    if isinstance(keywords, list):
        raw.extend(str(k) for k in keywords if isinstance(k, (str, int)))
    elif isinstance(keywords, str):
        raw.append(keywords)
    seen: dict[str, str] = {}
    for value in raw:
        for tag in re.split(r"\s*[,;]\s*", value):
            tag = tag.strip(" .#")
            if tag and len(tag) <= 60 and _norm(tag) not in seen:
                seen[_norm(tag)] = tag
    return tuple(seen.values())[:MAX_TAGS]


def _lang(page: _Page) -> str | None:
    """<html lang>, og:locale, content-language or JSON-LD inLanguage, as a primary subtag ("fr")."""
    candidates = [*_HTML_LANG(page.tree)]
    candidates += [_first_meta(page, "og:locale", "content-language", "language", "dc.language")]
    candidates.append(_ld_text(_ld_field(page, "inLanguage")))
    for value in candidates:
        m = _LANG.match(str(value).strip()) if value else None
        if m:
            return m.group(1).lower()
    return None


def _absolute(page: _Page, href: str | None) -> str | None:
    """An absolute http(s) URL for `href`, resolved against the page URL; None when impossible."""
    if not href:
        return None
    href = href.strip()
    full = urljoin(page.url, href) if page.url else href
    if full.startswith("//"):
        full = "https:" + full
    return full if urlsplit(full).scheme in ("http", "https") else None


def _canonical(page: _Page) -> str | None:
    """link rel=canonical, else og:url, as an absolute URL."""
    for link in _LINKS(page.tree):
        if "canonical" in link.get("rel", "").lower().split():
            found = _absolute(page, link.get("href"))
            if found:
                return found
    return _absolute(page, _first_meta(page, "og:url"))


def _images(page: _Page) -> tuple[Image, ...]:
    """og:image and twitter:image, then JSON-LD images (with their captions), absolute, deduplicated."""
    alt = _first_meta(page, "og:image:alt", "twitter:image:alt")
    found: dict[str, Image] = {}
    for key in ("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"):
        for value in page.meta.get(key, ()):
            url = _absolute(page, value)
            if url and url not in found:
                found[url] = Image(url=url, alt=alt)
    for url, caption in _ld_images(_ld_field(page, "image")):
        full = _absolute(page, url)
        if full and full not in found:
            found[full] = Image(url=full, caption=caption)
        elif full and caption and found[full].caption is None:
            found[full] = Image(url=full, caption=caption, alt=found[full].alt)
    return tuple(found.values())[:5]


def _ld_images(value: Any) -> Iterator[tuple[str, str | None]]:
    """(url, caption) pairs of a JSON-LD image value: a URL, an ImageObject, or a list of them."""
    if isinstance(value, str):
        yield value, None
    elif isinstance(value, list):
        for item in value[:5]:
            yield from _ld_images(item)
    elif isinstance(value, dict):
        url = value.get("url") or value.get("contentUrl")
        if isinstance(url, str):
            yield url, _ld_text(value.get("caption")) or _ld_text(value.get("description"))


# --------------------------------------------------------------------------------------------------
# authors

_AUTHOR_META = (
    "author",
    "article:author",
    "og:article:author",
    "dc.creator",
    "dcterms.creator",
    "byl",
    "sailthru.author",
    "parsely-author",
    "citation_author",
    "cxenseparse:author",
)
_BYLINE_CANDIDATES = etree.XPath(
    "//*[self::p or self::div or self::span or self::a or self::address or self::li or self::strong"
    " or self::em or self::b or self::i or self::small or self::font or self::dd or self::td or self::cite"
    " or self::h5 or self::h6]"
)
_AUTHOR_LINKS = etree.XPath(
    "//a[contains(@href, '/author/') or contains(@href, '/authors/') or contains(@href, '/auteur/')"
    " or contains(@href, '/auteurs/') or contains(@href, '/autor/') or contains(@href, '/autoren/')]"
)
MAX_AUTHOR_LINKS = 3
_LAST_FIRST = re.compile(r"\s*([A-Z][\w'’-]+),\s*([A-Z][\w'’-]+)\s*")
_PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_AUTHOR_EDGE = " \t,;:|/-–—·•*\"'“”«»()"


def _authors(page: _Page, site: str | None) -> tuple[str, ...]:
    """Authors from JSON-LD, <meta>, microdata, rel=author, then visible bylines: first source naming one.

    A name declared in JSON-LD or <meta> that is the site's own ("FOCUS online") is kept only when
    no source names a person; a site name read from the page's text is never kept.
    """
    keys = _site_keys(page, site)
    site_only: tuple[str, ...] = ()
    for source, raws in _author_sources(page):
        names = _clean_names(raws, page.lex, set() if source == DECLARED else keys, strict=source == CUED)
        if names and all(_is_site(n, keys) for n in names):
            site_only = site_only or names  # the site as author: only if no person is named anywhere
        elif names:
            # "unocero, Alberto Ávila": the site beside a person's full name is the publisher
            people = tuple(n for n in names if not _is_site(n, keys))
            return people if any(len(n.split()) > 1 for n in people) else names
    return site_only


def _author_sources(page: _Page) -> Iterator[tuple[str, list[str]]]:
    """Raw author strings, one list per source, most reliable first (read lazily), with their kind."""
    yield DECLARED, _ld_people(_ld_field(page, "author") or _ld_field(page, "creator"), page)
    for key in _AUTHOR_META:
        values = [v for v in page.meta.get(key, ()) if not _URLISH.search(v)]
        if values:
            yield DECLARED, values
    yield DECLARED, _labelled_author(page)
    marked = [el for el in _ITEMPROP(page.tree) if el.get("itemprop") == "author" and el.tag != "meta"]
    yield MARKED, _first_group(marked, page)
    yield MARKED, _first_group(_REL_AUTHOR(page.tree), page)
    for strict, text in _visible_bylines(page):
        yield CUED if strict else MARKED, [text]
    yield MARKED, _first_group(_AUTHOR_LINKS(page.tree), page)[:MAX_AUTHOR_LINKS]
    yield CUED, _signature(page)


def _signature(page: _Page) -> list[str]:
    """The last paragraph that is only an emphasised name ("<p><b><i>Stefan Wasmer</i></b></p>")."""
    found: list[str] = []
    for p in _PARAGRAPHS(page.tree):
        children = [c for c in p if isinstance(c.tag, str)]
        if (
            len(children) != 1
            or children[0].tag not in _EMPHASIS
            or _text(p.text or "")
            or p.find(".//a") is not None
        ):
            continue
        text = _text(p)
        if text and len(text.split()) <= MAX_SIGNATURE_WORDS and not _in_skipped(p, page):
            found = [text]
    return found


def _labelled_author(page: _Page) -> list[str]:
    """The value of a "Written by" twitter:label/twitter:data pair (set by common CMS plugins)."""
    for i in range(1, MAX_TWITTER_LABELS + 1):
        label = _first_meta(page, f"twitter:label{i}")
        data = _first_meta(page, f"twitter:data{i}")
        if label and data and _opens_byline(label + " x", page.lex):
            return [data]
    return []


def _spaced(el: Any) -> str:
    """An element's text with a space between its pieces ("<span>By</span>Jane" reads "By Jane")."""
    return _text(" ".join(t for t in el.itertext() if isinstance(t, str)))


def _first_group(elements: list[Any], page: _Page) -> list[str]:
    """Texts of the marked authors outside skipped regions (related lists, comments)."""
    return [_marked_name(el) for el in elements if not _in_skipped(el, page, footers=False)][:MAX_AUTHORS]


def _marked_name(el: Any) -> str:
    """A marked author's name: its `itemprop=name` part when it has one (the rest is often a bio)."""
    names = [c.get("content") or _spaced(c) for c in el.iterdescendants() if c.get("itemprop") == "name"]
    return ", ".join(n for n in names if n) or _spaced(el)


def _ld_people(value: Any, page: _Page) -> list[str]:
    """Names of a JSON-LD author value (Person, list, string); organisations only when no person."""
    items = value if isinstance(value, list) else [value]
    people: list[str] = []
    orgs: list[str] = []
    for item in items:
        if isinstance(item, str) and not _URLISH.search(item):
            people.append(item)
        elif isinstance(item, dict):
            item = _ld_resolve(item, page)
            name = _ld_text(item.get("name"))
            if name:
                (orgs if _types(item) & _ORG_TYPES else people).append(name)
    return people or orgs


def _ld_resolve(item: dict[str, Any], page: _Page) -> dict[str, Any]:
    """The object a bare JSON-LD reference ({"@id": …}) points to in the page's graph, else the item."""
    ref = item.get("@id")
    if "name" in item or not isinstance(ref, str):
        return item
    return next((obj for obj in page.ld if obj.get("@id") == ref and "name" in obj), item)


def _visible_bylines(page: _Page) -> Iterator[tuple[bool, str]]:
    """Short visible bylines: hinted as author/byline, or opening on a byline word ("Par X").

    Yields (strict, text): a line found only by its opening word must hold capitalised names.
    """
    hinted = 0
    for el in _BYLINE_CANDIDATES(page.tree):
        hints = _hints(el) + " " + (el.get("rel") or "")
        if _is_byline_label(el.text or "", page.lex) and len(el) == 0:
            name = _label_value(el)
            if name:
                # "<b>Autor:</b> Fritz Imhof"
                yield True, _text((el.text or "").strip(_LABEL_PUNCT) + " " + name)
                continue
        strict = False
        if _BYLINE_HINT.search(hints) and hinted < MAX_BYLINE_TRIES:
            if _SKIP_HINT.search(hints) or _in_skipped(el, page, footers=False):
                continue
            hinted += 1
        elif _opens_byline(_head_text(el), page.lex):
            strict = True
        else:
            continue
        text = _spaced(el)
        if text and len(text) <= MAX_BYLINE_CHARS:
            yield strict, text


def _label_value(el: Any) -> str:
    """The text after a byline label: its tail, else the next element's ("<span>By</span><span>X</span>")."""
    tail = _text(el.tail or "")
    if tail:
        return tail
    nxt = el.getnext()
    return _text(nxt) if nxt is not None and isinstance(nxt.tag, str) else ""


def _head_text(el: Any) -> str:
    """An element's own leading text and its first two children's ("<span>By </span><a>Jane Doe</a>")."""
    head = el.text or ""
    for child in el[:2]:
        if isinstance(child.tag, str):
            head += " " + (child.text or "") + " " + (child.tail or "")
    return head


def _is_byline_label(text: str, lex: Lexicon) -> bool:
    """Tell whether a text is only a byline word, as a label ("Autor:", "Von:", "Par")."""
    text = text.strip(_LABEL_PUNCT)
    return bool(text) and _byline_label(dates.date_data(lex).BYLINE_PREFIXES).fullmatch(text) is not None


@cache
def _byline_label(prefixes: tuple[str, ...]) -> re.Pattern[str]:
    """The pattern of a text made only of a byline word and punctuation, built once per lexicon."""
    words = "|".join(re.escape(p) for p in sorted(prefixes, key=len, reverse=True))
    return re.compile(rf"(?:{words})\W*", re.I)


def _opens_byline(head: str, lex: Lexicon) -> bool:
    """Tell whether a text starts with a byline word ("Par", "By", "Von", "Auteur :")."""
    return (
        bool(head) and _byline_opener(dates.date_data(lex).BYLINE_PREFIXES).match(head.lstrip()) is not None
    )


@cache
def _byline_opener(prefixes: tuple[str, ...]) -> re.Pattern[str]:
    """The pattern of a text opening on a byline word followed by more text, built once per lexicon."""
    words = "|".join(re.escape(p) for p in sorted(prefixes, key=len, reverse=True))
    return re.compile(rf"(?:{words})(?![\w])\W*\w", re.I)


def _clean_names(raws: Iterable[str], lex: Lexicon, site_keys: set[str], *, strict: bool) -> tuple[str, ...]:
    """Person names out of raw bylines: no prefix, date, role, e-mail; "X et Y" split; deduplicated."""
    names: dict[str, str] = {}
    for raw in raws:
        for found in _split_names(_cut_byline(raw, lex), lex, site_keys, strict=strict):
            name = _strip_trailing_site(found, site_keys)
            key = _norm(name)
            if key and key not in names and key not in site_keys:
                names[key] = name
    return tuple(names.values())[:MAX_AUTHORS]


def _strip_trailing_site(name: str, site_keys: set[str]) -> str:
    """Drop the site's name written after a person's ("Joe Davidson Washington Post")."""
    words = name.split()
    for n in range(len(words) - 2, 0, -1):
        if len(words) - n >= 2 and _norm(" ".join(words[-n:])) in site_keys:
            return " ".join(words[:-n])
    return name


def _cut_byline(raw: str, lex: Lexicon) -> str:
    """Keep the names part of a byline: drop e-mails, handles, brackets, and what follows a date or cue."""
    text = _PARENS.sub(" ", _HANDLE_ANY.sub(" ", _EMAIL.sub(" ", raw)))
    cut = len(text)
    span = dates.date_span(text, lex)
    if span is not None:
        cut = span[0]
    digit = _WORD_DIGIT.search(text)  # "… 5 mai", not the "1984" of a handle like "freeman1984"
    if digit:
        cut = min(cut, digit.start())
    low = text.lower()
    for cue in dates.date_cues(lex):
        pos = low.find(cue) if len(cue) > 3 else -1
        if 0 < pos < cut:
            cut = pos
    words = _text(text[:cut]).strip(_AUTHOR_EDGE).split()
    # "Jean Dupont, Fr. 5 mai", "Jane Doe March 9": the weekday or month stays with the cut date
    while words and (_is_day_name(words[-1], lex) or (cut < len(text) and _is_month_name(words[-1], lex))):
        words.pop()
    text = " ".join(words).strip(_AUTHOR_EDGE)
    return _strip_prefix(_strip_prefix(text, lex), lex)


def _is_month_name(word: str, lex: Lexicon) -> bool:
    """Tell whether a word names a month, in French or another common language."""
    low = word.lower().strip(".,:")
    return low in dates.date_data(lex).MONTHS or low in dates.date_data(lex).OTHER_MONTHS


def _is_day_name(word: str, lex: Lexicon) -> bool:
    """Tell whether a word names a weekday, in French or another common language."""
    low = word.lower().strip(".,:")
    return low in dates.date_data(lex).DAYS or low in dates.date_data(lex).OTHER_DAYS


def _strip_prefix(text: str, lex: Lexicon) -> str:
    """Drop a leading byline word ("Par", "By", "Propos recueillis par")."""
    low = text.lower()
    for prefix in dates.date_data(lex).BYLINE_PREFIXES:
        if low.startswith(prefix) and (len(low) == len(prefix) or not low[len(prefix)].isalnum()):
            return text[len(prefix) :].strip(_AUTHOR_EDGE)
    return text


def _split_names(text: str, lex: Lexicon, site_keys: set[str], *, strict: bool) -> Iterator[str]:
    """Split "X, Y et Z" into names, each stripped of roles and trailing words; non-names are skipped."""
    data = dates.date_data(lex)
    inverted = _LAST_FIRST.fullmatch(text)
    if inverted:  # "Gillman, Steve": one person, family name first
        text = f"{inverted[2]} {inverted[1]}"
    parts = _name_splitter(data.AUTHOR_JOINERS).split(text)
    for part in parts:
        words = _name_words(part, lex)
        name = " ".join(words).strip(_AUTHOR_EDGE)
        if name and name != part.strip(_AUTHOR_EDGE) and _is_site(name, site_keys):
            name = part.strip(_AUTHOR_EDGE)  # "ZDNet Japan Staff": the site's team, role and all
        if not name and not strict and len(parts) == 1 and _only_roles(part, lex):
            name = part.strip(_AUTHOR_EDGE)  # a marked author that is the newsroom itself: "Redaktion"
        if name.lower() in data.DATE_LABELS or (len(words) == 1 and _is_day_name(name, lex)):
            continue
        if _looks_like_name(name, strict=strict):
            yield name


def _name_words(part: str, lex: Lexicon) -> list[str]:
    """The words of one byline part that name someone: no role, nothing after an end word or credit."""
    data = dates.date_data(lex)
    words: list[str] = []
    for word in _after_inner_prefix(_strip_prefix(part.strip(_AUTHOR_EDGE), lex), lex).split():
        low = word.lower().strip(".,:")
        if low in data.CREDIT_WORDS:
            return []
        if low in data.BYLINE_END_WORDS and (word.islower() or len(word) > 3 or not word[0].isalpha()):
            break
        if low not in data.ROLE_WORDS:
            words.append(word)
    return words


def _after_inner_prefix(part: str, lex: Lexicon) -> str:
    """The name after a byline word inside a part ("capital von Jemima Kelly" -> "Jemima Kelly")."""
    words = part.split()
    for i in range(1, len(words) - 1):
        if (
            words[i].lower() in dates.date_data(lex).BYLINE_PREFIXES
            and words[i - 1][:1].islower()
            and words[i + 1][:1].isupper()
        ):
            return " ".join(words[i + 1 :])
    return part


def _only_roles(part: str, lex: Lexicon) -> bool:
    """Tell whether a byline part is one role word ("Redaktion", "La rédaction" is not a person)."""
    words = part.strip(_AUTHOR_EDGE).split()
    return len(words) == 1 and words[0].lower().strip(".,:") in dates.date_data(lex).ROLE_WORDS


@cache
def _name_splitter(joiners: tuple[str, ...]) -> re.Pattern[str]:
    """The pattern splitting a byline into names, built once per lexicon's joining words."""
    words = "|".join(re.escape(j) for j in joiners)
    return re.compile(rf"\s*[,;|/]\s*|\s+[-–—]\s+|\s+(?:{words})\s+", re.I)


def _looks_like_name(name: str, *, strict: bool) -> bool:
    """A plausible author name: a few words with letters, not a URL; visible text needs capitalised words."""
    if not name or len(name) > MAX_AUTHOR_CHARS or _URLISH.search(name):
        return False
    words = name.split()
    if not 1 <= len(words) <= MAX_NAME_WORDS or not any(c.isalpha() for c in name):
        return False
    if not strict:
        return True
    capitalised = [w for w in words if w[0].isupper()]
    small = [w for w in words if not w[0].isupper() and len(w) <= 3]
    return len(words) >= 2 and len(capitalised) >= 1 and len(capitalised) + len(small) == len(words)


# --------------------------------------------------------------------------------------------------
# dates

_PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "article:published",
    "datepublished",
    "published_time",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "article.published",
    "sailthru.date",
    "parsely-pub-date",
    "dc.date.issued",
    "dc.date.created",
    "dcterms.issued",
    "dcterms.created",
    "dc.date",
    "dcterms.date",
    "date",
    "citation_publication_date",
    "citation_date",
    "originalpublicationdate",
    "cxenseparse:recs:publishtime",
)
_MODIFIED_META = (
    "article:modified_time",
    "og:article:modified_time",
    "datemodified",
    "og:updated_time",
    "dcterms.modified",
    "dc.date.modified",
    "last-modified",
    "lastmod",
)
_DATE_TAGS = (
    *("p", "div", "span", "time", "li", "small", "em", "header", "footer", "abbr", "dd", "strong", "b"),
    *("i", "address", "a", "dt", "th", "label", "h1", "h2", "h3", "h4", "h5", "h6"),
)
MAX_DATE_LINE_CHARS = 200
MAX_HEADER_CHARS = 800
LOGO_LEVELS = 3  # a date this close under a logo/brand element is the edition's, not the article's
WEST_UTC_HOURS = 10  # a UTC time before 10:00 may be the evening before in the Americas
EAST_UTC_HOUR = 22  # a UTC time from 22:00 may be the next morning in Europe and Asia
MIN_DATE_CHARS = 6
MAX_STANDALONE_CHARS = 60
MAX_WORDS_BESIDE_DATE = 2  # "Donnerstag, 15.2.2018, 19:51 Uhr" is still only a date
_TEXT_TAGS = (
    "p",
    "div",
    "span",
    "dd",
    "td",
    "li",
    "small",
    "em",
    "strong",
    "b",
    "i",
    "time",
    "h2",
    "h3",
    "h4",
    "font",
    "a",
)  # the headline's block: headline, kicker, byline, date line, not the article


def _dates(page: _Page) -> tuple[DateValue | None, DateValue | None]:
    """Publication and modification dates: structured sources first, then visible lines, then the URL."""
    published = _structured(page, "datePublished", _PUBLISHED_META) or _structured(page, "dateCreated", ())
    modified = _structured(page, "dateModified", _MODIFIED_META)
    if published is None or modified is None or _is_utc(published):
        seen_pub, seen_mod = _visible_dates(page)
        published = _local_day(published, seen_pub) or seen_pub
        modified = modified or seen_mod
    if published is None:
        # a page showing one date, as "updated", was published then
        published = _url_date(page) or modified or _standalone_date(page) or _image_url_date(page)
    return published, modified


def _is_utc(value: DateValue | None) -> bool:
    """Tell whether a value is a datetime written in UTC (its day may not be the page's own)."""
    return isinstance(value, dt.datetime) and value.utcoffset() == dt.timedelta(0)


def _local_day(structured: DateValue | None, seen: DateValue | None) -> DateValue | None:
    """The structured date, unless it is UTC and the page shows the day before or after (its local day)."""
    if not _is_utc(structured) or seen is None:
        return structured
    assert isinstance(structured, dt.datetime)
    shift = ((seen.date() if isinstance(seen, dt.datetime) else seen) - structured.date()).days
    # west of UTC the evening is the next UTC morning; east of it, the UTC late evening the next day
    if (shift == -1 and structured.hour < WEST_UTC_HOURS) or (
        shift == 1 and structured.hour >= EAST_UTC_HOUR
    ):
        return seen
    return structured


def _structured(page: _Page, ld_key: str, meta_keys: tuple[str, ...]) -> DateValue | None:
    """A date from JSON-LD `ld_key`, the <meta> keys, microdata, or <time datetime> (for published)."""
    candidates: list[Any] = [_ld_field(page, ld_key, _PAGE_TYPES)]
    candidates += [page.meta.get(k, (None,))[0] for k in meta_keys]
    for value in candidates:
        found = dates.parse_structured_date(_ld_text(value), lex=page.lex, tz=page.tz) if value else None
        if found is not None:
            return found
    for el in _ITEMPROP(page.tree):
        if el.get("itemprop") == ld_key and el.tag != "meta":
            raw = el.get("datetime") or el.get("content") or _text(el)
            found = dates.parse_structured_date(raw, lex=page.lex, tz=page.tz)
            if found is not None:
                return found
    return None


def _visible_dates(page: _Page) -> tuple[DateValue | None, DateValue | None]:
    """Dates shown: <time>, hinted or cue-led short lines ("Publié le …"), then the headline's block."""
    published: DateValue | None = None
    modified: DateValue | None = None
    for el in page.tree.iter(_DATE_TAGS):
        # a post's own footer often carries its date: only the other regions are skipped
        if not _may_hold_date(el, page) or _in_skipped(el, page, footers=False) or _in_banner(el, page):
            continue
        kind, found = _read_date_element(el, page)
        if found is None:
            continue
        if kind == "modified":
            modified = modified or found
        else:
            published = published or found
        if published is not None and modified is not None:
            break
    return published or _date_near_headline(page), modified


def _in_banner(el: Any, page: _Page) -> bool:
    """Tell whether an element sits in the site's logo or banner (today's date of the edition)."""
    for depth, anc in enumerate(el.iterancestors()):
        if anc in page.main or anc.tag in ("body", "html"):
            return False
        if anc.get("role") == "banner" or (depth < LOGO_LEVELS and _LOGO_HINT.search(_hints(anc))):
            return True
    return False


def _may_hold_date(el: Any, page: _Page) -> bool:
    """Cheap test before reading an element: a <time>, a date-ish class, or direct text opening on a cue."""
    if el.tag == "time" or _DATE_HINT.search(_hints(el)) or (el.tag == "abbr" and el.get("title")):
        return True
    raw = el.text
    if not raw or len(raw) > MAX_DATE_LINE_CHARS or not raw.strip()[:1].isalpha():
        return False  # most elements: no direct text, or text that cannot open on a cue
    head = _text(raw)
    return dates.date_line_kind(head, page.lex) is not None or _is_date_label(head, page.lex)


def _is_date_label(text: str, lex: Lexicon) -> bool:
    """Tell whether a text is only a label put before a date ("Datum :", "Mise en ligne", "Stand -")."""
    return text.lower().rstrip(" :-–|") in dates.date_data(lex).DATE_LABELS


def _read_date_element(el: Any, page: _Page) -> tuple[str | None, DateValue | None]:
    """The kind ("published", "modified" or None) and date an element shows."""
    text = _text(el)
    if _is_date_label(_text(el.text or ""), page.lex) and el.getparent() is not None:
        text = _text(el.getparent())  # "<dt>Datum</dt><dd>12.01.2017</dd>": the date is beside the label
    if len(text) > MAX_DATE_LINE_CHARS:
        return None, None
    kind = dates.date_line_kind(text, page.lex) if text else None
    if kind is None and _MODIFIED_HINT.search(_hints(el)):
        kind = "modified"
    for raw in (el.get("datetime"), el.get("content") if el.get("itemprop") else None, el.get("title")):
        found = dates.parse_structured_date(raw, lex=page.lex, tz=page.tz) if raw and len(raw) < 60 else None
        if found is not None:
            return kind, found
    found = dates.find_date_in_text(text, page.lex, page.tz) if text else None
    if found is None and text and el.tag == "time":
        found = dates.parse_structured_date(text, lex=page.lex, tz=page.tz)
    if found is None and kind is not None:
        found = _date_after_cue(el, text, page)
    return kind, found


def _date_after_cue(el: Any, cue: str, page: _Page) -> DateValue | None:
    """The date following an element that is only a cue ("<b>Aktualisiert am </b>17.01.2021")."""
    parent = el.getparent()
    if parent is None:
        return None
    line = _text(parent)
    if len(line) > MAX_DATE_LINE_CHARS or not line.startswith(cue):
        return None
    return dates.find_date_in_text(line, page.lex, page.tz)


def _date_near_headline(page: _Page) -> DateValue | None:
    """A date written in the block around the first article <h1> (its header or its parents, kept short)."""
    for h1 in _H1(page.tree):
        if _is_site_heading(h1, page):
            continue
        block = h1
        for anc in list(h1.iterancestors())[:3]:
            if anc.tag in ("body", "html") or len(_text(anc)) > MAX_HEADER_CHARS:
                break
            block = anc
        return dates.find_date_in_text(_text(block), page.lex, page.tz)
    return None


def _standalone_date(page: _Page) -> DateValue | None:
    """The first short text that is a date and nothing else ("<dd>12.01.2017</dd>"), outside side regions."""
    for el in page.tree.iter(*_TEXT_TAGS, "br"):
        text = _text((el.tail if el.tag == "br" else el.text) or "")  # "Benni<br/>10. September 2017"
        if not MIN_DATE_CHARS <= len(text) <= MAX_STANDALONE_CHARS:
            continue
        span = dates.date_span(text, page.lex)
        if span is None or not _only_date(text, span, page.lex):
            continue
        if not _in_skipped(el, page, footers=False):
            found = dates.find_date_in_text(text, page.lex, page.tz)
            if found is not None:
                return found
    return None


def _only_date(text: str, span: tuple[int, int], lex: Lexicon) -> bool:
    """Tell whether a text holds a date and little else: a weekday, a time, at most a couple of words."""
    rest = [w for w in _WORDS.findall(text[: span[0]] + " " + text[span[1] :]) if not w.isdigit()]
    return len([w for w in rest if not _is_day_name(w, lex)]) <= MAX_WORDS_BESIDE_DATE


def _image_url_date(page: _Page) -> DateValue | None:
    """A date in the address of the page's preview image ("/2020/03/04/" in og:image): uploaded with it."""
    for key in ("og:image", "twitter:image"):
        m = _URL_DATE.search(_first_meta(page, key) or "")
        if m:
            return dates.parse_date(f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}", lex=page.lex)
    return None


def _url_date(page: _Page) -> DateValue | None:
    """A date written in the page URL or canonical URL ("/2023/12/05/")."""
    for url in (page.url, _canonical(page)):
        m = _URL_DATE.search(url or "")
        dmy = _URL_DMY.search(url or "")
        ymd = (m[1], m[2], m[3]) if m else (dmy[3], dmy[2], dmy[1]) if dmy else None
        if ymd:
            found = dates.parse_date(f"{ymd[0]}-{int(ymd[1]):02d}-{int(ymd[2]):02d}", lex=page.lex)
            if found is not None:
                return found
    return None
