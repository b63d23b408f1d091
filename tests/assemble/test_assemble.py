"""Assemble stage: one article's mentions -> incidents, and background marked as context.

Sentences are written for these tests; each rule is tried on several phrasings.
"""

from __future__ import annotations

import pytest

from tessera.assemble import assemble_incidents, dateline_span, default_assemble_rules, geo_precision
from tessera.records import Article, Document, Incident, Place
from tests.incidents import occasions

PUBLISHED = "2024-03-09"  # a Saturday: "Friday" is 2024-03-08


def code(pipeline, text: str) -> Document:
    return pipeline.extract(Article(id="t", text=text, published=PUBLISHED))


def reported(document: Document) -> list[Incident]:
    return [i for i in document.incidents if not i.context]


def words(document: Document, incident: Incident) -> list[str]:
    triggers = {e.id: e.trigger.text.lower() for e in document.events}
    return [triggers[i] for i in incident.events]


def incident_of(document: Document, text: str, sentence: str) -> Incident:
    """The incident whose mentions include the trigger inside `sentence` of `text`."""
    start = text.index(sentence)
    end = start + len(sentence)
    ids = {e.id for e in document.events if start <= e.trigger.start < end}
    # (a two-sided fight's other side holds the same mentions: one occasion)
    found = [i for i in occasions(document.incidents) if ids & set(i.events)]
    assert len(found) == 1, (sentence, found)
    return found[0]


def test_every_mention_is_in_exactly_one_incident(pipeline):
    text = (
        "Gunmen attacked Djibo on Monday, killing five civilians. Another attack on Dori killed three "
        "soldiers. The raid on Dori was claimed by the Islamic State. Attacks have killed more than "
        "2,000 people since 2019."
    )
    document = code(pipeline, text)
    listed = [m for i in document.incidents for m in i.events]
    assert sorted(listed) == sorted(e.id for e in document.events)


@pytest.mark.parametrize(
    ("text", "mentions", "fatalities", "date"),
    [
        (
            "Gunmen killed 14 soldiers on Friday in an attack in the north, the army said. The assault "
            "took place at the Kari post in Soum province. The attack is the deadliest this year.",
            3,
            14,
            "2024-03-08",
        ),
        (
            "Militants stormed a military base in Borno state on Tuesday, killing 12 soldiers. "
            "The raid lasted several hours.",
            2,
            12,
            "2024-03-05",
        ),
        (
            "Rebels attacked the town of Beni on Thursday, killing 11 people, officials said. "
            "The UN condemned the attack.",
            2,
            11,
            "2024-03-07",
        ),
    ],
)
def test_anaphors_join_the_incident_they_refer_to(pipeline, text, mentions, fatalities, date):
    document = code(pipeline, text)
    assault = [i for i in reported(document) if i.type == "ASSAULT"]
    assert len(assault) == 1, [words(document, i) for i in document.incidents]
    incident = assault[0]
    assert len(incident.events) == mentions
    assert incident.fatalities == fatalities
    assert incident.date is not None and incident.date.value == date


def test_each_field_comes_from_the_mention_that_states_it_most_precisely(pipeline):
    text = (
        "Gunmen killed 14 soldiers on Friday in an attack in the north, the army said. The assault "
        "took place at the Kari post in Soum province. The attack is the deadliest this year."
    )
    document = code(pipeline, text)
    (incident,) = reported(document)
    by_id = {e.id: e for e in document.events}
    # The place is named in the second sentence, the day and toll in the first; the
    # third's "this year" is less precise than "Friday".
    assert incident.location is not None and incident.location.name == "Soum"
    assert incident.location.feature == "admin2" and incident.geo_precision == "district"
    assert "Soum province" in text[by_id[incident.evidence.location].sentence.start :]
    assert by_id[incident.evidence.location].trigger.text == "assault"
    assert by_id[incident.evidence.date].date.text == "Friday"
    assert by_id[incident.evidence.fatalities].fatalities == 14


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked Djibo on Monday, killing five civilians. Another attack on Dori killed three soldiers.",
        "Suspected jihadists killed 9 civilians in Bamako on Monday. In a separate attack on Wednesday, "
        "gunmen ambushed a convoy, killing 5 soldiers. The ambush was claimed by a jihadist group.",
        "Gunmen killed 20 villagers in Zamfara state on Saturday. A second attack in the state killed four "
        "people on Sunday.",
    ],
)
def test_distinct_attacks_in_one_article_stay_distinct(pipeline, text):
    document = code(pipeline, text)
    assaults = [i for i in reported(document) if i.type == "ASSAULT"]
    assert len(assaults) == 2, [words(document, i) for i in document.incidents]
    tolls = {i.fatalities for i in assaults}
    assert len(tolls) == 2


def test_an_anaphor_refers_to_the_nearest_compatible_incident(pipeline):
    text = (
        "Suspected jihadists killed 9 civilians in Bamako on Monday. In a separate attack on Wednesday, "
        "gunmen ambushed a convoy, killing 5 soldiers. The ambush was claimed by a jihadist group."
    )
    document = code(pipeline, text)
    (second,) = [i for i in reported(document) if i.fatalities == 5]
    assert words(document, second) == ["ambushed", "ambush"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The country has been fighting an insurgency since 2015.",
        "Attacks have killed more than 2,000 people since 2019.",
        "Violence has killed thousands.",
        "Armed groups regularly attack villages in the region.",
        "Clashes between herders and farmers have killed hundreds in recent months.",
        "It was the third coup in the region in three years.",
        "Sanctions have crippled the economy for years.",
        "More than 9,000 people were murdered between January and August, according to official figures.",
    ],
)
def test_background_is_context(pipeline, sentence):
    lead = "Soldiers seized power in Gabon on Wednesday. " if "coup" in sentence else ""
    text = lead + sentence
    document = code(pipeline, text)
    incident = incident_of(document, text, sentence)
    assert incident.context, (sentence, incident)
    if lead:
        assert not incident_of(document, text, lead.strip()).context


@pytest.mark.parametrize(
    "sentence",
    [
        "Jihadists have killed 14 soldiers in northern Burkina Faso, the army said on Saturday.",
        "Gunmen who have terrorised the area for years attacked the village of Kari on Sunday, killing six people.",
        "Thousands of people protested in Bamako on Friday.",
        "Clashes broke out in Bamako on Friday between police and protesters.",
        # A plural that names one act (assemble.yaml `plural_acts`), with no day told.
        "The regional bloc imposed economic sanctions on Mali.",
        "The two sides held talks in Addis Ababa.",
        # a night's span of days is one act's time, no period
        "Gunmen killed twelve villagers in Kari between Monday and Tuesday.",
    ],
)
def test_one_reported_event_is_not_context(pipeline, sentence):
    document = code(pipeline, sentence)
    assert document.incidents, sentence
    assert not any(i.context for i in document.incidents), sentence


@pytest.mark.parametrize(
    "sentence, trigger",
    [
        ("Police fired tear gas at hundreds of stone-throwing demonstrators at a crossroads in the capital.",
         "demonstrators"),
        ("The rebels said their fighters used homemade mortars to attack an army post.", "mortars"),
    ],
)
def test_a_plural_that_counts_people_or_rounds_is_not_several_events(pipeline, sentence, trigger):
    """A plural trigger noun of the protesters or of what a weapon fires (`counted_nouns`)
    counts one incident's crowd or rounds: no context however undated."""
    document = code(pipeline, sentence)
    found = [i for i in document.incidents if trigger in words(document, i)]
    assert len(found) == 1, (sentence, document.incidents)
    assert not found[0].context, (sentence, found[0])


@pytest.mark.parametrize(
    "sentence",
    ["The army said it repelled attacks by militants.", "Insurgents have stepped up raids on army posts in the north."],
)
def test_an_undated_plural_event_noun_stays_several_events(pipeline, sentence):
    document = code(pipeline, sentence)
    assert document.incidents and all(i.context for i in document.incidents), sentence


@pytest.mark.parametrize(
    ("lead", "sentence"),
    [
        ("Gunmen killed six herders in Moyen-Chari on Friday. ",
         "Earlier clashes in Moyen-Chari in January left around a dozen people dead."),
        ("Police fired tear gas at students in Nairobi on Friday. ",
         "Inspired by protests in Kenya in June, students are mobilising online."),
    ],
)
def test_a_plural_event_noun_with_its_own_place_and_month_is_one_occasion(pipeline, lead, sentence):
    """A plural event noun whose own phrase names a place, stated for a month: the events of
    one occasion told as such, not a kind of event (`_placed_and_dated`)."""
    text = lead + sentence
    document = code(pipeline, text)
    assert not incident_of(document, text, sentence).context, document.incidents


@pytest.mark.parametrize(
    "sentence",
    ["Attacks in Burkina Faso have killed thousands of people.",
     "Attacks in Burkina Faso in 2023 killed thousands of people."],
)
def test_a_plural_event_noun_with_a_place_but_no_month_stays_several_events(pipeline, sentence):
    document = code(pipeline, sentence)
    assert document.incidents and all(i.context for i in document.incidents), sentence


def test_an_ordinal_event_noun_with_its_own_toll_is_one_of_the_reported_incidents(pipeline):
    """"The second attack ... killed one person" tells one of the attacks the report tells in
    turn, not a place in a series (context); "the third coup" with no toll stays a series."""
    text = (
        "Two bombs exploded in Kampala on Tuesday, killing three people. The first blast, near the "
        "police headquarters, killed two passers-by. The second attack, carried out by a man on a "
        "motorbike, killed one person."
    )
    document = code(pipeline, text)
    second = incident_of(document, text, "The second attack, carried out by a man on a motorbike, killed one person.")
    assert not second.context, document.incidents
    assert second.fatalities == 1


def test_counted_nouns_are_the_protesters_and_what_a_weapon_fires():
    rules = default_assemble_rules()
    assert {"protester", "demonstrator", "mortar", "rocket"} <= rules.counted_nouns
    assert not {"attack", "raid", "strike", "clash", "explosion"} & rules.counted_nouns


def test_context_never_absorbs_a_reported_incident(pipeline):
    text = (
        "Attacks have killed more than 2,000 people since 2019. Gunmen killed 12 civilians in Djibo on "
        "Sunday. The attack was the deadliest this month."
    )
    document = code(pipeline, text)
    background = [i for i in document.incidents if i.context]
    assert background and all(words(document, i) == ["attacks"] for i in background)
    assert any(i.fatalities == 12 for i in reported(document)) or "January" not in text and "February" not in text


def test_dateline_place_is_a_fallback_only(pipeline):
    # The dateline city is where the reporter files from, not where the attack was.
    with_country = code(pipeline, "NIAMEY, March 4 -- Gunmen killed 9 civilians in Mali on Monday.")
    (incident,) = reported(with_country)
    assert incident.location is not None and incident.location.country == "MLI"
    assert incident.geo_precision == "country"


def test_dateline_span():
    assert dateline_span("NIAMEY, Dec 22 (Xinhua) -- Gunmen ...") == (0, 6)
    assert dateline_span("OUAGADOUGOU, Burkina Faso, March 4 -- Suspected ...") is not None
    assert dateline_span("Gunmen killed 14 soldiers -- the army said.") is None


@pytest.mark.parametrize(
    ("feature", "expected"),
    [("city", "town"), ("site", "town"), ("admin2", "district"), ("admin1", "region"), ("country", "country")],
)
def test_geo_precision_from_the_feature(feature, expected):
    place = Place(text="X", start=0, end=1, name="X", feature=feature)
    assert geo_precision(place) == expected
    assert geo_precision(place, dateline=True) in ("region", "country")


def test_stage_alone_is_deterministic_and_keeps_events(pipeline):
    # (No armed group named: the pipeline's role conventions after assembly would make one the
    # author of the militants' raid, `roles.story_author`.)
    text = (
        "Militants stormed a military base in Borno state on Tuesday, killing 12 soldiers. "
        "The raid lasted several hours. Jihadists have waged an insurgency in the northeast for years."
    )
    parsed = pipeline.parser.parse(text)
    document = code(pipeline, text)
    again = assemble_incidents(document.events, parsed, article_id="t", places=document.places)
    # The pipeline then sets each incident's trained confidence (tessera.confidence).
    assert [i.model_dump(exclude={"confidence"}) for i in again] == [
        i.model_dump(exclude={"confidence"}) for i in document.incidents]


def test_following_sentences_that_elaborate_the_lead_join_its_incident(pipeline):
    # The date is stated two sentences after the lead, in a sentence with no anaphor.
    text = (
        "Gunmen killed six people in the village of Tanout in Niger, officials said. "
        "Several women were also kidnapped. "
        "The gunmen stormed the village around noon on Sunday, a witness said."
    )
    document = code(pipeline, text)
    assault = [i for i in reported(document) if i.type == "ASSAULT"]
    assert len(assault) == 1, [words(document, i) for i in document.incidents]
    assert assault[0].fatalities == 6
    assert assault[0].date is not None and assault[0].date.value == "2024-03-03"


def test_a_date_of_another_clause_is_not_the_incidents(pipeline):
    text = (
        "Gunmen killed nine villagers in Gusau on Thursday. "
        "Relatives said those who died in the attack would be buried on Monday."
    )
    document = code(pipeline, text)
    incident = incident_of(document, text, "Gunmen killed nine")
    assert incident.date is not None and incident.date.value == "2024-03-07"
    assert [i for i in reported(document) if i.type == "ASSAULT"] == [incident]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # The report's day, hung by the parser on the reported killing, is not the killing's.
        ("The army said on Thursday it had killed 20 militants in a strike on Wednesday near Kidal.", "2024-03-06"),
        ("Police announced on Friday they had killed six kidnappers on Tuesday in Zamfara.", "2024-03-05"),
        # A killing that states no day of its own keeps the report's as its fallback.
        ("Police said on Thursday gunmen had killed 12 villagers in Kaya.", "2024-03-07"),
    ],
)
def test_the_day_of_a_report_is_not_the_reported_killings(pipeline, text, day):
    incident = next(i for i in reported(code(pipeline, text)) if i.type == "ASSAULT")
    assert incident.date is not None and incident.date.value == day


@pytest.mark.parametrize(
    "text",
    [
        # The day of a saying told after the act, or of a statement claiming it, is the
        # report's: the day a later sentence states dates the one incident.
        "Twenty soldiers were killed in an attack on their base in Djibo, the army said on Friday. "
        "The attack took place on Wednesday.",
        "On Friday, the group released another statement, claiming the killing of 20 soldiers in Djibo. "
        "The soldiers were killed in an attack on their base on Wednesday.",
    ],
)
def test_the_day_of_a_saying_after_the_act_does_not_date_it(pipeline, text):
    assault = [i for i in reported(code(pipeline, text)) if i.type == "ASSAULT"]
    assert len(assault) == 1
    assert assault[0].date is not None and assault[0].date.value == "2024-03-06"


@pytest.mark.parametrize(
    "text",
    [
        # A definite noun naming what was just told, subject of a copula its sentence dates,
        # dates it: on the noun or on the copula, the sentence between undated.
        "Gunmen stormed a police post in Djibo and killed four officers, the army said on Friday. "
        "The assailants fled on motorbikes. "
        "The assault on Wednesday was the second such raid on the town in a month.",
        "Gunmen stormed a police post in Djibo and killed four officers, the army said on Friday. "
        "The incident Wednesday night was the deadliest in the province this year.",
        "Gunmen stormed a police post in Djibo and killed four officers, the army said on Friday. "
        "The attack on Wednesday came a week after a raid on a nearby market.",
    ],
)
def test_a_dated_anaphoric_subject_of_a_copula_dates_what_was_told(pipeline, text):
    document = code(pipeline, text)
    (incident,) = [i for i in reported(document) if i.type == "ASSAULT" and i.fatalities == 4]
    assert incident.date is not None and incident.date.value == "2024-03-06"


def test_a_dated_subject_that_is_no_anaphor_does_not_date_what_was_told(pipeline):
    # A day on another subject ("The vote on Wednesday") tells another thing's day.
    text = (
        "Gunmen stormed a police post in Djibo and killed four officers, the army said on Friday. "
        "The vote on Wednesday was the first in the province this year."
    )
    document = code(pipeline, text)
    (incident,) = [i for i in reported(document) if i.type == "ASSAULT" and i.fatalities == 4]
    assert incident.date is not None and incident.date.value == "2024-03-08"


def test_a_superlative_since_compares_one_incident_with_a_period(pipeline):
    text = "Insurgents killed 16 people on Tuesday in their deadliest attack since launching an insurgency in 2017."
    document = code(pipeline, text)
    (incident,) = [i for i in document.incidents if i.type == "ASSAULT"]
    assert not incident.context
    assert incident.fatalities == 16
    assert incident.date is not None and incident.date.value == "2024-03-05"


