"""The public API, found by importing the public modules and introspecting what they export.

Independent of how models are implemented: pydantic models, dataclasses, attrs classes and TypedDicts
all become fields (name, type, default or required). Everything a signature or field names that is
commspec's own but not exported is reported too ("reached"), since users receive or pass it.
"""

from __future__ import annotations

import dataclasses
import enum
import importlib
import importlib.util
import inspect
import re
import sys
import typing
from collections.abc import Callable, Iterator
from functools import cached_property
from typing import Any, ForwardRef

from generator.api_format import (
    KEYWORD,
    POSITIONAL,
    POSITIONAL_ONLY,
    VAR_KEYWORD,
    VAR_POSITIONAL,
    Entry,
    EnumValue,
    Field,
    Member,
    Method,
    Param,
)
from generator.api_types import OWN_PACKAGES, Namer, is_own

# What users import (ARCHITECTURE.md §2) besides the vendor packages, which are found from the specs
# (`vendor_modules`); `<module>.types` too, when a module has one.
MECHANISM_MODULES = ("commspec.errors", "commspec.mock", "commspec.testing")
# Dunder methods that are part of what a user can do with an object.
PROTOCOL = frozenset(
    {
        "__aenter__",
        "__aexit__",
        "__aiter__",
        "__anext__",
        "__call__",
        "__contains__",
        "__delitem__",
        "__enter__",
        "__exit__",
        "__getitem__",
        "__iter__",
        "__len__",
        "__next__",
        "__setitem__",
    }
)
_KINDS = {
    inspect.Parameter.POSITIONAL_ONLY: POSITIONAL_ONLY,
    inspect.Parameter.POSITIONAL_OR_KEYWORD: POSITIONAL,
    inspect.Parameter.VAR_POSITIONAL: VAR_POSITIONAL,
    inspect.Parameter.KEYWORD_ONLY: KEYWORD,
    inspect.Parameter.VAR_KEYWORD: VAR_KEYWORD,
}


def vendor_modules() -> list[str]:
    """``commspec.<vendor>`` for every vendor of the generated specs that has a package."""
    from commspec.mock._specs import vendors

    return [name for vendor in vendors() if importlib.util.find_spec(name := f"commspec.{vendor}")]


def public_modules() -> list[str]:
    found: list[str] = []
    for name in sorted((*MECHANISM_MODULES, *vendor_modules())):
        found.append(name)
        is_package = hasattr(importlib.import_module(name), "__path__")
        if is_package and importlib.util.find_spec(f"{name}.types") is not None:
            found.append(f"{name}.types")
    return found


def exports(module_name: str) -> list[tuple[str, object]]:
    module = importlib.import_module(module_name)
    names = getattr(module, "__all__", None)
    if names is None:
        names = [n for n, v in vars(module).items() if not n.startswith("_") and _defined_in_own(v)]
    return [(name, getattr(module, name)) for name in sorted(names)]


def _defined_in_own(value: object) -> bool:
    module = getattr(value, "__module__", None)
    return isinstance(module, str) and module.partition(".")[0] in OWN_PACKAGES


# ----------------------------------------------------------------------------------------- annotations


class Resolver:
    """Evaluates string annotations as typing.get_type_hints would, in the module's globals completed
    with the classes of its package (names imported only under TYPE_CHECKING, as openapi-python-client's
    models do, resolve there). What cannot be evaluated stays a string."""

    def __init__(self) -> None:
        self._namespaces: dict[str, dict[str, Any]] = {}

    def __call__(self, annotation: object, module_name: str) -> object:
        if isinstance(annotation, ForwardRef):
            annotation = annotation.__forward_arg__
        if not isinstance(annotation, str):
            return annotation
        try:
            return eval(annotation, self._namespace(module_name))  # noqa: S307 - our modules' annotations
        except Exception:
            return annotation

    def _namespace(self, module_name: str) -> dict[str, Any]:
        if module_name not in self._namespaces:
            package = ".".join(module_name.split(".")[:2])
            merged: dict[str, Any] = {}
            for name in sorted(sys.modules):
                if name == package or name.startswith(package + "."):
                    for attr, value in vars(sys.modules[name]).items():
                        if not attr.startswith("_") and (
                            isinstance(value, type) or typing.get_origin(value) is not None
                        ):
                            merged.setdefault(attr, value)
            module = sys.modules.get(module_name)
            self._namespaces[module_name] = {**merged, **(vars(module) if module else {})}
        return self._namespaces[module_name]


# --------------------------------------------------------------------------------------------- classes


def is_model(cls: type) -> bool:
    return (
        isinstance(getattr(cls, "model_fields", None), dict)  # pydantic
        or hasattr(cls, "__attrs_attrs__")
        or dataclasses.is_dataclass(cls)
        or typing.is_typeddict(cls)
    )


