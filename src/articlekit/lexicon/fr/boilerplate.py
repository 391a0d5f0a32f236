"""French boilerplate data: block headings, inline insert cues and leftover lines that are not the article.

Matching is done by the clean and segment stages on a folded form of the text (casefolded, accents
removed, typographic apostrophes made straight, punctuation trimmed at both ends), so the entries
below are written as they appear on pages and folded by the code.
"""

from __future__ import annotations

#: a block whose heading (or label) is exactly one of these is boilerplate, with the given data-ak label
HEADINGS: dict[str, str] = {
    # related-article blocks (related.py reads them; lexicon/fr/related.py may add more)
    "Articles qui pourraient vous intéresser": "related",
    "Ces articles pourraient vous intéresser": "related",
    "Cet article pourrait vous intéresser": "related",
    "Vous pourriez aussi aimer": "related",
    "Vous aimerez aussi": "related",
    "Vous aimerez peut-être aussi": "related",
    "Sur le même sujet": "related",
    "Sur le même thème": "related",
    "Dans la même rubrique": "related",
    "À lire aussi": "related",
    "Lire aussi": "related",
    "À lire également": "related",
    "Lire également": "related",
    "À voir aussi": "related",
    "Voir aussi": "related",
    "À découvrir": "related",
    "À découvrir aussi": "related",
    "Nos articles sur le même sujet": "related",
    "Articles liés": "related",
    "Articles associés": "related",
    "Les articles associés": "related",
    "Articles similaires": "related",
    "Autres articles": "related",
    "Plus d'articles": "related",
    "Dans l'actualité": "related",
    "Pour aller plus loin": "related",
    "Nos dernières vidéos": "related",
    "Audios et vidéos sur le sujet": "related",
    "Vidéos sur le sujet": "related",
    "Sur le sujet": "related",
    # tickers and rankings
    "L'Actu en continu": "ticker",
    "L'actualité en continu": "ticker",
    "En continu": "ticker",
    "Fil info": "ticker",
    "Le fil info": "ticker",
    "Fil d'actu": "ticker",
    "Dernières actualités": "ticker",
    "Dernières infos": "ticker",
    "Dernières minutes": "ticker",
    "Dernière minute": "ticker",
    "Les dernières actus": "ticker",
    "Les plus lus": "ticker",
    "Les plus lues": "ticker",
    "Les articles les plus lus": "ticker",
    "Articles les plus lus": "ticker",
    "Les plus partagés": "ticker",
    "Les plus commentés": "ticker",
    "Les plus vus": "ticker",
    "Populaires": "ticker",
    "Tendances": "ticker",
    "À la une": "ticker",
    # promotions
    "Hors-séries & Spéciaux": "promo",
    "Hors-séries et Spéciaux": "promo",
    "Hors-séries": "promo",
    "Nos hors-séries": "promo",
    "Dossiers spéciaux": "promo",
    "Nos offres": "promo",
    "Abonnez-vous": "promo",
    "Offre spéciale": "promo",
    "Contenu sponsorisé": "ad",
    "Contenus sponsorisés": "ad",
    "Publicité": "ad",
    "Sponsorisé": "ad",
    # share, comments, newsletter
    "Partager": "share",
    "Partager cet article": "share",
    "Partagez cet article": "share",
    "Partager l'article": "share",
    "Partager sur": "share",
    "Commentaires": "comments",
    "Vos réactions": "comments",
    "Réactions": "comments",
    "Commenter": "comments",
    "Réagir": "comments",
    "Réagissez": "comments",
    "Laisser un commentaire": "comments",
    "Ajouter un commentaire": "comments",
    "Vos commentaires": "comments",
    "Newsletter": "newsletter",
    "Lettre d'information": "newsletter",
    "Inscrivez-vous à notre newsletter": "newsletter",
    "Recevez notre newsletter": "newsletter",
}

#: a short element whose text starts with one of these, followed by a separator, is an insert
#: pointing elsewhere ("Lire aussi : Le titre d'un autre article"): data-ak="related"
INSERT_PREFIXES: tuple[str, ...] = (
    "À lire aussi",
    "Lire aussi",
    "À lire également",
    "Lire également",
    "À lire",
    "À voir aussi",
    "Voir aussi",
    "À voir également",
    "À voir",
    "À écouter aussi",
    "À écouter",
    "À découvrir",
    "Sur le même sujet",
    "Pour aller plus loin",
    "Notre dossier",
    "Retrouvez",
)

