"""Who must enter a one-time code after the password."""

from __future__ import annotations

import django_otp
from django.conf import settings


def has_confirmed_device(user) -> bool:
    """Whether the user has set up (and confirmed) an authenticator app."""
    return user.is_authenticated and django_otp.user_has_device(user, confirmed=True)


def in_required_group(user) -> bool:
    """Whether the user belongs to a group named in ``TWO_FACTOR_REQUIRED_GROUPS``."""
    groups = getattr(settings, "TWO_FACTOR_REQUIRED_GROUPS", ())
    return bool(groups) and user.is_authenticated and user.groups.filter(name__in=groups).exists()


def required_as_editor(user) -> bool:
    """Whether ``TWO_FACTOR_REQUIRED_FOR_EDITORS`` is on and the user is an editor or superuser.

    On by default in production (``CSRS_REQUIRE_TWO_STEP_FOR_EDITORS``): the accounts that can
    publish, delete and change privacy are the ones worth stealing. "Editor" is the workflow's
    definition (``issues.workflow.roles.is_editor``: the Editors group, or a superuser).
    """
    if not getattr(settings, "TWO_FACTOR_REQUIRED_FOR_EDITORS", False):
        return False
    from issues.workflow.roles import is_editor

    return is_editor(user)


def two_factor_required(user) -> bool:
    """A code is required from anyone with a device, from members of the required groups and,
    where ``TWO_FACTOR_REQUIRED_FOR_EDITORS`` is on (production's default), from editors and
    superusers.

    Otherwise two-step sign-in is optional: whoever sets up a device is asked for a code from
    then on; everyone else signs in with the password alone.
    """
    return has_confirmed_device(user) or in_required_group(user) or required_as_editor(user)
