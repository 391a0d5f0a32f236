"""Cited sources: entities named as the origin of information ("selon X", "a déclaré X", "une étude de X").

Mentions come from three places: the speakers of the quotes, the source cues of the text ("selon",
"d'après", "à en croire", "cité par", an inverted "relève le Wall Street Journal", a named subject
of "révèle"/"rapporte", a news agency named in the text), and body links whose text names a known
outlet. Mentions of one entity are merged (same name, acronym, surname, "le quotidien" for the last
media) into one typed `Source`.
"""

from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress
from operator import attrgetter

from . import attribution as att
from .entities import (
    Phrase,
    Token,
    first_word,
    fold,
    fold_name,
    name_run,
    org_tail,
    read_phrase,
    role_around,
    sentence_bounds,
    tokenize,
)
from .lexicon import Lexicon
from .model import Block, Link, Quote, Source, SourceMention
from .quotes import find_spans

_MAX_SUBJECT_GAP = 2
_AUTHOR_WINDOW = 8
_MAX_ANTECEDENT = 8
_LOW = attrgetter("low")  # read in C over a block's tokens
_IS_CAP = attrgetter("is_cap")


@dataclass
class _Found:
    """A source being built: its name, type, other names, mentions, url."""

    name: str
    type: str
    aliases: list[str]
    mentions: list[SourceMention]
    url: str | None = None
    # (cue, paragraph, sentence) and (paragraph, sentence) of every mention: a page citing the same
    # agency in every paragraph would otherwise make each new mention scan all the previous ones
    keys: set[tuple[str, int, str]] = field(default_factory=set)
    places: set[tuple[int, str]] = field(default_factory=set)

    def __post_init__(self) -> None:
        """Index the mentions given at creation."""
        for m in self.mentions:
            self.keys.add((m.cue, m.paragraph, m.sentence))
            self.places.add((m.paragraph, m.sentence))

    def note(self, mention: SourceMention) -> None:
        """Add a mention and index it."""
        self.mentions.append(mention)
        self.keys.add((mention.cue, mention.paragraph, mention.sentence))
        self.places.add((mention.paragraph, mention.sentence))

    def freeze(self) -> Source:
        """The immutable Source."""
        key = fold(self.name)
        # an alias that merely wraps the name ("un porte-parole d'Enedis") adds nothing
        aliases = tuple(dict.fromkeys(a for a in self.aliases if fold(a) != key and not _wraps(fold(a), key)))
        return Source(self.name, self.type, aliases, tuple(self.mentions), self.url)  # type: ignore[arg-type]


def _wraps(alias: str, name: str) -> bool:
    """True when a folded alias holds the folded name as whole words and more."""
    i = alias.find(name)
    if i < 0 or len(alias) == len(name):
        return False
    before = alias[i - 1] if i > 0 else " "
    after = alias[i + len(name)] if i + len(name) < len(alias) else " "
    return not before.isalnum() and not after.isalnum()


def _initials(name: str, lex: Lexicon) -> str:
    """Initials of the words of a name but particles ("Agence régionale de santé" → "ars")."""
    words = fold(name).replace("'", "' ").split()
    return "".join(w[0] for w in words if w not in lex.reporting.NAME_PARTICLES and w[0].isalnum())


def _plain(text: str) -> str:
    """Fold a name and drop its accents ("Mischaël" → "mischael")."""
    low = fold_name(text)
    if low.isascii():
        return low  # nothing to decompose
    return "".join(c for c in unicodedata.normalize("NFD", low) if not unicodedata.combining(c))


def _same(a: str, b: str, lex: Lexicon) -> bool:
    """True when two names denote the same source: equal, known alias, acronym, or surname."""
    if _plain(a) == _plain(b):
        return True
    fa, fb = fold_name(a), fold_name(b)
    media, agencies = lex.sources.MEDIA, lex.sources.AGENCIES
    ca = media.get(fa) or agencies.get(fa) or fa
    cb = media.get(fb) or agencies.get(fb) or fb
    if fold_name(ca) == fold_name(cb):
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if short.isupper() and len(short) >= 2 and _initials(long_, lex).startswith(short.lower()):
        return True  # "WSJ" = "Wall Street Journal"; "ARS" = "Agence régionale de santé de …"
    fs, fl = fold_name(short), fold_name(long_)
    if " " in fs and fl.startswith(fs + " ") and short[:1].isupper():
        return True  # "Haut Conseil" = "Haut Conseil des finances publiques"
    return " " in fl and len(fs) > 2 and (fl.endswith(" " + fs)) and short[:1].isupper()


