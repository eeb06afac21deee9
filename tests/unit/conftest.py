"""Fixtures for the unit tests of the hand-written ``voice_agents`` library (no network)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pytest
import respx
from voice_agents import VoiceAgentsClient
from voice_agents.retry import Clock

BASE_URL = "https://api.test.invalid"
PUBLIC_KEY = "pk_3f9a7c2e5b1d4806a9e3c7f1b2d5e8a4"
PRIVATE_KEY = "sk_8e1f4a7d0c3b6e9f2a5d8c1b4e7f0a3d6c9b2e5f8a1d4c7b0e3f6a9d2c5b8e1f"
WORKSPACE = "6690a1b2c3d4e5f600000001"
ORGANIZATION = "6690a1b2c3d4e5f600000099"
NOW = datetime(2026, 1, 1, 12, 0, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Settings:
    """The fake account every unit test uses."""

    base_url: str = BASE_URL
    public_key: str = PUBLIC_KEY
    private_key: str = PRIVATE_KEY
    workspace: str = WORKSPACE
    organization: str = ORGANIZATION
    now: datetime = NOW


@pytest.fixture
def cfg() -> Settings:
    return Settings()


class FakeClock:
    """Records sleeps (sync and async) instead of waiting; fixed time and randomness."""

    def __init__(self, events: list[str] | None = None) -> None:
        self.sleeps: list[float] = []
        self.events = events if events is not None else []
        self.now = NOW
        self.rand = 0.0
        self.elapsed = 0.0  # what monotonic() returns: advanced by each sleep

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.elapsed += seconds
        self.events.append(f"sleep {seconds:g}")

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def clock(self) -> Clock:
        return Clock(
            sleep=self.sleep,
            async_sleep=self.async_sleep,
            now=lambda: self.now,
            random=lambda: self.rand,
            monotonic=lambda: self.elapsed,
        )


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_client(fake_clock: FakeClock) -> Iterator[Callable[..., VoiceAgentsClient]]:
    """Factory for a client on ``BASE_URL`` with the fake clock; closes what it made."""
    made: list[VoiceAgentsClient] = []

    def factory(**kwargs: Any) -> VoiceAgentsClient:
        options: dict[str, Any] = {
            "public_key": PUBLIC_KEY,
            "private_key": PRIVATE_KEY,
            "workspace": WORKSPACE,
            "organization": ORGANIZATION,
            "base_url": BASE_URL,
            "clock": fake_clock.clock(),
        }
        options.update(kwargs)
        client = VoiceAgentsClient(**options)
        made.append(client)
        return client

    yield factory
    for client in made:
        client.close()


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    """A respx router for ``BASE_URL`` that fails on any unmocked request."""
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        yield router
