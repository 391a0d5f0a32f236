"""Evaluate articlekit on any folder in the corpus format and print the benchmark's measures.

    python benchmarks/corpus_eval.py CORPUS_DIR [--lang fr] [--source X] [--split dev] [--limit N]
                                     [--worst N] [--out pages.jsonl]

CORPUS_DIR holds ``index.jsonl`` (one JSON object per page: ``id``, ``source``, ``lang``, ``url``,
``file`` and ``truth``) and the page files it names (raw bytes, gzipped or not). ``truth`` may hold
``with`` / ``without`` snippets, the full ``body``, ``title``, ``published`` (YYYY-MM-DD) and
``authors``; each measure is computed over the pages whose truth has its field.

The scoring reproduces ../shared/bench/metrics.py (itself re-implementing trafilatura's snippet
evaluation and scrapinghub's article-extraction-benchmark), re-written here with the standard
library only so that users can run it without the benchmark:
- snippets: whitespace-normalised, case-sensitive substring tests; ``with`` found = true positive,
  missing = false negative; ``without`` found = false positive; counts summed over pages (micro);
- body: multisets of 4-token shingles of ``\\w+`` tokens; per page tp/fp/fn scaled to sum 1;
  precision averaged over pages with tp+fp > 0, recall over pages with tp+fn > 0, F1 of the means
  (an empty output costs recall only, as in the original);
- title: exact match after NFKC, casefold, collapsed whitespace, edge punctuation stripped;
- date: same leading YYYY-MM-DD; authors: F1 of normalised name sets.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

_WS = re.compile(r"\s+")
_TOKEN = re.compile(r"\w+")
_EDGE_PUNCT = " \t\n\"'«»“”„‘’‹›`()[]{}<>.,;:!?-–—|·•"
_AUTHOR_SPLIT = re.compile(r"\s*(?:[,;|&/]|\band\b|\bund\b|\bet\b)\s*", re.I)
_BYLINE_PREFIX = re.compile(r"^(?:by|von|par|por)\s+", re.I)
SHINGLE = 4


# ---------------------------------------------------------------- measures (after bench/metrics.py)


def ws_norm(text: str) -> str:
    """Collapse whitespace runs to one space and strip the ends."""
    return _WS.sub(" ", text).strip()


def snippet_counts(text: str, with_: Sequence[str], without: Sequence[str]) -> tuple[int, int, int]:
    """(tp, fp, fn) of one page by normalised substring tests."""
    out = ws_norm(text)
    tp = sum(1 for s in with_ if out and ws_norm(s) in out)
    fp = sum(1 for s in without if out and ws_norm(s) in out)
    return tp, fp, len(with_) - tp


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """Multiset of 4-token shingles (a shorter non-empty text is one shingle)."""
    toks = _TOKEN.findall(text or "")
    if len(toks) < SHINGLE:
        return Counter([tuple(toks)]) if toks else Counter()
    return Counter(tuple(toks[i : i + SHINGLE]) for i in range(len(toks) - SHINGLE + 1))


def body_counts(gold: str, pred: str) -> tuple[float, float, float]:
    """(tp, fp, fn) over shingles, scaled to sum to 1 (zeros when both texts are empty)."""
    g, p = shingles(gold), shingles(pred)
    tp, fp, fn = sum((g & p).values()), sum((p - g).values()), sum((g - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def body_f1(counts: Sequence[tuple[float, float, float]]) -> tuple[float, float, float]:
    """(precision, recall, F1): per-page scores averaged as scrapinghub's benchmark does."""
    precisions = [1.0 if fp == fn == 0 else tp / (tp + fp) for tp, fp, fn in counts if tp + fp > 0]
    recalls = [1.0 if fp == fn == 0 else tp / (tp + fn) for tp, fp, fn in counts if tp + fn > 0]
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def text_norm(text: str | None) -> str:
    """NFKC, casefold, whitespace collapsed, quotes and punctuation stripped at both ends."""
    if not text:
        return ""
    return ws_norm(unicodedata.normalize("NFKC", text).casefold()).strip(_EDGE_PUNCT)


def author_names(values: Iterable[str] | None) -> set[str]:
    """Normalised names: split on , ; & / | and/und/et, by/von/par/por dropped, tokens joined."""
    names = set()
    for value in values or []:
        for part in _AUTHOR_SPLIT.split(value or ""):
            name = " ".join(_TOKEN.findall(text_norm(_BYLINE_PREFIX.sub("", part.strip()))))
            if name:
                names.add(name)
    return names


def authors_f1(gold: Iterable[str], pred: Iterable[str] | None) -> float:
    """F1 between the sets of normalised author names."""
    g, p = author_names(gold), author_names(pred)
    if not g and not p:
        return 1.0
    common = len(g & p)
    if not common:
        return 0.0
    prec, rec = common / len(p), common / len(g)
    return 2 * prec * rec / (prec + rec)


# ---------------------------------------------------------------- running


