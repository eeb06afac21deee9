"""Configuring VoiceAgentsClient: constructor, from_env, timeouts, validation."""

from __future__ import annotations

import importlib.metadata
import inspect
import pickle
import socket
import tomllib
from pathlib import Path
from typing import Any, get_type_hints

import httpx
import pytest
import voice_agents
from voice_agents import (
    DEFAULT_TIMEOUT,
    PRODUCTION_URL,
    STAGING_URL,
    ClientOptions,
    ConfigurationError,
    RetryPolicy,
    VoiceAgentsClient,
)

ROOT = Path(__file__).resolve().parents[2]

ENV_NAMES = {
    "public_key": "VOICE_AGENTS_PUBLIC_KEY",
    "private_key": "VOICE_AGENTS_PRIVATE_KEY",
    "workspace": "VOICE_AGENTS_WORKSPACE",
    "organization": "VOICE_AGENTS_ORGANIZATION",
    "base_url": "VOICE_AGENTS_BASE_URL",
}


def _env(cfg: Any, **overrides: str) -> dict[str, str]:
    env = {
        "VOICE_AGENTS_PUBLIC_KEY": cfg.public_key,
        "VOICE_AGENTS_PRIVATE_KEY": cfg.private_key,
        "VOICE_AGENTS_WORKSPACE": cfg.workspace,
        "VOICE_AGENTS_ORGANIZATION": cfg.organization,
        "VOICE_AGENTS_BASE_URL": cfg.base_url,
    }
    env.update(overrides)
    return {k: v for k, v in env.items() if v != "<unset>"}


def test_hosts() -> None:
    assert PRODUCTION_URL == "https://api.voice-agents.miraiminds.co"
    assert STAGING_URL == "https://api.stage.voice-agent.miraiminds.co"


def test_public_names() -> None:
    assert set(voice_agents.__all__) >= {
        "VoiceAgentsClient",
        "PRODUCTION_URL",
        "STAGING_URL",
        "errors",
        "retry",
    }
    for name in voice_agents.__all__:
        assert hasattr(voice_agents, name)


def test_defaults(cfg: Any) -> None:
    client = VoiceAgentsClient(public_key=cfg.public_key, private_key=cfg.private_key)
    assert client.base_url == PRODUCTION_URL
    assert client.workspace is None
    assert client.organization is None
    assert client.max_retries == 2
    assert client.retry_policy == RetryPolicy()
    assert client.raise_on_error is True
    assert client.timeout == DEFAULT_TIMEOUT


def test_default_timeout_is_finite(make_client: Any, api: Any) -> None:
    assert DEFAULT_TIMEOUT.connect is not None
    assert DEFAULT_TIMEOUT.read is not None
    assert DEFAULT_TIMEOUT.write is not None
    assert DEFAULT_TIMEOUT.pool is not None
    route = api.get("/health").respond(200)
    make_client().get_httpx_client().get("/health")
    sent = route.calls.last.request.extensions["timeout"]
    assert sent == {"connect": 10.0, "read": 30.0, "write": 30.0, "pool": 30.0}


def test_timeout_can_be_overridden(make_client: Any, api: Any) -> None:
    route = api.get("/health").respond(200)
    client = make_client(timeout=5)
    assert client.timeout == httpx.Timeout(5.0)
    client.get_httpx_client().get("/health")
    assert route.calls.last.request.extensions["timeout"]["read"] == 5.0

    async def run() -> None:
        async with client:
            await client.get_async_httpx_client().get("/health")

    import asyncio

    asyncio.run(run())
    assert route.calls.last.request.extensions["timeout"]["connect"] == 5.0
    custom = make_client(timeout=httpx.Timeout(60.0, connect=2.0))
    assert custom.timeout == httpx.Timeout(60.0, connect=2.0)


def test_retry_policy_max_retries_is_honoured(cfg: Any, make_client: Any, api: Any) -> None:
    """RetryPolicy(max_retries=5) alone means five retries (no hidden default wins over it)."""
    policy = RetryPolicy(max_retries=5, initial_delay=0.1, max_retry_after=10.0)
    client = VoiceAgentsClient(
        public_key=cfg.public_key, private_key=cfg.private_key, retry_policy=policy
    )
    assert client.max_retries == 5
    assert client.retry_policy is policy
    route = api.get("/health").respond(503)
    with pytest.raises(voice_agents.InternalServerError):
        make_client(retry_policy=policy).get_httpx_client().get("/health")
    assert route.call_count == 6


