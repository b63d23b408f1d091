"""Geocoder ranking on a small hand-made gazetteer (no GeoNames load), plus the default one."""

from __future__ import annotations

import dataclasses

import pytest

from tessera.resolve.gazetteer import UNRECORDED, Country, Gazetteer, GazetteerEntry
from tessera.resolve.geocoder import Geocoder, Mention


def _country(iso2: str, iso3: str, name: str, lat: float, lon: float, population: int) -> Country:
    return Country(iso2, iso3, name, 100 + len(name), GazetteerEntry(name, "country", lat, lon, iso2, None, population))


NIGER = _country("NE", "NER", "Niger", 18.0, 9.0, 22_000_000)
NIGERIA = _country("NG", "NGA", "Nigeria", 10.0, 8.0, 190_000_000)
USA = _country("US", "USA", "United States", 39.76, -98.5, 327_000_000)
NIGER_STATE = GazetteerEntry("Niger", "admin1", 10.0, 6.0, "NG", "NG.31", 1_300_000)
NIGER_RIVER = GazetteerEntry("Niger River", "natural", 15.0, -1.0, None, None, 5_000_000, label="LOC")
ATHENS_GR = GazetteerEntry("Athens", "city", 37.98, 23.73, "GR", "GR.ESYE31", 664_000)
ATHENS_GA = GazetteerEntry("Athens", "city", 33.96, -83.38, "US", "US.GA", 127_000)
GEORGIA_US = GazetteerEntry("Georgia", "admin1", 32.75, -83.5, "US", "US.GA", 4_800_000)
CLARKE_GA = GazetteerEntry("Clarke County", "admin2", 33.95, -83.37, "US", "US.GA", 130_000)
CLARKE_AL = GazetteerEntry("Clarke County", "admin2", 31.7, -87.8, "US", "US.AL", 24_000)
WA_GHANA = GazetteerEntry("Wa", "city", 10.06, -2.5, "GH", "GH.10", 100_000)
CHINA_TOWN = GazetteerEntry("China", "city", 44.48, -69.52, "US", "US.ME", 4_000)
CHINA = _country("CN", "CHN", "China", 35.0, 105.0, 1_400_000_000)


@pytest.fixture(scope="module")
def geocoder() -> Geocoder:
    gazetteer = Gazetteer.from_entries(
        [("Niger", NIGER_STATE), ("Niger River", NIGER_RIVER), ("River Niger", NIGER_RIVER),
         ("Athens", ATHENS_GR), ("Athens", ATHENS_GA), ("Georgia", GEORGIA_US), ("Ga.", GEORGIA_US),
         ("Clarke County", CLARKE_GA), ("Clarke County", CLARKE_AL), ("Wa", WA_GHANA), ("China", CHINA_TOWN)],
        countries=[NIGER, NIGERIA, USA, CHINA],
    )
    return Geocoder(gazetteer)


def _mention(text: str, start: int = 0, **kwargs) -> Mention:  # type: ignore[no-untyped-def]
    return Mention(text=text, start=start, end=start + len(text), name=kwargs.pop("name", text), **kwargs)


def _resolve(geocoder: Geocoder, *mentions: Mention) -> list[GazetteerEntry | None]:
    return [r.entry if r else None for r in geocoder.resolve(list(mentions))]


def test_niger_is_the_country_by_default(geocoder: Geocoder) -> None:
    (entry,) = _resolve(geocoder, _mention("Niger"))
    assert entry is not None and entry.feature == "country" and entry.country == "NE"


def test_niger_is_the_country_even_beside_nigeria(geocoder: Geocoder) -> None:
    entries = _resolve(geocoder, _mention("Nigeria"), _mention("Niger", 20))
    assert entries[1] is not None and entries[1].country == "NE"


def test_state_word_makes_niger_the_nigerian_state(geocoder: Geocoder) -> None:
    (entry,) = _resolve(geocoder, _mention("Niger State", name="Niger", hint="admin1"))
    assert entry == NIGER_STATE


def test_division_word_before_an_own_country_is_a_part_of_it(geocoder: Geocoder) -> None:
    """"cette région du Niger" in a story about Niger: Niger, not Nigeria's Niger State."""
    mention = _mention("Niger", 10, hint="admin1")  # the leading word is outside the span
    entries = [r.entry if r else None for r in geocoder.resolve([mention], countries=("NE",))]
    assert entries[0] is not None and entries[0].feature == "country" and entries[0].country == "NE"
    # Without the country among the article's, the division word keeps the state.
    (entry,) = _resolve(geocoder, mention)
    assert entry == NIGER_STATE


