"""MSGSMS templates through the typed client: pre-flight rules, error mapping, pagination, the seed
update over real HTTP with a token from the mock's IAM."""

from __future__ import annotations

import inspect
from typing import Any

import httpx
import pytest

from commspec import _validation, errors
from commspec.huawei import IamPasswordCredentials, MsgsmsClient
from commspec.huawei._errors import handle_huawei_response
from commspec.mock import Fault, MockServer
from commspec.mock.huawei import HuaweiBackend
from commspec_generated.huawei_msgsms import spec
from tests.huawei.conftest import SEED_BODY, credentials_of, draft


class Sent(Exception):
    """Raised by the refusing transport: the request got past pre-flight."""


def offline_client() -> MsgsmsClient:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise Sent(f"{request.method} {request.url}")

    return MsgsmsClient(
        "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
        token="MII-preissued",
        http_client=httpx.Client(transport=httpx.MockTransport(refuse)),
    )


# -- pre-flight: every seed field and rule ---------------------------------------------------------------

ACCEPTED: list[dict[str, Any]] = [
    SEED_BODY,
    {**SEED_BODY, "brackets": "CN", "template_type": "VERIFY_CODE_TYPE", "universal_template": 1},
    {**SEED_BODY, "template_desc": "desc", "flow_status": "Pending"},
    {**SEED_BODY, "flow_status": "Reviewing", "template_content": "x" * 500},
    {
        "app_id": "a",
        "region": "intl",
        "template_content": "Hi",
        "template_name": "n",
        "send_country": [1, 86],
    },
    {
        "app_id": "a",
        "region": "intl",
        "template_content": "Hi",
        "template_name": "n",
        "template_type": "NOTIFY_TYPE",
    },
    {
        **SEED_BODY,
        "variable_attributes": [{"variable_index": 1, "variable_type": "TEXT", "variable_desc": "d"}],
    },
    {**SEED_BODY, "variable_attributes": [{"variable_index": 1, "variable_type": "NEWTEXT"}]},
]

INTL = {"app_id": "a", "region": "intl", "template_content": "Hi", "template_name": "n"}
REJECTED: list[tuple[dict[str, Any], str, str]] = [
    ({**INTL, "brackets": "GB"}, "brackets", "forbidden_unless"),
    ({**INTL, "sign_id": "s"}, "sign_id", "forbidden_unless"),
    ({**SEED_BODY, "send_country": [86]}, "send_country", "forbidden_unless"),
    ({**INTL, "template_type": "VERIFY_CODE_TYPE"}, "template_type", "equals_if"),
    ({**SEED_BODY, "brackets": "XX"}, "brackets", "enum"),
    ({**SEED_BODY, "region": "eu"}, "region", "enum"),
    ({**SEED_BODY, "template_type": "PROMOTION_TYPE"}, "template_type", "enum"),
    ({**SEED_BODY, "universal_template": 2}, "universal_template", "enum"),
    ({**SEED_BODY, "universal_template": "0"}, "universal_template", "enum"),
    ({**SEED_BODY, "flow_status": "Disable"}, "flow_status", "enum"),
    ({**SEED_BODY, "template_content": "x" * 501}, "template_content", "string_too_long"),
    ({**SEED_BODY, "template_name": 7}, "template_name", "string_type"),
    ({**SEED_BODY, "send_country": ["86"]}, "send_country[0]", "int_type"),
    (
        {**SEED_BODY, "variable_attributes": [{"variable_index": 1, "variable_type": "TEXT"}]},
        "variable_attributes[0].variable_desc",
        "required_if",
    ),
    (
        {**SEED_BODY, "variable_attributes": [{"variable_index": 1, "variable_type": "DIGIT"}]},
        "variable_attributes[0].variable_type",
        "enum",
    ),
]


@pytest.mark.parametrize("body", ACCEPTED)
def test_accepted_bodies_pass_preflight(body: dict[str, Any]) -> None:
    client = offline_client()
    # Passing pre-flight means reaching the (refusing) transport.
    with pytest.raises(Sent):
        client.templates.update("tpl-1", **body)


