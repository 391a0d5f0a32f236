"""Quotations in French text: direct and partial quotes, their speakers and cues.

Spans between quote marks are found per block (« », “ ”, straight " paired by their orientation,
quotes running over several paragraphs joined); each span is attributed by the cues around it
(`attribution`), told apart from names and scare quotes, and classed direct or partial.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass, field
from operator import attrgetter

from . import attribution as att
from .entities import Registry, Token, fold, name_run, role_around, sentence_bounds, tokenize
from .lexicon import Lexicon
from .model import Block, Quote

_OPENERS = {"«": "»", "“": "”"}
_OPEN_BEFORE = frozenset("([{-—–'’/")
_CLOSE_AFTER = frozenset(".,;:!?)]}…-—–")
_EDGES = " \u00a0\u202f\t\n"
_INNER_SENTENCE = re.compile(r"[.!?…]\s+[«“\"]?[A-ZÀ-ÖØ-Þ]")
_END_PUNCT = frozenset(".!?…")
_MIN_DIRECT_WORDS = 3
_MAX_NAME_WORDS = 3
_MAX_LABEL_WORDS = 8
_MAX_TITLE_WORDS = 5
_MAX_TERM_WORDS = 3
_NAME_REACH = 4  # a title in marks may follow the name it belongs to by a few adjectives
_MAX_ECHO_WORDS = 2  # a one- or two-word fragment repeated inside a longer quote is its echo
_MAX_TITLE_LINE_WORDS = 15
_ANY_MARK = re.compile('[«»“”"]')
_DASH_LINE = re.compile(r"^\s*[—–-]\s")
_LABEL_STOPS = frozenset(".,;:!?…")
_MAX_QUESTION_CHARS = 300
_MIN_QA_PAIRS = 3
_WORD = re.compile(r"\w+")
_START = attrgetter("start")  # read in C over a block's tokens
_SOCIAL = re.compile(r"(?:^|\s)[#@]\w")  # a capitalised string this short in marks is a name even near a cue


@dataclass
class Span:
    """A quoted span in one block: offsets of the marks, whether it runs on past the block's end."""

    block: int
    start: int  # offset of the opening mark
    end: int  # offset after the closing mark (block length when open)
    open_end: bool = False
    leading: bool = False  # opens the block (a continuation paragraph may start this way)
    dialogue: bool = False  # an interview answer or a line of dialogue opened by a dash
    continued: bool = False  # goes on from a quote left open at the end of the previous paragraph
    parts: list[str] = field(default_factory=list)

    def inner(self, text: str) -> str:
        """The quoted words, without the marks."""
        stop = self.end if self.open_end else self.end - 1
        return text[self.start + 1 : stop].strip(_EDGES)


