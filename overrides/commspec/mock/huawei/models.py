"""Huawei IAM and MSGSMS state, testable without HTTP (moto-style backend).

Templates are kept by the engine as ``x-commspec.mock-resources`` and each operation's
``x-commspec-mock`` describe them (the flow-status rules of seed 002 included); what is Huawei's own is
here: issued IAM tokens, and ``review()``, which plays the reviewer (Reviewing -> Adopted / Reject).
"""

from __future__ import annotations

import re
import secrets
import time
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from commspec.mock._config import MockConfig
from commspec.mock._engine import Engine, Item, MockError, Store, clock_text, seeds
from commspec_generated.huawei_iam import spec as huawei_iam
from commspec_generated.huawei_msgsms import spec as huawei_msgsms

ISO = "%Y-%m-%dT%H:%M:%S.%fZ"


@dataclass(slots=True)
class IssuedToken:
    project_id: str
    user_name: str
    issued_at: float
    expires_at: float


class HuaweiBackend(Store):
    engine: Engine  # set by ``install``

    def __init__(self, config: MockConfig, clock: Callable[[], float] = time.time) -> None:
        self.config = config
        resources = huawei_msgsms.API.mock_resources
        super().__init__(resources, clock, seeds(resources, config.settings))  # token lifetimes follow it

    def reset(self) -> None:
        super().reset()
        self.tokens: dict[str, IssuedToken] = {}
        self._issue_order: deque[str] = deque()  # tokens oldest first (some may be dropped already)
        self.token_fetches = 0

    @property
    def templates(self) -> dict[str, dict[Any, Item]]:
        """project id -> template id -> template (wire fields)."""
        return self.items["templates"]

    def app_count(self, project_id: str, region: str | None) -> dict[str, int]:
        """apps_count: the quota (``huawei_app_quota``) and the project's applications (of ``region``)."""
        apps = self.partition("apps", project_id).values()
        used = sum(1 for app in apps if region is None or app.get("region") == region)
        return {"total": int(self.config.settings["huawei_app_quota"]), "used": used}

    # -- IAM ----------------------------------------------------------------------------------------
    def issue_token(
        self, user_name: str, password: str, domain_name: str, project: dict[str, Any]
    ) -> tuple[str, dict[str, Any]]:
        """(token, body) for the configured user; MockError("401") for bad credentials."""
        self.token_fetches += 1
        login = "\0".join((user_name, password, domain_name)).encode()
        logins = self.config.accounts(huawei_iam.API, "user_name", "password", "domain_name")
        if not any([secrets.compare_digest(login, "\0".join(accepted).encode()) for accepted in logins]):
            raise MockError("401")
        projects = [accepted for (accepted,) in self.config.accounts(huawei_msgsms.API, "project_id")]
        project_id = project.get("id") or projects[0]
        if project_id not in projects:
            raise MockError("404")
        now = self.clock()
        self._drop_expired(now, oldest_only=True)
        token = "MII" + secrets.token_urlsafe(48)
        issued = IssuedToken(project_id, user_name, now, now + self.config.settings["token_lifetime"])
        self.tokens[token] = issued
        self._issue_order.append(token)
        domain = {"id": uuid.uuid5(uuid.NAMESPACE_DNS, domain_name).hex, "name": domain_name}
        body = {
            "token": {
                "expires_at": clock_text(issued.expires_at, ISO),
                "issued_at": clock_text(now, ISO),
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
        """The project a valid token is scoped to; MockError(bad-token) when unknown or expired."""
        issued = self.tokens.get(token or "")
        if issued is None or self.clock() >= issued.expires_at:
            raise MockError(huawei_msgsms.API.mock["bad-token"])
        return issued.project_id

    def _drop_expired(self, now: float, *, oldest_only: bool = False) -> None:
        """Forget the tokens expired at ``now``: an expired token and an unknown one get the same
        answer, so nothing is lost (a mock serving a long CI run kept every token before).
        ``oldest_only``: only those issued before the oldest valid one. Tokens share one lifetime, so
        in issue order the expired ones come first and each issue pays only for the tokens it drops;
        the full pass (``snapshot``) also catches any that a shortened lifetime left behind."""
        order = self._issue_order
        while order and (order[0] not in self.tokens or self.tokens[order[0]].expires_at <= now):
            self.tokens.pop(order.popleft(), None)
        if not oldest_only:
            for token in [t for t, issued in self.tokens.items() if issued.expires_at <= now]:
                del self.tokens[token]

    def expire_tokens(self) -> None:
        """Make every issued token expired now (tests: the next call answers 401)."""
        now = self.clock()
        for issued in self.tokens.values():
            issued.expires_at = min(issued.expires_at, now)

    # -- reviewer (tests) -------------------------------------------------------------------------------
    def review(self, project_id: str, template_id: str, *, approve: bool) -> None:
        self.templates[project_id][template_id]["flow_status"] = "Adopted" if approve else "Reject"

    def snapshot(self) -> dict[str, Any]:
        now = self.clock()
        self._drop_expired(now)
        return {
            "token_fetches": self.token_fetches,
            # Token values are secrets: only their scope and lifetime are shown.
            "tokens": [
                {
                    "project_id": t.project_id,
                    "user": t.user_name,
                    "expires_at": clock_text(t.expires_at, ISO),
                    "valid": now < t.expires_at,
                }
                for t in self.tokens.values()
            ],
            "templates": {p: [derive(t) for t in ts.values()] for p, ts in self.templates.items()},
            # Every other resource the spec declares (applications, signatures), as stored.
            **{
                name: {p: list(found.values()) for p, found in parts.items()}
                for name, parts in self.items.items()
                if name != "templates"
            },
        }


# A template placeholder: ${NUM_6} (type and length), ${DATE} (type only).
PLACEHOLDER = re.compile(r"\$\{([A-Za-z]+)(?:_(\d+))?\}")


def template_variables(template: Item) -> dict[str, Any]:
    """templates_variables: one variable per placeholder of the content, in order; a stored
    ``variable_attributes`` entry of the same index gives its type and description."""
    given = {a.get("variable_index"): a for a in template.get("variable_attributes") or ()}
    results = []
    for index, found in enumerate(PLACEHOLDER.finditer(str(template.get("template_content", ""))), start=1):
        attribute = given.get(index, {})
        variable: Item = {
            "id": index,
            "temp_name": template.get("template_name"),
            "variable_index": index,
            "variable_type": attribute.get("variable_type") or found.group(1),
            "variable_length": int(found.group(2)) if found.group(2) else None,
            "variable_desc": attribute.get("variable_desc"),
        }
        results.append({k: v for k, v in variable.items() if v is not None})
    return {"results": results, "total": len(results)}


def derive(template: Item) -> Item:
    """The SmsTemplateResp form: ``has_variable`` from the content, ``send_country`` as
    send_country1..3 (Huawei's own derived fields)."""
    out = {k: v for k, v in template.items() if v is not None}
    out["has_variable"] = "true" if "${" in str(template.get("template_content", "")) else "false"
    for index, country in enumerate(out.pop("send_country", None) or [], start=1):
        if index <= 3:
            out[f"send_country{index}"] = country
    return out
