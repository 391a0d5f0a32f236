"""French vocabularies for synthetic pages: people, organisations, media, topics, templates (data only).

Kept apart from ``articlekit.lexicon.fr`` on purpose: the generator must not borrow the extractor's own
word lists, or the tests it feeds would only check the extractor against itself.
Templates use ``str.format`` slots; every template here starts with a word that may be lower-cased.
"""

from __future__ import annotations

from typing import Any

FIRST_NAMES_F = (
    "Claire", "Sophie", "Nathalie", "Isabelle", "Amélie", "Camille", "Élodie", "Fatou", "Leïla", "Agnès",
    "Hélène", "Mathilde", "Inès", "Valérie", "Sandrine", "Aurélie", "Chloé", "Yasmina", "Béatrice", "Nadia",
)  # fmt: skip
FIRST_NAMES_M = (
    "Thomas", "Nicolas", "Julien", "François", "Mehdi", "Olivier", "Stéphane", "Antoine", "Karim", "Benoît",
    "Jérôme", "Pascal", "Mamadou", "Laurent", "Guillaume", "Rémi", "Yannick", "Hugo", "Philippe", "Sébastien",
)  # fmt: skip
LAST_NAMES = (
    "Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Bonnet", "Mercier", "Lambert", "Fontaine",
    "Rousseau", "Vincent", "Chevalier", "Garnier", "Faure", "Renaud", "Perrin", "Morel", "Benali", "Diallo",
    "Le Gall", "Vasseur", "Lemoine", "Carpentier", "Marchand", "Da Silva", "Nguyen", "Haddad", "Kouassi",
)  # fmt: skip

#: (masculine, feminine) roles; {org} is filled with an organisation's name with its article after "de"
ROLES = (
    ("directeur général {org}", "directrice générale {org}"),
    ("porte-parole {org}", "porte-parole {org}"),
    ("président {org}", "présidente {org}"),
    ("secrétaire général {org}", "secrétaire générale {org}"),
    ("économiste {org}", "économiste {org}"),
    ("responsable des études {org}", "responsable des études {org}"),
)
#: roles that stand without an organisation
PLAIN_ROLES = (
    ("ministre de l'Économie", "ministre de l'Économie"),
    ("ministre de la Transition écologique", "ministre de la Transition écologique"),
    ("maire de {city}", "maire de {city}"),
    ("député de la {n}e circonscription", "députée de la {n}e circonscription"),
    ("chercheur au CNRS", "chercheuse au CNRS"),
    ("syndicaliste", "syndicaliste"),
)

#: organisations: (name, article as written before the name, "de" + article contracted)
ORGANISATIONS = (
    ("Insee", "l'", "de l'"), ("SNCF", "la ", "de la "), ("Banque de France", "la ", "de la "),
    ("Medef", "le ", "du "), ("CGT", "la ", "de la "), ("Cour des comptes", "la ", "de la "),
    ("Ademe", "l'", "de l'"), ("Fédération française du bâtiment", "la ", "de la "),
    ("Union des industries chimiques", "l'", "de l'"), ("Observatoire régional de la santé", "l'", "de l'"),
    ("Airbus", "", "d'"), ("Renault", "", "de "), ("Orange", "", "d'"), ("Enedis", "", "d'"),
    ("Greenpeace", "", "de "), ("UFC-Que Choisir", "l'", "de l'"), ("Crédit Agricole", "le ", "du "),
    ("Office français de la biodiversité", "l'", "de l'"), ("Agence régionale de santé", "l'", "de l'"),
)  # fmt: skip
#: media: (name as cited, descriptor used to refer back to it, article before the name in running text)
MEDIA = (
    ("Le Monde", "le quotidien", ""), ("Le Figaro", "le quotidien", ""), ("Libération", "le quotidien", ""),
    ("Les Échos", "le quotidien économique", ""), ("Le Parisien", "le quotidien", ""),
    ("Ouest-France", "le quotidien régional", ""), ("Le Point", "l'hebdomadaire", ""),
    ("Mediapart", "le site d'information", ""), ("Wall Street Journal", "le quotidien américain", "le "),
    ("Financial Times", "le quotidien britannique", "le "), ("La Tribune", "le journal", ""),
    ("Le Soir", "le quotidien belge", ""), ("La Presse", "le quotidien québécois", ""),
)  # fmt: skip
#: news agencies: (name, article in running text)
AGENCIES = (("AFP", "l'"), ("Reuters", "l'agence "), ("Belga", "l'agence "), ("AP", "l'agence "))

