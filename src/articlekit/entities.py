"""Words, names and noun phrases in French text: the pieces quotes and sources are attributed to.

Text is tokenised once per block with character offsets; names are runs of capitalised words; a
noun phrase is read forward from a token ("la toxicologue Dominique Parent-Massin") into a surface,
a name, a role and a gender. The `Registry` remembers who was named with which role, so that "le
quotidien", "M. Caldwell" or "elle" can later be resolved to the entity they refer to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from .lexicon import Lexicon

_TOKEN = re.compile(r"\w+(?:[-’']\w+)*|[^\w\s]")
_ELISION = re.compile(r"^[^\W\d_]{1,6}['’](?=\w)")  # a short word cut by an apostrophe: an elision
_TOKEN_CACHE = 512  # block texts: a page's quoted blocks are read again by the sources
# a token costs ~40 bytes a character: only paragraph-sized texts are remembered, so that the
# cache cannot hold on to much once the page is done (1 corpus block in 4,230 is longer)
_MAX_CACHED_CHARS = 2500
_FOLD_PAIRS = (("’", "'"), ("‘", "'"), ("ʼ", "'"), ("\u00a0", " "), ("\u202f", " "))
_CLOSING_PUNCT = frozenset(',.;:!?()[]«»“”"‹›—–…')
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\s»”\"]*\s+(?=[«“\"]?\s?[A-ZÀ-ÖØ-Þ])")
_MAX_NP_TOKENS = 9
_GENDER_WINDOW = 3
_MAX_COMPLEMENT_TAIL = 3


def fold(text: str) -> str:
    """Lower-case `text` and normalise apostrophes and no-break spaces, keeping every offset."""
    low = text.lower()
    if len(low) != len(text):  # rare: "İ" grows when lower-cased
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    for old, new in _FOLD_PAIRS:
        if old in low:
            low = low.replace(old, new)
    return low


# `fold` remembered, for names: the same few are folded again at every mention
fold_name = lru_cache(maxsize=2048)(fold)


class Token(NamedTuple):
    """A word or punctuation mark with its offsets in the block text and its folded form."""

    # a tuple, not a frozen dataclass: a block makes one per word, and a tuple is built ~6x faster
    text: str
    start: int
    end: int
    low: str
    is_cap: bool = False  # starts with an upper-case letter
    is_word: bool = False  # a word, not punctuation


def tokenize(text: str) -> list[Token]:
    """Split text into tokens, separating elided articles ("l'", "d'", "qu'") from their word."""
    if len(text) > _MAX_CACHED_CHARS:
        return list(_tokens.__wrapped__(text))
    return list(_tokens(text))


@lru_cache(maxsize=_TOKEN_CACHE)
def _tokens(text: str) -> tuple[Token, ...]:
    """Tokenise `text` (memoised: quotes and sources read the same block texts)."""
    low = fold(text)  # same offsets as `text`
    new = tuple.__new__
    out = []
    for m in _TOKEN.finditer(text):
        start, end = m.span()
        word = m.group()
        # most words hold no apostrophe: the elision regex runs only on those that do
        el = _ELISION.match(word) if ("'" in word or "’" in word) else None
        if el is not None:  # the look-ahead leaves a word after the elision
            cut = start + el.end()
            out.append(new(Token, (word[: cut - start], start, cut, low[start:cut], word[0].isupper(), True)))
            word, start = word[cut - start :], cut
        first = word[0]
        out.append(new(Token, (word, start, end, low[start:end], first.isupper(), first.isalnum())))
    return tuple(out)


def forget_texts() -> None:
    """Empty the memos of block texts once a page is done with them (the pipeline calls it).

    They serve the stages of one page (quotes and sources read the same blocks); kept on, a page's
    thousands of tokens (tuple subclasses, which the garbage collector never stops tracking) would
    be traversed by every full collection until evicted: over 400 corpus pages full collections
    took 0.32-0.35 instead of 0.40-0.44 ms a page without them.
    """
    _tokens.cache_clear()
    _sentence_bounds.cache_clear()


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of the sentences of a block (split after . ! ? before a capital)."""
    return list(_sentence_bounds(text))


