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


def two_factor_required(user) -> bool:
    """A code is required from anyone with a device, and from members of the required groups.

    Two-step sign-in is optional (``TWO_FACTOR_REQUIRED_GROUPS`` empty, the default): whoever sets
    up a device is asked for a code from then on; everyone else signs in with the password alone.
    """
    return has_confirmed_device(user) or in_required_group(user)
