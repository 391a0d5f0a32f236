"""Text dumps: headline, body, related links and metadata recognised from the lines of a page dump."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import articlekit
from articlekit import textdump
from articlekit.document import TextDocument
from articlekit.lexicon import get
from articlekit.options import Options
from articlekit.parts import Structure

LEX = get("fr")
SEED_PATHS = (
    Path(__file__).parent / "fixtures" / "seed.txt",
    Path(__file__).parent / "fixtures" / "reference.txt",
    Path("/work/shared/seed/seed.txt"),
)
SEED_HEADLINE = (
    "IA: Meta et IBM forment une coalition avec plus de 50 entreprises pour promouvoir l'open source"
)
SEED_RELATED = (
    ("GITEX AFRICA 2024 : lancement de la première édition des African CIO Awards", dt.date(2024, 4, 24)),
    ("Smartphones: le marché s'éveille en ce début 2024", dt.date(2024, 4, 22)),
    ("Payer pour publier : la nouvelle stratégie de X.com contre les bots", dt.date(2024, 4, 17)),
    ("OpenAI Voice Engine : percée ou danger ?", dt.date(2024, 4, 13)),
)

P1 = (
    "Le conseil municipal a voté mardi soir, à une large majorité, le budget de la rénovation "
    "complète de la piscine olympique, fermée depuis deux ans pour raisons de sécurité."
)
P2 = (
    "Les travaux, estimés à 14 millions d'euros, doivent commencer au printemps et durer dix-huit "
    "mois, selon le calendrier présenté par l'adjoint aux sports."
)
P3 = (
    "L'opposition a dénoncé un projet « trop coûteux » et réclamé une consultation des habitants "
    "avant le lancement des appels d'offres, sans obtenir gain de cause."
)
HEAD = "Piscine olympique : le conseil municipal vote la rénovation"


def _read(text: str) -> Structure:
    """Run the text-dump stage on a dump written as one string."""
    doc = TextDocument(lines=tuple(line.strip() for line in text.splitlines()))
    return textdump.read(doc, lex=LEX, options=Options())


def _texts(found: Structure) -> list[str]:
    """The body block texts."""
    return [b.text for b in found.body.blocks]


def _seed_text() -> str:
    """The reference dump, from the fixtures or the shared seed."""
    for path in SEED_PATHS:
        if path.exists():
            return path.read_text(encoding="utf-8")
    pytest.skip("reference dump not available")


def test_seed_headline_body_and_related() -> None:
    found = _read(_seed_text())
    assert found.metadata.headline == SEED_HEADLINE
    texts = _texts(found)
    assert len(texts) == 8
    assert texts[0].startswith("Les compagnies américaines Meta et IBM")
    assert texts[-1].endswith("d’ici 2027.")
    assert all(b.kind == "paragraph" for b in found.body.blocks)
    body = "\n".join(texts)
    noises = ("Articles qui pourraient vous intéresser", "L’Actu en continu", "Hors-séries", SEED_HEADLINE)
    for noise in noises:
        assert noise not in body
    for title, _ in SEED_RELATED:
        assert title not in body
    assert [(r.title, r.date) for r in found.related] == list(SEED_RELATED)
    assert {r.label for r in found.related} == {"Articles qui pourraient vous intéresser"}
    assert all(r.url is None for r in found.related)


def test_seed_through_public_api() -> None:
    article = articlekit.extract(_seed_text())
    assert article.headline == SEED_HEADLINE
    assert len(article.paragraphs) == 8
    assert [r.date for r in article.related] == [d for _, d in SEED_RELATED]


def test_byline_and_date_feed_metadata_not_body() -> None:
    byline = "Par Julie Marchand\nPublié le jeudi 12 septembre 2024 à 09h45"
    dump = f"{HEAD}\n\n{byline}\n\n{P1}\n\n{P2}\n\n{P3}\n"
    found = _read(dump)
    assert found.metadata.headline == HEAD
    assert found.metadata.authors == ("Julie Marchand",)
    published = found.metadata.published
    assert published is not None and published.date() == dt.date(2024, 9, 12)  # type: ignore[union-attr]
    assert _texts(found) == [P1, P2, P3]
    assert found.related == ()


def test_byline_and_date_on_one_line() -> None:
    dump = f"{HEAD}\n\nPar Julie Marchand — Publié le 12/09/2024 à 09:45\n\n{P1}\n\n{P2}\n"
    found = _read(dump)
    assert found.metadata.authors == ("Julie Marchand",)
    assert found.metadata.published is not None
    assert _texts(found) == [P1, P2]


def test_related_block_before_the_body() -> None:
    dump = (
        f"{HEAD}\n\nSur le même sujet\n\n24/04/2024\n\nLe stade municipal rouvre ses portes\n\n"
        f"22/04/2024\n\nLa patinoire change de gestionnaire\n\n{P1}\n\n{P2}\n\n{P3}\n"
    )
    found = _read(dump)
    assert _texts(found) == [P1, P2, P3]
    assert [(r.title, r.date, r.label) for r in found.related] == [
        ("Le stade municipal rouvre ses portes", dt.date(2024, 4, 24), "Sur le même sujet"),
        ("La patinoire change de gestionnaire", dt.date(2024, 4, 22), "Sur le même sujet"),
    ]


def test_several_related_blocks_and_title_before_date() -> None:
    dump = (
        f"{HEAD}\n\n{P1}\n\n{P2}\n\n{P3}\n\nÀ lire aussi :\n\nLe stade municipal rouvre ses portes\n"
        "Mardi 23 avril 2024\n\nLes plus lus\n\nUn fait divers sans rapport avec le sujet\n\n"
        "Dans la même rubrique\n\nLa patinoire change de gestionnaire\n\nLe gymnase attendra 2026\n"
    )
    found = _read(dump)
    assert _texts(found) == [P1, P2, P3]
    assert [(r.title, r.date, r.label) for r in found.related] == [
        ("Le stade municipal rouvre ses portes", dt.date(2024, 4, 23), "À lire aussi"),
        ("La patinoire change de gestionnaire", None, "Dans la même rubrique"),
        ("Le gymnase attendra 2026", None, "Dans la même rubrique"),
    ]
    assert "Un fait divers sans rapport avec le sujet" not in "\n".join(_texts(found))


def test_unlabelled_dated_titles_are_related_by_shape() -> None:
    dump = (
        f"{HEAD}\n\n{P1}\n\n{P2}\n\nMercredi 24 avril 2024\n\nLe stade municipal rouvre ses portes\n\n"
        "Lundi 22 avril 2024\n\nLa patinoire change de gestionnaire\n"
    )
    found = _read(dump)
    assert _texts(found) == [P1, P2]
    assert [(r.title, r.date, r.label) for r in found.related] == [
        ("Le stade municipal rouvre ses portes", dt.date(2024, 4, 24), None),
        ("La patinoire change de gestionnaire", dt.date(2024, 4, 22), None),
    ]


def test_english_noise_and_menus_stay_out() -> None:
    dump = (
        "Accueil\nPolitique\nÉconomie\nSport\n\n"
        f"{HEAD}\n\nShare\nTweet\nAdvertisement\n\n{P1}\n\nSign in to continue reading\n\n{P2}\n\n{P3}\n\n"
        "Subscribe\nPrivacy policy\nTerms of use\nPartager sur Facebook\n© 2024 La Gazette\n"
    )
    found = _read(dump)
    assert found.metadata.headline == HEAD
    assert _texts(found) == [P1, P2, P3]
    assert found.related == ()


def test_one_line_per_sentence_without_blank_lines() -> None:
    dump = f"{HEAD}\n{P1}\n{P2}\n{P3}\nL'Actu en continu\nHors-séries & Spéciaux\n"
    found = _read(dump)
    assert found.metadata.headline == HEAD
    assert _texts(found) == [P1, P2, P3]


def test_hard_wrapped_paragraphs_are_joined() -> None:
    half = len(P1) // 2
    cut = P1.rfind(" ", 0, half)
    dump = f"{HEAD}\n\n{P1[:cut]}\n{P1[cut + 1 :]}\n\n{P2}\n"
    found = _read(dump)
    assert _texts(found)[0] == P1


def test_everything_on_one_line() -> None:
    found = _read(f"{P1} {P2} {P3}")
    assert _texts(found) == [P1, P2, P3]


def test_sentence_starting_with_a_date_stays_in_the_body() -> None:
    dated = "Le 5 décembre 2023, le maire avait promis une réouverture rapide, promesse restée lettre morte."
    found = _read(f"{HEAD}\n\n{P1}\n\n{dated}\n\n{P2}\n")
    assert _texts(found) == [P1, dated, P2]


def test_empty_and_blank_dumps() -> None:
    for dump in ("", "\n\n\u00a0\n"):
        found = _read(dump)
        assert found.body.blocks == ()
        assert found.related == ()
        assert found.metadata.headline is None


def test_subheading_inside_the_body_is_a_heading() -> None:
    sub = "Les travaux de la piscine"
    found = _read(f"{HEAD}\n\n{P1}\n\n{sub}\n\n{P2}\n\n{P3}\n")
    assert [(b.kind, b.text) for b in found.body.blocks] == [
        ("paragraph", P1),
        ("heading", sub),
        ("paragraph", P2),
        ("paragraph", P3),
    ]


def test_dates_glued_to_titles_and_trailing_noise() -> None:
    dump = (
        f"{HEAD}\n\n{P1}\n\n{P2}\n\nÀ lire également\n\n"
        "Le stade municipal rouvre ses portes2 janv. 2024\n\n"
        "05/02/2024La patinoire change de gestionnaire\n\n"
        "Le gymnase attendra encore un an - mardi 13 février 2024\n\n"
        "Commentaires (12)\n\nRéagir à cet article\n"
    )
    found = _read(dump)
    assert [(r.title, r.date) for r in found.related] == [
        ("Le stade municipal rouvre ses portes", dt.date(2024, 1, 2)),
        ("La patinoire change de gestionnaire", dt.date(2024, 2, 5)),
        ("Le gymnase attendra encore un an", dt.date(2024, 2, 13)),
    ]
    assert _texts(found) == [P1, P2]


def test_kicker_menu_and_buttons_are_not_the_headline() -> None:
    dump = (
        "Tout accepter\n\nContinuer sans accepter\n\nAccueil › Sport › Natation\n\nSport - Natation\n\n"
        f"{HEAD}\n\nCamille Ferrand et Julien Teyssier – 22 août 2023\n\nPartager :\nFacebook\n"
        f"Envoyer par e-mail\n\n{P1}\n\n{P2}\n"
    )
    found = _read(dump)
    assert found.metadata.headline == HEAD
    assert found.metadata.authors == ("Camille Ferrand", "Julien Teyssier")
    assert found.metadata.published == dt.date(2023, 8, 22)
    assert _texts(found) == [P1, P2]


def test_list_announced_by_the_body_stays_in_it() -> None:
    items = [
        "Vaise – Saint-Paul – Bellecour (ligne A) ;",
        "Bellecour – Gerland (ligne B) ;",
        "Île Barbe (ligne C).",
    ]
    dump = (
        f"{HEAD}\n\n{P1}\n\nLes trois lignes desserviront :\n\n" + "\n\n".join(items) + f"\n\n{P2}\n\n{P3}\n"
    )
    found = _read(dump)
    kinds = [(b.kind, b.text) for b in found.body.blocks]
    assert kinds[0] == ("paragraph", P1)
    assert [t for k, t in kinds if k == "list_item"] == items
    assert kinds[-2:] == [("paragraph", P2), ("paragraph", P3)]


def test_related_block_with_kickers_teasers_and_authors() -> None:
    dump = (
        f"{HEAD}\n\n{P1}\n\n{P2}\n\nL'auteur vous recommande\n\nPoint d'étape\n\n"
        "Le stade municipal rouvre ses portes au public\n\nJulie Marchand\n\nTournant\n\n"
        "La patinoire change de gestionnaire cet été\n\nLe nouveau contrat court sur dix ans.\n\n"
        "les forums\n\nsur le web\n"
    )
    found = _read(dump)
    assert [r.title for r in found.related] == [
        "Le stade municipal rouvre ses portes au public",
        "La patinoire change de gestionnaire cet été",
    ]
    assert _texts(found) == [P1, P2]


def test_dated_items_with_kicker_keep_the_longest_line_as_title() -> None:
    dump = (
        f"{HEAD}\n\n{P1}\n\n{P2}\n\nSur le même thème\n\n07/01/2018\n\nUn sobriquet inspiré\n\n"
        "France Gall : son père lui avait donné un surnom peu flatteur\n\n03/10/2019\n\nUn homme à femmes\n\n"
        "Jacques Chirac séducteur : ce surnom peu aimable donné à ses conquêtes\n\nÀ la une\n"
    )
    found = _read(dump)
    assert [(r.title, r.date) for r in found.related] == [
        ("France Gall : son père lui avait donné un surnom peu flatteur", dt.date(2018, 1, 7)),
        ("Jacques Chirac séducteur : ce surnom peu aimable donné à ses conquêtes", dt.date(2019, 10, 3)),
    ]


def test_dated_list_under_a_ticker_heading_is_not_related() -> None:
    dump = (
        f"{HEAD}\n\n{P1}\n\n{P2}\n\nL’Actu en continu\n\nMercredi 24 Avril 2024\n\n"
        "Bourse de Paris : le CAC 40 ouvre en hausse\n\nMardi 23 Avril 2024\n\n"
        "Immobilier : les taux de crédit repassent sous les 3,5 %\n"
    )
    found = _read(dump)
    assert found.related == ()
    assert _texts(found) == [P1, P2]


def test_rubric_word_shared_by_every_title_is_dropped_and_words_stay_whole() -> None:
    dump = (
        f"{HEAD}\n\n{P1}\n\n{P2}\n\nNos lecteurs ont aussi lu\n\n"
        "Reportages Sécheresse : les arrêtés se multiplient Le 29/04/2025\n\n"
        "Reportages Bassines : comprendre le conflit de l'eau agricole Le 02/11/2024\n\n"
        "Les plus partagés\n"
    )
    found = _read(dump)
    assert [(r.title, r.date) for r in found.related] == [
        ("Sécheresse : les arrêtés se multiplient", dt.date(2025, 4, 29)),
        ("Bassines : comprendre le conflit de l'eau agricole", dt.date(2024, 11, 2)),
    ]


def test_inline_insert_line_is_related_and_keeps_the_body_whole() -> None:
    insert = "Lire aussi : Cholet : l'équipementier Sorelec reprend 60 salariés"
    dump = f"{HEAD}\n\n{P1}\n\n{insert}\n\n{P2}\n\n{P3}\n"
    found = _read(dump)
    assert _texts(found) == [P1, P2, P3]
    assert [(r.title, r.label) for r in found.related] == [
        ("Cholet : l'équipementier Sorelec reprend 60 salariés", "Lire aussi")
    ]


def test_headline_ending_with_a_quote_above_a_standfirst_and_byline() -> None:
    head = "Hélène Marchetti : « Ce qui était exceptionnel en 2003 deviendra un été ordinaire »"
    lead = (
        "Climatologue à Grenoble, elle publie cette semaine un livre sur les étés de demain, chez Actes Sud."
    )
    dump = (
        f"Le Courrier du Matin\n\nS’abonner dès 1 €\n\nAccueil › Planète\n\n{head}\n\n{lead}\n\n"
        f"Rédaction en ligne (avec AFP)\n\nPublié le 15/07/2025 à 06h00\n\n{P1}\n\n{P2}\n"
    )
    found = _read(dump)
    assert found.metadata.headline == head
    assert head not in _texts(found)
    assert _texts(found)[-2:] == [P1, P2]


def test_headline_with_guillemets_and_section_lines_before_the_date() -> None:
    head = "PFAS dans la Meuse : une ONG dénonce des rejets « dix fois supérieurs » aux normes"
    dump = (
        f"La Gazette de Meuse\n\nRégions\n\nBelgique\n\n{head}\n\nCharleroi\n\nCharleroi Actu\n\nRéagir\n\n"
        f"Publié le jeudi 24 Décembre 2020 à 07h47\n\n{P1}\n\n{P2}\n"
    )
    found = _read(dump)
    assert found.metadata.headline == head
    assert _texts(found) == [P1, P2]


def test_photo_caption_with_credit_is_not_a_paragraph() -> None:
    caption = "Dans une boulangerie du centre d’Arras, mercredi. Photo Élodie Caron"
    kept = "Le texte a été voté mardi soir. Mis à part les écologistes, tous les groupes ont approuvé."
    found = _read(f"{HEAD}\n\nPar Julie Marchand\n\n{caption}\n\n{P1}\n\n{kept}\n\n{P2}\n")
    assert _texts(found) == [P1, kept, P2]