@pytest.mark.parametrize(("body", "path", "rule"), REJECTED)
def test_rejected_bodies_fail_preflight(body: dict[str, Any], path: str, rule: str) -> None:
    client = offline_client()  # anything sent raises Sent, which is not a ValidationError
    with pytest.raises(errors.ValidationError) as info:
        client.templates.update("tpl-1", **body)
    found = {(e.path, e.rule) for e in info.value.errors}
    assert any(p == path and (r == rule or rule in r) for p, r in found), found


@pytest.mark.parametrize(("query", "path"), [({"limit": 0}, "limit"), ({"offset": -1}, "offset")])
def test_list_paging_params_fail_preflight(query: dict[str, Any], path: str) -> None:
    client = offline_client()
    with pytest.raises(errors.ValidationError) as info:
        client.templates.list(**query)
    assert [e.path for e in info.value.errors] == [path]


def test_defaults_and_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HUAWEICLOUD_PROJECT_ID", "p" * 32)
    monkeypatch.setenv("HUAWEICLOUD_IAM_USER", "u")
    monkeypatch.setenv("HUAWEICLOUD_IAM_PASSWORD", "secret-Pw-9")
    monkeypatch.setenv("HUAWEICLOUD_IAM_DOMAIN", "d")
    with MsgsmsClient(region="cn-south-1") as client:
        assert client.project_id == "p" * 32
        assert client.base_url == "https://msgsms.cn-south-1.myhuaweicloud.com"
        assert client.iam_url == "https://iam.cn-south-1.myhuaweicloud.com"
        assert "secret-Pw-9" not in repr(client) + repr(client.auth)
    with pytest.raises(ValueError, match="not both"):
        MsgsmsClient(token="t", credentials=IamPasswordCredentials("u", "p", "d"))


def test_project_id_comes_from_the_client(server: MockServer, client: MsgsmsClient) -> None:
    # The spec's client-params: generated methods take no project_id; the transport fills the client's.
    assert "project_id" not in inspect.signature(client.templates.list).parameters
    template_id = client.templates.create(**SEED_BODY).id
    assert [t["id"] for t in server.state()["huawei"]["templates"][client.project_id]] == [template_id]


# -- mock semantics and error mapping ------------------------------------------------------------------


def test_seed_update_in_process(client: MsgsmsClient) -> None:
    template_id = draft(client)
    ref = client.templates.update(template_id, **SEED_BODY)
    assert (ref.id, ref.template_name) == (template_id, "auto_test000")
    stored = client.templates.retrieve(template_id)
    assert (stored.brackets, stored.sign_id, stored.flow_status) == ("GB", SEED_BODY["sign_id"], "Reviewing")


def test_unknown_id_is_not_found(client: MsgsmsClient) -> None:
    with pytest.raises(errors.NotFoundError) as info:
        client.templates.retrieve("no-such-id")
    assert (info.value.code, info.value.http_status) == ("MSGSMS.0009", 404)
    assert info.value.message == "Template does not exist."
    assert info.value.request_id


def test_duplicate_name_is_a_conflict(client: MsgsmsClient) -> None:
    draft(client, "same")
    with pytest.raises(errors.ConflictError) as info:
        draft(client, "same")
    assert info.value.code == "MSGSMS.0008"


def test_invalid_body_is_invalid_parameter(client: MsgsmsClient, monkeypatch: pytest.MonkeyPatch) -> None:
    # Pre-flight checks switched off, so the mock judges the body.
    monkeypatch.setattr(_validation, "preflight", lambda operation, params, body: (params, body))
    with pytest.raises(errors.InvalidParameterError) as info:
        client.templates.create(app_id="a", region="eu", template_content="x", template_name="n")
    assert (info.value.code, info.value.http_status) == ("MSGSMS.0002", 400)


@pytest.mark.parametrize(
    ("status", "allowed"),
    [("Pending", True), ("Reject", True), ("Reviewing", True), ("Adopted", False), ("Disable", False)],
)
def test_flow_status_state_machine(
    client: MsgsmsClient, backend: HuaweiBackend, status: str, allowed: bool
) -> None:
    template_id = draft(client)
    backend.templates[client.project_id][template_id]["flow_status"] = status
    if allowed:
        client.templates.update(template_id, **SEED_BODY)
        return
    with pytest.raises(errors.ConflictError) as info:
        client.templates.update(template_id, **SEED_BODY)
    assert (info.value.code, info.value.http_status) == ("MSGSMS.0010", 400)


