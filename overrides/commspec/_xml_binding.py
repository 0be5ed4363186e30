"""Typed XML in and out: objects of xsdata bindings (generated from an XSD) serialised and checked
against that XSD before anything is sent; untrusted bodies parsed safely and bound back to the classes.

Answers are read tolerantly where a vendor may grow and strictly where a gap would change meaning: an
attribute the XSD does not declare is kept in the element's ``any_attributes`` (never sent back); an
undeclared element (say, a rule kind we cannot represent, whose loss would change the document on the
next update), a missing required attribute or a bad value is a ResponseFormatError naming its path.
"""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, Final, TypeVar
from xml.etree.ElementTree import Element, QName, tostring

from commspec import _xml_direct
from commspec._response import AnswerTimeout
from commspec._xml_safe import DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, secure_parse
from commspec._xml_schema import Xsd, check_failures
from commspec.errors import (
    MAX_FIELD_ERRORS,
    FieldError,
    ResponseFormatError,
    ValidationError,
    field_error_lines,
)

if TYPE_CHECKING:
    from xsdata.formats.dataclass.context import XmlContext
    from xsdata.formats.dataclass.serializers import XmlSerializer

__all__ = ["XML_DECLARATION", "parse_response", "parse_xml", "to_xml"]

T = TypeVar("T")

# Exactly the declaration of the vendor's examples (IOVOX's updateCallFlow sample).
XML_DECLARATION: Final = b'<?xml version="1.0" encoding="utf-8"?>\n'


@functools.cache
def _context() -> XmlContext:
    """xsdata's class metadata, shared by serialiser and parser. xsdata costs about as much to import
    as httpx: it loads on the first call that needs it, not at ``import commspec.iovox``."""
    from xsdata.formats.dataclass.context import XmlContext

    return XmlContext()


@functools.cache
def _serializer() -> XmlSerializer:
    from xsdata.formats.dataclass.models.elements import XmlMeta
    from xsdata.formats.dataclass.serializers import XmlSerializer
    from xsdata.formats.dataclass.serializers.config import SerializerConfig
    from xsdata.models.enums import QNames
    from xsdata.utils.collections import is_array

    class _DeclaredAttributesSerializer(XmlSerializer):
        """Writes the attributes the XSD declares only: ``any_attributes`` holds what a vendor sent
        beyond the XSD, kept for reading; sending it back would fail the XSD check of every round trip.

        ``next_attribute`` of xsdata 26.10 (pinned) without its wildcard branch.
        """

        @classmethod
        def next_attribute(
            cls, obj: Any, meta: XmlMeta, nillable: bool, xsi_type: str | None, ignore_optionals: bool
        ) -> Iterator[tuple[str, Any]]:
            for var in meta.get_attribute_vars():
                if not var.is_attribute:
                    continue
                value = getattr(obj, var.name)
                if value is None or (is_array(value) and not value):
                    continue
                if ignore_optionals and var.is_optional(value):
                    continue
                yield var.qname, cls.encode_primitive(value, var)
            if xsi_type:
                yield QNames.XSI_TYPE, QName(xsi_type)
            if nillable:
                yield QNames.XSI_NIL, "true"

    return _DeclaredAttributesSerializer(context=_context(), config=SerializerConfig(xml_declaration=False))


def to_xml(obj: object, *, operation: str | None = None) -> bytes:
    """Serialise a generated object (usually ``Request``) as UTF-8 XML, validated against its XSD.

    Raises commspec.errors.ValidationError, naming each offending element/attribute, when the tree
    breaks the schema: nothing invalid ever leaves this function.
    """
    name = operation or _root_name(obj)
    try:
        data = XML_DECLARATION + _render(obj).encode("utf-8")
    except _xsdata_errors() as exc:
        raise ValidationError(name, [FieldError(_root_name(obj), "serialise", str(exc))]) from None
    xsd = Xsd.of(type(obj))
    if xsd.fast_valid(data):
        return data
    try:
        root = secure_parse(data, max_bytes=max(DEFAULT_MAX_BYTES, len(data)))
    except ResponseFormatError as exc:
        # e.g. a control character that XML 1.0 cannot carry.
        raise ValidationError(name, [FieldError(_root_name(obj), "well_formed", str(exc))]) from None
    errors = xsd.errors(root)
    if errors:
        raise ValidationError(name, errors)
    return data


def parse_xml(
    data: bytes,
    cls: type[T],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_depth: int = DEFAULT_MAX_DEPTH,
) -> T:
    """Parse an untrusted body into the generated class ``cls`` (hostile input refused first).

    Raises XmlRefusedError / ResponseFormatError (see secure_parse), and ResponseFormatError when
    the document does not bind to ``cls`` (wrong root, unknown element, bad value); undeclared
    attributes are kept in ``any_attributes``. Schema rules beyond binding (patterns, enums,
    uniqueness) are checked by schema_errors, and by parse_response for answers.
    """
    root = secure_parse(data, max_bytes=max_bytes, max_depth=max_depth)
    expected = _context().build(cls).qname
    if root.tag != expected:
        raise ResponseFormatError(f"XML root is <{root.tag}>, expected <{expected}>")
    return _bind(root, cls)


