"""XSD violations named for people: each xmlschema error as a ``FieldError`` with the offending
element's path (``request/callFlow/call[1]@record``) and the rule it broke (``pattern``, ``required``)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final
from xml.etree.ElementTree import Element, SubElement

from commspec.errors import FieldError

if TYPE_CHECKING:
    import xmlschema
    from xmlschema.validators import XsdGroup

__all__ = ["declared_attributes", "field_errors", "repeatable_tags", "without_undeclared"]


def field_errors(
    schema: xmlschema.XMLSchema11,
    root: Element,
    repeatable: frozenset[str],
    limit: int | None = None,
    declared: Declared | None = None,
) -> list[FieldError]:
    """The violations of ``schema`` by the tree ``root`` (``repeatable``: the schema's
    ``repeatable_tags``): every one, or the first ``limit``.

    With ``declared`` (the attributes the schema declares per element, ``declared_attributes``), the
    attributes it does not declare are reported first, in document order, and the schema checks a copy
    without them: xmlschema builds every error of an element, each from a repr of the whole element,
    before it reports the first, so 15,000 undeclared attributes on one element took 30 s, even to
    report one. Then come the other violations in document order, as xmlschema finds them, until
    ``limit``.
    """
    found: list[FieldError] = []
    if declared is not None:
        root_paths = _element_paths(root, repeatable)
        root, undeclared = without_undeclared(root, declared)
        for element, name in undeclared:
            if limit is not None and len(found) >= limit:
                return found
            found.append(
                FieldError(
                    f"{root_paths[element]}@{name}",
                    "unexpected_attribute",
                    f"{name!r} attribute not allowed for element",
                )
            )
    paths = _element_paths(root, repeatable)
    for error in schema.iter_errors(root):
        if limit is not None and len(found) >= limit:
            break
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


# Element name -> the attribute names the schema declares on it; None: any (a wildcard).
Declared = Mapping[str, frozenset[str] | None]
_XSI = "{http://www.w3.org/2001/XMLSchema-instance}"


def declared_attributes(schema: xmlschema.XMLSchema11) -> Declared:
    """Element name -> the attributes ``schema`` declares on it (the union over the elements of that
    name), None where a wildcard allows any."""
    from xmlschema.validators import XsdElement

    found: dict[str, set[str] | None] = {}
    for component in schema.iter_components():
        if not isinstance(component, XsdElement) or not component.local_name:
            continue
        names = found.setdefault(component.local_name, set())
        if names is None:
            continue
        attributes: Mapping[str | None, Any] = component.attributes or {}
        if None in attributes:  # xs:anyAttribute
            found[component.local_name] = None
        else:
            names.update(name for name in attributes if isinstance(name, str))
    return {tag: None if names is None else frozenset(names) for tag, names in found.items()}


def without_undeclared(root: Element, declared: Declared) -> tuple[Element, list[tuple[Element, str]]]:
    """A copy of ``root`` holding only the attributes ``declared`` on each element, and the
    (original element, attribute name) left out, in document order. An element the schema does not
    know loses its attributes silently: the element itself is the error."""
    undeclared: list[tuple[Element, str]] = []

    def kept(element: Element) -> dict[str, str]:
        names = declared.get(element.tag, frozenset())
        if names is None:
            return dict(element.attrib)
        out = {}
        for name, value in element.attrib.items():
            if name in names or name.startswith(_XSI):
                out[name] = value
            elif element.tag in declared:
                undeclared.append((element, name))
        return out

    copy = Element(root.tag, kept(root))
    stack = [(root, copy)]
    while stack:
        original, twin = stack.pop()
        twin.text, twin.tail = original.text, original.tail
        for child in original:
            stack.append((child, SubElement(twin, child.tag, kept(child))))
    return copy, undeclared


def repeatable_tags(schema: xmlschema.XMLSchema11) -> frozenset[str]:
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

    for component in schema.iter_components():
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
