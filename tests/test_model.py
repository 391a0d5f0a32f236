"""The Article model: immutability, to_dict/to_json shapes, and its JSON Schema (generated and committed)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from articlekit import model
from articlekit.model import Article, Block, Image, Link, Quote, RelatedLink, Source, SourceMention
from articlekit.schema import article_schema, schema_json
from conftest import fixture_pages, load_expected

DOCS = Path(__file__).parent.parent / "docs"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$")
_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
    "array": (list,),
    "object": (dict,),
}


def _type_ok(value: Any, name: str) -> bool:
    """True when a JSON value has the JSON Schema type `name` (booleans are not integers)."""
    if isinstance(value, bool) and name in ("integer", "number"):
        return False
    return isinstance(value, _JSON_TYPES[name])


def _check_format(value: Any, fmt: str | None, path: str) -> list[str]:
    """Errors for a string that does not have the declared date / date-time format."""
    if fmt is None or not isinstance(value, str):
        return []
    pattern = {"date": _DATE, "date-time": _DATETIME}.get(fmt)
    return [] if pattern is None or pattern.match(value) else [f"{path}: {value!r} is not a {fmt}"]


Json = dict[str, Any]


def _check_object(value: Json, schema: Json, root: Json, path: str) -> list[str]:
    """Errors for an object's required, known and per-property keys."""
    props = schema.get("properties", {})
    errors = [f"{path}: missing key {k!r}" for k in schema.get("required", []) if k not in value]
    if schema.get("additionalProperties") is False:
        errors += [f"{path}: unknown key {k!r}" for k in value if k not in props]
    for key, sub in props.items():
        if key in value:
            errors += validate(value[key], sub, root, f"{path}.{key}")
    return errors


def validate(value: Any, schema: dict[str, Any], root: dict[str, Any], path: str = "$") -> list[str]:
    """Validate against the subset of JSON Schema the article schema uses; return the errors."""
    if "$ref" in schema:
        return validate(value, root["$defs"][schema["$ref"].rsplit("/", 1)[1]], root, path)
    if "anyOf" in schema:
        branches = [validate(value, s, root, path) for s in schema["anyOf"]]
        return [] if any(not b for b in branches) else [f"{path}: matches no anyOf branch ({value!r})"]
    types = schema.get("type")
    if types is not None:
        names = [types] if isinstance(types, str) else types
        if not any(_type_ok(value, n) for n in names):
            return [f"{path}: {value!r} is not of type {types}"]
    if "enum" in schema and value not in schema["enum"]:
        return [f"{path}: {value!r} not in {schema['enum']}"]
    errors = _check_format(value, schema.get("format"), path)
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            errors += validate(item, schema["items"], root, f"{path}[{i}]")
    if isinstance(value, dict):
        errors += _check_object(value, schema, root, path)
    return errors


def _sample_article() -> Article:
    """A small Article using every part of the model, with both a datetime and a date."""
    paris = dt.timezone(dt.timedelta(hours=1))
    mention = SourceMention(cue="a déclaré", sentence="« Oui », a déclaré IBM.", paragraph=1, surface="IBM")
    return Article(
        url="https://exemple.example/a",
        lang="fr",
        headline="Titre « accentué » : été",
        authors=("Zoé Lefèvre",),
        published=dt.datetime(2023, 12, 5, 11, 20, tzinfo=paris),
        modified=dt.date(2023, 12, 6),
        tags=("IA",),
        paragraphs=(
            Block(kind="heading", text="Intertitre", level=2),
            Block(kind="paragraph", text="« Oui », a déclaré IBM."),
            Block(kind="list_item", text="Un point."),
        ),
        quotes=(Quote(text="Oui", speaker="IBM", cue="a déclaré", paragraph=1),),
        sources=(
            Source(name="IBM", type="organization", mentions=(mention, mention)),
            Source(name="Wall Street Journal", type="media", aliases=("WSJ",)),
        ),
        related=(
            RelatedLink(title="Autre article", url="https://exemple.example/b", date=dt.date(2024, 4, 24)),
        ),
        links=(Link(url="https://ibm.example/", text="IBM", paragraph=1),),
        images=(Image(url="https://exemple.example/i.jpg", caption="Légende", credit="AFP"),),
    )


MODEL_CLASSES = (Article, Block, Quote, SourceMention, Source, RelatedLink, Link, Image)


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda c: c.__name__)
def test_model_classes_are_frozen(cls: type) -> None:
    """Every model value refuses attribute assignment."""
    article = _sample_article()
    values = {
        Article: article,
        Block: article.paragraphs[0],
        Quote: article.quotes[0],
        SourceMention: article.sources[0].mentions[0],
        Source: article.sources[0],
        RelatedLink: article.related[0],
        Link: article.links[0],
        Image: article.images[0],
    }
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(values[cls], dataclasses.fields(cls)[0].name, "changed")


def test_collections_are_tuples() -> None:
    """Sequences in the model are tuples, so an Article cannot be changed through them either."""
    article = Article()
    for f in dataclasses.fields(Article):
        if isinstance(getattr(article, f.name), (list, tuple)):
            assert isinstance(getattr(article, f.name), tuple), f.name
    assert isinstance(_sample_article().paragraphs, tuple)


def test_replace_makes_a_new_article() -> None:
    """dataclasses.replace leaves the original untouched."""
    article = _sample_article()
    other = dataclasses.replace(article, headline="Autre")
    assert article.headline == "Titre « accentué » : été"
    assert other.headline == "Autre"


