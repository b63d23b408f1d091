"""Property-based checks against the OpenAPI schema (schemathesis): no input gives a 500.

Schemathesis generates requests from the schema the app publishes, for every
operation; each response must be a deliberate one (2xx, 4xx) and, when it is a
success, match the documented response schema. (Its pytest plugin is not used: it
does not run under pytest 9, so each operation is driven by a plain hypothesis test.)
"""

from __future__ import annotations

import json
import os
from typing import Any

import pytest

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is a dev dependency (pip install -e .[dev])")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.specs.openapi.checks import response_schema_conformance  # noqa: E402

# A deeper search: TESSERA_FUZZ_EXAMPLES=300 pytest tests/api/test_openapi.py
EXAMPLES_PER_OPERATION = int(os.environ.get("TESSERA_FUZZ_EXAMPLES", "30"))


@schemathesis.serializer("application/x-ndjson")
def _json_lines(_context: Any, value: Any) -> bytes:
    # The schema gives JSON Lines bodies as a string; anything else is sent as one JSON line.
    if isinstance(value, bytes):
        return value
    return (value if isinstance(value, str) else json.dumps(value)).encode("utf-8", "surrogatepass")


def test_no_server_errors(app: Any, token: str) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, suppress_health_check=list(HealthCheck))
        def check(case: Any) -> None:
            # Writes are tried with a valid token, so the ingest path is explored, not just its 401.
            response = case.call(headers={"Authorization": f"Bearer {token}"})
            case.validate_response(response, checks=[not_a_server_error, response_schema_conformance])

        check()
