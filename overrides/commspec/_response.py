"""Success payloads in, returned objects out: the one place where a vendor's answer is checked against
its spec and turned into what a call returns.

Every success payload is validated against the pydantic model of the operation's response schema (the
same generated models that check requests, ``Operation.response_model``) before anything is built from
it. The rules, chosen for answers we do not control:

- Extra fields are kept, at every level (vendors add fields): validation runs with ``extra="allow"``
  and the returned object keeps them (``obj["field"]`` on the generated models).
- Types are checked in pydantic's *lax* mode (Postel): ``"12"`` is accepted for an integer, ``"true"``
  or ``1`` for a boolean, and the returned object holds the declared type (``12``, ``True``). ITNIO's
  own pages disagree on such types (``flowId`` String vs Int, ``isDialogFlowUnbind`` String vs boolean,
  ``channelCut`` sent as ``"0"``: shared/reference/itnio.md Q5, Q12, Q19), while the value meant is
  unambiguous. Nothing lossy is coerced: ``12.5`` is not an integer, a number is not a string, an
  unknown enum value is not in the enum.
- A missing required field, or one of the wrong type, is a ResponseFormatError naming the operation
  and every offending field path (``data.flow[1].waitingTime``). A payload that breaks its spec is never
  returned as if valid.

Requests are validated strictly (``"7"`` is not an int, see ``commspec._validation``): what we send is
ours to get right.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from commspec.errors import FieldError, ResponseFormatError

if TYPE_CHECKING:
    from pydantic import BaseModel

    from commspec._spec import Operation

T = TypeVar("T")

__all__ = ["parse", "parse_xml", "validated"]


def parse(operation: Operation, payload: Any, build: Callable[[Any], T]) -> T:
    """``build`` (a generated ``from_dict``) applied to ``payload`` once it is known to match the
    operation's response schema; ResponseFormatError otherwise."""
    return _build(operation, build, validated(operation, payload))


def validated(operation: Operation, payload: Any) -> Any:
    """``payload`` as the spec types it (lax coercions applied, extra fields kept), or
    ResponseFormatError naming every field that breaks the operation's response schema."""
    model = operation.response_model
    if model is None:
        return payload
    # Imported here: generated modules import this one, and pydantic loads on the first call only.
    import pydantic

    from commspec._validation import _pydantic_errors as pydantic_errors

    try:
        # Fast path: a payload that already has the declared types is returned as received.
        model.model_validate(payload, strict=True, extra="allow")
        return payload
    except pydantic.ValidationError:
        pass
    except RecursionError:
        raise _unreadable(operation, "nested too deeply") from None
    try:
        instance = model.model_validate(payload, strict=False, extra="allow")
    except pydantic.ValidationError as error:
        raise _broken(operation, pydantic_errors(error, "")) from None
    except RecursionError:
        raise _unreadable(operation, "nested too deeply") from None
    # Coerced: rebuild the wire form from the validated values, and put back the extra fields, which
    # pydantic only serialises for models declared extra="allow".
    dumped = instance.model_dump(mode="json", by_alias=True, exclude_unset=True)
    _restore_extras(instance, dumped)
    return dumped


def parse_xml(operation: Operation, payload: Any, cls: type[T]) -> T:
    """An XML success body bound to the XSD class ``cls`` (the IOVOX call flow language): refused
    constructs, schema violations (named by path) and a wrong root are ResponseFormatErrors;
    undeclared attributes are kept in ``any_attributes``."""
    from commspec._xml_binding import parse_response

    if not isinstance(payload, bytes | bytearray):
        raise _unreadable(operation, "not an XML body")
    return parse_response(bytes(payload), cls, operation=operation.qualified_name)


def _build(operation: Operation, build: Callable[[Any], T], data: Any) -> T:
    try:
        return build(data)
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as error:
        # Validation passed, so this is a gap between the schema and the generated class; still a
        # commspec error, never a bare exception.
        raise _unreadable(operation, f"not readable ({type(error).__name__})") from None


def _broken(operation: Operation, errors: list[FieldError]) -> ResponseFormatError:
    name = operation.qualified_name
    lines = "\n".join(f"  - {error}" for error in errors)
    return ResponseFormatError(
        f"{name}: the vendor reported success but its answer breaks the spec, "
        f"{len(errors)} field(s):\n{lines}",
        operation=name,
        errors=errors,
    )


def _unreadable(operation: Operation, what: str) -> ResponseFormatError:
    name = operation.qualified_name
    return ResponseFormatError(
        f"{name}: the vendor reported success but its answer is {what}", operation=name
    )


def _restore_extras(model: BaseModel, dumped: Any) -> None:
    import pydantic

    if not isinstance(dumped, dict) or isinstance(model, pydantic.RootModel):
        return
    fields = type(model).model_fields
    for name in model.model_fields_set:
        field = fields.get(name)
        if field is not None:
            _restore_in(getattr(model, name), dumped.get(field.alias or name))
    for key, value in (model.model_extra or {}).items():
        dumped.setdefault(key, value)


def _restore_in(value: Any, dumped: Any) -> None:
    import pydantic

    if isinstance(value, pydantic.BaseModel):
        _restore_extras(value, dumped)
    elif isinstance(value, list) and isinstance(dumped, list):
        for item, dumped_item in zip(value, dumped, strict=False):
            _restore_in(item, dumped_item)