def test_to_dict_keys_follow_field_order_plus_text() -> None:
    """to_dict() has every field in declaration order, then `text`; sources also get `cues`."""
    out = _sample_article().to_dict()
    assert list(out) == [f.name for f in dataclasses.fields(Article)] + ["text"]
    assert list(out["sources"][0]) == [f.name for f in dataclasses.fields(Source)] + ["cues"]
    assert list(out["paragraphs"][0]) == ["kind", "text", "level"]


def test_to_dict_uses_plain_json_types() -> None:
    """Tuples become lists, dates ISO strings, nested values dicts."""
    out = _sample_article().to_dict()
    assert out["authors"] == ["Zoé Lefèvre"]
    assert out["published"] == "2023-12-05T11:20:00+01:00"
    assert out["modified"] == "2023-12-06"
    assert out["related"][0] == {
        "title": "Autre article",
        "url": "https://exemple.example/b",
        "date": "2024-04-24",
        "label": None,
    }
    assert out["quotes"][0] == {
        "text": "Oui",
        "speaker": "IBM",
        "cue": "a déclaré",
        "kind": "direct",
        "paragraph": 1,
        "role": None,
    }


def test_source_cues_are_distinct_in_order() -> None:
    """A source's cues list each cue once, in order of first mention."""
    source = _sample_article().sources[0]
    assert source.cues == ("a déclaré",)
    assert _sample_article().to_dict()["sources"][0]["cues"] == ["a déclaré"]
    assert _sample_article().to_dict()["sources"][1]["cues"] == []


def test_text_joins_blocks_with_blank_lines() -> None:
    """`text` is the blocks' texts joined by one blank line; an empty body gives ""."""
    article = _sample_article()
    assert article.text == "Intertitre\n\n« Oui », a déclaré IBM.\n\nUn point."
    assert article.to_dict()["text"] == article.text
    assert Article().text == ""


def test_to_json_is_utf8_with_non_ascii_kept() -> None:
    """to_json keeps accents and French quote marks as characters and encodes to valid UTF-8."""
    text = _sample_article().to_json()
    assert "« accentué »" in text and "Zoé" in text
    assert "\\u00" not in text
    assert json.loads(text.encode("utf-8").decode("utf-8")) == _sample_article().to_dict()
    assert "\n" not in _sample_article().to_json(indent=None)


def test_to_json_round_trips_to_the_same_dict() -> None:
    """Parsing to_json() gives back to_dict() exactly, for an empty and for a full Article."""
    for article in (Article(), _sample_article()):
        assert json.loads(article.to_json()) == article.to_dict()


def test_committed_schema_is_the_generated_one() -> None:
    """docs/article.schema.json is exactly what `python -m articlekit.schema` prints."""
    assert (DOCS / "article.schema.json").read_text(encoding="utf-8") == schema_json()


def test_schema_module_prints_the_schema() -> None:
    """`python -m articlekit.schema` writes the schema JSON on stdout."""
    done = subprocess.run(
        [sys.executable, "-m", "articlekit.schema"], capture_output=True, check=True, encoding="utf-8"
    )
    assert json.loads(done.stdout) == article_schema()


def test_schema_maps_type_hints() -> None:
    """Literals become enums, tuples arrays, Optional adds null, dates get their formats."""
    schema = article_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    props, defs = schema["properties"], schema["$defs"]
    assert props["authors"]["type"] == "array" and props["authors"]["items"] == {"type": "string"}
    assert props["authors"]["description"]
    assert props["headline"]["type"] == ["string", "null"]
    formats = {branch.get("format") for branch in props["published"]["anyOf"]}
    assert formats == {"date-time", "date", None}
    kinds = ["lead", "paragraph", "heading", "list_item", "blockquote"]
    assert defs["Block"]["properties"]["kind"]["enum"] == kinds
    assert defs["RelatedLink"]["properties"]["date"]["anyOf"][0]["format"] == "date"
    assert set(defs) == {c.__name__ for c in MODEL_CLASSES if c is not Article}
    assert "text" in schema["required"] and "cues" in defs["Source"]["required"]


def test_model_output_validates_against_schema() -> None:
    """Real to_dict() output is valid, and the validator does reject wrong shapes."""
    schema = article_schema()
    assert validate(_sample_article().to_dict(), schema, schema) == []
    assert validate(Article().to_dict(), schema, schema) == []
    bad = {**_sample_article().to_dict(), "published": "5 décembre 2023", "extra": 1}
    errors = validate(bad, schema, schema)
    assert any("published" in e for e in errors) and any("extra" in e for e in errors)
    wrong_kind = _sample_article().to_dict()
    wrong_kind["paragraphs"][0]["kind"] = "caption"
    assert validate(wrong_kind, schema, schema)


@pytest.mark.parametrize("page", fixture_pages(), ids=lambda p: p.name)
def test_fixture_goldens_validate_against_schema(page: Path) -> None:
    """Each golden is a valid Article.to_dict() document, with `text` consistent with its paragraphs."""
    expected = load_expected(page)
    schema = article_schema()
    assert validate(expected, schema, schema) == []
    assert expected["text"] == "\n\n".join(b["text"] for b in expected["paragraphs"])


def test_model_module_has_no_unschemed_types() -> None:
    """Every public dataclass of the model appears in the schema."""
    public = {
        name
        for name, obj in vars(model).items()
        if dataclasses.is_dataclass(obj) and not name.startswith("_") and obj.__module__ == model.__name__
    }
    assert public == {"Article", *article_schema()["$defs"]}
