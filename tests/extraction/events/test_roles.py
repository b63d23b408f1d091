"""Roles of an event (tessera.extraction.events.roles): authors the syntax implies."""

from __future__ import annotations

import pytest

from tessera.records import Event, Place


def _place(text: str, name: str, country: str) -> Place:
    start = text.index(name)
    return Place(text=name, start=start, end=start + len(name), name=name, country=country, feature="city")


def _event(events: list[Event], trigger: str) -> Event:
    return next(e for e in events if e.trigger.text == trigger)


def test_a_gerund_after_a_preposition_is_done_by_the_governing_subject(events_of) -> None:  # type: ignore[no-untyped-def]
    event = _event(events_of("The Malian government responded by condemning the raid on the market."), "condemning")
    assert event.type == "ACCUSE"
    assert event.actor is not None and event.actor.country == "MLI"


def test_a_participle_on_a_statement_is_the_issuers_act(events_of) -> None:  # type: ignore[no-untyped-def]
    event = _event(events_of("The Chadian army issued a statement on Monday condemning the ambush."), "condemning")
    assert event.actor is not None and event.actor.text == "The Chadian army" and event.actor.country == "TCD"
    # A participle on a noun that is no statement is not its subject's act.
    event = _event(events_of("The Chadian army found villagers condemning the ambush."), "condemning")
    assert event.actor is None or event.actor.text != "The Chadian army"


def test_a_force_before_an_act_noun_is_its_author(events_of) -> None:  # type: ignore[no-untyped-def]
    event = _event(events_of("Nine people died in a Kenyan-led coalition air strike on the town."), "strike")
    assert event.actor is not None and event.actor.country == "KEN" and event.actor.type == "MIL"
    event = _event(events_of("Two traders were wounded in a police raid on the market."), "wounded")
    assert event.actor is not None and event.actor.type == "COP"
    # A machine names no author: whose drone is not said.
    events = [e for e in events_of("Two traders were wounded in a drone strike on the market.") if e.type == "ASSAULT"]
    assert events and all(e.actor is None for e in events)


def test_a_count_of_others_is_more_victims_not_the_actor(events_of) -> None:  # type: ignore[no-untyped-def]
    event = next(e for e in events_of("Four herders were killed and six others wounded in a raid on the camp.")
                 if e.type == "ASSAULT")
    assert event.actor is None
    assert (event.fatalities, event.injuries) == (4, 6)


def test_the_victims_of_a_verb_whose_subject_holds_the_act(events_of) -> None:  # type: ignore[no-untyped-def]
    events = events_of("A blast from a roadside bomb killed three farmers near the river.")
    event = next(e for e in events if e.type == "ASSAULT")
    assert event.recipient is not None and event.recipient.text == "three farmers" and event.recipient.type == "CVL"


@pytest.mark.parametrize(
    "text",
    [
        # The parser hangs the participle on the nearest noun, not on the act.
        "Six soldiers died in an ambush near the river blamed on Chadian rebels, officials said.",
        # A relative clause on the sentence's verb that blames the act.
        "Six herders died following a raid on the camp on Friday in which has been blamed on Chadian rebels.",
    ],
)
def test_an_act_blamed_on_someone_away_from_its_noun(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    event = next(e for e in events_of(text) if e.type == "ASSAULT")
    assert event.actor is not None and event.actor.country == "TCD" and event.actor.type == "REB"


@pytest.mark.parametrize(
    ("text", "trigger", "author"),
    [
        ("Four soldiers were killed in an ambush carried out by the Abu Sayyaf near the river.", "ambush",
         "the Abu Sayyaf"),
        ("Seven herders died in a raid conducted by Chadian rebels on the camp.", "raid", "Chadian rebels"),
        ("The attack on the convoy, which was perpetrated by Chadian rebels, killed four guards.", "attack",
         "Chadian rebels"),
    ],
)
def test_a_participle_of_doing_on_an_act_noun_names_its_author(events_of, text: str, trigger: str, author: str) -> None:  # type: ignore[no-untyped-def]
    event = _event(events_of(text), trigger)
    assert event.actor is not None and event.actor.text == author


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("A colonel was killed on Friday in a strike attributed to Ethiopia near the border.", "ETH"),
        ("Six farmers were wounded in an ambush carried out by Chadian rebels near the river.", "TCD"),
    ],
)
def test_a_casualty_verb_takes_the_author_of_the_act_it_happened_in(events_of, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in events_of(text) if e.type == "ASSAULT"]
    assert events and all(e.actor is not None and e.actor.country == country for e in events)


def test_a_protest_by_unnamed_people_is_made_by_people_of_its_place() -> None:
    from tessera.pipeline import Pipeline
    from tessera.records import Article

    text = "Protests broke out in Bamako on Friday against the transition."
    document = Pipeline.default().extract(Article(id="pr", text=text))
    protest = next(e for e in document.events if e.type == "PROTEST")
    assert protest.actor is not None and protest.actor.country == "MLI"


def test_the_victims_of_a_casualty_verb_are_the_recipients_of_the_act_it_happened_in(events_of) -> None:  # type: ignore[no-untyped-def]
    event = next(e for e in events_of("A rebel commander was presumed killed during a June 3 air strike.")
                 if e.type == "ASSAULT")
    assert event.recipient is not None and event.recipient.text == "A rebel commander"
    # A date before the act's noun is no author.
    assert event.actor is None or event.actor.text != "June"
    event = next(e for e in events_of("Three soldiers were wounded in a rebel ambush near the town.")
                 if e.type == "ASSAULT")
    assert event.actor is not None and event.actor.type == "REB"


def test_what_is_fired_is_no_recipient(events_of) -> None:  # type: ignore[no-untyped-def]
    event = next(e for e in events_of("Gunmen opened fire, killing five traders.") if e.type == "ASSAULT")
    assert event.recipient is not None and event.recipient.text == "five traders"
    event = next(e for e in events_of("Nine farmers were killed when gunmen opened fire.") if e.type == "ASSAULT")
    assert event.recipient is not None and event.recipient.text == "Nine farmers"


