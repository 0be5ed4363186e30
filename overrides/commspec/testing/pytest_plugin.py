"""pytest plugin (entry point ``pytest11``, so installing commspec is enough).

- ``commspec_mock``: every commspec client built in the test without ``base_url=`` talks to an
  in-process mock of all vendors (``mock_vendors()``); the fixture is that mock, fresh for each test.
  Server mode: with ``COMMSPEC_MOCK_URL`` set (a ``commspec-mock`` started beside the test run), the
  fixture drives that served mock instead, reset for each test, with the same helpers.
- ``commspec_mock_server``: the same mock served by uvicorn on 127.0.0.1 (``.url``), with every base URL
  and credential variable a client needs set for the test (``.environ``) and restored after. Needs
  ``pip install 'commspec[mock]'``.

Loading the plugin imports nothing of commspec: pytest starts as fast as before, with or without the
``mock`` extra; each fixture imports what it needs when a test asks for it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from commspec.testing import VendorMock


@pytest.fixture
def commspec_mock() -> Iterator[VendorMock]:
    """The mock of every vendor that commspec clients built without ``base_url=`` reach: in process, or
    in server mode (``COMMSPEC_MOCK_URL`` set, as moto's ``TEST_SERVER_MODE``) the served mock at that
    URL, reset for each test, with the same helpers."""
    url = os.environ.get("COMMSPEC_MOCK_URL")
    if url:
        from commspec.testing._served import served_vendors

        with served_vendors(url) as served:
            yield served
        return
    from commspec.testing import mock_vendors

    with mock_vendors() as mock:
        yield mock


@pytest.fixture
def commspec_mock_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[VendorMock]:
    """The mock on a real port of 127.0.0.1; the client environment variables point at it."""
    try:
        import commspec.mock._serve  # noqa: F401 - uvicorn: the `mock` extra
        from commspec.testing._served import served_mock
    except ImportError as error:
        missing = error.name
    else:
        missing = None
    if missing is not None:  # outside the except: the report shows the advice, not a chained traceback
        advice = f"commspec_mock_server needs the server stack ({missing} is missing)"
        pytest.fail(f"{advice}: pip install 'commspec[mock]'", pytrace=False)
    with served_mock() as mock:
        for name, value in mock.environ.items():
            monkeypatch.setenv(name, value)
        yield mock
