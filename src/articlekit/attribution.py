"""Who is speaking: reporting cues around a quotation and the speaker they name.

Reads the tokens of one block around a quoted span: a post-posed incise ("…", a déclaré IBM /
a-t-il affirmé / estime-t-elle / selon lui), an incise inside the marks (« A, explique X. B »), a
pre-posed cue ("X a déclaré : « … »", "Pour X, « … »"), and the cues of a partial quote inside the
journalist's sentence ("selon X", "qualifié de « … » par X", "X dénonce « … »").
"""

from __future__ import annotations

from dataclasses import dataclass

from .entities import (
    Entity,
    Phrase,
    Registry,
    Token,
    first_word,
    fold,
    is_head,
    name_run,
    read_phrase,
    tokenize,
)
from .lexicon import Lexicon

_SKIP_BEFORE_INCISE = frozenset(",.!?…")
_CIRCUMSTANCE_TOKENS = 12
_CLOSING_MARKS = frozenset('»”"')
_ONE_WORD_SPAN = 3  # opening mark, word, closing mark
_MAX_ANTECEDENT = 8
_MAX_COLON_CUE_WORDS = 6  # "se montrait plus mesuré"; a longer stretch is no cue


@dataclass(frozen=True, slots=True)
class Cue:
    """A reporting cue found around a quote: its words, the phrase naming the speaker, its extent."""

    text: str
    phrase: Phrase
    start: int  # offset of the cue's first character in the block
    end: int  # offset after the phrase


def is_verb(tok: Token, lex: Lexicon, *, strict: bool = False) -> bool:
    """True when a token is a reporting-verb form (strict: not one that also reads as a noun)."""
    forms = lex.reporting.VERB_FORMS
    if tok.low not in forms:
        return False
    return not (strict and tok.low in lex.reporting.AMBIGUOUS_FORMS)


def _inverted(tok: Token, lex: Lexicon) -> tuple[str, str] | None:
    """Split an inverted form ("a-t-il", "estime-t-elle", "dit-il") into (verb, pronoun)."""
    parts = tok.low.split("-")
    if len(parts) < 2 or parts[-1] not in lex.reporting.INVERTED_PRONOUNS:
        return None
    verb = parts[0]
    if verb in lex.reporting.VERB_FORMS or verb in lex.reporting.AUXILIARIES:
        return verb, parts[-1]
    return None


def _light_complement(tokens: list[Token], j: int, lemma: str, lex: Lexicon) -> int:
    """Index after the complement of a light verb ("fait savoir", "met en garde"), or -1 if none."""
    while j < len(tokens) and tokens[j].low in lex.reporting.INCISE_ADVERBS:
        j += 1  # "met toutefois en garde"
    for comp in lex.reporting.LIGHT_VERB_COMPLEMENTS.get(lemma, ()):
        words = comp.split()
        if [t.low for t in tokens[j : j + len(words)]] == words:
            return j + len(words)
    return -1


def verb_group_end(tokens: list[Token], i: int, lex: Lexicon) -> int:
    """Index after the verb group starting at `i` ("a fait savoir", "met toutefois en garde"), or i."""
    return _verb_group(tokens, i, lex)[0]


def _controlled_infinitive(tokens: list[Token], j: int, lex: Lexicon) -> int:
    """Index of the reporting infinitive a participle governs ("borné à déclarer"), or `j` itself."""
    rep = lex.reporting
    preps: frozenset[str] = getattr(rep, "CONTROL_PREPOSITIONS", frozenset())
    k = j + 1
    if (
        k + 1 < len(tokens)
        and tokens[k].low in preps
        and rep.VERB_LEMMA.get(tokens[k + 1].low) == tokens[k + 1].low
    ):
        return k + 1
    return j