@lru_cache(maxsize=_TOKEN_CACHE)
def _sentence_bounds(text: str) -> tuple[tuple[int, int], ...]:
    """Sentence offsets of `text` (memoised: quotes and sources split the same blocks, often twice)."""
    bounds, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    return tuple(bounds)


@dataclass(frozen=True, slots=True)
class Phrase:
    """A noun phrase naming who speaks or is cited: its words, the name in it, the role, the gender."""

    surface: str
    name: str | None = None
    role: str | None = None
    gender: str = ""
    head: str | None = None  # the role noun when the phrase is a description ("quotidien")
    pronoun: bool = False
    end: int = 0  # offset just after the phrase in the block


def _is_initial(tokens: list[Token], i: int) -> bool:
    """True for a one-letter capital followed by a dot ("E." in "Yassin E.")."""
    return (
        len(tokens[i].text) == 1
        and tokens[i].is_cap
        and i + 1 < len(tokens)
        and tokens[i + 1].text == "."
        and tokens[i + 1].start == tokens[i].end
    )


def name_run(tokens: list[Token], i: int, lex: Lexicon) -> int:
    """Return the index after the run of capitalised words starting at `i` (i when none)."""
    if i >= len(tokens) or not tokens[i].is_cap:
        return i  # most tokens open no name: answer before any other test
    rep = lex.reporting
    j = i
    low, titles = tokens[i].low, rep.TITLES
    if low in rep.NOT_NAMES and low not in rep.DEFINITE_ARTICLES:
        return i  # "Il", "Pour": the loop below would stop at once (only an article may open a title)
    # _title_gender's test, inlined: most words are no title
    if low in titles or (i + 1 < len(tokens) and tokens[i + 1].text == "." and low + "." in titles):
        return i  # "M." opens a phrase; the name starts after it
    if 0 < i < len(tokens) and _is_initial(tokens, i) and tokens[i - 1].text in "-.":
        return i  # "P.-V.": an abbreviation, not a name
    if i == 0 and len(tokens) > 1 and _is_dateline(tokens[0], tokens[1]):
        return i  # "TOULOUSE Souad, …": the place of a dateline is no part of the name
    days, months = lex.dates.DAYS, lex.dates.MONTHS
    while j < len(tokens):
        t = tokens[j]
        if (
            t.is_cap
            and t.is_word
            and not (t.low in days or t.low in months)  # "Lundi 6 mai" names no one
            and (j > i or t.low not in rep.NOT_NAMES or _title_article(tokens, j, lex))
        ):
            j += 2 if _is_initial(tokens, j) else 1
            continue
        if (
            j > i
            and t.low in rep.NAME_PARTICLES
            and j + 1 < len(tokens)
            and tokens[j + 1].is_cap
            and tokens[j + 1].low not in rep.NOT_NAMES
        ):
            j += 1
            continue
        break
    if j == i + 2 and _is_initial(tokens, i):
        return i  # a lone initial ("P." of "P.-V.") is no name
    return j


def _title_article(tokens: list[Token], j: int, lex: Lexicon) -> bool:
    """True for a capitalised article inside a sentence before a capitalised word ("selon Les Échos")."""
    if tokens[j].low not in lex.reporting.DEFINITE_ARTICLES or j == 0 or j + 1 >= len(tokens):
        return False
    nxt = tokens[j + 1]
    return tokens[j - 1].text not in '.!?«»“”":;' and nxt.is_cap and nxt.low not in lex.reporting.NOT_NAMES


def _is_dateline(first: Token, second: Token) -> bool:
    """True for an upper-case place opening a block before a capitalised word ("TOULOUSE Souad")."""
    return len(first.text) > 3 and first.text.isupper() and second.is_cap and not second.text.isupper()


