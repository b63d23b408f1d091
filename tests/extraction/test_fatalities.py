"""Fatalities read from an event's clause (tessera.extraction.fatalities), through the events stage."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def events_of(events_of):  # type: ignore[no-untyped-def]
    """The events stage with the text's own quantities (tolls are read from them)."""
    return lambda text: events_of(text, quantities=True)


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("A nurse said a third person was killed in the raid on Tuesday.", 1),
        ("Police said the 2nd victim was killed near the market.", 1),
        ("Gunmen killed three farmers near the river.", 3),
    ],
)
def test_an_ordinal_is_a_rank_not_a_count(events_of, text: str, fatalities: int) -> None:  # type: ignore[no-untyped-def]
    assert [e.fatalities for e in events_of(text) if e.type == "ASSAULT"] == [fatalities]


def test_a_victim_who_later_died_is_a_death(events_of) -> None:  # type: ignore[no-untyped-def]
    events = events_of("A roadside bomb wounded five villagers including a boy who later died.")
    assault = next(e for e in events if e.type == "ASSAULT")
    assert (assault.fatalities, assault.injuries) == (1, 5)


def test_a_number_opening_the_victims_phrase_counts_them(events_of) -> None:  # type: ignore[no-untyped-def]
    # The parser reads "Sixteen" as a compound of the demonym, not as the count.
    events = events_of("Sixteen Nigerien soldiers were killed and another reported missing after an ambush.")
    assert [e.fatalities for e in events if e.type == "ASSAULT"] == [16]


def test_a_headline_run_into_the_lead_counts_its_victims_once(events_of) -> None:  # type: ignore[no-untyped-def]
    # No full stop after the headline: the parser gives the lead's verb both subjects.
    text = "Four soldiers killed in rebel attack\n\nBAMAKO - Four soldiers were killed in an attack on a base."
    tolls = [e.fatalities for e in events_of(text) if e.type == "ASSAULT" and e.fatalities]
    assert tolls and max(tolls) == 4


def test_a_second_subject_without_a_count_leaves_the_count(events_of) -> None:  # type: ignore[no-untyped-def]
    # "most of them women" is parsed as a second subject of the verb.
    events = events_of("Nine people, most of them traders, were killed when gunmen opened fire.")
    assert [e.fatalities for e in events if e.type == "ASSAULT"] == [9]


def test_a_verb_with_an_object_counts_the_object(events_of) -> None:  # type: ignore[no-untyped-def]
    # The tagger reads "killed" after a name as a participle; its object is still the victims.
    events = events_of("Al Shabaab fighters killed at least 15 soldiers in an attack on a base, officials said.")
    assert [e.fatalities for e in events if e.type == "ASSAULT"] == [15]


def test_fatally_shot_is_a_death(events_of) -> None:  # type: ignore[no-untyped-def]
    events = events_of("Gunmen fatally shot two guards at a checkpoint near the market.")
    assert [e.fatalities for e in events if e.type == "ASSAULT"] == [2]


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("Three gunmen shot dead a soldier at a checkpoint near the market on Friday.", 1),
        ("On Friday two gunmen shot dead a police officer as he left his home in the town.", 1),
        ("Gunmen shot dead three soldiers at a checkpoint near the market on Friday.", 3),
    ],
)
def test_shot_dead_counts_its_object_not_the_killers(events_of, text: str, fatalities: int) -> None:  # type: ignore[no-untyped-def]
    # "dead" describes the object of "shot"; the counted subject beside it are the killers.
    assert [e.fatalities for e in events_of(text) if e.type == "ASSAULT"] == [fatalities]


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("Five guards were gunned down at a checkpoint near the market on Monday.", 5),
        ("Gunmen gunned down three traders at the market on Monday.", 3),
    ],
)
def test_gunned_down_is_a_death(events_of, text: str, fatalities: int) -> None:  # type: ignore[no-untyped-def]
    assert [e.fatalities for e in events_of(text) if e.type == "ASSAULT"] == [fatalities]


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("The ambush on the convoy claimed eleven lives.", 11),
        ("The raid on Tuesday claimed the lives of six farmers, officials said.", 6),
        ("Rebels shelled the market on Friday, claiming the lives of seven traders.", 7),
    ],
)
def test_a_claim_of_lives_is_a_killing_not_a_report(events_of, text: str, fatalities: int) -> None:  # type: ignore[no-untyped-def]
    """ "claim" is a verb of saying, whose clause the event's own leaves out; with "lives" as
    its object it kills, and its clause holds the toll."""
    assert [e.fatalities for e in events_of(text) if e.type == "ASSAULT"] == [fatalities]