def _straight_look(text: str, i: int) -> tuple[bool, bool]:
    """Whether a straight quote at `i` looks like an opener and/or a closer from its neighbours."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    opener = (prev.isspace() or prev in _OPEN_BEFORE or i == 0) and (nxt.isalnum() or nxt in "…«'’([")
    closer = nxt.isspace() or nxt in _CLOSE_AFTER or i + 1 == len(text)
    return opener, closer


class _Scanner:
    """Pairs the quote marks of one block into spans (one left-to-right pass)."""

    def __init__(self, block: int, text: str) -> None:
        """Prepare to scan block number `block` whose text is `text`."""
        self.block, self.text = block, text
        self.spans: list[Span] = []
        self.kind: str | None = None
        self.start = 0
        self.depth = 0

    def _open(self, kind: str, i: int) -> None:
        """Open a span of `kind` at offset `i`."""
        self.kind, self.start, self.depth = kind, i, 1

    def _close(self, i: int) -> None:
        """Close the open span with a mark at offset `i`."""
        lead = not self.text[: self.start].strip(_EDGES)
        self.spans.append(Span(self.block, self.start, i + 1, leading=lead))
        self.kind = None

    def _straight(self, i: int) -> None:
        """Handle a straight double quote at offset `i`."""
        opener, closer = _straight_look(self.text, i)
        if self.kind is None:
            if opener or not closer:
                self._open('"', i)
        elif self.kind == '"':
            if opener and not closer and self.text[self.start + 1 : i].strip():
                self.spans.append(Span(self.block, self.start, i))  # unbalanced: closes at the next opener
                self._open('"', i)
            else:
                self._close(i)

    def scan(self) -> list[Span]:
        """Return the spans of the block."""
        # only the marks matter: visit them, not every character
        for m in _ANY_MARK.finditer(self.text):
            i, c = m.start(), m.group()
            if c in _OPENERS and self.kind in (None, c):
                if self.kind is None:
                    self._open(c, i)
                else:
                    self.depth += 1
            elif self.kind and c == _OPENERS.get(self.kind):
                self.depth -= 1
                if self.depth == 0:
                    self._close(i)
            elif c == "»" and self.kind is None and not self.text[:i].strip(_EDGES):
                self._open("«", i)  # "»" opening a continued paragraph
            elif c == '"' and self.kind in (None, '"'):
                self._straight(i)
        if self.kind in ("«", "“") and self.text[self.start + 1 :].strip(_EDGES):
            lead = not self.text[: self.start].strip(_EDGES)
            self.spans.append(Span(self.block, self.start, len(self.text), open_end=True, leading=lead))
        return self.spans


def _answer_start(text: str, lex: Lexicon | None) -> int | None:
    """Offset just before the words of an answer line ("— Oui…", "R : Oui…"), or None."""
    m = _DASH_LINE.match(text)
    if m is not None:
        return m.end() - 1
    if lex is None:
        return None
    low = fold(text)
    lead = len(low) - len(low.lstrip())
    for label in lex.reporting.ANSWER_LABELS:
        if low.startswith(label, lead) and len(low) > lead + len(label):
            return lead + len(label) - 1
    return None


def _dialogue_span(
    blocks: tuple[Block, ...], b: int, per_block: list[list[Span]], lex: Lexicon | None
) -> Span | None:
    """A block opened by a dash or an answer label after a question or another answer: quoted whole."""
    if b == 0:
        return None
    prev = blocks[b - 1].text.rstrip()
    if not (prev.endswith("?") or any(s.dialogue for s in per_block[b - 1])):
        return None  # tested first: most blocks follow no question
    text = blocks[b].text
    start = _answer_start(text, lex)
    if start is None:
        return None
    return Span(b, start, len(text), open_end=True, leading=True, dialogue=True)


def _is_question(block: Block) -> bool:
    """True for a short paragraph ending with a question mark (an interviewer's question)."""
    text = block.text.rstrip(_EDGES)
    return block.kind == "paragraph" and text.endswith("?") and len(text) <= _MAX_QUESTION_CHARS


def _qa_answers(blocks: tuple[Block, ...], lex: Lexicon | None) -> set[int]:
    """Answer paragraphs of a question/answer interview (each right after a question), or none."""
    if lex is None or not hasattr(lex.reporting, "INTERVIEW_ADDRESS"):
        return set()
    questions = [_is_question(block) for block in blocks]  # once per block
    pairs = [
        b
        for b in range(1, len(blocks))
        if questions[b - 1] and blocks[b].kind == "paragraph" and not questions[b]
    ]
    # one rhetorical question is not an interview: several, one at least addressing the reader as "vous"
    address = lex.reporting.INTERVIEW_ADDRESS
    asks = any(address & set(_WORD.findall(fold(blocks[b - 1].text))) for b in pairs)
    return set(pairs) if len(pairs) >= _MIN_QA_PAIRS and asks else set()


def find_spans(blocks: tuple[Block, ...], lex: Lexicon | None = None) -> list[Span]:
    """Find quoted spans in every block; join a quote that runs on into continued paragraphs."""
    # most blocks hold no quote mark: no scanner for them
    per_block = [
        _Scanner(b, blk.text).scan() if _ANY_MARK.search(blk.text) else [] for b, blk in enumerate(blocks)
    ]
    answers = _qa_answers(blocks, lex)
    for b, spans in enumerate(per_block):
        answer = _dialogue_span(blocks, b, per_block, lex)
        if answer is None and b in answers:
            answer = Span(b, -1, len(blocks[b].text), open_end=True, leading=True, dialogue=True)
        if answer is not None:
            spans.insert(0, answer)
    out: list[Span] = []
    carry: Span | None = None
    for b, spans in enumerate(per_block):
        for k, span in enumerate(spans):
            if carry is not None and k == 0 and span.leading:
                if carry.dialogue:  # an answer running on: one quote
                    carry.parts.append(span.inner(blocks[b].text))
                    carry.open_end = span.open_end
                    if not span.open_end:
                        carry = None
                    continue
                span.continued = True  # a quote running on: one quote per paragraph, same voice
            out.append(span)
        carry = out[-1] if out and out[-1].block == b and out[-1].open_end else None
    return out


@dataclass
class _Ctx:
    """One block's tokens and sentences, for attribution."""

    text: str
    tokens: list[Token]
    sentences: list[tuple[int, int]]
    starts: list[int] | None = None  # token start offsets, for bisection
    sentence_starts: list[int] | None = None  # sentence start offsets, for bisection
    openers: set[int] | None = None  # indexes of the tokens opening a sentence

    def opening_tokens(self) -> set[int]:
        """Indexes of the tokens that open a sentence (computed once)."""
        if self.openers is None:
            self.openers = {self.tok_at(s) for s, _ in self.sentences}
        return self.openers

    def tok_at(self, offset: int) -> int:
        """Index of the first token starting at or after `offset`."""
        if self.starts is None:
            self.starts = list(map(_START, self.tokens))
        return bisect.bisect_left(self.starts, offset)

    def sentence_tokens(self, offset: int) -> tuple[int, int]:
        """Token index range of the sentence holding `offset`."""
        # sentences are in text order: bisect to the last one starting at or before `offset`
        # (a linear scan per quote was quadratic on a block of thousands of quoted sentences)
        if self.sentence_starts is None:
            self.sentence_starts = [s for s, _ in self.sentences]
        i = bisect.bisect_right(self.sentence_starts, offset) - 1
        if i >= 0:
            s, e = self.sentences[i]
            if s <= offset < max(e, s + 1):
                return self.tok_at(s), self.tok_at(e)
        return 0, len(self.tokens)


def _is_title_like(words: list[str], lex: Lexicon) -> bool:
    """True for a name or title in marks: every word capitalised (or a particle), no end punctuation."""
    if not words or len(words) > 6 or words[-1][-1:] in _END_PUNCT:
        return False
    caps = [w for w in words if w[:1].isupper() or w[:1].isdigit()]
    return bool(caps) and all(
        w[:1].isupper() or w[:1].isdigit() or fold(w) in lex.reporting.NAME_PARTICLES for w in words
    )


def _speaker_like(cue: att.Cue, lex: Lexicon) -> bool:
    """True when a weak cue's subject can speak: a name, a pronoun, a person or an institution."""
    phrase, src = cue.phrase, lex.sources
    head = phrase.head or ""
    return bool(
        phrase.name
        or phrase.pronoun
        or head in lex.reporting.ROLE_NOUNS
        or head in src.ORG_NOUNS
        or head in src.OFFICIAL_NOUNS
        or head in src.MEDIA_NOUNS
    )


def _is_name_in_marks(ctx: _Ctx, span: Span, words: list[str], lex: Lexicon) -> bool:
    """A short unpunctuated string in marks right after a name (« Gender gap report ») or used as the
    subject of the next verb (« Les voix des Femmes » appelle …) is a title or a name."""
    if len(words) > _MAX_TITLE_WORDS or not words or words[-1][-1:] in _END_PUNCT:
        return False
    q, after = ctx.tok_at(span.start), ctx.tok_at(span.end)
    prev = ctx.tokens[q - 1] if q > 0 else None
    after_name = prev is not None and prev.is_cap and prev.is_word and prev.low not in lex.reporting.NOT_NAMES
    if not after_name and words[0][:1].isupper():  # "du Forum économique mondial « Gender gap report »"
        near = ctx.tokens[max(0, q - _NAME_REACH) : q]
        after_name = any(
            t.is_cap and t.is_word and t.low not in lex.reporting.NOT_NAMES for t in near[1:]
        ) and all(t.is_word and t.low not in lex.reporting.VERB_FORMS for t in near)
    lo, _ = ctx.sentence_tokens(span.start)
    nxt = ctx.tokens[after] if after < len(ctx.tokens) else None
    subject = q <= lo and words[0][:1].isupper() and nxt is not None and nxt.is_word and not nxt.is_cap
    return after_name or subject


def _is_work_title(words: list[str], prev: str) -> bool:
    """Whether a few words in marks opening on a capital mid-sentence, no sentence end, name a work."""
    return (
        0 < len(words) <= _MAX_TITLE_WORDS
        and words[0][:1].isupper()
        and words[-1][-1:] not in _END_PUNCT
        and prev[:1].isalpha()
        and prev[:1].islower()
    )


def _is_label(words: list[str], prev: str, strong: bool, lex: Lexicon) -> bool:
    """A few lower-case words with no punctuation after a definite determiner name a thing."""
    determiners: frozenset[str] = getattr(lex.reporting, "LABEL_DETERMINERS", frozenset())
    return (
        not strong
        and prev in determiners
        and 0 < len(words) <= _MAX_TERM_WORDS
        and words[0][:1].islower()
        and not any(c in _LABEL_STOPS for c in " ".join(words))
    )


def _not_a_quote(ctx: _Ctx, span: Span, inner: str, cued: bool, strong: bool, lex: Lexicon) -> bool:
    """True when quoted words are a name, a title, a term or a scare quote rather than a quotation."""
    words = inner.split()
    q = ctx.tok_at(span.start)
    prev = ctx.tokens[q - 1].low if q > 0 else ""
    if prev in ("'", "’") and q > 1:
        prev = ctx.tokens[q - 2].low + "'"  # d'"apologie du terrorisme"
    if _is_name_in_marks(ctx, span, words, lex):
        return True
    if len(words) <= _MAX_LABEL_WORDS and prev in lex.reporting.NAMING_WORDS:
        # "le film « Les Heures claires »" names; "évoque un film « joli mais sans surprise »" judges
        return not (cued and inner[:1].islower() and prev not in lex.reporting.LABEL_PREPOSITIONS)
    if prev in lex.reporting.LABEL_PREPOSITIONS and inner[:1].islower() and not strong:
        return True  # "poursuivi pour « apologie du terrorisme »": a charge, a label
    if _is_title_like(words, lex) and not strong:
        return True  # "« Non », a dit X" answers; "le quotidien « Les Echos » publie" names
    if not strong and _is_work_title(words, prev):
        return True  # "publie cette semaine « Le Siècle brûlant »": a book, a film, a show
    if _is_label(words, prev, strong, lex):
        return True
    if cued:
        return False
    return len(words) <= _MAX_TERM_WORDS  # a term or scare quote nobody is said to have spoken


def _kind(ctx: _Ctx, span: Span, inner: str, lo: int, lex: Lexicon) -> str:
    """Direct when the quote opens its sentence or holds whole sentences; partial otherwise."""
    q = ctx.tok_at(span.start)
    prev = ctx.tokens[q - 1].text if q > lo else ""
    preps = {p.split()[0] for p in lex.reporting.SPEAKER_PREPOSITIONS}
    opens = q <= lo or prev in (":", ",", ".", "!", "?", "…", "—", "–", "-")
    words = len(inner.split())
    after_speaker = q > lo and ctx.tokens[lo].low in preps  # "Pour X, « … »"
    after = ctx.tok_at(span.end)
    goes_on = after < len(ctx.tokens) and ctx.tokens[after].is_word and not ctx.tokens[after].is_cap
    low = ctx.tokens[after].low if goes_on else ""
    cue_word = low in lex.reporting.VERB_FORMS or low in lex.reporting.AUXILIARIES or "-" in low
    if goes_on and not cue_word and not span.open_end:
        return "partial"  # "« il ne s'agit pas de … » de ces navires": the journalist's sentence goes on
    if opens and words >= _MIN_DIRECT_WORDS and (prev != "," or inner[:1].isupper() or after_speaker):
        return "direct"
    if _INNER_SENTENCE.search(inner) or span.parts:
        return "direct"
    return "partial"


def _strip_incise(inner: str, lex: Lexicon) -> tuple[str, att.Cue | None]:
    """Cut an incise written inside the marks (« A, explique X. B ») out of the quote."""
    if "," not in inner:
        return inner, None  # an incise follows a comma
    toks = tokenize(inner)
    for k, tok in enumerate(toks[:-1]):
        if tok.text != "," or k < 2:
            continue
        cue = att.post_cue(inner, toks, k + 1, lex)
        if cue is None:
            continue
        rest = cue.end
        stop = min((inner.find(p, rest) for p in ".;!?," if inner.find(p, rest) >= 0), default=len(inner))
        before, after = inner[: tok.start].strip(_EDGES), inner[stop + 1 :].strip(_EDGES)
        return (f"{before} {after}".strip() if after else before), cue
    return inner, None


@dataclass
class _State:
    """What the attribution of the previous quotes left: the registry and the last speaker."""

    reg: Registry
    last_speaker: str | None = None
    last_block: int = -10
    registered_upto: dict[int, int] = field(default_factory=dict)
    quoted: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # block -> span offsets
    ctxs: dict[int, _Ctx] = field(default_factory=dict)  # tokens of the blocks seen
    interviewee: str | None = None  # the person the headline or lead introduces, for Q/A answers

    merged: dict[int, tuple[int, list[int], list[int]]] = field(default_factory=dict)  # in_quote's index

    def in_quote(self, block: int, offset: int) -> bool:
        """True when `offset` of `block` lies inside a quoted span."""
        spans = self.quoted.get(block, ())
        if len(spans) < 8:
            return any(s <= offset < e for s, e in spans)
        # many spans (a block of thousands of quotes): bisect their union instead of scanning each
        index = self.merged.get(block)
        if index is None or index[0] != len(spans):
            index = self.merged[block] = (len(spans), *_union(spans))
        i = bisect.bisect_right(index[1], offset) - 1
        return i >= 0 and offset < index[2][i]

    def quoted_tokens(self, ctx: _Ctx, block: int, lo: int, hi: int) -> set[int]:
        """Indexes of the tokens in [lo, hi) of `block` (read in `ctx`) that lie inside a quoted span."""
        spans = self.quoted.get(block)
        if not spans or lo >= hi:
            return set()
        index = self.merged.get(block)
        if index is None or index[0] != len(spans):
            index = self.merged[block] = (len(spans), *_union(spans))
        starts, ends = index[1], index[2]
        # only the spans reaching past the first token: a block may hold thousands of quotes
        i = bisect.bisect_right(ends, ctx.tokens[lo].start)
        out: set[int] = set()
        while i < len(starts):
            first = ctx.tok_at(starts[i])
            if first >= hi:
                break
            out.update(range(max(lo, first), min(hi, ctx.tok_at(ends[i]))))
            i += 1
        return out


def _union(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The starts and ends of the union of (start, end) spans, sorted and disjoint."""
    starts: list[int] = []
    ends: list[int] = []
    for s, e in sorted(spans):
        if e <= s:
            continue  # an empty span holds no offset
        if starts and s <= ends[-1]:
            ends[-1] = max(ends[-1], e)
        else:
            starts.append(s)
            ends.append(e)
    return starts, ends


def _register_names(ctx: _Ctx, block: int, upto: int, st: _State, lex: Lexicon) -> None:
    """Record the names of a block before offset `upto`; the subject of a sentence becomes the topic.

    The topic is the subject of a reporting verb ("un chiraquien s'est souvenu"), else the first name
    of the sentence; names inside quotes are not the article's topic.
    """
    k = st.registered_upto.get(block, 0)
    toks = ctx.tokens
    hi = ctx.tok_at(upto)  # tokens starting before `upto`
    starts = ctx.opening_tokens()
    first, lo = True, 0
    rep = lex.reporting
    verbs = rep.VERB_FORMS
    quoted = st.quoted_tokens(ctx, block, k, hi)  # tokens inside a quote
    # only some tokens can change anything: a sentence start, a quoted word, a reporting-verb form or
    # an inversion ("dit-il") that may cue a subject, a capitalised word that may open a name
    todo = [
        i
        for i, t in enumerate(toks[k:hi], k)
        if t.is_cap or i in starts or i in quoted or t.low in verbs or "-" in t.low
    ]
    after = k  # the next token to read: a name's own words are skipped
    for k in todo:
        if k < after:
            continue
        tok = toks[k]
        if k in starts:
            first, lo = True, k
        if k in quoted:
            first, after = False, k + 1  # the quote's speaker, not a later name, is the topic
            continue
        cue = tok.low in verbs or "-" in tok.low
        if cue and att.is_finite_cue(toks, k, lo, lex) and _register_subject(ctx, block, lo, k, st, lex):
            first = False
        after = k + 1
        if not tok.is_cap:
            continue
        end = name_run(toks, k, lex)
        agent = k > 0 and toks[k - 1].low in rep.AGENT_MARKERS  # "transformé par Théo Rabiller"
        if end > k and (k == 0 or agent or toks[k - 1].low not in rep.SUBJECT_BLOCKERS):
            name = ctx.text[toks[k].start : toks[end - 1].end]
            head, gender = role_around(toks, k, end, lex)
            if end - k >= 2 or head or st.reg.find(name):
                ent = st.reg.add(name, head=head, gender=gender, touch=first or agent)
                ent.kind = ent.kind or att.guess_kind(name, head, lex)
                first = False
            after = end
    k = max(after, hi)  # where the next call goes on
    st.registered_upto[block] = max(st.registered_upto.get(block, 0), k)


def _after_last_quoted(ctx: _Ctx, block: int, lo: int, hi: int, st: _State) -> int:
    """The token after the last quoted token in [lo, hi), or `lo` when none is quoted."""
    # scanned from the end: the whole range per quote was quadratic on a long block of quotes
    for k in range(hi - 1, lo - 1, -1):
        if st.in_quote(block, ctx.tokens[k].start):
            return k + 1
    return lo


def _register_subject(ctx: _Ctx, block: int, lo: int, verb: int, st: _State, lex: Lexicon) -> bool:
    """Make the subject of a reporting verb the topic (a name, or a description like "un chiraquien")."""
    start = verb - 1 if verb > lo and ctx.tokens[verb - 1].low in lex.reporting.AUXILIARIES else verb
    if start > lo and ctx.tokens[start - 1].low in lex.reporting.REFLEXIVES:
        start -= 1
    if "-" in ctx.tokens[verb].low:
        return False  # an inversion ("dit-elle") has a pronoun subject
    lo = _after_last_quoted(ctx, block, lo, start, st)  # the subject is not inside a quote
    subject = att.subject_before(ctx.text, ctx.tokens, lo, start, lex) if start > lo else None
    if subject is None or subject.pronoun:
        return False
    att.resolve(subject, st.reg, lex)
    return True


def _cue_for(
    ctx: _Ctx, span: Span, inner: str, prev: _Ctx | None, st: _State, lex: Lexicon
) -> tuple[str, att.Cue | None, bool]:
    """Find the cue of a span: (quote text without an inner incise, cue, whether the cue is strong).

    Strong cues frame the quote itself (an incise, "X a déclaré :"); a weak one is a reporting
    verb earlier in the sentence of a fragment.
    """
    if span.dialogue:
        return inner, None, True  # an answer: the speaker is the interviewee
    text, cue = _strip_incise(inner, lex)
    if cue is not None:
        return text, cue, True
    after = ctx.tok_at(span.end)
    glued = after < len(ctx.tokens) and ctx.tokens[after].is_word and inner[-1:] not in _END_PUNCT
    # "« … », a déclaré X" is an incise; "« Les Echos » publie …" makes the quote a subject
    cue = att.post_cue(ctx.text, ctx.tokens, after, lex) if not (span.open_end or glued) else None
    if cue is not None and (ctx.tokens[after].text not in ".!?" or inner[-1:] in "!?…"):
        return inner, cue, True
    lo, hi = ctx.sentence_tokens(span.start)
    q = ctx.tok_at(span.start)
    cue = att.pre_cue(ctx.text, ctx.tokens, lo, q, lex)
    if cue is None and span.leading and prev is not None and prev.text.rstrip().endswith(":"):
        plo, _ = prev.sentence_tokens(len(prev.text) - 1)  # "X prévient :" closing the paragraph before
        cue = att.pre_cue(prev.text, prev.tokens, plo, len(prev.tokens), lex)
    if cue is not None:
        return inner, cue, True
    qe = ctx.tok_at(span.end)
    _, hi = ctx.sentence_tokens(max(span.end - 1, span.start))
    # tokens of [lo, q) inside a quote of the block: verbs there cue nothing
    quoted = frozenset(st.quoted_tokens(ctx, span.block, lo, q))
    return inner, att.partial_cue(ctx.text, ctx.tokens, (lo, hi, q, qe), quoted, lex), False


def _previous_sentence_person(
    ctx: _Ctx, span: Span, st: _State, lex: Lexicon, gender: str = ""
) -> tuple[str, str | None] | None:
    """ "X, entraîneur, savourait. « … »": the person the sentence before the quote is about."""
    q = ctx.tok_at(span.start)
    lo, _ = ctx.sentence_tokens(span.start)
    if lo != q or q == 0:
        return None  # the quote does not open its sentence, or opens the paragraph
    plo, _ = ctx.sentence_tokens(ctx.tokens[q - 1].start)
    if st.in_quote(span.block, ctx.tokens[plo].start):
        return None
    phrase = att.sentence_person(ctx.text, ctx.tokens, plo, q, lex)
    if phrase is None:
        return None
    speaker, role = att.resolve(phrase, st.reg, lex)
    ent = st.reg.find(speaker) if speaker else None
    if ent is not None and gender:
        if ent.gender and ent.gender[0] != gender[0]:
            return None  # "elle" cannot be the man named before
        ent.gender = gender  # the pronoun tells the person's gender for later ones
    return (speaker, role) if speaker else None


def _clause_subject(ctx: _Ctx, span: Span, st: _State, lex: Lexicon) -> str | None:
    """The person-like subject of the clause holding a fragment ("d'anciens amis n'en gardent « … »")."""
    lo, _ = ctx.sentence_tokens(span.start)
    q = ctx.tok_at(span.start)
    lo = att.clause_start(ctx.tokens, lo, q, lex)
    lo = _after_last_quoted(ctx, span.block, lo, q, st)
    subject = att.subject_before(ctx.text, ctx.tokens, lo, q, lex) if q > lo else None
    if subject is None:
        return None
    person = subject.pronoun or subject.head in lex.reporting.ROLE_NOUNS
    if subject.name and not person:
        ent = st.reg.find(subject.name)
        kind = ent.kind if ent else att.guess_kind(subject.name, subject.head, lex, single="organization")
        person = kind == "person" and (" " in subject.name or bool(ent and (ent.gender or ent.roles)))
    return att.resolve(subject, st.reg, lex)[0] if person else None


def _quote_for(blocks: tuple[Block, ...], span: Span, ctx: _Ctx, st: _State, lex: Lexicon) -> Quote | None:
    """Attribute one span and build its Quote (None when it is a name, title or scare quote)."""
    inner = " ".join([span.inner(ctx.text), *span.parts]).strip(_EDGES)
    if not inner or not any(c.isalpha() for c in inner):
        return None
    _register_names(ctx, span.block, span.start, st, lex)
    prev = _context(st.ctxs, blocks, span.block - 1) if span.block > 0 else None
    text, cue, strong = _cue_for(ctx, span, inner, prev, st, lex)
    cued = cue is not None and (strong or _speaker_like(cue, lex))
    whole = span.dialogue or span.continued
    if not whole and _not_a_quote(ctx, span, inner, cued, strong, lex):
        return None
    lo, _ = ctx.sentence_tokens(span.start)
    kind = "direct" if whole else _kind(ctx, span, inner, lo, lex)
    speaker, role = att.resolve(cue.phrase, st.reg, lex) if cue else (None, None)
    if cue is not None and cue.phrase.pronoun and kind == "direct":
        # "X ne cachait pas sa frustration. « … », estime-t-elle": the previous sentence's person
        speaker, role = _previous_sentence_person(ctx, span, st, lex, cue.phrase.gender) or (speaker, role)
    if span.dialogue and speaker is None:
        ent = st.reg.last_person()  # the interviewee introduced before the questions
        speaker = st.interviewee or st.last_speaker or (ent.name if ent else None)
    if speaker is None and kind == "direct" and not span.continued:
        speaker, role = _previous_sentence_person(ctx, span, st, lex) or (None, role)
    if speaker is None and kind == "direct" and span.block - st.last_block <= 1:
        speaker = st.last_speaker  # the same voice goes on in the next sentence or paragraph
    if speaker is None and kind == "partial":
        speaker = _clause_subject(ctx, span, st, lex)
    if speaker is not None:
        ent = st.reg.find(speaker)
        if ent is not None:
            st.reg.touch(ent)
        st.last_speaker, st.last_block = speaker, span.block
    return Quote(
        text=text.strip(_EDGES),
        speaker=speaker,
        cue=cue.text if cue else None,
        kind=kind,  # type: ignore[arg-type]
        paragraph=span.block,
        role=role,
    )


def _drop_echoes(quotes: list[Quote], blocks: tuple[Block, ...]) -> list[Quote]:
    """Drop quotes that only echo another: a repeated quote, a pull quote, a title line in marks."""
    out: list[Quote] = []
    seen: set[tuple[str, str | None]] = set()
    folded = {b: fold(blocks[b].text) for b in {q.paragraph for q in quotes}}  # once per block
    texts = [fold(q.text) for q in quotes]
    for i, q in enumerate(quotes):
        key = texts[i].strip(" .")
        if (key, q.speaker) in seen:
            continue
        seen.add((key, q.speaker))
        block_text = folded[q.paragraph].strip(' «»“”".')
        if block_text == key and q.cue is None:
            echoed = any(o.paragraph != q.paragraph and key in folded[o.paragraph] for o in quotes)
            if echoed or _title_line(q.text):
                continue
        if (
            q.kind == "partial"
            and len(key.split()) <= _MAX_ECHO_WORDS
            and any(j != i and len(texts[j]) > len(key) and key in texts[j] for j in range(len(quotes)))
        ):
            continue
        out.append(q)
    return out


def _title_line(text: str) -> bool:
    """True for a short line in marks with no sentence end: a title or intertitle, not a statement."""
    return len(text.split()) <= _MAX_TITLE_LINE_WORDS and text.rstrip()[-1:] not in _END_PUNCT


def _final_name(quote: Quote, reg: Registry) -> Quote:
    """Give a quote its speaker's fullest name ("Mas" named before "Jean-Claude Mas")."""
    ent = reg.find(quote.speaker) if quote.speaker else None
    if ent is None or ent.name == quote.speaker:
        return quote
    return dataclasses.replace(quote, speaker=ent.name)


def _context(ctxs: dict[int, _Ctx], blocks: tuple[Block, ...], b: int) -> _Ctx:
    """The tokens and sentences of block `b`, computed once."""
    ctx = ctxs.get(b)
    if ctx is None:
        text = blocks[b].text
        ctx = ctxs[b] = _Ctx(text, tokenize(text), sentence_bounds(text))
    return ctx


def _interviewee(intro: str, lex: Lexicon) -> str | None:
    """The first person named (two words or more, outside quote marks) in the headline and lead."""
    st = _State(reg=Registry())
    ctx = _Ctx(intro, tokenize(intro), sentence_bounds(intro))
    st.quoted[-1] = [(s.start, s.end) for s in _Scanner(-1, intro).scan()]
    _register_names(ctx, -1, len(intro), st, lex)
    return next((e.name for e in st.reg.entities if e.kind == "person" and " " in e.name), None)


def find_quotes(blocks: tuple[Block, ...], *, lex: Lexicon, intro: str = "") -> tuple[Quote, ...]:
    """Find the quotations in the body blocks and attribute each to its speaker.

    `intro` (the headline and lead) names the interviewee of an interview whose body never does.
    """
    if not hasattr(lex.reporting, "VERB_FORMS"):
        return ()  # a language whose lexicon has no reporting data yet: nothing can be attributed
    st = _State(reg=Registry())
    ctxs = st.ctxs
    found: list[Quote] = []
    done = -1
    spans = find_spans(blocks, lex)
    if intro and any(s.dialogue for s in spans):
        st.interviewee = _interviewee(intro, lex)
    for span in spans:
        st.quoted.setdefault(span.block, []).append((span.start, span.end))
    skipped: dict[int, bool] = {}  # searched once per block, not once per span of the block
    for span in spans:
        skip = skipped.get(span.block)
        if skip is None:
            block = blocks[span.block]
            skip = skipped[span.block] = block.kind == "heading" or bool(_SOCIAL.search(block.text))
        if skip:
            continue  # intertitles and embedded posts (#tag, @handle) are not the article's quotes
        for b in range(done + 1, span.block):  # names of quote-less blocks, for later references
            _register_names(_context(ctxs, blocks, b), b, len(blocks[b].text), st, lex)
        done = max(done, span.block - 1)
        ctx = _context(ctxs, blocks, span.block)
        quote = _quote_for(blocks, span, ctx, st, lex)
        if quote is not None:
            found.append(quote)
    return tuple(_drop_echoes([_final_name(q, st.reg) for q in found], blocks))
