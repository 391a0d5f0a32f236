"""What the metadata readers share: the page record, <meta> and JSON-LD values, text, hints, DOM helpers."""

from __future__ import annotations

import dataclasses
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml import html as lxml_html

from .. import dates
from ..lexicon import Lexicon

_JSONLD = etree.XPath(
    "//script[contains(translate(@type, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'),"
    " 'ld+json')]"
)


_META = etree.XPath("//meta[@content or @value]")


_H1 = etree.XPath("//h1")


_ITEMPROP = etree.XPath("//*[@itemprop]")


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


_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))


_P_COUNT = etree.XPath("count(.//p)")


_TEXT_LENGTH = etree.XPath("string-length(.)")


_SCRIPTS = etree.XPath("//script | //style | //noscript")


_VISIBLE_TEXTS = etree.XPath(
    "descendant::text()[not(ancestor::script or ancestor::style or ancestor::template or ancestor::iframe)]"
)


_SPACES = re.compile(r"\s+")


_WORDS = re.compile(r"\w+")


_PARAGRAPHS = etree.XPath("//p")


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


_ORG_TYPES = frozenset({"organization", "newsmediaorganization", "corporation", "website"})


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


def _is_month_name(word: str, lex: Lexicon) -> bool:
    """Tell whether a word names a month, in French or another common language."""
    low = word.lower().strip(".,:")
    return low in dates.date_data(lex).MONTHS or low in dates.date_data(lex).OTHER_MONTHS


def _is_day_name(word: str, lex: Lexicon) -> bool:
    """Tell whether a word names a weekday, in French or another common language."""
    low = word.lower().strip(".,:")
    return low in dates.date_data(lex).DAYS or low in dates.date_data(lex).OTHER_DAYS
