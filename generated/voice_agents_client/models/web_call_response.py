from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.web_call_error import WebCallError


T = TypeVar("T", bound="WebCallResponse")


@_attrs_define
class WebCallResponse:
    """Bare answer of `start_web_call`.

    Attributes:
        success (bool): Whether the web call was created.
        token (str | Unset): LiveKit access token the browser uses to join the call.
        error (None | Unset | WebCallError): Details of a failure; `null` (or an empty object) when `success` is `true`.
    """

    success: bool
    token: str | Unset = UNSET
    error: None | Unset | WebCallError = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.web_call_error import WebCallError  # noqa: PLC0415

        success = self.success

        token = self.token

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, WebCallError):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if token is not UNSET:
            field_dict["token"] = token
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.web_call_error import WebCallError  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        token = d.pop("token", UNSET)

        def _parse_error(data: object) -> None | Unset | WebCallError:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = WebCallError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WebCallError, data)

        error = _parse_error(d.pop("error", UNSET))

        web_call_response = cls(
            success=success,
            token=token,
            error=error,
        )

        web_call_response.additional_properties = d
        return web_call_response

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
