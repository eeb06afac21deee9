# Thin verbs over scripts/. Every target depends on `setup`, which is idempotent: it only
# reinstalls what changed (a stamp inside .venv/ and node_modules/ tracks the pinned inputs).

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PY_STAMP := $(VENV)/.setup-stamp
NODE_STAMP := node_modules/.setup-stamp
NODE = $(PY) -c 'import sys; sys.path.insert(0, "scripts"); from nodetools import node_executable as n; print(n())'

# Python may cache the bytecode of this repository's modules (in __pycache__/, ignored by git and
# left out of the builds). A run of `make test` starts about a hundred Python processes that
# import the same modules (mock servers, the generator, the CLI, pytest workers and their
# assertion rewrites); an environment that sets PYTHONDONTWRITEBYTECODE makes each of them
# compile from source again: 20 s of CPU a run on two cores, measured side by side.
unexport PYTHONDONTWRITEBYTECODE

.DEFAULT_GOAL := help
.PHONY: help setup generate check-generated lint lint-spec test check test-profile mock bench clean \
	verify-provider contract api-diff dist docs check-seed-data

# pytest-xdist workers for `make test` / `make check` (auto: one per CPU). Each worker runs its own
# session mock; `--dist loadgroup` keeps a module marked xdist_group on one worker.
PYTEST_WORKERS ?= auto
PYTEST_PARALLEL = -n $(PYTEST_WORKERS) --dist loadgroup

help:
	@echo "make setup            create .venv (pinned Python deps, Node 24 from PyPI, npm tools from the lockfile)"
	@echo "make test             lint + the whole test suite (what CI runs)"
	@echo "make check            the inner loop of a spec or library edit: spec lint, mypy, freshness, unit + integration tests"
	@echo "make test-profile     the whole suite with the ten slowest tests and the total"
	@echo "make generate         regenerate generated/voice_agents_client from openapi.yaml"
	@echo "make check-generated  fail if generated/ differs from what is committed"
	@echo "make lint-spec        openapi-spec-validator + Redocly + Spectral, 0 errors and 0 warnings"
	@echo "make lint             ruff + mypy --strict (overrides/, mock/, the generated package)"
	@echo "make check-seed-data  the repository's example seed data still fits openapi.yaml (the drift check)"
	@echo "make mock             serve the local mock on http://127.0.0.1:4010 (PORT=... to change; Ctrl-C stops it)"
	@echo "make contract         schemathesis (st CLI) against a fresh stateful mock (STATELESS=1: stateless); JUnit in reports/contract/"
	@echo "make verify-provider  schemathesis against VOICE_AGENTS_BASE_URL (read-only; ALLOW_WRITES=1 for writes)"
	@echo "make bench            benchmarks: one table, JSON in reports/bench/ (WITH_TEST=1 also times make test)"
	@echo "make api-diff         rate every change since the last release; fail if the version bump is too small"
	@echo "make dist             sdist + wheel into dist/, checked by twine check --strict and check-wheel-contents"
	@echo "make docs             the API reference as one offline HTML file: reports/docs/api-reference.html"

setup: $(PY_STAMP) $(NODE_STAMP)

$(PY_STAMP): requirements/dev.txt pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements/dev.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $@

$(NODE_STAMP): package.json package-lock.json | $(PY_STAMP)
	$$($(NODE)) $$($(PY) -c 'import sys; sys.path.insert(0, "scripts"); from nodetools import npm_cli; print(npm_cli())') \
		ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

generate: setup
	$(PY) scripts/generate.py

check-generated: setup
	@git diff --exit-code --stat -- generated/ || { echo "generated/ differs from the committed tree: run make generate and commit"; exit 1; }
	@untracked=$$(git ls-files --others --exclude-standard -- generated/); \
	if [ -n "$$untracked" ]; then echo "untracked files under generated/:"; echo "$$untracked"; exit 1; fi
	@echo "generated/ is clean"

lint-spec: setup
	$(PY) scripts/lint_spec.py

lint: setup
	$(VENV)/bin/ruff check overrides mock tests scripts examples bench
	$(VENV)/bin/ruff format --check overrides mock tests scripts examples bench
	$(VENV)/bin/mypy --strict overrides/voice_agents mock/voice_agents_mock generated/voice_agents_client tests/api_usage
	$(PY) -c 'import pkgutil, importlib, voice_agents_client as p; [importlib.import_module(m.name) for m in pkgutil.walk_packages(p.__path__, p.__name__ + ".")]'

contract: setup
	$(PY) scripts/contract.py

# Never part of `make test`: it talks to a real host with real keys (see scripts/verify_provider.py).
verify-provider: setup
	$(PY) scripts/verify_provider.py $(if $(ALLOW_WRITES),--allow-writes)

# The drift check a team runs in CI over its own seed data, here over the repository's example.
SEED_DATA ?= docs/examples/seed.yaml
check-seed-data: setup
	$(VENV)/bin/voice-agents-mock check-seed-data --spec openapi.yaml $(SEED_DATA)

test: setup lint api-diff check-seed-data
	$(PY) -m pytest $(PYTEST_PARALLEL)

# The loop for a spec or library edit (make test stays the gate): the spec linted and its examples
# valid, generated/ fresh, mypy --strict, the unit tests and every operation against one mock.
check: setup
	$(VENV)/bin/ruff check overrides mock tests scripts examples bench
	$(VENV)/bin/ruff format --check overrides mock tests scripts examples bench
	$(PY) scripts/lint_spec.py
	$(VENV)/bin/mypy --strict overrides/voice_agents mock/voice_agents_mock generated/voice_agents_client tests/api_usage
	$(VENV)/bin/voice-agents-mock check-seed-data --spec openapi.yaml $(SEED_DATA)
	$(PY) -m pytest $(PYTEST_PARALLEL) -q -m "not slow" tests/spec/test_examples.py tests/generation tests/unit tests/integration

# What the next change that slows the suite shows first: the ten slowest tests and the total.
test-profile: setup
	$(PY) -m pytest $(PYTEST_PARALLEL) -q --durations=10

# The breaking-change gate (scripts/api_diff.py): against the last vX.Y.Z tag, else the commit that
# set the previous version; AGAINST=<rev> compares with another revision, ALL=1 lists doc changes.
api-diff: setup
	$(PY) scripts/api_diff.py --json reports/api-diff/latest.json $(if $(AGAINST),--against $(AGAINST)) $(if $(ALL),--all)

dist: setup
	$(PY) scripts/dist.py

docs: setup
	$(PY) scripts/docs.py

# The local mock in the foreground: Prism (pinned, from node_modules) behind the relay, signed
# webhooks for initiated calls. Ctrl-C stops it and everything it started.
# `make mock PORT=4011` (or HOST=...) changes where it listens; MOCK_ARGS passes more flags.
HOST ?= 127.0.0.1
PORT ?= 4010
mock: setup
	$(VENV)/bin/voice-agents-mock serve --host $(HOST) --port $(PORT) $(MOCK_ARGS)

# Benchmarks: one table on stdout, the same figures in reports/bench/latest.json. Every claim is
# a ratio against a baseline measured in the same run; targets are reported, never asserted.
# WITH_TEST=1 also times `make test` (slow); BENCH_ARGS passes more flags (--quick, --profile).
bench: setup
	$(PY) bench/run.py $(if $(WITH_TEST),--with-test) $(BENCH_ARGS)

clean:
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache reports dist