def read_index(corpus: Path, args: argparse.Namespace) -> list[dict[str, Any]]:
    """The index rows selected by --lang / --source / --split / --limit."""
    rows = []
    with (corpus / "index.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if args.lang and row.get("lang") != args.lang:
                continue
            if args.source and row.get("source") != args.source:
                continue
            if args.split and row.get("split") != args.split:
                continue
            rows.append(row)
    return rows[: args.limit] if args.limit else rows


def read_page(corpus: Path, row: dict[str, Any]) -> bytes:
    """The page bytes, gunzipped when the file is gzipped."""
    raw = (corpus / row["file"]).read_bytes()
    return gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw


def run_page(page: bytes, url: str | None) -> dict[str, Any]:
    """Extract one page; an articlekit error gives an empty output (counted, not raised)."""
    import articlekit

    try:
        article = articlekit.extract(page, url=url)
    except articlekit.ArticlekitError as exc:
        return {"text": "", "error": f"{type(exc).__name__}: {exc}"}
    published = article.published.isoformat() if article.published else None
    return {
        "text": article.text,
        "title": article.headline,
        "published": published,
        "authors": list(article.authors),
    }


def score_page(truth: dict[str, Any], out: dict[str, Any]) -> dict[str, Any]:
    """Every measure the page's truth allows."""
    text = out.get("text") or ""
    scores: dict[str, Any] = {}
    if truth.get("with") or truth.get("without"):
        scores["snippet"] = snippet_counts(text, truth.get("with") or [], truth.get("without") or [])
    if truth.get("body"):
        scores["body"] = body_counts(truth["body"], text)
    if truth.get("title"):
        scores["title"] = float(
            bool(out.get("title")) and text_norm(truth["title"]) == text_norm(out["title"])
        )
    if truth.get("published"):
        scores["date"] = float(
            bool(out.get("published")) and out["published"][:10] == truth["published"][:10]
        )
    if truth.get("authors"):
        scores["authors"] = authors_f1(truth["authors"], out.get("authors"))
    return scores


def summarise(per_page: list[dict[str, Any]], seconds: float) -> str:
    """A one-table markdown summary of all measures."""
    snippets = [p["snippet"] for p in per_page if "snippet" in p]
    tp, fp, fn = (sum(c[i] for c in snippets) for i in range(3))
    sp = tp / (tp + fp) if tp + fp else 0.0
    sr = tp / (tp + fn) if tp + fn else 0.0
    sf = 2 * tp / (2 * tp + fp + fn) if 2 * tp + fp + fn else 0.0
    bp, br, bf = body_f1([p["body"] for p in per_page if "body" in p])

    def mean(key: str) -> str:
        """The mean of one per-page measure, with its page count."""
        values = [p[key] for p in per_page if key in p]
        return f"{sum(values) / len(values):.3f} (n={len(values)})" if values else "–"

    rows = [
        ("pages", f"{len(per_page)} in {seconds:.1f} s ({len(per_page) / max(seconds, 1e-9):.1f} pages/s)"),
        ("snippet P / R / F1", f"{sp:.3f} / {sr:.3f} / {sf:.3f} (n={len(snippets)})"),
        ("body P / R / F1", f"{bp:.3f} / {br:.3f} / {bf:.3f} (n={sum(1 for p in per_page if 'body' in p)})"),
        ("title exact", mean("title")),
        ("published date", mean("date")),
        ("authors F1", mean("authors")),
    ]
    return "\n".join(["| measure | articlekit |", "|---|---|", *(f"| {k} | {v} |" for k, v in rows)])


def worst_pages(per_page: list[dict[str, Any]], n: int) -> str:
    """The `n` pages losing most (body fn+fp, else snippet errors), to study by hand."""

    def loss(p: dict[str, Any]) -> float:
        """What a page loses: body fp+fn, else snippet errors."""
        if "body" in p:
            return p["body"][1] + p["body"][2]
        if "snippet" in p:
            return float(p["snippet"][1] + p["snippet"][2])
        return 0.0

    ranked = sorted(per_page, key=loss, reverse=True)[:n]
    return "\n".join(f"{loss(p):6.2f}  {p['file']}  {p['id']}" for p in ranked)


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments, run articlekit over the selected pages, print the summary."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="folder holding index.jsonl and the pages")
    parser.add_argument("--lang", help="only pages of this language (e.g. fr)")
    parser.add_argument("--source", help="only pages of this source (e.g. fundus)")
    parser.add_argument("--split", help="only pages of this split (dev / heldout)")
    parser.add_argument("--limit", type=int, help="at most this many pages")
    parser.add_argument("--worst", type=int, default=0, help="also list the N worst pages")
    parser.add_argument("--out", type=Path, help="write per-page outputs and scores (JSON lines)")
    args = parser.parse_args(argv)
    if not (args.corpus / "index.jsonl").is_file():
        parser.error(f"{args.corpus} has no index.jsonl")
    per_page, start = [], time.perf_counter()
    out_fh = args.out.open("w", encoding="utf-8") if args.out else None
    for row in read_index(args.corpus, args):
        out = run_page(read_page(args.corpus, row), row.get("url"))
        scores = score_page(row.get("truth") or {}, out)
        per_page.append({"id": row["id"], "file": row["file"], **scores})
        if out_fh:
            out_fh.write(json.dumps({"id": row["id"], **out, "scores": scores}, ensure_ascii=False) + "\n")
    if out_fh:
        out_fh.close()
    print(summarise(per_page, time.perf_counter() - start))
    if args.worst:
        print("\nworst pages (loss, file, id):\n" + worst_pages(per_page, args.worst))
    return 0


if __name__ == "__main__":
    sys.exit(main())
