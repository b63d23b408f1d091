import json

from tessera.schema import SCHEMA_PATH, document_schema


def test_published_schema_matches_the_records():
    assert json.loads(SCHEMA_PATH.read_text()) == json.loads(json.dumps(document_schema())), (
        "records changed: run `python -m tessera.schema` and commit the schema"
    )


def test_schema_requires_offsets_on_spans():
    spans = document_schema()["$defs"]
    for name in ("Entity", "Place", "DateValue", "Quantity", "Actor", "Span"):
        assert {"start", "end", "text"} <= set(spans[name]["required"]), name
