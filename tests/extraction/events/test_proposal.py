"""Proposal and pruning (tessera.extraction.events.proposal): which events a sentence reports."""

from __future__ import annotations

import pytest

from tessera.extraction.events.proposal import _phrase_on_path
from tessera.records import Event


def _types(events: list[Event], mode: str | None = "asserted") -> set[str]:
    return {e.type for e in events if mode is None or e.mode == mode}


# ------------------------------------------------------------------- accidents and weapons


@pytest.mark.parametrize(
    "text",
    [
        "Last month a car bomb in the market district killed about 80 people.",
        "A truck bomb outside the ministry killed nine guards on Monday.",
    ],
)
def test_a_vehicle_that_carries_a_bomb_is_no_accident(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" in _types(events_of(text))


def test_a_vehicle_that_crashes_is_still_an_accident(events_of) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" not in _types(events_of("A bus crash on the highway killed twelve passengers."), None)


@pytest.mark.parametrize(
    "text",
    [
        "The retired judge died of a heart attack at his home on Friday.",
        "Several children suffered panic attacks after the storm.",
        "A shark attack left a swimmer badly hurt off the coast.",
    ],
)
def test_an_illness_or_a_beast_is_no_assailant(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" not in _types(events_of(text), None)


def test_an_attack_with_an_assailant_stays_an_attack(events_of) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" in _types(events_of("Gunmen launched a night attack on the army post, killing four soldiers."))


# ------------------------------------------------------------------- protests met by force


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers opened fire on protesters outside the governor's office.",
        "The gendarmes used batons and tear gas against striking protesters, wounding four.",
        "Riot police arrested dozens of protesters in the port city.",
        "Police fired tear gas and live rounds at the marchers.",
    ],
)
def test_protesters_met_with_force_were_protesting(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    types = _types(events_of(text))
    assert "PROTEST" in types
    assert types & {"ASSAULT", "COERCE"}


@pytest.mark.parametrize(
    "text",
    [
        "The marchers accused the army of firing live rounds at unarmed students.",
        "Demonstrators blamed the mayor for the flooding of their homes.",
    ],
)
def test_protesters_charging_a_named_party_make_an_accusation_beside_the_protest(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert {"PROTEST", "ACCUSE"} <= _types(events_of(text))


def test_protesters_accusing_with_no_party_named_only_protest(events_of) -> None:  # type: ignore[no-untyped-def]
    assert "ACCUSE" not in _types(events_of("The protesters accused and shouted outside the ministry."), None)


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas at demonstrators in the capital on Friday.",
        "Riot police fired tear gas and rubber bullets at students marching on the ministry in a protest.",
    ],
)
def test_crowd_control_alone_is_the_intervention_in_a_protest_not_an_attack(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    types = _types(events_of(text))
    assert "PROTEST" in types
    assert "ASSAULT" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Riot police clashed with demonstrators near the parliament on Tuesday.",
        "Clashes erupted between marchers and police in the old town.",
        "Police and protesters clashed outside the electoral commission.",
    ],
)
def test_a_clash_with_protesters_that_hurts_nobody_is_the_intervention(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    types = _types(events_of(text))
    assert {"PROTEST", "COERCE"} <= types
    assert "ASSAULT" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Police clashed with protesters in the capital, leaving three people dead.",
        "Soldiers and protesters clashed in the north, and dozens of protesters were wounded.",
        "Rebels clashed with the army near the border on Sunday.",
    ],
)
def test_a_clash_with_a_toll_or_between_armed_sides_is_still_an_attack(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" in _types(events_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The health ministers clashed over the vaccine budget on Wednesday.",
        "Two senators clashed with the governor about the land reform.",
        "The rival parties clashed on radio on Monday evening.",
    ],
)
def test_speakers_who_clash_over_an_issue_fight_no_one(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    # a dispute in words between those who speak for a body or a view: no attack
    assert "ASSAULT" not in _types(events_of(text), None)


@pytest.mark.parametrize(
    "text",
    [
        "Senators clashed with riot police outside the assembly in Accra.",
        "Youths from the two parties clashed over the results in Kumasi.",
        "Two senators were hurt when they clashed in the chamber on Tuesday.",
    ],
)
def test_a_clash_with_a_fighting_side_or_a_harm_stays_an_attack(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" in _types(events_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Government and opposition senators clashed in the assembly in Accra on Thursday, hurling bottles.",
        "The mayor and the governor clashed with sticks outside the town hall in Tamale on Friday.",
        "The rival parties clashed in the market of Bo on Sunday.",
        "Lawmakers clashed over the tax bill in Kampala on Monday, throwing chairs at each other.",
    ],
)
def test_speakers_who_clash_with_means_or_without_a_topic_still_fight(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    # the sides alone do not make a dispute in words: a weapon, a blow, a thrown thing, or
    # no topic and no venue of speech keeps the fight
    assert "ASSAULT" in _types(events_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The governor and his deputy clashed openly over the fuel subsidy on Friday.",
        "The two party leaders clashed during a radio debate in Accra on Sunday.",
    ],
)
def test_speakers_who_clash_over_a_topic_or_at_a_venue_fight_no_one(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" not in _types(events_of(text), None)


@pytest.mark.parametrize(
    "text",
    [
        "Riot police fired tear gas to disperse hundreds of students outside the ministry.",
        "Soldiers fired tear gas to try to disperse the crowd that had gathered near the palace.",
    ],
)
def test_tear_gas_fired_to_disperse_is_an_asserted_coercion(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    # The firing is done; the dispersal is only its aim (an infinitive of purpose).
    events = events_of(text)
    assert "COERCE" in _types(events)
    assert "ASSAULT" not in _types(events, None)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked the village on Monday night, killing the village head while some residents were abducted.",
        "Bandits stormed the market, killing four traders, as two women were kidnapped by the attackers.",
    ],
)
def test_an_abduction_in_a_while_clause_of_a_killing_is_its_own_act(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    # A clause with its own subject set beside the killing is no content of it.
    types = _types(events_of(text))
    assert {"ASSAULT", "COERCE"} <= types


@pytest.mark.parametrize(
    "text",
    [
        "Bandits stormed the hamlet before dawn on Tuesday, kidnapping nine farmers.",
        "Armed men raided the school last night, abducting 14 pupils and a teacher.",
    ],
)
def test_an_abduction_of_counted_people_in_a_participle_of_a_raid_is_its_own_act(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    # People of its own taken in the raid: an abduction beside the raid, no part of it.
    assert {"ASSAULT", "COERCE"} <= _types(events_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The raiders stormed the farm where the owner was shot dead with three of his sons kidnapped by the gang.",
        "Militants shot the trader in his shop, with two workers abducted by the attackers.",
    ],
)
def test_an_abduction_in_an_absolute_with_clause_is_its_own_act(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    # "with three of his sons kidnapped": counted people and what was done to them besides.
    assert {"ASSAULT", "COERCE"} <= _types(events_of(text))


def test_tear_gas_at_no_protest_is_still_force(events_of) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" in _types(events_of("Police fired tear gas at a crowd of looters in the market."))


def test_a_prevented_demonstration_is_no_protest(events_of) -> None:  # type: ignore[no-untyped-def]
    assert "PROTEST" not in _types(events_of("The police prevented the demonstration planned by the students."), None)


def test_force_against_others_implies_no_protest(events_of) -> None:  # type: ignore[no-untyped-def]
    assert "PROTEST" not in _types(events_of("Gunmen opened fire on villagers near the market, killing six."), None)


# ------------------------------------------------------------------- background nouns


@pytest.mark.parametrize(
    ("phrase", "path", "found"),
    [
        (("after",), ["after", "closed"], True),
        (("due", "to"), ["to", "due", "months"], True),
        (("in", "the", "wake", "of"), ["of", "wake", "in", "suspended"], True),
        (("in", "response", "to"), ["to", "response", "in"], True),
        (("due", "to"), ["to", "went"], False),
        (("because", "of"), ["of", "members"], False),
    ],
)
def test_adjunct_phrases_are_read_up_the_heads(phrase: tuple[str, ...], path: list[str], found: bool) -> None:
    assert _phrase_on_path(phrase, path) is found


@pytest.mark.parametrize(
    "text",
    [
        "The border was reopened shortly after the talks between the two governments.",
        "Flights resumed in the wake of the agreement between the rival factions.",
        "Security was tightened ahead of the president's visit to the northern city.",
    ],
)
def test_a_cooperative_noun_that_dates_another_event_is_background(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    types = _types(events_of(text), None)
    assert not types & {"CONSULT", "AGREE"}


def test_violence_and_protest_nouns_in_an_adjunct_stay(events_of) -> None:  # type: ignore[no-untyped-def]
    assert "PROTEST" in _types(events_of("Schools stayed shut for a week after a popular uprising in the capital."))
    assert "ASSAULT" in _types(events_of("Two soldiers were killed during clashes with rebels on Sunday."))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The foreign troops pulled out of the country last year, after a 2019 coup in the capital.", "COERCE"),
        ("The rebels withdrew their fighters from the port after the 2015 bombing of the harbour.", "ASSAULT"),
        ("Troops were deployed to the capital following a March coup in the north.", "COERCE"),
    ],
)
def test_violence_dated_in_its_own_phrase_under_another_act_stays(events_of, text: str, kept: str) -> None:  # type: ignore[no-untyped-def]
    # An earlier act told with its own year or month is an event of its own, not the
    # bare background of the act that governs it.
    assert kept in _types(events_of(text))


def test_undated_violence_under_another_act_is_still_background(events_of) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" not in _types(events_of("The troops withdrew from the town after the clashes on Monday."), None)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Fighting broke out in the north a day after the government agreed to resume talks.", "AGREE"),
        ("The officers were overwhelmed as they called for reinforcements.", "REQUEST"),
        ("The new council swung into action with a call for national unity.", "REQUEST"),
        ("The new council took office with a call for national unity.", "REQUEST"),
        # a distance in time, on the clause's verb, its conjunction or the verb before it
        ("The unrest resumed two weeks after the opposition called for a boycott.", "REQUEST"),
        ("The report comes a day after the army chief agreed to a truce with the rebels.", "AGREE"),
        ("Shooting broke out days after the rebels threatened to abandon the talks.", "THREATEN"),
        # the same time, not just before
        ("The crowd dispersed while the governor appealed for restraint.", "REQUEST"),
        # no subject of its own: what the main clause's subject did
        ("The rebels withdrew after threatening to burn the town.", "THREATEN"),
        # a present tense: what may come, not what was done
        ("Traders in Accra will close their shops after the city council threatens them with fines.", "THREATEN"),
        ("Officials fear riots may erupt in Nairobi after the opposition rejects the election results.", "REJECT"),
        ("It is unclear whether the violence in Juba will stop after the president calls for restraint.", "REQUEST"),
        # a noun of a verbal act in the clause, not its verb
        ("Clashes broke out in Aden after the truce agreement between the two sides expired.", "AGREE"),
        ("Fighting resumed in Tripoli after the rival factions' agreement to a ceasefire collapsed.", "AGREE"),
        # a time on the main clause: background
        ("The war in Yemen began in 2014 after the Houthi rebels rejected a power-sharing plan.", "REJECT"),
        ("Violence in the state rose sharply last year after herders accused farmers of stealing cattle.", "ACCUSE"),
    ],
)
def test_a_verbal_act_told_as_a_circumstance_is_no_event(events_of, text: str, absent: str) -> None:  # type: ignore[no-untyped-def]
    assert absent not in _types(events_of(text), None)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("The shelling of the port stopped after the president threatened a harsh response.", "THREATEN"),
        ("Looting in the market ended after the governor urged traders to return home.", "REQUEST"),
        ("The strike was called off after the union accused the ministry of lying.", "ACCUSE"),
        # a distance from another act after the clause does not date the main one
        (
            "Looting in the city slowed and stopped after the governor threatened tough action in a radio"
            " broadcast, a day after offering the looters an amnesty.",
            "THREATEN",
        ),
    ],
)
def test_a_verbal_act_told_just_before_the_main_one_is_an_event(events_of, text: str, present: str) -> None:  # type: ignore[no-untyped-def]
    # "after" with a subject of its own and no distance in time: the act done just before
    # the main one is news of its own (`proposal._act_told_before`).
    assert present in _types(events_of(text))


