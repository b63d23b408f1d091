"""Actor knowledge base: names, demonyms, capitals, sector nouns, matcher terms."""

from __future__ import annotations

import pytest

from tessera.resolve.actors import ActorDataError, ActorInfo, ActorKnowledgeBase, fold


@pytest.fixture(scope="module")
def kb() -> ActorKnowledgeBase:
    return ActorKnowledgeBase.default()


def test_default_is_built_once() -> None:
    assert ActorKnowledgeBase.default() is ActorKnowledgeBase.default()


@pytest.mark.parametrize(
    ("text", "name", "country", "sector", "kind"),
    [
        ("JNIM", "JNIM", "MLI", "REB", "group"),
        ("GSIM", "JNIM", "MLI", "REB", "group"),
        ("the Takuba force", "Takuba", "EUR", "MIL", "mission"),
        ("U.N.", "United Nations", "IGO", "IGO", "igo"),
        ("the UN", "United Nations", "IGO", "IGO", "igo"),
        ("The UN", "United Nations", "IGO", "IGO", "igo"),
        ("Al-Shabab", "Al-Shabaab", "SOM", "REB", "group"),
        ("al Shabaab", "Al-Shabaab", "SOM", "REB", "group"),
        ("ISWAP", "ISWAP", "NGA", "REB", "group"),
        # Global jihadist brands have no home country (affiliates on several continents).
        ("ISIS", "Islamic State", None, "REB", "group"),
        ("al Qaeda", "Al-Qaeda", None, "REB", "group"),
        # National forces named by their own names often fight abroad: their state, not the host's.
        ("UPDF", "Uganda People's Defence Force", "UGA", "MIL", "mission"),
        ("the Rwanda Defence Force", "Rwanda Defence Force", "RWA", "MIL", "mission"),
        ("KDF", "Kenya Defence Forces", "KEN", "MIL", "mission"),
        ("3R", "3R", "CAF", "REB", "group"),
        ("the Balochistan Liberation Army", "Balochistan Liberation Army", "PAK", "REB", "group"),
        ("Islamic State in the Greater Sahara", "Islamic State Sahel Province", "MLI", "REB", "group"),
        ("Wagner", "Wagner Group", "RUS", "MIL", "group"),
        ("ECOWAS", "ECOWAS", "IGO", "IGO", "igo"),
        ("Mali", "Mali", "MLI", "GOV", "country"),
        ("Bamako", "Mali", "MLI", "GOV", "country"),
        ("Moscow", "Russia", "RUS", "GOV", "country"),
        ("Russian Federation", "Russia", "RUS", "GOV", "country"),
        ("Cote d'Ivoire", "Ivory Coast", "CIV", "GOV", "country"),
        ("Bazoum", "Mohamed Bazoum", "NER", "GOV", "person"),
        ("Assimi Goita", "Assimi Goïta", "MLI", "MIL", "person"),
    ],
)
def test_lookup(kb: ActorKnowledgeBase, text: str, name: str, country: str | None, sector: str, kind: str) -> None:
    info = kb.lookup(text)
    assert info is not None
    assert (info.name, info.country, info.sector, info.kind) == (name, country, sector, kind)


def test_organisations_are_coded_igo_with_their_region(kb: ActorKnowledgeBase) -> None:
    assert kb.lookup("ECOWAS") == ActorInfo("ECOWAS", "IGO", "IGO", "igo", region="WAF")
    assert kb.lookup("EU") is not None and kb.lookup("EU").region == "EUR"
    assert kb.lookup("MINUSMA").country == "IGO"


def test_lookup_folds_case_accents_and_possessive(kb: ActorKnowledgeBase) -> None:
    assert kb.lookup("ecowas") == kb.lookup("ECOWAS") is not None
    assert kb.lookup("fact") is None and kb.lookup("FACT") is not None
    assert kb.lookup("Médecins Sans Frontières") == kb.lookup("medecins sans frontieres")
    assert kb.lookup("ECOWAS's") == kb.lookup("ECOWAS")
    assert kb.lookup("Hezbollah\u2019s") == kb.lookup("Hezbollah")


