"""Parts of commspec that need an extra: a clear error naming the extra when it is not installed.

The XML stack (IOVOX's call flows: typed classes, XSD validation, hardened parsing) is the ``iovox``
extra; the clients of the JSON APIs and their mock need none of it.
"""

from __future__ import annotations

import importlib.util

XML_EXTRA = "iovox"
XML_STACK = ("defusedxml", "lxml", "xmlschema", "elementpath", "xsdata")


class MissingExtraError(ImportError):
    """A part of commspec whose dependencies are an extra that is not installed."""


def require(extra: str, modules: tuple[str, ...]) -> None:
    """Return when every module of ``extra`` can be imported, else raise ``MissingExtraError`` naming
    the extra to install."""
    missing = [name for name in modules if importlib.util.find_spec(name) is None]
    if missing:
        raise MissingExtraError(
            f"{', '.join(missing)} not installed: this part of commspec needs the {extra!r} extra, "
            f"pip install 'commspec[{extra}]'",
            name=missing[0],
        )


def require_xml_stack() -> None:
    require(XML_EXTRA, XML_STACK)
