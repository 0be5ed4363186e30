"""Runtime form of a spec's facts: what the generated ``spec.py`` modules instantiate."""

from __future__ import annotations

import functools
import importlib
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from commspec._credentials import Credential
from commspec._logging import register_secret_headers

if TYPE_CHECKING:
    from pydantic import BaseModel


_GROUP = re.compile(r"\(\?P<(\w+)>(?:[^()\\]|\\.)*\)")  # a named group without nested groups
_ESCAPE = re.compile(r"\\(.)")


def _fill(pattern: str, values: Mapping[str, object]) -> str:
    """``pattern`` with each ``(?P<name>...)`` replaced by ``values[name]`` and escapes undone:
    ``Call Flow (?P<position>\\d+) of ...`` -> ``Call Flow 2 of ...``."""
    parts = _GROUP.split(pattern)  # literal, name, literal, name, ..., literal
    return "".join(
        str(values[part]) if index % 2 else _ESCAPE.sub(r"\1", part) for index, part in enumerate(parts)
    )


@functools.cache
def _load_model(module: str, name: str) -> type[BaseModel]:
    model: type[BaseModel] = getattr(importlib.import_module(module), name)
    return model


@dataclass(frozen=True, slots=True)
class Rule:
    """A cross-field rule (``x-commspec-rules``); kinds are documented in specs/README.md."""

    kind: str
    fields: tuple[str, ...]
    code: str
    when: Mapping[str, Any] | None = None
    value: Any = None
    allow_equal: bool = False


@dataclass(frozen=True, slots=True)
class MockResource:
    """A kind of object the mock keeps (``x-commspec.mock-resources``); see specs/README.md."""

    name: str
    key: str  # the stored field holding the id
    not_found: str  # the code for an unknown id
    first_id: int | None = None  # ids are a counter from here; None: UUIDs (strings)
    id_length: int | None = None  # ids are random letters and digits of this length (ITNIO's appId)
    # Objects live per partition: None = per authenticated scope (the account), else the argument naming
    # it; ``known`` is the MockConfig setting listing the partitions that exist, ``unknown`` their code.
    partition: str | None = None
    partition_known: str | None = None
    partition_unknown: str | None = None
    unique: tuple[str, ...] = ()  # fields whose values no two objects of a partition share
    unique_code: str | None = None
    unique_on_update: bool = True
    state: str | None = None  # the field holding the object's state
    # (field, MockConfig setting, code): the field may not exceed the setting (an account maximum).
    ceilings: tuple[tuple[str, str, str], ...] = ()
    # field -> format over the stored item ("script {dialogFlowId}"): answered, never stored.
    derived: Mapping[str, str] = field(default_factory=dict)
    # {at, format, when, from, to}: once the mock clock reaches the item's ``at`` field (text in the
    # strftime ``format``, which sorts as time), an item in a ``from`` state matching ``when`` moves
    # to ``to``.
    timed_transition: Mapping[str, Any] | None = None
    seed: str | None = None  # the MockConfig setting listing the items every partition starts with


