"""The pipeline end to end: contract of the output, bad input, batching."""

import datetime as dt

import jsonschema
import pytest

from tessera.records import ArticleError, Document, ExtractionFailure, as_article
from tessera.schema import published_schema

REPORT = (
    "Suspected jihadists attacked a military post in the Tillaberi region of Niger on Sunday, "
    "killing sixteen soldiers, the defence ministry said on Monday. "
    "The army said it had deployed reinforcements to the area."
)


@pytest.fixture(scope="module")
def validator():
    return jsonschema.Draft202012Validator(published_schema())


def test_output_validates_against_the_published_schema(pipeline, validator):
    document = pipeline.extract(as_article({"id": "a1", "text": REPORT, "published": "2023-05-02"}))
    validator.validate(document.model_dump(mode="json"))
    assert document.id == "a1" and document.language == "en"


def test_every_span_points_into_the_text(pipeline):
    document = pipeline.extract(as_article({"id": "a1", "text": REPORT, "published": "2023-05-02"}))
    spans = [*document.entities, *document.places, *document.dates, *document.quantities]
    for event in document.events:
        spans.append(event.trigger)
        spans.extend(x for x in (event.actor, event.recipient, event.location, event.date, event.source) if x)
        assert REPORT[event.sentence.start : event.sentence.end].strip()
    assert spans
    for span in spans:
        assert REPORT[span.start : span.end] == span.text


def test_empty_text_is_a_clear_error(pipeline):
    with pytest.raises(ArticleError, match="empty"):
        as_article({"id": "empty", "text": " \n"})
    [failure] = pipeline.extract_many([{"id": "empty", "text": ""}])
    assert isinstance(failure, ExtractionFailure) and "empty" in failure.reason


def test_lone_surrogates_and_numeric_dates(pipeline):
    import tessera

    document = tessera.extract("Gunmen killed 12 in Gao \ud800.")
    assert document.language == "en"
    with pytest.raises(ArticleError, match="YYYY-MM-DD, not as the number 20220102"):
        as_article({"text": "Troops left Gao.", "published": 20220102})


def test_bad_records_fail_alone_and_in_order(pipeline):
    records = [
        {"id": "ok-1", "text": REPORT},
        {"id": "no-text"},
        {"id": "big", "text": "x" * 2_100_000},
        {"id": "ok-2", "text": "Protesters marched in Bamako on Friday."},
    ]
    results = list(pipeline.extract_many(records))
    assert [type(r).__name__ for r in results] == ["Document", "ExtractionFailure", "ExtractionFailure", "Document"]
    assert "text" in results[1].reason and results[1].id == "no-text"
    assert "limit" in results[2].reason
    assert [r.id for r in results] == ["ok-1", "no-text", "big", "ok-2"]


def test_articles_in_languages_without_a_model_are_not_coded(pipeline):
    text = "Bewaffnete Männer griffen einen Armeeposten bei Gao an und töteten zwölf Soldaten, teilte die Armee mit."
    document = pipeline.extract(as_article({"id": "de", "text": text}))
    assert document.language == "de" and document.events == []


def test_french_articles_are_coded_by_the_french_pipeline(pipeline):
    text = "Des hommes armés ont attaqué un poste militaire près de Gao, tuant douze soldats, selon l'armée."
    document = pipeline.extract(as_article({"id": "fr", "text": text}))
    assert document.language == "fr"
    assert [(e.type, e.fatalities) for e in document.events] == [("ASSAULT", 12)]
    assert document.events[0].location is not None and document.events[0].location.country == "MLI"


def test_invalid_published_date_is_a_clear_error():
    with pytest.raises(ArticleError, match="published"):
        as_article({"text": "x", "published": "18/02/2022"})


def test_public_functions(pipeline):
    import tessera

    document = tessera.extract(REPORT, published=dt.date(2023, 5, 2))
    assert isinstance(document, Document)
    results = list(tessera.extract_many([{"id": "x", "text": REPORT}, {"id": "y"}]))
    assert isinstance(results[0], Document) and isinstance(results[1], ExtractionFailure)
