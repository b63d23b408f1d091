"""The published JSON Schema of `tessera extract` output, generated from `records.Document`.

`document.schema.json` beside this file is the checked-in copy that other tools read;
a test keeps it identical to what the records generate (`python -m tessera.schema`
rewrites it after a deliberate change of the records).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tessera.records import Document

SCHEMA_PATH = Path(__file__).with_name("document.schema.json")
SCHEMA_ID = "https://tessera.invalid/schema/document.schema.json"


def document_schema() -> dict[str, Any]:
    schema = Document.model_json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}


def published_schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def write_schema(path: Path = SCHEMA_PATH) -> None:
    path.write_text(json.dumps(document_schema(), indent=2, sort_keys=True) + "\n", encoding="utf-8")
