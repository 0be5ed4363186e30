"""``multipart/form-data`` request bodies: file parts taken as bytes or a binary file object, with a name.

An operation whose spec declares a multipart body lists its file parts and their size rules
(``Operation.files``). ``read_files`` turns each argument into an ``UploadFile`` (reading a file object
at most one byte past the rule, so a huge file is refused without being read whole) and reports every
broken rule by field before anything is sent; ``encode_multipart`` writes the parts (RFC 7578).
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from typing import IO, Any, TypeAlias

from commspec.errors import FieldError

MULTIPART = "multipart/form-data"
DEFAULT_CONTENT_TYPE = "application/octet-stream"

# What a file argument accepts: the content, a binary file object (read from where it stands), or either
# with the file name to send: ``("licence.png", data)``.
FileContent: TypeAlias = bytes | bytearray | memoryview | IO[bytes]
FileInput: TypeAlias = FileContent | tuple[str, FileContent]


@dataclass(frozen=True, slots=True)
class UploadFile:
    filename: str
    content: bytes
    content_type: str = DEFAULT_CONTENT_TYPE

    def __repr__(self) -> str:  # the content may be private (a licence scan): never in a repr
        return f"UploadFile(filename={self.filename!r}, size={len(self.content)})"


def read_files(
    files: Mapping[str, Mapping[str, int]], body: Mapping[str, Any]
) -> tuple[dict[str, UploadFile], list[FieldError]]:
    """Each file part of ``body`` read and checked against its rules; the errors name field and rule."""
    out: dict[str, UploadFile] = {}
    errors: list[FieldError] = []
    for field, rules in files.items():
        value = body.get(field)
        if value is None:
            errors.append(FieldError(field, "missing", "required: a file (bytes or a binary file object)"))
            continue
        name, content = value if isinstance(value, tuple) and len(value) == 2 else (None, value)
        if name is not None and (not isinstance(name, str) or not name or _unsafe(name)):
            errors.append(
                FieldError(
                    field, "filename", "the file name must be non-empty text without CR, LF, NUL or quotes"
                )
            )
            continue
        max_bytes = rules.get("max_bytes")
        data = _content(content, max_bytes)
        if data is None:
            errors.append(
                FieldError(field, "type", "must be bytes or a binary file object (opened with 'rb')")
            )
            continue
        if max_bytes is not None and len(data) > max_bytes:
            errors.append(FieldError(field, "max_bytes", f"at most {max_bytes} bytes"))
            continue
        if len(data) < rules.get("min_bytes", 0):
            errors.append(FieldError(field, "min_bytes", f"at least {rules['min_bytes']} byte(s)"))
            continue
        if name is None:
            path = getattr(content, "name", None)
            name = os.path.basename(path) if isinstance(path, str) and path else field
            if _unsafe(name):
                name = field
        out[field] = UploadFile(name, data)
    return out, errors


def _content(value: Any, max_bytes: int | None) -> bytes | None:
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value)
    read = getattr(value, "read", None)
    if read is None or isinstance(value, str):
        return None
    data = read(-1 if max_bytes is None else max_bytes + 1)  # one byte past the rule shows it broken
    return bytes(data) if isinstance(data, bytes | bytearray) else None


def _unsafe(name: str) -> bool:
    return any(c in name for c in '\r\n"\\\x00')


def encode_multipart(body: Mapping[str, Any], boundary: str | None = None) -> tuple[bytes, str]:
    """The parts as ``multipart/form-data`` with a fresh random boundary (unless one is given); files as
    read by ``read_files``, any other value as a UTF-8 text part."""
    boundary = boundary or "commspec" + secrets.token_hex(16)
    chunks: list[bytes] = []
    for name, value in body.items():
        head = f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"'
        if isinstance(value, UploadFile):
            head += f'; filename="{value.filename}"\r\nContent-Type: {value.content_type}\r\n\r\n'
            chunks += [head.encode("utf-8"), value.content, b"\r\n"]
        else:
            chunks += [f"{head}\r\n\r\n".encode(), str(value).encode("utf-8"), b"\r\n"]
    chunks.append(f"--{boundary}--\r\n".encode())
    return b"".join(chunks), f"{MULTIPART}; boundary={boundary}"
