"""Every error of ``commspec.errors`` survives ``pickle`` and ``copy`` with its fields (issue 16): before,
``APIError.__init__() takes 1 positional argument but 2 were given`` on unpickling, so one vendor 404
in a ``ProcessPoolExecutor`` worker broke the whole pool."""

from __future__ import annotations

import copy
import inspect
import pickle
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import httpx
import pytest

from commspec import errors

REQUEST = httpx.Request("GET", "https://api.example.test/x", headers={"Api-Key": "secret-key"})
RESPONSE = httpx.Response(404, json={"code": "-22"}, request=REQUEST)
FIELDS = [errors.FieldError("data.flow[1].waitingTime", "required", "Field required")]

# The constructor of each family, with every field it has set (the most specific family first).
BUILDERS: list[tuple[type[errors.CommspecError], Callable[[type[Any]], errors.CommspecError]]] = [
    (errors.WebhookPayloadError, lambda cls: cls("huawei.status_report", FIELDS)),
    (errors.ValidationError, lambda cls: cls("itnio.flows_create", FIELDS)),
    (errors.ConfigurationError, lambda cls: cls("api_key (ITNIO_API_KEY)", "must not be empty")),
    (errors.APIOutcomeUnknownError, lambda cls: cls("sent", request=REQUEST, operation="itnio.flows_create")),
    (errors.APIConnectionError, lambda cls: cls("connection failed", request=REQUEST)),
    (errors.ResponseTooLargeError, lambda cls: cls(1000, response=RESPONSE)),
    (
        errors.ResponseFormatError,
        lambda cls: cls("broken", response=RESPONSE, operation="itnio.flows_list", errors=FIELDS),
    ),
    (
        errors.RedirectError,
        lambda cls: cls(
            target_host="other.test", vendor="itnio", code="302", message="redirect", http_status=302
        ),
    ),
    (
        errors.APIError,
        lambda cls: cls(
            vendor="itnio",
            code="-22",
            message="parameter exception",
            http_status=404,
            request_id="req-1",
            response=RESPONSE,
            messages=["parameter exception", "flowId"],
            body={"status": "-22"},
        ),
    ),
]


def error_classes() -> list[type[errors.CommspecError]]:
    found = [
        value
        for value in vars(errors).values()
        if inspect.isclass(value) and issubclass(value, errors.CommspecError)
    ]
    return sorted(found, key=lambda cls: cls.__name__)


def build(cls: type[errors.CommspecError]) -> errors.CommspecError:
    for family, builder in BUILDERS:
        if issubclass(cls, family):
            return builder(cls)
    if cls is errors.CommspecError:
        return cls("plain")
    raise AssertionError(f"no builder for {cls.__name__}: add one to BUILDERS")


def fields(error: BaseException) -> dict[str, Any]:
    return {k: v for k, v in vars(error).items() if k not in ("response", "request")}


@pytest.mark.parametrize("cls", error_classes(), ids=lambda cls: cls.__name__)
def test_every_error_survives_pickle_with_its_fields(cls: type[errors.CommspecError]) -> None:
    error = build(cls)
    restored = pickle.loads(pickle.dumps(error))
    assert type(restored) is cls
    assert str(restored) == str(error) and restored.args == error.args
    assert fields(restored) == fields(error)
    # The httpx objects hold the request's credential headers: never in a pickle.
    assert b"secret-key" not in pickle.dumps(error)
    assert getattr(restored, "response", None) is None and getattr(restored, "request", None) is None


@pytest.mark.parametrize("cls", error_classes(), ids=lambda cls: cls.__name__)
@pytest.mark.parametrize("duplicate", [copy.copy, copy.deepcopy], ids=["copy", "deepcopy"])
def test_every_error_survives_copy_with_its_fields(
    cls: type[errors.CommspecError], duplicate: Callable[[Any], Any]
) -> None:
    error = build(cls)
    copied = duplicate(error)
    assert type(copied) is cls and copied is not error
    assert str(copied) == str(error) and fields(copied) == fields(error)
    for name in ("response", "request"):  # kept, by reference
        assert getattr(copied, name, None) is getattr(error, name, None)


def _raise_not_found() -> None:
    raise build(errors.NotFoundError)


def test_a_vendor_404_in_a_process_pool_reaches_the_caller() -> None:
    with ProcessPoolExecutor(max_workers=1) as pool:
        with pytest.raises(errors.NotFoundError) as info:
            pool.submit(_raise_not_found).result(timeout=60)
        assert pool.submit(int, "7").result(timeout=60) == 7  # the pool still works
    assert info.value.code == "-22" and info.value.http_status == 404
    assert info.value.messages == ("parameter exception", "flowId")
