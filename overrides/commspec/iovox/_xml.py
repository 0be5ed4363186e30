"""XML I/O for the IOVOX call flow language.

Serialise typed objects (generated from specs/iovox/callflow.xsd by xsdata) and validate them against
the same XSD before anything is sent; parse bodies with DTDs, entity declarations and external
references refused, under a size and depth cap; read IOVOX's ``<errors><error status=…>`` envelope.

Answers are read tolerantly where the vendor may grow and strictly where a gap would change meaning:
an attribute the XSD does not declare is kept in the element's ``any_attributes`` (never sent back);
an undeclared element (a rule kind or branch we cannot represent, whose loss would change the flow on
the next update), a missing required attribute or a bad value is a ResponseFormatError naming its path.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any, Final, TypeVar
from xml.etree.ElementTree import Element, ParseError, QName

# defusedxml ships no type stubs (types-defusedxml is not a project dependency).
from defusedxml import DefusedXmlException  # type: ignore[import-untyped]
from defusedxml.ElementTree import fromstring as _defused_fromstring  # type: ignore[import-untyped]
from xsdata.exceptions import ConverterError, ParserError, SerializerError
from xsdata.formats.dataclass.context import XmlContext
from xsdata.formats.dataclass.models.elements import XmlMeta
from xsdata.formats.dataclass.parsers import XmlParser
from xsdata.formats.dataclass.parsers.config import ParserConfig
from xsdata.formats.dataclass.parsers.handlers import XmlEventHandler
from xsdata.formats.dataclass.serializers import XmlSerializer
from xsdata.formats.dataclass.serializers.config import SerializerConfig
from xsdata.models.enums import QNames
from xsdata.utils.collections import is_array

from commspec.errors import FieldError, ResponseFormatError, ValidationError

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_DEPTH",
    "XML_DECLARATION",
    "IovoxErrorEntry",
    "XmlRefusedError",
    "call_flow_schema",
    "parse_response",
    "parse_xml",
    "read_errors",
    "schema_errors",
    "secure_parse",
    "to_xml",
]

T = TypeVar("T")

DEFAULT_MAX_BYTES: Final = 1024 * 1024
# Call flows nest rules inside events inside rules; 100 levels is far beyond any real flow and keeps
# the recursive walkers (xsdata, xmlschema) well inside Python's recursion limit.
DEFAULT_MAX_DEPTH: Final = 100
# Exactly the declaration of the vendor's examples (seed 004_ea29885609e73a6e.txt).
XML_DECLARATION: Final = b'<?xml version="1.0" encoding="utf-8"?>\n'

_SCHEMA_PACKAGE = "commspec_generated.iovox_callflow_xml"
_SCHEMA_RESOURCE = "callflow.xsd"

_CONTEXT = XmlContext()


class _DeclaredAttributesSerializer(XmlSerializer):
    """Writes the attributes the XSD declares only: ``any_attributes`` holds what a vendor sent beyond
    the XSD, kept for reading; sending it back would fail the XSD check of every round trip.

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


_SERIALIZER = _DeclaredAttributesSerializer(context=_CONTEXT, config=SerializerConfig(xml_declaration=False))
# Undeclared attributes land in the generated ``any_attributes`` wildcard (generator/xsd.py); unknown
# elements and values that do not convert stay binding errors.
_PARSER_CONFIG = ParserConfig(
    fail_on_unknown_properties=True,
    fail_on_unknown_attributes=False,
    fail_on_converter_warnings=True,
)


class XmlRefusedError(ResponseFormatError):
    """A body was refused before parsing: too large, too deep, a DTD, entities or external references."""


@dataclass(frozen=True, slots=True)
class IovoxErrorEntry:
    """One ``<error status="…">message</error>``; ``status`` is None when absent or not an integer."""

    status: int | None
    message: str


if TYPE_CHECKING:
    import xmlschema
    from xmlschema.validators import XsdGroup