def test_an_exact_toll_refines_a_lower_bound_and_two_bounds_stay_apart(pipeline):
    refined = (
        "An airstrike on a market in Sennar state left more than 20 people dead and dozens of others wounded, "
        "officials said. At least 21 civilians were killed in the air raid on Sunday, the governor said."
    )
    document = code(pipeline, refined)
    assault = [i for i in reported(document) if i.type == "ASSAULT"]
    assert len(assault) == 1, [words(document, i) for i in document.incidents]
    assert assault[0].fatalities == 21
    assert assault[0].date is not None and assault[0].date.value == "2024-03-03"

    two = (
        "At least 22 people were killed in an airstrike on a market in Omdurman on Saturday, the ministry said. "
        "At least 31 people were killed in an airstrike on Saturday, the rebels said."
    )
    document = code(pipeline, two)
    tolls = sorted(i.fatalities for i in reported(document) if i.type == "ASSAULT" and i.fatalities)
    assert tolls == [22, 31]


@pytest.mark.parametrize(
    "text",
    [
        "At least 22 people were killed in an airstrike on a market in Omdurman on Saturday, the ministry said. "
        "The rebels claimed that at least 31 people died in the attack.",
        "Gunmen killed 22 villagers in an attack on Kadji on Tuesday, the governor said. "
        "Residents said 30 people died in the raid.",
        "An ambush near Gao killed 22 soldiers on Tuesday, the army said. "
        "One of the attackers was killed in the ambush, the statement added.",
    ],
)
def test_a_definite_noun_refers_back_whatever_toll_its_sentence_gives(pipeline, text):
    """Another source's figure or a part of the toll, told of "the attack": one incident,
    with the toll stated first."""
    document = code(pipeline, text)
    incidents = [i for i in reported(document) if i.type == "ASSAULT"]
    assert len(incidents) == 1, [words(document, i) for i in document.incidents]
    assert incidents[0].fatalities == 22
    assert len(incidents[0].events) >= 2


def test_a_round_strict_bound_is_refined_by_a_larger_lower_bound(pipeline):
    text = (
        "More than 20 people were killed in a car bomb blast in Idlib, a monitor said. At least 23 people, "
        "including seven civilians, were killed in a car bomb attack in the city of Idlib, the monitor added."
    )
    document = code(pipeline, text)
    incidents = [i for i in reported(document) if i.type == "ASSAULT"]
    assert len(incidents) == 1, [words(document, i) for i in document.incidents]
    assert incidents[0].fatalities == 23
    # "up to" is an upper bound: no refinement of "over 100", whose incident it agrees with
    text = (
        "Gunmen killed over 100 people in Bukkuyum on Tuesday, a resident said. "
        "Some reports say up to 200 villagers were murdered."
    )
    document = code(pipeline, text)
    tolls = sorted(i.fatalities for i in reported(document) if i.type == "ASSAULT" and i.fatalities)
    assert tolls == [100]


def test_the_lead_date_stays_with_its_incident_when_background_follows(pipeline):
    text = (
        "More than a dozen soldiers died on Monday as gunmen attacked an army post in Soum province, the army said. "
        "A provisional report states that more than a dozen soldiers were killed. "
        "The heaviest attack to date left 12 soldiers dead at Nassoumbou in December 2016."
    )
    document = code(pipeline, text)
    lead = incident_of(document, text, "gunmen attacked an army post")
    assert lead.date is not None and lead.date.value == "2024-03-04"
    past = incident_of(document, text, "The heaviest attack")
    assert past is not lead
    assert past.date is not None and past.date.value == "2016-12"


def test_an_incident_told_right_after_another_takes_its_setting_where_it_states_none(pipeline):
    text = "Gunmen killed six people in Tillaberi in Niger on Sunday. Several women were also kidnapped."
    document = code(pipeline, text)
    assault = incident_of(document, text, "Gunmen killed six")
    kidnapping = incident_of(document, text, "Several women were also kidnapped")
    assert kidnapping is not assault and kidnapping.type == "COERCE"
    assert assault.date is not None and kidnapping.date == assault.date
    assert kidnapping.location == assault.location and kidnapping.location is not None
    assert kidnapping.evidence.date == assault.evidence.date


def test_an_incident_announced_as_another_keeps_no_borrowed_setting(pipeline):
    text = "Gunmen killed six people in Tillaberi in Niger on Sunday. Another attack killed three soldiers."
    document = code(pipeline, text)
    other = incident_of(document, text, "Another attack")
    assert other.date is None


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        # Another incident of the same occasion, told without a day: the report's day.
        (
            "Police opened fire on protesters in Abeche on Thursday, killing nine people. "
            "Other protests were held in the towns of Mongo and Ati.",
            "Other protests",
        ),
        (
            "Militants ambushed a patrol near Gao on Thursday, killing four soldiers. "
            "In a separate incident, a soldier was killed in an exchange of fire near Menaka.",
            "a soldier was killed",
        ),
    ],
)
def test_another_incident_of_the_same_occasion_takes_the_reports_day(pipeline, text, sentence):
    document = code(pipeline, text)
    # "Other protests were held in the towns of Mongo and Ati": one incident per town
    # (`split_place_lists`), each on the report's day.
    start = text.index(sentence)
    ids = {e.id for e in document.events if start <= e.trigger.start < start + len(sentence)}
    found = [i for i in document.incidents if ids & set(i.events)]
    assert found and all(i.date is not None and i.date.value == "2024-03-07" for i in found)


def test_an_incident_announced_as_of_another_time_takes_no_reports_day(pipeline):
    text = "Gunmen killed six people in Tillaberi in Niger on Sunday. An earlier attack killed three soldiers."
    assert incident_of(code(pipeline, text), text, "An earlier attack").date is None


def test_a_mention_placed_in_a_definite_event_noun_refers_back(pipeline):
    text = (
        "Gunmen attacked Gusau on Thursday, killing nine villagers. The town lies near the border. "
        "Its market is the largest in the state. Farmers grow millet there. "
        "Relatives mourned the villagers killed during the attack."
    )
    document = code(pipeline, text)
    assault = [i for i in reported(document) if i.type == "ASSAULT"]
    assert len(assault) == 1, [words(document, i) for i in document.incidents]
    assert assault[0].fatalities == 9


def test_a_mention_placed_in_an_event_noun_no_mention_holds_refers_back(pipeline):
    # "the assault" is a lexicon event noun the events stage made no mention of (the
    # sentence's verb told the killing): the drivers killed during it are that attack's dead,
    # though they are of another kind than the officer told first.
    text = (
        "Gunmen attacked a fuel convoy near Tal on Thursday, killing 9 people. "
        "The attack first claimed the life of a police officer. By Friday, one more officer had died of "
        "his wounds, along with six drivers and two traders who were also killed during the assault."
    )
    document = code(pipeline, text)
    assault = [i for i in reported(document) if i.type == "ASSAULT"]
    assert len(assault) == 1, [words(document, i) for i in document.incidents]
    assert assault[0].fatalities == 9
    assert assault[0].date is not None and assault[0].date.value == "2024-03-07"


def test_killed_in_another_incident_noun_stays_apart(pipeline):
    # Told as another attack, the drivers' killing is not the convoy attack's.
    text = (
        "Gunmen attacked a fuel convoy near Tal on Thursday, killing 9 people. "
        "The attack first claimed the life of a police officer. By Friday, one more officer had died of "
        "his wounds, along with six drivers and two traders who were also killed during another assault."
    )
    document = code(pipeline, text)
    assault = [i for i in reported(document) if i.type == "ASSAULT"]
    assert len(assault) == 2, [words(document, i) for i in document.incidents]


# French (issue 13): the assembly's words are per language (data/fr/assemble.yaml).


@pytest.fixture(scope="module")
def french():
    from tessera.pipeline import Pipeline

    return Pipeline.for_language("fr")


def _french_facts(french, text: str, trigger: str):
    from tessera.assemble import default_assemble_rules, mention_facts

    article = Article(id="t", text=text, published=PUBLISHED, language="fr")
    document = french.extract(article)
    parsed = french.parser.parse(text)
    event = next(e for e in document.events if e.trigger.text == trigger and e.trigger.start > text.index("."))
    starts = frozenset(e.trigger.start for e in document.events)
    return (mention_facts(event, parsed, starts, default_assemble_rules("fr")),
            mention_facts(event, parsed, starts, default_assemble_rules("en")))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Des hommes armés ont tué cinq soldats lundi près de Djibo. Cette attaque a été revendiquée.", "attaque"),
        ("Des jihadistes ont tendu une embuscade à une patrouille près de Djibo. L'embuscade a fait cinq morts.",
         "embuscade"),
    ],
)
def test_a_french_definite_event_noun_refers_back(french, text, trigger):
    in_french, in_english = _french_facts(french, text, trigger)
    assert in_french.anaphor and not in_french.distinct
    assert not in_english.anaphor  # English determiners do not read "cette", "l'"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Des hommes armés ont tué cinq soldats lundi près de Djibo. Une autre attaque a visé Dori.", "attaque"),
        ("Des hommes armés ont tué cinq soldats lundi près de Djibo. Une attaque distincte a visé Dori.",
         "attaque"),
    ],
)
def test_a_french_event_noun_announced_as_another_is_distinct(french, text, trigger):
    in_french, _ = _french_facts(french, text, trigger)
    assert in_french.distinct and not in_french.anaphor


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Une mine a tué trois gendarmes lundi près de Fada. Deux civils sont morts dans l'explosion "
         "d'un autre engin artisanal près de Kaya.", "explosion"),
        ("Des hommes armés ont tué cinq soldats lundi près de Djibo. L'attaque d'une autre position "
         "militaire a fait deux blessés.", "attaque"),
    ],
)
def test_a_french_event_noun_whose_complement_is_another_is_distinct(french, text, trigger):
    # "l'explosion d'un autre engin": what the act struck or used, told as another, is another act
    in_french, _ = _french_facts(french, text, trigger)
    assert in_french.distinct and not in_french.anaphor


def test_a_french_event_noun_of_the_previous_night_is_not_another(french):
    # "précédente" on a time complement dates the attack told, it announces no other one
    text = ("Des hommes armés ont tué cinq soldats près de Djibo. L'attaque de la nuit précédente "
            "a été revendiquée par un groupe armé.")
    in_french, _ = _french_facts(french, text, "attaque")
    assert not in_french.distinct


def test_the_latest_attack_of_a_series_is_the_one_reported(french):
    # "cette nouvelle attaque" is the attack just told, not another one
    text = ("Au moins onze soldats ont été tués samedi près de Djibo. "
            "Cette nouvelle attaque survient après le coup d'État.")
    in_french, _ = _french_facts(french, text, "attaque")
    assert in_french.anaphor and not in_french.distinct


def test_without_a_parse_an_unplaced_time_gives_way_to_the_sentences_day(pipeline):
    from tessera.parse import Parser

    text = "Gunmen killed five villagers in a pre-dawn raid on Sunday near Djibo."
    document = code(pipeline, text)
    # The dates stage now gives "dawn" the day named later in its sentence; the assembly's own
    # fallback is tested on a time left unplaced, as a stage without that rule would give it.
    dates = [d.model_copy(update={"value": None, "precision": "unknown"}) if d.text == "dawn" else d
             for d in document.dates]
    unplaced = [e.model_copy(update={"date": d}) for e in document.events for d in dates if not d.value]
    assert unplaced, [d.text for d in document.dates]  # "dawn": a time of day
    shallow = Parser(select=lambda doc: False).parse(text)
    (incident,) = assemble_incidents(unplaced, shallow, article_id="t", places=document.places, dates=dates)
    assert incident.date is not None and incident.date.value == "2024-03-03"
    (legacy,) = assemble_incidents(unplaced, shallow, article_id="t", places=document.places)
    assert legacy.date is not None and legacy.date.value is None


def test_a_date_of_another_clause_far_from_the_incidents_day_tells_another_incident(pipeline):
    text = (
        "Gunmen killed six villagers near Djibo on Sunday. "
        "The army said on 2 January 2023 that gunmen killed six villagers near Djibo."
    )
    document = code(pipeline, text)
    assault = [i for i in reported(document) if i.type == "ASSAULT"]
    assert len(assault) == 2, [words(document, i) for i in document.incidents]
    near = text.replace("2 January 2023", "Monday")
    document = code(pipeline, near)
    assert len([i for i in reported(document) if i.type == "ASSAULT"]) == 1


def test_a_toll_that_is_none_of_the_sentences_figures_neither_conflicts_nor_wins(pipeline):
    text = (
        "Gunmen killed at least 35 people in Zamfara state on Saturday, officials said. "
        "The attackers stormed three villages in Shinkafi local government area where they massacred residents."
    )
    document = code(pipeline, text)
    assault = [i for i in reported(document) if i.type == "ASSAULT"]
    assert len(assault) == 1, [(words(document, i), i.fatalities) for i in document.incidents]
    assert assault[0].fatalities == 35
    assert assault[0].location is not None and assault[0].location.name == "Shinkafi"


def test_a_fallback_date_is_the_sentences_nearest_day_not_a_background_year(pipeline):
    text = (
        "At least two people were killed in Conakry when security forces attacked the homes of activists "
        "opposed to the junta that seized power in 2021, organisers said on Tuesday."
    )
    document = code(pipeline, text)
    (incident,) = [i for i in reported(document) if i.type == "ASSAULT"]
    assert incident.date is not None and incident.date.value == "2024-03-05"


def test_the_setting_comes_from_the_latest_incident_of_a_compatible_type(pipeline):
    text = (
        "Police fired tear gas at demonstrators in Nairobi on Thursday. "
        "The government agreed a day earlier to scrap the tax hikes. "
        "Police in anti-riot gear were blocking access to State House."
    )
    document = code(pipeline, text)
    gas = incident_of(document, text, "demonstrators in Nairobi on Thursday")
    blocking = incident_of(document, text, "Police in anti-riot gear were blocking")
    assert blocking is not gas and blocking.date == gas.date and gas.date is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "The militia has burned down villages and looted clinics in the east.",
        "Human rights groups have accused both armies of abuses.",
        "The air force has been accused of bombing markets and hospitals.",
    ],
)
def test_a_present_perfect_with_a_kind_of_target_is_context(pipeline, sentence):
    lead = "Gunmen killed nine farmers in Djibo on Monday. "
    text = lead + sentence
    document = code(pipeline, text)
    incident = incident_of(document, text, sentence)
    assert incident.context, (sentence, incident.model_dump(include={"type", "events"}))
    assert not incident_of(document, text, lead.strip()).context


@pytest.mark.parametrize(
    "sentence",
    [
        "Rights groups and the United Nations have condemned the incident and urged officials to find the culprits.",
        "Village elders and local chiefs condemn the attack and ask for more patrols.",
        "Several governments have denounced the ambush.",
    ],
)
def test_a_reaction_to_the_event_named_is_an_incident(pipeline, sentence):
    """A verb whose object is the report's event, named ("the incident", "the attack"),
    tells an act done in reaction to it, not a habit or a kind of act: in the present
    perfect or the present, with a bare plural subject or object, it is no context."""
    lead = "Gunmen killed nine farmers in Djibo on Monday. "
    text = lead + sentence
    document = code(pipeline, text)
    start = text.index(sentence)
    ids = {e.id for e in document.events if e.trigger.start >= start and e.type == "ACCUSE"}
    reactions = [i for i in document.incidents if ids & set(i.events)]
    assert reactions and not any(i.context for i in reactions), [(words(document, i), i.context) for i in reactions]


@pytest.mark.parametrize(
    "sentence",
    [
        "Violence has killed thousands of civilians in the region since 2015.",
        "Rights groups have accused both armies of abuses against villagers.",
        "Militias regularly condemn attacks by the army.",
    ],
)
def test_background_without_one_event_named_stays_context(pipeline, sentence):
    """The other side of the rule: the event as the subject, or a kind of target or act
    as the object, sums up many events and stays background."""
    lead = "Gunmen killed nine farmers in Djibo on Monday. "
    text = lead + sentence
    document = code(pipeline, text)
    start = text.index(sentence)
    ids = {e.id for e in document.events if e.trigger.start >= start}
    background = [i for i in document.incidents if ids & set(i.events)]
    assert background and all(i.context for i in background), [(words(document, i), i.context) for i in background]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bandits shot dead 18 villagers in Gidan Zaki in Zamfara state on Tuesday. "
            "The attackers also burned several houses before they left.",
            "ASSAULT",
        ),
        (
            "Armed men stormed a boarding school in Kagara on Wednesday and abducted dozens of pupils.",
            "COERCE",
        ),
    ],
)
def test_an_act_against_things_is_the_setting_of_the_raid_against_people(pipeline, text, expected):
    document = code(pipeline, text)
    raids = [i for i in reported(document) if i.type in ("ASSAULT", "COERCE")]
    assert len(raids) == 1, [(words(document, i), i.type) for i in reported(document)]
    assert raids[0].type == expected and len(raids[0].events) >= 2


def _an_attack_and_a_coercion_apart(pipeline, text: str, attack: str, measure: str) -> None:
    """The sentence `attack` tells an ASSAULT and the sentence `measure` a COERCE of another incident."""
    document = code(pipeline, text)
    first = incident_of(document, text, attack)
    second = incident_of(document, text, measure)
    assert first is not second
    assert (first.type, second.type) == ("ASSAULT", "COERCE")


