"""Quotations, speakers and cues (quotes.find_quotes) on the reference page and small French texts."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articlekit.lexicon import get
from articlekit.lexicon.fr import reporting
from articlekit.model import Block, Quote
from articlekit.quotes import find_quotes, find_spans

LEX = get("fr")
SEED = Path("/work/shared/seed/seed.txt")
FIXTURE_SEED = Path(__file__).parent / "fixtures" / "seed.txt"


def _blocks(*texts: str) -> tuple[Block, ...]:
    """Paragraph blocks from texts."""
    return tuple(Block(kind="paragraph", text=t) for t in texts)


def _quotes(*texts: str) -> tuple[Quote, ...]:
    """The quotes found in paragraphs made of `texts`."""
    return find_quotes(_blocks(*texts), lex=LEX)


def _seed_blocks() -> tuple[Block, ...]:
    """The 8 body paragraphs of the reference text dump."""
    path = FIXTURE_SEED if FIXTURE_SEED.exists() else SEED
    if not path.exists():
        pytest.skip("reference text dump not available")
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
    start = next(i for i, ln in enumerate(lines) if ln.startswith("Les compagnies américaines"))
    end = next(i for i, ln in enumerate(lines) if ln.endswith("d’ici 2027."))
    return _blocks(*(ln for ln in lines[start : end + 1] if ln))


def test_reference_page_quotes() -> None:
    """The seed gives IBM's direct quote and two partial quotes, not "Open Source" nor “AI Alliance”."""
    blocks = _seed_blocks()
    assert len(blocks) == 8
    quotes = find_quotes(blocks, lex=LEX)
    texts = [q.text for q in quotes]
    ibm = next(q for q in quotes if q.text.startswith("L'innovation ouverte et transparente"))
    assert ibm.text.endswith("avantages pour tous")
    assert (ibm.speaker, ibm.cue, ibm.kind, ibm.paragraph) == ("IBM", "a déclaré", "direct", 3)
    partial = {q.text: q for q in quotes if q.kind == "partial"}
    assert set(partial) == {
        "l'innovation et la science ouvertes",
        "aideront à relever les défis de la société",
    }
    assert all(q.speaker in (None, "AI Alliance") for q in partial.values())
    assert "Open Source" not in texts and "AI Alliance" not in texts
    assert len(quotes) == 3


def test_post_posed_named_speaker_with_role() -> None:
    """“…”, précise la toxicologue X → speaker X, role toxicologue."""
    (q,) = _quotes(
        "« Le danger n'est pas le risque », précise la toxicologue Dominique Parent-Massin, dans une note."
    )
    assert q.speaker == "Dominique Parent-Massin"
    assert q.role == "toxicologue"
    assert q.cue == "précise"
    assert q.kind == "direct"


def test_inverted_pronoun_resolves_to_subject_of_previous_sentence() -> None:
    """ "…", a-t-il fait savoir → the man named just before."""
    quotes = _quotes(
        "En fin d'après-midi, le ministre du Commerce, Ricardin St Jean, a confié avoir mobilisé ses "
        "inspecteurs. « Nous avons apposé des scellés sur trois stations », a-t-il fait savoir."
    )
    assert [(q.speaker, q.cue) for q in quotes] == [("Ricardin St Jean", "a-t-il fait savoir")]


def test_pre_posed_speaker_with_colon_and_pour() -> None:
    """ "X poursuit : « … »" and "Pour X, « … »"."""
    quotes = _quotes(
        "Antony Fastier poursuit : « Ces études ont été bâties pour répondre à des conclusions écrites. »",
        "Pour Pierre Gielen, « cette situation est dramatique pour Ans, elle soulève des questions ».",
    )
    assert [q.speaker for q in quotes] == ["Antony Fastier", "Pierre Gielen"]
    assert all(q.kind == "direct" for q in quotes)


def test_incise_inside_the_marks_is_cut_out() -> None:
    """« A, explique X, toxicologue. B » → one quote without the incise, speaker X."""
    (q,) = _quotes(
        "« Absurde. Ce processus est la norme, explique Antony Fastier, toxicologue. Les études "
        "réglementaires doivent être fournies par les entreprises. »"
    )
    assert q.speaker == "Antony Fastier"
    assert "explique" not in q.text
    assert q.text.startswith("Absurde. Ce processus est la norme")
    assert q.text.endswith("fournies par les entreprises.")


def test_surname_and_title_resolve_to_full_name() -> None:
    """ "…", a dit M. Caldwell → the full name given earlier."""
    quotes = _quotes(
        "C'est ce qu'a annoncé Éric Alan Caldwell, responsable de la mobilité, mercredi matin.",
        "« Notre règlement n'a pas été respecté », a dit M. Caldwell.",
    )
    assert quotes[0].speaker == "Éric Alan Caldwell"


