"""Seed data: the state export's format read, checked and loaded; refused whole when wrong.

In process (the store, the checks, the CLI's ``check-seed-data``) except where a start is
the point: ``serve --seed-data`` with broken data must refuse before it launches anything, so
those tests start the real command and see it exit (no Prism is launched for them).
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
import yaml_source
from voice_agents_mock import TEST_WORKSPACE, MockServer, SeedDataError, cli, shipped_spec_path
from voice_agents_mock._core.constants import EXIT_SEED_DATA
from voice_agents_mock._seed.check import check_document
from voice_agents_mock._seed.files import BadSeedDataError, load_seed_data
from voice_agents_mock._spec.document import load_spec
from voice_agents_mock._spec.index import SpecIndex
from voice_agents_mock._state.store import StateStore

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "docs" / "examples" / "seed.yaml"


@pytest.fixture(scope="module")
def index() -> SpecIndex:
    return SpecIndex(load_spec(shipped_spec_path()))


def _example() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    return loaded


def _messages(index: SpecIndex, document: Any) -> list[str]:
    entries, problems = check_document(document, index, "seed.yaml")
    if problems:
        assert entries == []  # all or nothing
    return [str(problem) for problem in problems]


def test_the_example_seed_data_fits_the_spec(index: SpecIndex) -> None:
    assert _messages(index, _example()) == []


def test_a_workspace_starts_from_its_seed_and_reset_returns_to_it(index: SpecIndex) -> None:
    seeds = load_seed_data([EXAMPLE], index)
    store = StateStore(index, seeds=seeds)
    seeded = store.dump(TEST_WORKSPACE)
    expected = _example()["workspaces"][0]
    assert seeded["assistants"] == expected["assistants"]
    assert seeded["tools"] == expected["tools"]
    assert seeded["knowledge_base_files"] == expected["knowledge_base_files"]
    assert seeded["numbers"] == seeded["calls"] == seeded["upload_sessions"] == []
    # Another workspace keeps the spec's examples.
    assert len(store.dump("someone-else")["assistants"]) > 2
    created = store.answer("create_assistant", TEST_WORKSPACE, {}, {"name": "New"})
    assert created is not None
    assert len(store.dump(TEST_WORKSPACE)["assistants"]) == 3
    store.reset(TEST_WORKSPACE)
    assert store.dump(TEST_WORKSPACE)["assistants"] == expected["assistants"]
    store.answer("create_assistant", TEST_WORKSPACE, {}, {"name": "New"})
    store.reset()
    assert store.dump(TEST_WORKSPACE)["assistants"] == expected["assistants"]


def test_an_export_round_trips(index: SpecIndex) -> None:
    source = StateStore(index)
    # Every section carries something: an open upload session, a call, an archived workspace.
    started = source.answer(
        "start_upload", "w1", {}, {"fileName": "a.md", "fileSize": 10, "totalChunks": 2}
    )
    assert started is not None
    source.answer("initiate_call", "w1", {}, {"phoneNumber": "+15550100001", "assistant": "a"})
    source.answer("archive_entity", "w1", {}, {"type": "workspace", "id": "w1"})
    state = {"stateful": True, **source.dump("w1")}
    assert state["upload_sessions"]
    assert state["calls"]
    assert state["archived"]["workspace"]
    copied = StateStore(index, seeds=load_seed_data([{"workspaces": [state]}], index))
    assert {"stateful": True, **copied.dump("w1")} == state
    # One bare state (MockServer.state() as it is) is seed data too.
    bare = StateStore(index, seeds=load_seed_data([state], index))
    assert {"stateful": True, **bare.dump("w1")} == state
    # The seeded workspace stays archived after a reset: that is its seed.
    copied.reset("w1")
    assert copied.dump("w1")["archived"]["workspace"] == state["archived"]["workspace"]


def test_every_problem_is_named_with_its_path_and_rule(index: SpecIndex) -> None:
    document = _example()
    workspace = document["workspaces"][0]
    workspace["assistants"][0]["name"] = 42
    del workspace["assistants"][1]["agent"]
    workspace["tools"].append(copy.deepcopy(workspace["tools"][0]))
    workspace["calls"] = [{"callId": "c1", "ended": "no"}]
    workspace["assistans"] = []
    messages = _messages(index, document)
    assert messages == [
        "seed.yaml: $.workspaces[0].assistans: unknown section; a workspace holds archived, "
        "assistants, calls, knowledge_base_files, numbers, stateful, tools, upload_sessions, "
        "workspace (rule: seed-data format)",
        "seed.yaml: $.workspaces[0].assistants[0].name (assistant 6a1000000000000000000001 of "
        'workspace 6690a1b2c3d4e5f600000001): 42 is not of type "string" (rule: the '
        "get_assistant 200 response schema, #/components/schemas/Assistant/properties/name/type)",
        "seed.yaml: $.workspaces[0].assistants[1] (assistant 6a1000000000000000000002 of "
        'workspace 6690a1b2c3d4e5f600000001): "agent" is a required property (rule: the '
        "get_assistant 200 response schema, #/components/schemas/Assistant/required)",
        "seed.yaml: $.workspaces[0].tools[1]._id (API tool 6a1000000000000000000101 of "
        "workspace 6690a1b2c3d4e5f600000001): '6a1000000000000000000101' is also "
        "$.workspaces[0].tools[0]'s (rule: ids are unique in a section)",
        "seed.yaml: $.workspaces[0].calls[0].ended (call c1 of workspace "
        '6690a1b2c3d4e5f600000001): "no" is not of type "boolean" (rule: the mock\'s calls '
        "record (docs/mock.md))",
    ]


@pytest.mark.parametrize(
    ("document", "fragment"),
    [
        ([], 'must be an object with a "workspaces" list'),
        ({"workspaces": [{"assistants": []}]}, "$.workspaces[0].workspace: is required"),
        ({"workspaces": [{"workspace": "w", "stateful": False}]}, "stateless mock"),
        ({"workspaces": [{"workspace": "w"}, {"workspace": "w"}]}, "one entry per workspace"),
        ({"workspaces": [{"workspace": "w", "tools": {}}]}, "tools must be a list"),
        ({"workspaces": [{"workspace": "w", "tools": [{"name": "x"}]}]}, "needs _id"),
        ({"workspaces": [], "extra": 1}, "$.extra: unknown key"),
        ({"workspaces": [{"workspace": str(n)} for n in range(257)]}, "at most 256"),
        (
            {
                "workspaces": [
                    {"workspace": "w", "calls": [{"callId": str(n)} for n in range(1001)]}
                ]
            },
            "at most 1000",
        ),
    ],
)
def test_structure_problems(index: SpecIndex, document: Any, fragment: str) -> None:
    assert any(fragment in message for message in _messages(index, document))


def test_nothing_is_half_loaded(index: SpecIndex, tmp_path: Path) -> None:
    good = tmp_path / "good.json"
    good.write_text(json.dumps(_example()), encoding="utf-8")
    broken = tmp_path / "broken.yaml"
    broken.write_text("workspaces:\n  - workspace: w\n    tools: [\n", encoding="utf-8")
    with pytest.raises(BadSeedDataError) as refused:
        load_seed_data([good, broken, tmp_path / "missing.yaml", _example()], index)
    text = str(refused.value)
    assert f"{broken}: $: not YAML at line 4" in text
    assert f"{tmp_path / 'missing.yaml'}: $: cannot be read" in text
    assert "workspace '6690a1b2c3d4e5f600000001' is also in" in text


def test_check_seed_data_names_each_stale_object(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A spec change that makes the file stale: a new required field of API tools."""
    spec = yaml_source.spec()
    spec["components"]["schemas"]["ApiTool"]["required"].append("owner")
    newer = tmp_path / "openapi.yaml"
    newer.write_text(yaml.safe_dump(spec), encoding="utf-8")

    assert cli.main(["check-seed-data", "--spec", str(ROOT / "openapi.yaml"), str(EXAMPLE)]) == 0
    assert capsys.readouterr().out == f"{EXAMPLE}: ok (1 workspace(s), 4 object(s))\n"
    assert cli.main(["check-seed-data", "--spec", str(newer), str(EXAMPLE)]) == 1
    out = capsys.readouterr().out
    assert out == (
        f"{EXAMPLE}: $.workspaces[0].tools[0] (API tool 6a1000000000000000000101 of workspace "
        '6690a1b2c3d4e5f600000001): "owner" is a required property (rule: the list_api_tools '
        "200 response schema, #/components/schemas/ApiTool/required)\n"
        f"{EXAMPLE}: 1 problem(s): the mock would refuse this file\n"
    )


