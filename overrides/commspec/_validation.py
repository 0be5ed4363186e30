"""Pre-flight validation: the generated pydantic models plus the spec's cross-field rules.

The same functions back the mock's request validation, so client and mock cannot disagree.
"""

from __future__ import annotations

import json
import typing
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import pydantic
from pydantic import BaseModel

from commspec._paths import body_errors, path_errors, query_errors
from commspec._spec import ApiSpec, Operation, Rule
from commspec.errors import MAX_FIELD_ERRORS, FieldError, ValidationError


def format_path(loc: Sequence[int | str], prefix: str = "") -> str:
    path = prefix
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path = f"{path}.{part}" if path else part
    return path or "(body)"


def _rule_name(error_type: str) -> str:
    # pydantic's error types are stable identifiers ("greater_than_equal", "string_too_short", ...)
    return {"missing": "required", "extra_forbidden": "unknown_field", "literal_error": "enum"}.get(
        error_type, error_type
    )


def _pydantic_errors(error: pydantic.ValidationError, prefix: str) -> list[FieldError]:
    """The first ``MAX_FIELD_ERRORS`` of ``error`` (``error.error_count()`` says how many it holds).

    ``errors()`` builds a dict per error, 300,000 of them for a 600 kB hostile answer (3.8 s, 170 MB);
    pydantic-core writes them all as one JSON string in a fraction of that, of which only the first
    ones are decoded here.
    """
    if error.error_count() <= MAX_FIELD_ERRORS:
        items = error.errors(include_url=False, include_input=False, include_context=False)
    else:
        items = _first_items(error.json(include_url=False, include_input=False, include_context=False))
    return [
        FieldError(format_path(item["loc"], prefix), _rule_name(item["type"]), item["msg"]) for item in items
    ]


def _first_items(array: str) -> list[Any]:
    """The first ``MAX_FIELD_ERRORS`` items of the JSON array ``array``, the rest left undecoded."""
    decoder, index = json.JSONDecoder(), 0
    items: list[Any] = []
    while len(items) < MAX_FIELD_ERRORS and array[index] in "[,":  # pydantic-core writes no spaces
        item, index = decoder.raw_decode(array, index + 1)
        items.append(item)
    return items


def _nested_fields(cls: type[BaseModel]) -> tuple[tuple[str, str], ...]:
    """(field, wire name) of the fields of ``cls`` whose type can hold another model (computed once per
    class)."""
    cached = _NESTED.get(cls)
    if cached is None:
        cached = tuple(
            (name, field.alias or name)
            for name, field in cls.model_fields.items()
            if _mentions_model(field.annotation)
        )
        _NESTED[cls] = cached
    return cached


_NESTED: dict[type[BaseModel], tuple[tuple[str, str], ...]] = {}


def _field_names(cls: type[BaseModel]) -> dict[str, str]:
    """Wire name -> field name (rules name wire fields; the models use snake_case)."""
    cached = _NAMES.get(cls)
    if cached is None:
        cached = {(field.alias or name): name for name, field in cls.model_fields.items()}
        _NAMES[cls] = cached
    return cached


_NAMES: dict[type[BaseModel], dict[str, str]] = {}


def _value(model: BaseModel, wire: str) -> Any:
    return getattr(model, _field_names(type(model)).get(wire, wire), None)


def _mentions_model(annotation: Any) -> bool:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return True
    return any(_mentions_model(arg) for arg in typing.get_args(annotation))


def _walk(value: Any, path: str) -> Iterator[tuple[BaseModel, str]]:
    if isinstance(value, BaseModel):
        yield value, path
        for name, wire in _nested_fields(type(value)):
            yield from _walk(getattr(value, name), f"{path}.{wire}" if path else wire)
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _walk(item, f"{path}[{index}]")


def _matches(model: BaseModel, when: Mapping[str, Any] | None) -> bool:
    return when is None or all(_value(model, k) == v for k, v in when.items())


