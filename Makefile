# CSRS Weekly Analysis: `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
# Tests run against PostgreSQL (CI and the developers' machines have it at 127.0.0.1:5432).
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/csrs
# Two test processes (each with its own test database): the machines have two cores.
PYTEST_ARGS ?= -n 2

.DEFAULT_GOAL := help
.PHONY: help install messages run demo test lint format check makemessages clean

help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  \033[1m%-13s\033[0m %s\n", $$1, $$2}'

# The dependencies only, read from pyproject.toml (as docker/Dockerfile does): the project itself is
# never built, so an install writes nothing into the tree (no build/, no *.egg-info/).
REQUIREMENTS := import tomllib; project = tomllib.load(open("pyproject.toml", "rb"))["project"]; \
	print("\n".join(project["dependencies"] + project["optional-dependencies"]["dev"]))

$(BIN)/.installed: pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -c '$(REQUIREMENTS)' > $(VENV)/requirements.txt
	$(BIN)/python -m pip install --quiet --requirement $(VENV)/requirements.txt
	touch $@

install: $(BIN)/.installed messages ## Create .venv with every dependency and compile the catalogs

messages: $(BIN)/.installed ## Compile the gettext catalogs in locale/ (no GNU gettext needed)
	$(BIN)/pybabel compile --domain django --directory locale

run: install ## Serve the demo site at http://127.0.0.1:8000/ (SQLite, demo content, admin login printed)
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo
	$(MANAGE) runserver 127.0.0.1:8000

demo: install ## Migrate and load the demo content without serving
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo

test: install ## Run the whole test suite against PostgreSQL (DATABASE_URL overrides)
	DATABASE_URL=$${DATABASE_URL:-$(TEST_DATABASE_URL)} $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(BIN)/.installed ## ruff check and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(BIN)/.installed ## Format and fix what ruff can
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

check: install ## Django's system checks and missing migrations
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

makemessages: $(BIN)/.installed ## Extract interface strings into locale/*/django.po (needs GNU gettext)
	$(MANAGE) makemessages --no-location -l ps -l fa_AF -l ar --ignore=.venv --ignore=staticfiles --ignore=tests

clean: ## Remove the virtualenv, the SQLite database and generated files
	rm -rf $(VENV) db.sqlite3 staticfiles media test-artifacts
	find locale -name '*.mo' -delete
