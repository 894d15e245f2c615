"""The issue editor's form: each save applies only what its author may change and did change.

Wagtail's edit form posts every field, stale ones included, and builds the page from the latest
revision. This form compares each posted value with the value the author's form was rendered
with (the revision named by Wagtail's hidden ``loaded_revision_id``): unchanged fields keep the
latest revision's value, so an editor's and a translator's overlapping saves both survive;
changed fields the author may not change (another language, shared facts) are refused, keep the
latest value, and are reported and logged.
"""

from __future__ import annotations

import logging

from django import forms
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from issues.shared_block_widgets import share_block_widgets
from issues.workflow import roles
from issues.workflow.content import comparable_field_value

logger = logging.getLogger(__name__)

# Form fields that are not page content (Wagtail's own bookkeeping, our checkbox).
NOT_CONTENT = {"comment_notifications", "minor_edit"}


class IssuePageForm(WagtailAdminPageForm):
    minor_edit = forms.BooleanField(
        label=_("Minor edit, translations stay valid"),
        required=False,
        help_text=_(
            "Tick for typo fixes in the original language: approved translations are not "
            "marked as needing an update."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The four languages' copies of each StreamField: pack their block definitions once.
        share_block_widgets(self)
        self.applied_fields: list[str] = []
        self.refused_fields: list[str] = []
        if self.for_user is None or not roles.is_editor(self.for_user):
            # Only editors change the original language, so only they can call an edit minor.
            self.fields.pop("minor_edit", None)

    def allowed_fields(self) -> set[str] | None:
        """Model fields the user may change; ``None`` means all of them (editors)."""
        from issues.workflow.content import TRANSLATABLE_FIELDS

        if self.for_user is None or roles.is_editor(self.for_user):
            return None
        return {
            language.field(name)
            for language in roles.editable_languages(self.for_user)
            for name in TRANSLATABLE_FIELDS
        }

    def base_object(self):
        """The page as the author's form showed it: the revision it was loaded from."""
        revision_id = self.data.get("loaded_revision_id") if self.is_bound else None
        if not (revision_id and self.instance.pk):
            return self.instance
        if str(self.instance.latest_revision_id) == revision_id:
            # Nobody has saved since the author's form was loaded: the form's instance, which
            # Wagtail's edit view builds from the latest revision and which is not changed
            # before the form is cleaned, is that page. Reading the revision again would
            # cost a long issue tens of milliseconds.
            return self.instance
        revision = self.instance.revisions.filter(pk=revision_id).first()
        return revision.as_object() if revision is not None else self.instance

    def clean_number(self):
        number = self.cleaned_data.get("number")
        duplicate = number_taken_error(number, self.instance)
        if duplicate is not None:
            raise duplicate
        return number

    def clean(self):
        cleaned_data = super().clean()
        if not self.instance.pk:
            return cleaned_data  # a new issue: nothing newer to protect (only editors add)
        allowed = self.allowed_fields()
        base = self.base_object()
        model_fields = {field.name: field for field in self.instance._meta.get_fields()}
        for name in list(cleaned_data):
            if name in NOT_CONTENT or name not in model_fields or name in self.errors:
                continue
            posted = comparable_field_value(model_fields[name], cleaned_data[name])
            loaded = comparable_field_value(model_fields[name], _value_of(base, name))
            if posted == loaded:
                # Unchanged in this form: keep the latest revision's value, which may be newer.
                del cleaned_data[name]
            elif allowed is not None and name not in allowed:
                del cleaned_data[name]
                self.refused_fields.append(name)
            else:
                self.applied_fields.append(name)
        if self.refused_fields:
            logger.warning(
                "Refused changes by %s to page %s: %s",
                self.for_user,
                self.instance.pk,
                ", ".join(self.refused_fields),
            )
        return cleaned_data

    def save(self, commit=True):
        page = super().save(commit=commit)
        # The after-edit hooks read these to report, log and move the workflow on.
        page._workflow_applied_fields = list(self.applied_fields)
        page._workflow_refused_fields = list(self.refused_fields)
        page._workflow_minor_edit = bool(self.cleaned_data.get("minor_edit"))
        return page


def _value_of(page, name: str):
    value = getattr(page, name, None)
    if hasattr(value, "all") and callable(value.all):  # many-to-many (topics)
        return list(value.all())
    return value


def number_taken_error(number, instance) -> forms.ValidationError | None:
    """The error for a number another issue has, with a link to that issue's editor.

    Autosave creates a new issue's page before Save is pressed: an abandoned new issue stays as
    a draft holding its number, and starting the issue again must lead the editor back to it.
    """
    from issues.models import IssuePage

    if not number:
        return None
    existing = IssuePage.objects.filter(number=number).exclude(pk=instance.pk).first()
    if existing is None:
        return None
    url = escape(reverse("wagtailadmin_pages:edit", args=(existing.pk,)))
    if existing.live:
        message = gettext('Issue %(number)s already exists: <a href="%(url)s">edit it</a>.')
    else:
        message = gettext(
            "Issue %(number)s already exists as an unpublished draft (autosave keeps an issue "
            'as soon as it is started): <a href="%(url)s">continue that draft</a>.'
        )
    return forms.ValidationError(
        mark_safe(message % {"number": int(number), "url": url}),  # noqa: S308 - escaped url
        code="number_taken",
    )
