# Plan: set-up, run, test. `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: help run test lint format bench demo clean system-deps

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(STAMP): requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $(STAMP)

system-deps: ## install the system libraries Qt needs to open a window (Debian/Ubuntu, as root)
	@sh packaging/linux/system-deps.sh

run: $(STAMP) system-deps ## set up and start the app (the demo plan when FILE is not given)
	$(PY) -m desktop $(FILE)

test: $(STAMP) system-deps ## set up and run the whole test suite (offscreen)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q tests

lint: $(STAMP) ## ruff lint and format check
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check .

format: $(STAMP) ## format the code with ruff
	$(VENV)/bin/ruff format . && $(VENV)/bin/ruff check --fix .

bench: $(STAMP) ## median timings and memory on the demo and a large generated plan
	QT_QPA_PLATFORM=offscreen $(PY) -m desktop.bench

demo: $(STAMP) ## write the demo document to demo.plan
	$(PY) -m desktop demo demo.plan

clean: ## remove the virtual environment and caches
	rm -rf $(VENV) .pytest_cache .ruff_cache build dist