def _text(text: str, tokens: list[Token], i: int, j: int) -> str:
    """The block text covered by tokens[i:j]."""
    return text[tokens[i].start : tokens[j - 1].end] if j > i else ""


def _title_gender(tokens: list[Token], i: int, lex: Lexicon) -> tuple[int, str, bool]:
    """Skip a courtesy title at `i` ("M.", "Mme"); return the next index, its gender, whether found."""
    titles = lex.reporting.TITLES
    t = tokens[i]
    key = t.low + "." if i + 1 < len(tokens) and tokens[i + 1].text == "." else t.low
    if key in titles and t.is_cap:
        return i + (2 if key.endswith(".") and key != t.low else 1), titles[key], True
    if t.low in titles and t.is_cap:
        return i + 1, titles[t.low], True
    return i, "", False


def read_phrase(text: str, tokens: list[Token], i: int, lex: Lexicon) -> Phrase | None:
    """Read the noun phrase starting at token `i`: determiner/title, role words, name, apposition."""
    rep = lex.reporting
    if i >= len(tokens):
        return None
    first = tokens[i]
    if first.low in rep.SUBJECT_PRONOUNS or first.low in rep.STRESSED_PRONOUNS:
        gender = rep.SUBJECT_PRONOUNS.get(first.low) or rep.STRESSED_PRONOUNS.get(first.low, "")
        return Phrase(first.text, gender=gender, pronoun=True, end=first.end)
    j, gender, titled = _title_gender(tokens, i, lex)
    if not titled and tokens[j].low in rep.DETERMINERS:
        gender = rep.DETERMINERS[tokens[j].low]
        j += 1
        demonym = _demonym(text, tokens, i, j, gender, lex)
        if demonym is not None:
            return demonym
    return _phrase_body(text, tokens, i, j, gender, titled, lex)


def _demonym(text: str, tokens: list[Token], i: int, j: int, gender: str, lex: Lexicon) -> Phrase | None:
    """Read "la Française", "l'Américain" as a description of a person, not as a name."""
    if j >= len(tokens) or tokens[i].low not in lex.reporting.DEFINITE_DETERMINERS:
        return None
    word = tokens[j]
    if not (word.is_cap and word.is_word) or name_run(tokens, j, lex) != j + 1:
        return None
    if not word.low.endswith(lex.reporting.DEMONYM_SUFFIXES):
        return None
    if f"{tokens[i].low} {word.low}".replace("' ", "'") in lex.sources.MEDIA or (tokens[i].is_cap and i > 0):
        return None  # "Le Parisien" is a newspaper
    gender = gender or ("f" if word.low.endswith(lex.reporting.FEMININE_ENDINGS) else "m")
    return Phrase(_text(text, tokens, i, j + 1), None, word.text, gender, word.low, end=word.end)


