# Fresh machine: `make demo` (install + code the bundled examples), `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test lint typecheck install install-test clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test,cluster]'
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

demo: install
	@rm -f out/demo.duckdb
	@mkdir -p out
	$(BIN)/detente ingest examples/ --db out/demo.duckdb
	$(BIN)/detente code examples/ --format jsonl --out out/demo-events.jsonl
	$(BIN)/detente summary --db out/demo.duckdb

lint: install-test
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

test: install-test lint
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
