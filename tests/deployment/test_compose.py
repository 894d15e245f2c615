"""docker/compose.yml parses, names only files that exist, and describes the services we need.

No Docker engine runs on CI, so this reads the file the way compose would instead of running it.
"""

from __future__ import annotations

import pytest

from tests.deployment.helpers import (
    DOCKER,
    ROOT,
    compose_environment,
    env_files,
    load_compose,
    run_manage,
    run_python,
    strong_secret_key,
)


def test_compose_file_parses_with_the_expected_services():
    compose = load_compose()
    services = compose["services"]
    assert set(services) == {"web", "worker", "db", "redis"}
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


def test_the_worker_runs_the_database_queue_from_the_web_image():
    compose = load_compose()
    web, worker = compose["services"]["web"], compose["services"]["worker"]
    assert worker["image"] == web["image"] and worker["build"] == web["build"]
    assert worker["build"]["args"]["WITH_PDF"] == "1", "PDF builds need pango in the image"
    command = worker["command"]
    assert command[:3] == ["python", "manage.py", "db_worker"]
    assert "--no-reload" in command, "no autoreload in production"


def test_web_and_worker_share_settings_database_queue_and_media():
    web, worker = compose_environment("web"), compose_environment("worker")
    for name in (
        "DJANGO_SETTINGS_MODULE",
        "DATABASE_URL",
        "REDIS_URL",
        "SECRET_KEY",
        "ALLOWED_HOSTS",
        "TASKS_BACKEND",
        "MEDIA_ROOT",
    ):
        assert worker[name] == web[name], name
    assert web["TASKS_BACKEND"] == "django_tasks_db.DatabaseBackend"
    assert worker["RUN_MIGRATIONS"] == "0", "only web migrates"
    assert "media:/app/media" in load_compose()["services"]["worker"]["volumes"]


def test_the_worker_has_a_health_check_and_starts_after_web_has_migrated():
    worker = load_compose()["services"]["worker"]
    test = worker["healthcheck"]["test"]
    assert test[0] == "CMD" and test[1:] == ["python", "docker/worker_healthcheck.py"]
    assert (DOCKER / "worker_healthcheck.py").is_file()
    assert "docker/worker_healthcheck.py" in (DOCKER / "Dockerfile").read_text()
    assert worker["depends_on"]["db"]["condition"] == "service_healthy"
    assert worker["depends_on"]["web"]["condition"] == "service_healthy"
    assert "ports" not in worker, "the worker serves nothing"


def test_the_worker_command_and_settings_are_real():
    """The command compose runs exists with these options under the production settings."""
    env = {
        **compose_environment("worker"),
        "SECRET_KEY": strong_secret_key(),
        "DATABASE_URL": "sqlite:////tmp/csrs-compose-check.sqlite3",
    }
    command = load_compose()["services"]["worker"]["command"]
    result = run_manage([*command[2:], "--help"], env)
    assert result.returncode == 0, result.stderr
    assert "--queue-name" in result.stdout and "--no-reload" in result.stdout
    check = run_python(
        "import django; django.setup();"
        "from django_tasks import task_backends; print(type(task_backends['default']).__name__)",
        env,
    )
    assert check.returncode == 0, check.stderr
    assert check.stdout.strip() == "DatabaseBackend"