def _phrase_body(
    text: str, tokens: list[Token], i: int, j: int, gender: str, titled: bool, lex: Lexicon
) -> Phrase | None:
    """Read role words and a name after the determiner of a phrase that starts at token `i`."""
    rep = lex.reporting
    role_start, name_span, head = j, None, None
    k = j
    while k < len(tokens) and k - i < _MAX_NP_TOKENS:
        t = tokens[k]
        if not t.is_word or t.text in _CLOSING_PUNCT:
            break
        end = name_run(tokens, k, lex)
        if end == k + 1 and (t.low in lex.sources.DOCUMENT_NOUNS or t.low in lex.sources.STUDY_NOUNS):
            end = k  # "un PV de garde à vue": a capitalised common noun, not a name
        if end > k and (name_span is None):
            if k > role_start and _ends_with_preposition(_text(text, tokens, role_start, k), lex):
                k = _complement_end(tokens, end, lex)  # "la directrice du Fonds monétaire international"
                break
            if fold(tokens[end - 1].text) in lex.sources.ORG_NAME_WORDS:
                end = org_tail(tokens, end, lex)  # "l'Agence régionale de santé"
            name_span = (k, end)
            k = end
            continue
        role_complement = (
            head in rep.ROLE_NOUNS and t.low in rep.ROLE_PREPOSITIONS
        )  # "l'adjointe à l'éducation"
        if name_span is not None or (
            t.low in rep.NP_STOPWORDS and t.low not in rep.NAME_PARTICLES and not role_complement
        ):
            break
        if head is None and is_head(t.low, lex):
            head = t.low
            gender = gender or rep.ROLE_NOUNS.get(t.low, "")
        elif k > j and (t.low in rep.VERB_FORMS or t.low.split("-")[-1] in rep.INVERTED_PRONOUNS):
            break  # "L'élu promet …", "l'imam a-t-il voulu": the verb ends the phrase
        k += 1
    if k == i or (k == j and name_span is None):
        return None
    name = _text(text, tokens, *name_span) if name_span else None
    role_end = name_span[0] if name_span else k
    role = _text(text, tokens, role_start, role_end).strip(" ,") or None
    if (
        name_span is not None
        and name
        and role
        and (_ends_with_preposition(role, lex) or _complement_of_role(role, head, lex))
    ):
        # "le ministre du Commerce", "le fondateur des prothèses PIP": a complement, not the speaker
        role, name = _text(text, tokens, role_start, name_span[1]), None
    phrase = Phrase(_text(text, tokens, i, k), name, role, gender, head, end=tokens[k - 1].end)
    return _apposition(text, tokens, k, phrase, lex) if not titled else phrase


def org_tail(toks: list[Token], j: int, lex: Lexicon) -> int:
    """Index after the lower-case words (and a final capitalised place) that continue a name at `j`."""
    rep = lex.reporting
    start = j
    while j < len(toks) and toks[j].is_word:
        low = toks[j].low
        if toks[j].is_cap:
            if j == start:
                break
            return name_run(toks, j, lex)  # "… de santé de Bourgogne-Franche-Comté", "Santé publique France"
        after_de = toks[j - 1].low in rep.DE_FORMS and low in rep.DEFINITE_ARTICLES  # "de la boulangerie"
        stop = low in rep.NP_STOPWORDS and low not in rep.DE_FORMS and not after_de
        verb = low in rep.VERB_FORMS or (
            low.endswith(rep.PARTICIPLE_ENDINGS) and not low.endswith(rep.NOUN_ENDINGS)
        )
        if stop or verb:
            break
        j += 1
    while j > start and toks[j - 1].low in rep.NAME_PARTICLES:
        j -= 1
    return j


def role_around(toks: list[Token], k: int, end: int, lex: Lexicon) -> tuple[str | None, str]:
    """The role noun just before a name ("la toxicologue X") or in its apposition ("X, avocate de")."""
    rep = lex.reporting
    if k > 0 and toks[k - 1].low in rep.ROLE_NOUNS:
        det = toks[k - 2].low if k > 1 else ""
        return toks[k - 1].low, rep.DETERMINERS.get(det, "") or rep.ROLE_NOUNS[toks[k - 1].low]
    title = toks[k - 2].low + "." if k > 1 and toks[k - 1].text == "." else toks[k - 1].low if k > 0 else ""
    if title in rep.TITLES:
        return None, rep.TITLES[title]  # "M. Mas", "Mme Rey": a person
    if end + 1 < len(toks) and toks[end].text == ",":
        j = end + 1
        gender = rep.DETERMINERS.get(toks[j].low, "")
        j += 1 if toks[j].low in rep.DETERMINERS else 0
        if j < len(toks) and toks[j].low in rep.ROLE_NOUNS:
            return toks[j].low, rep.ROLE_NOUNS[toks[j].low] or gender
    return None, ""


