# Two commands do all set-up on a fresh machine: `make run` and `make test`.
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
OUT := out
DB := $(OUT)/dateline.db

.PHONY: run test clean

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	mkdir -p $(OUT)
	$(BIN)/dateline build examples/seeds --db $(DB)
	$(BIN)/dateline timeline --db $(DB)
	$(BIN)/dateline export --format json --db $(DB) -o $(OUT)/dateline.json
	$(BIN)/dateline export --format markdown --db $(DB) -o $(OUT)/timeline.md

test: $(STAMP)
	$(BIN)/pytest -q

clean:
	rm -rf $(OUT) $(VENV)
