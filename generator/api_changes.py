"""What changed between two API reports, each change marked breaking or not.

Breaking: whatever makes a call or a read that worked before fail (at run time or under a type
checker): a removed or renamed entry, method, parameter, field or enum member; a parameter that became
required, keyword-only, positional-only or moved; a parameter type that no longer accepts what it
accepted (narrowed); a return or property type that may now yield something new (widened); a model
field whose type changed either way (fields are both passed and read); a new required parameter or
model field. Additions and relaxations are not breaking.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

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
    Report,
    split_top,
)

# Generic types whose every argument is covariant (Mapping: its value only), for widening checks.
_COVARIANT = frozenset(
    {
        "AbstractSet",
        "AsyncIterable",
        "AsyncIterator",
        "Awaitable",
        "Collection",
        "Iterable",
        "Iterator",
        "Reversible",
        "Sequence",
        "frozenset",
        "tuple",
        "type",
    }
)
_POSITIONAL_KINDS = (POSITIONAL_ONLY, POSITIONAL)
_SHORT = 100  # characters of `old -> new` shown in full


@dataclass(frozen=True)
class Change:
    path: str  # `commspec.itnio.ItnioClient.flows.update`
    message: str
    breaking: bool


def format_changes(changes: Sequence[Change], report: str) -> str:
    if not changes:
        return f"{report}: public API unchanged"
    breaking = sum(c.breaking for c in changes)
    lines = [f"{report}: {len(changes)} public API change(s), {breaking} breaking"]
    lines += [f"  {'BREAKING' if c.breaking else '':8}  {c.path}: {c.message}" for c in changes]
    return "\n".join(lines)


def compare(old: Report, new: Report) -> list[Change]:
    old_by = {e.key: e for e in old.entries}
    new_by = {e.key: e for e in new.entries}
    added = [k for k in new_by if k not in old_by]
    moved: dict[str, str] = {}
    for key, entry in old_by.items():
        if key in new_by:
            continue
        same = [k for k in added if (new_by[k].name, new_by[k].kind) == (entry.name, entry.kind)]
        if len(same) == 1 and same[0] not in moved.values():
            moved[key] = same[0]
    changes: list[Change] = []
    for key, entry in old_by.items():
        if key in new_by:
            changes += _entry(key, entry, new_by[key])
        elif key in moved:
            changes += _moved(entry, new_by[moved[key]])
            changes += _entry(moved[key], entry, new_by[moved[key]])
        else:
            changes.append(Change(key, f"{entry.kind} removed", True))
    for key in added:
        if key not in moved.values():
            changes.append(Change(key, f"{new_by[key].kind} added", False))
    return changes


def _moved(old: Entry, new: Entry) -> Iterator[Change]:
    if new.module is None:
        yield Change(old.key, f"no longer importable from {old.module}", True)
    elif old.module is None:
        yield Change(new.key, f"now importable from {new.module}", False)
    else:
        yield Change(new.key, f"moved from {old.module} (no longer importable there)", True)


def _entry(key: str, old: Entry, new: Entry) -> Iterator[Change]:
    if old.kind != new.kind:
        yield Change(key, f"was a {old.kind}, now a {new.kind}", True)
        return
    for base in old.bases:
        if base not in new.bases:
            yield Change(key, f"no longer derives from {base}", True)
    for base in new.bases:
        if base not in old.bases:
            yield Change(key, f"now derives from {base}", False)
    old_members = {m.name: m for m in old.members}
    new_members = {m.name: m for m in new.members}
    role = "constant" if new.kind == "constant" else "attribute" if "__init__" in new_members else "model"
    renamed: dict[str, str] = {}
    for name, member in old_members.items():
        path = key if old.kind != "class" else f"{key}.{name}"
        if name in new_members:
            yield from _member(path, member, new_members[name], role)
            continue
        twin = [
            n
            for n, m in new_members.items()
            if n not in old_members and n not in renamed.values() and _same_shape(member, m)
        ]
        if isinstance(member, Method) and len(twin) == 1:
            renamed[name] = twin[0]
            yield Change(path, f"renamed to {twin[0]}", True)
        else:
            yield Change(path, f"{_what(member)} removed", True)
    for name, member in new_members.items():
        if name in old_members or name in renamed.values():
            continue
        required = isinstance(member, Field) and member.default is None and not member.read_only
        if isinstance(member, Field) and required and role == "model":  # fields: the constructor's params
            yield Change(f"{key}.{name}", f"new required field `{_field_text(member)}`", True)
        else:
            yield Change(f"{key}.{name}", f"{_what(member)} added", False)


def _same_shape(old: Member, new: Member) -> bool:
    return (
        isinstance(old, Method)
        and isinstance(new, Method)
        and (old.params, old.returns, old.is_async) == (new.params, new.returns, new.is_async)
    )


def _what(member: Member) -> str:
    if isinstance(member, Method):
        return "method"
    if isinstance(member, EnumValue):
        return "enum member"
    return "property" if member.read_only else "field"


def _field_text(field: Field) -> str:
    return f"{field.name}: {field.type}" + (f" = {field.default}" if field.default is not None else "")


def _member(path: str, old: Member, new: Member, role: str) -> Iterator[Change]:
    if type(old) is not type(new):
        yield Change(path, f"was a {_what(old)}, now a {_what(new)}", True)
    elif isinstance(old, Method) and isinstance(new, Method):
        yield from _method(path, old, new)
    elif isinstance(old, Field) and isinstance(new, Field):
        yield from _field(path, old, new, role)
    elif isinstance(old, EnumValue) and isinstance(new, EnumValue) and old.value != new.value:
        yield Change(path, f"value {old.value} -> {new.value}", True)


def _method(path: str, old: Method, new: Method) -> Iterator[Change]:
    if old.is_async != new.is_async:
        yield Change(path, "now a coroutine (async)" if new.is_async else "no longer a coroutine", True)
    yield from _params(path, old.params, new.params)
    relation = _relation(old.returns or "Any", new.returns or "Any")
    if relation != "same":
        message = f"return type {relation}: {_type_change(old.returns, new.returns)}"
        yield Change(path, message, relation != "narrowed")


def _field(path: str, old: Field, new: Field, role: str) -> Iterator[Change]:
    if old.read_only != new.read_only:
        yield Change(path, "now read-only" if new.read_only else "now settable", new.read_only)
    if old.type == "TypeAlias" and new.type == "TypeAlias":  # the alias's value is the type
        relation = _relation(old.default or "Any", new.default or "Any")
        if relation != "same":
            message = f"alias {relation}: {_type_change(old.default, new.default)}"
            yield Change(path, message, relation != "widened")
        return
    relation = _relation(old.type or "Any", new.type or "Any")
    if relation != "same":
        # A model field is passed and read: any change breaks one side. Other fields are only read.
        breaking = relation != "narrowed" or (role == "model" and not new.read_only)
        yield Change(path, f"type {relation}: {_type_change(old.type, new.type)}", breaking)
    if old.default == new.default or new.read_only:
        return
    if role == "constant":
        yield Change(path, f"value {old.default} -> {new.default}", False)
    elif new.default is None:
        yield Change(path, f"now required (was default {old.default})", role == "model")
    elif old.default is None:
        yield Change(path, f"now optional (default {new.default})", False)
    else:
        yield Change(path, f"default {old.default} -> {new.default}", False)


def _params(path: str, old: tuple[Param, ...], new: tuple[Param, ...]) -> Iterator[Change]:
    old_by = {_param_key(p): p for p in old}
    new_by = {_param_key(p): p for p in new}
    old_positions = [p.name for p in old if p.kind in _POSITIONAL_KINDS]
    new_positions = [p.name for p in new if p.kind in _POSITIONAL_KINDS]
    renamed: set[str] = set()
    for key, param in old_by.items():
        if key in new_by:
            yield from _param(path, param, new_by[key], old_positions, new_positions)
            continue
        twin = [
            p
            for k, p in new_by.items()
            if k not in old_by and k not in renamed and _same_param_shape(p, param)
        ]
        if len(twin) == 1 and _position(twin[0], new_positions) == _position(param, old_positions):
            renamed.add(twin[0].name)
            yield Change(path, f"parameter `{param.name}` renamed to `{twin[0].name}`", True)
        else:
            yield Change(path, f"parameter `{_param_text(param)}` removed", True)
    for key, param in new_by.items():
        if key in old_by or key in renamed:
            continue
        if param.default is None and param.kind not in (VAR_POSITIONAL, VAR_KEYWORD):
            yield Change(path, f"new required parameter `{_param_text(param)}`", True)
        else:
            yield Change(path, f"parameter `{_param_text(param)}` added", False)


def _param(
    path: str, old: Param, new: Param, old_positions: list[str], new_positions: list[str]
) -> Iterator[Change]:
    name = f"parameter `{old.name}`"
    if old.kind != new.kind:
        relaxed = (old.kind, new.kind) in ((KEYWORD, POSITIONAL), (POSITIONAL_ONLY, POSITIONAL))
        yield Change(path, f"{name} was {old.kind}, now {new.kind}", not relaxed)
    elif old.kind in _POSITIONAL_KINDS and _position(old, old_positions) != _position(new, new_positions):
        where = f"{_position(old, old_positions)} -> {_position(new, new_positions)}"
        yield Change(path, f"{name} moved from position {where}", True)
    relation = _relation(old.type or "Any", new.type or "Any")
    if relation != "same":
        message = f"{name} type {relation}: {_type_change(old.type, new.type)}"
        yield Change(path, message, relation != "widened")
    if old.default != new.default:
        if new.default is None:
            yield Change(path, f"{name} now required (was default {old.default})", True)
        elif old.default is None:
            yield Change(path, f"{name} now optional (default {new.default})", False)
        else:
            yield Change(path, f"{name} default {old.default} -> {new.default}", False)


def _same_param_shape(a: Param, b: Param) -> bool:
    return (a.kind, a.type, a.default) == (b.kind, b.type, b.default)


def _param_key(param: Param) -> str:
    return {VAR_POSITIONAL: "*", VAR_KEYWORD: "**"}.get(param.kind, param.name)


def _position(param: Param, positions: list[str]) -> int | None:
    return positions.index(param.name) if param.name in positions else None


def _param_text(param: Param) -> str:
    stars = {VAR_POSITIONAL: "*", VAR_KEYWORD: "**"}.get(param.kind, "")
    text = stars + param.name + (f": {param.type}" if param.type is not None else "")
    return text + (f" = {param.default}" if param.default is not None else "")


# ----------------------------------------------------------------------------------------------- types


def _relation(old: str, new: str) -> str:
    """ "same", "widened" (new accepts all old did, and more), "narrowed" (the reverse) or "changed"."""
    if old == new:
        return "same"
    widened, narrowed = _covers(new, old), _covers(old, new)
    if widened and narrowed:
        return "same"  # spelled differently (union order)
    return "widened" if widened else "narrowed" if narrowed else "changed"


def _type_change(old: str | None, new: str | None) -> str:
    """`old -> new`; when that is long, only what went and came (one literal out of ten, say)."""
    if old is None or new is None or len(old) + len(new) <= _SHORT:
        return f"{old} -> {new}"
    lost, gained = _delta(old, new)
    parts = [f"removed {' | '.join(lost)}"] * bool(lost) + [f"added {' | '.join(gained)}"] * bool(gained)
    return "; ".join(parts) if parts else f"{old} -> {new}"


def _delta(old: str, new: str) -> tuple[list[str], list[str]]:
    """The union members (literal values) only in `old` and only in `new`, looking inside a generic
    when it is the one member that differs (`Sequence[Literal[...]] | Unset`)."""
    old_members, new_members = _members(old), _members(new)
    lost = [m for m in old_members if m not in new_members]
    gained = [m for m in new_members if m not in old_members]
    if len(lost) == 1 and len(gained) == 1:
        (old_origin, old_args), (new_origin, new_args) = _generic(lost[0]), _generic(gained[0])
        same_generic = old_origin == new_origin != "Literal" and old_args
        if same_generic and len(old_args) == len(new_args):
            inner = [_delta(a, b) for a, b in zip(old_args, new_args, strict=True) if a != b]
            return [m for lo, _ in inner for m in lo], [m for _, ga in inner for m in ga]
    return lost, gained


def _covers(wide: str, narrow: str) -> bool:
    """Every value of type `narrow` is a value of type `wide` (as far as the strings tell)."""
    wide_members = _members(wide)
    return all(any(_covers_one(w, n) for w in wide_members) for n in _members(narrow))


def _covers_one(wide: str, narrow: str) -> bool:
    if wide == narrow or wide in ("Any", "object"):
        return True
    wide_origin, wide_args = _generic(wide)
    narrow_origin, narrow_args = _generic(narrow)
    if wide_origin != narrow_origin or len(wide_args) != len(narrow_args) or not wide_args:
        return False
    if wide_origin == "Mapping":  # keys invariant, values covariant
        return wide_args[0] == narrow_args[0] and _covers(wide_args[1], narrow_args[1])
    if wide_origin in _COVARIANT:
        return all(_covers(w, n) for w, n in zip(wide_args, narrow_args, strict=True))
    return False


def _members(type_: str) -> list[str]:
    """The alternatives of a union, each literal value of a `Literal[...]` on its own."""
    members: list[str] = []
    for part in (p.strip() for p in split_top(type_, " | ")):
        origin, args = _generic(part)
        if origin == "Literal":
            members += [f"Literal[{arg}]" for arg in args]
        elif origin == "Optional":
            members += [*_members(args[0]), "None"]
        else:
            members.append(part)
    return members


def _generic(type_: str) -> tuple[str, list[str]]:
    """`Sequence[A | B]` -> ("Sequence", ["A | B"]); a plain name has no arguments."""
    if not type_.endswith("]") or "[" not in type_:
        return type_, []
    origin, _, rest = type_.partition("[")
    return origin, [a.strip() for a in split_top(rest[:-1], ",")]
