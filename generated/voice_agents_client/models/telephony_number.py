from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.telephony_number_status import TelephonyNumberStatus
from ..models.telephony_number_type import TelephonyNumberType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TelephonyNumber")


@_attrs_define
class TelephonyNumber:
    """A phone number held (or formerly held) by the organization.

    Attributes:
        id (str): Identifier of this number record. Assistants reference numbers by it, and the release operation takes
            it in the path.
        number (str): The phone number in E.164 form.
        status (str | TelephonyNumberStatus):
        provider (str | Unset):
        organization (str | Unset): Id of the owning organization.
        workspace (None | str | Unset): Id of the workspace the number is assigned to; `null` while unassigned.
        provider_number_id (str | Unset): The provider's own reference for the number.
        monthly_rate_cents (int | Unset): Recurring charge per month, in cents.
        setup_fee_cents (int | Unset): One-time charge paid on purchase, in cents.
        country_code (str | Unset):
        number_type (str | TelephonyNumberType | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    id: str
    number: str
    status: str | TelephonyNumberStatus
    provider: str | Unset = UNSET
    organization: str | Unset = UNSET
    workspace: None | str | Unset = UNSET
    provider_number_id: str | Unset = UNSET
    monthly_rate_cents: int | Unset = UNSET
    setup_fee_cents: int | Unset = UNSET
    country_code: str | Unset = UNSET
    number_type: str | TelephonyNumberType | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        status: str
        if isinstance(self.status, TelephonyNumberStatus):
            status = self.status.value
        else:
            status = self.status

        provider = self.provider

        organization = self.organization

        workspace: None | str | Unset
        if isinstance(self.workspace, Unset):
            workspace = UNSET
        else:
            workspace = self.workspace

        provider_number_id = self.provider_number_id

        monthly_rate_cents = self.monthly_rate_cents

        setup_fee_cents = self.setup_fee_cents

        country_code = self.country_code

        number_type: str | Unset
        if isinstance(self.number_type, Unset):
            number_type = UNSET
        elif isinstance(self.number_type, TelephonyNumberType):
            number_type = self.number_type.value
        else:
            number_type = self.number_type

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
                "number": number,
                "status": status,
            }
        )
        if provider is not UNSET:
            field_dict["provider"] = provider
        if organization is not UNSET:
            field_dict["organization"] = organization
        if workspace is not UNSET:
            field_dict["workspace"] = workspace
        if provider_number_id is not UNSET:
            field_dict["providerNumberId"] = provider_number_id
        if monthly_rate_cents is not UNSET:
            field_dict["monthlyRateCents"] = monthly_rate_cents
        if setup_fee_cents is not UNSET:
            field_dict["setupFeeCents"] = setup_fee_cents
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if number_type is not UNSET:
            field_dict["numberType"] = number_type
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("_id")

        number = d.pop("number")

        def _parse_status(data: object) -> str | TelephonyNumberStatus:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = TelephonyNumberStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TelephonyNumberStatus, data)

        status = _parse_status(d.pop("status"))

        provider = d.pop("provider", UNSET)

        organization = d.pop("organization", UNSET)

        def _parse_workspace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workspace = _parse_workspace(d.pop("workspace", UNSET))

        provider_number_id = d.pop("providerNumberId", UNSET)

        monthly_rate_cents = d.pop("monthlyRateCents", UNSET)

        setup_fee_cents = d.pop("setupFeeCents", UNSET)

        country_code = d.pop("countryCode", UNSET)

        def _parse_number_type(data: object) -> str | TelephonyNumberType | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                number_type_type_0 = TelephonyNumberType(data)

                return number_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TelephonyNumberType | Unset, data)

        number_type = _parse_number_type(d.pop("numberType", UNSET))

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        telephony_number = cls(
            id=id,
            number=number,
            status=status,
            provider=provider,
            organization=organization,
            workspace=workspace,
            provider_number_id=provider_number_id,
            monthly_rate_cents=monthly_rate_cents,
            setup_fee_cents=setup_fee_cents,
            country_code=country_code,
            number_type=number_type,
            created_at=created_at,
            updated_at=updated_at,
        )

        telephony_number.additional_properties = d
        return telephony_number

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