def test_approved_template_can_only_be_renamed_and_stays_approved(
    client: MsgsmsClient, backend: HuaweiBackend
) -> None:
    # Seed 002 "Function": an approved template can be renamed; huawei.md §8: it stays Adopted.
    template_id = draft(client, app_id=SEED_BODY["app_id"], template_content="Test")
    backend.review(client.project_id, template_id, approve=True)
    client.templates.update(
        template_id,
        app_id=SEED_BODY["app_id"],
        region="cn",
        template_content="Test",
        template_name="renamed",
    )
    renamed = client.templates.retrieve(template_id)
    assert (renamed.template_name, renamed.flow_status) == ("renamed", "Adopted")
    with pytest.raises(errors.ConflictError) as info:  # anything but the name is refused
        client.templates.update(
            template_id,
            app_id=SEED_BODY["app_id"],
            region="cn",
            template_content="Changed",
            template_name="x",
        )
    assert info.value.code == "MSGSMS.0010"
    assert client.templates.retrieve(template_id).template_content == "Test"


def test_under_review_is_withdrawn_and_modified_by_the_update_itself(client: MsgsmsClient) -> None:
    # Seed 002 "Function": a template under review can be withdrawn and modified by this very call.
    template_id = draft(client, flow_status="Reviewing")
    client.templates.update(template_id, **{**SEED_BODY, "flow_status": "Pending"})
    modified = client.templates.retrieve(template_id)
    assert (modified.template_name, modified.flow_status) == (SEED_BODY["template_name"], "Pending")


def test_modify_does_not_enforce_unique_names(client: MsgsmsClient) -> None:
    # huawei.md §8 (Q9): the modify page documents no duplicate-name check; create keeps MSGSMS.0008.
    draft(client, "taken")
    template_id = draft(client, "other")
    client.templates.update(template_id, **{**SEED_BODY, "template_name": "taken"})
    names = sorted(t.template_name or "" for t in client.templates.list())
    assert names == ["taken", "taken"]


def test_answers_carry_huaweis_content_type(client: MsgsmsClient, server: MockServer) -> None:
    client.templates.list()
    token = next(iter(server.backend("huawei").tokens))
    response = httpx.Client(transport=server.httpx_transport()).get(
        f"http://mock.test/v2/{client.project_id}/msgsms/templates", headers={"X-Auth-Token": token}
    )
    assert response.headers["content-type"] == "application/json"


def test_other_project_is_permission_denied(client: MsgsmsClient, server: MockServer) -> None:
    client.templates.list()  # fetches a token scoped to the client's project
    (token,) = server.backend("huawei").tokens
    other = MsgsmsClient(
        "f" * 32,
        token=token,
        base_url="http://mock.test",
        http_client=httpx.Client(transport=server.httpx_transport()),
    )
    with pytest.raises(errors.PermissionDeniedError) as info:
        other.templates.list()
    assert info.value.http_status == 403


def test_server_error(client: MsgsmsClient, server: MockServer) -> None:
    server.faults.add(Fault(kind="status", operation="templates_list", status=500))
    with pytest.raises(errors.ServerError):
        client.templates.list()


def test_delete(client: MsgsmsClient) -> None:
    template_id = draft(client)
    assert client.templates.delete(template_id) is None
    with pytest.raises(errors.NotFoundError):
        client.templates.delete(template_id)


def _response(status: int, body: Any = None, **headers: str) -> httpx.Response:
    request = httpx.Request("GET", "https://msgsms.cn-north-4.myhuaweicloud.com/v2/p/msgsms/templates")
    if isinstance(body, bytes):
        return httpx.Response(status, content=body, headers=headers, request=request)
    return httpx.Response(status, json=body, headers=headers, request=request)


