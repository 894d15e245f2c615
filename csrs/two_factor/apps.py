from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TwoFactorConfig(AppConfig):
    name = "csrs.two_factor"
    label = "csrs_two_factor"
    verbose_name = _("Two-step sign-in")
