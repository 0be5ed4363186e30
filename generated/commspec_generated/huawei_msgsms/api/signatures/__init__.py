"""Resources for `signatures`: generated from specs/ by `nox -s generate`. Do not edit by hand."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from commspec.runtime import (
    AsyncPaginator,
    AsyncResource,
    CallOptions,
    FileInput,
    Page,
    SyncResource,
    Timeout,
    omit_none,
)
from commspec.runtime import response as _response

from ... import spec as _spec

if TYPE_CHECKING:  # annotations only: see lazy_model
    from ...models import (
        Signature,
        SignatureFile,
        SignatureFileRef,
        SignatureList,
        SignatureRef,
    )

__all__ = ["Signatures", "AsyncSignatures"]


class Signatures(SyncResource):
    """`signatures` operations (blocking)."""

    def list(
        self,
        *,
        app_name: str | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        signature_id: str | None = None,
        signature_name: str | None = None,
        signature_type: Literal["VERIFY_CODE_TYPE", "PROMOTION_TYPE", "NOTIFY_TYPE"]
        | None = None,
        site: str | None = None,
        sort_dir: Literal["asc", "desc"] | None = None,
        sort_key: str | None = None,
        status: Literal[
            "PENDING_REVIEW",
            "PROCESSING",
            "REVIEW_PASSED",
            "REVIEW_NOT_PASS",
            "TO_BE_ACTIVATED",
            "PENDING_ACTIVATE",
            "PENDING_QUALIFICATION_REVIEW",
            "REAL_NAME_REGISTRATING",
            "REVIEW_PASSED_QUALIFICATION_PROCESSING",
            "REVIEW_PASSED_REAL_NAME_REGISTRATING",
            "REVIEW_PASSED_REAL_NAME_REGISTRATE_FAIL",
            "REVIEW_PROCESSING_COMPLETED",
        ]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> Page[Signature]:
        """Query SMS signatures.

        `GET /v2/{project_id}/msgsms/signatures`

        The signatures matching the filters, paged by offset and limit.

        Vendor documentation: https://github.com/huaweicloud/huaweicloud-sdk-python-v3

        Args:
            app_name: Application name.
            start_time: Start of the creation-time window.
            end_time: End of the creation-time window.
            limit: Page size. At least 1. Default 10.
            offset: Number of matching signatures to skip. At least 0.
            signature_id: Signature ID.
            signature_name: Signature name.
            signature_type: Signature type. One of "VERIFY_CODE_TYPE", "PROMOTION_TYPE",
                "NOTIFY_TYPE".
            site: Site (region).
            sort_dir: Sort direction. One of "asc", "desc".
            sort_key: Sort field (the client names no values).
            status: Signature status. One of "PENDING_REVIEW", "PROCESSING", "REVIEW_PASSED",
                "REVIEW_NOT_PASS", "TO_BE_ACTIVATED", "PENDING_ACTIVATE",
                "PENDING_QUALIFICATION_REVIEW", "REAL_NAME_REGISTRATING",
                "REVIEW_PASSED_QUALIFICATION_PROCESSING", "REVIEW_PASSED_REAL_NAME_REGISTRATING",
                "REVIEW_PASSED_REAL_NAME_REGISTRATE_FAIL", "REVIEW_PROCESSING_COMPLETED".
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            Page[Signature]: The requested page of signatures. The page holds `records`, `current`,
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
            "app_name": app_name,
            "start_time": start_time,
            "end_time": end_time,
            "limit": limit,
            "offset": offset,
            "signature_id": signature_id,
            "signature_name": signature_name,
            "signature_type": signature_type,
            "site": site,
            "sort_dir": sort_dir,
            "sort_key": sort_key,
            "status": status,
        }
        call_body: dict[str, Any] | None = None

        def parse(payload: Any) -> SignatureList:
            return _response.parse(
                _spec.SIGNATURES_LIST,
                payload,
                cast(
                    "type[SignatureList]",
                    _response.model(_spec.SIGNATURES_LIST, "SignatureList"),
                ),
            )

        return self._pipeline.paginate(
            _spec.SIGNATURES_LIST,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.SIGNATURES_LIST, extra_headers, extra_query, extra_body, timeout
            ),
        )

    def create(
        self,
        *,
        app_id: str,
        signature_name: str,
        signature_source: Literal[0, 1, 2, 3, 4, 5],
        signature_type: Literal["VERIFY_CODE_TYPE", "PROMOTION_TYPE", "NOTIFY_TYPE"],
        apply_desc: str | None = None,
        file_id: str | None = None,
        is_involved_third: Literal["Yes", "No"] | None = None,
        power_attorney_fileid: str | None = None,
        source_title_content: str | None = None,
        qualification_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> SignatureRef:
        """Apply for an SMS signature.

        `POST /v2/{project_id}/msgsms/signatures`

        Submits a signature for review.

        Vendor documentation: https://github.com/huaweicloud/huaweicloud-sdk-python-v3

        Args:
            app_id: The application's primary key. Not empty.
            signature_name: Signature name. Not empty.
            signature_source: What the name is: 0 an organisation's full or short name, 1 a
                registered website, 2 an app, 3 an official account or mini program, 4 an e-commerce
                shop, 5 a trademark. One of 0, 1, 2, 3, 4, 5.
            signature_type: VERIFY_CODE_TYPE: verification codes; PROMOTION_TYPE: promotion;
                NOTIFY_TYPE: notifications. One of "VERIFY_CODE_TYPE", "PROMOTION_TYPE",
                "NOTIFY_TYPE".
            apply_desc: Why the signature is applied for.
            file_id: File ID of the business licence (see the file upload).
            is_involved_third: Whether third-party rights are involved. One of "Yes", "No".
            power_attorney_fileid: File ID of the power of attorney.
            source_title_content: Title content of the signature's source.
            qualification_id: Qualification ID (Huawei asks for it on create although it does not
                enforce it).
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            SignatureRef: The new signature's primary key, signature ID and name.

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
                "signature_name": signature_name,
                "signature_source": signature_source,
                "signature_type": signature_type,
                "apply_desc": apply_desc,
                "file_id": file_id,
                "is_involved_third": is_involved_third,
                "power_attorney_fileid": power_attorney_fileid,
                "source_title_content": source_title_content,
                "qualification_id": qualification_id,
            }
        )

        def parse(payload: Any) -> SignatureRef:
            return _response.parse(
                _spec.SIGNATURES_CREATE,
                payload,
                cast(
                    "type[SignatureRef]",
                    _response.model(_spec.SIGNATURES_CREATE, "SignatureRef"),
                ),
            )

        return self._pipeline.call(
            _spec.SIGNATURES_CREATE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.SIGNATURES_CREATE, extra_headers, extra_query, extra_body, timeout
            ),
        )

    def retrieve(
        self,
        signature_key: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> Signature:
        """Query an SMS signature.

        `GET /v2/{project_id}/msgsms/signatures/{id}`

        One signature by its primary key.

        Vendor documentation: https://github.com/huaweicloud/huaweicloud-sdk-python-v3

        Args:
            signature_key: The signature's primary key `id` (from `create` or `list`).
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            Signature: The signature.

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
            "id": signature_key,
        }
        call_body: dict[str, Any] | None = None

        def parse(payload: Any) -> Signature:
            return _response.parse(
                _spec.SIGNATURES_RETRIEVE,
                payload,
                cast(
                    "type[Signature]",
                    _response.model(_spec.SIGNATURES_RETRIEVE, "Signature"),
                ),
            )

        return self._pipeline.call(
            _spec.SIGNATURES_RETRIEVE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.SIGNATURES_RETRIEVE,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
            ),
        )

    def update(
        self,
        signature_key: str,
        *,
        app_id: str,
        signature_name: str,
        signature_source: Literal[0, 1, 2, 3, 4, 5],
        signature_type: Literal["VERIFY_CODE_TYPE", "PROMOTION_TYPE", "NOTIFY_TYPE"],
        apply_desc: str | None = None,
        file_id: str | None = None,
        is_involved_third: Literal["Yes", "No"] | None = None,
        power_attorney_fileid: str | None = None,
        source_title_content: str | None = None,
        qualification_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> SignatureRef:
        """Modify a rejected SMS signature.

        `PUT /v2/{project_id}/msgsms/signatures/{id}`

        Rewrites a signature that review rejected (REVIEW_NOT_PASS) and submits it again; any other
        status answers MSGSMS.0007.

        Vendor documentation: https://github.com/huaweicloud/huaweicloud-sdk-python-v3

        Args:
            signature_key: The signature's primary key `id` (from `create` or `list`).
            app_id: The application's primary key. Not empty.
            signature_name: Signature name. Not empty.
            signature_source: What the name is: 0 an organisation's full or short name, 1 a
                registered website, 2 an app, 3 an official account or mini program, 4 an e-commerce
                shop, 5 a trademark. One of 0, 1, 2, 3, 4, 5.
            signature_type: VERIFY_CODE_TYPE: verification codes; PROMOTION_TYPE: promotion;
                NOTIFY_TYPE: notifications. One of "VERIFY_CODE_TYPE", "PROMOTION_TYPE",
                "NOTIFY_TYPE".
            apply_desc: Why the signature is applied for.
            file_id: File ID of the business licence (see the file upload).
            is_involved_third: Whether third-party rights are involved. One of "Yes", "No".
            power_attorney_fileid: File ID of the power of attorney.
            source_title_content: Title content of the signature's source.
            qualification_id: Qualification ID (Huawei asks for it on create although it does not
                enforce it).
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            SignatureRef: The signature's primary key, signature ID and name.

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
            "id": signature_key,
        }
        call_body: dict[str, Any] | None = omit_none(
            {
                "app_id": app_id,
                "signature_name": signature_name,
                "signature_source": signature_source,
                "signature_type": signature_type,
                "apply_desc": apply_desc,
                "file_id": file_id,
                "is_involved_third": is_involved_third,
                "power_attorney_fileid": power_attorney_fileid,
                "source_title_content": source_title_content,
                "qualification_id": qualification_id,
            }
        )

        def parse(payload: Any) -> SignatureRef:
            return _response.parse(
                _spec.SIGNATURES_UPDATE,
                payload,
                cast(
                    "type[SignatureRef]",
                    _response.model(_spec.SIGNATURES_UPDATE, "SignatureRef"),
                ),
            )

        return self._pipeline.call(
            _spec.SIGNATURES_UPDATE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.SIGNATURES_UPDATE, extra_headers, extra_query, extra_body, timeout
            ),
        )

    def delete(
        self,
        signature_key: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> None:
        """Delete an SMS signature.

        `DELETE /v2/{project_id}/msgsms/signatures/{id}`

        Deletes the signature.

        Vendor documentation: https://github.com/huaweicloud/huaweicloud-sdk-python-v3

        Args:
            signature_key: The signature's primary key `id` (from `create` or `list`).
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            None: Nothing; the signature is deleted.

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
            "id": signature_key,
        }
        call_body: dict[str, Any] | None = None
        self._pipeline.call(
            _spec.SIGNATURES_DELETE,
            call_params,
            call_body,
            None,
            CallOptions.of(
                _spec.SIGNATURES_DELETE, extra_headers, extra_query, extra_body, timeout
            ),
        )
        return None

    def activate(
        self,
        signature_key: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> None:
        """Apply to activate an SMS signature.

        `PUT /v2/{project_id}/msgsms/signatures/{id}/active`

        Asks for a signature waiting to be activated (TO_BE_ACTIVATED) to be activated.

        Vendor documentation: https://github.com/huaweicloud/huaweicloud-sdk-python-v3

        Args:
            signature_key: The signature's primary key `id` (from `create` or `list`).
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            None: Nothing.

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
            "id": signature_key,
        }
        call_body: dict[str, Any] | None = None
        self._pipeline.call(
            _spec.SIGNATURES_ACTIVATE,
            call_params,
            call_body,
            None,
            CallOptions.of(
                _spec.SIGNATURES_ACTIVATE,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
            ),
        )
        return None

    def retrieve_file(
        self,
        *,
        file_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> SignatureFile:
        """Query a signature application file.

        `GET /v2/{project_id}/msgsms/upload-files`

        The facts Huawei keeps about an uploaded file.

        Vendor documentation: https://github.com/huaweicloud/huaweicloud-sdk-python-v3

        Args:
            file_id: The file's ID (from upload_file). Not empty.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            SignatureFile: The file's name, size, type and description.

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
            "file_id": file_id,
        }
        call_body: dict[str, Any] | None = None

        def parse(payload: Any) -> SignatureFile:
            return _response.parse(
                _spec.SIGNATURES_RETRIEVE_FILE,
                payload,
                cast(
                    "type[SignatureFile]",
                    _response.model(_spec.SIGNATURES_RETRIEVE_FILE, "SignatureFile"),
                ),
            )

        return self._pipeline.call(
            _spec.SIGNATURES_RETRIEVE_FILE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.SIGNATURES_RETRIEVE_FILE,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
            ),
        )

    def upload_file(
        self,
        *,
        file_desc: str | None = None,
        file: FileInput,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> SignatureFileRef:
        """Upload a signature application file.

        `POST /v2/{project_id}/msgsms/upload-files`

        Uploads a file a signature application needs (business licence, trademark certificate, ICP
        filing screenshot, ...); its file_id is then named in the signature.

        Vendor documentation: https://support.huaweicloud.com/api-msgsms/sms_05_0035.html

        Args:
            file_desc: A description of the file.
            file: The file (business licence, trademark certificate, ICP filing screenshot, ...).
                1-2000000 bytes.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            SignatureFileRef: The file's ID.

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
            "file_desc": file_desc,
        }
        call_body: dict[str, Any] | None = omit_none(
            {
                "file": file,
            }
        )

        def parse(payload: Any) -> SignatureFileRef:
            return _response.parse(
                _spec.SIGNATURES_UPLOAD_FILE,
                payload,
                cast(
                    "type[SignatureFileRef]",
                    _response.model(_spec.SIGNATURES_UPLOAD_FILE, "SignatureFileRef"),
                ),
            )

        return self._pipeline.call(
            _spec.SIGNATURES_UPLOAD_FILE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.SIGNATURES_UPLOAD_FILE,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
            ),
        )


class AsyncSignatures(AsyncResource):
    """`signatures` operations (asyncio)."""

    def list(
        self,
        *,
        app_name: str | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        signature_id: str | None = None,
        signature_name: str | None = None,
        signature_type: Literal["VERIFY_CODE_TYPE", "PROMOTION_TYPE", "NOTIFY_TYPE"]
        | None = None,
        site: str | None = None,
        sort_dir: Literal["asc", "desc"] | None = None,
        sort_key: str | None = None,
        status: Literal[
            "PENDING_REVIEW",
            "PROCESSING",
            "REVIEW_PASSED",
            "REVIEW_NOT_PASS",
            "TO_BE_ACTIVATED",
            "PENDING_ACTIVATE",
            "PENDING_QUALIFICATION_REVIEW",
            "REAL_NAME_REGISTRATING",
            "REVIEW_PASSED_QUALIFICATION_PROCESSING",
            "REVIEW_PASSED_REAL_NAME_REGISTRATING",
            "REVIEW_PASSED_REAL_NAME_REGISTRATE_FAIL",
            "REVIEW_PROCESSING_COMPLETED",
        ]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> AsyncPaginator[Signature]:
        """Query SMS signatures.

        `GET /v2/{project_id}/msgsms/signatures`

        The signatures matching the filters, paged by offset and limit.

        Vendor documentation: https://github.com/huaweicloud/huaweicloud-sdk-python-v3

        Args:
            app_name: Application name.
            start_time: Start of the creation-time window.
            end_time: End of the creation-time window.
            limit: Page size. At least 1. Default 10.
            offset: Number of matching signatures to skip. At least 0.
            signature_id: Signature ID.
            signature_name: Signature name.
            signature_type: Signature type. One of "VERIFY_CODE_TYPE", "PROMOTION_TYPE",
                "NOTIFY_TYPE".
            site: Site (region).
            sort_dir: Sort direction. One of "asc", "desc".
            sort_key: Sort field (the client names no values).
            status: Signature status. One of "PENDING_REVIEW", "PROCESSING", "REVIEW_PASSED",
                "REVIEW_NOT_PASS", "TO_BE_ACTIVATED", "PENDING_ACTIVATE",
                "PENDING_QUALIFICATION_REVIEW", "REAL_NAME_REGISTRATING",
                "REVIEW_PASSED_QUALIFICATION_PROCESSING", "REVIEW_PASSED_REAL_NAME_REGISTRATING",
                "REVIEW_PASSED_REAL_NAME_REGISTRATE_FAIL", "REVIEW_PROCESSING_COMPLETED".
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            AsyncPaginator[Signature]: The requested page of signatures. `await` the call for the
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
            "app_name": app_name,
            "start_time": start_time,
            "end_time": end_time,
            "limit": limit,
            "offset": offset,
            "signature_id": signature_id,
            "signature_name": signature_name,
            "signature_type": signature_type,
            "site": site,
            "sort_dir": sort_dir,
            "sort_key": sort_key,
            "status": status,
        }
        call_body: dict[str, Any] | None = None

        def parse(payload: Any) -> SignatureList:
            return _response.parse(
                _spec.SIGNATURES_LIST,
                payload,
                cast(
                    "type[SignatureList]",
                    _response.model(_spec.SIGNATURES_LIST, "SignatureList"),
                ),
            )

        return self._pipeline.paginate(
            _spec.SIGNATURES_LIST,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.SIGNATURES_LIST, extra_headers, extra_query, extra_body, timeout
            ),
        )

    async def create(
        self,
        *,
        app_id: str,
        signature_name: str,
        signature_source: Literal[0, 1, 2, 3, 4, 5],
        signature_type: Literal["VERIFY_CODE_TYPE", "PROMOTION_TYPE", "NOTIFY_TYPE"],
        apply_desc: str | None = None,
        file_id: str | None = None,
        is_involved_third: Literal["Yes", "No"] | None = None,
        power_attorney_fileid: str | None = None,
        source_title_content: str | None = None,
        qualification_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> SignatureRef:
        """Apply for an SMS signature.

        `POST /v2/{project_id}/msgsms/signatures`

        Submits a signature for review.

        Vendor documentation: https://github.com/huaweicloud/huaweicloud-sdk-python-v3

        Args:
            app_id: The application's primary key. Not empty.
            signature_name: Signature name. Not empty.
            signature_source: What the name is: 0 an organisation's full or short name, 1 a
                registered website, 2 an app, 3 an official account or mini program, 4 an e-commerce
                shop, 5 a trademark. One of 0, 1, 2, 3, 4, 5.
            signature_type: VERIFY_CODE_TYPE: verification codes; PROMOTION_TYPE: promotion;
                NOTIFY_TYPE: notifications. One of "VERIFY_CODE_TYPE", "PROMOTION_TYPE",
                "NOTIFY_TYPE".
            apply_desc: Why the signature is applied for.
            file_id: File ID of the business licence (see the file upload).
            is_involved_third: Whether third-party rights are involved. One of "Yes", "No".
            power_attorney_fileid: File ID of the power of attorney.
            source_title_content: Title content of the signature's source.
            qualification_id: Qualification ID (Huawei asks for it on create although it does not
                enforce it).
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            SignatureRef: The new signature's primary key, signature ID and name.

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
                "signature_name": signature_name,
                "signature_source": signature_source,
                "signature_type": signature_type,
                "apply_desc": apply_desc,
                "file_id": file_id,
                "is_involved_third": is_involved_third,
                "power_attorney_fileid": power_attorney_fileid,
                "source_title_content": source_title_content,
                "qualification_id": qualification_id,
            }
        )

        def parse(payload: Any) -> SignatureRef:
            return _response.parse(
                _spec.SIGNATURES_CREATE,
                payload,
                cast(
                    "type[SignatureRef]",
                    _response.model(_spec.SIGNATURES_CREATE, "SignatureRef"),
                ),
            )

        return await self._pipeline.call(
            _spec.SIGNATURES_CREATE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.SIGNATURES_CREATE, extra_headers, extra_query, extra_body, timeout
            ),
        )

    async def retrieve(
        self,
        signature_key: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> Signature:
        """Query an SMS signature.

        `GET /v2/{project_id}/msgsms/signatures/{id}`

        One signature by its primary key.

        Vendor documentation: https://github.com/huaweicloud/huaweicloud-sdk-python-v3

        Args:
            signature_key: The signature's primary key `id` (from `create` or `list`).
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            Signature: The signature.

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
            "id": signature_key,
        }
        call_body: dict[str, Any] | None = None

        def parse(payload: Any) -> Signature:
            return _response.parse(
                _spec.SIGNATURES_RETRIEVE,
                payload,
                cast(
                    "type[Signature]",
                    _response.model(_spec.SIGNATURES_RETRIEVE, "Signature"),
                ),
            )

        return await self._pipeline.call(
            _spec.SIGNATURES_RETRIEVE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.SIGNATURES_RETRIEVE,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
            ),
        )

    async def update(
        self,
        signature_key: str,
        *,
        app_id: str,
        signature_name: str,
        signature_source: Literal[0, 1, 2, 3, 4, 5],
        signature_type: Literal["VERIFY_CODE_TYPE", "PROMOTION_TYPE", "NOTIFY_TYPE"],
        apply_desc: str | None = None,
        file_id: str | None = None,
        is_involved_third: Literal["Yes", "No"] | None = None,
        power_attorney_fileid: str | None = None,
        source_title_content: str | None = None,
        qualification_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> SignatureRef:
        """Modify a rejected SMS signature.

        `PUT /v2/{project_id}/msgsms/signatures/{id}`

        Rewrites a signature that review rejected (REVIEW_NOT_PASS) and submits it again; any other
        status answers MSGSMS.0007.

        Vendor documentation: https://github.com/huaweicloud/huaweicloud-sdk-python-v3

        Args:
            signature_key: The signature's primary key `id` (from `create` or `list`).
            app_id: The application's primary key. Not empty.
            signature_name: Signature name. Not empty.
            signature_source: What the name is: 0 an organisation's full or short name, 1 a
                registered website, 2 an app, 3 an official account or mini program, 4 an e-commerce
                shop, 5 a trademark. One of 0, 1, 2, 3, 4, 5.
            signature_type: VERIFY_CODE_TYPE: verification codes; PROMOTION_TYPE: promotion;
                NOTIFY_TYPE: notifications. One of "VERIFY_CODE_TYPE", "PROMOTION_TYPE",
                "NOTIFY_TYPE".
            apply_desc: Why the signature is applied for.
            file_id: File ID of the business licence (see the file upload).
            is_involved_third: Whether third-party rights are involved. One of "Yes", "No".
            power_attorney_fileid: File ID of the power of attorney.
            source_title_content: Title content of the signature's source.
            qualification_id: Qualification ID (Huawei asks for it on create although it does not
                enforce it).
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            SignatureRef: The signature's primary key, signature ID and name.

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
            "id": signature_key,
        }
        call_body: dict[str, Any] | None = omit_none(
            {
                "app_id": app_id,
                "signature_name": signature_name,
                "signature_source": signature_source,
                "signature_type": signature_type,
                "apply_desc": apply_desc,
                "file_id": file_id,
                "is_involved_third": is_involved_third,
                "power_attorney_fileid": power_attorney_fileid,
                "source_title_content": source_title_content,
                "qualification_id": qualification_id,
            }
        )

        def parse(payload: Any) -> SignatureRef:
            return _response.parse(
                _spec.SIGNATURES_UPDATE,
                payload,
                cast(
                    "type[SignatureRef]",
                    _response.model(_spec.SIGNATURES_UPDATE, "SignatureRef"),
                ),
            )

        return await self._pipeline.call(
            _spec.SIGNATURES_UPDATE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.SIGNATURES_UPDATE, extra_headers, extra_query, extra_body, timeout
            ),
        )

    async def delete(
        self,
        signature_key: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> None:
        """Delete an SMS signature.

        `DELETE /v2/{project_id}/msgsms/signatures/{id}`

        Deletes the signature.

        Vendor documentation: https://github.com/huaweicloud/huaweicloud-sdk-python-v3

        Args:
            signature_key: The signature's primary key `id` (from `create` or `list`).
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            None: Nothing; the signature is deleted.

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
            "id": signature_key,
        }
        call_body: dict[str, Any] | None = None
        await self._pipeline.call(
            _spec.SIGNATURES_DELETE,
            call_params,
            call_body,
            None,
            CallOptions.of(
                _spec.SIGNATURES_DELETE, extra_headers, extra_query, extra_body, timeout
            ),
        )
        return None

    async def activate(
        self,
        signature_key: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> None:
        """Apply to activate an SMS signature.

        `PUT /v2/{project_id}/msgsms/signatures/{id}/active`

        Asks for a signature waiting to be activated (TO_BE_ACTIVATED) to be activated.

        Vendor documentation: https://github.com/huaweicloud/huaweicloud-sdk-python-v3

        Args:
            signature_key: The signature's primary key `id` (from `create` or `list`).
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            None: Nothing.

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
            "id": signature_key,
        }
        call_body: dict[str, Any] | None = None
        await self._pipeline.call(
            _spec.SIGNATURES_ACTIVATE,
            call_params,
            call_body,
            None,
            CallOptions.of(
                _spec.SIGNATURES_ACTIVATE,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
            ),
        )
        return None

    async def retrieve_file(
        self,
        *,
        file_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> SignatureFile:
        """Query a signature application file.

        `GET /v2/{project_id}/msgsms/upload-files`

        The facts Huawei keeps about an uploaded file.

        Vendor documentation: https://github.com/huaweicloud/huaweicloud-sdk-python-v3

        Args:
            file_id: The file's ID (from upload_file). Not empty.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            SignatureFile: The file's name, size, type and description.

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
            "file_id": file_id,
        }
        call_body: dict[str, Any] | None = None

        def parse(payload: Any) -> SignatureFile:
            return _response.parse(
                _spec.SIGNATURES_RETRIEVE_FILE,
                payload,
                cast(
                    "type[SignatureFile]",
                    _response.model(_spec.SIGNATURES_RETRIEVE_FILE, "SignatureFile"),
                ),
            )

        return await self._pipeline.call(
            _spec.SIGNATURES_RETRIEVE_FILE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.SIGNATURES_RETRIEVE_FILE,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
            ),
        )

    async def upload_file(
        self,
        *,
        file_desc: str | None = None,
        file: FileInput,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> SignatureFileRef:
        """Upload a signature application file.

        `POST /v2/{project_id}/msgsms/upload-files`

        Uploads a file a signature application needs (business licence, trademark certificate, ICP
        filing screenshot, ...); its file_id is then named in the signature.

        Vendor documentation: https://support.huaweicloud.com/api-msgsms/sms_05_0035.html

        Args:
            file_desc: A description of the file.
            file: The file (business licence, trademark certificate, ICP filing screenshot, ...).
                1-2000000 bytes.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            SignatureFileRef: The file's ID.

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
            "file_desc": file_desc,
        }
        call_body: dict[str, Any] | None = omit_none(
            {
                "file": file,
            }
        )

        def parse(payload: Any) -> SignatureFileRef:
            return _response.parse(
                _spec.SIGNATURES_UPLOAD_FILE,
                payload,
                cast(
                    "type[SignatureFileRef]",
                    _response.model(_spec.SIGNATURES_UPLOAD_FILE, "SignatureFileRef"),
                ),
            )

        return await self._pipeline.call(
            _spec.SIGNATURES_UPLOAD_FILE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.SIGNATURES_UPLOAD_FILE,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
            ),
        )
