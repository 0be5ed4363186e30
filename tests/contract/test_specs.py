"""The specs are valid OpenAPI 3.1, and no operation was silently dropped by the generators."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
import yaml
from openapi_spec_validator import validate

from commspec._resource import AsyncResource, SyncResource

SPECS = sorted((Path(__file__).resolve().parents[2] / "specs").glob("*/*.openapi.yaml"))
METHODS = {"get", "put", "post", "delete", "patch"}


def load(path: Path) -> dict[str, object]:
    doc: dict[str, object] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return doc


@pytest.mark.parametrize("path", SPECS, ids=[p.name for p in SPECS])
def test_spec_is_valid_openapi(path: Path) -> None:
    validate(load(path))


@pytest.mark.parametrize("path", SPECS, ids=[p.name for p in SPECS])
def test_every_operation_is_generated(path: Path) -> None:
    doc = load(path)
    x = doc["x-commspec"]
    assert isinstance(x, dict)
    package = f"commspec_generated.{x['vendor']}_{x['api']}"
    spec_module = importlib.import_module(f"{package}.spec")
    paths = doc["paths"]
    assert isinstance(paths, dict)
    for item in paths.values():
        for method, operation in item.items():
            if method not in METHODS:
                continue
            name = operation["operationId"]
            tag, method_name = operation["tags"][0], name[len(operation["tags"][0]) + 1 :]
            assert name in spec_module.OPERATIONS, f"{name} missing from {package}.spec"
            resources = importlib.import_module(f"{package}.api.{tag}")
            classes = [
                c
                for c in vars(resources).values()
                if isinstance(c, type)
                and issubclass(c, SyncResource | AsyncResource)
                and c not in (SyncResource, AsyncResource)
            ]
            assert len(classes) == 2, f"{package}.api.{tag} should define a sync and an async resource"
            for cls in classes:
                assert callable(getattr(cls, method_name, None)), (
                    f"{cls.__name__}.{method_name} not generated"
                )