def test_max_retries_overrides_the_policy_but_keeps_its_other_settings(cfg: Any) -> None:
    policy = RetryPolicy(max_retries=5, initial_delay=0.1, max_retry_after=10.0)
    client = VoiceAgentsClient(
        public_key=cfg.public_key, private_key=cfg.private_key, retry_policy=policy, max_retries=1
    )
    assert client.max_retries == 1
    assert client.retry_policy.initial_delay == 0.1
    assert client.retry_policy.max_retry_after == 10.0
    assert client.with_workspace("w2").max_retries == 1


def test_the_default_number_of_retries_has_one_source() -> None:
    assert RetryPolicy().max_retries == voice_agents.DEFAULT_MAX_RETRIES
    default = inspect.signature(VoiceAgentsClient.__init__).parameters["max_retries"].default
    assert default is None  # "take the policy's", so the constant above is the only default


@pytest.mark.parametrize(
    ("argument", "value"),
    [
        ("public_key", "pk_\u2026"),  # the README's old placeholder, pasted as is
        ("private_key", "sk_\u2026"),
        ("private_key", "sk_abc\n"),
        ("workspace", "6690a1b2\u00a0"),
        ("organization", "org\u00e9"),
    ],
)
def test_a_value_headers_cannot_carry_names_the_argument(
    cfg: Any, argument: str, value: str
) -> None:
    options: dict[str, Any] = {"public_key": cfg.public_key, "private_key": cfg.private_key}
    options[argument] = value
    with pytest.raises(ConfigurationError) as info:
        VoiceAgentsClient(**options)
    message = str(info.value)
    assert message.startswith(f"{argument} contains ")
    assert f"(U+{ord(value[-1]):04X}) at position {len(value) - 1}:" in message
    assert value not in message  # the value may be a key: only the character is shown


def test_a_header_value_headers_cannot_carry_is_refused(cfg: Any) -> None:
    with pytest.raises(ConfigurationError, match=r"headers\['x-api-key'\] contains '\\u2026'"):
        VoiceAgentsClient(
            public_key=cfg.public_key, private_key=cfg.private_key, headers={"x-api-key": "t\u2026"}
        )


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("VOICE_AGENTS_PUBLIC_KEY", "pk_\u2026"),
        ("VOICE_AGENTS_PRIVATE_KEY", "sk_\u2026"),
        ("VOICE_AGENTS_WORKSPACE", "w\u2026"),
        ("VOICE_AGENTS_BASE_URL", "api.voice-agents.miraiminds.co"),
        ("VOICE_AGENTS_BASE_URL", "ftp://example.com"),
        ("VOICE_AGENTS_BASE_URL", "http://[::1"),
    ],
)
def test_from_env_names_the_variable_a_bad_value_came_from(
    cfg: Any, variable: str, value: str
) -> None:
    with pytest.raises(ConfigurationError) as info:
        VoiceAgentsClient.from_env(_env(cfg, **{variable: value}))
    assert str(info.value).startswith(variable)


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"public_key": ""}, "public_key"),
        ({"private_key": ""}, "private_key"),
        ({"base_url": "api.voice-agents.miraiminds.co"}, "base_url"),
        ({"base_url": "ftp://example.com"}, "base_url"),
        ({"max_retries": -1}, "max_retries"),
        ({"httpx_args": {"timeout": 3}}, r"pass timeout="),
        ({"httpx_args": {"headers": {}}}, r"pass headers="),
        ({"httpx_args": {"verify": False}}, r"pass verify_ssl="),
        ({"httpx_args": {"base_url": "x"}}, r"pass base_url="),
    ],
)
def test_invalid_configuration(cfg: Any, kwargs: dict[str, Any], match: str) -> None:
    options: dict[str, Any] = {"public_key": cfg.public_key, "private_key": cfg.private_key}
    options.update(kwargs)
    with pytest.raises(ConfigurationError, match=match):
        VoiceAgentsClient(**options)


def test_from_env_reads_every_variable(cfg: Any) -> None:
    client = VoiceAgentsClient.from_env(_env(cfg))
    assert client.base_url == cfg.base_url
    assert client.workspace == cfg.workspace
    assert client.organization == cfg.organization
    assert client._init_kwargs["public_key"] == cfg.public_key
    assert client._init_kwargs["private_key"] == cfg.private_key


