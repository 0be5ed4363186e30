"""What ITNIO pushes to you: AI voice call records (JSON, to the application's report address).

``parse_call_record(body, content_type)`` returns the typed record or raises
``commspec.errors.WebhookPayloadError``. ITNIO does not sign its pushes: protect the URL (README,
"Hearing back").
"""

from commspec_generated.itnio_aivoice.models import CallDetail, CallRecord
from commspec_generated.itnio_aivoice.webhooks import parse_call_record

__all__ = ["CallDetail", "CallRecord", "parse_call_record"]
