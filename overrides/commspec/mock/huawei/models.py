"""Huawei IAM and MSGSMS rules over plain state, testable without HTTP (moto-style backend).

Template flow-status state machine (seed 002 "Function", spec Q1/Q8), enforced on PUT:

    Pending   (to be submitted)  -> any change allowed
    Reject    (rejected)         -> any change allowed
    Adopted   (approved)         -> only ``template_name`` may change (rename); else MSGSMS.0010
    Reviewing (under review)     -> MSGSMS.0010 until withdrawn (``withdraw()``: back to Pending)
    Disable                      -> MSGSMS.0010

A successful create or update stores the body's ``flow_status`` (Pending or Reviewing), Reviewing when
omitted (Q8). ``review()`` plays the reviewer (Reviewing -> Adopted / Reject).
"""

from __future__ import annotations

import secrets
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from commspec._spec import ApiSpec
from commspec.mock._config import MockConfig
from commspec_generated.huawei_iam import spec as huawei_iam
from commspec_generated.huawei_msgsms import spec as huawei_msgsms

MODIFIABLE = frozenset({"Pending", "Reject"})
RENAME_ONLY = frozenset({"Adopted"})
TEMPLATE_FIELDS = (
    "app_id",
    "brackets",
    "region",
    "send_country",
    "sign_id",
    "template_content",
    "template_desc",
    "template_name",
    "template_type",
    "universal_template",
    "variable_attributes",
)


