# The two commands: `make demo` and `make test`. Both set up everything first (idempotent).
VENV := .venv
PY := $(VENV)/bin/python
export AIRFLOW_HOME ?= $(CURDIR)/data/airflow

.PHONY: setup demo test lint bench clean
setup:
	@bash scripts/setup.sh

demo: setup
	@$(VENV)/bin/orderbridge demo

test: setup
	@$(VENV)/bin/ruff check .
	@$(VENV)/bin/pytest

lint: setup
	@$(VENV)/bin/ruff check .

bench: setup
	@$(PY) -m bench

clean:
	rm -rf data/ .pytest_cache