def first_word(text: str) -> str:
    """The first folded word of a phrase, an elided article counting as a word ("l'élu" → "l'")."""
    words = fold(text).replace("'", "' ").split()
    return words[0] if words else ""


def is_head(low: str, lex: Lexicon) -> bool:
    """True when a word can head a description of a speaker or source ("ministre", "quotidien")."""
    src = lex.sources
    return (
        low in lex.reporting.ROLE_NOUNS
        or low in src.ANAPHORIC_HEADS
        or low in src.MEDIA_NOUNS
        or low in src.ORG_NOUNS
        or low in src.STUDY_NOUNS
        or low in src.DOCUMENT_NOUNS
        or low in src.OFFICIAL_NOUNS
    )


def _complement_end(tokens: list[Token], end: int, lex: Lexicon) -> int:
    """After a name in a complement, read lower-case words on when an apposition comma follows."""
    k = end
    while k < len(tokens) and k - end < _MAX_COMPLEMENT_TAIL and tokens[k].is_word and not tokens[k].is_cap:
        low = tokens[k].low
        if (
            low in lex.reporting.VERB_FORMS
            or low in lex.reporting.AUXILIARIES
            or low in lex.reporting.NP_STOPWORDS
        ):
            return end
        k += 1
    return k if k < len(tokens) and tokens[k].text == "," else end


def _complement_of_role(role: str, head: str | None, lex: Lexicon) -> bool:
    """True when a person's role holds a preposition before the name ("fondateur des prothèses")."""
    if head is None or head not in lex.reporting.ROLE_NOUNS:
        return False
    words = fold(role).replace("'", "' ").split()
    tail = words[words.index(head) + 1 :] if head in words else []
    return any(w in lex.reporting.DE_FORMS for w in tail)


def _ends_with_preposition(role: str, lex: Lexicon) -> bool:
    """True when a role ends with "de"/"du"/"d'" (the name after it is a complement, not a person)."""
    last = fold(role).split()[-1] if role.split() else ""
    return last in lex.reporting.DE_FORMS or last in lex.reporting.DEFINITE_ARTICLES or last.endswith("'")


def _apposition(text: str, tokens: list[Token], k: int, phrase: Phrase, lex: Lexicon) -> Phrase:
    """Complete a phrase with a comma apposition: a role after a name, or a name after a role."""
    if k + 1 >= len(tokens) or tokens[k].text != ",":
        return phrase
    nxt = k + 1
    if phrase.name is None and phrase.role:
        end = name_run(tokens, nxt, lex)
        if end > nxt and (end >= len(tokens) or tokens[end].text in ",.;:!?"):
            name = _text(text, tokens, nxt, end)
            return Phrase(
                phrase.surface, name, phrase.role, phrase.gender, phrase.head, end=tokens[end - 1].end
            )
        return phrase
    if phrase.name and not phrase.role:
        start = nxt
        if tokens[start].low in lex.reporting.DETERMINERS:
            start += 1
        if start < len(tokens) and tokens[start].low in lex.reporting.ROLE_NOUNS:
            stop = start
            while stop < len(tokens) and tokens[stop].text not in ",.;:!?()«»":
                stop += 1
            role = _text(text, tokens, nxt, stop)
            gender = phrase.gender or lex.reporting.ROLE_NOUNS[tokens[start].low]
            return Phrase(phrase.surface, phrase.name, role, gender, tokens[start].low, end=phrase.end)
    return phrase