def _condition(rule: Rule) -> str:
    """The rule's ``when`` in words, for its error message (built only when the rule is broken)."""
    return " and ".join(f"{k} is {v!r}" for k, v in (rule.when or {}).items())


def _check(rule: Rule, model: BaseModel, path: str) -> FieldError | None:
    def at(field: str) -> str:
        return f"{path}.{field}" if path else field

    first = rule.fields[0]
    # Only what the caller set counts: a schema default (brackets="CN") must not trip forbidden_unless.
    given = _field_names(type(model)).get(first, first) in model.model_fields_set
    value = _value(model, first) if given else None
    if rule.kind == "required_if":
        if _matches(model, rule.when) and value is None:
            return FieldError(at(first), "required_if", f"required when {_condition(rule)}")
    elif rule.kind == "forbidden_unless":
        if value is not None and not _matches(model, rule.when):
            return FieldError(at(first), "forbidden_unless", f"allowed only when {_condition(rule)}")
    elif rule.kind == "equals_if":
        if _matches(model, rule.when) and value is not None and value != rule.value:
            return FieldError(at(first), "equals_if", f"must be {rule.value!r} when {_condition(rule)}")
    elif rule.kind == "not_before":
        if value is not None and value < rule.value:
            return FieldError(at(first), "not_before", f"must not be before {rule.value}")
    elif rule.kind == "not_after":
        if value is not None and value > rule.value:
            return FieldError(at(first), "not_after", f"must not be after {rule.value}")
    elif rule.kind == "ordered":
        later = _value(model, rule.fields[1])
        if (
            _matches(model, rule.when)  # `when`: the order matters only then (startDateTime: AUTO only)
            and value is not None
            and later is not None
            and (later < value or (later == value and not rule.allow_equal))
        ):
            relation = "at or after" if rule.allow_equal else "after"
            return FieldError(at(rule.fields[1]), "ordered", f"must be {relation} {first} ({value})")
    else:  # pragma: no cover - the generator only emits known kinds
        raise ValueError(f"unknown rule kind {rule.kind!r}")
    return None


def rule_violations(api: ApiSpec, model: BaseModel, prefix: str = "") -> list[tuple[FieldError, str]]:
    """Every cross-field rule broken anywhere in ``model``'s tree, with the vendor code of each."""
    if not api.rules:
        return []
    found = []
    for node, path in _walk(model, prefix):
        for rule in api.rules.get(type(node).__name__, ()):
            error = _check(rule, node, path)
            if error is not None:
                found.append((error, rule.code))
    return found


def validate_model(
    api: ApiSpec, model_cls: type[BaseModel], data: Any, *, prefix: str = "", strict: bool = True
) -> tuple[BaseModel | None, list[FieldError], list[str]]:
    """(model, errors, vendor codes of the errors). ``strict`` refuses ``"7"`` for an int.

    ``data`` is what goes on the wire: keys are wire names only (``waitingTime``, never
    ``waiting_time``), and keys the schema does not declare are refused where it is closed."""
    try:
        model = model_cls.model_validate(data, strict=strict, by_alias=True, by_name=False)
    except pydantic.ValidationError as error:
        errors = _pydantic_errors(error, prefix)
        codes = [_missing_code(api, e) or _field_code(api, e.path) for e in errors]
        return None, errors, codes
    broken = rule_violations(api, model, prefix)
    if api.string_length == "utf-16" and not _bmp_only_bounded(data):
        invalid = str(api.mock.get("invalid-parameter", ""))
        broken += [(error, _field_code(api, error.path) or invalid) for error in utf16_errors(model, prefix)]
    return model, [e for e, _ in broken], [c for _, c in broken]


def _bmp_only(data: Any) -> bool:
    """Whether ``data`` is plain JSON-like data whose text has no character outside the BMP, where
    UTF-16 units and code points count alike (the common case: no walk of the model). Anything else,
    a model passed as an argument included, answers False and gets the walk."""
    kind = type(data)
    if kind is str:
        return data.isascii() or all(ord(char) < 0x10000 for char in data)
    if kind is dict:
        return all(_bmp_only(key) and _bmp_only(value) for key, value in data.items())
    if kind is list or kind is tuple:
        return all(_bmp_only(item) for item in data)
    return data is None or kind is int or kind is float or kind is bool