def _skip_addressee(text: str, tokens: list[Token], j: int, lex: Lexicon) -> int:
    """Skip whom the speaker told ("a indiqué à l'AFP le porte-parole"): the index after it, or `j`."""
    preps: frozenset[str] = getattr(lex.reporting, "ADDRESSEE_PREPOSITIONS", frozenset())
    if j + 1 >= len(tokens) or tokens[j].low not in preps:
        return j
    phrase = read_phrase(text, tokens, j + 1, lex)
    if phrase is None or not (phrase.name or phrase.head):
        return j
    k = j + 1
    while k < len(tokens) and tokens[k].start < phrase.end:
        k += 1
    # only when a subject follows: "a déclaré à l'AFP." leaves the addressee as the last word
    return k if k < len(tokens) and tokens[k].is_word else j


def _verb_group(tokens: list[Token], i: int, lex: Lexicon) -> tuple[int, str | None]:
    """Read a verb group at `i` ("a déclaré", "s'est souvenu", "a-t-il fait savoir").

    Returns (index after the group, pronoun subject of an inversion or None); index == i when none.
    """
    rep = lex.reporting
    j = i
    if j < len(tokens) and tokens[j].low in rep.REFLEXIVES:
        j += 1
    if j >= len(tokens):
        return i, None
    tok, pron = tokens[j], None
    inv = _inverted(tok, lex)
    word = inv[0] if inv else tok.low
    if inv:
        pron = inv[1]
    if word in rep.AUXILIARIES and word not in rep.VERB_FORMS:
        j += 1
        if j < len(tokens) and tokens[j].low not in rep.VERB_FORMS:
            j = _controlled_infinitive(tokens, j, lex)  # "s'est borné à déclarer"
        if j >= len(tokens) or tokens[j].low not in rep.VERB_FORMS:
            return i, None
        word = tokens[j].low
    elif word not in rep.VERB_FORMS:
        return i, None
    lemma = rep.VERB_LEMMA.get(word, "")
    j += 1
    if lemma in rep.LIGHT_VERBS:
        j = _light_complement(tokens, j, lemma, lex)
        if j < 0:
            return i, None
    return j, pron


def attribution_at(tokens: list[Token], k: int, lex: Lexicon) -> int:
    """Number of tokens of an attributing preposition ("selon", "d'après") at token `k`, or 0."""
    low = tokens[k].low if k < len(tokens) else None
    for words in lex.reporting.ATTRIBUTION_PREPOSITIONS:
        if words and words[0] != low:
            continue  # the first word decides for most tokens
        if tuple(t.low for t in tokens[k : k + len(words)]) == words:
            return len(words)
    return 0


def post_cue(text: str, tokens: list[Token], i: int, lex: Lexicon) -> Cue | None:
    """Read an incise right after a closing mark: ", a déclaré IBM", ", dit-il", ", selon lui"."""
    while i < len(tokens) and tokens[i].text in _SKIP_BEFORE_INCISE:
        i += 1
    if i < len(tokens) and tokens[i].text == "(":  # « … » (a gloss), lance X
        close = next((k for k in range(i, len(tokens)) if tokens[k].text == ")"), None)
        i = close + 1 if close is not None else i
        while i < len(tokens) and tokens[i].text in _SKIP_BEFORE_INCISE:
            i += 1
    if i >= len(tokens):
        return None
    start = tokens[i].start
    n = attribution_at(tokens, i, lex)
    if n:
        phrase = read_phrase(text, tokens, i + n, lex)
        return Cue(text[start : tokens[i + n - 1].end], phrase, start, phrase.end) if phrase else None
    j, pron = _verb_group(tokens, i, lex)
    if j == i:
        return None
    cue_text = text[start : tokens[j - 1].end]
    if pron:
        gender = lex.reporting.INVERTED_PRONOUNS[pron]
        return Cue(
            cue_text,
            Phrase(pron, gender=gender, pronoun=True, end=tokens[j - 1].end),
            start,
            tokens[j - 1].end,
        )
    j = _skip_adverbials(tokens, _skip_addressee(text, tokens, j, lex), lex)
    phrase = read_phrase(text, tokens, j, lex)
    if phrase is None or not (phrase.name or phrase.head or phrase.pronoun):
        phrase = subject_after_circumstance(text, tokens, j, lex)
    if phrase is None:
        return None
    return Cue(cue_text, phrase, start, phrase.end)


