from tests.workflow.conftest import make_user, workflow_groups  # noqa: F401