@functools.cache
def call_flow_schema() -> xmlschema.XMLSchema11:
    """The compiled call flow XSD (XSD 1.1 for its one xs:assert), built once per process."""
    import xmlschema

    source = resources.files(_SCHEMA_PACKAGE).joinpath(_SCHEMA_RESOURCE)
    with resources.as_file(source) as path:
        return xmlschema.XMLSchema11(str(path))


def secure_parse(
    data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES, max_depth: int = DEFAULT_MAX_DEPTH
) -> Element:
    """Parse untrusted XML into an element tree.

    Raises XmlRefusedError for oversize or too-deep bodies and for any DTD, entity declaration or
    external reference (never expanded); ResponseFormatError for a body that is not well-formed.
    """
    if len(data) > max_bytes:
        raise XmlRefusedError(f"XML body refused: {len(data)} bytes exceeds the {max_bytes}-byte limit")
    try:
        root: Element = _defused_fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise XmlRefusedError(f"XML body refused: {type(exc).__name__} ({exc})") from None
    except ParseError as exc:
        raise ResponseFormatError(f"XML body is not well-formed: {exc}") from None
    except (LookupError, ValueError) as exc:  # an unknown or lying encoding declaration
        raise ResponseFormatError(f"XML body has an unusable encoding: {exc}") from None
    depth = _depth(root)
    if depth > max_depth:
        raise XmlRefusedError(f"XML body refused: nesting depth {depth} exceeds the limit of {max_depth}")
    return root


def schema_errors(document: bytes | Element) -> list[FieldError]:
    """Every XSD violation as FieldErrors, with paths like ``request/callFlow/call[1]@record``."""
    root = secure_parse(document) if isinstance(document, bytes) else document
    paths = _element_paths(root, _repeatable_tags())
    found: list[FieldError] = []
    for error in call_flow_schema().iter_errors(root):
        # Name the offending child itself when xmlschema knows it (unexpected child elements).
        child = getattr(error, "invalid_child", None)
        element = child if child is not None else error.elem if error.elem is not None else root
        path = paths.get(element, root.tag)
        rule, attribute = _classify(error)
        message = error.reason or str(error)
        test = getattr(error.validator, "path", None)
        if rule == "assert" and isinstance(test, str):
            message = f"{message}: {test}"
        found.append(FieldError(f"{path}@{attribute}" if attribute else path, rule, message))
    return found


@functools.cache
def _lxml_parser() -> Any:
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


@functools.cache
def _fast_schema() -> tuple[Any, tuple[tuple[tuple[str, ...], str], ...]]:
    """libxml2's view of the same XSD, for the common case of a valid document (~35x faster).

    libxml2 knows XSD 1.0 only, so the schema's xs:assert rules are taken out and evaluated on the
    elements they apply to with elementpath (XPath 2, as xmlschema does). Any document this path does
    not accept goes through xmlschema, which stays the reference and names every error.
    """
    from lxml import etree
    from xmlschema.validators import XsdAssert, XsdElement

    source = resources.files(_SCHEMA_PACKAGE).joinpath(_SCHEMA_RESOURCE).read_bytes()
    document = etree.fromstring(source, etree.XMLParser(resolve_entities=False, no_network=True))
    for node in list(document.iter("{http://www.w3.org/2001/XMLSchema}assert")):
        node.getparent().remove(node)
    reference = call_flow_schema()
    components = list(reference.iter_components())
    asserts = tuple(
        (
            tuple(
                sorted({e.local_name for e in components if isinstance(e, XsdElement) and e.type is a.parent})
            ),
            a.path,
        )
        for a in components
        if isinstance(a, XsdAssert)
    )
    return etree.XMLSchema(document), asserts


def _fast_valid(data: bytes) -> bool:
    import elementpath
    from lxml import etree

    schema, asserts = _fast_schema()
    tree = etree.fromstring(data, _lxml_parser())
    if not schema.validate(tree):
        return False
    return all(
        bool(elementpath.select(element, test, parser=elementpath.XPath2Parser))
        for tags, test in asserts
        for element in tree.iter(*tags)
    )


