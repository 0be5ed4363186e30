"""One engine for every vendor: it reads what an operation does from the spec (``Operation.effect``,
``ApiSpec.mock_resources``) and applies it to plain state. Vendor fakes supply only what is truly
theirs (``VendorFake``): authentication, decoding a request into arguments, and the wire form of
answers and errors.

State is moto-style, apart from HTTP: ``Store`` holds resource -> partition -> id -> item, each item a
dict of wire fields, so the rules are testable without a request.
"""

from __future__ import annotations

import itertools
import math
import secrets
import string
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from commspec._spec import Effect, MockResource, Operation
from commspec.mock._config import MockConfig
from commspec.mock._http import MockRequest, MockResponse, ascii_int

Item = dict[str, Any]
ID_ALPHABET = string.ascii_letters + string.digits  # of ``ids: {token: N}`` keys


class MockError(Exception):
    """A vendor failure: ``code`` as the vendor sends it, and an optional detail for the answer."""

    def __init__(
        self,
        code: str,
        detail: str | None = None,
        *,
        status: int | None = None,
        message: str | None = None,
        values: Mapping[str, object] | None = None,
        also: tuple[MockError, ...] = (),
    ) -> None:
        super().__init__(code)
        self.code = code
        self.detail = detail
        self.status = status  # an HTTP status the code table does not give (a gateway's answer)
        self.message = message  # a text other than the code table's meaning
        self.values = dict(values or {})  # a parameterised code's values (ApiSpec.message)
        self.also = also  # further failures of the same request, for a vendor that lists them all

    @property
    def every(self) -> tuple[MockError, ...]:
        return (self, *self.also)


class NotServed(Exception):
    """An operation whose spec gives the engine nothing to do: a bug of the spec or of the mock."""


@dataclass(slots=True)
class Call:
    """A decoded request: its arguments (path, query and body fields; a path value wins) and its body."""

    arguments: Mapping[str, Any]
    body: Mapping[str, Any] | None = None
    scope: str | None = None  # who is calling (ITNIO: the account), set from ``authenticate``
    referred: Mapping[str, Item] = field(default_factory=dict)  # the effect's ``refers`` items, found


class VendorFake(Protocol):
    """What a vendor fake supplies to the engine; everything else is spec data."""

    def authenticate(self, operation: Operation, request: MockRequest) -> str | None:
        """The caller's scope (or ``None``); ``MockError`` when the credentials are refused."""

    def decode(self, operation: Operation, path_params: dict[str, str], request: MockRequest) -> Call:
        """The request's arguments, validated with the spec's models; ``MockError`` otherwise."""

    def render_success(self, operation: Operation, payload: Any) -> MockResponse: ...

    def render_error(self, operation: Operation, error: MockError) -> MockResponse: ...

    def derive(self, resource: str, item: Item) -> Item:
        """``item`` with fields the vendor derives from others (answers only, never stored)."""

    def serve(self, operation: Operation, call: Call) -> Any:
        """An operation whose effect is ``vendor`` (IAM token issuing)."""


def clock_text(epoch: float, fmt: str) -> str:
    return datetime.fromtimestamp(epoch, UTC).strftime(fmt)


