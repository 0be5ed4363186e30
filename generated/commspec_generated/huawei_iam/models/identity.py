from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auth_method import AuthMethod, check_auth_method

if TYPE_CHECKING:
    from ..models.password_identity import PasswordIdentity


T = TypeVar("T", bound="Identity")


@_attrs_define
class Identity:
    """
    Attributes:
        methods (list[AuthMethod]):
        password (PasswordIdentity):
    """

    methods: list[AuthMethod]
    password: PasswordIdentity
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        methods = []
        for methods_item_data in self.methods:
            methods_item: str = methods_item_data
            methods.append(methods_item)

        password = self.password.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "methods": methods,
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.password_identity import PasswordIdentity  # noqa: PLC0415

        d = dict(src_dict)
        methods = []
        _methods = d.pop("methods")
        for methods_item_data in _methods:
            methods_item = check_auth_method(methods_item_data)

            methods.append(methods_item)

        password = PasswordIdentity.from_dict(d.pop("password"))

        identity = cls(
            methods=methods,
            password=password,
        )

        identity.additional_properties = d
        return identity

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
