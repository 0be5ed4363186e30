"""Resources for `templates`: generated from specs/ by `nox -s generate`. Do not edit by hand."""

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
    from ...models import (
        TemplatesCreateResponse,
        TemplatesListResponse,
        TemplatesRetrieveResponse,
        TemplatesUpdateResponse,
        VerificationTemplate,
    )

__all__ = ["Templates", "AsyncTemplates"]


class Templates(SyncResource):
    """`templates` operations (blocking)."""

    def create(
        self,
        *,
        name: str,
        text: str,
        app_id: str,
        code_type: Literal[1, 2, 3, 4] | None = None,
        code_length: int | None = None,
        speech_rate: int | None = None,
        language: Literal[
            "CN",
            "EN",
            "VN",
            "JP",
            "ARB",
            "DE",
            "IN",
            "IT",
            "KR",
            "RU",
            "ES",
            "PT",
            "IDN",
            "BD",
        ]
        | None = None,
        max_duration: int | None = None,
        repeat_cnt: int | None = None,
        sender_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> VerificationTemplate:
        """Create a verification-code template.

        `POST /otp/template/add`

        Creates a template of an application: the message (it must contain `##code##`, where the
        code goes), the code's type and length, and how a call speaks it.

        Vendor documentation: https://www.itniotech.cn/api/otp/templateAdd/

        Args:
            name: Template name, unique in the account (a duplicate is answered with -20). 4-32
                characters.
            text: The message; `##code##` is where the code goes (it must be there). 1-256
                characters. Must match `##code##`.
            app_id: The application the template belongs to (`app_id` from `apps.create`). 4-32
                characters.
            code_type: The code's characters: 1 = numeric, 2 = alpha, 3 = alphanumeric, 4 = hex. One
                of 1, 2, 3, 4. Default 1.
            code_length: The code's length. 4-10. Default 4.
            speech_rate: Speech rate of a call. 0-100. Default 50.
            language: Language of a call: CN Chinese, EN English, VN Vietnamese, JP Japanese, ARB
                Arabic, DE German, IN Hindi, IT Italian, KR Korean, RU Russian, ES Spanish, PT
                Portuguese, IDN Indonesian, BD Bangladesh. One of "CN", "EN", "VN", "JP", "ARB",
                "DE", "IN", "IT", "KR", "RU", "ES", "PT", "IDN", "BD". Default "EN".
            max_duration: Maximum call duration, in seconds. 5-599. Default 59.
            repeat_cnt: How many times a call plays the message. 1-10. Default 1.
            sender_id: Sender ID of an SMS.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            VerificationTemplate: The new template, with its `template_id`.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor code "-1".
            TimestampExpiredError: Vendor code "-16".
            PermissionDeniedError: Vendor code "-2".
            ConflictError: Vendor code "-20".
            InvalidParameterError: Vendor code "-22".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor code "-18". Any HTTP 5xx once the retries are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {}
        call_body: dict[str, Any] | None = omit_none(
            {
                "name": name,
                "text": text,
                "appId": app_id,
                "codeType": code_type,
                "codeLength": code_length,
                "speechRate": speech_rate,
                "language": language,
                "maxDuration": max_duration,
                "repeatCnt": repeat_cnt,
                "senderId": sender_id,
            }
        )

        def parse(payload: Any) -> VerificationTemplate:
            return _response.parse(
                _spec.TEMPLATES_CREATE,
                payload,
                cast(
                    "type[TemplatesCreateResponse]",
                    _response.model(_spec.TEMPLATES_CREATE, "TemplatesCreateResponse"),
                ),
            ).data

        return self._pipeline.call(
            _spec.TEMPLATES_CREATE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.TEMPLATES_CREATE, extra_headers, extra_query, extra_body, timeout
            ),
        )

    def update(
        self,
        template_id: int,
        *,
        name: str,
        text: str,
        code_type: Literal[1, 2, 3, 4] | None = None,
        code_length: int | None = None,
        speech_rate: int | None = None,
        language: Literal[
            "CN",
            "EN",
            "VN",
            "JP",
            "ARB",
            "DE",
            "IN",
            "IT",
            "KR",
            "RU",
            "ES",
            "PT",
            "IDN",
            "BD",
        ]
        | None = None,
        max_duration: int | None = None,
        repeat_cnt: int | None = None,
        sender_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> VerificationTemplate:
        """Update a verification-code template.

        `PUT /otp/template/update/{templateId}`

        Replaces the template's fields (an omitted one returns to its default); its application
        stays.

        Vendor documentation: https://itniotech.com/api/otp/templateUpdate

        Args:
            template_id: Template ID, as returned by `create` or `list` (`template_id`). At least 1.
            name: Template name, unique in the account (a duplicate is answered with -20). 4-32
                characters.
            text: The message; `##code##` is where the code goes (it must be there). 1-256
                characters. Must match `##code##`.
            code_type: The code's characters: 1 = numeric, 2 = alpha, 3 = alphanumeric, 4 = hex. One
                of 1, 2, 3, 4. Default 1.
            code_length: The code's length. 4-10. Default 4.
            speech_rate: Speech rate of a call. 0-100. Default 50.
            language: Language of a call: CN Chinese, EN English, VN Vietnamese, JP Japanese, ARB
                Arabic, DE German, IN Hindi, IT Italian, KR Korean, RU Russian, ES Spanish, PT
                Portuguese, IDN Indonesian, BD Bangladesh. One of "CN", "EN", "VN", "JP", "ARB",
                "DE", "IN", "IT", "KR", "RU", "ES", "PT", "IDN", "BD". Default "EN".
            max_duration: Maximum call duration, in seconds. 5-599. Default 59.
            repeat_cnt: How many times a call plays the message. 1-10. Default 1.
            sender_id: Sender ID of an SMS.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            VerificationTemplate: The template as stored after the update.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor code "-1".
            TimestampExpiredError: Vendor code "-16".
            PermissionDeniedError: Vendor code "-2".
            ConflictError: Vendor code "-20".
            InvalidParameterError: Vendor code "-22".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor code "-18". Any HTTP 5xx once the retries are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {
            "templateId": template_id,
        }
        call_body: dict[str, Any] | None = omit_none(
            {
                "name": name,
                "text": text,
                "codeType": code_type,
                "codeLength": code_length,
                "speechRate": speech_rate,
                "language": language,
                "maxDuration": max_duration,
                "repeatCnt": repeat_cnt,
                "senderId": sender_id,
            }
        )

        def parse(payload: Any) -> VerificationTemplate:
            return _response.parse(
                _spec.TEMPLATES_UPDATE,
                payload,
                cast(
                    "type[TemplatesUpdateResponse]",
                    _response.model(_spec.TEMPLATES_UPDATE, "TemplatesUpdateResponse"),
                ),
            ).data

        return self._pipeline.call(
            _spec.TEMPLATES_UPDATE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.TEMPLATES_UPDATE, extra_headers, extra_query, extra_body, timeout
            ),
        )

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> builtins.list[VerificationTemplate]:
        """List the account's verification-code templates.

        `GET /otp/template/list`

        Every template of the account, of every application, in one response (not paged).

        Vendor documentation: https://itniotech.com/api/otp/templateList

        Args:
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            list[VerificationTemplate]: Every template of the account.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor code "-1".
            TimestampExpiredError: Vendor code "-16".
            PermissionDeniedError: Vendor code "-2".
            ConflictError: Vendor code "-20".
            InvalidParameterError: Vendor code "-22".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor code "-18". Any HTTP 5xx once the retries are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {}
        call_body: dict[str, Any] | None = None

        def parse(payload: Any) -> builtins.list[VerificationTemplate]:
            return _response.parse(
                _spec.TEMPLATES_LIST,
                payload,
                cast(
                    "type[TemplatesListResponse]",
                    _response.model(_spec.TEMPLATES_LIST, "TemplatesListResponse"),
                ),
            ).data

        return self._pipeline.call(
            _spec.TEMPLATES_LIST,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.TEMPLATES_LIST, extra_headers, extra_query, extra_body, timeout
            ),
        )

    def retrieve(
        self,
        template_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> VerificationTemplate:
        """Get one verification-code template.

        `GET /otp/template/details/{templateId}`

        One template. An unknown id is answered with -22 (parameter exception).

        Vendor documentation: https://itniotech.com/api/otp/templateDetails

        Args:
            template_id: Template ID, as returned by `create` or `list` (`template_id`). At least 1.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            VerificationTemplate: The template.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor code "-1".
            TimestampExpiredError: Vendor code "-16".
            PermissionDeniedError: Vendor code "-2".
            ConflictError: Vendor code "-20".
            InvalidParameterError: Vendor code "-22".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor code "-18". Any HTTP 5xx once the retries are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {
            "templateId": template_id,
        }
        call_body: dict[str, Any] | None = None

        def parse(payload: Any) -> VerificationTemplate:
            return _response.parse(
                _spec.TEMPLATES_RETRIEVE,
                payload,
                cast(
                    "type[TemplatesRetrieveResponse]",
                    _response.model(
                        _spec.TEMPLATES_RETRIEVE, "TemplatesRetrieveResponse"
                    ),
                ),
            ).data

        return self._pipeline.call(
            _spec.TEMPLATES_RETRIEVE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.TEMPLATES_RETRIEVE,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
            ),
        )


