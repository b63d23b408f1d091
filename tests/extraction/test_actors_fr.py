"""French actors: the shared knowledge base with French names, and noun phrases -> Actor."""

import pytest

from tessera.extraction.actors_fr import actor_from_token_fr, french_knowledge_base, merged_actor_data


@pytest.fixture(scope="module")
def parser():
    from tessera.parse import Parser, load_language

    return Parser(load_language("fr"))


def _subject(parser, text):
    sentence = parser.parse(text).sentences[0]
    token = next(t for t in sentence.doc if t.dep_ == "nsubj")
    return actor_from_token_fr(sentence, token, french_knowledge_base())


@pytest.mark.parametrize(
    ("text", "name", "country", "sector"),
    [
        ("Les FAMa ont repoussé l'assaut.", "FAMa", "MLI", "MIL"),
        ("L'armée nigérienne a riposté.", None, "NER", "MIL"),
        # A group of several countries has none unless the phrase states it.
        ("Des combattants du GSIM ont attaqué le camp.", "JNIM", None, "REB"),
        ("Des combattants maliens du GSIM ont attaqué le camp.", "JNIM", "MLI", "REB"),
        ("Les jihadistes de l'EIGS ont attaqué le camp.", "Islamic State Sahel Province", None, "REB"),
        ("Le groupe Wagner a quitté la ville.", "Wagner Group", "RUS", "MIL"),
        ("Des hommes armés non identifiés ont attaqué le marché.", None, None, "UAF"),
        # A name the French data writes in lower case is a name in lower case too.
        ("Les shebab ont attaqué la base.", "Al-Shabaab", "SOM", "REB"),
        ("Les paramilitaires des FSR ont attaqué la ville.", "Rapid Support Forces", "SDN", "REB"),
        ("Des membres d'un gang ont attaqué le bus.", None, None, "CRM"),
        ("Des supplétifs de l'armée ont attaqué le village.", None, None, "MIL"),
    ],
)
def test_french_phrases_name_the_shared_actors(parser, text, name, country, sector):
    actor = _subject(parser, text)
    assert (actor.name, actor.country, actor.type) == (name, country, sector)


def test_merge_refuses_aliases_of_unknown_actors():
    with pytest.raises(ValueError, match="unknown actors"):
        merged_actor_data({"groups": []}, {"aliases": {"Nobody": ["X"]}})


def test_french_role_word_wins_over_an_english_homograph():
    data = merged_actor_data(
        {"sector_nouns": {"REB": ["militant"]}}, {"sector_nouns": {"OPP": ["militant"]}}
    )
    assert data["sector_nouns"]["REB"] == [] and data["sector_nouns"]["OPP"] == ["militant"]


def test_the_french_place_recipient_types_replace_the_english_ones():
    english = {"place_recipient_types": ["PROTEST"], "foreign_place_recipient_types": ["RETREAT"]}
    data = merged_actor_data(english, {"foreign_place_recipient_types": ["RETREAT", "SANCTION"]})
    assert data["place_recipient_types"] == ["PROTEST"]
    assert data["foreign_place_recipient_types"] == ["RETREAT", "SANCTION"]
    assert "SANCTION" in french_knowledge_base().foreign_place_recipient_types


def test_acronym_in_apposition_names_the_actor(parser):
    actor = _subject(parser, "La Communauté économique régionale (Cédéao) a maintenu ses sanctions contre le Mali.")
    assert actor is not None and actor.name == "ECOWAS"



def test_the_name_that_holds_the_head_wins_over_a_country_named_after_it(parser):
    # a headline run into the lead: the phrase of "Cédéao" goes on to "au Burkina"
    text = ("La Cédéao maintient la pression sur les putschistes au Mali, en Guinée, au Burkina\n\n"
            "La Communauté a maintenu vendredi ses sanctions contre le Mali.")
    sentence = parser.parse(text).sentences[0]
    token = next(t for t in sentence.doc if t.text == "Cédéao")
    actor = actor_from_token_fr(sentence, token, french_knowledge_base())
    assert actor is not None and actor.name == "ECOWAS" and actor.country == "IGO"
    assert not actor.text.endswith("\n")


def test_an_igo_takes_only_a_nationality_stated_of_itself(parser):
    actor = _subject(parser, "Des Casques bleus égyptiens ont riposté au Mali.")
    assert actor.country == "EGY"


def test_a_long_name_with_typographic_apostrophes(parser):
    actor = _subject(parser, "La Communauté économique des États de l\u2019Afrique de l\u2019Ouest a condamné le coup.")
    assert actor is not None and actor.name == "ECOWAS"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Une quinzaine de puissances occidentales, dont la France, ont dénoncé l'accord.", "FRA"),
        ("Des pays voisins, dont le Niger, ont condamné le coup.", "NER"),
    ],
)
def test_a_group_named_by_one_of_its_members(parser, text, country):
    actor = _subject(parser, text)
    assert actor is not None and actor.country == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a name written as one hyphenated or inner-capital word, in lower case
        ("Des miliciens anti-balaka ont attaqué le camp de déplacés.", "Anti-balaka", "CAF"),
        ("Les ex-Séléka ont pillé le marché.", "Séléka", "CAF"),
        # the acronym in apposition to a word of the phrase
        ("Des éléments du groupe Retour, réclamation et réhabilitation (3R) ont attaqué le village.", "3R", "CAF"),
    ],
)
def test_central_african_armed_groups(parser, text, name, country):
    actor = _subject(parser, text)
    assert (actor.name, actor.country, actor.type) == (name, country, "REB")


