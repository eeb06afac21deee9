"""VoiceAgentsClient sends the keys, workspace and organization itself (sync and async)."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
import respx
from voice_agents import VoiceAgentsClient
from voice_agents_client import AuthenticatedClient, Client


def _sent(route: respx.Route) -> httpx.Headers:
    return route.calls.last.request.headers


def test_is_accepted_where_generated_functions_want_a_client(make_client: Any) -> None:
    client = make_client()
    assert isinstance(client, AuthenticatedClient)
    assert not isinstance(client, Client)  # but AuthenticatedClient | Client accepts it


def test_sync_request_carries_keys_and_workspace(make_client: Any, api: Any, cfg: Any) -> None:
    route = api.get("/v1/admin/assistant").respond(200, json={"data": []})
    make_client().get_httpx_client().get("/v1/admin/assistant")
    headers = _sent(route)
    assert headers["x-public-key"] == cfg.public_key
    assert headers["x-private-key"] == cfg.private_key
    assert headers["workspace"] == cfg.workspace
    assert "organization" not in headers


def test_async_request_carries_keys_and_workspace(make_client: Any, api: Any, cfg: Any) -> None:
    route = api.post("/v2/call/initiate").respond(200, json={"message": "ok"})
    client = make_client()

    async def call() -> None:
        async with client:
            await client.get_async_httpx_client().post("/v2/call/initiate", json={})

    asyncio.run(call())
    headers = _sent(route)
    assert headers["x-public-key"] == cfg.public_key
    assert headers["x-private-key"] == cfg.private_key
    assert headers["workspace"] == cfg.workspace
    assert "organization" not in headers


@pytest.mark.parametrize(
    "path", ["/v1/number-pool/search", "/v1/number-pool/purchase", "/v1/number-pool/6690a1b2"]
)
def test_organization_is_sent_on_number_pool_routes(
    make_client: Any, api: Any, cfg: Any, path: str
) -> None:
    route = api.route(path=path).respond(200, json={})
    client = make_client()
    client.get_httpx_client().post(path, json={})
    assert _sent(route)["organization"] == cfg.organization

    async def call() -> None:
        await client.get_async_httpx_client().post(path, json={})
        await client.aclose()

    asyncio.run(call())
    assert route.call_count == 2
    assert _sent(route)["organization"] == cfg.organization


def test_organization_only_where_the_path_really_is_the_number_pool(
    make_client: Any, api: Any
) -> None:
    route = api.get("/v1/number-poolside").respond(200)
    make_client().get_httpx_client().get("/v1/number-poolside")
    assert "organization" not in _sent(route)


def test_base_url_with_a_path_prefix(make_client: Any, cfg: Any) -> None:
    with respx.mock(base_url="https://proxy.test.invalid/voice") as router:
        route = router.get("/v1/number-pool/search").respond(200)
        client = make_client(base_url="https://proxy.test.invalid/voice")
        client.get_httpx_client().get("/v1/number-pool/search")
    assert _sent(route)["organization"] == cfg.organization
    assert _sent(route)["x-private-key"] == cfg.private_key


def test_nothing_optional_is_sent_when_not_configured(make_client: Any, api: Any) -> None:
    route = api.get("/v1/number-pool/search").respond(200)
    make_client(workspace=None, organization=None).get_httpx_client().get("/v1/number-pool/search")
    assert "workspace" not in _sent(route)
    assert "organization" not in _sent(route)
    assert "x-private-key" in _sent(route)


def test_a_header_on_the_request_overrides_the_configured_one(make_client: Any, api: Any) -> None:
    route = api.get("/v1/admin/assistant").respond(200)
    client = make_client()
    client.get_httpx_client().get("/v1/admin/assistant", headers={"workspace": "other-ws"})
    assert _sent(route)["workspace"] == "other-ws"
    assert _sent(route).get_list("workspace") == ["other-ws"]


def test_with_workspace_overrides_for_a_call_and_leaves_the_client_alone(
    make_client: Any, api: Any, cfg: Any
) -> None:
    route = api.get("/v1/admin/assistant").respond(200)
    client = make_client()
    other = client.with_workspace("ws-2")
    other.get_httpx_client().get("/v1/admin/assistant")
    assert _sent(route)["workspace"] == "ws-2"
    assert other.workspace == "ws-2"
    client.get_httpx_client().get("/v1/admin/assistant")
    assert _sent(route)["workspace"] == cfg.workspace
    client.with_workspace(None).get_httpx_client().get("/v1/admin/assistant")
    assert "workspace" not in _sent(route)
    other.close()


def test_with_organization(make_client: Any, api: Any) -> None:
    route = api.get("/v1/number-pool/search").respond(200)
    make_client().with_organization("org-2").get_httpx_client().get("/v1/number-pool/search")
    assert _sent(route)["organization"] == "org-2"


def test_with_headers_keeps_keys_and_retries_after_the_httpx_client_exists(
    make_client: Any, api: Any, cfg: Any
) -> None:
    route = api.get("/v1/admin/assistant").mock(
        side_effect=[httpx.Response(503), httpx.Response(200), httpx.Response(200)]
    )
    client = make_client()
    client.get_httpx_client()  # the generated with_headers drops an existing client here
    derived = client.with_headers({"x-trace": "abc", "workspace": "ws-3"})
    assert isinstance(derived, VoiceAgentsClient)
    response = derived.get_httpx_client().get("/v1/admin/assistant")
    assert response.status_code == 200
    assert route.call_count == 2  # the retry still happens
    headers = _sent(route)
    assert headers["x-trace"] == "abc"
    assert headers["workspace"] == "ws-3"
    assert headers["x-private-key"] == cfg.private_key
    client.get_httpx_client().get("/v1/admin/assistant")  # the original is unchanged
    assert "x-trace" not in _sent(route)
    assert _sent(route)["workspace"] == cfg.workspace
    derived.close()


def test_with_timeout_keeps_keys_and_retries(make_client: Any, api: Any, cfg: Any) -> None:
    route = api.get("/v1/admin/assistant").mock(
        side_effect=[httpx.ConnectError("refused"), httpx.Response(200)]
    )
    client = make_client()
    client.get_httpx_client()
    derived = client.with_timeout(httpx.Timeout(3.0))
    assert derived.timeout == httpx.Timeout(3.0)
    assert client.timeout != derived.timeout
    derived.get_httpx_client().get("/v1/admin/assistant")
    assert route.call_count == 2
    assert _sent(route)["x-private-key"] == cfg.private_key
    assert route.calls.last.request.extensions["timeout"]["read"] == 3.0
    derived.close()


def test_with_cookies(make_client: Any, api: Any) -> None:
    route = api.get("/v1/admin/assistant").respond(200)
    make_client().with_cookies({"session": "s1"}).get_httpx_client().get("/v1/admin/assistant")
    assert _sent(route)["cookie"] == "session=s1"
    assert "x-private-key" in _sent(route)


def test_extra_headers_are_sent(make_client: Any, api: Any) -> None:
    route = api.post("/v1/shiprocket/ndr-webhook/6690a1b2c3d4e5f600000010").respond(200)
    client = make_client(headers={"x-api-key": "hook-token"})
    client.get_httpx_client().post("/v1/shiprocket/ndr-webhook/6690a1b2c3d4e5f600000010")
    assert _sent(route)["x-api-key"] == "hook-token"


def test_keys_never_go_to_another_origin(make_client: Any, api: Any) -> None:
    with respx.mock() as router:
        foreign = router.get("https://elsewhere.test.invalid/x").respond(200)
        make_client().get_httpx_client().get(
            "https://elsewhere.test.invalid/x", headers={"x-private-key": "explicit"}
        )
    headers = _sent(foreign)
    assert "x-private-key" not in headers
    assert "x-public-key" not in headers


def test_keys_are_stripped_on_a_cross_origin_redirect(make_client: Any, cfg: Any) -> None:
    with respx.mock() as router:
        router.get(f"{cfg.base_url}/v1/showcase/calls").respond(
            302, headers={"location": "https://cdn.test.invalid/calls.json"}
        )
        cdn = router.get("https://cdn.test.invalid/calls.json").respond(200, json=[])
        client = make_client(follow_redirects=True)
        assert client.get_httpx_client().get("/v1/showcase/calls").status_code == 200
    assert "x-private-key" not in _sent(cdn)
    assert "x-public-key" not in _sent(cdn)


def test_user_event_hooks_still_run_and_do_not_see_the_keys(make_client: Any, api: Any) -> None:
    api.get("/v1/admin/assistant").respond(200)
    seen: list[dict[str, str]] = []
    client = make_client(
        httpx_args={"event_hooks": {"request": [lambda r: seen.append(dict(r.headers))]}}
    )
    client.get_httpx_client().get("/v1/admin/assistant")
    assert len(seen) == 1
    assert "x-private-key" not in seen[0]


def test_set_httpx_client_is_refused(make_client: Any) -> None:
    client = make_client()
    with pytest.raises(TypeError, match="httpx_args"):
        client.set_httpx_client(httpx.Client())
    with pytest.raises(TypeError, match="httpx_args"):
        client.set_async_httpx_client(httpx.AsyncClient())


def test_httpx_args_transport_is_used_with_keys_and_retries(cfg: Any, fake_clock: Any) -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(503 if len(calls) == 1 else 200)

    client = VoiceAgentsClient(
        public_key=cfg.public_key,
        private_key=cfg.private_key,
        base_url=cfg.base_url,
        clock=fake_clock.clock(),
        httpx_args={"transport": httpx.MockTransport(handler)},
    )
    with client:
        assert client.get_httpx_client().get("/v1/health").status_code == 200
    assert len(calls) == 2
    assert calls[-1].headers["x-private-key"] == cfg.private_key


def test_close_leaves_the_client_usable(make_client: Any, api: Any) -> None:
    route = api.get("/v1/admin/assistant").respond(200)
    client = make_client()
    client.get_httpx_client().get("/v1/admin/assistant")
    client.close()
    client.close()  # idempotent
    client.get_httpx_client().get("/v1/admin/assistant")
    assert route.call_count == 2
