"""What ``MockServer.state()`` returns: the document ``GET /_mock/state`` serves, the same in process and
over HTTP (every key a string, as JSON has them: ITNIO's int flow ids included), with typed access to
the parts every mock has."""

from __future__ import annotations

from typing import Any, TypeAlias

JSONValue: TypeAlias = "str | int | float | bool | list[JSONValue] | dict[str, JSONValue] | None"


class MockState(dict[str, Any]):
    """The mock's state as a JSON document (``state["itnio"]["flows"]``, as ``/_mock/state`` serves it),
    with typed properties for the keys every mock has; a vendor fake's part is ``vendor(name)``."""

    @property
    def credentials(self) -> dict[str, str]:
        """The configured credentials by environment variable (a value that is not a demo one hidden)."""
        return dict(self["credentials"])

    @property
    def request_count(self) -> int:
        return int(self["request_count"])

    @property
    def internal_errors(self) -> list[str]:
        """``"<operation>: <exception type>"`` per bug of the mock hit (a test may fail on them)."""
        return list(self["internal_errors"])

    @property
    def faults(self) -> list[dict[str, JSONValue]]:
        return list(self["faults"])

    def vendor(self, name: str) -> dict[str, JSONValue]:
        """The part of the vendor fake ``name`` (``server.backends`` lists them)."""
        try:
            part = self[name]
        except KeyError:
            raise KeyError(f"no vendor fake {name!r} in this state") from None
        return dict(part)


def json_shaped(value: Any) -> Any:
    """``value`` as JSON would carry it: dict keys as strings (``1`` -> ``"1"``), tuples as lists."""
    if isinstance(value, dict):
        return {_json_key(key): json_shaped(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [json_shaped(item) for item in value]
    return value


def _json_key(key: Any) -> str:
    if isinstance(key, str):
        return key
    if key is None or isinstance(key, bool):
        return {None: "null", True: "true", False: "false"}[key]
    if isinstance(key, float):
        return float.__repr__(key)
    return str(key)