def _outlet(name: str, lex: Lexicon) -> str | None:
    """The canonical name of a known outlet or agency, also when its article was cut off ("du Monde")."""
    key = fold_name(name)
    media, agencies = lex.sources.MEDIA, lex.sources.AGENCIES
    for prefix in lex.reporting.ARTICLE_PREFIXES:
        if prefix + key in media:
            return media[prefix + key]
    return agencies.get(key)


class _Collector:
    """Gathers mentions and merges them into sources, in order of first mention."""

    def __init__(self, lex: Lexicon) -> None:
        """Start with no source, reading words from `lex`."""
        self.lex = lex
        self.found: list[_Found] = []
        # every new mention is compared with every known name: each pair is judged once
        self._pairs: dict[tuple[str, str], bool] = {}

    def find(self, name: str) -> _Found | None:
        """The source already known under this name, if any."""
        for f in self.found:
            if any(self._same(name, n) for n in (f.name, *f.aliases)):
                return f
        return None

    def _same(self, a: str, b: str) -> bool:
        """`_same(a, b)`, remembered for this article."""
        same = self._pairs.get((a, b))
        if same is None:
            same = self._pairs[(a, b)] = _same(a, b, self.lex)
        return same

    def last_of(self, kind: str) -> _Found | None:
        """The most recently added source of a type."""
        for f in reversed(self.found):
            if f.type == kind:
                return f
        return None

    def add(self, name: str, kind: str, mention: SourceMention, *, url: str | None = None) -> None:
        """Record a mention of `name` (a new source or an alias of a known one)."""
        canonical = _outlet(name, self.lex)
        if canonical and canonical in self.lex.sources.MEDIA.values():
            kind = "media"
        known = self.find(name) or (self.find(canonical) if canonical else None)
        if known is None:
            main = canonical or name
            self.found.append(_Found(main, kind, [name] if main != name else [], [mention], url))
            return
        if len(name) > len(known.name) and known.name in name and not canonical:
            known.aliases.append(known.name)
            known.name = name
            known.type = kind  # the fuller name was typed with more context ("Romney" → "Mitt Romney")
        elif name != known.name:
            known.aliases.append(name)
        if mention.surface and mention.surface not in known.aliases and mention.surface != known.name:
            known.aliases.append(mention.surface)
        if (mention.cue, mention.paragraph, mention.sentence) in known.keys:
            return  # the same citation seen twice (a quote's incise and its verb)
        known.note(mention)
        known.url = known.url or url


def _sentence_of(text: str, offset: int) -> str:
    """The sentence of `text` that holds `offset`."""
    for s, e in sentence_bounds(text):
        if s <= offset <= e:
            return text[s:e].strip()
    return text.strip()


def _kind_of(phrase: Phrase, lex: Lexicon) -> str:
    """Type a named phrase from its name, else from the noun placed right before the name."""
    name = phrase.name or ""
    role_words = fold(phrase.role or "").split()
    role_at = phrase.surface.find(phrase.role or "\0")
    role_first = 0 <= role_at < phrase.surface.find(name)
    adjacent = role_words[-1] if role_words and role_first else None  # "le baromètre Elabe"
    titled = first_word(phrase.surface) in lex.reporting.TITLES
    kind = att.guess_kind(name, adjacent, lex, titled=titled, single="organization")
    first = first_word(phrase.surface)
    if kind == "person" and not phrase.role and first in lex.reporting.DETERMINERS:
        return "organization"  # "d'après le Crédit Agricole": a person takes no article
    if kind == "person" and phrase.head and adjacent != phrase.head:
        return att.guess_kind(name, phrase.head, lex, titled=titled, single="organization")
    return kind


def _match_cue(lows: list[str], k: int, cues: dict[str, tuple[tuple[str, ...], ...]]) -> int:
    """Number of tokens of the cue starting at token `k` (0 when none matches); cues by first word.

    `lows`: the folded words of the block's tokens.
    """
    for words in cues.get(lows[k], ()):
        n = len(words)
        if tuple(lows[k : k + n]) == words:
            return n
    return 0


@lru_cache(maxsize=8)
def _cue_words(lex: Lexicon) -> frozenset[str]:
    """The words that open a cue placed before a source ("selon", "d'", "dans")."""
    return frozenset(lex.sources.CUES_BEFORE_INDEX) | frozenset(lex.sources.DOCUMENT_CUES_INDEX)


@lru_cache(maxsize=8)
def _verb_words(lex: Lexicon) -> frozenset[str]:
    """The words that may be a verb citing a source (reporting and source verb forms)."""
    return lex.reporting.VERB_FORMS | lex.reporting.SOURCE_VERB_FORMS


