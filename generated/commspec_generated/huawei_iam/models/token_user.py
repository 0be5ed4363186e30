from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.named_ref import NamedRef


T = TypeVar("T", bound="TokenUser")


@_attrs_define
class TokenUser:
    """
    Attributes:
        id (str | Unset):
        name (str | Unset):
        domain (NamedRef | Unset):
        password_expires_at (None | str | Unset): When the user's password expires (may be empty or null).
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    domain: NamedRef | Unset = UNSET
    password_expires_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        domain: dict[str, Any] | Unset = UNSET
        if not isinstance(self.domain, Unset):
            domain = self.domain.to_dict()

        password_expires_at: None | str | Unset
        if isinstance(self.password_expires_at, Unset):
            password_expires_at = UNSET
        else:
            password_expires_at = self.password_expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if domain is not UNSET:
            field_dict["domain"] = domain
        if password_expires_at is not UNSET:
            field_dict["password_expires_at"] = password_expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.named_ref import NamedRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _domain = d.pop("domain", UNSET)
        domain: NamedRef | Unset
        if isinstance(_domain, Unset):
            domain = UNSET
        else:
            domain = NamedRef.from_dict(_domain)

        def _parse_password_expires_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password_expires_at = _parse_password_expires_at(
            d.pop("password_expires_at", UNSET)
        )

        token_user = cls(
            id=id,
            name=name,
            domain=domain,
            password_expires_at=password_expires_at,
        )

        token_user.additional_properties = d
        return token_user

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
