# Plan: set-up, run, test. `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: help run test lint format bench demo clean system-deps i18n catalogues

LANGS := sq sr sr_Cyrl
MO := $(foreach l,$(LANGS),i18n/$(l)/LC_MESSAGES/plan.mo)

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(STAMP): requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $(STAMP)

system-deps: ## install the system libraries Qt needs to open a window (Debian/Ubuntu, as root)
	@sh packaging/linux/system-deps.sh

i18n: $(STAMP) ## extract interface strings, update the catalogues, make sr_Cyrl from sr, compile
	$(VENV)/bin/pybabel -q extract -F babel.cfg -k _ -k N_ -k ngettext:1,2 --no-location --sort-output \
		--project=Plan -o i18n/plan.pot desktop
	for l in sq sr; do \
		if [ -f i18n/$$l/LC_MESSAGES/plan.po ]; then \
			$(VENV)/bin/pybabel -q update --no-fuzzy-matching --ignore-obsolete -i i18n/plan.pot -d i18n -D plan -l $$l; \
		else $(VENV)/bin/pybabel -q init -i i18n/plan.pot -d i18n -D plan -l $$l; fi; \
	done
	$(PY) -m desktop.translation.catalogues cyrillic i18n/sr/LC_MESSAGES/plan.po i18n/sr_Cyrl/LC_MESSAGES/plan.po
	$(MAKE) --no-print-directory catalogues

catalogues: $(MO) ## compile the interface catalogues (.po -> .mo)

i18n/%/LC_MESSAGES/plan.mo: i18n/%/LC_MESSAGES/plan.po $(STAMP)
	$(VENV)/bin/pybabel -q compile -d i18n -D plan -l $*

run: $(STAMP) catalogues system-deps ## set up and start the app (the demo plan when FILE is not given)
	$(PY) -m desktop $(FILE)

test: $(STAMP) catalogues system-deps ## set up and run the whole test suite (offscreen)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q tests

lint: $(STAMP) ## ruff lint and format check
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check .

format: $(STAMP) ## format the code with ruff
	$(VENV)/bin/ruff format . && $(VENV)/bin/ruff check --fix .

bench: $(STAMP) catalogues ## median timings and memory on the demo and a large generated plan
	QT_QPA_PLATFORM=offscreen $(PY) -m desktop.bench

demo: $(STAMP) ## write the demo document to demo.plan
	$(PY) -m desktop demo demo.plan

clean: ## remove the virtual environment and caches
	rm -rf $(VENV) .pytest_cache .ruff_cache build dist