@pytest.mark.parametrize(
    ("text", "attack", "measure"),
    [
        (
            "Gunmen opened fire on the crowd in Jos on Sunday, killing 12 people. Authorities imposed a curfew "
            "after the violence.",
            "Gunmen opened fire",
            "Authorities imposed a curfew",
        ),
        (
            "Gunmen killed 12 people in Jos on Sunday. Authorities imposed a curfew on the town.",
            "Gunmen killed 12 people",
            "Authorities imposed a curfew",
        ),
        (
            "Bandits killed nine villagers in Gusau on Friday. Police arrested 14 persons after the attack.",
            "Bandits killed nine villagers",
            "Police arrested 14 persons",
        ),
    ],
)
def test_a_state_measure_after_an_attack_is_no_setting_of_it(pipeline, text, attack, measure):
    """An arrest, a curfew or a ban whose object names no sector ("a curfew", "14 persons")
    is not an act against a thing: it is an incident of its own, not the attack's setting."""
    _an_attack_and_a_coercion_apart(pipeline, text, attack, measure)


@pytest.mark.parametrize(
    ("text", "attack", "measure"),
    [
        (
            "Gunmen shot dead two villagers in Jos on Sunday. Several houses were razed in the village. "
            "Police announced a curfew in Jos.",
            "Gunmen shot dead two villagers",
            "Police announced a curfew",
        ),
        (
            "Soldiers opened fire on protesters in Kabo on Monday, killing three, and razed several shops. "
            "The authorities imposed a curfew on the town.",
            "Soldiers opened fire",
            "The authorities imposed a curfew",
        ),
    ],
)
def test_a_state_measure_joins_no_attack_through_its_setting(pipeline, text, attack, measure):
    """An act against things ("razed several houses") is the setting of the attack beside it
    and brings its type (COERCE) into that incident; a measure only a state takes told after
    it (a curfew) does not join the attack through that type: it is a COERCE of its own."""
    _an_attack_and_a_coercion_apart(pipeline, text, attack, measure)


@pytest.mark.parametrize(
    ("text", "attack", "blockade"),
    [
        (
            "Gunmen killed 20 soldiers in an attack on a base in Djibo on Sunday. The roads leading to the town "
            "have been blocked by the gunmen.",
            "Gunmen killed 20 soldiers in an attack",
            "The roads leading to the town have been blocked",
        ),
    ],
)
def test_a_blockade_or_a_ban_is_no_setting_of_an_attack(pipeline, text, attack, blockade):
    """A blockade or a ban (`act_kinds` ban, a kind no other kind names back) is not an act
    against a thing done in the course of an attack, as razing houses is: it holds a place
    or forbids something over time, a COERCE of its own beside the attack."""
    _an_attack_and_a_coercion_apart(pipeline, text, attack, blockade)


@pytest.mark.parametrize(
    ("text", "measure", "act"),
    [
        (
            "Police arrested 14 people in Kano on Friday. Gunmen abducted 20 villagers in Kano.",
            "Police arrested 14 people",
            "Gunmen abducted 20 villagers",
        ),
        (
            "Soldiers detained 30 traders in Maiduguri on Monday. Bandits kidnapped 12 farmers near Maiduguri.",
            "Soldiers detained 30 traders",
            "Bandits kidnapped 12 farmers",
        ),
    ],
)
def test_an_act_of_the_type_of_a_state_measure_told_before_is_another_incident(pipeline, text, measure, act):
    """An abduction told after an arrest (both COERCE) in another sentence is not that
    arrest's incident: the measure of a state is an incident of its own."""
    document = code(pipeline, text)
    assert incident_of(document, text, measure) is not incident_of(document, text, act)


def test_a_ban_in_the_present_perfect_on_a_bare_plural_is_one_ban(pipeline):
    """A prohibition's object is a kind of activity, not a kind of target."""
    text = "Authorities have banned meetings until Monday, when the results will be announced by the council."
    document = code(pipeline, text)
    assert [i.type for i in reported(document)] == ["COERCE"]


def test_killings_and_abductions_in_one_raid_stay_two_incidents(pipeline):
    text = "Gunmen killed six villagers in Rijiya on Sunday. Several women were also kidnapped in the raid."
    document = code(pipeline, text)
    assert sorted(i.type for i in reported(document)) == ["ASSAULT", "COERCE"]


def test_a_definite_plural_event_noun_with_a_toll_is_reported_and_keeps_its_type(pipeline):
    text = (
        "Soldiers detained the president in Niamey on Thursday. "
        "At least three guards were killed during the fierce gunbattles that accompanied the coup."
    )
    document = code(pipeline, text)
    fights = incident_of(document, text, "At least three guards were killed during the fierce gunbattles")
    assert not fights.context and fights.type == "ASSAULT" and fights.fatalities == 3
    assert incident_of(document, text, "Soldiers detained the president") is not fights


def test_a_present_perfect_of_the_event_noun_itself_is_reported(pipeline):
    text = "The regional bloc has imposed financial sanctions on the junta in Niamey."
    document = code(pipeline, text)
    assert document.incidents and not any(i.context for i in document.incidents)


def test_a_mention_retold_further_on_joins_its_incident(pipeline):
    """No day, no precise place of its own: the report comes back to its lead incident,
    even past the sentences just after it."""
    text = (
        "Gunmen stormed Rijiya village on Sunday and kidnapped 20 women. The village lies on the road to "
        "Gusau. Residents fled into the bush. The police spokesman could not be reached. Those who were "
        "kidnapped were mostly married women, a resident said."
    )
    document = code(pipeline, text)
    coerce = [i for i in reported(document) if i.type == "COERCE"]
    assert len(coerce) == 1, [words(document, i) for i in document.incidents]
    assert words(document, coerce[0]).count("kidnapped") == 2


def test_a_fronted_time_moves_to_another_occasion(pipeline):
    """ "Two weeks ago, ..." opening a sentence tells another occasion, even where the
    dates cannot be placed on the calendar (no publication date) to tell them apart."""
    text = "Gunmen attacked Kadji village on Sunday, residents said. Two weeks ago, gunmen attacked a nearby village."
    document = pipeline.extract(Article(id="t", text=text))
    assert len([i for i in reported(document) if i.type == "ASSAULT"]) == 2, [
        words(document, i) for i in document.incidents
    ]
    joined = "Gunmen attacked Kadji village on Sunday, residents said. The gunmen also attacked a nearby village."
    document = pipeline.extract(Article(id="t", text=joined))
    assert len([i for i in reported(document) if i.type == "ASSAULT"]) == 1
    # After a headline that states no time, a fronted time is the first one told.
    headline = "Gunmen attack village in Kano state. On Sunday, gunmen attacked the village of Rimi in Kano state."
    document = pipeline.extract(Article(id="t", text=headline))
    assert len([i for i in reported(document) if i.type == "ASSAULT"]) == 1


@pytest.mark.parametrize(
    ("sentence", "context"),
    [
        ("Since peace talks broke down, the rebels have carried out several bomb attacks, killing eight "
         "police officers.", True),
        ("Since the army withdrew, gunmen attacked the village on Monday, killing six.", False),
        # the parse hangs the period on the second of two perfect clauses; it frames both
        ("At least 346 people have been killed and 15,000 have been injured since the protests began in "
         "October, a rights body said.", True),
    ],
)
def test_a_since_clause_frames_a_period_for_a_perfect(pipeline, sentence, context):
    document = code(pipeline, sentence)
    assault = [i for i in document.incidents if i.type == "ASSAULT"]
    assert assault and all(i.context is context for i in assault), [(i.context, i.fatalities) for i in assault]


def _assert_assaults_context(pipeline, sentence, context):
    """The sentence codes an ASSAULT, and every ASSAULT incident is context (or none is)."""
    document = code(pipeline, sentence)
    assault = [i for i in document.incidents if i.type == "ASSAULT"]
    assert assault and all(i.context is context for i in assault), [(i.context, i.date, i.location) for i in assault]


@pytest.mark.parametrize(
    ("sentence", "context"),
    [
        ("Heavy fighting has rocked the town of Kasese since March 4, residents said on Tuesday.", False),
        ("Rebels have attacked the garrison town of Beni since early morning, a local official said.", False),
        ("Rebels have attacked villages around Beni since 2019, a local official said.", True),
        ("Rebels have attacked villages around Beni since March 4, 2016, a local official said.", True),
        # a bound on a toll is no superlative comparing with a period: a running toll
        ("At least 80 civilians have been killed since January in Beni territory, a monitor said.", True),
        ("It was the deadliest raid since 2019, killing at least 12 villagers near Beni on Monday.", False),
    ],
)
def test_since_a_day_dates_one_incident_not_a_period(pipeline, sentence, context):
    # "since March 4", "since early morning": a spell of days up to the report, one incident;
    # a year ("since 2019", "since March 4, 2016") is the setting of a conflict, and so is
    # "since January" after "At least 80 ... have been killed"; a superlative ("the deadliest
    # raid since 2019") compares one raid with a period.
    _assert_assaults_context(pipeline, sentence, context)


@pytest.mark.parametrize(
    ("sentence", "context"),
    [
        ("A police spokesman says the rebels are also attacking in Goma district.", False),
        ("Rebels are attacking the northern city of Goma since early morning, a police spokesman said.", False),
        ("The country is battling a long insurgency, a minister said.", True),
        ("The army is shelling residential areas, a resident said.", True),
    ],
)
def test_a_present_progressive_act_on_a_named_place_is_an_incident(pipeline, sentence, context):
    # An act going on as the report is written on a named ground is the report's incident;
    # with no named ground ("is battling an insurgency") it is an activity, context.
    _assert_assaults_context(pipeline, sentence, context)


@pytest.mark.parametrize(
    ("sentence", "context"),
    [
        ("Witnesses said the fighting is approaching the village of Kisoro.", False),
        ("The army is battling an insurgency in the north, a minister said.", True),
    ],
)
def test_an_act_that_goes_on_as_the_subject_is_an_incident(pipeline, sentence, context):
    # The event noun as the subject of a present progressive: the act itself goes on, the
    # report's incident; a participant's ongoing activity stays context.
    _assert_assaults_context(pipeline, sentence, context)


@pytest.mark.parametrize(
    ("sentence", "context"),
    [
        ("Several soldiers have been killed by separatists near Kumba, officials said.", False),
        ("The militia has burned down villages and has been accused of attacking schools.", True),
    ],
)
def test_the_agent_of_a_passive_is_no_generic_target(pipeline, sentence, context):
    # "killed by separatists": the bare plural names the doers, not a kind of target; a bare
    # plural object ("burned down villages") still makes a present perfect generic.
    _assert_assaults_context(pipeline, sentence, context)


@pytest.mark.parametrize(
    ("sentence", "context"),
    [
        ("Uganda, Congo border clashes kill 12 (Update)\nThe fighting went on until dawn, residents said.", False),
        ("Border clashes kill 12 people every year in the district, residents said.", True),
    ],
)
def test_a_titles_present_with_an_exact_toll_is_the_news(pipeline, sentence, context):
    # A headline's present simple is the report's own news ("clashes kill 12"); in the body
    # the same words tell what happens as a rule.
    _assert_assaults_context(pipeline, sentence, context)


@pytest.mark.parametrize(
    ("sentence", "context"),
    [
        ("Governor Ali Musa has accused Kaduna state officials of ignoring the attacks on farmers.", False),
        ("Rights groups have accused both sides of atrocities against civilians.", True),
    ],
)
def test_a_named_speakers_accusation_in_the_perfect_is_one_statement(pipeline, sentence, context):
    # a named speaker's "has accused X of ..." is that speaker's statement; a bare plural
    # speaker's accusations of a kind of target stay general
    document = code(pipeline, sentence)
    accusations = [i for i in document.incidents if i.type == "ACCUSE"]
    assert accusations and all(i.context is context for i in accusations), [words(document, i) for i in accusations]


@pytest.mark.parametrize(
    ("sentence", "context"),
    [
        ("The police force has also been accused of abuses against detainees, rights groups say.", True),
        ("Governor Ali Musa has accused the police force of abuses against detainees.", False),
    ],
)
def test_the_subject_of_a_passive_accusation_is_no_speaker(pipeline, sentence, context):
    # "has been accused of abuses": the passive's subject is the one accused, not a named
    # speaker making one statement; the kind of target makes the perfect general
    document = code(pipeline, sentence)
    accusations = [i for i in document.incidents if i.type == "ACCUSE"]
    assert accusations and all(i.context is context for i in accusations), [words(document, i) for i in accusations]


@pytest.mark.parametrize(
    ("sentence", "context"),
    [
        ("Many Kenyans blame the governor for the shortages in the north.", True),
        ("Kenyans blame the governor for the shortages in the north.", False),
    ],
)
def test_a_quantified_group_in_the_present_is_no_named_speaker(pipeline, sentence, context):
    # "Many Kenyans blame ...": people in general, a habit of opinion; without the
    # quantifier the named people's present simple is read as their statement as reported
    document = code(pipeline, sentence)
    accusations = [i for i in document.incidents if i.type == "ACCUSE"]
    assert accusations and all(i.context is context for i in accusations), [words(document, i) for i in accusations]


@pytest.mark.parametrize(
    ("sentence", "context"),
    [
        ("The district police chief talked to reporters about the raid on Friday.", True),
        ("The survey team talked to farmers who had fled the fighting.", True),
        ("The news agency talked to one person who had fled the village on Friday.", True),
        ("The army commander talked with rebel leaders on Friday.", False),
        # a named party addressed: talks, no interview
        ("President Ruto talked to Museveni by phone on Friday about the border.", False),
        ("The minister talked to the rebels in Goma on Tuesday.", False),
        ("President Ruto talked to opposition leaders in Nairobi on Tuesday.", False),
    ],
)
def test_talking_to_someone_is_an_interview(pipeline, sentence, context):
    # "talked to reporters" tells a source of the report, as "spoke to" does; "talked with
    # rebel leaders" is talks between sides
    document = code(pipeline, sentence)
    talks = [i for i in document.incidents if i.type == "CONSULT"]
    assert talks and all(i.context is context for i in talks), [words(document, i) for i in talks]


@pytest.mark.parametrize(
    ("sentence", "event_type", "context"),
    [
        ("File photo taken March 3, 2019 of soldiers on patrol near the border town of Menaka.", "MOBILIZE", True),
        ("Soldiers were deployed to the streets of Harare in 2018 (File).", "MOBILIZE", True),
        ("A file photo shows rebels who attacked the town of Bunia in 2020.", "ASSAULT", True),
        ("Soldiers patrol the streets of Gao in 2016 (File).", "MOBILIZE", True),
        ("Soldiers patrolled the streets of Menaka on Friday after the attack.", "MOBILIZE", False),
        ("Gunmen burned houses in a village near Bunia on Sunday, officials said.", "ASSAULT", False),
        # a word ending in "file" is no credit: "profile photo", "profile image"
        ("Gunmen killed a farmer whose profile photo was shared online in Zamfara on Monday.", "ASSAULT", False),
    ],
)
def test_what_a_file_picture_shows_is_an_old_scene(pipeline, sentence, event_type, context):
    # a caption credited as a file picture shows an earlier scene beside the report, no
    # incident of it; the same act told in the report's own sentence is one
    document = code(pipeline, sentence)
    found = [i for i in document.incidents if i.type == event_type]
    assert found and all(i.context is context for i in found), [words(document, i) for i in found]


@pytest.mark.parametrize(
    ("sentence", "context"),
    [
        ("Niger leader critically wounded\nGunmen opened fire on the presidential convoy on Monday.", False),
        ("A leader is critically wounded in such attacks, residents say.", True),
    ],
)
def test_a_subject_a_place_names_is_no_generic_one(pipeline, sentence, context):
    # "Niger leader": that country's leader, the report's own; a bare "a leader" is anyone
    _assert_assaults_context(pipeline, sentence, context)


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Kenya protests turn deadly\nPolice fired on demonstrators in Nairobi on Tuesday.", False),
        ("There is outrage at the deadly police action against protests in Kenya.", False),
        ("Protests often turn deadly in the region, analysts say.", True),
    ],
)
def test_plural_protests_a_place_names_are_the_reports(pipeline, text, context):
    # "Kenya protests": that country's protests, the report's; "protests" of no place, of a kind
    document = code(pipeline, text)
    protests = [i for i in document.incidents if i.type == "PROTEST" and "protests" in words(document, i)]
    assert protests and all(i.context is context for i in protests), [words(document, i) for i in protests]


@pytest.mark.parametrize(
    ("sentence", "context"),
    [
        ("The district has been a hotbed of unrest since soldiers attacked the market in Kasese on 3 March.", False),
        ("Since peace talks broke down, the rebels have carried out several bomb attacks in Kasese.", True),
    ],
)
def test_the_act_a_since_clause_tells_is_one_act(pipeline, sentence, context):
    # the clause "since" opens tells the act the period starts from, of its own day; a perfect
    # framed by a since clause sums up the period
    _assert_assaults_context(pipeline, sentence, context)


