"""The XSD that generated XML bindings come from, loaded once per process and checked two ways.

xmlschema (XSD 1.1) is the reference and names every error; libxml2 (through lxml) accepts the common
valid document about 35x faster. An XSD is found next to its bindings: xsdata classes generated into
``<package>.<stem>`` come from ``<package>/<stem>.xsd`` (generator/xsd.py), so runtime code needs no
vendor's package name.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any
from xml.etree.ElementTree import Element

from commspec._xml_field_errors import (
    Declared,
    declared_attributes,
    field_errors,
    repeatable_tags,
    without_undeclared,
)
from commspec._xml_safe import secure_parse
from commspec.errors import MAX_FIELD_ERRORS, FieldError

if TYPE_CHECKING:
    import xmlschema

__all__ = ["Xsd", "check_failures"]


@dataclass(frozen=True, slots=True)
class Xsd:
    """Where an XSD is shipped: a resource of a generated package."""

    package: str
    resource: str

    @classmethod
    def of(cls, binding: type) -> Xsd:
        """The XSD a generated binding class was generated from."""
        package, _, stem = binding.__module__.rpartition(".")
        return cls(package, f"{stem}.xsd")

    def reference(self) -> xmlschema.XMLSchema11:
        """The compiled XSD (XSD 1.1 for its xs:assert rules), built once per process."""
        return _reference(self)

    def errors(
        self, document: bytes | Element, *, limit: int | None = MAX_FIELD_ERRORS + 1
    ) -> list[FieldError]:
        """XSD violations as FieldErrors, with paths like ``request/callFlow/call[1]@record``: the first
        ``limit`` in document order (one more than an exception lists, so that a caller can tell
        "there were more"); ``limit=None``: every one."""
        root = secure_parse(document) if isinstance(document, bytes) else document
        return field_errors(self.reference(), root, _repeatable(self), limit, _declared_attributes(self))

    def without_undeclared_attributes(self, root: Element) -> tuple[Element, int]:
        """A copy of ``root`` holding only the attributes the XSD declares on each element, and how many
        were left out (an answer may carry more: tolerated, kept in ``any_attributes``; the copy is
        what gets checked, the original what gets bound)."""
        copy, undeclared = without_undeclared(root, _declared_attributes(self))
        return copy, len(undeclared)

    def fast_valid(self, data: bytes) -> bool:
        """libxml2's verdict (True: valid); may raise ``check_failures()`` on what it cannot evaluate."""
        from lxml import etree

        schema, asserts = _fast_schema(self)
        tree = etree.fromstring(data, _lxml_parser())
        if not schema.validate(tree):
            return False
        return all(test(tree) for test in asserts)


@functools.cache
def _reference(xsd: Xsd) -> xmlschema.XMLSchema11:
    import xmlschema

    source = resources.files(xsd.package).joinpath(xsd.resource)
    with resources.as_file(source) as path:
        return xmlschema.XMLSchema11(str(path))


@functools.cache
def _repeatable(xsd: Xsd) -> frozenset[str]:
    return repeatable_tags(xsd.reference())


@functools.cache
def _declared_attributes(xsd: Xsd) -> Declared:
    return declared_attributes(xsd.reference())


@functools.cache
def _lxml_parser() -> Any:
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


@functools.cache
def _fast_schema(xsd: Xsd) -> tuple[Any, tuple[Callable[[Any], bool], ...]]:
    """libxml2's view of the same XSD, for the common case of a valid document.

    libxml2 knows XSD 1.0 only, so the schema's xs:assert rules are taken out and evaluated on the
    elements they apply to (see ``_assertion``). Any document this path does not accept goes through
    xmlschema, which stays the reference and names every error.
    """
    from lxml import etree
    from xmlschema.validators import XsdAssert, XsdElement

    source = resources.files(xsd.package).joinpath(xsd.resource).read_bytes()
    document = etree.fromstring(source, etree.XMLParser(resolve_entities=False, no_network=True))
    for node in list(document.iter("{http://www.w3.org/2001/XMLSchema}assert")):
        node.getparent().remove(node)
    components = list(xsd.reference().iter_components())
    asserts = tuple(
        _assertion(
            tuple(
                sorted({e.local_name for e in components if isinstance(e, XsdElement) and e.type is a.parent})
            ),
            a.path,
        )
        for a in components
        if isinstance(a, XsdAssert)
    )
    return etree.XMLSchema(document), asserts


# ``exists(@a) or exists(@b)``: an assertion on attributes' presence only, which XPath 1.0 says alike.
_PRESENCE = re.compile(r"exists\(@[A-Za-z_][\w.-]*\)(?: (?:or|and) exists\(@[A-Za-z_][\w.-]*\))*")


def _assertion(tags: tuple[str, ...], test: str) -> Callable[[Any], bool]:
    """Whether every element named ``tags`` of an lxml tree passes the xs:assert ``test``.

    Attribute-presence tests run as one compiled libxml2 XPath over the whole tree (about 40x faster
    than elementpath per element on a 1,000-rule call flow); any other test is compiled once with
    elementpath (XPath 2, as xmlschema evaluates it) and run on each element.
    """
    import elementpath
    from lxml import etree

    if _PRESENCE.fullmatch(test) and all(re.fullmatch(r"[A-Za-z_][\w.-]*", tag) for tag in tags):
        named = " or ".join(f"local-name()='{tag}'" for tag in tags)
        breaking = etree.XPath(f"boolean(//*[{named}][not({test.replace('exists(', '(')})])")
        return lambda tree: not breaking(tree)
    selector = elementpath.Selector(test, parser=elementpath.XPath2Parser)
    return lambda tree: all(bool(selector.select(element)) for element in tree.iter(*tags))


@functools.cache
def check_failures() -> tuple[type[Exception], ...]:
    """What the validators raise on input they cannot evaluate."""
    # Evaluated only when an exception is on its way: the validators stay lazily imported.
    from elementpath import ElementPathError
    from lxml.etree import Error as LxmlError
    from xmlschema import XMLSchemaException

    return (LxmlError, ElementPathError, XMLSchemaException, ValueError, TypeError, RecursionError)
