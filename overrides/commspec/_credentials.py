"""Credentials checked when a client is built, named in the error, never echoed.

A newline left by ``open(path).read()``, a byte-order mark, a stray space or a non-ASCII character in a
header value would otherwise surface at the first request: as a rejected signature, or as an httpx
error that quotes the value (into exception text and httpcore's debug log). What a credential may
contain depends on where it travels: an HTTP header carries ASCII only; a value hashed or sent in a
JSON body may be any text, but never control characters.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from commspec.errors import ConfigurationError

# Control (newline, NUL, DEL), invisible formatting (byte-order mark, zero-width space), line and
# paragraph separators, and lone surrogates (not encodable): never part of a real credential.
_REFUSED_CATEGORIES = {
    "Cc": "a control character",
    "Cf": "an invisible formatting character",
    "Zl": "a line separator",
    "Zp": "a paragraph separator",
    "Cs": "a lone surrogate",
}
_HINTS = {
    "\n": ": a line read from a file keeps its newline, strip it",
    "\r": ": a line read from a file keeps its newline, strip it",
    "\ufeff": ": a byte-order mark, read the file with encoding='utf-8-sig'",
}


@dataclass(frozen=True, slots=True)
class Credential:
    """One credential: its argument name, its environment variable, and where it travels."""

    argument: str
    variable: str | None = None  # the environment variable read when the argument is not given
    header: bool = False  # sent as an HTTP header value: ASCII only
    spaces_around: bool = False  # a password may start or end with a space; a vendor-issued key may not

    def check(self, value: object, *, argument: str | None = None) -> str:
        """``value`` if it can be sent as it is, else ``ConfigurationError`` naming the argument and the
        rule (the value itself is never part of the message: it is a secret)."""
        name = argument or self.argument
        if not isinstance(value, str):
            raise ConfigurationError(name, f"must be a str, got {type(value).__name__}")
        if not value:
            raise ConfigurationError(name, "must not be empty")
        for char in value:
            what = _REFUSED_CATEGORIES.get(unicodedata.category(char))
            if what is not None:
                hint = _HINTS.get(char, "")
                raise ConfigurationError(name, f"contains {what} (U+{ord(char):04X}){hint}")
        if not self.spaces_around and value.strip() != value:
            raise ConfigurationError(name, "starts or ends with whitespace")
        if self.header and not value.isascii():
            raise ConfigurationError(name, "contains a non-ASCII character, which HTTP headers cannot carry")
        return value

    def resolve(self, value: str | None, environ: Mapping[str, str] | None = None) -> str:
        """The argument when given (``None``: not given), else the environment variable; checked."""
        if value is not None or self.variable is None:
            return self.check(value)
        found = (os.environ if environ is None else environ).get(self.variable)
        if found is None:
            raise ConfigurationError(
                self.argument, f"is required: pass {self.argument}= or set {self.variable}"
            )
        return self.check(found, argument=f"{self.argument} (from environment variable {self.variable})")