def test_acronyms_match_only_as_written(kb: ActorKnowledgeBase) -> None:
    assert kb.lookup("US") is not None and kb.lookup("US").country == "USA"
    assert kb.lookup("us") is None
    assert kb.lookup("IS") is not None
    assert kb.lookup("is") is None
    assert kb.lookup("car") is None
    assert kb.lookup("CAR") is not None
    # In texts lowercased throughout, case is no evidence: only acronyms that are
    # unlikely words match there.
    assert kb.lookup("un", lowercased=True) is not None
    assert kb.lookup("rsf", lowercased=True) is not None
    assert kb.lookup("car", lowercased=True) is None
    assert kb.lookup("us", lowercased=True) is None


def test_unknown_text(kb: ActorKnowledgeBase) -> None:
    assert kb.lookup("the village elders") is None
    assert kb.lookup("") is None


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("Malian", "MLI"),
        ("Nigerien", "NER"),
        ("Nigériens", "NER"),
        ("Nigerian", "NGA"),
        ("French", "FRA"),
        ("Burkinabe", "BFA"),
        ("Chadians", "TCD"),
        ("Russians", "RUS"),
        ("Ivorian", "CIV"),
    ],
)
def test_country_of_demonym(kb: ActorKnowledgeBase, word: str, code: str) -> None:
    assert kb.country_of_demonym(word) == code


def test_country_of_name(kb: ActorKnowledgeBase) -> None:
    assert kb.country_of_name("Mali") == "MLI"
    assert kb.country_of_name("Bamako") == "MLI"
    assert kb.country_of_name("Niamey") == "NER"
    assert kb.country_of_name("Washington") == "USA"
    assert kb.country_of_name("Burkina Faso") == "BFA"
    assert kb.country_of_name("Kiribati") == "KIR"  # from pycountry alone
    assert kb.country_of_name("JNIM") is None


@pytest.mark.parametrize(
    ("noun", "sector"),
    [
        ("army", "MIL"),
        ("soldiers", "MIL"),
        ("troops", "MIL"),
        ("police", "COP"),
        ("policemen", "COP"),
        ("government", "GOV"),
        ("minister", "GOV"),
        ("president", "GOV"),
        ("diplomat", "GOV"),
        ("ambassador", "GOV"),
        ("rebels", "REB"),
        ("jihadists", "REB"),
        ("insurgents", "REB"),
        ("militants", "REB"),
        ("terrorists", "REB"),
        ("gunmen", "UAF"),
        ("armed men", "UAF"),
        ("assailants", "UAF"),
        ("protesters", "CVL"),
        ("civilians", "CVL"),
        ("villagers", "CVL"),
        ("students", "CVL"),
        ("court", "JUD"),
        ("judge", "JUD"),
        ("opposition", "OPP"),
        ("party", "PTY"),
        ("journalists", "MED"),
        ("militias", "MIL"),
        ("authorities", "GOV"),
    ],
)
def test_sector_of_noun(kb: ActorKnowledgeBase, noun: str, sector: str) -> None:
    assert kb.sector_of_noun(noun) == sector


def test_sector_of_noun_unknown(kb: ActorKnowledgeBase) -> None:
    assert kb.sector_of_noun("convoy") is None


def test_titles_and_modifiers(kb: ActorKnowledgeBase) -> None:
    assert kb.sector_of_title("Colonel") == "MIL"
    assert kb.sector_of_title("President") == "GOV"
    assert kb.is_title("Mr") and kb.sector_of_title("Mr") is None
    assert kb.sector_of_modifier("armed") == "UAF"
    assert kb.sector_of_modifier("jihadist") == "REB"
    assert kb.is_role_head("leaders") and kb.is_collective_noun("dozens") and kb.is_foreign_role("ambassador")


def test_matcher_terms(kb: ActorKnowledgeBase) -> None:
    terms = kb.matcher_terms()
    assert ("JNIM", "ORG") in terms
    assert ("Mohamed Bazoum", "PERSON") in terms
    assert ("Malian", "NORP") in terms
    assert ("MINUSMA", "ORG") in terms
    surfaces = {surface for surface, _ in terms}
    assert "IS" not in surfaces  # "is" in lower case: not safe to tag
    assert "LeT" not in surfaces  # "let": its case is what makes it a name
    assert "Platform" not in surfaces  # an `exact` alias: a word as often as a name
    assert "Bazoum" not in surfaces  # a lone surname is a lookup, not a tag
    assert all(label in {"ORG", "NORP", "GPE", "PERSON"} for _, label in terms)


