"""The content of a synthetic article: paragraphs with quotes and cited sources, and what they should yield.

A `Story` is written once, then rendered by every layout; it records, as it writes each sentence,
the quotes, sources and links an extractor should find there.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from dataclasses import dataclass, field
from html import escape
from typing import Any, TypeVar

from ..model import BlockKind, Link, Quote, Source, SourceMention, SourceType
from . import vocab_fr as V

PARIS = "Europe/Paris"
_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of text, linked when `href` is set."""

    text: str
    href: str | None = None


@dataclass(frozen=True, slots=True)
class Para:
    """One body block of the story, as runs of text."""

    kind: BlockKind
    runs: tuple[Run, ...]
    level: int | None = None

    @property
    def text(self) -> str:
        """The block's plain text."""
        return "".join(r.text for r in self.runs)

    def html(self) -> str:
        """The block's inner HTML (text escaped, links as <a>)."""
        out = []
        for r in self.runs:
            text = escape(r.text, quote=False)
            out.append(f'<a href="{escape(r.href)}">{text}</a>' if r.href else text)
        return "".join(out)


@dataclass(slots=True)
class Person:
    """Someone the story quotes."""

    name: str
    feminine: bool
    role: str
    introduced: bool = False


@dataclass(slots=True)
class _SourceAcc:
    """A source being collected: its mentions so far."""

    name: str
    type: SourceType
    aliases: list[str] = field(default_factory=list)
    mentions: list[SourceMention] = field(default_factory=list)
    url: str | None = None


def slug(text: str) -> str:
    """Return a URL slug of `text`: ASCII, lower case, words joined by hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = "".join(c if c.isalnum() else " " for c in ascii_text.lower()).split()
    return "-".join(words)


def lower_first(text: str) -> str:
    """Lower-case the first letter (templates all start with a common word)."""
    return text[:1].lower() + text[1:]


class Story:
    """Writes the body of one article and keeps what an extractor should find in it."""

    def __init__(self, rng: random.Random, topic: str, site_url: str, linked: bool) -> None:
        """Start an empty story on `topic`, drawing every choice from `rng`."""
        self.rng = rng
        self.topic = V.TOPICS[topic]
        self.site_url = site_url
        self.linked = linked  # whether cited media are hyperlinked (not in text dumps)
        self.marks = rng.choice(V.QUOTE_MARKS)
        self.paras: list[Para] = []
        self.quotes: list[Quote] = []
        self.not_quotes: list[str] = []
        self.links: list[Link] = []
        self._sources: dict[str, _SourceAcc] = {}
        self.last_media: str | None = None
        self.last_speaker: Person | None = None
        self._used: set[object] = set()

    # -- filling templates ---------------------------------------------------------------------------
    def fill(self, template: str, **extra: str) -> str:
        """Fill a template's slots with random but plausible values (and any `extra` slot given)."""
        org = self.rng.choice(V.ORGANISATIONS)
        return template.format(
            city=self.rng.choice(V.CITIES),
            org=org[1] + org[0],
            n=self.rng.randint(2, 12),
            pct=self.rng.randint(3, 45),
            year=self.rng.randint(2024, 2030),
            amount=self.rng.choice((120, 350, 800, 1200, 2500, 4000, 15000, 41000)),
            **extra,
        )

    def pick(self, pool: tuple[_T, ...]) -> _T:
        """Choose an item of `pool` not used yet in this story (any once all are used)."""
        fresh = [p for p in pool if p not in self._used] or list(pool)
        choice = self.rng.choice(fresh)
        self._used.add(choice)
        return choice

    def has_fresh(self, pool: tuple[Any, ...]) -> bool:
        """Tell whether `pool` still has an item this story has not used."""
        return any(p not in self._used for p in pool)

    def sentence(self) -> str:
        """A narrative sentence of the topic, without its final stop."""
        return self.fill(self.pick(self.topic["sentences"] + V.GENERIC_SENTENCES))

    def quoted(self, words: str) -> str:
        """Put `words` in this story's quote marks."""
        return f"{self.marks[0]}{words}{self.marks[1]}"

    def person(self) -> Person:
        """Invent someone to quote, with a role."""
        feminine = self.rng.random() < 0.5
        first = self.rng.choice(V.FIRST_NAMES_F if feminine else V.FIRST_NAMES_M)
        roles = self.rng.choice(V.ROLES + V.PLAIN_ROLES)
        org = self.rng.choice(V.ORGANISATIONS)
        city, n = self.rng.choice(V.CITIES), self.rng.randint(2, 9)
        role = roles[feminine].format(org=org[2] + org[0], city=city, n=n)
        return Person(f"{first} {self.rng.choice(V.LAST_NAMES)}", feminine, role)

    # -- bookkeeping ---------------------------------------------------------------------------------
    def cite(
        self,
        name: str,
        kind: SourceType,
        cue: str,
        sentence: str,
        surface: str | None,
        url: str | None = None,
    ) -> None:
        """Record that the current paragraph cites `name` through `cue` in `sentence`."""
        acc = self._sources.setdefault(name, _SourceAcc(name, kind))
        acc.url = acc.url or url
        if surface and name not in surface and surface not in acc.aliases:
            acc.aliases.append(surface)
        mention = SourceMention(cue=cue, sentence=sentence, paragraph=len(self.paras), surface=surface)
        acc.mentions.append(mention)

    def add(self, kind: BlockKind, runs: list[Run], level: int | None = None) -> None:
        """Append a block, recording its links."""
        for run in runs:
            if run.href:
                self.links.append(Link(url=run.href, text=run.text, paragraph=len(self.paras)))
        self.paras.append(Para(kind, tuple(runs), level))

    def sources(self) -> tuple[Source, ...]:
        """The sources cited, in order of first mention."""
        return tuple(
            Source(a.name, a.type, tuple(a.aliases), tuple(a.mentions), a.url) for a in self._sources.values()
        )


def paris_datetime(rng: random.Random) -> dt.datetime:
    """A plausible publication time, in Paris time."""
    from zoneinfo import ZoneInfo

    day = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randint(0, 6 * 365))
    hour, minute = rng.randint(6, 21), rng.choice((0, 5, 12, 20, 30, 45, 58))
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZoneInfo(PARIS))


def date_slots(day: dt.date) -> dict[str, str]:
    """The slots date templates use, for `day`."""
    weekday, month = V.WEEKDAYS[day.weekday()], V.MONTHS[day.month - 1]
    return {
        "weekday": weekday,
        "Weekday": weekday.capitalize(),
        "day": V.FIRST_OF_MONTH if day.day == 1 else str(day.day),
        "month": month,
        "Month": month.capitalize(),
        "dd": f"{day.day:02d}",
        "mm": f"{day.month:02d}",
        "year": str(day.year),
    }


def long_date(when: dt.datetime) -> tuple[str, str]:
    """Return ("mardi 5 décembre 2023", "11h20") for `when`."""
    time = V.TIME_FORMAT.format(hh=when.hour, mi=f"{when.minute:02d}")
    return V.LONG_DATE.format(**date_slots(when.date())), time
