"""IOVOX's failure body: ``<errors><error status="400">…</error>…</errors>``, or a bare ``<error>``."""

from __future__ import annotations

from dataclasses import dataclass

from commspec._xml_safe import DEFAULT_MAX_BYTES, XmlRefusedError, secure_parse
from commspec.errors import ResponseFormatError

__all__ = ["IovoxErrorEntry", "read_errors"]


@dataclass(frozen=True, slots=True)
class IovoxErrorEntry:
    """One ``<error status="…">message</error>``; ``status`` is None when absent or not an integer."""

    status: int | None
    message: str


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


def _int_or_none(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None
