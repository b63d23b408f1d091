# The two set-up commands of the README: `make run` and `make test`.
# Everything the project needs is installed from here, never by hand.

PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
GOLD_DIR ?= ../shared/gold
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run demo serve test test-fast eval bench lint schema clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	@if [ -f scripts/install-web-assets.sh ]; then bash scripts/install-web-assets.sh; fi
	# Build the gazetteer index once now, not on the first run of a command.
	$(BIN)/python -c "from tessera.resolve.gazetteer import Gazetteer; Gazetteer.default()"
	touch $(STAMP)

# Set up, load the demo corpus into the embedded database, and serve the web app.
run: install demo serve

demo: install
	$(BIN)/tessera ingest tessera/data/demo/articles.jsonl

serve: install
	$(BIN)/tessera serve --host $(HOST) --port $(PORT)

# The whole suite, with a real PostgreSQL server for the store tests.
test: install
	@if [ -f scripts/install-test-deps.sh ]; then bash scripts/install-test-deps.sh; fi
	bash scripts/with-postgres.sh $(BIN)/python -m pytest -n 2 -q

test-fast: install
	$(BIN)/python -m pytest -q -x -m "not postgres and not browser"

eval: install
	GOLD_DIR=$(GOLD_DIR) $(BIN)/python scripts/eval_all.py

bench: install
	$(BIN)/python benchmarks/throughput.py

lint: install
	$(BIN)/ruff check tessera tests benchmarks scripts
	$(BIN)/mypy

schema: install
	$(BIN)/python -m tessera.schema

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