def parse_response(
    data: bytes,
    cls: type[T],
    *,
    operation: str,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_depth: int = DEFAULT_MAX_DEPTH,
    deadline: float | None = None,
) -> T:
    """A success body of ``operation`` checked against the XSD, then bound to ``cls``; the XSD check
    ends by ``deadline`` (``time.monotonic()`` scale; ``AnswerTimeout``).

    ResponseFormatError (naming ``operation``) for a refused or unreadable body, a wrong root, and for
    every XSD violation (``errors``: paths like ``response/callFlow/play[1]@id``) except undeclared
    attributes, which are tolerated and kept in ``any_attributes``.
    """
    try:
        root = secure_parse(data, max_bytes=max_bytes, max_depth=max_depth)
    except ResponseFormatError as exc:  # XmlRefusedError stays an XmlRefusedError
        raise type(exc)(f"{operation}: {exc}", operation=operation) from None
    expected = _context().build(cls).qname
    if root.tag != expected:
        raise ResponseFormatError(
            f"{operation}: XML root is <{root.tag}>, expected <{expected}>", operation=operation
        )
    _by_deadline(lambda: _check_answer(Xsd.of(cls), data, root, operation), deadline)
    try:
        return _bind(root, cls)
    except ResponseFormatError as exc:
        raise ResponseFormatError(f"{operation}: {exc}", operation=operation) from None


def _check_answer(xsd: Xsd, data: bytes, root: Element, operation: str) -> None:
    """ResponseFormatError naming the first XSD violations of an answer (the walk stops after
    ``MAX_FIELD_ERRORS``), undeclared attributes aside; nothing when it has none."""
    if _checks_fast(xsd, data):
        return
    # Undeclared attributes are tolerated: checked without them, the common such answer is libxml2's
    # to accept, and the reference check never walks thousands of them.
    checked, left_out = xsd.without_undeclared_attributes(root)
    if left_out and _checks_fast(xsd, tostring(checked)):
        return
    try:
        found = xsd.errors(checked)
    except check_failures() as exc:
        raise ResponseFormatError(
            f"{operation}: XML could not be checked against the XSD ({type(exc).__name__})",
            operation=operation,
        ) from None
    errors = [error for error in found if error.rule != "unexpected_attribute"]
    if errors:
        count = -1 if len(found) > MAX_FIELD_ERRORS else len(errors)  # -1: stopped, total unknown
        raise ResponseFormatError(
            f"{operation}: the vendor reported success but its answer breaks the XSD, "
            f"{'at least ' if count < 0 else ''}{len(errors[:MAX_FIELD_ERRORS])} field(s):\n"
            f"{field_error_lines(errors, count)}",
            operation=operation,
            errors=errors,
            error_count=count,
        )


def _by_deadline(work: Callable[[], T], deadline: float | None) -> T:
    """``work()``, or AnswerTimeout once ``deadline`` has passed.

    Neither validator stops at a first error, and neither can be interrupted: libxml2 computes each
    error's path by counting the element's preceding siblings (20,000 invalid siblings: 8 s), and
    xmlschema walks a whole group before it reports the group's first error (about 150 µs per
    element). With a deadline the check runs in a daemon thread, left to finish on its own if the
    caller stops waiting.
    """
    if deadline is None:
        return work()
    outcome: list[T] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            outcome.append(work())
        except BaseException as exc:  # handed to the waiting caller
            failure.append(exc)

    worker = threading.Thread(target=run, name="commspec-xsd-check", daemon=True)
    worker.start()
    worker.join(max(0.0, deadline - time.monotonic()))
    if worker.is_alive():
        raise AnswerTimeout("the answer's XSD check did not end in time")
    if failure:
        raise failure[0]
    return outcome[0]


def _render(obj: object) -> str:
    try:
        return _xml_direct.write(_context(), obj)
    except _xml_direct.Declined:
        return _serializer().render(obj)


def _bind(root: Element, cls: type[T]) -> T:
    try:
        value: T = _xml_direct.read(_context(), root, cls)
        return value
    except _xml_direct.Declined:
        pass  # xsdata decides, and names what does not bind
    from xsdata.formats.dataclass.parsers import XmlParser
    from xsdata.formats.dataclass.parsers.config import ParserConfig
    from xsdata.formats.dataclass.parsers.handlers import XmlEventHandler

    # Undeclared attributes land in the generated ``any_attributes`` wildcard (generator/xsd.py);
    # unknown elements and values that do not convert stay binding errors.
    config = ParserConfig(
        fail_on_unknown_properties=True,
        fail_on_unknown_attributes=False,
        fail_on_converter_warnings=True,
    )
    parser = XmlParser(context=_context(), config=config, handler=XmlEventHandler)
    try:
        # The event handler clears elements as it goes: the tree is not used afterwards.
        return parser.parse(root, cls)
    except _xsdata_errors() as exc:
        raise ResponseFormatError(f"XML does not match <{root.tag}>: {exc}") from None


@functools.cache
def _xsdata_errors() -> tuple[type[Exception], ...]:
    """What xsdata raises on an object or document that does not fit its class."""
    from xsdata.exceptions import ConverterError, ParserError, SerializerError

    return (ConverterError, ParserError, SerializerError, TypeError, ValueError, AttributeError)


def _checks_fast(xsd: Xsd, data: bytes) -> bool:
    """libxml2's verdict on an untrusted body; False (the reference check decides) when libxml2 or an
    assertion cannot evaluate something the expat-based secure_parse accepted."""
    try:
        return xsd.fast_valid(data)
    except check_failures():
        return False


def _root_name(obj: object) -> str:
    try:
        return _context().build(type(obj)).qname
    except (TypeError, ValueError, AttributeError):
        return type(obj).__name__