def _tolls(events, text: str) -> list[int | None]:  # type: ignore[no-untyped-def]
    return [e.fatalities for e in events(text) if e.type == "ASSAULT"]


# --------------------------------------------------------------------------- sums of victim groups
@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("A soldier and five assailants were killed in the attack on the post, the army said.", 6),
        ("Militants killed three soldiers and two civilians in an ambush near the border on Monday.", 5),
        ("Seven troops and six militants died in the fighting.", 13),
        # The parser hangs the list on the first noun as an apposition.
        ("Two policemen, a soldier and four civilians were killed when gunmen opened fire on a checkpoint.", 7),
        ("A soldier, two policemen and three civilians were killed in the attack.", 6),
        # Two subjects joined by "and" around an inserted phrase.
        ("Three soldiers, including a captain, and two civilians were killed in the ambush on Sunday.", 5),
    ],
)
def test_a_list_of_victim_groups_is_summed(events_of, text: str, fatalities: int) -> None:  # type: ignore[no-untyped-def]
    assert _tolls(events_of, text) == [fatalities]


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("Gunmen killed 10 people, among them four children, in the village on Sunday.", 10),
        ("The raid killed six farmers, among them two women.", 6),
        ("Gunmen stormed the market on Friday, killing 13 traders, including six women.", 13),
        ("The shelling of the camp left 13 dead, among them six women.", 13),
        ("The attack killed 12 people, including three children, officials said.", 12),
        ("Eleven people were killed, including the two attackers, when suicide bombers struck a market.", 11),
        # An apposition closed by a comma names the two, it adds no one.
        ("Two soldiers, a captain and a sergeant, were killed when gunmen opened fire on a checkpoint.", 2),
        # The groups set after a dash or a colon add up to the count before them: its parts.
        ("An ambush near the dam killed 12 troops — five gendarmes and seven soldiers.", 12),
        ("The bombing killed nine people: four pilgrims and five traders.", 9),
    ],
)
def test_a_part_of_the_victims_named_beside_them_is_not_added(events_of, text: str, fatalities: int) -> None:  # type: ignore[no-untyped-def]
    assert _tolls(events_of, text) == [fatalities]


# --------------------------------------------------------------------------- injured are not killed
@pytest.mark.parametrize(
    ("text", "casualties"),
    [
        ("Five people were killed and two others injured in a raid on a cattle camp on Thursday.", (5, 2)),
        ("Three people were killed and eight others wounded when a bomb exploded at a bus station.", (3, 8)),
        ("Six soldiers died and 11 were wounded in the ambush.", (6, 11)),
        ("A total of four officers were killed and 11 others were wounded in the attack on Sunday.", (4, 11)),
        ("An attack on the market left 12 dead and 30 wounded on Monday.", (12, 30)),
    ],
)
def test_the_injured_are_not_counted_among_the_dead(events_of, text: str, casualties: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    assert [(e.fatalities, e.injuries) for e in events_of(text) if e.type == "ASSAULT"] == [casualties]


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # Casualties are the dead and the wounded together: no death toll.
        ("A car bomb caused 30 casualties at a checkpoint in the capital on Sunday.", None),
        ("The shelling of the market on Friday left dozens of casualties.", None),
        ("Gunmen killed four people and caused 20 casualties in an attack on the bus station.", 4),
    ],
)
def test_casualties_are_not_a_death_toll(events_of, text: str, fatalities: int | None) -> None:  # type: ignore[no-untyped-def]
    assert [e.fatalities for e in events_of(text) if e.type == "ASSAULT"] == [fatalities]


def test_a_headline_of_dead_and_injured_run_into_the_lead_counts_the_dead(events_of) -> None:  # type: ignore[no-untyped-def]
    # No full stop after the headline: "20 injured" is parsed as a subject of the lead's "killed".
    text = (
        "Four killed and 20 injured in market blast\n\n"
        "Four people were killed and 20 injured when gunmen attacked a market."
    )
    assert set(_tolls(events_of, text)) == {4}


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("Rebels Kill 9 Soldiers in Border Raid\n\nAt least nine soldiers were killed in a raid by rebels.", 9),
        ("Gunmen kill 12 villagers in night raid\n\nGunmen killed 12 villagers in an attack, police said.", 12),
    ],
)
def test_a_headline_and_its_lead_are_one_count_not_two(events_of, text: str, fatalities: int) -> None:  # type: ignore[no-untyped-def]
    # The parse joins the headline's victims and the lead's as conjuncts across the line break.
    assert set(_tolls(events_of, text)) == {fatalities}


