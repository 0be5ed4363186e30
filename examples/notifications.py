"""An example application: it builds its commspec clients as production code does (credentials and URLs
from the environment) and knows nothing of the mock. Its tests are test_notifications.py."""

from __future__ import annotations

from commspec import errors
from commspec.huawei import AsyncMsgsmsClient, MsgsmsClient
from commspec.iovox import CallFlow, IovoxClient, Play, SoundFile
from commspec.itnio import ItnioClient

APP_ID = "5e0c0000-1a6b-4ee5-9651-5bca450694b3"  # the mock's demo application (every project starts with it)
# What the app reads from its secrets store at start-up (a vault, a file): its own ITNIO account.
SECRETS = {"itnio_api_key": "app-itnio-key-0001", "itnio_api_secret": "app-itnio-secret-0001"}
# Built once, at import, with production URLs: before any test's mock exists.
shared_itnio = ItnioClient(SECRETS["itnio_api_key"], SECRETS["itnio_api_secret"], max_retries=0)


def set_up_login_fallback(name: str) -> int:
    """An OTP flow: a call first, then an SMS 30 s later; returns the flow id."""
    with ItnioClient() as itnio:
        flow = itnio.flows.create(
            name=name,
            flow=[
                {"waitingTime": 60, "status": 2, "channel": "call"},
                {"waitingTime": 30, "status": 1, "channel": "sms", "channelCut": 0},
            ],
        )
    return int(flow.flow_id)


def rename_flow_by_name(old: str, new: str) -> None:
    """Rename the app's OTP flow named ``old`` (through the module-level client)."""
    for flow in shared_itnio.flows.list():
        if flow.name == old:
            shared_itnio.flows.update(flow.flow_id, name=new, flow=flow.flow)


def create_shared_flow(name: str) -> int:
    flow = shared_itnio.flows.create(name=name, flow=[{"waitingTime": 60, "status": 2, "channel": "call"}])
    return int(flow.flow_id)


def register_code_template(text: str) -> str | None:
    """A verification-code SMS template; ``None`` when Huawei is unavailable (retried later)."""
    with MsgsmsClient(region="cn-north-4", max_retries=0) as msgsms:
        try:
            ref = msgsms.templates.create(
                app_id=APP_ID,
                region="cn",
                template_name="login_code",
                template_content=text,
                template_type="VERIFY_CODE_TYPE",
                flow_status="Pending",
            )
        except errors.ServerError:
            return None
    return str(ref.id)


async def template_names() -> list[str]:
    async with AsyncMsgsmsClient(region="cn-north-4") as msgsms:
        templates = msgsms.templates.list(limit=50)
        return [template.template_name async for template in templates if template.template_name]


def publish_welcome_call_flow(name: str) -> None:
    with IovoxClient() as iovox:
        play = Play(id="play_1", label="Welcome", sound_file=[SoundFile(sound_label="Welcome")])
        iovox.call_flows.create(CallFlow(name=name, rules=[play]))
