"""Shared schemathesis settings for the contract suite (pytest) and `make contract` (st CLI)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import schemathesis
from schemathesis.config import SchemathesisConfig
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
        "Prism checks only that each credential header is present, not its value; the mock "
        "has no account store, so wrong key values are accepted."
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
# The operations whose documented 400 depends on what the store holds, and the statuses
# expected of valid data there, are declared once, in schemathesis.toml at the repository's
# root: the schemathesis CLI reads it by itself, and this suite loads the same file.
SCHEMATHESIS_CONFIG = ROOT / "schemathesis.toml"
HEADERS = {
    "x-public-key": TEST_PUBLIC_KEY,
    "x-private-key": TEST_PRIVATE_KEY,
    "workspace": TEST_WORKSPACE,
    "organization": TEST_ORGANIZATION,
}


def load_contract_schema(base_url: str) -> Any:
    """openapi.yaml configured for a run against the mock at ``base_url``."""
    config = SchemathesisConfig.from_path(SCHEMATHESIS_CONFIG)
    schema = schemathesis.openapi.from_path(ROOT / "openapi.yaml", config=config)
    schema.config.update(base_url=base_url, headers=dict(HEADERS))
    schema.config.seed = CONTRACT_SEED
    schema.config.phases.update(phases=PHASES)
    schema.config.generation.update(
        modes=MODES,
        max_examples=MAX_EXAMPLES,
        deterministic=True,
        database="none",
    )
    return schema
