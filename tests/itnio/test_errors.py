"""Every documented status code becomes the right typed exception (expected classes written here,
independently of the spec's table), with code, vendor reason and raw response kept."""

from __future__ import annotations

import httpx
import pytest

from commspec import errors
from commspec.itnio import ItnioClient
from tests.itnio.conftest import KEY, SECRET

OTP_CODES = {
    "-1": errors.AuthenticationError,
    "-2": errors.PermissionDeniedError,
    "-16": errors.TimestampExpiredError,
    "-18": errors.ServerError,
    "-20": errors.ConflictError,
    "-22": errors.InvalidParameterError,
}
AIVOICE_CODES = {
    "-1": errors.AuthenticationError,
    "-3": errors.InsufficientBalanceError,
    "-4": errors.TimestampExpiredError,
    "-5": errors.ServerError,
    "-6": errors.PermissionDeniedError,
    "-27": errors.InvalidParameterError,
    "-28": errors.InvalidParameterError,
    "-29": errors.InvalidParameterError,
    "-30": errors.InvalidParameterError,
    "-31": errors.InvalidParameterError,
    "-33": errors.ConflictError,
    "-37": errors.NotFoundError,
    "-38": errors.ConflictError,
    "-39": errors.ConflictError,
    "-41": errors.InvalidParameterError,
    "-45": errors.ConflictError,
    "-46": errors.InvalidParameterError,
    "-48": errors.InvalidParameterError,
    "-49": errors.PermissionDeniedError,
    "-50": errors.PermissionDeniedError,
    "-51": errors.InvalidParameterError,
    "-52": errors.InvalidParameterError,
    "-57": errors.AuthenticationError,
    "-58": errors.AuthenticationError,
    "-59": errors.AuthenticationError,
    "-60": errors.NotFoundError,
}


def client_answering(code: str) -> ItnioClient:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"status": code, "reason": f"vendor says {code}", "data": None})

    return ItnioClient(
        KEY, SECRET, base_url="http://x", http_client=httpx.Client(transport=httpx.MockTransport(answer))
    )


@pytest.mark.parametrize(("code", "cls"), OTP_CODES.items())
def test_otp_status_codes(code: str, cls: type[errors.APIError]) -> None:
    with pytest.raises(cls) as caught:
        client_answering(code).flows.list()
    assert type(caught.value) is cls
    assert caught.value.code == code and caught.value.vendor == "itnio"
    assert caught.value.message == f"vendor says {code}"
    assert caught.value.response is not None and caught.value.response.status_code == 200


@pytest.mark.parametrize(("code", "cls"), AIVOICE_CODES.items())
def test_aivoice_status_codes(code: str, cls: type[errors.APIError]) -> None:
    with pytest.raises(cls) as caught:
        client_answering(code).tasks.start(app_id="LILIN888", job_id=1)
    assert type(caught.value) is cls and caught.value.code == code


def test_same_number_means_different_things_per_product() -> None:
    # -27 is a parameter error on AI voice but a send limit on OTP (reference §6 Q15): not conflated.
    with pytest.raises(errors.InvalidParameterError):
        client_answering("-27").tasks.start(app_id="A", job_id=1)
    with pytest.raises(errors.APIError) as caught:
        client_answering("-4").flows.list()
    assert type(caught.value) is errors.APIError  # -4 is not an OTP code


def test_non_json_body_is_a_format_error() -> None:
    def html(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text="<html>maintenance</html>", headers={"content-type": "text/html"})

    client = ItnioClient(
        KEY, SECRET, base_url="http://x", http_client=httpx.Client(transport=httpx.MockTransport(html))
    )
    with pytest.raises(errors.ResponseFormatError):
        client.flows.list()


def test_credentials_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ITNIO_API_KEY", raising=False)
    monkeypatch.delenv("ITNIO_API_SECRET", raising=False)
    with pytest.raises(ValueError, match="ITNIO_API_KEY"):
        ItnioClient()
    monkeypatch.setenv("ITNIO_API_KEY", "k")
    monkeypatch.setenv("ITNIO_API_SECRET", "s")
    assert ItnioClient().base_url == "https://api.itniotech.com"