class HuaweiError(Exception):
    """A vendor failure: ``code`` as the vendor sends it (``MSGSMS.0009``, or an HTTP status for IAM)."""

    def __init__(self, code: str, detail: str | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.detail = detail


@dataclass(slots=True)
class IssuedToken:
    project_id: str
    user_name: str
    issued_at: float
    expires_at: float


def _iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _local(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%d %H:%M:%S")


class HuaweiBackend:
    def __init__(self, config: MockConfig, msgsms: ApiSpec, clock: Callable[[], float] = time.time) -> None:
        self.config = config
        self.codes = msgsms.mock
        self.clock = clock
        self.reset()

    def reset(self) -> None:
        self.tokens: dict[str, IssuedToken] = {}
        self.templates: dict[str, dict[str, dict[str, Any]]] = {}  # project id -> id -> template
        self.token_fetches = 0
        self._sequence = 0

    # -- IAM ----------------------------------------------------------------------------------------
    def issue_token(
        self, user_name: str, password: str, domain_name: str, project: dict[str, Any]
    ) -> tuple[str, dict[str, Any]]:
        """(token, body) for the configured user; HuaweiError("401") for bad credentials."""
        self.token_fetches += 1
        argument = self.config.argument
        iam = huawei_iam.API
        expected = (argument(iam, "user_name"), argument(iam, "password"), argument(iam, "domain_name"))
        if not secrets.compare_digest(
            "\0".join((user_name, password, domain_name)).encode(), "\0".join(expected).encode()
        ):
            raise HuaweiError("401")
        project_id = argument(huawei_msgsms.API, "project_id")
        if project.get("id") not in (None, project_id):
            raise HuaweiError("404")
        now = self.clock()
        token = "MII" + secrets.token_urlsafe(48)
        issued = IssuedToken(project_id, user_name, now, now + self.config.token_lifetime)
        self.tokens[token] = issued
        domain = {"id": uuid.uuid5(uuid.NAMESPACE_DNS, domain_name).hex, "name": domain_name}
        body = {
            "token": {
                "expires_at": _iso(issued.expires_at),
                "issued_at": _iso(now),
                "methods": ["password"],
                "catalog": [],
                "project": {
                    "id": project_id,
                    "name": project.get("name", huawei_msgsms.API.default_region),
                    "domain": domain,
                },
                "roles": [{"id": "0", "name": "op_gated_msgsms"}],
                "user": {
                    "id": uuid.uuid5(uuid.NAMESPACE_DNS, user_name).hex,
                    "name": user_name,
                    "domain": domain,
                },
            }
        }
        return token, body

    def token_project(self, token: str | None) -> str:
        """The project a valid token is scoped to; HuaweiError(bad-token) when unknown or expired."""
        issued = self.tokens.get(token or "")
        if issued is None or self.clock() >= issued.expires_at:
            raise HuaweiError(self.codes["bad-token"])
        return issued.project_id

    def expire_tokens(self) -> None:
        """Make every issued token expired now (tests: the next call answers 401)."""
        now = self.clock()
        for issued in self.tokens.values():
            issued.expires_at = min(issued.expires_at, now)

    # -- templates ----------------------------------------------------------------------------------
    def _project(self, project_id: str) -> dict[str, dict[str, Any]]:
        return self.templates.setdefault(project_id, {})

    def _template(self, project_id: str, template_id: str) -> dict[str, Any]:
        template = self._project(project_id).get(template_id)
        if template is None:
            raise HuaweiError(self.codes["not-found"], f"id={template_id}")
        return template

    def _check_name(self, project_id: str, name: str, except_id: str | None = None) -> None:
        for template_id, template in self._project(project_id).items():
            if template["template_name"] == name and template_id != except_id:
                raise HuaweiError(self.codes["duplicate"], f"template_name={name}")

    def create(self, project_id: str, body: dict[str, Any]) -> dict[str, Any]:
        self._check_name(project_id, body["template_name"])
        now = _local(self.clock())
        self._sequence += 1
        template: dict[str, Any] = {
            "id": str(uuid.uuid4()),
            "create_time": now,
            "update_time": now,
            "template_id": None,
            "has_variable": "true" if "${" in body["template_content"] else "false",
            "status": "1",
            "_sequence": self._sequence,
        }
        template.update({k: body.get(k) for k in TEMPLATE_FIELDS})
        if template["region"] == "cn" and template["brackets"] is None:
            template["brackets"] = "CN"
        template["flow_status"] = body.get("flow_status") or "Reviewing"
        self._project(project_id)[template["id"]] = template
        return {"id": template["id"], "template_name": template["template_name"]}

    def update(self, project_id: str, template_id: str, body: dict[str, Any]) -> dict[str, Any]:
        template = self._template(project_id, template_id)
        status = template["flow_status"]
        new = {k: body.get(k) for k in TEMPLATE_FIELDS}
        if status in RENAME_ONLY:
            changed = [
                k for k, v in new.items() if v is not None and k != "template_name" and v != template[k]
            ]
            if changed:
                raise HuaweiError(
                    self.codes["flow-status"], "approved template: only template_name may change"
                )
        elif status not in MODIFIABLE:
            raise HuaweiError(self.codes["flow-status"], f"flow_status={status}")
        self._check_name(project_id, body["template_name"], except_id=template_id)
        template.update(new)
        template["has_variable"] = "true" if "${" in template["template_content"] else "false"
        template["flow_status"] = body.get("flow_status") or "Reviewing"
        template["update_time"] = _local(self.clock())
        return {"id": template_id, "template_name": template["template_name"]}

    def retrieve(self, project_id: str, template_id: str) -> dict[str, Any]:
        return _public(self._template(project_id, template_id))

    def delete(self, project_id: str, template_id: str) -> None:
        self._template(project_id, template_id)
        del self._project(project_id)[template_id]

    def list(self, project_id: str, query: dict[str, Any]) -> dict[str, Any]:
        filters = {
            k: query[k] for k in ("template_name", "region", "flow_status", "template_type") if k in query
        }
        found = [
            t for t in self._project(project_id).values() if all(t.get(k) == v for k, v in filters.items())
        ]
        found.sort(key=lambda t: t["_sequence"], reverse=query.get("sort_dir") == "desc")
        offset, limit = int(query.get("offset", 0)), int(query.get("limit", 10))
        return {"results": [_public(t) for t in found[offset : offset + limit]], "total": len(found)}

    # -- reviewer (tests) -------------------------------------------------------------------------------
    def review(self, project_id: str, template_id: str, *, approve: bool) -> None:
        self._template(project_id, template_id)["flow_status"] = "Adopted" if approve else "Reject"

    def withdraw(self, project_id: str, template_id: str) -> None:
        template = self._template(project_id, template_id)
        if template["flow_status"] == "Reviewing":
            template["flow_status"] = "Pending"

    def snapshot(self) -> dict[str, Any]:
        now = self.clock()
        return {
            "token_fetches": self.token_fetches,
            # Token values are secrets: only their scope and lifetime are shown.
            "tokens": [
                {
                    "project_id": t.project_id,
                    "user": t.user_name,
                    "expires_at": _iso(t.expires_at),
                    "valid": now < t.expires_at,
                }
                for t in self.tokens.values()
            ],
            "templates": {p: [_public(t) for t in ts.values()] for p, ts in self.templates.items()},
        }


def _public(template: dict[str, Any]) -> dict[str, Any]:
    """The SmsTemplateResp form: internal keys dropped, ``send_country`` as send_country1..3."""
    out = {k: v for k, v in template.items() if not k.startswith("_") and v is not None}
    for index, country in enumerate(out.pop("send_country", None) or [], start=1):
        if index <= 3:
            out[f"send_country{index}"] = country
    return out
