"""What Huawei's SMS platform pushes to you: status reports, one per message (form fields, to the send's
``status_callback``) or up to 50 per push (JSON, to the application's batch report address).

``parse_status_report(body, content_type)`` and ``parse_batch_status_report(body, content_type)`` return
the typed report or raise ``commspec.errors.WebhookPayloadError``. The platform does not sign its pushes:
put a secret token in the callback URL's path and accept only Huawei's published source addresses
(README, "Hearing back").
"""

from commspec_generated.huawei_sms.models import BatchStatusReport, StatusReport
from commspec_generated.huawei_sms.webhooks import parse_batch_status_report, parse_status_report

__all__ = ["BatchStatusReport", "StatusReport", "parse_batch_status_report", "parse_status_report"]