def test_an_unknown_official_is_of_the_state_where_the_event_happens() -> None:
    from tessera.pipeline import Pipeline
    from tessera.records import Article

    text = "Gunmen killed four policemen in Gao. Prime Minister Amadou Traore condemned the attack in Gao."
    document = Pipeline.default().extract(Article(id="pm", text=text))
    accuse = next(e for e in document.events if e.type == "ACCUSE")
    assert accuse.actor is not None and accuse.actor.type == "GOV" and accuse.actor.country == "MLI"


def test_soldiers_reported_killed_stay_the_recipients(events_of) -> None:  # type: ignore[no-untyped-def]
    event = next(e for e in events_of("Nine soldiers were reported killed near the border.") if e.type == "ASSAULT")
    assert event.recipient is not None and event.recipient.text == "Nine soldiers"


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        # The small model parses a clause-opening acronym as a verb ("ECOWAS" the root,
        # "imposed" an adjective of "sanctions") or an auxiliary: a known name right
        # before the act's verb is still its subject.
        ("ECOWAS imposed sanctions on Niger on Sunday.", "sanctions", "IGO"),
        ("IGAD condemned the attack on the market.", "condemned", "IGO"),
        # Well-parsed shapes keep their subject.
        ("AMISOM attacked al-Shabaab fighters near Baidoa.", "attacked", "IGO"),
        ("MINUSMA withdrew from the Tessalit camp.", "withdrew", "IGO"),
        ("JNIM killed ten soldiers.", "killed", "MLI"),
    ],
)
def test_a_known_name_right_before_a_subjectless_verb_is_its_actor(events_of, text, trigger, country) -> None:  # type: ignore[no-untyped-def]
    event = _event(events_of(text), trigger)
    assert event.actor is not None and event.actor.country == country


def test_a_place_or_a_prepositional_object_before_the_verb_is_no_actor(events_of) -> None:  # type: ignore[no-untyped-def]
    # "In Mali soldiers killed": the parse makes "soldiers" the object of "In" and leaves
    # "killed" without a subject; Mali does not become the actor.
    event = _event(events_of("In Mali soldiers killed ten civilians."), "killed")
    assert event.actor is None or event.actor.text != "Mali"
    # An all-capitals place the model tags ORG, the object of "near", leaves the verb
    # without an actor rather than become one.
    event = _event(events_of("Near GAO imposed sanctions on the traders."), "imposed")
    assert event.actor is None
    event = _event(events_of("In Mali, soldiers killed ten civilians."), "killed")
    assert event.actor is not None and event.actor.text == "soldiers"
    event = _event(events_of("ECOWAS leaders imposed sanctions on Niger."), "imposed")
    assert event.actor is not None and event.actor.text == "ECOWAS leaders"


def test_a_pronoun_stands_for_the_speakers_subject_not_a_datelines_place(events_of) -> None:  # type: ignore[no-untyped-def]
    # "NAIROBI - The US military said it ...": the parser makes the dateline's place a
    # second subject of "said"; the pronoun stands for the subject nearest the verb.
    event = _event(events_of("NAIROBI - The US military said it had killed 24 militants in a strike."), "killed")
    assert event.actor is not None and event.actor.country == "USA"
    event = _event(events_of("The Chadian army said it had killed 24 militants."), "killed")
    assert event.actor is not None and event.actor.country == "TCD"


def test_the_parties_of_a_clash_between_two_sides(events_of) -> None:  # type: ignore[no-untyped-def]
    event = _event(events_of("Fighting broke out on Monday between the army and rebels near the river."), "Fighting")
    assert event.actor is not None and event.actor.type == "MIL"
    assert event.recipient is not None and event.recipient.type == "REB"
    # A verb of harm whose act is a clash between two sides: the first side acts.
    event = next(e for e in events_of("Two farmers were wounded in an exchange of fire between police and gunmen.")
                 if e.type == "ASSAULT")
    assert event.actor is not None and event.actor.type == "COP"
    assert event.recipient is not None and event.recipient.text == "Two farmers"


def test_a_participle_on_a_noun_is_passive_and_the_noun_is_its_patient(events_of) -> None:  # type: ignore[no-untyped-def]
    event = _event(events_of("Police found the bodies of nine herders killed by bandits."), "killed")
    assert event.actor is not None and event.actor.type == "UAF"
    assert event.recipient is not None and event.recipient.text == "nine herders"
    # With an object it is an active verb the parser misread: its object is the patient.
    event = next(e for e in events_of("In the east, a homemade bomb injured six traders, officials said.")
                 if e.type == "ASSAULT")
    assert event.recipient is not None and event.recipient.text == "six traders"


def test_a_verb_conjoined_to_a_passive_shares_its_patient(events_of) -> None:  # type: ignore[no-untyped-def]
    event = _event(events_of("The chief was seized and beheaded near the market."), "beheaded")
    assert event.recipient is not None and event.recipient.text == "The chief"


def test_a_pronoun_victim_is_a_recipient_of_the_place(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "They were shot dead near Gao on Friday."
    event = next(e for e in events_of(text, [_place(text, "Gao", "MLI")]) if e.type == "ASSAULT")
    assert event.recipient is not None and (event.recipient.text, event.recipient.country) == ("They", "MLI")
    # A pronoun agent still names no actor of its own.
    event = next(e for e in events_of("They attacked the post on Friday.") if e.type == "ASSAULT")
    assert event.actor is None


def test_the_subject_of_a_verb_of_undergoing_is_the_recipient(events_of) -> None:  # type: ignore[no-untyped-def]
    event = _event(events_of("The police post suffered a second attack on Sunday."), "attack")
    assert event.actor is None
    assert event.recipient is not None and event.recipient.text == "The police post"
    # A verb that is no verb of undergoing keeps its subject as the actor.
    event = next(e for e in events_of("Rebels launched a second attack on Sunday.") if e.type == "ASSAULT")
    assert event.actor is not None and event.actor.type == "REB"


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("The mayor escaped an ambush near the market on Sunday.", "ambush", "The mayor"),
        ("The district chief survived an assassination attempt on Sunday.", "assassination", "The district chief"),
        ("The police commander escaped unhurt from an attack on Sunday.", "attack", "The police commander"),
    ],
)
def test_who_comes_through_an_act_unharmed_is_its_recipient(  # type: ignore[no-untyped-def]
    events_of, text: str, trigger: str, target: str
) -> None:
    # A verb of coming through an act ("escaped", "survived") says its subject was the target.
    event = _event(events_of(text), trigger)
    assert event.actor is None
    assert event.recipient is not None and event.recipient.text == target


