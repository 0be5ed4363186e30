"""Path parameters: each value becomes exactly one percent-encoded path segment.

A user-supplied id must never address another resource. Percent-encoding everything outside RFC 3986's
unreserved characters keeps ``/``, ``?``, ``#`` and ``%`` inside the segment, but leaves ``.`` and
``..`` as they are, and httpx (like every server) removes such dot segments: ``templates/.`` becomes the
collection, ``templates/..`` its parent. An empty value leaves ``templates/``. Those three are refused,
as are strings that are not UTF-8 (lone surrogates) and values longer than ``MAX_SEGMENT_LENGTH``
characters once encoded, a limit well under the 8 KiB request line of common servers (and under httpx's
64 KiB URL limit, which raises ``httpx.InvalidURL``). Where the spec sets a ``maxLength``, the
validation model checks it too, in characters.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from commspec._spec import Operation
from commspec.errors import MAX_FIELD_ERRORS, FieldError, ValidationError

MAX_SEGMENT_LENGTH = 2048
DOT_SEGMENTS = frozenset({".", ".."})


def segment_rule(value: str) -> tuple[str, str] | None:
    """(rule, message) when ``value`` cannot be one path segment; None when it can."""
    if value == "":
        return "path_segment", "must not be empty: an empty path segment addresses the collection"
    if value in DOT_SEGMENTS:
        return "path_segment", f"must not be {value!r}: URL normalisation removes it and the path changes"
    try:
        encoded = quote(value, safe="", errors="strict")
    except UnicodeEncodeError:
        return "utf8", "must be encodable as UTF-8 (it contains a lone surrogate)"
    if len(encoded) > MAX_SEGMENT_LENGTH:
        return "too_long", f"{len(encoded)} characters percent-encoded, at most {MAX_SEGMENT_LENGTH}"
    return None


def _as_text(value: Any) -> str | None:
    # The validation models type path parameters; an int id (not a bool) is also one plain segment.
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


def path_errors(
    operation: Operation, params: Mapping[str, Any], skip: frozenset[str] = frozenset()
) -> list[FieldError]:
    """Every path parameter of ``operation`` that cannot be one segment, named by its Python argument.

    ``skip``: wire names already reported by the validation model (one error per value is enough).
    """
    found = []
    for name in operation.path_params:
        if name in skip:
            continue
        argument = operation.arguments.get(name, name)
        text = _as_text(params.get(name))
        broken = ("type", "must be a string") if text is None else segment_rule(text)
        if broken is not None:
            rule, message = broken
            where = "" if argument == name else f" (path parameter {name!r})"
            found.append(FieldError(argument, rule, message + where))
    return found


def build_path(operation: Operation, params: Mapping[str, Any]) -> str:
    """``operation.path`` with each ``{name}`` replaced by its value as one percent-encoded segment.

    Raises ValidationError (nothing has been sent) when a value cannot be one segment.
    """
    errors = path_errors(operation, params)
    if errors:
        raise ValidationError(operation.qualified_name, errors)
    path = operation.path
    for name in operation.path_params:
        # safe="": "/" is encoded too; what remains unencoded is A-Z a-z 0-9 "-._~".
        path = path.replace("{" + name + "}", quote(_as_text(params[name]) or "", safe=""))
    return path


# Query and body values get the rules that keep a path segment sendable: text that UTF-8 can carry,
# integers a 64-bit vendor can hold (and that Python can write: over 4,300 digits, str() raises), and a
# query short enough for httpx, which refuses a URL over 64 KiB with httpx.InvalidURL.
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
MAX_QUERY_LENGTH = 32 * 1024  # characters of the percent-encoded query, half of httpx's URL limit


def value_rule(value: Any) -> tuple[str, str] | None:
    """(rule, message) when a query or body value cannot be sent as it is; None when it can."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        if not INT64_MIN <= value <= INT64_MAX:
            return "int64", "must fit in a signed 64-bit integer (-2**63 to 2**63-1)"
    elif isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return "utf8", "must be encodable as UTF-8 (it contains a lone surrogate)"
    return None


def query_errors(
    operation: Operation, params: Mapping[str, Any], skip: frozenset[str] = frozenset()
) -> list[FieldError]:
    """Every query value of ``operation`` that cannot be sent (named by its Python argument), then
    the longest argument when the query as a whole would be over ``MAX_QUERY_LENGTH``."""
    found = []
    length, longest, longest_length = 0, "", -1
    for name in operation.query_params:
        if name in skip or params.get(name) is None:
            continue
        argument = operation.arguments.get(name, name)
        value = params[name]
        items = value if isinstance(value, list | tuple) else (value,)
        broken = next((rule for rule in map(value_rule, items) if rule is not None), None)
        if broken is not None:
            found.append(FieldError(argument, *broken))
            continue
        size = len(name) + 2 + sum(len(quote(str(item), safe="")) for item in items)
        length += size
        if size > longest_length:
            longest, longest_length = argument, size
    if length > MAX_QUERY_LENGTH:
        found.append(
            FieldError(
                longest,
                "too_long",
                f"the query would be {length:,} characters percent-encoded, at most {MAX_QUERY_LENGTH:,}",
            )
        )
    return found


def _sendable(value: Any) -> bool:
    """Whether every value and key of ``value`` can be sent: the common case, checked without building
    a path per node (ASCII text needs no encoding attempt)."""
    kind = type(value)
    if kind is str:
        return bool(value.isascii()) or value_rule(value) is None
    if kind is int:
        return bool(INT64_MIN <= value <= INT64_MAX)
    if kind is dict:
        return all(_sendable(key) and _sendable(item) for key, item in value.items())
    if kind is list or kind is tuple:
        return all(_sendable(item) for item in value)
    return value_rule(value) is None


def body_errors(body: Any, path: str = "") -> list[FieldError]:
    """Every value (and key) of a JSON body that cannot be sent, by its wire path."""
    try:
        if _sendable(body):
            return []
    except RecursionError:  # absurdly deep: the walk below has no recursion
        pass
    found: list[FieldError] = []
    stack = [(body, path)]
    while stack and len(found) < MAX_FIELD_ERRORS:
        value, where = stack.pop()
        if isinstance(value, dict):
            for key, item in reversed(value.items()):
                child = f"{where}.{key}" if where else str(key)
                broken = value_rule(key)
                if broken is not None:
                    found.append(FieldError(where or "(body)", broken[0], f"a key {broken[1]}"))
                else:
                    stack.append((item, child))
        elif isinstance(value, list | tuple):
            stack.extend((item, f"{where}[{index}]") for index, item in reversed(list(enumerate(value))))
        else:
            broken = value_rule(value)
            if broken is not None:
                found.append(FieldError(where or "(body)", *broken))
    return found


def client_segment_rule(value: str) -> str | None:
    """The rule a client-owned path parameter (Huawei's ``project_id``) breaks, for ConfigurationError."""
    broken = segment_rule(value)
    return None if broken is None else f"{broken[1]}; it is sent as one URL path segment"
