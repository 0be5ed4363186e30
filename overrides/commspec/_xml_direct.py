"""Direct binding for the common call flow: read an element tree into generated classes, and write them back,
from xsdata's own class metadata, in one direct walk (xsdata's generic parser and serialiser cost about
5x an untyped xmltodict round on a 1,000-rule flow).

Each path covers the shapes the generated call flow classes use (attributes of type str, int, bool or
an Enum; child elements of one class; choice lists; an optional text value) and declines
(``Declined``) anything else: a namespaced or xsi attribute, a value it does not convert exactly, a
missing field, unexpected text or children, a character XML cannot carry. The caller then runs
xsdata, which stays the reference and names every error: whatever a fast path returns is what xsdata
returns (tests/iovox/test_iovox_xml_direct.py compares both on the property-test corpus).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any, Final
from xml.etree.ElementTree import Element

if TYPE_CHECKING:
    from xsdata.formats.dataclass.context import XmlContext
    from xsdata.formats.dataclass.models.elements import XmlVar

__all__ = ["Declined", "read", "write"]


class Declined(Exception):
    """The fast path does not cover this object or document: use xsdata."""


_INTEGER: Final = re.compile(r"-?[0-9]+")
_BOOLEANS: Final = {"true": True, "1": True, "false": False, "0": False}
# Characters XML 1.0 cannot carry (lxml refuses them when xsdata writes): xsdata reports those.
_NOT_XML: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_ATTRIBUTE_ESCAPES: Final = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}
)
_TEXT_ESCAPES: Final = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})


def _decline() -> Any:
    raise Declined


def _reader_of(kind: type) -> Callable[[str], Any]:
    if kind is str:
        return str
    if kind is bool:
        return lambda text: _BOOLEANS[text] if text in _BOOLEANS else _decline()
    if kind is int:
        return lambda text: int(text) if _INTEGER.fullmatch(text) else _decline()
    if isinstance(kind, type) and issubclass(kind, Enum):
        members = {member.value: member for member in kind if isinstance(member.value, str)}
        return lambda text: members[text] if text in members else _decline()
    raise Declined


def _writer_of(kind: type) -> Callable[[Any], str]:
    if kind is str:
        return lambda value: value if type(value) is str else _decline()
    if kind is bool:
        return lambda value: ("true" if value else "false") if type(value) is bool else _decline()
    if kind is int:
        return lambda value: str(value) if type(value) is int else _decline()
    if isinstance(kind, type) and issubclass(kind, Enum):
        return lambda value: value.value if type(value) is kind and type(value.value) is str else _decline()
    raise Declined


@dataclass(frozen=True, slots=True)
class _Attribute:
    field: str
    qname: str
    read: Callable[[str], Any]
    write: Callable[[Any], str]
    init: bool
    default: Any


@dataclass(frozen=True, slots=True)
class _Child:
    field: str
    qname: str
    cls: type
    many: bool


@dataclass(slots=True)
class _Plan:
    """One class as the fast paths see it (``None`` entries: built on first use, classes may recurse)."""

    cls: type
    attributes: dict[str, _Attribute]
    any_attributes: str | None
    text: tuple[str, Callable[[str], Any], Callable[[Any], str]] | None
    children: dict[str, _Child]  # by tag, for reading
    # For writing, in xsdata's order: (field, single child, or choices by exact class, or text marker).
    content: tuple[tuple[str, _Child | dict[type, _Child] | None], ...]


def _single_type(var: XmlVar) -> type:
    if len(var.types) != 1 or var.tokens or var.nillable or var.wrapper_qname or var.sequence is not None:
        raise Declined
    kind: type = var.types[0]
    return kind


_PLANS: dict[type, _Plan | None] = {}


def _plan(context: XmlContext, cls: type) -> _Plan | None:
    """The plan of ``cls``, or None when the class uses what the fast paths do not cover."""
    try:
        return _PLANS[cls]
    except KeyError:
        plan = _PLANS[cls] = _build_plan(context, cls)
        return plan


def _build_plan(context: XmlContext, cls: type) -> _Plan | None:
    try:
        meta = context.build(cls)
        if meta.wildcards or meta.nillable or meta.mixed_content or len(meta.any_attributes) > 1:
            raise Declined
        attributes: dict[str, _Attribute] = {}
        for var in sorted(meta.attributes.values(), key=lambda var: var.index):  # xsdata's order
            kind = _single_type(var)
            if var.qname.startswith("{"):
                raise Declined
            attributes[var.qname] = _Attribute(
                var.name, var.qname, _reader_of(kind), _writer_of(kind), var.init, var.default
            )
        text = None
        if meta.text is not None:
            kind = _single_type(meta.text)
            if kind is not str:
                raise Declined
            text = (meta.text.name, _reader_of(kind), _writer_of(kind))
        children: dict[str, _Child] = {}
        order: list[tuple[int, str, _Child | dict[type, _Child] | None]] = []
        for variables in meta.elements.values():
            if len(variables) != 1:
                raise Declined
            (var,) = variables
            child = _element_child(var, var.name, var.list_element)
            children[var.qname] = child
            order.append((var.index, var.name, child))
        for compound in meta.choices:
            if compound.sequence is not None or compound.nillable or compound.wrapper_qname:
                raise Declined
            by_class: dict[type, _Child] = {}
            for choice in compound.elements.values():
                child = _element_child(choice, compound.name, True)
                if choice.qname in children or child.cls in by_class:
                    raise Declined
                children[choice.qname] = child
                by_class[child.cls] = child
            order.append((compound.index, compound.name, by_class))
        if meta.text is not None:
            order.append((meta.text.index, meta.text.name, None))
        return _Plan(
            cls,
            attributes,
            meta.any_attributes[0].name if meta.any_attributes else None,
            text,
            children,
            tuple((name, entry) for _, name, entry in sorted(order, key=lambda item: item[0])),
        )
    except Declined:
        return None


def _element_child(var: XmlVar, field: str, many: bool) -> _Child:
    kind = _single_type(var)
    if var.clazz is None or var.qname.startswith("{") or var.mixed or var.any_type:
        raise Declined
    return _Child(field, var.qname, kind, many)


def read(context: XmlContext, element: Element, cls: type) -> Any:
    """``element`` (its tag already checked) as an instance of ``cls``; Declined when not covered."""
    plan = _plan(context, cls)
    if plan is None:
        raise Declined
    values: dict[str, Any] = {}
    extra: dict[str, str] = {}
    for name, raw in element.attrib.items():
        attribute = plan.attributes.get(name)
        if attribute is None:
            if name.startswith("{") or plan.any_attributes is None:
                raise Declined
            extra[name] = raw
        elif attribute.init:
            values[attribute.field] = attribute.read(raw)
        elif raw != attribute.default:
            raise Declined
    if extra:
        values[plan.any_attributes] = extra  # type: ignore[index]
    if plan.text is not None:
        if element.text is None:
            raise Declined
        values[plan.text[0]] = plan.text[1](element.text)
    elif element.text is not None and not element.text.isspace():
        raise Declined
    for child in element:
        if child.tail is not None and not child.tail.isspace():
            raise Declined
        entry = plan.children.get(child.tag)
        if entry is None:
            raise Declined
        value = read(context, child, entry.cls)
        if entry.many:
            values.setdefault(entry.field, []).append(value)
        elif entry.field in values:
            raise Declined
        else:
            values[entry.field] = value
    try:
        return cls(**values)
    except TypeError:  # a required field missing
        raise Declined from None


def write(context: XmlContext, obj: Any) -> str:
    """``obj`` as xsdata's lxml writer writes it (undeclared attributes left out); Declined when not
    covered."""
    plan = _plan(context, type(obj))
    if plan is None:
        raise Declined
    out: list[str] = []
    _write(context, obj, plan, context.build(type(obj)).qname, out)
    text = "".join(out)
    if _NOT_XML.search(text):
        raise Declined
    return text


def _write(context: XmlContext, obj: Any, plan: _Plan, tag: str, out: list[str]) -> None:
    out.append(f"<{tag}")
    for attribute in plan.attributes.values():
        value = getattr(obj, attribute.field)
        if value is None:
            continue
        out.append(f' {attribute.qname}="{attribute.write(value).translate(_ATTRIBUTE_ESCAPES)}"')
    start = len(out)
    out.append(">")
    for field, entry in plan.content:
        value = getattr(obj, field)
        if entry is None:  # the text value
            if value is not None:
                out.append(plan.text[2](value).translate(_TEXT_ESCAPES))  # type: ignore[index]
            continue
        if value is None:
            continue
        many = type(value) is list
        if many != (isinstance(entry, dict) or entry.many):
            raise Declined
        for item in value if many else (value,):
            child = entry.get(type(item)) if type(entry) is dict else entry
            if not isinstance(child, _Child) or type(item) is not child.cls:
                raise Declined  # a subclass (xsdata adds xsi:type) or a value of no declared choice
            child_plan = _plan(context, child.cls)
            if child_plan is None:
                raise Declined
            _write(context, item, child_plan, child.qname, out)
    if len(out) == start + 1 or all(not part for part in out[start + 1 :]):
        del out[start:]
        out.append("/>")
    else:
        out.append(f"</{tag}>")
