"""Annotations and default values as short, deterministic strings for the API report.

Types are rendered from the objects (not from the source text), so `X | Unset`, `Optional[X]` and
`Union[X, None]` read the same way whatever the generator emits, and module paths never leak:
commspec's own classes go by their name, the standard library's by name, third parties' by their public
module (`httpx.Client`, not `httpx._client.Client`).
"""

from __future__ import annotations

import enum
import re
import sys
import types
import typing
from collections.abc import Mapping
from typing import Any, ForwardRef, Literal, TypeVar

OWN_PACKAGES = frozenset({"commspec", "commspec_generated"})

# Own module paths and typing prefixes inside annotations that stayed strings (unresolvable names).
_OWN_PATH = re.compile(r"\b(?:commspec_generated|commspec)(?:\.[a-z_][a-z0-9_]*)*\.(?=\w)")
_STDLIB_PATH = re.compile(r"\b(?:typing_extensions|typing|collections\.abc|builtins)\.(?=\w)")
_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


def is_own(cls: type) -> bool:
    return cls.__module__.partition(".")[0] in OWN_PACKAGES


def normalise(text: str) -> str:
    return _STDLIB_PATH.sub("", _OWN_PATH.sub("", text))


def _public_path(module: str, name: str) -> str:
    """`httpx.Client` rather than `httpx._client.Client`: the module path up to its first private part."""
    public: list[str] = []
    for part in module.split("."):
        if part.startswith("_"):
            break
        public.append(part)
    return ".".join([*public, name])


class Namer:
    """Renders types and values; own classes by the names chosen for the report (default: qualname).

    Every own class it names is recorded in `seen`, so the caller learns what a signature reaches.
    """

    def __init__(self, names: Mapping[type, str] | None = None) -> None:
        self.names = dict(names or {})
        self.seen: dict[type, None] = {}

    def class_name(self, cls: type) -> str:
        if cls is type(None):
            return "None"
        if is_own(cls):
            self.seen.setdefault(cls, None)
            return self.names.get(cls, cls.__qualname__)
        qualname: str = cls.__qualname__
        top = cls.__module__.partition(".")[0]
        if top == "builtins" or top in sys.stdlib_module_names:
            if getattr(sys.modules.get(cls.__module__), qualname, None) is not cls:
                # `traceback` is importable only as types.TracebackType
                found = [name for name, v in sorted(vars(types).items()) if v is cls]
                return found[0] if found else qualname
            return qualname
        return _public_path(cls.__module__, qualname)

    def type(self, annotation: object) -> str:
        if annotation is None or annotation is type(None):
            return "None"
        if annotation is Ellipsis:
            return "..."
        if isinstance(annotation, str):
            return normalise(annotation)
        if isinstance(annotation, ForwardRef):
            return normalise(annotation.__forward_arg__)
        if isinstance(annotation, TypeVar):
            return annotation.__name__
        if isinstance(annotation, list):  # Callable's parameter list
            return "[" + ", ".join(self.type(a) for a in annotation) + "]"
        origin = typing.get_origin(annotation)
        args = typing.get_args(annotation)
        if origin is typing.Union or origin is types.UnionType:
            return " | ".join(self.type(a) for a in args)
        if origin is Literal:
            return "Literal[" + ", ".join(self.value(a) for a in args) + "]"
        if origin is typing.Annotated:
            return self.type(args[0])
        if origin is not None:
            base = self.class_name(origin) if isinstance(origin, type) else self._special(origin)
            if base == "tuple" and args == ():
                return "tuple[()]"
            return f"{base}[{', '.join(self.type(a) for a in args)}]" if args else base
        if isinstance(annotation, type):
            return self.class_name(annotation)
        return self._special(annotation)

    def _special(self, form: object) -> str:
        """typing's special forms (`Any`, `Self`, `ClassVar`...) and anything else, by its repr."""
        return normalise(_ADDRESS.sub("", repr(form)))

    def value(self, value: object) -> str:
        if value is None or isinstance(value, bool | int | float | str | bytes):
            return repr(value)
        if isinstance(value, enum.Enum):
            return f"{self.class_name(type(value))}.{value.name}"
        if isinstance(value, type):
            return self.class_name(value)
        if isinstance(value, list | tuple):
            items = ", ".join(self.value(v) for v in value)
            if isinstance(value, list):
                return f"[{items}]"
            return f"({items},)" if len(value) == 1 else f"({items})"
        if isinstance(value, frozenset | set):  # sorted: a set's order depends on the hash seed
            items = ", ".join(sorted(self.value(v) for v in value))
            return f"{type(value).__name__}({{{items}}})" if value else f"{type(value).__name__}()"
        if isinstance(value, dict):
            return "{" + ", ".join(f"{self.value(k)}: {self.value(v)}" for k, v in value.items()) + "}"
        qualname = getattr(value, "__qualname__", None)
        if callable(value) and isinstance(qualname, str):
            module = getattr(value, "__module__", None) or "builtins"
            own = module.partition(".")[0] in OWN_PACKAGES or module == "builtins"
            return qualname if own else _public_path(module, qualname)
        text = repr(value)
        if _ADDRESS.search(text):  # an identity-based repr: never the same twice
            return self._singleton(value) or f"<{self.class_name(type(value))}>"
        return normalise(text)

    def _singleton(self, value: object) -> str | None:
        """A sentinel such as `UNSET` by the module-level name it is bound to."""
        module = sys.modules.get(type(value).__module__)
        names: dict[str, Any] = vars(module) if module else {}
        for name in sorted(names):
            if names[name] is value and not name.startswith("_"):
                return name
        return None
