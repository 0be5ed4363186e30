"""Python arguments the generated methods turn into one wire value (``x-commspec-argument``).

``join``: a list of names sent as one parameter, joined by a separator (IOVOX ``call_flows=A|B``). The
wire has no escape, so a name containing the separator would be read as several names and a delete
would remove flows the caller did not name; a bare string would be joined character by character.
Both are refused before anything is sent, as are non-string items, empty names and an empty list.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from commspec._spec import Operation
from commspec.errors import FieldError, ValidationError


def join_names(operation: Operation, argument: str, values: Any, separator: str) -> str:
    """``values`` joined by ``separator``; ValidationError naming ``argument`` when that would not
    round-trip to exactly these names."""
    errors: list[FieldError] = []
    if isinstance(values, str | bytes | bytearray | Mapping):
        kind = "a single string" if isinstance(values, str) else type(values).__name__
        errors.append(FieldError(argument, "type", f"must be a list of strings, not {kind} (pass [name])"))
    elif not isinstance(values, Sequence):
        errors.append(FieldError(argument, "type", f"must be a list of strings, not {type(values).__name__}"))
    elif not values:
        errors.append(FieldError(argument, "min_items", "must name at least one"))
    else:
        for index, value in enumerate(values):
            path = f"{argument}[{index}]"
            if not isinstance(value, str):
                errors.append(FieldError(path, "type", f"must be a string, not {type(value).__name__}"))
            elif not value:
                errors.append(FieldError(path, "empty", "must not be empty"))
            elif separator in value:
                message = f"must not contain {separator!r}: it separates the names on the wire (no escape)"
                errors.append(FieldError(path, "separator", message))
    if errors:
        raise ValidationError(operation.qualified_name, errors)
    return separator.join(values)
