# Caucus — the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test lint bench bench-quick screenshots clean

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

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m desktop.screenshots docs/screenshots --size 1366x768

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
