"""``voice-agents-mock snapshot``: a stateful mock stands in for staging, end to end.

The session mock plays staging (real Prism, real loopback HTTP): each test creates assistants
of its own in a workspace of it, with phone numbers and e-mail addresses in them, and runs the
real ``snapshot`` command against it. The command starts its own validating proxy (a Prism of
its own: that proxy is what the command is). The file it writes is then served by a second
mock started with ``--seed-data`` (its own Prism too: seed data is read when a mock starts).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from voice_agents_mock import MockControl, MockServer, shipped_spec_path
from voice_agents_mock._seed.snapshot import READS, SnapshotError, _Reader
from voice_agents_mock._spec.document import load_spec
from voice_agents_mock._spec.index import SpecIndex

STAGING = "6690a1b2c3d4e5f6000000aa"
PUBLIC_KEY = "pk_staging_" + "7" * 24
PRIVATE_KEY = "sk_staging_" + "fedcba9876543210" * 4
REAL_PHONE = "+919812345678"
REAL_PHONE_SPACED = "+91 98123 45678"
REAL_EMAIL = "ops@realshop.in"


def _create_assistant(url: str, name: str) -> str:
    body = {
        "name": name,
        "agent": {
            "identity": {"name": "Riya", "gender": "female", "voice": "riya"},
            "systemPrompt": f"If stuck, call {REAL_PHONE_SPACED} or write to {REAL_EMAIL}.",
        },
        "variant": {
            "type": "cod_to_prepaid",
            "config": {
                "cod_to_prepaid": {
                    "paymentLinkValidity": 24,
                    "codFee": 40,
                    "supportContacts": {"phoneNumber": REAL_PHONE, "email": REAL_EMAIL},
                }
            },
        },
    }
    headers = {"x-public-key": PUBLIC_KEY, "x-private-key": PRIVATE_KEY, "workspace": STAGING}
    answer = httpx.post(f"{url}/v1/admin/assistant/create", headers=headers, json=body)
    assert answer.status_code == 200, answer.text
    assistant_id: str = answer.json()["data"]["assistantId"]
    return assistant_id


def _snapshot(url: str, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    # Keys from the environment, as a CI job would pass them.
    env = {
        **os.environ,
        "VOICE_AGENTS_PUBLIC_KEY": PUBLIC_KEY,
        "VOICE_AGENTS_PRIVATE_KEY": PRIVATE_KEY,
    }
    command = [sys.executable, "-m", "voice_agents_mock", "snapshot", "--upstream", url]
    command += ["--out", str(out), "--workspace", STAGING, *extra]
    return subprocess.run(
        command, capture_output=True, text=True, timeout=120, env=env, check=False
    )


def _ids(items: list[dict[str, Any]]) -> list[str]:
    return [item["_id"] for item in items]


def test_a_snapshot_of_staging_is_seed_data_without_secrets(
    voice_agents_mock: MockServer, tmp_path: Path
) -> None:
    staging = voice_agents_mock
    mine = [
        _create_assistant(staging.url, "Cart Saver"),
        _create_assistant(staging.url, "COD Nudge"),
    ]
    listed = _ids(staging.state(STAGING)["assistants"])
    assert set(mine) <= set(listed)
    staging.clear_requests()
    out = tmp_path / "staging.yaml"

    done = _snapshot(staging.url, out)

    assert done.returncode == 0, done.stderr
    assert out.stat().st_mode & 0o077 == 0  # readable by its owner only
    text = out.read_text(encoding="utf-8")
    for secret in (
        PUBLIC_KEY,
        PRIVATE_KEY,
        REAL_PHONE,
        REAL_PHONE_SPACED,
        "9812345678",
        REAL_EMAIL,
    ):
        assert secret not in text
        assert secret not in done.stdout + done.stderr
    assert "+919800000001" not in text  # the spec examples' numbers are phone numbers too
    document = yaml.safe_load(text)
    made = document["snapshot"]
    spec = staging_spec_sha256()
    assert made["spec_sha256"] == spec
    assert made["upstream"] == staging.url
    assert made["answers"]
    assert {a["verdict"] for a in made["answers"]} == {"valid"}
    assert [w["workspace"] for w in document["workspaces"]] == [STAGING]
    snapped = document["workspaces"][0]
    assert _ids(snapped["assistants"]) == listed
    fake = next(a for a in snapped["assistants"] if a["_id"] == mine[0])
    contacts = fake["variant"]["config"]["cod_to_prepaid"]["supportContacts"]
    assert contacts["phoneNumber"].startswith("+1555")
    assert re.fullmatch(r"user\d+@example\.com", contacts["email"])
    # The same real number gets the same fake wherever it appears.
    assert contacts["phoneNumber"] in fake["agent"]["systemPrompt"]
    # The example tool's Authorization header is a credential.
    headers = snapped["tools"][0]["config"]["headers"]
    assert {h["key"]: h["value"] for h in headers}["Authorization"] == "[redacted]"

    # The snapshot sent nothing but GETs: staging's own journal says so.
    seen = staging.requests(workspace=STAGING)
    assert seen
    assert {entry["method"] for entry in seen} == {"GET"}
    assert len(seen) == len(made["answers"])

    # A second mock started with the file serves exactly those assistants; state() of it
    # saved to a file is seed data again (the round trip).
    with MockServer(seed_data=out) as copy:
        headers = {"x-public-key": "pk_test", "x-private-key": "sk_test", "workspace": STAGING}
        answer = httpx.get(f"{copy.url}/v1/admin/assistant/list", headers=headers)
        assert _ids(answer.json()["data"]) == listed
        assert answer.json()["data"] == snapped["assistants"]
        exported = copy.state(STAGING)
        again = tmp_path / "again.json"
        again.write_text(json.dumps({"workspaces": [exported]}), encoding="utf-8")
    with MockServer(seed_data=again) as third:
        assert third.state(STAGING) == exported


def staging_spec_sha256() -> str:
    return hashlib.sha256(shipped_spec_path().read_bytes()).hexdigest()


def test_an_answer_off_the_spec_is_kept_with_its_violations_and_fails(
    voice_agents_mock: MockServer, tmp_path: Path
) -> None:
    staging = voice_agents_mock
    off_spec = {"status_code": 200, "message": "ok", "data": [{"_id": "6a10000000000000000000f1"}]}
    staging.respond("list_api_tools", 200, body=off_spec, workspace=STAGING, times=2)
    out = tmp_path / "drifted.json"

    done = _snapshot(staging.url, out)

    assert done.returncode == 1, done.stderr
    assert "depart from the spec" in done.stderr
    document = json.loads(out.read_text(encoding="utf-8"))
    verdicts = {a["operation"]: a for a in document["snapshot"]["answers"]}
    tools = verdicts["list_api_tools"]
    assert tools["verdict"] == "departs from the spec"
    assert any(v["side"] == "response" for v in tools["violations"])
    assert verdicts["list_assistants"]["verdict"] == "valid"

    kept = _snapshot(staging.url, tmp_path / "kept.json", "--allow-violations")
    assert kept.returncode == 0, kept.stderr

    # A read the upstream refuses (wrong keys, say) stops it: nothing half-read is written.
    staging.respond("get_assistant", 401, workspace=STAGING)
    refused = _snapshot(staging.url, tmp_path / "refused.json")
    assert refused.returncode == 1
    assert "get_assistant" in refused.stderr
    assert "answered 401" in refused.stderr
    assert "nothing was written" in refused.stderr
    assert not (tmp_path / "refused.json").exists()


def test_only_reads_are_ever_sent(tmp_path: Path) -> None:
    """The guard before every request: a write is refused before anything is sent (a real
    client to a closed port would fail with a connection error if it tried)."""
    index = SpecIndex(load_spec(shipped_spec_path()))
    assert {index.templates[operation][0] for operation in READS} == {"GET"}
    with (
        httpx.Client(base_url="http://127.0.0.1:9") as http,
        MockControl("http://127.0.0.1:9") as journal,
    ):
        reader = _Reader(http, journal, index)
        for write in ("create_assistant", "delete_api_tool", "initiate_call"):
            with pytest.raises(SnapshotError, match="a snapshot sends GETs only"):
                reader.get(write, STAGING)


def test_keep_pii_keeps_numbers_but_never_keys(
    voice_agents_mock: MockServer, tmp_path: Path
) -> None:
    _create_assistant(voice_agents_mock.url, "Cart Saver")
    out = tmp_path / "pii.yaml"
    done = _snapshot(voice_agents_mock.url, out, "--keep-pii")
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    assert REAL_PHONE in text
    assert REAL_EMAIL in text
    assert PRIVATE_KEY not in text
    assert PUBLIC_KEY not in text


def test_refused_before_anything_starts(tmp_path: Path) -> None:
    out = tmp_path / "never.yaml"
    env = {k: v for k, v in os.environ.items() if not k.startswith("VOICE_AGENTS_")}
    base = [sys.executable, "-m", "voice_agents_mock", "snapshot", "--out", str(out)]
    no_keys = subprocess.run(
        [*base, "--upstream", "http://127.0.0.1:9", "--workspace", "w"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )
    assert no_keys.returncode == 2
    assert "keys needed" in no_keys.stderr
    remote = subprocess.run(
        [
            *base,
            "--upstream",
            "http://staging.example.com",
            "--workspace",
            "w",
            "--public-key",
            "pk_x",
            "--private-key",
            "sk_secret_value",
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )
    assert remote.returncode == 2
    assert "plain http" in remote.stderr
    assert "sk_secret_value" not in remote.stderr
    assert not out.exists()
