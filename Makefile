# The two commands of the README: `make serve` (build and serve the course) and `make test`.
VENV ?= .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1
# Another organisation's configuration, for serve, build, trainer, check, scorm and offline:
#   make build COURSE=examples/organisatie/course.yml
ifdef COURSE
export LEIDRAAD_COURSE := $(COURSE)
endif
# `make serve AUDIENCE=trainer` serves the trainer's kit (as `make trainer` builds it).
ifdef AUDIENCE
export LEIDRAAD_AUDIENCE := $(AUDIENCE)
endif

.PHONY: serve test check build trainer scorm offline schema bench clean

serve:  ## Build the course and serve it at http://127.0.0.1:8000 (rebuilds on every edit)
	@scripts/setup
	$(BIN)/mkdocs serve

test:   ## Run every test: content, unit, build and browser tests
	@scripts/setup --test
	$(BIN)/python -m pytest $(PYTEST_ARGS)

check:  ## Check all modules and exercises without building
	@scripts/setup
	$(BIN)/leidraad check

build:  ## Build the site into site/
	@scripts/setup
	$(BIN)/mkdocs build --strict

trainer: ## Build the trainer's kit (guides with quiz keys, handouts, slides, programme, group view) into site-trainer/
	@scripts/setup
	LEIDRAAD_AUDIENCE=trainer $(BIN)/mkdocs build --strict --site-dir site-trainer

scorm:  ## Package the course for an LMS: dist/<storage id>-scorm.zip (SCORM 1.2)
	@scripts/setup --package
	$(BIN)/leidraad package scorm

offline: ## Package the course to open from disk: dist/<storage id>-offline.zip
	@scripts/setup --package
	$(BIN)/leidraad package offline

schema: ## Regenerate the JSON Schemas in schema/
	@scripts/setup
	$(BIN)/leidraad schema

bench:  ## Measure build time, asset size, feedback latency and Lighthouse scores
	@scripts/setup --test
	$(BIN)/python bench/run.py

clean:
	rm -rf site site-trainer dist .pytest_cache
