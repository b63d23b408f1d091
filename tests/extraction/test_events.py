"""Tests for tessera.extraction.events: trigger lexicon, event types, roles, modes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tessera.extraction.events import TriggerLexicon, extract_events, inflections
from tessera.parse import Parser
from tessera.records import Event, Place, make_id

SEED_ARTICLE = Path(__file__).resolve().parents[2] / ".." / "shared" / "examples" / "seed-article.txt"


def place(text: str, name: str, country: str = "MLI") -> Place:
    start = TEXT_FOR_PLACES.index(name)
    return Place(text=name, start=start, end=start + len(name), name=name, country=country, feature="city")


TEXT_FOR_PLACES = "Officials in Bamako said gunmen attacked an army base in Gao on Sunday."


# --------------------------------------------------------------------------- lexicon
def test_default_lexicon_is_cached_and_covers_every_type(lexicon: TriggerLexicon) -> None:
    assert TriggerLexicon.default() is lexicon
    from tessera.records import EVENT_TYPES

    assert {rule.type for rules in lexicon.rules.values() for rule in rules} == set(EVENT_TYPES)


def test_inflections_are_made_by_rule() -> None:
    assert {"banned", "banning", "bans"} <= inflections("ban", "verb")
    assert {"deployed", "deploying", "deploys"} <= inflections("deploy", "verb")
    assert {"seizes", "seized", "seizing"} <= inflections("seize", "verb")
    assert "clashes" in inflections("clash", "noun")


def test_has_trigger_on_tokenizer_only_docs(parser: Parser, lexicon: TriggerLexicon) -> None:
    assert lexicon.has_trigger(parser.nlp.make_doc("Troops withdrew from the town overnight."))
    assert lexicon.has_trigger(parser.nlp.make_doc("Fighters ambushed a convoy."))
    assert not lexicon.has_trigger(parser.nlp.make_doc("The minister said the budget was ready."))
    assert not lexicon.has_trigger(parser.nlp.make_doc("Rainfall was above average this year."))


def test_has_trigger_needs_the_words_a_constrained_rule_names(parser: Parser, lexicon: TriggerLexicon) -> None:
    def selected(text: str) -> bool:
        return lexicon.has_trigger(parser.nlp.make_doc(text))

    # "cut" codes an event only with ties, aid, funding...; "travel" only "to" somewhere.
    assert not selected("Workers cut the grass along the road.")
    assert selected("Mali cut diplomatic ties with its neighbour.")
    assert not selected("The minister was travelling with her family.")
    assert selected("The envoy is travelling to Niamey next week.")
    # A weak noun ("fire") is an event as the object of a light verb ("opened").
    assert selected("Gunmen opened fire on the crowd.")


def test_bad_lexicon_data_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown event type"):
        TriggerLexicon.from_data({"types": {"FIGHT": {"verbs": ["fight"]}}})
    with pytest.raises(ValueError, match="quote"):
        TriggerLexicon.from_data({"types": {"ASSAULT": {"verbs": [{"lemma": "fire", "preps": [True]}]}}})


# --------------------------------------------------------------------------- types
@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The two governments agreed to resume direct flights next month.", "AGREE"),
        ("The foreign minister met his Turkish counterpart on Tuesday.", "CONSULT"),
        ("The president praised the peace initiative.", "SUPPORT"),
        ("Kenya and Uganda shared intelligence on militant movements.", "COOPERATE"),
        ("Kenya and Uganda will share intelligence on militant movements.", "AGREE"),
        ("The rebels offered to negotiate with the government.", "AGREE"),
        ("Japan sent food aid and medicine to the flood victims.", "AID"),
        ("The junta released 40 political prisoners on Friday.", "CONCEDE"),
        ("The Takuba force is withdrawing from Mali.", "RETREAT"),
        ("The opposition accused the government of rigging the vote.", "ACCUSE"),
        ("The union called for an immediate inquiry.", "REQUEST"),
        ("The rebels rejected the peace proposal.", "REJECT"),
        ("The militia threatened to attack the capital.", "THREATEN"),
        ("Thousands of teachers went on strike over unpaid wages.", "PROTEST"),
        ("The army deployed 3,000 troops to the border region.", "MOBILIZE"),
        ("Mali expelled the French ambassador.", "SANCTION"),
        ("Police arrested twelve opposition activists.", "COERCE"),
        ("Gunmen ambushed a patrol near the border.", "ASSAULT"),
        ("Soldiers fired on villagers in the capital.", "ASSAULT"),
        ("A drone strike hit a convoy in the desert.", "ASSAULT"),
    ],
)
def test_event_types(events_of, text: str, event_type: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.type for e in events_of(text)] == [event_type]


@pytest.mark.parametrize(
    "text",
    [
        "The minister fired the army chief on Monday.",
        "The company withdrew the product from shops.",
        "The spokesman said the weather was fine.",
        "A strong earthquake killed 20 people in the province.",
        "Four workers were injured when a boiler exploded at the plant.",
    ],
)
def test_no_event(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert events_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A heavy police presence was reported in the capital on Monday.",
        "Riot police beefed up security around the court on Friday.",
    ],
)
def test_forces_massed_or_security_beefed_up_is_a_mobilisation(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.type for e in events_of(text)] == ["MOBILIZE"]


@pytest.mark.parametrize(
    ("text", "mobilised"),
    [
        # forces posted along a road, or massing around a place
        ("Armed troops lined the main road into the town.", True),
        ("Soldiers and police swarmed into the square after the blast.", True),
        ("The army has bolstered its positions along the river.", True),
        # forces ringing a place (a cordon) or closing its roads
        ("By noon the hospital was surrounded by soldiers.", True),
        ("Armoured units surrounded the militia's barracks at dawn.", True),
        ("Gendarmes set up checkpoints at the two exits of the town.", True),
        # not a crowd along a road, nor a swarm of insects
        ("Thousands of fans lined the streets for the parade.", False),
        ("Locusts swarmed over the farms in the valley.", False),
        # people hemmed in are coerced; a crowd's roadblocks are its protest
        ("The gunmen realised they were surrounded by police.", False),
        ("Angry youths set up roadblocks with burning tyres in the town.", False),
    ],
)
def test_forces_lining_ringing_or_swarming_a_place_are_mobilised(events_of, text: str, mobilised: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("MOBILIZE" in [e.type for e in events_of(text)]) is mobilised


@pytest.mark.parametrize(
    ("text", "protest"),
    [
        ("Supporters of the opposition shouted slogans outside the court.", True),
        ("Villagers raised slogans against the district chief on Monday.", True),
        ("Angry youths set up roadblocks with burning tyres in the town.", True),
        ("The army massed troops along the frontier.", False),
    ],
)
def test_slogans_shouted_or_a_crowd_s_roadblocks_are_a_protest(events_of, text: str, protest: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("PROTEST" in [e.type for e in events_of(text)]) is protest


def test_the_release_of_the_protesters_is_a_concession(events_of) -> None:  # type: ignore[no-untyped-def]
    # the people set free named in the "of" phrase, as by the verb's object
    types = [e.type for e in events_of("The president ordered the release of the jailed demonstrators.")]
    assert "CONCEDE" in types
    assert "CONCEDE" not in [e.type for e in events_of("The ministry announced the release of its annual budget.")]


def test_a_presence_with_no_word_of_its_mass_is_no_event(events_of) -> None:  # type: ignore[no-untyped-def]
    # a standing deployment told as a presence is the setting, no act
    assert events_of("Britain keeps a military presence in the region.") == []


def test_withdrawing_a_bill_is_a_concession_not_a_retreat(events_of) -> None:  # type: ignore[no-untyped-def]
    # PLOVER's CONCEDE covers a government backing down on a policy; RETREAT is forces leaving ground.
    assert [e.type for e in events_of("The parliament voted to withdraw the bill.")] == ["CONCEDE"]
    assert [e.type for e in events_of("The troops withdrew from the town.")] == ["RETREAT"]


def test_strike_by_workers_is_a_protest_and_an_air_strike_an_assault(events_of) -> None:  # type: ignore[no-untyped-def]
    assert [e.type for e in events_of("Dock workers struck for a third day.")] == ["PROTEST"]
    assert [e.type for e in events_of("An air strike destroyed the depot.")] == ["ASSAULT"]


# --------------------------------------------------------------------------- modes
@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("The Takuba force is withdrawing from Mali.", "asserted"),
        ("France plans to deploy more troops to Niger.", "future"),
        ("The army will deploy troops to the north.", "future"),
        ("Rebels may attack the town.", "hypothetical"),
        ("Some troops could be redeployed to Benin if they request it.", "hypothetical"),
        ("The army did not attack the village.", "negated"),
    ],
)
def test_modes(events_of, text: str, mode: str) -> None:  # type: ignore[no-untyped-def]
    events = events_of(text)
    assert len(events) == 1
    assert events[0].mode == mode


def test_a_denied_act_is_negated_and_the_denial_a_rejection(events_of) -> None:  # type: ignore[no-untyped-def]
    events = events_of("The group denied attacking the convoy.")
    assert sorted((e.type, e.mode) for e in events) == [("ASSAULT", "negated"), ("REJECT", "asserted")]


# --------------------------------------------------------------------------- roles
def test_active_roles_and_trigger_span(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "Mali expelled the French ambassador."
    (event,) = events_of(text)
    assert event.trigger.text == "expelled"
    assert text[event.trigger.start : event.trigger.end] == "expelled"
    assert event.actor is not None and event.actor.country == "MLI"
    assert event.recipient is not None and "ambassador" in event.recipient.text
    assert event.id == make_id("test", event.trigger.start, "SANCTION", prefix="ev-")
    assert (event.sentence.start, event.sentence.end) == (0, len(text))
    assert 0.0 < event.confidence <= 1.0


def test_passive_agent_and_victim(events_of) -> None:  # type: ignore[no-untyped-def]
    (event,) = events_of("The convoy was ambushed by militants.")
    assert event.actor is not None and event.actor.text == "militants"
    assert event.recipient is not None and event.recipient.text == "The convoy"


@pytest.mark.parametrize(
    ("text", "recipient", "actor"),
    [
        ("Three Belgian nurses kidnapped near the border.", "Three Belgian nurses", None),
        ("Two police officers killed near the border.", "Two police officers", None),
        ("Farmers abducted by bandits in the north.", "Farmers", "bandits"),
        ("Four Italian miners abducted by unknown gunmen last night.", "Four Italian miners", "unknown gunmen"),
    ],
)
def test_a_headline_participle_without_auxiliary_has_its_noun_as_patient(  # type: ignore[no-untyped-def]
    events_of, text, recipient, actor
) -> None:
    # A verb of harm that always takes an object, told with a subject and no object or
    # auxiliary, is a reduced passive: the noun suffers it; only a "by" phrase acts.
    event = events_of(text)[0]
    assert event.recipient is not None and event.recipient.text == recipient
    assert (event.actor.text if event.actor is not None else None) == actor


def test_a_harm_verb_with_its_object_stays_active(events_of) -> None:  # type: ignore[no-untyped-def]
    events = events_of("Bandits kidnapped and killed two Belgian nurses near the border.")
    assert events and all(e.actor is not None and e.actor.text == "Bandits" for e in events)


def test_possessor_of_a_nominal_trigger_is_the_actor(events_of) -> None:  # type: ignore[no-untyped-def]
    (event,) = events_of("France's withdrawal from Mali was completed in August.")
    assert event.type == "RETREAT"
    assert event.actor is not None and event.actor.country == "FRA"


def test_subject_of_controlling_verb_is_the_actor(events_of) -> None:  # type: ignore[no-untyped-def]
    (event,) = events_of("France plans to deploy more troops to Niger.")
    assert event.actor is not None and event.actor.text == "France"


def test_reported_speech_source(events_of) -> None:  # type: ignore[no-untyped-def]
    (event,) = events_of("Officials said the rebels attacked the base.")
    assert event.type == "ASSAULT"
    assert event.source is not None and event.source.text == "Officials"
    assert event.actor is not None and event.actor.text == "the rebels"
    (event,) = events_of("Rebels attacked the base, according to a local radio station.")
    assert event.source is not None and event.source.text == "a local radio station"


def test_light_verb_and_noun_are_one_event(events_of) -> None:  # type: ignore[no-untyped-def]
    events = events_of("Militants carried out an attack on a checkpoint.")
    assert [e.type for e in events] == ["ASSAULT"]
    assert events[0].actor is not None and events[0].actor.text == "Militants"


def test_content_of_a_threat_is_not_coded(events_of) -> None:  # type: ignore[no-untyped-def]
    assert [e.type for e in events_of("The militia threatened to attack the capital.")] == ["THREATEN"]


def test_several_events_in_one_sentence(events_of) -> None:  # type: ignore[no-untyped-def]
    types = {e.type for e in events_of("Police arrested 12 activists and soldiers shelled the town.")}
    assert types == {"COERCE", "ASSAULT"}
    # Protesters met with force were protesting (tests/extraction/events/test_proposal.py).
    types = {e.type for e in events_of("Police arrested 12 protesters and soldiers shelled the town.")}
    assert types == {"COERCE", "ASSAULT", "PROTEST"}


# --------------------------------------------------------------------------- casualties
@pytest.mark.parametrize(
    ("text", "fatalities", "injuries"),
    [
        ("Gunmen ambushed a patrol near the border, killing sixteen soldiers.", 16, None),
        ("54 soldiers were killed in the attack on the base.", 54, None),
        ("The clashes left 12 dead and 30 wounded.", 12, 30),
        ("At least 20 people died when militants stormed the village.", 20, None),
        ("The death toll from the bombing rose to 141.", 141, None),
        ("A bomb attack killed a policeman and wounded 3 others.", 1, 3),
    ],
)
def test_casualties(events_of, text: str, fatalities: int | None, injuries: int | None) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in events_of(text) if e.type == "ASSAULT"]
    assert len(events) == 1
    assert (events[0].fatalities, events[0].injuries) == (fatalities, injuries)


# --------------------------------------------------------------------------- location
def test_location_is_where_it_happened_not_where_it_was_announced(events_of) -> None:  # type: ignore[no-untyped-def]
    places = [place(TEXT_FOR_PLACES, "Bamako"), place(TEXT_FOR_PLACES, "Gao")]
    (event,) = events_of(TEXT_FOR_PLACES, places)
    assert event.location is not None and event.location.name == "Gao"
    assert event.source is not None and "Officials" in event.source.text


# --------------------------------------------------------------------------- seed article
def test_seed_article_has_the_withdrawal(events_of) -> None:  # type: ignore[no-untyped-def]
    if not SEED_ARTICLE.exists():
        pytest.skip("seed article not available (../shared/examples/seed-article.txt)")
    events = events_of(SEED_ARTICLE.read_text("utf-8"))
    types = {e.type for e in events}
    assert "RETREAT" in types
    assert all(e.trigger.text for e in events)


# --------------------------------------------------------------------------- more roles and modes
def test_nominal_event_reported_by_a_non_trigger_verb(events_of) -> None:  # type: ignore[no-untyped-def]
    (event,) = events_of("The dispute ended in the expulsion of the French ambassador.")
    assert event.type == "SANCTION"
    assert event.recipient is not None and "ambassador" in event.recipient.text


def test_background_withdrawal_keeps_its_own_mode_and_actor(events_of) -> None:  # type: ignore[no-untyped-def]
    events = events_of("Niger wants to prevent attacks after the withdrawal of European troops from Mali.")
    retreat = next(e for e in events if e.type == "RETREAT")
    assert retreat.mode == "asserted"
    assert retreat.actor is not None and retreat.actor.text == "European troops"
    assert all(e.mode == "negated" for e in events if e.type == "ASSAULT")


def test_condition_hung_on_the_reporting_verb(events_of) -> None:  # type: ignore[no-untyped-def]
    events = events_of("Troops will be sent to Benin, if they ask for help, the president said.")
    mobilize = next(e for e in events if e.type == "MOBILIZE")
    assert mobilize.mode == "hypothetical"
    assert mobilize.source is not None and mobilize.source.text == "the president"
    assert mobilize.recipient is None
    assert mobilize.actor is not None and mobilize.actor.text == "Troops"


def test_what_protesters_do_is_a_protest(events_of) -> None:  # type: ignore[no-untyped-def]
    assert [e.type for e in events_of("Rioters clashed with police in the capital.")] == ["PROTEST"]
    assert [e.type for e in events_of("Protesters poured into the streets of the capital.")] == ["PROTEST"]


def test_accident_article_has_no_assault(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "A gas tank exploded at a chemical plant on Monday. Three workers died and five were injured."
    assert [e for e in events_of(text) if e.type == "ASSAULT"] == []


@pytest.mark.parametrize(
    "text",
    [
        "A blast at a checkpoint killed three guards on Monday, officials said; no group claimed responsibility.",
        "An explosion killed five people at a market on Monday. No group has claimed responsibility for it.",
    ],
)
def test_a_claim_of_responsibility_tells_an_attack(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    # Nobody claims an accident: the blast that killed is an attack.
    assert [e.type for e in events_of(text) if e.type == "ASSAULT"] == ["ASSAULT"]


def test_responsibility_accepted_for_an_accident_is_no_attack(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "An explosion at a fuel depot killed three workers on Monday. The operator accepted responsibility."
    assert [e for e in events_of(text) if e.type == "ASSAULT"] == []


# --------------------------------------------------------------------------- phrasal verbs, outcomes, plans
def test_phrasal_verb_with_particle_is_a_retreat(events_of) -> None:  # type: ignore[no-untyped-def]
    events = events_of("The German contingent is scaling back its operations in the region.")
    assert [e.type for e in events] == ["RETREAT"]
    assert events[0].trigger.text == "scaling"


def test_phrasal_verb_needs_its_particle(events_of) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events_of("The minister wound the clock before the meeting.") if e.type == "RETREAT"]


def test_outcome_of_a_subordinate_clause_is_coded(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "Belgian soldiers are leaving the town after a long dispute culminated in the expulsion of Belgium's envoy."
    sanctions = [e for e in events_of(text) if e.type == "SANCTION"]
    assert sanctions and sanctions[0].trigger.text == "expulsion"
    assert sanctions[0].recipient is not None and sanctions[0].recipient.country == "BEL"


def test_background_nominal_in_an_adjunct_stays_dropped(events_of) -> None:  # type: ignore[no-untyped-def]
    events = events_of("Police arrested two men after the expulsion of the envoy.")
    assert [e.type for e in events] == ["COERCE"]


def test_changed_plan_keeps_its_type_in_future_mode(events_of) -> None:  # type: ignore[no-untyped-def]
    events = events_of("The mission will withdraw from Sudan and instead support troops in Chad.")
    assert ("AID", "future") in [(e.type, e.mode) for e in events]
    assert "AGREE" not in [e.type for e in events]


def test_announced_cooperation_is_an_agreement(events_of) -> None:  # type: ignore[no-untyped-def]
    events = events_of("The mission will support troops in Chad next year.")
    # An announced act is coded AGREE (PLOVER's intent), still to come: no promise verb
    # was used, so it is not an incident that happened (issue 12: "they would meet in
    # Abidjan this week" was reported as an asserted agreement).
    assert [(e.type, e.mode) for e in events] == [("AGREE", "future")]


def test_promised_aid_is_an_agreement(events_of) -> None:  # type: ignore[no-untyped-def]
    events = events_of("Ghana pledged to support troops in Chad.")
    assert [(e.type, e.mode) for e in events] == [("AGREE", "asserted")]


def test_definite_description_refers_back_across_sentences(events_of) -> None:  # type: ignore[no-untyped-def]
    events = events_of("The Takuba task force withdrew from Gao. The force will support soldiers in Chad.")
    later = [e for e in events if e.actor is not None and e.actor.text == "The force"]
    assert later and later[0].actor.name == "Takuba" and later[0].actor.country != "TCD"


def test_event_without_a_place_in_its_sentence_takes_the_article_focus_country():
    from tessera.pipeline import Pipeline
    from tessera.records import Article

    text = (
        "Mali's junta has tightened its grip on the country. Officials in Mali said the army "
        "was stretched thin. Diplomats say the junta has allowed the deployment of Russian mercenaries."
    )
    document = Pipeline.default().extract(Article(id="focus", text=text))
    deployments = [e for e in document.events if e.type == "MOBILIZE"]
    assert deployments and deployments[0].location is not None
    assert deployments[0].location.country == "MLI"
    assert deployments[0].location.end <= deployments[0].sentence.start


def test_foreign_troops_take_no_country_from_the_event_place():
    from tessera.pipeline import Pipeline
    from tessera.records import Article

    text = "Some foreign troops will be redeployed to Togo if its government asks for help."
    document = Pipeline.default().extract(Article(id="foreign", text=text))
    moves = [e for e in document.events if e.type == "MOBILIZE"]
    assert moves and moves[0].location is not None and moves[0].location.country == "TGO"
    assert moves[0].actor is not None and moves[0].actor.country != "TGO"


# --------------------------------------------------------------------------- work per sentence (issue 14)
def _clauses(n: int) -> str:
    """One sentence of `n` short violent clauses (the denial-of-service shape of issue 14)."""
    return "Gunmen killed two, " * n + "the army said."


def test_disaster_words_are_read_once_per_sentence_not_once_per_trigger(
    events_of, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import tessera.extraction.events.proposal as events_module

    calls: list[int] = []
    real = events_module._names_disaster

    def counting(tokens, lexicon):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(tokens, lexicon)

    monkeypatch.setattr(events_module, "_names_disaster", counting)
    events_of(_clauses(30))  # 30 "killed": each one an accidental trigger that needs the check
    assert 1 <= len(calls) <= 2  # once per parser sentence of the doc, whatever the triggers


def test_mode_cues_grow_linearly_with_the_clauses(events_of, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import tessera.extraction.events.proposal as events_module
    import tessera.extraction.modes as modes_module

    monkeypatch.setattr(events_module, "MAX_TRIGGERS_PER_SENTENCE", 10**6)
    calls: list[int] = []
    real = modes_module._clause_cues

    def counting(verb, cues):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(verb, cues)

    monkeypatch.setattr(modes_module, "_clause_cues", counting)
    counts = []
    for n in (20, 40):
        calls.clear()
        events_of(_clauses(n))
        counts.append(len(calls))
    # Each governing verb is read once per sentence: twice the clauses, about twice
    # the reads (it was four times when every trigger rescanned the verbs above it).
    assert counts[1] <= 2.5 * counts[0]


def test_trigger_matches_are_made_once_per_token(events_of, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(TriggerLexicon, "match", _counting(TriggerLexicon.match, calls := []))
    text = _clauses(25)
    events_of(text)
    assert len(calls) <= len(text.split()) * 2  # tokens: words and their commas


def _counting(function, calls: list[int]):  # type: ignore[no-untyped-def]
    def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        return function(*args, **kwargs)

    return wrapper


def test_triggers_past_the_cap_are_not_searched_and_the_cap_is_reported(
    events_of, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    import tessera.extraction.events.proposal as events_module

    monkeypatch.setattr(events_module, "MAX_TRIGGERS_PER_SENTENCE", 3)
    text = "Gunmen attacked a village, protesters marched in the capital, police arrested a journalist, " * 3
    with caplog.at_level("WARNING", logger="tessera.extraction.events"):
        capped = events_of(text + "and rebels threatened to bomb the town.")
    assert any(
        "MAX_TRIGGERS_PER_SENTENCE" in r.getMessage() and "article test" in r.getMessage() for r in caplog.records
    )
    assert all(e.trigger.start < text.index("police arrested") for e in capped)
    assert {e.type for e in capped} <= {"ASSAULT", "PROTEST"}


def test_tokens_past_the_cap_are_not_searched_and_the_cap_is_reported(
    events_of, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    import tessera.extraction.events.proposal as events_module

    monkeypatch.setattr(events_module, "MAX_SENTENCE_TOKENS", 6)
    with caplog.at_level("WARNING", logger="tessera.extraction.events"):
        found = events_of("Gunmen attacked a village near the river and then soldiers arrested ten men.")
    assert [e.type for e in found] == ["ASSAULT"]
    assert any("MAX_SENTENCE_TOKENS" in r.getMessage() for r in caplog.records)


def test_normal_sentences_stay_under_the_caps() -> None:
    import tessera.extraction.events.proposal as events_module

    # A news sentence holds a few triggers in a few dozen words: the caps are far above.
    assert events_module.MAX_SENTENCE_TOKENS >= 256
    assert events_module.MAX_TRIGGERS_PER_SENTENCE >= 32


# --------------------------------------------------------------------------- plain reports and roles (#12 items 0, 5)
def _extract(text: str):  # type: ignore[no-untyped-def]
    import datetime as dt

    from tessera.pipeline import Pipeline
    from tessera.records import Article

    return Pipeline.default().extract(Article(id="roles", text=text, published=dt.date(2024, 3, 4)))


@pytest.mark.parametrize(
    ("text", "count", "victims"),
    [
        ("Twelve people were killed in Mali on Saturday.", 12, "CVL"),
        ("Armed men killed twelve civilians in Mali.", 12, "CVL"),
        ("Nine soldiers were reported killed near Gao in Mali.", 9, "MIL"),
    ],
)
def test_a_plain_report_of_a_killing_is_an_assault_without_a_known_armed_actor(
    text: str, count: int, victims: str
) -> None:
    assaults = [e for e in _extract(text).events if e.type == "ASSAULT"]
    assert len(assaults) == 1
    assert assaults[0].fatalities == count
    assert assaults[0].recipient is not None and assaults[0].recipient.type == victims
    assert assaults[0].recipient.country == "MLI"


@pytest.mark.parametrize(
    "text",
    [
        "Twelve people were killed in a bus crash in Mali on Saturday.",
        "Cholera killed twelve people in Mali last month.",
        "A fire killed five people at a market in Mali.",
        "Floods killed thirty people in Niger.",
    ],
)
def test_accidents_disease_and_disasters_are_kept_out_by_what_the_sentence_says(text: str) -> None:
    assert [e for e in _extract(text).events if e.type == "ASSAULT"] == []


def test_state_forces_killed_in_an_attack_are_its_recipient_with_their_country_and_sector() -> None:
    document = _extract("Gunmen killed 14 soldiers on Friday in an attack in northern Burkina Faso, the army said.")
    (attack,) = [e for e in document.events if e.type == "ASSAULT"]
    assert attack.actor is not None and attack.actor.type == "UAF"
    assert attack.recipient is not None and (attack.recipient.country, attack.recipient.type) == ("BFA", "MIL")
    assert attack.fatalities == 14
    assert attack.source is not None and attack.source.text == "the army"


def test_the_source_of_reported_speech_is_not_the_actor() -> None:
    document = _extract("Fourteen soldiers were killed in an ambush in Burkina Faso, a security source told AFP.")
    (attack,) = [e for e in document.events if e.type == "ASSAULT"]
    assert attack.actor is None
    assert attack.source is not None and "security source" in attack.source.text
    assert attack.recipient is not None and (attack.recipient.country, attack.recipient.type) == ("BFA", "MIL")
    fighting = _extract("It was fierce fighting in the town of Barire, Captain Osman Ali told Reuters.").events
    assert all(e.actor is None or "Osman" not in e.actor.text for e in fighting)


def test_who_condemns_an_attack_accuses_and_is_not_the_attacker() -> None:
    events = _extract("The African Union condemned the attack in Niger.").events
    assert any(e.type == "ACCUSE" and e.actor is not None and e.actor.country == "IGO" for e in events)
    assert all(e.actor is None for e in events if e.type == "ASSAULT")


def test_a_headline_count_of_victims_is_never_the_actor() -> None:
    (attack,) = [e for e in _extract("At least 22 killed following airstrike in Sudan.").events if e.type == "ASSAULT"]
    assert attack.actor is None
    assert attack.recipient is not None and attack.recipient.country == "SDN"
    assert attack.fatalities == 22


def test_the_passive_agent_of_a_light_verb_is_the_actor() -> None:
    (attack,) = [e for e in _extract("The attack was carried out by gunmen in Mopti.").events if e.type == "ASSAULT"]
    assert attack.actor is not None and attack.actor.text == "gunmen"


def test_generic_victims_take_the_country_of_the_event_place_but_foreign_troops_do_not() -> None:
    (attack,) = [e for e in _extract("Soldiers opened fire on protesters in Lagos.").events if e.type == "ASSAULT"]
    assert attack.recipient is not None and attack.recipient.country == "NGA"


# --------------------------------------------------------------------------- absurd tolls (issue 14)
@pytest.mark.parametrize(
    "text",
    [
        "10^100 soldiers were killed in Gao.",
        "Gunmen killed 10 ^ 100 soldiers in Gao.",
        "Gunmen killed 2,000,000,000 people in Gao.",
        f"Gunmen killed {'9' * 400} soldiers in Gao.",
    ],
)
def test_an_absurd_count_is_no_toll_and_no_guess(
    parser: Parser, lexicon: TriggerLexicon, knowledge_base, text: str
) -> None:  # type: ignore[no-untyped-def]
    from tessera.extraction.quantities import extract_quantities

    parsed = parser.parse(text)
    events = extract_events(
        parsed,
        places=[],
        dates=[],
        quantities=extract_quantities(parsed),
        knowledge_base=knowledge_base,
        lexicon=lexicon,
        published=None,
        article_id="test",
    )
    assaults = [e for e in events if e.type == "ASSAULT"]
    assert assaults
    # Not 10 or 100 (parts of "10^100"), not infinity, and not "at least one" either:
    # the text states a count, one that cannot be a toll.
    assert all(e.fatalities is None for e in assaults)


def test_accident_words_are_read_once_per_sentence(events_of, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import tessera.extraction.events.proposal as proposal_module

    monkeypatch.setattr(proposal_module, "MAX_TRIGGERS_PER_SENTENCE", 10**6)
    calls: list[int] = []
    real = proposal_module._words

    def counting(token):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(token)

    monkeypatch.setattr(proposal_module, "_words", counting)
    counts = []
    for n in (15, 30):
        calls.clear()
        # Harm words that may be accidents: each needs to know whether the sentence
        # names an accident's cause, which is read once per sentence, not per word.
        events_of("An explosion hit the market and killed two, " * n + "police said.")
        counts.append(len(calls))
    assert counts[1] <= 2.5 * counts[0]


@pytest.mark.parametrize(
    "text",
    [
        "NIAMEY, March 21 - Gunmen on motorcycles killed 17 soldiers near Tillaberi on Saturday.",
        "GAO - Gunmen killed four soldiers at a checkpoint on Friday.",
        "MOPTI, Mali, Jan 9 (AFP) -- Gunmen killed six soldiers at an army post on Sunday.",
        # the old AP wire's spaced underscore closes a dateline as a dash does
        "MOPTI, Mali (AP) _ Gunmen killed six soldiers at an army post on Sunday.",
        "A headline\n\nGAO (AP) _ Gunmen killed four soldiers at a checkpoint on Friday.",
    ],
)
def test_the_dateline_place_is_never_the_actor(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in events_of(text) if e.type == "ASSAULT" and e.trigger.text == "killed"]
    assert len(events) == 1
    for event in events:
        assert event.actor is not None and event.actor.text == "Gunmen"
        assert text[event.actor.start : event.actor.end] == "Gunmen"


# --------------------------------------------------------------------------- precision on real reports (issue 12)
def _asserted(events: list[Event], event_type: str) -> list[Event]:
    return [e for e in events if e.type == event_type and e.mode == "asserted"]


@pytest.mark.parametrize(
    "text",
    [
        "The gunmen arrived the villages in their large number and opened fire on villagers.",
        "A convoy that left last week had arrived in the capital on Friday.",
        "Hundreds of refugees arrived in Chad on Monday after fighting in Darfur.",
        "An advance team of police officers has already arrived in Haiti.",
    ],
)
def test_arrival_of_people_who_are_not_visitors_is_no_consultation(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events_of(text) if e.type == "CONSULT"]


@pytest.mark.parametrize(
    "text",
    [
        "The foreign minister arrived in Bamako on Monday for talks with the junta.",
        "Blinken travelled to Niamey on Tuesday.",
        "A delegation of the regional bloc arrived in Khartoum on Sunday.",
    ],
)
def test_a_visitor_who_arrives_or_travels_consults(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _asserted(events_of(text), "CONSULT")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Most attacks are blamed on the JNIM (Group to Support Islam and Muslims), an al-Qaeda affiliate.", "Support"),
        ("Members of the Movement to Defend the Homeland took power in January.", "Defend"),
        ("The Front to Fight Corruption held a rally in the capital on Sunday.", "Fight"),
    ],
)
def test_a_trigger_inside_a_name_is_no_event(events_of, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert all(e.trigger.text != word for e in events_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Boko Haram Terrorists Kill 60 Farmers In Mass Attack In Borno\n\nThe bodies were buried on Monday.",
        "Gunmen Kill 12 Soldiers In Attack On Army Post",
    ],
)
def test_a_headline_in_title_case_still_codes(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    events = events_of(text)
    assert _asserted(events, "ASSAULT") or _asserted(events, "COERCE")


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("This alliance of five states has set itself the task of fighting the armed groups.", "ASSAULT"),
        ("The goal remained to have completed the withdrawal from the country by December.", "RETREAT"),
        ("The army launched an operation in a bid to seize the town from the rebels.", "ASSAULT"),
        ("The aim is to deploy more troops along the border.", "MOBILIZE"),
        ("They have been raiding herding communities, stealing cattle, a commodity to fund their operations.", "AID"),
        ("Another convoy will leave soon, halfway through the promised withdrawal of the French troops.", "RETREAT"),
        ("These officers have experience fighting Islamist insurgents on the border.", "ASSAULT"),
        ("Iraqi forces prepare for an offensive on Mosul.", "ASSAULT"),
    ],
)
def test_goals_and_purposes_are_not_events_that_happened(events_of, text: str, event_type: str) -> None:  # type: ignore[no-untyped-def]
    events = events_of(text)
    assert not _asserted(events, event_type)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Troops repelled an attempt to storm the base.", "ASSAULT"),
        ("Hundreds of students came out to protest against the fee rise.", "PROTEST"),
        ("Last week, French military convoys began leaving bases in the southwest.", "RETREAT"),
        ("The army has started withdrawing troops from the town.", "RETREAT"),
    ],
)
def test_attempts_protests_and_begun_acts_stay_asserted(events_of, text: str, event_type: str) -> None:  # type: ignore[no-untyped-def]
    assert _asserted(events_of(text), event_type)


def test_an_act_to_begin_later_is_future(events_of) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in events_of("The army will begin withdrawing troops next month.") if e.type == "RETREAT"]
    assert events and all(e.mode == "future" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        '"How can an attack happen on a camp that has been home to our militia for six years?" he said.',
        "Why did the army withdraw its troops from the town?",
        "Who will protect the villagers?",
    ],
)
def test_a_question_reports_nothing_as_fact(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all(e.mode != "asserted" for e in events_of(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The UN peacekeeping mission confirmed that ten people had been killed.", "peacekeeping"),
        ("This alliance between five states has set itself the task of fighting the armed groups.", "alliance"),
        ("The mediation team said it was hopeful.", "mediation"),
    ],
)
def test_a_body_named_by_an_event_noun_is_not_an_event(events_of, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert all(e.trigger.text != word for e in events_of(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Gunmen killed five soldiers on Sunday. Tragedy struck the village again when a bridge fell.", "struck"),
        ("Gunmen killed five soldiers on Sunday. The government vowed to fight corruption.", "fight"),
        ("Gunmen killed five soldiers on Sunday. Inflation hit the poorest households hardest.", "hit"),
        ("Gunmen killed five soldiers on Sunday. The battle against poverty goes on.", "battle"),
    ],
)
def test_violence_words_with_an_abstract_subject_or_target_are_figurative(events_of, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    events = events_of(text)
    assert _asserted(events, "ASSAULT")  # the killing
    assert all(e.trigger.text != word for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Unrest forced more than a million people to flee their homes in the east.",
        "The former president fled to Ivory Coast after the protests.",
        "Thousands of civilians fled the town on Sunday.",
    ],
)
def test_people_who_flee_do_not_retreat(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events_of(text) if e.type == "RETREAT"]


def test_soldiers_who_flee_their_posts_retreat(events_of) -> None:  # type: ignore[no-untyped-def]
    assert _asserted(events_of("Soldiers fled their posts when the militants attacked."), "RETREAT")


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman said the group had briefly seized the base and killed more than 10 soldiers.",
        "Rebels seized control of the town on Sunday.",
        "Jihadists seized two villages near the border.",
    ],
)
def test_seizing_a_place_by_force_is_an_assault(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    events = events_of(text)
    assert _asserted(events, "ASSAULT") and not [e for e in events if e.type == "COERCE"]


def test_seizing_goods_stays_coercion(events_of) -> None:  # type: ignore[no-untyped-def]
    assert _asserted(events_of("Police seized weapons and drugs in a raid on Monday."), "COERCE")


@pytest.mark.parametrize(
    "text",
    [
        "They would meet for this purpose in Abidjan this week, he said.",
        "The two ministers will meet in Niamey next week.",
        "The envoy urged both armies to agree to a truce before the rains.",
    ],
)
def test_a_plan_or_a_request_is_no_agreement_that_happened(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _asserted(events_of(text), "AGREE")


@pytest.mark.parametrize(
    "text",
    ["The EU pledged to provide aid to the flood victims.", "The junta offered to negotiate with the rebels."],
)
def test_a_promise_made_is_an_agreement(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _asserted(events_of(text), "AGREE")


@pytest.mark.parametrize(
    "text",
    [
        "Previous Nduta (Tanzania): ten asylum seekers in detention Next Kirundo: a man killed by his peers",
        "Read more: Gunmen kill five soldiers in the north",
        "Related: Troops withdraw from the border town",
        "More from NewsWire: Two Belgian nurses kidnapped near the border",
    ],
)
def test_a_list_of_links_to_other_stories_is_no_report(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert events_of(text) == []


def test_next_as_a_word_of_time_still_reports(events_of) -> None:  # type: ignore[no-untyped-def]
    assert [e.type for e in events_of("Next Monday, troops will be deployed to the town.")] == ["MOBILIZE"]


def test_more_from_a_place_still_reports(events_of) -> None:  # type: ignore[no-untyped-def]
    # "from" is the outlet's only before a title and a colon
    events = events_of("More from the north: gunmen killed five soldiers near the border.")
    assert [e.type for e in events] == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Idlib province was meant to witness a cessation of hostilities.",
        "The accord called for an end to the fighting.",
        "Residents noted the absence of clashes since Sunday.",
    ],
)
def test_what_stops_or_is_absent_did_not_happen(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _asserted(events_of(text), "ASSAULT")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The group remains a dangerous threat in Somalia.", None),
        ("It is a partnership that benefits both countries.", None),
        ("It was the deadliest attack in the region this year.", "ASSAULT"),
    ],
)
def test_a_predicate_noun_describes_and_reports_no_act(events_of, text: str, kept: str | None) -> None:  # type: ignore[no-untyped-def]
    types = [e.type for e in events_of(text)]
    assert types == ([kept] if kept else [])


@pytest.mark.parametrize(
    ("text", "protest"),
    [
        ("A journalist saw a building on fire after the strikes.", False),
        ("The strikes destroyed three houses in the camp.", False),
        ("Workers went on strike on Monday.", True),
        ("The strike paralysed the capital.", True),
        ("Unions called a general strike.", True),
    ],
)
def test_a_bare_strike_is_a_protest_only_when_staged_or_striking(events_of, text: str, protest: bool) -> None:  # type: ignore[no-untyped-def]
    assert bool([e for e in events_of(text) if e.type == "PROTEST"]) is protest


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        ("Heavy fighting broke out in Chad on Monday. Soldiers arrested the opposition leader.", "arrested", "TCD"),
        ("Clashes spread across Libya. The interior ministry imposed a curfew.", "imposed", "LBY"),
    ],
)
def test_a_state_actor_without_a_country_is_of_the_country_the_article_is_about(
    text: str, trigger: str, country: str
) -> None:
    (event,) = [e for e in _extract(text).events if e.trigger.text == trigger]
    assert event.actor is not None and event.actor.country == country


def test_unnamed_gunmen_are_of_the_country_the_article_is_about() -> None:
    # As ACLED codes an "unidentified armed group (Chad)"; a known group keeps its own country.
    (event,) = [e for e in _extract("Unrest spread across Chad. Gunmen attacked a bus.").events if e.type == "ASSAULT"]
    assert event.actor is not None and event.actor.country == "TCD"
    (event,) = [e for e in _extract("Unrest spread across Chad. Boko Haram attacked a bus.").events
                if e.type == "ASSAULT"]
    assert event.actor is not None and event.actor.country == "NGA"


def test_victims_of_a_state_of_nigeria_are_nigerian() -> None:
    (event,) = [e for e in _extract("Bandits killed 30 villagers in Zamfara state.").events if e.type == "ASSAULT"]
    assert event.recipient is not None and event.recipient.country == "NGA"
    (event,) = [e for e in _extract("Bandits killed 30 villagers in Niger state.").events if e.type == "ASSAULT"]
    assert event.recipient is not None and event.recipient.country == "NGA"


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("The bombing, blamed on the Rapid Support Forces, killed 21 civilians.", "the Rapid Support Forces"),
        ("Activists attributed a similar airstrike to the Sudanese army.", "the Sudanese army"),
        ("The attack was claimed by JNIM.", "JNIM"),
        ("Al-Shabaab claimed responsibility for the bombing in Mogadishu.", "Al-Shabaab"),
    ],
)
def test_who_an_attack_is_attributed_to_is_its_actor_not_who_attributes_it(text: str, author: str) -> None:
    (attack,) = [e for e in _extract(text).events if e.type == "ASSAULT"]
    assert attack.actor is not None and attack.actor.text == author


@pytest.mark.parametrize(
    "text",
    [
        "The ambush in the forest claimed the lives of nine soldiers.",
        "A bombing at the bus station claimed 15 lives on Sunday, police said.",
        # The parser makes "attack" a second subject of "said"; "police" is the speaker.
        "The attack left at least 30 people dead and 50 wounded, police said.",
    ],
)
def test_an_attack_that_claims_lives_or_beside_the_speaker_is_no_speaker(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    # "claim" is a reporting verb, and a trigger noun that is a reporting verb's subject names
    # who speaks ("the mission confirmed"); with "lives" as its object the "claim" kills.
    assert [e.type for e in events_of(text)] == ["ASSAULT"]


# ------------------------------------------------------------ crowd control (issue 12)
@pytest.mark.parametrize(
    "text",
    [
        "Riot police fired tear gas at the marchers outside parliament on Tuesday.",
        "Soldiers fired tear gas at demonstrators in the port city.",
    ],
)
def test_crowd_control_on_protesters_is_one_coercion_beside_the_protest(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    types = [e.type for e in events_of(text)]
    assert "PROTEST" in types
    assert types.count("COERCE") == 1
    assert "ASSAULT" not in types


def test_crowd_control_and_a_dispersal_in_one_sentence_are_one_coercion(events_of) -> None:  # type: ignore[no-untyped-def]
    types = [e.type for e in events_of("Police fired tear gas at protesters and dispersed the crowd near the stadium.")]
    assert types.count("COERCE") == 1


def test_crowd_control_that_kills_stays_an_attack(events_of) -> None:  # type: ignore[no-untyped-def]
    types = [e.type for e in events_of("Police fired tear gas at protesters, killing a teenager.")]
    assert "ASSAULT" in types and "COERCE" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Riot police fire teargas, water cannon to break up weekend protests",
        "Riot police fire teargas, water cannon at capital's marchers",
    ],
)
def test_crowd_control_in_a_sentence_that_names_a_protest_is_no_attack(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    # A headline parsed as one noun phrase proposes no protest event of its own; the protest
    # or the protesters it names still make the force used with crowd-control means alone the
    # intervention in a protest.
    types = [e.type for e in events_of(text)]
    assert "ASSAULT" not in types and "COERCE" in types


def test_crowd_control_with_no_protest_named_stays_an_attack(events_of) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" in [e.type for e in events_of("Police fired tear gas at the crowd.")]


def test_crowd_control_type_must_be_an_event_type() -> None:
    from tessera.extraction.events.lexicon import _crowd_control_type

    assert _crowd_control_type({"crowd_control_type": "coerce"}) == "COERCE"
    assert _crowd_control_type({}) is None
    with pytest.raises(ValueError, match="crowd_control_type"):
        _crowd_control_type({"crowd_control_type": "SCOLD"})


def test_crowd_control_used_to_disperse_is_the_dispersal(events_of) -> None:  # type: ignore[no-untyped-def]
    types = [e.type for e in events_of("Police fired tear gas to disperse the crowd outside the stadium.")]
    assert types == ["COERCE"]


@pytest.mark.parametrize(
    ("text", "coerced"),
    [
        ("Traders tried to loot a warehouse in the market, but police dispersed them.", True),
        ("Soldiers dispersed the march with batons near the university.", True),
        ("Gendarmes dispersed a student demonstration in the town on Friday.", True),
        ("After the raid the fighters dispersed into the forest.", False),
        # a curfew put in force, whatever the verb
        ("The governor decreed a curfew in the city after the clashes.", True),
        ("The junta instituted a 12-hour curfew on Sunday.", True),
        ("The government announced a nationwide curfew on Monday.", True),
        ("The mayor ordered a curfew in the market district.", True),
        ("The army implemented a night curfew across the province.", True),
        ("Soldiers enforced a curfew in the old town after the riots.", True),
        ("The agency enforced the new tax rules last year.", False),
        ("The ministry announced new investments in the north.", False),
    ],
)
def test_dispersing_people_or_putting_a_curfew_in_force_is_coercion(events_of, text: str, coerced: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("COERCE" in [e.type for e in events_of(text)]) is coerced


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The army recaptured the town of Kidal on Tuesday.", "ASSAULT"),
        ("Soldiers recaptured the border post after a two-hour battle.", "ASSAULT"),
        ("Police recaptured 35 of the escaped prisoners on Sunday.", "COERCE"),
    ],
)
def test_ground_recaptured_is_an_assault_and_prisoners_an_arrest(events_of, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.type for e in events_of(text) if e.trigger.text == "recaptured"] == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Insurgents captured the garrison town after heavy fighting.", "ASSAULT"),
        ("The militia captured 12 soldiers near the river on Monday.", "COERCE"),
        ("Nine rebels were captured by the army in the hills.", "COERCE"),
    ],
)
def test_ground_captured_is_an_assault_and_people_a_coercion(events_of, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.type for e in events_of(text) if e.trigger.text == "captured"] == [kind]


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Police arrested 20 students at the university on Friday, injuring several of them.", ["COERCE", "ASSAULT"]),
        ("Soldiers deployed live ammunition in the square on Monday, wounding three protesters.",
         ["MOBILIZE", "ASSAULT", "PROTEST"]),
        # a result, not a second act; and a conjunction makes the participle a circumstance
        ("The army arrested the mayor on Friday, leaving the town without a leader.", ["COERCE"]),
        ("Police arrested the leader after injuring his guards.", ["COERCE"]),
    ],
)
def test_violence_in_a_participle_of_another_material_act_is_an_act_of_its_own(  # type: ignore[no-untyped-def]
    events_of, text: str, types: list[str]
) -> None:
    assert [e.type for e in events_of(text)] == types


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The president was removed in a military takeover last year.", "takeover"),
    ],
)
def test_a_military_takeover_is_coercion(events_of, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.type for e in events_of(text) if e.trigger.text == trigger] == ["COERCE"]


def test_a_participle_on_a_bare_number_is_a_tally_not_a_description(events_of) -> None:  # type: ignore[no-untyped-def]
    # "about 200 arrested": the arrests of 200 people, beside the killings of the same count
    events = events_of("Officials said 45 people were killed and about 200 arrested in the riots.")
    assert sorted(e.type for e in events) == ["ASSAULT", "COERCE"]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Riot police dispersed the marchers in Lilongwe, leaving four people dead.", 4),
        ("The crackdown on the rally left nine dead in the capital on Friday.", 9),
        ("Riot police dispersed the marchers in Lilongwe on Tuesday.", None),
    ],
)
def test_the_dead_a_dispersal_left_are_an_attack_beside_it(events_of, text: str, toll: int | None) -> None:  # type: ignore[no-untyped-def]
    # the dispersal stays a coercion; the dead it left are the attack the annotators code
    events = events_of(text)
    assert "COERCE" in [e.type for e in events]
    assert [e.fatalities for e in events if e.type == "ASSAULT"] == ([toll] if toll else [])


@pytest.mark.parametrize(
    ("text", "sanction"),
    [
        ("The government broke off talks with the rebels on Monday.", True),
        ("The faction broke off from the ruling party in 2018.", False),
    ],
)
def test_breaking_off_talks_is_a_sanction_and_a_faction_breaking_off_none(events_of, text: str, sanction: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("SANCTION" in [e.type for e in events_of(text)]) is sanction


@pytest.mark.parametrize(
    "text",
    [
        "Parties called for the government to sever diplomatic ties with Israel.",
        "Kinshasa calls for Rwanda to end its support for the rebels.",
    ],
)
def test_calling_for_someone_to_act_is_a_request_not_the_act(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    # "for" opens the clause asked for: a demand, and what is demanded is not done
    events = events_of(text)
    assert [e.type for e in events if e.mode == "asserted"] == ["REQUEST"]


def test_an_agreement_denounced_is_ended_a_sanction(events_of) -> None:  # type: ignore[no-untyped-def]
    # "denounced the accord": the agreement is ended (annotated SANCTION), no one is accused
    events = events_of("The junta denounced the defence accord with France on Wednesday.")
    assert "SANCTION" in [e.type for e in events] and "ACCUSE" not in [e.type for e in events]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("The junta told France to withdraw its troops within a month.", "future"),
        ("The rebels were said to have withdrawn from the town.", "asserted"),
    ],
)
def test_what_someone_is_told_to_do_is_not_done(events_of, text: str, mode: str) -> None:  # type: ignore[no-untyped-def]
    # "told France to withdraw": a directive; "said to have withdrawn": hearsay of a done act
    assert [e.mode for e in events_of(text) if e.type == "RETREAT"] == [mode]


def test_a_closing_list_of_other_stories_headlines_is_no_report(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Protesters marched through the capital on Sunday to demand new elections.\n"
            "More stories\n"
            "- Gunmen kill five soldiers in northern town\n"
            "Farmers count losses after floods\n"
            "02:15\n"
            "Police release footage of deadly shooting during raid\n")
    assert [e.trigger.text for e in events_of(text)] == ["marched"]


def test_a_report_wrapped_at_a_fixed_width_keeps_its_last_lines(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Protesters marched through the capital on Sunday.\n"
            "Witnesses said that later in the day gunmen\n"
            "attacked a police post near the market and\n"
            "killed two officers before they fled into\n"
            "the hills")
    assert "ASSAULT" in [e.type for e in events_of(text)]


def test_a_report_closed_by_a_headline_or_two_keeps_them(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Protesters marched through the capital on Sunday.\n"
            "Gunmen kill five soldiers in northern town\n"
            "Reporting by our correspondent\n")
    assert "ASSAULT" in [e.type for e in events_of(text)]


def _places_of(text: str, *names: tuple[str, str]) -> list[Place]:
    found = []
    for name, feature in names:
        start = text.index(name)
        found.append(Place(text=name, start=start, end=start + len(name), name=name, country="EGY",
                           feature=feature))  # type: ignore[arg-type]
    return found


def test_an_act_told_before_any_place_is_set_in_the_town_the_next_sentence_names(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Officials said gunmen killed 31 villagers. "
            "Police asked residents to give blood for the wounded in Ismailia.")
    deaths = [e for e in events_of(text, _places_of(text, ("Ismailia", "city"))) if e.type == "ASSAULT"]
    assert deaths and deaths[0].location is not None and deaths[0].location.name == "Ismailia"


def test_a_headline_or_a_far_or_coarse_place_ahead_sets_no_earlier_act(events_of) -> None:  # type: ignore[no-untyped-def]
    headline = "Gunmen kill 31 villagers\nPolice asked residents to give blood in Ismailia."
    deaths = [e for e in events_of(headline, _places_of(headline, ("Ismailia", "city"))) if e.type == "ASSAULT"]
    assert deaths and deaths[0].location is None
    region = "Officials said gunmen killed 31 villagers. Police in the Sinai asked for blood."
    deaths = [e for e in events_of(region, _places_of(region, ("Sinai", "region"))) if e.type == "ASSAULT"]
    assert deaths and deaths[0].location is None
    named_before = ("Unrest grew across Sinai and officials said gunmen killed 31 villagers. "
                    "Police in Ismailia asked for blood.")
    deaths = [e for e in events_of(named_before, [
        Place(text="Sinai", start=named_before.index("Sinai"), end=named_before.index("Sinai") + 5, name="Sinai",
              feature="region"),
        *_places_of(named_before, ("Ismailia", "city"))]) if e.type == "ASSAULT"]
    assert deaths and (deaths[0].location is None or deaths[0].location.name != "Ismailia")


def test_two_towns_ahead_named_as_a_list_set_no_earlier_act(events_of) -> None:  # type: ignore[no-untyped-def]
    # the next sentence names two settings: neither is the earlier act's
    text = ("Officials said gunmen killed 31 villagers. "
            "Police in Ismailia and in Suez asked residents to give blood.")
    places = _places_of(text, ("Ismailia", "city"), ("Suez", "city"))
    deaths = [e for e in events_of(text, places) if e.type == "ASSAULT"]
    assert deaths and deaths[0].location is None
    # a second town told apart from the first (not in a list with it) leaves the first the setting
    apart = ("Officials said gunmen killed 31 villagers. "
             "Police asked residents to give blood in Ismailia, and troops flew the wounded to Cairo.")
    places = _places_of(apart, ("Ismailia", "city"), ("Cairo", "city"))
    deaths = [e for e in events_of(apart, places) if e.type == "ASSAULT"]
    assert deaths and deaths[0].location is not None and deaths[0].location.name == "Ismailia"
    # a town named twice in that sentence is still one setting
    once = ("Officials said gunmen killed 31 villagers. "
            "Police in Ismailia asked Ismailia's residents to give blood.")
    places = _places_of(once, ("Ismailia", "city"))
    start = once.rindex("Ismailia")
    places.append(Place(text="Ismailia", start=start, end=start + 8, name="Ismailia", country="EGY",
                        feature="city"))  # type: ignore[arg-type]
    deaths = [e for e in events_of(once, places) if e.type == "ASSAULT"]
    assert deaths and deaths[0].location is not None and deaths[0].location.name == "Ismailia"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Thousands joined anti-UN protests in Goma on Monday.", "IGO"),
        ("Thousands joined anti-French protests in Niamey on Monday.", "FRA"),
    ],
)
def test_anti_modifier_names_the_protest_recipient_never_its_actor(text: str, country: str) -> None:
    # "anti-UN": the body opposed is whom the protest is against; neither it nor the "anti"
    # before it is the protest's author
    (event,) = [e for e in _extract(text).events if e.type == "PROTEST"]
    assert event.recipient is not None and event.recipient.country == country
    assert event.actor is None or (event.actor.country != country and event.actor.text != "anti")


def test_anti_name_is_no_name_of_the_protesters() -> None:
    events = [e for e in _extract("Anti-UN protesters stormed a base in Goma on Monday.").events if e.actor]
    assert events and all(e.actor.name != "United Nations" for e in events)