def test_feminine_pronoun_prefers_a_woman() -> None:
    """ "dit-elle" goes to the woman named, not to the man mentioned after her."""
    quotes = _quotes(
        "Mme Souad Merah a condamné les actes de son frère Mohammed Merah.",
        "« Je condamne ses actes, je ne suis pas d'accord avec ce qu'il a fait », dit-elle.",
    )
    assert quotes[0].speaker == "Souad Merah"


def test_definite_description_resolves_to_named_person() -> None:
    """ "le fondateur de PIP" after Jean-Claude Mas is Jean-Claude Mas; "un ténor" stays a description."""
    quotes = _quotes(
        "Jean-Claude Mas a été entendu par les enquêteurs.",
        "« C'était de la routine, je donne l'ordre de tout cacher », a expliqué le fondateur de PIP.",
        "« Cela relativise tout ça », a ajouté un ténor de la droite.",
    )
    assert [q.speaker for q in quotes] == ["Jean-Claude Mas", "un ténor de la droite"]


def test_multi_paragraph_quote_keeps_its_speaker_in_the_next_paragraph() -> None:
    """A quote whose paragraph has no closing mark goes on in the next one opening with «."""
    quotes = _quotes(
        "Le maire a déclaré : « Nous allons reconstruire l'école avant la rentrée.",
        "« Les travaux commenceront dès lundi et dureront tout l'été. »",
    )
    assert [q.paragraph for q in quotes] == [0, 1]
    assert quotes[0].speaker is not None and quotes[1].speaker == quotes[0].speaker
    assert quotes[1].text == "Les travaux commenceront dès lundi et dureront tout l'été."


@pytest.mark.parametrize(
    "text",
    [
        "Cette coalition dite “AI Alliance” compte parmi ses membres Intel et Oracle.",
        'Ils promeuvent un modèle d’IA dit "Open Source" dans l\'espoir de gagner des parts.',
        "Le dispositif « Solaire pour tous » a été lancé au printemps.",
        "Les opposants réclament l'application du « principe de précaution », défini en 1992.",
        "Le quotidien « Les Echos » publie un sondage exclusif ce jeudi.",
        "Hélène Marchetti publie cette semaine « Le Siècle brûlant » (éditions du Rivage), un essai.",
    ],
)
def test_names_titles_and_scare_quotes_are_not_quotes(text: str) -> None:
    """Names, titles, labels and scare quotes in marks are not quotations."""
    assert _quotes(text) == ()


def test_straight_quotes_glued_and_unbalanced() -> None:
    """Straight quotes glued to words, and an unclosed one closed at the next opener."""
    spans = find_spans(_blocks('Qualifié de "gourou de la majorité"par un dirigeant, il sourit.'))
    assert len(spans) == 1
    quotes = _quotes('Ce gel PIP est "une formule non brevetée, "car ça ne sert à rien", ajoute M. Mas.')
    assert [q.text for q in quotes] == ["une formule non brevetée,", "car ça ne sert à rien"]


def test_nested_marks_inside_guillemets() -> None:
    """“ ” inside « » belong to the outer quote."""
    (q,) = _quotes("« Il m'a dit “jamais” et il est parti », raconte Julie Marchand.")
    assert q.text == "Il m'a dit “jamais” et il est parti"
    assert q.speaker == "Julie Marchand"


def test_selon_lui_and_partial_quote_with_par() -> None:
    """ "…", selon lui; and a fragment "qualifié de « … » par X"."""
    quotes = _quotes(
        "Jean-Paul Delevoye est arrivé tôt. « Tout se passera bien », selon lui.",
        "Qualifié de « gourou de la majorité » par un dirigeant de LREM, il sait entretenir ses rapports.",
    )
    assert [(q.speaker, q.kind) for q in quotes] == [
        ("Jean-Paul Delevoye", "direct"),
        ("un dirigeant de LREM", "partial"),
    ]


def test_headings_and_no_marks_give_nothing() -> None:
    """Headings are skipped; text without marks has no quote."""
    blocks = (Block(kind="heading", text="« Il n'a jamais appelé à la haine »", level=2),)
    assert find_quotes(blocks, lex=LEX) == ()
    assert _quotes("Aucune citation ici, seulement des faits.") == ()