def _phrase_source(
    text: str, toks: list[Token], phrase: Phrase, col: _Collector, lex: Lexicon, *, cited: bool = False
) -> tuple[str, str, Phrase] | None:
    """Name, type and phrase of the source a cue names (descriptions resolved to known sources)."""
    if phrase.name:
        return phrase.name, _kind_of(phrase, lex), phrase
    if phrase.pronoun:
        for f in reversed(col.found):
            if f.type == "person":
                return f.name, f.type, phrase
        return None
    head = phrase.head
    if head is None:
        return None
    src = lex.sources
    if head in lex.reporting.SPOKESPERSON_NOUNS and phrase.role:
        org = att.complement_name(phrase.role, lex)  # "un porte-parole d'Enedis" speaks for Enedis
        if org:
            return org, att.guess_kind(org, None, lex, single="organization"), phrase
    kind = src.ANAPHORIC_HEADS.get(head)
    definite = first_word(phrase.surface) in lex.reporting.DEFINITE_DETERMINERS
    if kind and definite:
        known = col.last_of(kind)
        if known is not None:
            return known.name, known.type, phrase
    person = head in lex.reporting.ROLE_NOUNS or (phrase.role or "")[:1].isupper()  # "la Française"
    if definite and person and (head in lex.reporting.ROLE_NOUNS or not _named_description(phrase)):
        known = col.last_of("person")  # "selon le fondateur de PIP": the person last cited
        if known is not None:
            return known.name, known.type, phrase
    if head in src.STUDY_NOUNS or head in src.DOCUMENT_NOUNS:
        author = _author_after(text, toks, phrase, lex)  # "le rapport du Forum …", "publiés par X"
        if author is not None:
            return author.name or "", _kind_of(author, lex), author
        return phrase.surface, "study" if head in src.STUDY_NOUNS else "document", phrase
    if head in lex.reporting.ROLE_NOUNS and first_word(phrase.surface) in lex.reporting.INDEFINITE_ARTICLES:
        return phrase.surface, "person", phrase
    institution = head in src.ORG_NOUNS or head in src.OFFICIAL_NOUNS or head in src.MEDIA_NOUNS
    if institution and phrase.role:
        author = _author_after(text, toks, phrase, lex)  # "le site de la Ligue nationale de handball"
        if author is not None and author.name and head in src.MEDIA_NOUNS:
            return author.name, _kind_of(author, lex), author
        if _named_description(phrase):
            typ = "official" if head in src.OFFICIAL_NOUNS else "organization"
            return phrase.role, typ, phrase  # "le rectorat de Besançon"
    if cited and (institution or head in lex.reporting.ROLE_NOUNS):
        typ = (
            "person"
            if head in lex.reporting.ROLE_NOUNS
            else "official"
            if head in src.OFFICIAL_NOUNS
            else "organization"
        )
        return phrase.surface, typ, phrase  # "selon la direction du site", "d'après les enquêteurs"
    return None


def _author_after(text: str, toks: list[Token], phrase: Phrase, lex: Lexicon) -> Phrase | None:
    """The named author of a study or document: "rapport du Forum", "chiffres publiés mercredi par X"."""
    rep = lex.reporting
    k = next((i for i, t in enumerate(toks) if t.start >= phrase.end), len(toks))
    stop = min(len(toks), k + _AUTHOR_WINDOW)
    surface_toks = [t for t in toks if t.end <= phrase.end and t.start >= phrase.end - len(phrase.surface)]
    candidates = [i for i in range(k - len(surface_toks), stop) if 0 <= i < len(toks)]
    for i in candidates:
        if toks[i].text in ",.;:!?()«»":
            break
        if (toks[i].low in rep.DE_FORMS or toks[i].low in rep.AGENT_MARKERS) and i + 1 < len(toks):
            j = i + 1
            if toks[j].low in rep.DETERMINERS and toks[j].low not in rep.DE_FORMS:
                j += 1
            author = read_phrase(text, toks, j, lex)
            author = _extend_org_name(text, toks, author, lex) if author else None
            if author is not None and not author.name:
                named = _acronym_named(toks, author)  # "l'agence turque de gestion des catastrophes (AFAD)"
                author = named or _institution(text, toks[i + 1].start, author, lex)
            if author is not None and author.name:
                return author
    return None


def _institution(text: str, start: int, phrase: Phrase, lex: Lexicon) -> Phrase | None:
    """A description of an institution named by its words ("un communiqué de la préfecture"), else None."""
    src = lex.sources
    if phrase.head not in src.ORG_NOUNS and phrase.head not in src.OFFICIAL_NOUNS:
        return None
    words = text[start : phrase.end]
    return Phrase(words, words, phrase.role, phrase.gender, phrase.head, end=phrase.end)


