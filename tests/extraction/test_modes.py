"""Modes (tessera.extraction.modes): how the text presents an event."""

from __future__ import annotations

import pytest

from tessera.extraction.events import TriggerLexicon
from tessera.records import Article


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # The lemmatiser reads "hoping" as "hop": the governor is known by its form too.
        ("The president is hoping to reach a peace deal with the rebel force.", "AGREE"),
        ("The army is planning to deploy more troops to the border.", "MOBILIZE"),
    ],
)
def test_a_plan_or_hope_is_future_whatever_the_lemma(events_of, text: str, event_type: str) -> None:  # type: ignore[no-untyped-def]
    modes = {e.mode for e in events_of(text) if e.type == event_type}
    assert modes == {"future"}


def test_governor_lists_hold_inflected_forms() -> None:
    cues = TriggerLexicon.default().mode_cues
    assert {"hope", "hoping", "hoped", "plans"} <= cues.future_governors
    assert {"refused", "denying"} <= cues.negating_governors


@pytest.mark.parametrize(
    "text",
    [
        "Fears of a fresh assault on the provincial capital grew on Tuesday.",
        "Diplomats spoke of the danger of a rebel offensive on the port.",
        "The risk of a coup remains high, analysts said.",
        "Half the valley is in need of food aid, the agency said.",
    ],
)
def test_what_a_fear_or_threat_noun_foresees_is_possible_only(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in events_of(text) if e.type in ("ASSAULT", "COERCE", "AID")]
    assert events and {e.mode for e in events} == {"hypothetical"}


@pytest.mark.parametrize(
    "text",
    [
        "No one was killed, the police said.",
        "No civilians were killed, the army said.",
        "None of the passengers were abducted.",
    ],
)
def test_a_trigger_whose_own_subject_is_no_one_did_not_happen(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    events = events_of(text)
    assert events and {e.mode for e in events} == {"negated"}


def test_a_shooting_in_which_no_one_was_killed_took_place(events_of) -> None:  # type: ignore[no-untyped-def]
    events = events_of("No one was killed in the shooting at the depot, the police said.")
    assert {e.mode for e in events if e.type == "ASSAULT"} == {"asserted"}


def test_a_negative_subject_of_another_verb_leaves_the_event_asserted(events_of) -> None:  # type: ignore[no-untyped-def]
    events = events_of("No group has claimed the bombing, which killed nine traders in the market.")
    assert "asserted" in {e.mode for e in events if e.type == "ASSAULT"}


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Intelligence showed the gang was planning a raid on the depot.", "future"),
        ("The council is considering sanctions against the two ministers.", "hypothetical"),
        ("Farmers in the valley fear a fresh attack by the militia.", "hypothetical"),
    ],
)
def test_an_event_planned_or_feared_as_an_object_did_not_happen_yet(events_of, text: str, mode: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in events_of(text) if e.type in ("ASSAULT", "SANCTION")]
    assert events and {e.mode for e in events} == {mode}


def test_an_event_done_after_a_plan_is_asserted(events_of) -> None:  # type: ignore[no-untyped-def]
    events = events_of("The militia carried out the raid it had planned for weeks.")
    assert "asserted" in {e.mode for e in events if e.type == "ASSAULT"}


@pytest.mark.parametrize(
    "text",
    [
        "Guards prevented the crowd from storming the prison.",
        "Officers said they thwarted a plan to bomb the stadium.",
    ],
)
def test_what_was_prevented_did_not_happen(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in events_of(text) if e.type == "ASSAULT"]
    assert events and {e.mode for e in events} <= {"negated", "future"}


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The rebels pulled out of the river port without a fight on Sunday.", "RETREAT"),
        ("Armed men killed six herders without warning near the wells.", "ASSAULT"),
    ],
)
def test_without_negates_what_it_governs_not_the_verb_it_hangs_on(events_of, text: str, event_type: str) -> None:  # type: ignore[no-untyped-def]
    assert {e.mode for e in events_of(text) if e.type == event_type} == {"asserted"}


@pytest.mark.parametrize(
    "text",
    [
        "The rally in the capital went ahead without any clashes.",
        "The rebels left the port without firing a shot.",
    ],
)
def test_an_event_inside_without_did_not_happen(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert {e.mode for e in events_of(text) if e.type == "ASSAULT"} == {"negated"}


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen suspected to be herders attacked two hamlets on Friday night.",
        "Four traders died when their truck struck an IED suspected to have been planted by the insurgents.",
    ],
)
def test_a_hedge_on_who_did_it_leaves_the_event_asserted(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in events_of(text) if e.type == "ASSAULT"]
    assert events and {e.mode for e in events} == {"asserted"}


