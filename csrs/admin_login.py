"""The admin's sign-in form with a translatable password label.

Wagtail's ``LoginForm`` redeclares ``password`` without a label, so Django derives "Password" from
the field name and no catalog can translate it: a Pashto or Dari translator's first screen would
greet them in English.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm


class TranslatedLoginForm(LoginForm):
    """Wagtail's sign-in form, its password field labelled through the catalogs."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Password")
