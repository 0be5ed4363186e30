"""Demo: send one SMS through ``SmsClient`` (X-WSSE) against the served mock and receive its status
report on a local webhook endpoint (a loopback HTTP server standing in for the user's)."""

from __future__ import annotations

import http.server
import queue
import secrets
import threading

from commspec.huawei import IamPasswordCredentials, MsgsmsClient, SmsClient
from commspec.huawei.webhooks import StatusReport, parse_status_report
from commspec.mock import MockServer
from commspec_generated.huawei_iam import spec as iam_spec
from commspec_generated.huawei_msgsms import spec as msgsms_spec
from commspec_generated.huawei_sms import spec as sms_spec

REPORT_WAIT = 10.0  # seconds the demo waits for the report


def _receiver(reports: queue.Queue[StatusReport], path: str) -> http.server.ThreadingHTTPServer:
    class Hook(http.server.BaseHTTPRequestHandler):
        disable_nagle_algorithm = True

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length") or 0))
            if self.path != path:  # the secret path token: anyone else gets 404
                self.send_response(404)
            else:
                reports.put(parse_status_report(body, self.headers.get("content-type")))
                self.send_response(200)
            self.send_header("content-length", "0")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    return http.server.ThreadingHTTPServer(("127.0.0.1", 0), Hook)


def demo(base_url: str, server: MockServer) -> None:
    argument = server.config.argument
    print("\n== Huawei Cloud SMS: send one message, hear back its status report")
    credentials = IamPasswordCredentials(
        *(argument(iam_spec.API, name) for name in ("user_name", "password", "domain_name"))
    )
    project = argument(msgsms_spec.API, "project_id")
    with MsgsmsClient(project, credentials=credentials, base_url=base_url, iam_url=base_url) as msgsms:
        template = msgsms.templates.create(
            app_id="5e0c0000-1a6b-4ee5-9651-5bca450694b3",
            region="intl",
            template_name="login_code",
            template_content="Your login code is ${NUM_6}",
            template_type="NOTIFY_TYPE",
            universal_template=0,
        )
    server.backend("huawei").review(project, template.id, approve=True)  # the mock plays the reviewer
    reports: queue.Queue[StatusReport] = queue.Queue()
    path = f"/hooks/huawei-sms/{secrets.token_urlsafe(16)}"
    hook = _receiver(reports, path)
    threading.Thread(target=hook.serve_forever, daemon=True).start()
    try:
        callback = f"http://127.0.0.1:{hook.server_address[1]}{path}"
        key, secret = argument(sms_spec.API, "app_key"), argument(sms_spec.API, "app_secret")
        with SmsClient(key, secret, base_url=base_url) as sms:
            answer = sms.messages.send(
                sender="isms0000000182",
                to=["+8613800000000"],
                template_id=template.id,
                template_params=["424242"],
                status_callback=callback,
            )
        for result in answer.result or []:
            print(
                f"messages.send -> {result.origin_to}: status {result.status}, smsMsgId {result.sms_msg_id}"
            )
        report = reports.get(timeout=REPORT_WAIT)
        print(f"status report  -> {report.sms_msg_id}: {report.status} at {report.update_time}")
    finally:
        hook.shutdown()
        hook.server_close()
