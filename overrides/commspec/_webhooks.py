"""Reading a body a vendor pushed to the user (a spec's ``webhooks``) under the hostile-world rules.

Whoever can reach a callback URL can post to it (no vendor here signs its pushes), so the body is read
like an untrusted answer: at most ``MAX_WEBHOOK_BYTES``, the declared media type only, UTF-8 only, JSON
no deeper than the decoder can take, form fields each given once, then the spec's model (fields the
vendor adds are kept). Whatever comes, the result is the typed event or ``WebhookPayloadError``.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qsl

from commspec._spec import Webhook
from commspec.errors import FieldError, WebhookPayloadError

# A status report is a few hundred bytes and a batch of 50 some tens of kB; a call record with its
# dialogue a few hundred kB. 1 MiB is far above any of them and keeps a flood bounded.
MAX_WEBHOOK_BYTES = 1024 * 1024
FORM = "application/x-www-form-urlencoded"


def parse_webhook(
    webhook: Webhook, body: bytes | str, content_type: str | None, *, max_bytes: int = MAX_WEBHOOK_BYTES
) -> Any:
    """The event model of ``webhook`` read from ``body`` sent with ``content_type``."""
    name = webhook.qualified_name
    if isinstance(body, str):
        body = body.encode("utf-8", "surrogatepass")
    if not isinstance(body, bytes | bytearray | memoryview):
        raise _refused(name, "type", f"the body must be bytes or str, not {type(body).__name__}")
    raw = bytes(body)
    if len(raw) > max_bytes:
        raise _refused(name, "too_large", f"{len(raw):,} bytes, above {max_bytes:,}")
    media = (content_type or "").split(";", 1)[0].strip().lower()
    if media != webhook.content_type:
        raise _refused(name, "content_type", f"expected {webhook.content_type}, got {media or 'none'}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _refused(name, "encoding", f"not UTF-8 ({error.reason} at byte {error.start})") from None
    data = _form(name, webhook, text) if media == FORM else _json(name, text)
    # Imported here: `commspec.runtime` imports this module, and pydantic's machinery loads on first use
    # (an `import commspec.itnio` paid ~40 ms for it).
    import pydantic

    from commspec._validation import _pydantic_errors as pydantic_errors

    try:  # lax types (form fields are text) and the vendor's extra fields kept, as for answers
        return webhook.model.model_validate(data, strict=False, extra="allow", by_alias=True, by_name=False)
    except pydantic.ValidationError as error:
        raise WebhookPayloadError(name, pydantic_errors(error, "")) from None


def _json(name: str, text: str) -> Any:
    try:
        return json.loads(text, parse_constant=_no_constant)
    except RecursionError:
        raise _refused(name, "depth", "JSON nested too deeply to read") from None
    except ValueError as error:
        raise _refused(name, "json", f"not JSON: {error}") from None


def _no_constant(constant: str) -> Any:
    raise ValueError(f"{constant} is not a JSON value")


def _form(name: str, webhook: Webhook, text: str) -> dict[str, Any]:
    try:
        pairs = parse_qsl(text, keep_blank_values=True, strict_parsing=bool(text), errors="strict")
    except (ValueError, UnicodeDecodeError) as error:
        raise _refused(name, "form", f"not form fields: {error}") from None
    data: dict[str, Any] = {}
    for field, value in pairs:
        if field in data:
            raise _refused(name, "repeated", f"{field} is given more than once", path=field)
        how = webhook.form_encoding.get(field)
        data[field] = value.split(",") if how == "csv" else _json(name, value) if how == "json" else value
    return data


def _refused(name: str, rule: str, message: str, *, path: str = "(body)") -> WebhookPayloadError:
    return WebhookPayloadError(name, [FieldError(path, rule, message)])
