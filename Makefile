# Plan: set-up, run, test. `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PACKAGE_STAMP := $(VENV)/.packaging
PACKAGE_MAX_MB := 150

.PHONY: help run test lint format bench demo clean system-deps i18n catalogues package monkey

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

SEED ?= 1
STEPS ?= 20000
monkey: $(STAMP) catalogues system-deps ## random user actions on the real window (SEED=… STEPS=…)
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.gui.monkey --seed $(SEED) --steps $(STEPS)

lint: $(STAMP) ## ruff lint and format check
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check .

format: $(STAMP) ## format the code with ruff
	$(VENV)/bin/ruff format . && $(VENV)/bin/ruff check --fix .

bench: $(STAMP) catalogues ## median timings and memory on the demo and a large generated plan
	QT_QPA_PLATFORM=offscreen $(PY) -m desktop.bench

$(PACKAGE_STAMP): requirements-package.txt $(STAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-package.txt
	touch $(PACKAGE_STAMP)

package: $(STAMP) catalogues $(PACKAGE_STAMP) ## build the app into dist/Plan (PyInstaller), run its self-test, print its size
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build packaging/plan.spec
	@if [ "$$(uname -s)" = Linux ]; then \
		cp packaging/linux/install.sh packaging/linux/plan.desktop packaging/linux/plan-mime.xml dist/Plan/; fi
	@if [ -x dist/Plan/plan-cli ]; then dist/Plan/plan-cli --self-test; else dist/Plan/Plan --self-test; fi
	@size=$$(du -sm dist/Plan | cut -f1); echo "dist/Plan: $$size MB on disk ($$(du -sh dist/Plan | cut -f1))"; \
	if [ "$$(uname -s)" = Linux ] && [ "$$size" -gt $(PACKAGE_MAX_MB) ]; then \
		echo "error: dist/Plan is over the $(PACKAGE_MAX_MB) MB target" >&2; exit 1; fi

demo: $(STAMP) ## write the demo document to demo.plan
	$(PY) -m desktop demo demo.plan

clean: ## remove the virtual environment and caches
	rm -rf $(VENV) .pytest_cache .ruff_cache build dist