ERROR_CASES = [
    (401, {"error_code": "MSGSMS.0003", "error_msg": "Request unauthorized."}, errors.AuthenticationError),
    (
        401,
        {"error_code": "APIGW.0301", "error_msg": "Incorrect IAM authentication."},
        errors.AuthenticationError,
    ),
    (403, {"error_code": "APIGW.0303", "error_msg": "Forbidden"}, errors.PermissionDeniedError),
    (404, {"error_code": "MSGSMS.0009", "error_msg": "Template does not exist."}, errors.NotFoundError),
    (400, {"error_code": "MSGSMS.0036", "error_msg": "Message template is not found"}, errors.NotFoundError),
    (404, b"<html>not found</html>", errors.NotFoundError),
    (400, {"error_code": "MSGSMS.0008", "error_msg": "Template already exists."}, errors.ConflictError),
    (400, {"error_code": "MSGSMS.0002", "error_msg": "Invalid Parameter."}, errors.InvalidParameterError),
    (400, {"error_code": "MSGSMS.0010", "error_msg": "Template not allow to update"}, errors.ConflictError),
    (500, {"error_code": "MSGSMS.0001", "error_msg": "Internal server error."}, errors.ServerError),
    (502, b"<html>Bad Gateway</html>", errors.ServerError),
    (503, {"error_code": "APIGW.0101", "error_msg": "unavailable"}, errors.ServerError),
]


@pytest.mark.parametrize(("status", "body", "cls"), ERROR_CASES)
def test_error_mapping(status: int, body: Any, cls: type[errors.APIError]) -> None:
    with pytest.raises(cls) as info:
        handle_huawei_response(spec.TEMPLATES_LIST, _response(status, body, **{"X-Request-Id": "req-42"}))
    assert type(info.value) is cls
    assert info.value.vendor == "huawei"
    assert info.value.request_id == "req-42"
    assert info.value.http_status == status
    if isinstance(body, dict):
        assert (info.value.code, info.value.message) == (body["error_code"], body["error_msg"])


def test_success_payloads() -> None:
    assert handle_huawei_response(spec.TEMPLATES_LIST, _response(200, {"results": [], "total": 0})) == {
        "results": [],
        "total": 0,
    }
    assert handle_huawei_response(spec.TEMPLATES_DELETE, _response(200, b"")) is None
    with pytest.raises(errors.ResponseFormatError):
        handle_huawei_response(spec.TEMPLATES_LIST, _response(200, b"<html>"))


# -- pagination ----------------------------------------------------------------------------------------


def test_pagination_walks_every_template(client: MsgsmsClient) -> None:
    names = [f"t{i:02d}" for i in range(7)]
    for name in names:
        draft(client, name)
    page = client.templates.list(limit=3)
    assert (page.total, page.pages, page.size, len(page.records)) == (7, 3, 3, 3)
    assert [t.template_name for t in page] == names
    sizes = [len(p.records) for p in page.iter_pages()]
    assert sizes == [3, 3, 1]
    last = client.templates.list(limit=3, offset=6)
    assert (last.total, [t.template_name for t in last.records], last.has_next_page()) == (7, ["t06"], False)
    assert client.templates.list(offset=50).records == []


def test_mock_state_and_reset(client: MsgsmsClient, server: MockServer) -> None:
    draft(client)
    state = server.state()["huawei"]
    assert len(state["templates"][client.project_id]) == 1
    assert state["token_fetches"] == 1
    assert server.config.credential("HUAWEICLOUD_IAM_PASSWORD") not in str(state)
    server.reset()
    assert server.state()["huawei"]["templates"] == {}


# -- over real HTTP --------------------------------------------------------------------------------------


def test_seed_update_over_http_with_token_from_mock_iam(live_server: tuple[str, MockServer]) -> None:
    base_url, server = live_server
    before = server.backend("huawei").token_fetches
    with MsgsmsClient(
        server.config.credential("HUAWEICLOUD_PROJECT_ID"),
        credentials=credentials_of(server),
        base_url=base_url,
        iam_url=base_url,
    ) as client:
        template_id = client.templates.create(
            app_id="5e0c0000-1a6b-4ee5-9651-5bca450694b3",
            region="cn",
            template_content="Hi",
            template_name="live-draft",
            flow_status="Pending",
        ).id
        ref = client.templates.update(template_id, **SEED_BODY)
        assert (ref.id, ref.template_name) == (template_id, "auto_test000")
        assert client.templates.retrieve(template_id).brackets == "GB"
    assert server.backend("huawei").token_fetches == before + 1
