"""ITNIO's vendor rules over plain state, testable without HTTP (moto-style backend).

Codes come from the spec's ``x-commspec.mock`` table, so the fake answers what the vendor documents.
"""

from __future__ import annotations

import itertools
import math
from typing import Any

from commspec._spec import ApiSpec
from commspec.mock._config import MockConfig
from commspec.mock._http import ascii_int


class VendorError(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class ItnioBackend:
    def __init__(self, config: MockConfig, otp: ApiSpec, aivoice: ApiSpec) -> None:
        self.config = config
        self.otp = otp.mock
        self.aivoice = aivoice.mock
        self.reset()

    def reset(self) -> None:
        self.flows: dict[str, dict[int, dict[str, Any]]] = {}  # api key -> flowId -> flow
        self.tasks: dict[str, dict[int, dict[str, Any]]] = {}  # appId -> jobId -> task
        self._flow_ids = itertools.count(1)
        self._job_ids = itertools.count(1000)
        self._clock = itertools.count(0)

    # -- OTP task flows ---------------------------------------------------------------------------
    def _flow(self, account: str, flow_id: str) -> dict[str, Any]:
        key = ascii_int(flow_id)  # the spec's pattern admits any run of digits; ids are int64
        flow = None if key is None else self.flows.get(account, {}).get(key)
        if flow is None:
            raise VendorError(self.otp["not-found"])
        return flow

    def _check_flow_name(self, account: str, name: str, except_id: int | None = None) -> None:
        for flow_id, flow in self.flows.get(account, {}).items():
            if flow["name"] == name and flow_id != except_id:
                raise VendorError(self.otp["duplicate"])

    def flows_create(self, account: str, body: dict[str, Any]) -> dict[str, Any]:
        self._check_flow_name(account, body["name"])
        flow_id = next(self._flow_ids)
        flow = {"flowId": flow_id, "name": body["name"], "flow": body["flow"]}
        self.flows.setdefault(account, {})[flow_id] = flow
        return flow

    def flows_update(self, account: str, flow_id: str, body: dict[str, Any]) -> dict[str, Any]:
        flow = self._flow(account, flow_id)
        self._check_flow_name(account, body["name"], except_id=flow["flowId"])
        flow.update(name=body["name"], flow=body["flow"])
        return flow

    def flows_list(self, account: str) -> list[dict[str, Any]]:
        return list(self.flows.get(account, {}).values())

    def flows_retrieve(self, account: str, flow_id: str) -> dict[str, Any]:
        return self._flow(account, flow_id)

    # -- AI voice tasks -----------------------------------------------------------------------------
    def _app(self, app_id: str) -> dict[int, dict[str, Any]]:
        if app_id not in self.config.itnio_apps:
            raise VendorError(self.aivoice["unknown-app"])
        return self.tasks.setdefault(app_id, {})

    def _task(self, app_id: str, job_id: int) -> dict[str, Any]:
        task = self._app(app_id).get(job_id)
        if task is None:
            raise VendorError(self.aivoice["not-found"])
        return task

    def _check_task(self, app_id: str, body: dict[str, Any], except_id: int | None = None) -> None:
        if body.get("robotCount", 0) > self.config.itnio_max_robot_count:
            raise VendorError(self.aivoice["too-many-robots"])
        for job_id, task in self._app(app_id).items():
            if task["name"] == body["name"] and job_id != except_id:
                raise VendorError(self.aivoice["duplicate"])

    def tasks_create(self, body: dict[str, Any]) -> int:
        self._check_task(body["appId"], body)
        job_id = next(self._job_ids)
        self._app(body["appId"])[job_id] = {
            **body,
            "jobId": job_id,
            "status": "NOT_STARTED",
            "hangupSms": False,
            "isDialogFlowUnbind": False,
            "taskTotal": 0,
            "taskCompleted": 0,
            "created": next(self._clock),
        }
        return job_id

    def tasks_edit(self, body: dict[str, Any]) -> None:
        task = self._task(body["appId"], body["jobId"])
        self._check_task(body["appId"], body, except_id=body["jobId"])
        task.update(body)  # omitted optional fields stay as they were (reference §6 Q8)

    def tasks_start(self, body: dict[str, Any]) -> None:
        task = self._task(body["appId"], body["jobId"])
        if task["status"] != "NOT_STARTED":
            raise VendorError(self.aivoice["cannot-start"])
        task["status"] = "IN_PROCESS"

    def tasks_list(self, body: dict[str, Any]) -> dict[str, Any]:
        params, current, size = body["params"], body["current"], body["size"]
        name = params.get("name")
        matching = [t for t in self._app(params["appId"]).values() if not name or name in t["name"]]
        matching.sort(key=lambda t: -t["created"])  # newest first
        start = (current - 1) * size
        return {
            "records": [_record(t) for t in matching[start : start + size]],
            "total": len(matching),
            "size": size,
            "current": current,
            "pages": math.ceil(len(matching) / size),
            "searchCount": True,
        }

    def snapshot(self) -> dict[str, Any]:
        return {"flows": self.flows, "tasks": self.tasks}


def _record(task: dict[str, Any]) -> dict[str, Any]:
    return {
        "jobId": task["jobId"],
        "name": task["name"],
        "dialogFlowName": f"script-{task['dialogFlowId']}",
        "jobPhoneNumberName": f"line-{task['jobPhoneNumberId']}",
        "robotCount": task["robotCount"],
        "mode": task["mode"],
        "hangupSms": task["hangupSms"],
        "taskTotal": task["taskTotal"],
        "taskCompleted": task["taskCompleted"],
        "status": task["status"],
        "isDialogFlowUnbind": task["isDialogFlowUnbind"],
        "createTime": "2026-01-01 09:00:00",
    }
