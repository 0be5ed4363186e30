"""The JSON wire: what a user passed (generated models, dicts, sequences) as plain JSON-ready values,
and response bodies read back with a clear error when they are not JSON."""

from __future__ import annotations

import json
from collections.abc import Mapping
from enum import Enum
from typing import Any

import httpx

from commspec.errors import ResponseFormatError

_PLAIN = frozenset({str, int, float, bool})


def to_wire(value: Any) -> Any:
    """Recursively convert to JSON-ready values: generated models by their wire names, with only the
    fields that were set."""
    kind = type(value)
    if kind in _PLAIN or value is None:  # the common cases first, by exact type (ABC checks are slow)
        return value
    if kind is dict:
        return {str(k): to_wire(v) for k, v in value.items()}
    if kind is list:
        if all(type(v) is str for v in value):  # a list of text (500 numbers): nothing to convert
            return list(value)
        return [to_wire(v) for v in value]
    if isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, Mapping):
        return {str(k): to_wire(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_wire(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    fields = getattr(type(value), "model_fields", None)
    if isinstance(fields, dict):  # pydantic models (checked by duck type: pydantic loads lazily)
        # Declared fields only: fields a vendor added were received, not written, so a returned model
        # passed back (a flow's nodes) sends what the spec declares.
        given = value.model_fields_set
        return {
            (field.alias or name): to_wire(getattr(value, name))
            for name, field in fields.items()
            if name in given
        }
    return value


def omit_none(mapping: Mapping[str, Any]) -> dict[str, Any]:
    """The arguments that were given: an optional argument left None is not sent."""
    return {k: v for k, v in mapping.items() if v is not None}


def _not_json(constant: str) -> Any:
    # json.loads accepts NaN, Infinity and -Infinity; JSON (RFC 8259) has no such literals.
    raise ValueError(f"{constant} is not a JSON value")


# One decoder for every body (``json.loads`` with keyword arguments builds a new one per call).
_DECODER = json.JSONDecoder(parse_constant=_not_json)


def loads(body: bytes) -> Any:
    """``json.loads(body)`` (UTF-8, -16 or -32 as detected) without NaN, Infinity or -Infinity.

    pydantic-core's parser reads the common body (UTF-8, no BOM, not absurdly deep) about a third
    faster, with the same values where it succeeds; whatever it refuses goes through ``json``, whose
    verdict (value or error) stands.
    """
    from pydantic_core import from_json  # loaded with pydantic, on the first call

    try:
        return from_json(body, allow_inf_nan=False)
    except ValueError:
        pass
    return _DECODER.decode(body.decode(json.detect_encoding(body), "surrogatepass"))


def read_json(response: httpx.Response, *, operation: str | None = None) -> Any:
    """The decoded body, or ResponseFormatError naming what came instead (HTML error page, truncation,
    non-UTF-8 bytes, NaN/Infinity literals, nesting too deep for the decoder)."""
    try:
        return loads(response.content)
    except RecursionError:
        # ~100,000 nested brackets exhaust the decoder's stack: refuse rather than crash.
        raise ResponseFormatError(
            f"{_where(operation)}expected JSON, got a body nested too deeply to read: {_got(response)}",
            response=response,
            operation=operation,
        ) from None
    except ValueError as error:  # JSONDecodeError, UnicodeDecodeError, integers over 4,300 digits
        raise ResponseFormatError(
            f"{_where(operation)}expected JSON, got {_got(response)}: {error}",
            response=response,
            operation=operation,
        ) from error


def _where(operation: str | None) -> str:
    return f"{operation}: " if operation else ""


def _got(response: httpx.Response) -> str:
    """What came instead of JSON (built only on failure: the success path stays lean)."""
    return (
        f"{response.headers.get('content-type', 'no content type')} "
        f"(http {response.status_code}, {len(response.content)} bytes)"
    )


def json_or_none(response: httpx.Response) -> Any:
    """The decoded body of an error answer, or None when it is not readable JSON (the HTTP status
    then speaks for it)."""
    try:
        return read_json(response)
    except ResponseFormatError:
        return None
