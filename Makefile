# The two quick-start commands. Both create ./.venv on first use and install into it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Install infoview and run the main job on an example, with the offline engine (no API key needed).
demo: $(BIN)/python
	$(BIN)/pip install --quiet .
	$(BIN)/infoview prep --engine offline --bio examples/lena-okafor-linkedin.txt --me examples/me.md \
		--company-notes examples/oakridge-notes.md --industry "food supply chain"

# Install infoview with its test tools and run the whole suite (lint included) against the installed package.
test: $(BIN)/python
	$(BIN)/pip install --quiet ".[test]"
	$(BIN)/ruff check infoview_ai tests benchmarks
	$(BIN)/pytest -q

bench: $(BIN)/python
	$(BIN)/pip install --quiet .
	$(BIN)/python benchmarks/startup.py

clean:
	rm -rf $(VENV) build *.egg-info
