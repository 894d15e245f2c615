"""The public subscribe form and the subscriber's "my languages" form."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from csrs import languages

LANGUAGE_CHOICES = [(lang.code, lang.native_name) for lang in languages.LANGUAGES]

CONSENT_TEXT = _(
    "I agree that CSRS sends me the Weekly Analysis by email in the languages I chose. "
    "Every email has a link to unsubscribe."
)


class SubscribeForm(forms.Form):
    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        error_messages={"required": _("Please enter your email address.")},
        widget=forms.EmailInput(attrs={"dir": "ltr", "autocomplete": "email"}),
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages"),
        choices=LANGUAGE_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Please choose at least one language.")},
    )
    consent = forms.BooleanField(
        label=CONSENT_TEXT,
        error_messages={"required": _("Please agree to receive the emails.")},
    )

    def __init__(self, *args, page_language: str, **kwargs):
        kwargs.setdefault("initial", {"languages": [page_language]})
        super().__init__(*args, auto_id="newsletter-%s", **kwargs)


class LanguagesForm(forms.Form):
    languages = forms.MultipleChoiceField(
        label=_("Languages"),
        choices=LANGUAGE_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Choose no language to stop receiving the Weekly Analysis."),
    )