class Describer:
    def __init__(self, namer: Namer, exported: frozenset[type] = frozenset()) -> None:
        self.namer = namer
        self.exported = exported
        self.resolve = Resolver()

    def _is_resource(self, value: object) -> bool:
        """A client attribute whose methods are the API (`client.flows`), listed inline as
        `flows.update`; an exported class is an entry of its own instead (`auth: IamTokenAuth`)."""
        return (
            isinstance(value, type)
            and is_own(value)
            and value not in self.exported
            and not (is_model(value) or issubclass(value, enum.Enum | BaseException))
        )

    def entry(self, module: str | None, name: str, value: object) -> Entry:
        if isinstance(value, type):
            return Entry(module, name, "class", self._bases(value), self._class_members(value, module))
        if inspect.isroutine(value):
            return Entry(module, name, "function", (), (self._method(name, value, drop_self=False),))
        return Entry(module, name, "constant", (), (self._constant(name, value),))

    def _bases(self, cls: type) -> tuple[str, ...]:
        """What a user relies on: an enum's or exception's bases, TypedDict, type parameters."""
        if typing.is_typeddict(cls):
            return ("TypedDict",)
        if issubclass(cls, enum.Enum | BaseException):
            return tuple(self.namer.class_name(base) for base in cls.__bases__)
        parameters = getattr(cls, "__parameters__", ())
        return (f"Generic[{', '.join(self.namer.type(p) for p in parameters)}]",) if parameters else ()

    def _constant(self, name: str, value: object) -> Field:
        if typing.get_origin(value) is not None:  # a type alias
            return Field(name, "TypeAlias", self.namer.type(value))
        return Field(name, self.namer.class_name(type(value)), self.namer.value(value))

    def _class_members(self, cls: type, module: str | None) -> tuple[Member, ...]:
        fields = self._fields(cls)
        members: list[Member] = []
        if module is not None and not is_model(cls) and not issubclass(cls, enum.Enum):
            init = _own_definition(cls, "__init__")
            if init is not None:
                members.append(self._method("__init__", init, drop_self=True, returns=False))
        members += sorted(fields, key=lambda f: f.name)
        members += sorted(self._attributes(cls, "", {f.name for f in fields}, ()), key=_member_order)
        if issubclass(cls, enum.Enum):
            members += [EnumValue(n, self.namer.value(m.value)) for n, m in cls.__members__.items()]
        return tuple(members)

    def _fields(self, cls: type) -> list[Field]:
        module = cls.__module__
        if isinstance(getattr(cls, "model_fields", None), dict):  # pydantic
            return [
                Field(
                    name,
                    self.namer.type(self.resolve(info.annotation, module)),
                    None if info.is_required() else self._default(info.default, info.default_factory),
                )
                for name, info in cls.model_fields.items()  # type: ignore[attr-defined]
            ]
        if hasattr(cls, "__attrs_attrs__"):
            return [
                Field(a.name, self._annotation(a.type, module), self._attrs_default(a.default))
                for a in cls.__attrs_attrs__
                if not a.name.startswith("_")
            ]
        if dataclasses.is_dataclass(cls):
            return [
                Field(f.name, self._annotation(f.type, module), self._dataclass_default(f))
                for f in dataclasses.fields(cls)
                if not f.name.startswith("_")
            ]
        if typing.is_typeddict(cls):
            return [self._typed_dict_key(cls, name, hint) for name, hint in self._annotations(cls)]
        return []

    def _annotations(self, cls: type) -> Iterator[tuple[str, object]]:
        """Annotated class attributes of commspec's classes in the MRO, resolved, most derived first."""
        for klass in [k for k in cls.__mro__ if is_own(k)]:
            for name, hint in vars(klass).get("__annotations__", {}).items():
                yield name, self.resolve(hint, klass.__module__)

    def _typed_dict_key(self, cls: type, name: str, hint: object) -> Field:
        """An optional key has an elided default (`= ...`). Python 3.11 misses `NotRequired` written
        in a string annotation, so the resolved wrapper decides first."""
        wrapper = typing.get_origin(hint)
        if wrapper in (typing.Required, typing.NotRequired):
            required = wrapper is typing.Required
            hint = typing.get_args(hint)[0]
        else:
            required = name in cls.__required_keys__  # type: ignore[attr-defined]
        return Field(name, self.namer.type(hint), None if required else "...")

    def _annotation(self, annotation: object, module: str) -> str:
        return "Any" if annotation is None else self.namer.type(self.resolve(annotation, module))

    def _default(self, default: object, factory: Callable[[], object] | None) -> str:
        if factory is not None:
            return f"{self.namer.value(factory)}()"
        return self.namer.value(default)

    def _attrs_default(self, default: object) -> str | None:
        if type(default).__name__ == "_Nothing":  # attrs.NOTHING
            return None
        factory = getattr(default, "factory", None)
        return self._default(default, factory if callable(factory) else None)

    def _dataclass_default(self, field: dataclasses.Field[Any]) -> str | None:
        if field.default is not dataclasses.MISSING:
            return self.namer.value(field.default)
        if field.default_factory is not dataclasses.MISSING:
            return self._default(None, field.default_factory)
        return None

    def _attributes(
        self, cls: type, prefix: str, skip: set[str], stack: tuple[type, ...]
    ) -> Iterator[Member]:
        """Methods, properties and annotated attributes defined by commspec's classes in the MRO;
        resources (`flows: Flows`, or a property returning one) expanded into their own members,
        prefixed."""
        seen = set(skip)
        for klass in [k for k in cls.__mro__ if is_own(k)]:
            for name, attr in vars(klass).items():
                if name in seen or (name.startswith("_") and name not in PROTOCOL):
                    continue
                resource = self._resource_property(attr)
                if resource is not None and resource not in stack:  # `flows` as a property
                    seen.add(name)
                    yield from self._attributes(resource, f"{prefix}{name}.", set(), (*stack, cls))
                    continue
                member = self._attribute(prefix + name, attr)
                if member is not None:
                    seen.add(name)
                    yield member
        if is_model(cls) or issubclass(cls, enum.Enum):
            return
        for name, hint in self._annotations(cls):
            if name in seen or name.startswith("_"):
                continue
            seen.add(name)
            if self._is_resource(hint) and hint not in stack:
                assert isinstance(hint, type)
                yield from self._attributes(hint, f"{prefix}{name}.", set(), (*stack, cls))
            else:
                has_default = hasattr(cls, name)
                default = self.namer.value(getattr(cls, name)) if has_default else None
                yield Field(prefix + name, self.namer.type(hint), default)

    def _resource_property(self, attr: object) -> type | None:
        """The resource class a property returns (the generated clients' `flows`), else None."""
        if not isinstance(attr, property) or attr.fget is None:
            return None
        resource_bases = importlib.import_module("commspec._resource")  # the package being described
        returns = inspect.signature(attr.fget).return_annotation
        if returns is inspect.Signature.empty:
            return None
        resolved = self.resolve(returns, attr.fget.__module__)
        bases = (resource_bases.SyncResource, resource_bases.AsyncResource)
        return resolved if isinstance(resolved, type) and issubclass(resolved, bases) else None

    def _attribute(self, name: str, attr: object) -> Member | None:
        if isinstance(attr, property | cached_property):
            getter = attr.fget if isinstance(attr, property) else attr.func
            returns = inspect.signature(getter).return_annotation if getter else inspect.Signature.empty
            module = getattr(getter, "__module__", "")
            kind = (
                None if returns is inspect.Signature.empty else self.namer.type(self.resolve(returns, module))
            )
            return Field(name, kind, None, read_only=True)
        if isinstance(attr, staticmethod):
            return self._method(name, attr.__func__, drop_self=False)
        if isinstance(attr, classmethod):
            return self._method(name, attr.__func__, drop_self=True)
        if inspect.isfunction(attr):
            return self._method(name, attr, drop_self=True)
        return None  # nested classes, constants without annotation, slots

    def _method(self, name: str, func: Any, *, drop_self: bool, returns: bool = True) -> Method:
        module = inspect.unwrap(func).__module__
        signature = inspect.signature(func)
        params = list(signature.parameters.values())[1 if drop_self else 0 :]
        result = signature.return_annotation
        annotated = returns and result is not inspect.Signature.empty
        return Method(
            name,
            tuple(self._param(p, module) for p in params),
            self.namer.type(self.resolve(result, module)) if annotated else None,
            inspect.iscoroutinefunction(func) or inspect.isasyncgenfunction(func),
            _summary(func),
        )

    def _param(self, param: inspect.Parameter, module: str) -> Param:
        annotated = param.annotation is not param.empty
        annotation = self.namer.type(self.resolve(param.annotation, module)) if annotated else None
        default = None if param.default is param.empty else self.namer.value(param.default)
        return Param(param.name, _KINDS[param.kind], annotation, default)


def _summary(func: Any) -> str:
    """The first sentence of the function's own docstring (a generated method's: the spec's summary)."""
    doc = inspect.getdoc(func) if getattr(func, "__doc__", None) else None
    paragraph = " ".join(line.strip() for line in (doc or "").strip().split("\n\n")[0].splitlines())
    sentence = re.match(r"(.+?[.:])(?:\s|$)", paragraph)
    return sentence[1] if sentence else paragraph


def _member_order(member: Member) -> tuple[int, str]:
    return (0 if isinstance(member, Field) else 1, member.name)


def _own_definition(cls: type, name: str) -> Any:
    """`name` as defined by the first class of the MRO that defines it, if that class is commspec's."""
    for klass in cls.__mro__:
        if name in vars(klass):
            return vars(klass)[name] if is_own(klass) else None
    return None