def _acronym_named(toks: list[Token], phrase: Phrase) -> Phrase | None:
    """A description followed by its acronym in brackets, named by the acronym; else None."""
    k = bisect.bisect_left([t.start for t in toks], phrase.end)
    if k + 2 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")" and toks[k + 1].text.isupper():
        acronym = toks[k + 1].text
        return Phrase(phrase.surface, acronym, phrase.role, phrase.gender, phrase.head, end=phrase.end)
    return None


def _extend_org_name(text: str, toks: list[Token], phrase: Phrase, lex: Lexicon) -> Phrase:
    """Extend an institution's name over lower-case words and a place ("l'Agence régionale de santé de X")."""
    name = phrase.name or ""
    if not name or fold(name.split()[-1]) not in lex.sources.ORG_NAME_WORDS:
        return phrase
    k = next((i for i, t in enumerate(toks) if t.end == phrase.end), None)
    if k is None:
        return phrase
    j = org_tail(toks, k + 1, lex)
    if j == k + 1:
        return phrase
    end = toks[j - 1].end
    start = text.find(name, 0, phrase.end)
    return Phrase(
        text[phrase.end - len(phrase.surface) : end],
        text[start:end],
        phrase.role,
        phrase.gender,
        phrase.head,
        end=end,
    )


def _acronym_alias(text: str, toks: list[Token], phrase: Phrase, col: _Collector, name: str) -> None:
    """Record "(ONER)" written right after a source's name as one of its aliases."""
    k = bisect.bisect_left([t.start for t in toks], phrase.end)
    if k + 2 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")" and toks[k + 1].text.isupper():
        found = col.find(name)
        if found is not None and toks[k + 1].text not in found.aliases:
            found.aliases.append(toks[k + 1].text)


def _surface(phrase: Phrase) -> str:
    """The words naming a source in a mention: the name when there is one, else the description."""
    if phrase.name and phrase.name in phrase.surface and phrase.surface.startswith(phrase.name):
        return phrase.surface
    return phrase.name or phrase.surface


def _cue_mentions(
    text: str, toks: list[Token], lows: list[str], b: int, col: _Collector, lex: Lexicon
) -> None:
    """Record the sources cited by a cue placed before them ("selon X", "d'après X", "cité par X").

    `lows`: the folded words of `toks`.
    """
    cues, documents = lex.sources.CUES_BEFORE_INDEX, lex.sources.DOCUMENT_CUES_INDEX
    opening = _cue_words(lex).intersection(lows)  # most words open no cue: only these are tried
    if not opening:
        return
    after = 0  # the index after the last cue read
    for k in [i for i, w in enumerate(lows) if w in opening]:
        if k < after:
            continue
        n = _match_cue(lows, k, cues)
        if not n and _match_cue(lows, k, documents):
            n = _document_mention(text, toks, lows, k, b, col, lex)
            after = k + max(n, 1)
            continue
        if not n:
            continue
        after = k + n
        phrase = read_phrase(text, toks, k + n, lex)
        phrase = _extend_org_name(text, toks, phrase, lex) if phrase else None
        found = _phrase_source(text, toks, phrase, col, lex, cited=True) if phrase else None
        if phrase and found:
            cue = text[toks[k].start : toks[k + n - 1].end]
            mention = SourceMention(cue, _sentence_of(text, toks[k].start), b, _surface(phrase))
            col.add(found[0], found[1], mention)
            _acronym_alias(text, toks, found[2], col, found[0])


def _document_mention(
    text: str, toks: list[Token], lows: list[str], k: int, b: int, col: _Collector, lex: Lexicon
) -> int:
    """Record the source of "dans le baromètre Elabe" / "dans un portrait du Parisien"; return cue length."""
    n = _match_cue(lows, k, lex.sources.DOCUMENT_CUES_INDEX)
    noun: str | None = toks[k + n - 1].low
    j = k + n
    if j < len(toks) and toks[j].low in lex.reporting.DE_FORMS:
        j += 1
        if j < len(toks) and toks[j].low in lex.reporting.DEFINITE_ARTICLES:
            j += 1
        noun = None  # "du Parisien": the name is the author, typed by itself
    author = read_phrase(text, toks, j, lex) if j < len(toks) and toks[j].is_cap else None
    if author is None or not author.name:
        return n
    author = _extend_org_name(text, toks, author, lex)
    name = author.name or ""
    article = lex.reporting.DE_CONTRACTIONS.get(toks[j - 1].low, "")
    if article and article + fold(name) in lex.sources.MEDIA:
        name = lex.sources.MEDIA[article + fold(name)]  # "du Parisien" = "de Le Parisien"
    kind = att.guess_kind(name, noun, lex, single="organization")
    cue = text[toks[k].start : toks[k + n - 1].end]
    col.add(name, kind, SourceMention(cue, _sentence_of(text, toks[k].start), b, author.surface))
    return n


