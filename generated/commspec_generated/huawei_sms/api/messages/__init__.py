"""Resources for `messages`: generated from specs/ by `nox -s generate`. Do not edit by hand."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from commspec.runtime import (
    AsyncPaginator,
    AsyncResource,
    CallOptions,
    Page,
    SyncResource,
    Timeout,
    omit_none,
)
from commspec.runtime import response as _response

from ... import spec as _spec

if TYPE_CHECKING:  # annotations only: see lazy_model
    from ...models import SendAnswer, SmsContent
    from ...param_types import SmsContentParam

__all__ = ["Messages", "AsyncMessages"]


class Messages(SyncResource):
    """`messages` operations (blocking)."""

    def send(
        self,
        *,
        sender: str,
        to: Sequence[str],
        template_id: str,
        template_params: Sequence[str] | None = None,
        status_callback: str | None = None,
        signature: str | None = None,
        extend: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> SendAnswer:
        """Send one template to up to 500 numbers.

        `POST /sms/batchSendSms/v1`

        Sends the template `template_id` with `template_params` to every number of `to` (global
        format, + and the country code; at most 500). The answer lists one result per number:
        `status` "000000" means the number was accepted; any other status is that number's failure
        while the others are sent. A status report for each accepted number is pushed to
        `status_callback` when given. Not idempotent: a repeated call sends again.

        Vendor documentation: https://support.huaweicloud.com/intl/en-us/api-msgsms/sms_05_0001.html

        Args:
            sender: The sender: the channel number of the application (a Chinese-mainland signature
                channel number, or the international channel number). Not empty.
            to: The numbers, at most 500 (sent as one comma-separated field). 1-500 items.
            template_id: The template ID. Not empty.
            template_params: The values of the template's variables, in order; as many as the
                template has (sent as a JSON array).
            status_callback: Where the platform pushes a status report for each number (a URL; a
                domain name is recommended). Omitted: no status reports. Not empty.
            signature: The signature name, for a universal Chinese-mainland template only (an
                approved signature of the template's type); not used for international SMS. Not
                empty.
            extend: Any text, returned unchanged in the status reports.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            SendAnswer: The platform's answer, with one result (message id, status) per number.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor codes "E000001", "E000002", "E000003", "E000004", "E000005",
                "MOCK.WSSE".
            TimestampExpiredError: Vendor code "MOCK.CREATED".
            NotFoundError: Vendor code "MOCK.TEMPLATE".
            InvalidParameterError: Vendor codes "E000000", "MOCK.TEMPLATE_STATUS", "MOCK.PARAMS",
                "MOCK.NUMBERS", "MOCK.SIGNATURE".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Any HTTP 5xx once the retries are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {}
        call_body: dict[str, Any] | None = omit_none(
            {
                "from": sender,
                "to": to,
                "templateId": template_id,
                "templateParas": template_params,
                "statusCallback": status_callback,
                "signature": signature,
                "extend": extend,
            }
        )

        def parse(payload: Any) -> SendAnswer:
            return _response.parse(
                _spec.MESSAGES_SEND,
                payload,
                cast(
                    "type[SendAnswer]",
                    _response.model(_spec.MESSAGES_SEND, "SendAnswer"),
                ),
            )

        return self._pipeline.call(
            _spec.MESSAGES_SEND,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.MESSAGES_SEND, extra_headers, extra_query, extra_body, timeout
            ),
        )

    def send_diff(
        self,
        *,
        sender: str,
        sms_content: Sequence[SmsContent | SmsContentParam],
        status_callback: str | None = None,
        extend: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> SendAnswer:
        """Send different templates or variables to different numbers in one request.

        `POST /sms/batchSendDiffSms/v1`

        Each entry of `sms_content` sends its template with its variables to its own numbers; at
        most 500 numbers in all. The answer lists one result per number, as for `send`. Not
        idempotent: a repeated call sends again.

        Vendor documentation: https://support.huaweicloud.com/intl/en-us/api-msgsms/sms_05_0002.html

        Args:
            sender: The sender (channel number), as for `send`. Not empty.
            sms_content: One entry per template; at most 500 numbers in all. At least 1 item. Each
                item: `SmsContent` or a `SmsContentParam` dict with the keys `to`, `templateId`,
                `templateParas`, `signature`.
            status_callback: Where the platform pushes a status report for each number. Not empty.
            extend: Any text, returned unchanged in the status reports.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            SendAnswer: The platform's answer, with one result (message id, status) per number.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor codes "E000001", "E000002", "E000003", "E000004", "E000005",
                "MOCK.WSSE".
            TimestampExpiredError: Vendor code "MOCK.CREATED".
            NotFoundError: Vendor code "MOCK.TEMPLATE".
            InvalidParameterError: Vendor codes "E000000", "MOCK.TEMPLATE_STATUS", "MOCK.PARAMS",
                "MOCK.NUMBERS", "MOCK.SIGNATURE".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Any HTTP 5xx once the retries are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {}
        call_body: dict[str, Any] | None = omit_none(
            {
                "from": sender,
                "smsContent": sms_content,
                "statusCallback": status_callback,
                "extend": extend,
            }
        )

        def parse(payload: Any) -> SendAnswer:
            return _response.parse(
                _spec.MESSAGES_SEND_DIFF,
                payload,
                cast(
                    "type[SendAnswer]",
                    _response.model(_spec.MESSAGES_SEND_DIFF, "SendAnswer"),
                ),
            )

        return self._pipeline.call(
            _spec.MESSAGES_SEND_DIFF,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.MESSAGES_SEND_DIFF,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
            ),
        )


class AsyncMessages(AsyncResource):
    """`messages` operations (asyncio)."""

    async def send(
        self,
        *,
        sender: str,
        to: Sequence[str],
        template_id: str,
        template_params: Sequence[str] | None = None,
        status_callback: str | None = None,
        signature: str | None = None,
        extend: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> SendAnswer:
        """Send one template to up to 500 numbers.

        `POST /sms/batchSendSms/v1`

        Sends the template `template_id` with `template_params` to every number of `to` (global
        format, + and the country code; at most 500). The answer lists one result per number:
        `status` "000000" means the number was accepted; any other status is that number's failure
        while the others are sent. A status report for each accepted number is pushed to
        `status_callback` when given. Not idempotent: a repeated call sends again.

        Vendor documentation: https://support.huaweicloud.com/intl/en-us/api-msgsms/sms_05_0001.html

        Args:
            sender: The sender: the channel number of the application (a Chinese-mainland signature
                channel number, or the international channel number). Not empty.
            to: The numbers, at most 500 (sent as one comma-separated field). 1-500 items.
            template_id: The template ID. Not empty.
            template_params: The values of the template's variables, in order; as many as the
                template has (sent as a JSON array).
            status_callback: Where the platform pushes a status report for each number (a URL; a
                domain name is recommended). Omitted: no status reports. Not empty.
            signature: The signature name, for a universal Chinese-mainland template only (an
                approved signature of the template's type); not used for international SMS. Not
                empty.
            extend: Any text, returned unchanged in the status reports.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            SendAnswer: The platform's answer, with one result (message id, status) per number.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor codes "E000001", "E000002", "E000003", "E000004", "E000005",
                "MOCK.WSSE".
            TimestampExpiredError: Vendor code "MOCK.CREATED".
            NotFoundError: Vendor code "MOCK.TEMPLATE".
            InvalidParameterError: Vendor codes "E000000", "MOCK.TEMPLATE_STATUS", "MOCK.PARAMS",
                "MOCK.NUMBERS", "MOCK.SIGNATURE".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Any HTTP 5xx once the retries are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {}
        call_body: dict[str, Any] | None = omit_none(
            {
                "from": sender,
                "to": to,
                "templateId": template_id,
                "templateParas": template_params,
                "statusCallback": status_callback,
                "signature": signature,
                "extend": extend,
            }
        )

        def parse(payload: Any) -> SendAnswer:
            return _response.parse(
                _spec.MESSAGES_SEND,
                payload,
                cast(
                    "type[SendAnswer]",
                    _response.model(_spec.MESSAGES_SEND, "SendAnswer"),
                ),
            )

        return await self._pipeline.call(
            _spec.MESSAGES_SEND,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.MESSAGES_SEND, extra_headers, extra_query, extra_body, timeout
            ),
        )

    async def send_diff(
        self,
        *,
        sender: str,
        sms_content: Sequence[SmsContent | SmsContentParam],
        status_callback: str | None = None,
        extend: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> SendAnswer:
        """Send different templates or variables to different numbers in one request.

        `POST /sms/batchSendDiffSms/v1`

        Each entry of `sms_content` sends its template with its variables to its own numbers; at
        most 500 numbers in all. The answer lists one result per number, as for `send`. Not
        idempotent: a repeated call sends again.

        Vendor documentation: https://support.huaweicloud.com/intl/en-us/api-msgsms/sms_05_0002.html

        Args:
            sender: The sender (channel number), as for `send`. Not empty.
            sms_content: One entry per template; at most 500 numbers in all. At least 1 item. Each
                item: `SmsContent` or a `SmsContentParam` dict with the keys `to`, `templateId`,
                `templateParas`, `signature`.
            status_callback: Where the platform pushes a status report for each number. Not empty.
            extend: Any text, returned unchanged in the status reports.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            SendAnswer: The platform's answer, with one result (message id, status) per number.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor codes "E000001", "E000002", "E000003", "E000004", "E000005",
                "MOCK.WSSE".
            TimestampExpiredError: Vendor code "MOCK.CREATED".
            NotFoundError: Vendor code "MOCK.TEMPLATE".
            InvalidParameterError: Vendor codes "E000000", "MOCK.TEMPLATE_STATUS", "MOCK.PARAMS",
                "MOCK.NUMBERS", "MOCK.SIGNATURE".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Any HTTP 5xx once the retries are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {}
        call_body: dict[str, Any] | None = omit_none(
            {
                "from": sender,
                "smsContent": sms_content,
                "statusCallback": status_callback,
                "extend": extend,
            }
        )

        def parse(payload: Any) -> SendAnswer:
            return _response.parse(
                _spec.MESSAGES_SEND_DIFF,
                payload,
                cast(
                    "type[SendAnswer]",
                    _response.model(_spec.MESSAGES_SEND_DIFF, "SendAnswer"),
                ),
            )

        return await self._pipeline.call(
            _spec.MESSAGES_SEND_DIFF,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.MESSAGES_SEND_DIFF,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
            ),
        )