def test_who_announces_a_truce_makes_it(events_of) -> None:  # type: ignore[no-untyped-def]
    event = next(e for e in events_of("The Chadian rebels announced a ceasefire on Monday.") if e.type == "CONCEDE")
    assert event.actor is not None and event.actor.country == "TCD"
    assert event.source is None
    # Who announces that an attack happened still only reports it.
    event = next(e for e in events_of("The Chadian army announced that gunmen had attacked the post.")
                 if e.type == "ASSAULT")
    assert event.actor is not None and event.actor.type == "UAF"


def test_a_pronoun_subject_of_a_conjoined_clause_stands_for_the_first_subject(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "The Malian army declined to comment, but it said that it had used drones to target the rebels."
    event = next(e for e in events_of(text) if e.type == "ASSAULT")
    assert event.actor is not None and event.actor.country == "MLI"


def test_a_withdrawal_is_from_the_place_it_leaves(events_of) -> None:  # type: ignore[no-untyped-def]
    event = next(e for e in events_of("French troops completed their withdrawal from Mali on Monday.")
                 if e.type == "RETREAT")
    assert event.recipient is not None and event.recipient.country == "MLI"
    assert event.actor is not None and event.actor.country == "FRA"
    event = next(e for e in events_of("Chadian troops pulled out of Niger on Tuesday.") if e.type == "RETREAT")
    assert event.recipient is not None and event.recipient.country == "NER"


def test_an_anti_modifier_names_whom_the_act_is_against(events_of) -> None:  # type: ignore[no-untyped-def]
    events = events_of("Thousands joined anti-government protests in the capital.")
    event = next(e for e in events if e.type == "PROTEST")
    assert event.recipient is not None and event.recipient.type == "GOV"
    assert event.actor is None or event.actor.type != "GOV"


def test_the_target_hung_on_the_verb_of_an_act_noun(events_of) -> None:  # type: ignore[no-untyped-def]
    # Not "Riot police ...": riot police name a crowd, and crowd-control means used in a
    # sentence that names one are the intervention in it (COERCE, proposal._names_protest).
    event = next(e for e in events_of("Police used tear gas against students near the campus.")
                 if e.type == "ASSAULT")
    assert event.recipient is not None and event.recipient.text == "students"


def test_what_a_weapon_hit_is_the_recipient_and_the_weapon_no_actor(events_of) -> None:  # type: ignore[no-untyped-def]
    event = next(e for e in events_of("Their truck was hit by an improvised explosive device near the village.")
                 if e.type == "ASSAULT")
    assert event.recipient is not None and event.recipient.text == "Their truck"
    event = next(e for e in events_of("A military convoy was struck by a roadside bomb near the river.")
                 if e.type == "ASSAULT")
    assert event.actor is None
    assert event.recipient is not None and event.recipient.text == "A military convoy"
    # A person as the passive agent is the actor.
    events = events_of("A military convoy was ambushed by rebels near the river.")
    event = next(e for e in events if e.type == "ASSAULT")
    assert event.actor is not None and event.actor.type == "REB"


def test_a_force_reporting_its_enemies_killed_reports_its_own_operation(events_of) -> None:  # type: ignore[no-untyped-def]
    event = next(e for e in events_of("The Chadian army said 20 militants were killed in air strikes on Monday.")
                 if e.type == "ASSAULT")
    assert event.actor is not None and (event.actor.country, event.actor.type) == ("TCD", "MIL")
    # Its own losses, or a civilian speaker's report, name no author.
    for text in ("The Chadian army said 12 soldiers were killed in an ambush on Monday.",
                 "Chadian residents said 20 militants were killed in air strikes on Monday."):
        event = next(e for e in events_of(text) if e.type == "ASSAULT")
        assert event.actor is None, text


def test_people_named_by_no_name_are_of_the_country_the_article_is_about() -> None:
    from tessera.pipeline import Pipeline
    from tessera.records import Article

    # The second sentence names no place: its unnamed attackers are of the article's country,
    # as they would be of the sentence's place and as a state's soldiers are.
    text = ("Residents of Bunia said fear was growing. Armed men killed nine traders and burned "
            "their shops on Sunday, a local official said.")
    document = Pipeline.default().extract(Article(id="un", text=text))
    attack = next(e for e in document.events if e.type == "ASSAULT")
    assert attack.actor is not None and attack.actor.type == "UAF" and attack.actor.country == "COD"
    # A name the knowledge base does not hold is not guessed ("Amba Boys" may fight anywhere).
    text = "Residents of Bunia said fear was growing. The Mai-Kwenda killed nine traders on Sunday."
    document = Pipeline.default().extract(Article(id="nm", text=text))
    attack = next(e for e in document.events if e.type == "ASSAULT")
    assert attack.actor is None or attack.actor.country is None


@pytest.mark.parametrize(
    ("text", "role", "country"),
    [
        # A demonym says whose the phrase it qualifies is; the others are of the place.
        ("Rwandan troops killed 12 villagers in Rutshuru on Tuesday.", "recipient", "COD"),
        ("Gunmen killed five Chinese workers at a mine in South Kivu.", "actor", "COD"),
        ("Chadian soldiers killed 30 jihadists in Diffa region.", "recipient", "NER"),
    ],
)
def test_a_demonym_on_one_side_is_not_the_country_of_the_others(text: str, role: str, country: str) -> None:
    from tessera.pipeline import Pipeline
    from tessera.records import Article

    document = Pipeline.default().extract(Article(id="dm", text=text))
    attack = next(e for e in document.events if e.type == "ASSAULT")
    side = getattr(attack, role)
    assert side is not None and side.country == country


def _actor_of(text: str, trigger: str):  # type: ignore[no-untyped-def]
    from tessera.pipeline import Pipeline
    from tessera.records import Article

    document = Pipeline.default().extract(Article(id="co", text=text))
    return next(e for e in document.events if e.trigger.text == trigger).actor


def test_a_pronoun_subject_continues_the_force_named_as_subject_just_before() -> None:
    actor = _actor_of("Boko Haram fighters raided Gwoza on Friday. They burned the market.", "burned")
    assert actor is not None and actor.text == "They" and actor.name == "Boko Haram" and actor.country == "NGA"
    # Not people who use no force, nor a subject named several sentences before.
    text = "Villagers fled Gwoza on Friday after the raid. They attacked a police post on Sunday."
    actor = _actor_of(text, "attacked")
    assert actor is None or actor.country is None
    text = ("Boko Haram fighters raided Gwoza on Friday. Markets stayed shut. Schools closed. Roads were empty. "
            "They attacked a police post on Sunday.")
    actor = _actor_of(text, "attacked")
    assert actor is None or actor.name is None


def test_the_group_refers_back_to_the_named_body_that_acted() -> None:
    text = "Al-Shabaab fighters stormed a police station in Afgoye. The group later seized the district headquarters."
    actor = _actor_of(text, "seized")
    assert actor is not None and actor.name == "Al-Shabaab" and actor.country == "SOM"


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        ("Protests broke out in Nairobi on Tuesday over the finance bill.", "Protests", "KEN"),
        ("Rwandan troops were deployed to Cabo Delgado province on Monday.", "deployed", "MOZ"),
        # A force moving at home is addressed to no one.
        ("Nigerian troops were deployed to Maiduguri on Monday.", "deployed", None),
    ],
)
def test_an_act_with_no_recipient_is_addressed_to_the_state_of_its_place(
    text: str, trigger: str, country: str | None
) -> None:
    from tessera.pipeline import Pipeline
    from tessera.records import Article

    document = Pipeline.default().extract(Article(id="ho", text=text))
    event = next(e for e in document.events if e.trigger.text == trigger)
    if country is None:
        assert event.recipient is None
    else:
        assert event.recipient is not None and event.recipient.country == country and event.recipient.type == "GOV"