def test_an_act_witnessed_in_a_bare_infinitive_is_no_habitual_present(pipeline):
    # "saw officers seize power": the tagger reads "seize" as a present; it is the act seen
    document = code(pipeline, "Niger saw officers seize power in July in the third coup of the region.")
    coups = [i for i in document.incidents if i.type == "COERCE" and "seize" in words(document, i)]
    assert coups and not any(i.context for i in coups), [words(document, i) for i in document.incidents]


def test_the_members_of_a_counted_object_are_no_generic_target(pipeline):
    # "including women and children" names some of the people abducted, counted before: the
    # one abduction of the report, not abductions of a kind of target.
    text = ("Gunmen have abducted a village head and about 40 others, including women and children, "
            "in an attack on a village in Zamfara.")
    document = code(pipeline, text)
    abductions = [i for i in document.incidents if i.type == "COERCE"]
    assert abductions and not any(i.context for i in abductions), [words(document, i) for i in document.incidents]


def test_a_date_after_since_is_not_the_incidents(pipeline):
    text = (
        "Five people were killed in a raid on a cattle camp in Twic East on Thursday, officials said. The rebels "
        "attacked the county for the first time since the crisis began in December, the commissioner said."
    )
    document = code(pipeline, text)
    assault = [i for i in reported(document) if i.type == "ASSAULT"]
    assert len(assault) == 1, [words(document, i) for i in document.incidents]
    assert assault[0].date is not None and assault[0].date.value == "2024-03-07"


def test_a_place_the_parse_ties_to_the_speaker_does_not_keep_an_anaphor_apart(pipeline):
    text = (
        "Gunmen ambushed a patrol near Tillia on Saturday, killing 16 soldiers. The village lies near the border. "
        "This cowardly attack resulted in the death of 16 soldiers, the secretary general of the governorate "
        "of Tahoua announced."
    )
    document = code(pipeline, text)
    assault = [i for i in reported(document) if i.type == "ASSAULT"]
    assert len(assault) == 1, [words(document, i) for i in document.incidents]
    assert assault[0].location is not None and assault[0].location.name == "Tillia"


@pytest.mark.parametrize(
    "text",
    [
        "Bandits shot dead four villagers in Katsina state on Friday. The governor in Funtua condemned the killings.",
        "Jihadists killed 12 soldiers in northern Mali on Friday. Officials in Bamako denounced the ambush.",
        "Gunmen killed 12 soldiers in central Mali on Friday. The government in Bamako condemned the attack.",
    ],
)
def test_the_seat_of_whoever_condemns_the_act_does_not_place_it(pipeline, text):
    """The subject of a verbal act whose object names the act speaks from its own town."""
    document = code(pipeline, text)
    assault = [i for i in reported(document) if i.type == "ASSAULT"]
    assert len(assault) == 1, [words(document, i) for i in document.incidents]
    assert assault[0].location is not None and assault[0].location.feature != "city", assault[0].location


def test_a_town_named_for_the_act_in_the_condemnation_still_places_it(pipeline):
    text = "Bandits shot dead four villagers in Katsina state on Friday. The governor condemned the killings in Funtua."
    document = code(pipeline, text)
    assault = [i for i in reported(document) if i.type == "ASSAULT"]
    assert len(assault) == 1 and assault[0].location is not None and assault[0].location.name == "Funtua"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen killed six farmers in Kaduna state on Friday, police said, adding that the attackers came from "
         "Zaria.", "Kaduna"),
        ("Gunmen killed six farmers in Kafanchan on Friday, police said, adding that the attackers came from "
         "Zaria.", "Kafanchan"),
    ],
)
def test_where_the_attackers_came_from_is_not_where_they_struck(pipeline, text, place):
    document = code(pipeline, text)
    assault = [i for i in reported(document) if i.type == "ASSAULT"]
    assert len(assault) == 1 and assault[0].location is not None and assault[0].location.name == place


def test_an_anaphor_names_an_incident_of_its_own_kind_further_back(pipeline):
    """ "the fighting" goes back to the battle, past an arrest recalled in between."""
    text = (
        "Gunmen killed 12 soldiers at a base near Barire on Monday, the army said. The militants took control "
        "of the base. The town lies south-west of the capital. Its people grow maize. In 2021 soldiers arrested "
        "the leader of the group in Mogadishu. The group wants an Islamic state. Its fighters number several "
        "thousand. The region is fertile. Residents confirmed the fighting."
    )
    document = code(pipeline, text)
    fighting = incident_of(document, text, "Residents confirmed the fighting.")
    assert fighting.type == "ASSAULT" and fighting.fatalities == 12


def test_victims_pointed_at_refer_back_to_their_incident(pipeline):
    """ "these victims": the people of an incident already told; the day stated for their
    killing is the incident's, not the day their bodies were found."""
    text = (
        "Thirteen bodies of civilians were discovered in crop fields near Beni on Wednesday. Local sources said "
        "the 13 civilians were killed by ADF rebels. The bodies were buried where they were found. Civil society "
        "groups are urging the government to secure the towns. The farmers were abducted on Friday by the ADF. "
        "They were farming when they were kidnapped. Our sources reveal that these victims were shot last Sunday "
        "in their fields."
    )
    document = code(pipeline, text)
    assault = [i for i in reported(document) if i.type == "ASSAULT"]
    assert len(assault) == 1, [words(document, i) for i in document.incidents]
    assert assault[0].date is not None and assault[0].date.value == "2024-03-03"


def test_a_definite_event_noun_is_not_background_for_its_clauses_subject(pipeline):
    text = (
        "Five soldiers were killed in a bomb attack near Tibu on Tuesday. \"Absolute repudiation of the cowardly "
        "attack against our heroes,\" tweeted the president."
    )
    document = code(pipeline, text)
    assert not [i for i in document.incidents if i.context], [words(document, i) for i in document.incidents]
    assert len(reported(document)) == 1


def test_a_round_figure_agrees_with_one_within_a_tenth_of_it(pipeline):
    approximate = (
        "Soldiers killed approximately 40 militiamen in a drone strike near Sekota on Monday, an official said. "
        "He said 36 militiamen were killed instantly and two more died in hospital."
    )
    document = code(pipeline, approximate)
    assault = [i for i in reported(document) if i.type == "ASSAULT"]
    assert len(assault) == 1 and assault[0].fatalities == 40, [words(document, i) for i in document.incidents]
    exact = (
        "Soldiers killed 40 militiamen in a drone strike near Sekota on Monday, an official said. "
        "He said 36 militiamen were killed instantly."
    )
    document = code(pipeline, exact)
    assert sorted(i.fatalities for i in reported(document) if i.type == "ASSAULT") == [36, 40]


def test_another_incident_framing_the_clause_is_another_incident(pipeline):
    text = (
        "Gunmen killed three people in Kwakta on Friday night, police said. In another incident, three persons "
        "including a policeman were injured near Kwakta on Friday, police said."
    )
    document = code(pipeline, text)
    assert len([i for i in reported(document) if i.type == "ASSAULT"]) == 2, [
        words(document, i) for i in document.incidents
    ]


def test_what_the_attack_did_is_part_of_its_incident_not_background(pipeline):
    """ "The attack demolished homes and left dozens injured": one event's consequences
    (a vague count of the wounded is no aggregate for a definite event in the simple
    past), told of the incident the subject names."""
    text = (
        "At least 22 people were killed in an airstrike in Omdurman on Saturday. The attack demolished numerous "
        "homes and left dozens of civilians injured."
    )
    document = code(pipeline, text)
    assert not [i for i in document.incidents if i.context], [words(document, i) for i in document.incidents]
    assert len(document.incidents) == 1
    assert document.incidents[0].type == "ASSAULT" and document.incidents[0].fatalities == 22


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Armed men killed at least 12 people in Mbau on Sunday night, authorities said, the latest in a string "
         "of attacks blamed on rebels.", False),
        ("A string of attacks has killed at least 40 people in the region.", True),
    ],
)
def test_the_latest_in_a_series_is_one_event_the_series_itself_is_background(pipeline, text, context):
    document = code(pipeline, text)
    assault = [i for i in document.incidents if i.type == "ASSAULT"]
    assert assault and all(i.context is context for i in assault), [words(document, i) for i in assault]


def test_a_figure_stated_as_at_least_stays_when_a_party_claims_more(pipeline):
    text = (
        "Fighters killed at least 15 soldiers in an attack on a military base near Barire, officials said. "
        "The militants used car bombs to take control of the base. The group said 21 soldiers were killed."
    )
    document = code(pipeline, text)
    assault = [i for i in reported(document) if i.type == "ASSAULT"]
    assert len(assault) == 1 and assault[0].fatalities == 15, [words(document, i) for i in document.incidents]



@pytest.mark.parametrize(
    ("follow_up", "verbal"),
    [
        ("The raid was widely condemned on Saturday.", "ACCUSE"),
        ("Calls for calm grew in the capital on Saturday.", "REQUEST"),
        ("Residents were urged to stay indoors.", "REQUEST"),
    ],
)
def test_a_verbal_act_no_one_is_said_to_have_done_is_context(pipeline, follow_up, verbal):
    document = code(pipeline, "Gunmen killed 12 villagers in Djibo on Friday. " + follow_up)
    said = [i for i in document.incidents if i.type == verbal]
    assert said and all(i.context and i.actor is None for i in said)
    assert [i.type for i in reported(document)] == ["ASSAULT"]


@pytest.mark.parametrize(
    ("follow_up", "verbal"),
    [
        ("The United Nations condemned the raid on Saturday.", "ACCUSE"),
        ("The governor condemned the act.", "ACCUSE"),
        ("Local leaders urged residents to stay indoors.", "REQUEST"),
    ],
)
def test_a_verbal_act_with_its_speaker_is_an_incident(pipeline, follow_up, verbal):
    document = code(pipeline, "Gunmen killed 12 villagers in Djibo on Friday. " + follow_up)
    said = [i for i in reported(document) if i.type == verbal]
    assert len(said) == 1 and said[0].actor is not None


@pytest.mark.parametrize(
    "sentence",
    [
        # participants named by the meeting noun's own dependents
        "The summit, attended by eight heads of state, opened on Thursday.",
        "The summit was attended by six presidents.",
        "Talks with the rebels resumed on Wednesday, officials said.",
        # a place and a day of its own
        "Talks were held in Nouakchott on Thursday, a diplomat said.",
    ],
)
def test_a_meeting_that_took_place_is_an_incident_without_a_speaker(pipeline, sentence):
    document = code(pipeline, sentence)
    meetings = [i for i in document.incidents if i.type == "CONSULT"]
    assert meetings and all(i.actor is None for i in meetings)
    assert [i.context for i in meetings] == [False], [words(document, i) for i in meetings]


@pytest.mark.parametrize(
    "sentence",
    [
        # an aim, not a meeting held: the meeting noun is a verb's object
        "The bloc took a step towards resuming dialogue with the military rulers.",
        # no participant, no place and day of its own
        "Talks broke down in January.",
    ],
)
def test_a_meeting_neither_held_with_named_participants_nor_set_is_context(pipeline, sentence):
    document = code(pipeline, sentence)
    meetings = [i for i in document.incidents if i.type == "CONSULT"]
    assert meetings and all(i.context for i in meetings), [(words(document, i), i.context) for i in meetings]


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        (
            "Gunmen killed 12 villagers in Djibo on Friday. The attack came days after militants ambushed an "
            "army convoy, killing seven soldiers.",
            "ambushed",
        ),
        (
            "Protesters marched in the capital on Thursday. The march came days after police shot dead three "
            "demonstrators.",
            "shot",
        ),
    ],
)
def test_an_event_told_days_before_another_borrows_no_day(pipeline, text, earlier):
    # "X came days after Y" dates Y before X: Y is another occasion, on no day stated.
    document = code(pipeline, text)
    lead = incident_of(document, text, text.split(". ")[0])
    told_before = incident_of(document, text, earlier)
    assert lead is not told_before and lead.date is not None
    assert told_before.date is None, told_before.date


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        (
            "At least fifteen people were killed by militiamen in Kaura on Sunday. This followed clashes "
            "between the army and militiamen in Kaura on Sunday morning.",
            "clashes",
        ),
        (
            "Gunmen killed six soldiers at a checkpoint near Dala on Friday. The attack followed an ambush on "
            "a police patrol near Dala on Friday morning.",
            "ambush",
        ),
    ],
)
def test_an_event_a_verb_orders_before_the_incident_told_is_another_incident(pipeline, text, earlier):
    # "This followed clashes ...": the clashes came before the killings, another occasion.
    document = code(pipeline, text)
    lead = incident_of(document, text, text.split(". ")[0])
    told_before = incident_of(document, text, earlier)
    assert lead is not told_before


def test_an_event_told_a_week_before_another_keeps_its_own_day(pipeline):
    text = (
        "Soldiers killed 20 insurgents in Borno on Tuesday. The operation came a week after jihadists raided "
        "a base in Yobe, killing nine troops."
    )
    document = code(pipeline, text)
    raid = incident_of(document, text, "raided")
    assert raid.fatalities == 9 and raid.date is not None and raid.date.value == "2024-02-27"
    assert incident_of(document, text, "Soldiers killed").date.value == "2024-03-05"


@pytest.mark.parametrize(
    ("language", "incident", "elsewhere"),
    [
        ("en", "Gunmen killed eleven villagers in the village of Wadikori in Niger on Saturday.",
         "The government in Niamey has promised more troops for the region."),
        ("en", "Gunmen killed eleven villagers at Wadikori in Niger on Saturday.",
         "The government in Niamey has promised more troops for the region."),
        ("fr", "Des hommes armés ont tué onze civils à Wadikori, au Niger, samedi.",
         "Le gouvernement de Niamey a promis davantage de soldats pour la région."),
    ],
)
def test_an_incident_at_a_village_no_gazetteer_holds_is_not_moved_to_the_capital(
    pipeline, french, language, incident, elsewhere
):
    extractor = pipeline if language == "en" else french
    article = Article(id="t", text=incident + " " + elsewhere, published=PUBLISHED, language=language)
    assault = [i for i in reported(extractor.extract(article)) if i.type == "ASSAULT"]
    assert len(assault) == 1 and assault[0].location is not None and assault[0].location.name == "Niger"
    # Without the village, the capital the article names is the one locality it knows.
    without = incident.replace(" in the village of Wadikori", "").replace(" at Wadikori", "").replace(
        " à Wadikori,", "")
    article = Article(id="t", text=without + " " + elsewhere, published=PUBLISHED, language=language)
    assault = [i for i in reported(extractor.extract(article)) if i.type == "ASSAULT"]
    assert len(assault) == 1 and assault[0].location is not None and assault[0].location.name == "Niamey"


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        # The only town named is where a long distance is measured from: no locality of the act.
        ("fr", "Des hommes armés ont tué sept villageois mardi à Wadikori, un hameau situé à 90 km de Maradi, "
               "au Niger. Les assaillants ont pris la fuite.", "Maradi"),
        ("fr", "L'attaque s'est produite mardi près de Wadikori, à environ 300 km au nord-est de Niamey, au Niger, "
               "et a fait sept morts parmi les villageois.", "Niamey"),
        ("en", "Gunmen killed seven villagers on Tuesday in Wadikori, a hamlet 90 km from Maradi, in Niger. The "
               "attackers fled.", "Maradi"),
        # How the distance is measured may stand between the unit and the words after it.
        ("en", "Gunmen killed seven villagers on Tuesday in Wadikori, a hamlet 90 km as the crow flies from "
               "Maradi, in Niger. The attackers fled.", "Maradi"),
        ("fr", "Des hommes armés ont tué sept villageois mardi à Wadikori, un hameau situé à 90 km par la route "
               "de Maradi, au Niger. Les assaillants ont pris la fuite.", "Maradi"),
    ],
)
def test_a_town_a_long_distance_is_measured_from_is_not_the_incidents_place(pipeline, french, language, text, town):
    extractor = pipeline if language == "en" else french
    article = Article(id="t", text=text, published=PUBLISHED, language=language)
    assault = [i for i in reported(extractor.extract(article)) if i.type == "ASSAULT"]
    assert assault and all(i.location is not None and i.location.name != town for i in assault)
    assert all(i.location is not None and i.location.country == "NER" for i in assault)


