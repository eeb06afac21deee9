from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workspace_status import WorkspaceStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workspace_billing import WorkspaceBilling


T = TypeVar("T", bound="OnboardShopifyWorkspaceResponse")


@_attrs_define
class OnboardShopifyWorkspaceResponse:
    """Bare (unwrapped) answer of the Shopify onboarding: the new workspace id, its state and its billing set-up.

    Attributes:
        workspace (str): Id of the new workspace; send it as the `workspace` header from now on.
        status (str | WorkspaceStatus):
        billing (WorkspaceBilling | Unset): How the workspace pays for calls.
    """

    workspace: str
    status: str | WorkspaceStatus
    billing: WorkspaceBilling | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workspace = self.workspace

        status: str
        if isinstance(self.status, WorkspaceStatus):
            status = self.status.value
        else:
            status = self.status

        billing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing, Unset):
            billing = self.billing.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspace": workspace,
                "status": status,
            }
        )
        if billing is not UNSET:
            field_dict["billing"] = billing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workspace_billing import WorkspaceBilling  # noqa: PLC0415

        d = dict(src_dict)
        workspace = d.pop("workspace")

        def _parse_status(data: object) -> str | WorkspaceStatus:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = WorkspaceStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | WorkspaceStatus, data)

        status = _parse_status(d.pop("status"))

        _billing = d.pop("billing", UNSET)
        billing: WorkspaceBilling | Unset
        if isinstance(_billing, Unset):
            billing = UNSET
        else:
            billing = WorkspaceBilling.from_dict(_billing)

        onboard_shopify_workspace_response = cls(
            workspace=workspace,
            status=status,
            billing=billing,
        )

        onboard_shopify_workspace_response.additional_properties = d
        return onboard_shopify_workspace_response

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