class AsyncTemplates(AsyncResource):
    """`templates` operations (asyncio)."""

    async def create(
        self,
        *,
        name: str,
        text: str,
        app_id: str,
        code_type: Literal[1, 2, 3, 4] | None = None,
        code_length: int | None = None,
        speech_rate: int | None = None,
        language: Literal[
            "CN",
            "EN",
            "VN",
            "JP",
            "ARB",
            "DE",
            "IN",
            "IT",
            "KR",
            "RU",
            "ES",
            "PT",
            "IDN",
            "BD",
        ]
        | None = None,
        max_duration: int | None = None,
        repeat_cnt: int | None = None,
        sender_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> VerificationTemplate:
        """Create a verification-code template.

        `POST /otp/template/add`

        Creates a template of an application: the message (it must contain `##code##`, where the
        code goes), the code's type and length, and how a call speaks it.

        Vendor documentation: https://www.itniotech.cn/api/otp/templateAdd/

        Args:
            name: Template name, unique in the account (a duplicate is answered with -20). 4-32
                characters.
            text: The message; `##code##` is where the code goes (it must be there). 1-256
                characters. Must match `##code##`.
            app_id: The application the template belongs to (`app_id` from `apps.create`). 4-32
                characters.
            code_type: The code's characters: 1 = numeric, 2 = alpha, 3 = alphanumeric, 4 = hex. One
                of 1, 2, 3, 4. Default 1.
            code_length: The code's length. 4-10. Default 4.
            speech_rate: Speech rate of a call. 0-100. Default 50.
            language: Language of a call: CN Chinese, EN English, VN Vietnamese, JP Japanese, ARB
                Arabic, DE German, IN Hindi, IT Italian, KR Korean, RU Russian, ES Spanish, PT
                Portuguese, IDN Indonesian, BD Bangladesh. One of "CN", "EN", "VN", "JP", "ARB",
                "DE", "IN", "IT", "KR", "RU", "ES", "PT", "IDN", "BD". Default "EN".
            max_duration: Maximum call duration, in seconds. 5-599. Default 59.
            repeat_cnt: How many times a call plays the message. 1-10. Default 1.
            sender_id: Sender ID of an SMS.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            VerificationTemplate: The new template, with its `template_id`.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor code "-1".
            TimestampExpiredError: Vendor code "-16".
            PermissionDeniedError: Vendor code "-2".
            ConflictError: Vendor code "-20".
            InvalidParameterError: Vendor code "-22".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor code "-18". Any HTTP 5xx once the retries are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {}
        call_body: dict[str, Any] | None = omit_none(
            {
                "name": name,
                "text": text,
                "appId": app_id,
                "codeType": code_type,
                "codeLength": code_length,
                "speechRate": speech_rate,
                "language": language,
                "maxDuration": max_duration,
                "repeatCnt": repeat_cnt,
                "senderId": sender_id,
            }
        )

        def parse(payload: Any) -> VerificationTemplate:
            return _response.parse(
                _spec.TEMPLATES_CREATE,
                payload,
                cast(
                    "type[TemplatesCreateResponse]",
                    _response.model(_spec.TEMPLATES_CREATE, "TemplatesCreateResponse"),
                ),
            ).data

        return await self._pipeline.call(
            _spec.TEMPLATES_CREATE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.TEMPLATES_CREATE, extra_headers, extra_query, extra_body, timeout
            ),
        )

    async def update(
        self,
        template_id: int,
        *,
        name: str,
        text: str,
        code_type: Literal[1, 2, 3, 4] | None = None,
        code_length: int | None = None,
        speech_rate: int | None = None,
        language: Literal[
            "CN",
            "EN",
            "VN",
            "JP",
            "ARB",
            "DE",
            "IN",
            "IT",
            "KR",
            "RU",
            "ES",
            "PT",
            "IDN",
            "BD",
        ]
        | None = None,
        max_duration: int | None = None,
        repeat_cnt: int | None = None,
        sender_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> VerificationTemplate:
        """Update a verification-code template.

        `PUT /otp/template/update/{templateId}`

        Replaces the template's fields (an omitted one returns to its default); its application
        stays.

        Vendor documentation: https://itniotech.com/api/otp/templateUpdate

        Args:
            template_id: Template ID, as returned by `create` or `list` (`template_id`). At least 1.
            name: Template name, unique in the account (a duplicate is answered with -20). 4-32
                characters.
            text: The message; `##code##` is where the code goes (it must be there). 1-256
                characters. Must match `##code##`.
            code_type: The code's characters: 1 = numeric, 2 = alpha, 3 = alphanumeric, 4 = hex. One
                of 1, 2, 3, 4. Default 1.
            code_length: The code's length. 4-10. Default 4.
            speech_rate: Speech rate of a call. 0-100. Default 50.
            language: Language of a call: CN Chinese, EN English, VN Vietnamese, JP Japanese, ARB
                Arabic, DE German, IN Hindi, IT Italian, KR Korean, RU Russian, ES Spanish, PT
                Portuguese, IDN Indonesian, BD Bangladesh. One of "CN", "EN", "VN", "JP", "ARB",
                "DE", "IN", "IT", "KR", "RU", "ES", "PT", "IDN", "BD". Default "EN".
            max_duration: Maximum call duration, in seconds. 5-599. Default 59.
            repeat_cnt: How many times a call plays the message. 1-10. Default 1.
            sender_id: Sender ID of an SMS.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            VerificationTemplate: The template as stored after the update.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor code "-1".
            TimestampExpiredError: Vendor code "-16".
            PermissionDeniedError: Vendor code "-2".
            ConflictError: Vendor code "-20".
            InvalidParameterError: Vendor code "-22".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor code "-18". Any HTTP 5xx once the retries are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {
            "templateId": template_id,
        }
        call_body: dict[str, Any] | None = omit_none(
            {
                "name": name,
                "text": text,
                "codeType": code_type,
                "codeLength": code_length,
                "speechRate": speech_rate,
                "language": language,
                "maxDuration": max_duration,
                "repeatCnt": repeat_cnt,
                "senderId": sender_id,
            }
        )

        def parse(payload: Any) -> VerificationTemplate:
            return _response.parse(
                _spec.TEMPLATES_UPDATE,
                payload,
                cast(
                    "type[TemplatesUpdateResponse]",
                    _response.model(_spec.TEMPLATES_UPDATE, "TemplatesUpdateResponse"),
                ),
            ).data

        return await self._pipeline.call(
            _spec.TEMPLATES_UPDATE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.TEMPLATES_UPDATE, extra_headers, extra_query, extra_body, timeout
            ),
        )

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> builtins.list[VerificationTemplate]:
        """List the account's verification-code templates.

        `GET /otp/template/list`

        Every template of the account, of every application, in one response (not paged).

        Vendor documentation: https://itniotech.com/api/otp/templateList

        Args:
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            list[VerificationTemplate]: Every template of the account.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor code "-1".
            TimestampExpiredError: Vendor code "-16".
            PermissionDeniedError: Vendor code "-2".
            ConflictError: Vendor code "-20".
            InvalidParameterError: Vendor code "-22".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor code "-18". Any HTTP 5xx once the retries are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {}
        call_body: dict[str, Any] | None = None

        def parse(payload: Any) -> builtins.list[VerificationTemplate]:
            return _response.parse(
                _spec.TEMPLATES_LIST,
                payload,
                cast(
                    "type[TemplatesListResponse]",
                    _response.model(_spec.TEMPLATES_LIST, "TemplatesListResponse"),
                ),
            ).data

        return await self._pipeline.call(
            _spec.TEMPLATES_LIST,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.TEMPLATES_LIST, extra_headers, extra_query, extra_body, timeout
            ),
        )

    async def retrieve(
        self,
        template_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> VerificationTemplate:
        """Get one verification-code template.

        `GET /otp/template/details/{templateId}`

        One template. An unknown id is answered with -22 (parameter exception).

        Vendor documentation: https://itniotech.com/api/otp/templateDetails

        Args:
            template_id: Template ID, as returned by `create` or `list` (`template_id`). At least 1.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            VerificationTemplate: The template.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor code "-1".
            TimestampExpiredError: Vendor code "-16".
            PermissionDeniedError: Vendor code "-2".
            ConflictError: Vendor code "-20".
            InvalidParameterError: Vendor code "-22".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor code "-18". Any HTTP 5xx once the retries are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {
            "templateId": template_id,
        }
        call_body: dict[str, Any] | None = None

        def parse(payload: Any) -> VerificationTemplate:
            return _response.parse(
                _spec.TEMPLATES_RETRIEVE,
                payload,
                cast(
                    "type[TemplatesRetrieveResponse]",
                    _response.model(
                        _spec.TEMPLATES_RETRIEVE, "TemplatesRetrieveResponse"
                    ),
                ),
            ).data

        return await self._pipeline.call(
            _spec.TEMPLATES_RETRIEVE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.TEMPLATES_RETRIEVE,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
            ),
        )