def _skip_adverbials(tokens: list[Token], j: int, lex: Lexicon) -> int:
    """Skip adverbs and locutions between an incise verb and its subject ("dit en substance le texte")."""
    moved = True
    while moved and j < len(tokens):
        moved = False
        for loc in lex.reporting.INCISE_LOCUTIONS:
            words = loc.replace("'", "' ").split()
            if [t.low for t in tokens[j : j + len(words)]] == words:
                j, moved = j + len(words), True
                break
        if not moved and tokens[j].low in lex.reporting.INCISE_ADVERBS:
            j, moved = j + 1, True
    return j


def subject_after_circumstance(text: str, tokens: list[Token], j: int, lex: Lexicon) -> Phrase | None:
    """Find the subject after a circumstance: "a déclaré ce matin, sur la radio, X" / "d'un ton moqueur X"."""
    for k in range(j, min(j + _CIRCUMSTANCE_TOKENS, len(tokens))):
        tok = tokens[k]
        if tok.text in '.!?;:«»“”"':
            return None
        after_comma = k > j and tokens[k - 1].text == ","
        if not (after_comma or tok.is_cap) or k == j:
            continue
        phrase = read_phrase(text, tokens, k, lex)
        if phrase is not None and phrase.name and not _after_blocker(tokens, k, lex):
            return phrase
    return None


