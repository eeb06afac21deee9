"""This folder's mock is stateless (its conftest says so), whatever ran before it."""

from __future__ import annotations

from voice_agents_mock import MockServer


def test_the_folders_options_are_in_force(voice_agents_mock: MockServer) -> None:
    assert voice_agents_mock.stateful is False
    assert voice_agents_mock.state()["stateful"] is False
