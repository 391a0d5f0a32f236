"""Cited sources (sources.find_sources): cues, types, merged aliases, mentions."""

from __future__ import annotations

from pathlib import Path

import pytest

from articlekit.lexicon import get
from articlekit.model import Block, Link, Source
from articlekit.quotes import find_quotes
from articlekit.sources import find_sources

LEX = get("fr")
SEED = Path("/work/shared/seed/seed.txt")
FIXTURE_SEED = Path(__file__).parent / "fixtures" / "seed.txt"


def _seed_blocks() -> tuple[Block, ...]:
    """The 8 body paragraphs of the reference text dump."""
    path = FIXTURE_SEED if FIXTURE_SEED.exists() else SEED
    if not path.exists():
        pytest.skip("reference text dump not available")
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
    start = next(i for i, ln in enumerate(lines) if ln.startswith("Les compagnies américaines"))
    end = next(i for i, ln in enumerate(lines) if ln.endswith("d’ici 2027."))
    return tuple(Block(kind="paragraph", text=ln) for ln in lines[start : end + 1] if ln)


def _sources(*texts: str, links: tuple[Link, ...] = ()) -> dict[str, Source]:
    """The sources of paragraphs made of `texts`, by name."""
    blocks = tuple(Block(kind="paragraph", text=t) for t in texts)
    quotes = find_quotes(blocks, lex=LEX)
    return {s.name: s for s in find_sources(blocks, quotes, links, lex=LEX)}


def test_reference_page_sources() -> None:
    """The seed cites the Wall Street Journal (WSJ, le quotidien), IBM and International Data Corp."""
    blocks = _seed_blocks()
    found = {s.name: s for s in find_sources(blocks, find_quotes(blocks, lex=LEX), (), lex=LEX)}
    assert set(found) == {"Wall Street Journal", "IBM", "International Data Corp"}
    wsj = found["Wall Street Journal"]
    assert wsj.type == "media"
    assert {"WSJ", "le quotidien"} <= set(wsj.aliases)
    assert [c.lower() for c in wsj.cues] == ["relève", "selon"]
    assert (found["IBM"].type, found["IBM"].cues) == ("organization", ("a déclaré",))
    idc = found["International Data Corp"]
    assert idc.type == "organization"
    assert [c.lower() for c in idc.cues] == ["a en croire"]


def test_selon_and_dapres_with_types_and_mentions() -> None:
    """ "selon" / "d'après" name their source; each mention keeps cue, sentence, paragraph, surface."""
    found = _sources(
        "Les ventes ont bondi, selon l'Observatoire national des énergies renouvelables (ONER).",
        "D’après le gestionnaire de réseau Enedis, les délais s’allongent.",
    )
    oner = found["Observatoire national des énergies renouvelables"]
    assert oner.type == "organization"
    (mention,) = oner.mentions
    assert (mention.cue, mention.paragraph) == ("selon", 0)
    assert mention.sentence.startswith("Les ventes ont bondi")
    enedis = found["Enedis"]
    assert enedis.type == "organization" and enedis.mentions[0].paragraph == 1


def test_agency_named_in_text_and_speaker_of_spokesperson() -> None:
    """An agency after "par l'" is a source; "un porte-parole d'Enedis" speaks for Enedis."""
    found = _sources(
        "Selon un document consulté par l'AFP, le gel n'était pas homologué.",
        "« Nous avons recruté 300 techniciens », a indiqué un porte-parole d'Enedis.",
    )
    assert found["AFP"].type == "agency"
    assert found["Enedis"].cues == ("a indiqué",)


def test_quoted_people_are_sources_and_aliases_merge() -> None:
    """Speakers become person sources; "M. Caldwell" merges into the full name."""
    found = _sources(
        "C'est ce qu'a annoncé Éric Alan Caldwell, responsable de la mobilité, mercredi matin.",
        "« Notre règlement n'a pas été respecté », a dit M. Caldwell.",
    )
    person = found["Éric Alan Caldwell"]
    assert person.type == "person"
    assert "a dit" in person.cues


