"""`nox -s demo`: the main job through the typed clients against the mock served on 127.0.0.1."""

from __future__ import annotations

from commspec import errors
from commspec.demo.huawei import demo as huawei_demo
from commspec.demo.iovox import demo as iovox_demo
from commspec.demo.otp import demo as otp_demo
from commspec.demo.sms import demo as sms_demo
from commspec.itnio import ItnioClient
from commspec.mock import MockServer
from commspec.mock._serve import running_server
from commspec_generated.itnio_otp import spec as otp_spec


def itnio_demo(base_url: str, server: MockServer) -> None:
    api = otp_spec.API
    key, secret = server.config.argument(api, "api_key"), server.config.argument(api, "api_secret")
    with ItnioClient(key, secret, base_url=base_url) as itnio:
        print("\n== ITNIO Tech: OTP task flows")
        flow = itnio.flows.create(
            name="login-fallback", flow=[{"waitingTime": 60, "status": 2, "channel": "call"}]
        )
        print(f"flows.create   -> flowId={flow.flow_id} name={flow.name!r}")
        updated = itnio.flows.update(  # seed 000: Update Task Flow
            flow.flow_id,
            name="name",
            flow=[{"waitingTime": 30, "status": 1, "channel": "sms", "channelCut": 0}],
        )
        node = updated.flow[0]
        print(
            f"flows.update   -> flowId={updated.flow_id} name={updated.name!r} first node: "
            f"{node.channel} after {node.waiting_time}s (status {node.status}, channelCut {node.channel_cut})"
        )

        otp_demo(itnio, server)

        print("\n== ITNIO Tech: AI voice outbound tasks")
        job_ids = [
            itnio.tasks.create(
                app_id="LILIN888",
                name=f"renewal-wave-{i}",
                dialog_flow_id=8663,
                mode="MANUAL",
                daily_start_date_time="09:00",
                daily_end_date_time="20:00",
                robot_count=1,
                job_phone_number_id=2959,
                redial=False,
            )
            for i in range(1, 6)
        ]
        print(f"tasks.create x5 -> jobIds {job_ids}")
        itnio.tasks.edit(  # seed 001: taskEdit
            app_id="LILIN888",
            job_id=job_ids[0],
            name="lilinname2",
            dialog_flow_id=8663,
            mode="AUTO",
            daily_start_date_time="09:00",
            daily_end_date_time="20:00",
            robot_count=1,
            job_phone_number_id=2959,
            redial=False,
            start_date_time="2022-09-16 08:00:00",
            end_date_time="2023-02-07 10:00:00",
        )
        print(f"tasks.edit     -> jobId {job_ids[0]} renamed to 'lilinname2', mode AUTO")
        page = itnio.tasks.list(app_id="LILIN888", current=1, size=2)  # seed 003: taskList
        print(
            f"tasks.list     -> page {page.current}/{page.pages}, {page.total} tasks, "
            f"{len(page.records)} on this page"
        )
        print("iterating the page walks every page lazily:")
        for task in page:
            print(f"   jobId={task.job_id} name={task.name!r} mode={task.mode} status={task.status}")

        print("\n== Typed errors")
        try:
            itnio.tasks.edit(
                app_id="LILIN888",
                job_id=job_ids[1],
                name="lilinname2",
                dialog_flow_id=8663,
                mode="MANUAL",
                daily_start_date_time="09:00",
                daily_end_date_time="20:00",
                robot_count=1,
                job_phone_number_id=2959,
                redial=False,
            )
        except errors.ConflictError as error:
            print(f"vendor error   -> {type(error).__name__}: code={error.code} message={error.message!r}")
        try:
            itnio.tasks.edit(
                app_id="LILIN888",
                job_id=job_ids[1],
                name="x",
                dialog_flow_id=8663,
                mode="AUTO",
                daily_start_date_time="08:30",
                daily_end_date_time="20:00",
                robot_count=1,
                job_phone_number_id=2959,
                redial=True,
                redial_times=5,
            )
        except errors.ValidationError as error:
            print(f"pre-flight     -> {type(error).__name__} (nothing sent):")
            for field_error in error.errors:
                print(f"   {field_error}")


def main() -> None:
    server = MockServer()
    with running_server(server) as base_url:
        print(f"mock server running at {base_url}")
        itnio_demo(base_url, server)
        huawei_demo(base_url, server)
        sms_demo(base_url, server)
        iovox_demo(base_url, server)
        print(f"\nmock handled {server.request_count} API requests; demo finished OK")