CITIES = (
    "Lyon", "Marseille", "Nantes", "Lille", "Toulouse", "Rennes", "Strasbourg", "Bordeaux", "Grenoble",
    "Montpellier", "Dijon", "Brest", "Liège", "Genève", "Québec", "Tunis", "Lomé", "Dakar",
)  # fmt: skip

#: per topic: section, headlines, narrative sentences, direct quotes, partial quotes, named programmes.
#: Slots: {city}, {org} (name with article), {n} (small number), {pct} (a percentage), {year}, {amount}.
TOPICS: dict[str, dict[str, tuple[Any, ...]]] = {
    "énergie": {
        "section": ("Économie",),
        "headlines": (
            "Énergie solaire : les installations bondissent de {pct} % à {city}",
            "Électricité : {org} annonce un plan d'investissement de {amount} millions d'euros",
            "Rénovation énergétique : les demandes d'aide reculent pour la {n}e année",
            "Éolien en mer : le chantier du parc au large de {city} prend du retard",
        ),
        "sentences": (
            "Les installations de panneaux solaires ont progressé de {pct} % sur un an autour de {city}",
            "Près de {amount} foyers se sont équipés depuis le début de l'année {year}",
            "Le prix de l'électricité sur le marché de gros a reculé pour le {n}e mois consécutif",
            "La facture moyenne des ménages devrait baisser d'environ {pct} % l'an prochain",
            "Les délais de raccordement atteignent désormais {n} semaines en moyenne",
            "Le gouvernement doit présenter sa nouvelle feuille de route énergétique avant la fin de l'année",
            "Plusieurs collectivités ont déjà lancé des appels d'offres pour équiper leurs bâtiments publics",
        ),
        "quotes": (
            "Nous n'avions jamais connu un tel rythme de raccordements sur un semestre",
            "Nous avons recruté des techniciens pour résorber le retard d'ici la fin de l'année",
            "La baisse des prix des modules change complètement l'équation pour les particuliers",
            "Il faut simplifier les démarches, sinon les ménages finiront par renoncer",
            "Cette transition ne se fera pas sans un effort massif d'investissement public",
        ),
        "partials": (
            ("dénoncé", "une politique tarifaire", "illisible pour les ménages modestes"),
            ("salué", "une décision", "enfin à la hauteur de l'urgence climatique"),
            ("promis", "des mesures", "dès les prochaines semaines"),
        ),
        "programmes": ("Solaire pour tous", "MaPrimeRénov'", "Territoires à énergie positive"),
        "tags": ("énergie", "solaire", "électricité", "climat"),
    },
    "transports": {
        "section": ("Société",),
        "headlines": (
            "Transports : {org} supprime {n} lignes régionales autour de {city}",
            "Le prix du ticket de métro augmentera de {pct} % à {city} en {year}",
            "Grève des contrôleurs : un trafic très perturbé attendu ce week-end",
            "Vélo : la fréquentation des pistes cyclables a bondi de {pct} % à {city}",
        ),
        "sentences": (
            "La fréquentation des trains régionaux a augmenté de {pct} % depuis le début de l'année",
            "Le chantier de la nouvelle ligne de tramway doit s'achever en {year}",
            "Les usagers dénoncent depuis des mois des retards à répétition sur la ligne",
            "Près de {amount} voyageurs empruntent chaque jour le réseau de {city}",
            "La région a voté une enveloppe de {amount} millions d'euros pour moderniser les gares",
            "Un service de bus de substitution sera mis en place pendant toute la durée des travaux",
        ),
        "quotes": (
            "Les usagers paient aujourd'hui des années de sous-investissement dans le réseau",
            "Nous ferons tout pour que le service soit rétabli avant les vacances scolaires",
            "Cette hausse de tarif est injuste pour ceux qui n'ont pas d'autre choix que le train",
            "Le vélo n'est plus un loisir, c'est devenu un vrai mode de transport du quotidien",
        ),
        "partials": (
            ("dénoncé", "une hausse", "brutale et mal expliquée aux usagers"),
            ("évoqué", "un réseau", "à bout de souffle après des décennies d'abandon"),
            ("promis", "un service", "digne de ce nom d'ici la rentrée"),
        ),
        "programmes": ("Pass Rail", "Mobilités douces 2030", "Plan vélo"),
        "tags": ("transports", "SNCF", "mobilité", "vélo"),
    },
    "santé": {
        "section": ("Santé",),
        "headlines": (
            "Hôpital : les urgences de {city} ferment la nuit faute de médecins",
            "Grippe : l'épidémie progresse dans {n} régions selon les autorités sanitaires",
            "Déserts médicaux : {org} propose de nouvelles aides à l'installation",
        ),
        "sentences": (
            "Le nombre de passages aux urgences a progressé de {pct} % en une semaine",
            "Près de {amount} patients n'ont plus de médecin traitant dans le département",
            "Les services de pédiatrie fonctionnent depuis plusieurs jours au maximum de leurs capacités",
            "Le ministère a annoncé le recrutement de {n} internes supplémentaires d'ici l'été",
            "Une campagne de vaccination doit débuter dans les pharmacies dès le mois prochain",
        ),
        "quotes": (
            "Nous sommes à bout, les équipes ne tiendront pas un hiver de plus dans ces conditions",
            "La situation est préoccupante mais elle reste sous contrôle dans la plupart des hôpitaux",
            "Il faut former davantage de médecins et mieux les répartir sur le territoire",
        ),
        "partials": (
            ("décrit", "une situation", "jamais vue depuis vingt ans dans ce service"),
            ("réclamé", "des moyens", "immédiats et pérennes pour l'hôpital public"),
        ),
        "programmes": ("Ma santé 2022", "Mon soutien psy", "Objectif médecin traitant"),
        "tags": ("santé", "hôpital", "médecins", "urgences"),
    },
    "numérique": {
        "section": ("Tech",),
        "headlines": (
            "Intelligence artificielle : {org} lance une coalition avec {n} entreprises",
            "Cybersécurité : les attaques contre les collectivités ont doublé en {year}",
            "Smartphones : le marché recule de {pct} % au premier trimestre",
        ),
        "sentences": (
            "Le marché mondial des smartphones a reculé de {pct} % sur un an",
            "Plus de {amount} entreprises ont été visées par une cyberattaque l'an dernier",
            "Les dépenses consacrées à l'IA devraient atteindre {amount} millions d'euros",
            "Les collectivités restent les cibles privilégiées des rançongiciels",
            "Le texte européen impose de nouvelles obligations de transparence aux plateformes",
        ),
        "quotes": (
            "L'innovation ouverte est essentielle pour que chacun puisse profiter de ces progrès",
            "Aucune organisation n'est aujourd'hui à l'abri d'une attaque de grande ampleur",
            "Nous voulons que la France reste dans la course face aux géants américains",
        ),
        "partials": (
            ("plaidé pour", "une approche", "ouverte et transparente de la recherche"),
            ("mis en garde contre", "une technologie", "qui évolue plus vite que la loi"),
        ),
        "programmes": ("France 2030", "AI Alliance", "Cybermalveillance"),
        "tags": ("numérique", "intelligence artificielle", "cybersécurité"),
    },
    "politique": {
        "section": ("Politique",),
        "headlines": (
            "Budget : le gouvernement présente un plan d'économies de {amount} millions d'euros",
            "Municipales : la liste sortante largement en tête à {city}",
            "Réforme des retraites : les syndicats appellent à une nouvelle journée de mobilisation",
        ),
        "sentences": (
            "Le projet de loi doit être examiné à l'Assemblée nationale au début du mois prochain",
            "La majorité ne dispose que de {n} voix d'avance pour faire adopter le texte",
            "Les syndicats revendiquent plus de {amount} manifestants dans toute la France",
            "Le conseil municipal de {city} a voté le budget avec {n} voix contre",
            "Un nouveau cycle de concertation doit s'ouvrir avec les partenaires sociaux",
        ),
        "quotes": (
            "Nous ne laisserons pas passer ce texte sans nous battre jusqu'au bout",
            "Le dialogue reste ouvert, mais le calendrier ne changera pas",
            "Les Français attendent des réponses concrètes, pas des promesses",
        ),
        "partials": (
            ("dénoncé", "une réforme", "injuste et mal préparée"),
            ("appelé à", "un sursaut", "de responsabilité collective"),
        ),
        "programmes": ("Pacte des solidarités", "Conseil national de la refondation", "Ségur de la santé"),
        "tags": ("politique", "budget", "syndicats", "retraites"),
    },
    "sport": {
        "section": ("Sport",),
        "headlines": (
            "Football : {city} s'impose dans les dernières minutes et reprend la tête",
            "Cyclisme : un jeune coureur de {city} remporte la {n}e étape",
            "Rugby : le club de {city} officialise l'arrivée d'un nouvel entraîneur",
        ),
        "sentences": (
            "Les locaux ont longtemps été menés avant de renverser la rencontre en fin de match",
            "Le club reste sur une série de {n} victoires consécutives à domicile",
            "Plus de {amount} spectateurs avaient pris place dans les tribunes",
            "La prochaine rencontre aura lieu samedi prochain face au leader du championnat",
            "Le staff médical a confirmé la blessure du capitaine, absent plusieurs semaines",
        ),
        "quotes": (
            "On n'a rien lâché, c'est la victoire de tout un groupe",
            "Il faudra être beaucoup plus rigoureux défensivement si l'on veut viser le titre",
            "Je ne m'attendais pas à gagner aujourd'hui, c'est un rêve d'enfant",
        ),
        "partials": (
            ("évoqué", "une saison", "pleine de promesses pour le club"),
            ("salué", "une équipe", "qui n'a jamais baissé les bras"),
        ),
        "programmes": ("Paris 2024", "Génération 2024", "Pass'Sport"),
        "tags": ("sport", "football", "rugby", "cyclisme"),
    },
}