def test_division_word_after_the_name_still_names_the_state(geocoder: Geocoder) -> None:
    mention = _mention("Niger State", name="Niger", hint="admin1")
    (resolution,) = geocoder.resolve([mention], countries=("NE",))
    assert resolution is not None and resolution.entry == NIGER_STATE


def test_river_word_makes_niger_the_river_and_never_a_state(geocoder: Geocoder) -> None:
    (entry,) = _resolve(geocoder, _mention("Niger River", name="Niger", hint="natural"))
    assert entry is not None and entry.feature == "natural"


def test_population_decides_without_context(geocoder: Geocoder) -> None:
    (entry,) = _resolve(geocoder, _mention("Athens"))
    assert entry is not None and entry.country == "GR"


def test_other_names_of_the_article_pull_toward_their_state(geocoder: Geocoder) -> None:
    entries = _resolve(geocoder, _mention("Athens"), _mention("Clarke County", 30, hint="admin2"),
                       _mention("Georgia", 60))
    assert entries[0] is not None and entries[0].admin1 == "US.GA"
    assert entries[1] == CLARKE_GA


def test_comma_qualifier_puts_the_town_in_its_state(geocoder: Geocoder) -> None:
    entries = _resolve(geocoder, _mention("Athens", inside=1), _mention("Ga.", 8))
    assert entries[0] is not None and entries[0].admin1 == "US.GA"


def test_acronym_is_not_a_town_that_spells_it(geocoder: Geocoder) -> None:
    assert _resolve(geocoder, _mention("WA")) == [None]


def test_country_name_means_the_country_not_a_town(geocoder: Geocoder) -> None:
    entries = _resolve(geocoder, _mention("Athens"), _mention("Georgia", 10), _mention("China", 20))
    assert entries[2] is not None and entries[2].feature == "country"


def test_unknown_name_resolves_to_none(geocoder: Geocoder) -> None:
    assert _resolve(geocoder, _mention("Atlantis")) == [None]


def test_default_gazetteer_sahel_context() -> None:
    geocoder = Geocoder(Gazetteer.default())
    entries = _resolve(geocoder, _mention("Mali"), _mention("Gao", 10), _mention("Tillaberi", 20),
                       _mention("Niger", 40))
    assert [e.country if e else None for e in entries] == ["ML", "ML", "NE", "NE"]
    assert entries[3] is not None and entries[3].feature == "country"


BONN = GazetteerEntry("Bonn", "city", 50.73, 7.1, "DE", "DE.07", 330_000, primary=False)
MOPTI = GazetteerEntry("Mopti", "admin1", 14.5, -3.6, "ML", "ML.04", 350_000)
MALI = _country("ML", "MLI", "Mali", 17.0, -4.0, 20_000_000)
LISBON_TOWN = GazetteerEntry("Sikasso", "city", 38.7, -9.1, "PT", "PT.14", 40_000)
SIKASSO_ML = GazetteerEntry("Sikasso", "city", 11.3, -5.7, "ML", "ML.07", 8_000)


def test_strictly_inside_a_region_no_candidate_abroad_is_taken() -> None:
    geocoder = Geocoder(Gazetteer.from_entries([("Boni", BONN), ("Mopti", MOPTI)], [MALI]))
    boni = Mention("Boni", 0, 4, "Boni", inside=1, strict=True)
    loose = Mention("Boni", 0, 4, "Boni", inside=1)
    region = Mention("Mopti region", 16, 28, "Mopti", hint="admin1")
    assert _resolve(geocoder, boni, region) == [None, MOPTI]
    assert _resolve(geocoder, loose, region)[0] == BONN  # "X, Y" stays a preference


def test_the_article_countries_pick_the_namesake_there() -> None:
    geocoder = Geocoder(Gazetteer.from_entries([("Sikasso", LISBON_TOWN), ("Sikasso", SIKASSO_ML)], [MALI]))
    mention = Mention("Sikasso", 0, 7, "Sikasso")
    assert geocoder.resolve([mention])[0].entry == LISBON_TOWN  # type: ignore[union-attr]
    assert geocoder.resolve([mention], countries=("ML",))[0].entry == SIKASSO_ML  # type: ignore[union-attr]


# A town GeoNames spells one way (invented names and figures).
BARIYAH = GazetteerEntry("Bariyah", "city", 31.0, 46.0, "IQ", "IQ.09", 200_000)
QUSAYR = GazetteerEntry("Al Qusayr", "city", 34.5, 36.6, "SY", "SY.11", 50_000)
HARTMAN = GazetteerEntry("Hartman", "city", 35.4, -93.6, "US", "US.AR", 500)


