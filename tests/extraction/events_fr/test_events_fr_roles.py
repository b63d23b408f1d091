"""French actors, recipients and tolls in shapes the small parse gets wrong, in sentences of our own.

- Of two phrases the parse labels agent of a passive, the one "par" opens is the agent ("pris
  d'assaut ... par les rebelles du M23": "d'assaut" is the idiom's word).
- A group named right after the attack noun a verb governs is the author ("blessés dans une
  attaque antibalaka à Bambari", the name taken for a participle with the place hung on it).
- A distance, or a subject opened by a preposition, is no victim ("A Kati, à 15 km de Bamako,
  un gendarme a été tué": one dead, a gendarme, not 15).
- A country named in a participle clause of a phrase says where its people are, the phrase's
  demonym whose they are ("des soldats belges basés au Niger" are Belgian).
- The "à" complement of a light verb the parse hung on its object is the recipient ("a lancé un
  ultimatum à la garde"); a protest whose object names no one ("ont manifesté leur colère") is
  addressed to the state of its place, as one with no object is.
- A killing told with "également" or "aussi" ("Un lycéen a également été tué à Nioro") has its
  own toll, which is no toll of another event of its sentence.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tessera.records import as_article
from tests.extraction.events_fr.french_battery import coded_events


@pytest.fixture(scope="module")
def pipeline():
    from tessera.pipeline import Pipeline

    return Pipeline()


def _first(pipeline, text: str, event_type: str):
    events = [e for e in coded_events(pipeline, text) if e.type == event_type]
    assert events, f"no {event_type} in {text!r}"
    return events[0]


def test_par_agent_over_idiom_agent(pipeline):
    event = _first(pipeline, "L'aéroport de Goma, situé au bord du lac, a été pris d'assaut mardi matin par les "
                             "rebelles du M23, appuyés par des troupes étrangères.", "ASSAULT")
    assert event.actor is not None and event.actor.name == "M23" and event.actor.country == "COD"


@pytest.mark.parametrize("text", [
    "Le 3 mai, deux Casques bleus avaient été blessés dans une attaque antibalaka à Bambari (centre).",
    "Six civils ont été tués dans une embuscade antibalaka près de Bossangoa samedi.",
])
def test_group_named_after_attack_noun(pipeline, text):
    event = _first(pipeline, text, "ASSAULT")
    assert event.actor is not None and event.actor.country == "CAF" and event.actor.type == "REB"


@pytest.mark.parametrize(("text", "toll"), [
    ("A Kati, à une quinzaine de km au nord de Bamako, un gendarme a été tué lors d'un accrochage mardi.", 1),
    ("Près de Ménaka, à 40 km de la ville, neuf soldats ont été tués dimanche.", 9),
])
def test_distance_is_no_victim(pipeline, text, toll):
    event = _first(pipeline, text, "ASSAULT")
    assert event.fatalities == toll
    assert event.recipient is None or "km" not in event.recipient.text


@pytest.mark.parametrize(("text", "toll"), [
    ("Près de Gao, une vingtaine de civils ont été tués.", 20),
    ("Près de Mopti, une quinzaine de soldats ont été tués.", 15),
])
def test_subject_beside_a_place_subject(pipeline, text, toll):
    # the parse gives the verb two subjects, the place that "près de" opens and the victims
    event = _first(pipeline, text, "ASSAULT")
    assert event.fatalities == toll


def test_demonym_over_country_of_participle_clause(pipeline):
    event = _first(pipeline, "Les derniers des 300 soldats belges basés au Niger ont quitté le pays samedi.",
                   "RETREAT")
    assert event.actor is not None and event.actor.country == "BEL" and event.actor.type == "MIL"


def test_a_complement_hung_on_light_verb_object(pipeline):
    event = _first(pipeline, "Le chef de l'État est retenu à Niamey par sa garde, et l'armée a lancé un ultimatum "
                             "à la garde présidentielle mardi.", "THREATEN")
    assert event.recipient is not None and event.recipient.type == "MIL" and event.recipient.country == "NER"


def test_protest_object_naming_no_one(pipeline):
    event = _first(pipeline, "À Kayes, les commerçants ont manifesté leur colère lundi devant la mairie.", "PROTEST")
    assert event.recipient is not None and event.recipient.country == "MLI"


@pytest.mark.parametrize(("text", "toll"), [
    ("La police a dispersé les manifestants à Kayes lundi. Un lycéen a également été tué à Nioro, selon un élu.", 1),
    ("Trois gendarmes ont été tués près de Dori. Deux bergers ont aussi été tués dimanche à Gorom-Gorom.", 2),
])
def test_a_killing_told_with_also_keeps_its_own_toll(pipeline, text, toll):
    # "également"/"aussi" keeps the count out of the sentence's other events, not out of its own
    events = [e for e in coded_events(pipeline, text) if e.type == "ASSAULT" and e.fatalities == toll]
    assert events


@pytest.mark.parametrize(("text", "country"), [
    ("Trois villageois ont été tués dans une attaque attribuée aux combattants des ADF près d'Oicha.", "UGA"),
    ("Des attaques attribuées aux éléments de Boko Haram ont fait neuf morts dans le Mayo-Tsanaga.", "NGA"),
    ("Cinq soldats ont été tués dans une embuscade imputée aux rebelles du M23 près de Rutshuru.", "COD"),
    ("L'attaque a été imputée aux rebelles du M23 par les autorités locales.", "COD"),
    ("Quatre gendarmes sont morts dans une embuscade imputée aux soldats maliens près de la frontière.", "MLI"),
])
def test_author_of_an_attributed_act(pipeline, text, country):
    # the "à" complement of "attribuée"/"imputée" on the act noun is its author
    event = _first(pipeline, text, "ASSAULT")
    assert event.actor is not None and event.actor.country == country


@pytest.mark.parametrize("text", [
    "Deux civils ont été tués dans une attaque attribuée à Beni.",
    # a phrase the parse broke, naming no known side: no author (the article may name it elsewhere)
    "Deux civils ont été tués dans une attaque attribuée au groupe Forces démocratiques alliées (ADF) près d'Oicha.",
])
def test_attributed_to_no_known_side(pipeline, text):
    event = _first(pipeline, text, "ASSAULT")
    assert event.actor is None


@pytest.mark.parametrize(("text", "country"), [
    ("Peu après, le Hezbollah a déclaré dans un communiqué avoir tiré des roquettes sur Metoula.", "LBN"),
    ("Les rebelles du M23 ont affirmé dans un message avoir tué dix soldats près de Goma.", "COD"),
])
def test_bare_infinitive_hung_on_a_complement_has_the_verbs_subject(pipeline, text, country):
    # no noun governs a bare infinitive: "avoir tiré" hung on "communiqué" is the verb's
    event = _first(pipeline, text, "ASSAULT")
    assert event.actor is not None and event.actor.country == country


def _incidents(pipeline, text: str, event_type: str):
    from tests.extraction.events_fr.french_battery import PUBLISHED, as_article

    document = pipeline.extract(as_article({"id": "t", "text": text, "published": PUBLISHED, "language": "fr"}))
    return [i for i in document.incidents if i.type == event_type and not i.context]


def test_story_group_is_author_of_unnamed_attack(pipeline):
    # The one armed group the report's lead names is the author of the attack it tells with
    # an unnamed one ("des hommes armés"); its own country, not the place's.
    text = ("Nigeria : nouvelle attaque de Boko Haram dans l'État de Borno.\n\n"
            "Des hommes armés ont tué quatre villageois mardi soir à Konduga, selon des sources locales. "
            "Les assaillants sont repartis vers la forêt.")
    incidents = _incidents(pipeline, text, "ASSAULT")
    assert incidents and all(i.actor is not None and i.actor.name == "Boko Haram" for i in incidents)


@pytest.mark.parametrize("text", [
    # two groups named: whose attack it was is no longer told by the article alone
    ("Nigeria : Boko Haram et Ansaru se disputent le nord de l'État de Borno.\n\n"
     "Des hommes armés ont tué quatre villageois mardi soir à Konduga, selon des sources locales. "
     "Les assaillants sont repartis vers la forêt."),
    # a group named only far down the report is background
    ("Cameroun : quatre villageois tués à Mora.\n\n"
     "Des hommes armés ont tué quatre villageois mardi soir à Mora, selon des sources locales. "
     "Les assaillants sont repartis vers la frontière. Le préfet a réuni les chefs de village. "
     "Un comité de vigilance a été formé. Les écoles restent ouvertes. "
     "La région avait déjà connu des attaques de Boko Haram en 2015."),
])
def test_no_story_group(pipeline, text):
    incidents = _incidents(pipeline, text, "ASSAULT")
    assert incidents and all(i.actor is None or i.actor.name != "Boko Haram" for i in incidents)


@pytest.mark.parametrize(("text", "event_type", "country"), [
    ("Quatre villageois ont été tués mardi soir dans une attaque à Konduga, dans le nord-est du Nigeria.",
     "ASSAULT", "NGA"),
    ("Deux enseignants ont été enlevés lundi près de Mora, dans l'Extrême-Nord du Cameroun.", "COERCE", "CMR"),
])
def test_an_act_whose_author_the_report_never_names_is_an_unnamed_side_of_its_place(pipeline, text, event_type,
                                                                                    country):
    # French reports share the English convention (fr actors.yaml place_author_types).
    incidents = _incidents(pipeline, text, event_type)
    assert incidents and all(i.actor is not None and i.actor.name == "unnamed side"
                             and i.actor.country == country for i in incidents)


def test_an_attack_told_with_no_author_after_one_named_is_an_unnamed_side_of_its_place(pipeline):
    # An army named as the author of one attack is not the author of the next one told without any.
    text = ("L'armée nigériane a tué six jihadistes près de Monguno lundi, selon un communiqué.\n\n"
            "Mercredi, trois commerçants ont été tués dans une attaque contre un marché à Konduga.")
    incidents = [i for i in _incidents(pipeline, text, "ASSAULT") if i.location and i.location.text == "Konduga"]
    assert incidents and all(i.actor is not None and i.actor.name == "unnamed side"
                             and i.actor.country == "NGA" for i in incidents)


@pytest.mark.parametrize(("text", "event_type", "country"), [
    ("Le gouvernement a rejeté ces accusations mardi à Bamako.", "REJECT", "MLI"),
    ("L'opposition a réclamé mardi à Lomé la libération des détenus.", "REQUEST", "TGO"),
])
def test_an_act_of_word_or_policy_with_no_addressee_is_addressed_to_its_place_s_state(pipeline, text, event_type,
                                                                                     country):
    # fr actors.yaml place_addressee_types: the English reports' convention, measured on French.
    incidents = _incidents(pipeline, text, event_type)
    assert incidents and all(i.recipient is not None and i.recipient.country == country
                             and i.recipient.type is None for i in incidents)


def test_the_story_group_wins_over_an_unnamed_side(pipeline):
    # The group the lead names is the author of the attack told with none (story_author runs first).
    text = ("Nigeria : Boko Haram frappe encore dans l'État de Borno.\n\n"
            "Quatre villageois ont été tués mardi soir dans une attaque à Konduga, selon des sources locales.")
    incidents = _incidents(pipeline, text, "ASSAULT")
    assert incidents and all(i.actor is not None and i.actor.name == "Boko Haram" for i in incidents)


def test_a_group_the_lead_names_in_lower_case_is_the_story_group(pipeline):
    # "shebab" in lower case is no entity of the parse, but the actor reader names the group in
    # the lead: it is the story's group, the author of the attack told with none.
    text = ("Mardi, des combattants shebab présumés ont tendu une embuscade à un bus près de Garissa.\n\n"
            "Deux voyageurs ont été tués dans l'attaque, selon un responsable de la police locale.\n\n"
            "Le bus reliait Nairobi à la côte.\n\n"
            "Quatre policiers ont été tués le lendemain dans une attaque près de Mandera.")
    incidents = [i for i in _incidents(pipeline, text, "ASSAULT") if i.location and i.location.text == "Mandera"]
    assert incidents and all(i.actor is not None and i.actor.name == "Al-Shabaab" for i in incidents)


def test_a_group_named_again_and_again_after_the_lead_is_the_story_group(pipeline):
    # The lead says only "des assaillants"; the group is told acting in three later sentences:
    # the report is about it, and it is the author of the attacks told with an unnamed author.
    text = ("Niger : des villages attaqués dans la région de Diffa.\n\n"
            "Des assaillants ont tué cinq villageois mardi soir à Bosso, selon le préfet. "
            "Des cases ont été incendiées. Les habitants ont fui vers la ville. "
            "En février, Boko Haram avait enlevé dix femmes près de la frontière. "
            "En mars, Boko Haram avait incendié un marché dans un village voisin. "
            "En avril, Boko Haram avait attaqué un poste militaire de la zone.")
    incidents = [i for i in _incidents(pipeline, text, "ASSAULT") if i.location and i.location.text == "Bosso"]
    assert incidents and all(i.actor is not None and i.actor.name == "Boko Haram" for i in incidents)


def test_a_group_only_named_after_the_lead_is_still_background(pipeline):
    # named three times, but as a side of an act in one sentence only: background
    text = ("Mali : des villageois tués dans la région de Mopti.\n\n"
            "Des hommes armés ont tué cinq villageois mardi à Mopti, selon le maire. "
            "Des greniers ont été incendiés. Les habitants ont fui vers la ville. "
            "Le JNIM avait revendiqué l'an dernier une attaque dans la zone. "
            "Le JNIM est affilié à Al-Qaïda. "
            "Le JNIM est né en 2017 de la fusion de plusieurs groupes.")
    incidents = [i for i in _incidents(pipeline, text, "ASSAULT") if i.location and i.location.text == "Mopti"]
    assert incidents and all(i.actor is None or i.actor.name != "JNIM" for i in incidents)


def test_a_group_named_twice_after_the_lead_is_still_background(pipeline):
    text = ("Niger : des villages attaqués dans la région de Diffa.\n\n"
            "Des assaillants ont tué cinq villageois mardi soir à Bosso, selon le préfet. "
            "Des cases ont été incendiées. Les habitants ont fui vers la ville. "
            "La région avait connu des attaques de Boko Haram en 2015. "
            "Boko Haram y avait alors recruté des jeunes.")
    incidents = [i for i in _incidents(pipeline, text, "ASSAULT") if i.location and i.location.text == "Bosso"]
    assert incidents and all(i.actor is None or i.actor.name != "Boko Haram" for i in incidents)


@pytest.mark.parametrize("text", [
    "Une patrouille de soldats tchadiens a fait l'objet de tirs nourris mercredi près de Bol.",
    "Des soldats tchadiens ont été la cible de tirs mercredi près de Bol.",
    "Des soldats tchadiens ont subi des tirs mercredi près de Bol.",
    "Des soldats tchadiens ont subi une attaque mercredi près de Bol.",
])
def test_attack_undergone_by_its_subject(pipeline, text):
    # a frame of suffering ("faire l'objet de", "être la cible de", "subir") tells fire undergone
    # as an attack, and its subject is the target, not the author
    event = _first(pipeline, text, "ASSAULT")
    assert event.recipient is not None and event.recipient.country == "TCD"
    assert event.actor is None or event.actor.country != "TCD"


@pytest.mark.parametrize("text", [
    "Des tirs de joie ont retenti mercredi à Bol.",
    "Le village subit régulièrement des tirs.",
])
def test_fire_not_undergone_is_no_attack(pipeline, text):
    assert not [e for e in coded_events(pipeline, text) if e.type == "ASSAULT"]


@pytest.mark.parametrize(("text", "event_type", "country"), [
    ("Deux géologues belges enlevés au Mali.", "COERCE", "BEL"),
    ("Deux policiers nigériens tués dans une embuscade près de Tillabéri.", "ASSAULT", "NER"),
    ("Quatre mineurs italiens enlevés par des hommes armés la nuit dernière.", "COERCE", "ITA"),
])
def test_a_participle_on_a_noun_makes_the_noun_its_patient(pipeline, text, event_type, country):
    # a reduced relative ("des otages enlevés", no "être"): passive, the noun suffers it and
    # only a "par" phrase acts
    event = _first(pipeline, text, event_type)
    assert event.recipient is not None and event.recipient.country == country
    assert event.actor is None or event.actor.country != country



@pytest.mark.parametrize(("text", "country", "sector"), [
    ("Le gouvernement a condamné une agression turque ayant blessé trois civils à Kobané mardi.", "TUR", None),
    # a sector's adjective: an armed group of no country named
    ("Les autorités ont dénoncé une agression jihadiste ayant tué deux bergers près de Djibo lundi.", None, "REB"),
])
def test_participle_of_an_act_noun_takes_the_side_the_noun_names(pipeline, text, country, sector):
    """A verb's participle clause on a violent act's noun ("une agression turque ayant blessé
    ...") tells that act: its author is the side the noun's adjective names."""
    event = _first(pipeline, text, "ASSAULT")
    assert event.actor is not None and event.actor.country == country and event.actor.type == sector
    assert event.actor.text in ("turque", "jihadiste")


@pytest.mark.parametrize(("text", "foreign"), [
    # the act's noun names no side: no author from it
    ("Le gouvernement a condamné une agression ayant blessé trois civils à Kobané mardi.", None),
    ("Le gouvernement a condamné une agression meurtrière ayant blessé trois civils à Kobané mardi.", None),
    # the adjective is another noun's: "près de la frontière malienne" names where, not who
    ("Le ministre a condamné une agression près de la frontière malienne ayant blessé trois civils à Djibo "
     "mardi.", "MLI"),
])
def test_participle_of_an_act_noun_naming_no_side(pipeline, text, foreign):
    event = _first(pipeline, text, "ASSAULT")
    assert event.actor is None or event.actor.name == "unnamed side"
    assert event.actor is None or event.actor.country != foreign or foreign is None


@pytest.mark.parametrize("text", [
    # "criminel" after an act's noun says the act was deliberate, not that criminals did it
    "Un incendie criminel a tué deux commerçants au marché de Kaolack dans la nuit de mardi.",
    "Un incendie criminel a tué trois personnes à Bamako dans la nuit de lundi.",
    "Une explosion criminelle a tué deux personnes à Beyrouth lundi.",
    "Une attaque criminelle a tué deux personnes à Beyrouth lundi.",
    "Des incendies criminels ont tué trois personnes à Bamako lundi.",
    "Des attaques criminelles ont tué trois personnes à Bamako lundi.",
])
def test_an_adjective_of_the_acts_kind_names_no_author(pipeline, text):
    """An adjective that qualifies the act (fr/triggers.yaml `act_qualifiers`: "un incendie
    criminel") names no side as its author, though "criminel" is a CRM word of a phrase."""
    document = pipeline.extract(as_article({"id": "t", "text": text, "published": dt.date(2024, 3, 9),
                                            "language": "fr"}))
    assaults = [i for i in document.incidents if i.type == "ASSAULT"]
    assert assaults
    for incident in assaults:
        assert incident.actor is None or (incident.actor.type != "CRM"
                                          and not incident.actor.text.startswith("criminel"))


def test_a_terrorist_attack_keeps_its_armed_group_author(pipeline):
    # "terroriste" does name a side (REB), as on base
    event = _first(pipeline, "Une attaque terroriste a tué deux soldats près de Djibo lundi.", "ASSAULT")
    assert event.actor is not None and event.actor.type == "REB"