def to_xml(obj: object, *, operation: str | None = None) -> bytes:
    """Serialise a generated object (usually ``Request``) as UTF-8 XML, validated against the XSD.

    Raises commspec.errors.ValidationError, naming each offending element/attribute, when the tree
    breaks the schema: nothing invalid ever leaves this function.
    """
    name = operation or _root_name(obj)
    try:
        data = XML_DECLARATION + _SERIALIZER.render(obj).encode("utf-8")
    except (SerializerError, ConverterError, TypeError, ValueError, AttributeError) as exc:
        raise ValidationError(name, [FieldError(_root_name(obj), "serialise", str(exc))]) from None
    if _fast_valid(data):
        return data
    try:
        root = secure_parse(data, max_bytes=max(DEFAULT_MAX_BYTES, len(data)))
    except ResponseFormatError as exc:
        # e.g. a control character that XML 1.0 cannot carry.
        raise ValidationError(name, [FieldError(_root_name(obj), "well_formed", str(exc))]) from None
    errors = schema_errors(root)
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
    expected = _CONTEXT.build(cls).qname
    if root.tag != expected:
        raise ResponseFormatError(f"XML root is <{root.tag}>, expected <{expected}>")
    return _bind(root, cls)


def _bind(root: Element, cls: type[T]) -> T:
    parser = XmlParser(context=_CONTEXT, config=_PARSER_CONFIG, handler=XmlEventHandler)
    try:
        # The event handler clears elements as it goes: the tree is not used afterwards.
        return parser.parse(root, cls)
    except (ParserError, ConverterError, TypeError, ValueError) as exc:
        raise ResponseFormatError(f"XML does not match <{root.tag}>: {exc}") from None


def parse_response(
    data: bytes,
    cls: type[T],
    *,
    operation: str,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_depth: int = DEFAULT_MAX_DEPTH,
) -> T:
    """A success body of ``operation`` checked against the XSD, then bound to ``cls``.

    ResponseFormatError (naming ``operation``) for a refused or unreadable body, a wrong root, and for
    every XSD violation (``errors``: paths like ``response/callFlow/play[1]@id``) except undeclared
    attributes, which are tolerated and kept in ``any_attributes``.
    """
    try:
        root = secure_parse(data, max_bytes=max_bytes, max_depth=max_depth)
    except ResponseFormatError as exc:  # XmlRefusedError stays an XmlRefusedError
        raise type(exc)(f"{operation}: {exc}", operation=operation) from None
    expected = _CONTEXT.build(cls).qname
    if root.tag != expected:
        raise ResponseFormatError(
            f"{operation}: XML root is <{root.tag}>, expected <{expected}>", operation=operation
        )
    if not _checks_fast(data):
        try:
            found = schema_errors(root)
        except _check_failures() as exc:
            raise ResponseFormatError(
                f"{operation}: XML could not be checked against the XSD ({type(exc).__name__})",
                operation=operation,
            ) from None
        errors = [error for error in found if error.rule != "unexpected_attribute"]
        if errors:
            lines = "\n".join(f"  - {error}" for error in errors)
            raise ResponseFormatError(
                f"{operation}: the vendor reported success but its answer breaks the XSD, "
                f"{len(errors)} field(s):\n{lines}",
                operation=operation,
                errors=errors,
            )
    try:
        return _bind(root, cls)
    except ResponseFormatError as exc:
        raise ResponseFormatError(f"{operation}: {exc}", operation=operation) from None


def _checks_fast(data: bytes) -> bool:
    """libxml2's verdict on an untrusted body; False (the reference check decides) when libxml2 or an
    assertion cannot evaluate something the expat-based secure_parse accepted."""
    try:
        return _fast_valid(data)
    except _check_failures():
        return False


