"""Trigger lexicon (tessera.extraction.events.lexicon): the surface forms that select sentences."""

from __future__ import annotations

import pytest
import spacy

from tessera.extraction.events import TriggerLexicon
from tessera.parse import MODELS


def test_every_irregular_form_of_a_trigger_verb_selects_its_sentence(lexicon: TriggerLexicon) -> None:
    # The sentence selection reads surface forms only: a past form that the regular
    # inflections do not make ("overran", "froze") must be in `irregular_forms`, or a plain
    # report such as "fighters overran the base" is never parsed. The model's own table of
    # irregular verb forms is the reference.
    nlp = spacy.load(MODELS["en"], exclude=["senter"])
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc")["verb"]
    verbs = {lemma for (pos, lemma) in lexicon.rules if pos == "verb"}
    missing = sorted(
        form
        for form, lemmas in table.items()
        if set(lemmas) & verbs
        and form.isalpha()
        and form not in lexicon.form_lemmas
        and form not in lexicon.form_requirements
    )
    # Left out on purpose: "burnt" (British past of "burn"); on the IndiaPoliceEvents study half
    # it selected only background burnings ("had been burnt alive in 1993"), sentence KILL
    # precision 0.512 -> 0.500.
    assert missing == ["burnt"]


def test_a_bare_time_is_no_object_of_the_trigger(parser, lexicon: TriggerLexicon) -> None:  # type: ignore[no-untyped-def]
    # "withdrew Tuesday": the day hangs on the verb as an adverbial noun; read as an object it
    # would fail the rule that names what is withdrawn (troops) or allows none.
    doc = parser.parse("The peacekeepers withdrew Tuesday from the northern town.").sentences[0].doc
    verb = next(t for t in doc if t.lower_ == "withdrew")
    assert any(c.dep_ == "npadvmod" for c in verb.children)  # the parse this test is about
    rule = lexicon.match(verb)
    assert rule is not None and rule.type == "RETREAT"


@pytest.mark.parametrize(
    ("text", "consult"),
    [
        ("The marchers were met with tear gas near the stadium.", False),
        ("The convoy was met by armed police at the checkpoint.", False),
        ("The envoy met the rebel commanders in the border town.", True),
    ],
)
def test_a_passive_meet_is_a_reception_not_a_meeting(  # type: ignore[no-untyped-def]
    parser, lexicon: TriggerLexicon, text: str, consult: bool
) -> None:
    # CONSULT's "meet" is `active` only: "were met with tear gas" tells how they were received.
    doc = parser.parse(text).sentences[0].doc
    verb = next(t for t in doc if t.lower_ == "met")
    rule = lexicon.match(verb)
    assert (rule is not None and rule.type == "CONSULT") is consult


def test_the_words_of_events_told_in_sequence_are_language_data() -> None:
    # "came after", "follows": read from triggers.yaml, lower-cased like every word list;
    # a language whose data names none tells no event in sequence (the lists stay empty).
    from tessera.data import load

    data = dict(load("triggers", language="en"))
    english = TriggerLexicon.from_data(data)
    assert {"come", "follow"} <= english.sequence_verbs
    assert "after" in english.sequence_marks
    data["sequence_verbs"] = ["Come", "FOLLOW"]
    assert TriggerLexicon.from_data(data).sequence_verbs == {"come", "follow"}
    del data["sequence_verbs"], data["sequence_marks"]
    bare = TriggerLexicon.from_data(data)
    assert not bare.sequence_verbs and not bare.sequence_marks


