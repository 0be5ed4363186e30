"""The mock's behaviour is spec data: the generator refuses an operation that does not say what the mock
does with it, or says it wrongly, as it refuses one without x-commspec-idempotent."""

from __future__ import annotations

from typing import Any

import pytest

from commspec_generated.itnio_aivoice import spec as aivoice
from generator.openapi_client import GenerationFailed
from generator.spec_module import _operations

RESOURCES = {"things": {"key": "id", "not-found": "E404"}}


def doc_with(mock: dict[str, Any] | None, vendor: str = "acme") -> dict[str, Any]:
    operation: dict[str, Any] = {"operationId": "things_delete", "x-commspec-idempotent": False}
    if mock is not None:
        operation["x-commspec-mock"] = mock
    return {
        "x-commspec": {"vendor": vendor, "mock-resources": RESOURCES},
        "paths": {"/things/{id}": {"delete": operation}},
    }


def operations(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return _operations(doc, {"components": {"schemas": {}}})


def test_an_operation_without_an_effect_is_refused() -> None:
    with pytest.raises(GenerationFailed, match="things_delete: x-commspec-mock is required"):
        operations(doc_with(None))


@pytest.mark.parametrize(
    ("mock", "message"),
    [
        ({"action": "pause"}, "action must be one of"),
        ({"action": "delete", "resource": "gadgets", "key": "id"}, "resource 'gadgets' is not in"),
        ({"action": "delete", "resource": "things"}, "key is required for delete"),
        ({"action": "delete", "resource": "things", "key": "id", "answer": "all"}, "answer must be one of"),
    ],
)
def test_an_effect_the_engine_cannot_apply_is_refused(mock: dict[str, Any], message: str) -> None:
    with pytest.raises(GenerationFailed, match=message):
        operations(doc_with(mock))


def test_an_effect_reaches_the_generated_operation() -> None:
    (operation,) = operations(doc_with({"action": "delete", "resource": "things", "key": "id"}))
    assert operation["effect"]["action"] == "delete" and operation["effect"]["key"] == "id"
    stop = aivoice.OPERATIONS["tasks_start"].effect
    assert stop is not None and (stop.from_states, stop.to_state, stop.state_code) == (
        ("NOT_STARTED", "PAUSED"),
        "IN_PROCESS",
        "-39",
    )
