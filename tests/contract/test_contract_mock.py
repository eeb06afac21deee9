"""The spec against the mock: schemathesis over every operation, 0 failures.

Phases examples, coverage and fuzzing in both positive and negative mode, seeded and
deterministic, plus a stateful run over the links schemathesis infers. The schema is loaded from a
fixture holding a `MockServer` of its own (our mock, serving openapi.yaml).

The mock runs stateful (its default), so `use_after_free` and `ensure_resource_availability` are
on; a second, shorter stateful run against a `--stateless` mock excludes just those two. Checks
may be excluded only in EXCLUDED_CHECKS / STATELESS_EXCLUDED_CHECKS (voice_agents_mock_contract.py,
shared with `make contract`), by name, each with its reason; any other failure is a bug of the
spec or the mock and is fixed there.
"""

from __future__ import annotations

import tomllib
from typing import Any

import hypothesis
import pytest
import requests
import schemathesis
import yaml_source
from schemathesis.config import PositiveDataAcceptanceConfig
from schemathesis.specs.openapi import checks as openapi_checks
from voice_agents_mock import MockServer
from voice_agents_mock_contract import (
    CONTRACT_SEED,
    EXCLUDED_CHECKS,
    MAX_EXAMPLES,
    SCHEMATHESIS_CONFIG,
    STATELESS_EXCLUDED_CHECKS,
    load_contract_schema,
)

EXCLUDED = [getattr(openapi_checks, name) for name in EXCLUDED_CHECKS]
STATELESS_EXCLUDED = [getattr(openapi_checks, name) for name in STATELESS_EXCLUDED_CHECKS]
COUNTS = {"cases": 0, "stateful_steps": 0}

# One pytest-xdist worker runs the whole module, in order: the last test reads COUNTS, and one
# contract mock serves every case (each worker would otherwise boot one more).
pytestmark = pytest.mark.xdist_group("contract")


MOCKS: list[MockServer] = []
READS = frozenset({"GET", "HEAD", "OPTIONS"})
# One keep-alive connection for the thousands of cases instead of one connection each, and no
# proxy lookup in the environment per request (the mock is on loopback): a third of the time
# this module spent in the test process.
SESSION = requests.Session()
SESSION.trust_env = False


@pytest.fixture(scope="module")
def mock_schema() -> Any:
    """A mock of its own: thousands of generated requests (and the webhooks they trigger to
    made-up callback URLs) stay out of the shared session mock other suites use."""
    with MockServer() as mock:
        MOCKS.append(mock)
        yield load_contract_schema(mock.url)
        MOCKS.remove(mock)


schema = schemathesis.pytest.from_fixture("mock_schema")


@schema.parametrize()
def test_mock_matches_the_spec(case: Any) -> None:
    COUNTS["cases"] += 1
    # Each generated case on its own, from the seed: a case that aborts the example call must
    # not make the next one's valid abort a documented "already aborted" 400. Only a write can
    # change what the store holds, so the reset (a control-plane round trip) follows writes.
    try:
        case.call_and_validate(session=SESSION, excluded_checks=EXCLUDED)
    finally:
        if case.method.upper() not in READS:
            MOCKS[-1].reset()


def _run_state_machine(schema: Any, excluded: list[Any]) -> None:
    machine = schema.as_state_machine()

    class Contract(machine):  # type: ignore[misc,valid-type]
        def validate_response(self, response: Any, case: Any, **kwargs: Any) -> None:
            COUNTS["stateful_steps"] += 1
            case.validate_response(response, excluded_checks=excluded)

    Contract.run(
        settings=hypothesis.settings(
            max_examples=MAX_EXAMPLES,
            stateful_step_count=4,
            derandomize=True,
            deadline=None,
            database=None,
            suppress_health_check=list(hypothesis.HealthCheck),
        )
    )


def test_stateful_sequences_match_the_spec(mock_schema: Any) -> None:
    _run_state_machine(mock_schema, EXCLUDED)


def test_stateful_sequences_against_a_stateless_mock() -> None:
    with MockServer(stateful=False) as mock:
        _run_state_machine(load_contract_schema(mock.url), STATELESS_EXCLUDED)


def test_excluded_checks_exist_and_have_reasons() -> None:
    assert all(callable(check) for check in STATELESS_EXCLUDED)
    assert all(len(reason) > 40 for reason in STATELESS_EXCLUDED_CHECKS.values())
    assert CONTRACT_SEED


def _declared() -> list[dict[str, Any]]:
    operations: list[dict[str, Any]] = tomllib.loads(SCHEMATHESIS_CONFIG.read_text())["operations"]
    return operations


def test_state_dependent_400s_are_documented_400s() -> None:
    """schemathesis.toml may accept a 400 only where the spec documents one, adds nothing but
    400 to schemathesis's own expected statuses, and names the rule of each."""
    spec = yaml_source.spec()
    documented = {
        op["operationId"]
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "400" in op.get("responses", {})
    }
    default = PositiveDataAcceptanceConfig().expected_statuses
    declared = _declared()
    assert declared, "schemathesis.toml declares no operation"
    for entry in declared:
        assert set(entry) == {"include-operation-id", "checks"}, entry
        assert entry["include-operation-id"] in documented, entry
        statuses = entry["checks"]["positive_data_acceptance"]["expected-statuses"]
        assert sorted(statuses) == sorted([*default, "400"]), entry
    text = SCHEMATHESIS_CONFIG.read_text()
    for block in text.split("[[operations]]")[1:]:
        rule = [line for line in block.splitlines() if line.startswith("#")]
        names = [e["include-operation-id"] for e in declared]
        operation = next(name for name in names if f'"{name}"' in block)
        assert rule, f"no rule above {operation}"
        assert rule[0].startswith(f"# {operation}:"), f"the rule above {operation} names another"
        assert len(" ".join(rule)) > 40


def test_the_pytest_suite_loads_the_same_declaration() -> None:
    loaded = load_contract_schema("http://127.0.0.1:1").config
    assert loaded.config_path == str(SCHEMATHESIS_CONFIG.resolve())
    assert len(loaded.operations.operations) == len(_declared())


def test_the_run_generated_cases(capsys: pytest.CaptureFixture[str]) -> None:
    """Runs last in this module: the parametrized and stateful tests really sent requests."""
    with capsys.disabled():
        print(
            f"\ncontract: {COUNTS['cases']} generated cases, "
            f"{COUNTS['stateful_steps']} stateful steps (seed {CONTRACT_SEED})"
        )
    assert COUNTS["cases"] > 100
    assert COUNTS["stateful_steps"] > 0
