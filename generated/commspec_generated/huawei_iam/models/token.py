from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.named_ref import NamedRef
    from ..models.token_catalog_item import TokenCatalogItem
    from ..models.token_project import TokenProject
    from ..models.token_user import TokenUser


T = TypeVar("T", bound="Token")


@_attrs_define
class Token:
    """Token description (https://support.huaweicloud.com/en-us/api-apm/apm_04_0004.html). Times are ISO-8601 UTC with
    microseconds, e.g. 2025-03-01T08:15:30.123000Z; `expires_at` = `issued_at` + 24 h.

        Attributes:
            expires_at (datetime.datetime): When the token expires; clients refresh a safety margin before it.
            issued_at (datetime.datetime | Unset): When the token was issued.
            methods (list[str] | Unset): Methods used, e.g. [password].
            catalog (list[TokenCatalogItem] | Unset): Service catalog; [] when `nocatalog` is set.
            project (TokenProject | Unset):
            roles (list[NamedRef] | Unset):
            user (TokenUser | Unset):
    """

    expires_at: datetime.datetime
    issued_at: datetime.datetime | Unset = UNSET
    methods: list[str] | Unset = UNSET
    catalog: list[TokenCatalogItem] | Unset = UNSET
    project: TokenProject | Unset = UNSET
    roles: list[NamedRef] | Unset = UNSET
    user: TokenUser | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expires_at = self.expires_at.isoformat()

        issued_at: str | Unset = UNSET
        if not isinstance(self.issued_at, Unset):
            issued_at = self.issued_at.isoformat()

        methods: list[str] | Unset = UNSET
        if not isinstance(self.methods, Unset):
            methods = self.methods

        catalog: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.catalog, Unset):
            catalog = []
            for catalog_item_data in self.catalog:
                catalog_item = catalog_item_data.to_dict()
                catalog.append(catalog_item)

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = []
            for roles_item_data in self.roles:
                roles_item = roles_item_data.to_dict()
                roles.append(roles_item)

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expires_at": expires_at,
            }
        )
        if issued_at is not UNSET:
            field_dict["issued_at"] = issued_at
        if methods is not UNSET:
            field_dict["methods"] = methods
        if catalog is not UNSET:
            field_dict["catalog"] = catalog
        if project is not UNSET:
            field_dict["project"] = project
        if roles is not UNSET:
            field_dict["roles"] = roles
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.named_ref import NamedRef  # noqa: PLC0415
        from ..models.token_catalog_item import TokenCatalogItem  # noqa: PLC0415
        from ..models.token_project import TokenProject  # noqa: PLC0415
        from ..models.token_user import TokenUser  # noqa: PLC0415

        d = dict(src_dict)
        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))

        _issued_at = d.pop("issued_at", UNSET)
        issued_at: datetime.datetime | Unset
        if isinstance(_issued_at, Unset):
            issued_at = UNSET
        else:
            issued_at = datetime.datetime.fromisoformat(_issued_at)

        methods = cast(list[str], d.pop("methods", UNSET))

        _catalog = d.pop("catalog", UNSET)
        catalog: list[TokenCatalogItem] | Unset = UNSET
        if _catalog is not UNSET:
            catalog = []
            for catalog_item_data in _catalog:
                catalog_item = TokenCatalogItem.from_dict(catalog_item_data)

                catalog.append(catalog_item)

        _project = d.pop("project", UNSET)
        project: TokenProject | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = TokenProject.from_dict(_project)

        _roles = d.pop("roles", UNSET)
        roles: list[NamedRef] | Unset = UNSET
        if _roles is not UNSET:
            roles = []
            for roles_item_data in _roles:
                roles_item = NamedRef.from_dict(roles_item_data)

                roles.append(roles_item)

        _user = d.pop("user", UNSET)
        user: TokenUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = TokenUser.from_dict(_user)

        token = cls(
            expires_at=expires_at,
            issued_at=issued_at,
            methods=methods,
            catalog=catalog,
            project=project,
            roles=roles,
            user=user,
        )

        token.additional_properties = d
        return token

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