def _after_blocker(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """True when token `k` follows a preposition (its phrase is a complement, not a subject)."""
    return k > 0 and tokens[k - 1].low in lex.reporting.SUBJECT_BLOCKERS


def subject_before(text: str, tokens: list[Token], lo: int, verb: int, lex: Lexicon) -> Phrase | None:
    """Find the subject of the verb at token `verb` among the phrases before it (not after a preposition).

    The subject is the last phrase right before the verb ("X a déclaré"), else the phrase followed by
    one comma-enclosed apposition ("X, fondateur de la société PIP, a assumé"), else the last phrase.
    """
    cands: list[tuple[Phrase, int]] = []
    k = lo
    blockers = lex.reporting.SUBJECT_BLOCKERS - lex.reporting.COMPLETIVES  # "le fait que X l'ait classé"
    while k < verb:
        tok = tokens[k]
        prev = tokens[k - 1].low if k > lo else ""
        if prev in lex.reporting.DETERMINERS and k - 1 > lo and tokens[k - 2].low in blockers:
            prev = tokens[k - 2].low  # "à l'Assemblée": still after a preposition
        starts = (
            tok.is_cap
            or tok.low in lex.reporting.DETERMINERS
            or tok.low in lex.reporting.SUBJECT_PRONOUNS
            or (k == lo and tok.low in lex.reporting.STRESSED_PRONOUNS)  # "Lui non plus n'a …"
        )
        if starts and prev not in blockers and tok.low not in blockers:
            phrase = read_phrase(text, tokens, k, lex)
            if phrase and (phrase.name or phrase.head or phrase.pronoun) and phrase.end <= tokens[verb].start:
                k = max(k + 1, _index_after(tokens, phrase.end, k))
                cands.append((phrase, k))
                continue
        k += 1
    return _pick_subject(tokens, cands, verb, lex)


def _pick_subject(
    tokens: list[Token], cands: list[tuple[Phrase, int]], verb: int, lex: Lexicon
) -> Phrase | None:
    """Choose the subject among candidate phrases (each with the index after it)."""
    glue = lex.reporting.PRE_VERB_CLITICS
    for phrase, after in reversed(cands):
        gap = [t for t in tokens[after:verb] if t.low not in glue]
        if not gap or (len(gap) == 1 and gap[0].text == "," and _after_comma(tokens, phrase)):
            return phrase  # "X a dit", or the apposition "Le président …, Paul Esteve, estime"
    for phrase, after in cands:
        gap = tokens[after:verb]
        while gap and gap[-1].low in glue:
            gap = gap[:-1]  # ", …, s'en défend": clitics after the apposition
        if (
            len(gap) >= 2
            and gap[0].text == ","
            and gap[-1].text == ","
            and sum(t.text == "," for t in gap) == 2
        ):
            return phrase
    if cands and tokens[verb - 1].low in lex.reporting.COORDINATIONS:
        return cands[0][0]  # "X estime que les Belges … et conclut": the first subject goes on
    return cands[-1][0] if cands else None


def _after_comma(tokens: list[Token], phrase: Phrase) -> bool:
    """True when a phrase follows a comma (it is an apposition)."""
    before = [t for t in tokens if t.end <= phrase.end - len(phrase.surface)]
    return bool(before) and before[-1].text == ","


def _index_after(tokens: list[Token], offset: int, k: int) -> int:
    """The index of the first token at or after `offset`, searching from `k`."""
    while k < len(tokens) and tokens[k].start < offset:
        k += 1
    return k


def pre_cue(text: str, tokens: list[Token], lo: int, q: int, lex: Lexicon) -> Cue | None:
    """Read a cue before an opening mark at token `q`, within the sentence starting at token `lo`."""
    if q <= lo:
        return None
    rep = lex.reporting
    prep = _prepositional(text, tokens, lo, q, lex)
    if prep:
        return prep
    if tokens[q - 1].text != ":":
        return None
    for v in range(q - 1, lo - 1, -1):
        j, pron = _verb_group(tokens, v, lex)
        if j == v:
            continue
        cue_text = text[tokens[v].start : tokens[j - 1].end]
        if pron:
            phrase = Phrase(pron, gender=rep.INVERTED_PRONOUNS[pron], pronoun=True, end=tokens[j - 1].end)
            return Cue(cue_text, phrase, tokens[v].start, tokens[j - 1].end)
        start_v = v - 1 if v > lo and tokens[v - 1].low in rep.AUXILIARIES else v
        if start_v > lo and tokens[start_v - 1].low in rep.REFLEXIVES:
            start_v -= 1
        subject = subject_before(text, tokens, lo, start_v, lex)
        if subject is None and start_v > lo and tokens[start_v - 1].low in _object_relatives(lex):
            subject = read_phrase(text, tokens, j, lex)  # "un système que défend X, président… :"
            subject = subject if subject and subject.name else None
        if subject:
            return Cue(
                text[tokens[start_v].start : tokens[j - 1].end],
                subject,
                tokens[start_v].start,
                tokens[j - 1].end,
            )
        return None
    return _colon_subject(text, tokens, lo, q, lex)


def sentence_person(text: str, tokens: list[Token], lo: int, hi: int, lex: Lexicon) -> Phrase | None:
    """The named person opening the sentence [lo, hi) ("Son entraîneur, X, savourait."), if any."""
    commas = [k + 1 for k in range(lo, min(hi, lo + _CIRCUMSTANCE_TOKENS)) if tokens[k].text == ","]
    starts = [lo, *commas[:1]]
    for k in starts:  # "Côté messin, l'arrière X, …": after a leading circumstance
        phrase = read_phrase(text, tokens, k, lex) if k < hi else None
        if phrase is None or not phrase.name:
            continue
        titled = bool(phrase.role) or phrase.head in lex.reporting.ROLE_NOUNS or phrase.gender != ""
        if " " in phrase.name and guess_kind(phrase.name, phrase.head, lex, titled=titled) == "person":
            return phrase
    return None


def _object_relatives(lex: Lexicon) -> frozenset[str]:
    """The lexicon's object relative pronouns ("que"), empty for a language without them."""
    return getattr(lex.reporting, "OBJECT_RELATIVES", frozenset())


def _colon_subject(text: str, tokens: list[Token], lo: int, q: int, lex: Lexicon) -> Cue | None:
    """ "Son entraîneur, X, se montrait plus mesuré : « … »": the person subject before the colon."""
    first = read_phrase(text, tokens, lo, lex)  # the sentence's own subject comes first
    subject = first if first and first.name else subject_before(text, tokens, lo, q - 1, lex)
    if subject is None or not (subject.name or subject.pronoun or subject.head in lex.reporting.ROLE_NOUNS):
        return None
    if subject.name and guess_kind(subject.name, subject.head, lex, single="organization") != "person":
        return None
    cue = text[subject.end : tokens[q - 1].start].strip(" ,")
    short = 0 < len(cue.split()) <= _MAX_COLON_CUE_WORDS
    return Cue(cue if short else ":", subject, tokens[lo].start, tokens[q - 1].end)


def _prepositional(text: str, tokens: list[Token], lo: int, q: int, lex: Lexicon) -> Cue | None:
    """Read "Pour X, « … »" / "Selon X, « … »" right before a quote."""
    rep = lex.reporting
    low = [t.low for t in tokens[lo:q]]
    joined = " ".join(low)
    for prep in rep.SPEAKER_PREPOSITIONS:
        prep = prep.replace("'", "' ")  # tokens split elisions: "d' après"
        n = len(prep.split())
        if not joined.startswith(prep + " ") or low[-1] != ",":
            continue
        phrase = read_phrase(text, tokens, lo + n, lex)
        if phrase and (phrase.name or phrase.head or phrase.pronoun):
            return Cue(text[tokens[lo].start : tokens[lo + n - 1].end], phrase, tokens[lo].start, phrase.end)
    return None


def _sentence_preposition(text: str, tokens: list[Token], lo: int, q: int, lex: Lexicon) -> Cue | None:
    """Read "(Mais) pour X, …" opening the sentence of a fragment: X's view."""
    k = lo + 1 if lo < q and tokens[lo].low in lex.reporting.LEADING_CONJUNCTIONS else lo
    commas = [i for i in range(k, q) if tokens[i].text == ","]
    if not commas:
        return None
    return _prepositional(text, tokens, k, commas[0] + 1, lex)


def _gerund_subject(text: str, tokens: list[Token], lo: int, q: int, lex: Lexicon) -> Cue | None:
    """ "X s'est moqué de Y, qui …, en rappelant que … « … »": a gerund speaks for the sentence's subject."""
    for v in range(q - 1, lo, -1):
        tok = tokens[v]
        if is_finite_cue(tokens, v, lo, lex):
            return None  # a nearer finite verb has its own subject
        rep = lex.reporting
        gerund = tok.low.endswith(rep.PRESENT_PARTICIPLE_ENDING) and tokens[v - 1].low in rep.GERUND_MARKERS
        if gerund and tok.low in rep.VERB_FORMS:
            subject = read_phrase(text, tokens, lo, lex)
            if subject is not None and (subject.name or subject.head in lex.reporting.ROLE_NOUNS):
                return Cue(f"{tokens[v - 1].text} {tok.text}", subject, tokens[v - 1].start, tok.end)
            return None
    return None


def partial_cue(
    text: str, tokens: list[Token], bounds: tuple[int, int, int, int], quoted: frozenset[int], lex: Lexicon
) -> Cue | None:
    """Find who a fragment quoted inside a sentence belongs to: "selon X", "par X", "X dénonce « … »"."""
    lo, hi, q, qe = bounds  # sentence, and the fragment's marks; `quoted`: tokens inside other quotes
    rep = lex.reporting
    opener = _sentence_preposition(text, tokens, lo, q, lex) or _gerund_subject(text, tokens, lo, q, lex)
    if opener is not None:
        return opener
    firsts = {words[0] for words in rep.ATTRIBUTION_PREPOSITIONS if words}
    for k in range(lo, hi):
        if tokens[k].low not in firsts:
            continue  # opens no attributing preposition: attribution_at would find none
        n = attribution_at(tokens, k, lex)
        if n and not (q <= k < qe):
            phrase = read_phrase(text, tokens, k + n, lex)
            if phrase and (phrase.name or phrase.head or phrase.pronoun):
                return Cue(text[tokens[k].start : tokens[k + n - 1].end], phrase, tokens[k].start, phrase.end)
    if qe < hi and tokens[qe].low in rep.AGENT_MARKERS:
        phrase = read_phrase(text, tokens, qe + 1, lex)
        if phrase and (phrase.name or phrase.head):
            return Cue(tokens[qe].text, phrase, tokens[qe].start, phrase.end)
    lo = clause_start(tokens, lo, q, lex)
    verbs = rep.VERB_FORMS
    for v in range(q - 1, lo - 1, -1):
        low = tokens[v].low
        # a finite cue is a reporting-verb form or an inversion ("dit-il"): test that first
        if v in quoted or not (low in verbs or "-" in low) or not is_finite_cue(tokens, v, lo, lex):
            continue
        single = qe - q <= _ONE_WORD_SPAN
        if single and v > lo + 1 and tokens[v - 1].text == "," and tokens[v - 2].text in _CLOSING_MARKS:
            continue  # the incise of an earlier quote ("« … », sourit X, … une couronne « briochée »")
        if v > lo and tokens[v - 1].text == ",":
            inverted = post_cue(text, tokens, v, lex)
            if inverted is not None:
                return inverted
        _, pron = _verb_group(tokens, v - 1 if v > lo and tokens[v - 1].low in rep.AUXILIARIES else v, lex)
        if pron:
            phrase = Phrase(pron, gender=rep.INVERTED_PRONOUNS[pron], pronoun=True, end=tokens[v].end)
            return Cue(tokens[v].text, phrase, tokens[v].start, tokens[v].end)
        start_v = v - 1 if v > lo and tokens[v - 1].low in rep.AUXILIARIES else v
        subject = subject_before(text, tokens, lo, start_v, lex)
        if (
            subject is None
            and tokens[lo].low in rep.SUBJECT_RELATIVES
            and lo >= 1
            and tokens[lo - 1].text == ","
        ):
            subject = antecedent(text, tokens, lo - 1, lex)  # "X, qui dénonce « … »"
        if subject:
            end = max(verb_group_end(tokens, start_v, lex) - 1, v)  # "met toutefois en garde"
            return Cue(
                text[tokens[start_v].start : tokens[end].end], subject, tokens[start_v].start, tokens[end].end
            )
    return None


def antecedent(text: str, tokens: list[Token], comma: int, lex: Lexicon) -> Phrase | None:
    """The phrase ending right before the comma of a relative clause ("Sandrine Pineau, qui …")."""
    best: Phrase | None = None
    for k in range(comma - 1, max(-1, comma - _MAX_ANTECEDENT), -1):
        if tokens[k].text in ".;:!?«»," or tokens[k].low in lex.reporting.VERB_FORMS:
            break
        phrase = read_phrase(text, tokens, k, lex)
        if phrase and phrase.end == tokens[comma - 1].end and (phrase.name or phrase.head):
            best = phrase  # keep the longest: "l'imam" rather than "imam"
    return best


def clause_start(tokens: list[Token], lo: int, q: int, lex: Lexicon) -> int:
    """The first token of the clause holding token `q` (after "; : , -ant" or ", qui")."""
    rep = lex.reporting
    for k in range(q - 1, lo, -1):
        text = tokens[k].text
        if text in (";", ":"):
            return k + 1
        if text != ",":
            continue  # only a comma needs the next word read
        nxt = tokens[k + 1].low if k + 1 < q else ""
        if nxt.endswith(rep.PRESENT_PARTICIPLE_ENDING) or nxt in rep.SUBJECT_RELATIVES:
            return k + 1
    return lo


def is_finite_cue(tokens: list[Token], v: int, lo: int, lex: Lexicon) -> bool:
    """True when token `v` is a finite reporting verb (a bare participle or "-ant" form is not)."""
    tok = tokens[v]
    if _inverted(tok, lex):
        return True
    if not is_verb(tok, lex) or tok.low.endswith(lex.reporting.PRESENT_PARTICIPLE_ENDING):
        return False
    aux = auxiliary_before(tokens, v, lo, lex)
    if tok.low in lex.reporting.AMBIGUOUS_FORMS and aux is None:
        return False  # "la note", "le promis"; but "a promis", "a noté" report
    lemma = lex.reporting.VERB_LEMMA.get(tok.low, "")
    if lemma in lex.reporting.LIGHT_VERBS and _light_complement(tokens, v + 1, lemma, lex) < 0:
        return False  # "a fait de même" reports nothing; "a fait savoir" does
    if tok.low in lex.reporting.PARTICIPLE_ONLY or aux is not None:
        # "a déclaré" reports; a bare participle or a passive ("était poursuivi") does not
        return aux is not None and aux not in lex.reporting.PASSIVE_AUXILIARIES
    return True


def auxiliary_before(tokens: list[Token], v: int, lo: int, lex: Lexicon) -> str | None:
    """The auxiliary of the participle at `v`, skipping adverbs ("a ainsi déclaré"), if any."""
    k = v - 1
    while k > lo and tokens[k].low in lex.reporting.INCISE_ADVERBS:
        k -= 1
    if k >= lo and tokens[k].low in lex.reporting.AUXILIARIES:
        if k > lo and tokens[k - 1].low in lex.reporting.REFLEXIVES:
            return tokens[k - 1].low + tokens[k].low  # "s'est défendu" is active
        return tokens[k].low
    return None


def resolve(phrase: Phrase, reg: Registry, lex: Lexicon) -> tuple[str | None, str | None]:
    """Turn a cue's phrase into (speaker, role): pronouns and descriptions to the entity they name."""
    if phrase.pronoun:
        ent = reg.last_person(phrase.gender) or reg.last_person(phrase.gender, kinds=("person", ""))
        return (ent.name, None) if ent else (None, None)
    if phrase.name:
        ent = reg.add(phrase.name, role=phrase.role, head=phrase.head, gender=phrase.gender)
        ent.kind = ent.kind or guess_kind(ent.name, phrase.head, lex, titled=_titled(phrase, lex))
        return ent.name, phrase.role
    return _resolve_description(phrase, reg, lex)


def _titled(phrase: Phrase, lex: Lexicon) -> bool:
    """True when the phrase opens with a courtesy title ("M.", "Mme")."""
    first = first_word(phrase.surface)
    return first in lex.reporting.TITLES or first.rstrip(".") + "." in lex.reporting.TITLES


def _resolve_description(phrase: Phrase, reg: Registry, lex: Lexicon) -> tuple[str | None, str | None]:
    """Resolve "le quotidien", "la toxicologue", "cette source" to a known entity, else keep the words."""
    head = phrase.head
    if head is None:
        return None, None
    if head in lex.reporting.SPOKESPERSON_NOUNS and phrase.role:
        org = complement_name(phrase.role, lex)
        if org:
            known = reg.add(org)
            known.kind = known.kind or "organization"
            return org, head
    kind = lex.sources.ANAPHORIC_HEADS.get(head)
    definite = first_word(phrase.surface) in lex.reporting.DEFINITE_DETERMINERS
    ent = reg.by_role(head, phrase.gender) if definite else None  # "un proche" is someone new
    if ent is None and definite and kind:
        ent = reg.last_person(kinds=(kind,))
    person_head = head in lex.reporting.ROLE_NOUNS or head.endswith(lex.reporting.DEMONYM_SUFFIXES)
    guessed = False
    if ent is None and definite and person_head:
        # "le fondateur de PIP", "cette femme de 34 ans": the person the story is about
        ent, guessed = reg.last_person(phrase.gender) or _last_named_person(reg, phrase.gender), True
    if ent is not None:
        reg.touch(ent)
        if not guessed:  # a guess must not teach the registry a role it may not have
            ent.roles.add(head)
        ent.gender = ent.gender or phrase.gender
        return ent.name, None
    ent = reg.add(phrase.surface, head=head, gender=phrase.gender)
    ent.kind = ent.kind or ("person" if person_head else kind or "")
    return ent.name, None  # the description is the speaker; no separate role


def _last_named_person(reg: Registry, gender: str) -> Entity | None:
    """The last person named with a full name, even after a preposition ("un but de Maëlle X")."""
    for ent in reversed(reg.entities):
        if (
            ent.kind == "person"
            and " " in ent.name
            and (not gender or not ent.gender or gender[0] == ent.gender[0])
        ):
            return ent
    return None


def complement_name(role: str, lex: Lexicon) -> str | None:
    """The capitalised name after "de"/"d'" in a role ("porte-parole d'Enedis" → "Enedis")."""
    toks = tokenize(role)
    for k, t in enumerate(toks):
        if t.low in lex.reporting.DE_FORMS and k + 1 < len(toks):
            start = k + 1
            if toks[start].low in lex.reporting.DEFINITE_ARTICLES and start + 1 < len(toks):
                start += 1
            end = name_run(toks, start, lex)
            if end > start:
                return role[toks[start].start : toks[end - 1].end]
    return None


def guess_kind(
    name: str, head: str | None, lex: Lexicon, *, titled: bool = False, single: str = "person"
) -> str:
    """Guess what a name is: person, organization, media, agency, official, study or document.

    `head` is the noun that describes the name where it is cited ("le quotidien", "la toxicologue").
    """
    src = lex.sources
    low = fold(name)
    words = low.split()
    first = words[0] if words else ""
    for table, kind in (
        (src.MEDIA_NOUNS, "media"),
        (src.DOCUMENT_NOUNS, "document"),
        (src.ORG_NOUNS, "organization"),
    ):
        if name[:1].isupper() and first in table and len(words) > 1:
            return kind  # "Radio Kaléidoscope", "Loi de programmation", "Commission européenne"
    if name[:1].islower():  # a description: "un dirigeant de LREM", "l'imam", "le quotidien"
        head = next((w for w in low.replace("'", "' ").split() if is_head(w, lex)), head)
        name = name[:1].upper() + name[1:]
    if low in src.AGENCIES:
        return "agency"
    if low in src.MEDIA:
        return "media"
    if titled or (head in lex.reporting.ROLE_NOUNS and name[:1].isupper() and head not in src.ORG_NOUNS):
        return "person"
    described = fold(name) != low or not any(map(str.isupper, name[1:]))  # "la préfecture" is its head
    if not described and not src.ORG_NAME_WORDS.isdisjoint(words):
        return "organization"
    head_kind = _kind_of_head(head, lex)
    if head_kind:
        return head_kind
    if not src.ORG_NAME_WORDS.isdisjoint(words):
        return "organization"
    if len(words) == 1 and _looks_like_person(name):
        return single  # "Nadia" speaks; "selon Nasa" cites an organisation
    return "person" if _looks_like_person(name) else "organization"


def _kind_of_head(head: str | None, lex: Lexicon) -> str | None:
    """The source type a head noun gives ("quotidien" → media, "préfecture" → official), if any."""
    src = lex.sources
    for table, kind in (
        (src.MEDIA_NOUNS, "media"),
        (src.STUDY_NOUNS, "study"),
        (src.DOCUMENT_NOUNS, "document"),
        (src.OFFICIAL_NOUNS, "official"),
        (src.ORG_NOUNS, "organization"),
    ):
        if head in table:
            return kind
    return "person" if head in lex.reporting.ROLE_NOUNS else None


def _looks_like_person(name: str) -> bool:
    """True for "Jean Dupont"-like names; acronyms and CamelCase brands ("IBM", "PeakMetrics") are not."""
    words = [w for w in name.split() if not (len(w) == 2 and w.endswith("."))]  # initials: "Yassin E."
    if any(w.isupper() and len(w) > 1 for w in words):
        return False
    if any("-" not in w and any(map(str.isupper, w[1:])) for w in words):
        return False
    return len(words) >= 2 or name[:1].isupper()


def speaker_entity(name: str | None, reg: Registry) -> Entity | None:
    """The registry entity of a speaker name, if any."""
    return reg.find(name) if name else None
