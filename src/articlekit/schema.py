"""The JSON Schema (draft 2020-12) of `Article.to_dict()`, generated from the model's type hints.

Run ``python -m articlekit.schema > docs/article.schema.json`` to refresh the committed copy.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sys
import types
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

from . import model

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_ID = "https://articlekit.example/schemas/article.schema.json"

#: keys `Article.to_dict()` adds beside the dataclass fields: class name → properties it adds
COMPUTED_KEYS: dict[str, tuple[str, ...]] = {"Article": ("text",), "Source": ("cues",)}

#: one-line meaning of each field, shown as the property's "description" (docs/article.md says more)
FIELD_DOCS: dict[str, dict[str, str]] = {
    "Article": {
        "url": "The page's URL: the url given to extract, or the final URL after redirects when fetched.",
        "canonical_url": "The URL the page declares as its own (<link rel=canonical>, og:url, JSON-LD).",
        "lang": "Primary language subtag, lower-case (fr-FR gives fr).",
        "site_name": "The publication's name.",
        "headline": "The article's title as displayed, without the site suffix.",
        "lead": "The chapeau / standfirst shown under the headline; when visible, also paragraphs[0].",
        "authors": "The people who signed the article, in byline order.",
        "published": "First publication: YYYY-MM-DD, or a date-time with offset when the page gives a time.",
        "modified": "Last update, same format as published.",
        "section": "The rubric the article is filed under.",
        "tags": "The page's keywords, in page order.",
        "paragraphs": "The body in reading order, visible standfirst first, boilerplate removed.",
        "quotes": "Quotations found in the body.",
        "sources": "Entities the article cites as the origin of information or words.",
        "related": "Links of related-article blocks, with the date shown beside each.",
        "links": "Outbound links inside the body.",
        "images": "The article's images, each once.",
        "warnings": "Why a field is empty or doubtful, when articlekit knows.",
    },
    "Block": {
        "kind": "What the block is: the visible standfirst (lead), paragraph, heading, list item, quotation.",
        "text": "The block's text, whitespace collapsed, typography kept.",
        "level": "The heading level (2 for <h2>); null for other kinds.",
    },
    "Quote": {
        "text": "The quoted words, without the quote marks.",
        "speaker": "Who said or wrote them, as the article names them; null when it does not say.",
        "cue": "The attributing phrase as written (a déclaré, a-t-il ajouté, selon).",
        "kind": "direct: someone's clause or sentence; partial: a fragment inside the journalist's sentence.",
        "paragraph": "Index into paragraphs of the block holding the quote.",
        "role": "The speaker's title or role when the article gives one.",
    },
    "SourceMention": {
        "cue": "The citing phrase as written (selon, d'après, relève, à en croire, a déclaré).",
        "sentence": "The sentence holding the mention.",
        "paragraph": "Index into paragraphs of the block holding the mention.",
        "surface": "The words naming the source there (le quotidien).",
    },
    "Source": {
        "name": "The entity's proper name, without determiner.",
        "type": "What kind of source it is.",
        "aliases": "Other names the article uses for it (WSJ, le quotidien).",
        "mentions": "Each place the article cites it.",
        "url": "The link's URL when a citing mention is a hyperlink.",
    },
    "RelatedLink": {
        "title": "The linked article's title as shown.",
        "url": "Its absolute URL when the page links it.",
        "date": "The date shown beside it, YYYY-MM-DD.",
        "label": "The heading of the block it came from.",
    },
    "Link": {
        "url": "The absolute URL.",
        "text": "The link's text.",
        "paragraph": "Index into paragraphs of the block holding it.",
    },
    "Image": {
        "url": "The absolute image URL.",
        "caption": "The caption, without the credit.",
        "credit": "The photographer or agency credit.",
        "alt": "The alt text.",
    },
}

_SCALARS: dict[Any, dict[str, Any]] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    float: {"type": "number"},
    bool: {"type": "boolean"},
    type(None): {"type": "null"},
    dt.datetime: {"type": "string", "format": "date-time"},
    dt.date: {"type": "string", "format": "date"},
}


def _is_union(tp: Any) -> bool:
    """True for `X | Y` and `Optional[X]` annotations."""
    return get_origin(tp) in (Union, types.UnionType)


def _union_schema(members: tuple[Any, ...], defs: dict[str, Any]) -> dict[str, Any]:
    """A union: one merged "type" list when every member is a plain type, else anyOf."""
    parts = [type_schema(m, defs) for m in members]
    if all(set(p) == {"type"} and isinstance(p["type"], str) for p in parts):
        return {"type": [p["type"] for p in parts]}
    return {"anyOf": parts}


def _literal_schema(values: tuple[Any, ...]) -> dict[str, Any]:
    """A Literal: an enum of its values, typed when they share one JSON type."""
    out: dict[str, Any] = {"enum": list(values)}
    if all(isinstance(v, str) for v in values):
        out = {"type": "string", **out}
    return out


def type_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    """The schema of one type annotation; dataclasses go to `defs` and are referenced."""
    if tp in _SCALARS:
        return dict(_SCALARS[tp])
    if _is_union(tp):
        return _union_schema(get_args(tp), defs)
    origin = get_origin(tp)
    if origin is Literal:
        return _literal_schema(get_args(tp))
    if origin in (tuple, list):
        args = [a for a in get_args(tp) if a is not Ellipsis]
        item = type_schema(args[0], defs) if args else {}
        return {"type": "array", "items": item}
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # placeholder first: model classes may refer to each other
            defs[name] = dataclass_schema(tp, defs)
        return {"$ref": f"#/$defs/{name}"}
    raise TypeError(f"no JSON Schema mapping for annotation {tp!r}")


def _computed_properties(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    """Schemas of the keys to_dict() adds to `cls`, typed from the properties' return annotations."""
    out: dict[str, Any] = {}
    for key in COMPUTED_KEYS.get(cls.__name__, ()):
        prop = getattr(cls, key)
        hints = get_type_hints(prop.fget, vars(model))
        out[key] = _described(type_schema(hints["return"], defs), _description_of(prop))
    return out


