"""Score articlekit's quotes, speakers, sources and related links against mission-dev style gold files.

Usage:
    python benchmarks/mission_score.py /work/shared/mission-dev [--page ID] [--verbose]
    python benchmarks/mission_score.py GOLD.jsonl|GOLD.gold.json [--bodies DIR] [--json OUT]

A gold directory holds `pages.jsonl` (one annotated page per line, its bytes in
`../corpus/pages/<sha1(id)[:16]>.html.gz` or `pages/<same>.html.gz`) and/or `*.gold.json` files (the
example-page format: `input` names the page file next to it, `paragraphs` gives the gold body).

Matching rules (issue 8):
- a quote matches when its text equals the gold text after whitespace/apostrophe normalisation, or one
  contains the other (gold texts may be the leading segment of an interrupted quote), or they overlap
  by >= 80%; gold quotes with `optional: true` and `ambiguous_quotes` are neither required nor penalised;
- speaker accuracy is measured on matched quotes: `speaker` or any of `speaker_acceptable`, null = null;
- sources match by canonical name: any name/alias of the returned source equals any name/alias of the
  gold source (determiners stripped); `ambiguous_sources` are neither required nor penalised;
- related links match on title (normalised) and date; `related: null` skips the page,
  `related_optional` items are accepted but not required.

`--gold-body` runs quotes/sources on the gold paragraphs where the gold gives them (the example
format), and `--bodies DIR` on `DIR/<sha1(id)[:16]>.txt` bodies (blocks split by blank lines), so the
quote stage can be judged apart from the body extractor.
"""

from __future__ import annotations

import argparse
import difflib
import gzip
import hashlib
import html
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_WS = re.compile(r"\s+")
_EDGE_PUNCT = re.compile(r"^[\s«»“”\"'‹›.,;:!?…\-–—()\[\]]+|[\s«»“”\"'‹›.,;:!?…\-–—()\[\]]+$")
_APOS = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'"})
# Benchmark-side normalisation only (the library's own words live in its lexicon).
_DETERMINERS = re.compile(r"^(?:le|la|les|l'|un|une|des|du|de la|de l'|d'|de|the)\s*", re.IGNORECASE)
_DATE_PREFIX = 10  # "YYYY-MM-DD"


def norm_text(text: str) -> str:
    """Normalise a quote or title for comparison: NFC, apostrophes, ellipses, whitespace, edge punctuation."""
    text = unicodedata.normalize("NFC", text).translate(_APOS).replace("…", " ").replace("...", " ")
    text = _WS.sub(" ", text.replace("\u00a0", " ").replace("\u202f", " ")).strip()
    return _EDGE_PUNCT.sub("", text)


def norm_name(name: str) -> str:
    """Normalise an entity name: text normalisation, casefold, leading determiners stripped, no accents."""
    text = norm_text(name).casefold()
    prev = None
    while prev != text:
        prev = text
        text = _DETERMINERS.sub("", text, count=1).strip()
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return text


def text_score(gold: str, pred: str) -> float:
    """How well a returned quote text matches a gold one (0 when it does not match at all).

    Equal texts score 3; containment scores 2 plus the length ratio (a gold text may be the leading
    segment of an interrupted quote; a returned fragment must be at least half the gold text);
    an overlap of at least 80 % scores the overlap.
    """
    g, p = norm_text(gold).casefold(), norm_text(pred).casefold()
    if not g or not p:
        return 0.0
    if g == p:
        return 3.0
    ratio = min(len(g), len(p)) / max(len(g), len(p))
    if g in p or (p in g and len(p) >= 0.5 * len(g)):
        return 2.0 + ratio
    sm = difflib.SequenceMatcher(None, g, p, autojunk=False)
    common = sum(b.size for b in sm.get_matching_blocks()) / max(len(g), len(p))
    return common if common >= 0.8 else 0.0


def texts_match(gold: str, pred: str) -> bool:
    """True when a returned quote text matches a gold one: equal, containment, or >= 80% overlap."""
    return text_score(gold, pred) > 0


def names_match(gold_names: Iterable[str], pred_names: Iterable[str]) -> bool:
    """True when any returned name equals any gold name, or one holds the other as whole words."""
    golds = {n for n in (norm_name(x) for x in gold_names) if n}
    preds = {n for n in (norm_name(x) for x in pred_names) if n}
    if golds & preds:
        return True
    for g in golds:
        for p in preds:
            short, long_ = (g, p) if len(g) <= len(p) else (p, g)
            if len(short) >= 3 and re.search(rf"(?<!\w){re.escape(short)}(?!\w)", long_):
                return True
    return False