@pytest.mark.parametrize(
    "text",
    [
        "The prefect suspected that the gang attacked the bank.",
        "Aid workers fear a possible attack on the camp.",
    ],
)
def test_a_suspicion_or_a_possibility_stated_as_such_is_hypothetical(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in events_of(text) if e.type == "ASSAULT"]
    assert events and {e.mode for e in events} == {"hypothetical"}


def test_a_verb_of_ending_is_no_noun_of_ending(events_of) -> None:  # type: ignore[no-untyped-def]
    # "end in clashes" reports clashes; "put an end to the fighting" stops it.
    assert {e.mode for e in events_of("Such marches often end in clashes with the police.") if e.type == "ASSAULT"} == {
        "asserted"
    }
    assert {e.mode for e in events_of("The truce put an end to the fighting.") if e.type == "ASSAULT"} == {"negated"}


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ('"Withdraw your soldiers from our villages," the elder said.', "RETREAT"),
        ("Let them lay down their weapons before the rains.", "RETREAT"),
    ],
)
def test_an_imperative_asks_for_an_event_it_does_not_report(events_of, text: str, event_type: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in events_of(text) if e.type == event_type]
    assert events and {e.mode for e in events} == {"future"}


def test_a_headline_without_an_auxiliary_is_no_imperative(events_of) -> None:  # type: ignore[no-untyped-def]
    assert {e.mode for e in events_of("Gunmen attack village in Zamfara, kill 12") if e.type == "ASSAULT"} == {
        "asserted"
    }


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Navy to send more troops to the disputed islands", "MOBILIZE"),
        ("* Regional bloc to impose sanctions on coup leaders", "SANCTION"),
        ("More police to be sent to the border town", "MOBILIZE"),
        ("Kenya to withdraw its soldiers from Somalia, says minister", "RETREAT"),
        ("Chad's army to launch offensive against rebels", "ASSAULT"),
    ],
)
def test_a_headline_infinitive_announces_an_act_to_come(events_of, text: str, event_type: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in events_of(text) if e.type == event_type]
    assert events and {e.mode for e in events} == {"future"}


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The navy is to send more troops to the disputed islands.", "MOBILIZE"),
        ("The regional bloc is to impose sanctions on the coup leaders.", "SANCTION"),
        ("The rebels were to withdraw from the town by Friday.", "RETREAT"),
    ],
)
def test_be_to_with_an_infinitive_arranges_an_act_to_come(events_of, text: str, event_type: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in events_of(text) if e.type == event_type]
    assert events and {e.mode for e in events} == {"future"}


def test_an_infinitive_under_a_finite_verb_keeps_its_mode(events_of) -> None:  # type: ignore[no-untyped-def]
    # Prose hangs the infinitive on a verb: what it reports was done.
    events = events_of("The navy sent more troops to the disputed islands.")
    assert {e.mode for e in events if e.type == "MOBILIZE"} == {"asserted"}


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The governor could not confirm the toll and denied that the town had fallen.", "REJECT"),
        ("The army will not comment and says rebels attacked the convoy.", "ASSAULT"),
    ],
)
def test_a_conjunct_with_its_own_tense_keeps_its_own_negation(events_of, text: str, event_type: str) -> None:  # type: ignore[no-untyped-def]
    modes = {e.mode for e in events_of(text) if e.type == event_type}
    assert modes == {"asserted"}


def test_a_bare_conjunct_shares_the_negation_of_the_first(events_of) -> None:  # type: ignore[no-untyped-def]
    modes = {e.mode for e in events_of("The soldiers did not attack and kill the villagers.") if e.type == "ASSAULT"}
    assert modes == {"negated"}


@pytest.mark.parametrize(
    "text",
    [
        "Rumours that spread through the market on Friday claimed that a trader had been beaten and killed.",
        "Rumors said that soldiers had burned down the mosque in the village.",
        "Speculation claimed that the rebels had kidnapped the governor.",
    ],
)
def test_what_hearsay_claims_is_unverified(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in events_of(text) if e.type in ("ASSAULT", "COERCE")]
    assert events and {e.mode for e in events} == {"hypothetical"}


