"""Workflow users for the workbench tests (the same fixtures as tests/workflow)."""

from tests.workflow.conftest import make_user, workflow_groups  # noqa: F401
