"""Places in French articles: French country names (pycountry's French ISO 3166 names),
French locative and kind words (data/fr/places.yaml), the far side of a border."""

import pytest

from tessera.records import Article


@pytest.fixture(scope="module")
def pipeline():
    from tessera.pipeline import Pipeline

    return Pipeline.for_language("fr")


def _places(pipeline, text):
    return pipeline.extract(Article(id="t", text=text, language="fr")).places


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Des hommes armés ont attaqué un village du Tchad lundi.", "Tchad", "TCD"),
        ("Le Cameroun a fermé sa frontière.", "Cameroun", "CMR"),
        ("Les élections en Guinée ont été reportées.", "Guinée", "GIN"),
        ("Une patrouille a été visée au Burkina mardi.", "Burkina", "BFA"),
        ("La Côte d'Ivoire a envoyé des renforts.", "Côte d'Ivoire", "CIV"),
        ("La Mauritanie a fermé ses frontières.", "Mauritanie", "MRT"),
    ],
)
def test_french_country_names(pipeline, text, surface, country):
    found = {(p.text, p.country, p.feature) for p in _places(pipeline, text)}
    assert (surface, country, "country") in found


def test_kind_word_before_a_name_is_read(pipeline):
    text = ("Des soldats ont été tués au Burkina Faso, dans la province du Namentenga, "
            "lors d'une embuscade tendue samedi.")
    places = _places(pipeline, text)
    namentenga = [p for p in places if p.name == "Namentenga"]
    assert namentenga and namentenga[0].country == "BFA"
    assert namentenga[0].feature in ("admin1", "admin2")


def test_far_side_of_a_border(pipeline):
    text = "L'attaque a eu lieu à Fotokol, au Cameroun, près de la frontière avec le Nigeria."
    roles = {p.name: p.role for p in _places(pipeline, text)}
    assert roles.get("Nigeria") == "border"
    assert roles.get("Cameroon") is None