def test_reporting_lexicon_inflects_by_rule() -> None:
    """Verb forms are generated from lemmas: tenses, accents, c→ç, e→è."""
    forms = reporting.VERB_FORMS
    for form in ("déclare", "a", "relève", "révèle", "annonça", "jugeait", "rappelle", "avertit", "dit"):
        assert form in forms or form in reporting.AUXILIARIES
    assert reporting.VERB_LEMMA["reconnu"] == "reconnaître"
    assert len(forms) > 2000


def test_interview_answers_after_questions_are_quotes_of_the_interviewee() -> None:
    """Dash-opened answers after a question are the interviewee's direct quotes."""
    quotes = _quotes(
        "Installée à Lyon, la cheffe Amélie Roussel vient de décrocher une étoile.",
        "Comment avez-vous appris la nouvelle ?",
        "— Par un coup de téléphone, un lundi matin. Je n'y croyais pas.",
        "Qu'est-ce qui a changé dans votre cuisine ?",
        "— J'ai simplifié. Moins d'éléments dans l'assiette, plus de goût.",
    )
    assert [(q.speaker, q.kind, q.paragraph) for q in quotes] == [
        ("Amélie Roussel", "direct", 2),
        ("Amélie Roussel", "direct", 4),
    ]
    assert quotes[0].text.startswith("Par un coup de téléphone")


def test_a_list_with_dashes_is_not_dialogue() -> None:
    """Dash lines that do not answer a question are not quotes."""
    assert (
        _quotes("Les mesures prévues :", "- une hausse des salaires de 3 %.", "- un jour de congé en plus.")
        == ()
    )


def test_person_before_a_colon_and_nationality_descriptions() -> None:
    """ "X se montrait plus mesuré : « … »" and "a reconnu la Française" name the speaker."""
    quotes = _quotes(
        "Caroline Garcia a dû batailler près de trois heures face à Emma Navarro.",
        "« J'ai été tendue toute la journée », a reconnu la Française en conférence de presse.",
        "Son entraîneur, Bertrand Perret, se montrait plus mesuré : « Il y a encore beaucoup à améliorer. »",
    )
    assert [q.speaker for q in quotes] == ["Caroline Garcia", "Bertrand Perret"]


def test_a_one_word_fragment_after_another_quote_is_not_its_speakers() -> None:
    """ "« … », sourit Martine, …, une couronne « briochée »" is a scare quote, not Martine's."""
    quotes = _quotes(
        "« La fève, c'est sacré », sourit Martine, croisée à la sortie d'une boutique, une couronne "
        "« briochée » sous le bras."
    )
    assert [(q.text, q.speaker) for q in quotes] == [("La fève, c'est sacré", "Martine")]


def test_titles_after_a_name_and_names_used_as_subjects_are_not_quotes() -> None:
    """« Gender gap report » after a name, « Les voix des Femmes » appelle …: names, not quotes."""
    assert (
        _quotes(
            "Le pays recule, si l'on se réfère au rapport du Forum économique mondial « Gender gap report »."
        )
        == ()
    )
    assert _quotes("« Les voix des Femmes » appelle les parties concernées à agir.") == ()
    assert _quotes("Elle fait l'objet d'une enquête d'« apologie du terrorisme » depuis mardi.") == ()


def test_gerund_fragment_belongs_to_the_sentence_subject() -> None:
    """ "X s'est moqué de Y, qui regrettait …, en rappelant que … « … »" is X's fragment."""
    (q,) = _quotes(
        "Le président Barack Obama s'est moqué de son rival Mitt Romney, qui regrettait le manque de "
        "navires, en rappelant que l'armée avait également « moins de chevaux et de baïonnettes »."
    )
    assert (q.speaker, q.kind) == ("Barack Obama", "partial")


def test_fragment_followed_by_the_journalists_words_is_partial() -> None:
    """ "Pour le président, « … » de ces navires." is a partial quote."""
    quotes = _quotes(
        "Barack Obama a répondu mardi.",
        "Pour le président, « il ne s'agit pas de jouer à la bataille navale » de ces navires.",
    )
    assert [q.kind for q in quotes] == ["partial"]


_PIECES = [
    "«",
    "»",
    "“",
    "”",
    '"',
    "'",
    " ",
    "\u202f",
    ",",
    ".",
    ":",
    "—",
    "(",
    ")",
    "a déclaré",
    "selon",
    "M.",
    "Jean Dupont",
    "l'",
    "il",
    "a-t-il",
    "dit-elle",
    "qui",
    "AFP",
    "Le Monde",
    "#x",
    "E.",
    "\n",
    "…",
    "Pour",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_PIECES), max_size=30).map(" ".join), max_size=5))