#: reporting verbs: (past participle, present third person) — all regular "-er" verbs except where noted
VERBS = (
    ("déclaré", "déclare"), ("affirmé", "affirme"), ("expliqué", "explique"), ("ajouté", "ajoute"),
    ("souligné", "souligne"), ("estimé", "estime"), ("indiqué", "indique"), ("précisé", "précise"),
    ("confié", "confie"), ("rappelé", "rappelle"), ("assuré", "assure"), ("insisté", "insiste"),
    ("regretté", "regrette"), ("dénoncé", "dénonce"), ("martelé", "martèle"), ("observé", "observe"),
)  # fmt: skip
#: how a reporting cue is written; {pp} past participle, {pres} present, {name} the speaker
CUE_FORMS = {
    "post": "a {pp}",
    "post_inv_m": "a-t-il {pp}",
    "post_inv_f": "a-t-elle {pp}",
    "pres_inv_m": "{pres}-t-il",
    "pres_inv_f": "{pres}-t-elle",
}
#: sentence frames around a direct quote; {q} is the quote with its marks
DIRECT_FRAMES = {
    "post_named": "{q}, {cue} {speaker}.",
    "post_pronoun": "{q}, {cue}.",
    "pre_colon": "{speaker} {cue} : {q}",
    "pour": "Pour {speaker}, {q}.",
    "post_agency": "{q}, {cue} {speaker} à {agency}.",
}
#: the cue recorded for the agency of "a indiqué X à l'AFP"
AGENCY_CUE = "à"
#: the cue of the "pour" frame
POUR_CUE = "pour"
#: a partial quote: {speaker} {cue} {lead} {q}.
PARTIAL_FRAME = "{speaker} {cue} {lead} {q}."
#: a name in quote marks that is not a quotation
PROGRAMME_FRAMES = (
    "Le dispositif {q} doit être étendu à de nouveaux bénéficiaires dès {year}",
    "Le programme {q} a déjà mobilisé près de {amount} millions d'euros",
    "Les premiers résultats du plan {q} sont attendus l'an prochain",
)
#: source cues written after the sentence they support; {src} is the source as written
SOURCE_SUFFIXES = (
    ("selon", ", selon {src}"),
    ("d'après", ", d'après {src}"),
    ("rapporte", ", rapporte {src}"),
)
#: source cues written before the sentence (which is then lower-cased)
SOURCE_PREFIXES = (
    ("selon", "Selon {src}, "),
    ("d'après", "D'après {src}, "),
    ("à en croire", "À en croire {src}, "),
)
#: "de" + an organisation when introducing a spokesperson
SPOKESPERSON = "un porte-parole {org}"

