"""Fixtures of the security tests: users in each workflow role."""

from tests.workflow.conftest import make_user, workflow_groups  # noqa: F401
