"""Untrusted XML parsed safely: DTDs, entity declarations and external references refused (never
expanded), bodies capped in size and nesting depth before any recursive walker sees them."""

from __future__ import annotations

from typing import Final
from xml.etree.ElementTree import Element, ParseError

from commspec._extras import require_xml_stack

require_xml_stack()  # the iovox extra: a clear error when it is missing, before the imports below fail

# defusedxml ships no type stubs (types-defusedxml is not a project dependency).
from defusedxml import DefusedXmlException  # type: ignore[import-untyped]  # noqa: E402
from defusedxml.ElementTree import (  # type: ignore[import-untyped]  # noqa: E402
    fromstring as _defused_fromstring,
)

from commspec.errors import ResponseFormatError  # noqa: E402

__all__ = ["DEFAULT_MAX_BYTES", "DEFAULT_MAX_DEPTH", "XmlRefusedError", "secure_parse"]

DEFAULT_MAX_BYTES: Final = 1024 * 1024
# Call flows nest rules inside events inside rules; 100 levels is far beyond any real flow and keeps
# the recursive walkers (xsdata, xmlschema) well inside Python's recursion limit.
DEFAULT_MAX_DEPTH: Final = 100


class XmlRefusedError(ResponseFormatError):
    """A body was refused before parsing: too large, too deep, a DTD, entities or external references."""


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


def _depth(root: Element) -> int:
    # Level by level, iterative: a hostile body must not exhaust the Python stack here, and one list
    # comprehension per level keeps the walk of a 1,000-rule call flow well under a millisecond.
    depth, level = 0, [root]
    while level:
        depth += 1
        level = [child for element in level for child in element]
    return depth
