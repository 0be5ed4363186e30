"""IOVOX: typed call flow XML I/O (the client is added on top of these mechanisms)."""

from commspec.iovox._xml import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_DEPTH,
    IovoxErrorEntry,
    XmlRefusedError,
    call_flow_schema,
    parse_xml,
    read_errors,
    schema_errors,
    secure_parse,
    to_xml,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_DEPTH",
    "IovoxErrorEntry",
    "XmlRefusedError",
    "call_flow_schema",
    "parse_xml",
    "read_errors",
    "schema_errors",
    "secure_parse",
    "to_xml",
]