def test_an_act_told_just_before_leaves_the_main_clause_its_event(events_of) -> None:  # type: ignore[no-untyped-def]
    # the act in the "after" clause does not make the main clause's noun background
    # (`proposal._told_just_before`)
    events = events_of(
        "The opposition called for new protests in Caracas after the electoral council rejected its appeal."
    )
    assert {"PROTEST", "REJECT"} <= _types(events, None)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("The minister called for calm after the clashes in the capital.", "REQUEST"),
        ("The envoy condemned the attack, blaming the rebels for the deaths.", "ACCUSE"),
        ("The rebels agreed to a ceasefire and released twenty prisoners.", "AGREE"),
        ("The meeting in the capital ended with an agreement on prisoner exchanges.", "AGREE"),
    ],
)
def test_a_verbal_act_in_a_main_clause_stays(events_of, text: str, present: str) -> None:  # type: ignore[no-untyped-def]
    assert present in _types(events_of(text))


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("The villagers said nine men were shot, while the colonel denied that anyone was hurt.", "REJECT"),
        ("The militia says it took the bridge, whereas the ministry denied the claim.", "REJECT"),
    ],
)
def test_a_second_speaker_answering_with_while_makes_a_statement(events_of, text: str, present: str) -> None:  # type: ignore[no-untyped-def]
    # A contrasting "while"/"whereas" clause on a statement is no circumstance of it.
    assert present in _types(events_of(text))