def test_a_town_a_long_distance_is_measured_from_is_not_the_one_locality_of_a_placeless_mention(pipeline):
    """ "the desert city of Ghardaia, 600 km south of the capital of Algiers": a later
    sentence that names no place ("Similar clashes broke out ...") is in Ghardaia, the one
    locality of the story; Algiers is a bearing (English as French)."""
    text = ("Clashes in Algeria's desert city of Ghardaia, 600 km south of the capital of Algiers, killed four "
            "people on Tuesday. Similar clashes broke out on Dec. 8 and left two youths dead.")
    article = Article(id="t", text=text, published=PUBLISHED, language="en")
    assault = [i for i in occasions(reported(pipeline.extract(article))) if i.type == "ASSAULT"]
    assert len(assault) == 2 and {i.location.name for i in assault if i.location} == {"Ghardaïa"}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # A destination: told after a word of direction, past a kind of place, or as where the
        # wounded were taken.
        ("Des hommes armés ont tué sept villageois mardi au Niger. Les habitants ont fui vers la ville de Maradi.",
         "Maradi"),
        ("Des hommes armés ont tué sept villageois mardi au Niger. Les blessés ont été évacués à Maradi.",
         "Maradi"),
        ("Des hommes armés ont tué sept villageois mardi au Niger. Les blessés ont été admis à l'hôpital de "
         "la ville de Maradi.", "Maradi"),
        # A town an official's title names.
        ("Des hommes armés ont tué sept villageois mardi au Niger. Le maire de la commune de Maradi a présidé "
         "une réunion lundi.", "Maradi"),
        # A photo caption.
        ("Des soldats nigériens à Maradi, en 2019 (illustration). Des hommes armés ont tué sept villageois mardi "
         "au Niger.", "Maradi"),
    ],
)
def test_a_town_the_article_names_only_as_a_destination_title_or_caption_is_not_the_incidents_place(
    french, text, town
):
    article = Article(id="t", text=text, published=PUBLISHED, language="fr")
    assault = [i for i in reported(french.extract(article)) if i.type == "ASSAULT"]
    assert assault and all(i.location is not None and i.location.name != town for i in assault)
    assert all(i.location is not None and i.location.country == "NER" for i in assault)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed seven villagers on Tuesday in Niger. The survivors fled towards the town of Maradi.",
        "Gunmen killed seven villagers on Tuesday in Niger. The mayor of Maradi chaired a meeting on Monday.",
        "Nigerien soldiers in Maradi (file photo). Gunmen killed seven villagers on Tuesday in Niger.",
        "Nigerien soldiers on patrol in Maradi [AFP]. Gunmen killed seven villagers on Tuesday in Niger.",
        "Nigerien soldiers on patrol in Maradi (AP Photo/Jane Doe). Gunmen killed seven villagers on Tuesday in Niger.",
        "Photograph: Nigerien soldiers on patrol in Maradi. Gunmen killed seven villagers on Tuesday in Niger.",
    ],
)
def test_an_english_town_named_only_as_a_destination_title_or_caption_is_not_the_incidents_place(pipeline, text):
    """English as French: "fled towards Maradi", "the mayor of Maradi", a photo caption's
    town (a file photo, an agency's credit in brackets, "Photograph:") are no place of the
    attack, so the attack stays in Niger."""
    article = Article(id="t", text=text, published=PUBLISHED, language="en")
    assault = [i for i in reported(pipeline.extract(article)) if i.type == "ASSAULT"]
    assert [(i.location.name, i.location.country) for i in assault if i.location] == [("Niger", "NER")]


def test_a_town_the_article_names_as_a_place_of_its_own_still_narrows_the_incident(french):
    # The same town, named as where something was seen: the one locality the article names.
    # So too the town of a title when a relative puts the site in it.
    for text in ("Des hommes armés ont tué sept villageois mardi au Niger. Des soldats ont été vus à Maradi.",
                 "Des hommes armés ont tué sept villageois mardi au Niger, a dit le maire de Maradi, "
                 "où se trouve leur hameau."):
        article = Article(id="t", text=text, published=PUBLISHED, language="fr")
        assault = [i for i in reported(french.extract(article)) if i.type == "ASSAULT"]
        assert assault and assault[0].location is not None and assault[0].location.name == "Maradi"


def test_a_town_a_short_distance_and_a_compass_word_move_still_places_the_incident(french):
    # "à 20 km au nord de Maradi": a point near the town, where the act happened (`offset_points`)
    text = "Des hommes armés ont tué sept villageois mardi à 20 km au nord de Maradi, au Niger."
    article = Article(id="t", text=text, published=PUBLISHED, language="fr")
    assault = [i for i in reported(french.extract(article)) if i.type == "ASSAULT"]
    assert len(assault) == 1 and assault[0].location is not None
    assert assault[0].location.feature in ("site", "city")


@pytest.mark.parametrize(
    ("text", "sentence", "day"),
    [
        # A detail told after the lead, without its day, several sentences on.
        (
            "Soldiers seized power in Niamey on Wednesday and detained the president. "
            "The officers read a statement on state television. The country has had four coups since "
            "independence. Police were deployed to guard the main roads of the capital.",
            "Police were deployed",
            "2024-03-06",
        ),
        # A lead that names no day, dated by the first day told after it.
        (
            "Hundreds of protesters blocked roads in Gao, witnesses said. Shops were closed. "
            "Soldiers opened fire on the crowd on Tuesday, killing two people.",
            "protesters blocked",
            "2024-03-05",
        ),
        (
            "Thousands of people marched through Bamako against the junta. The organisers said the march "
            "was peaceful. Police fired tear gas at the crowd on Friday afternoon.",
            "people marched",
            "2024-03-08",
        ),
    ],
)
def test_an_undated_incident_takes_the_reports_day(pipeline, text, sentence, day):
    incident = incident_of(code(pipeline, text), text, sentence)
    assert incident.date is not None and incident.date.value == day


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        # The first day told is weeks before the report (published 9 March): background, not its occasion,
        # which the undated incident takes as stated by no words (publication and the day before).
        (
            "Thousands of people marched through Bamako against the junta. Soldiers arrested the opposition "
            "leader on January 12.",
            "people marched",
        ),
        (
            "Hundreds of farmers blocked the main road into Gao. Gunmen killed the governor on February 2 "
            "near the river.",
            "farmers blocked",
        ),
        # A month or a week is no day of the report either.
        (
            "Hundreds of students marched through Kayes against the junta. Soldiers arrested the opposition "
            "leader last month.",
            "students marched",
        ),
        (
            "Thousands of people marched through Ouagadougou against the junta. Gunmen killed five soldiers "
            "near Djibo last week.",
            "people marched",
        ),
    ],
)
def test_a_day_weeks_before_the_report_is_not_its_day(pipeline, text, sentence):
    document = code(pipeline, text)
    date = incident_of(document, text, sentence).date
    assert date is not None and date.value == "2024-03-08/2024-03-09" and date.text == "", date
    # The earlier incident keeps its own day.
    earlier = ("2024-01-12", "2024-02-02", "2024-02", "2024-02-26/2024-03-03")
    assert any(i.date is not None and i.date.value in earlier for i in reported(document))


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        # The relative clause's month dates the takeover, not the march.
        ("Thousands of people marched in Bamako against a takeover that took place last month.", "people marched"),
        ("Hundreds of students protested in Gao over a decree that was signed last month.", "students protested"),
        # French, whose model labels the clause acl:relcl
        ("Des centaines d'étudiants ont manifesté à Gao contre un décret qui a été signé le mois dernier.",
         "ont manifesté"),
    ],
)
def test_a_date_in_a_relative_clause_on_another_noun_is_no_fallback(pipeline, text, sentence):
    incident = incident_of(code(pipeline, text), text, sentence)
    assert incident.date is None or incident.date.value != "2024-02", incident.date


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # A relative clause on the act's own noun, or a day in one on its frame, dates the act.
        ("Gunmen killed five villagers in an attack which took place on Monday.", "2024-03-04"),
        ("Soldiers killed five militants in an operation that began on Monday near Gao.", "2024-03-04"),
    ],
)
def test_a_relative_clause_on_the_act_or_its_frame_dates_it(pipeline, text, day):
    (incident,) = [i for i in reported(code(pipeline, text)) if i.type == "ASSAULT"]
    assert incident.date is not None and incident.date.value == day


def test_the_reports_day_is_a_day_not_a_week_nor_another_incidents(pipeline):
    # "last week" is no report's day: the deployment takes the report's occasion, stated by no
    # words (publication and the day before); "another attack" may be on any day.
    text = "An attack last week killed four soldiers near Gao. Police were deployed to guard the city's roads."
    date = incident_of(code(pipeline, text), text, "Police were deployed").date
    assert date is not None and date.value == "2024-03-08/2024-03-09" and date.text == "", date
    text = "Rebels attacked Beni on Friday, killing seven civilians. Another attack killed three soldiers."
    assert incident_of(code(pipeline, text), text, "Another attack").date is None
    # French reports share the convention (fr/assemble.yaml occasion_after_dated)
    text = ("Une attaque a tué quatre soldats près de Gao la semaine dernière. "
            "Des policiers ont été déployés pour garder les routes de la ville.")
    date = incident_of(code(pipeline, text), text, "Des policiers ont été déployés").date
    assert date is not None and date.value == "2024-03-08/2024-03-09" and date.text == "", date


@pytest.mark.parametrize("opening", ["An attack last week killed four soldiers near Gao.",
                                     "Earlier this month the governor accused the army of abuses."])
def test_a_span_reaching_back_before_the_week_leaves_the_undated_act_the_reports_occasion(pipeline, opening):
    # The span ends in the report's week but began before it: the article tells of other
    # times, so the undated act takes the report's occasion, not another story's day told in
    # the week ("Schools reopened on Thursday": assemble.report._ends_in_week).
    text = f"{opening} Schools reopened in Gao on Thursday. Police were deployed to guard the city's roads."
    date = incident_of(code(pipeline, text), text, "Police were deployed").date
    assert date is not None and date.value == "2024-03-08/2024-03-09", date


@pytest.mark.parametrize(
    "text",
    [
        "Militants stormed a military base in Yobe state on Friday, killing 11 soldiers. The attack targeted a "
        "base near the town of Buni Gari. The entire base was razed.",
        "Fighters raided an army camp in Borno on Monday and killed seven soldiers. The raid targeted the camp "
        "at dawn. The fighters seized weapons and vehicles.",
    ],
)
def test_an_act_against_things_joins_the_raid_whichever_mention_names_the_people(pipeline, text):
    # "targeted a base" names no people; "killing 11 soldiers" does: the razing is that raid's setting.
    document = code(pipeline, text)
    raids = [i for i in reported(document) if i.type in ("ASSAULT", "COERCE")]
    assert len(raids) == 1, [(words(document, i), i.type) for i in reported(document)]
    assert raids[0].type == "ASSAULT" and len(raids[0].events) == 3


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("The rebels announced a ceasefire from 15 March 2024.", "ceasefire"),
        ("The junta announced a curfew in the capital from 12 March 2024.", "announced a curfew"),
        (
            "Gunmen killed five villagers in Djibo on Monday. The army announced the deployment of 300 troops "
            "to the district from 20 March 2024.",
            "deployment",
        ),
    ],
)
def test_an_incident_dated_after_the_report_is_planned_not_reported(pipeline, text, sentence):
    # Published 2024-03-09: a day after it is one the report cannot tell as done.
    document = code(pipeline, text)
    incident = incident_of(document, text, sentence)
    assert incident.mode == "future" and incident.date is not None
    assert all(i.mode == "asserted" for i in document.incidents if i is not incident)


def test_an_incident_dated_before_the_report_stays_asserted(pipeline):
    text = "The rebels announced a ceasefire from 5 March 2024."
    assert incident_of(code(pipeline, text), text, "ceasefire").mode == "asserted"


@pytest.mark.parametrize(
    ("text", "added"),
    [
        # (The events stage now codes "condemned the attack and called for calm" as one
        # statement; coordinated after an act of another kind, the statement stays a mention.)
        ("Troops withdrew from the town and promised to return within a week.", "promised"),
        ("The junta dissolved the government and called for calm.", "called"),
        (
            "Gunmen killed five villagers in Djibo on Monday. The governor visited the village and pledged aid "
            "to the families.",
            "pledged",
        ),
    ],
)
def test_a_statement_added_to_another_verbs_report_is_context(pipeline, text, added):
    document = code(pipeline, text)
    assert incident_of(document, text, added).context
    # The act the sentence reports first stays an incident.
    assert reported(document)


@pytest.mark.parametrize(
    ("text", "added"),
    [
        ("The junta took power on Thursday, promising to hold elections within a year.", "promising"),
        ("The minister visited the camp on Sunday, pledging aid to the displaced families.", "pledging aid"),
    ],
)
def test_a_statement_in_a_participle_clause_after_a_report_is_context(pipeline, text, added):
    assert incident_of(code(pipeline, text), text, added).context


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "Gunmen killed seven soldiers near Gao on Monday. The army blamed the separatists for the "
            "ambush, but the separatist alliance denied any involvement.",
            "denied",
        ),
        (
            "Soldiers shot dead twelve villagers in Djibo on Sunday. The junta said the dead were "
            "fighters, but rights groups have condemned the killings.",
            "condemned",
        ),
    ],
)
def test_another_partys_answer_set_against_a_statement_is_an_incident(pipeline, text, answer):
    # "but" and a subject of its own: another party's act, not the first speaker saying more.
    document = code(pipeline, text)
    assert not incident_of(document, text, answer).context


def test_a_statement_added_with_but_by_the_same_speaker_stays_context(pipeline):
    # A pronoun subject points back at the first speaker: the clause adds to that report.
    text = "The junta dissolved the government on Monday, but it called for calm."
    assert incident_of(code(pipeline, text), text, "called").context


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("Gunmen killed nine villagers in Djibo on Monday. Several governments expressed concern over the "
         "killings and urged calm.", "urged"),
        ("Gunmen killed nine villagers in Djibo on Monday. \"We mourn the victims and call on the police to "
         "find the killers,\" the governor said on Tuesday.", "call"),
        ("Gunmen killed nine villagers in Djibo on Monday. The president issued a statement on Tuesday, "
         "blaming the rebels for the massacre.", "blaming"),
    ],
)
def test_a_named_speakers_statement_added_to_a_speech_act_is_an_incident(pipeline, text, own):
    # Coordinated after, or a participle on, a verb that utters, by a named speaker: the
    # speaker's own statement about the incident, not an aside of a deed.
    assert not incident_of(code(pipeline, text), text, own).context


@pytest.mark.parametrize(
    ("text", "added"),
    [
        # No speaker named: a pronoun outside quoted words.
        ("Gunmen killed nine villagers in Djibo on Monday. It expressed concern and urged calm.", "urged"),
        # An intent with no one it is aimed at.
        ("Gunmen killed nine villagers in Djibo on Monday. The governor issued a statement on Tuesday, "
         "promising to rebuild the school.", "promising"),
    ],
)
def test_a_statement_added_to_a_speech_act_without_a_named_speaker_or_aim_stays_context(pipeline, text, added):
    assert incident_of(code(pipeline, text), text, added).context


@pytest.mark.parametrize(
    ("text", "own"),
    [
        # A participle after a comma that the parse hangs on the reported words.
        ("Gunmen killed nine villagers in Djibo on Monday. A senator said the guards were negligent, "
         "accusing them of leaving the village unprotected.", "accusing"),
        # A simple past that cannot share the reported words' perfect auxiliary.
        ("Gunmen killed nine villagers in Djibo on Monday. The governor said soldiers had repelled a second "
         "raid on the town and blamed the militia for the killings.", "blamed"),
    ],
)
def test_a_statement_that_adds_to_the_saying_is_the_speakers_incident(pipeline, text, own):
    # The clause adds to "said", not to the reported words: the named speaker's statement.
    assert not incident_of(code(pipeline, text), text, own).context


def test_a_passive_accusation_with_a_named_source_is_an_incident(pipeline):
    # No agent, but "according to" names who made it: someone said it.
    text = (
        "Gunmen killed nine villagers in Djibo on Monday. The militia has been accused of the killings, "
        "according to Amnesty International."
    )
    assert not incident_of(code(pipeline, text), text, "accused").context


def test_a_passive_accusation_with_no_source_stays_context(pipeline):
    text = "Gunmen killed nine villagers in Djibo on Monday. The militia has been accused of the killings."
    assert incident_of(code(pipeline, text), text, "accused").context


def test_an_agreement_between_named_parties_is_an_incident(pipeline):
    text = "An agreement between the government and the rebel movement was reached in Juba last month."
    assert not incident_of(code(pipeline, text), text, "reached").context


def test_an_agreement_no_one_is_said_to_have_reached_stays_context(pipeline):
    text = "Fighting resumed in the north. An agreement was reached last month."
    assert incident_of(code(pipeline, text), text, "reached").context


def test_a_statement_in_its_own_main_clause_is_an_incident(pipeline):
    text = "The African Union called for calm after the attack."
    assert not incident_of(code(pipeline, text), text, "called").context


@pytest.mark.parametrize(
    "sentence",
    [
        "Civil society groups are urging the government to secure the villages of the chiefdom.",
        "The army is supporting the police in the town.",
        "The capital has been attacked three times this year.",
        "Gunmen have attacked the village twice.",
        # Adverbs of a habit or a rhythm (`frequency_adverbs`): a kind of act, no occasion.
        "The government systematically accuses the opposition of the unrest.",
        "Students have marched through the capital daily, blocking the main roads.",
        "The army periodically shelled the town of Kidal.",
    ],
)
def test_an_ongoing_or_repeated_act_is_context(pipeline, sentence):
    document = code(pipeline, sentence)
    assert document.incidents and all(i.context for i in document.incidents)