def test_we_in_a_quotation_is_the_body_the_speaker_speaks_for() -> None:
    text = "“We attacked the army base near Baidoa at dawn,” Sheikh Ali Dheere, al-Shabaab's spokesman, told reporters."
    actor = _actor_of(text, "attacked")
    # The speaker stands for the group: its country, and its sector rather than the honorific's.
    assert actor is not None and actor.country == "SOM" and actor.type == "REB"


def test_an_apposition_ties_a_known_group_to_a_country() -> None:
    # (An invented tie: the text's own word beats the table's home country, NGA.)
    text = ("Boko Haram, a Cameroonian armed group, killed 14 civilians in Mora on Sunday. "
            "Boko Haram also burned houses in Kolofata.")
    assert _actor_of(text, "killed").country == "CMR"
    assert _actor_of(text, "burned").country == "CMR"  # named again: the tie the article made
    # Another body the apposition names is no such tie.
    assert _actor_of("JNIM, al-Qaeda's affiliate in the Sahel, killed 20 soldiers in Djibo.", "killed").country == "MLI"


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "recipient"),
    [
        ("Five soldiers were killed in clashes with jihadists near Djibo.", "clashes", "jihadists", "Five soldiers"),
        ("Four policemen were killed in a shootout with Boko Haram.", "shootout", "Boko Haram", "Four policemen"),
    ],
)
def test_the_side_a_deadly_fight_was_with_did_the_killing(events_of, text, trigger, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    event = next(e for e in events_of(text) if e.trigger.text == trigger)
    assert event.actor is not None and event.actor.text == actor
    assert event.recipient is not None and event.recipient.text == recipient


def test_what_an_attack_was_made_with_is_no_side(events_of) -> None:  # type: ignore[no-untyped-def]
    event = next(e for e in events_of("Three people were killed in an attack with explosives.") if e.type == "ASSAULT")
    assert event.actor is None


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        ("Dozens of protesters were arrested in Khartoum on Sunday.", "arrested", "SDN"),
        ("A curfew was imposed in Conakry on Monday after the protests.", "imposed", "GIN"),
        ("Two opposition newspapers were suspended in Bamako on Tuesday.", "suspended", "MLI"),
        ("Several activists were rounded up in Khartoum on Sunday.", "rounded", "SDN"),
        # An abduction is no act of a state: its author stays unknown.
        ("Five farmers were abducted in Zamfara on Sunday.", "abducted", None),
    ],
)
def test_an_arrest_or_a_curfew_with_no_agent_is_the_state_s(text: str, trigger: str, country: str | None) -> None:
    actor = _actor_of(text, trigger)
    if country is None:
        assert actor is None
    else:
        assert actor is not None and actor.country == country and actor.type == "GOV"


def test_an_official_holds_the_office_of_the_body_named_before() -> None:
    text = ("The Canadian Finance Department froze the assets of two Haitian gang leaders on Monday. "
            "Finance Minister Marie Dubois urged the gangs to lay down their arms.")
    actor = _actor_of(text, "urged")
    # Of the body whose name shares the office's word, not of the place the gangs are in.
    assert actor is not None and actor.country == "CAN"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("An explosion tore through the central market of Gao on Sunday, killing nine people.", None),
        ("Gunmen opened fire in Maiduguri on Tuesday evening, residents said.", "NGA"),
        ("Several abductions were reported in Zamfara on Sunday.", "NGA"),
    ],
)
def test_an_act_of_force_with_no_target_named_struck_its_place(text: str, country: str | None) -> None:
    from tessera.pipeline import Pipeline
    from tessera.records import Article

    document = Pipeline.default().extract(Article(id="pt", text=text))
    incidents = [i for i in document.incidents if i.type in ("ASSAULT", "COERCE")]
    assert incidents
    incident = incidents[0]
    if country is None:
        # A target the text names ("nine people") is the recipient, not the place.
        assert incident.recipient is not None and incident.recipient.text != incident.location.text
        return
    assert incident.recipient is not None and incident.recipient.country == country
    assert incident.recipient.type is None and incident.recipient.text == incident.location.text
    assert incident.evidence.recipient == incident.evidence.location


def test_only_an_act_of_force_takes_its_place_as_target_and_not_a_dateline_s() -> None:
    from tessera.extraction.events.roles import place_target
    from tessera.records import Incident, Place
    from tessera.resolve.actors import ActorKnowledgeBase

    place = Place(text="Bamako", start=0, end=6, name="Bamako", country="MLI", feature="city")
    kb = ActorKnowledgeBase.default()
    for event_type, wanted in (("ASSAULT", "MLI"), ("CONSULT", None)):
        incident = Incident(id="i", type=event_type, mode="asserted", location=place, confidence=0.5)
        recipient = place_target(incident, kb).recipient
        assert (recipient.country if recipient else None) == wanted
    # Not a dateline's place: where the report was filed is not where the act struck.
    dateline = place.model_copy(update={"role": "dateline"})
    incident = Incident(id="i", type="ASSAULT", mode="asserted", location=dateline, confidence=0.5)
    assert place_target(incident, kb).recipient is None


