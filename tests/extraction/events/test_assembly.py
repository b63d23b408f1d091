"""Event records (tessera.extraction.events.assembly): the place an event takes."""

from __future__ import annotations

import datetime as dt

import pytest

from tessera.records import Article, Place


def _place(text: str, name: str, country: str) -> Place:
    start = text.index(name)
    return Place(text=name, start=start, end=start + len(name), name=name, country=country, feature="city")


def test_a_place_in_a_clause_that_sets_another_scene_is_not_the_events(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "The latest bombing comes as government forces prepare for an offensive on Kandala."
    events = events_of(text, [_place(text, "Kandala", "MLI")])
    bombing = next(e for e in events if e.trigger.text == "bombing")
    assert bombing.location is None or bombing.location.name != "Kandala"


@pytest.mark.parametrize(
    ("text", "far"),
    [
        # a phrase of comparison
        ("Officials said the bombing was much like the bombings in Kandala.", "Kandala"),
        # the noun's own apposition
        ("The ambush, the bloodiest since the Kandala uprising, shocked the region.", "Kandala"),
        # an adverbial clause the noun is not in
        ("The minister condemned these raids, recalling the war in Kandala.", "Kandala"),
        # the saying clause around a quote that tells the noun
        ('"We know who ordered these raids," he said, but later mentioning the war in Kandala.', "Kandala"),
    ],
)
def test_a_definite_act_noun_takes_no_place_from_what_its_sentence_sets_beside_it(  # type: ignore[no-untyped-def]
        events_of, text: str, far: str) -> None:
    # "the bombing", "these raids" name an act told before: a place in a comparison, in the
    # noun's apposition or in a clause beside it is another scene's.
    events = events_of(text, [_place(text, far, "MLI")])
    noun = next(e for e in events if e.type == "ASSAULT")
    assert noun.location is None or noun.location.name != far


def test_an_indefinite_act_noun_or_its_own_phrase_still_takes_the_place(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "The bombing in Gao was much like the bombings in Kandala."
    events = events_of(text, [_place(text, "Gao", "MLI"), _place(text, "Kandala", "MLI")])
    noun = next(e for e in events if e.trigger.start == text.index("bombing"))
    assert noun.location is not None and noun.location.name == "Gao"
    text = "A bombing was reported, like the bombings in Kandala."
    events = events_of(text, [_place(text, "Kandala", "MLI")])
    assert any(e.type == "ASSAULT" for e in events)


def test_a_past_as_clause_beside_a_past_event_tells_the_same_scene(events_of) -> None:  # type: ignore[no-untyped-def]
    # Both clauses tell what happened, at one time: the clause's town is the event's where the
    # event's own clause names none.
    text = "Protesters fell to the ground as the soldiers started shooting in the centre of Kandala."
    events = events_of(text, [_place(text, "Kandala", "MLI")])
    fell = next(e for e in events if e.trigger.text == "fell")
    assert fell.location is not None and fell.location.name == "Kandala"
    # the event's own place still wins over the clause's
    text = "Protesters fell to the ground in Gao as the soldiers started shooting in Kandala."
    events = events_of(text, [_place(text, "Gao", "MLI"), _place(text, "Kandala", "MLI")])
    fell = next(e for e in events if e.trigger.text == "fell")
    assert fell.location is not None and fell.location.name == "Gao"
    # a passive with a past auxiliary is told in the past too
    text = "Three people were killed as police fired on protesters in Kandala."
    events = events_of(text, [_place(text, "Kandala", "MLI")])
    killed = next(e for e in events if e.fatalities == 3)
    assert killed.location is not None and killed.location.name == "Kandala"


def test_a_place_in_a_clause_of_the_same_incident_stays(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "Six villagers were killed when gunmen stormed a market in Kandala."
    events = events_of(text, [_place(text, "Kandala", "MLI")])
    killed = next(e for e in events if e.type == "ASSAULT")
    assert killed.location is not None and killed.location.name == "Kandala"


def test_a_town_a_long_distance_is_measured_from_is_not_the_events_place(events_of) -> None:  # type: ignore[no-untyped-def]
    # As the French stage: where the distance starts, not where the act happened; the story's
    # focus (its state, named before) places it instead.
    text = ("Protesters have held the centre of Oaxaca for months. About 4,000 police officers moved into "
            "the city, about 230 miles southeast of Mexico City, on Sunday morning.")
    places = [_division(text, "Oaxaca", "MEX", "admin1"), _place(text, "Mexico City", "MEX")]
    moved = next(e for e in events_of(text, places) if e.trigger.text == "moved")
    assert moved.location is not None and moved.location.name == "Oaxaca"
    # with no focus of the story's own, its country, not the town
    text = "About 4,000 police officers moved into the city, about 230 miles southeast of Mexico City, on Sunday."
    moved = next(e for e in events_of(text, [_place(text, "Mexico City", "MEX")]) if e.trigger.text == "moved")
    assert moved.location is not None and moved.location.feature == "country" and moved.location.country == "MEX"
    # a short distance with a compass word is no such reference (`places.offset_points` moves the point)
    text = "Gunmen killed three villagers in Kandala, 20 km from Gao, on Sunday."
    killed = next(e for e in events_of(text, [_place(text, "Kandala", "MLI"), _place(text, "Gao", "MLI")])
                  if e.type == "ASSAULT")
    assert killed.location is not None and killed.location.name == "Kandala"


def _division(text: str, name: str, country: str, feature: str) -> Place:
    start = text.index(name)
    return Place(text=name, start=start, end=start + len(name), name=name, country=country, feature=feature)


def test_an_article_that_names_its_country_only_through_its_towns_places_events_in_that_country(
    events_of,
) -> None:  # type: ignore[no-untyped-def]
    text = ("Soldiers fired tear gas at protesters in Khartoum and Omdurman on Monday. "
            "Later, the army arrested dozens of activists.")
    places = [_place(text, "Khartoum", "SDN"), _place(text, "Omdurman", "SDN")]
    arrested = next(e for e in events_of(text, places) if e.trigger.text == "arrested")
    # The country, not one of its towns: the sentence names none.
    assert arrested.location is not None
    assert (arrested.location.name, arrested.location.feature, arrested.location.country) == ("Sudan", "country", "SDN")
    assert arrested.location.lat is not None and text[arrested.location.start : arrested.location.end] == "Omdurman"


def test_a_named_country_or_region_comes_before_its_towns_as_the_focus(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Airstrikes hit Rafah and Khan Younis in the Gaza Strip on Monday. "
            "Later, the army arrested dozens of activists.")
    places = [_place(text, "Rafah", "PSE"), _place(text, "Khan Younis", "PSE"),
              _division(text, "Gaza Strip", "PSE", "region")]
    arrested = next(e for e in events_of(text, places) if e.trigger.text == "arrested")
    assert arrested.location is not None and arrested.location.name == "Gaza Strip"
    # A place the report is told from is not the article's focus.
    text = "NIAMEY, March 3 - Later, the army arrested dozens of activists."
    dateline = _place(text, "NIAMEY", "NER").model_copy(update={"role": "dateline"})
    arrested = next(e for e in events_of(text, [dateline]) if e.trigger.text == "arrested")
    assert arrested.location is None or arrested.location.role == "dateline"


def _dated_events(parser, lexicon, knowledge_base, text: str, published):  # type: ignore[no-untyped-def]
    from tessera.extraction.dates import extract_dates
    from tessera.extraction.events import extract_events

    parsed = parser.parse(text)
    return extract_events(
        parsed,
        places=[],
        dates=extract_dates(parsed, published),
        quantities=[],
        knowledge_base=knowledge_base,
        lexicon=lexicon,
        published=published,
        article_id="test",
    )


def test_an_event_its_own_words_date_after_the_report_is_yet_to_come(parser, lexicon, knowledge_base) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    text = "The handover goes on in stages, starting with a full withdrawal of the brigade from Kasai by June 15."
    events = _dated_events(parser, lexicon, knowledge_base, text, dt.date(2031, 3, 2))
    withdrawal = next(e for e in events if e.type == "RETREAT")
    assert withdrawal.mode == "future"
    # The same words in a report filed after that day tell what happened.
    later = _dated_events(parser, lexicon, knowledge_base, text, dt.date(2031, 7, 1))
    assert next(e for e in later if e.type == "RETREAT").mode == "asserted"


def test_a_later_date_of_another_clause_leaves_the_event_asserted(parser, lexicon, knowledge_base) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    text = "The rebels declared a truce to coincide with next month's elections."
    events = _dated_events(parser, lexicon, knowledge_base, text, dt.date(2031, 3, 2))
    truce = next(e for e in events if e.trigger.text == "truce")
    assert truce.mode == "asserted"



@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("Fighting between the army and the rebels left 40 dead on Friday.", 40),
        ("Fighting in the hills left 17 people dead on Sunday.", 17),
    ],
)
def test_a_gerund_that_is_its_verbs_subject_takes_the_toll_of_that_verb(events_of, text, fatalities) -> None:  # type: ignore[no-untyped-def]
    # "Fighting ... left 40 dead": the gerund reads as a noun would, its verb's clause is the event's.
    assert [e.fatalities for e in events_of(text) if e.type == "ASSAULT"] == [fatalities]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Syria monitor: Over 20 killed in Idlib car bomb blast", "Over 20"),
        ("Nigeria: More than 30 killed in bandit raid on Zamfara village", "More than 30"),
    ],
)
def test_a_headline_toll_keeps_the_quantity_it_was_read_from(events_of, text, figure) -> None:  # type: ignore[no-untyped-def]
    assault = next(e for e in events_of(text, quantities=True) if e.type == "ASSAULT")
    assert assault.fatalities is not None
    stated = [q for q in assault.quantities if q.value == assault.fatalities]
    assert [q.text for q in stated] == [figure] and stated[0].approximate