# --------------------------------------------------------------------------- no figure stated
@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed dozens of worshippers in an attack on a mosque in the town on Friday.",
        "Bandits killed scores of villagers in the raid on Sunday.",
        "Gunmen killed several soldiers in an ambush near the town on Sunday.",
        "Many people were killed in the attack on the market on Sunday, residents said.",
        "Bandits killed numerous villagers in the raid on Sunday.",
        "The attack on the town on Sunday killed a number of soldiers, the army said.",
        "An unknown number of villagers were killed in the raid on Sunday.",
    ],
)
def test_a_vague_count_is_no_toll_and_no_guess(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    # Not "at least one" either: the text says more than one without a figure.
    assert _tolls(events_of, text) == [None]


@pytest.mark.parametrize(
    "text",
    [
        "No one was killed in the attack on the base on Sunday, the army said.",
        "Nobody was killed in the attack on the convoy, the army said.",
        "No soldiers were killed in the raid on the base, officials said.",
        "None of the guards was killed in the attack on the prison.",
    ],
)
def test_no_one_killed_is_no_death(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _tolls(events_of, text) == [None]


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("Gunmen killed no fewer than 20 people in the town on Sunday.", 20),
        ("No less than 20 people were killed in the attack on the town on Sunday.", 20),
        ("Some 300 militants were killed in the fighting near the town on Sunday.", 300),
    ],
)
def test_a_bound_or_an_approximation_before_a_figure_is_still_a_figure(events_of, text: str, fatalities: int) -> None:  # type: ignore[no-untyped-def]
    assert _tolls(events_of, text) == [fatalities]


# --------------------------------------------------------------------------- tolls of several incidents
@pytest.mark.parametrize(
    "text",
    [
        "Seven soldiers and a civilian were killed in two separate attacks in the province on Monday.",
        "Five policemen were killed in separate attacks in two towns on Sunday.",
        "Twelve soldiers were killed in three separate attacks across the province on Sunday.",
        "Police said 14 people died in a series of bombings in the capital on Monday.",
    ],
)
def test_a_toll_told_for_several_incidents_is_none_of_theirs(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all(toll is None for toll in _tolls(events_of, text))


# --------------------------------------------------------------------------- other shapes of a toll
@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("Militants attacked a hotel in the capital, at least 15 people dead, police say.", 15),
        ("Militants attacked a convoy on Sunday, leaving 9 soldiers dead.", 9),
        ("A total of 17 people were killed in the attack on the market.", 17),
        # "attack" parsed as a second subject of "said", beside the speaker.
        ("The attack left at least 30 people dead and 50 wounded, police said.", 30),
    ],
)
def test_other_shapes_of_a_stated_toll(events_of, text: str, fatalities: int) -> None:  # type: ignore[no-untyped-def]
    assert fatalities in _tolls(events_of, text)


# --------------------------------------------------------------------------- more victims told after the first
@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("The official said 36 people were killed instantly and two more died in hospital after the strike.", 38),
        ("Eight people were killed in the vehicle and another seven people were found dead after the ambush.", 15),
        ("A soldier was killed and three others died of their wounds after the ambush.", 4),
        # Two clauses of one reporting verb, the first holding the "and": the parser hangs both on "said".
        ("Twenty men were killed in the village and 10 others were killed as they tried to flee, he said.", 30),
        ("Police said six guards were shot dead at the gate and two others were killed inside the bank.", 8),
        # The toll told after the added victim already counts them.
        ("Five people were killed in the attack and another died later in hospital, bringing the toll to six.", 6),
        # Not joined to the clause that counts: another place, another incident.
        (
            "While two people were killed in police firing in one town on Wednesday, another victim of police "
            "firing in a second town succumbed to injuries at a hospital.",
            2,
        ),
    ],
)
def test_victims_told_as_more_are_added_to_the_count_before_them(events_of, text: str, fatalities: int) -> None:  # type: ignore[no-untyped-def]
    assert _tolls(events_of, text) == [fatalities]


