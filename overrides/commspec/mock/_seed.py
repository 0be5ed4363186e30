"""Seeding: state created from JSON (``POST /_mock/seed``, ``commspec-mock --seed FILE``), checked as API
calls are, because each item is one: the vendor's own commspec client, with the mock's credentials and
an in-process transport to the mock, calls the operation with the item's arguments. The client checks
the arguments before sending, the vendor fake checks the request, and the engine applies the spec's
effect (ids, uniqueness, defaults), exactly as for a test's own call.

A seed is a JSON list of calls, each ``{"operation": "<operationId>", "arguments": {...}}`` (qualified by
the vendor, ``huawei.templates_create``, where several vendors use the operationId) with the
arguments of the client method (its Python names: ``flows.create(name=..., flow=[...])`` is
``{"operation": "flows_create", "arguments": {"name": ..., "flow": [...]}}``; a model argument, such as
IOVOX's ``call_flow``, as a JSON object of its fields). Calls run in order and stop at the first one
refused (``SeedError`` names its index); the ones before it stay.
"""

from __future__ import annotations

import contextlib
import dataclasses
import importlib
import inspect
import sys
import typing
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import pydantic

from commspec import _defaults
from commspec._client import SyncClient
from commspec._resource import SyncResource
from commspec._spec import ApiSpec, Operation
from commspec.errors import CommspecError
from commspec.mock._config import MockConfig
from commspec.mock._environment import client_environment
from commspec.mock._http import Handle
from commspec.mock._transport import InProcessTransport

# Where the seeding clients believe they send (never resolved: the transport answers in-process).
SEED_URL = "http://seed.commspec.invalid"


class SeedError(ValueError):
    """A seed call that was refused: ``index`` of the call (``None``: the seed as a whole), and what the
    client or the vendor fake said."""

    def __init__(self, index: int | None, message: str) -> None:
        where = "seed" if index is None else f"seed[{index}]"
        super().__init__(f"{where}: {message}")
        self.index = index


def seed(handle: Handle, config: MockConfig, operations: Mapping[str, Operation], calls: object) -> list[Any]:
    """Run every call of ``calls`` (the seed's JSON) against the mock that ``handle`` answers for;
    the results, as JSON values (a created item with its new id, ...)."""
    if not isinstance(calls, list):
        raise SeedError(None, 'expected a JSON list of {"operation": ..., "arguments": {...}} calls')
    results: list[Any] = []
    with _clients(handle, config) as client_for:
        for index, call in enumerate(calls):
            operation, arguments = _parse(index, call, operations)
            method = _method(client_for(operation.api), operation)
            if method is None:
                raise SeedError(index, f"{operation.name} has no client method to seed with")
            try:
                result = method(**_converted(method, arguments))
            except CommspecError as error:
                raise SeedError(index, f"{operation.name}: {error}") from None
            except (TypeError, pydantic.ValidationError) as error:  # a missing, unknown or ill-typed argument
                raise SeedError(index, f"{operation.name}: {error}") from None
            results.append(_jsonable(result))
    return results


def _parse(index: int, call: object, operations: Mapping[str, Operation]) -> tuple[Operation, dict[str, Any]]:
    if not isinstance(call, dict) or not isinstance(call.get("operation"), str):
        raise SeedError(index, 'expected {"operation": "<operationId>", "arguments": {...}}')
    unknown = set(call) - {"operation", "arguments"}
    if unknown:
        raise SeedError(index, f"unknown keys {sorted(unknown)}; expected operation, arguments")
    name = call["operation"]
    matching = [op for key, op in operations.items() if name in (key, op.name)]
    if len(matching) > 1:
        choices = ", ".join(sorted(op.qualified_name for op in matching))
        raise SeedError(index, f"{name!r} names an operation of several vendors: name one of {choices}")
    if not matching:
        known = sorted({op.name for op in operations.values()} | set(operations))
        raise SeedError(index, f"unknown operation {name!r}; expected one of {', '.join(known)}")
    operation = matching[0]
    arguments = call.get("arguments", {})
    if not isinstance(arguments, dict):
        raise SeedError(index, "arguments: expected a JSON object")
    return operation, arguments