@pytest.mark.parametrize(
    "text",
    [
        "KADUNA, Nigeria (Reuters) - Gunmen killed 12 villagers on Sunday, police said.",
        "MOGADISHU, Somalia (AP) -- A car bomb killed eight people on Sunday, police said.",
    ],
)
def test_a_datelines_finest_place_is_the_fallback_not_its_country(pipeline, text) -> None:  # type: ignore[no-untyped-def]
    # The sentence names no place of its own: the dateline's city (or the division named
    # after it), never the country written after it, stands in.
    document = pipeline.extract(Article(id="dateline", text=text, language="en", published=dt.date(2024, 5, 6)))
    (incident,) = document.incidents
    assert incident.location is not None
    assert incident.location.feature != "country"


def test_a_sentence_told_again_word_for_word_tells_its_events_once(events_of) -> None:  # type: ignore[no-untyped-def]
    # A page's title, then the same words as its headline: one report, not two incidents;
    # the events are read from the last copy, the one above the lead.
    headline = "Gunmen kill seven herders in raid on cattle market"
    text = f"{headline}\n\n{headline}\n\nGunmen killed seven herders on Sunday in a raid on a cattle market."
    events = events_of(text)
    told = [e for e in events if e.trigger.start < text.rindex("Gunmen killed")]
    assert len(told) == 1
    assert told[0].trigger.start > text.index(headline) + len(headline)