# ------------------------------------------------------------------- one statement, one act


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The bishop condemned the massacre and called for an inquiry.", "ACCUSE"),
        ("The envoy welcomed the accord and urged both camps to honour it.", "SUPPORT"),
        ("The envoy welcomed the accord and called for its swift implementation.", "SUPPORT"),
    ],
)
def test_verbal_acts_joined_in_one_statement_are_one_act(events_of, text: str, kept: str) -> None:  # type: ignore[no-untyped-def]
    verbal = _types(events_of(text)) - {"ASSAULT", "AGREE"}
    assert verbal == {kept}


def test_a_second_speaker_makes_a_second_statement(events_of) -> None:  # type: ignore[no-untyped-def]
    types = _types(events_of("The bishop condemned the massacre, and the mayor called for an inquiry."))
    assert {"ACCUSE", "REQUEST"} <= types


def test_a_statement_joined_to_a_deed_stays(events_of) -> None:  # type: ignore[no-untyped-def]
    types = _types(events_of("Troops arrested four suspects and urged residents to stay indoors."))
    assert {"COERCE", "REQUEST"} <= types


# ------------------------------------------------------------------- plain reports


@pytest.mark.parametrize(
    "text",
    [
        "Several hundred fighters overran the garrison at Tessit before dawn.",
        "Soldiers and gunmen exchanged fire near the river crossing for two hours.",
        "The treasury froze the assets of the two commanders.",
    ],
)
def test_plain_reports_with_irregular_or_phrasal_triggers_code(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _types(events_of(text)) & {"ASSAULT", "SANCTION"}


# ------------------------------------------------------------------- nouns that name participants


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The abductors freed the hostages near the river on Sunday.", "COERCE"),
        ("The gendarmes were on patrol when a mine exploded under their truck.", "MOBILIZE"),
    ],
)
def test_a_noun_that_names_the_victims_or_the_unit_is_no_act(events_of, text: str, absent: str) -> None:  # type: ignore[no-untyped-def]
    assert absent not in _types(events_of(text), None)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Pirates took eleven hostages from the tanker.", "COERCE"),
        ("Marines conducted night patrols along the coast road.", "MOBILIZE"),
    ],
)
def test_the_same_nouns_under_a_light_verb_are_acts(events_of, text: str, present: str) -> None:  # type: ignore[no-untyped-def]
    assert present in _types(events_of(text))


def test_a_verb_form_in_compound_position_describes_a_noun(events_of) -> None:  # type: ignore[no-untyped-def]
    # The tagger may read a sentence-initial "Aid" as a verb; as a compound it names the groups.
    assert "AID" not in _types(events_of("Aid groups asked for safe passage to the valley."), None)


# ------------------------------------------------------------------- withdrawals that are no retreat


