"""Real-news dev sets: loading annotations, joining cached texts, scoring incidents."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from tessera.evaluate.realnews import (
    RealNewsFormatError,
    date_range,
    interval,
    join_texts,
    load_annotations,
    paired_difference,
    predict,
    predictions,
    score,
)
from tessera.records import DateValue, Document, Event, Incident, Place, SentenceSpan, Span

TEXT = "Gunmen killed 12 soldiers near Djibo on Friday, the army said."


def gold_article(article_id: str, split: str = "study", text: str = TEXT, **incident: object) -> dict:
    base = {
        "type": "ASSAULT",
        "place": {"name": "Djibo", "lat": 14.10, "lon": -1.63, "radius_km": 25, "precision": "town", "country": "BFA"},
        "date": {"start": "2024-03-08", "end": "2024-03-08"},
        "fatalities": 12,
        "actor_country": None,
        "recipient_country": "BFA",
    }
    base.update(incident)
    return {
        "id": article_id, "url": "https://example.org/a", "outlet": "test", "language": "en",
        "published": "2024-03-11", "split": split,
        "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "chars": len(text),
        "query": "none", "incidents": [base],
    }


def write_set(tmp_path: Path, records: list[dict]) -> Path:
    path = tmp_path / "en.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def place(name: str, lat: float, lon: float, feature: str = "city", country: str = "BFA") -> Place:
    return Place(text=name, start=0, end=len(name), name=name, lat=lat, lon=lon, country=country, feature=feature)


def date(value: str, precision: str = "day") -> DateValue:
    return DateValue(text="Friday", start=0, end=6, value=value, precision=precision)


def incident(**fields: object) -> Incident:
    values: dict[str, object] = {"id": "i1", "type": "ASSAULT", "mode": "asserted", "confidence": 0.9,
                                 "location": place("Djibo", 14.0986, -1.6267), "geo_precision": "town",
                                 "date": date("2024-03-08"), "fatalities": 12}
    values.update(fields)
    return Incident.model_validate(values)


def document(*incidents: Incident, article_id: str = "en-001") -> Document:
    return Document(id=article_id, language="en", incidents=list(incidents))


def test_load_annotations_keeps_the_split_asked_for(tmp_path: Path) -> None:
    path = write_set(tmp_path, [gold_article("en-001", "study"), gold_article("en-002", "score")])
    assert [a.id for a in load_annotations(path, "study")] == ["en-001"]
    assert [a.id for a in load_annotations(path, "score")] == ["en-002"]
    assert len(load_annotations(path)) == 2
    with pytest.raises(ValueError):
        load_annotations(path, "dev")


def test_a_line_outside_the_format_is_a_clear_error(tmp_path: Path) -> None:
    path = write_set(tmp_path, [{"id": "en-001", "split": "later"}])
    with pytest.raises(RealNewsFormatError, match="en.jsonl:1"):
        load_annotations(path)


def test_join_skips_and_counts_missing_and_changed_texts(tmp_path: Path) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "en-001.txt").write_text(TEXT, encoding="utf-8")
    (texts / "en-002.txt").write_text(TEXT + " Edited.", encoding="utf-8")
    path = write_set(tmp_path, [gold_article("en-001"), gold_article("en-002"), gold_article("en-003")])
    joined = join_texts(load_annotations(path), texts)
    assert [a.id for a in joined.articles] == ["en-001"]
    assert joined.changed == ["en-002"] and joined.missing == ["en-003"]
    assert joined.texts["en-001"] == TEXT


def test_an_incident_right_in_every_field_is_complete(tmp_path: Path) -> None:
    articles = load_annotations(write_set(tmp_path, [gold_article("en-001")]))
    pred = incident(recipient={"text": "soldiers", "start": 17, "end": 25, "country": "BFA", "type": "MIL"})
    result = score(articles, {"en-001": document(pred)})
    assert result.figures["incidents_complete"] == 1.0
    assert result.figures["predicted_right"] == 1.0
    assert result.figures["place"] == result.figures["date"] == result.figures["recipient_country"] == 1.0


def test_a_coarser_place_or_a_month_date_is_not_complete_but_still_compatible(tmp_path: Path) -> None:
    articles = load_annotations(write_set(tmp_path, [gold_article("en-001", recipient_country=None)]))
    coarse = incident(location=place("Sahel", 14.03, -0.77, "admin1"), geo_precision="region")
    result = score(articles, {"en-001": document(coarse)})
    assert result.figures["incidents_complete"] == 0.0
    assert result.figures["place"] == 0.0 and result.figures["country"] == 1.0
    assert result.figures["predicted_right"] == 1.0
    month = incident(date=date("2024-03", "month"))
    result = score(articles, {"en-001": document(month)})
    assert result.figures["date"] == 0.0 and result.figures["predicted_right"] == 1.0


def test_a_month_counts_where_the_gold_range_is_that_month(tmp_path: Path) -> None:
    record = gold_article("en-001", recipient_country=None, date={"start": "2024-03-01", "end": "2024-03-31"})
    articles = load_annotations(write_set(tmp_path, [record]))
    result = score(articles, {"en-001": document(incident(date=date("2024-03", "month")))})
    assert result.figures["incidents_complete"] == 1.0


def test_wrong_place_and_other_type_are_wrong_predictions(tmp_path: Path) -> None:
    articles = load_annotations(write_set(tmp_path, [gold_article("en-001")]))
    far = incident(location=place("Bamako", 12.65, -8.0, country="MLI"))
    other = incident(id="i2", type="PROTEST")
    result = score(articles, {"en-001": document(far, other)}, notes=True)
    assert result.figures["predicted_right"] == 0.0
    assert result.figures["type_found"] == 1.0
    assert result.counts["predicted"] == 2
    # the Bamako record is the Djibo attack told at another place; the protest stands for nothing
    assert [n["wrong"] for n in result.notes if n["gold"] == "-"] == [["incompatible"], ["spurious"]]
    assert result.counts["predicted_wrong_paired"] == 1
    assert result.counts["predicted_wrong_extra"] == 1


def test_one_incident_told_as_two_right_records_counts_one_repeat(tmp_path: Path) -> None:
    articles = load_annotations(write_set(tmp_path, [gold_article("en-001")]))
    # the same Djibo attack twice, once at its town and once at its country
    country = incident(id="i2", location=place("Burkina Faso", 12.5, -1.5, feature="country"),
                       geo_precision="country")
    result = score(articles, {"en-001": document(incident(), country)})
    assert result.counts["predicted_right"] == 2
    assert result.counts["predicted_repeat"] == 1
    assert result.per_article["en-001"]["predicted_repeat"] == 1


def test_two_incidents_each_told_once_are_no_repeat(tmp_path: Path) -> None:
    record = gold_article("en-001")
    record["incidents"].append(dict(record["incidents"][0], date={"start": "2024-03-09", "end": "2024-03-09"}))
    articles = load_annotations(write_set(tmp_path, [record]))
    # an undated record is compatible with both attacks, the dated one with the first only:
    # the matching gives each attack its own record
    result = score(articles, {"en-001": document(incident(), incident(id="i2", date=None))})
    assert result.counts["predicted_right"] == 2
    assert result.counts["predicted_repeat"] == 0


def test_null_toll_needs_none_or_zero_and_context_gold_is_not_scored(tmp_path: Path) -> None:
    record = gold_article("en-001", fatalities=None, recipient_country=None)
    record["incidents"].append(dict(record["incidents"][0], type="COERCE", context=True))
    articles = load_annotations(write_set(tmp_path, [record]))
    assert score(articles, {"en-001": document(incident(fatalities=0))}).figures["incidents_complete"] == 1.0
    assert score(articles, {"en-001": document(incident(fatalities=3))}).figures["incidents_complete"] == 0.0
    result = score(articles, {"en-001": document(incident(), incident(id="i2", type="COERCE"))})
    assert result.counts["gold_incidents"] == 1
    assert result.counts["predicted_context_only"] == 1
    assert result.figures["predicted_right"] == 1.0


def test_one_prediction_completes_one_gold_incident_only(tmp_path: Path) -> None:
    record = gold_article("en-001", recipient_country=None)
    record["incidents"].append(dict(record["incidents"][0]))
    articles = load_annotations(write_set(tmp_path, [record]))
    assert score(articles, {"en-001": document(incident())}).counts["complete"] == 1
    both = document(incident(), incident(id="i2"))
    assert score(articles, {"en-001": both}).counts["complete"] == 2


def test_events_stand_for_incidents_and_only_asserted_ones_count() -> None:
    trigger = Span(text="killed", start=7, end=13)
    sentence = SentenceSpan(start=0, end=len(TEXT))
    events = [
        Event(id="e1", type="ASSAULT", mode="asserted", trigger=trigger, sentence=sentence, confidence=0.8),
        Event(id="e2", type="ASSAULT", mode="future", trigger=trigger, sentence=sentence, confidence=0.8),
    ]
    found = predictions(Document(id="x", language="en", events=events))
    assert [(p.id, p.scored) for p in found] == [("e1", True), ("e2", False)]
    assert predictions(None) == []


def test_date_values_cover_their_days() -> None:
    assert date_range(date("2024-02", "month"))[1].isoformat() == "2024-02-29"
    assert date_range(date("2024-03-01/2024-03-05", "interval"))[1].isoformat() == "2024-03-05"
    assert date_range(date("2023", "year"))[0].isoformat() == "2023-01-01"
    assert date_range(date("", "unknown")) is None


def test_real_pipeline_on_an_invented_report(tmp_path: Path) -> None:
    text = "Gunmen killed 12 soldiers in an attack near Djibo in northern Burkina Faso on Friday."
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "en-001.txt").write_text(text, encoding="utf-8")
    joined = join_texts(load_annotations(write_set(tmp_path, [gold_article("en-001", text=text)])), texts)
    documents = predict(joined)
    assert isinstance(documents["en-001"], Document)
    result = score(joined.articles, documents, notes=True)
    assert result.counts["gold_incidents"] == 1 and result.counts["failures"] == 0
    assert result.figures["type_found"] == 1.0
    assert result.notes and result.notes[0]["article"] == "en-001"


def _mixed_set(folder: Path, right: int, wrong: int) -> tuple[list, dict[str, Document]]:
    """`right` articles whose one incident is predicted complete, `wrong` whose prediction is elsewhere."""
    folder.mkdir(parents=True, exist_ok=True)
    records = [gold_article(f"en-{n:03d}") for n in range(right + wrong)]
    articles = load_annotations(write_set(folder, records))
    recipient = {"text": "soldiers", "start": 17, "end": 25, "country": "BFA", "type": "MIL"}
    good = incident(recipient=recipient)
    bad = incident(recipient=recipient, location=place("Bamako", 12.65, -8.0, country="MLI"))
    documents = {f"en-{n:03d}": document(good if n < right else bad, article_id=f"en-{n:03d}")
                 for n in range(right + wrong)}
    return articles, documents


def test_each_article_keeps_its_own_counts_and_they_add_up(tmp_path: Path) -> None:
    articles, documents = _mixed_set(tmp_path, 3, 2)
    result = score(articles, documents)
    assert set(result.per_article) == {a.id for a in articles}
    assert result.per_article["en-000"]["complete"] == 1
    assert "complete" not in result.per_article["en-004"]
    for key in ("complete", "gold_incidents", "predicted", "predicted_right"):
        assert sum(row.get(key, 0) for row in result.per_article.values()) == result.counts[key]


def test_the_interval_holds_the_figure_and_narrows_with_more_articles(tmp_path: Path) -> None:
    few = score(*_mixed_set(tmp_path / "few", 6, 4))
    many = score(*_mixed_set(tmp_path / "many", 60, 40))
    low, high = interval(few, "incidents_complete") or (None, None)
    assert low is not None and high is not None and low <= 0.6 <= high
    wide = high - low
    low, high = interval(many, "incidents_complete") or (None, None)
    assert low is not None and high is not None and low <= 0.6 <= high and high - low < wide
    # every article right: no resample can differ
    assert interval(score(*_mixed_set(tmp_path, 5, 0)), "predicted_right") == (1.0, 1.0)


def test_a_paired_difference_tells_a_real_change_from_a_redraw(tmp_path: Path) -> None:
    articles, documents = _mixed_set(tmp_path, 30, 30)
    before = score(articles, documents)
    fixed = dict(documents)
    for n in range(30, 50):  # twenty of the thirty wrong articles put right
        fixed[f"en-{n:03d}"] = documents["en-000"].model_copy(update={"id": f"en-{n:03d}"})
    change, low, high = paired_difference(before, score(articles, fixed), "incidents_complete") or (0, 0, 0)
    assert change == pytest.approx(20 / 60) and 0 < low <= change <= high
    one = dict(documents)
    one["en-030"] = documents["en-000"].model_copy(update={"id": "en-030"})
    change, low, high = paired_difference(before, score(articles, one), "incidents_complete") or (0, 0, 0)
    assert change == pytest.approx(1 / 60) and low <= 0 <= high
    assert paired_difference(before, before, "predicted_right") == (0.0, 0.0, 0.0)