def test_from_env_reads_os_environ(cfg: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in _env(cfg, VOICE_AGENTS_BASE_URL=STAGING_URL).items():
        monkeypatch.setenv(name, value)
    client = VoiceAgentsClient.from_env(max_retries=0, timeout=3.0)
    assert client.base_url == STAGING_URL
    assert client.max_retries == 0
    assert client.timeout == httpx.Timeout(3.0)


def test_from_env_optional_variables(cfg: Any) -> None:
    env = _env(
        cfg,
        VOICE_AGENTS_WORKSPACE="<unset>",
        VOICE_AGENTS_ORGANIZATION="",
        VOICE_AGENTS_BASE_URL="<unset>",
    )
    client = VoiceAgentsClient.from_env(env)
    assert client.workspace is None
    assert client.organization is None
    assert client.base_url == PRODUCTION_URL


@pytest.mark.parametrize("missing", ["VOICE_AGENTS_PUBLIC_KEY", "VOICE_AGENTS_PRIVATE_KEY"])
@pytest.mark.parametrize("how", ["<unset>", ""])
def test_from_env_names_the_missing_variable(cfg: Any, missing: str, how: str) -> None:
    with pytest.raises(ConfigurationError) as info:
        VoiceAgentsClient.from_env(_env(cfg, **{missing: how}))
    message = str(info.value)
    assert missing in message
    other = ({"VOICE_AGENTS_PUBLIC_KEY", "VOICE_AGENTS_PRIVATE_KEY"} - {missing}).pop()
    assert other not in message
    assert cfg.private_key not in message
    assert cfg.public_key not in message


def test_from_env_names_both_missing_variables() -> None:
    with pytest.raises(ConfigurationError, match="missing environment variables") as info:
        VoiceAgentsClient.from_env({})
    assert "VOICE_AGENTS_PUBLIC_KEY" in str(info.value)
    assert "VOICE_AGENTS_PRIVATE_KEY" in str(info.value)


def test_client_options_match_the_constructor() -> None:
    params = inspect.signature(VoiceAgentsClient.__init__).parameters
    own = set(params) - {"self"} - set(ENV_NAMES)
    assert set(get_type_hints(ClientOptions)) == own


def test_derived_clients_keep_every_setting(make_client: Any) -> None:
    client = make_client(max_retries=4, timeout=7.0, raise_on_error=False)
    derived = client.with_workspace("w2").with_headers({"a": "b"}).with_organization("o2")
    assert derived.max_retries == 4
    assert derived.timeout == httpx.Timeout(7.0)
    assert derived.raise_on_error is False
    assert derived.base_url == client.base_url
    assert (derived.workspace, derived.organization) == ("w2", "o2")
    assert derived.retry_policy == client.retry_policy


def test_equality_is_identity_and_clients_are_not_pickled(make_client: Any) -> None:
    client = make_client()
    assert client == client
    assert client != make_client()
    with pytest.raises(TypeError, match="pickle"):
        pickle.dumps(client)


def test_context_managers_leave_the_client_reusable(make_client: Any, api: Any) -> None:
    route = api.get("/health").respond(200)
    client = make_client()
    with client:
        client.get_httpx_client().get("/health")
    with client:
        client.get_httpx_client().get("/health")
    assert route.call_count == 2


def test_version_comes_from_the_distribution_metadata() -> None:
    """One source of truth: the version is written in pyproject.toml only."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert voice_agents.__version__ == project["version"]
    assert voice_agents.__version__ == importlib.metadata.version(voice_agents.DISTRIBUTION)
    for source in (ROOT / "overrides" / "voice_agents").rglob("*.py"):
        assert f'"{project["version"]}"' not in source.read_text(encoding="utf-8"), source


def test_a_refused_connection_names_the_real_port(fake_clock: Any, cfg: Any) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    client = VoiceAgentsClient(
        public_key=cfg.public_key,
        private_key=cfg.private_key,
        base_url=f"http://127.0.0.1:{port}",
        clock=fake_clock.clock(),
    )
    with client, pytest.raises(voice_agents.APIConnectionError) as info:
        client.get_httpx_client().get("/health")
    assert str(info.value).startswith(
        f"GET /health to 127.0.0.1:{port} failed after 3 attempts in 1.5 s: ConnectError: "
    )