def test_of_two_subjects_the_nearest_before_the_verb_is_its_own(events_of) -> None:  # type: ignore[no-untyped-def]
    # A headline run into the lead with no full stop: the parse makes the headline's noun a
    # second subject of the lead's verb.
    text = ("Militia drone attack on Tawila market kills and injures traders\nJune 3, 2024 (TAWILA) \u2014 The "
            "Rapid Support Forces (RSF) shelled the Tawila market in North Darfur with drones Monday, killing traders.")
    event = next(e for e in events_of(text) if e.trigger.text == "shelled")
    assert event.actor is not None and event.actor.name == "Rapid Support Forces" and event.actor.country == "SDN"


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "country"),
    [
        ("Ugandan rebels fighting Congolese troops claim control of Kasindi.", "fighting", "Ugandan rebels", "UGA"),
        ("Chadian soldiers attacking a rebel column near Faya called for reinforcements.", "attacking",
         "Chadian soldiers", "TCD"),
    ],
)
def test_a_present_participle_on_a_side_is_that_side_s_act(events_of, text, trigger, actor, country) -> None:  # type: ignore[no-untyped-def]
    event = next(e for e in events_of(text) if e.trigger.text == trigger)
    assert event.actor is not None and event.actor.text == actor and event.actor.country == country


def test_a_participle_on_a_statement_is_still_its_issuer_s(events_of) -> None:  # type: ignore[no-untyped-def]
    event = next(e for e in events_of("The Nigerien army released a statement denouncing the raid.")
                 if e.trigger.text == "denouncing")
    assert event.actor is not None and event.actor.text == "The Nigerien army"


@pytest.mark.parametrize(
    ("text", "trigger", "recipient"),
    [
        ("A teacher died in Kassala on Monday after being beaten by soldiers at a roadblock.", "beaten", "A teacher"),
        ("Three herders were found dead near Bossangoa after being abducted by armed men.", "abducted",
         "Three herders"),
    ],
)
def test_a_passive_added_to_another_verb_has_its_subject_as_patient(events_of, text, trigger, recipient) -> None:  # type: ignore[no-untyped-def]
    event = next(e for e in events_of(text) if e.trigger.text == trigger)
    assert event.recipient is not None and event.recipient.text == recipient
    assert event.actor is not None and event.actor.text != recipient


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "country"),
    [
        ("A landmine laid by Tuareg rebels killed three soldiers near Kidal in Mali on Friday.", "killed",
         "Tuareg rebels", "MLI"),
        ("Four soldiers were killed near Maroua when a mine believed to have been planted by Boko Haram exploded "
         "under their truck.", "killed", "Boko Haram", "NGA"),
    ],
)
def test_whoever_used_a_weapon_is_the_author_of_what_it_did(events_of, text, trigger, actor, country) -> None:  # type: ignore[no-untyped-def]
    event = next(e for e in events_of(text) if e.type == "ASSAULT")
    assert event.actor is not None and event.actor.text == actor and event.actor.country == country


def test_who_found_or_stopped_a_weapon_did_not_use_it(events_of) -> None:  # type: ignore[no-untyped-def]
    events = events_of("A bomb found by soldiers near the market in Gao exploded on Monday, killing two traders.")
    assert all(e.actor is None or "soldiers" not in e.actor.text for e in events if e.type == "ASSAULT")


def test_an_armed_body_named_before_the_act_in_which_people_died_is_its_author(events_of) -> None:  # type: ignore[no-untyped-def]
    event = next(e for e in events_of("Four soldiers were killed in a suspected ADF ambush near Oicha on Monday.")
                 if e.type == "ASSAULT")
    assert event.actor is not None and event.actor.name == "Allied Democratic Forces"


def test_a_side_with_no_country_takes_the_incident_s_place_country() -> None:
    from tessera.extraction.events.roles import place_target
    from tessera.records import Actor, Incident, Place
    from tessera.resolve.actors import ActorKnowledgeBase

    kb = ActorKnowledgeBase.default()
    place = Place(text="Bossangoa", start=0, end=9, name="Bossangoa", country="CAF", feature="city")
    incident = Incident(id="i", type="ASSAULT", mode="asserted", location=place, confidence=0.5,
                        actor=Actor(text="the gunmen", start=20, end=30, type="UAF"),
                        recipient=Actor(text="the convoy", start=40, end=50))
    found = place_target(incident, kb)
    assert found.actor is not None and found.actor.country == "CAF"
    assert found.recipient is not None and found.recipient.country == "CAF" and found.recipient.text == "the convoy"
    # Not a role that names outsiders, nor a name the knowledge base holds with no country.
    incident = incident.model_copy(update={
        "actor": Actor(text="the peacekeepers", start=20, end=36, type="MIL"),
        "recipient": Actor(text="Islamic State", start=40, end=53, name="Islamic State", type="REB")})
    found = place_target(incident, kb)
    assert found.actor is not None and found.actor.country is None
    assert found.recipient is not None and found.recipient.country is None


def test_a_name_the_knowledge_base_does_not_hold_takes_the_incident_s_place_country() -> None:
    # A person or a local body the table cannot place, of whatever sector or none ("Mr Dalo
    # accused the traders", "the Centre for Rights denounced the arrests"), is as unplaced as
    # "the gunmen": it is of the country where the incident happens.
    from tessera.extraction.events.roles import place_country
    from tessera.records import Actor, Incident, Place
    from tessera.resolve.actors import ActorKnowledgeBase

    kb = ActorKnowledgeBase.default()
    place = Place(text="Bossangoa", start=0, end=9, name="Bossangoa", country="CAF", feature="city")
    incident = Incident(id="i", type="ACCUSE", mode="asserted", location=place, confidence=0.5,
                        actor=Actor(text="Faustin Dalo", start=20, end=32, name="Faustin Dalo"),
                        recipient=Actor(text="the Centre for Rights", start=40, end=61, name="Centre for Rights",
                                        type="NGO"))
    found = place_country(incident, kb)
    assert found.actor is not None and found.actor.country == "CAF"
    assert found.recipient is not None and found.recipient.country == "CAF"
    # A name the table holds keeps its own country.
    incident = incident.model_copy(update={"actor": Actor(text="Wagner", start=20, end=26, name="Wagner Group")})
    found = place_country(incident, kb)
    assert found.actor is not None and found.actor.country is None