def _verb_mentions(
    text: str, toks: list[Token], lows: list[str], b: int, col: _Collector, lex: Lexicon
) -> None:
    """Record named sources of a source verb: inverted (", relève le WSJ") or subject ("X révèle").

    `lows`: the folded words of `toks`.
    """
    verbs = _verb_words(lex).intersection(lows)  # most words are no verb: _source_verb would refuse them
    if not verbs:
        return
    offsets = [t.start for t in toks]
    starts = [bisect.bisect_left(offsets, s) for s, _ in sentence_bounds(text)]
    for v in [i for i, w in enumerate(lows) if w in verbs]:
        tok = toks[v]
        lo = _sentence_start(toks, starts, v)
        if not _source_verb(toks, v, lo, lex):
            continue
        start = v - 1 if v > lo and toks[v - 1].low in lex.reporting.AUXILIARIES else v
        phrase = _verb_source(text, toks, lo, start, v, lex)
        informs = tok.low in lex.reporting.INFORMING_VERB_FORMS
        cited = phrase is not None and informs and _institution_phrase(phrase, lex)  # "la préfecture indique"
        found = _phrase_source(text, toks, phrase, col, lex, cited=cited) if phrase else None
        if phrase is not None and phrase.pronoun:
            found = _pronoun_source(col, b)  # "Elle met toutefois en garde…": the last person cited
        if phrase is not None and found is not None:
            end = att.verb_group_end(toks, start, lex)
            cue_text = text[toks[start].start : toks[max(end, v + 1) - 1].end]
            surface = found[0] if phrase.pronoun else _surface(phrase)
            mention = SourceMention(cue_text, _sentence_of(text, tok.start), b, surface)
            col.add(found[0], found[1], mention)
            _acronym_alias(text, toks, phrase, col, found[0])


def _source_verb(toks: list[Token], v: int, lo: int, lex: Lexicon) -> bool:
    """True when token `v` is an active, finite verb that cites ("révèle", "a indiqué", "qui assure")."""
    tok, rep = toks[v], lex.reporting
    reporting = tok.low in rep.VERB_FORMS
    if tok.low not in rep.SOURCE_VERB_FORMS and not (reporting and _pronoun_before(toks, v, lo, lex)):
        return False
    gerund = tok.low.endswith(rep.PRESENT_PARTICIPLE_ENDING)
    if gerund or (not reporting and v > lo and toks[v - 1].low in rep.REFLEXIVES):
        return False  # "se montre redoutable" cites nobody
    if rep.VERB_LEMMA.get(tok.low) in rep.LIGHT_VERBS and att.verb_group_end(toks, v, lex) <= v:
        return False  # "met" reports only as "met en garde"
    after_subject = v > lo and (
        toks[v - 1].low in rep.SUBJECT_RELATIVES or toks[v - 1].low in rep.SUBJECT_PRONOUNS
    )
    if tok.low in rep.AMBIGUOUS_FORMS and not after_subject:
        return False
    if tok.low in rep.PARTICIPLE_ONLY:
        aux = att.auxiliary_before(toks, v, lo, lex)
        return aux is not None and aux not in rep.PASSIVE_AUXILIARIES  # "est prévue" cites nobody
    return True


def _pronoun_before(toks: list[Token], v: int, lo: int, lex: Lexicon) -> bool:
    """True when a subject pronoun opens the clause of the verb at `v` ("Elle met en garde")."""
    k = v - 1
    while k >= lo and toks[k].low in lex.reporting.PRE_VERB_CLITICS:
        k -= 1
    return k >= lo and toks[k].low in lex.reporting.SUBJECT_PRONOUNS and (k == lo or toks[k - 1].text in ",;")


def _pronoun_source(col: _Collector, b: int) -> tuple[str, str, Phrase] | None:
    """The person a subject pronoun refers to: the last person cited in this or the previous block."""
    for f in reversed(col.found):
        if f.type == "person" and f.mentions and b - f.mentions[-1].paragraph <= 1:
            return f.name, f.type, Phrase(f.name, f.name)
    return None


def _sentence_start(toks: list[Token], starts: list[int], v: int) -> int:
    """Index of the first token of the sentence holding token `v`."""
    i = bisect.bisect_right(starts, v)  # `starts` ascend: the last one at or before `v`
    return starts[i - 1] if i else 0


