# Two commands do all set-up on a fresh machine: `make run` and `make test`.
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Ray (the optional extra 'cluster', for `dateline build --engine ray`): the tests need it, `make run` does not.
CLUSTER_STAMP := $(VENV)/.cluster-installed
OUT := out
DB := $(OUT)/dateline.db

.PHONY: run test clean

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

$(CLUSTER_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -e '.[dev,cluster]'
	touch $(CLUSTER_STAMP)

run: $(STAMP)
	mkdir -p $(OUT)
	$(BIN)/dateline build examples/seeds --db $(DB)
	$(BIN)/dateline timeline --db $(DB)
	$(BIN)/dateline export --format json --db $(DB) -o $(OUT)/dateline.json
	$(BIN)/dateline export --format markdown --db $(DB) -o $(OUT)/timeline.md
	@echo "Browse the timeline: $(BIN)/dateline serve --db $(DB), then open http://127.0.0.1:8000/"

test: $(CLUSTER_STAMP) browser
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/lint-imports
	$(BIN)/mypy
	$(BIN)/pytest -q

clean:
	rm -rf $(OUT) $(VENV)

# Browser tests drive Debian's Chromium (never a downloaded browser); installed once, only if missing.
.PHONY: browser
browser:
	@test -x /usr/bin/chromium || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) \
		|| echo "could not install chromium (need root): the browser tests will be skipped"
