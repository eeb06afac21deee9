from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workspace_variant import WorkspaceVariant
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.support_contacts import SupportContacts


T = TypeVar("T", bound="Workspace")


@_attrs_define
class Workspace:
    """A workspace of an organization: the container for assistants, tools, knowledge-base files and phone numbers. Only
    `_id` is guaranteed; some answers (for example a restored workspace) carry just `_id` and `organization`.

        Attributes:
            id (str): Workspace id; the value of the `workspace` header on scoped requests.
            name (str | Unset):
            slug (str | Unset): URL-safe unique form of the name, made by the server.
            organization (str | Unset): Id of the organization that owns the workspace.
            variant (str | Unset | WorkspaceVariant):
            currency_code (str | Unset): ISO 4217 currency code.
            timezone (str | Unset): IANA time-zone name.
            support_contacts (SupportContacts | Unset): How customers can reach the business; assistants may read these out
                on a call.
            created_at (datetime.datetime | Unset):
    """

    id: str
    name: str | Unset = UNSET
    slug: str | Unset = UNSET
    organization: str | Unset = UNSET
    variant: str | Unset | WorkspaceVariant = UNSET
    currency_code: str | Unset = UNSET
    timezone: str | Unset = UNSET
    support_contacts: SupportContacts | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        slug = self.slug

        organization = self.organization

        variant: str | Unset
        if isinstance(self.variant, Unset):
            variant = UNSET
        elif isinstance(self.variant, WorkspaceVariant):
            variant = self.variant.value
        else:
            variant = self.variant

        currency_code = self.currency_code

        timezone = self.timezone

        support_contacts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.support_contacts, Unset):
            support_contacts = self.support_contacts.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if organization is not UNSET:
            field_dict["organization"] = organization
        if variant is not UNSET:
            field_dict["variant"] = variant
        if currency_code is not UNSET:
            field_dict["currencyCode"] = currency_code
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if support_contacts is not UNSET:
            field_dict["supportContacts"] = support_contacts
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.support_contacts import SupportContacts  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("_id")

        name = d.pop("name", UNSET)

        slug = d.pop("slug", UNSET)

        organization = d.pop("organization", UNSET)

        def _parse_variant(data: object) -> str | Unset | WorkspaceVariant:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                variant_type_0 = WorkspaceVariant(data)

                return variant_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | WorkspaceVariant, data)

        variant = _parse_variant(d.pop("variant", UNSET))

        currency_code = d.pop("currencyCode", UNSET)

        timezone = d.pop("timezone", UNSET)

        _support_contacts = d.pop("supportContacts", UNSET)
        support_contacts: SupportContacts | Unset
        if isinstance(_support_contacts, Unset):
            support_contacts = UNSET
        else:
            support_contacts = SupportContacts.from_dict(_support_contacts)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        workspace = cls(
            id=id,
            name=name,
            slug=slug,
            organization=organization,
            variant=variant,
            currency_code=currency_code,
            timezone=timezone,
            support_contacts=support_contacts,
            created_at=created_at,
        )

        workspace.additional_properties = d
        return workspace

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