@pytest.mark.parametrize(
    "text",
    [
        "Police said that gunmen had beaten and killed a trader in the market on Friday.",
        "Reports claimed that soldiers had burned down the mosque in the village.",
        "Rumours of an attack spread on Monday, and gunmen killed five villagers near the town.",
    ],
)
def test_what_a_source_says_is_still_reported(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in events_of(text) if e.type in ("ASSAULT", "COERCE")]
    assert events and "hypothetical" not in {e.mode for e in events}


def test_an_act_joined_to_the_rumour_with_its_own_subject_is_told(events_of) -> None:  # type: ignore[no-untyped-def]
    # the rumour's act is unverified; the act told after "and" with a subject of its own is the report's
    modes = {e.trigger.text: e.mode for e in events_of(
        "Rumours claimed that a pastor had been kidnapped, and on Sunday gunmen burned the church in Jos in revenge.")}
    assert modes == {"kidnapped": "hypothetical", "burned": "asserted"}


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Fifty rebels tried to seize the town of Kapa on Monday.", "ASSAULT"),
        ("Gunmen attempted to storm the army base in Gao on Tuesday.", "ASSAULT"),
        ("Rebels have tried to seize the town of Kapa twice this year.", "ASSAULT"),
        ("Police tried to disperse the students in Kano on Friday with batons.", "COERCE"),
    ],
)
def test_an_act_attempted_in_the_past_took_place_as_the_attempt(events_of, text: str, event_type: str) -> None:  # type: ignore[no-untyped-def]
    # "tried to seize the town" reports the attempt, an act done, as "an attempt to storm the
    # base" does; not a plan.
    modes = {e.mode for e in events_of(text) if e.type == event_type}
    assert modes == {"asserted"}


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("The rebels will try to seize the town of Kapa.", "future"),
        ("Rebels are trying to seize the town of Kapa.", "future"),
        ("Rebels try to seize the town of Kapa every dry season.", "future"),
        ("The rebels did not try to attack the town of Kapa.", "negated"),
    ],
)
def test_an_attempt_still_to_come_or_denied_is_no_act_done(events_of, text: str, mode: str) -> None:  # type: ignore[no-untyped-def]
    modes = {e.mode for e in events_of(text) if e.type == "ASSAULT"}
    assert modes == {mode}


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Fighting resumed in Bamako on Monday, months after rebels tried to seize the town of Kapa.", "seize"),
        ("Fighting resumed in Bamako on Monday, months after rebels attacked the town of Kapa.", "attacked"),
        ("Fighting resumed in Bamako on Monday, two years after the army tried to disarm the militia in the north.",
         "disarm"),
        ("Fighting resumed in Bamako on Monday, two years after the army began to disarm the militia in the north.",
         "disarm"),
        ("Fighting resumed in Bamako on Monday, months after gunmen attempted to storm the army base.", "storm"),
        # A frequency on the verb of attempt: several acts, as "repeatedly attacked".
        ("Rebels repeatedly tried to seize the town of Kapa last year.", "seize"),
    ],
)
def test_an_act_attempted_or_begun_in_a_period_past_is_context(pipeline, text: str, act: str) -> None:  # type: ignore[no-untyped-def]
    # The period ("months after ...") hangs on the verb of attempt or the aspectual verb, not
    # on the act its infinitive tells: it frames the act all the same, background of the
    # report, as it does the plain verb ("months after rebels attacked the town").
    document = pipeline.extract(Article(id="t", text=text, published="2024-03-10", language="en"))
    acts = {e.id for e in document.events if e.trigger.text == act}
    incidents = [i for i in document.incidents if acts & set(i.events)]
    assert incidents, [(e.type, e.trigger.text, e.mode) for e in document.events]
    assert all(i.mode == "asserted" and i.context for i in incidents), [
        (i.type, i.mode, i.context) for i in incidents]


def test_an_attempt_on_the_day_told_stays_an_incident(pipeline) -> None:  # type: ignore[no-untyped-def]
    # No period, no frequency: the attempt of the report's own day is its news.
    document = pipeline.extract(Article(
        id="t", text="Fifty rebels tried to seize the town of Kapa on Monday.", published="2024-03-10", language="en"))
    acts = {e.id for e in document.events if e.trigger.text == "seize"}
    incidents = [i for i in document.incidents if acts & set(i.events)]
    assert incidents and not any(i.context for i in incidents), [(i.type, i.mode, i.context) for i in incidents]