def _verb_source(text: str, toks: list[Token], lo: int, start: int, v: int, lex: Lexicon) -> Phrase | None:
    """Who a source verb cites: the phrase after it (inverted), its subject, or a relative's antecedent."""
    subject = _subject_with_apposition(text, toks, lo, start, lex) if start > lo else None
    if subject is not None:
        return subject  # "X, imam de …, avait cité": the subject before wins over a name after
    if start > lo and (toks[start - 1].text == "," or toks[start - 1].low in lex.reporting.COMPLETIVES):
        phrase = read_phrase(text, toks, v + 1, lex)
        if phrase is None or not (phrase.name or _named_description(phrase)):
            phrase = att.subject_after_circumstance(text, toks, v + 1, lex)  # "rappelle en préambule X"
        if (
            phrase is not None
            and (phrase.name or _named_description(phrase))
            and _ends_clause(toks, phrase, lex)
        ):
            return _extend_org_name(text, toks, phrase, lex)
    participle = toks[v].low.endswith(lex.reporting.PARTICIPLE_ENDINGS)
    if start <= lo or (start == v and participle):
        return None
    if toks[start - 1].low in lex.reporting.SUBJECT_RELATIVES and start >= 2:
        return _antecedent(text, toks, start - 1, lex)  # "un porte-parole d'Enedis, qui assure"
    subject = att.subject_before(text, toks, lo, start, lex)
    if subject is not None and subject.pronoun:
        return subject
    if subject is None or not (
        subject.name or _named_description(subject) or _institution_phrase(subject, lex)
    ):
        return None
    subject = _extend_org_name(text, toks, subject, lex)
    gap = [t for t in toks if subject.end <= t.start < toks[start].start]
    while gap and gap[-1].low in lex.reporting.PRE_VERB_CLITICS:
        gap.pop()
    enclosed = len(gap) >= 2 and gap[0].text == "," and gap[-1].text == ","
    return subject if len(gap) <= _MAX_SUBJECT_GAP or enclosed else None


def _subject_with_apposition(
    text: str, toks: list[Token], lo: int, start: int, lex: Lexicon
) -> Phrase | None:
    """A named subject separated from its verb by one comma-enclosed apposition, if any."""
    if toks[start - 1].text != ",":
        return None
    subject = att.subject_before(text, toks, lo, start, lex)
    if subject is None or not subject.name:
        return None
    gap = [t for t in toks if subject.end <= t.start < toks[start].start]
    enclosed = (
        len(gap) >= 2 and gap[0].text == "," and gap[-1].text == "," and sum(t.text == "," for t in gap) == 2
    )
    before = [t for t in toks[lo:] if t.end <= subject.end - len(subject.surface)]
    intro = bool(before) and before[-1].text == "," and before[0].low in lex.reporting.SUBJECT_BLOCKERS
    opens = not before or intro  # the subject opens its sentence ("En …, X, …,"), not a list item
    return _extend_org_name(text, toks, subject, lex) if enclosed and opens else None


def _antecedent(text: str, toks: list[Token], qui: int, lex: Lexicon) -> Phrase | None:
    """The named phrase right before a relative "qui" ("la Confédération africaine de football qui …")."""
    end = qui - 1 if toks[qui - 1].text == "," else qui
    best: Phrase | None = None
    for k in range(end - 1, max(-1, end - _MAX_ANTECEDENT), -1):
        if toks[k].text in ".;:!?«»," or toks[k].low in lex.reporting.VERB_FORMS:
            break
        phrase = read_phrase(text, toks, k, lex)
        phrase = _extend_org_name(text, toks, phrase, lex) if phrase else None
        if phrase and phrase.end == toks[end - 1].end and (phrase.name or phrase.head):
            best = phrase  # keep the longest: "l'imam" rather than "imam"
    return best


def _ends_clause(toks: list[Token], phrase: Phrase, lex: Lexicon) -> bool:
    """True when an inverted subject closes its clause (", relève le WSJ, notant…"), unlike an object."""
    nxt = next((t for t in toks if t.start >= phrase.end), None)
    return nxt is None or nxt.text in ",.;:!?)" or nxt.low in lex.sources.AFTER_SUBJECT  # "… à l'AFP"


def _institution_phrase(phrase: Phrase, lex: Lexicon) -> bool:
    """True for "la préfecture", "le parquet", "la mairie": a definite description of an institution."""
    src = lex.sources
    definite = first_word(phrase.surface) in lex.reporting.DEFINITE_ARTICLES
    person = phrase.head in lex.reporting.ROLE_NOUNS  # "le ministre" is a person, not a body
    body = phrase.head in src.OFFICIAL_NOUNS or phrase.head in src.ORG_NOUNS
    return bool(definite and not phrase.name and body and not person)


def _named_description(phrase: Phrase) -> bool:
    """True for a description holding a capitalised complement ("le rectorat de Besançon")."""
    return bool(phrase.head and phrase.role and any(w[:1].isupper() for w in phrase.role.split()[1:]))