@pytest.mark.parametrize(
    "sentence",
    [
        "Police were firing tear gas at protesters in Nairobi on Thursday.",
        "Gunmen attacked the village of Djibo on Monday, killing three people.",
    ],
)
def test_a_past_occasion_is_not_ongoing_nor_repeated(pipeline, sentence):
    assert reported(code(pipeline, sentence))


@pytest.mark.parametrize(
    "text",
    [
        "At least six people were killed on Sunday in clashes between the army and jihadists near Gao. "
        "The jihadists attacked an army convoy, the army said.",
        "At least 15 people were killed on Saturday in clashes between UN peacekeepers and former Seleka "
        "fighters in the town of Kaga-Bandoro. Rebels from the former Seleka movement attacked the town at "
        "dawn, a UN source said.",
    ],
)
def test_a_fight_between_two_sides_told_again_from_one_side_is_one_incident(pipeline, text):
    document = code(pipeline, text)
    assault = [i for i in occasions(reported(document)) if i.type == "ASSAULT"]
    assert len(assault) == 1, [words(document, i) for i in reported(document)]
    # Who attacked comes from the mention that says so, not from the order of "between".
    attacked = next(e for e in document.events if e.trigger.text == "attacked")
    assert assault[0].actor is not None and assault[0].actor.text == attacked.actor.text


def test_a_side_not_named_in_the_between_phrase_is_another_incident(pipeline):
    text = (
        "At least six people were killed on Sunday in clashes between the army and jihadists near Gao. "
        "Bandits attacked a market in Ansongo, residents said."
    )
    assert len([i for i in occasions(reported(code(pipeline, text))) if i.type == "ASSAULT"]) == 2


def test_a_datelines_date_is_no_mentions(pipeline):
    # The dateline's day is when the report was filed: the attack told in the lead is the
    # one dated Thursday in the next sentence, not a second one on the dateline's day.
    text = (
        "NIAMEY, March 9 (Xinhua) -- Twelve soldiers were killed in an attack by gunmen in western Niger, "
        "the army said. The attack took place on Thursday near Tera."
    )
    assault = [i for i in reported(code(pipeline, text)) if i.type == "ASSAULT"]
    assert len(assault) == 1 and assault[0].date is not None and assault[0].date.value == "2024-03-07"


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        (
            "Gunmen suspected to be bandits attacked three villages in Zamfara on Tuesday. "
            "Residents said the gunmen killed 40 people. They also burned a clinic and a school.",
            "the gunmen killed 40",
        ),
        ("Gunmen may have attacked a convoy near Gao on Tuesday, the army said. Soldiers were deployed to the area.",
         "Soldiers were deployed"),
    ],
)
def test_the_reports_day_may_come_from_an_incident_not_asserted(pipeline, text, sentence):
    # A suspected or possible attack still happened on the report's occasion; only a
    # planned one (mode future) gives no day.
    incident = incident_of(code(pipeline, text), text, sentence)
    assert incident.date is not None and incident.date.value == "2024-03-05"


@pytest.mark.parametrize(
    "sentence",
    [
        "The president praised the army for its courage on Monday.",
        "The European Union sent humanitarian aid to the displaced families in Maiduguri on Friday.",
    ],
)
def test_backing_and_aid_are_the_setting_of_a_conflict_not_incidents(pipeline, sentence):
    document = code(pipeline, sentence)
    assert document.incidents and all(i.context for i in document.incidents)


def test_a_condemnation_stays_an_incident(pipeline):
    text = "The UN condemned the attack on Friday."
    assert not incident_of(code(pipeline, text), text, "condemned").context


@pytest.mark.parametrize(
    "follow_up",
    ["The gang's raid lasted three hours.", "Their raid lasted three hours.", "The raid lasted three hours."],
)
def test_a_possessive_event_noun_refers_back_as_a_definite_one_does(pipeline, follow_up):
    text = "Gunmen abducted 20 students from a school in Kagara on Wednesday. " + follow_up
    document = code(pipeline, text)
    assert len(reported(document)) == 1, [words(document, i) for i in reported(document)]
    assert words(document, reported(document)[0]) == ["abducted", "raid"]


def test_a_day_after_a_clause_dates_the_clauses_event_not_the_main_ones(pipeline):
    # "The attack came a day after ...": the attack keeps the lead's Tuesday (one
    # incident); the truce the clause tells is on the Monday before.
    text = (
        "Five soldiers were killed in a bomb attack near Tibu on Tuesday, the army said. "
        "The attack came a day after the rebels announced a ceasefire."
    )
    document = code(pipeline, text)
    assault = [i for i in reported(document) if i.type == "ASSAULT"]
    assert len(assault) == 1 and assault[0].date is not None and assault[0].date.value == "2024-03-05"
    truce = incident_of(document, text, "the rebels announced a ceasefire")
    assert truce is not assault[0] and truce.date is not None and truce.date.value == "2024-03-04"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked the village of Kologa in Burkina Faso on Monday, killing five people. "
        "Nine other civilians were wounded.",
        "Militants stormed a police station in Dori on Tuesday, killing four officers. "
        "Three other policemen were injured, the army said.",
    ],
)
def test_other_victims_of_the_attack_are_not_another_attack(pipeline, text):
    # "other" before the victims modifies them, not the act: the same attack's wounded.
    document = code(pipeline, text)
    assault = [i for i in reported(document) if i.type == "ASSAULT"]
    assert len(assault) == 1, [words(document, i) for i in document.incidents]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Al-Shabaab fighters attacked a military base near Baidoa on Friday, killing seven soldiers. "
            "The assault came two days after the United States said it had killed an al-Shabaab "
            "commander. The fighters overran the base and burned its stores, an officer said.",
            "Baidoa",
        ),
        (
            "Bandits attacked the village of Rijiya in Zamfara on Sunday, killing six farmers. "
            "The raid came a week after Niger said it had closed its border. The bandits stormed "
            "the village on motorcycles, residents said.",
            "Zamfara",
        ),
    ],
)
def test_a_place_its_sentence_does_not_name_keeps_no_mention_apart(pipeline, text, place):
    # The last sentence names no place: the extraction gives it the country named just
    # before (another event's), and its unnamed attackers and target that country. It
    # neither conflicts with the lead's place nor gives the incident its people's country.
    document = code(pipeline, text)
    last = text[text.rindex(". ") + 2 :]
    incident = incident_of(document, text, last)
    assert incident is incident_of(document, text, text[: text.index(". ")])
    assert incident.location is not None and incident.location.name == place
    assert incident.recipient is None or incident.recipient.country in (None, incident.location.country)


@pytest.mark.parametrize(
    "text",
    [
        "Militants attacked an army post near Djibo on Tuesday, killing nine soldiers. The assault on "
        "Monday night lasted several hours, a security source said.",
        "Bandits killed 14 farmers in the village of Rijiya in Zamfara state on Friday. The raid on "
        "Thursday night lasted until dawn, residents said.",
    ],
)
def test_an_anaphor_dated_the_day_before_tells_the_same_overnight_incident(pipeline, text):
    document = code(pipeline, text)
    assault = [i for i in reported(document) if i.type == "ASSAULT"]
    assert len(assault) == 1, [words(document, i) for i in document.incidents]


def test_an_anaphor_dated_days_apart_is_another_incident(pipeline):
    text = (
        "Militants attacked an army post near Djibo on Thursday, killing nine soldiers. The assault on "
        "Monday lasted several hours, a security source said."
    )
    document = code(pipeline, text)
    assert len([i for i in reported(document) if i.type == "ASSAULT"]) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed six soldiers in an ambush near Djibo on Sunday. It was not clear who carried out "
        "the attack.",
        "Militants stormed a police post in Dori on Tuesday, killing four officers. The army has not "
        "commented on the raid.",
        "Rebels attacked the town of Beni on Thursday, killing 11 people. Officials said they could not "
        "confirm whether the assault was linked to the ADF.",
    ],
)
def test_a_definite_noun_in_a_doubting_clause_still_names_the_incident_told(pipeline, text):
    # A definite noun presupposes its event: the clause doubts who or why, not the attack.
    document = code(pipeline, text)
    assault = [i for i in document.incidents if i.type == "ASSAULT"]
    assert len(assault) == 1 and assault[0].mode == "asserted", [(i.mode, words(document, i)) for i in assault]
    assert len(assault[0].events) == 2


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "Up to 90 farmers were killed in a raid in Katsina state on Thursday, one newspaper "
            "reported. A council official said the raiders killed more than 60 people.",
            60,
        ),
        (
            "Up to 200 villagers were killed when bandits attacked the village of Rijiya in Zamfara state "
            "on Tuesday. A local official said the bandits killed 120 people.",
            120,
        ),
    ],
)
def test_an_upper_bound_agrees_with_a_toll_below_it_and_gives_way_to_it(pipeline, text, toll):
    document = code(pipeline, text)
    assault = [i for i in reported(document) if i.type == "ASSAULT"]
    assert len(assault) == 1 and assault[0].fatalities == toll, [(i.fatalities, words(document, i)) for i in assault]


def test_an_upper_bound_below_another_toll_is_another_count(pipeline):
    text = (
        "Gunmen killed at least 50 villagers in Kologa in Burkina Faso on Sunday. Up to 30 soldiers were "
        "also killed, residents said."
    )
    document = code(pipeline, text)
    assert sorted(i.fatalities for i in reported(document) if i.type == "ASSAULT") == [30, 50]


@pytest.mark.parametrize(
    "sentence",
    [
        "Soldiers have killed some 27 people so far, a rights monitor said.",
        "The fighting has killed 120 civilians to date, the United Nations said.",
        "Militants have abducted 300 people thus far this year, officials said.",
    ],
)
def test_a_running_count_is_context(pipeline, sentence):
    text = "Protesters marched in Khartoum on Tuesday. " + sentence
    document = code(pipeline, text)
    assert incident_of(document, text, sentence).context
    assert not incident_of(document, text, "Protesters marched in Khartoum on Tuesday.").context


@pytest.mark.parametrize(
    "sentence",
    [
        "Les insurgés ont tué 48 villageois jusqu'ici, selon une ONG.",
        "Au moins 64 policiers ont été tués à ce jour, a indiqué un syndicat.",
        "Jusqu\u2019à présent, les rebelles ont enlevé 230 personnes, selon les Nations unies.",
    ],
)
def test_a_french_running_count_is_context(french, sentence):
    """French as English: a count kept up to now ("jusqu'ici", "à ce jour", "jusqu'à présent")
    sums up a conflict's incidents; the clause's act is context, the protest stays an incident."""
    lead = "Des manifestants ont défilé mardi à Niamey. "
    text = lead + sentence
    document = french.extract(Article(id="t", text=text, published=PUBLISHED, language="fr"))
    assert incident_of(document, text, sentence).context
    assert not incident_of(document, text, lead.strip()).context


def test_a_french_frame_up_to_now_without_a_count_is_no_running_count(french):
    # "aucune revendication jusqu'ici": what has not happened yet, no total of the attack.
    text = "Des hommes armés ont attaqué mardi un poste de police à Kidal. Il n'y a pas eu de revendication jusqu'ici."
    document = french.extract(Article(id="t", text=text, published=PUBLISHED, language="fr"))
    assert [i.context for i in document.incidents if i.type == "ASSAULT"] == [False]


@pytest.mark.parametrize(
    "sequel",
    [
        "The rebels raided Tamani village in Beni territory late on Thursday, killing residents with machetes.",
        "The fighters entered the village at night and killed them in their homes, a local chief said.",
    ],
)
def test_a_killing_of_plural_victims_with_no_figure_states_no_toll(pipeline, sequel):
    lead = "At least 25 people were killed when rebels attacked a village in eastern Congo, a local official said. "
    text = lead + sequel
    document = code(pipeline, text)
    assault = [i for i in reported(document) if i.type == "ASSAULT"]
    assert len(assault) == 1, [(words(document, i), i.fatalities) for i in document.incidents]
    assert assault[0].fatalities == 25
    # Alone, such a killing gives the incident no toll (at least one died; how many, untold).
    alone = code(pipeline, sequel)
    assert [i.fatalities for i in reported(alone) if i.type == "ASSAULT"] == [None]


def test_a_single_victim_is_still_a_toll_of_one(pipeline):
    text = (
        "Gunmen killed 12 villagers in Bama in Borno state on Friday. "
        "A soldier was killed in Gwoza on Friday, the army said."
    )
    document = code(pipeline, text)
    assert sorted(i.fatalities for i in reported(document) if i.type == "ASSAULT") == [1, 12]


@pytest.mark.parametrize(
    ("statement", "toll"),
    [
        ("The death toll has since risen to 25, a hospital official said.", 25),
        ("The toll later climbed to at least 31.", 31),
        ("The toll stood at nine on Saturday, police said.", 12),  # no word of a rise: the first stays
        ("Relatives said the death toll could rise to 40.", 12),  # a guess, no toll stated
    ],
)
def test_a_toll_stated_in_its_own_sentence_revises_the_incident(pipeline, statement, toll):
    text = "Gunmen killed 12 villagers in Bama in Borno state on Friday, police said. " + statement
    document = code(pipeline, text)
    (incident,) = [i for i in reported(document) if i.type == "ASSAULT"]
    assert incident.fatalities == toll
    if toll != 12:
        span = incident.evidence.toll_statement
        assert span is not None and text[span.start : span.end] == span.text and span.text.startswith("toll")
        assert incident.evidence.fatalities is None


def test_a_toll_statement_gives_a_toll_to_an_incident_that_states_none(pipeline):
    text = (
        "An army airstrike hit a village in Kaduna state on Sunday, local officials said. "
        "Residents said the death toll was 85."
    )
    document = code(pipeline, text)
    (incident,) = [i for i in reported(document) if i.type == "ASSAULT"]
    assert incident.fatalities == 85


def test_a_toll_statement_far_from_any_attack_revises_nothing(pipeline):
    text = (
        "Protesters marched in Khartoum on Tuesday. Police fired tear gas at the crowd. "
        "The toll of last year's floods reached 120, officials said."
    )
    document = code(pipeline, text)
    assert all(i.fatalities is None for i in document.incidents)


@pytest.mark.parametrize(
    "part",
    [
        "Among the dead was the village imam, who was killed outside the mosque, a resident said.",
        "Two teachers were among those killed, the state education board said.",
    ],
)
def test_dead_told_among_an_attacks_dead_are_part_of_its_toll(pipeline, part):
    text = (
        "Gunmen killed 12 villagers in an attack on Kadisau village in Katsina state on Tuesday, police said. "
        "The attackers arrived on motorcycles and began shooting at residents. " + part
    )
    document = code(pipeline, text)
    assault = [i for i in reported(document) if i.type == "ASSAULT"]
    assert len(assault) == 1, [(words(document, i), i.fatalities) for i in document.incidents]
    assert assault[0].fatalities == 12


def test_a_mention_dated_long_before_the_report_does_not_join_an_undated_incident(pipeline):
    text = (
        "The jets hit camps near Marte in Borno state, a spokesman said. "
        "Residents said at least 12 civilians were also killed when a bomb hit a house in the village. "
        "In 2022, a military drone strike killed 85 villagers celebrating a religious festival in Kaduna state."
    )
    document = code(pipeline, text)
    old = incident_of(document, text, "In 2022, a military drone strike killed 85 villagers")
    recent = incident_of(document, text, "Residents said at least 12 civilians were also killed when a bomb hit")
    assert old is not recent
    assert old.fatalities == 85 and recent.fatalities == 12
    assert recent.date is None or not recent.date.value.startswith("2022")


def test_a_headlines_bound_agrees_with_the_leads_larger_toll(pipeline):
    text = (
        "Syria monitor: Over 20 killed in Idlib car bomb blast\n\n"
        "At least 23 people, including seven civilians, have been killed in a car bomb attack in the "
        "northwestern city of Idlib, a monitoring group said on Friday."
    )
    document = code(pipeline, text)
    assault = [i for i in reported(document) if i.type == "ASSAULT"]
    assert len(assault) == 1, [(words(document, i), i.fatalities) for i in document.incidents]
    assert assault[0].fatalities == 23


@pytest.mark.parametrize(
    "text",
    [
        # A headline that tells the toll as risen, before the lead's first figure.
        "Death toll in Kano mosque attack rises to 25\n\nGunmen killed 18 worshippers at a mosque in the "
        "northern Nigerian city of Kano on Friday, police said.",
        # A later sentence that tells it risen, through the attack it names.
        "Gunmen killed 18 worshippers at a mosque in the northern Nigerian city of Kano on Friday, police said. "
        "The death toll from the attack rose to 25 on Saturday after seven more died in hospital, a doctor said.",
    ],
)
def test_a_toll_told_as_risen_is_the_incidents_latest_figure(pipeline, text):
    document = code(pipeline, text)
    assault = [i for i in reported(document) if i.type == "ASSAULT"]
    assert len(assault) == 1, [(words(document, i), i.fatalities) for i in document.incidents]
    assert assault[0].fatalities == 25


