"""Shared schemathesis settings for the contract suite (pytest) and `make contract` (st CLI)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import schemathesis
from schemathesis.config import OperationConfig, OperationsConfig, PositiveDataAcceptanceConfig
from voice_agents_mock import TEST_ORGANIZATION, TEST_PRIVATE_KEY, TEST_PUBLIC_KEY, TEST_WORKSPACE

ROOT = Path(__file__).resolve().parents[2]
CONTRACT_SEED = 20261128
MAX_EXAMPLES = 5
# "stateful" enables link traversal for as_state_machine(); parametrize runs the other three.
PHASES = ["examples", "coverage", "fuzzing", "stateful"]
MODES = ["positive", "negative"]
# The one list of excluded checks, each with its reason. Nothing else may be excluded.
EXCLUDED_CHECKS: dict[str, str] = {
    "ignored_auth": (
        "Prism checks only that each credential header is present (DESIGN.md: presence-only key "
        "checks); the mock has no account store, so wrong key values are accepted."
    ),
}
# Checks that need stored resources: on for the stateful mock (the default), off only when the
# mock runs with --stateless, where a deleted tool still answers with its example.
STATELESS_EXCLUDED_CHECKS: dict[str, str] = {
    **EXCLUDED_CHECKS,
    "use_after_free": (
        "A stateless mock keeps no resources: a deleted tool or number still answers with its "
        "example."
    ),
    "ensure_resource_availability": (
        "A stateless mock keeps no resources: a created assistant is not stored, so reading it "
        "back returns the example, not the created object."
    ),
}
# Operations whose spec documents a 400 that depends on what the store holds, not on the
# request: a stateful run may send the same schema-valid request twice (complete one upload
# session twice, abort one call twice). In the stateful phase only, their documented 400 counts
# as an accepted answer to positive data; the check itself stays on everywhere, and every other
# status it rejects still fails. Each entry names the spec's rule.
STATE_DEPENDENT_400: dict[str, str] = {
    "complete_upload": (
        "refused with 400 when the session has already produced a file (the operation's "
        "description): completing the example session twice"
    ),
    "abort_call": (
        "400 for a call already aborted (example already_aborted) or past the point of abort"
    ),
    "update_call_payload": "400 once the call left the queue (example already_started)",
    "update_assistant": "400 for an archived assistant (example archived)",
    "initiate_call": "archived assistants place no calls (archive_entity's description)",
    "unarchive_entity": (
        "400 for a workspace whose organization is still archived (example parent_archived)"
    ),
}
HEADERS = {
    "x-public-key": TEST_PUBLIC_KEY,
    "x-private-key": TEST_PRIVATE_KEY,
    "workspace": TEST_WORKSPACE,
    "organization": TEST_ORGANIZATION,
}


def load_contract_schema(base_url: str) -> Any:
    """openapi.yaml configured for a run against the mock at ``base_url``."""
    schema = schemathesis.openapi.from_path(ROOT / "openapi.yaml")
    schema.config.update(base_url=base_url, headers=dict(HEADERS))
    schema.config.seed = CONTRACT_SEED
    schema.config.phases.update(phases=PHASES)
    schema.config.generation.update(
        modes=MODES,
        max_examples=MAX_EXAMPLES,
        deterministic=True,
        database="none",
    )
    accepted = [*PositiveDataAcceptanceConfig().expected_statuses, "400"]
    stateful_400 = {
        "phases": {
            "stateful": {"checks": {"positive_data_acceptance": {"expected-statuses": accepted}}}
        }
    }
    schema.config.operations = OperationsConfig(
        operations=[
            OperationConfig.from_dict({"include-operation-id": operation, **stateful_400})
            for operation in STATE_DEPENDENT_400
        ]
    )
    return schema