def _tokens_between(toks: list[Token], a: int, b: int) -> int:
    """How many tokens lie between offsets a and b."""
    return sum(1 for t in toks if a <= t.start < b)


def _name_runs(toks: list[Token], lex: Lexicon) -> list[tuple[int, int]]:
    """The (start, end) token ranges of the names of a block, each read after the previous one."""
    runs: list[tuple[int, int]] = []
    after = 0  # the index after the last name read: a name's own words open no other
    for k in compress(range(len(toks)), map(_IS_CAP, toks)):  # only a capitalised word opens a name
        if k < after:
            continue
        end = name_run(toks, k, lex)
        if end > k:
            runs.append((k, end))
            after = end
    return runs


def _agency_mentions(
    text: str, toks: list[Token], runs: list[tuple[int, int]], b: int, col: _Collector, lex: Lexicon
) -> None:
    """Record news agencies named in the text ("à l'AFP", "(Belga)") and outlets spoken to ("à RTL").

    `runs`: the names of the block (`_name_runs`).
    """
    agencies = lex.sources.AGENCIES
    for k, end in runs:
        tok = toks[k]
        name = text[tok.start : toks[end - 1].end]
        at = k - 1
        if at > 0 and toks[at].low in lex.reporting.DEFINITE_ARTICLES:
            at -= 1  # "à la RTBF"
        prev = toks[at].low if at >= 0 else ""
        key = fold_name(name)
        if key in agencies and (name.isupper() or end - k > 1 or len(name) > 3):
            canonical, kind = agencies[key], "agency"
        else:
            cited = prev in lex.sources.OUTLET_PREPOSITIONS or (
                prev in lex.reporting.DE_FORMS
                and any(t.low in lex.sources.MEDIA_NOUNS for t in toks[max(0, k - 3) : k])
            )
            outlet = _outlet(name, lex) if cited else None
            if not outlet:
                continue
            canonical, kind = outlet, "media"  # "a déclaré à la RTBF", "nos confrères du Parisien"
        sentence = _sentence_of(text, tok.start)
        known = col.find(canonical)
        if not (known and (b, sentence) in known.places):
            col.add(canonical, kind, SourceMention(toks[at].text if at >= 0 else "", sentence, b, name))


def _quote_mentions(
    blocks: tuple[Block, ...],
    quotes: tuple[Quote, ...],
    col: _Collector,
    ctx: tuple[list[str], set[str]],
    lex: Lexicon,
) -> None:
    """Record every quoted speaker as a source (`ctx`: folded blocks, names shown to be people)."""
    folded, persons = ctx
    for q in quotes:
        if not q.speaker:
            continue
        text = blocks[q.paragraph].text if q.paragraph < len(blocks) else ""
        pos = text.find(q.text[:30])
        mention = SourceMention(q.cue or "", _sentence_of(text, max(pos, 0)), q.paragraph, q.speaker)
        outlet = _outlet_of_description(q.speaker, lex)
        if outlet is not None:  # "le critique du Monde" speaks for Le Monde
            col.add(outlet, "media", mention)
            continue
        role_head = first_word(q.role) if q.role else None
        kind = _speaker_kind(q, role_head, folded, persons, lex)
        col.add(q.speaker, kind, mention)


def _outlet_of_description(speaker: str, lex: Lexicon) -> str | None:
    """The known outlet a described speaker works for ("le critique du Monde" → Le Monde), if any."""
    if first_word(speaker) not in lex.reporting.DETERMINERS:
        return None
    complement = att.complement_name(speaker, lex)
    return _outlet(complement, lex) if complement else None


def _speaker_kind(q: Quote, role_head: str | None, folded: list[str], persons: set[str], lex: Lexicon) -> str:
    """Type a quoted speaker: a single name is a person only with evidence (role, title, il/elle)."""
    name = q.speaker or ""
    if role_head in lex.reporting.SPOKESPERSON_NOUNS and fold(name) in fold(q.role or ""):
        return att.guess_kind(name, None, lex, single="organization")  # "un porte-parole d'Enedis"
    if role_head in lex.reporting.ROLE_NOUNS or fold(name) in persons:
        return "person"
    pronoun = any(p in fold(q.cue or "") for p in lex.reporting.INVERSION_SUFFIXES)
    kind = att.guess_kind(name, role_head, lex, single="person" if pronoun else "organization")
    if kind == "person" and " " not in name and _determined(name, folded, lex):
        kind = "organization"  # "le Medef", "la CGT": a person takes no article
    return kind