def test_another_romanisation_is_taken_in_the_article_countries_only() -> None:
    geocoder = Geocoder(Gazetteer.from_entries([("Bariyah", BARIYAH), ("Al Qusayr", QUSAYR),
                                                ("Hartman", HARTMAN)], []))
    # Names of Europe, the Americas and Oceania are written as their countries write them.
    assert geocoder.resolve([Mention("Hartmann", 0, 8, "Hartmann")], countries=("US",))[0] is None
    for text, entry in (("Barriya", BARIYAH), ("Bariya", BARIYAH), ("Qusayr", QUSAYR)):
        mention = Mention(text, 0, len(text), text)
        found = geocoder.resolve([mention], countries=(entry.country,))[0]
        assert found is not None and found.entry.name == entry.name, text
        assert not found.entry.primary  # reached through another spelling
        # Elsewhere a name spelt otherwise is as likely another place or a person.
        assert geocoder.resolve([mention])[0] is None
        assert geocoder.resolve([mention], countries=("EG",))[0] is None


# A district named after its seat, and the town (invented names and figures).
KOLDA_DISTRICT = GazetteerEntry("Kolda", "admin2", 12.0, 8.0, "NG", "NG.31", 120_000)
KOLDA_TOWN = GazetteerEntry("Kolda", "city", 12.2, 8.1, "NG", "NG.31", 900)
KOLDA_FAR = GazetteerEntry("Kolda", "city", 7.0, 3.0, "NG", "NG.05", 900)


def test_a_bare_name_shared_by_a_district_and_its_town_is_the_town() -> None:
    geocoder = Geocoder(Gazetteer.from_entries([("Kolda", KOLDA_DISTRICT), ("Kolda", KOLDA_TOWN)], [NIGERIA]))
    assert _resolve(geocoder, _mention("Kolda")) == [KOLDA_TOWN]
    # The district's kind word names the district.
    assert _resolve(geocoder, _mention("Kolda district", name="Kolda", hint="admin2")) == [KOLDA_DISTRICT]


def test_a_district_keeps_its_name_when_no_town_of_it_lies_inside() -> None:
    geocoder = Geocoder(Gazetteer.from_entries([("Kolda", KOLDA_DISTRICT), ("Kolda", KOLDA_FAR)], [NIGERIA]))
    assert _resolve(geocoder, _mention("Kolda")) == [KOLDA_DISTRICT]


TILLO_REGION = GazetteerEntry("Tillo", "admin1", 14.0, 1.5, "NE", "NE.06", 2_000_000)
TILLO_TOWN = GazetteerEntry("Tillo", "city", 14.2, 1.45, "NE", "NE.06", 20_000)


def test_words_of_a_point_make_a_name_the_town_not_its_region() -> None:
    geocoder = Geocoder(Gazetteer.from_entries([("Tillo", TILLO_REGION), ("Tillo", TILLO_TOWN)], [NIGER]))
    assert _resolve(geocoder, _mention("Tillo")) == [TILLO_REGION]  # "in Tillo": the larger place
    assert _resolve(geocoder, _mention("Tillo", point=True)) == [TILLO_TOWN]  # "near Tillo"


# Hamlets with no recorded population (as GeoNames' own West African tables list most
# villages), a namesake abroad, and the divisions around them (invented names and points).
BURKINA = _country("BF", "BFA", "Burkina Faso", 12.5, -1.7, 21_000_000)
KORBA_HAMLET_BF = GazetteerEntry("Korba", "city", 12.8, -3.9, "BF", "BF.01", UNRECORDED)
KORBA_HAMLET_ML = GazetteerEntry("Korba", "city", 14.3, -3.3, "ML", "ML.04", UNRECORDED)
MOPTI_REGION = GazetteerEntry("Mopti", "admin1", 14.5, -4.2, "ML", "ML.04", 2_000_000)
BANDA_DISTRICT = GazetteerEntry("Banda", "admin2", 14.1, -3.5, "ML", "ML.04", 250_000)
SOULI_PROVINCE = GazetteerEntry("Souli", "admin2", 14.1, -1.6, "BF", "BF.12", 400_000)
SOULI_HAMLET = GazetteerEntry("Souli", "city", 14.3, -1.4, "BF", "BF.12", UNRECORDED)