def test_check_seed_data_says_which_spec_a_snapshot_was_made_with(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = {"snapshot": {"spec_sha256": "0" * 64}, **_example()}
    path = tmp_path / "snap.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert cli.main(["check-seed-data", str(path)]) == 0
    assert (
        f"{path}: made against spec sha256 {'0' * 64}; the current spec is "
        in capsys.readouterr().out
    )


def _broken_file(tmp_path: Path) -> Path:
    document = _example()
    document["workspaces"][0]["assistants"][0]["callSettings"] = {"maxCallDuration": "long"}
    path = tmp_path / "seed.yaml"
    path.write_text(yaml.safe_dump(document), encoding="utf-8")
    return path


def test_serve_refuses_broken_seed_data_before_starting_anything(tmp_path: Path) -> None:
    path = _broken_file(tmp_path)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "voice_agents_mock",
            "serve",
            "--port",
            "0",
            "--seed-data",
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == EXIT_SEED_DATA
    assert (
        f"seed data refused: {path}: $.workspaces[0].assistants[0].callSettings.maxCallDuration "
        '(assistant 6a1000000000000000000001 of workspace 6690a1b2c3d4e5f600000001): "long" is '
        'not of type "number" (rule: the get_assistant 200 response schema, '
        "#/components/schemas/CallSettings/properties/maxCallDuration/type)"
    ) in done.stderr
    assert "Prism" not in done.stderr  # refused before Prism was launched
    assert "ready" not in done.stdout


def test_mock_server_raises_seed_data_error_naming_the_data(tmp_path: Path) -> None:
    document = _example()
    document["workspaces"][0]["tools"][0]["isActive"] = "yes"
    with pytest.raises(SeedDataError) as refused:
        MockServer(seed_data=[_broken_file(tmp_path), document]).start()
    problems = refused.value.problems
    # Three from the file (its slots and retries are missing too), one from the dict.
    assert len(problems) == 4
    assert all(problem.startswith(f"{tmp_path / 'seed.yaml'}: ") for problem in problems[:3])
    assert problems[-1].startswith("seed_data[1]: $.workspaces[0].tools[0].isActive")
    assert "the seed data was refused:" in str(refused.value)


@pytest.mark.parametrize(
    ("keywords", "error", "message"),
    [
        ({"seed_data": [3]}, TypeError, "file paths or loaded seed data"),
        ({"seed_data": {"workspaces": [object()]}}, TypeError, "JSON-like"),
        ({"seed_data": {"workspaces": []}, "stateful": False}, ValueError, "stateful mock"),
        ({"seed_data": "s.yaml", "upstream": "https://example.com"}, ValueError, "stateful mock"),
    ],
)
def test_mock_server_refuses_what_cannot_be_seed_data(
    keywords: dict[str, Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        MockServer(**keywords)


def test_a_relative_path_is_kept_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert MockServer(seed_data="tests/seed.yaml").options.seed_data == (
        tmp_path / "tests/seed.yaml",
    )


def test_check_seed_data_on_unreadable_files_and_a_missing_spec(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    assert cli.main(["check-seed-data", str(broken), str(EXAMPLE)]) == 1
    out = capsys.readouterr().out
    assert f"{broken}: $: not JSON:" in out
    assert f"{EXAMPLE}: ok" in out
    assert cli.main(["check-seed-data", "--spec", str(tmp_path / "none.yaml"), str(EXAMPLE)]) == 2
    assert "cannot read the spec" in capsys.readouterr().err