# --------------------------------------------------------------------------- a participle read as a noun
def test_a_kill_participle_the_tagger_reads_as_a_noun_counts_the_phrase_after_it(events_of) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gunmen stormed the village on Sunday, fighting the guards inside the compound killing at least "
        "15 people, police said."
    )
    assert _tolls(events_of, text) == [15]


# --------------------------------------------------------------------------- set phrases and number words
@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("At least 20 people lost their lives in the attack on the market on Sunday.", 20),
        # The attack is told in a "when" clause on the set phrase, as on "died".
        ("At least 12 people lost their lives when gunmen stormed a church on Sunday.", 12),
        ("Gunmen attacked a bus near the border on Sunday, taking the lives of nine passengers.", 9),
        ("Gunmen killed half a dozen villagers in the district on Sunday.", 6),
        ("A couple of policemen were killed in the attack on the station on Sunday.", 2),
        # "more than a dozen" = 12 (eval/realnews/README.md); the parser makes "dozen" a compound.
        ("More than a dozen soldiers were killed in the attack on the base on Sunday.", 12),
        ("Gunmen killed 2 dozen villagers in the district on Sunday.", 24),
        ("Gunmen killed a pair of guards at the gate on Sunday.", 2),
    ],
)
def test_set_phrases_and_number_words_of_a_toll(events_of, text: str, fatalities: int) -> None:  # type: ignore[no-untyped-def]
    assert _tolls(events_of, text) == [fatalities]


def test_a_share_of_victims_not_counted_is_no_toll(events_of) -> None:  # type: ignore[no-untyped-def]
    assert _tolls(events_of, "Half of the soldiers were killed in the attack on the base on Sunday.") == [None]


# --------------------------------------------------------------------------- tolls and revisions
@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # The revised figure the toll's own verb gives, not the first one a clause recalls.
        ("The death toll from the attack on the town, which officials first put at 12, rose to 25 on Monday.", 25),
        ("The death toll from the attack on the town has risen to 25, officials said.", 25),
        ("The number of dead from the attack on the town rose to 25 on Monday.", 25),
        ("The number of deaths in the attack on the town has climbed to 25.", 25),
        ("The attack on the town on Sunday left a death toll of 25, officials said.", 25),
        ("A series of attacks on the town last March had an official death toll of 141 people.", 141),
    ],
)
def test_a_toll_is_the_figure_its_own_verb_gives(events_of, text: str, fatalities: int) -> None:  # type: ignore[no-untyped-def]
    assert _tolls(events_of, text) == [fatalities]


# --------------------------------------------------------------------------- running totals
@pytest.mark.parametrize(
    "text",
    [
        "Security forces have killed some 43 demonstrators so far, a medical group said.",
        "More than 300 people have been killed in the region so far this year.",
        "The militia has killed 120 civilians to date, the report said.",
        "At least 500 people have been killed since the start of the conflict.",
        "Seventy soldiers have been killed in the province since 2015.",
        "The insurgents have killed 40 villagers this year, residents said.",
        "Around 90 people have been killed since the fighting began.",
        # A recent period on a perfect sums up what happened in it.
        "Car bombs have killed more than 60 people over the past week in the capital.",
        "Raiders have killed 35 herders and wounded 80 in the last ten weeks, officials said.",
        "About 45 villagers had been killed in the district during the previous month.",
        "Eighteen policemen have been killed in the province in recent weeks.",
        "Gunmen have killed 45 people in the state over the past ten days, police said.",
    ],
)
def test_a_count_told_up_to_now_is_no_incidents_toll(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _tolls(events_of, text) and all(toll is None for toll in _tolls(events_of, text))


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # The clause names its one event: that event's toll, told so far.
        ("The attack on the market has killed 30 people so far, police said.", 30),
        ("At least 25 people have been killed in the bombing so far, officials said.", 25),
        # "this year" dates a simple past; it frames a total only on a perfect.
        ("Gunmen killed 12 villagers in an attack on the town this year.", 12),
        # A past period dates a simple past, and "the last attack" is one event.
        ("Gunmen killed 12 villagers in the town over the past weekend.", 12),
        ("The rebels have killed nine soldiers in the last attack on the base.", 9),
        # the last hours are one day's fighting: its toll
        ("Clashes have killed 14 people in the past 24 hours in the north, medics said.", 14),
        ("Police have killed 3 protesters in the city over the past weekend.", 3),
        ("Soldiers have killed 14 rebels in the hills over the last two days.", 14),
    ],
)
def test_a_count_so_far_of_one_named_event_is_its_toll(events_of, text: str, fatalities: int) -> None:  # type: ignore[no-untyped-def]
    assert fatalities in _tolls(events_of, text)


