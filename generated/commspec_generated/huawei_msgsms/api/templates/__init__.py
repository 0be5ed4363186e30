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
        Template,
        TemplateList,
        TemplateRef,
        TemplateVariableAttribute,
        TemplateVariableList,
    )
    from ...param_types import TemplateVariableAttributeParam

__all__ = ["Templates", "AsyncTemplates"]


class Templates(SyncResource):
    """`templates` operations (blocking)."""

    def list(
        self,
        *,
        app_key: str | None = None,
        app_name: str | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        flow_status: Literal["Adopted", "Reviewing", "Reject"] | None = None,
        has_variable: str | None = None,
        region: Literal["cn", "intl"] | None = None,
        sign_name: str | None = None,
        sort_dir: Literal["asc", "desc"] | None = None,
        sort_key: Literal["create_time"] | None = None,
        template_id: str | None = None,
        template_name: str | None = None,
        template_type: Literal["VERIFY_CODE_TYPE", "PROMOTION_TYPE", "NOTIFY_TYPE"]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> Page[Template]:
        """Query SMS templates.

        `GET /v2/{project_id}/msgsms/templates`

        The templates matching the filters, paged by offset and limit (Huawei's client calls the
        operation ListTemplateDetails).

        Vendor documentation: https://support.huaweicloud.com/intl/en-us/api-msgsms/sms_05_0038.html

        Args:
            app_key: Application key.
            app_name: Application name.
            start_time: Start of the creation-time window (the vendor does not document the format).
            end_time: End of the creation-time window (the vendor does not document the format).
            limit: Page size (no maximum is documented). At least 1. Default 10.
            offset: Number of matching templates to skip. At least 0.
            flow_status: Review state filter. One of "Adopted", "Reviewing", "Reject".
            has_variable: Whether the template content has variables (the vendor does not document
                the values).
            region: Region filter: cn = Chinese mainland, intl = international. One of "cn", "intl".
            sign_name: Signature name.
            sort_dir: Sort direction. One of "asc", "desc".
            sort_key: Sort field; only create_time is documented. Always "create_time".
            template_id: OMP-synchronized template ID (not the primary key `id`).
            template_name: Template name.
            template_type: Template type filter. PROMOTION_TYPE (Chinese mainland only) can be
                searched for although it cannot be written. One of "VERIFY_CODE_TYPE",
                "PROMOTION_TYPE", "NOTIFY_TYPE".
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            Page[Template]: The requested page of templates. The page holds `records`, `current`,
                `size`, `total` and `pages`; iterating it (`for item in page`) walks every record of
                every page, fetching the next page only when needed.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor code "MSGSMS.0003".
            PermissionDeniedError: Vendor code "MSGSMS.0013".
            NotFoundError: Vendor codes "MSGSMS.0005", "MSGSMS.0009", "MSGSMS.0011", "MSGSMS.0036",
                "MSGSMS.0076".
            ConflictError: Vendor codes "MSGSMS.0004", "MSGSMS.0006", "MSGSMS.0007", "MSGSMS.0008",
                "MSGSMS.0010".
            InvalidParameterError: Vendor codes "MSGSMS.0002", "MSGSMS.0012", "MSGSMS.0015",
                "MSGSMS.0016", "MSGSMS.0017".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor codes "MSGSMS.0001", "MSGSMS.0035". Any HTTP 5xx once the retries
                are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {
            "app_key": app_key,
            "app_name": app_name,
            "start_time": start_time,
            "end_time": end_time,
            "limit": limit,
            "offset": offset,
            "flow_status": flow_status,
            "has_variable": has_variable,
            "region": region,
            "sign_name": sign_name,
            "sort_dir": sort_dir,
            "sort_key": sort_key,
            "template_id": template_id,
            "template_name": template_name,
            "template_type": template_type,
        }
        call_body: dict[str, Any] | None = None

        def parse(payload: Any) -> TemplateList:
            return _response.parse(
                _spec.TEMPLATES_LIST,
                payload,
                cast(
                    "type[TemplateList]",
                    _response.model(_spec.TEMPLATES_LIST, "TemplateList"),
                ),
            )

        return self._pipeline.paginate(
            _spec.TEMPLATES_LIST,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.TEMPLATES_LIST, extra_headers, extra_query, extra_body, timeout
            ),
        )

    def create(
        self,
        *,
        app_id: str,
        region: Literal["cn", "intl"],
        template_content: str,
        template_name: str,
        brackets: Literal["CN", "GB"] | None = None,
        send_country: Sequence[int] | None = None,
        sign_id: str | None = None,
        template_desc: str | None = None,
        template_type: Literal["VERIFY_CODE_TYPE", "NOTIFY_TYPE"] | None = None,
        universal_template: Literal[0, 1] | None = None,
        flow_status: Literal["Pending", "Reviewing"] | None = None,
        variable_attributes: Sequence[
            TemplateVariableAttribute | TemplateVariableAttributeParam
        ]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> TemplateRef:
        """Create an SMS template.

        `POST /v2/{project_id}/msgsms/templates`

        Creates a template with the same fields as `update`: `flow_status` Pending keeps it to be
        submitted, Reviewing submits it for review. The route is the one of Huawei's client
        (`create_template`); there is no vendor page for it.

        Vendor documentation: https://github.com/huaweicloud/huaweicloud-sdk-python-v3

        Args:
            app_id: Primary key ID of the application (the `id` of the vendor's query-applications
                response). An unknown application is answered with MSGSMS.0076.
            region: Region: cn = Chinese mainland, intl = international. One of "cn", "intl".
            template_content: Template content, with at most 20 variables `${TXT_n}`, `${NUM_n}` (n
                1-20), `${DATE}`, `${TIME}`
                (https://support.huaweicloud.com/intl/en-us/msgsms_faq/sms_faq_0027.html). At most
                500 characters.
            template_name: Template name.
            brackets: Bracket type; valid only when region is cn. One of "CN", "GB". Default "CN".
            send_country: IDs of the countries or regions the SMSs are sent to (`country_id` of
                `GET /v2/{project_id}/msgsms/country`); valid only when region is intl.
            sign_id: Signature ID (the `id` of the vendor's query-signatures response); valid only
                when region is cn. An unknown signature is answered with MSGSMS.0012.
            template_desc: Template description.
            template_type: Template type; fixed to NOTIFY_TYPE for international SMSs. One of
                "VERIFY_CODE_TYPE", "NOTIFY_TYPE".
            universal_template: 0 = non-general template, 1 = general template. One of 0, 1.
            flow_status: Process status to set: Pending = to be submitted, Reviewing = to be
                reviewed. One of "Pending", "Reviewing".
            variable_attributes: Attributes of the template's variables (documented only in Huawei's
                client, SmsTemplateReq). Each item: `TemplateVariableAttribute` or a
                `TemplateVariableAttributeParam` dict with the keys `variable_index`,
                `variable_type`, `variable_desc`.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            TemplateRef: The new template's primary key `id` (pass it to `update`, `retrieve` and
                `delete`) and its name.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor code "MSGSMS.0003".
            PermissionDeniedError: Vendor code "MSGSMS.0013".
            NotFoundError: Vendor codes "MSGSMS.0005", "MSGSMS.0009", "MSGSMS.0011", "MSGSMS.0036",
                "MSGSMS.0076".
            ConflictError: Vendor codes "MSGSMS.0004", "MSGSMS.0006", "MSGSMS.0007", "MSGSMS.0008",
                "MSGSMS.0010".
            InvalidParameterError: Vendor codes "MSGSMS.0002", "MSGSMS.0012", "MSGSMS.0015",
                "MSGSMS.0016", "MSGSMS.0017".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor codes "MSGSMS.0001", "MSGSMS.0035". Any HTTP 5xx once the retries
                are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {}
        call_body: dict[str, Any] | None = omit_none(
            {
                "app_id": app_id,
                "region": region,
                "template_content": template_content,
                "template_name": template_name,
                "brackets": brackets,
                "send_country": send_country,
                "sign_id": sign_id,
                "template_desc": template_desc,
                "template_type": template_type,
                "universal_template": universal_template,
                "flow_status": flow_status,
                "variable_attributes": variable_attributes,
            }
        )

        def parse(payload: Any) -> TemplateRef:
            return _response.parse(
                _spec.TEMPLATES_CREATE,
                payload,
                cast(
                    "type[TemplateRef]",
                    _response.model(_spec.TEMPLATES_CREATE, "TemplateRef"),
                ),
            )

        return self._pipeline.call(
            _spec.TEMPLATES_CREATE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.TEMPLATES_CREATE, extra_headers, extra_query, extra_body, timeout
            ),
        )

    def retrieve(
        self,
        template_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> Template:
        """Get one SMS template.

        `GET /v2/{project_id}/msgsms/templates/{id}`

        One template with its review state. The route is the one of Huawei's client
        (`show_template`); the response has the fields of a `list` result.

        Vendor documentation: https://github.com/huaweicloud/huaweicloud-sdk-python-v3

        Args:
            template_id: Primary key of the template: the `id` that `create` and `update` return and
                that `list` reports
                (https://support.huaweicloud.com/intl/en-us/api-msgsms/sms_05_0038.html, Table 5),
                not `template_id`.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            Template: The template.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor code "MSGSMS.0003".
            PermissionDeniedError: Vendor code "MSGSMS.0013".
            NotFoundError: Vendor codes "MSGSMS.0005", "MSGSMS.0009", "MSGSMS.0011", "MSGSMS.0036",
                "MSGSMS.0076".
            ConflictError: Vendor codes "MSGSMS.0004", "MSGSMS.0006", "MSGSMS.0007", "MSGSMS.0008",
                "MSGSMS.0010".
            InvalidParameterError: Vendor codes "MSGSMS.0002", "MSGSMS.0012", "MSGSMS.0015",
                "MSGSMS.0016", "MSGSMS.0017".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor codes "MSGSMS.0001", "MSGSMS.0035". Any HTTP 5xx once the retries
                are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {
            "id": template_id,
        }
        call_body: dict[str, Any] | None = None

        def parse(payload: Any) -> Template:
            return _response.parse(
                _spec.TEMPLATES_RETRIEVE,
                payload,
                cast(
                    "type[Template]",
                    _response.model(_spec.TEMPLATES_RETRIEVE, "Template"),
                ),
            )

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

    def update(
        self,
        template_id: str,
        *,
        app_id: str,
        region: Literal["cn", "intl"],
        template_content: str,
        template_name: str,
        brackets: Literal["CN", "GB"] | None = None,
        send_country: Sequence[int] | None = None,
        sign_id: str | None = None,
        template_desc: str | None = None,
        template_type: Literal["VERIFY_CODE_TYPE", "NOTIFY_TYPE"] | None = None,
        universal_template: Literal[0, 1] | None = None,
        flow_status: Literal["Pending", "Reviewing"] | None = None,
        variable_attributes: Sequence[
            TemplateVariableAttribute | TemplateVariableAttributeParam
        ]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> TemplateRef:
        """Modify an SMS template.

        `PUT /v2/{project_id}/msgsms/templates/{id}`

        A rejected template can be modified, an approved template can be renamed, and a template
        under review (or whose signature is under review) can be withdrawn and modified. A change
        that the template's review state forbids is answered with MSGSMS.0010.

        Vendor documentation: https://support.huaweicloud.com/intl/en-us/api-msgsms/sms_05_0041.html

        Args:
            template_id: Primary key of the template: the `id` that `create` and `update` return and
                that `list` reports
                (https://support.huaweicloud.com/intl/en-us/api-msgsms/sms_05_0038.html, Table 5),
                not `template_id`.
            app_id: Primary key ID of the application (the `id` of the vendor's query-applications
                response). An unknown application is answered with MSGSMS.0076.
            region: Region: cn = Chinese mainland, intl = international. One of "cn", "intl".
            template_content: Template content, with at most 20 variables `${TXT_n}`, `${NUM_n}` (n
                1-20), `${DATE}`, `${TIME}`
                (https://support.huaweicloud.com/intl/en-us/msgsms_faq/sms_faq_0027.html). At most
                500 characters.
            template_name: Template name.
            brackets: Bracket type; valid only when region is cn. One of "CN", "GB". Default "CN".
            send_country: IDs of the countries or regions the SMSs are sent to (`country_id` of
                `GET /v2/{project_id}/msgsms/country`); valid only when region is intl.
            sign_id: Signature ID (the `id` of the vendor's query-signatures response); valid only
                when region is cn. An unknown signature is answered with MSGSMS.0012.
            template_desc: Template description.
            template_type: Template type; fixed to NOTIFY_TYPE for international SMSs. One of
                "VERIFY_CODE_TYPE", "NOTIFY_TYPE".
            universal_template: 0 = non-general template, 1 = general template. One of 0, 1.
            flow_status: Process status to set: Pending = to be submitted, Reviewing = to be
                reviewed. One of "Pending", "Reviewing".
            variable_attributes: Attributes of the template's variables (documented only in Huawei's
                client, SmsTemplateReq). Each item: `TemplateVariableAttribute` or a
                `TemplateVariableAttributeParam` dict with the keys `variable_index`,
                `variable_type`, `variable_desc`.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            TemplateRef: The template's primary key `id` and its name.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor code "MSGSMS.0003".
            PermissionDeniedError: Vendor code "MSGSMS.0013".
            NotFoundError: Vendor codes "MSGSMS.0005", "MSGSMS.0009", "MSGSMS.0011", "MSGSMS.0036",
                "MSGSMS.0076".
            ConflictError: Vendor codes "MSGSMS.0004", "MSGSMS.0006", "MSGSMS.0007", "MSGSMS.0008",
                "MSGSMS.0010".
            InvalidParameterError: Vendor codes "MSGSMS.0002", "MSGSMS.0012", "MSGSMS.0015",
                "MSGSMS.0016", "MSGSMS.0017".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor codes "MSGSMS.0001", "MSGSMS.0035". Any HTTP 5xx once the retries
                are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {
            "id": template_id,
        }
        call_body: dict[str, Any] | None = omit_none(
            {
                "app_id": app_id,
                "region": region,
                "template_content": template_content,
                "template_name": template_name,
                "brackets": brackets,
                "send_country": send_country,
                "sign_id": sign_id,
                "template_desc": template_desc,
                "template_type": template_type,
                "universal_template": universal_template,
                "flow_status": flow_status,
                "variable_attributes": variable_attributes,
            }
        )

        def parse(payload: Any) -> TemplateRef:
            return _response.parse(
                _spec.TEMPLATES_UPDATE,
                payload,
                cast(
                    "type[TemplateRef]",
                    _response.model(_spec.TEMPLATES_UPDATE, "TemplateRef"),
                ),
            )

        return self._pipeline.call(
            _spec.TEMPLATES_UPDATE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.TEMPLATES_UPDATE, extra_headers, extra_query, extra_body, timeout
            ),
        )

    def delete(
        self,
        template_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> None:
        """Delete an SMS template.

        `DELETE /v2/{project_id}/msgsms/templates/{id}`

        Deletes the template. MSGSMS.0035 when the deletion cannot be synchronized to the OMP. The
        route is the one of Huawei's client (`delete_template`).

        Vendor documentation: https://github.com/huaweicloud/huaweicloud-sdk-python-v3

        Args:
            template_id: Primary key of the template: the `id` that `create` and `update` return and
                that `list` reports
                (https://support.huaweicloud.com/intl/en-us/api-msgsms/sms_05_0038.html, Table 5),
                not `template_id`.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            None: Nothing; the template is deleted.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor code "MSGSMS.0003".
            PermissionDeniedError: Vendor code "MSGSMS.0013".
            NotFoundError: Vendor codes "MSGSMS.0005", "MSGSMS.0009", "MSGSMS.0011", "MSGSMS.0036",
                "MSGSMS.0076".
            ConflictError: Vendor codes "MSGSMS.0004", "MSGSMS.0006", "MSGSMS.0007", "MSGSMS.0008",
                "MSGSMS.0010".
            InvalidParameterError: Vendor codes "MSGSMS.0002", "MSGSMS.0012", "MSGSMS.0015",
                "MSGSMS.0016", "MSGSMS.0017".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor codes "MSGSMS.0001", "MSGSMS.0035". Any HTTP 5xx once the retries
                are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {
            "id": template_id,
        }
        call_body: dict[str, Any] | None = None
        self._pipeline.call(
            _spec.TEMPLATES_DELETE,
            call_params,
            call_body,
            None,
            CallOptions.of(
                _spec.TEMPLATES_DELETE, extra_headers, extra_query, extra_body, timeout
            ),
        )
        return None

    def variables(
        self,
        template_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> TemplateVariableList:
        """Query a template's variables.

        `GET /v2/{project_id}/msgsms/templates/{id}/varilable`

        The variables of a template's content, one per `${...}` placeholder in order. The path is
        Huawei's own spelling ("varilable"), as its client sends it
        (list_template_varilable_details).

        Vendor documentation: https://github.com/huaweicloud/huaweicloud-sdk-python-v3

        Args:
            template_id: Primary key of the template: the `id` that `create` and `update` return and
                that `list` reports
                (https://support.huaweicloud.com/intl/en-us/api-msgsms/sms_05_0038.html, Table 5),
                not `template_id`.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            TemplateVariableList: The template's variables and how many there are.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor code "MSGSMS.0003".
            PermissionDeniedError: Vendor code "MSGSMS.0013".
            NotFoundError: Vendor codes "MSGSMS.0005", "MSGSMS.0009", "MSGSMS.0011", "MSGSMS.0036",
                "MSGSMS.0076".
            ConflictError: Vendor codes "MSGSMS.0004", "MSGSMS.0006", "MSGSMS.0007", "MSGSMS.0008",
                "MSGSMS.0010".
            InvalidParameterError: Vendor codes "MSGSMS.0002", "MSGSMS.0012", "MSGSMS.0015",
                "MSGSMS.0016", "MSGSMS.0017".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor codes "MSGSMS.0001", "MSGSMS.0035". Any HTTP 5xx once the retries
                are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {
            "id": template_id,
        }
        call_body: dict[str, Any] | None = None

        def parse(payload: Any) -> TemplateVariableList:
            return _response.parse(
                _spec.TEMPLATES_VARIABLES,
                payload,
                cast(
                    "type[TemplateVariableList]",
                    _response.model(_spec.TEMPLATES_VARIABLES, "TemplateVariableList"),
                ),
            )

        return self._pipeline.call(
            _spec.TEMPLATES_VARIABLES,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.TEMPLATES_VARIABLES,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
            ),
        )


class AsyncTemplates(AsyncResource):
    """`templates` operations (asyncio)."""

    def list(
        self,
        *,
        app_key: str | None = None,
        app_name: str | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        flow_status: Literal["Adopted", "Reviewing", "Reject"] | None = None,
        has_variable: str | None = None,
        region: Literal["cn", "intl"] | None = None,
        sign_name: str | None = None,
        sort_dir: Literal["asc", "desc"] | None = None,
        sort_key: Literal["create_time"] | None = None,
        template_id: str | None = None,
        template_name: str | None = None,
        template_type: Literal["VERIFY_CODE_TYPE", "PROMOTION_TYPE", "NOTIFY_TYPE"]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> AsyncPaginator[Template]:
        """Query SMS templates.

        `GET /v2/{project_id}/msgsms/templates`

        The templates matching the filters, paged by offset and limit (Huawei's client calls the
        operation ListTemplateDetails).

        Vendor documentation: https://support.huaweicloud.com/intl/en-us/api-msgsms/sms_05_0038.html

        Args:
            app_key: Application key.
            app_name: Application name.
            start_time: Start of the creation-time window (the vendor does not document the format).
            end_time: End of the creation-time window (the vendor does not document the format).
            limit: Page size (no maximum is documented). At least 1. Default 10.
            offset: Number of matching templates to skip. At least 0.
            flow_status: Review state filter. One of "Adopted", "Reviewing", "Reject".
            has_variable: Whether the template content has variables (the vendor does not document
                the values).
            region: Region filter: cn = Chinese mainland, intl = international. One of "cn", "intl".
            sign_name: Signature name.
            sort_dir: Sort direction. One of "asc", "desc".
            sort_key: Sort field; only create_time is documented. Always "create_time".
            template_id: OMP-synchronized template ID (not the primary key `id`).
            template_name: Template name.
            template_type: Template type filter. PROMOTION_TYPE (Chinese mainland only) can be
                searched for although it cannot be written. One of "VERIFY_CODE_TYPE",
                "PROMOTION_TYPE", "NOTIFY_TYPE".
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            AsyncPaginator[Template]: The requested page of templates. `await` the call for the
                first page (`records`, `current`, `size`, `total`, `pages`); `async for item in` the
                call, or the page, walks every record of every page, fetching the next page only
                when needed.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor code "MSGSMS.0003".
            PermissionDeniedError: Vendor code "MSGSMS.0013".
            NotFoundError: Vendor codes "MSGSMS.0005", "MSGSMS.0009", "MSGSMS.0011", "MSGSMS.0036",
                "MSGSMS.0076".
            ConflictError: Vendor codes "MSGSMS.0004", "MSGSMS.0006", "MSGSMS.0007", "MSGSMS.0008",
                "MSGSMS.0010".
            InvalidParameterError: Vendor codes "MSGSMS.0002", "MSGSMS.0012", "MSGSMS.0015",
                "MSGSMS.0016", "MSGSMS.0017".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor codes "MSGSMS.0001", "MSGSMS.0035". Any HTTP 5xx once the retries
                are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {
            "app_key": app_key,
            "app_name": app_name,
            "start_time": start_time,
            "end_time": end_time,
            "limit": limit,
            "offset": offset,
            "flow_status": flow_status,
            "has_variable": has_variable,
            "region": region,
            "sign_name": sign_name,
            "sort_dir": sort_dir,
            "sort_key": sort_key,
            "template_id": template_id,
            "template_name": template_name,
            "template_type": template_type,
        }
        call_body: dict[str, Any] | None = None

        def parse(payload: Any) -> TemplateList:
            return _response.parse(
                _spec.TEMPLATES_LIST,
                payload,
                cast(
                    "type[TemplateList]",
                    _response.model(_spec.TEMPLATES_LIST, "TemplateList"),
                ),
            )

        return self._pipeline.paginate(
            _spec.TEMPLATES_LIST,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.TEMPLATES_LIST, extra_headers, extra_query, extra_body, timeout
            ),
        )

    async def create(
        self,
        *,
        app_id: str,
        region: Literal["cn", "intl"],
        template_content: str,
        template_name: str,
        brackets: Literal["CN", "GB"] | None = None,
        send_country: Sequence[int] | None = None,
        sign_id: str | None = None,
        template_desc: str | None = None,
        template_type: Literal["VERIFY_CODE_TYPE", "NOTIFY_TYPE"] | None = None,
        universal_template: Literal[0, 1] | None = None,
        flow_status: Literal["Pending", "Reviewing"] | None = None,
        variable_attributes: Sequence[
            TemplateVariableAttribute | TemplateVariableAttributeParam
        ]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> TemplateRef:
        """Create an SMS template.

        `POST /v2/{project_id}/msgsms/templates`

        Creates a template with the same fields as `update`: `flow_status` Pending keeps it to be
        submitted, Reviewing submits it for review. The route is the one of Huawei's client
        (`create_template`); there is no vendor page for it.

        Vendor documentation: https://github.com/huaweicloud/huaweicloud-sdk-python-v3

        Args:
            app_id: Primary key ID of the application (the `id` of the vendor's query-applications
                response). An unknown application is answered with MSGSMS.0076.
            region: Region: cn = Chinese mainland, intl = international. One of "cn", "intl".
            template_content: Template content, with at most 20 variables `${TXT_n}`, `${NUM_n}` (n
                1-20), `${DATE}`, `${TIME}`
                (https://support.huaweicloud.com/intl/en-us/msgsms_faq/sms_faq_0027.html). At most
                500 characters.
            template_name: Template name.
            brackets: Bracket type; valid only when region is cn. One of "CN", "GB". Default "CN".
            send_country: IDs of the countries or regions the SMSs are sent to (`country_id` of
                `GET /v2/{project_id}/msgsms/country`); valid only when region is intl.
            sign_id: Signature ID (the `id` of the vendor's query-signatures response); valid only
                when region is cn. An unknown signature is answered with MSGSMS.0012.
            template_desc: Template description.
            template_type: Template type; fixed to NOTIFY_TYPE for international SMSs. One of
                "VERIFY_CODE_TYPE", "NOTIFY_TYPE".
            universal_template: 0 = non-general template, 1 = general template. One of 0, 1.
            flow_status: Process status to set: Pending = to be submitted, Reviewing = to be
                reviewed. One of "Pending", "Reviewing".
            variable_attributes: Attributes of the template's variables (documented only in Huawei's
                client, SmsTemplateReq). Each item: `TemplateVariableAttribute` or a
                `TemplateVariableAttributeParam` dict with the keys `variable_index`,
                `variable_type`, `variable_desc`.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            TemplateRef: The new template's primary key `id` (pass it to `update`, `retrieve` and
                `delete`) and its name.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor code "MSGSMS.0003".
            PermissionDeniedError: Vendor code "MSGSMS.0013".
            NotFoundError: Vendor codes "MSGSMS.0005", "MSGSMS.0009", "MSGSMS.0011", "MSGSMS.0036",
                "MSGSMS.0076".
            ConflictError: Vendor codes "MSGSMS.0004", "MSGSMS.0006", "MSGSMS.0007", "MSGSMS.0008",
                "MSGSMS.0010".
            InvalidParameterError: Vendor codes "MSGSMS.0002", "MSGSMS.0012", "MSGSMS.0015",
                "MSGSMS.0016", "MSGSMS.0017".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor codes "MSGSMS.0001", "MSGSMS.0035". Any HTTP 5xx once the retries
                are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {}
        call_body: dict[str, Any] | None = omit_none(
            {
                "app_id": app_id,
                "region": region,
                "template_content": template_content,
                "template_name": template_name,
                "brackets": brackets,
                "send_country": send_country,
                "sign_id": sign_id,
                "template_desc": template_desc,
                "template_type": template_type,
                "universal_template": universal_template,
                "flow_status": flow_status,
                "variable_attributes": variable_attributes,
            }
        )

        def parse(payload: Any) -> TemplateRef:
            return _response.parse(
                _spec.TEMPLATES_CREATE,
                payload,
                cast(
                    "type[TemplateRef]",
                    _response.model(_spec.TEMPLATES_CREATE, "TemplateRef"),
                ),
            )

        return await self._pipeline.call(
            _spec.TEMPLATES_CREATE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.TEMPLATES_CREATE, extra_headers, extra_query, extra_body, timeout
            ),
        )

    async def retrieve(
        self,
        template_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> Template:
        """Get one SMS template.

        `GET /v2/{project_id}/msgsms/templates/{id}`

        One template with its review state. The route is the one of Huawei's client
        (`show_template`); the response has the fields of a `list` result.

        Vendor documentation: https://github.com/huaweicloud/huaweicloud-sdk-python-v3

        Args:
            template_id: Primary key of the template: the `id` that `create` and `update` return and
                that `list` reports
                (https://support.huaweicloud.com/intl/en-us/api-msgsms/sms_05_0038.html, Table 5),
                not `template_id`.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            Template: The template.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor code "MSGSMS.0003".
            PermissionDeniedError: Vendor code "MSGSMS.0013".
            NotFoundError: Vendor codes "MSGSMS.0005", "MSGSMS.0009", "MSGSMS.0011", "MSGSMS.0036",
                "MSGSMS.0076".
            ConflictError: Vendor codes "MSGSMS.0004", "MSGSMS.0006", "MSGSMS.0007", "MSGSMS.0008",
                "MSGSMS.0010".
            InvalidParameterError: Vendor codes "MSGSMS.0002", "MSGSMS.0012", "MSGSMS.0015",
                "MSGSMS.0016", "MSGSMS.0017".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor codes "MSGSMS.0001", "MSGSMS.0035". Any HTTP 5xx once the retries
                are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {
            "id": template_id,
        }
        call_body: dict[str, Any] | None = None

        def parse(payload: Any) -> Template:
            return _response.parse(
                _spec.TEMPLATES_RETRIEVE,
                payload,
                cast(
                    "type[Template]",
                    _response.model(_spec.TEMPLATES_RETRIEVE, "Template"),
                ),
            )

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

    async def update(
        self,
        template_id: str,
        *,
        app_id: str,
        region: Literal["cn", "intl"],
        template_content: str,
        template_name: str,
        brackets: Literal["CN", "GB"] | None = None,
        send_country: Sequence[int] | None = None,
        sign_id: str | None = None,
        template_desc: str | None = None,
        template_type: Literal["VERIFY_CODE_TYPE", "NOTIFY_TYPE"] | None = None,
        universal_template: Literal[0, 1] | None = None,
        flow_status: Literal["Pending", "Reviewing"] | None = None,
        variable_attributes: Sequence[
            TemplateVariableAttribute | TemplateVariableAttributeParam
        ]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> TemplateRef:
        """Modify an SMS template.

        `PUT /v2/{project_id}/msgsms/templates/{id}`

        A rejected template can be modified, an approved template can be renamed, and a template
        under review (or whose signature is under review) can be withdrawn and modified. A change
        that the template's review state forbids is answered with MSGSMS.0010.

        Vendor documentation: https://support.huaweicloud.com/intl/en-us/api-msgsms/sms_05_0041.html

        Args:
            template_id: Primary key of the template: the `id` that `create` and `update` return and
                that `list` reports
                (https://support.huaweicloud.com/intl/en-us/api-msgsms/sms_05_0038.html, Table 5),
                not `template_id`.
            app_id: Primary key ID of the application (the `id` of the vendor's query-applications
                response). An unknown application is answered with MSGSMS.0076.
            region: Region: cn = Chinese mainland, intl = international. One of "cn", "intl".
            template_content: Template content, with at most 20 variables `${TXT_n}`, `${NUM_n}` (n
                1-20), `${DATE}`, `${TIME}`
                (https://support.huaweicloud.com/intl/en-us/msgsms_faq/sms_faq_0027.html). At most
                500 characters.
            template_name: Template name.
            brackets: Bracket type; valid only when region is cn. One of "CN", "GB". Default "CN".
            send_country: IDs of the countries or regions the SMSs are sent to (`country_id` of
                `GET /v2/{project_id}/msgsms/country`); valid only when region is intl.
            sign_id: Signature ID (the `id` of the vendor's query-signatures response); valid only
                when region is cn. An unknown signature is answered with MSGSMS.0012.
            template_desc: Template description.
            template_type: Template type; fixed to NOTIFY_TYPE for international SMSs. One of
                "VERIFY_CODE_TYPE", "NOTIFY_TYPE".
            universal_template: 0 = non-general template, 1 = general template. One of 0, 1.
            flow_status: Process status to set: Pending = to be submitted, Reviewing = to be
                reviewed. One of "Pending", "Reviewing".
            variable_attributes: Attributes of the template's variables (documented only in Huawei's
                client, SmsTemplateReq). Each item: `TemplateVariableAttribute` or a
                `TemplateVariableAttributeParam` dict with the keys `variable_index`,
                `variable_type`, `variable_desc`.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            TemplateRef: The template's primary key `id` and its name.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor code "MSGSMS.0003".
            PermissionDeniedError: Vendor code "MSGSMS.0013".
            NotFoundError: Vendor codes "MSGSMS.0005", "MSGSMS.0009", "MSGSMS.0011", "MSGSMS.0036",
                "MSGSMS.0076".
            ConflictError: Vendor codes "MSGSMS.0004", "MSGSMS.0006", "MSGSMS.0007", "MSGSMS.0008",
                "MSGSMS.0010".
            InvalidParameterError: Vendor codes "MSGSMS.0002", "MSGSMS.0012", "MSGSMS.0015",
                "MSGSMS.0016", "MSGSMS.0017".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor codes "MSGSMS.0001", "MSGSMS.0035". Any HTTP 5xx once the retries
                are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {
            "id": template_id,
        }
        call_body: dict[str, Any] | None = omit_none(
            {
                "app_id": app_id,
                "region": region,
                "template_content": template_content,
                "template_name": template_name,
                "brackets": brackets,
                "send_country": send_country,
                "sign_id": sign_id,
                "template_desc": template_desc,
                "template_type": template_type,
                "universal_template": universal_template,
                "flow_status": flow_status,
                "variable_attributes": variable_attributes,
            }
        )

        def parse(payload: Any) -> TemplateRef:
            return _response.parse(
                _spec.TEMPLATES_UPDATE,
                payload,
                cast(
                    "type[TemplateRef]",
                    _response.model(_spec.TEMPLATES_UPDATE, "TemplateRef"),
                ),
            )

        return await self._pipeline.call(
            _spec.TEMPLATES_UPDATE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.TEMPLATES_UPDATE, extra_headers, extra_query, extra_body, timeout
            ),
        )

    async def delete(
        self,
        template_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> None:
        """Delete an SMS template.

        `DELETE /v2/{project_id}/msgsms/templates/{id}`

        Deletes the template. MSGSMS.0035 when the deletion cannot be synchronized to the OMP. The
        route is the one of Huawei's client (`delete_template`).

        Vendor documentation: https://github.com/huaweicloud/huaweicloud-sdk-python-v3

        Args:
            template_id: Primary key of the template: the `id` that `create` and `update` return and
                that `list` reports
                (https://support.huaweicloud.com/intl/en-us/api-msgsms/sms_05_0038.html, Table 5),
                not `template_id`.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            None: Nothing; the template is deleted.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor code "MSGSMS.0003".
            PermissionDeniedError: Vendor code "MSGSMS.0013".
            NotFoundError: Vendor codes "MSGSMS.0005", "MSGSMS.0009", "MSGSMS.0011", "MSGSMS.0036",
                "MSGSMS.0076".
            ConflictError: Vendor codes "MSGSMS.0004", "MSGSMS.0006", "MSGSMS.0007", "MSGSMS.0008",
                "MSGSMS.0010".
            InvalidParameterError: Vendor codes "MSGSMS.0002", "MSGSMS.0012", "MSGSMS.0015",
                "MSGSMS.0016", "MSGSMS.0017".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor codes "MSGSMS.0001", "MSGSMS.0035". Any HTTP 5xx once the retries
                are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {
            "id": template_id,
        }
        call_body: dict[str, Any] | None = None
        await self._pipeline.call(
            _spec.TEMPLATES_DELETE,
            call_params,
            call_body,
            None,
            CallOptions.of(
                _spec.TEMPLATES_DELETE, extra_headers, extra_query, extra_body, timeout
            ),
        )
        return None

    async def variables(
        self,
        template_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> TemplateVariableList:
        """Query a template's variables.

        `GET /v2/{project_id}/msgsms/templates/{id}/varilable`

        The variables of a template's content, one per `${...}` placeholder in order. The path is
        Huawei's own spelling ("varilable"), as its client sends it
        (list_template_varilable_details).

        Vendor documentation: https://github.com/huaweicloud/huaweicloud-sdk-python-v3

        Args:
            template_id: Primary key of the template: the `id` that `create` and `update` return and
                that `list` reports
                (https://support.huaweicloud.com/intl/en-us/api-msgsms/sms_05_0038.html, Table 5),
                not `template_id`.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            TemplateVariableList: The template's variables and how many there are.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor code "MSGSMS.0003".
            PermissionDeniedError: Vendor code "MSGSMS.0013".
            NotFoundError: Vendor codes "MSGSMS.0005", "MSGSMS.0009", "MSGSMS.0011", "MSGSMS.0036",
                "MSGSMS.0076".
            ConflictError: Vendor codes "MSGSMS.0004", "MSGSMS.0006", "MSGSMS.0007", "MSGSMS.0008",
                "MSGSMS.0010".
            InvalidParameterError: Vendor codes "MSGSMS.0002", "MSGSMS.0012", "MSGSMS.0015",
                "MSGSMS.0016", "MSGSMS.0017".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor codes "MSGSMS.0001", "MSGSMS.0035". Any HTTP 5xx once the retries
                are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {
            "id": template_id,
        }
        call_body: dict[str, Any] | None = None

        def parse(payload: Any) -> TemplateVariableList:
            return _response.parse(
                _spec.TEMPLATES_VARIABLES,
                payload,
                cast(
                    "type[TemplateVariableList]",
                    _response.model(_spec.TEMPLATES_VARIABLES, "TemplateVariableList"),
                ),
            )

        return await self._pipeline.call(
            _spec.TEMPLATES_VARIABLES,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.TEMPLATES_VARIABLES,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
            ),
        )
