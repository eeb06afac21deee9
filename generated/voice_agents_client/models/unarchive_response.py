from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workspace import Workspace


T = TypeVar("T", bound="UnarchiveResponse")


@_attrs_define
class UnarchiveResponse:
    """Envelope of a restore. `data` is the restored workspace when the target was a workspace, and `null` when it was an
    organization.

        Attributes:
            status_code (int):
            message (str): Names the restored level, e.g. "Workspace unarchived successfully.".
            data (None | Workspace):
    """

    status_code: int
    message: str
    data: None | Workspace
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.workspace import Workspace  # noqa: PLC0415

        status_code = self.status_code

        message = self.message

        data: dict[str, Any] | None
        if isinstance(self.data, Workspace):
            data = self.data.to_dict()
        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status_code": status_code,
                "message": message,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workspace import Workspace  # noqa: PLC0415

        d = dict(src_dict)
        status_code = d.pop("status_code")

        message = d.pop("message")

        def _parse_data(data: object) -> None | Workspace:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = Workspace.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Workspace, data)

        data = _parse_data(d.pop("data"))

        unarchive_response = cls(
            status_code=status_code,
            message=message,
            data=data,
        )

        unarchive_response.additional_properties = d
        return unarchive_response

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