@pytest.mark.parametrize(
    ("text", "actor", "country"),
    [
        # The parse makes the dateline's place the subject, the credit and the attackers its
        # appositions: the attackers after the dash are the actor, the agency the reporter.
        ("TOMBOUCTOU (AP) \u2014 Al-Shabaab extremists attacked a police station on Monday.",
         "Al-Shabaab extremists", "SOM"),
        ("DIFFA, Niger (AP) \u2014 Suspected Boko Haram fighters killed nine herders on Friday.",
         "Suspected Boko Haram fighters", "NGA"),
        # The dateline and its credit are no part of the phrase after the dash.
        ("GAO, Mali (AP) \u2014 Gunmen killed eleven traders near the market on Sunday, residents said.",
         "Gunmen", None),
        ("ZINDER, Niger (Reuters) - Armed men abducted six teachers on Wednesday, police said.",
         "Armed men", None),
        ("DORI, Dec 3 (Xinhua) -- Militants burned a health centre on Tuesday, officials said.",
         "Militants", None),
    ],
)
def test_a_news_agency_credited_in_a_dateline_is_no_side(events_of, text, actor, country) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in events_of(text) if e.type in ("ASSAULT", "COERCE")]
    assert events
    for event in events:
        assert event.actor is not None and event.actor.text == actor, text
        assert event.actor.name not in ("Associated Press", "Reuters", "Agence France-Presse"), text
        assert event.actor.country not in ("USA", "GBR", "FRA", "CHN"), text
        if country is not None:
            assert event.actor.country == country, text


def test_a_global_jihadist_brand_takes_the_country_of_where_it_strikes() -> None:
    # The brand has no home country (Iraq, Afghanistan); its fighters here are of the place.
    actor = _actor_of("Islamic State fighters killed 15 soldiers in Borno, Nigeria on Monday.", "killed")
    assert actor is not None and actor.name == "Islamic State" and actor.country == "NGA"
    actor = _actor_of("Al Qaeda militants killed nine villagers in Mopti, Mali on Friday.", "killed")
    assert actor is not None and actor.name == "Al-Qaeda" and actor.country == "MLI"


# ------------------------------------------------------------------- who a rejection answers


def test_a_denial_answers_the_accuser_told_before_it(events_of) -> None:  # type: ignore[no-untyped-def]
    events = events_of(
        "The Nigerian government blamed Boko Haram for the bombing. Boko Haram denied any involvement."
    )
    rejection = next(e for e in events if e.type == "REJECT")
    assert rejection.recipient is not None and rejection.recipient.country == "NGA"
    assert rejection.recipient.text == "The Nigerian government"


def test_a_claim_called_unfounded_answers_the_measure_told_before_it(events_of) -> None:  # type: ignore[no-untyped-def]
    events = events_of(
        "The United States imposed sanctions on a senior Ugandan general on Tuesday. "
        "A Ugandan army spokesman said the sanctions were unfounded."
    )
    rejection = next(e for e in events if e.type == "REJECT")
    assert rejection.actor is not None and rejection.actor.country == "UGA"
    assert rejection.recipient is not None and rejection.recipient.country == "USA"


def test_a_denial_with_no_charge_before_it_keeps_no_recipient(events_of) -> None:  # type: ignore[no-untyped-def]
    events = events_of("The Sudanese army denied the charges on Monday.")
    rejection = next(e for e in events if e.type == "REJECT")
    assert rejection.recipient is None or not (rejection.recipient.type or rejection.recipient.name)


def test_an_incident_whose_author_no_mention_names_is_of_its_place_s_country() -> None:
    from tessera.extraction.actors_fr import french_knowledge_base
    from tessera.extraction.events.roles import place_author
    from tessera.records import Actor, Incident, Place
    from tessera.resolve.actors import ActorKnowledgeBase

    kb = ActorKnowledgeBase.default()
    place = Place(text="Bossangoa", start=0, end=9, name="Bossangoa", country="CAF", feature="city")
    for event_type, wanted in (("ASSAULT", "CAF"), ("MOBILIZE", "CAF"), ("CONSULT", None), ("ACCUSE", None)):
        incident = Incident(id="i", type=event_type, mode="asserted", location=place, confidence=0.5)
        actor = place_author(incident, kb).actor
        assert (actor.country if actor else None) == wanted
        if actor is not None:
            assert actor.type is None and actor.text == "Bossangoa" and actor.name == "unnamed side"
    # An author named keeps its own country; a dateline's place names no author.
    named = Incident(id="i", type="ASSAULT", mode="asserted", location=place, confidence=0.5,
                     actor=Actor(text="Chadian soldiers", start=20, end=36, country="TCD", type="MIL"))
    assert place_author(named, kb).actor == named.actor
    dateline = Incident(id="i", type="ASSAULT", mode="asserted", confidence=0.5,
                        location=place.model_copy(update={"role": "dateline"}))
    assert place_author(dateline, kb).actor is None
    # Attacks, abductions, deployments and protests, in French reports (fr actors.yaml) and, since
    # 2e2bee1, English ones (en actors.yaml).
    assert french_knowledge_base().place_author_types == {"ASSAULT", "COERCE", "MOBILIZE", "PROTEST"}
    protest = Incident(id="i", type="PROTEST", mode="asserted", location=place, confidence=0.5)
    for base in (french_knowledge_base(), kb):
        marchers = place_author(protest, base).actor
        assert marchers is not None and marchers.country == "CAF" and marchers.name == "unnamed side"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Eleven villagers were killed in an attack on a market near Kidal on Sunday.", "MLI"),
        ("Four people were killed in an attack in Maiduguri on Tuesday, police said.", "NGA"),
    ],
)
def test_an_attack_with_no_author_named_is_done_by_a_side_of_its_place(text: str, country: str) -> None:
    from tessera.pipeline import Pipeline
    from tessera.records import Article

    document = Pipeline.default().extract(Article(id="pa", text=text))
    incidents = [i for i in document.incidents if i.type == "ASSAULT"]
    assert incidents
    incident = incidents[0]
    assert incident.actor is not None and incident.actor.country == country
    assert incident.actor.type is None and incident.actor.text == incident.location.text
    assert incident.actor.name == "unnamed side"  # not the place shown as an actor
    assert incident.evidence.actor == incident.evidence.location


