# The two quick-start commands. Both create ./.venv on first use and install into it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test bench clean chromium

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Install infoview and run the main job on an example, with the offline engine (no API key needed).
demo: $(BIN)/python
	$(BIN)/pip install --quiet .
	$(BIN)/infoview prep --engine offline --bio examples/lena-okafor-linkedin.txt --me examples/me.md \
		--company-notes examples/oakridge-notes.md --industry "food supply chain"

# Install infoview with its test tools and run the whole suite (lint included) against the installed package.
test: $(BIN)/python chromium
	$(BIN)/pip install --quiet ".[test]"
	$(BIN)/ruff check infoview_ai tests benchmarks
	$(BIN)/pytest -q

# The end-to-end page tests drive a real Chromium; Debian's package is installed once, skipped when present.
chromium:
	@command -v chromium >/dev/null || command -v chromium-browser >/dev/null || { \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get install -y -q chromium >/dev/null 2>&1 || \
		{ $$SUDO apt-get update -q >/dev/null && $$SUDO apt-get install -y -q chromium >/dev/null; }; }

bench: $(BIN)/python
	$(BIN)/pip install --quiet .
	$(BIN)/python benchmarks/startup.py

clean:
	rm -rf $(VENV) build *.egg-info
