"""IOVOX's own checks of a createCallFlow / updateCallFlow body, with its documented strings, before the
XSD: empty body, parse errors, no callFlow, no rules, then the rule-level strings (``empty-attribute``,
``unique-attribute`` of the spec's mock table). What the vendor documents no string for is answered with
the XSD's own messages as ``XML Invalid. …``."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any, Final
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException  # type: ignore[import-untyped]
from defusedxml.ElementTree import fromstring  # type: ignore[import-untyped]
from xsdata.formats.dataclass.context import XmlContext

from commspec._xml_binding import parse_xml
from commspec._xml_safe import DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH
from commspec.errors import ResponseFormatError
from commspec.iovox._call_flow_schema import schema_errors
from commspec.mock.iovox.models import API, MOCK, IovoxVendorError
from commspec_generated.iovox_callflow_xml import CallFlow, Request

INVALID: Final = "XML Invalid. "  # prefix of the mock's answers where IOVOX documents no string


@functools.cache
def declarations() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Element name -> (its attributes, its child elements) as the XSD declares them, read from the
    generated bindings (an element name used with several types gets the union)."""
    context = XmlContext()
    found: dict[str, tuple[set[str], set[str]]] = {}
    seen: set[tuple[str, type]] = set()
    stack: list[tuple[str, type]] = [(Request.Meta.name, Request)]
    while stack:
        name, cls = stack.pop()
        attributes, children = found.setdefault(name, (set(), set()))
        meta = context.build(cls)
        attributes.update(var.local_name for var in meta.get_attribute_vars())
        for var in meta.get_element_vars():
            for member in list(var.elements.values()) or [var]:  # a choice (the rules) or one element
                children.add(member.local_name)
                for child in member.types:
                    if _is_binding(child) and (member.local_name, child) not in seen:
                        seen.add((member.local_name, child))
                        stack.append((member.local_name, child))
    return {name: (frozenset(a), frozenset(c)) for name, (a, c) in found.items()}


def _is_binding(cls: Any) -> bool:
    return isinstance(cls, type) and hasattr(cls, "__dataclass_fields__")


def read_request(body: bytes, *, update: bool) -> Request:
    """The typed request, or the vendor's error strings: its own checks first, then the XSD's."""
    if not body.strip():
        raise IovoxVendorError.of("xml-empty")
    if len(body) > DEFAULT_MAX_BYTES:
        raise _parse_error(f"Document exceeds {DEFAULT_MAX_BYTES} bytes", 1, 1)
    try:
        root: Element = fromstring(body, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except ParseError as error:
        line, column = error.position
        raise _parse_error(str(error).split(": line ")[0], line, column) from None
    except DefusedXmlException as error:
        raise _parse_error(type(error).__name__, 1, 1) from None
    except (LookupError, ValueError) as error:  # an unknown or lying encoding declaration
        raise _parse_error(type(error).__name__, 1, 1) from None
    flow_tag = CallFlow.Meta.name
    flow = root.find(flow_tag) if root.tag == Request.Meta.name else None
    if flow is None:
        raise IovoxVendorError.of("request-empty")
    _attributes, rules = declarations()[flow_tag]
    if not any(child.tag in rules for child in flow):
        raise IovoxVendorError.of("no-rules")
    if not flow.get("name"):  # an update naming no flow names no existing flow
        raise IovoxVendorError.of("name-not-found" if update else "name-empty")
    problems = list(dict.fromkeys(rule_problems(flow)))
    if problems:
        raise IovoxVendorError(*problems)
    depth = nesting_depth(root)
    if depth > DEFAULT_MAX_DEPTH:  # before the XSD check, which recurses per level (RecursionError)
        raise IovoxVendorError(
            f"{INVALID}XML body refused: nesting depth {depth} exceeds the limit of {DEFAULT_MAX_DEPTH}"
        )
    invalid = schema_errors(root)
    if invalid:
        raise IovoxVendorError(*(f"{INVALID}{error}" for error in invalid))
    try:
        return parse_xml(body, Request)
    except ResponseFormatError as error:  # pragma: no cover - the XSD check above is stricter
        raise IovoxVendorError(f"{INVALID}{error}") from None


def _parse_error(reason: str, line: int, column: int) -> IovoxVendorError:
    return IovoxVendorError.of("xml-parse-error", reason=reason, line=line, column=column)


def rule_problems(flow: Element) -> Iterator[str]:
    """The documented rule-level strings, in document order: each element declaring an attribute of
    ``empty-attribute`` without a value, then an attribute of ``unique-attribute`` whose value repeats."""
    known = declarations()
    empty: dict[str, str] = MOCK["empty-attribute"]
    unique: dict[str, str] = MOCK["unique-attribute"]
    values: dict[str, set[str]] = {attribute: set() for attribute in unique}
    repeated: set[str] = set()
    for element in flow.iter():
        declared, _children = known.get(element.tag, (frozenset(), frozenset()))
        for key, code in empty.items():
            tag, _, attribute = key.rpartition(".")
            if tag in ("", element.tag) and attribute in declared and not element.get(attribute):
                yield API.message(code)
        for attribute, seen in values.items():
            value = element.get(attribute) if attribute in declared else None
            if value and value in seen:
                repeated.add(attribute)
            elif value:
                seen.add(value)
    yield from (API.message(code) for attribute, code in unique.items() if attribute in repeated)


def nesting_depth(root: Element) -> int:
    deepest, stack = 0, [(root, 1)]
    while stack:  # a loop, not recursion: the point is to stay far from the recursion limit
        element, level = stack.pop()
        deepest = max(deepest, level)
        stack.extend((child, level + 1) for child in element)
    return deepest