def test_any_text_gives_well_formed_quotes_and_sources(texts: list[str]) -> None:
    """Whatever the blocks hold, the stages return quotes pointing at real blocks and never raise."""
    from articlekit.sources import find_sources

    blocks = _blocks(*texts)
    quotes = find_quotes(blocks, lex=LEX)
    assert all(0 <= q.paragraph < len(blocks) and q.text for q in quotes)
    for source in find_sources(blocks, quotes, (), lex=LEX):
        assert source.name and all(0 <= m.paragraph < len(blocks) for m in source.mentions)


def test_one_word_answers_with_an_incise_are_quotes() -> None:
    """« Non », a dit X: a capitalised word framed by an incise is an answer, not a name."""
    (q,) = _quotes("« Non », a dit Mme Claire Dumas, avocate de la famille.")
    assert (q.text, q.speaker) == ("Non", "Claire Dumas")


def test_role_kept_apart_from_the_name() -> None:
    """ "le ministre de l'Économie, Bruno Le Maire" → speaker Bruno Le Maire, role ministre de l'Économie."""
    (q,) = _quotes(
        "« Nous tiendrons nos objectifs », a déclaré le ministre de l'Économie, Bruno Le Maire, mardi."
    )
    assert (q.speaker, q.role, q.cue) == ("Bruno Le Maire", "ministre de l'Économie", "a déclaré")


def test_question_and_answer_labels() -> None:
    """ "Q : … ?" then "R : …" blocks: the answers are the interviewee's quotes."""
    quotes = _quotes(
        "Nous avons rencontré la maire de Lille, Martine Aubry.",
        "Q : Allez-vous vous représenter ?",
        "R : Je n'ai pas encore décidé, je le dirai en septembre.",
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Je n'ai pas encore décidé, je le dirai en septembre.", "Martine Aubry")
    ]


def test_a_language_without_reporting_data_finds_nothing() -> None:
    """A lexicon with no reporting data yet gives no quotes rather than failing."""
    from articlekit.errors import InputError
    from articlekit.lexicon import get as get_lexicon
    from articlekit.sources import find_sources

    try:
        other = get_lexicon("en")
    except InputError:
        pytest.skip("no English lexicon in this checkout")
    if hasattr(other.reporting, "VERB_FORMS"):
        pytest.skip("the English lexicon now has reporting data")
    blocks = _blocks("« Bonjour », a dit Jean Dupont.")
    assert find_quotes(blocks, lex=other) == ()
    assert find_sources(blocks, (), (), lex=other) == ()


def test_question_answer_interview_answers_are_the_interviewees_words() -> None:
    """Answers after short questions (one addressing "vous") are direct quotes of the lead's person."""
    blocks = _blocks(
        "Pourquoi ce livre ?",
        "Parce que les villes ne sont pas prêtes à la chaleur.",
        "Les maires sont-ils conscients du problème ?",
        "Oui, mais ils manquent de moyens.",
        "Qu'est-ce qui vous rend optimiste ?",
        "Les jeunes ingénieurs que je forme.",
    )
    intro = "Climatologue à l'Institut alpin, Hélène Marchetti publie un essai. Entretien."
    found = find_quotes(blocks, lex=LEX, intro=intro)
    assert [q.text for q in found] == [blocks[1].text, blocks[3].text, blocks[5].text]
    assert {q.speaker for q in found} == {"Hélène Marchetti"}
    assert all(q.kind == "direct" for q in found)


def test_rhetorical_questions_do_not_make_an_interview() -> None:
    """A single question paragraph followed by prose is not an interview answer."""
    found = _quotes("Faut-il s'en inquiéter ?", "Les chiffres restent stables depuis trois ans.")
    assert found == ()


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre a confirmé la généralisation de la « pause numérique » à tous les collèges.",
        "L'ONG a publié un rapport sur les PFAS, ces « polluants éternels » utilisés dans l'industrie.",
        "Surnommé le « trader de Neuilly » par les enquêteurs, il aurait détourné deux millions.",
    ],
)
def test_short_noun_phrase_after_a_definite_determiner_is_a_label(text: str) -> None:
    """A coined term or nickname in marks after le/la/ces is not a quotation."""
    assert _quotes(text) == ()


def test_partial_quote_after_an_indefinite_article_is_kept() -> None:
    """A judgement after "une" with a speaker's verb stays a partial quote."""
    found = _quotes("Hélène Marchetti dénonce une climatisation devenue une « fausse bonne idée ».")
    assert [q.text for q in found] == ["fausse bonne idée"]