def test_links_to_known_media_are_sources() -> None:
    """A body link whose text names a known outlet is a media source with its URL."""
    link = Link(url="https://www.lemonde.fr/article", text="Le Monde", paragraph=0)
    found = _sources("Le sujet a été traité ailleurs.", links=(link,))
    assert found["Le Monde"].type == "media"
    assert found["Le Monde"].url == "https://www.lemonde.fr/article"


def test_no_source_in_plain_text() -> None:
    """Text without cue gives no source."""
    assert _sources("Le gouvernement doit présenter sa programmation d'ici la fin de l'année.") == {}


def test_single_names_are_typed_by_evidence() -> None:
    """A quoted brand is an organisation; a name with a person's role is a person."""
    found = _sources(
        "« Aucune organisation n'est à l'abri », a confié Greenpeace.",
        "Inès Lemoine, porte-parole de l'UFC-Que Choisir, a décrit une situation inédite.",
        "« Il faut former davantage de médecins », a ajouté Inès Lemoine.",
        "La situation s'est dégradée, d'après le Crédit Agricole.",
    )
    assert found["Greenpeace"].type == "organization"
    assert found["Inès Lemoine"].type == "person"
    assert found["Crédit Agricole"].type == "organization"


def test_outlets_institutions_and_acronyms() -> None:
    """ "Les Échos" keeps its article; institution names run on; "(ONER)" becomes an alias."""
    found = _sources(
        "Selon le quotidien Les Échos, plusieurs groupes ont réduit le télétravail.",
        "À en croire la Confédération nationale de la boulangerie-pâtisserie française, les ventes montent.",
        "Les prix ont monté, selon l'Observatoire national des énergies renouvelables (ONER).",
    )
    assert found["Les Échos"].type == "media"
    assert "Confédération nationale de la boulangerie-pâtisserie française" in found
    assert "ONER" in found["Observatoire national des énergies renouvelables"].aliases


def test_pronoun_and_relative_subjects_cite_the_last_person() -> None:
    """ "Elle met en garde" cites the woman just quoted; "X, qui assure" cites X."""
    found = _sources(
        "« Nous n'avions jamais connu un tel rythme », a déclaré Claire Vasseur. Elle met toutefois en "
        "garde contre les offres trop belles.",
        "« Nous avons recruté 300 techniciens », a indiqué un porte-parole d'Enedis, qui assure que "
        "les petites installations restent prioritaires.",
    )
    assert "met toutefois en garde" in found["Claire Vasseur"].cues
    assert set(found["Enedis"].cues) == {"a indiqué", "assure"}


def test_passive_and_reflexive_verbs_cite_nobody() -> None:
    """ "Une réunion avec la préfecture est prévue" and "X se montre redoutable" cite no source."""
    found = _sources(
        "Une réunion entre les syndicats et la préfecture des Deux-Sèvres est prévue vendredi.",
        "Jean-Paul Delevoye se montre redoutable en négociation.",
    )
    assert found == {}


def test_outlets_spoken_to_and_information_obtained_from() -> None:
    """ "sur France Inter" cites the station; "a-t-on appris auprès de la préfecture" cites it."""
    found = _sources(
        "Le ministre a démenti mardi sur France Inter toute hausse d'impôt, a-t-on appris auprès de la "
        "préfecture du Rhône."
    )
    assert found["France Inter"].type == "media"
    assert found["préfecture du Rhône"].cues == ("appris auprès de",)


def test_institutions_behind_documents_and_outlets_after_articles() -> None:
    """ "un communiqué de la préfecture" cites the prefecture; "à la RTBF" and "du Parisien" cite outlets."""
    found = _sources(
        "Selon un communiqué de la préfecture, la route restera fermée.",
        "« Tout va bien », a-t-il indiqué à la RTBF.",
        "Il l'a expliqué à nos confrères du Parisien.",
    )
    assert found["la préfecture"].type == "official"
    assert found["RTBF"].type == "media" and found["RTBF"].cues == ("à",)
    assert found["Le Parisien"].type == "media"


def test_institutions_as_subjects_of_source_verbs() -> None:
    """ "Dans un communiqué, la préfecture indique …" cites the prefecture; "le ministre" stays a person."""
    found = _sources("Dans un communiqué, la préfecture indique que la route restera fermée.")
    assert found["la préfecture"].type == "official"
    assert found["la préfecture"].cues == ("indique",)
