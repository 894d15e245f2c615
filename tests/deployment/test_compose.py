"""docker/compose.yml parses, names only files that exist, and describes the services we need.

No Docker engine runs on CI, so this reads the file the way compose would instead of running it.
"""

from __future__ import annotations

import pytest

from tests.deployment.helpers import DOCKER, ROOT, compose_environment, env_files, load_compose


def test_compose_file_parses_with_the_expected_services():
    compose = load_compose()
    services = compose["services"]
    assert set(services) == {"web", "db", "redis"}, "no worker: django-tasks runs immediately"
    assert services["db"]["image"] == "postgres:15"
    assert services["redis"]["image"] == "redis:7"


def test_every_file_compose_names_exists():
    compose = load_compose()
    for name, service in compose["services"].items():
        for path, required in env_files(service):
            if required:
                assert path.is_file(), f"{name}: env_file {path} is missing"
        build = service.get("build")
        if build:
            context = (DOCKER / build["context"]).resolve()
            assert context == ROOT, "the image builds from the repository root"
            assert (context / build["dockerfile"]).is_file()
        for volume in service.get("volumes", []):
            source = volume.split(":", 1)[0]
            if source.startswith((".", "/")):
                assert (DOCKER / source).exists(), f"{name}: bind mount {source} is missing"
            else:
                assert source in compose["volumes"], f"{name}: named volume {source} undeclared"


def test_database_and_media_live_in_volumes():
    compose = load_compose()
    assert "db-data:/var/lib/postgresql/data" in compose["services"]["db"]["volumes"]
    assert "media:/app/media" in compose["services"]["web"]["volumes"]


def test_web_waits_for_a_healthy_database_and_runs_production_settings():
    web = load_compose()["services"]["web"]
    assert web["depends_on"]["db"]["condition"] == "service_healthy"
    env = compose_environment("web")
    assert env["DJANGO_SETTINGS_MODULE"] == "csrs.settings.production"
    assert env["DATABASE_URL"].startswith("postgres://") and "@db:5432/" in env["DATABASE_URL"]
    assert env["REDIS_URL"].startswith("redis://redis:")
    assert web["ports"] == ["127.0.0.1:8000:8000"], "only the local TLS proxy reaches gunicorn"


def test_the_example_env_file_holds_no_usable_secret():
    env = compose_environment("web")
    assert env["SECRET_KEY"].startswith("change-me"), "production refuses this placeholder"
    assert env["POSTGRES_PASSWORD"] in env["DATABASE_URL"]


@pytest.mark.parametrize("name", ["entrypoint.sh"])
def test_scripts_are_executable(name):
    import os

    assert os.access(DOCKER / name, os.X_OK)
