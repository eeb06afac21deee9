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

from typing import Any

import hypothesis
import pytest
import schemathesis
import yaml
from schemathesis.specs.openapi import checks as openapi_checks
from voice_agents_mock import MockServer
from voice_agents_mock_contract import (
    CONTRACT_SEED,
    EXCLUDED_CHECKS,
    MAX_EXAMPLES,
    ROOT,
    STATE_DEPENDENT_400,
    STATELESS_EXCLUDED_CHECKS,
    load_contract_schema,
)

EXCLUDED = [getattr(openapi_checks, name) for name in EXCLUDED_CHECKS]
STATELESS_EXCLUDED = [getattr(openapi_checks, name) for name in STATELESS_EXCLUDED_CHECKS]
COUNTS = {"cases": 0, "stateful_steps": 0}


MOCKS: list[MockServer] = []


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
    # not make the next one's valid abort a documented "already aborted" 400.
    MOCKS[-1].reset()
    case.call_and_validate(excluded_checks=EXCLUDED)


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


def test_state_dependent_400s_are_documented_400s() -> None:
    """Only operations that document a 400 may have it accepted in the stateful phase."""
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    documented = {
        op["operationId"]
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "400" in op.get("responses", {})
    }
    assert set(STATE_DEPENDENT_400) <= documented
    assert all(len(reason) > 30 for reason in STATE_DEPENDENT_400.values())


def test_the_run_generated_cases(capsys: pytest.CaptureFixture[str]) -> None:
    """Runs last in this module: the parametrized and stateful tests really sent requests."""
    with capsys.disabled():
        print(
            f"\ncontract: {COUNTS['cases']} generated cases, "
            f"{COUNTS['stateful_steps']} stateful steps (seed {CONTRACT_SEED})"
        )
    assert COUNTS["cases"] > 100
    assert COUNTS["stateful_steps"] > 0
