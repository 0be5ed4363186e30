"""One registry of vendor fakes: every vendor found the same way, its state reached by name."""

from __future__ import annotations

import re

import pytest

from commspec.mock import MockServer
from commspec.mock._router import Router
from commspec.mock._specs import vendors

VENDORS = sorted(vendors())  # the generated specs' vendors: found, not listed


def test_every_vendor_fake_is_registered_by_name() -> None:
    server = MockServer()
    # Every vendor of the specs is served; a vendor may keep more than one state (huawei_sms).
    assert VENDORS and set(VENDORS) <= set(server.backends)
    assert all(name.split("_")[0] in VENDORS for name in server.backends), server.backends
    for name in server.backends:
        assert name in server.state()  # each fake's state is under its name in /_mock/state


def test_unknown_fake_names_the_registered_ones() -> None:
    server = MockServer()
    with pytest.raises(KeyError, match=re.escape(f"registered: {sorted(server.backends)}")):
        server.backend("twilio")


def test_a_name_registers_once() -> None:
    server = MockServer()
    with pytest.raises(ValueError, match=f"'{VENDORS[0]}' is already registered"):
        server.register(VENDORS[0], object(), Router([]), lambda *_: None)  # type: ignore[arg-type,return-value]