def test_a_running_total_after_the_report_leaves_the_incident_its_own_toll(events_of) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gunmen killed nine farmers near the river on Sunday. "
        "The insurgents have killed more than 200 people in the state so far this year."
    )
    assert [t for t in _tolls(events_of, text) if t is not None] == [9]


# --------------------------------------------------------------------------- bombardment
@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("Shelling of the village killed 14 people on Sunday, local officials said.", 14),
        ("Heavy shelling of the district killed seven civilians overnight.", 7),
    ],
)
def test_shelling_is_a_bombardment_not_an_accident(events_of, text: str, fatalities: int) -> None:  # type: ignore[no-untyped-def]
    assert _tolls(events_of, text) == [fatalities]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # The "in" phrase shared by coordinated participles names the act of all of them.
        ("Four killed, two injured in suspected ADF raid near Oicha", "UGA"),
        ("Seven killed, three injured in suspected ADF attack in Beni", "UGA"),
    ],
)
def test_an_armed_body_in_a_shared_in_phrase_is_the_killers(  # type: ignore[no-untyped-def]
    events_of, text: str, country: str
) -> None:
    killed = next(e for e in events_of(text) if e.trigger.text == "killed")
    assert killed.actor is not None and killed.actor.country == country


@pytest.mark.parametrize(
    "text",
    [
        "The clashes left 20 dead and 3,000 displaced, officials said.",
        "The clashes killed 20 people and 3,000 were displaced, officials said.",
    ],
)
def test_the_displaced_counted_beside_the_dead_are_no_toll(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.fatalities for e in events_of(text) if e.type == "ASSAULT"] == [20]


def test_victims_who_had_been_displaced_are_the_dead(events_of) -> None:  # type: ignore[no-untyped-def]
    events = events_of("An air strike killed 12 displaced people in the camp on Sunday.")
    assert [e.fatalities for e in events if e.type == "ASSAULT"] == [12]


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # The parser takes the dateline's town for the passive subject, the victims for a
        # subject of the auxiliary.
        ("GAROWE — Five Al-Shabaab gunmen were on Monday killed near Bosaso in an army ambush.", 5),
        # The dateline's town opens the victims' phrase: the count comes after it.
        ("Kampala - Three people died during clashes which broke out after a rally in the west, police said.", 3),
    ],
)
def test_the_datelines_town_is_no_victim(events_of, text: str, fatalities: int) -> None:  # type: ignore[no-untyped-def]
    assert [e.fatalities for e in events_of(text) if e.type == "ASSAULT"] == [fatalities]


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("In the first exchange of fire, the army said, four of 12 gunmen were killed.", 4),
        ("Two of 9 guards were killed when the convoy was ambushed near the bridge.", 2),
    ],
)
def test_a_share_told_before_the_whole_counts_the_share(events_of, text: str, fatalities: int) -> None:  # type: ignore[no-untyped-def]
    assert [e.fatalities for e in events_of(text) if e.type == "ASSAULT"] == [fatalities]


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("The clashes near the river resulted in the deaths of 12 civilians.", 12),
        ("The ambush on the convoy led to the death of at least 50 soldiers.", 50),
        ("An airstrike on the market caused the deaths of three traders.", 3),
        ("Gunmen raided the village on Monday, leading to the killing of eight farmers.", 8),
        # No "of": the count beside the dead word, as before.
        ("The fierce gun battle led to approximately 40 fatalities, including 12 soldiers.", 40),
        # A vague count is no toll.
        ("The shelling of the town resulted in the deaths of several children.", None),
    ],
)
def test_a_death_an_event_brought_about_counts_its_victims(events_of, text: str, fatalities: int | None) -> None:  # type: ignore[no-untyped-def]
    assert [e.fatalities for e in events_of(text) if e.type == "ASSAULT"] == [fatalities]


@pytest.fixture(scope="module")
def english_pipeline():  # type: ignore[no-untyped-def]
    from tessera.pipeline import Pipeline

    return Pipeline.default()


