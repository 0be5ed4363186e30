"""Success payloads in, returned objects out: the one place where a vendor's answer is checked against
its spec and turned into what a call returns.

Every success payload is parsed into the pydantic model of the operation's response schema (the same
generated models that check requests, ``Operation.response_model``); calls return those models (or the
envelope's data). The rules, chosen for answers we do not control:

- Extra fields are kept, at every level (vendors add fields): validation runs with ``extra="allow"``
  and the returned model keeps them (``model.model_extra``, or as attributes: ``task.new_field``).
- Types are checked in pydantic's *lax* mode (Postel): ``"12"`` is accepted for an integer, ``"true"``
  or ``1`` for a boolean, and the returned object holds the declared type (``12``, ``True``). ITNIO's
  own pages disagree on such types (``flowId`` String vs Int, ``isDialogFlowUnbind`` String vs boolean,
  ``channelCut`` sent as ``"0"``: shared/reference/itnio.md Q5, Q12, Q19), while the value meant is
  unambiguous. Nothing lossy is coerced: ``12.5`` is not an integer, a number is not a string, an
  unknown enum value is not in the enum.
- A missing required field, or one of the wrong type, is a ResponseFormatError naming the operation
  and the offending field paths (``data.flow[1].waitingTime``): the first ``MAX_FIELD_ERRORS`` of them,
  then how many more (a hostile answer must not cost memory or time per error). A payload that breaks
  its spec is never returned as if valid.

Requests are validated strictly (``"7"`` is not an int, see ``commspec._validation``): what we send is
ours to get right.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from commspec._spec import _load_model
from commspec.errors import FieldError, ResponseFormatError, field_error_lines

if TYPE_CHECKING:
    from pydantic import BaseModel

    from commspec._spec import Operation

T = TypeVar("T")
M = TypeVar("M", bound="BaseModel")

__all__ = ["AnswerTimeout", "answer_limits", "parse", "parse_xml"]


class AnswerTimeout(Exception):
    """The answer arrived but its check did not end by the call's deadline (the pipeline raises the
    commspec timeout error for it)."""


@dataclass(frozen=True, slots=True)
class AnswerLimits:
    """What bounds the reading of one answer: the client's ``max_response_bytes`` and the deadline
    of the attempt that brought it (``time.monotonic()`` scale; None: none)."""

    max_bytes: int
    deadline: float | None


_LIMITS: ContextVar[AnswerLimits | None] = ContextVar("commspec_answer_limits", default=None)


@contextmanager
def answer_limits(max_bytes: int, deadline: float | None) -> Iterator[None]:
    """Within the block, answers are read under these limits (the pipeline sets them around the
    parse of each answer)."""
    token = _LIMITS.set(AnswerLimits(max_bytes, deadline))
    try:
        yield
    finally:
        _LIMITS.reset(token)


def model(operation: Operation, name: str) -> type[BaseModel]:
    """The generated model ``name`` of ``operation``'s API, imported on first use (then cached)."""
    if operation.validation_module is None:
        raise LookupError(f"{operation.qualified_name}: its API has no generated models")
    return _load_model(operation.validation_module, name)


def parse(operation: Operation, payload: Any, model: type[M]) -> M:
    """``payload`` parsed into ``model`` (the operation's response model), or ResponseFormatError
    naming every field that breaks it."""
    # Imported here: generated modules import this one, and pydantic loads on the first call only.
    import pydantic

    from commspec._validation import _pydantic_errors as pydantic_errors

    try:
        # Fast path: a payload that already has the declared types.
        return model.model_validate(payload, strict=True, extra="allow", by_alias=True, by_name=False)
    except pydantic.ValidationError:
        pass
    except RecursionError:
        raise _unreadable(operation, "nested too deeply") from None
    try:
        return model.model_validate(payload, strict=False, extra="allow", by_alias=True, by_name=False)
    except pydantic.ValidationError as error:
        raise _broken(operation, pydantic_errors(error, ""), error.error_count()) from None
    except RecursionError:
        raise _unreadable(operation, "nested too deeply") from None


def parse_xml(operation: Operation, payload: Any, cls: type[T]) -> T:
    """An XML success body bound to the XSD class ``cls`` (the IOVOX call flow language): refused
    constructs, schema violations (named by path) and a wrong root are ResponseFormatErrors;
    undeclared attributes are kept in ``any_attributes``. Read under the ``answer_limits`` in force
    (the client's ``max_response_bytes`` and the call's deadline; ``AnswerTimeout`` past it)."""
    from commspec._xml_binding import parse_response
    from commspec._xml_safe import DEFAULT_MAX_BYTES

    if not isinstance(payload, bytes | bytearray):
        raise _unreadable(operation, "not an XML body")
    # The body already passed the client's max_response_bytes: the XML limit is that same cap.
    limits = _LIMITS.get() or AnswerLimits(DEFAULT_MAX_BYTES, None)
    return parse_response(
        bytes(payload),
        cls,
        operation=operation.qualified_name,
        max_bytes=limits.max_bytes,
        deadline=limits.deadline,
    )


def _broken(operation: Operation, errors: list[FieldError], count: int) -> ResponseFormatError:
    """The error naming the first ``MAX_FIELD_ERRORS`` of ``count`` broken fields."""
    name = operation.qualified_name
    return ResponseFormatError(
        f"{name}: the vendor reported success but its answer breaks the spec, "
        f"{count:,} field(s):\n{field_error_lines(errors, count)}",
        operation=name,
        errors=errors,
        error_count=count,
    )


def _unreadable(operation: Operation, what: str) -> ResponseFormatError:
    name = operation.qualified_name
    return ResponseFormatError(
        f"{name}: the vendor reported success but its answer is {what}", operation=name
    )
