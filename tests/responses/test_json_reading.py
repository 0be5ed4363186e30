"""The fast JSON reader (pydantic-core first, ``json`` for what it refuses) reads every body exactly as
``json.loads`` does, NaN and Infinity refused: the same value, or an error where ``json`` errs."""

from __future__ import annotations

import json
from typing import Any

import pytest

from commspec._wire import loads

BODIES = [
    b'{"a":1,"a":2}',  # duplicate keys: the last wins
    b'{"x":12345678901234567890123,"f":1.0000000000000002,"z":-0.0,"e":1E2}',
    b"1e400",  # overflows to infinity in both readers (a number, not the Infinity literal)
    b'"\\ud800"',  # a lone surrogate: json keeps it, pydantic-core refuses it
    b"\xef\xbb\xbf{}",  # a UTF-8 byte order mark
    '{"k": "ü"}'.encode("utf-16"),  # UTF-16 with its BOM
    b'"\\u0000"',
    b"[" * 300 + b"]" * 300,  # deeper than pydantic-core reads
    b"  {}  ",
]
REFUSED = [b"NaN", b"[Infinity]", b"{}x", b"[" + b"9" * 5000 + b"]", b"", b"\xff"]


def _json_loads(body: bytes) -> Any:
    def refuse(constant: str) -> Any:
        raise ValueError(constant)

    return json.loads(body, parse_constant=refuse)


@pytest.mark.parametrize("body", BODIES)
def test_reads_as_json_loads(body: bytes) -> None:
    value = loads(body)
    assert repr(value) == repr(_json_loads(body))  # repr: -0.0 and 0.0, types of numbers


@pytest.mark.parametrize("body", REFUSED)
def test_refuses_what_json_refuses(body: bytes) -> None:
    with pytest.raises(ValueError):
        _json_loads(body)
    with pytest.raises(ValueError):
        loads(body)