def _bmp_only_bounded(data: Any) -> bool:
    try:
        return _bmp_only(data)
    except RecursionError:  # absurdly deep: let the walk decide
        return False


def utf16_errors(model: BaseModel, prefix: str = "") -> list[FieldError]:
    """Strings of ``model``'s tree longer than their ``maxLength`` counted in UTF-16 code units (the
    spec's ``x-commspec.string-length: utf-16``): pydantic counts code points, so 20 emoji pass its
    ``max_length=32`` and are 40 units to a Java backend."""
    found = []
    for node, path in _walk(model, prefix):
        for name, wire, limit in _max_lengths(type(node)):
            value = getattr(node, name)
            if isinstance(value, str) and len(value) * 2 > limit:  # cheap: code points <= units
                units = len(value.encode("utf-16-le")) // 2
                if units > limit:
                    found.append(
                        FieldError(
                            f"{path}.{wire}" if path else wire,
                            "string_too_long",
                            f"String should have at most {limit} characters, counted in UTF-16 "
                            f"code units ({units}: a character outside the BMP counts 2)",
                        )
                    )
    return found


def _max_lengths(cls: type[BaseModel]) -> tuple[tuple[str, str, int], ...]:
    """(field, wire name, maxLength) of the string fields of ``cls`` that have one (once per class)."""
    cached = _MAX_LENGTHS.get(cls)
    if cached is None:
        from annotated_types import MaxLen

        cached = tuple(
            (name, field.alias or name, meta.max_length)
            for name, field in cls.model_fields.items()
            for meta in field.metadata
            if isinstance(meta, MaxLen)
        )
        _MAX_LENGTHS[cls] = cached
    return cached


_MAX_LENGTHS: dict[type[BaseModel], tuple[tuple[str, str, int], ...]] = {}


def _missing_code(api: ApiSpec, error: FieldError) -> str | None:
    """The spec's code for a required field left out (x-commspec.mock.missing-parameter), if it has one:
    absent is not the same as invalid (Huawei: a missing app_id is MSGSMS.0002, an unknown one 0076)."""
    return (
        str(api.mock["missing-parameter"])
        if error.rule == "required" and "missing-parameter" in api.mock
        else None
    )


def _field_code(api: ApiSpec, path: str) -> str:
    for part in reversed(path.replace("[", ".").split(".")):
        if part in api.field_codes:
            return api.field_codes[part]
    return str(api.mock.get("invalid-parameter", ""))


def preflight(operation: Operation, params: Mapping[str, Any], body: Any) -> tuple[dict[str, Any], Any]:
    """Raise ValidationError naming every broken field and rule; nothing has been sent yet.

    Returns params and body as validated (``True`` given for an int enum is sent as ``1``).
    """
    errors: list[FieldError] = []
    out_params, out_body = dict(params), body
    if operation.params_model is not None:
        # Strictly validated path/query values are sent as given (no coercion happened).
        errors += validate_model(operation.api, operation.params_model, params)[1]
    # Each path parameter must be one URL segment (not empty, "." or ".."): a value the model already
    # refused is not reported twice.
    reported = frozenset(e.path.split(".", 1)[0].split("[", 1)[0] for e in errors)
    errors += path_errors(operation, params, skip=reported)
    # Query values: UTF-8, int64, a query httpx accepts (the path rules, for the rest of the URL).
    errors += query_errors(operation, params, skip=reported)
    if operation.body_model is not None:
        model, found, _ = validate_model(operation.api, operation.body_model, body)
        errors += found
        if model is not None:
            out_body = model.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if out_body is not None and not isinstance(out_body, bytes | bytearray):
        errors += body_errors(out_body)  # what json.dumps would choke on, by wire path
    if errors:
        raise ValidationError(operation.qualified_name, errors)
    return out_params, out_body