def speaker_ok(gold_q: dict[str, Any], pred_speaker: str | None) -> bool:
    """True when the returned speaker is the gold speaker or an acceptable one (null matches null)."""
    accepted = [gold_q.get("speaker"), *gold_q.get("speaker_acceptable", [])]
    if pred_speaker is None:
        return None in accepted
    return names_match([a for a in accepted if a], [pred_speaker])


@dataclass
class Counts:
    """Tallies for one page or for the whole run."""

    q_tp: int = 0
    q_fp: int = 0
    q_fn: int = 0
    spk_ok: int = 0
    kind_ok: int = 0
    s_tp: int = 0
    s_fp: int = 0
    s_fn: int = 0
    r_tp: int = 0
    r_fp: int = 0
    r_fn: int = 0
    r_title_tp: int = 0
    r_title_fp: int = 0
    r_title_fn: int = 0
    r_pages: int = 0
    notes: list[str] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        """Add another page's tallies into this one."""
        for name in ("q_tp", "q_fp", "q_fn", "spk_ok", "kind_ok", "s_tp", "s_fp", "s_fn"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in ("r_tp", "r_fp", "r_fn", "r_title_tp", "r_title_fp", "r_title_fn", "r_pages"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def prf(tp: int, fp: int, fn: int) -> tuple[float | None, float | None, float | None]:
    """Precision, recall, F1 (None when undefined; P and R of an empty-vs-empty page are 1)."""
    if tp + fp + fn == 0:
        return None, None, None
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _greedy(golds: list[Any], preds: list[Any], ok: Any) -> tuple[list[tuple[int, int]], set[int], set[int]]:
    """One-to-one greedy matching: returns (pairs, unmatched gold indices, unmatched pred indices)."""
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            if pi not in used and ok(g, p):
                pairs.append((gi, pi))
                used.add(pi)
                break
    matched_g = {gi for gi, _ in pairs}
    return pairs, set(range(len(golds))) - matched_g, set(range(len(preds))) - used


def _best_pairs(
    golds: list[Any], preds: list[Any], score: Any
) -> tuple[list[tuple[int, int]], set[int], set[int]]:
    """One-to-one matching taking the best-scoring pairs first (a close match beats a containment)."""
    scored = [
        (sc, gi, pi) for gi, g in enumerate(golds) for pi, p in enumerate(preds) if (sc := score(g, p)) > 0
    ]
    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, gi, pi in sorted(scored, key=lambda t: (-t[0], t[1], t[2])):
        if gi not in used_g and pi not in used_p:
            pairs.append((gi, pi))
            used_g.add(gi)
            used_p.add(pi)
    pairs.sort()
    return pairs, set(range(len(golds))) - used_g, set(range(len(preds))) - used_p


def score_quotes(gold: dict[str, Any], quotes: list[dict[str, Any]], c: Counts) -> None:
    """Count quote TP/FP/FN, speaker and kind agreement for one page."""
    required = [q for q in gold.get("quotes", []) if not q.get("optional")]
    optional = [q["text"] for q in gold.get("quotes", []) if q.get("optional")]
    optional += list(gold.get("ambiguous_quotes", []))
    pairs, miss, extra = _best_pairs(required, quotes, lambda g, p: text_score(g["text"], p["text"]))
    for gi, pi in pairs:
        g, p = required[gi], quotes[pi]
        c.q_tp += 1
        if speaker_ok(g, p.get("speaker")):
            c.spk_ok += 1
        else:
            c.notes.append(f"speaker: {p.get('speaker')!r} != {g.get('speaker')!r} for {_short(g['text'])}")
        if p.get("kind") == g.get("kind", "direct"):
            c.kind_ok += 1
        else:
            c.notes.append(f"kind: {p.get('kind')} != {g.get('kind')} for {_short(g['text'])}")
    for gi in sorted(miss):
        c.q_fn += 1
        c.notes.append(f"missed quote: {_short(required[gi]['text'])} ({required[gi].get('speaker')})")
    not_quotes = gold.get("not_quotes", [])
    for pi in sorted(extra):
        text = quotes[pi]["text"]
        if any(texts_match(o, text) for o in optional):
            continue
        c.q_fp += 1
        tag = "NOT-QUOTE" if any(texts_match(n, text) for n in not_quotes) else "extra quote"
        c.notes.append(f"{tag}: {_short(text)} ({quotes[pi].get('speaker')})")


def _source_names(src: dict[str, Any]) -> list[str]:
    """All the names a source is known by (name + aliases)."""
    return [src["name"], *src.get("aliases", [])]


def score_sources(gold: dict[str, Any], sources: list[dict[str, Any]], c: Counts) -> None:
    """Count source TP/FP/FN for one page, matching by any name or alias."""
    golds = gold.get("sources", [])
    pairs, miss, extra = _greedy(golds, sources, lambda g, p: names_match(_source_names(g), _source_names(p)))
    c.s_tp += len(pairs)
    for gi, pi in pairs:
        if golds[gi].get("type") != sources[pi].get("type"):
            c.notes.append(
                f"source type: {sources[pi]['name']} {sources[pi].get('type')} != {golds[gi].get('type')}"
            )
    for gi in sorted(miss):
        c.s_fn += 1
        c.notes.append(f"missed source: {golds[gi]['name']} ({golds[gi].get('type')})")
    ambiguous = gold.get("ambiguous_sources", [])
    for pi in sorted(extra):
        if ambiguous and names_match(ambiguous, _source_names(sources[pi])):
            continue
        c.s_fp += 1
        c.notes.append(f"extra source: {sources[pi]['name']} ({sources[pi].get('type')})")


def _related_ok(g: dict[str, Any], p: dict[str, Any], with_date: bool = True) -> bool:
    """True when a returned related link has the gold title (and the gold date when asked)."""
    if norm_text(g["title"]).casefold() != norm_text(p.get("title") or "").casefold():
        return False
    gd, pd = g.get("date"), p.get("date")
    return not with_date or (gd or None) == (pd[:_DATE_PREFIX] if pd else None)


def score_related(gold: dict[str, Any], related: list[dict[str, Any]], c: Counts) -> None:
    """Count related-link TP/FP/FN (title and date) for one page; `related: null` skips it."""
    golds = gold.get("related")
    if golds is None:
        return
    c.r_pages += 1
    pairs, miss, extra = _greedy(golds, related, _related_ok)
    optional = gold.get("related_optional") or []
    t_pairs, t_miss, t_extra = _greedy(golds, related, lambda g, p: _related_ok(g, p, with_date=False))
    c.r_tp += len(pairs)
    c.r_title_tp += len(t_pairs)
    c.r_title_fn += len(t_miss)
    c.r_title_fp += sum(
        1 for pi in t_extra if not any(_related_ok(o, related[pi], with_date=False) for o in optional)
    )
    for gi in sorted(miss):
        c.r_fn += 1
        c.notes.append(f"missed related: {_short(golds[gi]['title'])} [{golds[gi].get('date')}]")
    for pi in sorted(extra):
        if any(_related_ok(o, related[pi], with_date=False) for o in optional):
            continue
        c.r_fp += 1
        c.notes.append(f"extra related: {_short(related[pi].get('title') or '')} [{related[pi].get('date')}]")


def _short(text: str, n: int = 70) -> str:
    """A one-line excerpt for the verbose report."""
    text = norm_text(text)
    return repr(text if len(text) <= n else text[: n - 1] + "…")


def page_key(page_id: str) -> str:
    """The file stem of a page: the first 16 hex digits of sha1(id)."""
    return hashlib.sha1(page_id.encode("utf-8")).hexdigest()[:16]


def iter_gold(path: Path) -> Iterator[tuple[dict[str, Any], Path]]:
    """Yield (gold row, base directory) for every gold item at `path` (dir, .jsonl or .gold.json)."""
    if path.is_dir():
        if (path / "pages.jsonl").exists():
            yield from iter_gold(path / "pages.jsonl")
        for gold_file in sorted(path.glob("*.gold.json")):
            yield from iter_gold(gold_file)
        return
    if path.suffix == ".jsonl":
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield json.loads(line), path.parent
        return
    row = json.loads(path.read_text(encoding="utf-8"))
    row.setdefault("id", row.get("article_id", path.stem))
    yield row, path.parent


def page_bytes(row: dict[str, Any], base: Path) -> bytes:
    """Read the raw page of a gold row (corpus or local, gzipped; or the example format's `input`)."""
    if row.get("input"):
        return (base / row["input"]).read_bytes()
    if row.get("paragraphs"):  # a text-only gold article: serve it as a plain HTML page
        body = "".join(f"<p>{html.escape(p)}</p>" for p in row["paragraphs"])
        title = html.escape(row.get("headline") or "")
        page = f"<html lang='fr'><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}"
        return (page + "</article></body></html>").encode()
    name = page_key(row["id"]) + ".html.gz"
    for candidate in (base.parent / "corpus" / "pages" / name, base / "pages" / name):
        if candidate.exists():
            return gzip.decompress(candidate.read_bytes())
    raise FileNotFoundError(f"no page file {name} for {row['id']}")


def run_page(row: dict[str, Any], base: Path, args: argparse.Namespace) -> dict[str, Any]:
    """Extract one page with articlekit and return its quotes/sources/related as plain dicts."""
    import articlekit
    from articlekit import quotes as quotes_mod
    from articlekit import sources as sources_mod
    from articlekit.lexicon import get as get_lexicon
    from articlekit.model import Block

    body: list[str] | None = None
    if args.gold_body and row.get("paragraphs"):
        body = list(row["paragraphs"])
    elif args.bodies:
        txt = Path(args.bodies) / (page_key(row["id"]) + ".txt")
        if txt.exists():
            body = [b.strip() for b in txt.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    article = articlekit.extract(page_bytes(row, base), url=row.get("url"))
    out = article.to_dict()
    if body is not None:
        lex = get_lexicon("fr")
        blocks = tuple(Block(kind="paragraph", text=t) for t in body)
        qs = quotes_mod.find_quotes(blocks, lex=lex)
        srcs = sources_mod.find_sources(blocks, qs, article.links, lex=lex)
        out["quotes"] = [q.to_dict() for q in qs]
        out["sources"] = [s.to_dict() for s in srcs]
    return out


def score_page(row: dict[str, Any], base: Path, args: argparse.Namespace) -> Counts:
    """Extract and score one gold page."""
    c = Counts()
    try:
        out = run_page(row, base, args)
    except Exception as exc:  # a failing page is scored as returning nothing, and reported
        c.notes.append(f"ERROR {type(exc).__name__}: {exc}")
        out = {"quotes": [], "sources": [], "related": []}
    score_quotes(row, out["quotes"], c)
    score_sources(row, out["sources"], c)
    score_related(row, out["related"], c)
    return c


def _fmt(x: float | None) -> str:
    """Format a ratio for the table ('–' when undefined)."""
    return "–" if x is None else f"{x:.2f}"


def table_row(name: str, c: Counts) -> str:
    """One markdown row of the score table."""
    qp, qr, qf = prf(c.q_tp, c.q_fp, c.q_fn)
    sp, sr, sf = prf(c.s_tp, c.s_fp, c.s_fn)
    _, _, rf = prf(c.r_tp, c.r_fp, c.r_fn) if c.r_pages else (None, None, None)
    spk = c.spk_ok / c.q_tp if c.q_tp else None
    kind = c.kind_ok / c.q_tp if c.q_tp else None
    cells = [
        name,
        f"{c.q_tp}/{c.q_tp + c.q_fn}/{c.q_tp + c.q_fp}",
        _fmt(qp),
        _fmt(qr),
        _fmt(qf),
        _fmt(spk),
        _fmt(kind),
        f"{c.s_tp}/{c.s_tp + c.s_fn}/{c.s_tp + c.s_fp}",
        _fmt(sp),
        _fmt(sr),
        _fmt(sf),
        _fmt(rf),
    ]
    return "| " + " | ".join(cells) + " |"


HEADER = (
    "| page | quotes ok/gold/ret | Q-P | Q-R | Q-F1 | speaker | kind | sources ok/gold/ret "
    "| S-P | S-R | S-F1 | related F1 |\n|---|---|---|---|---|---|---|---|---|---|---|---|"
)


def short_id(page_id: str) -> str:
    """A readable page name for the table: the file name of the id."""
    return page_id.rsplit("/", 1)[-1].removesuffix(".gz").removesuffix(".html")[:40]


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, score every gold page, print the markdown table."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("gold", type=Path, help="gold directory, pages.jsonl, or a *.gold.json file")
    ap.add_argument("--page", action="append", help="score only pages whose id contains this (repeatable)")
    ap.add_argument("--verbose", "-v", action="store_true", help="list misses and extras per page")
    ap.add_argument("--gold-body", action="store_true", help="run quotes/sources on gold paragraphs")
    ap.add_argument("--bodies", help="directory of <sha1(id)[:16]>.txt bodies to run quotes/sources on")
    ap.add_argument("--json", type=Path, help="also write the per-page counts as JSON here")
    args = ap.parse_args(argv)
    total = Counts()
    rows: list[str] = []
    report: dict[str, Any] = {}
    for row, base in iter_gold(args.gold):
        if args.page and not any(p in row["id"] for p in args.page):
            continue
        c = score_page(row, base, args)
        total.add(c)
        rows.append(table_row(short_id(row["id"]), c))
        report[row["id"]] = {k: v for k, v in vars(c).items()}
        if args.verbose and c.notes:
            print(f"## {row['id']}", file=sys.stderr)
            for note in c.notes:
                print(f"  - {note}", file=sys.stderr)
    print(HEADER)
    print("\n".join(rows))
    print(table_row("**all**", total))
    r_p, r_r, r_f = prf(total.r_tp, total.r_fp, total.r_fn)
    _, _, rt_f = prf(total.r_title_tp, total.r_title_fp, total.r_title_fn)
    print(
        f"\nrelated (title+date) over {total.r_pages} pages: P {_fmt(r_p)} R {_fmt(r_r)} F1 {_fmt(r_f)}"
        f"; title only F1 {_fmt(rt_f)}"
    )
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