def test_an_unpeopled_hamlet_needs_its_region_named_or_no_rival_reading() -> None:
    geocoder = Geocoder(Gazetteer.from_entries(
        [("Korba", KORBA_HAMLET_BF), ("Korba", KORBA_HAMLET_ML), ("Banda", BANDA_DISTRICT),
         ("Mopti", MOPTI_REGION)], [MALI, BURKINA]))
    korba = Mention("Korba", 0, 5, "Korba")
    banda = Mention("Banda district", 20, 34, "Banda", hint="admin2")
    # Beside a district of Mopti, "Korba" is the Malian hamlet, not the Burkinabe one.
    resolved = geocoder.resolve([korba, banda], countries=("ML", "BF"))
    assert resolved[0] is not None and resolved[0].entry == KORBA_HAMLET_ML
    # With nothing else in the article to choose between two hamlets, neither is guessed.
    assert geocoder.resolve([korba], countries=("ML", "BF")) == [None]
    # One hamlet of that name, and no division or town named anywhere: it is the reading.
    alone_in_mali = Geocoder(Gazetteer.from_entries([("Korba", KORBA_HAMLET_ML)], [MALI]))
    (alone,) = alone_in_mali.resolve([korba], countries=("ML",))
    assert alone is not None and alone.entry == KORBA_HAMLET_ML
    # A division named elsewhere in the article that is not the hamlet's rules it out.
    sahel = Mention("Souli province", 20, 34, "Souli", hint="admin2")
    other = Geocoder(Gazetteer.from_entries([("Korba", KORBA_HAMLET_BF), ("Souli", SOULI_PROVINCE)], [BURKINA]))
    assert other.resolve([korba, sahel], countries=("BF",))[0] is None


# A hamlet recorded twice a few kilometres apart, and the capital a report is filed from
# (invented names and points).
DORO_HAMLET = GazetteerEntry("Doro Doro", "city", 15.05, 1.83, "NE", "NE.09", UNRECORDED)
DORO_HAMLET_TWIN = GazetteerEntry("Doro Doro", "city", 14.94, 1.80, "NE", "NE.09", UNRECORDED)
DORO_HAMLET_FAR = GazetteerEntry("Doro Doro", "city", 13.40, 12.50, "NE", "NE.02", UNRECORDED)
NIAMEY_CITY = GazetteerEntry("Niamey", "city", 13.51, 2.11, "NE", "NE.08", 1_000_000)


def test_a_village_named_so_in_a_report_filed_from_the_capital_is_its_one_hamlet() -> None:
    geocoder = Geocoder(Gazetteer.from_entries(
        [("Doro Doro", DORO_HAMLET), ("Doro Doro", DORO_HAMLET_TWIN), ("Niamey", NIAMEY_CITY)], [NIGER]))
    filed = Mention("Niamey", 0, 6, "Niamey", dateline=True)
    village = Mention("Doro Doro", 60, 69, "Doro Doro", point=True)  # "vers le village de Doro Doro"
    # The dateline's town says where the report was filed, not where the story is; the two
    # records 13 km apart are one village.
    resolved = geocoder.resolve([filed, village], countries=("NE",))
    assert resolved[1] is not None and resolved[1].entry in (DORO_HAMLET, DORO_HAMLET_TWIN)
    # Without the word "village" the capital still rules the hamlet out, as a town of the
    # story would; so do two hamlets of that name far apart.
    bare = Mention("Doro Doro", 60, 69, "Doro Doro")
    assert geocoder.resolve([filed, bare], countries=("NE",))[1] is None
    told = Mention("Niamey", 100, 106, "Niamey")
    assert geocoder.resolve([filed, village, told], countries=("NE",))[1] is None
    apart = Geocoder(Gazetteer.from_entries(
        [("Doro Doro", DORO_HAMLET), ("Doro Doro", DORO_HAMLET_FAR), ("Niamey", NIAMEY_CITY)], [NIGER]))
    assert apart.resolve([filed, village], countries=("NE",))[1] is None


def test_a_seat_with_a_population_of_0_is_a_town_as_before() -> None:
    # A division's seat in the cities files may carry a population of 0: no support needed.
    seat = GazetteerEntry("Korba", "city", 12.8, -3.9, "BF", "BF.01", 0)
    geocoder = Geocoder(Gazetteer.from_entries([("Korba", seat)], [BURKINA]))
    assert _resolve(geocoder, _mention("Korba")) == [seat]