@dataclass
class Store:
    """Every resource of one vendor's APIs: resource -> partition -> id -> item (insertion ordered)."""

    resources: Mapping[str, MockResource]
    clock: Callable[[], float] = time.time
    # resource -> the items every partition starts with (the resource's ``seed`` setting; ``seeds``)
    seeded: Mapping[str, tuple[Item, ...]] = field(default_factory=dict)
    items: dict[str, dict[str, dict[Any, Item]]] = field(default_factory=dict)
    _ids: dict[str, Iterator[int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.items = {name: {} for name in self.resources}
        self._ids = {
            name: itertools.count(r.first_id) for name, r in self.resources.items() if r.first_id is not None
        }

    def mint(self, resource: MockResource) -> Any:
        if resource.first_id is not None:
            return next(self._ids[resource.name])
        if resource.id_length is not None:
            return "".join(secrets.choice(ID_ALPHABET) for _ in range(resource.id_length))
        return str(uuid.uuid4())

    def partition(self, resource: str, name: str) -> dict[Any, Item]:
        found = self.items[resource].get(name)
        if found is None:  # a partition first touched starts with the resource's seed items
            key = self.resources[resource].key
            found = self.items[resource][name] = {i[key]: dict(i) for i in self.seeded.get(resource, ())}
        return found

    def snapshot(self) -> dict[str, Any]:
        return {name: {p: dict(found) for p, found in parts.items()} for name, parts in self.items.items()}


def seeds(resources: Mapping[str, MockResource], settings: Mapping[str, Any]) -> dict[str, tuple[Item, ...]]:
    """resource -> the items each of its partitions starts with: the MockConfig setting its ``seed`` names."""
    return {name: tuple(settings[r.seed]) for name, r in resources.items() if r.seed}


def argument(arguments: Mapping[str, Any], path: str) -> Any:
    """The argument at a dotted ``path`` (``params.appId``), or ``None``."""
    value: Any = arguments
    for part in path.split("."):
        value = value.get(part) if isinstance(value, Mapping) else None
    return getattr(value, "value", value)  # an enum from a params model: its wire value


class Engine:
    def __init__(self, config: MockConfig, store: Store, fake: VendorFake) -> None:
        self.config = config
        self.store = store
        self.fake = fake

    def handle(self, operation: Operation, path_params: dict[str, str], request: MockRequest) -> MockResponse:
        """The HTTP answer: the fake authenticates and decodes, the engine applies the effect."""
        try:
            scope = self.fake.authenticate(operation, request)
            call = self.fake.decode(operation, path_params, request)
            call.scope = scope
            payload = self.apply(operation, call)
        except MockError as error:
            return self.fake.render_error(operation, error)
        return self.fake.render_success(operation, payload)

    # -- effects -------------------------------------------------------------------------------------
    def apply(self, operation: Operation, call: Call) -> Any:
        effect = operation.effect
        if effect is None:
            raise NotServed(f"{operation.qualified_name}: the spec gives it no x-commspec-mock effect")
        call.referred = self.referred(operation, call)  # an unknown one fails before anything changes
        if effect.action == "vendor":
            return self.fake.serve(operation, call)
        resource = operation.api.mock_resources[effect.resource or ""]
        items = self._partition(resource, effect, call)
        if effect.action == "create":
            return self._create(resource, effect, items, call)
        if effect.action == "list":
            self._settle(resource, items.values())
            return self._list(operation, resource, effect, items, call)
        if effect.action == "delete" and (effect.key or "") in operation.separators:
            return self._delete_many(operation, resource, effect, items, call)
        key, item = self._find(resource, effect, items, call)
        self._settle(resource, (item,))  # only the item this call reads or changes: O(1), not O(n)
        if effect.action == "retrieve":
            return self._answer(resource, effect, item, key)
        if effect.action == "update":
            return self._update(resource, effect, items, key, item, call)
        if effect.action == "delete":
            if self._refused(operation, effect, item, call):
                assert effect.refuse is not None
                raise MockError(effect.refuse[2], f"{effect.key}={key}")
            del items[key]
            return self._answer(resource, effect, item, key)
        if effect.action == "transition":
            assert resource.state is not None, f"{resource.name}: a transition needs the resource's state"
            if item.get(resource.state) not in effect.from_states:
                raise MockError(
                    effect.state_code or resource.not_found, f"{resource.state}={item.get(resource.state)}"
                )
            item[resource.state] = effect.to_state
            return self._answer(resource, effect, item, key)
        raise NotServed(f"{operation.qualified_name}: unknown action {effect.action!r}")

    def referred(self, operation: Operation, call: Call) -> dict[str, Item]:
        """argument -> the item it names, for each ``refers`` argument the call sets (``MockError``
        with the referred resource's not-found code when it names none)."""
        found: dict[str, Item] = {}
        effect = operation.effect
        for name, resource_name in (effect.refers if effect else {}).items():
            value = argument(call.arguments, name)
            if value is None:
                continue
            resource = operation.api.mock_resources[resource_name]
            # Of the caller's account, or of the partition the same call names (a Huawei project).
            items = self._partition(resource, None, call)
            key = value if resource.first_id is None or isinstance(value, int) else ascii_int(str(value))
            item = items.get(key)
            if item is None:
                raise MockError(resource.not_found, f"{name}={value}")
            found[name] = item
        return found

    def _partition(self, resource: MockResource, effect: Effect | None, call: Call) -> dict[Any, Item]:
        if resource.partition is None:
            name = call.scope or ""
        else:
            name = argument(call.arguments, (effect and effect.partition) or resource.partition)
            known = self.config.settings[resource.partition_known] if resource.partition_known else None
            if not isinstance(name, str) or (known is not None and name not in known):
                raise MockError(
                    resource.partition_unknown or resource.not_found, f"{resource.partition}={name}"
                )
        return self.store.partition(resource.name, name)

    def _settle(self, resource: MockResource, items: Iterable[Item]) -> None:
        """Apply the resource's timed transition to the items an operation is about to see, where their
        time has come on the mock clock (an AUTO task starts itself at its startDateTime). A create sees
        no other item, so it settles none: seeding n items stays linear."""
        timed = resource.timed_transition
        if not timed or resource.state is None:
            return
        now = clock_text(self.store.clock(), timed["format"])
        for item in items:
            at = item.get(timed["at"])
            if (
                item.get(resource.state) in timed["from"]
                and isinstance(at, str)
                and at <= now
                and all(item.get(k) == v for k, v in timed["when"].items())
            ):
                item[resource.state] = timed["to"]

    def _find(
        self, resource: MockResource, effect: Effect, items: dict[Any, Item], call: Call
    ) -> tuple[Any, Item]:
        raw = argument(call.arguments, effect.key or resource.key)
        key = (raw if isinstance(raw, int) else ascii_int(str(raw))) if resource.first_id is not None else raw
        item = items.get(key)
        if item is None:
            raise MockError(effect.not_found or resource.not_found, f"{effect.key}={raw}")
        return key, item

    def _refused(self, operation: Operation, effect: Effect, item: Item, call: Call) -> bool:
        """Whether ``effect.refuse`` keeps ``item`` (its field is set and the argument is not true)."""
        if effect.refuse is None:
            return False
        name, unless, _code = effect.refuse
        allowed = argument(call.arguments, unless)
        true = operation.booleans.get(unless, (True, False))[0]
        return bool(item.get(name)) and allowed not in (True, true)

    def _delete_many(
        self, operation: Operation, resource: MockResource, effect: Effect, items: dict[Any, Item], call: Call
    ) -> Any:
        """Every key of a joined argument (the parameter's ``join``), all or nothing: each is checked, in
        order, before any is deleted; each failure carries its 1-based ``position`` and the ``count``."""
        raw = argument(call.arguments, effect.key or resource.key)
        keys = str(raw).split(operation.separators[effect.key or ""])
        problems = []
        for position, key in enumerate(keys, start=1):
            item = items.get(key)
            values = {"position": position, "count": len(keys)}
            if item is None:
                problems.append(MockError(effect.not_found or resource.not_found, key, values=values))
            elif self._refused(operation, effect, item, call):
                assert effect.refuse is not None
                problems.append(MockError(effect.refuse[2], key, values=values))
        if problems:
            raise MockError(
                problems[0].code, problems[0].detail, values=problems[0].values, also=tuple(problems[1:])
            )
        for key in keys:
            items.pop(key, None)
        return None

    def _check(
        self,
        resource: MockResource,
        items: dict[Any, Item],
        fields: Mapping[str, Any],
        except_key: Any = None,
    ) -> None:
        for name, setting, code in resource.ceilings:
            value = fields.get(name)
            if isinstance(value, int) and value > self.config.settings[setting]:
                raise MockError(code, f"{name}={value}")
        if not resource.unique or (except_key is not None and not resource.unique_on_update):
            return
        wanted = tuple(fields.get(name) for name in resource.unique)
        if _taken(items, resource.unique, wanted, except_key):
            detail = ",".join(f"{n}={v}" for n, v in zip(resource.unique, wanted, strict=True))
            raise MockError(resource.unique_code or resource.not_found, detail)

    def _defaults(self, effect: Effect, item: Item) -> None:
        """Fill what the caller omitted with the effect's defaults (values, conditional ones, clocks)."""
        for name, default in effect.defaults.items():
            if item.get(name) is not None and not (isinstance(default, Mapping) and "clock" in default):
                continue
            if not isinstance(default, Mapping):
                item[name] = default
            elif "clock" in default:
                item[name] = clock_text(self.store.clock(), default["clock"])
            elif all(item.get(k) == v for k, v in default["when"].items()):
                item[name] = default["value"]

    def _create(self, resource: MockResource, effect: Effect, items: dict[Any, Item], call: Call) -> Any:
        fields = dict(call.body or {})
        self._check(resource, items, fields)
        # A key the caller names (``key``: IOVOX's flow name) or one the vendor mints.
        key = argument(call.arguments, effect.key) if effect.key else self.store.mint(resource)
        item: Item = {**fields, resource.key: key}
        self._defaults(effect, item)
        items[key] = {k: v for k, v in item.items() if v is not None}
        return self._answer(resource, effect, items[key], key)

    def _update(
        self, resource: MockResource, effect: Effect, items: dict[Any, Item], key: Any, item: Item, call: Call
    ) -> Any:
        body = call.body or {}
        state = item.get(resource.state) if resource.state else None
        rule = effect.states.get(str(state)) if effect.states else None
        # In a state where only some fields may change (an approved Huawei template: its name), a field
        # not sent keeps its value: it is not reset, as it may not change there.
        merge = effect.merge or isinstance(rule, Mapping)
        new = {name: body.get(name) for name in effect.writable if not merge or name in body}
        keeps_state = False
        if effect.states:
            if rule is None:
                raise MockError(effect.state_code or resource.not_found, f"{resource.state}={state}")
            if isinstance(rule, Mapping):
                may_change = {*rule.get("may-change", ()), resource.state}
                changed = [
                    n for n, v in new.items() if v is not None and n not in may_change and v != item.get(n)
                ]
                if changed:
                    allowed = ", ".join(sorted(may_change - {resource.state}))
                    detail = f"{resource.state}={state}: only {allowed} may change"
                    raise MockError(effect.state_code or resource.not_found, detail)
                keeps_state = bool(rule.get("keeps-state"))
        self._check(
            resource, items, {**item, **{k: v for k, v in new.items() if v is not None}}, except_key=key
        )
        new_key = argument(call.arguments, effect.rename[0]) if effect.rename else None
        if effect.rename and new_key is not None and new_key != key:
            if new_key in items:
                raise MockError(effect.rename[1], f"{effect.rename[0]}={new_key}")
            del items[key]  # the renamed item moves to the end, as a new key would
            items[new_key] = item
            key = item[resource.key] = new_key
        item.update(new)
        self._defaults(effect, item)
        if keeps_state and resource.state:
            item[resource.state] = state
        for name in [n for n, v in item.items() if v is None]:
            del item[name]
        return self._answer(resource, effect, item, key)

    def _list(
        self, operation: Operation, resource: MockResource, effect: Effect, items: dict[Any, Item], call: Call
    ) -> Any:
        found = list(items.values())
        for name, (path, match) in effect.filters.items():
            wanted = argument(call.arguments, path)
            if wanted in (None, ""):
                continue
            if effect.filter_all.get(name) == wanted:
                continue
            if match == "contains":
                found = [t for t in found if str(wanted) in str(t.get(name, ""))]
            else:
                found = [t for t in found if t.get(name) == wanted]
        found = self._ordered(effect, found, call)
        newest_first = effect.newest_first or bool(
            effect.newest_first_when
            and all(argument(call.arguments, k) == v for k, v in effect.newest_first_when.items())
        )
        if newest_first:
            found.reverse()
        fields = self._selected(effect, call)
        if effect.answer == "items":
            return [self._shape(resource, t, fields, effect.item_fill) for t in found]
        return self._page(operation, resource, effect, found, call)

    @staticmethod
    def _ordered(effect: Effect, found: list[Item], call: Call) -> list[Item]:
        """``found`` ordered by the ``order_by`` argument's field and direction (stable; missing values
        after present ones, before them when descending)."""
        order = effect.order_by
        wanted = argument(call.arguments, order["argument"]) if order else None
        if not isinstance(wanted, str):
            return found
        code, _, direction = wanted.rpartition(order["separator"])
        name = order["codes"][code]
        key = lambda item: (item.get(name) is None, item.get(name) or "")  # noqa: E731
        return sorted(found, key=key, reverse=direction == order["descending"])

    @staticmethod
    def _selected(effect: Effect, call: Call) -> tuple[str, ...]:
        """The item fields the ``select`` argument names (all the schema's when it names none)."""
        select = effect.select
        wanted = argument(call.arguments, select["argument"]) if select else None
        if not isinstance(wanted, str) or not wanted:
            return effect.item_fields
        return tuple(select["codes"][code] for code in wanted.split(select["separator"]))

    def _page(
        self, operation: Operation, resource: MockResource, effect: Effect, found: list[Item], call: Call
    ) -> Any:
        """One page, in the operation's pagination style, with the fields its response schema has."""
        paging = operation.pagination
        if paging is None or paging.page_field is None or paging.size_field is None:
            raise NotServed(f"{operation.qualified_name}: a page answer needs x-commspec-pagination")
        size = argument(call.arguments, paging.size_field)
        position = argument(call.arguments, paging.page_field)
        first = (position - 1) * size if paging.style == "page" else position or 0
        fields = self._selected(effect, call)
        records = [self._shape(resource, t, fields, effect.item_fill) for t in found[first : first + size]]
        paths = effect.answer_paths
        page: dict[str, Any] = {}
        for path, value in (
            (paging.items, records),
            (paging.total_field or "total", len(found)),
            (paths.get(paging.page_field, paging.page_field), position),
            (paths.get(paging.size_field, paging.size_field), size),
            *([(paging.pages_field, math.ceil(len(found) / size))] if paging.pages_field else []),
            *effect.answer_extra.items(),
        ):
            if path.split(".")[0] in effect.fields:
                put(page, path, value)
        return page

    # -- answers -------------------------------------------------------------------------------------
    def _answer(self, resource: MockResource, effect: Effect, item: Item, key: Any) -> Any:
        if effect.answer == "key":
            return key
        if effect.answer == "item":
            return self._shape(resource, item, effect.fields, effect.fill)
        return None

    def _shape(
        self, resource: MockResource, item: Item, fields: tuple[str, ...], fill: Mapping[str, Any]
    ) -> Item:
        """The fields the response schema declares, from state (plus derived ones); required ones that
        state lacks from the schema's example or default."""
        derived = self.fake.derive(resource.name, item)
        for name, template in resource.derived.items():
            # A field the template names that is not stored: nothing to derive.
            if derived.get(name) is None and all(
                used in item for _, used, _, _ in string.Formatter().parse(template) if used
            ):
                derived = {**derived, name: template.format_map(item)}
        out = {name: derived[name] for name in fields if derived.get(name) is not None}
        return {**{k: v for k, v in fill.items() if k not in out}, **out}


def _taken(items: dict[Any, Item], names: tuple[str, ...], wanted: tuple[Any, ...], except_key: Any) -> bool:
    """Whether an item other than ``except_key`` has ``wanted`` in ``names``. One field (every spec's
    case) is compared without a tuple per item: seeding 10,000 items takes seconds, not a minute."""
    if len(names) == 1:
        name, value = names[0], wanted[0]
        return any(other.get(name) == value and key != except_key for key, other in items.items())
    return any(
        tuple(other.get(n) for n in names) == wanted and key != except_key for key, other in items.items()
    )


def put(target: dict[str, Any], path: str, value: Any) -> None:
    """Set ``value`` at a dotted ``path`` (the spec's pagination paths), making the objects on the way."""
    *parents, last = path.split(".")
    for part in parents:
        target = target.setdefault(part, {})
    target[last] = value
