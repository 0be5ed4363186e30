"""The call flow language's XSD (specs/iovox/callflow.xsd, shipped with its generated bindings)."""

from __future__ import annotations

from typing import TYPE_CHECKING
from xml.etree.ElementTree import Element

from commspec._xml_schema import Xsd
from commspec.errors import FieldError

if TYPE_CHECKING:
    import xmlschema

__all__ = ["CALL_FLOW_XSD", "call_flow_schema", "schema_errors"]

# Where generator/xsd.py ships it, named without importing the classes (see commspec.iovox).
CALL_FLOW_XSD = Xsd("commspec_generated.iovox_callflow_xml", "callflow.xsd")


def call_flow_schema() -> xmlschema.XMLSchema11:
    """The compiled call flow XSD (XSD 1.1 for its one xs:assert), built once per process."""
    return CALL_FLOW_XSD.reference()


def schema_errors(document: bytes | Element) -> list[FieldError]:
    """Every XSD violation as FieldErrors, with paths like ``request/callFlow/call[1]@record``."""
    return CALL_FLOW_XSD.errors(document)
