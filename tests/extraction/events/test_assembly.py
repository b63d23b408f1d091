"""Event records (tessera.extraction.events.assembly): the place an event takes."""

from __future__ import annotations

from tessera.records import Place


def _place(text: str, name: str, country: str) -> Place:
    start = text.index(name)
    return Place(text=name, start=start, end=start + len(name), name=name, country=country, feature="city")


def test_a_place_in_a_clause_that_sets_another_scene_is_not_the_events(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "The latest bombing comes as government forces prepare for an offensive on Kandala."
    events = events_of(text, [_place(text, "Kandala", "MLI")])
    bombing = next(e for e in events if e.trigger.text == "bombing")
    assert bombing.location is None or bombing.location.name != "Kandala"


def test_a_place_in_a_clause_of_the_same_incident_stays(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "Six villagers were killed when gunmen stormed a market in Kandala."
    events = events_of(text, [_place(text, "Kandala", "MLI")])
    killed = next(e for e in events if e.type == "ASSAULT")
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