def test_an_attack_told_with_no_author_is_its_place_s_side_even_where_another_names_one() -> None:
    from tessera.extraction.events.roles import place_authors
    from tessera.records import Actor, Incident, Place
    from tessera.resolve.actors import ActorKnowledgeBase

    kb = ActorKnowledgeBase.default()
    place = Place(text="Bossangoa", start=0, end=9, name="Bossangoa", country="CAF", feature="city")
    unnamed = Incident(id="a", type="ASSAULT", mode="asserted", location=place, confidence=0.5)
    deployed = Incident(id="m", type="MOBILIZE", mode="asserted", location=place, confidence=0.5)
    named = Incident(id="b", type="ASSAULT", mode="asserted", location=place, confidence=0.5,
                     actor=Actor(text="Chadian rebels", start=20, end=34, country="TCD", type="REB"))
    found = {i.id: i for i in place_authors([unnamed, deployed, named], kb)}
    # The named author keeps its own country; the attack told without one is the place's side's.
    assert found["a"].actor is not None and found["a"].actor.country == "CAF"
    assert found["m"].actor is not None and found["m"].actor.country == "CAF"
    assert found["b"].actor == named.actor


def test_a_second_attack_told_with_no_author_in_a_report_naming_one_is_its_place_s() -> None:
    from tessera.pipeline import Pipeline
    from tessera.records import Article

    text = ("Soldiers killed six rebels near Bria on Monday, the army said.\n\n"
            "On Wednesday, three traders were killed in an attack on a market in Bangassou.")
    document = Pipeline.default().extract(Article(id="pa2", text=text))
    attack = next(i for i in document.incidents
                  if i.type == "ASSAULT" and i.location is not None and i.location.text == "Bangassou")
    assert attack.actor is not None and attack.actor.country == "CAF" and attack.actor.name == "unnamed side"


def test_an_act_of_word_or_policy_with_no_addressee_named_is_addressed_to_its_place_s_state() -> None:
    from tessera.extraction.actors_fr import french_knowledge_base
    from tessera.extraction.events.roles import place_addressee
    from tessera.records import Actor, Incident, Place
    from tessera.resolve.actors import ActorKnowledgeBase

    kb = ActorKnowledgeBase.default()
    place = Place(text="Bamako", start=0, end=6, name="Bamako", country="MLI", feature="city")
    for event_type, wanted in (("SANCTION", "MLI"), ("CONCEDE", "MLI"), ("AGREE", "MLI"), ("REJECT", "MLI"),
                               ("PROTEST", "MLI"), ("ASSAULT", None)):
        incident = Incident(id="i", type=event_type, mode="asserted", location=place, confidence=0.5)
        recipient = place_addressee(incident, kb).recipient
        assert (recipient.country if recipient else None) == wanted
        if recipient is not None:
            assert recipient.type is None and recipient.text == "Bamako"
    # A recipient named keeps its own country; a dateline's place addresses nothing.
    named = Incident(id="i", type="SANCTION", mode="asserted", location=place, confidence=0.5,
                     recipient=Actor(text="Russian banks", start=20, end=33, country="RUS"))
    assert place_addressee(named, kb).recipient == named.recipient
    dateline = Incident(id="i", type="SANCTION", mode="asserted", confidence=0.5,
                        location=place.model_copy(update={"role": "dateline"}))
    assert place_addressee(dateline, kb).recipient is None
    # French reports share the English convention (fr actors.yaml).
    assert french_knowledge_base().place_addressee_types == kb.place_addressee_types


def test_a_sanction_told_with_no_addressee_is_addressed_to_the_state_of_its_place() -> None:
    from tessera.pipeline import Pipeline
    from tessera.records import Article

    text = "New sanctions were announced in Bamako on Tuesday."
    document = Pipeline.default().extract(Article(id="pa", text=text))
    incidents = [i for i in document.incidents if i.type == "SANCTION"]
    assert incidents
    incident = incidents[0]
    assert incident.recipient is not None and incident.recipient.country == "MLI"
    assert incident.recipient.text == incident.location.text
    assert incident.evidence.recipient == incident.evidence.location


def test_a_protest_whose_sentence_names_no_place_is_addressed_to_the_state_of_the_incident_s_place() -> None:
    from tessera.pipeline import Pipeline
    from tessera.records import Article

    # The strike's clause names no place of its own (so no mention gives it a recipient); the
    # incident takes Mombasa from its sentence, and a protest is made to that place's state.
    text = "Violence erupted in Mombasa on Monday after taxi drivers launched a strike over fuel prices."
    document = Pipeline.default().extract(Article(id="pp", text=text))
    protest = next(i for i in document.incidents if i.type == "PROTEST")
    assert protest.recipient is not None and protest.recipient.country == "KEN"
    assert protest.recipient.text == protest.location.text


@pytest.mark.parametrize("second", [
    "An inquiry has been opened into the killings.",
    "A probe into the raid was launched on Monday, officials said.",
])
def test_an_inquiry_told_with_no_author_is_the_justice_of_the_place_told_elsewhere(second: str) -> None:
    from tessera.pipeline import Pipeline
    from tessera.records import Article

    # The inquiry's sentence names no place and no one who opened it: the incident takes its
    # place from the attack told before, and its author is the justice of that place's state.
    text = "Gunmen killed six farmers in Kaduna State on Sunday. " + second
    document = Pipeline.default().extract(Article(id="inq", text=text, published="2024-03-12"))
    inquiry = next(i for i in document.incidents if i.type == "ACCUSE")
    assert inquiry.location is not None and inquiry.location.country == "NGA"
    assert inquiry.actor is not None and inquiry.actor.country == "NGA" and inquiry.actor.type == "JUD"
    assert inquiry.actor.text == inquiry.location.text
    assert inquiry.evidence.actor == inquiry.evidence.location