#: phrases that mark a short block as a banner or box wherever they appear in it
BANNER_PHRASES: dict[str, str] = {
    "Nous utilisons des cookies": "cookie",
    "utilise des cookies": "cookie",
    "Accepter les cookies": "cookie",
    "Gérer mes cookies": "cookie",
    "Paramétrer les cookies": "cookie",
    "politique de cookies": "cookie",
    "Recevez chaque matin": "newsletter",
    "Inscrivez-vous à notre newsletter": "newsletter",
    "Abonnez-vous à notre newsletter": "newsletter",
    "Recevez notre newsletter": "newsletter",
    "Je m'inscris": "newsletter",
    "Partager sur Facebook": "share",
    "Partager sur Twitter": "share",
    "Partager sur LinkedIn": "share",
    "Copier le lien": "share",
    "Réservé aux abonnés": "promo",
    "Déjà abonné": "promo",
    "Cet article vous a plu": "promo",
    "La suite est réservée aux abonnés": "promo",
    "de cet article à lire": "promo",
    "Lecture restreinte": "promo",
    "sur un seul appareil à la fois": "promo",
    "Votre abonnement n'autorise pas": "promo",
    "abonnez-vous à": "promo",
    "Soutenez une information": "promo",
    "Profitez de notre offre": "promo",
    "Tous droits réservés": "promo",
    "Suivez-nous sur": "share",
}

#: a body line starting with one of these (and short) is a byline, date line, credit or reading time
LINE_PREFIXES: tuple[str, ...] = (
    "Publié le",
    "Publié à",
    "Publié aujourd'hui",
    "Publié hier",
    "Mis à jour le",
    "Mis à jour à",
    "Mis à jour aujourd'hui",
    "Mis à jour hier",
    "Modifié le",
    "Mis en ligne le",
    "Mis en ligne à",
    "Mis en ligne aujourd'hui",
    "Dernière mise à jour",
    "Actualisé le",
    "Mise à jour le",
    "Mise à jour :",
    "Publication :",
    "Photo :",
    "Auteur :",
    "Auteurs :",
    "Édition :",
    "Rédaction :",
    "Imprimer",
    "Imprimer cette page",
    "Permalien",
    "Version imprimable",
    "Envoyer à un ami",
    "Photos :",
    "Crédit photo",
    "Crédit :",
    "Crédits :",
    "Crédits photo",
    "Crédits photos",
    "Crédit photos",
    "Illustration :",
    "©",
    "Temps de lecture",
    "Lecture :",
    "Réservé aux abonnés",
    "Article réservé aux abonnés",
    "Abonnez-vous",
    "Écouter cet article",
    "Écouter l'article",
    "Partager",
)

#: a short line starting with one of these and then a capitalised name is a byline ("Par Julie Marchand")
BYLINE_PREFIXES: tuple[str, ...] = (
    "Par",
    "Rédigé par",
    "Écrit par",
    "Publié par",
    "Propos recueillis par",
    "De notre correspondant",
    "Avec",
)

#: longest such line, in characters: past it, the line is prose that happens to start the same way
LINE_MAX_CHARS: int = 120

#: words of reading-time lines ("3 min de lecture")
READING_TIME_SUFFIXES: tuple[str, ...] = ("min de lecture", "minutes de lecture", "min. de lecture")

#: a short block whose whole text is one of these is a leftover label or button, not article text
EXACT_LINES: tuple[str, ...] = (
    "Publicité",
    "Partager",
    "Imprimer",
    "Commentaires",
    "Lire la suite",
    "Retour en haut",
)

#: frequent short words of the language: a page whose text has many of them is in this language
STOPWORDS: frozenset[str] = frozenset(
    {
        "le", "la", "les", "des", "et", "est", "une", "du", "dans", "qui", "que", "pour", "pas",
        "sur", "au", "avec", "ce", "il", "elle", "sont", "ont", "aux", "par", "mais", "ou", "leur",
        "nous", "vous", "cette", "été", "plus", "ils", "ses", "sa", "son", "comme", "aussi", "était",
    }
)  # fmt: skip

#: words opening the heading of a list of links to other pages ("Plus d'articles sur la ville"): the
#: block is labelled related only when what the heading introduces is mostly links
MORE_HEADING_PREFIXES: tuple[str, ...] = (
    "Plus d'articles",
    "Plus d'actualités",
    "Autres articles",
    "D'autres articles",
    "Nos autres",
    "Toute l'actualité",
    "Toutes les actualités",
    "Les dernières",
    "Les derniers articles",
    "Dernières actualités",
)