def test_roads_blocked_by_forces_are_coercion_and_by_protesters_a_protest(  # type: ignore[no-untyped-def]
    parser, lexicon: TriggerLexicon
) -> None:
    # Who blocks the road decides the type: soldiers or armed men restrict movement (COERCE),
    # protesters block roads as a protest; the agent of a passive is that subject too.
    cases = {
        "Soldiers blocked the main roads into the village on Sunday.": "COERCE",
        "The highway to the port was blocked by rebels for three days.": "COERCE",
        "Angry protesters blocked the main roads into the village on Sunday.": "PROTEST",
        "The highway to the port was blocked by farmers for three days.": "PROTEST",
    }
    for text, expected in cases.items():
        doc = parser.parse(text).sentences[0].doc
        verb = next(t for t in doc if t.lower_ == "blocked")
        rule = lexicon.match(verb)
        assert rule is not None and rule.type == expected, text


def test_a_building_stormed_by_demonstrators_is_a_protest_and_by_armed_men_an_assault(  # type: ignore[no-untyped-def]
    parser, lexicon: TriggerLexicon
) -> None:
    # Who storms decides the type: a crowd forcing its way into a ministry or a residence
    # protests; gunmen or troops storming a village or a base attack it.
    cases = {
        "Angry demonstrators stormed the finance ministry on Friday.": "PROTEST",
        "Hundreds of party workers stormed into the governor's residence.": "PROTEST",
        "Gunmen stormed the village before dawn on Friday.": "ASSAULT",
        "Special forces stormed the hotel where the hostages were held.": "ASSAULT",
    }
    for text, expected in cases.items():
        doc = parser.parse(text).sentences[0].doc
        verb = next(t for t in doc if t.lower_ == "stormed")
        rule = lexicon.match(verb)
        assert rule is not None and rule.type == expected, text


def test_a_crowd_falling_back_is_no_withdrawal_of_forces(  # type: ignore[no-untyped-def]
    parser, lexicon: TriggerLexicon
) -> None:
    # `not_subjects`: a street crowd that retreats or withdraws is the protest's course;
    # forces, rebels or a named group that do so give up ground (RETREAT).
    cases = {
        "Most demonstrators had retreated into the side streets by nightfall.": None,
        "Thousands of protesters withdrew from the square after the police charge.": None,
        "The rioters retreated behind their barricades.": None,
        "The rebels retreated from the town on Tuesday.": "RETREAT",
        "Government troops withdrew from the border post overnight.": "RETREAT",
        "The M23 retreated towards the hills.": "RETREAT",
    }
    for text, expected in cases.items():
        doc = parser.parse(text).sentences[0].doc
        verb = next(t for t in doc if t.lower_ in ("retreated", "withdrew"))
        rule = lexicon.match(verb)
        assert (rule.type if rule is not None else None) == expected, text


def test_demonstrate_with_an_object_shows_and_without_one_protests(  # type: ignore[no-untyped-def]
    parser, lexicon: TriggerLexicon
) -> None:
    # `objects: [null]` alone: the rule holds only for the verb used without a direct object.
    cases = {
        "Hundreds of students demonstrated outside the ministry on Monday.": "PROTEST",
        "Farmers demonstrated against the new land law.": "PROTEST",
        "The garrison demonstrated remarkable courage during the siege.": None,
        "These results demonstrate the growing skill of the new unit.": None,
    }
    for text, expected in cases.items():
        doc = parser.parse(text).sentences[0].doc
        verb = next(t for t in doc if t.lower_.startswith("demonstrat"))
        rule = lexicon.match(verb)
        assert (rule.type if rule is not None else None) == expected, text


@pytest.mark.parametrize(
    ("text", "selected"),
    [
        ("The spokesman said the claim was not true.", True),
        ("The spokesman said those allegations were false.", True),
        ("The minister said the sanctions were unfounded.", True),
        # Without a rejected noun, or a truth predicate without a negation: common words.
        ("He carried false papers at the border.", False),
        ("It was a true story, the farmer said.", False),
        ("The spokesman said the claim was true.", False),
    ],
)
def test_a_claim_called_false_selects_its_sentence(lexicon: TriggerLexicon, text: str, selected: bool) -> None:
    doc = spacy.blank("en")(text)
    assert lexicon.has_trigger(doc) is selected


