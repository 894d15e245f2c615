"""Workflow users for the admin-language tests (the same fixtures as tests/workflow)."""

from tests.workflow.conftest import make_user, workflow_groups  # noqa: F401
