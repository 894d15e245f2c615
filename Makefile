# CSRS Weekly Analysis: `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
# Tests run against PostgreSQL (CI and the developers' machines have it at 127.0.0.1:5432).
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/csrs
# Two test processes (each with its own test database): the machines have two cores.
PYTEST_ARGS ?= -n 2
# Where `make run` and `make dev` serve (host:port); links printed and mailed follow it.
ADDR ?= 127.0.0.1:8000
LOCAL := WAGTAILADMIN_BASE_URL=http://$(ADDR)
# The demo as readers meet it (DEBUG off, WhiteNoise) and the developer's server (debug pages).
DEMO_MANAGE := $(LOCAL) DJANGO_SETTINGS_MODULE=csrs.settings.demo $(MANAGE)
DEV_MANAGE := $(LOCAL) DJANGO_SETTINGS_MODULE=csrs.settings.dev $(MANAGE)
STATIC_SOURCES := $(shell find static -type f 2>/dev/null)

.DEFAULT_GOAL := help
.PHONY: help install messages run dev demo static test lint format check makemessages clean

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
	$(BIN)/pybabel compile --domain "django djangojs" --directory locale

run: demo static ## Serve the demo as readers meet it (DEBUG off) at http://127.0.0.1:8000/ (ADDR=host:port)
	@echo "The demo, as readers meet it: http://$(ADDR)/ (make dev shows Django's debug pages)"
	$(DEMO_MANAGE) runserver $(ADDR)

dev: demo ## Serve the demo for development: DEBUG on, Django's debug pages (ADDR=host:port)
	$(DEV_MANAGE) runserver $(ADDR)

demo: install ## Migrate and load the demo content without serving (SQLite, admin login printed)
	$(LOCAL) $(MANAGE) migrate --noinput
	$(LOCAL) $(MANAGE) load_demo

static: staticfiles/staticfiles.json ## Collect, hash and compress the static files for make run

# Again only when a static file or the installed packages (Wagtail's admin files) changed.
staticfiles/staticfiles.json: $(BIN)/.installed $(STATIC_SOURCES)
	$(DEMO_MANAGE) collectstatic --noinput --verbosity 0
	touch $@

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