@pytest.mark.parametrize(
    ("text", "selected"),
    [
        ('"This was an act of cowardice," the mayor said.', True),
        ("The governor said the attack was unacceptable.", True),
        # Without a copula and an act as subject, a word of condemnation selects nothing.
        ("The firefighters showed no cowardice during the blaze.", False),
        ("The new fares are unacceptable to most commuters.", False),
    ],
)
def test_an_act_called_a_crime_selects_its_sentence(lexicon: TriggerLexicon, text: str, selected: bool) -> None:
    doc = spacy.blank("en")(text)
    assert lexicon.has_trigger(doc) is selected


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The air defence units downed an armed drone over the border town.", "ASSAULT"),
        ("The minister condemned the downing of the drone by the neighbouring army.", "ASSAULT"),
        ("Youths threw petrol bombs and improvised explosives at the patrol.", "ASSAULT"),
        ("Prison guards have recaptured forty of the escapees.", "COERCE"),
        ("Police caught the suspected kidnapper at a checkpoint outside the city.", "COERCE"),
        ("The president dissolved the chamber and suspended the constitution.", "COERCE"),
        ("Soldiers closed the market after the shelling.", "COERCE"),
        ("The gunmen were surrounded by police inside the studio.", "COERCE"),
        ("Armed men laid siege to the central bank in the capital.", "COERCE"),
    ],
)
def test_trigger_entries_added_from_real_news(events_of, text: str, event_type: str) -> None:  # type: ignore[no-untyped-def]
    # Acts the English real-news dev set reports that no entry caught (issue 12): bringing
    # down aircraft, objects thrown, prisoners taken back, suspects caught, a chamber
    # dissolved, a market closed, people hemmed in by the police, a siege laid.
    assert event_type in {e.type for e in events_of(text) if e.mode == "asserted"}


@pytest.mark.parametrize(
    ("text", "mobilized"),
    [
        ("Riot police guarded the banks and shops along the main avenue.", True),
        ("The ministry was guarded by soldiers after the shooting.", True),
        ("A cordon was thrown around the market by the gendarmes.", True),
        ("Police set up a cordon around the stadium before the match.", True),
        # Not forces, or not a building or a site: no deployment; a cordon with no light verb
        # is no act.
        ("The family guarded the secret for decades.", False),
        ("Volunteers guarded the nesting turtles on the beach.", False),
        ("A cordon of supporters formed around the candidate.", False),
    ],
)
def test_forces_guarding_a_place_or_a_cordon_thrown_are_deployed(  # type: ignore[no-untyped-def]
    events_of, text: str, mobilized: bool
) -> None:
    # Forces posted to guard a building or a site, or a cordon thrown around a place: a
    # deployment (MOBILIZE), as "surrounded the barracks" and "cordoned off the area" are.
    assert ("MOBILIZE" in {e.type for e in events_of(text) if e.mode == "asserted"}) is mobilized


@pytest.mark.parametrize(
    ("text", "selected"),
    [
        # "Guard" as the later word of a capitalised name names a body: the sentence holds
        # no act to parse for (with "base", a site a force guards, it would be selected).
        ("The Ohio Army National Guard returned to its base in Columbus.", False),
        ("Soldiers of the Republican Guard were seen near the embassy.", False),
        # The same word not inside a name still selects it.
        ("Soldiers guarded the ministry in Columbus.", True),
        ("Two army units guard the ministry in Columbus.", True),
        # A heading set in title case capitalises its verbs: every word still counts, a
        # hyphened word's lower-case end included ("Army-led").
        ("Riot Police Guard Banks in Lagos", True),
        ("Army-led Units Guard Palace in Bamako", True),
        # Only the words listed as name words: another trigger inside a name still selects.
        ("A spokesman for the Attack Helicopter Squadron spoke in Kano.", True),
    ],
)
def test_a_name_word_inside_a_name_selects_nothing(lexicon: TriggerLexicon, text: str, selected: bool) -> None:
    doc = spacy.blank("en")(text)
    assert lexicon.has_trigger(doc) is selected