@dataclass(frozen=True, slots=True)
class Effect:
    """What an operation does to the mock's state (``x-commspec-mock``); see specs/README.md."""

    action: str  # create | retrieve | list | update | delete | transition | vendor
    resource: str | None = None
    key: str | None = None  # argument (dotted path) holding the id
    partition: str | None = None  # argument naming the partition, when not the resource's own
    answer: str = "nothing"  # item | key | items | page | nothing
    fields: tuple[str, ...] = ()  # wire fields of the answer (the item, or the page object)
    fill: Mapping[str, Any] = field(default_factory=dict)  # required answer fields absent from state
    item_fields: tuple[str, ...] = ()  # for items/page: the fields of one item
    item_fill: Mapping[str, Any] = field(default_factory=dict)
    answer_extra: Mapping[str, Any] = field(default_factory=dict)  # constant fields of a page answer
    # Stored when the argument is omitted: a value, {"value", "when": {field: value}}, or {"clock": fmt}.
    defaults: Mapping[str, Any] = field(default_factory=dict)
    writable: tuple[str, ...] = ()  # update: the body fields it sets
    merge: bool = False  # update: an omitted writable field keeps its value (else it is dropped)
    # update: state -> "any" or {"may-change": [fields], "keeps-state": bool}; other states: state_code.
    states: Mapping[str, Any] = field(default_factory=dict)
    state_code: str | None = None
    from_states: tuple[str, ...] = ()  # transition: the states it leaves (else state_code)
    to_state: str | None = None
    filters: Mapping[str, tuple[str, str]] = field(default_factory=dict)  # field -> (argument, match)
    filter_all: Mapping[str, str] = field(default_factory=dict)  # field -> the value that selects every item
    newest_first: bool = False
    newest_first_when: Mapping[str, Any] = field(default_factory=dict)
    # list: {"argument", "codes": {code: field}, "separator", "descending"}: the argument's value,
    # "<code><separator><direction>", orders the items by that field (see specs/README.md).
    order_by: Mapping[str, Any] = field(default_factory=dict)
    # list: {"argument", "codes": {code: field}, "separator"}: the argument lists the item fields answered.
    select: Mapping[str, Any] = field(default_factory=dict)
    # page: request parameter -> the dotted path of the answer carrying it, where not the same name.
    answer_paths: Mapping[str, str] = field(default_factory=dict)
    not_found: str | None = None  # this operation's code for an unknown key (else the resource's)
    rename: tuple[str, str] | None = None  # update: (argument holding a new key, code when it is taken)
    # delete: (field, argument, code): an item whose field is set is refused unless the argument is true.
    refuse: tuple[str, str, str] | None = None
    # argument -> resource: the argument names an item of that resource (of the caller's partition),
    # checked before the effect; an unknown one answers that resource's not-found code.
    refers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ApiSpec:
    vendor: str
    api: str
    title: str
    base_url: str
    success_code: str | None
    codes: Mapping[str, tuple[str, str]]  # vendor code -> (meaning, error kind)
    mock: Mapping[str, Any]
    field_codes: Mapping[str, str]  # wire field -> code the mock answers when that field is invalid
    rules: Mapping[str, tuple[Rule, ...]]  # validation model name -> its rules
    # vendor code -> regex (re.fullmatch) for parameterised codes ("Request Method must be PUT. x attempted")
    code_patterns: Mapping[str, str] = field(default_factory=dict)
    code_statuses: Mapping[str, int] = field(default_factory=dict)  # HTTP status a code comes with
    content_type: str | None = None  # the vendor's exact request Content-Type, when it insists on one
    # Constructor argument -> the environment variable read when it is not given (x-commspec.environment).
    environment: Mapping[str, str] = field(default_factory=dict)
    # Security scheme (or x-commspec-header) name -> wire header name, e.g. "Sign" -> "Sign".
    headers: Mapping[str, str] = field(default_factory=dict)
    secret_headers: tuple[str, ...] = ()  # lower-case names of the headers whose values are secrets
    credential_headers: Mapping[str, str] = field(default_factory=dict)  # argument -> header carrying it
    # The security schemes every request carries: (kind, header, credential arguments); kind is
    # header | basic | bearer (commspec._standard sets them) or custom (the vendor's auth flow does).
    security: tuple[tuple[str, str, tuple[str, ...]], ...] = ()
    default_region: str | None = None  # what ``{region}`` of base_url defaults to
    client_params: tuple[str, ...] = ()  # path parameters the client owns (x-commspec.client-params)
    mock_resources: Mapping[str, MockResource] = field(default_factory=dict)
    # The Content-Type of the vendor's JSON answers (x-commspec.response-content-type).
    response_content_type: str = "application/json"
    # How maxLength counts a string (x-commspec.string-length): "code-points" (JSON Schema's rule) or
    # "utf-16" (a Java backend's String.length(): a character outside the BMP, an emoji, counts 2).
    string_length: str = "code-points"
    # Vendor code -> the label the vendor publishes for it, where it differs from ``codes``' meaning.
    labels: Mapping[str, str] = field(default_factory=dict)
    # WS-Security UsernameToken settings (x-commspec.wsse): the constant ``authorization`` header value,
    # the ``created-format`` of Created and the ``window-seconds`` the vendor accepts around it.
    wsse: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Logging and error redaction know every loaded spec's secret headers, whatever the vendor.
        register_secret_headers(self.secret_headers)

    def credential(self, argument: str, *, spaces_around: bool = False) -> Credential:
        """The checks of one credential argument: its environment variable, and ASCII only when the
        spec sends it in a header."""
        return Credential(
            argument,
            self.environment.get(argument),
            header=argument in self.credential_headers,
            spaces_around=spaces_around,
        )

    def message(self, code: str, /, **values: object) -> str:
        """The error string of ``code`` as the vendor sends it: a parameterised code (one with a
        ``pattern``) has each named group of its pattern filled from ``values``; any other code is
        its own string."""
        pattern = self.code_patterns.get(code)
        return code if pattern is None else _fill(pattern, values)

    def url_of(self, value: str | None, environ: Mapping[str, str] | None = None, /, **variables: str) -> str:
        """A base URL: ``value``, else the environment variable of ``base_url`` (point a whole program at
        the mock) in ``environ`` (default ``os.environ``), else the production URL with its
        ``{variables}`` filled in."""
        variable = self.environment.get("base_url")
        found = (os.environ if environ is None else environ).get(variable) if variable else None
        return value or found or self.base_url.format(**variables)