def test_could_start_name(kb: ActorKnowledgeBase) -> None:
    assert kb.could_start_name("Islamic") and kb.could_start_name("al")
    assert not kb.could_start_name("yesterday")


def test_fold() -> None:
    assert fold("The  U.N.") == "un"
    assert fold("al-Qaeda's") == "al qaeda"
    assert fold("Côte d\u2019Ivoire") == "cote d'ivoire"


def test_bad_data_is_reported_with_its_place() -> None:
    with pytest.raises(ActorDataError, match="groups\\[0\\]"):
        ActorKnowledgeBase.from_data({"groups": [{"name": "X", "country": "XXX", "sector": "REB", "kind": "group"}]})
    with pytest.raises(ActorDataError, match="sector"):
        ActorKnowledgeBase.from_data({"groups": [{"name": "X", "country": "MLI", "sector": "ZZZ", "kind": "group"}]})
    with pytest.raises(ActorDataError, match="both"):
        ActorKnowledgeBase.from_data({"sector_nouns": {"MIL": ["guard"], "COP": ["guard"]}})
    with pytest.raises(ActorDataError, match="ISO"):
        ActorKnowledgeBase.from_data({"countries": {"ZZZ": {"names": ["Nowhere"]}}})
    with pytest.raises(ActorDataError, match="foreign_place_recipient_types: unknown event types"):
        ActorKnowledgeBase.from_data({"foreign_place_recipient_types": ["RETREAT", "PROTESTS"]})


def test_the_acts_of_one_arm_of_a_state_carry_its_sector_and_type() -> None:
    kb = ActorKnowledgeBase.from_data({"state_acts": ["curfew"],
                                       "arm_acts": {"COERCE": {"MIL": ["coup"]}, "ACCUSE": {"JUD": ["inquiry"]}}})
    assert kb.state_act_sector("COERCE", "Coup") == "MIL"
    assert kb.state_act_sector("ACCUSE", "inquiry") == "JUD"
    assert kb.state_act_sector("COERCE", "curfew") == "GOV"
    # a word of one type's list says nothing of another type; plain state acts are coercions
    assert kb.state_act_sector("ACCUSE", "coup") is None
    assert kb.state_act_sector("ACCUSE", "curfew") is None
    assert kb.state_act_sector("COERCE", "meeting") is None
    with pytest.raises(ActorDataError, match="arm_acts: unknown event types"):
        ActorKnowledgeBase.from_data({"arm_acts": {"COUPS": {"MIL": ["coup"]}}})
    with pytest.raises(ActorDataError, match="sector"):
        ActorKnowledgeBase.from_data({"arm_acts": {"COERCE": {"ARMY": ["coup"]}}})


def test_the_knowledge_base_reads_function_words_as_data_without_spacy() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from tessera.resolve.actors import ActorKnowledgeBase\n"
        "kb = ActorKnowledgeBase.default()\n"
        "terms = {surface for surface, _ in kb.matcher_terms()}\n"
        "print('IS' in terms, kb.lookup('us', lowercased=True) is None, 'spacy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "True", "False"]


def test_an_acronym_spelled_like_a_french_word_is_not_tagged_in_french() -> None:
    from tessera.extraction.actors_fr import french_knowledge_base

    french = {surface for surface, _ in french_knowledge_base().matcher_terms()}
    english = {surface for surface, _ in ActorKnowledgeBase.default().matcher_terms()}
    assert "UN" in english and "UN" not in french  # "un" is the French article


def test_verbs_of_undergoing_and_border_nouns_are_read_from_the_language_data(kb: ActorKnowledgeBase) -> None:
    assert kb.undergoes("suffer") and kb.undergoes("Experience") and kb.undergoes("come under")
    assert not kb.undergoes("launch") and not kb.undergoes("come")
    assert kb.is_border_noun("border") and kb.is_border_noun("Frontier")
    assert not kb.is_border_noun("province")


def test_congo_alone_is_the_drc_as_in_wire_copy(kb: ActorKnowledgeBase) -> None:
    assert [kb.country_of_name(name) for name in ("Congo", "DR Congo", "Republic of Congo", "Congo Republic")] == [
        "COD", "COD", "COG", "COG"]