@pytest.mark.parametrize(
    ("text", "protests"),
    [
        ("March 9, 2024\n\nGunmen killed seven villagers in an attack on a village in Zamfara state.", False),
        ("March 15 - Gunmen killed seven villagers in an attack on a village in Zamfara state.", False),
        ("Thousands of students took part in a march through the capital on Friday.", True),
    ],
)
def test_a_capitalised_month_before_a_day_is_no_march(events_of, text: str, protests: bool) -> None:  # type: ignore[no-untyped-def]
    # A dateline or a sentence opening "March 9, 2024" names the month, not a protest march.
    assert any(e.type == "PROTEST" for e in events_of(text)) is protests


@pytest.mark.parametrize(
    "text",
    [
        "The warehouse caught fire on Sunday night.",
        "The shop closed early because of the holiday.",
        "The fans were surrounded by reporters outside the stadium.",
    ],
)
def test_trigger_entries_keep_their_constraints(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events_of(text) if e.type == "COERCE"]


@pytest.mark.parametrize(
    ("text", "selected"),
    [
        ("The minister said the attackers will pay a heavy price.", True),
        ("Those responsible would be brought to justice, the governor said.", True),
        # The common verb without its punishment word selects nothing.
        ("The company will pay its workers on Friday.", False),
        ("The bus brought the pupils to school.", False),
        # A sanction verb needs a word of free choice to select its sentence.
        ("He warned that any gathering would be confronted by the police.", True),
        ("The two leaders confronted each other in parliament.", False),
    ],
)
def test_a_punishment_promised_selects_its_sentence(lexicon: TriggerLexicon, text: str, selected: bool) -> None:
    doc = spacy.blank("en")(text)
    assert lexicon.has_trigger(doc) is selected


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        # The "as" phrase the parser hangs on the verb's object, with a noun or an adjective
        # for its head, and the words coordinated with that head.
        ("The regional governor described the raid as a crime.", True),
        ("The regional governor described the raid as barbaric.", True),
        ("The minister described the bombing as senseless and heinous.", True),
        # Words that name no crime stay a description.
        ("Residents described the market as quiet.", False),
        ("The envoy described the talks as frank and useful.", False),
    ],
)
def test_a_crime_word_in_an_as_phrase_on_the_object_accuses(  # type: ignore[no-untyped-def]
    events_of, text: str, accused: bool
) -> None:
    assert ("ACCUSE" in {e.type for e in events_of(text)}) is accused


def test_forces_counted_or_gathered_in_the_subject_arrive_and_pour_in(  # type: ignore[no-untyped-def]
    parser, lexicon: TriggerLexicon
) -> None:
    # A subject that counts or gathers the doers ("hundreds of", "a convoy of") names them by
    # the noun after "of" (`subject_collectives`); forces pouring or streaming into a place arrive.
    cases = {
        "Hundreds of gendarmes arrived in the northern town on Sunday.": ("arrived", "MOBILIZE"),
        "A convoy of soldiers arrived at the border post before dawn.": ("arrived", "MOBILIZE"),
        "Riot police streamed into the old city after the curfew began.": ("streamed", "MOBILIZE"),
        "Thousands of troops poured into the province over the weekend.": ("poured", "MOBILIZE"),
        "Hundreds of refugees poured into the province over the weekend.": ("poured", None),
        "A team of ministers arrived in the northern town on Sunday.": ("arrived", "CONSULT"),
    }
    for text, (word, expected) in cases.items():
        doc = parser.parse(text).sentences[0].doc
        verb = next(t for t in doc if t.lower_ == word)
        rule = lexicon.match(verb)
        assert (rule.type if rule is not None else None) == expected, text
