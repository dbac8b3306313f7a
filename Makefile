# make demo: set up and run tiltak on the sample rounds 2018 and 2019 (outputs in output/demo/).
# make run INBOX=folder [OUT=folder] [YEAR=year] [HISTORY=file]: tiltak on your own reports.  make test: the tests.
# make lint: ruff and mypy.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
STAMP := $(VENV)/.installed
TILTAK := $(VENV)/bin/tiltak
DEMO_OUT ?= output/demo

.PHONY: demo run test lint bench system-deps clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e ".[dev]"
	touch $(STAMP)

# Two years with the history between them, in a history of its own (not the user's): 2017's published
# counts, then 2018 (which reproduces the seed's matrix), then 2019, whose run leaves work to review
# (merges and near-duplicates to check, types inferred from the text marked so) and compares with 2018.
demo: $(STAMP)
	$(TILTAK) history import samples/history/2017_antall.csv --year 2017 --history $(DEMO_OUT)/historikk.sqlite
	$(TILTAK) run samples/2018 --out $(DEMO_OUT)/2018 --history $(DEMO_OUT)/historikk.sqlite
	$(TILTAK) run samples/2019 --out $(DEMO_OUT)/2019 --history $(DEMO_OUT)/historikk.sqlite
	@echo
	@echo "Demoen er ferdig. Åpne $(DEMO_OUT)/2019/review.html i nettleseren for å se hva som bør kontrolleres,"
	@echo "og $(DEMO_OUT)/2019/review.xlsx for å føre inn beslutningene (se BRUKERVEILEDNING.md)."

# Your own reports: the outputs go to OUT, by default a folder beside the inbox named after it
# (~/Rapporter/2020 -> ~/Rapporter/2020-resultater), where the decisions workbook goes too; the history
# of earlier years to the user's data folder. make ends with "Error N" when tiltak exits with code N.
run: $(STAMP)
	@if [ -z "$(INBOX)" ]; then \
		echo "Oppgi mappen med rapportene: make run INBOX=mappe [OUT=mappe] [YEAR=år] [HISTORY=fil]" >&2; exit 2; fi
	@inbox="$(INBOX)"; inbox="$${inbox%/}"; out="$(OUT)"; [ -n "$$out" ] || out="$$inbox-resultater"; \
		echo "$(TILTAK) run \"$$inbox\" --out \"$$out\"$(if $(YEAR), --year $(YEAR))$(if $(HISTORY), --history \"$(HISTORY)\")"; \
		$(TILTAK) run "$$inbox" --out "$$out" $(if $(YEAR),--year $(YEAR)) $(if $(HISTORY),--history "$(HISTORY)")

# One worker per core, each taking whole test files, so a file's shared fixtures are made once; in the
# order tests/conftest.py gives (long files first), not by their number of tests.
test: $(STAMP)
	$(VENV)/bin/python -m pytest -n auto --dist loadfile --no-loadscope-reorder

# Lint and types (settings in pyproject.toml): every module of the project's packages is checked.
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

bench: $(STAMP)
	$(VENV)/bin/python bench/accuracy.py

# The system tools some formats and outputs need (Debian/Ubuntu); run as root or with sudo.
system-deps:
	./.ci/system-deps

# Only what make demo wrote (and the venv); your own runs' outputs are left alone.
clean:
	rm -rf $(VENV) $(DEMO_OUT)