def _assaults(pipeline, text: str):  # type: ignore[no-untyped-def]
    import datetime as dt

    from tessera.records import Article

    document = pipeline.extract(Article(id="share", text=text, published=dt.date(2024, 3, 6)))
    return [e for e in document.events if e.type == "ASSAULT"]


def test_a_toll_parted_by_place_gives_each_place_its_share(english_pipeline) -> None:  # type: ignore[no-untyped-def]
    # The share at the event's place is its toll; the other place's share is an incident of its own
    # (assemble `_gapped_tallies`: "including" opens the list of parts).
    text = ("Gunmen attacked the town of Bankass in Mali on Sunday. "
            "The attack killed eleven people, including eight in Bankass and three in Koro.")
    placed = [e for e in _assaults(english_pipeline, text) if e.fatalities is not None]
    assert sorted((e.location.name, e.fatalities) for e in placed if e.location is not None) == [
        ("Bankass", 8), ("Koro", 3)]


@pytest.mark.parametrize(
    ("text", "place", "dead"),
    [
        ("Gunmen raided Bankass in central Mali on Sunday, killing eleven people, eight of them in Bankass.",
         "Bankass", 8),
        # the noun of the place's kind between the share and the name
        ("Gunmen raided villages in central Mali on Sunday, killing eleven people, including eight in the "
         "town of Bankass.", "Bankass", 8),
    ],
)
def test_a_share_of_the_toll_told_for_the_event_place_is_its_toll(  # type: ignore[no-untyped-def]
        english_pipeline, text: str, place: str, dead: int) -> None:
    placed = [e for e in _assaults(english_pipeline, text) if e.fatalities is not None]
    assert placed and all(e.location is not None and e.location.name == place for e in placed)
    assert [e.fatalities for e in placed] == [dead] * len(placed)


def test_a_toll_with_shares_of_places_inside_the_event_place_or_of_people_stays_whole(  # type: ignore[no-untyped-def]
        english_pipeline) -> None:
    # the event is placed at the district that holds both villages; the part is of people, not of a place
    district = _assaults(english_pipeline, "Gunmen attacked several villages of the Bankass cercle on Sunday. "
                         "The attack killed eleven people, including eight in Segue and three in Sonfounou.")
    assert [e.fatalities for e in district if e.fatalities is not None] == [11]
    people = _assaults(english_pipeline,
                       "Gunmen attacked Bankass in Mali, killing eleven people, including eight children.")
    assert [e.fatalities for e in people if e.fatalities is not None] == [11]


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # A bare noun conjoined to a phrase a singular determiner opens: one more person.
        ("A mother and child were killed in the shelling of the town.", 2),
        ("Gunmen killed a farmer and his son near the river.", 2),
        ("A teacher and school guard were killed when gunmen stormed the school.", 2),
        # Each with its own figure, as before.
        ("A soldier and two civilians were killed in the ambush.", 3),
    ],
)
def test_a_bare_noun_sharing_an_article_counts_one_more(events_of, text: str, fatalities: int) -> None:  # type: ignore[no-untyped-def]
    assert [e.fatalities for e in events_of(text) if e.type == "ASSAULT"] == [fatalities]


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # A total its clause's own count falls short of adds dead told elsewhere: the count stays.
        ("Police said one of the gunmen was killed, making for a total death toll of six.", 1),
        # A total the clause's own counts make up, or the only count: the clause's toll.
        ("Six people were killed on the spot and five others later died of their wounds, "
         "taking the total death toll to 11.", 11),
        ("Gunmen attacked the village, leaving a total death toll of 11.", 11),
    ],
)
def test_a_total_toll_beyond_its_clauses_own_count_is_a_sum(events_of, text: str, fatalities: int) -> None:  # type: ignore[no-untyped-def]
    tolls = [e.fatalities for e in events_of(text) if e.type == "ASSAULT" and e.fatalities is not None]
    assert tolls and max(tolls) == fatalities, tolls


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # the parser hangs the year and the count both on the noun
        ("In 2017 two Ghanaians were killed and another wounded in a shooting at the mine.", 2),
        ("In 2021 three herders were killed near the well.", 3),
        ("2000 villagers were killed in the raids on the valley.", 2000),
    ],
)
def test_a_year_before_the_count_is_no_count(events_of, text: str, fatalities: int) -> None:  # type: ignore[no-untyped-def]
    assert [e.fatalities for e in events_of(text) if e.type == "ASSAULT"] == [fatalities]