@contextmanager
def _clients(handle: Handle, config: MockConfig) -> Iterator[Callable[[ApiSpec], SyncClient]]:
    """Clients of the mock, one per API (made on first use), built as an application's own would be:
    without arguments, inside defaults that carry the mock's credentials and transport."""
    transport = InProcessTransport(handle)
    defaults = _defaults.ClientDefaults(
        client_environment(config, SEED_URL), transport, transport, url=SEED_URL
    )
    made: dict[str, SyncClient] = {}

    def client_for(api: ApiSpec) -> SyncClient:
        key = f"{api.vendor}.{api.api}"
        if key not in made:
            with _defaults.installed(defaults):
                # Every vendor client takes max_retries= (and nothing else is needed here).
                made[key] = _client_class(api)(max_retries=0)  # type: ignore[call-arg]
        return made[key]

    try:
        yield client_for
    finally:
        for client in made.values():
            client.close()


def _client_class(api: ApiSpec) -> type[SyncClient]:
    """The vendor's blocking client that carries ``api`` (its class binds it: ``_bind_<api>``)."""
    package = importlib.import_module(f"commspec.{api.vendor}")
    for name in getattr(package, "__all__", ()):
        candidate = getattr(package, name)
        if (
            inspect.isclass(candidate)
            and issubclass(candidate, SyncClient)
            and hasattr(candidate, f"_bind_{api.api}")
        ):
            return candidate
    raise LookupError(f"commspec.{api.vendor} has no client for the {api.api} API")


def _method(client: SyncClient, operation: Operation) -> Callable[..., Any] | None:
    """The client method of ``operation``: operationIds are ``<resource>_<method>``, and a resource's
    name may hold underscores itself (``call_flows_update``). Resources are properties of the client
    class, so they are looked up by name, not found in the instance's ``vars``."""
    parts = operation.name.split("_")
    for cut in range(1, len(parts)):
        resource = getattr(client, "_".join(parts[:cut]), None)
        if isinstance(resource, SyncResource):
            method = getattr(resource, "_".join(parts[cut:]), None)
            if callable(method):
                return typing.cast("Callable[..., Any]", method)
    return None


def _converted(method: Callable[..., Any], arguments: Mapping[str, Any]) -> dict[str, Any]:
    """The arguments, a JSON object or list given for a model parameter made into the model (IOVOX's
    ``call_flow``); scalars are passed as they are, for the client to check."""
    converted = dict(arguments)
    for name, value in arguments.items():
        hint = _hint(method, name) if isinstance(value, dict | list) else None
        if hint is not None and _has_model(hint):
            converted[name] = pydantic.TypeAdapter(hint).validate_python(value)
    return converted


def _hint(method: Callable[..., Any], name: str) -> Any:
    """The type of ``method``'s parameter ``name``, resolved with the names its module and its vendor's
    public package know (generated code imports model types for type checking only); ``None`` when it
    cannot be resolved (the value then goes to the client as it is)."""
    parameter = inspect.signature(method).parameters.get(name)
    if parameter is None or parameter.annotation is inspect.Parameter.empty:
        return None
    if not isinstance(parameter.annotation, str):
        return parameter.annotation
    namespace = dict(vars(sys.modules[method.__module__]))
    for module in (f"commspec.{_vendor_of(method)}", f"commspec.{_vendor_of(method)}.types"):
        with contextlib.suppress(ImportError):
            namespace.update(vars(importlib.import_module(module)))
    try:
        return eval(parameter.annotation, namespace)  # noqa: S307 - an annotation of generated code
    except (NameError, SyntaxError, TypeError, AttributeError):
        return None


def _vendor_of(method: Callable[..., Any]) -> str:
    """``itnio`` for a method of ``commspec_generated.itnio_otp``."""
    return method.__module__.split(".")[1].split("_")[0]


def _has_model(hint: Any) -> bool:
    if dataclasses.is_dataclass(hint) or (inspect.isclass(hint) and issubclass(hint, pydantic.BaseModel)):
        return True
    return any(_has_model(argument) for argument in typing.get_args(hint))


def _jsonable(value: Any) -> Any:
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_none=True)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _jsonable(dataclasses.asdict(value))
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)
