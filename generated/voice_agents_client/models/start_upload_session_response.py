from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.start_upload_session_data import StartUploadSessionData


T = TypeVar("T", bound="StartUploadSessionResponse")


@_attrs_define
class StartUploadSessionResponse:
    """Answer of `start_upload`, in either of the two forms the sources show: the session id at the top level (`{message,
    sessionId}`) or inside an envelope (`{status_code, message, data: {sessionId}}`). At least one of `sessionId` and
    `data` is present; read `sessionId` first and `data.sessionId` otherwise.

        Attributes:
            message (str):
            status_code (int | Unset): HTTP status repeated in the body (enveloped form only).
            session_id (str | Unset): Id of the new upload session (top-level form).
            data (StartUploadSessionData | Unset): The `data` part of the enveloped form of the `start_upload` answer.
    """

    message: str
    status_code: int | Unset = UNSET
    session_id: str | Unset = UNSET
    data: StartUploadSessionData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        status_code = self.status_code

        session_id = self.session_id

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.start_upload_session_data import StartUploadSessionData  # noqa: PLC0415

        d = dict(src_dict)
        message = d.pop("message")

        status_code = d.pop("status_code", UNSET)

        session_id = d.pop("sessionId", UNSET)

        _data = d.pop("data", UNSET)
        data: StartUploadSessionData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = StartUploadSessionData.from_dict(_data)

        start_upload_session_response = cls(
            message=message,
            status_code=status_code,
            session_id=session_id,
            data=data,
        )

        start_upload_session_response.additional_properties = d
        return start_upload_session_response

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
