"""`make contract`: the contract suite through the schemathesis CLI, with a JUnit report.

Starts a MockServer (stateful, its default) on a free loopback port, runs `st run openapi.yaml`
against it with the same settings as tests/contract/test_contract_mock.py (phases, modes, seed,
examples per operation, excluded checks, and schemathesis.toml: the 400s that depend on what the
store holds), writes reports/contract/junit.xml and stops the mock. `STATELESS=1` runs it
against a `--stateless` mock instead, with the checks that need stored resources excluded.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "contract"))

from voice_agents_mock import MockServer  # noqa: E402
from voice_agents_mock_contract import (  # noqa: E402
    CONTRACT_SEED,
    EXCLUDED_CHECKS,
    HEADERS,
    MAX_EXAMPLES,
    MODES,
    PHASES,
    SCHEMATHESIS_CONFIG,
    STATELESS_EXCLUDED_CHECKS,
)

REPORT = ROOT / "reports" / "contract" / "junit.xml"


def main() -> int:
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    stateful = os.environ.get("STATELESS") != "1"
    excluded = EXCLUDED_CHECKS if stateful else STATELESS_EXCLUDED_CHECKS
    with MockServer(stateful=stateful) as mock:
        cmd = [
            str(Path(sys.executable).parent / "st"),
            "--config-file",
            str(SCHEMATHESIS_CONFIG),
            "run",
            str(ROOT / "openapi.yaml"),
            "--url",
            mock.url,
            "--phases",
            ",".join(PHASES),
            "--mode",
            "all" if set(MODES) == {"positive", "negative"} else MODES[0],
            "--max-examples",
            str(MAX_EXAMPLES),
            "--seed",
            str(CONTRACT_SEED),
            "--generation-deterministic",
            "--checks",
            "all",
            "--exclude-checks",
            ",".join(excluded),
            "--workers",
            "1",
            "--report",
            "junit",
            "--report-junit-path",
            str(REPORT),
        ]
        for name, value in HEADERS.items():
            cmd += ["-H", f"{name}: {value}"]
        kind = "stateful" if stateful else "stateless"
        print(f"contract: schemathesis against the {kind} mock at {mock.url}", flush=True)
        code = subprocess.run(cmd, check=False).returncode
    print(f"contract: JUnit report in {REPORT.relative_to(ROOT)}")
    return code


if __name__ == "__main__":
    sys.exit(main())