def _page(lang: str) -> str:
    """A small HTML page in `lang` whose body holds a French-style attributed quote."""
    body = "".join(
        f"<p>{s}</p>"
        for s in (
            "« Nous allons reconstruire l'école dès cet été », a déclaré Marie Dupont lundi soir.",
            "Les travaux commenceront en juillet et dureront plusieurs mois selon la mairie.",
            "La commune attend encore le versement des aides promises par la région.",
        )
    )
    head = f'<html lang="{lang}"><head><title>Titre</title></head>'
    return f"{head}<body><article>{body}</article></body></html>"


def test_quotes_run_only_on_pages_in_the_lexicons_language() -> None:
    """The French rules run on a French page and are skipped on a page declared in another language."""
    import articlekit

    french = articlekit.extract(_page("fr"))
    german = articlekit.extract(_page("de"))
    assert [q.speaker for q in french.quotes] == ["Marie Dupont"]
    assert german.quotes == () and german.sources == ()
    assert french.warnings == ()
    assert any("quotes and sources not read" in w for w in german.warnings)


def test_a_page_declaring_no_language_is_judged_by_its_words() -> None:
    """With no declared language the guess decides: French words are read, English ones skipped."""
    import articlekit

    french = articlekit.extract(_page("fr").replace(' lang="fr"', ""))
    english_body = "".join(
        f"<p>{s}</p>"
        for s in (
            "“We will rebuild the school this summer,” the mayor said on Monday evening in the town hall.",
            "The works will start in July and they will last for several months, according to the council.",
            "The town is still waiting for the money that was promised by the region and the state.",
        )
    )
    english = articlekit.extract(f"<html><body><article>{english_body}</article></body></html>")
    assert [q.speaker for q in french.quotes] == ["Marie Dupont"]
    assert english.lang is None
    assert english.quotes == () and english.sources == ()
    assert any("reads as 'en'" in w for w in english.warnings)


def test_the_agency_told_is_not_the_speaker() -> None:
    """In "a indiqué à l'AFP le porte-parole X" the agency is the addressee, X speaks."""
    found = _quotes("« Le feu n'est pas fixé », a indiqué à l'AFP le lieutenant-colonel Hervé Castagnet.")
    assert [q.speaker for q in found] == ["Hervé Castagnet"]


def test_a_verb_governing_a_reporting_infinitive_is_a_cue() -> None:
    """ "s'est borné à déclarer le procureur, X" attributes the quote to X."""
    found = _quotes("« Aucune piste n'est écartée », s'est borné à déclarer le procureur, Damien Ferracci.")
    assert [(q.speaker, q.role) for q in found] == [("Damien Ferracci", "procureur")]


def test_a_quote_running_over_paragraphs_is_one_quote_per_paragraph_with_one_voice() -> None:
    """« left open at a paragraph's end goes on in the next « paragraph: same speaker, each paragraph."""
    found = _quotes(
        "Un système que défend Bertrand Lecomte, président de l'association des irrigants :",
        "« Les quotas ont été durs à avaler. Mais ils ont évité le chacun pour soi.",
        "« Ce qu'on demande, c'est de la visibilité. »",
    )
    assert [(q.paragraph, q.speaker, q.kind) for q in found] == [
        (1, "Bertrand Lecomte", "direct"),
        (2, "Bertrand Lecomte", "direct"),
    ]
    assert found[1].text == "Ce qu'on demande, c'est de la visibilité."


def test_a_role_noun_of_the_court_resolves_to_the_defendant() -> None:
    """ "a déclaré le prévenu" is the defendant named before, not the prosecutor quoted earlier."""
    found = _quotes(
        "« C'est une mécanique froide », a lancé le procureur, Arnaud Cheminade.",
        "À la barre, Karim Bensaïd a contesté. « Je ne suis pas un voleur », a déclaré le prévenu.",
    )
    assert [q.speaker for q in found] == ["Arnaud Cheminade", "Karim Bensaïd"]


def test_an_uncued_quote_after_a_sentence_about_a_named_person_is_theirs() -> None:
    """ "Son entraîneur, X, savourait. « … »" and "… Y … frustration. « … », estime-t-elle" → X, Y."""
    found = _quotes(
        "« On n'avait rien à perdre », a confié Maëlle Guivarc'h après la rencontre.",
        "Son entraîneur, Erwan Le Floch, savourait. « Ce groupe a un caractère incroyable. »",
        "Côté messin, l'arrière Olivia Ndiaye ne cachait pas sa frustration. « On a arrêté de jouer "
        "pendant dix minutes », estime-t-elle.",
    )
    assert [q.speaker for q in found] == ["Maëlle Guivarc'h", "Erwan Le Floch", "Olivia Ndiaye"]
