# make demo: set up and run tiltak on the bundled 2018 sample inbox.  make test: set up and run the tests.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
STAMP := $(VENV)/.installed

.PHONY: demo test bench system-deps clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e ".[dev]"
	touch $(STAMP)

# The demo's history starts with the 2017 counts the secretariat published, so the summary compares.
demo: $(STAMP)
	$(VENV)/bin/tiltak history import samples/history/2017_antall.csv --year 2017 --history output/historikk.sqlite
	$(VENV)/bin/tiltak run samples/2018 --out output --history output/historikk.sqlite

test: $(STAMP)
	$(VENV)/bin/python -m pytest

bench: $(STAMP)
	$(VENV)/bin/python bench/accuracy.py

# The system tools some formats and outputs need (Debian/Ubuntu); run as root or with sudo.
system-deps:
	./.ci/system-deps

clean:
	rm -rf $(VENV) output/*.csv output/*.json