def _person_names(toks: list[Token], text: str, runs: list[tuple[int, int]], lex: Lexicon) -> set[str]:
    """Names the block shows to be people: with a title or a person's role beside them (`runs`: its names)."""
    found: set[str] = set()
    for k, end in runs:
        head, _ = role_around(toks, k, end, lex)
        title = k > 0 and (toks[k - 1].low in lex.reporting.TITLES or toks[k - 1].text == ".")
        if (head and head in lex.reporting.ROLE_NOUNS) or title or _described(toks, end, lex):
            found.add(fold(text[toks[k].start : toks[end - 1].end]))
    return found


def _described(toks: list[Token], end: int, lex: Lexicon) -> bool:
    """True for a name followed by a bare description: "Ibrahim, artisan boucher", "Martine, croisée …"."""
    if end + 1 >= len(toks) or toks[end].text != ",":
        return False
    nxt = toks[end + 1]
    rep = lex.reporting
    return (
        nxt.is_word and not nxt.is_cap and nxt.low not in rep.NP_STOPWORDS and nxt.low not in rep.DETERMINERS
    )


def _determined(name: str, folded: list[str], lex: Lexicon) -> bool:
    """True when the text puts an article before this name ("le Medef", "l'Insee")."""
    key = fold(name)
    return any(f"{det}{key}" in text for text in folded for det in lex.sources.ARTICLES_BEFORE_NAMES)


def _link_mentions(links: tuple[Link, ...], col: _Collector, lex: Lexicon) -> None:
    """Record body links whose text names a known outlet or agency."""
    for link in links:
        key = fold(link.text.strip())
        known = col.find(link.text.strip()) if key else None
        if known is not None:
            known.url = known.url or link.url  # a cited source the article links to
            continue
        for table, kind in ((lex.sources.MEDIA, "media"), (lex.sources.AGENCIES, "agency")):
            if key in table:
                mention = SourceMention(lex.reporting.LINK_CUE, link.text, link.paragraph or 0, link.text)
                col.add(table[key], kind, mention, url=link.url)


def _mask_quotes(blocks: tuple[Block, ...], lex: Lexicon) -> list[str]:
    """The block texts with the words between quote marks blanked out (offsets kept)."""
    texts = [b.text for b in blocks]
    for span in find_spans(blocks, lex):
        text = texts[span.block]
        stop = span.end if span.open_end else span.end - 1
        texts[span.block] = text[: span.start + 1] + " " * (stop - span.start - 1) + text[stop:]
    return texts


def _unquoted_tokens(text: str, masked: str) -> list[Token]:
    """The tokens of `masked` (`text` with the words in quotes blanked out), kept from those of `text`.

    The text's tokens are usually known already (quotes read them). A blanked stretch starts after a
    mark or a space and ends at a mark or the end, so no token straddles it: those inside are dropped.
    """
    if masked is text:
        return tokenize(text)
    if "Σ" in text:
        return tokenize(masked)  # a capital sigma folds by its neighbours: blanking may change it
    return [t for t in tokenize(text) if masked[t.start] != " "]


def find_sources(
    blocks: tuple[Block, ...], quotes: tuple[Quote, ...], links: tuple[Link, ...], *, lex: Lexicon
) -> tuple[Source, ...]:
    """Find the sources the article cites, typed, with aliases merged and every citing mention."""
    if not hasattr(lex.reporting, "VERB_FORMS") or not hasattr(lex.sources, "CUES_BEFORE_INDEX"):
        return ()  # a language whose lexicon has no source data yet
    col = _Collector(lex)
    by_block: dict[int, list[Quote]] = {}
    for q in quotes:
        by_block.setdefault(q.paragraph, []).append(q)
    masked = _mask_quotes(blocks, lex)
    # words inside quotes cite nothing ("Michel a annoncé" in a quote)
    tokens = [_unquoted_tokens(block.text, t) for block, t in zip(blocks, masked, strict=True)]
    runs = [_name_runs(toks, lex) for toks in tokens]  # read once for the persons and the agencies
    persons = {
        n for toks, t, r in zip(tokens, masked, runs, strict=True) for n in _person_names(toks, t, r, lex)
    }
    folded = [fold(b.text) for b in blocks] if quotes else []
    for b, block in enumerate(blocks):
        if block.kind == "heading":
            continue
        toks = tokens[b]
        lows = list(map(_LOW, toks))
        _quote_mentions(blocks, tuple(by_block.get(b, ())), col, (folded, persons), lex)
        _cue_mentions(block.text, toks, lows, b, col, lex)
        _verb_mentions(block.text, toks, lows, b, col, lex)
        _agency_mentions(block.text, toks, runs[b], b, col, lex)
    _link_mentions(links, col, lex)
    return tuple(f.freeze() for f in col.found)