def test_the_casamance_separatists_are_senegals(parser):
    # the real-news convention (README-fr): the MFDC is SEN REB, wherever it fights
    actor = _subject(parser, "Le Mouvement des forces démocratiques de Casamance a attaqué une patrouille.")
    assert (actor.name, actor.country, actor.type) == ("MFDC", "SEN", "REB")


@pytest.mark.parametrize(
    "text",
    ["Des soldats stationnés près de la frontière avec le Mali ont attaqué le camp.",
     "Les habitants d'un village frontalier du Mali ont fui le camp."],
)
def test_a_country_across_a_border_is_not_the_sides(parser, text):
    # the neighbour named across the border is not the country of those near it
    actor = _subject(parser, text)
    assert actor is not None and actor.country != "MLI"
    assert "Mali" in actor.text  # the phrase's span is kept whole


def test_the_acts_of_one_arm_of_the_state_are_french_data():
    kb = french_knowledge_base()
    assert kb.state_act_sector("COERCE", "coup") == "MIL"
    assert kb.state_act_sector("COERCE", "condamner") == "JUD"
    assert kb.state_act_sector("ACCUSE", "enquête") == "JUD"
    assert kb.state_act_sector("COERCE", "couvre-feu") == "GOV"  # a state act of no one arm
    # condemning is no sentence, and an inquiry is no coercion
    assert kb.state_act_sector("ACCUSE", "condamner") is None
    assert kb.state_act_sector("COERCE", "enquête") is None


def test_a_common_word_in_lower_case_is_no_name(parser):
    actor = _subject(parser, "La police a dispersé la foule.")
    assert actor.name is None and actor.type == "COP"


@pytest.mark.parametrize(
    ("text", "sector"),
    [("Des membres de milices d'autodéfense ont riposté.", "MIL"),
     ("Des éléments de la police ont riposté.", "COP")],
)
def test_a_role_is_of_those_its_complement_names(parser, text, sector):
    assert _subject(parser, text).type == sector


def test_only_one_word_names_written_in_lower_case_count_as_lower_case_names():
    from tessera.extraction.actors_fr import lowercase_names

    names = lowercase_names()
    assert "shebab" in names and "antibalaka" in names
    assert all(n == n.lower() and " " not in n for n in names)


@pytest.mark.parametrize(
    ("text", "word"),
    [("DES HOMMES ARMÉS ATTAQUENT UN POSTE DE POLICE", "POSTE"),
     ("UN GROUPE ARMÉ ATTAQUE AU NORD DU PAYS", "NORD")],
)
def test_a_function_word_in_a_headline_in_capitals_is_no_acronym(parser, text, word):
    # "UN" the article and "AU" the preposition, not the UN's and the African Union's acronyms
    sentence = parser.parse(text).sentences[0]
    token = next(t for t in sentence.doc if t.text == word)
    actor = actor_from_token_fr(sentence, token, french_knowledge_base())
    assert actor is None or actor.country != "IGO"


def test_an_acronym_read_as_a_name_still_names_its_actor(parser):
    assert _subject(parser, "L'UA a condamné l'attaque.").name == "African Union"


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        # the participle clause up to a name is short, however many tokens the parse
        # makes of the name, also with more hung on the name
        ("La coalition dirigée par l'Arabie saoudite a bombardé un hôpital.", "coalition", "SAU"),
        ("Six civils sont morts sous les tirs de la force menée par la République centrafricaine.", "force", "CAF"),
        ("Une frappe de la coalition dirigée par l'Arabie Saoudite dans la nuit de mardi a tué six bergers.",
         "coalition", "SAU"),
        # a name the parse split read on the words of the text
        ("Le Royaume-Uni a bombardé un village.", "Royaume", "GBR"),
        ("La Guinée équatoriale a expulsé trois diplomates.", "Guinée", "GNQ"),
        ("Les Émirats arabes unis ont bombardé un port.", "Émirats", "ARE"),
        ("L'Afrique du Sud a rappelé son ambassadeur.", "Afrique", "ZAF"),
    ],
)
def test_a_name_the_parse_splits_is_read_whole(parser, text, word, country):
    sentence = parser.parse(text).sentences[0]
    token = next(t for t in sentence.doc if t.text == word)
    actor = actor_from_token_fr(sentence, token, french_knowledge_base())
    assert actor is not None and actor.country == country


def test_a_participle_clause_with_no_name_stays_out(parser):
    text = "La coalition dirigée depuis trois ans par des officiers maliens a bombardé un port."
    sentence = parser.parse(text).sentences[0]
    token = next(t for t in sentence.doc if t.text == "coalition")
    actor = actor_from_token_fr(sentence, token, french_knowledge_base())
    assert actor is None or actor.country is None


def test_a_name_in_a_participle_clause_that_is_no_agent_stays_out(parser):
    text = "Les soldats ont attaqué la Libye, un pays accusé comme la Guinée équatoriale de trafic d'armes."
    sentence = parser.parse(text).sentences[0]
    token = next(t for t in sentence.doc if t.text == "pays")
    actor = actor_from_token_fr(sentence, token, french_knowledge_base())
    assert actor is None or actor.country != "GNQ"