@pytest.mark.parametrize(
    "text",
    [
        "The three juntas withdrew from the regional bloc on Sunday.",
        "Two small parties pulled out of the coalition government in March.",
        "The movement announced its withdrawal from the peace accord.",
        "The opposition leader pulled out of the presidential race.",
    ],
)
def test_leaving_an_organisation_or_an_agreement_is_no_retreat(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "RETREAT" not in _types(events_of(text), None)


@pytest.mark.parametrize(
    "text",
    [
        "The last foreign troops withdrew from the northern province last year.",
        "The peacekeepers pulled out of the desert town on Friday.",
        "The contingent's withdrawal from the region was completed in May.",
    ],
)
def test_forces_leaving_ground_still_retreat(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    # "last year" is a time, not an object of "withdrew": the intransitive rule still holds.
    assert "RETREAT" in _types(events_of(text), None)


@pytest.mark.parametrize(
    "text",
    [
        "The cabinet withdrew the fuel tax bill after a week of protests.",
        "The president announced the withdrawal of the finance bill on Wednesday.",
        "Facing strikes, the government scrapped the planned levy on mobile transfers.",
        "Prosecutors dropped the charges against the three editors.",
    ],
)
def test_backing_down_on_a_policy_is_a_concession_not_a_retreat(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    types = _types(events_of(text), None)
    assert "CONCEDE" in types
    assert "RETREAT" not in types


# ------------------------------------------------------------------- sanctions named otherwise


@pytest.mark.parametrize(
    "text",
    [
        "The finance ministry designated four militia commanders, accusing them of abuses.",
        "The treasury said it had designated the rebel group's two financiers on Friday, citing arms sales.",
    ],
)
def test_a_government_listing_people_or_groups_is_a_sanction(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    types = _types(events_of(text))
    assert "SANCTION" in types
    assert "COERCE" not in types


def test_a_designated_place_or_successor_is_no_sanction(events_of) -> None:  # type: ignore[no-untyped-def]
    # The protest selects the sentence for the deep pass ("designate" alone does not).
    text = "After the protest, the council designated the old school as a shelter and named a successor."
    assert "SANCTION" not in _types(events_of(text), None)


# ------------------------------------------------------------------- two events told in sequence


def _assaults(events: list[Event]) -> dict[str, Event]:
    return {e.trigger.text: e for e in events if e.type == "ASSAULT"}


@pytest.mark.parametrize(
    ("text", "later", "earlier", "toll"),
    [
        ("The bombing came two days after insurgents killed 14 police officers in the north.", "bombing", "killed", 14),
        ("The shelling comes a week after rebels ambushed a convoy and killed nine guards.", "shelling", "ambushed", 9),
        ("The raid follows an assault last month in which 20 herders died.", "raid", "assault", 20),
        ("It was the third ambush in a month after rebels killed nine guards.", "ambush", "killed", 9),
    ],
)
def test_an_earlier_event_told_in_sequence_is_an_event_of_its_own(  # type: ignore[no-untyped-def]
    events_of, text: str, later: str, earlier: str, toll: int
) -> None:
    # "X came after Y": Y is another, earlier event with its own people and toll; X (often
    # "the attack" of the lead) takes none of them.
    assaults = _assaults(events_of(text, quantities=True))
    assert set(assaults) == {later, earlier}
    assert assaults[earlier].fatalities == toll
    assert assaults[later].fatalities is None
    assert assaults[later].actor is None and assaults[later].recipient is None
    assert assaults[earlier].actor is None or assaults[earlier].actor.text != f"The {later}"


@pytest.mark.parametrize(
    ("text", "earlier_type", "earlier", "toll"),
    [
        ("Gunmen killed five villagers in the north on Monday, a day after bandits kidnapped 20 people.",
         "COERCE", "kidnapped", None),
        ("Soldiers killed 12 militants on Friday, days after an ambush that left eight soldiers dead.",
         "ASSAULT", "ambush", 8),
    ],
)
def test_a_distance_in_time_sets_an_earlier_event_apart_on_any_verb(  # type: ignore[no-untyped-def]
    events_of, text: str, earlier_type: str, earlier: str, toll: int | None
) -> None:
    # "X on Monday, a day after Y": with no verb of sequence, the distance in time still
    # tells another event, with its own people and toll
    events = events_of(text, quantities=True)
    first = [e for e in events if e.trigger.text == "killed"]
    other = [e for e in events if e.trigger.text == earlier and e.type == earlier_type]
    assert len(first) == 1 and len(other) == 1
    assert other[0].fatalities == toll
    assert first[0].fatalities in (5, 12)


def test_an_earlier_act_of_another_type_keeps_its_own_participants(events_of) -> None:  # type: ignore[no-untyped-def]
    events = events_of("The arrests came hours after protesters burned a police station.")
    by_type = {e.type: e for e in events}
    assert {"COERCE", "PROTEST"} <= set(by_type)
    assert by_type["COERCE"].recipient is None


@pytest.mark.parametrize(
    "text",
    [
        # One incident told in its steps: no verb of sequence.
        "Twelve soldiers were killed after gunmen attacked their base on Friday.",
        # a time, not a distance: "Tuesday night"
        "Four inmates died after gunmen attacked the prison Tuesday night.",
        # An earlier event named with nothing of its own merges as before.
        "The raid follows an earlier assault.",
    ],
)
def test_one_incident_told_with_after_stays_one_event(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert len(_assaults(events_of(text, quantities=True))) == 1


# ------------------------------------------------------------------- retreats forced in a fight


@pytest.mark.parametrize(
    "text",
    [
        "Heavy shelling forced the insurgents to retreat from the hill on Tuesday.",
        "The militia fighters were compelled to withdraw from two villages after the battle.",
    ],
)
def test_a_retreat_forced_by_the_fight_is_no_retreat_of_its_own(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "RETREAT" not in _types(events_of(text), None)


def test_a_retreat_decided_by_the_forces_is_still_one(events_of) -> None:  # type: ignore[no-untyped-def]
    assert "RETREAT" in _types(events_of("The militia fighters withdrew from two villages on Tuesday."))


# ------------------------------------------------------------------- a strike that kills


@pytest.mark.parametrize(
    "text",
    [
        "Rebels raided the town on Friday. The night strike on their camp left six fighters dead.",
        "The army said it had launched a strike that killed 14 insurgents near the border.",
    ],
)
def test_a_bare_strike_that_kills_is_an_attack_not_a_walkout(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    types = _types(events_of(text))
    assert "ASSAULT" in types
    assert "PROTEST" not in types


@pytest.mark.parametrize(
    "text",
    [
        "The strike paralysed the port for three days.",
        "Dockers went on strike on Monday over unpaid wages.",
    ],
)
def test_a_bare_strike_that_kills_no_one_stays_a_protest(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "PROTEST" in _types(events_of(text))


# ------------------------------------------------------------------- a call for a protest


@pytest.mark.parametrize(
    "text",
    [
        "The teachers' union had called for a general strike to press its wage claims.",
        "Opposition parties called for peaceful demonstrations on Saturday.",
    ],
)
def test_a_call_for_a_protest_is_no_request(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "REQUEST" not in _types(events_of(text), None)


def test_a_call_for_anything_else_stays_a_request(events_of) -> None:  # type: ignore[no-untyped-def]
    assert "REQUEST" in _types(events_of("The bishops called for the release of the detained students."))


# ------------------------------------------------------------------- who blocks the road


def test_roads_blocked_with_no_one_named_are_no_protest(events_of) -> None:  # type: ignore[no-untyped-def]
    types = _types(events_of("Roads were blocked on Sunday, while armoured vehicles were seen in the suburbs."), None)
    assert "PROTEST" not in types


def test_roads_blocked_by_a_named_group_are_coercion() -> None:
    # The whole pipeline: its recogniser knows the group's name as an organisation.
    from tessera.pipeline import extract

    document = extract("The roads leading to the garrison town have been blocked by ISWAP since Monday.", "2025-05-20")
    types = {e.type for e in document.events}
    assert "COERCE" in types and "PROTEST" not in types


def test_roads_blocked_by_protesters_stay_a_protest(events_of) -> None:  # type: ignore[no-untyped-def]
    assert "PROTEST" in _types(events_of("The highway to the port was blocked by farmers for three days."))


@pytest.mark.parametrize(
    "text",
    [
        "Troops blocked the aid workers from reaching the camp on Tuesday.",
        "The opposition leader's delegation was blocked from entering the province.",
        "A column of buses carrying pilgrims was turned back by soldiers at the bridge.",
    ],
)
def test_people_kept_from_going_are_coerced(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "COERCE" in _types(events_of(text))


def test_an_assault_turned_back_is_no_coercion(events_of) -> None:  # type: ignore[no-untyped-def]
    assert "COERCE" not in _types(events_of("The soldiers turned back the rebel assault on the garrison."), None)


def test_a_protest_kept_from_happening_was_attempted(events_of) -> None:  # type: ignore[no-untyped-def]
    # The gathering is no content of the blocking: the women gathered, the police stopped them.
    types = _types(events_of("Police blocked hundreds of women from marching to the ministry on Monday."))
    assert {"COERCE", "PROTEST"} <= types


# ------------------------------------------------------------------- a strike carried out


@pytest.mark.parametrize(
    "text",
    [
        "Shelling killed nine people in the market town on Monday. A militia carried out the strikes, medics said.",
        "Gunmen killed five farmers on Monday. The air force conducted strikes on their hideouts on Tuesday.",
    ],
)
def test_a_strike_carried_out_is_an_attack_not_a_walkout(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    types = _types(events_of(text))
    assert "ASSAULT" in types
    assert "PROTEST" not in types


def test_a_strike_carried_out_by_strikers_stays_a_protest(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen killed five farmers on Monday. Nurses carried out a strike at the city hospital on Tuesday."
    assert "PROTEST" in _types(events_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # The only sentence of its report: nothing else tells violence, and "strike" alone may
        # be an accident's (`accidental_triggers`); carried out, it is done on purpose.
        "The navy carried out a strike in the coastal province on Sunday.",
        "The air force conducted strikes on rebel camps near the border.",
    ],
)
def test_a_strike_carried_out_alone_is_an_attack(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" in _types(events_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The navy launched an operation against the pirates' base on the island on Sunday.",
        "Troops conducted an operation against the insurgents near the border town.",
    ],
)
def test_an_operation_launched_against_an_enemy_is_an_attack(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" in _types(events_of(text))


def test_an_operation_against_an_enemy_alone_is_no_attack(events_of) -> None:  # type: ignore[no-untyped-def]
    # no light verb: a standing campaign named, no act told
    assert "ASSAULT" not in _types(events_of("The operation against the insurgents is costly, officials said."), None)


# ------------------------------------------------------------------- a search of premises


@pytest.mark.parametrize(
    "text",
    [
        "Police raided the offices of the opposition weekly in the capital on Sunday.",
        "Security forces raided two properties belonging to the former minister on Friday.",
    ],
)
def test_a_raid_on_premises_is_coercion(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    types = _types(events_of(text))
    assert "COERCE" in types
    assert "ASSAULT" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen raided the offices of the radio station on Sunday, killing two guards.",
        "Militants raided the village on Friday and killed 12 people.",
    ],
)
def test_a_raid_that_kills_or_on_a_place_stays_an_attack(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" in _types(events_of(text))


# ------------------------------------------------------------------- questions and formulas


@pytest.mark.parametrize(
    "text",
    [
        "The tribal council asked the state government about the measures taken to stop the violence.",
        '"Why does the world stay silent on these killings?" the party leader asked in a post on Monday.',
        "The ministry's spokesman declined to comment on the arrests.",
        "A police officer, who refused to be named, said the town was calm.",
        "The army confirmed the raid on the village but declined to give a death toll.",
        "A police spokesman declined to provide figures for the arrests.",
    ],
)
def test_a_question_or_a_reporters_formula_is_no_request_or_refusal(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    types = _types(events_of(text), None)
    assert "REQUEST" not in types
    assert "REJECT" not in types


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The governor asked the army to send more troops to the district.", "REQUEST"),
        ("The mayor asked the capital for more help on Tuesday.", "REQUEST"),
        ("The rebels refused to take part in the talks.", "REJECT"),
        ("The opposition declined to join the new government.", "REJECT"),
    ],
)
def test_a_request_or_refusal_of_an_act_stays(events_of, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert kind in _types(events_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The interior minister dismissed the opposition's casualty figures as pure invention.",
        "The foreign ministry dismissed the neighbouring government's statement as propaganda.",
        "The army spokesman dismissed the death toll given by the rebels.",
    ],
)
def test_a_statement_or_a_toll_dismissed_is_rejected(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "REJECT" in _types(events_of(text))


# ------------------------------------------------------------------- meetings


@pytest.mark.parametrize(
    "text",
    [
        "The governor called an emergency meeting of his government on Monday after the raid.",
        "The president held a cabinet meeting in the capital on Tuesday.",
        "The mayor had a town hall meeting with residents of the city on Friday.",
        "The army chief convened a security meeting in the northern town on Sunday.",
    ],
)
def test_a_meeting_of_one_sides_own_body_is_no_consultation(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "CONSULT" not in _types(events_of(text), None)


@pytest.mark.parametrize(
    "text",
    [
        "The president of Kenya held a meeting with the Somali prime minister in Nairobi on Friday.",
        "Officials of the two countries attended a meeting in the border town on Monday.",
        "The meeting between the two presidents took place in the capital on Tuesday.",
        "Army officers of both sides held a security meeting between the two armies on Monday.",
    ],
)
def test_a_meeting_between_sides_stays_a_consultation(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "CONSULT" in _types(events_of(text))


# ------------------------------------------------------------------- the means of an attack


def test_attackers_who_regrouped_are_no_deployment(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "The gunmen reinforced and returned to the base on Saturday but troops repelled the attack."
    types = _types(events_of(text))
    assert "MOBILIZE" not in types and "ASSAULT" in types


def test_forces_reinforced_stay_a_deployment(events_of) -> None:  # type: ignore[no-untyped-def]
    assert "MOBILIZE" in _types(events_of("The army reinforced the garrison in the border town on Saturday."))


@pytest.mark.parametrize(
    "text",
    [
        "Police launched a manhunt for the gunmen in the district on Tuesday.",
        "A combing operation was under way in the hills near the border town.",
        "Soldiers started a cordon-and-search operation in the valley after the ambush.",
        "Security forces cordoned off the market after the explosion on Friday.",
        "Army reinforcements rushed to the village as the raiders fled.",
        "Troops combed the forest near the village for the attackers on Sunday.",
        "The neighbouring country sent paratroopers to the capital to quell the unrest.",
        "The district officer said the area had been sealed after the ambush.",
        "The village was still being searched by soldiers on Monday.",
    ],
)
def test_forces_hunting_the_attackers_are_deployed(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "MOBILIZE" in _types(events_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Rescue workers continued the search for survivors in the collapsed building.",
        "The injured were rushed to the district hospital on Sunday.",
        "Neighbours rushed to the house to help the family.",
        "The hospital will carry out a heart operation on the boy next week.",
        "Investigators combed the bank's records for evidence of fraud.",
        "Rescuers searched the rubble for survivors after the earthquake.",
        "The company sealed the envelopes before the vote.",
    ],
)
def test_a_search_for_survivors_or_a_rush_to_hospital_is_no_deployment(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "MOBILIZE" not in _types(events_of(text), None)


@pytest.mark.parametrize(
    ("text", "deployed"),
    [
        ("Army troops arrived in the border town late on Friday.", True),
        ("Marines moved into the harbour district on Thursday.", True),
        ("Hundreds of soldiers were positioned around the state broadcaster.", True),
        # a visitor arriving is a visit; raiders arriving tell nothing yet; forces that move in
        # to do something are told by what they do
        ("The foreign minister arrived in the capital for talks.", False),
        ("The raiders arrived in the village on motorbikes.", False),
        ("Police moved in to break up the crowd outside the stadium.", False),
    ],
)
def test_forces_arriving_or_posted_somewhere_are_deployed(events_of, text: str, deployed: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("MOBILIZE" in _types(events_of(text), None)) is deployed


@pytest.mark.parametrize(
    ("text", "assault"),
    [
        ("Armed men burned down several houses in the village on Monday.", True),
        ("Armed youths burned several shops in the market on Tuesday.", True),
        # a fire is no one's attack
        ("A fire burned down several houses in the village on Monday.", False),
    ],
)
def test_armed_men_burning_houses_is_an_attack(events_of, text: str, assault: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("ASSAULT" in _types(events_of(text), None)) is assault


@pytest.mark.parametrize(
    ("text", "assault"),
    [
        ("A UN patrol came under fire near Tessalit on Tuesday.", True),
        ("Three peacekeepers were wounded near Aguelhok on Tuesday.", True),
        # criticism is no gunfire
        ("The minister came under fire from opposition lawmakers on Tuesday.", False),
    ],
)
def test_coming_under_fire_is_an_attack(events_of, text: str, assault: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("ASSAULT" in _types(events_of(text), None)) is assault


@pytest.mark.parametrize(
    "text",
    ["Gunmen kidnapped six persons from a farm near Gusau on Sunday.",
     "Armed men abducted two men and a boy on the road to Funtua on Sunday."],
)
def test_people_named_by_a_plain_person_noun_are_civilians(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    (abduction,) = [e for e in events_of(text) if e.type == "COERCE"]
    assert abduction.recipient is not None and abduction.recipient.type == "CVL"
    assert abduction.actor is not None and abduction.actor.type == "UAF"


def test_pressing_someone_to_act_is_a_request(events_of) -> None:  # type: ignore[no-untyped-def]
    assert "REQUEST" in _types(events_of("Rights groups pressed the government to release the detainees."))
    assert "REQUEST" not in _types(events_of("Police pressed charges against the two suspects."), None)


def test_tyres_burnt_and_barricades_are_a_protest(events_of) -> None:  # type: ignore[no-untyped-def]
    types = _types(events_of("Youths burned tyres and erected barricades in Lome on Monday."), None)
    assert "PROTEST" in types and "ASSAULT" not in types


@pytest.mark.parametrize("text", [
    "Residents described the town of Gao as calm on Monday.",
    "The minister called the talks a success.",
])
def test_describing_something_as_no_crime_is_no_accusation(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ACCUSE" not in _types(events_of(text), None)


def test_a_counterattack_is_an_attack(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "The jihadists launched a counterattack on the army camp on Sunday, deploying suicide bombers."
    types = _types(events_of(text), None)
    assert "ASSAULT" in types and "MOBILIZE" not in types


# ------------------------------------------------------------------- a medical emergency


@pytest.mark.parametrize(
    "text",
    [
        "A bomb killed 30 worshippers on Monday. An emergency has been imposed at hospitals across the city.",
        "Gunmen killed five people on Monday. Authorities declared an emergency in all hospitals of the district.",
    ],
)
def test_an_emergency_in_hospitals_is_no_coercion(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "COERCE" not in _types(events_of(text), None)


def test_an_emergency_over_a_territory_stays_coercion(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen killed five people on Monday. The government declared an emergency in the province."
    assert "COERCE" in _types(events_of(text))


# ------------------------------------------------------------------- rejections


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The rebel spokesman told journalists the claim was not true.", "The rebel spokesman"),
        ("However, a police spokeswoman said those allegations were false.", "a police spokeswoman"),
        ("A government spokesman said the sanctions were unjustified and unfounded.", "A government spokesman"),
        ("The reports of a massacre are baseless, the interior minister said on Friday.", "the interior minister"),
    ],
)
def test_a_claim_called_false_is_rejected_by_its_speaker(events_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    events = events_of(text)
    rejections = [e for e in events if e.type == "REJECT"]
    assert len(rejections) == 1
    assert rejections[0].mode == "asserted"
    assert rejections[0].actor is not None and rejections[0].actor.text == speaker
    # The claim rejected is no accusation of the speaker's.
    assert "ACCUSE" not in _types(events, None)


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the reports were true.",
        "The governor said the charges were not baseless.",
        "Police found false documents in the car.",
        "He told a false story to the court.",
    ],
)
def test_a_claim_affirmed_or_a_thing_called_false_is_no_rejection(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "REJECT" not in _types(events_of(text), None)


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("If the allegations are false, the commission will close the case.", "hypothetical"),
        ("The claims could be false, the minister said.", "hypothetical"),
    ],
)
def test_a_claim_supposed_false_is_no_rejection_made(events_of, text: str, mode: str) -> None:  # type: ignore[no-untyped-def]
    rejections = [e for e in events_of(text) if e.type == "REJECT"]
    assert rejections and all(e.mode == mode for e in rejections)


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("The militia denied responsibility for the ambush on the convoy.", "ambush"),
        ("A rebel spokesman denied that the fighters had burned the village.", "burned"),
    ],
)
def test_a_denial_is_a_rejection_beside_the_act_it_denies(events_of, text: str, denied: str) -> None:  # type: ignore[no-untyped-def]
    events = events_of(text)
    assert [e.mode for e in events if e.type == "REJECT"] == ["asserted"]
    assert all(e.mode == "negated" for e in events if e.trigger.text == denied)


# ------------------------------------------------------------------- acts told in a relative clause


@pytest.mark.parametrize(
    ("text", "trigger", "event_type"),
    [
        ("The patrol was spotted by local fighters, who ambushed the soldiers near the camp.", "ambushed", "ASSAULT"),
        ("Protesters clashed with the police in the square, who threw teargas shells to scatter the crowd.",
         "threw", "COERCE"),
        ("The governor visited the villagers who had kidnapped two engineers last week.", "kidnapped", "COERCE"),
    ],
)
def test_a_past_act_of_the_antecedent_in_a_relative_clause_is_an_event(  # type: ignore[no-untyped-def]
    events_of, text: str, trigger: str, event_type: str
) -> None:
    assert any(e.trigger.text == trigger and e.type == event_type for e in events_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The guard involved in a shooting was arrested in the capital.",
        "Soldiers arrested members of a group that often attacks villages in the north.",
        "Police detained the man, who was wounded in the clash.",
    ],
)
def test_a_relative_clause_that_describes_a_participant_is_no_event(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _types(events_of(text), None) == {"COERCE"}


# ------------------------------------------------------------------- punishments promised


@pytest.mark.parametrize(
    ("text", "speaker", "target"),
    [
        ("The governor condemned the raid, saying the gunmen will pay a heavy price.",
         "The governor", "the gunmen"),
        ("The army chief said the perpetrators would be brought to justice.", "The army chief", "the perpetrators"),
        ("The president said his government will hold the gunmen accountable.", "The president", "the gunmen"),
        ("The killers will face the full force of the law, the interior minister said on Friday.",
         "the interior minister", "The killers"),
        ("The mayor told reporters the ambush cannot go unpunished.", "The mayor", None),
    ],
)
def test_a_punishment_promised_is_a_threat_by_its_speaker(  # type: ignore[no-untyped-def]
    events_of, text: str, speaker: str, target: str | None
) -> None:
    threats = [e for e in events_of(text) if e.type == "THREATEN"]
    assert len(threats) == 1, [(e.type, e.trigger.text) for e in events_of(text)]
    (threat,) = threats
    assert threat.mode == "asserted"  # the promise is made as the report tells it
    assert threat.actor is not None and threat.actor.text == speaker
    if target is None:
        assert threat.recipient is None
    else:
        assert threat.recipient is not None and threat.recipient.text.startswith(target)


@pytest.mark.parametrize(
    "text",
    [
        "Two officers were brought to justice last year for the killings.",  # a trial told, no promise
        "Farmers paid a heavy price during the drought.",
        "The villagers will pay the new tax from March.",  # no punishment word
        "Rights groups called for the perpetrators to be brought to justice.",  # a demand's content
    ],
)
def test_a_punishment_told_or_asked_for_is_no_threat(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "THREATEN" not in _types(events_of(text), None)


# ------------------------------------------------------------------- sanctions promised to whoever


@pytest.mark.parametrize(
    ("text", "speaker", "target"),
    [
        ("The mayor of Kisumu warned that any such march would be confronted by the police.",
         "The mayor of Kisumu", "any such march"),
        ("The regional governor warned on Tuesday that anyone who carries a machete will be arrested.",
         "The regional governor", None),  # a pronoun names no party
        ("The army said those who break the curfew will be prosecuted.", "The army", None),
    ],
)
def test_a_sanction_promised_to_whoever_is_a_threat(  # type: ignore[no-untyped-def]
    events_of, text: str, speaker: str, target: str | None
) -> None:
    threats = [e for e in events_of(text) if e.type == "THREATEN"]
    assert len(threats) == 1, [(e.type, e.trigger.text) for e in events_of(text)]
    (threat,) = threats
    assert threat.mode == "asserted"
    assert threat.actor is not None and threat.actor.text == speaker
    if target is not None:
        assert threat.recipient is not None and threat.recipient.text.startswith(target)


@pytest.mark.parametrize(
    "text",
    [
        "The weather office warned that floods could come next week.",  # a warning of what may come
        "The governor said the marchers would be confronted by the police.",  # a definite subject: a plan
        "Anyone found with a weapon was arrested on Monday.",  # the sanction told as done
        "Officials warned that any delay would be costly for the farmers.",  # no sanction verb
    ],
)
def test_a_warning_of_no_sanction_to_whoever_is_no_threat(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "THREATEN" not in _types(events_of(text), None)


@pytest.mark.parametrize("verb", ["shot", "arrested"])
def test_an_act_told_beside_a_sanction_promised_is_kept(events_of, verb: str) -> None:  # type: ignore[no-untyped-def]
    text = (f"The army warned that anyone approaching the border would be {verb}, after troops killed two "
            "smugglers on Sunday.")
    events = events_of(text)
    assaults = [e for e in events if e.type == "ASSAULT" and e.trigger.text == "killed"]
    assert len(assaults) == 1, [(e.type, e.trigger.text) for e in events]
    (killing,) = assaults
    assert killing.actor is not None and killing.actor.text == "troops"
    assert killing.recipient is not None and killing.recipient.text == "two smugglers"
    assert [e.actor.text for e in events if e.type == "THREATEN" and e.actor is not None] == ["The army"]


@pytest.mark.parametrize(
    "text",
    [
        "The new law says anyone who insults the president will be jailed for five years.",
        "The decree says anyone who breaks the curfew will be arrested.",
    ],
)
def test_a_sanction_told_by_a_rule_is_no_threat(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    events = events_of(text)
    assert "THREATEN" not in _types(events, None)
    assert [(e.type, e.mode) for e in events] == [("COERCE", "future")]


# ------------------------------------------------------------------- spurious records (issue 12)


@pytest.mark.parametrize(
    "text",
    [
        "The rebel commander vowed to keep fighting.",
        "Pro-democracy groups vow to keep fighting for civilian rule.",
        "In 2010, the junta vowed to return the country to civilian rule.",
    ],
)
def test_a_vow_whose_clause_names_no_act_is_an_intention(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "THREATEN" not in _types(events_of(text), None)


def test_a_promise_stays_an_agreement(events_of) -> None:  # type: ignore[no-untyped-def]
    assert "AGREE" in _types(events_of("The new president promised to reform the courts and the police."))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The army chief vowed to retaliate against the insurgents.", "THREATEN"),
        ("He vowed to hunt down the attackers.", "THREATEN"),
        ("The president vowed that those behind the bombing would be brought to justice.", "THREATEN"),
        ("The government pledged to withdraw its troops from the region.", "AGREE"),
    ],
)
def test_a_vow_of_an_act_is_still_coded(events_of, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert kind in _types(events_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "At least 12 people were killed, a police officer told reporters, requesting anonymity.",
        "The witness spoke to the radio and asked for anonymity.",
    ],
)
def test_asking_for_anonymity_is_no_request(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "REQUEST" not in _types(events_of(text), None)


def test_a_strike_on_a_target_is_an_attack(events_of) -> None:  # type: ignore[no-untyped-def]
    types = _types(events_of("The gunmen began a coordinated strike on the army base at dawn."))
    assert "ASSAULT" in types and "PROTEST" not in types


def test_a_strike_on_a_day_is_still_a_walkout(events_of) -> None:  # type: ignore[no-untyped-def]
    assert "PROTEST" in _types(events_of("Teachers began a strike on Monday over unpaid wages."))


@pytest.mark.parametrize(
    "text",
    [
        "The gunmen ran into the studio and shouted that they had bombs.",
        "The men carried grenades and rifles into the market.",
    ],
)
def test_a_weapon_held_is_no_attack(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" not in _types(events_of(text), None)


def test_a_weapon_used_is_still_an_attack(events_of) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" in _types(events_of("The rebels carried out an attack on the town with grenades."))


def test_coordinating_a_thing_is_no_cooperation(events_of) -> None:  # type: ignore[no-untyped-def]
    assert "COOPERATE" not in _types(events_of("He has coordinated the export of minerals from the mines."), None)


@pytest.mark.parametrize(
    "text",
    [
        "The army coordinated with the neighbouring forces along the border.",
        "The two armies coordinated their efforts against the militants.",
    ],
)
def test_coordinating_with_a_party_is_cooperation(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "COOPERATE" in _types(events_of(text))


def test_a_truce_a_party_has_now_is_a_state(events_of) -> None:  # type: ignore[no-untyped-def]
    assert "CONCEDE" not in _types(events_of("The armed group has a truce in force with the government."), None)


def test_talks_a_party_had_are_an_act(events_of) -> None:  # type: ignore[no-untyped-def]
    assert "CONSULT" in _types(events_of("The ministers had talks in the capital on Monday."))


@pytest.mark.parametrize(
    "text",
    [
        "A coalition of opposition parties had mobilized to press for elections.",
        "The local hunters mobilised and chased the raiders into the bush.",
    ],
)
def test_a_mobilisation_without_forces_is_no_deployment(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "MOBILIZE" not in _types(events_of(text), None)


@pytest.mark.parametrize(
    "text",
    [
        "The government mobilized 5,000 troops along the border.",
        "Thousands of reservists were mobilized on Monday.",
        "The army has mobilised in the north.",
    ],
)
def test_forces_mobilised_are_a_deployment(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "MOBILIZE" in _types(events_of(text))


# ------------------------------------------------------------------- counted clauses at their own places


@pytest.mark.parametrize(
    ("text", "tolls"),
    [
        ("Three traders were shot dead in Lagos, while five others were killed by soldiers in Ibadan.", [3, 5]),
        ("Two farmers were killed in Mopti and four were killed in Gao on Sunday.", [2, 4]),
    ],
)
def test_counted_clauses_at_two_places_are_two_events(events_of, text: str, tolls: list[int]) -> None:  # type: ignore[no-untyped-def]
    assaults = [e for e in events_of(text, quantities=True) if e.type == "ASSAULT"]
    assert sorted(e.fatalities for e in assaults) == tolls


@pytest.mark.parametrize(
    "text",
    [
        "Three soldiers were killed in Gao and two were wounded in Gao on Monday.",
        "Gunmen killed five villagers in Mopti and burned their houses.",
    ],
)
def test_one_place_or_no_count_stays_one_event(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert len([e for e in events_of(text, quantities=True) if e.type == "ASSAULT"]) == 1


def test_counted_objects_at_two_places_are_two_events(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "Bandits killed seven herders in Zamfara, while soldiers killed twelve bandits in Katsina."
    assaults = [e for e in events_of(text, quantities=True) if e.type == "ASSAULT"]
    assert sorted(e.fatalities for e in assaults) == [7, 12]


@pytest.mark.parametrize(
    ("text", "tolls"),
    [
        # a place named before its kind ("the Bay region", "Mangu district")
        ("The spokesman said six rebels were killed in the Bay region, while ten soldiers were killed in the Gedo "
         "region.", [6, 10]),
        ("Three soldiers were killed in Kangpokpi district, while five militants were killed in Imphal district.",
         [3, 5]),
        # the place phrase hung on the counted object
        ("Gunmen killed five villagers in the Mopti area, while soldiers killed twelve herders in the Gao area.",
         [5, 12]),
        # the dead of a fight told at its place
        ("Six rebels were killed in Mopti, while ten soldiers were killed during clashes in Gao.", [6, 10]),
    ],
)
def test_counted_clauses_at_two_named_districts_are_two_events(events_of, text: str, tolls: list[int]) -> None:  # type: ignore[no-untyped-def]
    assaults = [e for e in events_of(text, quantities=True) if e.type == "ASSAULT"]
    assert sorted(e.fatalities for e in assaults) == tolls


def test_one_district_named_twice_stays_one_event(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "Three soldiers were killed in Bokkos district and two were wounded in Bokkos district on Monday."
    assert len([e for e in events_of(text, quantities=True) if e.type == "ASSAULT"]) == 1


def test_clauses_with_their_own_subjects_at_two_places_are_two_events(events_of) -> None:  # type: ignore[no-untyped-def]
    # No count, but each clause names its own actor and its own place.
    text = "Gunmen attacked a village in Kano on Monday and bandits raided a market in Kaduna."
    assert len([e for e in events_of(text, quantities=True) if e.type == "ASSAULT"]) == 2


def test_one_actor_acting_at_two_places_stays_one_event(events_of) -> None:  # type: ignore[no-untyped-def]
    # The second clause shares the first one's subject: one raid told in sequence.
    text = "Gunmen attacked the village in Kano on Monday and killed five people in Kaduna."
    assert len([e for e in events_of(text, quantities=True) if e.type == "ASSAULT"]) == 1


# ------------------------------------------------------------------- acts of confrontation joined by "and"


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("The rebels condemned the bombing on Saturday and denied any responsibility.", "REJECT"),
        ("The union called for an end to the arrests and blamed the interior ministry.", "ACCUSE"),
        ("The governor urged calm and threatened to punish the looters.", "THREATEN"),
    ],
)
def test_a_second_act_of_confrontation_is_its_own_event(events_of, text: str, second: str) -> None:  # type: ignore[no-untyped-def]
    assert second in _types(events_of(text))


def test_a_call_added_to_a_condemnation_stays_one_statement(events_of) -> None:  # type: ignore[no-untyped-def]
    assert "REQUEST" not in _types(events_of("The ministry condemned the ambush and called for calm."), None)


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        ("The governor condemned the shooting and urged residents to stay indoors.", {"ACCUSE", "REQUEST"}),
        ("The bishop condemned the massacre and called on the militia to disarm.", {"ACCUSE", "REQUEST"}),
    ],
)
def test_a_call_that_names_whom_it_addresses_is_its_own_act(events_of, text: str, acts: set[str]) -> None:  # type: ignore[no-untyped-def]
    # A demand made of a named party is an act of its own beside the condemnation.
    assert acts <= _types(events_of(text), None)


@pytest.mark.parametrize(
    "text",
    [
        "The governor condemned the shooting and urged restraint.",
        "The bishop condemned the killings and demanded an investigation.",
        "The minister condemned the ambush and called on Sunday for calm.",
    ],
)
def test_a_call_that_names_only_the_thing_asked_stays_one_statement(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    # An object that is the thing asked, or an "on" that dates the call, names no one addressed.
    types = _types(events_of(text), None)
    assert "ACCUSE" in types
    assert "REQUEST" not in types


@pytest.mark.parametrize(
    "text",
    [
        "The president said he had reached a deal with the striking dockers and had asked them to go back to work.",
        "The mediator agreed a truce with the two clans and urged their elders to keep the peace.",
    ],
)
def test_a_call_added_to_an_agreement_stays_one_statement(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    # The call tells the deal's terms to the deal's parties: no demand of its own.
    types = _types(events_of(text), None)
    assert "AGREE" in types
    assert "REQUEST" not in types


@pytest.mark.parametrize(
    "text",
    [
        "The militia denied any role in the massacre and called for an international inquiry.",
        "The army spokesman denied the claims and urged journalists to verify their sources.",
    ],
)
def test_an_act_joined_to_a_denial_is_its_own_event(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    # A denial answers a charge; a call the speaker adds to it is a second act.
    types = _types(events_of(text))
    assert "REJECT" in types and "REQUEST" in types


# ------------------------------------------------------------------- relative clauses of place


@pytest.mark.parametrize(
    "text",
    [
        "The ambush happened near Gao, where extra gendarmes had been deployed a week earlier.",
        "The bombing took place outside the stadium, where riot police were stationed on Friday.",
    ],
)
def test_a_past_clause_of_place_reports_what_happened_there(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "MOBILIZE" in _types(events_of(text))


def test_a_past_clause_of_place_under_another_act_is_no_content_of_it(events_of) -> None:  # type: ignore[no-untyped-def]
    # the clause hangs on the march through its "to" phrase: what happened at the square, not
    # what the march was about
    text = "Hundreds of students marched to the main square, where riot police had been deployed."
    assert {"PROTEST", "MOBILIZE"} <= set(_types(events_of(text)))


def test_a_dated_clause_of_place_under_another_act_is_the_places_history(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "Farmers rallied on Monday in the northern town, where six people were killed in riots last year."
    assert "ASSAULT" not in _types(events_of(text), None)


def test_a_present_clause_of_place_describes_the_place(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "Rebels shelled a hilltop base where Kenyan troops are stationed."
    assert "MOBILIZE" not in _types(events_of(text), None)


# ------------------------------------------------------------------- coercive measures joined by "and"


def test_a_second_measure_with_its_own_object_is_its_own_event(events_of) -> None:  # type: ignore[no-untyped-def]
    # Each verb puts its own measure in force: two COERCE events, which assembly joins or
    # keeps apart by their kinds.
    text = "The military council suspended the constitution and dissolved the national assembly."
    assert [e.type for e in events_of(text) if e.mode == "asserted"].count("COERCE") == 2


def test_a_measure_sharing_the_first_ones_object_is_one_event(events_of) -> None:  # type: ignore[no-untyped-def]
    assert [e.type for e in events_of("Police arrested and detained four students on Friday.")].count("COERCE") == 1
