"""The ``voices`` resource: ``list`` (list_voices)."""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from ..api.voice_gallery import list_voices as _list_voices
from ..models.error import Error
from ..models.voice_gallery_response import VoiceGalleryResponse
from ..types import UNSET, Response, Unset
from ._runtime import AsyncResource, SyncResource

__all__ = [
    "AsyncVoices",
    "AsyncVoicesWithRawResponse",
    "Voices",
    "VoicesWithRawResponse",
]


class Voices(SyncResource):
    """The ``voices`` operations: ``client.voices.<method>(...)``."""

    __slots__ = ("_raw",)

    _raw: VoicesWithRawResponse

    @property
    def with_raw_response(self) -> VoicesWithRawResponse:
        """The same methods, returning the whole response (status, headers, parsed model)."""
        try:
            return self._raw
        except AttributeError:
            self._raw = VoicesWithRawResponse(self._runtime)
            return self._raw

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> VoiceGalleryResponse:
        """List the voices an assistant can use

        Returns the voice catalogue. Put a voice's `slug` into an assistant's
        `agent.identity.voice`; play `sampleAudio` to hear the voice first.
        Both keys are required together, as on every other secured route.


        Returns:
            VoiceGalleryResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``VoiceGalleryResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        kwargs = _list_voices._get_kwargs()

        response = self._runtime.send(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "voices.list", _list_voices._parse_response, response
        )
        if isinstance(parsed, VoiceGalleryResponse):
            return parsed
        raise self._runtime.unexpected("voices.list", response)


class VoicesWithRawResponse(SyncResource):
    """``voices`` returning whole responses: ``client.voices.with_raw_response.<method>(...)``."""

    __slots__ = ()

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | VoiceGalleryResponse]:
        """List the voices an assistant can use; the whole response, documented error statuses included.

        Takes the arguments of ``voices.list``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[Error | VoiceGalleryResponse]
        """
        kwargs = _list_voices._get_kwargs()

        response = self._runtime.send(
            kwargs, extra_headers, timeout, (200, 400, 401, 429, 500)
        )
        return self._runtime.parse(
            "voices.list", _list_voices._build_response, response
        )


class AsyncVoices(AsyncResource):
    """The ``voices`` operations (awaitable): ``client.voices.<method>(...)``."""

    __slots__ = ("_raw",)

    _raw: AsyncVoicesWithRawResponse

    @property
    def with_raw_response(self) -> AsyncVoicesWithRawResponse:
        """The same methods, returning the whole response (status, headers, parsed model)."""
        try:
            return self._raw
        except AttributeError:
            self._raw = AsyncVoicesWithRawResponse(self._runtime)
            return self._raw

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> VoiceGalleryResponse:
        """List the voices an assistant can use

        Returns the voice catalogue. Put a voice's `slug` into an assistant's
        `agent.identity.voice`; play `sampleAudio` to hear the voice first.
        Both keys are required together, as on every other secured route.


        Returns:
            VoiceGalleryResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``VoiceGalleryResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        kwargs = _list_voices._get_kwargs()

        response = await self._runtime.asend(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "voices.list", _list_voices._parse_response, response
        )
        if isinstance(parsed, VoiceGalleryResponse):
            return parsed
        raise self._runtime.unexpected("voices.list", response)


class AsyncVoicesWithRawResponse(AsyncResource):
    """``voices`` returning whole responses: ``client.voices.with_raw_response.<method>(...)``."""

    __slots__ = ()

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | VoiceGalleryResponse]:
        """List the voices an assistant can use; the whole response, documented error statuses included.

        Takes the arguments of ``voices.list``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[Error | VoiceGalleryResponse]
        """
        kwargs = _list_voices._get_kwargs()

        response = await self._runtime.asend(
            kwargs, extra_headers, timeout, (200, 400, 401, 429, 500)
        )
        return self._runtime.parse(
            "voices.list", _list_voices._build_response, response
        )