def _description_of(obj: Any) -> str:
    """The first line of an object's docstring ("" when it has none)."""
    doc = getattr(obj, "__doc__", None) or ""
    return doc.strip().splitlines()[0] if doc.strip() else ""


def _described(schema: dict[str, Any], text: str | None) -> dict[str, Any]:
    """A property schema with its description first, when there is one."""
    return {"description": text, **schema} if text else schema


def dataclass_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    """The object schema of one model dataclass as to_dict() renders it (every key always present)."""
    hints = get_type_hints(cls, vars(model))
    docs = FIELD_DOCS.get(cls.__name__, {})
    props = {
        f.name: _described(type_schema(hints[f.name], defs), docs.get(f.name))
        for f in dataclasses.fields(cls)
    }
    props.update(_computed_properties(cls, defs))
    return {
        "type": "object",
        "description": _description_of(cls),
        "properties": props,
        "required": list(props),
        "additionalProperties": False,
    }


def article_schema() -> dict[str, Any]:
    """The JSON Schema of `Article.to_dict()` / `Article.to_json()`."""
    defs: dict[str, Any] = {}
    body = dataclass_schema(model.Article, defs)
    return {
        "$schema": SCHEMA_DIALECT,
        "$id": SCHEMA_ID,
        "title": "Article",
        **body,
        "$defs": dict(sorted(defs.items())),
    }


def schema_json() -> str:
    """The schema as the text committed in docs/article.schema.json (2-space indent, final newline)."""
    return json.dumps(article_schema(), ensure_ascii=False, indent=2) + "\n"


def main() -> int:
    """Print the schema on stdout."""
    sys.stdout.write(schema_json())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