@dataclass(eq=False)  # entities compare by identity: two mentions may share a name but not an entity
class Entity:
    """Someone or something the article names: canonical name, gender, roles, surfaces seen."""

    name: str
    gender: str = ""
    roles: set[str] = field(default_factory=set)
    surfaces: list[str] = field(default_factory=list)
    kind: str = ""  # "person", "organization", "media", … when known
    key: str = ""  # folded name, for look-ups
    keys: set[str] = field(default_factory=set)  # folded surfaces

    def __post_init__(self) -> None:
        """Fold the name once."""
        self.key = fold(self.name)

    def rename(self, name: str) -> None:
        """Give the entity a fuller name, keeping the old one as a surface."""
        self.add_surface(self.name)
        self.name, self.key = name, fold(name)

    def add_surface(self, surface: str) -> None:
        """Record another way the article names this entity."""
        if surface not in self.surfaces:
            self.surfaces.append(surface)
            self.keys.add(fold(surface))


@dataclass
class Registry:
    """Entities of one article in order of mention, with look-ups for later references."""

    entities: list[Entity] = field(default_factory=list)
    recent: list[Entity] = field(default_factory=list)  # last mentioned (or speaking) last
    by_key: dict[str, Entity] = field(default_factory=dict)  # folded name or surface -> entity
    by_part: dict[str, Entity] = field(default_factory=dict)  # first/last word of a full name -> entity

    def find(self, name: str) -> Entity | None:
        """Return the entity with this name, or whose name ends with it (a surname), if any."""
        key = fold_name(name)
        ent = self.by_key.get(key)
        if ent is not None:
            return ent
        if " " not in key:
            return self.by_part.get(key) if len(key) > 2 else None
        last = self.by_key.get(key.rsplit(" ", 1)[1])
        if last is not None and " " not in last.key and len(last.key) > 2:
            return last  # "Mas" was named first, "Jean-Claude Mas" now
        return None

    def _index(self, ent: Entity) -> None:
        """Make an entity findable by its name, surfaces, and first/last words."""
        for key in (ent.key, *ent.keys):
            self.by_key.setdefault(key, ent)
        if " " in ent.key:
            first, last = ent.key.split(" ", 1)[0], ent.key.rsplit(" ", 1)[1]
            self.by_part.setdefault(last, ent)
            self.by_part.setdefault(first, ent)

    def add(
        self,
        name: str,
        *,
        role: str | None = None,
        head: str | None = None,
        gender: str = "",
        touch: bool = True,
    ) -> Entity:
        """Record a mention of `name` (merging with a known entity); `touch` makes it the most recent."""
        ent = self.find(name)
        if ent is None:
            ent = Entity(name=name)
            self.entities.append(ent)
        elif len(name) > len(ent.name) and fold(name).endswith(fold(ent.name)):
            ent.rename(name)
        if name != ent.name:
            ent.add_surface(name)
        if head:
            ent.roles.add(head)
        if role:
            ent.add_surface(role)
        ent.gender = ent.gender or gender
        self._index(ent)
        if touch:
            self.touch(ent)
        elif ent not in self.recent:
            self.recent.insert(0, ent)  # known, but not the current topic
        return ent

    def touch(self, ent: Entity) -> None:
        """Make `ent` the most recently mentioned entity."""
        if ent in self.recent:
            self.recent.remove(ent)
        self.recent.append(ent)

    def by_role(self, head: str, gender: str = "") -> Entity | None:
        """Return the most recent entity described with this role noun (and a compatible gender)."""
        for ent in reversed(self.recent):
            if head in ent.roles and (not gender or not ent.gender or gender[0] == ent.gender[0]):
                return ent
        return None

    def last_person(self, gender: str = "", kinds: tuple[str, ...] = ("person",)) -> Entity | None:
        """Return the most recent entity of a kind with a compatible gender (for "il", "elle").

        Among the last few candidates, one whose gender is known to match wins over one whose
        gender is unknown ("elle" prefers "Mme X" to a bare name mentioned after her).
        """
        compatible = [
            ent
            for ent in reversed(self.recent)
            if ent.kind in kinds and (not gender or not ent.gender or gender[0] == ent.gender[0])
        ]
        for ent in compatible[:_GENDER_WINDOW]:
            if gender[:1] == "f" and ent.gender[:1] == "f":
                return ent
        return compatible[0] if compatible else None
