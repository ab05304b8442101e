# Caucus — the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test lint bench bench-quick screenshots translations clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Qt's X11 platform needs system libraries a fresh desktop may lack: as root they are
# installed (apt-get), otherwise the exact packages are named in one sentence.
run: $(STAMP)
	$(BIN)/python -m desktop.platform_check --install
	$(BIN)/caucus

lint: $(STAMP)
	$(BIN)/ruff check sync desktop tests

test: $(STAMP) lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks

bench-quick: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks --quick

# The catalogs: every marked string of desktop/ (and the engine words marked in sync/) into
# the .ts sources (translations already written are kept), then the compiled .qm the app
# loads. Both are checked in, so a clean clone (and CI) has them without Qt's tools.
LANGUAGES := es de fr pt_BR ar
TS_DIR    := resources/translations
translations: $(STAMP)
	for l in $(LANGUAGES); do $(BIN)/pyside6-lupdate -silent -extensions py -locations relative \
		desktop sync -source-language en -target-language $$l -ts $(TS_DIR)/caucus_$$l.ts || exit 1; done
	$(BIN)/pyside6-lupdate -extensions py -locations relative -pluralonly -silent desktop sync \
		-source-language en -target-language en -ts $(TS_DIR)/caucus_en.ts
	for ts in $(TS_DIR)/caucus_*.ts; do $(BIN)/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm; done

# make screenshots UI_LANG=es (or ar, de, fr, pt_BR) puts them in docs/screenshots/es/
UI_LANG ?= en
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m desktop.screenshots docs/screenshots --size 1366x768 \
		--language $(UI_LANG)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
