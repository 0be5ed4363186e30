"""XSD violations named for people: each xmlschema error as a ``FieldError`` with the offending
element's path (``request/callFlow/call[1]@record``) and the rule it broke (``pattern``, ``required``)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final
from xml.etree.ElementTree import Element

from commspec.errors import FieldError

if TYPE_CHECKING:
    import xmlschema
    from xmlschema.validators import XsdGroup

__all__ = ["field_errors", "repeatable_tags"]


def field_errors(
    schema: xmlschema.XMLSchema11, root: Element, repeatable: frozenset[str]
) -> list[FieldError]:
    """Every violation of ``schema`` by the tree ``root``, in document order (``repeatable``: the
    schema's ``repeatable_tags``)."""
    paths = _element_paths(root, repeatable)
    found: list[FieldError] = []
    for error in schema.iter_errors(root):
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