def _story_incidents(pipeline, text: str, event_type: str):  # type: ignore[no-untyped-def]
    from tessera.records import Article

    document = pipeline.extract(Article(id="t", text=text, published="2024-03-09", language="en"))
    return [i for i in document.incidents if i.type == event_type and not i.context]


def test_the_one_group_the_lead_names_is_the_author_of_an_attack_told_with_none(pipeline) -> None:  # type: ignore[no-untyped-def]
    # as French reports (roles.story_author): "gunmen" in an ADF story are the ADF's
    text = ("DR Congo: ADF rebels blamed for new massacre near Beni.\n\n"
            "Gunmen killed six villagers on Friday in Oicha, local officials said. The attackers fled into the forest.")
    incidents = _story_incidents(pipeline, text, "ASSAULT")
    assert incidents and all(i.actor is not None and i.actor.name == "Allied Democratic Forces" for i in incidents)


def test_a_group_of_a_country_far_from_the_story_is_no_author(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a group named in passing whose country neither holds nor borders the acts' places
    text = ("Iraq: unrest in Basra.\n\n"
            "Officials compared the gangs to al Shabab in Somalia. Gunmen killed six protesters on Friday in Basra.")
    incidents = _story_incidents(pipeline, text, "ASSAULT")
    assert incidents and all(i.actor is None or i.actor.name != "Al-Shabaab" for i in incidents)


def test_a_protest_told_with_no_author_is_an_unnamed_side_of_its_place(pipeline) -> None:  # type: ignore[no-untyped-def]
    # en actors.yaml place_author_types, PROTEST as in French (the gold codes the protesters of the
    # place's country)
    text = "Trouble erupted after a strike against fuel prices was launched in Douala on Saturday."
    protests = _story_incidents(pipeline, text, "PROTEST")
    assert protests and all(i.actor is not None and i.actor.name == "unnamed side" and i.actor.country == "CMR"
                            for i in protests)


def test_a_verb_judging_an_act_is_no_author_of_it(events_of) -> None:  # type: ignore[no-untyped-def]
    # "call" lends its subject to an act it carries ("called a strike"), but a verb that
    # judges the act by what it ascribes to it tells an act of its own.
    events = events_of("The Malian minister called the raid on the market an act of shameful cowardice.")
    assert _event(events, "called").type == "ACCUSE"
    assert all(e.actor is None for e in events if e.type == "ASSAULT")
    # A light verb with no judgement still lends its subject.
    events = events_of("Malian soldiers launched a raid on the market.")
    assert any(e.actor is not None and e.actor.country == "MLI" for e in events if e.type == "ASSAULT")


@pytest.mark.parametrize(
    ("text", "trigger", "author"),
    [
        (
            "The Ogaden front claimed responsibility for attacking a police convoy near Degehabur.",
            "attacking",
            "The Ogaden front",
        ),
        ("Boko Haram claimed responsibility for killing six soldiers near Monguno on Friday.", "killing", "Boko Haram"),
    ],
)
def test_who_claims_a_gerund_act_is_its_author(events_of, text: str, trigger: str, author: str) -> None:  # type: ignore[no-untyped-def]
    # "claimed responsibility for attacking ...": the claimer did it, as with "for the attack".
    event = _event(events_of(text), trigger)
    assert event.type == "ASSAULT"
    assert event.actor is not None and event.actor.text == author


def test_who_is_blamed_for_a_gerund_act_is_no_claimer(events_of) -> None:  # type: ignore[no-untyped-def]
    # Blaming is no claim: the blamer is not read as the author of the act.
    text = "The mayor blamed the rebels for attacking a convoy near Beni."
    events = [e for e in events_of(text) if e.type == "ASSAULT"]
    assert all(e.actor is None or e.actor.text != "The mayor" for e in events)


@pytest.mark.parametrize(
    ("text", "town", "country", "trigger"),
    [
        ("Soldiers sent from Kidal clashed with militants on Sunday.", "Kidal", "MLI", "clashed"),
        ("Police officers who came from Maradi arrested six smugglers.", "Maradi", "NER", "arrested"),
    ],
)
def test_a_side_sent_from_a_town_is_of_its_country(events_of, text: str, town: str, country: str,  # type: ignore[no-untyped-def]
                                                   trigger: str) -> None:
    # where a verb of coming or sending on the side says it came from gives its country, as
    # "soldiers from Kidal" does; the town stays the origin, not the act's place
    origin = _place(text, town, country).model_copy(update={"role": "affiliation"})
    event = _event(events_of(text, [origin]), trigger)
    assert event.actor is not None and event.actor.country == country
    assert event.location is None


def test_a_verbal_acts_pronoun_in_a_clause_under_another_stands_for_its_subject(events_of) -> None:  # type: ignore[no-untyped-def]
    # "after what he called ...": the speaker is the governing clause's subject.
    event = _event(events_of("President Ruto ordered tighter security around the border after what he called "
                             "a cowardly massacre of herders."), "called")
    assert event.type == "ACCUSE"
    assert event.actor is not None and "Ruto" in event.actor.text
    event = _event(events_of("The governor closed the road on Friday after what she called a massacre of herders."),
                   "called")
    assert event.actor is not None and event.actor.text == "The governor"


@pytest.mark.parametrize(
    "text, trigger",
    [
        # The verb's object could be meant as well: no sure speaker.
        ("The police chief questioned the governor on Friday after he accused the army of the killings.", "accused"),
        ("The minister received the widow in the capital on Friday after what she called a massacre of her family.",
         "called"),
        ("The governor met the woman in the town on Friday after what she called an attack on her village.",
         "called"),
        # "he" for no body, "it" for no person.
        ("The army closed the road on Friday after what he called a massacre of herders.", "called"),
        ("The governor closed the road on Friday after what it called a massacre of herders.", "called"),
        # "they" is often the people the clause is about, not its subject.
        ("Police dispersed the crowd on Friday after what they called a massacre of herders.", "called"),
    ],
)
def test_a_verbal_acts_pronoun_takes_no_subject_it_cannot_stand_for(events_of, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in events_of(text) if e.trigger.text == trigger]
    wrong = ("the police chief", "the army", "the governor", "the minister")
    assert all(e.actor is None or e.actor.text.lower() not in wrong for e in events)