#: quote marks: (opening, closing)
QUOTE_MARKS = (("«\u00a0", "\u00a0»"), ("« ", " »"), ("«\u202f", "\u202f»"), ("“", "”"), ('"', '"'))

MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
#: visible publication lines; {date} a written-out date, {time} "11h20"
PUBLISHED_LINES = ("Publié le {date} à {time}", "Publié le {date}, à {time}", "Le {date} à {time}")
MODIFIED_LINE = "Mis à jour le {date} à {time}"
BYLINE = "Par {author}"

RELATED_LABELS = (
    "Articles qui pourraient vous intéresser", "Sur le même sujet", "À lire aussi", "Lire aussi",
    "Dans la même rubrique", "Nos articles sur le même thème",
)  # fmt: skip
#: breadcrumb's first step, ad slot label, comment section
HOME = "Accueil"
AD_LABEL = "Publicité"
COMMENTS_LABEL = "Commentaires"
COMMENT_PROMPT = "Réagir à cet article"
COMMENT_BUTTON = "Publier"
#: (pseudonym, comment) pairs readers post under articles
COMMENTS = (
    ("Jean-Mi44", "Encore une annonce sans lendemain, on connaît la chanson depuis des années."),
    (
        "citoyenne_du_sud",
        "Merci pour cet article très clair, enfin quelqu'un qui explique le fond du dossier.",
    ),
    ("Pierrot", "Et qui va payer tout ça à la fin ? Toujours les mêmes, évidemment."),
    ("Lectrice assidue", "Il manque l'avis des principaux intéressés dans ce papier, dommage."),
    (
        "bzh29",
        "Chez nous rien n'a changé depuis l'an dernier, les promesses n'engagent que ceux qui y croient.",
    ),
)
#: labels of an inline insert pointing to another article, inside the body
INSERT_LABELS = ("Lire aussi", "À lire aussi", "Lire également")
TICKER_LABELS = ("L'Actu en continu", "En continu", "Dernières infos", "Fil info")
MOST_READ_LABELS = ("Les plus lus", "Les articles les plus lus", "Les plus partagés")
NAV_ITEMS = (
    "Accueil", "Politique", "Économie", "Société", "International", "Culture", "Sport", "Planète",
    "Régions", "Idées", "Sciences", "Dossiers spéciaux",
)  # fmt: skip
SHARE_ITEMS = (
    "Partager sur Facebook", "Partager sur X", "Partager sur LinkedIn", "Envoyer par e-mail",
    "Copier le lien",
)  # fmt: skip
COOKIE_TEXTS = (
    "Nous utilisons des cookies pour mesurer l'audience du site et vous proposer des contenus adaptés.",
    "Avec votre accord, nos partenaires et nous utilisons des cookies ou technologies similaires.",
)
COOKIE_BUTTONS = ("Tout accepter", "Continuer sans accepter", "Paramétrer")
NEWSLETTER_TEXTS = ("Recevez chaque matin notre lettre d'information", "Inscrivez-vous à notre newsletter")
NEWSLETTER_BUTTON = "S'inscrire"
FOOTER_ITEMS = ("Mentions légales", "CGU", "Contact", "Politique de confidentialité", "Plan du site")
PROMO_TEXTS = ("Hors-séries & Spéciaux", "Abonnez-vous pour 1 € le premier mois")
CAPTION_CREDITS = ("Photo AFP", "Illustration Getty Images", "DR", "Photo archives")
SITE_NAMES = (
    "Éco Régions", "Le Courrier du Centre", "L'Écho des Territoires", "Info Plus", "La Gazette du Sud",
    "Le Journal de l'Ouest", "Actu Matin", "Le Petit Quotidien", "Nouvelles de l'Est", "Le Veilleur",
)  # fmt: skip
SUBHEADS = (
    "Des délais qui s'allongent", "Un marché sous tension", "Des inquiétudes persistantes",
    "Ce qui va changer", "Une décision très attendue", "Les prochaines étapes", "Un bilan contrasté",
)  # fmt: skip
#: how related blocks show a date; slots: {weekday} {Weekday} {day} {month} {Month} {dd} {mm} {year}
RELATED_DATE_FORMATS = ("{Weekday} {day} {Month} {year}", "{day} {month} {year}", "{dd}/{mm}/{year}")
#: a written-out date in a publication line
LONG_DATE = "{weekday} {day} {month} {year}"
FIRST_OF_MONTH = "1er"
TIME_FORMAT = "{hh}h{mi}"
#: narrative sentences that fit any topic (slots as in TOPICS)
GENERIC_SENTENCES = (
    "Les premiers effets de ces mesures ne devraient pas se faire sentir avant {year}",
    "Une réunion de suivi est prévue à {city} dans les {n} prochaines semaines",
    "Le dossier sera de nouveau examiné lors de la prochaine séance du conseil",
    "La hausse atteint {pct} % sur les douze derniers mois, un niveau inédit depuis dix ans",
    "Les associations de consommateurs réclament davantage de transparence sur les chiffres",
    "Plusieurs élus locaux ont demandé un moratoire en attendant une nouvelle étude d'impact",
    "Le montant total de l'enveloppe s'élève à {amount} millions d'euros sur cinq ans",
    "Les professionnels du secteur attendent désormais des précisions sur le calendrier",
    "Cette annonce intervient alors que la situation s'est nettement dégradée depuis l'automne",
    "Une consultation publique sera ouverte en ligne pendant {n} semaines",
    "Les discussions doivent reprendre après la trêve estivale",
    "Le sujet divise jusque dans les rangs de la majorité municipale de {city}",
    "Un rapport d'étape sera remis au Parlement avant la fin du mois de juin",
    "Les chiffres définitifs seront publiés au début de l'année prochaine",
)