@pytest.mark.parametrize(
    ("follow_up", "toll"),
    [
        # The act told before is what the clause adds: a running total, not its toll.
        ("This brings the death toll in the renewed fighting to 31, officials said.", 4),
        ("The violence took the death toll in the district since January to 57.", 4),
        # The clause counts its own added dead: the same act's toll, revised.
        ("Two of the wounded later died in hospital, bringing the death toll in the fighting to 6.", 6),
    ],
)
def test_a_toll_brought_up_by_the_act_told_before_is_a_running_total(pipeline, follow_up, toll):
    text = (
        "At least four people have been killed and several shops were burnt in renewed fighting in Bawa "
        "in Plateau state this week. " + follow_up
    )
    document = code(pipeline, text)
    assault = [i for i in reported(document) if i.type == "ASSAULT"]
    assert assault, [(words(document, i), i.fatalities) for i in document.incidents]
    assert assault[0].fatalities == toll, [(words(document, i), i.fatalities) for i in document.incidents]


def test_another_sources_larger_figure_is_not_a_rise(pipeline):
    text = (
        "Gunmen killed 18 worshippers at a mosque in the northern Nigerian city of Kano on Friday, police said. "
        "Residents said the death toll from the attack was 25."
    )
    document = code(pipeline, text)
    (incident,) = [i for i in reported(document) if i.type == "ASSAULT"]
    assert incident.fatalities == 18


@pytest.mark.parametrize(
    "follow_up",
    [
        "Investigations have been opened.",
        "An investigation into the killings was opened on Monday.",
        "An investigation had been launched, police said.",
    ],
)
def test_an_act_of_the_authorities_told_in_the_passive_is_an_incident(pipeline, follow_up):
    # An investigation opened or launched, asserted in the passive, is the authorities'
    # act: it took place though no mention names who did it (`enacting_verbs`).
    text = "Gunmen killed 12 villagers in Djibo on Friday. " + follow_up
    document = code(pipeline, text)
    act = incident_of(document, text, follow_up)
    assert not act.context, [words(document, i) for i in document.incidents]


@pytest.mark.parametrize(
    "follow_up",
    [
        # the passive of a verb that enacts nothing: still no one said to have done it
        "The raid was widely condemned on Saturday.",
        # not asserted: planned, not done
        "An investigation will be opened.",
    ],
)
def test_a_passive_verbal_act_that_enacts_nothing_done_stays_context(pipeline, follow_up):
    text = "Gunmen killed 12 villagers in Djibo on Friday. " + follow_up
    document = code(pipeline, text)
    assert [i.type for i in reported(document)] == ["ASSAULT"], [words(document, i) for i in document.incidents]


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers in Mali fired on a crowd near Bamako's airport road on Friday, killing a trader.\n"
        "The trader was killed in Segou by a soldier, his brother said.",
        "Troops in Chad opened fire on a convoy near N'Djamena's main market on Monday, killing a driver.\n"
        "The driver was shot in Abeche by a soldier, his employer said.",
    ],
)
def test_a_town_given_to_a_mention_comes_before_one_that_only_shares_a_sentence(pipeline, text):
    # The first mention is placed only in the country; its sentence also names the capital.
    # The town another mention of the incident is placed in is the incident's place.
    (incident,) = [i for i in reported(code(pipeline, text)) if i.type == "ASSAULT"]
    assert incident.location is not None and incident.location.name in ("Ségou", "Abéché")


@pytest.mark.parametrize(
    "text",
    [
        # AFP's order: "..., a annoncé vendredi l'armée": the day of the saying, not of the act.
        "Un soldat a été tué dans une embuscade près de Kaya, a annoncé vendredi l'armée. "
        "L'embuscade a eu lieu mercredi.",
        "Dix villageois ont été tués dans une attaque près de Kaya, ont rapporté vendredi des sources locales. "
        "L'attaque a eu lieu mercredi soir.",
    ],
)
def test_a_french_day_of_saying_after_the_act_does_not_date_it(french, text):
    document = french.extract(Article(id="t", text=text, published=PUBLISHED, language="fr"))
    assault = [i for i in reported(document) if i.type == "ASSAULT"]
    assert len(assault) == 1
    assert assault[0].date is not None and assault[0].date.value == "2024-03-06"


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Gunmen attacked a police station in Kati on Monday, killing two officers. The governor condemned "
            "the violence. Schools stayed closed for the rest of the week. Officials met to discuss security. "
            "Armed men also attacked a checkpoint in Bamako.",
            "Kati",
            "Bamako",
        ),
        (
            "Militants stormed a military post in Saaba, killing four soldiers. The army sent reinforcements to "
            "the area. Traders shut their stalls. The mayor appealed for calm. Militants burned a market in "
            "Ouagadougou.",
            "Saaba",
            "Ouagadougou",
        ),
    ],
)
def test_a_neighbouring_town_named_apart_is_another_place(pipeline, text, first, second):
    # The two towns lie within 25 km of each other: near enough to be one place across
    # reports, but one report naming both tells two places, so nearness ties nothing.
    assaults = [i for i in reported(code(pipeline, text)) if i.type == "ASSAULT"]
    assert [i.location.name for i in assaults if i.location] == [first, second]


def test_a_town_named_again_still_ties_its_incident(pipeline):
    text = (
        "Gunmen attacked a police station in Kati on Monday, killing two officers. The governor condemned the "
        "violence. Schools stayed closed for the rest of the week. Officials met to discuss security. Residents "
        "said the gunmen looted shops in Kati."
    )
    document = code(pipeline, text)
    (assault,) = [i for i in reported(document) if i.type == "ASSAULT"]
    assert words(document, assault) == ["attacked", "looted"]


def test_a_town_a_sentence_names_wins_over_one_it_inherited(french):
    # The tyres burnt in a sentence with no place inherit Nouakchott; the killing told with
    # its own town, Kaédi, joins them: the incident is at the town its sentence names.
    text = ("Mardi, des manifestations ont eu lieu à Kaédi et à Nouakchott, où un jeune homme avait été arrêté lundi. "
            "Les manifestants ont brûlé des pneus dans les rues, a indiqué la police. "
            "A Kaédi, à environ 400 km au sud-est de Nouakchott, un manifestant a été tué lors de heurts "
            "avec la police.")
    document = french.extract(Article(id="t", text=text, published=PUBLISHED, language="fr"))
    killings = [i for i in document.incidents if i.type == "ASSAULT" and i.fatalities == 1]
    assert killings and all(i.location is not None and i.location.name == "Kaédi" for i in killings)


# --- records of no incident: a state of affairs, a tour at home, an act presupposed ---------


@pytest.mark.parametrize(
    "text",
    [
        "The unrest has raised fears of a wider war in the region.",
        "The northern province remains a hotspot of unrest and banditry.",
    ],
)
def test_a_state_of_unrest_is_no_incident(pipeline, text):
    document = code(pipeline, text)
    assert document.incidents and not reported(document), text


def test_unrest_still_describes_the_protest_told_before(pipeline):
    text = (
        "Students marched through Kaduna on Friday to demand lower fees. A bank was looted during the unrest "
        "in the city, residents said."
    )
    document = code(pipeline, text)
    (protest,) = [i for i in reported(document) if i.type == "PROTEST"]
    assert words(document, protest) == ["marched", "unrest"]


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Gunmen attacked a police station in Kaduna on Tuesday, killing three officers. President Bola Tinubu "
            "visited the police station on Wednesday.",
            "visited",
        ),
        (
            "Suicide bombers struck a market in Maiduguri on Tuesday, killing 12 people. Nigeria's vice president "
            "arrived in Maiduguri on Wednesday and was briefed on the attack.",
            "arrived",
        ),
        (
            "Gunmen killed four farmers near Zinder on Monday. The regional governor spoke to reporters after "
            "visiting the scene of the attack.",
            "visiting",
        ),
    ],
)
def test_a_visit_at_home_is_no_consultation(pipeline, text, visit):
    document = code(pipeline, text)
    (tour,) = [i for i in document.incidents if words(document, i) == [visit]]
    assert tour.type == "CONSULT" and tour.context
    assert any(i.type == "ASSAULT" for i in reported(document)) or "January" not in text and "February" not in text


@pytest.mark.parametrize(
    "text",
    [
        "Nigerian President Bola Tinubu visited Niamey on Thursday for talks with the junta.",
        "The French foreign minister arrived in Bamako on Tuesday.",
        "President Bola Tinubu visited Maiduguri on Thursday.",
    ],
)
def test_a_visit_abroad_or_opening_the_report_stays_a_consultation(pipeline, text):
    document = code(pipeline, text)
    assert [i.type for i in reported(document)] == ["CONSULT"], text


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The junta banned all political parties on Tuesday. Opposition leaders said the suspension was unlawful.",
         "suspension"),
        ("The two countries agreed on Saturday to stop firing across the border. The ceasefire was brokered by "
         "Qatar, officials said.", "ceasefire"),
    ],
)
def test_a_political_act_named_again_in_other_words_is_no_new_incident(pipeline, text, noun):
    document = code(pipeline, text)
    (named,) = [i for i in document.incidents if words(document, i) == [noun]]
    assert named.context
    assert len(reported(document)) == 1


def test_a_lead_may_open_on_a_definite_political_act(pipeline):
    text = "The ceasefire announced by the government on Monday took effect at midnight."
    document = code(pipeline, text)
    assert [i.type for i in reported(document)] == ["CONCEDE"]


@pytest.mark.parametrize(
    ("text", "attack", "coercion"),
    [
        (
            "A trader was shot dead in Kano on Monday. Protesters tried to loot a shop in the city, but police "
            "dispersed them.",
            "A trader was shot dead",
            "police dispersed them",
        ),
        (
            "Two students were shot dead in Kano on Monday. Their classmates gathered at the gate, but police "
            "dispersed them.",
            "Two students were shot dead",
            "police dispersed them",
        ),
    ],
)
def test_an_act_against_people_a_pronoun_names_is_no_setting(pipeline, text, attack, coercion):
    """A coercion whose patient is a pronoun for people ("police dispersed them") is done to
    people, not to a thing or a place: no setting of the shooting told before it, an
    incident of its own."""
    document = code(pipeline, text)
    first = incident_of(document, text, attack)
    second = incident_of(document, text, coercion)
    assert first is not second
    assert (first.type, second.type) == ("ASSAULT", "COERCE")


# A witness's town in another country than the incident's own place (issue 12, place class).


def _place(name: str, country: str, feature: str = "city") -> Place:
    return Place(text=name, start=0, end=len(name), name=name, country=country, feature=feature)


def _mention_at(place: Place, *, lent: bool = False):  # type: ignore[no-untyped-def]
    from types import SimpleNamespace

    return SimpleNamespace(event=SimpleNamespace(location=place), place_lent=lent, place_inherited=False,
                           dateline=False, date=None, date_stated=False)


@pytest.mark.parametrize(
    ("witness", "apart"),
    [
        (_place("Goma", "COD"), True),  # "A nurse in Goma city said residents were hit"
        (_place("Kinshasa", "COD"), False),  # a capital: where news is told from
        (_place("Gisenyi", "RWA"), False),  # in the country of the incident's own place
        (_place("Nord-Kivu", "COD", "admin1"), False),  # no locality: a jurisdiction
    ],
)
def test_a_witness_in_a_town_abroad_tells_no_more_of_the_incident(witness: Place, apart: bool) -> None:
    from types import SimpleNamespace

    from tessera.assemble.links import _abroad_of

    # "Five farmers were killed in Rwanda, officials said." then a witness's town.
    draft = SimpleNamespace(members=[_mention_at(_place("Rwanda", "RWA", "country"))])
    assert _abroad_of(_mention_at(witness, lent=True), draft) is apart  # type: ignore[arg-type]
    # A place of the act itself is weighed by the place conflict, not here.
    assert _abroad_of(_mention_at(witness), draft) is False  # type: ignore[arg-type]


def test_a_speakers_place_alone_gives_the_incident_no_country() -> None:
    from types import SimpleNamespace

    from tessera.assemble.links import _abroad_of

    # "Officials in Kigali said ..." (a place lent to a speaker) places nothing.
    draft = SimpleNamespace(members=[_mention_at(_place("Kigali", "RWA"), lent=True)])
    assert _abroad_of(_mention_at(_place("Goma", "COD"), lent=True), draft) is False  # type: ignore[arg-type]


def test_an_undated_threat_is_dated_by_the_reports_day(pipeline):
    # The attack is Friday's; the promise of punishment is told with no day: said as reported.
    text = (
        "Gunmen killed six soldiers near Djibo on Friday. "
        "The president said those responsible would be brought to justice."
    )
    document = code(pipeline, text)
    (threat,) = [i for i in reported(document) if i.type == "THREATEN"]
    assert threat.date is not None and threat.date.value == PUBLISHED
    (attack,) = [i for i in reported(document) if i.type == "ASSAULT"]
    assert attack.date is not None and attack.date.value == "2024-03-08"


def test_an_undated_condemnation_is_dated_by_the_day_the_report_was_told(pipeline):
    # The attack is Thursday's, the army spoke on Friday; the party's condemnation, told
    # with no day, was made when the report's sources spoke, not on the day of the attack.
    text = (
        "Gunmen killed six soldiers near Djibo on Thursday, the army said on Friday. "
        "The main opposition party condemned the killings."
    )
    document = code(pipeline, text)
    (condemnation,) = [i for i in reported(document) if i.type == "ACCUSE"]
    assert condemnation.date is not None and condemnation.date.value == "2024-03-08"
    (attack,) = [i for i in reported(document) if i.type == "ASSAULT"]
    assert attack.date is not None and attack.date.value == "2024-03-07"


def test_an_undated_condemnation_without_a_day_of_saying_takes_the_publication_day(pipeline):
    text = (
        "Gunmen killed six soldiers near Djibo on Thursday. "
        "The main opposition party condemned the killings."
    )
    document = code(pipeline, text)
    (condemnation,) = [i for i in reported(document) if i.type == "ACCUSE"]
    assert condemnation.date is not None and condemnation.date.value == PUBLISHED


def test_the_day_of_an_act_charged_does_not_date_the_accusation(pipeline):
    # "on Wednesday" dates the shelling the militia is blamed for, not the accusation.
    text = "Police blamed the militia for shelling the market in Gao on Wednesday."
    document = code(pipeline, text)
    (accusation,) = [i for i in reported(document) if i.type == "ACCUSE"]
    assert accusation.date is not None and accusation.date.value == PUBLISHED


@pytest.mark.parametrize(
    ("report", "background"),
    [
        ("Gunmen killed 12 villagers in Djibo on Friday.",
         "Protesters marched against the junta, which seized power in 2021."),
        ("Gunmen killed 12 villagers in Djibo on Friday.",
         "The government, which came to power in a coup in 2022, has not commented."),
        ("Gunmen killed 12 villagers in Djibo on Friday.",
         "Crowds gathered to denounce the officers who seized power last October."),
        # French: the model's acl:relcl, "qui" (fr/assemble.yaml participant_relative_pronouns)
        ("Des hommes armés ont tué douze villageois à Djibo vendredi.",
         "Des milliers de personnes ont manifesté contre la junte, qui a renversé le président en juillet 2023."),
    ],
)
def test_a_participants_past_told_in_a_relative_clause_is_context(pipeline, report, background):
    text = report + " " + background
    document = code(pipeline, text)
    coups = [i for i in document.incidents if i.type == "COERCE" and i.date is not None and i.date.value < "2024"]
    assert coups and all(i.context for i in coups), (background, document.incidents)
    assert not incident_of(document, text, report).context


@pytest.mark.parametrize(
    "background",
    [
        "The separatist movement grew quickly in 2019 after a government crackdown on students in Bamenda.",
        "Mali fell into turmoil after rebels seized the northern town of Kidal in 2012.",
        "The region has seen little peace following the ambush that killed 30 soldiers near Gao in 2015.",
    ],
)
def test_an_old_act_told_as_what_came_before_is_context(pipeline, background):
    # "after" / "following" an act a year or more before the report: the cause of a later
    # state, background (assemble._old_cause); the report's own attack stays reported.
    report = "Gunmen killed 12 villagers in Djibo on Friday."
    text = report + " " + background
    document = code(pipeline, text)
    old = [i for i in document.incidents if i.date is not None and i.date.value < "2021"]
    assert old and all(i.context for i in old), (background, document.incidents)
    assert not incident_of(document, text, report).context


def test_a_recent_act_told_as_what_came_before_is_reported(pipeline):
    # Days before the report, not a year: the report's own news.
    text = "Schools in Kaya closed on Friday after gunmen killed five teachers in Kaya on Thursday."
    document = code(pipeline, text)
    assert any(i.type == "ASSAULT" for i in reported(document)), document.incidents