def test_a_town_named_only_in_what_an_apposition_says_of_the_state_is_not_the_events_place(
    events_of,
) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen killed six soldiers in an ambush in Sinaloa, a northern state troubled by violence "
            "from its Culiacan suburbs to its hills, officials said.")
    state = _division(text, "Sinaloa", "MEX", "admin1").model_copy(update={"admin1": "Sinaloa"})
    town = _place(text, "Culiacan", "MEX").model_copy(update={"admin1": "Sinaloa"})
    ambush = next(e for e in events_of(text, [state, town]) if e.trigger.text == "ambush")
    assert ambush.location is not None and ambush.location.name == "Sinaloa"



@pytest.mark.parametrize(
    ("text", "trigger", "modifier", "where"),
    [
        # the country before the event's own noun says whose strike it was
        ("A US drone strike killed four smugglers believed to be hiding in eastern Libya.", "strike", "US", "Libya"),
        # ... and before the noun of an act that is the subject of the event's verb
        ("A suspected UK drone strike killed four men believed to be smugglers in eastern Libya.", "killed", "UK",
         "Libya"),
    ],
)
def test_a_country_before_the_noun_of_the_act_is_whose_not_where(  # type: ignore[no-untyped-def]
    events_of, text: str, trigger: str, modifier: str, where: str
) -> None:
    places = [_division(text, modifier, modifier, "country"), _division(text, where, where.upper()[:3], "country")]
    evs = events_of(text, places)
    event = next(e for e in evs if e.trigger.text == trigger)
    assert event.location is not None and event.location.name == where


def test_a_town_before_the_noun_of_the_act_stays_its_place(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "The Kandala bombing killed nine people on Sunday."
    event = next(e for e in events_of(text, [_place(text, "Kandala", "MLI")]) if e.type == "ASSAULT")
    assert event.location is not None and event.location.name == "Kandala"
