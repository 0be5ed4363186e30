"""A standard auth needs no Python: a vendor whose spec declares an API key header (tests/fixtures/acme/)
is generated into a temporary tree, and its generated client and the mock's standard fake work end to
end: a call returns the typed model, a wrong key ends in AuthenticationError, bad input is refused."""

from __future__ import annotations

import importlib
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

import commspec
import commspec_generated
from commspec import _logging, errors
from commspec.mock import MockServer
from commspec.mock._config import MockConfig
from commspec.mock._specs import demo_credentials

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # `generator` is a top-level directory, not an installed package

from generator.__main__ import generate_all  # noqa: E402

FIXTURE = ROOT / "tests" / "fixtures" / "acme" / "notes.openapi.yaml"


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("acme")
    (root / "specs" / "acme").mkdir(parents=True)
    shutil.copyfile(FIXTURE, root / "specs" / "acme" / FIXTURE.name)
    assert generate_all(root=root, out=root / "generated" / "commspec_generated", faces=root / "faces") == [
        "acme_notes"
    ]
    # Nothing hand-written: the vendor package is the three generated faces.
    assert sorted(p.name for p in (root / "faces" / "acme").iterdir()) == [
        "__init__.py",
        "_client.py",
        "types.py",
    ]
    return root


@pytest.fixture
def acme(tree: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[ModuleType]:
    """``commspec.acme``, importable while the test runs (the temporary tree joins both packages)."""
    monkeypatch.setattr(commspec, "__path__", [*commspec.__path__, str(tree / "faces")])
    monkeypatch.setattr(
        commspec_generated,
        "__path__",
        [*commspec_generated.__path__, str(tree / "generated" / "commspec_generated")],
    )
    secret_headers = set(_logging.SECRET_HEADERS)  # the fixture's spec registers X-Api-Key
    try:
        yield importlib.import_module("commspec.acme")
    finally:
        for name in [n for n in sys.modules if n.startswith(("commspec.acme", "commspec_generated.acme_"))]:
            del sys.modules[name]
        _logging.SECRET_HEADERS.clear()
        _logging.SECRET_HEADERS.update(secret_headers)


def client(acme: ModuleType, server: MockServer, api_key: str) -> Any:
    transport = httpx.Client(transport=server.httpx_transport())
    return acme.AcmeClient(api_key, base_url="http://mock", http_client=transport, max_retries=0)


def test_the_mock_serves_the_fixture_vendor_with_its_standard_fake(acme: ModuleType) -> None:
    server = MockServer(MockConfig())
    assert "acme" in server.backends
    assert demo_credentials()["ACME_API_KEY"] == "demo-acme-key"


def test_a_call_returns_the_typed_model_and_a_wrong_key_is_refused(acme: ModuleType) -> None:
    server = MockServer(MockConfig())
    with client(acme, server, "demo-acme-key") as good:
        note = good.notes.create(text="buy milk")
        assert type(note).__name__ == "Note" and note.text == "buy milk" and note.id
        assert isinstance(note, importlib.import_module("commspec.acme.types").Note)
        assert good.notes.retrieve(note.id) == note
        with pytest.raises(errors.NotFoundError) as missing:
            good.notes.retrieve("no-such-note")
        assert missing.value.code == "404" and missing.value.http_status == 404
        with pytest.raises(errors.ValidationError):  # maxLength from the spec, before any I/O
            good.notes.create(text="x" * 201)
    with client(acme, server, "wrong-key") as bad, pytest.raises(errors.AuthenticationError) as refused:
        bad.notes.create(text="buy milk")
    assert refused.value.code == "401" and refused.value.vendor == "acme"


def test_the_key_comes_from_the_environment_and_is_checked(
    acme: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ACME_API_KEY", "key\n")
    with pytest.raises(errors.ConfigurationError) as caught:
        acme.AcmeClient(base_url="http://mock")
    assert "ACME_API_KEY" in str(caught.value) and "key\n" not in str(caught.value)
