"""``help(<Vendor>Client)`` lists the client's resources (issue 19): each is a documented property of
the class, not only an attribute set on an instance. The clients and their resources are found from the
generated package faces (``commspec/<vendor>/_client.py``) and the generated ``api`` packages."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import pydoc
from pathlib import Path

import pytest

from commspec.runtime import AsyncResource, SyncResource

ROOT = Path(__file__).resolve().parents[2]


def generated_clients() -> list[type]:
    clients: list[type] = []
    for face in sorted((ROOT / "overrides" / "commspec").glob("*/_client.py")):
        if "`nox -s generate`" not in face.read_text(encoding="utf-8"):
            continue
        module = importlib.import_module(f"commspec.{face.parent.name}._client")
        clients += [value for name in module.__all__ if inspect.isclass(value := getattr(module, name))]
    return clients


def resources_of(client: type) -> dict[str, type]:
    """Attribute name -> resource class, from the generated ``api`` packages the client's mixins
    come from (one module per tag)."""
    base = (
        AsyncResource
        if issubclass(client, importlib.import_module("commspec._client").AsyncClient)
        else SyncResource
    )
    found: dict[str, type] = {}
    for mixin in client.__mro__:
        if not (mixin.__module__.startswith("commspec_generated.") and mixin.__module__.endswith(".api")):
            continue
        package = importlib.import_module(mixin.__module__)
        for info in pkgutil.iter_modules(package.__path__):
            tag = importlib.import_module(f"{package.__name__}.{info.name}")
            found[info.name] = next(
                value
                for value in vars(tag).values()
                if inspect.isclass(value) and issubclass(value, base) and value.__module__ == tag.__name__
            )
    return found


CLIENTS = generated_clients()


def test_every_vendor_client_is_found() -> None:
    names = {client.__name__ for client in CLIENTS}
    assert {"ItnioClient", "AsyncItnioClient", "MsgsmsClient", "IovoxClient"} <= names


@pytest.mark.parametrize("client", CLIENTS, ids=lambda client: client.__name__)
def test_help_of_the_client_class_lists_its_resources(client: type) -> None:
    text = pydoc.render_doc(client, renderer=pydoc.plaintext)
    resources = resources_of(client)
    assert resources
    for attribute, resource in resources.items():
        assert f"|  {attribute}\n" in text, f"help({client.__name__}) does not list {attribute}"
        assert f"``{resource.__name__}``" in text, (
            f"help({client.__name__}) does not name {resource.__name__}"
        )
        assert isinstance(inspect.getattr_static(client, attribute), property)


def test_itnio_client_help_shows_flows_and_tasks() -> None:
    from commspec.itnio import AsyncItnioClient, ItnioClient

    for client in (ItnioClient, AsyncItnioClient):
        text = pydoc.render_doc(client, renderer=pydoc.plaintext)
        assert "|  flows\n" in text and "|  tasks\n" in text
        prefix = "Async" if client is AsyncItnioClient else ""
        assert f"``{prefix}Flows``" in text and f"``{prefix}Tasks``" in text