def read_errors(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[IovoxErrorEntry, ...]:
    """Every entry of an IOVOX error body, in order.

    Accepts ``<errors><error status="400">…</error>…</errors>`` and a bare ``<error>`` root (the
    documented 401 body). Returns () for an empty, non-XML or differently-rooted body so the
    caller can fall back to the HTTP status; hostile bodies still raise XmlRefusedError.
    """
    if not data.strip():
        return ()
    try:
        root = secure_parse(data, max_bytes=max_bytes)
    except XmlRefusedError:
        raise
    except ResponseFormatError:
        return ()
    if root.tag == "error":
        items = [root]
    elif root.tag == "errors":
        items = [child for child in root if child.tag == "error"]
    else:
        return ()
    return tuple(
        IovoxErrorEntry(_int_or_none(item.get("status")), "".join(item.itertext()).strip()) for item in items
    )


# --------------------------------------------------------------------------- internals


@functools.cache
def _check_failures() -> tuple[type[Exception], ...]:
    # Evaluated only when an exception is on its way: the validators stay lazily imported.
    from elementpath import ElementPathError
    from lxml.etree import Error as LxmlError
    from xmlschema import XMLSchemaException

    return (LxmlError, ElementPathError, XMLSchemaException, ValueError, TypeError, RecursionError)


def _root_name(obj: object) -> str:
    try:
        return _CONTEXT.build(type(obj)).qname
    except (TypeError, ValueError, AttributeError):
        return type(obj).__name__


def _int_or_none(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _depth(root: Element) -> int:
    deepest, stack = 0, [(root, 1)]
    while stack:  # iterative: a hostile body must not exhaust the Python stack here
        element, level = stack.pop()
        deepest = max(deepest, level)
        stack.extend((child, level + 1) for child in element)
    return deepest


@functools.cache
def _repeatable_tags() -> frozenset[str]:
    """Tags that may repeat somewhere in the schema: their path steps always carry ``[n]``."""
    from xmlschema.validators import XsdGroup

    tags: set[str] = set()

    def walk(group: XsdGroup, many: bool) -> None:
        for particle in group:
            repeated = many or particle.max_occurs != 1
            if isinstance(particle, XsdGroup):
                walk(particle, repeated)
            elif repeated and particle.local_name:
                tags.add(particle.local_name)

    for component in call_flow_schema().iter_components():
        if isinstance(component, XsdGroup):
            walk(component, component.max_occurs != 1)
    return frozenset(tags)


def _element_paths(root: Element, repeatable: frozenset[str]) -> Mapping[Element, str]:
    paths: dict[Element, str] = {root: root.tag}
    stack = [root]
    while stack:
        parent = stack.pop()
        seen: Counter[str] = Counter()
        for child in parent:
            seen[child.tag] += 1
            step = f"{child.tag}[{seen[child.tag]}]" if child.tag in repeatable else child.tag
            paths[child] = f"{paths[parent]}/{step}"
            stack.append(child)
    return paths


# xmlschema 4.3 reasons that name an attribute (pinned in pyproject; covered by tests/iovox).
_ATTRIBUTE_REASONS: Final = (
    (re.compile(r"missing required attribute '([^']+)'"), "required"),
    (re.compile(r"'([^']+)' attribute not allowed"), "unexpected_attribute"),
    (re.compile(r"attribute '([^']+)' has a fixed value"), "fixed"),
    (re.compile(r"attribute ([^=\s']+)="), None),
)
_VALIDATOR_RULES: Final = {
    "XsdEnumerationFacets": "enumeration",
    "XsdPatternFacets": "pattern",
    "XsdMinLengthFacet": "minLength",
    "XsdMaxLengthFacet": "maxLength",
    "XsdLengthFacet": "length",
    "XsdMinInclusiveFacet": "minimum",
    "XsdMaxInclusiveFacet": "maximum",
    "XsdAssert": "assert",
    "XsdGroup": "content",
    "Xsd11Group": "content",
}


def _classify(error: Any) -> tuple[str, str | None]:
    """(rule, attribute name or None) for one xmlschema validation error."""
    reason = error.reason or ""
    validator = type(error.validator).__name__
    rule = _VALIDATOR_RULES.get(validator)
    if rule is None:
        rule = "unique" if reason.startswith("duplicated value") else "type"
        if validator in ("XsdElement", "Xsd11Element") and rule == "type":
            rule = "content"
    for pattern, attribute_rule in _ATTRIBUTE_REASONS:
        match = pattern.search(reason)
        if match:
            return attribute_rule or rule, match.group(1)
    return rule, None