@pytest.mark.parametrize(
    "sentence",
    [
        # The act of the clause is recent: a report, not a description.
        "Gunmen killed 12 villagers in Djibo on Friday. The rebels, who captured the town on Thursday, said"
        " more would follow.",
        # A clause on an event noun tells the event itself.
        "Gunmen killed 12 villagers in Djibo on Friday. It recalled the attack that killed 20 people in Kaya in 2019.",
    ],
)
def test_a_relative_clause_on_an_event_or_of_the_reports_days_is_not_background(pipeline, sentence):
    document = code(pipeline, sentence)
    assert len(reported(document)) >= 2, (sentence, document.incidents)


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("The regional bloc announced lifting its sanctions against the junta on Friday.", "CONCEDE"),
        ("On Friday the council declared lifting the curfew in the capital.", "CONCEDE"),
    ],
)
def test_an_act_a_verb_of_announcing_takes_is_the_act_announced(pipeline, sentence, kind):
    # "announced lifting the sanctions": the lifting is what is made public, not a statement
    # added to another act (`announcing_verbs`).
    found = [i for i in code(pipeline, sentence).incidents if i.type == kind]
    assert found and not any(i.context for i in found), sentence



@pytest.mark.parametrize(
    ("text", "trigger", "context"),
    [
        # The act told as the cause of a country's lasting state: background.
        ("Des rebelles ont attaqué Bossangoa. Le pays a été plongé dans le chaos après un coup d'État "
         "en 2013.", "coup", True),
        ("Des rebelles ont attaqué Bossangoa. Le renversement du président en 2013 a plongé le pays dans "
         "une longue crise.", "renversement", True),
        # An act of its own beside it is still the report's incident.
        ("Des rebelles ont attaqué Bossangoa. Des hommes armés ont tué six civils mardi près de Bouar.",
         "tué", False),
    ],
)
def test_a_french_act_told_as_the_cause_of_a_lasting_state_is_background(french, text, trigger, context):
    facts, english = _french_facts(french, text, trigger)
    assert facts.context is context, facts.reasons
    assert not any("lasting state" in r for r in english.reasons)  # no English verbs of it yet


@pytest.mark.parametrize(
    ("text", "trigger", "context"),
    [
        # A takeover told in a relative clause on those who did it says who they are: background.
        ("Des rebelles ont attaqué Bossangoa. Des centaines de jeunes ont défilé pour soutenir les "
         "officiers qui ont renversé le chef de l'État.", "renversé", True),
        ("Des rebelles ont attaqué Bossangoa. La Cédéao a gelé les avoirs des membres du comité militaire "
         "qui a pris le pouvoir.", "pris", True),
        # A takeover in a "lorsque" / "quand" clause dates another clause's state: background.
        ("Des rebelles ont attaqué Bossangoa. Le pays est instable depuis 2013, lorsque des rebelles ont "
         "renversé le chef de l'État.", "renversé", True),
        ("Des rebelles ont attaqué Bossangoa. La crise dure depuis 2019, quand l'armée a destitué le président.",
         "destitué", True),
        # A clause on the takeover's own name tells it; a takeover told in its own clause is news.
        ("Des rebelles ont attaqué Bossangoa. Des officiers ont renversé le chef de l'État mardi.",
         "renversé", False),
        ("Des rebelles ont attaqué Bossangoa. Lorsque la garde s'est retirée, des officiers ont renversé le "
         "chef de l'État mardi.", "renversé", False),
    ],
)
def test_a_french_takeover_told_in_a_relative_clause_on_its_authors_is_background(french, text, trigger, context):
    facts, english = _french_facts(french, text, trigger)
    assert facts.context is context, facts.reasons
    assert not any("takeover" in r for r in english.reasons)  # no English verbs of it yet


def test_a_french_clause_on_the_takeover_s_own_name_tells_the_event(french):
    from tessera.assemble import default_assemble_rules
    from tessera.assemble.mentions import _takeover_described

    rules = default_assemble_rules("fr")
    for text, described in [
        ("Le raid survient deux mois après le coup d'État qui a renversé le président élu.", False),
        ("Le raid survient deux mois après la venue des officiers qui ont renversé le président élu.", True),
    ]:
        sentence = french.parser.parse(text).sentences[0]
        verb = next(t for t in sentence.tokens if t.text == "renversé")
        assert bool(_takeover_described(verb, sentence.start, frozenset(), rules)) is described, text


@pytest.mark.parametrize(
    "text",
    [
        # one victim each, at two named sites, the same day: two killings
        "A herder was shot dead by soldiers in the village of Sama on Monday. A trader was shot dead by "
        "soldiers in the village of Toko on Monday, residents said.",
        "Gunmen killed two farmers in the village of Dabaga on Sunday. Two traders were also killed in the "
        "village of Fokolo on Sunday, residents said.",
        # a city's neighbourhoods are sites of their own (assemble.yaml locality_kinds)
        "A student was shot dead by police in the Kissosso neighbourhood on Monday. A boy was shot dead by "
        "police in the Tombolia neighbourhood on Monday, witnesses said.",
    ],
)
def test_the_same_toll_and_day_at_two_named_sites_are_two_incidents(pipeline, text):
    document = code(pipeline, text)
    assaults = [i for i in reported(document) if i.type == "ASSAULT"]
    assert len(assaults) == 2, [words(document, i) for i in document.incidents]


def test_one_town_spelled_two_ways_is_one_site(pipeline):
    # "Dera" in the headline, "Deraa" in the lead: one gazetteer entry, so one incident
    text = (
        "At least 12 killed in Dera as the army moves on the city\n\n"
        "At least 12 people were killed on Friday in Deraa, the heart of the protests, residents said."
    )
    document = code(pipeline, text)
    assaults = [i for i in reported(document) if i.type == "ASSAULT"]
    assert len(assaults) == 1, [words(document, i) for i in document.incidents]


def test_a_toll_told_again_at_the_same_site_stays_one_incident(pipeline):
    text = (
        "Gunmen killed two farmers in the village of Dabaga on Sunday. The two farmers were killed in "
        "Dabaga as they worked in their fields, residents said."
    )
    document = code(pipeline, text)
    assert len([i for i in reported(document) if i.type == "ASSAULT"]) == 1


def test_a_state_of_emergency_is_no_setting_of_the_attack_told_before(pipeline):
    text = (
        "Gang members killed 41 inmates at a prison in Tamara on Tuesday. A state of emergency was "
        "announced and the president vowed drastic measures."
    )
    document = code(pipeline, text)
    assert sorted(i.type for i in reported(document)) == ["ASSAULT", "COERCE"], [
        words(document, i) for i in document.incidents]


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Security forces killed dozens of protesters overnight in the capital, a doctor said.", False),
        ("Troops killed dozens of villagers on Sunday night near the border, residents said.", False),
        ("The army has killed dozens of fighters in the region, a spokesman said.", True),
    ],
)
def test_a_vague_count_told_within_one_night_is_one_incident(pipeline, text, context):
    document = code(pipeline, text)
    (assault,) = [i for i in document.incidents if i.type == "ASSAULT"]
    assert assault.context is context


@pytest.mark.parametrize(
    ("text", "assaults"),
    [
        # French: an act at a site of its own is another incident, toll or none
        ("Des hommes armés ont attaqué le village de Sama lundi. Des assaillants ont incendié des greniers dans le "
         "village de Toko lundi.", 2),
        # the site named again goes on telling the incident
        ("Des hommes armés ont attaqué le village de Sama lundi. Les assaillants ont incendié des greniers à Sama.",
         1),
    ],
)
def test_french_acts_at_two_named_sites_are_two_incidents(french, text, assaults):
    document = french.extract(Article(id="t", text=text, published=PUBLISHED, language="fr"))
    assert len([i for i in reported(document) if i.type == "ASSAULT"]) == assaults, [
        words(document, i) for i in document.incidents]


def test_a_definite_noun_of_another_type_does_not_name_an_arrest_back(pipeline):
    text = (
        "About seventy protesters were arrested in the capital on Tuesday. Two opposition lawmakers attended the "
        "early morning clash."
    )
    document = code(pipeline, text)
    assert sorted({i.type for i in reported(document)} & {"ASSAULT", "COERCE"}) == ["ASSAULT", "COERCE"], [
        words(document, i) for i in document.incidents]


def test_a_definite_noun_of_a_kind_of_coercion_does_not_name_an_attack_back(pipeline):
    text = (
        "Jihadists attacked fuel trucks near Kayes on Monday and burnt twenty of them. The group announced the "
        "blockade of the region last week."
    )
    document = code(pipeline, text)
    assert sorted({i.type for i in reported(document)}) == ["ASSAULT", "COERCE"], [
        words(document, i) for i in document.incidents]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked Kwari village on Monday, killing two farmers. The gunmen also stormed the village, "
        "wounding a resident and abducting three others.",
        "Gunmen attacked a police post near Kwari on Monday, killing two officers. Later the gunmen invaded the "
        "village, injuring a resident and kidnapping three others.",
    ],
)
def test_an_abduction_is_done_to_people_and_no_setting_of_the_raid(pipeline, text):
    # "abducting three others": the recipient names no sector, but only people are abducted;
    # the abduction is an incident of its own beside the killing, not the raid's setting.
    document = code(pipeline, text)
    types = sorted(i.type for i in reported(document))
    assert types == ["ASSAULT", "COERCE"], [(words(document, i), i.type) for i in reported(document)]


@pytest.mark.parametrize(
    ("sentence", "context"),
    [
        # A bare noun of a state body of a known country speaks as reported.
        ("Malian military authorities accuse the rebels of looting the villages.", False),
        ("Nigerian police blame the bandits for the raid.", False),
        # People in general, in the present, tell a habit.
        ("Many villagers accuse the rebels of looting.", True),
    ],
)
def test_a_statement_in_the_present_by_a_bare_state_body_is_reported(pipeline, sentence, context):
    document = code(pipeline, sentence)
    accusations = [i for i in document.incidents if i.type == "ACCUSE"]
    assert accusations and all(i.context is context for i in accusations), [
        (i.type, i.context, words(document, i)) for i in document.incidents
    ]


def test_a_headlines_country_gives_way_to_the_town_its_lead_names(pipeline):
    # The headline places the deaths at the country; the lead names the one town where
    # they happened; a later sentence names another town (so no sole locality).
    text = (
        "Six killed in Nigeria protests over fuel prices\n\n"
        "Police said at least six people had died during protests in Kano on Saturday over the rise in fuel prices.\n"
        "In Lagos, hundreds of people marched peacefully on Sunday."
    )
    document = code(pipeline, text)
    assault = [i for i in reported(document) if i.type == "ASSAULT"]
    assert len(assault) == 1, [(words(document, i), i.location) for i in document.incidents]
    assert assault[0].location is not None and assault[0].location.name == "Kano"


def test_a_caption_before_the_lead_gives_no_town_to_the_headlines_country(pipeline):
    # A photo's caption tells no event: the lead is the sentence after it, which names no town.
    text = (
        "Five killed in Ghana riots\n\n"
        "A photographer stands near the market in Kumasi on June 3.\n\n"
        "Five people were killed when rioters clashed with police in Ghana, an official said.\n"
        "In Tamale, hundreds of people marched peacefully on Sunday."
    )
    document = code(pipeline, text)
    assault = [i for i in reported(document) if i.type == "ASSAULT"]
    assert len(assault) == 1, [(words(document, i), i.location) for i in document.incidents]
    assert assault[0].location is not None and assault[0].location.feature == "country"


@pytest.mark.parametrize(
    "text",
    [
        "Militants attacked government buildings in the city of Kaduna on Monday, officials said.\n\n"
        "The fighting began early on Monday on the outskirts of the city, near Plateau State, police said.",
        "Militants attacked government buildings in the southern city of Kaduna on Monday.\n\n"
        "Reporters said the fighting began on the outskirts of the city, near Niger State. "
        "In the first skirmish, three gunmen were killed.",
    ],
)
def test_the_outskirts_of_the_city_is_the_town_named_before_not_the_state_it_is_near(pipeline, text):
    # "on the outskirts of the city" refers back to the town; "near <state>" is only a bearing.
    document = code(pipeline, text)
    assault = [i for i in reported(document) if i.type == "ASSAULT"]
    assert assault, [(words(document, i), i.location) for i in document.incidents]
    assert all(i.location is not None and i.location.name == "Kaduna" for i in assault), [
        (words(document, i), i.location) for i in assault]


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        (
            "Gunmen killed six soldiers at a checkpoint near Dala on Friday. The attack follows the murder of a "
            "village chief in Dala.",
            "murder",
        ),
        (
            "Rebels stormed a police post in Goma on Friday. The attack follows the killings of three aid "
            "workers near Goma.",
            "killings",
        ),
    ],
)
def test_an_event_noun_that_excludes_some_modifiers_still_orders_another_event(pipeline, text, earlier):
    # "attack" is an event noun by itself though not "a heart attack" (triggers.yaml not_modifiers):
    # as the subject of "follows" it still tells an earlier, other occasion.
    document = code(pipeline, text)
    lead = incident_of(document, text, text.split(". ")[0])
    told_before = incident_of(document, text, earlier)
    assert lead is not told_before


def test_a_noun_entry_that_only_excludes_modifiers_is_an_event_noun():
    assert "attack" in default_assemble_rules("en").event_nouns
    assert "strike" not in default_assemble_rules("en").event_nouns  # an attack only as an air strike


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Army troops recaptured several villages in Lower Shabelle and Middle Juba regions on Saturday. The officer "
         "said 10 militants were killed during a firefight between the army and the group that took place in the "
         "Lower Shabelle region.", "Shabeellaha Hoose"),
        ("Soldiers seized several villages in Lower Shabelle and Middle Juba regions on Friday. A commander said eight "
         "insurgents were killed in a gunbattle between the soldiers and the militants that took place in the Lower "
         "Shabelle region.", "Shabeellaha Hoose"),
        # the place told last is the latest incident's own: it goes on as before
        ("Army troops recaptured several villages in Middle Juba and Lower Shabelle regions on Saturday. The officer "
         "said 10 militants were killed during a firefight between the army and the group that took place in the "
         "Middle Juba region.", "Jubbada Dhexe"),
    ],
)
def test_a_mention_at_one_place_of_a_listed_act_goes_on_telling_that_place(pipeline, text, place):
    # One act told at two places is two incidents; a later fight placed at the first place
    # goes on telling that one, not the incident told last.
    incidents = occasions(reported(code(pipeline, text)))
    assert len(incidents) == 2
    tolled = [i for i in incidents if i.fatalities is not None]
    assert len(tolled) == 1 and tolled[0].location is not None and tolled[0].location.name == place


def test_a_desert_of_no_one_country_gives_way_to_the_country_another_mention_names(pipeline):
    """A sea or desert a headline names beside the act ("a quarrel over wells in the Sahara")
    is no site: the incident is placed where its other mention puts it, in a country."""
    text = (
        "Reports of 12 killed as a quarrel over wells in the Sahara provokes fighting in Mali\n\n"
        "Fighting between herders in Mali over wells has turned deadly, with reports that 12 people have been "
        "killed in the region on Monday."
    )
    assault = [i for i in reported(code(pipeline, text)) if i.type == "ASSAULT"]
    assert len(assault) == 1 and assault[0].location is not None
    assert assault[0].location.name == "Mali" and assault[0].location.country == "MLI"


@pytest.mark.parametrize(
    "sentence",
    [
        "The ban comes amid fighting between the army and separatist militias.",
        "The curfew comes amid some of the heaviest fighting the province has seen in years.",
        "The evacuation came amid a surge in clashes between herders and farmers.",
        "The ceasefire collapsed amid heavy fighting in the north.",
    ],
)
def test_an_act_under_amid_is_the_setting_of_the_report(pipeline, sentence):
    """An act noun under "amid", directly or through a partitive or a measure ("some of the
    heaviest fighting", "a surge in clashes"), is the background the report is set against,
    whether or not the sentence tells another event (`_set_against`)."""
    document = code(pipeline, sentence)
    fights = [i for i in document.incidents if i.type == "ASSAULT"]
    assert fights and all(i.context for i in fights), (sentence, document.incidents)


@pytest.mark.parametrize(
    "sentence",
    [
        "At least six people have died amid protests in Kisumu.",
        "Seven villagers died amid clashes near Kisumu.",
    ],
)
def test_deaths_told_amid_an_act_keep_it_reported(pipeline, sentence):
    """Deaths told amid an act are its own incident: the act stays reported."""
    document = code(pipeline, sentence)
    assert reported(document), (sentence, document.incidents)


@pytest.mark.parametrize(
    ("text", "event_type", "context"),
    [
        ("EU imposes sanctions on junta leaders\nThe European Union on Monday imposed sanctions on five members "
         "of Mali's junta.", "SANCTION", False),
        # a title that asks or explains tells a habit, as the body's present does
        ("Why jihadists attack schools in Burkina Faso\nSchools have been closed for years in the north.",
         "ASSAULT", True),
        ("How bandits kidnap travellers on Nigeria's highways\nThe roads are dangerous.", "COERCE", True),
    ],
)
def test_a_title_tells_news_in_the_present_unless_it_asks(pipeline, text, event_type, context):
    found = [i for i in code(pipeline, text).incidents if i.type == event_type]
    assert found and all(i.context is context for i in found), [(i.context, i.date) for i in found]