def test_an_unpeopled_hamlet_does_not_displace_the_district_named_like_it() -> None:
    geocoder = Geocoder(Gazetteer.from_entries([("Souli", SOULI_PROVINCE), ("Souli", SOULI_HAMLET)], [BURKINA]))
    # "dans le Souli": a town of the district's name would take it; a hamlet does not.
    (resolution,) = geocoder.resolve([Mention("Souli", 0, 5, "Souli")], countries=("BF",))
    assert resolution is not None and resolution.entry == SOULI_PROVINCE


# A mid-sized town abroad and a hamlet of the article's country that share a name (invented
# names and figures).
BAMBO_TOWN_ABROAD = GazetteerEntry("Bambo", "city", -20.0, -46.0, "US", "US.ME", 23_000)
BAMBO_HAMLET = GazetteerEntry("Bambo", "city", 14.3, -3.3, "ML", "ML.04", UNRECORDED)


def test_a_town_name_the_article_countries_hold_is_no_small_town_abroad() -> None:
    mention = Mention("Bambo", 0, 5, "Bambo")
    geocoder = Geocoder(Gazetteer.from_entries([("Bambo", BAMBO_TOWN_ABROAD), ("Bambo", BAMBO_HAMLET)],
                                               [MALI, USA]))
    # In a Mali story, the Malian hamlet; with no country told, the town abroad stays the reading.
    (in_mali,) = geocoder.resolve([mention], countries=("ML",))
    assert in_mali is not None and in_mali.entry == BAMBO_HAMLET
    (untold,) = geocoder.resolve([mention])
    assert untold is not None and untold.entry == BAMBO_TOWN_ABROAD


def test_a_large_city_or_a_capital_abroad_keeps_its_reading() -> None:
    mention = Mention("Bambo", 0, 5, "Bambo")
    large = dataclasses.replace(BAMBO_TOWN_ABROAD, population=2_000_000)
    geocoder = Geocoder(Gazetteer.from_entries([("Bambo", large), ("Bambo", BAMBO_HAMLET)], [MALI, USA]))
    (resolution,) = geocoder.resolve([mention], countries=("ML",))
    assert resolution is not None and resolution.entry == large
    # Niamey is Niger's capital (GeoNames' countries), however small this invented entry is.
    niamey = GazetteerEntry("Niamey", "city", 13.5, 2.1, "NE", "NE.08", 50_000)
    hamlet = GazetteerEntry("Niamey", "city", 14.3, -3.3, "ML", "ML.04", UNRECORDED)
    geocoder = Geocoder(Gazetteer.from_entries([("Niamey", niamey), ("Niamey", hamlet)], [MALI, NIGER]))
    (resolution,) = geocoder.resolve([Mention("Niamey", 0, 6, "Niamey")], countries=("ML",))
    assert resolution is not None and resolution.entry == niamey


# Two hamlets of one name in one region, 200 km apart, and a town of that region beside the
# first (invented names and points).
SAMBI_HAMLET_NEAR = GazetteerEntry("Sambi", "city", 14.35, -3.60, "ML", "ML.04", UNRECORDED)
SAMBI_HAMLET_FAR = GazetteerEntry("Sambi", "city", 15.60, -2.20, "ML", "ML.04", UNRECORDED)
TOGORO_TOWN = GazetteerEntry("Togoro", "city", 14.30, -3.50, "ML", "ML.04", 30_000)


def test_of_tied_hamlets_the_one_nearest_a_town_the_article_names_is_taken() -> None:
    geocoder = Geocoder(Gazetteer.from_entries(
        [("Sambi", SAMBI_HAMLET_NEAR), ("Sambi", SAMBI_HAMLET_FAR), ("Togoro", TOGORO_TOWN)], [MALI]))
    # "des hommes armés ont attaqué Sambi, près de Togoro": the hamlet beside Togoro.
    sambi = Mention("Sambi", 30, 35, "Sambi")
    togoro = Mention("Togoro", 46, 52, "Togoro")
    resolved = geocoder.resolve([sambi, togoro], countries=("ML",))
    assert resolved[0] is not None and resolved[0].entry == SAMBI_HAMLET_NEAR
    # A town farther off than a district's reach tells them apart no better: the order stands.
    far_town = dataclasses.replace(TOGORO_TOWN, lat=12.0, lon=-8.0)
    apart = Geocoder(Gazetteer.from_entries(
        [("Sambi", SAMBI_HAMLET_NEAR), ("Sambi", SAMBI_HAMLET_FAR), ("Togoro", far_town)], [MALI]))
    resolved = apart.resolve([sambi, togoro], countries=("ML",))
    assert resolved[0] is not None and resolved[0].entry == SAMBI_HAMLET_FAR
