"""One registry of vendor fakes: every vendor found the same way, its state reached by name."""

from __future__ import annotations

import pytest

from commspec.mock import MockServer
from commspec.mock._router import Router


def test_every_vendor_fake_is_registered_by_name() -> None:
    server = MockServer()
    assert set(server.backends) == {"itnio", "huawei", "huawei_sms", "iovox"}
    for name in server.backends:
        assert name in server.state()  # each fake's state is under its name in /_mock/state


def test_unknown_fake_names_the_registered_ones() -> None:
    with pytest.raises(KeyError, match="registered: \\['huawei', 'huawei_sms', 'iovox', 'itnio'\\]"):
        MockServer().backend("twilio")


def test_a_name_registers_once() -> None:
    server = MockServer()
    with pytest.raises(ValueError, match="'itnio' is already registered"):
        server.register("itnio", object(), Router([]), lambda *_: None)  # type: ignore[arg-type,return-value]