@dataclass(frozen=True, slots=True)
class Pagination:
    style: str  # "page" (current/size/pages) or "offset" (offset/limit/total)
    items: str
    page_field: str | None = None
    size_field: str | None = None
    pages_field: str | None = None
    total_field: str | None = None


@dataclass(frozen=True, slots=True)
class Operation:
    api: ApiSpec
    name: str
    method: str
    path: str
    path_params: tuple[str, ...] = ()
    query_params: tuple[str, ...] = ()
    # Validation models are named, not imported: building every pydantic model of an API at import
    # time would double `import commspec.<vendor>`; they are resolved on first use.
    validation_module: str | None = None
    body_model_name: str | None = None
    params_model_name: str | None = None
    # What a success answer must match (commspec._response): the response schema, or for an envelope
    # whose data a success must carry, ``<OperationId>Response`` (generator/preprocess.py).
    response_model_name: str | None = None
    content_type: str | None = None
    also_accepts: tuple[str, ...] = ()
    fixed_query: Mapping[str, str] = field(default_factory=dict)
    pagination: Pagination | None = None
    idempotent: bool = False  # safe to retry after the server may have processed it
    # Wire name -> Python argument of the generated method, where they differ ("id" -> "template_id").
    arguments: Mapping[str, str] = field(default_factory=dict)
    effect: Effect | None = None  # what the mock does (x-commspec-mock; the generator requires it)
    # Each documented HTTP status -> the media type of its body (None: no body).
    responses: Mapping[int, str | None] = field(default_factory=dict)
    # Wire name -> separator of a list sent joined (x-commspec-argument.join), e.g. "call_flows" -> "|".
    separators: Mapping[str, str] = field(default_factory=dict)
    # Wire name -> how True and False are spelt (x-commspec-argument.boolean), e.g. ("TRUE", "FALSE").
    booleans: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    # Form body field -> how a list is written: "csv" (one comma-separated value) or "json" (one JSON
    # array); other lists repeat the field (OpenAPI Encoding Object of the form media type).
    form_encoding: Mapping[str, str] = field(default_factory=dict)
    # A multipart body's file parts: field -> its size rules (``min_bytes``/``max_bytes``).
    files: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    # Dotted wire paths of the body's secrets (``format: password``: an IAM password, an OTP code),
    # masked where the mock records requests.
    secret_fields: tuple[str, ...] = ()
    # The vendor codes the spec documents for this operation (x-commspec-errors); () when it lists none.
    errors: tuple[str, ...] = ()

    @property
    def documented_codes(self) -> tuple[str, ...]:
        """The vendor codes this operation may answer: those its spec lists, else the API's whole table."""
        return self.errors or tuple(self.api.codes)

    @property
    def success_status(self) -> int:
        """The first documented 2xx status (200 when the spec documents none)."""
        return min((status for status in self.responses if 200 <= status < 300), default=200)

    @property
    def body_model(self) -> type[BaseModel] | None:
        return self._model(self.body_model_name)

    @property
    def params_model(self) -> type[BaseModel] | None:
        return self._model(self.params_model_name)

    @property
    def response_model(self) -> type[BaseModel] | None:
        return self._model(self.response_model_name)

    def _model(self, name: str | None) -> type[BaseModel] | None:
        if name is None or self.validation_module is None:
            return None
        return _load_model(self.validation_module, name)

    @property
    def qualified_name(self) -> str:
        return f"{self.api.vendor}.{self.name}"


@dataclass(frozen=True, slots=True)
class Webhook:
    """A callback the vendor pushes to the user (an OpenAPI 3.1 ``webhooks`` entry): the body's media
    type, its model, and for a form body how list fields are written (as ``Operation.form_encoding``)."""

    api: ApiSpec
    name: str
    content_type: str
    model_name: str
    validation_module: str
    form_encoding: Mapping[str, str] = field(default_factory=dict)

    @property
    def model(self) -> type[BaseModel]:
        return _load_model(self.validation_module, self.model_name)

    @property
    def qualified_name(self) -> str:
        return f"{self.api.vendor}.{self.name}"
